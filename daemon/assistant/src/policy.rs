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

use crate::HandoverReason;
use crate::text;

mod account;
mod callback;
mod clauses;
mod deadline;
mod health;
mod learned;
mod lexicon;
pub mod model;
mod money;
mod person;
mod question;
mod sentiment;
mod signals;
mod unresolved;

use clauses::clauses;
use lexicon::*;

pub use money::money_back;
pub use person::{asks_if_a_person_is_needed, what_is_asked, withdraws};
pub use question::asks_status;
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
    if answered_before == 0 {
        return false;
    }
    let r = model::model().reading(message);
    // "and to Norway?", "i dissabte?": a calm follow-up question, which
    // the reader, knowing few of its words, may lean to read as upset.
    let calm_follow_up = message.trim_end().ends_with('?') && !sentiment::feeling_shown(message);
    (r.need == model::Label::Upset && r.p_need >= 0.4 && !calm_follow_up)
        || unresolved::answers_go_in_circles(message)
}

/// "I got my order 1042" / "but the eye cream box was empty!": the scene
/// set in one line and what went wrong in the next. Read together, they
/// are staff work that neither line is alone. Only the case's readings
/// (staff work, an order change, the account) come from the pair; a
/// request or a mood is the line's own.
pub fn case_across_lines(scene: &str, message: &str) -> Option<HandoverReason> {
    // A scene: "I got my order 1042", or a short line that only names an
    // order ("co z KD-204628" / "to proszę je anulować").
    let w = text::words(scene);
    let names_order = w.len() <= 6
        && w.iter()
            .any(|x| x.chars().filter(char::is_ascii_digit).count() >= 3);
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

/// The "stuck" rule: two earlier failures and this turn failed too.
pub fn stuck(failed_attempts: u32, this_turn_helped: bool) -> bool {
    failed_attempts >= 2 && !this_turn_helped
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
    if unresolved::nobody_answers(message)
        || sentiment::legal_threat(&words, message)
        || sentiment::staff_conduct(&words)
    {
        a.anger = a.anger.max(ANGER_THRESHOLD);
    }
    for clause in clauses(message) {
        let w = text::words(&clause);
        if w.is_empty() {
            continue;
        }
        let c = Clause::new(&w);
        a.wants_person |= c.wants_person();
        a.order_change |= c.order_change() || c.reship_request();
        a.account_problem |= c.account_problem();
        a.staff_only |= c.charged_twice() || money::money_wrongly_short(&w);
        a.wants_person |= person::someone_not_a_bot(&w);
        a.declined_person |= c.declines_person()
            || person::declines_person_foreign(&w)
            || person::declines_being_put_through(&w);
    }
    // "Wrong postcode on 1042, pls fix it": the request and what it is
    // about can sit in two clauses.
    a.order_change |= Clause::new(&words).reship_request();
    a.order_change |=
        foreign_cancel_request(message) || signals::foreign_change_request(&words, &english);
    a.wants_person |= person::foreign_person_request(message)
        || callback::asks_to_be_called(&words)
        || person::anyone_there(&words);
    // "Do I need to talk to someone to return this?" names a person
    // without asking for one.
    if person::asks_if_a_person_is_needed(message) {
        a.wants_person = false;
        a.declined_person = true;
    }
    a.staff_only |= money::refund_overdue(&english)
        || signals::delivered_but_not_here(&words, &english)
        || signals::wrong_delivery(&words, &english)
        || signals::replacement_failed_again(&words, &english)
        || signals::repair_failed_again(&words, &english)
        || money::paid_but_not_shown(&words, &english)
        || money::balance_gone(&words, &english)
        || money::charged_after_cancelling(&words, &english)
        || money::charged_twice_foreign(&words, &english)
        || money::charge_disputed(&words, &english)
        || money::service_made_it_worse(&words, &english)
        || money::bill_wrong(&words, &english, message)
        || deadline::delivery_needed_by(&words, &english);
    a.order_change |= signals::foreign_send_another(&english);
    a.account_problem |= signals::deletion_failed(&words, &english)
        || account::login_failed_after_trying(&words, &english, message)
        || account::unsubscribe_ignored(&words);
    // "was order 1042 cancelled?" asks what the order tools know; the
    // reader, which has seen many lines about cancelled orders and money,
    // may not turn it into a hand-over.
    if !asks_status(message) && !question::asks_where_or_status(message) {
        learned::apply(&mut a, message);
    }
    a.health =
        health::bodily_reaction(&words, &english) || health::hurt_or_endangered(&words, &english);
    // "How do refunds work if I'm charged twice?": a rule for a case, not
    // a case to put right, whoever read it as one.
    if question::hypothetical(message) || question::just_asking(message) {
        a.staff_only = false;
        a.order_change = false;
        a.health = false;
    }
    a
}

/// Words after "talk to" or before "help me" that are not one of the
/// shop's people: the assistant, the customer, things.
const NOT_A_ROLE: &[&str] = &[
    "you",
    "u",
    "it",
    "this",
    "that",
    "them",
    "him",
    "her",
    "bot",
    "chatbot",
    "ai",
    "assistant",
    "robot",
    "machine",
    "computer",
    "me",
    "myself",
    "about",
    "app",
    "website",
    "site",
    "page",
    "chat",
    "form",
    "link",
    "code",
    "someone",
    "somebody",
    "anyone",
    "anybody",
];

struct Clause<'a> {
    w: &'a [String],
}

