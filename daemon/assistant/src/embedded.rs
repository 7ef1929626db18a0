//! The embedded provider: answers offline from the KB with retrieval and
//! the same tools a remote model would call. Replies are short and quote
//! the facts they rest on (the article's own sentences, a product's
//! price and stock, an order's status, carrier and tracking number).

use crate::citation;
use crate::conversation::contextual_query;
use crate::retrieval::{Query, Retriever};
use crate::text;
use crate::tools::{Ledger, ToolBox};
use crate::{Intent, Outcome, Turn};

mod handover_pages;
mod orders;

/// An answer before the orchestrator applies policy and the guard.
#[derive(Debug, Clone)]
pub struct Draft {
    pub text: String,
    pub article: Option<String>,
    pub outcome: Outcome,
    /// The answer rests on product data.
    pub product: bool,
    /// An order question turned out to be about another topic.
    pub off_topic: bool,
    /// The answer opens with the status of an order the line names: the
    /// line is about that order, whatever page follows the status.
    pub order_status: bool,
}

const PRODUCT_MIN_COVERAGE: f32 = 0.45;
/// How much of a question a product named in it must cover to answer when
/// nothing else does.
const NAMED_PRODUCT_MIN_COVERAGE: f32 = 0.2;
/// How much of a question a page about its topic must share to answer it
/// when no page is a confident match.
const TOPIC_MIN_COVERAGE: f32 = 0.1;
/// The same, for a page whose title or tags name a word of the question.
const TOPIC_TITLE_MIN_COVERAGE: f32 = 0.05;
/// How much of a question outside the shop's range a page about reaching
/// the shop must share to answer it.
const CHANNEL_MIN_COVERAGE: f32 = 0.3;
/// How well the first page must match, in BM25 score after the boosts
/// and the reranker, to answer a question about the shop that no page
/// answers with confidence (`PageBar::StrongFirst`).
const STRONG_SCORE: f32 = 3.5;
/// And how much of the line it must share.
const STRONG_MIN_COVERAGE: f32 = 0.25;
/// How far ahead of the first confident page the first page on the
/// line's topic must score to be chosen over it.
const FAR_AHEAD: f32 = 1.5;

/// Which pages may answer a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PageBar {
    /// Only a confident match (`Retriever::confident`), or a page on the
    /// line's topic: what a hand-over names for staff, where a wrong
    /// page misleads them.
    Confident,
    /// Also the first page when it matches strongly though it shares
    /// less than half of the line: a customer's question about the shop
    /// written partly in words the glossary does not read ("wat kost
    /// opslag per kist per jaar" and the page on cellar storage, "сколько
    /// стоит взять игру напрокат на неделю?" and the game library's).
    /// Its rule answers better than "I don't know", which leaves the
    /// customer nothing. Only for the reply itself.
    StrongFirst,
}
/// Intents whose topic a help page can be about.
const TOPICAL: &[Intent] = &[
    Intent::Shipping,
    Intent::ReturnRefund,
    Intent::Payment,
    Intent::Account,
    Intent::Complaint,
];

/// A line about reaching the shop: its e-mail, phone or chat, writing or
/// calling, when it answers or is open. The weather on Sunday shares the
/// opening-hours page's "Sunday", and is not about the shop.
fn asks_how_to_reach_us(message: &str) -> bool {
    const REACH: &[&str] = &[
        "email",
        "e-mail",
        "mail",
        "phone",
        "telephone",
        "ring",
        "reply",
        "answer",
        "chat",
        "contact",
        "open",
        "close",
        "hours",
    ];
    let w = text::words(&crate::glossary::with_english(message));
    // Writing or calling *to us*: "can you write me a poem" is not.
    let to_us = w.windows(2).any(|p| {
        matches!(p[0].as_str(), "write" | "call") && matches!(p[1].as_str(), "to" | "you" | "us")
    });
    to_us || w.iter().any(|x| REACH.contains(&x.as_str()))
}

pub struct Embedded<'a> {
    pub tools: &'a ToolBox<'a>,
    pub shop_name: &'a str,
    /// The policy's reading of the line, made once for the turn.
    pub assessment: &'a crate::policy::Assessment,
}

