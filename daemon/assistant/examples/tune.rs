//! The embedded assistant on every TUNING set at once, one line per set,
//! and the predictions written to `$TMPDIR/tune-<set>.jsonl` for reading
//! misses (`/tmp` by default; a directory of its own lets two
//! measurements run side by side). Only tuning sets are listed here on purpose: the unseen shops
//! (fourth, fifth, seventh, eleventh, fourteenth) are measured with `concierged eval`,
//! once a round, and their predictions are never read.
//!
//! ```sh
//! cargo run -p concierge-assistant --example tune
//! cargo run -p concierge-assistant --example tune -- --hold-out twelfth
//! ```
//!
//! `--hold-out <set>` trains the learned readers without that set's lines
//! (`corpus/cases-*.tsv`), and without any line of the corpus its
//! customers say too (`linear::line_key`: another shop's copy, a
//! hand-written one), and measures that set alone: the set as a shop the
//! readers never saw. `--hold-out '*'` leaves every set's lines out
//! and measures them all.
//!
//! The article reranker's shipped weights were trained on every tuning
//! set. To measure a set as a shop the reranker never saw, train without
//! it and pass the file; `--rerank off` measures without the reranker:
//!
//! ```sh
//! tune --hold-out <set> --capture        # $TMPDIR/rerank-<set>.jsonl, for every set
//! python3 corpus/gen_rerank.py --hold-out <set> --out /tmp/w.tsv
//! tune --hold-out <set> --rerank /tmp/w.tsv
//! ```
//!
//! `--capture` also records every sentence of each page quoted for a
//! case's last message (`$TMPDIR/quote-<set>.jsonl`), for the quote model
//! (`retrieval/quote/learned.rs`), trained and measured the same way:
//!
//! ```sh
//! python3 corpus/gen_rerank.py --quotes --hold-out <set> --out /tmp/q.tsv
//! tune --hold-out <set> --rerank /tmp/w.tsv --quote /tmp/q.tsv
//! ```

use std::path::{Path, PathBuf};

use concierge_assistant::linear::{self, HoldOut};
use concierge_assistant::retrieval::quote::learned as quote;
use concierge_assistant::retrieval::rerank;
use concierge_assistant::retrieval::weights::{Learned, Weights};
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
    (
        "eighteenth",
        Some("eighteenth-kb"),
        "eighteenth-cases.jsonl",
    ),
    (
        "nineteenth",
        Some("nineteenth-kb"),
        "nineteenth-cases.jsonl",
    ),
    ("twentieth", Some("twentieth-kb"), "twentieth-cases.jsonl"),
    (
        "twentyfirst",
        Some("twentyfirst-kb"),
        "twentyfirst-cases.jsonl",
    ),
    (
        "twentysecond",
        Some("twentysecond-kb"),
        "twentysecond-cases.jsonl",
    ),
    (
        "twentythird",
        Some("twentythird-kb"),
        "twentythird-cases.jsonl",
    ),
    (
        "twentyfourth",
        Some("twentyfourth-kb"),
        "twentyfourth-cases.jsonl",
    ),
    (
        "twentyfifth",
        Some("twentyfifth-kb"),
        "twentyfifth-cases.jsonl",
    ),
    (
        "twentysixth",
        Some("twentysixth-kb"),
        "twentysixth-cases.jsonl",
    ),
    (
        "twentyseventh",
        Some("twentyseventh-kb"),
        "twentyseventh-cases.jsonl",
    ),
    (
        "twentyeighth",
        Some("twentyeighth-kb"),
        "twentyeighth-cases.jsonl",
    ),
    (
        "twentyninth",
        Some("twentyninth-kb"),
        "twentyninth-cases.jsonl",
    ),
    ("thirtieth", Some("thirtieth-kb"), "thirtieth-cases.jsonl"),
    (
        "thirtyfirst",
        Some("thirtyfirst-kb"),
        "thirtyfirst-cases.jsonl",
    ),
];

/// What the command line asks for.
#[derive(Default)]
struct Args {
    held_out: Option<HoldOut>,
    /// Record each case's reranker candidates (with BM25's own order) to
    /// `$TMPDIR/rerank-<set>.jsonl`, for `corpus/gen_rerank.py`.
    capture: bool,
    /// Reranker weights to use instead of the shipped ones ("off": none).
    rerank: Option<String>,
    /// The quote model's weights, or `off`.
    quote: Option<String>,
}

