//! What the conversation so far says about the line being answered:
//! the orders it named, the topic a short follow-up inherits, and a
//! hand-over already announced. Pure functions of the turn's history.

use crate::citation;
use crate::handover;
use crate::intent;
use crate::kb::KnowledgeBase;
use crate::policy;
use crate::retrieval::{Query, Retriever};
use crate::text;
use crate::{HandoverReason, Intent, Speaker, Turn};

pub fn last_customer_line(turn: &Turn) -> Option<&str> {
    turn.history
        .iter()
        .rev()
        .find(|l| l.speaker == Speaker::Customer)
        .map(|l| l.text.as_str())
}

/// "Which carrier is it with?" right after the customer named an order: a
/// short line that points back with a pronoun and has no clear topic of
/// its own asks about that order.
pub fn follows_up_on_order(
    turn: &Turn,
    message: &str,
    assessment: &policy::Assessment,
    retriever: &Retriever,
) -> bool {
    let w = text::words(message);
    if w.len() > 8
        || !w
            .iter()
            .any(|x| matches!(x.as_str(), "it" | "its" | "they" | "them"))
    {
        return false;
    }
    let (topic, score) = intent::classify(message, assessment);
    // "Which courier is it with?", "who is delivering it": a carrier or a
    // delivery asked of "it" is a field of that order, not the shipping
    // rules, unless a place or a price says it is about the rules.
    let order_field = matches!(topic, Intent::Shipping | Intent::OrderStatus)
        && crate::retrieval::places_in(message).is_empty()
        && crate::retrieval::AnswerKind::of(message) != crate::retrieval::AnswerKind::Price;
    // The policy's readings ("ok, cancel it") keep their own intent.
    (score < intent::CLEAR_TOPIC || order_field)
        && !policy_read(assessment)
        && !history_order_ids(turn, retriever).is_empty()
}

/// Words short enough to be a follow-up of the line before ("and how
/// long does it take?", "et c'est gratuit à partir de combien ?").
const FOLLOW_UP_WORDS: usize = 8;

/// The previous customer line, when this one is a short follow-up with no
/// clear topic of its own ("and to Norway?", "i live in bern btw, is it
/// free"): what it asks about is what that line was about. A line the
/// policy read (a person, an order change) stands on its own.
pub fn follow_up<'t>(
    turn: &'t Turn,
    message: &str,
    assessment: &policy::Assessment,
) -> Option<&'t str> {
    if text::words(message).len() > FOLLOW_UP_WORDS || policy_read(assessment) {
        return None;
    }
    let (_, score) = intent::classify(message, assessment);
    if score >= intent::CLEAR_TOPIC {
        return None;
    }
    earlier_customer_lines(turn).next()
}

/// The policy read the line as something for staff (a person, an order
/// change, the account, staff work, anger): it keeps its own reading.
fn policy_read(assessment: &policy::Assessment) -> bool {
    assessment.handover().is_some()
}

/// The intent of this message, inheriting the topic of the line it
/// follows up when it has none of its own.
pub fn turn_intent(turn: &Turn, message: &str, assessment: &policy::Assessment) -> Intent {
    // "Do I have to call customer service to return something?" is about
    // returning, not about reaching the team.
    let asked = policy::what_is_asked(message, assessment.declined_person);
    let (intent, _) = intent::classify(asked.as_deref().unwrap_or(message), assessment);
    if matches!(
        intent,
        Intent::Greeting | Intent::Thanks | Intent::Goodbye | Intent::HumanRequest
    ) {
        return intent;
    }
    let Some(prev) = follow_up(turn, message, assessment) else {
        return intent;
    };
    let pa = policy::assess(prev);
    match intent::classify(prev, &pa) {
        // Only a clear topic is worth inheriting; a social line or a
        // request for a person is not a topic.
        (
            Intent::Greeting
            | Intent::Thanks
            | Intent::Goodbye
            | Intent::HumanRequest
            | Intent::Other,
            _,
        ) => intent,
        (inherited, score) if score >= intent::CLEAR_TOPIC || intent == Intent::Other => inherited,
        _ => intent,
    }
}

