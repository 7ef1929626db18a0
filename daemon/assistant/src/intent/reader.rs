//! The learned intent reader: the same linear classifier as the hand-over
//! reader, trained from `corpus/intent.tsv` and `corpus/intent-more.tsv`.
//! The cue rules of `intent` decide when they find a clear topic; this
//! reader speaks when they find little or nothing (a question in other
//! words, or another language).

use std::sync::OnceLock;

use crate::Intent;
use crate::linear::{self, Linear};

/// Both files in one: the second widens the first to more kinds of shop
/// and more languages.
const CORPUS: &str = concat!(
    include_str!("../../corpus/intent.tsv"),
    "\n",
    include_str!("../../corpus/intent-more.tsv"),
);

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

fn reader() -> &'static Linear {
    static READER: OnceLock<Linear> = OnceLock::new();
    READER.get_or_init(|| Linear::train(&linear::corpus(CORPUS, parse), LABELS.len()))
}

/// The most likely intent of `line` and its probability.
pub fn predict(line: &str) -> (Intent, f32) {
    let (k, p) = reader().predict(line);
    (LABELS.get(k).copied().unwrap_or(Intent::Other), p)
}

/// The most likely of `among` for `line`, and its probability (among all
/// labels).
pub fn predict_among(line: &str, among: &[Intent]) -> (Intent, f32) {
    let p = reader().probabilities(line);
    among
        .iter()
        .filter_map(|i| Some((*i, *p.get(LABELS.iter().position(|l| l == i)?)?)))
        .fold((Intent::Other, -1.0), |b, x| if x.1 > b.1 { x } else { b })
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
        let c = linear::corpus(CORPUS, parse);
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
