//! `concierged eval` as EVAL.md specifies it, through the real binary.

use std::process::Command;

fn bin() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().join("concierged")
}

fn repo(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path)
}

#[test]
fn eval_prints_the_report_on_its_last_line_and_writes_predictions() {
    let tmp = tempfile::tempdir().unwrap();
    let preds = tmp.path().join("preds.jsonl");
    let out = Command::new(bin())
        .args(["eval", "--kb"])
        .arg(repo("daemon/assistant/kb/demo"))
        .arg("--cases")
        .arg(repo("daemon/assistant/eval/demo-cases.jsonl"))
        .arg("--predictions")
        .arg(&preds)
        .env("RUST_LOG", "warn")
        .env_remove("AI_PROVIDER")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let last = stdout.lines().last().unwrap();
    let report: serde_json::Value = serde_json::from_str(last).unwrap();
    let cases = report["cases"].as_u64().unwrap();
    assert!(cases >= 150);
    for key in [
        "intentAccuracy",
        "articleTop1",
        "grounded",
        "clean",
        "ms_per_case",
    ] {
        assert!(report[key].is_number(), "{key} in {report}");
    }
    // The demo shop is a tuning set: its replies read as prose.
    assert!(report["clean"].as_f64().unwrap() >= 0.98, "{report}");
    assert!(
        report["escalation"]["f1"].as_f64().unwrap() >= 0.9,
        "{report}"
    );
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&preds)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len() as u64, cases);
    for p in &lines {
        assert!(p["id"].is_string() && p["escalate"].is_boolean() && p["intent"].is_string());
        assert!(p["reply"].as_str().is_some_and(|r| !r.is_empty()));
    }
}

#[test]
fn eval_with_a_missing_cases_file_fails_clearly() {
    let out = Command::new(bin())
        .args(["eval", "--cases", "/nonexistent/cases.jsonl"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cases.jsonl"));
}

/// The third and fourth shops (never tuned on) run through the real
/// binary with their own KBs; no bar here, so that CI gives no reason to
/// tune on them.
#[test]
fn eval_runs_the_third_shop_from_its_own_kb() {
    run_unseen_shop("third", 215);
}

#[test]
fn eval_runs_the_fourth_shop_from_its_own_kb() {
    run_unseen_shop("fourth", 206);
}

fn run_unseen_shop(name: &str, cases: u64) {
    let out = Command::new(bin())
        .args(["eval", "--kb"])
        .arg(repo(&format!("daemon/assistant/eval/{name}-kb")))
        .arg("--cases")
        .arg(repo(&format!("daemon/assistant/eval/{name}-cases.jsonl")))
        .env("RUST_LOG", "warn")
        .env_remove("AI_PROVIDER")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let report: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(report["cases"].as_u64(), Some(cases), "{report}");
    assert!(report["clean"].is_number(), "{report}");
}
