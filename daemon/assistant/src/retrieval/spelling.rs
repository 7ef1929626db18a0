//! Near spellings: a word of the question that no page or product uses,
//! one or two letters away from one they do, is read as that word. It
//! covers typos ("adress", "warrenty", "recieve") and the cognates of
//! other languages that the glossary does not list ("crema", "garantie",
//! "produkt").

use std::collections::HashMap;

use super::{Query, Retriever};

/// How much a near spelling weighs against a word the customer wrote as
/// the page does: a guess, but usually the right one.
const NEAR_WEIGHT: f32 = 0.8;
/// The shortest word read through an ending, and the longest ending.
const MIN_INFLECTED: usize = 5;
const MAX_ENDING: usize = 3;
/// The shortest stem two words with other endings must share.
const MIN_STEM: usize = 6;

/// The KB's own words, for near spellings: every term of an article or
/// product of four characters or more, without digits, by first letter
/// (a near spelling shares it) and with its letters split once, not on
/// every lookup.
#[derive(Debug, Default)]
pub(super) struct Vocabulary(HashMap<char, Vec<(String, Vec<char>)>>);

impl Vocabulary {
    pub(super) fn new(articles: &super::Bm25, products: &super::Bm25) -> Self {
        let mut words: Vec<&String> = articles
            .df
            .keys()
            .chain(products.df.keys())
            .filter(|t| t.chars().count() >= 4 && !t.chars().any(|c| c.is_ascii_digit()))
            .collect();
        words.sort();
        words.dedup();
        let mut by_first: HashMap<char, Vec<(String, Vec<char>)>> = HashMap::new();
        for w in words {
            let chars: Vec<char> = w.chars().collect();
            by_first
                .entry(chars[0])
                .or_default()
                .push((w.clone(), chars));
        }
        Vocabulary(by_first)
    }
}

impl Retriever {
    /// `query` with each word the KB never uses joined by the KB's word
    /// nearest to it in spelling, if one is near enough.
    pub(super) fn with_near_spellings(&self, query: &Query) -> Option<Query> {
        let unknown: Vec<(String, f32)> = query
            .terms
            .iter()
            .filter(|(t, _)| {
                query.originals.contains(t)
                    && !query.names.contains(t)
                    && !self.articles.df.contains_key(t)
                    && !self.products.df.contains_key(t)
                    && t.chars().count() >= 4
                    && !t.chars().any(|c| c.is_ascii_digit())
                    // "Tuesday" on a page that names only Thursday is no
                    // misspelling of it: the day is the question.
                    && crate::text::weekday_of_stem(t).is_none()
            })
            .cloned()
            .collect();
        let mut out: Option<Query> = None;
        for (t, w) in unknown {
            let Some(near) = self.nearest(&t) else {
                continue;
            };
            // The misspelt word is replaced, not joined: left in, a word
            // no page has would still count against every page.
            let q = out.get_or_insert_with(|| query.clone());
            q.terms.retain(|(x, _)| *x != t);
            q.originals.retain(|x| *x != t);
            q.push(near, w * NEAR_WEIGHT);
            if !q.originals.iter().any(|o| o == near) {
                q.originals.push(near.to_string());
            }
        }
        out
    }

    /// The vocabulary word nearest to `term`: the same first letter, and
    /// one edit away (two for long words). None when two words are equally
    /// near: a guess between them would be a coin toss.
    fn nearest(&self, term: &str) -> Option<&str> {
        let first = term.chars().next()?;
        nearest_in(term, self.vocabulary.0.get(&first)?)
    }
}

