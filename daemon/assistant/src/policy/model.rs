//! A small learned reader of customer lines: multinomial logistic
//! regression over hashed word, word-pair and character n-gram features,
//! trained from the labelled corpora `corpus/handover.tsv` and
//! `corpus/handover-more.tsv` (compiled into the binary) the first time it
//! is needed. Character n-grams let it carry
//! what it learned to spellings and languages it has only partly seen
//! ("transfer pls", "verbinden Sie mich", "pobrano mi dwa razy").
//!
//! It only proposes; `policy` decides, and its hand-written rules (which
//! state policy: "a question about hours is not a request") can veto it.

use std::sync::OnceLock;

use crate::linear::{self, Linear};

/// Both files in one: the second widens the first to more kinds of shop,
/// more languages and more near-miss negatives.
pub(super) const CORPUS: &str = concat!(
    include_str!("../../corpus/handover.tsv"),
    "\n",
    include_str!("../../corpus/handover-more.tsv"),
);

/// What a customer line calls for, as the corpus labels it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// The assistant answers.
    None,
    /// An explicit request for a person.
    Person,
    /// Something only staff can do: money taken wrongly, a specific order
    /// to change, a claim with the carrier.
    Staff,
    /// Private account data or security.
    Account,
    /// Anger, or frustration with the assistant itself.
    Upset,
}

const LABELS: [Label; 5] = [
    Label::None,
    Label::Person,
    Label::Staff,
    Label::Account,
    Label::Upset,
];

impl Label {
    fn parse(s: &str) -> Option<Self> {
        match s {
            "none" => Some(Label::None),
            "person" => Some(Label::Person),
            "staff" => Some(Label::Staff),
            "account" => Some(Label::Account),
            "upset" => Some(Label::Upset),
            _ => None,
        }
    }
}

/// What the reader makes of a line for the hand-over decision.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    /// The most likely label other than `None`.
    pub need: Label,
    /// The probability that the line is not `None`.
    pub p_need: f32,
}

pub struct Model {
    inner: Linear,
    /// Every word of the corpus: how much of a line the reader has seen
    /// words of (see `known_share`).
    words: linear::Vocabulary,
    /// Words the corpus has in upset lines and in no line the assistant
    /// answers ("ridículo", "wütend", "skandál"): a feeling shown, in the
    /// languages the corpus has (see `shows_feeling`).
    upset_words: std::collections::HashSet<String>,
}

/// The tuning shops' one-line cases, labelled as their cases are
/// (`corpus/gen_from_cases.py`).
const CASES: &str = include_str!("../../corpus/cases-handover.tsv");

/// A second reader, trained on the hand-written lines and the tuning
/// shops' lines: it has read how many shops' customers put their needs.
/// `policy` reads it blended with the first (`learned::WIDE_SHARE`): as
/// the only reader it read some of the policy the tests state otherwise
/// ("was 20417 delivered? i'm not at home today" as an order change).
pub fn wide() -> &'static Model {
    static WIDE: OnceLock<Model> = OnceLock::new();
    WIDE.get_or_init(|| Model::load(&wide_corpus(), STORED_WIDE))
}

/// The trained model, shared by every conversation.
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::load(&corpus(), STORED))
}

/// The two readers' weights as `store_readers` trained them from the
/// corpora above (`linear::Linear::to_bytes`): a daemon loads them in
/// milliseconds instead of training for seconds on its first turn.
const STORED: &[u8] = include_bytes!("../../corpus/handover.weights");
const STORED_WIDE: &[u8] = include_bytes!("../../corpus/wide.weights");

/// The two readers trained afresh, as `store_readers` writes them: file
/// name, what is stored there now, and what the corpora train.
pub(crate) fn stored_and_trained() -> [(&'static str, &'static [u8], Vec<u8>); 2] {
    let fresh = |data: &[(Label, String)]| Linear::trained_bytes(&indexed(data), LABELS.len());
    [
        ("handover.weights", STORED, fresh(&corpus())),
        ("wide.weights", STORED_WIDE, fresh(&wide_corpus())),
    ]
}

fn wide_corpus() -> Vec<(Label, String)> {
    let mut rows = corpus();
    rows.extend(linear::corpus(CASES, Label::parse));
    rows
}

fn indexed(data: &[(Label, String)]) -> Vec<(usize, String)> {
    data.iter()
        .filter_map(|(l, line)| Some((LABELS.iter().position(|x| x == l)?, line.clone())))
        .collect()
}

#[cfg(test)]
pub(crate) fn corpus_for_tests() -> Vec<(Label, String)> {
    corpus()
}

fn corpus() -> Vec<(Label, String)> {
    linear::corpus(CORPUS, Label::parse)
}

impl Model {
    #[cfg(test)]
    fn train(data: &[(Label, String)]) -> Self {
        Self::with(data, Linear::train(&indexed(data), LABELS.len()))
    }

    /// The stored weights when `data` trained them, else trained now.
    fn load(data: &[(Label, String)], stored: &[u8]) -> Self {
        Self::with(
            data,
            Linear::stored_or_trained(stored, &indexed(data), LABELS.len()),
        )
    }

    fn with(data: &[(Label, String)], inner: Linear) -> Self {
        let words_of = |label: Label| -> std::collections::HashSet<String> {
            data.iter()
                .filter(|(l, _)| *l == label)
                .flat_map(|(_, line)| crate::text::words(line))
                .filter(|w| w.chars().count() >= 4 && !w.chars().any(|c| c.is_ascii_digit()))
                .collect()
        };
        let calm = words_of(Label::None);
        let upset_words = words_of(Label::Upset)
            .into_iter()
            .filter(|w| !calm.contains(w))
            .collect();
        Model {
            inner,
            upset_words,
            words: linear::Vocabulary::of(data.iter().map(|(_, line)| line.as_str())),
        }
    }

