//! The two learned readers alone, leave-one-shop-out on the TUNING sets'
//! one-line cases (`corpus/cases-*.tsv`): for each shop, a reader trained
//! on the hand-written corpus only, and one trained on it plus the other
//! shops' lines, both read that shop's lines. It answers one question:
//! does a reader that has seen more shops read a new shop better?
//!
//! ```sh
//! cargo run --release -p concierge-assistant --example readers
//! ```

use std::collections::BTreeMap;

use concierge_assistant::linear::{self, Linear};

const HANDOVER: &str = concat!(
    include_str!("../corpus/handover.tsv"),
    "\n",
    include_str!("../corpus/handover-more.tsv"),
);
const HANDOVER_CASES: &str = include_str!("../corpus/cases-handover.tsv");
const INTENT: &str = concat!(
    include_str!("../corpus/intent.tsv"),
    "\n",
    include_str!("../corpus/intent-more.tsv"),
);
const INTENT_CASES: &str = include_str!("../corpus/cases-intent.tsv");

/// Rows of a generated file by shop.
fn by_shop(text: &str) -> BTreeMap<String, Vec<(String, String)>> {
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut shop = String::new();
    for l in text.lines() {
        if let Some(name) = l.strip_prefix("# shop:") {
            shop = name.trim().to_string();
        } else if let (false, Some((label, line))) = (l.starts_with('#'), l.split_once('\t')) {
            out.entry(shop.clone())
                .or_default()
                .push((label.to_string(), line.to_string()));
        }
    }
    out
}

fn indexed(rows: &[(String, String)], labels: &[String]) -> Vec<(usize, String)> {
    rows.iter()
        .filter_map(|(l, line)| Some((labels.iter().position(|x| x == l)?, line.clone())))
        .collect()
}

/// What a reader got right of one shop's lines: for hand-over, whether
/// it sees a need (P(none) < .5); for intent, the label.
#[derive(Default)]
struct Tally {
    handover: bool,
    lines: usize,
    right: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.handover = o.handover;
        self.lines += o.lines;
        self.right += o.right;
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.handover {
            let p = self.tp as f32 / (self.tp + self.fp).max(1) as f32;
            let r = self.tp as f32 / (self.tp + self.fn_).max(1) as f32;
            let f1 = 2.0 * p * r / (p + r).max(1e-6);
            write!(f, "P {p:.3} R {r:.3} F1 {f1:.3}")
        } else {
            write!(f, "{:.3}", self.right as f32 / self.lines.max(1) as f32)
        }
    }
}

fn tally(m: &Linear, test: &[(usize, String)], none: Option<usize>) -> Tally {
    let mut t = Tally {
        handover: none.is_some(),
        lines: test.len(),
        ..Tally::default()
    };
    for (y, line) in test {
        match none {
            Some(none) => {
                let said = m.probabilities(line).get(none).copied().unwrap_or(1.0) < 0.5;
                match (*y != none, said) {
                    (true, true) => t.tp += 1,
                    (false, true) => t.fp += 1,
                    (true, false) => t.fn_ += 1,
                    _ => {}
                }
            }
            None => t.right += usize::from(m.predict(line).0 == *y),
        }
    }
    t
}

fn main() {
    for (what, hand, cases) in [
        ("hand-over", HANDOVER, HANDOVER_CASES),
        ("intent", INTENT, INTENT_CASES),
    ] {
        let hand: Vec<(String, String)> = linear::corpus(hand, |l| Some(l.to_string()));
        let shops = by_shop(cases);
        let mut labels: Vec<String> = hand.iter().map(|(l, _)| l.clone()).collect();
        labels.sort();
        labels.dedup();
        let none = labels.iter().position(|l| l == "none");
        let alone = Linear::train(&indexed(&hand, &labels), labels.len());
        println!("{what}: shop, lines, hand corpus only -> plus the other shops");
        let mut totals = (Tally::default(), Tally::default());
        for (shop, rows) in &shops {
            let mut train = hand.clone();
            for (other, r) in &shops {
                if other != shop {
                    train.extend(r.iter().cloned());
                }
            }
            let wider = Linear::train(&indexed(&train, &labels), labels.len());
            let test = indexed(rows, &labels);
            let a = tally(&alone, &test, none);
            let w = tally(&wider, &test, none);
            println!("  {shop:<10} {:>5}  {a}  ->  {w}", test.len());
            totals.0.add(&a);
            totals.1.add(&w);
        }
        println!(
            "  {:<10} {:>5}  {}  ->  {}",
            "all", totals.0.lines, totals.0, totals.1
        );
    }
}
