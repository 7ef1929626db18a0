//! The grounding guard: a reply (from any provider) may only name order
//! numbers and order statuses that a tool returned in this turn. A model
//! that invents "your order 1042 has shipped" is caught here, and the
//! customer gets a safe answer instead of a made-up fact.

use crate::kb::{KnowledgeBase, OrderStatus};
use crate::text;
use crate::tools::Ledger;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// An order number no tool returned or looked up this turn.
    UnknownOrder(String),
    /// A status claimed for an order that a tool did not report.
    UnbackedStatus {
        status: OrderStatus,
        sentence: String,
    },
}

/// What the customer sees instead of an ungrounded reply.
pub const SAFE_ANSWER: &str = "I'm sorry, I can only share order details that I have just looked \
     up for your account. Could you tell me the order number so I can check it for you?";

const SUBORDINATORS: &[&str] = &[
    "if", "once", "when", "after", "before", "until", "unless", "whether",
];
const AUX: &[&str] = &[
    "is",
    "was",
    "has",
    "been",
    "are",
    "were",
    "now",
    "currently",
    "status",
    "as",
    "shows",
    "marked",
    "already",
    "got",
    "be",
    "being",
    "have",
];
const ORDER_WORDS: &[&str] = &[
    "order", "orders", "parcel", "package", "shipment", "it", "purchase",
];

/// Check `reply` against what the tools returned (`ledger`). Sentences
/// quoted verbatim from a KB article returned this turn are the shop's own
/// general text ("once your order has shipped ...") and are exempt.
pub fn check(reply: &str, ledger: &Ledger, kb: &KnowledgeBase) -> Result<(), Violation> {
    let quoted: Vec<&str> = ledger
        .articles
        .iter()
        .filter_map(|id| kb.article(id))
        .map(|a| a.body.as_str())
        .collect();
    // Replies quote a page as prose (emphasis dropped, a table row or a
    // list made a sentence), so its sentences are those of the prose
    // rendering too, not only the Markdown's.
    let rendered: Vec<String> = quoted
        .iter()
        .flat_map(|body| crate::prose::article_sentences(body))
        .collect();
    for sentence in text::sentences(reply) {
        if quoted.iter().any(|body| body.contains(sentence.as_str()))
            || rendered.iter().any(|r| r.contains(sentence.as_str()))
        {
            continue;
        }
        let w = text::words(&sentence);
        let ids = referenced_ids(&w);
        for id in &ids {
            if !ledger.knows_order(id) {
                return Err(Violation::UnknownOrder(id.clone()));
            }
        }
        for (i, word) in w.iter().enumerate() {
            let Some(status) = status_word(word) else {
                continue;
            };
            let conditional = w[..i].iter().any(|x| SUBORDINATORS.contains(&x.as_str()));
            // "it has not shipped yet" denies a status rather than claiming it.
            let negated = w[i.saturating_sub(2)..i]
                .iter()
                .any(|x| matches!(x.as_str(), "not" | "never" | "yet"));
            if conditional || negated {
                continue;
            }
            let about_named = !ids.is_empty();
            let asserted = w[i.saturating_sub(3)..i]
                .iter()
                .any(|x| AUX.contains(&x.as_str()));
            let about_order = w.iter().any(|x| ORDER_WORDS.contains(&x.as_str()));
            if !(about_named || (asserted && about_order)) {
                continue;
            }
            // The status must be that of a named order, or (if none is
            // named) of some order the tools returned.
            let backed = if about_named {
                ledger.orders.iter().any(|o| {
                    o.status == status
                        && ids
                            .iter()
                            .any(|id| crate::orders::names_order(&o.order_id, id))
                })
            } else {
                ledger.statuses().contains(&status)
            };
            if !backed {
                return Err(Violation::UnbackedStatus {
                    status,
                    sentence: sentence.clone(),
                });
            }
        }
    }
    Ok(())
}

fn status_word(w: &str) -> Option<OrderStatus> {
    let w = if w == "canceled" { "cancelled" } else { w };
    OrderStatus::ALL.into_iter().find(|s| s.as_str() == w)
}

