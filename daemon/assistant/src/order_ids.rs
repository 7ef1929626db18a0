//! Which tokens of a message are order numbers. A shop's order ids have a
//! shape ("W2231450": one letter and seven digits; "LK-20418"; "1042"),
//! learned from the orders it knows. A token of that shape is an order
//! number; another number is one only when the words around it say so
//! ("order 55123", "#55123", "Bestellung 55123"), and never when it is part
//! of a product's name ("Beacon 800") or follows words that make it a
//! name or a joke ("agent 007").

use crate::intent;
use crate::kb::KnowledgeBase;

/// One learned shape: the letters before the digits, the separator and
/// the number of digits.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shape {
    prefix: String,
    separator: bool,
    digits: usize,
}

impl Shape {
    fn of(id: &str) -> Option<Shape> {
        let id = id.trim().to_lowercase();
        let prefix: String = id.chars().take_while(|c| c.is_alphabetic()).collect();
        let rest = &id[prefix.len()..];
        let (separator, digits) = match rest.strip_prefix(['-', '_', '/']) {
            Some(r) => (true, r),
            None => (false, rest),
        };
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Some(Shape {
            prefix,
            separator,
            digits: digits.len(),
        })
    }
}

/// Words that announce an order number, in the languages customers write.
const CONTEXT: &[&str] = &[
    "order",
    "orders",
    "ordered",
    "order's",
    "#",
    "no",
    "nr",
    "number",
    "reference",
    "ref",
    "bestellung",
    "bestellnummer",
    "auftrag",
    "pedido",
    "commande",
    "ordine",
    "bestelling",
    "encomenda",
    "zamówienie",
    "zamówienia",
    "numer",
    "numero",
    "número",
    "nummer",
    "purchase",
    "parcel",
    "package",
    "shipment",
];

/// Words of `CONTEXT` that announce any number, a phone number as well as
/// an order's.
const NUMBER_WORDS: &[&str] = &[
    "no", "nr", "number", "numer", "numero", "número", "nummer", "#",
];

/// Words about phoning, in the languages customers write ("ring mig op",
/// "zurückrufen", "richiamarmi").
fn is_phone_word(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "phone",
        "call",
        "ring",
        "mobile",
        "cell",
        "teleph",
        "telef",
        "teléf",
        "télép",
        "handy",
        "zurückruf",
        "rückruf",
        "anruf",
        "appel",
        "rappel",
        "llam",
        "chiam",
        "richiam",
        "bellen",
        "zadzwo",
        "ligar",
        "ligue",
        "whatsapp",
    ];
    // Short words that would begin others ("tell", "belastet").
    const WORDS: &[&str] = &["tel", "bel", "sms"];
    STEMS.iter().any(|s| w.starts_with(s)) || WORDS.contains(&w)
}

#[derive(Debug, Clone, Default)]
pub struct OrderIds {
    shapes: Vec<Shape>,
    /// How many digits end the shop's ids after their letters ("AR-7741093"
    /// 7, "AD-2025-118734" 6).
    tails: Vec<usize>,
    /// Product names, lowercased, to recognise "beacon 800" as a name.
    product_names: Vec<String>,
}

impl OrderIds {
    /// Shapes from the shop's orders and from `examples` (a setting).
    pub fn new(kb: &KnowledgeBase, examples: &[String]) -> Self {
        let mut shapes: Vec<Shape> = Vec::new();
        let ids = kb
            .orders
            .iter()
            .map(|o| o.order_id.as_str())
            .chain(examples.iter().map(String::as_str));
        let mut tails: Vec<usize> = Vec::new();
        for id in ids {
            if let Some(s) = Shape::of(id)
                && !shapes.contains(&s)
            {
                shapes.push(s);
            }
            let digits = id.chars().rev().take_while(char::is_ascii_digit).count();
            if digits > 0 && digits < id.chars().count() && !tails.contains(&digits) {
                tails.push(digits);
            }
        }
        Self {
            shapes,
            tails,
            product_names: kb.products.iter().map(|p| p.name.to_lowercase()).collect(),
        }
    }

    fn has_shape(&self, token: &str) -> bool {
        let Some(s) = Shape::of(token) else {
            return false;
        };
        // Bare numbers must match the length exactly: "007" is not "1042".
        self.shapes.iter().any(|k| {
            let slack = if k.prefix.is_empty() { 0 } else { 1 };
            k.prefix == s.prefix
                && k.separator == s.separator
                && k.digits.abs_diff(s.digits) <= slack
        })
    }

    /// A customer often leaves the letters off ("cancel 7741584" for
    /// AR-7741584, "где заказ 118751?" for AD-2025-118751): the digits
    /// alone, as many as end the shop's ids, count when there are six or
    /// more (fewer are a postcode or a quantity as often as an order).
    fn is_bare_tail(&self, token: &str) -> bool {
        crate::orders::bare_digits(token) && self.tails.contains(&token.len())
    }