impl<'a> Clause<'a> {
    fn new(w: &'a [String]) -> Self {
        Self { w }
    }

    fn has(&self, set: &[&str]) -> bool {
        self.w.iter().any(|x| set.contains(&x.as_str()))
    }

    fn pos(&self, set: &[&str]) -> Option<usize> {
        self.w.iter().position(|x| set.contains(&x.as_str()))
    }

    fn has_phrase(&self, phrase: &[&str]) -> bool {
        self.phrase_at(phrase).is_some()
    }

    /// Where `phrase` starts among the clause's words.
    fn phrase_at(&self, phrase: &[&str]) -> Option<usize> {
        self.w
            .windows(phrase.len())
            .position(|win| win.iter().zip(phrase).all(|(a, b)| a == b))
    }

    /// First meaningful word, skipping interjections and politeness.
    fn head(&self) -> usize {
        self.w
            .iter()
            .position(|x| {
                !matches!(
                    x.as_str(),
                    "please"
                        | "ok"
                        | "okay"
                        | "hey"
                        | "hi"
                        | "hello"
                        | "so"
                        | "and"
                        | "then"
                        | "well"
                        | "just"
                        | "oh"
                        | "um"
                        | "yes"
                        | "yeah"
                        | "right"
                        | "anyway"
                        | "anyways"
                        | "whatever"
                        | "fine"
                        | "also"
                        | "alright"
                        | "now"
                        | "forget"
                        | "nevermind"
                        | "great"
                        | "perfect"
                        | "cool"
                        | "thanks"
                        | "excellent"
                )
            })
            .unwrap_or(0)
    }

    fn negated_before(&self, idx: usize) -> bool {
        self.w[..idx.min(self.w.len())]
            .iter()
            .any(|x| NEGATION.contains(&x.as_str()))
    }

    fn person_noun(&self) -> Option<usize> {
        if let Some(i) = self.pos(PERSON) {
            return Some(i);
        }
        // "a real/live/actual customer service agent" has a person noun
        // already; "talk to customer service / support" names the function,
        // which in a request frame means its people.
        self.pos(SUPPORT).or_else(|| self.role_spoken_to())
    }

