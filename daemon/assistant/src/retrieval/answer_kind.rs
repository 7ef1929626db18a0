//! What kind of answer a question asks for ("how much" -> a price), and
//! whether a sentence gives it.

use crate::text;

/// The kind of answer a question asks for: "how much" wants a price, "how
/// long" or "when" a time. A sentence of that kind is preferred when
/// quoting an article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AnswerKind {
    Price,
    Time,
    /// "How do I …", "how can I …", "how to …": steps.
    HowTo,
    #[default]
    Any,
}

impl AnswerKind {
    pub fn of(text: &str) -> Self {
        let w = text::words(text);
        let pair = |a: &str, b: &str| w.windows(2).any(|p| p[0] == a && p[1] == b);
        let any = |set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
        if pair("how", "much")
            || any(&[
                "cost",
                "costs",
                "price",
                "prices",
                "fee",
                "fees",
                "expensive",
                "cheap",
                "kostet",
                "cuesta",
                "cuánto",
                "coûte",
                "costa",
                "quanto",
                "kost",
                "hoeveel",
                "custa",
                "kosztuje",
                "ile",
                "prix",
                "preis",
                "precio",
                "prezzo",
                "prijs",
            ])
        {
            AnswerKind::Price
        } else if pair("how", "long")
            || pair("how", "fast")
            || pair("how", "soon")
            || pair("how", "quickly")
            || pair("what", "time")
            || pair("by", "when")
            || any(&[
                "when", "wann", "cuándo", "quand", "quando", "wanneer", "kiedy",
            ])
        {
            AnswerKind::Time
        } else if w.first().is_some_and(|x| x == "how")
            && w.get(1)
                .is_some_and(|x| matches!(x.as_str(), "do" | "can" | "to" | "should"))
        {
            AnswerKind::HowTo
        } else {
            AnswerKind::Any
        }
    }

    /// Does `sentence` give this kind of answer?
    pub fn answered_by(self, sentence: &str) -> bool {
        let has_digit = sentence.chars().any(|c| c.is_ascii_digit());
        match self {
            AnswerKind::Price => {
                sentence.contains(['€', '$', '£'])
                    || (has_digit
                        && text::words(sentence).iter().any(|x| {
                            matches!(
                                x.as_str(),
                                "eur" | "euro" | "euros" | "usd" | "gbp" | "chf" | "free"
                            )
                        }))
                    || text::words(sentence).iter().any(|x| x == "free")
            }
            AnswerKind::Time => {
                has_digit
                    && text::words(sentence).iter().any(|x| {
                        let x = x.as_str();
                        x.starts_with("day")
                            || x.starts_with("hour")
                            || x.starts_with("week")
                            || x.starts_with("minute")
                            || x.starts_with("month")
                    })
                    // A clock time ("14:00"): the splitter drops the colon.
                    || sentence
                        .as_bytes()
                        .windows(3)
                        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
                    || text::words(sentence)
                        .iter()
                        .any(|x| matches!(x.as_str(), "same" | "next" | "tomorrow" | "today"))
            }
            AnswerKind::HowTo | AnswerKind::Any => true,
        }
    }
}
