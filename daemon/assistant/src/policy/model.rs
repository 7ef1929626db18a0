//! A small learned reader of customer lines: multinomial logistic
//! regression over hashed word, word-pair and character n-gram features,
//! trained from the labelled corpus `corpus/handover.tsv` (compiled into the
//! binary) the first time it is needed. Character n-grams let it carry
//! what it learned to spellings and languages it has only partly seen
//! ("transfer pls", "verbinden Sie mich", "pobrano mi dwa razy").
//!
//! It only proposes; `policy` decides, and its hand-written rules (which
//! state policy: "a question about hours is not a request") can veto it.

use std::sync::OnceLock;

use crate::text;

const CORPUS: &str = include_str!("../../corpus/handover.tsv");

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

const DIM: usize = 1 << 16;
const EPOCHS: usize = 40;
const LEARNING_RATE: f32 = 0.4;
const L2: f32 = 1e-5;

pub struct Model {
    /// `LABELS.len()` rows of `DIM` weights, then one bias per label.
    weights: Vec<f32>,
    bias: [f32; 5],
}

/// The trained model, shared by every conversation.
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::train(&corpus()))
}

fn corpus() -> Vec<(Label, String)> {
    CORPUS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (label, line) = l.split_once('\t')?;
            Some((Label::parse(label.trim())?, line.trim().to_string()))
        })
        .collect()
}

fn fnv(parts: &[&str]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    (h % DIM as u64) as usize
}

/// Hashed features with unit L2 norm: words, word pairs and the character
/// 3- to 5-grams of each word with its boundaries.
pub fn features(line: &str) -> Vec<(usize, f32)> {
    let words = text::words(line);
    let mut idx: Vec<usize> = Vec::new();
    for w in &words {
        // Digits say nothing about what a line asks for; their shape does.
        let w: String = w
            .chars()
            .map(|c| if c.is_ascii_digit() { '0' } else { c })
            .collect();
        idx.push(fnv(&["w", &w]));
        let padded: Vec<char> = format!("<{w}>").chars().collect();
        for n in 3..=5 {
            for win in padded.windows(n) {
                let g: String = win.iter().collect();
                idx.push(fnv(&["c", &g]));
            }
        }
    }
    for pair in words.windows(2) {
        idx.push(fnv(&["b", &pair[0], &pair[1]]));
    }
    idx.sort_unstable();
    let mut out: Vec<(usize, f32)> = Vec::new();
    for i in idx {
        match out.last_mut() {
            Some((j, c)) if *j == i => *c += 1.0,
            _ => out.push((i, 1.0)),
        }
    }
    let norm = out.iter().map(|(_, c)| c * c).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, c) in &mut out {
            *c /= norm;
        }
    }
    out
}

impl Model {
    fn train(data: &[(Label, String)]) -> Self {
        let mut m = Model {
            weights: vec![0.0; LABELS.len() * DIM],
            bias: [0.0; 5],
        };
        let examples: Vec<(usize, Vec<(usize, f32)>)> = data
            .iter()
            .filter_map(|(l, line)| Some((LABELS.iter().position(|x| x == l)?, features(line))))
            .collect();
        let mut order: Vec<usize> = (0..examples.len()).collect();
        // A fixed shuffle (LCG) keeps the trained weights the same on every
        // start, so a decision can be reproduced.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for epoch in 0..EPOCHS {
            for i in (1..order.len()).rev() {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let j = (seed >> 33) as usize % (i + 1);
                order.swap(i, j);
            }
            let lr = LEARNING_RATE / (1.0 + epoch as f32 * 0.1);
            for &e in &order {
                let (y, x) = &examples[e];
                let p = m.probabilities_of(x);
                for (k, pk) in p.iter().enumerate() {
                    let g = pk - if k == *y { 1.0 } else { 0.0 };
                    let row = &mut m.weights[k * DIM..(k + 1) * DIM];
                    for &(i, v) in x {
                        row[i] -= lr * (g * v + L2 * row[i]);
                    }
                    m.bias[k] -= lr * g;
                }
            }
        }
        m
    }

    fn probabilities_of(&self, x: &[(usize, f32)]) -> [f32; 5] {
        let mut z = [0.0f32; 5];
        for (k, zk) in z.iter_mut().enumerate() {
            let row = &self.weights[k * DIM..(k + 1) * DIM];
            *zk = self.bias[k] + x.iter().map(|&(i, v)| row[i] * v).sum::<f32>();
        }
        let max = z.iter().copied().fold(f32::MIN, f32::max);
        let mut sum = 0.0;
        for zk in &mut z {
            *zk = (*zk - max).exp();
            sum += *zk;
        }
        for zk in &mut z {
            *zk /= sum;
        }
        z
    }

    /// The most likely label of `line` and its probability.
    pub fn predict(&self, line: &str) -> (Label, f32) {
        let p = self.probabilities_of(&features(line));
        let (k, pk) =
            p.iter().enumerate().fold(
                (0, 0.0f32),
                |best, (k, &pk)| if pk > best.1 { (k, pk) } else { best },
            );
        (LABELS[k], pk)
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