impl Embedded<'_> {
    pub async fn answer(
        &self,
        turn: &Turn,
        message: &str,
        intent: Intent,
        ledger: &mut Ledger,
    ) -> Draft {
        match intent {
            Intent::Greeting => Draft {
                text:
                    "Hello! How can I help you today? I can check your orders and answer questions \
                     about shipping, returns, payment and our products."
                        .to_string(),
                article: None,
                outcome: Outcome::Answered,
                product: false,
                off_topic: false,
                order_status: false,
            },
            Intent::Thanks => plain("You're welcome! Is there anything else I can help you with?"),
            Intent::Goodbye => plain(&format!(
                "Thank you for visiting {}. Goodbye!",
                self.shop_name
            )),
            Intent::OrderStatus if self.wants_order_data(turn, message) => {
                self.order_question(turn, message, ledger).await
            }
            _ => self.knowledge_draft(turn, message, intent, PageBar::StrongFirst, ledger),
        }
    }

    /// The answer from the help pages or products with confidence, for
    /// the pages a hand-over names and the order tools' fallbacks.
    fn knowledge_answer(
        &self,
        turn: &Turn,
        message: &str,
        intent: Intent,
        ledger: &mut Ledger,
    ) -> Draft {
        self.knowledge_draft(turn, message, intent, PageBar::Confident, ledger)
    }

    fn knowledge_draft(
        &self,
        turn: &Turn,
        message: &str,
        intent: Intent,
        bar: PageBar,
        ledger: &mut Ledger,
    ) -> Draft {
        // A person named without being asked for: the question is about
        // the rest ("do I have to call customer service to return it?").
        let asked = crate::policy::what_is_asked(message, self.assessment.declined_person);
        let mut query =
            contextual_query(turn, asked.as_deref().unwrap_or(message), self.assessment);
        // "Do I have to call you to return it, or can I do it online?":
        // the answer is the way to do it oneself, the page's steps.
        if asked.is_some() && crate::policy::asks_if_a_person_is_needed(message) {
            query.kind = crate::retrieval::AnswerKind::HowTo;
        }
        if query.is_empty() {
            return not_found();
        }
        if crate::retrieval::about_the_world(message) {
            return declined();
        }
        let r = self.tools.retriever;
        let kb = self.tools.kb;
        if let Some(d) = self.cheapest_or_dearest(message, ledger) {
            return d;
        }
        let articles = r.articles_on(&query, &crate::intent::topic_stems(intent));
        let products = r.products(&query);
        // Among the first three, a page about the intent's topic sharing
        // `bar` of the question, or `titled` when its title or tags have a
        // word of it (a line read only in part still names its subject).
        let on_topic = |bar: f32, titled: f32| {
            articles
                .iter()
                .take(3)
                .find(|h| h.topic && (h.coverage >= bar || h.heading && h.coverage >= titled))
        };
        // The best article that is a confident answer, among the top three
        // (a stray number can put a weaker match first).
        let best_a = articles
            .iter()
            .take(3)
            .find(|h| Retriever::confident(h))
            // Unless the first page is on the line's topic and far ahead:
            // "Ich möchte mein Geld für die Bestellung … zurück" puts the
            // returns page first by its rule and its tags, while the page
            // on changing orders is confident only by sharing "money back"
            // and "order" with half the line.
            .map(|h| match articles.first() {
                Some(first)
                    if first.index != h.index
                        && first.topic
                        && first.score >= FAR_AHEAD * h.score
                        && first.coverage >= STRONG_MIN_COVERAGE =>
                {
                    first
                }
                _ => h,
            })
            .or_else(|| {
                // No confident match, but the question has a clear topic
                // and a page about that topic shares some of its words
                // ("which courier do you use?" and the delivery page):
                // that page's rule answers better than "I don't know".
                // Never for questions without a topic (outside the shop).
                TOPICAL
                    .contains(&intent)
                    .then(|| on_topic(TOPIC_MIN_COVERAGE, TOPIC_TITLE_MIN_COVERAGE))
                    .flatten()
            })
            .or_else(|| {
                // "Jaký je váš e-mail?", "can I write to you in Finnish?":
                // a question about reaching the shop (its channels, the
                // languages it answers in), read as outside the shop's
                // range, and the contact page shares a good part of it.
                // "Hvor ligger butikken?", "a che ora aprite?": where the
                // shop is or when it opens, asked in words only partly
                // read; the page titled for it is about reaching the shop.
                let place_or_clock = matches!(
                    query.kind,
                    crate::retrieval::AnswerKind::Address | crate::retrieval::AnswerKind::Clock
                );
                let titled = if place_or_clock {
                    TOPIC_MIN_COVERAGE
                } else {
                    CHANNEL_MIN_COVERAGE
                };
                (intent == Intent::Other && (asks_how_to_reach_us(message) || place_or_clock))
                    .then(|| on_topic(CHANNEL_MIN_COVERAGE, titled))
                    .flatten()
            })
            .copied();
        // "The filter I bought 8 months ago stopped working, warranty?",
        // "какая гарантия на аккумулятор?": a line that names the warranty
        // is answered by the page titled for it, when one is among the
        // first three, before a product, and before a page that does not
        // even mention the warranty (one that does, "the warranty covers
        // the card, not the photos", keeps the line).
        let warranty_page = query
            .terms()
            .any(|t| t == "warranti")
            .then(|| {
                articles
                    .iter()
                    .take(3)
                    .find(|h| r.names_topic(h.index, &["warranti", "guarante"]))
            })
            .flatten()
            .copied();
        let best_a = match warranty_page {
            Some(w) if !best_a.is_some_and(|h| r.article_has(h.index, "warranti")) => Some(w),
            _ => best_a,
        };
        let best_p = products.first().copied();
        let a_cov = best_a.map_or(0.0, |h| h.coverage);
        let p_cov = best_p.map_or(0.0, |h| h.coverage);
        // Products answer when they match better, or as well but by name
        // ("what sleeping bags do you have" vs a description that merely
        // mentions samples); how-to questions go to articles.
        let name_hit = best_p.is_some_and(|h| h.heading);
        // "How heavy / how big / how much" ask about the thing itself; a
        // how-to, "how long" or "when" goes to a page when one matches (a
        // product's data has no steps and no times).
        let howto = best_a.is_some()
            && matches!(
                query.kind,
                crate::retrieval::AnswerKind::HowTo
                    | crate::retrieval::AnswerKind::Time
                    | crate::retrieval::AnswerKind::Clock
            );
        // A word of the product's name that no help page uses ("how heavy
        // is the Featherlite jacket"): the question is about that product.
        let named = best_p.is_some_and(|h| r.names_product(h.index, &query));
        // "Can I return the travel kit if I opened it?" is a returns
        // question that names a product: the page about returns, named by
        // a word of the question in its title, has the rule.
        let policy_page = TOPICAL.contains(&intent)
            && intent != Intent::Complaint
            && best_a.is_some_and(|h| h.topic && h.heading);
        // A product whose description shares the words, against a page
        // whose title does ("is your packaging recyclable?"): the page is
        // about the question, the product merely mentions it.
        let page_by_title = best_a.is_some_and(|h| h.heading) && !name_hit;
        let price_of_named = best_p.is_some_and(|h| r.asks_price_of(h.index, &query));
        let aspect_page = match (best_a, best_p) {
            (Some(a), Some(p)) => {
                Retriever::confident(&a) && r.page_on_products_aspect(a.index, p.index, &query)
            }
            _ => false,
        };
        // "What amounts do gift cards come in?" and a product called
        // "Gift card €50": the page titled "Gift cards" is about them.
        let page_of_its_kind = match (best_a, best_p) {
            (Some(a), Some(p)) => r.title_names_product(a.index, p.index, &query),
            _ => false,
        };
        // A price asked of a product by its name alone has no topic but
        // the product, whatever "how much" cued.
        let product_first = p_cov >= PRODUCT_MIN_COVERAGE
            && warranty_page.is_none()
            && !howto
            && !aspect_page
            && !page_of_its_kind
            && (!policy_page || price_of_named)
            && ((p_cov > a_cov && !page_by_title)
                || named
                || price_of_named
                || (name_hit
                    && (p_cov >= a_cov
                        || (intent == Intent::ProductInfo && p_cov >= a_cov * 0.8))));
        if product_first {
            ledger
                .steps
                .push(format!("searched products for {message:?}"));
            // Several products equally good: the customer asked about a
            // kind of thing, so list a few.
            let top = products[0].score;
            let close: Vec<_> = products
                .iter()
                .filter(|h| h.score >= top * 0.85)
                .take(3)
                .collect();
            let lines: Vec<String> = close
                .iter()
                .filter_map(|h| kb.products.get(h.index))
                .map(|p| {
                    ledger.products.push(p.sku.clone());
                    let stock = if p.stock > 0 {
                        format!("{} in stock", p.stock)
                    } else {
                        "currently out of stock".to_string()
                    };
                    format!(
                        "{} ({}): {:.2} {}, {stock}. {}",
                        p.name, p.sku, p.price, p.currency, p.description
                    )
                })
                .collect();
            let text = if lines.len() == 1 {
                lines.concat()
            } else {
                format!("Here is what we have:\n- {}", lines.join("\n- "))
            };
            return Draft {
                text,
                article: None,
                outcome: Outcome::Answered,
                product: true,
                off_topic: false,
                order_status: false,
            };
        }
        // A line that names one of our products is answered from its data
        // when no page answers with confidence (below), before a page
        // that only matches strongly.
        let named_product =
            best_p.filter(|h| h.heading && h.coverage >= NAMED_PRODUCT_MIN_COVERAGE);
        // No confident page, but the first matches strongly, on a question
        // about the shop, by a word that says what the line is about (not
        // only "how much", not only a number): its rule. A line about the
        // world, or a page sharing only the words for a price with a thing
        // the shop does not sell, still gets "I don't know".
        let best_a = best_a.or_else(|| {
            articles
                .first()
                .filter(|h| {
                    bar == PageBar::StrongFirst
                        && named_product.is_none()
                        && (crate::intent::SHOP_MATTERS.contains(&intent)
                            || intent == Intent::Complaint)
                        && h.score >= STRONG_SCORE
                        && h.coverage >= STRONG_MIN_COVERAGE
                        && r.shares_a_subject_word(h.index, &query)
                })
                .copied()
        });
        if let Some(hit) = best_a
            && let Some(article) = kb.articles.get(hit.index)
        {
            ledger
                .steps
                .push(format!("searched help articles for {message:?}"));
            ledger.articles.push(article.id.clone());
            let sentences = r.best_sentences(hit.index, &query);
            // The country's row names its zone; the zone's time is on
            // another page: both rows, and the page with the answer.
            if let Some((other, row)) = r.row_with_same_label(hit.index, &sentences, &query)
                && let Some(answering) = kb.articles.get(other)
            {
                ledger.articles.push(answering.id.clone());
                return Draft {
                    text: citation::quoted_from_two(
                        &format!("{} {row}", sentences.join(" ")),
                        &article.title,
                        &answering.title,
                    ),
                    article: Some(answering.id.clone()),
                    outcome: Outcome::Answered,
                    product: false,
                    off_topic: false,
                    order_status: false,
                };
            }
            let quote = sentences.join(" ");
            return Draft {
                text: citation::quoted(&quote, &article.title),
                article: Some(article.id.clone()),
                outcome: Outcome::Answered,
                // The question also fits products: it is about them.
                product: p_cov >= PRODUCT_MIN_COVERAGE && best_p.is_some_and(|h| h.heading),
                off_topic: false,
                order_status: false,
            };
        }
        // No page answers, but the question names one of our products
        // ("is the X 700 any good for flights?"): its own data is the
        // nearest thing to an answer, and it is about that product.
        if let Some(p) = named_product.and_then(|h| kb.products.get(h.index)) {
            ledger
                .steps
                .push(format!("searched products for {message:?}"));
            ledger.products.push(p.sku.clone());
            return product_draft(p);
        }
        ledger
            .steps
            .push(format!("found no help article or product for {message:?}"));
        not_found()
    }
}