/// A conversation the assistant already handed over stays with staff:
/// the next line goes on with the same matter ("für Bestellung 1042"
/// after "I was charged twice"), unless it thanks, says goodbye or
/// declines the person. A mood is not carried: it was read from one line,
/// and the next is read on its own.
pub fn carried_handover(
    turn: &Turn,
    assessment: &policy::Assessment,
    intent: Intent,
) -> Option<HandoverReason> {
    let n = turn.history.len();
    // The hand-overs the latest replies announced, newest first, up to the
    // last reply that answered. A mood read after a matter was handed
    // over ("tracking says delivered but nothing here" / "I did all of
    // that, 4 days now" / "so what now") leaves the matter with staff.
    let announced: Vec<HandoverReason> = turn.history[..n.saturating_sub(1)]
        .iter()
        .rev()
        .filter(|l| l.speaker == Speaker::Assistant)
        .map_while(|l| handover::announced(&l.text))
        .collect();
    let reason = announced
        .iter()
        .copied()
        .find(|r| *r != HandoverReason::Sentiment)
        .or_else(|| announced.first().copied())?;
    // A new question with a topic of its own ("ok, and what are your
    // opening hours?") is read on its own.
    let message = last_customer_line(turn).unwrap_or_default();
    let (_, score) = intent::classify(message, assessment);
    let new_question = score >= intent::CLEAR_TOPIC && crate::text::ends_as_question(message);
    if reason == HandoverReason::Sentiment
        || assessment.declined_person
        || policy::withdraws(message)
        || policy::asks_only_to_be_told(message)
        || new_question
        || matches!(intent, Intent::Thanks | Intent::Goodbye | Intent::Greeting)
    {
        return None;
    }
    Some(reason)
}

/// The customer's line before the one being answered.
pub fn previous_customer_line(turn: &Turn) -> Option<&str> {
    earlier_customer_lines(turn).next()
}

/// Customer lines before the one being answered, newest first.
pub fn earlier_customer_lines(turn: &Turn) -> impl Iterator<Item = &str> {
    let n = turn.history.len();
    turn.history
        .iter()
        .take(n.saturating_sub(1))
        .rev()
        .filter(|l| l.speaker == Speaker::Customer)
        .map(|l| l.text.as_str())
}

/// Order ids from the latest earlier customer line that named one, so "and
/// when will it arrive?" follows "where is 1042?".
pub fn history_order_ids(turn: &Turn, retriever: &Retriever) -> Vec<String> {
    earlier_customer_lines(turn)
        .map(|l| retriever.order_ids.find(&text::words(l)))
        .find(|ids| !ids.is_empty())
        .unwrap_or_default()
}

/// The help page the conversation was about: the first one the
/// assistant's answers cited, found by the title its quote names
/// ("(From our help page \"Returns\".)"). A hand-over after "fine, human
/// please" or "you keep sending me the same text" is about that page's
/// matter, though the line itself names no topic: staff see which page
/// the customer was already given. The first, because the question that
/// opened the matter chose it; a later citation is often the answer to a
/// follow-up read on its own ("I already sent it back two weeks ago").
/// The history holds replies as text only, so the citation is the one
/// record of the page.
pub fn page_discussed(turn: &Turn, kb: &KnowledgeBase) -> Option<String> {
    let n = turn.history.len();
    let title = turn.history[..n.saturating_sub(1)]
        .iter()
        .filter(|l| l.speaker == Speaker::Assistant)
        .find_map(|l| citation::first_title(&l.text))?;
    kb.articles
        .iter()
        .find(|a| a.title == title)
        .map(|a| a.id.clone())
}

