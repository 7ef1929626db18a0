//! Whether the shop's people can be reached now: the daemon knows (business
//! hours, who is online and taking chats), the knowledge base does not. A
//! customer who asks "are you open?" or "is anyone there?" hears the live
//! answer, not only the article with the opening times.

use crate::text;

/// The team as the daemon sees it at the moment of the turn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamOutlook {
    /// Someone is online and taking chats.
    Here,
    /// Inside business hours and someone is online, but nobody is free:
    /// a hand-over waits in the queue.
    Busy,
    /// Nobody can take a chat now (outside hours, or nobody online).
    /// `back` reads "on Monday 7 December at 09:00 (Europe/Berlin)", or
    /// "as soon as someone from the team is online" when no hours are set.
    Away { back: String },
}

impl TeamOutlook {
    /// One whole sentence for the customer.
    pub fn sentence(&self) -> String {
        match self {
            TeamOutlook::Here => "Someone from our team is here right now: ask for a person \
                                  and I will put you through."
                .to_string(),
            TeamOutlook::Busy => "Our team is in, but everyone is helping other customers at \
                                  the moment: ask for a person and you will be next in line."
                .to_string(),
            TeamOutlook::Away { back } => format!(
                "Nobody from our team is here right now; someone is back {back}. Ask for a \
                 person and I will take a message for them."
            ),
        }
    }
}

/// Words that make a question about when the team is there.
const WHEN: &[&str] = &[
    "hours",
    "hour",
    "open",
    "opening",
    "opens",
    "close",
    "closed",
    "closes",
    "closing",
    "available",
    "availability",
    "online",
    "there",
    "back",
    "weekend",
    "weekends",
    "saturday",
    "sunday",
    "holiday",
    "holidays",
    "today",
    "tonight",
    "tomorrow",
    "working",
    "staffed",
];
/// Who the question is about: the team, not a product or an order.
const WHO: &[&str] = &[
    "you", "your", "team", "staff", "someone", "somebody", "anyone", "anybody", "agent", "agents",
    "person", "people", "human", "humans", "support", "service", "chat", "shop", "store",
];
const QUESTION_HEAD: &[&str] = &[
    "when", "what", "are", "is", "do", "does", "will", "can", "until", "till", "how",
];
/// Topics that make "are you open …" about something else ("open to
/// returns", "is the order back").
const OTHER_TOPIC: &[&str] = &[
    "order", "orders", "parcel", "package", "return", "returns", "refund", "item", "product",
    "stock", "size", "price", "delivery", "shipping", "box",
];

/// The customer asks whether, or when, the team is there.
pub fn asks_about_team(message: &str) -> bool {
    let w = text::words(message);
    let has = |set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
    let question = message.contains('?')
        || w.first()
            .is_some_and(|first| QUESTION_HEAD.contains(&first.as_str()));
    question && has(WHEN) && has(WHO) && !has(OTHER_TOPIC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_about_the_team_are_recognised() {
        for q in [
            "when are you open?",
            "what are your opening hours",
            "is anyone there right now?",
            "are you open on sunday",
            "what time does customer service close?",
            "when will someone be back?",
            "is the chat staffed today",
            "Are your agents available this weekend?",
        ] {
            assert!(asks_about_team(q), "{q}");
        }
    }

    #[test]
    fn other_questions_are_not() {
        for q in [
            "when will my order arrive?",
            "is the Beacon 800 available?",
            "are you open to returns after 30 days?",
            "I want my money back",
            "hello there",
            "thanks, you were helpful",
            "where is my parcel",
        ] {
            assert!(!asks_about_team(q), "{q}");
        }
    }

    #[test]
    fn every_outlook_reads_as_a_sentence() {
        let away = TeamOutlook::Away {
            back: "on Monday 7 December at 09:00 (Europe/Berlin)".into(),
        };
        assert!(
            away.sentence()
                .contains("back on Monday 7 December at 09:00")
        );
        for o in [TeamOutlook::Here, TeamOutlook::Busy, away] {
            let s = o.sentence();
            assert!(s.ends_with('.') && s.chars().next().is_some_and(char::is_uppercase));
        }
    }
}
