//! `concierged eval`: run labelled cases (EVAL.md) through
//! [`Assistant::reply`], exactly as a live conversation would, and score
//! them. The report serialises to the JSON shape EVAL.md fixes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::{Assistant, HistoryLine, Reply, Speaker, Turn};

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: not a valid case: {source}")]
    Case {
        path: PathBuf,
        line: usize,
        source: serde_json::Error,
    },
    #[error("{path}:{line}: a case needs at least one message")]
    NoMessages { path: PathBuf, line: usize },
    #[error("{path}: no cases")]
    Empty { path: PathBuf },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Case {
    pub id: String,
    pub customer_id: String,
    pub messages: Vec<String>,
    pub expect: Expect,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Expect {
    pub escalate: bool,
    pub intent: String,
    #[serde(default)]
    pub article: Option<String>,
    #[serde(default, deserialize_with = "list_or_null")]
    pub must_mention: Vec<String>,
    #[serde(default, deserialize_with = "list_or_null")]
    pub must_not_mention: Vec<String>,
}

/// EVAL.md lets a case write a list it leaves out as `null`.
fn list_or_null<'de, D>(d: D) -> Result<Vec<String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    Ok(Option::<Vec<String>>::deserialize(d)?.unwrap_or_default())
}

/// One line of `--predictions`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Prediction {
    pub id: String,
    pub escalate: bool,
    pub intent: String,
    pub article: Option<String>,
    pub reply: String,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Escalation {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// The report, serialising to EVAL.md's object.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EvalReport {
    pub cases: usize,
    pub escalation: Escalation,
    #[serde(rename = "intentAccuracy")]
    pub intent_accuracy: f64,
    #[serde(rename = "articleTop1")]
    pub article_top1: f64,
    pub grounded: f64,
    /// Share of replies that read as prose (see [`clean`]).
    pub clean: f64,
    pub ms_per_case: f64,
}

pub fn load_cases(path: &Path) -> Result<Vec<Case>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Case = serde_json::from_str(line).map_err(|source| EvalError::Case {
            path: path.to_path_buf(),
            line: i + 1,
            source,
        })?;
        if case.messages.is_empty() {
            return Err(EvalError::NoMessages {
                path: path.to_path_buf(),
                line: i + 1,
            });
        }
        cases.push(case);
    }
    if cases.is_empty() {
        return Err(EvalError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(cases)
}

/// Play one case: each customer message in turn, with the assistant's own
/// earlier replies in the history and the failure count a live session
/// would have. `each` sees every message and its reply; the last reply is
/// returned (the one a case judges).
pub async fn play(
    assistant: &Assistant,
    case: &Case,
    mut each: impl FnMut(&str, &Reply),
) -> Option<Reply> {
    let mut history = Vec::new();
    let mut failed_attempts = 0;
    let mut last = None;
    for message in &case.messages {
        history.push(HistoryLine {
            speaker: Speaker::Customer,
            text: message.clone(),
        });
        let turn = Turn {
            customer_id: case.customer_id.clone(),
            customer_name: "Customer".into(),
            history: history.clone(),
            failed_attempts,
            team: None,
        };
        let mut sink = |_: &str| {};
        let reply = assistant.reply(&turn, &mut sink).await;
        // Counted as the daemon counts them (`hub/ai.rs`).
        failed_attempts = reply.outcome.failures_after(failed_attempts);
        each(message, &reply);
        history.push(HistoryLine {
            speaker: Speaker::Assistant,
            text: reply.text.clone(),
        });
        last = Some(reply);
    }
    last
}

/// The prediction for one case: its last reply.
pub async fn predict(assistant: &Assistant, case: &Case) -> Prediction {
    match play(assistant, case, |_, _| {}).await {
        Some(r) => Prediction {
            id: case.id.clone(),
            escalate: r.handover.is_some(),
            intent: r.intent.as_str().to_string(),
            article: r.article,
            reply: r.text,
        },
        None => Prediction {
            id: case.id.clone(),
            escalate: false,
            intent: "other".into(),
            article: None,
            reply: String::new(),
        },
    }
}

/// Does the reply meet every mustMention and mustNotMention?
pub fn grounded(expect: &Expect, reply: &str) -> bool {
    let r = reply.to_lowercase();
    expect
        .must_mention
        .iter()
        .all(|m| r.contains(&m.to_lowercase()))
        && !expect
            .must_not_mention
            .iter()
            .any(|m| r.contains(&m.to_lowercase()))
}

/// Does the reply read as prose a customer should get? No Markdown table
/// syntax or `**`, no sentence that starts mid-way (a lowercase start,
/// as a cut quote leaves), and no article cited for a question outside the
/// shop (expected intent `other` with no expected article).
pub fn clean(expect: &Expect, prediction: &Prediction) -> bool {
    let r = &prediction.reply;
    let table = r.lines().any(|l| {
        let t = l.trim();
        t.starts_with('|') || t.contains(" | ") || t.contains("|---") || t.contains("---|")
    });
    if table || r.contains("**") {
        return false;
    }
    if starts_mid_way(r) {
        return false;
    }
    let out_of_shop = expect.article.is_none() && expect.intent == "other" && !expect.escalate;
    !(out_of_shop && prediction.article.is_some())
}

/// A sentence of `text` whose first letter is lowercase ("are unsure about
/// any step, stop ..."). Brand spellings such as "iDEAL" or "eBay" (a
/// lowercase letter followed by a capital) are not cuts.
fn starts_mid_way(text: &str) -> bool {
    let mut at_start = true;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if at_start && c.is_alphanumeric() {
            at_start = false;
            let brand = chars.get(i + 1).is_some_and(|n| n.is_uppercase());
            if c.is_lowercase() && !brand {
                return true;
            }
        }
        if matches!(c, '.' | '!' | '?' | '\n') && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
        {
            // "e.g. this" and "approx. 3" are not sentence ends.
            let before: String = chars[..i].iter().rev().take(6).collect::<String>();
            let before: String = before.chars().rev().collect();
            let abbrev = ["e.g", "i.e", "etc", "approx", "incl", "vs", "no", "ca"]
                .iter()
                .any(|a| before.to_lowercase().ends_with(a));
            if c == '\n' || !abbrev {
                at_start = true;
            }
        }
    }
    false
}

