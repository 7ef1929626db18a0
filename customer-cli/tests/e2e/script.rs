use std::path::Path;

use crate::helpers::{Daemon, run, text};

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn the_handover_example_passes() {
    let d = Daemon::start();
    let out = run(&d, &["script", &example("handover.script")], "");
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    assert!(stdout.contains("22 of 22 steps passed"), "{stdout}");
}

#[test]
fn an_unmet_expectation_fails_with_expected_versus_got() {
    let d = Daemon::start();
    let script = "connect carol customer Carol ${RUN}\n\
                  expect carol session_started\n\
                  say carol hello\n\
                  expect carol new_message {\"senderRole\":\"staff\"} within 1\n\
                  say carol never sent\n";
    let out = run(&d, &["script", "-"], script);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("FAIL  line   4"), "{stdout}");
    assert!(
        stdout.contains("expected: new_message with {\"senderRole\":\"staff\"} within 1s"),
        "{stdout}"
    );
    assert!(
        stdout.contains(".senderRole: expected \"staff\", got \"customer\""),
        "the closest new_message is our own: {stdout}"
    );
    assert!(stdout.contains("3 of 5 steps passed"), "{stdout}");

    let out = run(&d, &["script", "-", "--json"], script);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON result");
    assert_eq!(v["ok"], false);
    assert_eq!(v["failure"]["line"], 4);
    assert!(
        v["failure"]["diff"]
            .as_array()
            .is_some_and(|d| !d.is_empty())
    );
}
