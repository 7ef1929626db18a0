//! A sentence of a help page as the quote chooses among them: its terms,
//! its section, and whether it gives steps or a contact detail.

use super::AnswerKind;
use crate::prose::Passage;
use crate::text;

/// A sentence of an article, ready for quoting.
#[derive(Debug)]
pub(super) struct Sentence {
    pub(super) text: String,
    pub(super) terms: Vec<String>,
    /// Terms of the heading of its section ("## Refunds").
    pub(super) section: Vec<String>,
    /// A table row: it answers on its own, and the row after it is
    /// another case, not the rest of the answer.
    pub(super) row: bool,
    /// Its section says how to do something ("## How to return an item").
    pub(super) howto: bool,
    /// The numbered list of steps it belongs to, if any.
    pub(super) steps: Option<usize>,
    /// The shapes of answer it holds (a price, a duration, a "not"), for
    /// the quote model: read once, not for every question.
    pub(super) shapes: Vec<&'static str>,
}

impl From<Passage> for Sentence {
    fn from(p: Passage) -> Self {
        // A section on how to do it, or a sentence giving the steps
        // ("How to return: open …", "To claim, open …", "Log in, …").
        let howto = p.heading.to_lowercase().starts_with("how ")
            || p.text.starts_with("How to ")
            || p.text.starts_with("To ")
            || is_step(&p.text);
        Sentence {
            shapes: super::quote::learned::shapes(&p.text, p.row, howto),
            terms: channel_terms(&p.text),
            section: text::terms(&p.heading),
            howto,
            text: p.text,
            row: p.row,
            steps: p.steps,
        }
    }
}

/// A sentence's terms, and what a contact detail in it is: a sentence
/// with an address written `x@y` is about "email" however the page spells
/// the word ("E-mail:", or none), one with a phone number about a phone
/// "number". Only for choosing the sentence: the pages' index keeps their
/// own words, where "email" on every page would weigh nothing.
fn channel_terms(sentence: &str) -> Vec<String> {
    let mut terms = text::terms(sentence);
    let mut add = |t: &str| {
        let t = text::stem(t);
        if !terms.contains(&t) {
            terms.push(t);
        }
    };
    if sentence.contains('@') {
        add("email");
    } else if AnswerKind::Channel.answered_by(sentence) {
        add("phone");
        add("number");
    }
    terms
}

/// A sentence that tells the customer what to do, from its first word
/// ("Start a return from \"My orders\"", "Log in, open …", "Click …").
pub(super) fn is_step(sentence: &str) -> bool {
    const STEPS: &[&str] = &[
        "start", "go", "open", "click", "tap", "log", "sign", "choose", "select", "pick", "enter",
        "fill", "use", "visit", "request", "write", "send", "print", "press", "follow", "change",
        "update", "add", "register", "create", "check", "reset", "book", "contact", "call",
    ];
    sentence.split_whitespace().next().is_some_and(|first| {
        let first = first.trim_end_matches([',', ':']).to_lowercase();
        STEPS.contains(&first.as_str())
    })
}
