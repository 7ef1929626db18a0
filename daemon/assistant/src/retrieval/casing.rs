//! How a KB writes its words inside a sentence: a word it only ever
//! capitalises is a name (a place, a person, a brand); a word it writes
//! in lower case at least once is a common word of this shop, whatever
//! case a customer gives it (German capitalises every noun).

use std::collections::HashSet;

use crate::text;

/// The terms a text only ever writes with a capital inside a sentence
/// (names of places, people and brands), and the terms it writes in lower
/// case there at least once. Words at the start of a line or a sentence
/// say nothing either way.
pub(super) fn proper_and_common<'a>(
    texts: impl Iterator<Item = &'a str>,
) -> (HashSet<String>, HashSet<String>) {
    let mut capital = HashSet::new();
    let mut lower = HashSet::new();
    for text in texts {
        for line in text.lines() {
            let mut start = true;
            for token in line.split_whitespace() {
                let word = token.trim_matches(|c: char| !c.is_alphanumeric());
                let first = word.chars().next();
                if !start && let Some(c) = first {
                    let set = if c.is_uppercase() {
                        &mut capital
                    } else {
                        &mut lower
                    };
                    set.extend(text::terms(word));
                }
                start = token.ends_with(['.', '!', '?', ':', '|'])
                    || first.is_none()
                    || token.starts_with(['#', '-', '*', '|']);
            }
        }
    }
    capital.retain(|t| !lower.contains(t));
    (capital, lower)
}
