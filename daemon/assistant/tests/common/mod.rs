//! What the assistant's integration tests share: the embedded assistant's
//! configuration on a KB directory (or the built-in demo shop), a KB
//! written to a temporary directory, and one customer turn (or a
//! conversation, line by line) through
//! `Assistant::reply`, the path a live conversation takes.

// Each test binary uses its own part of this module.
#![allow(dead_code)]

use std::path::Path;

use concierge_assistant::{Assistant, AssistantConfig, HistoryLine, Reply, Speaker, Turn};

/// The embedded provider on `kb_dir` (`None`: the demo shop), no order API.
pub fn config(kb_dir: Option<&Path>) -> AssistantConfig {
    AssistantConfig::embedded(kb_dir.map(Path::to_path_buf))
}

pub fn embedded(kb_dir: Option<&Path>) -> Assistant {
    Assistant::new(config(kb_dir)).unwrap()
}

/// The embedded assistant on tuning shop `kb`'s KB (`eval/<kb>`, such as
/// "twelfth-kb"): a real shop's pages, which the tuning sets already are.
pub fn on_tuning_kb(kb: &str) -> Assistant {
    embedded(Some(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("eval").join(kb),
    ))
}

/// An `orders.json` for a KB directory: each order as (id, customer,
/// status, tracking number), shipped by DHL, the rest of its fields fixed.
pub fn orders_json(orders: &[(&str, &str, &str, &str)]) -> String {
    let orders: Vec<serde_json::Value> = orders
        .iter()
        .map(|(id, customer, status, tracking)| {
            serde_json::json!({
                "orderId": id, "customerId": customer, "status": status, "items": [],
                "total": 120.0, "currency": "EUR", "carrier": "DHL",
                "trackingNumber": tracking, "updatedAt": "2026-11-20T10:00:00Z",
            })
        })
        .collect();
    serde_json::Value::Array(orders).to_string()
}

/// A KB directory holding `files` (paths relative to it, such as
/// "articles/rates.md" or "products.json").
pub fn kb_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = d.path().join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(path, text).unwrap();
    }
    d
}

/// One customer line, as customer `customer`, with no earlier history.
pub async fn ask(a: &Assistant, customer: &str, text: &str) -> Reply {
    let turn = Turn {
        customer_id: customer.into(),
        customer_name: "C".into(),
        history: vec![HistoryLine {
            speaker: Speaker::Customer,
            text: text.into(),
        }],
        failed_attempts: 0,
        team: None,
    };
    let mut sink = |_: &str| {};
    a.reply(&turn, &mut sink).await
}

/// A conversation, line by line as customer `customer`: each line goes
/// through `Assistant::reply` with the earlier lines and the assistant's
/// own replies as history, as a live session keeps it. Every reply, in
/// order. No failures are counted (see `converse_counting`).
pub async fn converse(a: &Assistant, customer: &str, lines: &[&str]) -> Vec<Reply> {
    play(a, customer, lines, false).await
}

/// `converse`, with the count of replies in a row that did not help passed
/// with each turn as the daemon keeps it (`hub/ai.rs`): what the "stuck"
/// hand-over reads.
pub async fn converse_counting(a: &Assistant, customer: &str, lines: &[&str]) -> Vec<Reply> {
    play(a, customer, lines, true).await
}

async fn play(a: &Assistant, customer: &str, lines: &[&str], count: bool) -> Vec<Reply> {
    let (mut history, mut replies, mut failures) = (Vec::new(), Vec::new(), 0);
    for line in lines {
        history.push(HistoryLine {
            speaker: Speaker::Customer,
            text: (*line).into(),
        });
        let turn = Turn {
            customer_id: customer.into(),
            customer_name: "C".into(),
            history: history.clone(),
            failed_attempts: failures,
            team: None,
        };
        let mut sink = |_: &str| {};
        let reply = a.reply(&turn, &mut sink).await;
        if count {
            failures = reply.outcome.failures_after(failures);
        }
        history.push(HistoryLine {
            speaker: Speaker::Assistant,
            text: reply.text.clone(),
        });
        replies.push(reply);
    }
    replies
}