    /// The share of `line`'s words (of three letters or more) that the
    /// corpus has. A line in a language the reader never saw ("quién ganó
    /// la liga", Croatian) is read from stray letter groups: its moods
    /// mean little there.
    pub fn known_share(&self, line: &str) -> f32 {
        self.words.known_share(line)
    }

    /// How much `line` calls for a person at all (`1 - P(none)`), and the
    /// most likely of the hand-over labels. A line torn between "staff"
    /// and "account" is still plainly not one for the assistant, which
    /// the single most likely label would hide.
    pub fn reading(&self, line: &str) -> Reading {
        Reading::of(&self.inner.probabilities(line))
    }

    /// The probability of each of `LABELS` for a line's features
    /// (`linear::features`).
    pub fn probabilities_of(&self, features: &[(usize, f32)]) -> Vec<f32> {
        self.inner.probabilities_of(features)
    }
}

impl Reading {
    /// The reading of a probability for each of `LABELS`.
    pub fn of(p: &[f32]) -> Reading {
        let none = p.first().copied().unwrap_or(1.0);
        let (k, _) =
            p.iter().enumerate().skip(1).fold(
                (0, -1.0f32),
                |b, (k, &pk)| if pk > b.1 { (k, pk) } else { b },
            );
        Reading {
            need: LABELS.get(k).copied().unwrap_or(Label::None),
            p_need: 1.0 - none,
        }
    }
}

impl Model {
    /// Whether `line` has a word the corpus only knows from upset lines.
    pub fn has_upset_word(&self, line: &str) -> bool {
        crate::text::words(line)
            .iter()
            .any(|w| self.upset_words.contains(w))
    }

    /// The most likely label of `line` and its probability.
    pub fn predict(&self, line: &str) -> (Label, f32) {
        let (k, p) = self.inner.predict(line);
        (LABELS.get(k).copied().unwrap_or(Label::None), p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_parses_and_every_label_is_present() {
        let c = corpus();
        assert!(c.len() > 300, "{}", c.len());
        for l in LABELS {
            assert!(c.iter().filter(|(x, _)| *x == l).count() >= 20, "{l:?}");
        }
    }

    /// Held-out check: train on four fifths, test on the rest. A model
    /// that only memorised its lines would fail here.
    #[test]
    fn generalises_to_held_out_lines() {
        let c = corpus();
        let (mut ok, mut n) = (0, 0);
        for fold in 0..5 {
            let train: Vec<_> = c
                .iter()
                .enumerate()
                .filter(|(i, _)| i % 5 != fold)
                .map(|(_, x)| x.clone())
                .collect();
            let m = Model::train(&train);
            for (i, (label, line)) in c.iter().enumerate() {
                if i % 5 == fold {
                    n += 1;
                    if m.predict(line).0 == *label {
                        ok += 1;
                    }
                }
            }
        }
        let acc = ok as f32 / n as f32;
        eprintln!("held-out accuracy {acc} on {n} lines");
        assert!(acc >= 0.75, "held-out accuracy {acc}");
    }

    /// Out-of-fold readings: every corpus line read by a model trained on
    /// the other four fifths.
    fn out_of_fold() -> Vec<(Label, Reading)> {
        let c = corpus();
        let mut out = Vec::new();
        for fold in 0..5 {
            let train: Vec<_> = c
                .iter()
                .enumerate()
                .filter(|(i, _)| i % 5 != fold)
                .map(|(_, x)| x.clone())
                .collect();
            let m = Model::train(&train);
            for (i, (label, line)) in c.iter().enumerate() {
                if i % 5 == fold {
                    out.push((*label, m.reading(line)));
                }
            }
        }
        out
    }

    /// The hand-over decision of the reader alone (`p_need` above
    /// `policy`'s confidence for the label read) on held-out lines: the
    /// confidences in `policy::learned::model_confidence` were chosen from this
    /// split (it prints a sweep), never from an evaluation set.
    #[test]
    fn hand_over_holds_on_held_out_lines() {
        let readings = out_of_fold();
        let score = |conf: &dyn Fn(Label) -> f32| {
            let (mut tp, mut fp, mut fn_) = (0f32, 0f32, 0f32);
            for (want, r) in &readings {
                let said = r.p_need >= conf(r.need);
                match (*want != Label::None, said) {
                    (true, true) => tp += 1.0,
                    (false, true) => fp += 1.0,
                    (true, false) => fn_ += 1.0,
                    _ => {}
                }
            }
            (tp / (tp + fp).max(1.0), tp / (tp + fn_).max(1.0))
        };
        for t in [0.3f32, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75] {
            let (p, r) = score(&|_| t);
            eprintln!("flat confidence {t}: precision {p:.3} recall {r:.3}");
        }
        let (p, r) = score(&crate::policy::learned::model_confidence);
        eprintln!("policy's confidences: precision {p:.3} recall {r:.3}");
        assert!(p >= 0.87, "held-out hand-over precision {p}");
        // 0.826 since the sixth round's hard negatives (0.836 before them,
        // precision 0.897 -> 0.900): lines that look like requests and are
        // not are harder to hold out than to train on.
        assert!(r >= 0.82, "held-out hand-over recall {r}");
    }

    #[test]
    fn reads_lines_it_never_saw() {
        let m = model();
        assert_eq!(m.predict("yo transfer me to a human").0, Label::Person);
        assert_eq!(m.predict("Quisiera hablar con un agente").0, Label::Person);
        assert_eq!(
            m.predict("what time does your phone line open?").0,
            Label::None
        );
        assert_eq!(m.predict("they charged my card twice").0, Label::Staff);
    }
}