/// The retrieval query: this message, plus the previous customer line at
/// lower weight when this one is a follow-up ("what about Norway?") or
/// has hardly any words of its own.
pub fn contextual_query(turn: &Turn, message: &str, assessment: &policy::Assessment) -> Query {
    let mut q = Query::new(message);
    let few_words = text::terms(message).len() <= 3;
    let prev = if few_words {
        earlier_customer_lines(turn).next()
    } else {
        follow_up(turn, message, assessment)
    };
    if let Some(prev) = prev {
        q.add_context(prev, 0.4);
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::HistoryLine;

    fn talk(lines: &[&str]) -> Turn {
        // Customer and assistant take turns, the customer first and last.
        let history = lines
            .iter()
            .enumerate()
            .map(|(i, t)| HistoryLine {
                speaker: if i % 2 == 0 {
                    Speaker::Customer
                } else {
                    Speaker::Assistant
                },
                text: (*t).into(),
            })
            .collect();
        Turn {
            customer_id: "u42".into(),
            customer_name: "C".into(),
            history,
            failed_attempts: 0,
            team: None,
        }
    }

    fn intent_of(lines: &[&str]) -> Intent {
        let t = talk(lines);
        let last = last_customer_line(&t).unwrap_or_default();
        turn_intent(&t, last, &policy::assess(last))
    }

    #[test]
    fn a_follow_up_without_a_topic_inherits_the_one_before() {
        assert_eq!(
            intent_of(&[
                "do you ship to germany?",
                "Yes.",
                "and how long does it take"
            ]),
            Intent::Shipping
        );
        assert_eq!(
            intent_of(&[
                "vous livrez en Belgique ?",
                "Oui.",
                "et c'est gratuit à partir de combien ?"
            ]),
            Intent::Shipping
        );
        // A line with a clear topic of its own keeps it.
        assert_eq!(
            intent_of(&[
                "do you ship to germany?",
                "Yes.",
                "which payment methods do you take"
            ]),
            Intent::Payment
        );
        // Nothing to inherit from a greeting: the line is read alone.
        let alone = intent::classify("is it free", &policy::assess("is it free")).0;
        assert_eq!(intent_of(&["hi", "Hello!", "is it free"]), alone);
    }

    #[test]
    fn the_page_discussed_is_the_first_one_cited() {
        let kb = KnowledgeBase {
            articles: ["Returns", "Shipping"]
                .iter()
                .map(|t| crate::kb::Article {
                    id: t.to_lowercase(),
                    title: (*t).into(),
                    tags: vec![],
                    body: String::new(),
                })
                .collect(),
            products: vec![],
            orders: vec![],
        };
        let t = talk(&[
            "where is my refund",
            "Within 14 days.\n(From our help page \"Returns\".)",
            "i sent it back two weeks ago",
            "Parcels take 3 days.\n(From our help page \"Shipping\".)",
            "this goes in circles",
        ]);
        assert_eq!(page_discussed(&t, &kb).as_deref(), Some("returns"));
        assert_eq!(page_discussed(&talk(&["hi", "Hello!", "human"]), &kb), None);
    }

    #[test]
    fn a_follow_up_brings_the_line_before_into_the_query() {
        let t = talk(&[
            "how do i return stuff",
            "Like this.",
            "i live in bern btw, is it free",
        ]);
        let line = "i live in bern btw, is it free";
        let q = contextual_query(&t, line, &policy::assess(line));
        assert!(
            q.terms().any(|x| x.starts_with("return")),
            "{:?}",
            q.terms().collect::<Vec<_>>()
        );
        // A question of its own does not.
        let t = talk(&[
            "how do i return stuff",
            "Like this.",
            "which payment methods do you take for orders to austria",
        ]);
        let line = "which payment methods do you take for orders to austria";
        let q = contextual_query(&t, line, &policy::assess(line));
        assert!(!q.terms().any(|x| x.starts_with("return")));
    }
}
