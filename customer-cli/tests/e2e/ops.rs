use crate::helpers::{Daemon, run, text};

fn json(d: &Daemon, args: &[&str]) -> serde_json::Value {
    let mut a = args.to_vec();
    a.extend(["--dev-login", "Admin", "--json"]);
    let out = run(d, &a, "");
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn ops_commands_list_show_export_and_forget_a_conversation() {
    let d = Daemon::start();
    let script =
        "connect carol customer Carol\nexpect carol session_started\nsay carol hello there\n";
    assert!(run(&d, &["script", "-"], script).status.success());

    let sessions = json(&d, &["sessions", "--status", "active"]);
    let item = &sessions["items"][0];
    assert_eq!(item["userId"], "dev-carol", "{sessions}");
    let uuid = item["sessionUuid"].as_str().expect("uuid").to_string();

    let table = run(&d, &["sessions", "--dev-login", "Admin"], "");
    let t = text(&table.stdout);
    assert!(t.starts_with("SESSION UUID"), "{t}");
    assert!(t.contains(&uuid), "{t}");

    let md = run(&d, &["transcript", &uuid, "--dev-login", "Admin"], "");
    assert!(
        text(&md.stdout).contains("hello there"),
        "{}",
        text(&md.stdout)
    );
    assert!(json(&d, &["stats"]).is_object());
    assert!(json(&d, &["staff"])["items"].is_array());
    let export = json(&d, &["export", "--customer", "dev-carol"]);
    assert_eq!(export["customerId"], "dev-carol", "{export}");

    let refused = run(
        &d,
        &["forget", "--customer", "dev-carol", "--dev-login", "Admin"],
        "",
    );
    assert!(!refused.status.success(), "forget needs --yes");
    json(&d, &["forget", "--customer", "dev-carol", "--yes"]);

    let missing = run(
        &d,
        &["transcript", "no-such-session", "--dev-login", "Admin"],
        "",
    );
    assert!(!missing.status.success());
    assert!(
        text(&missing.stderr).contains("not_found"),
        "{}",
        text(&missing.stderr)
    );
}

/// Dead letters of the only session: (eventId, attempts), polled until
/// there is one (webhooks go to a port nobody listens on, one attempt each).
fn wait_dead(d: &Daemon, not: Option<&str>) -> String {
    for _ in 0..600 {
        let v = json(d, &["webhooks", "dead"]);
        let ids: Vec<String> = v["items"]
            .as_array()
            .expect("items")
            .iter()
            .filter_map(|i| i["eventId"].as_str().map(str::to_string))
            .filter(|id| Some(id.as_str()) != not)
            .collect();
        if let Some(id) = ids.first() {
            return id.clone();
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("no dead letter appeared");
}

#[test]
fn webhooks_dead_letters_are_listed_replayed_and_dropped() {
    let d = Daemon::start_with_env(&[
        ("WEBHOOK_URL", "http://127.0.0.1:1/hook"),
        ("WEBHOOK_MAX_ATTEMPTS", "1"),
        ("WEBHOOK_MAX_BACKOFF_SECS", "0.1"),
    ]);
    let script = "connect carol customer Carol\nexpect carol session_started\n";
    assert!(run(&d, &["script", "-"], script).status.success());
    let first = wait_dead(&d, None);

    let table = run(&d, &["webhooks", "dead", "--dev-login", "Admin"], "");
    let t = text(&table.stdout);
    assert!(t.contains("EVENT ID") && t.contains(&first), "{t}");

    let replayed = json(&d, &["webhooks", "replay", &first]);
    assert_eq!(replayed["action"], "replayed", "{replayed}");
    // It fails again (nobody listens) and is set aside again: same id.
    assert_eq!(wait_dead(&d, None), first);

    let refused = run(
        &d,
        &["webhooks", "drop", &first, "--dev-login", "Admin"],
        "",
    );
    assert!(!refused.status.success(), "drop needs --yes");
    assert!(text(&refused.stderr).contains("--yes"));
    let dropped = json(&d, &["webhooks", "drop", &first, "--yes"]);
    assert_eq!(dropped["action"], "dropped", "{dropped}");
    // The session goes on: its next event is tried, and dies in turn.
    let next = wait_dead(&d, Some(&first));
    assert_ne!(next, first);

    let missing = run(
        &d,
        &["webhooks", "replay", &first, "--dev-login", "Admin"],
        "",
    );
    assert!(!missing.status.success());
    assert!(
        text(&missing.stderr).contains("not_found"),
        "{}",
        text(&missing.stderr)
    );
    let metrics = d.metrics();
    let dead: f64 = metrics
        .lines()
        .find_map(|l| l.strip_prefix("concierge_webhook_dead_lettered_total "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("{metrics}"));
    assert!(dead >= 3.0, "first, first again, next: {dead}");
}

/// Issue 16: `sessions --label` and `--csv`, and labels in `stats`. The
/// customer's ask for a person (nobody is online) is labelled by the
/// daemon with the hand-over reason.
#[test]
fn sessions_filter_by_label_export_csv_and_stats_count_labels() {
    let d = Daemon::start();
    let script = "connect carol customer Carol\nexpect carol session_started\n\
                  say carol I want to talk to a person\nexpect carol transfer_failed\n\
                  connect cy customer Cy\nexpect cy session_started\n";
    let out = run(&d, &["script", "-"], script);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let label = "handover:customer_request";
    let v = json(&d, &["sessions", "--label", label]);
    let items = v["items"].as_array().expect("items");
    assert_eq!(items.len(), 1, "{v}");
    assert_eq!(items[0]["userId"], "dev-carol");
    let none = json(&d, &["sessions", "--label", "no-such-label"]);
    assert_eq!(none["items"], serde_json::json!([]));

    let csv = run(&d, &["sessions", "--csv", "--dev-login", "Admin"], "");
    assert!(csv.status.success(), "{}", text(&csv.stderr));
    let csv = text(&csv.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("session_id,customer_id,"), "{csv}");
    assert_eq!(lines.len(), 3, "a header and one row per session: {csv}");
    assert!(csv.contains(&format!(",{label},")), "{csv}");
    let only = run(
        &d,
        &[
            "sessions",
            "--csv",
            "--label",
            label,
            "--dev-login",
            "Admin",
        ],
        "",
    );
    assert_eq!(text(&only.stdout).lines().count(), 2);
    // --csv is its own format.
    let clash = run(
        &d,
        &["sessions", "--csv", "--json", "--dev-login", "Admin"],
        "",
    );
    assert!(!clash.status.success());

    let stats = run(&d, &["stats", "--dev-login", "Admin"], "");
    let t = text(&stats.stdout);
    assert!(
        t.lines()
            .any(|l| l.starts_with(&format!("labels.{label} ")) && l.trim_end().ends_with(" 1")),
        "{t}"
    );
}