fn args() -> Result<Args, Box<dyn std::error::Error>> {
    const USAGE: &str = "usage: tune [--hold-out <set>|'*'] [--capture] [--rerank <weights.tsv>|off] [--quote <weights.tsv>|off]";
    let mut out = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        match flag.as_str() {
            "--hold-out" => {
                let set = it.next().ok_or(USAGE)?;
                out.held_out = Some(if set == "*" {
                    HoldOut::EveryShop
                } else {
                    held_shop(set)?
                });
            }
            "--capture" => out.capture = true,
            "--rerank" => out.rerank = Some(it.next().ok_or(USAGE)?),
            "--quote" => out.quote = Some(it.next().ok_or(USAGE)?),
            _ => return Err(USAGE.into()),
        }
    }
    Ok(out)
}

fn eval_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("eval")
}

/// A tuning set held out: its corpus section, and every line its cases'
/// customers say, wherever else the corpus has it.
fn held_shop(set: String) -> Result<HoldOut, Box<dyn std::error::Error>> {
    let (_, _, cases) = SETS
        .iter()
        .find(|(name, _, _)| *name == set)
        .ok_or_else(|| format!("no tuning set called {set}"))?;
    let cases = concierge_assistant::eval::load_cases(&eval_dir().join(cases))?;
    Ok(HoldOut::shop(
        &set,
        cases
            .iter()
            .flat_map(|c| c.messages.iter().map(String::as_str)),
    ))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = args()?;
    let held_out = args.held_out.clone();
    if let Some(shops) = &held_out {
        linear::hold_out(shops.clone());
    }
    // Capture records candidates in the hand-set order, without either model.
    choose(&rerank::WEIGHTS, args.rerank.as_deref(), args.capture)?;
    choose(&quote::WEIGHTS, args.quote.as_deref(), args.capture)?;
    let eval = eval_dir();
    let rt = tokio::runtime::Runtime::new()?;
    let chosen = SETS.iter().filter(|(name, _, _)| match &held_out {
        Some(HoldOut::Shop { name: set, .. }) => set == name,
        None | Some(HoldOut::EveryShop) => true,
    });
    if args.capture {
        for (name, kb, cases) in chosen {
            let assistant = Assistant::new(AssistantConfig::embedded(kb.map(|k| eval.join(k))))?;
            rt.block_on(capture(&assistant, name, &eval.join(cases)))?;
        }
        return Ok(());
    }
    println!("set      cases   P     R     F1    intent art   grnd  clean  ms");
    for (name, kb, cases) in chosen {
        let assistant = Assistant::new(AssistantConfig::embedded(kb.map(|k| eval.join(k))))?;
        let out = std::env::temp_dir().join(format!("tune-{name}.jsonl"));
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

/// The weights `model` uses: none while capturing or for `off`, a file's,
/// or the shipped ones.
fn choose(
    model: &Learned,
    arg: Option<&str>,
    capture: bool,
) -> Result<(), Box<dyn std::error::Error>> {
    let weights = match arg {
        _ if capture => Weights::Off,
        Some("off") => Weights::Off,
        Some(path) => Weights::Text(std::fs::read_to_string(path)?),
        None => Weights::Shipped,
    };
    model.use_weights(weights);
    Ok(())
}

/// Each case played as `eval` plays it, with the candidates of every
/// ranking made for its last message written out beside the page the case
/// expects.
async fn capture(
    assistant: &Assistant,
    name: &str,
    cases: &Path,
) -> Result<(), Box<dyn std::error::Error>> {
    use std::io::Write;
    let tmp = std::env::temp_dir();
    let mut out = std::io::BufWriter::new(std::fs::File::create(
        tmp.join(format!("rerank-{name}.jsonl")),
    )?);
    let mut quotes = std::io::BufWriter::new(std::fs::File::create(
        tmp.join(format!("quote-{name}.jsonl")),
    )?);
    rerank::CAPTURED.capture(true);
    quote::CAPTURED.capture(true);
    for case in concierge_assistant::eval::load_cases(cases)? {
        let Some(expected) = &case.expect.article else {
            continue;
        };
        let last = case.messages.len();
        let mut played = 0;
        concierge_assistant::eval::play(assistant, &case, |_, _| {
            played += 1;
            if played < last {
                rerank::CAPTURED.take();
                quote::CAPTURED.take();
            }
        })
        .await;
        let rankings = rerank::CAPTURED.take();
        let line = serde_json::json!({
            "set": name, "id": case.id, "expected": expected,
            "mustMention": case.expect.must_mention, "quotes": quote::CAPTURED.take(),
        });
        writeln!(quotes, "{line}")?;
        let line = serde_json::json!({
            "set": name, "id": case.id, "expected": expected, "rankings": rankings,
        });
        writeln!(out, "{line}")?;
    }
    rerank::CAPTURED.capture(false);
    quote::CAPTURED.capture(false);
    Ok(())
}
