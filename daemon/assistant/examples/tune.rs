//! The embedded assistant on every TUNING set at once, one line per set,
//! and the predictions written to `/tmp/tune-<set>.jsonl` for reading
//! misses. Only tuning sets are listed here on purpose: the unseen shops
//! (fourth, fifth, seventh, eleventh, fourteenth) are measured with `concierged eval`,
//! once a round, and their predictions are never read.
//!
//! ```sh
//! cargo run -p concierge-assistant --example tune
//! cargo run -p concierge-assistant --example tune -- --hold-out twelfth
//! ```
//!
//! `--hold-out <set>` trains the learned readers without that set's lines
//! (`corpus/cases-*.tsv`) and measures that set alone: the set as a shop
//! the readers never saw. `--hold-out '*'` leaves every set's lines out
//! and measures them all.

use std::path::{Path, PathBuf};

use concierge_assistant::linear::{self, HoldOut};
use concierge_assistant::{Assistant, AssistantConfig};

/// (name, KB directory or the built-in demo shop, cases).
const SETS: &[(&str, Option<&str>, &str)] = &[
    ("demo", None, "demo-cases.jsonl"),
    ("probe", None, "probe-cases.jsonl"),
    ("tea", Some("unseen-kb"), "unseen-cases.jsonl"),
    ("garden", Some("garden-kb"), "garden-cases.jsonl"),
    ("third", Some("third-kb"), "third-cases.jsonl"),
    ("sixth", Some("sixth-kb"), "sixth-cases.jsonl"),
    ("eighth", Some("eighth-kb"), "eighth-cases.jsonl"),
    ("ninth", Some("ninth-kb"), "ninth-cases.jsonl"),
    ("tenth", Some("tenth-kb"), "tenth-cases.jsonl"),
    ("twelfth", Some("twelfth-kb"), "twelfth-cases.jsonl"),
    (
        "thirteenth",
        Some("thirteenth-kb"),
        "thirteenth-cases.jsonl",
    ),
    ("fifteenth", Some("fifteenth-kb"), "fifteenth-cases.jsonl"),
    ("sixteenth", Some("sixteenth-kb"), "sixteenth-cases.jsonl"),
    (
        "seventeenth",
        Some("seventeenth-kb"),
        "seventeenth-cases.jsonl",
    ),
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let held_out = match args.as_slice() {
        [] => None,
        [flag, set] if flag == "--hold-out" && set == "*" => Some(HoldOut::EveryShop),
        [flag, set] if flag == "--hold-out" => Some(HoldOut::Shop(set.clone())),
        _ => return Err("usage: tune [--hold-out <set>|'*']".into()),
    };
    if let Some(shops) = &held_out {
        linear::hold_out(shops.clone());
    }
    let eval = Path::new(env!("CARGO_MANIFEST_DIR")).join("eval");
    let rt = tokio::runtime::Runtime::new()?;
    println!("set      cases   P     R     F1    intent art   grnd  clean  ms");
    let chosen = SETS.iter().filter(|(name, _, _)| match &held_out {
        Some(HoldOut::Shop(set)) => set == name,
        None | Some(HoldOut::EveryShop) => true,
    });
    for (name, kb, cases) in chosen {
        let assistant = Assistant::new(AssistantConfig::embedded(kb.map(|k| eval.join(k))))?;
        let out = PathBuf::from(format!("/tmp/tune-{name}.jsonl"));
        let r = rt.block_on(concierge_assistant::eval::run(
            &assistant,
            &eval.join(cases),
            Some(&out),
        ))?;
        println!(
            "{name:<8} {:>5}  {:.3} {:.3} {:.3} {:.3}  {:.3} {:.3} {:.3}  {:.2}",
            r.cases,
            r.escalation.precision,
            r.escalation.recall,
            r.escalation.f1,
            r.intent_accuracy,
            r.article_top1,
            r.grounded,
            r.clean,
            r.ms_per_case
        );
    }
    Ok(())
}
