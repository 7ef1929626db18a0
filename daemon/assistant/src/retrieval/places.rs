//! Where the customer wants something sent ("do you ship to Japan",
//! "Versand nach Österreich", "доставка в Польщу"): the place after a
//! word for "to" in a question about sending. A page that names the place
//! answers the question for it.

use super::gazetteer;
use crate::text;

/// Words that put a destination after them, in the glossary's languages.
const TO: &[&str] = &["to", "into", "nach", "naar", "para", "vers"];
/// The same in other languages, but also everyday English or French words
/// ("a person", "in stock", "en ligne"): a place only when the next word
/// is one the glossary knows or is written as a name.
/// Then South Slavic, Baltic, Bulgarian, Ukrainian and Russian
/// ("dostava u Hrvatsku", "доставка в Польщу", "до Німеччини"); the last
/// are Nordic ("skickar ni till Sverige", "sender dere til Norge", where
/// English "till" is "until"), French ("à Lyon", "au Portugal") and West
/// Slavic and German ("na Slovensko", "ins Ausland").
const TO_IF_NAME: &[&str] = &[
    "a", "en", "in", "do", "al", "w", "u", "v", "za", "į", "uz", "до", "във", "в", "у", "во",
    "till", "til", "à", "au", "aux", "na", "ins",
];
/// A line is about sending somewhere when it has one of these (after the
/// glossary has put foreign words into English).
pub(super) const SENDING: &[&str] = &[
    "ship", "deliv", "send", "sent", "post", "mail", "dispatch", "courier",
];

/// Definite articles between "to" and a place ("nach der Schweiz",
/// "in die Schweiz", "to the Netherlands", "naar het buitenland").
const ARTICLES: &[&str] = &[
    "the", "die", "der", "den", "das", "la", "le", "les", "het", "el", "il", "lo",
];

/// Verbs that follow "to" in sending questions ("how long to arrive").
const NOT_PLACE: &[&str] = &[
    "arrive",
    "get",
    "come",
    "reach",
    "take",
    "receive",
    "return",
    "change",
    "pay",
    "order",
    "see",
    "know",
    "track",
    "cancel",
    "be",
    "have",
    "do",
    "make",
    "use",
    "buy",
    "wait",
    "go",
    "expect",
    "add",
    "pick",
    "collect",
    "me",
    "us",
    "you",
    // Not places either: "move it to another day", "send it to my
    // friend", "change it to a new address".
    "another",
    "other",
    "different",
    "new",
    "my",
    "your",
    "our",
    "their",
    "his",
    "her",
    "friend",
    "someone",
    "somebody",
    "address",
    "home",
    "work",
    "day",
    "date",
    "time",
    "week",
];

/// Stems of the place a sending question names: up to two content words
/// right after "to". "how long to arrive" has no place ("arrive" is a
/// verb the stopwords and the sending words leave out).
pub fn places_in(text: &str) -> Vec<String> {
    places_and_regions(text).0
}

/// `places_in`, and which of its stems are where a named town or island
/// lies (from the gazetteer), not a word the customer wrote.
pub(super) fn places_and_regions(text: &str) -> (Vec<String>, Vec<String>) {
    let sending = |x: &str| SENDING.iter().any(|s| x.starts_with(s));
    // The line with its glossary English, read once.
    let english = text::words(&crate::glossary::with_english(text));
    if !english.iter().any(|x| sending(x)) {
        return (Vec::new(), Vec::new());
    }
    // "I'm in the UK, how do I send it back?": where a customer is, in a
    // question about returning, is where a return starts, not where the
    // shop sends to; there only a place written as a name counts.
    let returning = english.iter().any(|x| {
        ["return", "back", "refund"]
            .iter()
            .any(|r| x.starts_with(r))
    });
    // The customer's own words, in order: the glossary's English is
    // looked up word by word below, not appended after the last one.
    let w = text::words(text);
    // Words written with a capital after the first word: names.
    let names: Vec<String> = text
        .split_whitespace()
        .skip(1)
        .filter(|t| {
            t.trim_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .flat_map(text::words)
        .collect();
    let mut out = Vec::new();
    let mut regions = Vec::new();
    for (i, x) in w.iter().enumerate() {
        // "in die Schweiz", "en la France": the place is after the article.
        let next = w
            .iter()
            .skip(i + 1)
            .find(|n| !ARTICLES.contains(&n.as_str()));
        let named = next.is_some_and(|n| {
            names.contains(n)
                || (!returning && gazetteer::is_country(n))
                || crate::glossary::english(n).is_some_and(|e| !e.contains(' '))
        });
        if !(TO.contains(&x.as_str()) || (TO_IF_NAME.contains(&x.as_str()) && named)) {
            continue;
        }
        for next in w.iter().skip(i + 1).take(3) {
            if ARTICLES.contains(&next.as_str()) {
                continue;
            }
            if text::is_stopword(next) || next.chars().any(|c| c.is_ascii_digit()) {
                break;
            }
            let english = crate::glossary::english(next).unwrap_or(next);
            if sending(next)
                || english.split(' ').any(sending)
                || NOT_PLACE.contains(&next.as_str())
                || NOT_PLACE.contains(&english)
                // A street is an address, not a destination the rules
                // are about: "change the address to via Roma 5, Torino"
                // ("via" is also "by").
                || text::STREETS.contains(&next.as_str())
                // Nor days ("доставка в суботу", "w sobotę"), read on the
                // glossary's English too: "u", "в" and "w" before a day
                // name a time.
                || text::WEEKDAYS.contains(&next.as_str())
                || text::WEEKDAYS.contains(&english)
            {
                break;
            }
            for t in text::terms(english) {
                if !out.contains(&t) {
                    out.push(t);
                }
            }
            regions.extend(gazetteer::region_of(next));
            // A country is the whole place ("to ireland, whats the …").
            if out.len() >= 2 || gazetteer::is_country(next) || gazetteer::is_country(english) {
                break;
            }
        }
    }
    // Where the named place lies, for pages that name the region
    // ("Balearic Islands") rather than the island ("Mallorca").
    let mut region_terms = Vec::new();
    for t in regions.into_iter().flat_map(text::terms) {
        if !out.contains(&t) {
            out.push(t.clone());
        }
        if !region_terms.contains(&t) {
            region_terms.push(t);
        }
    }
    (out, region_terms)
}