    /// "Can a human confirm it's gone?", "could a pharmacist help me
    /// choose?": a person asked to do something for the customer, as the
    /// subject of a request. One of the team by name does anything; a
    /// role the shop has (whatever it is called) helps, calls or advises
    /// the customer.
    fn person_as_subject(&self) -> bool {
        const TEAM: &[&str] = &[
            "human",
            "humans",
            "agent",
            "agents",
            "staff",
            "employee",
            "operator",
            "representative",
            "rep",
            "manager",
            "supervisor",
            "colleague",
            "advisor",
            "adviser",
        ];
        const FOR_ME: &[&str] = &["help", "call", "phone", "ring", "contact", "advise"];
        let h = self.head();
        if !self.w.get(h).is_some_and(|x| MODAL.contains(&x.as_str())) {
            return false;
        }
        let Some(n) = self.w[h + 1..]
            .iter()
            .position(|x| {
                !matches!(
                    x.as_str(),
                    "a" | "an" | "the" | "one" | "of" | "your" | "ur" | "real" | "actual" | "live"
                )
            })
            .map(|i| h + 1 + i)
        else {
            return false;
        };
        let noun = self.w[n].as_str();
        let (Some(verb), object) = (self.w.get(n + 1), self.w.get(n + 2)) else {
            return false;
        };
        (TEAM.contains(&noun) && !matches!(verb.as_str(), "be" | "is" | "are"))
            || (n > h + 1
                && FOR_ME.contains(&verb.as_str())
                && object.is_some_and(|o| matches!(o.as_str(), "me" | "us"))
                && !NOT_A_ROLE.contains(&noun))
    }

    /// "Can I talk to the watchmaker", "could I speak with your trainer":
    /// whoever one talks to is a person, whatever the shop calls their
    /// role. Not the assistant itself ("can I talk to you about returns").
    fn role_spoken_to(&self) -> Option<usize> {
        let t = self.pos(TALK)?;
        if !matches!(self.w.get(t + 1).map(String::as_str), Some("to" | "with")) {
            return None;
        }
        let role = self.w[t + 2..]
            .iter()
            .position(|x| {
                !matches!(
                    x.as_str(),
                    "the" | "a" | "an" | "your" | "ur" | "one" | "of"
                )
            })
            .map(|i| t + 2 + i)?;
        (!NOT_A_ROLE.contains(&self.w[role].as_str())).then_some(role)
    }

    /// A wh-question (or how-question about channels) seeking information.
    fn info_seeking(&self) -> bool {
        let h = self.head();
        let first = self.w.get(h).map(String::as_str).unwrap_or("");
        let wh = INFO_WH.contains(&first)
            || (first == "how"
                && self.w.get(h + 1).is_some_and(|n| {
                    matches!(
                        n.as_str(),
                        "long" | "late" | "early" | "many" | "much" | "soon" | "quickly" | "fast"
                    )
                }));
        let contact_how = first == "how" && !self.has(TALK) && self.has(CONTACT);
        // "is there an agent available now?" asks for one, not about one.
        let asks_now = (self.has_phrase(&["is", "there"]) || self.has_phrase(&["are", "there"]))
            && self.has(&["now"]);
        // "is there a sales manager email": the address, a noun; "is
        // there someone I can email" asks for someone to write to.
        let email_noun = self.w.iter().enumerate().any(|(i, x)| {
            matches!(x.as_str(), "email" | "e-mail")
                && !(i > 0 && matches!(self.w[i - 1].as_str(), "can" | "could" | "to" | "i" | "we"))
        });
        let topic_question = (self.has(INFO_TOPIC) || email_noun)
            && !asks_now
            && (first == "do" || first == "does" || first == "is" || first == "are" || wh);
        wh || contact_how || topic_question || self.has_phrase(&["is", "there", "a", "phone"])
    }

    fn wants_person(&self) -> bool {
        if self.person_as_subject() && !self.info_seeking() {
            return true;
        }
        // Asking to be phoned, with no person named, is `callback`'s.
        let Some(p) = self.person_noun() else {
            return false;
        };
        if self.info_seeking() {
            return false;
        }
        let frame = self.desire_frame()
            || self.modal_frame()
            || self.imperative_frame()
            || self.existence_frame();
        let fragment = self.w.len() <= 5
            && PERSON.contains(&self.w[p].as_str())
            && self.w.iter().all(|x| {
                FILLER.contains(&x.as_str())
                    || PERSON.contains(&x.as_str())
                    || SUPPORT.contains(&x.as_str())
                    || DESIRE.contains(&x.as_str())
                    || matches!(x.as_str(), "customer" | "talk" | "speak")
            });
        // The person must be the one asked for: a talk/contact/route/help
        // verb ("can someone help me") or a desire with the person as its
        // object ("I want a human"). "Can I return what someone gave me"
        // has a frame and a person but no such verb.
        let verb = self.has(TALK)
            || self.has(CONTACT)
            || self.has(ROUTE)
            || self.has(&["transferred", "connected", "forwarded", "passed"])
            || self.has(&["help", "assist", "look", "check", "deal", "handle"])
            // "Is there a real person I can ask about my brooch?"
            || (self.existence_frame() && self.has(&["ask"]));
        !self.negated_before_person(p) && (fragment || (frame && (verb || self.desire_frame())))
    }