/// Order numbers the text names: an id-like token right after "order",
/// "order number", "no" or written with "#".
fn referenced_ids(w: &[String]) -> Vec<String> {
    let mut ids = Vec::new();
    for (i, x) in w.iter().enumerate() {
        if !x.chars().any(|c| c.is_ascii_digit())
            || x.chars().filter(char::is_ascii_digit).count() < 3
        {
            continue;
        }
        // "order 1042", "order number 1042", "order no 1042": not "tracking
        // number 0034..." or a product's "Lumen 400".
        let prev = |k: usize| i.checked_sub(k).and_then(|j| w.get(j)).map(String::as_str);
        let after_order = matches!(prev(1), Some("order" | "orders"))
            || (matches!(prev(1), Some("number" | "no" | "nr" | "id"))
                && matches!(prev(2), Some("order")));
        if after_order && !ids.contains(x) {
            ids.push(x.clone());
        }
    }
    ids
}

/// `check` plus `#1042`-style mentions, which `words` strips of their `#`.
pub fn guard(reply: &str, ledger: &Ledger, kb: &KnowledgeBase) -> Result<(), Violation> {
    for token in reply.split_whitespace() {
        if let Some(id) = token.strip_prefix('#') {
            let id: String = id
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            if crate::orders::number_like(&id) && !ledger.knows_order(&id) {
                return Err(Violation::UnknownOrder(id));
            }
        }
    }
    check(reply, ledger, kb)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ledger_with(kb: &KnowledgeBase, ids: &[&str]) -> Ledger {
        Ledger {
            orders: kb
                .orders
                .iter()
                .filter(|o| ids.contains(&o.order_id.as_str()))
                .cloned()
                .collect(),
            ..Ledger::default()
        }
    }

    #[test]
    fn invented_order_numbers_are_caught() {
        let kb = KnowledgeBase::demo().unwrap();
        let l = ledger_with(&kb, &["1042"]);
        assert!(guard("Order 1042 has shipped with DHL.", &l, &kb).is_ok());
        assert_eq!(
            guard("Your order 1099 is on its way.", &l, &kb),
            Err(Violation::UnknownOrder("1099".into()))
        );
        assert_eq!(
            guard("See #5551 for details", &l, &kb),
            Err(Violation::UnknownOrder("5551".into()))
        );
    }

    #[test]
    fn statuses_must_come_from_a_tool() {
        let kb = KnowledgeBase::demo().unwrap();
        let l = ledger_with(&kb, &["1042"]);
        // 1042 is shipped, not delivered.
        assert!(matches!(
            guard("Order 1042 was delivered yesterday.", &l, &kb),
            Err(Violation::UnbackedStatus {
                status: OrderStatus::Delivered,
                ..
            })
        ));
        let empty = Ledger::default();
        assert!(matches!(
            guard("Good news: your order has been shipped!", &empty, &kb),
            Err(Violation::UnbackedStatus {
                status: OrderStatus::Shipped,
                ..
            })
        ));
        // General, conditional statements are not claims about an order.
        assert!(
            guard(
                "Once your order has shipped, you get a tracking email.",
                &empty,
                &kb
            )
            .is_ok()
        );
        assert!(guard("Returns are free within 30 days.", &empty, &kb).is_ok());
    }

    #[test]
    fn not_found_ids_may_be_named_but_get_no_status() {
        let kb = KnowledgeBase::demo().unwrap();
        let mut l = Ledger::default();
        l.not_found.push("1044".into());
        assert!(guard("I couldn't find order 1044 on your account.", &l, &kb).is_ok());
        assert!(guard("Order 1044 is pending.", &l, &kb).is_err());
    }

    #[test]
    fn verbatim_quotes_of_returned_articles_are_exempt() {
        let kb = KnowledgeBase::demo().unwrap();
        let mut l = Ledger::default();
        l.articles.push("order-tracking".into());
        let s = "The status \"paid\" means we have your payment and are packing the order; \"shipped\" means the carrier has it.";
        assert!(guard(s, &l, &kb).is_ok());
        assert!(guard(s, &Ledger::default(), &kb).is_err());
    }

    #[test]
    fn quotes_of_a_pages_prose_are_exempt_too() {
        // The page's Markdown has "**My orders**"; the quote has none.
        let kb = KnowledgeBase {
            articles: vec![crate::kb::Article {
                id: "changes".into(),
                title: "Changing an order".into(),
                tags: vec![],
                body: "You can cancel an order in **My orders** while it has the status paid."
                    .into(),
            }],
            ..KnowledgeBase::default()
        };
        let mut l = Ledger::default();
        l.articles.push("changes".into());
        let s = "You can cancel an order in My orders while it has the status paid.";
        assert!(guard(s, &l, &kb).is_ok());
        assert!(guard(s, &Ledger::default(), &kb).is_err());
    }
}
