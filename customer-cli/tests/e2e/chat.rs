use crate::helpers::{Daemon, LiveChat, run, text};

#[test]
fn plain_chat_shows_the_welcome_the_message_and_the_answer() {
    let d = Daemon::start();
    let out = run(
        &d,
        &["chat", "--plain", "--dev-login", "Carol"],
        "What is your return policy?\n/wait 20\n/quit\n",
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "connected as Carol (customer)", "{stdout}");
    assert!(
        lines[1].starts_with("assistant: "),
        "welcome first: {stdout}"
    );
    let you = lines
        .iter()
        .position(|l| *l == "you: What is your return policy?")
        .unwrap_or_else(|| panic!("own message shown: {stdout}"));
    assert!(
        lines[you + 1..]
            .iter()
            .any(|l| l.starts_with("assistant: ")),
        "an answer after the question: {stdout}"
    );

    // The same customer again: the chat resumes, nothing shown twice.
    let out = run(&d, &["chat", "--plain", "--dev-login", "Carol"], "/quit\n");
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("resumed your chat"),
        "{stdout}\n{}",
        text(&out.stderr)
    );
    assert_eq!(
        stdout.matches("you: What is your return policy?").count(),
        1,
        "{stdout}"
    );
}

#[test]
fn a_message_typed_while_the_daemon_is_down_arrives_once_after_it_returns() {
    let mut d = Daemon::start();
    let mut chat = LiveChat::start(&d, "Dora");
    chat.wait_for(20, |l| l.starts_with("assistant: "));
    chat.type_line("first message");
    chat.wait_for(20, |l| l == "you: first message");

    d.kill();
    chat.wait_for(20, |l| l.contains("reconnecting"));
    // Typed while disconnected: kept in the outbox, sent after reconnect.
    chat.type_line("second message");
    d.restart();
    chat.wait_for(30, |l| l == "you: second message");
    chat.type_line("/history");
    chat.wait_for(20, |l| l.starts_with("── end of history"));
    let seen = chat.finish();
    let history: Vec<&String> = seen
        .iter()
        .skip_while(|l| !l.starts_with("── history"))
        .collect();
    for m in ["you: first message", "you: second message"] {
        assert_eq!(
            history.iter().filter(|l| l.ends_with(m)).count(),
            1,
            "{m} stored exactly once:\n{}",
            seen.join("\n")
        );
    }
    assert_eq!(
        seen.iter().filter(|l| *l == "you: first message").count(),
        1,
        "not shown twice:\n{}",
        seen.join("\n")
    );
}
