//! The escalation policy: when a conversation must go to a person. It sits
//! outside every provider and decides from the customer's words alone, so a
//! model can neither talk a customer out of a person nor hand over on a
//! whim.
//!
//! The request-versus-question distinction is made from sentence structure,
//! not keywords: a person noun only counts inside a *request frame* (a
//! desire "I want/need/would like ...", a modal ask "can you/could I/can
//! someone ...", an imperative "get/put/connect me ...", or a bare fragment
//! "human please"), and wh-questions about hours, numbers or addresses are
//! information-seeking even when they name staff ("what are your customer
//! service hours?"). Nothing here names a product, article or shop.

use crate::text;
use crate::{HandoverReason, Outcome};

mod account;
mod callback;
mod carrier_charge;
mod clause;
mod clauses;
mod danger;
mod deadline;
mod declined;
mod enquiry;
mod exchange;
mod failed_again;
mod health;
mod learned;
mod lexicon;
pub mod model;
mod money;
mod order_request;
mod person;
mod question;
mod redirect;
mod sentiment;
mod signals;
mod spoken_with;
mod staff_damage;
mod unresolved;
mod waited;

use clause::Clause;
use clauses::clauses;

pub use declined::{asks_only_to_be_told, withdraws};
pub use exchange::exchanges_what_came;
pub use money::money_back;
pub use person::{asks_if_a_person_is_needed, what_is_asked};
pub use question::asks_status;
pub use redirect::redirects_delivery;
use signals::foreign_cancel_request;

#[cfg(test)]
pub(crate) use learned::model_confidence;

pub use sentiment::anger;

/// What the policy read in one customer message.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Assessment {
    pub wants_person: bool,
    pub order_change: bool,
    pub account_problem: bool,
    /// Something only staff can do (money taken wrongly, a carrier claim,
    /// an exchange inside an order), read by the learned model.
    pub staff_only: bool,
    /// The customer said they do not want a person, or asked about the
    /// team's hours or channels: the model may not read a request there.
    pub declined_person: bool,
    /// 0 = calm; at or above [`ANGER_THRESHOLD`] = angry.
    pub anger: f32,
    /// The customer describes a bodily reaction to a product.
    pub health: bool,
    /// The complaint is about how the shop's people behaved ("the guy at
    /// the till was rude", "prodajalka … je bila zelo nesramna do mene"):
    /// about the service, not a matter a help page governs.
    pub staff_conduct: bool,
}

pub const ANGER_THRESHOLD: f32 = 2.0;

impl Assessment {
    /// The hand-over this message calls for on its own, most pressing first.
    pub fn handover(&self) -> Option<HandoverReason> {
        if self.wants_person {
            Some(HandoverReason::CustomerRequest)
        } else if self.health {
            Some(HandoverReason::Health)
        } else if self.anger >= ANGER_THRESHOLD {
            Some(HandoverReason::Sentiment)
        } else if self.account_problem {
            Some(HandoverReason::Account)
        } else if self.order_change || self.staff_only {
            Some(HandoverReason::OrderChange)
        } else {
            None
        }
    }

    pub fn sentiment_label(&self) -> &'static str {
        if self.anger >= ANGER_THRESHOLD {
            "angry"
        } else if self.anger > 0.0 {
            "frustrated"
        } else {
            "neutral"
        }
    }
}

/// Frustration with the assistant ("I already told you") only makes sense
/// after it has answered; there, a weaker reading of it is enough.
pub fn frustrated_after_answers(message: &str, answered_before: usize) -> bool {
    if answered_before == 0 || no_mood_in_it(message) {
        return false;
    }
    let r = model::model().reading(message);
    // "and to Norway?", "i dissabte?": a calm follow-up question, which
    // the reader, knowing few of its words, may lean to read as upset.
    let calm_follow_up =
        crate::text::ends_as_question(message) && !sentiment::feeling_shown(message);
    (r.need == model::Label::Upset && r.p_need >= 0.4 && !calm_follow_up)
        || unresolved::answers_go_in_circles(message)
}