    /// The order numbers `words` name, in order, without repeats.
    pub fn find(&self, words: &[String]) -> Vec<String> {
        // Candidates: anything that looks like an id at all.
        let candidates = intent::order_ids(words);
        // "call me back, my number is 0151 2345678": in a line about
        // phoning, "number" announces a phone number; only an order word
        // ("order", "Bestellung") still announces an order.
        let phoning = words.iter().any(|w| is_phone_word(w));
        let mut out = Vec::new();
        for c in candidates {
            let Some(i) = words
                .iter()
                .position(|w| w.trim_start_matches('#').eq_ignore_ascii_case(&c))
            else {
                continue;
            };
            let prev = i.checked_sub(1).and_then(|j| words.get(j));
            let named = prev.is_some_and(|p| {
                let pair = format!("{p} {}", c.to_lowercase());
                self.product_names.iter().any(|n| n.contains(&pair))
            });
            if named {
                continue;
            }
            let hashed = words[i].starts_with('#');
            let before = &words[i.saturating_sub(3)..i];
            let announced = hashed
                || before.iter().any(|w| {
                    CONTEXT.contains(&w.as_str())
                        && !(phoning && NUMBER_WORDS.contains(&w.as_str()))
                });
            let accepted = self.is_bare_tail(&c)
                || if self.shapes.is_empty() {
                    // No shape to learn from (the shop's API answers, or
                    // its ids have several parts): ids with letters, or
                    // numbers the words call an order.
                    announced || c.chars().any(char::is_alphabetic)
                } else {
                    self.has_shape(&c) || announced
                };
            if accepted {
                out.push(c);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Order, Product};
    use crate::text;

    fn ids(kb_orders: &[&str], products: &[&str], message: &str) -> Vec<String> {
        let mut kb = KnowledgeBase::default();
        for id in kb_orders {
            kb.orders.push(
                serde_json::from_value::<Order>(serde_json::json!({
                    "orderId": id, "customerId": "u", "status": "paid", "items": [],
                    "total": 1.0, "currency": "EUR", "updatedAt": "2026-01-01T00:00:00Z"
                }))
                .unwrap(),
            );
        }
        for name in products {
            kb.products.push(
                serde_json::from_value::<Product>(serde_json::json!({
                    "sku": "S", "name": name, "description": "", "price": 1.0,
                    "currency": "EUR", "stock": 1
                }))
                .unwrap(),
            );
        }
        OrderIds::new(&kb, &[]).find(&text::words(message))
    }

    #[test]
    fn the_shops_shape_is_an_order_number() {
        assert_eq!(ids(&["W2231450"], &[], "where is W2231477?"), ["w2231477"]);
        assert_eq!(ids(&["LK-20418"], &[], "status of LK-20419"), ["lk-20419"]);
        assert_eq!(ids(&["1042"], &[], "where is 1043"), ["1043"]);
    }

    #[test]
    fn the_shops_digits_without_its_letters_are_an_order_number() {
        assert_eq!(
            ids(&["AR-7741093"], &[], "then cancel 7741584 please"),
            ["7741584"]
        );
        // Fewer than six digits are a postcode or a quantity as often.
        assert!(ids(&["LK-20418"], &[], "I live in 59000 Lille").is_empty());
        // Not another length.
        assert!(ids(&["AR-7741093"], &[], "it cost 120000 lei").is_empty());
        // The digits that end ids of several parts.
        assert_eq!(
            ids(&["AD-2025-118734"], &[], "где заказ 118751?"),
            ["118751"]
        );
        assert!(ids(&["AD-2025-118734"], &[], "where is 2025").is_empty());
    }

    #[test]
    fn names_and_jokes_are_not() {
        let p = ["Beacon 800 Speaker"];
        assert!(ids(&["W2231450"], &p, "how much is the Beacon 800?").is_empty());
        assert!(ids(&["W2231450"], &p, "agent 007 here, is it waterproof").is_empty());
        assert!(ids(&["1042"], &p, "how much is the beacon 800").is_empty());
        assert!(ids(&["1042"], &p, "I need it in 300 ml").is_empty());
    }

    #[test]
    fn a_setting_gives_the_shape_when_orders_come_from_an_api() {
        let kb = KnowledgeBase::default();
        let ids = OrderIds::new(&kb, &["W2231450".to_string()]);
        assert_eq!(ids.find(&text::words("where is W7654321")), ["w7654321"]);
        assert!(
            ids.find(&text::words("is the 2000 model any good"))
                .is_empty()
        );
    }

    #[test]
    fn a_phone_number_is_not_an_order_number() {
        let shop = ["FF-40587"];
        assert!(
            ids(
                &shop,
                &[],
                "Können Sie mich zurückrufen? Meine Nummer ist 0151 2345678"
            )
            .is_empty()
        );
        assert!(ids(&shop, &[], "please call me, my number is 612 345 678").is_empty());
        // An order word still announces one, and the shop's shape is one.
        assert_eq!(ids(&shop, &[], "call me about order 40587"), ["40587"]);
        assert_eq!(ids(&shop, &[], "ring mig op om FF-40587"), ["ff-40587"]);
    }

    #[test]
    fn context_words_announce_other_numbers() {
        assert_eq!(ids(&["W2231450"], &[], "order 55123 please"), ["55123"]);
        assert_eq!(ids(&[], &[], "Bestellung 55123 bitte"), ["55123"]);
        assert_eq!(ids(&[], &[], "where is A-1001"), ["a-1001"]);
        assert!(ids(&[], &[], "is the 2000 model any good").is_empty());
    }
}
