use crate::helpers::{Daemon, run, text};

#[test]
fn a_short_run_counts_every_message_sent_and_received_without_errors() {
    let d = Daemon::start();
    let out = run(
        &d,
        &[
            "load",
            "--customers",
            "6",
            "--staff",
            "2",
            "--ask-human",
            "0.5",
            "--rate",
            "12",
            "--duration",
            "2s",
            "--ramp",
            "200ms",
            "--drain",
            "10s",
            "--json",
            "--quiet",
        ],
        "",
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    let r: serde_json::Value = serde_json::from_str(&stdout).expect("JSON report");
    let m = &r["messages"];
    let n = |k: &str| m[k].as_u64().unwrap_or_else(|| panic!("{k} in {m}"));
    assert!(n("customerSent") > 0, "{r}");
    assert_eq!(n("customerSent"), n("customerAcked"), "{r}");
    assert!(n("sentToStaff") > 0, "some customers talked to staff: {r}");
    assert_eq!(n("sentToStaff"), n("deliveredToStaff"), "{r}");
    // Staff bots answer every customer message they receive, once.
    assert_eq!(n("deliveredToStaff"), n("staffSent"), "{r}");
    assert_eq!(n("staffSent"), n("staffAcked"), "{r}");
    assert_eq!(n("staffAcked"), n("deliveredToCustomer"), "{r}");
    assert_eq!(r["connections"]["ok"], 8, "{r}");
    assert_eq!(r["errors"], serde_json::json!({}), "{r}");
    assert!(r["transfers"]["asked"].as_u64() == Some(3), "{r}");
    assert!(r["latency"]["sendToAck"]["count"].as_u64() >= Some(n("customerSent")));
}

#[test]
fn connect_only_holds_every_connection() {
    let d = Daemon::start();
    let out = run(
        &d,
        &[
            "load",
            "--connect-only",
            "--customers",
            "200",
            "--ramp",
            "500ms",
            "--duration",
            "1s",
            "--json",
            "--quiet",
        ],
        "",
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    let r: serde_json::Value = serde_json::from_str(&stdout).expect("JSON report");
    assert_eq!(r["connections"]["ok"], 200, "{r}");
    assert_eq!(r["connections"]["openPeak"], 200, "{r}");
    assert_eq!(r["latency"]["connect"]["count"], 200, "{r}");
    assert!(
        r["memory"]["daemonRssPeakKb"].as_u64().is_some(),
        "daemon found by port: {r}"
    );
}