/// "I got my order 1042" / "but the eye cream box was empty!": the scene
/// set in one line and what went wrong in the next. Read together, they
/// are staff work that neither line is alone. Only the case's readings
/// (staff work, an order change, the account) come from the pair; a
/// request or a mood is the line's own.
pub fn case_across_lines(scene: &str, message: &str) -> Option<HandoverReason> {
    // "How long does a refund take?" / "I've been waiting five weeks".
    if waited::refund_waited_for(scene, message) {
        return Some(HandoverReason::OrderChange);
    }
    // "Where do I see my store credit?" / "it was there, now it's gone".
    if money::credit_asked_then_gone(scene, message) {
        return Some(HandoverReason::OrderChange);
    }
    // "How do I delete my account?" / "Did that in April, still get mail".
    if waited::deletion_done_and_undone(scene, message) {
        return Some(HandoverReason::Account);
    }
    // A scene: "I got my order 1042", or a short line that only names an
    // order ("co z KD-204628" / "to proszę je anulować").
    let w = text::words(scene);
    let names_order = w.len() <= 6 && w.iter().any(|x| crate::orders::number_like(x));
    // "Was 1042 refunded?" / "and 1043?" asks twice; nothing is wrong.
    if (!question::sets_the_scene(scene) && !names_order) || (w.len() > 1 && asks_status(scene)) {
        return None;
    }
    let pair = assess(&format!("{scene}. {message}"));
    let case = Assessment {
        staff_only: pair.staff_only,
        order_change: pair.order_change,
        account_problem: pair.account_problem,
        ..Assessment::default()
    };
    case.handover()
}

/// "Anzi no, mi dica solo il numero", "no, nothing wrong with it, I was
/// just wondering when you open": a request taken back for a question of
/// information, or a question said to be only that, is no mood, however
/// a reader leans on a language it barely saw. "Forget it, this isn't
/// helping" takes back nothing to ask instead: that one is a mood.
pub(crate) fn no_mood_in_it(message: &str) -> bool {
    const INFO: &[&str] = &[
        "phone", "number", "email", "e-mail", "mail", "address", "hours", "open", "opening",
        "close", "closing", "time", "price", "cost", "when", "where",
    ];
    let asks_instead = || {
        crate::text::ends_as_question(message)
            || text::words(&crate::glossary::with_english(message))
                .iter()
                .any(|w| INFO.contains(&w.as_str()))
    };
    (withdraws(message) && asks_instead()) || question::just_asking(message)
}

/// The customer says the problem is still there after an answer: the
/// answer did not help, so a person should look.
pub fn persists_after_answers(message: &str, answered_before: usize) -> bool {
    answered_before > 0 && unresolved::problem_persists(message)
}

/// The customer says again what they said before an answer: the answer
/// did not land. `earlier` are the customer's earlier lines that the
/// assistant replied to.
pub fn repeats_earlier(earlier: &[&str], message: &str) -> bool {
    let now: std::collections::HashSet<String> = text::terms(message).into_iter().collect();
    if now.len() < 2 {
        return false;
    }
    let numbers = |set: &std::collections::HashSet<String>| {
        let mut n: Vec<String> = set
            .iter()
            .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
            .cloned()
            .collect();
        n.sort();
        n
    };
    earlier.iter().any(|line| {
        let before: std::collections::HashSet<String> = text::terms(line).into_iter().collect();
        // "message 6" and "message 7" are two lines, not one said twice.
        if numbers(&now) != numbers(&before) {
            return false;
        }
        let shared = now.intersection(&before).count() as f32;
        let union = now.union(&before).count() as f32;
        union > 0.0 && shared / union >= 0.5
    })
}

/// The "stuck" rule: two failures in a row before and this turn failed
/// too.
pub fn stuck(failed_attempts: u32, this_turn: Outcome) -> bool {
    failed_attempts >= 2 && this_turn == Outcome::Failed
}

