use crate::helpers::{Daemon, concierge, run, run_command, text};

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
    assert_eq!(r["transfers"]["notServed"], 0, "{r}");
    assert!(r["latency"]["sendToAck"]["count"].as_u64() >= Some(n("customerSent")));
}

/// With nobody on the desk, every customer who asks for a person stops
/// unserved, and the report names them with their sessions, so that a
/// run that lost someone says whom to look for in the daemon's logs.
#[test]
fn customers_never_served_are_counted_and_named() {
    let d = Daemon::start();
    let out = run(
        &d,
        &[
            "load",
            "--customers",
            "3",
            "--staff",
            "0",
            "--ask-human",
            "1",
            "--rate",
            "3",
            "--duration",
            "1s",
            "--ramp",
            "100ms",
            "--drain",
            "2s",
        ],
        "",
    );
    let stdout = text(&out.stdout);
    let line = stdout
        .lines()
        .find(|l| l.starts_with("not served"))
        .unwrap_or_else(|| panic!("no 'not served' line in\n{stdout}\n{}", text(&out.stderr)));
    assert!(line.starts_with("not served   3: load-"), "{line}");
    // Counted by the list's entries: the run id is random hex, so "-c"
    // may occur in it too ("load-cb6e…-c0").
    let named = line.split_once(": ").map_or("", |(_, l)| l);
    assert_eq!(named.split(", ").count(), 3, "{line}");
    assert!(!line.contains("no session"), "each had a session: {line}");
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

#[test]
fn a_server_list_spreads_customers_and_staff_over_every_daemon() {
    // Two independent daemons that accept the same tokens, as the nodes of
    // a cluster share JWT_SECRET. Each one relays only its own chats, so
    // with staff placed one server further along than customers, staff
    // bot 1 serves server 0's customers and staff bot 0 server 1's.
    let secret = "load-test-secret-0123456789abcdef0123456789";
    let env = [("JWT_SECRET", secret)];
    let (a, b) = (Daemon::start_with_env(&env), Daemon::start_with_env(&env));
    let secret_file = a.dir.path().join("shared-secret");
    std::fs::write(&secret_file, secret).expect("write secret");
    let list = format!("{},{}", a.server(), b.server());
    let args = [
        "load",
        "--server",
        &list,
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
    ];
    let mut cmd = concierge();
    cmd.args(args).arg("--jwt-secret-file").arg(&secret_file);
    let out = run_command(cmd, &args, "");
    let stdout = text(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}\nA:\n{}\nB:\n{}",
        text(&out.stderr),
        a.log(),
        b.log()
    );
    let r: serde_json::Value = serde_json::from_str(&stdout).expect("JSON report");
    let servers = r["servers"].as_array().expect("servers in the report");
    assert_eq!(servers.len(), 2, "{r}");
    for (v, d) in servers.iter().zip([&a, &b]) {
        assert_eq!(v["server"], d.server(), "{r}");
        assert_eq!(v["customers"], 3, "customer i on server i mod 2: {r}");
        assert_eq!(v["staff"], 1, "{r}");
        assert_eq!(v["ok"], 4, "{r}");
        assert_eq!(v["failed"], 0, "{r}");
    }
    assert_eq!(r["target"], list, "{r}");
    assert_eq!(r["connections"]["ok"], 8, "{r}");
    assert_eq!(r["errors"], serde_json::json!({}), "{r}");

    let m = &r["messages"];
    let n = |k: &str| m[k].as_u64().unwrap_or_else(|| panic!("{k} in {m}"));
    assert!(n("sentToStaff") > 0, "{r}");
    assert_eq!(n("customerSent"), n("customerAcked"), "{r}");
    assert_eq!(n("sentToStaff"), n("deliveredToStaff"), "{r}");
    assert_eq!(n("staffSent"), n("staffAcked"), "{r}");
    assert_eq!(n("staffAcked"), n("deliveredToCustomer"), "{r}");

    // The daemons' own counts: both stored messages from customers and
    // from staff, and together exactly the acked ones.
    let stored = |d: &Daemon, role: &str| {
        d.metric(&format!(
            "concierge_messages_total{{sender_role=\"{role}\"}}"
        )) as u64
    };
    for d in [&a, &b] {
        assert!(stored(d, "customer") > 0, "{}", d.metrics());
        assert!(stored(d, "staff") > 0, "{}", d.metrics());
    }
    assert_eq!(
        stored(&a, "customer") + stored(&b, "customer"),
        n("customerAcked"),
        "{r}"
    );
    assert_eq!(
        stored(&a, "staff") + stored(&b, "staff"),
        n("staffAcked"),
        "{r}"
    );
}