impl Embedded<'_> {
    /// "What's the cheapest laptop you have?": among the products of the
    /// kind asked about (those that match the rest of the question nearly
    /// as well as the best), the lowest or highest price.
    fn cheapest_or_dearest(&self, message: &str, ledger: &mut Ledger) -> Option<Draft> {
        let w = text::words(message);
        let pair = |a: &str, b: &str| w.windows(2).any(|p| p[0] == a && p[1] == b);
        // Superlatives only: "it got cheaper" is a price drop, not a
        // question about the range.
        let cheapest = w.iter().any(|x| x == "cheapest")
            || pair("most", "affordable")
            || pair("least", "expensive")
            || pair("lowest", "price");
        let dearest = w
            .iter()
            .any(|x| matches!(x.as_str(), "priciest" | "dearest"))
            || pair("most", "expensive")
            || pair("highest", "price");
        if cheapest == dearest {
            return None;
        }
        const SUPERLATIVE: &[&str] = &[
            "cheapest",
            "affordable",
            "least",
            "most",
            "expensive",
            "lowest",
            "highest",
            "price",
            "priciest",
            "dearest",
        ];
        let rest: Vec<&str> = w
            .iter()
            .map(String::as_str)
            .filter(|x| !SUPERLATIVE.contains(x))
            .collect();
        let query = Query::new(&rest.join(" "));
        let hits = self.tools.retriever.products(&query);
        let top = hits.first()?;
        if !(top.heading || top.coverage >= PRODUCT_MIN_COVERAGE) {
            return None;
        }
        let kind: Vec<&crate::kb::Product> = hits
            .iter()
            .filter(|h| h.score >= top.score * 0.6)
            .filter_map(|h| self.tools.kb.products.get(h.index))
            .collect();
        let pick = if cheapest {
            kind.iter().min_by(|a, b| a.price.total_cmp(&b.price))
        } else {
            kind.iter().max_by(|a, b| a.price.total_cmp(&b.price))
        }?;
        ledger
            .steps
            .push(format!("searched products for {message:?} by price"));
        ledger.products.push(pick.sku.clone());
        Some(product_draft(pick))
    }
}