pub fn score(cases: &[Case], predictions: &[Prediction], total_ms: f64) -> EvalReport {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut intent_ok, mut art_n, mut art_ok, mut grounded_ok) = (0usize, 0usize, 0usize, 0usize);
    let mut clean_ok = 0usize;
    for (c, p) in cases.iter().zip(predictions) {
        match (c.expect.escalate, p.escalate) {
            (true, true) => tp += 1,
            (false, true) => fp += 1,
            (true, false) => fn_ += 1,
            (false, false) => {}
        }
        if c.expect.intent == p.intent {
            intent_ok += 1;
        }
        if let Some(a) = &c.expect.article {
            art_n += 1;
            if p.article.as_deref() == Some(a.as_str()) {
                art_ok += 1;
            }
        }
        if grounded(&c.expect, &p.reply) {
            grounded_ok += 1;
        }
        if clean(&c.expect, p) {
            clean_ok += 1;
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + fn_);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    let n = cases.len();
    EvalReport {
        cases: n,
        escalation: Escalation {
            precision: round4(precision),
            recall: round4(recall),
            f1: round4(f1),
        },
        intent_accuracy: round4(ratio(intent_ok, n)),
        article_top1: round4(ratio(art_ok, art_n)),
        grounded: round4(ratio(grounded_ok, n)),
        clean: round4(ratio(clean_ok, n)),
        ms_per_case: round4(if n == 0 { 0.0 } else { total_ms / n as f64 }),
    }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Run every case of `cases_path`; with `predictions`, write one JSON line
/// per case there.
pub async fn run(
    assistant: &Assistant,
    cases_path: &Path,
    predictions: Option<&Path>,
) -> Result<EvalReport, EvalError> {
    let cases = load_cases(cases_path)?;
    // The readers are trained once at start-up (in the background); that
    // is not part of answering a case.
    crate::policy::model::model();
    crate::policy::model::wide();
    crate::intent::reader::warm();
    let started = Instant::now();
    let mut preds = Vec::with_capacity(cases.len());
    for case in &cases {
        preds.push(predict(assistant, case).await);
    }
    let total_ms = started.elapsed().as_secs_f64() * 1000.0;
    if let Some(out) = predictions {
        write_predictions(out, &preds)?;
    }
    Ok(score(&cases, &preds, total_ms))
}

fn write_predictions(path: &Path, preds: &[Prediction]) -> Result<(), EvalError> {
    let io = |source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).map_err(io)?);
    for p in preds {
        let line = serde_json::to_string(p).map_err(|e| io(std::io::Error::other(e)))?;
        writeln!(f, "{line}").map_err(io)?;
    }
    f.flush().map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(escalate: bool, intent: &str, article: Option<&str>) -> Case {
        Case {
            id: "x".into(),
            customer_id: "u".into(),
            messages: vec!["m".into()],
            expect: Expect {
                escalate,
                intent: intent.into(),
                article: article.map(String::from),
                must_mention: vec!["Shipped".into()],
                must_not_mention: vec!["delivered".into()],
            },
        }
    }

    fn pred(escalate: bool, intent: &str, article: Option<&str>, reply: &str) -> Prediction {
        Prediction {
            id: "x".into(),
            escalate,
            intent: intent.into(),
            article: article.map(String::from),
            reply: reply.into(),
        }
    }

    #[test]
    fn scores_follow_eval_md() {
        let cases = vec![
            case(true, "human_request", None),
            case(true, "return_refund", None),
            case(false, "shipping", Some("ship")),
            case(false, "payment", Some("pay")),
        ];
        let preds = vec![
            pred(true, "human_request", None, "it is shipped"),
            pred(false, "return_refund", None, "SHIPPED"),
            pred(true, "shipping", Some("ship"), "shipped and delivered"),
            pred(false, "other", Some("nope"), "nothing"),
        ];
        let r = score(&cases, &preds, 40.0);
        assert_eq!(r.cases, 4);
        assert_eq!(r.escalation.precision, 0.5);
        assert_eq!(r.escalation.recall, 0.5);
        assert_eq!(r.escalation.f1, 0.5);
        assert_eq!(r.intent_accuracy, 0.75);
        assert_eq!(r.article_top1, 0.5);
        assert_eq!(r.grounded, 0.5);
        // Lowercase starts ("it is shipped", "nothing") read as cut sentences.
        assert_eq!(r.clean, 0.25);
        assert_eq!(r.ms_per_case, 10.0);
        let json = serde_json::to_value(&r).unwrap();
        let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 7);
        for k in [
            "cases",
            "escalation",
            "intentAccuracy",
            "articleTop1",
            "grounded",
            "clean",
            "ms_per_case",
        ] {
            assert!(json.get(k).is_some(), "{k}");
        }
        assert!(json["escalation"].get("f1").is_some());
    }

    #[test]
    fn clean_catches_tables_bold_cut_sentences_and_stray_articles() {
        let c = case(false, "shipping", Some("ship"));
        let ok = |reply: &str| clean(&c.expect, &pred(false, "shipping", Some("ship"), reply));
        assert!(ok(
            "Standard delivery costs €4.95. We pay with iDEAL, e.g. by phone."
        ));
        assert!(!ok("| **Standard** | €4.95 |"));
        assert!(!ok("Delivery is **free** over €50."));
        assert!(!ok("are unsure about any step, stop and contact us."));
        assert!(!ok("It ships today. and arrives tomorrow."));
        let outside = case(false, "other", None);
        let cited = pred(false, "other", Some("pickup"), "You can collect in store.");
        assert!(!clean(&outside.expect, &cited));
        let plain = pred(
            false,
            "other",
            None,
            "I'm sorry, I can't help with the weather.",
        );
        assert!(clean(&outside.expect, &plain));
    }

    #[test]
    fn lists_left_out_may_be_null() {
        let line = r#"{"id":"a","customerId":"u","messages":["hi"],"expect":{"escalate":false,"intent":"greeting","article":null,"mustMention":null,"mustNotMention":null}}"#;
        let c: Case = serde_json::from_str(line).unwrap();
        assert!(c.expect.must_mention.is_empty() && c.expect.must_not_mention.is_empty());
    }

    #[test]
    fn bad_case_files_name_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.jsonl");
        std::fs::write(&p, "{\"id\":\"a\",\"customerId\":\"u\",\"messages\":[\"hi\"],\"expect\":{\"escalate\":false,\"intent\":\"greeting\"}}\n{oops\n").unwrap();
        match load_cases(&p) {
            Err(EvalError::Case { line, .. }) => assert_eq!(line, 2),
            other => panic!("{other:?}"),
        }
        std::fs::write(&p, "\n").unwrap();
        assert!(matches!(load_cases(&p), Err(EvalError::Empty { .. })));
    }
}
