//! The learned reading of a line: where the rules of `policy` did not
//! decide, what the two hand-over readers (`model`) make of it, blended,
//! and the gates that keep a reading from undoing what the rules state as
//! policy (a question about hours is not a request; "how do I cancel" is
//! the help pages'). The other way round, where the readers are nearly
//! sure a line needs no one, they overrule the word rules' reading of a
//! request or of anger (`veto`), never the rules that state policy.

use std::cell::OnceCell;

use super::lexicon::{PERSON, SUPPORT};
use super::{
    ANGER_THRESHOLD, Assessment, Clause, callback, model, person, question, sentiment, signals,
};
use crate::{linear, text};

/// How sure the learned reader must be that a line is not one for the
/// assistant (`1 - P(none)`) before its reading hands over on its own (the
/// rules hand over at once). Chosen on the corpus's held-out
/// split (`model::tests::hand_over_holds_on_held_out_lines` prints the
/// sweep), where the reader alone keeps a precision near 0.9: at 0.5,
/// precision 0.89 and recall 0.85 when this was written; 0.55 gained
/// about a point of precision for three of recall. The held-out lines are
/// harder than most customer lines (many are near-misses written as
/// negatives), and the rules veto the reader on questions about hours
/// and channels and on "I don't need a person", which that figure does
/// not count.
pub(crate) fn model_confidence(label: model::Label) -> f32 {
    match label {
        model::Label::None => 1.0,
        model::Label::Person
        | model::Label::Staff
        | model::Label::Account
        | model::Label::Upset => 0.5,
    }
}

/// How much the wide reader (`model::wide`, which has read the tuning
/// shops' customers) weighs against the hand-written corpus's reader.
/// Chosen leave-one-shop-out (`examples/tune --hold-out`) over fourteen
/// tuning sets and, apart, over the three newest: see
/// `docs/assistant.md`, sixteenth round.
const WIDE_SHARE: f32 = 0.7;

/// How much of a line the hand-written corpus must know for the blend's
/// staff reading to count. It was half (sixteenth round); with
/// twenty-eight shops read, the wide reader's staff reading in languages
/// the hand-written corpus barely has gains leave-one-shop-out (33
/// hand-overs gained, 11 lost, at any share from 0.01 to 0.05), and only
/// a line none of whose words it knows is left to the first reader
/// (twenty-first round).
const WIDE_KNOWN: f32 = 0.01;
/// How much of a line the hand-written corpus must know for the readers
/// to veto the rules' reading of a request or of anger (`veto`).
const VETO_KNOWN: f32 = 0.5;

/// How sure the blended readers must be that a line needs no one to
/// overrule the rules' reading of a request or of anger (`veto`). Chosen
/// leave-one-shop-out: 0.95 and 0.9 gained alike, 0.98 less.
const SURE_OF_NONE: f32 = 0.95;

/// The share of a line's words the reader's corpus must have before its
/// "upset" reading counts. Low on purpose: it is there for languages the
/// reader never saw (none of their words known), not for a Czech or
/// Hungarian line whose endings differ from the corpus's.
const KNOWN_FOR_MOOD: f32 = 0.25;

/// Both readers' probabilities for one line, from one hashing of it.
struct Readers {
    first: Vec<f32>,
    wide: Vec<f32>,
}

impl Readers {
    fn of(message: &str) -> Self {
        let x = linear::features(message);
        Readers {
            first: model::model().probabilities_of(&x),
            wide: model::wide().probabilities_of(&x),
        }
    }

    /// Each label's probability, the wide reader's weighing `WIDE_SHARE`.
    fn blend(&self) -> Vec<f32> {
        self.first
            .iter()
            .zip(&self.wide)
            .map(|(f, w)| f * (1.0 - WIDE_SHARE) + w * WIDE_SHARE)
            .collect()
    }

    /// The reading of the blend. A staff reading counts only in words
    /// the hand-written corpus knows at least a little (`known`): in a
    /// language it has not seen at all ("Siparişim iptal edildi mi?"),
    /// the wide reader's certainty comes from a few shops' lines about
    /// cancelling; there the first reader's reading stands.
    fn reading(&self, known: f32) -> model::Reading {
        let blended = model::Reading::of(&self.blend());
        if blended.need == model::Label::Staff && known < WIDE_KNOWN {
            return model::Reading::of(&self.first);
        }
        blended
    }
}