pub fn assess(message: &str) -> Assessment {
    let mut a = Assessment {
        anger: anger(message),
        ..Assessment::default()
    };
    // The line's words and its glossary English, read once for the rules
    // below.
    let words = text::words(message);
    let english = text::words(&crate::glossary::with_english(message));
    // "Nobody answers", a threat of lawyers, staff who were rude: the
    // shop's people must hear it, whatever the words' heat.
    a.staff_conduct = sentiment::staff_conduct(&words);
    if unresolved::nobody_answers(message)
        || sentiment::legal_threat(&words, message)
        || a.staff_conduct
    {
        a.anger = a.anger.max(ANGER_THRESHOLD);
    }
    // Whether a clause so far named one of the team: "who's the manager
    // there, I want to talk to them" asks for that person.
    let mut person_named = false;
    for clause in clauses(message) {
        let w = text::words(&clause);
        if w.is_empty() {
            continue;
        }
        let c = Clause::new(&w);
        person_named |= c.person_noun().is_some();
        a.wants_person |= c.wants_person() || (person_named && c.talks_to_pronoun());
        a.order_change |= c.order_change() || c.reship_request();
        a.account_problem |= c.account_problem();
        a.staff_only |= c.charged_twice() || money::money_wrongly_short(&w);
        a.wants_person |= person::someone_not_a_bot(&w);
        // "is anyone from the team online? need help with an order": the
        // clause is the question; the whole line may name no hours.
        a.wants_person |= person::anyone_there_in(&w, &words);
        a.declined_person |= c.declines_person()
            || declined::declines_person_foreign(&w)
            || declined::declines_being_put_through(&w);
    }
    // "Wrong postcode on 1042, pls fix it": the request and what it is
    // about can sit in two clauses.
    a.order_change |= Clause::new(&words).reship_request();
    a.order_change |=
        foreign_cancel_request(message) || order_request::foreign_change_request(&words, &english);
    a.wants_person |= person::foreign_person_request(message)
        || callback::asks_to_be_called(&words)
        || person::who_can_we_talk_to(&words)
        || person::real_person_asked_after(&words)
        || enquiry::asks_for_someone(&words, &english, message);
    // "Do I need to talk to someone to return this?" names a person
    // without asking for one.
    if person::asks_if_a_person_is_needed(message) {
        a.wants_person = false;
        a.declined_person = true;
    }
    a.staff_only |= money::refund_overdue(&english)
        || signals::delivered_but_not_here(&words, &english)
        || signals::wrong_delivery(&words, &english)
        || failed_again::replacement_failed_again(&words, &english)
        || failed_again::repair_failed_again(&words, &english)
        || money::paid_but_not_shown(&words, &english)
        || money::balance_gone(&words, &english)
        || money::charged_after_cancelling(&words, &english)
        || money::kept_after_cancelling(&words, &english)
        || money::charged_while_paused(&words, &english)
        || money::gift_card_never_came(&words, &english)
        || money::provider_dunning_a_return(&words, &english)
        || money::charged_twice_foreign(&words, &english)
        || money::charge_disputed(&words, &english)
        || money::service_made_it_worse(&words, &english)
        || staff_damage::staff_damaged(&words, &english)
        || staff_damage::shop_lost_it(&words)
        || staff_damage::no_show(&words)
        || carrier_charge::carrier_billed_me(&words)
        || money::bill_wrong(&words, &english, message)
        || deadline::delivery_needed_by(&words, &english)
        || waited::sent_and_no_word(&words, message)
        || waited::repair_waited_for(&words, message)
        || unresolved::asked_before(message);
    a.order_change |= signals::foreign_send_another(&words, &english)
        || order_request::turkish_refund_demand(&words, &english);
    a.account_problem |= signals::deletion_failed(&words, &english)
        || account::login_failed_after_trying(&words, &english, message)
        || account::unsubscribe_ignored(&words)
        || account::order_not_placed(&words, &english);
    // Asked to do it on the customer's behalf: staff work, unless the
    // account is why they cannot (that is the account's business). Not
    // an order change: what it is about (a subscription, the account, a
    // booking) is the intent reader's to say.
    a.staff_only |= !a.account_problem && order_request::do_it_for_me(&words, &english);
    // "was order 1042 cancelled?" asks what the order tools know; the
    // reader, which has seen many lines about cancelled orders and money,
    // may not turn it into a hand-over.
    if !asks_status(message) && !question::asks_where_or_status(message) {
        learned::apply(&mut a, message);
    }
    a.health =
        health::bodily_reaction(&words, &english) || danger::hurt_or_endangered(&words, &english);
    // "How do refunds work if I'm charged twice?": a rule for a case, not
    // a case to put right, whoever read it as one.
    if question::hypothetical(message) || question::just_asking(message) {
        a.staff_only = false;
        a.order_change = false;
        a.health = false;
    }
    a
}

/// The hand-over a single line gets, for the rule tests below.
#[cfg(test)]
fn reason(m: &str) -> Option<HandoverReason> {
    assess(m).handover()
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_later;
#[cfg(test)]
mod tests_more;
#[cfg(test)]
mod tests_own_forms;
#[cfg(test)]
mod tests_probes;
#[cfg(test)]
mod tests_wordings;