    /// "I don't need a person", "when is your team available?": a person
    /// named, but not asked for.
    fn declines_person(&self) -> bool {
        let Some(p) = self.person_noun() else {
            return false;
        };
        // "do your agents speak German?": a yes/no question about the team.
        let h = self.head();
        let about_team = matches!(
            self.w.get(h).map(String::as_str),
            Some("do" | "does" | "are" | "is" | "will")
        ) && matches!(
            self.w.get(h + 1).map(String::as_str),
            Some("your" | "the" | "all")
        ) && (p == h + 2 || p == h + 3);
        self.negated_before_person(p) || self.info_seeking() || about_team
    }

    /// Negation before the person noun ("I don't need a human"), except
    /// the rhetorical inverted question "can't I just talk to a human?".
    fn negated_before_person(&self, p: usize) -> bool {
        let h = self.head();
        self.w[..p.min(self.w.len())]
            .iter()
            .enumerate()
            .any(|(i, x)| {
                let rhetorical = x == "not"
                    && i == h + 1
                    && self
                        .w
                        .get(h)
                        .is_some_and(|m| MODAL.contains(&m.as_str()) || m == "do");
                NEGATION.contains(&x.as_str()) && !rhetorical
            })
    }

    /// "I want / I'd like / I need / I would rather ..." with a first-person
    /// subject.
    fn desire_frame(&self) -> bool {
        self.w.windows(2).any(|win| {
            matches!(win[0].as_str(), "i" | "we" | "would" | "d")
                && DESIRE.contains(&win[1].as_str())
        }) || self.w.windows(3).any(|win| {
            matches!(win[0].as_str(), "i" | "we")
                && matches!(
                    win[1].as_str(),
                    "would" | "really" | "just" | "do" | "still"
                )
                && DESIRE.contains(&win[2].as_str())
        }) || self
            .w
            .windows(2)
            // "I'm gonna need staff for this"
            .any(|win| win[0] == "gonna" && DESIRE.contains(&win[1].as_str()))
    }

    /// "can you / could I / would someone / is it possible to ...".
    fn modal_frame(&self) -> bool {
        let h = self.head();
        let starts_modal = self.w.get(h).is_some_and(|x| MODAL.contains(&x.as_str()));
        starts_modal
            || self.has_phrase(&["is", "it", "possible"])
            || self.has_phrase(&["i", "would", "appreciate"])
            || self.has_phrase(&["have", "someone"])
            || self.has_phrase(&["how", "can", "i", "talk"])
            || self.has_phrase(&["how", "can", "i", "speak"])
            || self.has_phrase(&["how", "do", "i", "talk"])
            || self.has_phrase(&["how", "do", "i", "speak"])
    }

    /// "get me a human", "put me through", "talk to a person", "let me
    /// speak to ...": the clause opens with a verb.
    fn imperative_frame(&self) -> bool {
        let h = self.head();
        let Some(first) = self.w.get(h) else {
            return false;
        };
        let first = first.as_str();
        (ROUTE.contains(&first) || TALK.contains(&first) || first == "let" || first == "have")
            && !matches!(first, "get" if self.w.get(h + 1).is_some_and(|n| !matches!(n.as_str(), "me" | "us" | "a" | "an" | "someone" | "somebody" | "the" | "your" | "some")))
    }