/// `Retriever::nearest` among `words`, in one pass. Failing a near
/// spelling, the word `term` inflects: one extending the other by an
/// ending the English stemmer does not know ("synstesten", the eye test,
/// for "synstest"; "garanti" for "garantie"), both five letters or more
/// apart from the ending, at most three letters; None on a tie. Failing
/// that, the word sharing the longest stem of six letters or more with
/// `term`, each with an ending of at most three letters after it
/// ("verpackt" and "Verpackung", "возраста" and "возрастные"): the
/// inflected languages' other case or person; None on a tie.
fn nearest_in<'a>(term: &str, words: &'a [(String, Vec<char>)]) -> Option<&'a str> {
    let t: Vec<char> = term.chars().collect();
    let mut best: Option<(usize, &str)> = None;
    let mut tie = false;
    let mut inflected: Option<&str> = None;
    let mut inflected_tie = false;
    let mut stem: Option<(usize, &str)> = None;
    let mut stem_tie = false;
    for (v, vc) in words {
        // One word extending the other ("euro" and "europ", "card" and
        // "cards") differs by an ending: not a misspelling, but for the
        // endings the stemmer does not know, the same word.
        if v.starts_with(term) || term.starts_with(v.as_str()) {
            let (short, long) = (vc.len().min(t.len()), vc.len().max(t.len()));
            if short >= MIN_INFLECTED && long > short && long - short <= MAX_ENDING {
                inflected_tie |= inflected.is_some();
                inflected = Some(v.as_str());
            }
            continue;
        }
        let shared = t.iter().zip(vc).take_while(|(a, b)| a == b).count();
        if shared >= MIN_STEM && t.len() - shared <= MAX_ENDING && vc.len() - shared <= MAX_ENDING {
            match stem {
                Some((s, _)) if shared < s => {}
                Some((s, _)) if shared == s => stem_tie = true,
                _ => {
                    stem = Some((shared, v.as_str()));
                    stem_tie = false;
                }
            }
        }
        let longest = vc.len().max(t.len());
        let allowed = if longest >= 8 {
            2
        } else if longest >= 5 {
            1
        } else {
            continue;
        };
        if vc.len().abs_diff(t.len()) > allowed {
            continue;
        }
        let d = distance(&t, vc);
        if d > allowed {
            continue;
        }
        match best {
            Some((bd, _)) if d > bd => {}
            Some((bd, _)) if d == bd => tie = true,
            _ => {
                best = Some((d, v.as_str()));
                tie = false;
            }
        }
    }
    if tie {
        return None;
    }
    best.map(|(_, v)| v)
        .or(if inflected_tie { None } else { inflected })
        .or(if stem_tie { None } else { stem.map(|(_, v)| v) })
}

/// Edits between two words: insertions, deletions, substitutions and
/// swaps of two neighbouring letters ("recieve").
fn distance(a: &[char], b: &[char]) -> usize {
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=m).collect();
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn words(ws: &[&str]) -> Vec<(String, Vec<char>)> {
        ws.iter().map(|w| (w.to_string(), chars(w))).collect()
    }

    #[test]
    fn a_word_with_a_short_foreign_ending_reads_as_the_kb_word() {
        let v = words(&["synstest", "synsprov", "garantie"]);
        // The Danish definite form, and a shorter spelling.
        assert_eq!(nearest_in("synstesten", &v), Some("synstest"));
        assert_eq!(nearest_in("garanti", &v), Some("garantie"));
        // An ending longer than three letters is another word.
        assert_eq!(nearest_in("synstestbooking", &v), None);
        // Short words are left alone: "euro" is not "europ".
        assert_eq!(nearest_in("euro", &words(&["europ"])), None);
        // Two words it could inflect: no guess.
        let v = words(&["kontakt", "kontakte"]);
        assert_eq!(nearest_in("kontakten", &v), None);
    }

    #[test]
    fn a_word_with_another_ending_on_a_long_shared_stem_reads_as_the_kb_word() {
        // German "verpackt" (packed) and the page's "Verpackung", Polish
        // "ładować" (to charge) and "ładowanie" (charging): one stem,
        // two endings the English stemmer does not know.
        let v = words(&["verpackung", "versand", "ładowanie"]);
        assert_eq!(nearest_in("verpackt", &v), Some("verpackung"));
        assert_eq!(nearest_in("ładować", &v), Some("ładowanie"));
        // Two words on the same stem: no guess between them.
        let v = words(&["verpackung", "verpackbar"]);
        assert_eq!(nearest_in("verpackt", &v), None);
        // A shared stem under six letters is no evidence ("intern",
        // "internet" and "international"), nor is an ending of four.
        assert_eq!(nearest_in("internship", &words(&["internat"])), None);
        assert_eq!(nearest_in("verpackungen", &words(&["verpackt"])), None);
    }

    #[test]
    fn swaps_count_as_one_edit() {
        assert_eq!(distance(&chars("recieve"), &chars("receive")), 1);
        assert_eq!(distance(&chars("crema"), &chars("cream")), 1);
        assert_eq!(distance(&chars("adress"), &chars("address")), 1);
        assert_eq!(distance(&chars("kitten"), &chars("sitting")), 3);
    }
}
