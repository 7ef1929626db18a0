//! The customer's orders: which questions go to the order tools, the
//! status of each order named, and, for a line that asks beyond its
//! order's status, the page on the rest.

use super::{Draft, Embedded, plain, unavailable};
use crate::conversation::history_order_ids;
use crate::kb::{Order, OrderStatus};
use crate::retrieval::{Query, Retriever};
use crate::text;
use crate::tools::Ledger;
use crate::{Intent, Outcome, Turn};

impl Embedded<'_> {
    /// A question about the customer's own orders: the status of each
    /// order named (or of their recent orders), and, after a named order's
    /// status, the page on whatever else the line asks.
    pub(super) async fn order_question(
        &self,
        turn: &Turn,
        message: &str,
        ledger: &mut Ledger,
    ) -> Draft {
        // "can you gift wrap my order?": about an order, but the
        // topic is a service the help pages describe.
        if self.ids(message).is_empty()
            && let Some(d) = self.off_order_topic(turn, message, ledger)
        {
            return d;
        }
        let named = !self.ids(message).is_empty();
        let mut status = self.order_answer(turn, message, ledger).await;
        // "ZG-0041895 is a camera, will they leave it at my door if
        // I'm at work?": the order's status, and the rule the rest
        // of the line asks about, from the page titled for it.
        if named && status.outcome == Outcome::Answered {
            status.order_status = true;
            if let Some(page) = self.page_beyond_the_order(turn, message, ledger) {
                status.text = format!("{}\n{}", status.text, page.text);
                status.article = page.article;
            }
        }
        status
    }

    fn ids(&self, message: &str) -> Vec<String> {
        self.tools.retriever.order_ids.find(&text::words(message))
    }

    /// Order questions about *the customer's* orders (an id, or "my
    /// order"/"where is") go to the order tools; how-to questions about
    /// orders in general go to the articles.
    pub(super) fn wants_order_data(&self, turn: &Turn, message: &str) -> bool {
        let w = text::words(message);
        if !self.tools.retriever.order_ids.find(&w).is_empty() {
            return true;
        }
        // A follow-up about an order named earlier ("what's the tracking
        // number?" after "order 1045 please").
        if w.len() <= 8 && !history_order_ids(turn, self.tools.retriever).is_empty() {
            return true;
        }
        // Hypotheticals and how-tos are about orders in general.
        if w.iter().any(|x| x == "if") {
            return false;
        }
        let first = w.first().map(String::as_str).unwrap_or("");
        let howto = matches!(first, "how" | "what" | "can" | "do" | "does" | "is")
            && !w.iter().any(|x| x == "my");
        if howto {
            return false;
        }
        // "my" and "where" in the languages the glossary reads too.
        w.iter().any(|x| {
            crate::glossary::MY.contains(&x.as_str())
                || matches!(x.as_str(), "my" | "mine" | "it" | "stuff")
                || ORDER_WHERE.contains(&x.as_str())
        })
    }

    async fn order_answer(&self, turn: &Turn, message: &str, ledger: &mut Ledger) -> Draft {
        let mut ids = self.ids(message);
        if ids.is_empty() {
            ids = history_order_ids(turn, self.tools.retriever);
        }
        if ids.is_empty() {
            self.tools.list_my_orders(&turn.customer_id, ledger).await;
            if ledger.orders_unavailable {
                return unavailable();
            }
            let orders = self.orders_with_named_items(message, ledger.orders.clone());
            return match orders.as_slice() {
                [] => {
                    let none = "I can't see any orders on your account. If you ordered as a \
                                guest, please tell me the order number from your confirmation \
                                email.";
                    // "where do I find my tracking number?", "my parcel is a
                    // day late, what should I do?": nothing to look up, but
                    // a help page may answer the question itself.
                    let mut page =
                        self.knowledge_answer(turn, message, Intent::OrderStatus, ledger);
                    if page.article.is_some() {
                        page.text = format!("{none}\n{}", page.text);
                        return page;
                    }
                    Draft {
                        text: none.into(),
                        article: None,
                        outcome: Outcome::Answered,
                        product: false,
                        off_topic: false,
                        order_status: false,
                    }
                }
                [one] => plain(&self.describe(one)),
                many => {
                    let lines: Vec<String> = many
                        .iter()
                        .take(3)
                        .map(|o| format!("- {}", self.describe(o)))
                        .collect();
                    plain(&format!(
                        "Here are your most recent orders:\n{}\nTell me an order number if you need more detail.",
                        lines.join("\n")
                    ))
                }
            };
        }
        let mut parts = Vec::new();
        for id in ids.iter().take(3) {
            self.tools.lookup_order(&turn.customer_id, id, ledger).await;
            if ledger.orders_unavailable {
                return unavailable();
            }
            match ledger
                .orders
                .iter()
                .find(|o| crate::orders::names_order(&o.order_id, id))
            {
                Some(o) => {
                    let mut line = self.describe(o);
                    // "How much did I pay for 1042?": the order's total.
                    if crate::retrieval::AnswerKind::of(message)
                        == crate::retrieval::AnswerKind::Price
                    {
                        line.push_str(&format!(" Its total is {:.2} {}.", o.total, o.currency));
                    }
                    parts.push(line)
                }
                // Same words whether the order is someone else's or does
                // not exist: nothing to learn by probing numbers.
                None => parts.push(format!(
                    "I couldn't find an order {} on your account. Please check the number in your \
                     confirmation email.",
                    id.to_uppercase()
                )),
            }
        }
        Draft {
            outcome: Outcome::answered_if(parts.len() > ledger.not_found.len()),
            text: parts.join("\n"),
            article: None,
            product: false,
            off_topic: false,
            order_status: false,
        }
    }

    /// "what's going on with my tablet?": of the customer's orders, those
    /// with an item the message names (by a word of its name or tags), if
    /// any; otherwise all of them.
    fn orders_with_named_items(&self, message: &str, orders: Vec<Order>) -> Vec<Order> {
        let asked: Vec<String> = text::terms(message);
        let names = |o: &Order| {
            o.items.iter().any(|i| {
                self.tools.kb.product(&i.sku).is_some_and(|p| {
                    let words = text::terms(&format!("{} {}", p.name, p.tags.join(" ")));
                    asked.iter().any(|t| words.contains(t))
                })
            })
        };
        let named: Vec<Order> = orders.iter().filter(|o| names(o)).cloned().collect();
        if named.is_empty() { orders } else { named }
    }

    fn describe(&self, o: &Order) -> String {
        let items: Vec<String> = o
            .items
            .iter()
            .map(|i| {
                let name = self
                    .tools
                    .kb
                    .product(&i.sku)
                    .map(|p| p.name.clone())
                    .unwrap_or_else(|| i.sku.clone());
                if i.qty > 1 {
                    format!("{} x {name}", i.qty)
                } else {
                    name
                }
            })
            .collect();
        let date = o.updated_at.format("%Y-%m-%d");
        let what = items.join(", ");
        match o.status {
            OrderStatus::Shipped => {
                let carrier = o.carrier.as_deref().unwrap_or("the carrier");
                match &o.tracking_number {
                    Some(t) => format!(
                        "Order {} ({what}) is shipped: it is on its way with {carrier}, tracking number {t} (updated {date}).",
                        o.order_id
                    ),
                    None => format!(
                        "Order {} ({what}) is shipped with {carrier} (updated {date}).",
                        o.order_id
                    ),
                }
            }
            OrderStatus::Delivered => format!(
                "Order {} ({what}) is delivered: {} marked it delivered on {date}{}.",
                o.order_id,
                o.carrier.as_deref().unwrap_or("the carrier"),
                o.tracking_number
                    .as_deref()
                    .map(|t| format!(" (tracking number {t})"))
                    .unwrap_or_default()
            ),
            OrderStatus::Paid => format!(
                "Order {} ({what}) is paid and being packed in our warehouse (updated {date}).",
                o.order_id
            ),
            OrderStatus::Pending => format!(
                "Order {} ({what}) is pending: we are still waiting for the payment to be confirmed (updated {date}).",
                o.order_id
            ),
            OrderStatus::Cancelled => format!(
                "Order {} ({what}) is cancelled (updated {date}).",
                o.order_id
            ),
            OrderStatus::Refunded => format!(
                "Order {} ({what}) is refunded: {:.2} {} went back to your payment method (updated {date}).",
                o.order_id, o.total, o.currency
            ),
        }
    }

    /// "Will they carry the drum kit up to my 3rd floor? SM-48133-VLC", "do
    /// I pay customs when AR-7741150 arrives?": a line that names an order
    /// and asks beyond its status, about a rule a page is titled for. The
    /// page must be a confident match, and its title or tags must share a
    /// word of the line that is not about the order itself: not order
    /// vocabulary in any language the glossary reads, no number, and not a
    /// word of what the shop sells (its products' names and tags: "GT104470,
    /// the denim and the zip" names goods, not a rule). A line that asks
    /// where its order is ("где мои шины? AR-7741357") gets the status alone,
    /// whatever page is titled for tyres.
    fn page_beyond_the_order(
        &self,
        turn: &Turn,
        message: &str,
        ledger: &mut Ledger,
    ) -> Option<Draft> {
        let words = text::words(message);
        // "Where are my tyres? AR-7741555": where it is, the status says.
        if words.iter().any(|w| {
            text::WHERE.contains(&w.as_str()) || crate::glossary::english(w) == Some("where")
        }) {
            return None;
        }
        let r = self.tools.retriever;
        let hit = *r.articles(&Query::new(message)).first()?;
        if !Retriever::confident(&hit) {
            return None;
        }
        let beyond = words.iter().any(|w| {
            // What the word reads as: its own stems and its glossary
            // English's ("шины" is a tyre the products name in English).
            let english = crate::glossary::english(w)
                .map(text::terms)
                .unwrap_or_default();
            let read = || text::terms(w).into_iter().chain(english.iter().cloned());
            // An order number, or a word of an order or of what is sold.
            let about_the_order = w.chars().any(|c| c.is_ascii_digit())
                || read().any(|t| told_by_the_status(&t) || r.is_product_word(&t));
            !about_the_order && text::terms(w).iter().any(|t| r.heading_has(hit.index, t))
        });
        if !beyond {
            return None;
        }
        let d = self.knowledge_answer(turn, message, Intent::Other, ledger);
        d.article.is_some().then_some(d)
    }

    /// An article whose title or tags match a word of the message that is
    /// not order vocabulary, as a confident answer.
    fn off_order_topic(&self, turn: &Turn, message: &str, ledger: &mut Ledger) -> Option<Draft> {
        let query = Query::new(message);
        let r = self.tools.retriever;
        let hit = *r.articles(&query).first()?;
        let off_topic = text::terms(message)
            .iter()
            .any(|t| r.heading_has(hit.index, t) && !is_order_vocab(t));
        if !(off_topic && Retriever::confident(&hit)) {
            return None;
        }
        let mut d = self.knowledge_answer(turn, message, Intent::Other, ledger);
        d.off_topic = true;
        Some(d)
    }
}

