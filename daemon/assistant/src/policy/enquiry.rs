//! A business that wants someone to talk to: the press, a wholesaler, a
//! supplier or a would-be partner ("I write for a cycling magazine and
//! would like a press contact", "prowadzę hurtownię i szukam osoby
//! kontaktowej do współpracy"). No help page answers it; the shop's people
//! take it. What counts as business with the shop is `crate::business`'s
//! to say; this reads whether someone is asked for.

use super::signals::NOT;

/// Asking for someone: a contact, a person to talk to, or to discuss it.
const SEEK: &[&str] = &[
    "contact",
    "ansprechpartner",
    "contacto",
    "contatto",
    "kontakt",
    "contactpersoon",
    "interlocuteur",
    "referente",
    "responsable",
    "responsabile",
    "responsável",
    "osoby",
    "osobę",
    "osoba",
    "osobu",
    "discuss",
    "besprechen",
    "discutir",
    "discuter",
    "discutere",
    "bespreken",
    "omówić",
    "omowic",
    "skontakt",
    "обсудить",
    "обговорити",
    "baviť",
    "mluvili",
    "mluvit",
];

/// The customer's line is a business's enquiry asking for someone: a
/// matter of press, trade or partnership (`crate::business::matter`), and
/// a contact, a person or a talk asked for. Not a channel asked for as information ("what's the
/// email for press enquiries?", which the help pages give), and not
/// negated ("no need for a press contact").
pub(super) fn asks_for_someone(words: &[String], english: &[String], message: &str) -> bool {
    // Cheapest first: this runs on every line, and few are business.
    let begins = |set: &[&str], w: &String| set.iter().any(|m| w.starts_with(m));
    let seek = words.iter().any(|w| begins(SEEK, w))
        || english
            .iter()
            .any(|w| matches!(w.as_str(), "talk" | "speak" | "person" | "contact"));
    seek && !words.iter().any(|w| NOT.contains(&w.as_str()))
        && crate::business::matter(message)
        && crate::retrieval::AnswerKind::of(message) != crate::retrieval::AnswerKind::Channel
}