    /// "is there a person I can talk to", "are there any humans here".
    fn existence_frame(&self) -> bool {
        (self.has_phrase(&["is", "there"])
            || self.has_phrase(&["are", "there"])
            || self.has_phrase(&["any", "chance"]))
            && (self.has(TALK) || self.has(&["here", "there"]))
    }

    fn order_change(&self) -> bool {
        let Some(a) = self.pos(ORDER_ACTION) else {
            return self.money_back_request();
        };
        // "cancel order policy?": the rule, not the act.
        if self.info_seeking() || self.conditional() || self.has(&["policy", "policies", "rules"]) {
            return false;
        }
        // The action must apply to something specific: "my order", "order
        // 1042", "it", "me" - not "an order" or "orders" in general.
        let specific = self.specific_object(a);
        // "an update on my order" is a noun, not a request to update.
        if a > 0 && matches!(self.w[a - 1].as_str(), "a" | "an" | "any" | "the") {
            return self.money_back_request();
        }
        let frame = self.desire_frame()
            || self.modal_frame()
            || self.imperative_frame()
            || a == self.head()
            || (a > 0 && matches!(self.w[a - 1].as_str(), "please" | "pls" | "plz"))
            || self.has_phrase(&["how", "do", "i"])
            || self.has_phrase(&["how", "can", "i"]);
        // Account data ("change my email") is the account rule's business.
        let account = self.has(&["account", "email", "password", "username", "login"])
            && !self.has(&["order", "orders"]);
        frame && specific && !account && !self.negated_before(a)
    }

    /// "Can you send a new set", "I want a replacement", "can you send
    /// 1042 to my new address", "wrong postcode on 1042, pls fix it": the
    /// customer asks for something to be sent again or elsewhere, which
    /// only staff can do. Not a question about whether or how it is done
    /// ("do you send a new one if it breaks?").
    fn reship_request(&self) -> bool {
        if self.info_seeking() || self.conditional() || self.has(&["if", "when", "whether"]) {
            return false;
        }
        let frame = self.desire_frame()
            || self.modal_frame()
            || self.imperative_frame()
            || self.has(&["please", "pls", "plz"]);
        let send = self.has(&["send", "resend", "ship", "deliver", "redirect"]);
        let again = self.has(&[
            "new",
            "another",
            "replacement",
            "right",
            "correct",
            "missing",
            "rest",
            "others",
        ]);
        let replacement = self.has(&["replacement", "replace"]) && self.desire_frame();
        // An e-mail address or the account's is the account rule's.
        let place = self.has(&["address", "postcode", "zip", "postal"])
            && !self.has(&["email", "e", "mail", "account"]);
        let fix = self.has(&["fix", "correct", "change"]);
        let specific = self.has(&["it", "my", "them", "this"])
            || self
                .w
                .iter()
                .any(|x| x.chars().filter(char::is_ascii_digit).count() >= 3);
        frame
            && ((send && (again || place) && specific) || replacement || (place && fix && specific))
    }

    /// "I want my money back", "I'd like a refund".
    fn money_back_request(&self) -> bool {
        // "can I get the difference back?" after a price drop asks for
        // money as much as "I want a refund" does.
        let asks = self.desire_frame()
            || self.modal_frame()
            || self.imperative_frame()
            || [
                ["can", "i"],
                ["could", "i"],
                ["can", "you"],
                ["could", "you"],
            ]
            .iter()
            .any(|p| self.has_phrase(p));
        let difference =
            self.has(&["difference"]) && self.has(&["back", "refund", "refunded"]) && asks;
        let general = matches!(
            self.w.get(self.head()).map(String::as_str),
            Some("how" | "what" | "does" | "do" | "is" | "are")
        );
        if difference && !general && !self.info_seeking() && !self.conditional() {
            return true;
        }
        (self.has_phrase(&["money", "back"]) || self.has(&["refund"]))
            && self.desire_frame()
            && !self.info_seeking()
            && !self.conditional()
    }