/// "Where", asked about one's order, in the languages the order tools
/// have always read it in ("where is my order?", "wo ist meine
/// Bestellung?"): narrower than `text::WHERE`, which sends no more lines
/// to the order tools than these did.
const ORDER_WHERE: &[&str] = &[
    "where", "dónde", "donde", "wo", "où", "dove", "waar", "onde", "gdzie",
];

/// A term (stemmed) of order vocabulary: an order, its parcel, its
/// tracking, its delivery.
fn is_order_vocab(term: &str) -> bool {
    const ORDER_VOCAB: &[&str] = &[
        "order", "parcel", "packag", "track", "status", "deliveri", "deliver", "arriv", "ship",
        "shipment", "purchas",
    ];
    ORDER_VOCAB.iter().any(|v| term.starts_with(v))
}

/// A term (stemmed) an order's status already answers: order vocabulary,
/// its number, and the states an order is in ("is 1042 refunded yet?",
/// "was it cancelled?", "is it ready?": the status is the answer, not the
/// refunds page).
fn told_by_the_status(term: &str) -> bool {
    const STATES: &[&str] = &[
        "numb", "refund", "cancel", "pend", "paid", "confirm", "readi",
    ];
    is_order_vocab(term) || STATES.iter().any(|v| term.starts_with(v))
}
