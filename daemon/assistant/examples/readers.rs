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
        for (shop, rows) in &shops {
            let mut train = hand.clone();
            for (other, r) in &shops {
                if other != shop {
                    train.extend(r.iter().cloned());
                }
            }
            let wider = Linear::train(&indexed(&train, &labels), labels.len());
            let test = indexed(rows, &labels);
            let score = |m: &Linear| -> String {
                match none {
                    // Hand-over: does the reader see a need (P(none) < .5)?
                    Some(none) => {
                        let (mut tp, mut fp, mut fn_) = (0f32, 0f32, 0f32);
                        for (y, line) in &test {
                            let p = m.probabilities(line);
                            let said = p.get(none).copied().unwrap_or(1.0) < 0.5;
                            match (*y != none, said) {
                                (true, true) => tp += 1.0,
                                (false, true) => fp += 1.0,
                                (true, false) => fn_ += 1.0,
                                _ => {}
                            }
                        }
                        let p = tp / (tp + fp).max(1.0);
                        let r = tp / (tp + fn_).max(1.0);
                        format!(
                            "P {p:.3} R {r:.3} F1 {:.3}",
                            2.0 * p * r / (p + r).max(1e-6)
                        )
                    }
                    None => {
                        let ok = test.iter().filter(|(y, l)| m.predict(l).0 == *y).count();
                        format!("{:.3}", ok as f32 / test.len().max(1) as f32)
                    }
                }
            };
            println!(
                "  {shop:<10} {:>5}  {}  ->  {}",
                test.len(),
                score(&alone),
                score(&wider)
            );
        }
    }
}