/// Where the rules read a request for a person or anger into a line that
/// both readers are nearly sure needs no one ("do you speak English on
/// the phone? my Polish is terrible", "spricht bei euch jemand deutsch
/// am Telefon?"), the readers' reading stands. Those two rules read
/// words; they state no policy. Staff work, account trouble and health
/// do, and are never undone. Only in words the hand-written corpus at
/// least half knows: a line in a language it has barely seen may look
/// like none of its requests to it.
fn veto(a: &mut Assessment, readers: &OnceCell<Readers>, message: &str, known: f32) {
    if a.order_change || a.staff_only || a.account_problem || a.health {
        return;
    }
    if !(a.wants_person || a.anger >= ANGER_THRESHOLD) || known < VETO_KNOWN {
        return;
    }
    let readers = readers.get_or_init(|| Readers::of(message));
    let none = readers.blend().first().copied().unwrap_or(0.0);
    if none >= SURE_OF_NONE {
        a.wants_person = false;
        // Below the hand-over bar, but still a mood the hand-off summary
        // can name if the conversation goes to staff later.
        a.anger = a.anger.min(ANGER_THRESHOLD * 0.5);
    }
}

/// The learned reading, where the rules did not already decide and do not
/// forbid it.
pub(super) fn apply(a: &mut Assessment, message: &str) {
    // Where the rules state policy, nothing here reads the line at all.
    if a.order_change || a.staff_only || a.account_problem || a.health {
        return;
    }
    // Read once, and only if the veto or the reading below needs it.
    let readers = OnceCell::new();
    let known = model::model().known_share(message);
    veto(a, &readers, message, known);
    // "bon dia", "merci beaucoup": the reader, which knows few such lines
    // in the less common languages, may not read a need into a greeting.
    if a.handover().is_some()
        || crate::intent::only_social(message)
        || question::only_an_order_number(message)
    {
        return;
    }
    let reading = readers.get_or_init(|| Readers::of(message)).reading(known);
    if reading.p_need < model_confidence(reading.need) {
        return;
    }
    match reading.need {
        // "customer service email?": a way to reach us, asked for as
        // information, as a phone number is.
        model::Label::Person
            if !a.declined_person
                && crate::retrieval::AnswerKind::of(message)
                    != crate::retrieval::AnswerKind::Channel
                && (names_a_person(message) || !question::sets_the_scene(message))
                && !person::too_short_to_ask_for_someone(message)
                && !person::names_no_one(message)
                && !person::person_asked_about(&text::words(message))
                && !callback::call_negated(&text::words(message)) =>
        {
            a.wants_person = true
        }
        // Staff-only work is about money, an order or its delivery: a
        // line with none of these ("the app keeps disconnecting") is a
        // question the help pages answer, whatever the reader leans to.
        // "No need for an agent, I just want to know how long a refund
        // takes": with a person declined, staff-only work is what the
        // rules find (a double charge, a refund overdue), not a leaning.
        // "Comment annuler ma commande ?", "cancel order policy?": how to
        // do it, or the rule, is the help pages' to answer; so is what
        // the rules allow at any time ("can I cancel it whenever I want?").
        model::Label::Staff
            if !a.declined_person
                && !question::asks_how_to(message)
                && !text::words(message)
                    .iter()
                    .any(|w| matches!(w.as_str(), "policy" | "policies" | "rules"))
                && signals::staff_matter(message)
                && !Clause::new(&text::words(message)).conditional()
                && !question::general_question(message)
                && !question::sets_the_scene(message) =>
        {
            a.staff_only = true
        }
        // "Comment supprimer mon compte ?": how to do it, which the
        // privacy page answers, whatever the reader leans to.
        // "I ordered some shoes last week": the scene is set, nothing is
        // asked yet.
        // "Mi date la mail dell'assistenza clienti?": a way to reach us,
        // asked for as information.
        model::Label::Account
            if !question::asks_how_to(message)
                && !question::sets_the_scene(message)
                && !support_channel_asked(message) =>
        {
            a.account_problem = true
        }
        // A mood is read from words: in a language the corpus hardly has,
        // the reader's "upset" comes from stray letter groups. A request
        // taken back for a question ("no ei sittenkään, kertokaa vain
        // puhelinnumero") is no mood (`no_mood_in_it`).
        model::Label::Upset
            if model::model().known_share(message) >= KNOWN_FOR_MOOD
                && !question::calm_question(message)
                && sentiment::feeling_shown(message)
                && !sentiment::mood_denied(message)
                && !super::no_mood_in_it(message) =>
        {
            a.anger = a.anger.max(ANGER_THRESHOLD)
        }
        _ => {}
    }
}

/// "Mi date la mail dell'assistenza clienti?": customer service's e-mail
/// or phone asked for, with nothing of the account's own (a password, a
/// log-in) in the line.
fn support_channel_asked(message: &str) -> bool {
    let english = text::words(&crate::glossary::with_english(message));
    let has = |set: &[&str]| english.iter().any(|w| set.contains(&w.as_str()));
    has(&["email", "mail", "e-mail", "phone", "telephone"])
        && has(&["service", "support"])
        && !has(&["account", "password", "login", "log"])
}

/// A person or the support function named anywhere in the line.
fn names_a_person(message: &str) -> bool {
    text::words(message)
        .iter()
        .any(|w| PERSON.contains(&w.as_str()) || SUPPORT.contains(&w.as_str()))
}
