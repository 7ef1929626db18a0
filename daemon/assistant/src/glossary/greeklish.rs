//! Greek written in Latin letters ("greeklish"): "akyrwste tin paraggelia
//! parakalw", "perimenw akoma ta xrimata apo tin epistrofi". Greek
//! customers often type so, and no table reads it. Rather than a second
//! Greek table, the Greek keys of the tables are read through a shared
//! skeleton: both the Greek key and the Latin word are reduced to one
//! spelling of their sounds (η, ι, υ, ει, οι and Latin i, y, h all "i"; ω,
//! ο and Latin o, w "o"; χ and Latin x, ch "x"; doubled letters once), so
//! "paraggelia", "paragelia" and "παραγγελ" meet. Only in a line with at
//! least two Greek function words in Latin letters ("tin", "kai", "apo",
//! "den"), and only for words no table reads: elsewhere a Latin word is
//! another language's.

use std::sync::LazyLock;

/// Greek function words as typed in Latin letters, and two are needed.
/// Not "sto", "ti", "mas" or "ton": Italian, Spanish and French have them.
const GREEK_WORDS: &[&str] = &[
    "tin",
    "tis",
    "tou",
    "stin",
    "stis",
    "ston",
    "stous",
    "kai",
    "apo",
    "einai",
    "tha",
    "pws",
    "giati",
    "akoma",
    "parakalw",
    "parakalo",
    "pou",
    "pote",
    "mporw",
    "mporeite",
    "mporei",
    "thelw",
    "thelo",
    "exw",
    "exo",
    "eixa",
    "den",
    "mou",
    "sas",
    "otan",
    "oxi",
    "nai",
    "ena",
    "kalimera",
    "kalispera",
    "geia",
];

/// Whether a line's words are Greek in Latin letters.
pub(super) fn is_greeklish(words: &[String]) -> bool {
    let mut seen: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| GREEK_WORDS.contains(w))
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len() >= 2
}

/// The English of a word of a greeklish line, by the Greek key its
/// skeleton begins with (or is, for a whole-word key); the longest key
/// wins. Skeletons shorter than four letters are never matched: too many
/// words of any language begin so.
pub(super) fn english(word: &str) -> Option<&'static str> {
    let skeleton = latin_skeleton(word)?;
    KEYS.iter()
        .find(|(key, exact, _)| {
            if *exact {
                skeleton == *key
            } else {
                skeleton.starts_with(key.as_str())
            }
        })
        .map(|(_, _, en)| *en)
}

/// The tables' Greek keys as skeletons, longest first.
static KEYS: LazyLock<Vec<(String, bool, &'static str)>> = LazyLock::new(|| {
    let mut keys: Vec<(String, bool, &'static str)> = super::TABLES
        .iter()
        .flat_map(|t| t.iter())
        .filter_map(|&(k, en)| {
            let (key, exact) = match k.strip_prefix('=') {
                Some(exact) => (exact, true),
                None => (k, false),
            };
            let skeleton = greek_skeleton(key)?;
            (skeleton.chars().count() >= 4).then_some((skeleton, exact, en))
        })
        .collect();
    // Stable: among keys of one length, the tables' order decides.
    keys.sort_by_key(|(k, _, _)| std::cmp::Reverse(k.len()));
    keys
});

/// A Greek key's skeleton; `None` unless every letter is Greek.
fn greek_skeleton(key: &str) -> Option<String> {
    let letters: Vec<char> = key.chars().map(unaccented).collect();
    if !letters.iter().all(|&c| single(c).is_some()) {
        return None;
    }
    Some(spelled(&letters, |pair| {
        Some(match pair {
            ('ο', Some('υ')) => ("u", 2),
            ('ε' | 'ο', Some('ι')) => ("i", 2),
            ('α', Some('ι')) => ("e", 2),
            ('α', Some('υ')) => ("av", 2),
            ('ε', Some('υ')) => ("ev", 2),
            ('γ', Some('γ' | 'κ')) => ("g", 2),
            ('μ', Some('π')) => ("b", 2),
            ('ν', Some('τ')) => ("d", 2),
            (c, _) => (single(c)?, 1),
        })
    }))
}

/// `letters` spelled by `sound`, which gives a sound and how many letters
/// it took, or `None` to keep the letter as it is; doubled letters once
/// ("ypallilo" and "ypalilo" alike).
fn spelled(
    letters: &[char],
    sound: impl Fn((char, Option<char>)) -> Option<(&'static str, usize)>,
) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < letters.len() {
        match sound((letters[i], letters.get(i + 1).copied())) {
            Some((s, took)) => {
                out.push_str(s);
                i += took;
            }
            None => {
                out.push(letters[i]);
                i += 1;
            }
        }
    }
    let mut once = String::with_capacity(out.len());
    for c in out.chars() {
        if !once.ends_with(c) {
            once.push(c);
        }
    }
    once
}

fn unaccented(c: char) -> char {
    match c {
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        'ς' => 'σ',
        c => c,
    }
}

fn single(c: char) -> Option<&'static str> {
    Some(match c {
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' | 'ι' | 'υ' => "i",
        'θ' => "th",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "ks",
        'ο' | 'ω' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' => "s",
        'τ' => "t",
        'φ' => "f",
        'χ' => "x",
        'ψ' => "ps",
        _ => return None,
    })
}

/// A Latin word's skeleton; `None` for a word with other letters, or too
/// short to say anything.
fn latin_skeleton(word: &str) -> Option<String> {
    if word.len() < 4
        || !word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '8' || c == '3')
    {
        return None;
    }
    let letters: Vec<char> = word.chars().collect();
    Some(spelled(&letters, |pair| {
        Some(match pair {
            ('o', Some('u')) => ("u", 2),
            ('e' | 'o', Some('i')) => ("i", 2),
            ('a', Some('i')) => ("e", 2),
            ('a', Some('u')) => ("av", 2),
            ('e', Some('u')) => ("ev", 2),
            ('g', Some('g' | 'k')) | ('n', Some('g')) => ("g", 2),
            ('m', Some('p')) => ("b", 2),
            ('n', Some('t')) => ("d", 2),
            ('c' | 'k', Some('h')) => ("x", 2),
            ('t', Some('h')) => ("th", 2),
            ('8', _) => ("th", 1),
            ('3', _) => ("ks", 1),
            ('i' | 'y' | 'h', _) => ("i", 1),
            ('o' | 'w', _) => ("o", 1),
            _ => return None,
        })
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        crate::text::words(s)
    }

    #[test]
    fn greek_and_its_latin_spellings_meet() {
        for (word, en) in [
            ("paraggelia", "order"),
            ("paragelia", "order"),
            ("akyrwste", "cancel"),
            ("akirwsi", "cancellation"),
            ("epistrofi", "return refund"),
            ("xrimata", "money"),
            ("chrimata", "money"),
            ("ypallilo", "employee"),
        ] {
            assert_eq!(english(word), Some(en), "{word}");
        }
    }

    #[test]
    fn only_a_line_of_greek_function_words_is_greeklish() {
        assert!(is_greeklish(&words(
            "perimenw akoma ta xrimata apo tin epistrofi"
        )));
        assert!(is_greeklish(&words("akyrwste tin paraggelia kai to dema")));
        for line in [
            "the parcel is at the post office",
            "sto aspettando il rimborso",
            "den pakke er ikke kommet",
            "ti sto scrivendo per il reso",
        ] {
            assert!(!is_greeklish(&words(line)), "{line}");
        }
    }
}