    fn conditional(&self) -> bool {
        // "Whenever", "at any time", "after ordering": a time in general,
        // so a question about what the rules allow, not about one order.
        self.has(&[
            "if",
            "once",
            "whether",
            "policy",
            "allowed",
            "possible?",
            "whenever",
            "anytime",
        ]) || self.has_phrase(&["after", "it"])
            || self.has_phrase(&["at", "any", "time"])
            || self.has_phrase(&["after", "ordering"])
            || self.has_phrase(&["after", "placing"])
            || self.has_phrase(&["an", "order"])
            || self.has_phrase(&["is", "there", "a", "fee"])
    }

    fn specific_object(&self, action: usize) -> bool {
        let tail = &self.w[action..];
        let has_id = self
            .w
            .iter()
            .any(|x| x.chars().filter(char::is_ascii_digit).count() >= 3);
        has_id
            || tail.windows(2).any(|win| {
                matches!(win[0].as_str(), "my" | "this" | "that" | "the" | "our")
                    && ORDER_NOUN.contains(&win[1].as_str())
            })
            || tail.iter().skip(1).take(2).any(|x| {
                matches!(
                    x.as_str(),
                    "it" | "me" | "this" | "that" | "them" | "everything"
                )
            })
            || (self.w[action].starts_with("refund") && self.desire_frame())
            // "exchange the earbuds for the black ones, same order"
            || self.has_phrase(&["same", "order"])
    }

    fn account_problem(&self) -> bool {
        if self.has(SECURITY) && !self.info_seeking_about_security() {
            return true;
        }
        if self.has_phrase(&["someone", "else"])
            && self.has(&["account", "logged", "ordered", "used", "using"])
        {
            return true;
        }
        // "two orders in my account that aren't mine", "a charge I don't
        // recognise": someone else at work in the account.
        let theirs = self.has_phrase(&["not", "mine"])
            || self.has_phrase(&["not", "recognise"])
            || self.has_phrase(&["not", "recognize"])
            || self.has_phrase(&["did", "not", "order"]);
        if theirs && self.has(&["order", "orders", "account", "charge", "charges", "payment"]) {
            return true;
        }
        if self.has_phrase(&["did", "not", "place"])
            || self.has_phrase(&["did", "not", "make", "this"])
            || self.has_phrase(&["never", "placed"])
        {
            return true;
        }
        if self.has_phrase(&["locked", "out"]) {
            return true;
        }
        let about_access = self.has(&[
            "log", "login", "sign", "access", "password", "account", "reset",
        ]);
        if about_access && self.has(FAIL) && self.has(TRIED) {
            return true;
        }
        // A request (not a how-to question) to change or delete account data.
        const CHANGE: &[&str] = &[
            "change", "update", "delete", "remove", "close", "merge", "transfer", "correct",
        ];
        let change = self.has(CHANGE);
        let data = self.has(ACCOUNT_NOUN) && !self.has(&["password"]);
        let imperative = self.pos(CHANGE).is_some_and(|c| {
            c == self.head()
                || (c > 0 && matches!(self.w[c - 1].as_str(), "please" | "pls" | "plz"))
        });
        let howto = self.w.get(self.head()).is_some_and(|x| {
            matches!(
                x.as_str(),
                "how" | "where" | "what" | "can" | "is" | "do" | "does"
            )
        });
        change
            && data
            && (imperative
                || self.desire_frame()
                || self.imperative_frame()
                || self.has_phrase(&["can", "you"])
                || self.has_phrase(&["could", "you"]))
            && !howto_only(howto, self)
    }

    /// Money taken twice is staff's to put right (a payment matter, not
    /// the account's).
    fn charged_twice(&self) -> bool {
        self.has_phrase(&["charged", "twice"]) || self.has_phrase(&["double", "charged"])
    }

    fn info_seeking_about_security(&self) -> bool {
        let first = self.w.get(self.head()).map(String::as_str).unwrap_or("");
        matches!(first, "how" | "what" | "do" | "does") && !self.has(&["my"])
    }
}

fn howto_only(howto: bool, c: &Clause<'_>) -> bool {
    howto && !c.has_phrase(&["can", "you"]) && !c.has_phrase(&["could", "you"])
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_more;
#[cfg(test)]
mod tests_wordings;
