//! Greetings, thanks and goodbyes: a turn that is nothing else gets its
//! social intent, in the languages the glossary reads.

use super::CUES;
use crate::Intent;
use crate::text;

const GREETING: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "hiya",
    "howdy",
    "morning",
    "afternoon",
    "evening",
    "good",
    "greetings",
    "there",
    "yo",
    "dear",
    "team",
    "all",
    "folks",
    // es, de, fr, it, nl, pt, pl
    "hola",
    "buenos",
    "buenas",
    "días",
    "tardes",
    "hallo",
    "guten",
    "tag",
    "moin",
    "servus",
    "bonjour",
    "bonsoir",
    // ca, and the two-word greetings of es and it
    "bon",
    "bona",
    "bones",
    "tarda",
    "vespre",
    "buen",
    "buon",
    "giorno",
    "salut",
    "buongiorno",
    "buonasera",
    "salve",
    "hoi",
    "goedemorgen",
    "goedemiddag",
    "goedenavond",
    "olá",
    "oi",
    "bom",
    "dia",
    "boa",
    "tarde",
    "cześć",
    "dzień",
    "dobry",
    "witam",
    // da, sv, nb, fi, cs, sk, hu, ro, el
    "hej",
    "hejsan",
    "hei",
    "goddag",
    "moi",
    "terve",
    "hyvää",
    "päivää",
    "ahoj",
    "dobrý",
    "den",
    "deň",
    "szia",
    "sziasztok",
    "jó",
    "napot",
    "bună",
    "ziua",
    "salutare",
    "γεια",
    "σας",
];
const THANKS: &[&str] = &[
    "thanks",
    "thank",
    "thx",
    "ty",
    "cheers",
    "appreciate",
    "appreciated",
    "grateful",
    "helpful",
    "great",
    "perfect",
    "awesome",
    "brilliant",
    "lovely",
    // es, de, fr, it, nl, pt, pl
    "gracias",
    "muchas",
    "danke",
    "dankeschön",
    "vielen",
    "dank",
    "merci",
    "beaucoup",
    "grazie",
    "mille",
    "bedankt",
    "obrigado",
    "obrigada",
    "dziękuję",
    "dzięki",
    // da, sv, nb, fi, cs, sk, hu, ro, el ("tak" is also Polish for yes,
    // and "yes" alone is no question either)
    "tak",
    "tack",
    "takk",
    "kiitos",
    "děkuji",
    "díky",
    "ďakujem",
    "köszönöm",
    "köszi",
    "mulțumesc",
    "mersi",
    "ευχαριστώ",
];
const GOODBYE: &[&str] = &[
    "bye",
    "goodbye",
    "farewell",
    "later",
    "cya",
    "ciao",
    "night",
    "goodnight",
    // es, de, fr, it, nl, pt, pl
    "adiós",
    "adios",
    "hasta",
    "luego",
    "tschüss",
    "tschüs",
    "wiedersehen",
    "revoir",
    "arrivederci",
    "doei",
    "ziens",
    "tchau",
    "widzenia",
    // da, sv, nb, fi, cs, sk, hu, ro, el
    "farvel",
    "hejdå",
    "hadet",
    "näkemiin",
    "moikka",
    "nashledanou",
    "dovidenia",
    "viszontlátásra",
    "viszlát",
    "revedere",
];
const SMALL: &[&str] = &[
    // "dank je wel", "auf Wiedersehen", "au revoir", "tot ziens", "do widzenia"
    "je",
    // "tak for hjælpen", "tack så mycket", "takk for hjelpen", "la revedere"
    "hjælpen",
    "hjelpen",
    "hjälpen",
    "så",
    "mycket",
    "mange",
    "paljon",
    "moc",
    "veľmi",
    "szépen",
    "la",
    "på",
    "återseende",
    "gensyn",
    // "thank you so much, that helped", "thats all"
    "helped",
    "thats",
    "info",
    "wel",
    "auf",
    "au",
    "tot",
    "do",
    "schön",
    "bardzo",
    "you",
    "so",
    "much",
    "very",
    "a",
    "lot",
    "for",
    "the",
    "help",
    "that",
    "is",
    "all",
    "it",
    "your",
    "that's",
    "ok",
    "okay",
    "great",
    "thanks",
    "again",
    "have",
    "nice",
    "day",
    "good",
    "see",
    "i",
    "am",
    "done",
    "now",
    "was",
    "really",
    "what",
    "needed",
    "everything",
    "bye",
    "and",
    "wonderful",
    "weekend",
    "take",
    "care",
    "talk",
    "soon",
    "then",
    "!",
    "this",
    "of",
    "evening",
    "afternoon",
    "morning",
];

/// Greeting, thanks or goodbye: only when the message is nothing else.
pub(super) fn social(words: &[String]) -> Option<Intent> {
    if words.is_empty() {
        return None;
    }
    let is = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    let only = |set: &[&str]| {
        words
            .iter()
            .all(|w| set.contains(&w.as_str()) || SMALL.contains(&w.as_str()))
    };
    let bye_phrase = words.windows(2).any(|w| {
        matches!(
            (w[0].as_str(), w[1].as_str()),
            ("see", "you") | ("that", "is") | ("have", "a") | ("take", "care")
        )
    }) && only(&[]);
    if is(GOODBYE) && only(GOODBYE) || bye_phrase && !is(THANKS) {
        return Some(Intent::Goodbye);
    }
    if is(THANKS) && only(THANKS) {
        return Some(Intent::Thanks);
    }
    if is(GREETING)
        && words
            .iter()
            .all(|w| GREETING.contains(&w.as_str()) || w.len() <= 2 || is_name_like(w))
        && words.len() <= 4
    {
        return Some(Intent::Greeting);
    }
    // "hi, quick question", "hello, I have a question for you": a greeting
    // that announces a question still to come.
    const ANNOUNCE: &[&str] = &[
        "quick",
        "question",
        "questions",
        "i",
        "have",
        "got",
        "a",
        "one",
        "small",
        "coming",
        "something",
        "to",
        "ask",
        "for",
        "you",
        "there",
        "had",
    ];
    if words
        .first()
        .is_some_and(|w| GREETING.contains(&w.as_str()))
        && words.iter().any(|w| w.starts_with("question"))
        && words
            .iter()
            .all(|w| GREETING.contains(&w.as_str()) || ANNOUNCE.contains(&w.as_str()))
    {
        return Some(Intent::Greeting);
    }
    None
}

fn is_name_like(w: &str) -> bool {
    // "hi anna" - a short word that is not support vocabulary.
    w.len() <= 8
        && w.chars().all(char::is_alphabetic)
        && !text::is_stopword(w)
        && !CUES
            .iter()
            .any(|(_, c)| c.iter().any(|(cue, _)| w.starts_with(cue)))
}
