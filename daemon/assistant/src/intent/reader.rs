//! The learned intent reader: the same linear classifier as the hand-over
//! reader, trained from `corpus/intent.tsv`, `corpus/intent-more.tsv` and
//! the tuning shops' lines in `corpus/cases-intent.tsv`.
//! Where it is sure it decides the topic; elsewhere the cue rules of
//! `intent` decide when they find a clear topic, and this reader speaks
//! when they find little or nothing (a question in other words, or
//! another language).

use std::sync::OnceLock;

use crate::Intent;
use crate::linear::{self, Linear};

/// The hand-written lines, both files in one: the second widens the first
/// to more kinds of shop and more languages.
const HAND: &str = concat!(
    include_str!("../../corpus/intent.tsv"),
    "\n",
    include_str!("../../corpus/intent-more.tsv"),
);

/// The tuning shops' one-line cases, labelled as their cases are
/// (`corpus/gen_from_cases.py`): how many shops' customers actually ask.
const CASES: &str = include_str!("../../corpus/cases-intent.tsv");

const LABELS: [Intent; 12] = [
    Intent::Greeting,
    Intent::Thanks,
    Intent::Goodbye,
    Intent::OrderStatus,
    Intent::ReturnRefund,
    Intent::Shipping,
    Intent::ProductInfo,
    Intent::Payment,
    Intent::Account,
    Intent::Complaint,
    Intent::HumanRequest,
    Intent::Other,
];

fn parse(label: &str) -> Option<usize> {
    LABELS.iter().position(|i| i.as_str() == label)
}

struct Reader {
    inner: Linear,
    /// Every word of the corpus (see `known_share`).
    words: linear::Vocabulary,
}

fn reader() -> &'static Reader {
    static READER: OnceLock<Reader> = OnceLock::new();
    READER.get_or_init(|| {
        let rows = corpus();
        Reader {
            inner: Linear::stored_or_trained(STORED, &rows, LABELS.len()),
            words: linear::Vocabulary::of(rows.iter().map(|(_, l)| l.as_str())),
        }
    })
}

/// The reader's weights as `store_readers` trained them from the corpora
/// above: loaded in milliseconds instead of trained for seconds.
const STORED: &[u8] = include_bytes!("../../corpus/intent.weights");

/// The reader trained afresh, as `store_readers` writes it: file name,
/// what is stored there now, and what the corpora train.
pub(crate) fn stored_and_trained() -> (&'static str, &'static [u8], Vec<u8>) {
    let fresh = Linear::trained_bytes(&corpus(), LABELS.len());
    ("intent.weights", STORED, fresh)
}

/// The share of `line`'s words (of three letters or more, without digits)
/// that the reader has seen. A line mostly in words it never saw ("who
/// discovered penicillin") is read from stray letter groups, which
/// resemble some product's name as often as not.
pub fn known_share(line: &str) -> f32 {
    reader().words.known_share(line)
}

/// Every line the reader learns from.
fn corpus() -> Vec<(usize, String)> {
    let mut rows = linear::corpus(HAND, parse);
    rows.extend(linear::corpus(CASES, parse));
    rows
}

/// The reader's probability of every intent for one line: read once,
/// asked as often as a caller needs.
pub struct Reading(Vec<f32>);

/// Read `line`.
pub fn read(line: &str) -> Reading {
    Reading(reader().inner.probabilities(line))
}

impl Reading {
    /// The most likely intent and its probability.
    pub fn best(&self) -> (Intent, f32) {
        self.best_among(&LABELS)
    }

    /// The most likely of `among`, and its probability (among all labels).
    pub fn best_among(&self, among: &[Intent]) -> (Intent, f32) {
        among
            .iter()
            .filter_map(|i| Some((*i, *self.0.get(LABELS.iter().position(|l| l == i)?)?)))
            .fold((Intent::Other, -1.0), |b, x| if x.1 > b.1 { x } else { b })
    }
}

/// The most likely intent of `line` and its probability.
pub fn predict(line: &str) -> (Intent, f32) {
    read(line).best()
}

/// Train now rather than on a customer's first turn.
pub fn warm() {
    reader();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_has_lines() {
        let c = corpus();
        for (k, label) in LABELS.iter().enumerate() {
            assert!(c.iter().filter(|(x, _)| *x == k).count() >= 7, "{label:?}");
        }
    }

    #[test]
    fn reads_lines_it_never_saw() {
        assert_eq!(predict("Wann kommt mein Paket an?").0, Intent::OrderStatus);
        assert_eq!(
            predict("¿Cuánto cuesta enviar a Italia?").0,
            Intent::Shipping
        );
        assert_eq!(predict("can I pay by bank transfer").0, Intent::Payment);
    }
}