/// A product's own data as the answer.
fn product_draft(p: &crate::kb::Product) -> Draft {
    let stock = if p.stock > 0 {
        format!("{} in stock", p.stock)
    } else {
        "currently out of stock".to_string()
    };
    Draft {
        text: format!(
            "{} ({}): {:.2} {}, {stock}. {}",
            p.name, p.sku, p.price, p.currency, p.description
        ),
        article: None,
        outcome: Outcome::Answered,
        product: true,
        off_topic: false,
        order_status: false,
    }
}

fn plain(text: &str) -> Draft {
    Draft {
        text: text.to_string(),
        article: None,
        outcome: Outcome::Answered,
        product: false,
        off_topic: false,
        order_status: false,
    }
}

fn not_found() -> Draft {
    Draft {
        // Plainly "I don't know", never the nearest unrelated article, and
        // a person offered.
        text: "I'm sorry, I don't know the answer to that, and our help pages don't cover it. \
               A colleague from our team can help: just say you'd like a person. I can also \
               answer questions about orders, delivery, returns, payment and our products."
            .into(),
        article: None,
        outcome: Outcome::Failed,
        product: false,
        off_topic: false,
        order_status: false,
    }
}

/// A question about the world (the weather, homework, a joke) gets the
/// same plain "I don't know", but is declined, not failed: three such
/// lines in a row are no customer stuck with the shop (`policy::stuck`).
fn declined() -> Draft {
    Draft {
        outcome: Outcome::Declined,
        ..not_found()
    }
}

fn unavailable() -> Draft {
    Draft {
        text: "I'm sorry, I can't reach our order system right now. Please try again in a few \
               minutes, or ask for a person."
            .into(),
        article: None,
        outcome: Outcome::Failed,
        product: false,
        off_topic: false,
        order_status: false,
    }
}
