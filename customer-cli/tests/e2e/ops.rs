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
