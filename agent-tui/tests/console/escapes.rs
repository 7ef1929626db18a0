//! Customer text must never reach the terminal as control sequences.

use serde_json::json;

use crate::helpers::*;

#[test]
fn ansi_and_osc_sequences_in_customer_text_are_shown_inert() {
    let mut state = in_chat();
    feed(
        &mut state,
        "new_message",
        message(
            SESSION,
            5,
            "customer",
            Some("Ana\x1b[31m López"),
            "\x1b[2J\x1b]0;pwned\x07 hello",
        ),
    );
    let backend = draw(&state, 80, 24);
    let text = screen(&backend);
    assert!(!text.contains('\x1b'), "ESC reached the screen:\n{text}");
    assert!(!text.contains('\x07'), "BEL reached the screen:\n{text}");
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
    assert!(
        text.contains("␛[2J␛]0;pwned␇ hello"),
        "placeholder missing:\n{text}"
    );
}

#[test]
fn escapes_in_names_summaries_and_reasons_are_inert_too() {
    let mut o = offer(1, "Eve\x1b]52;c;ZXZpbA==\x07", 3, "sum\x1b[1mmary\u{9b}2J");
    o["reason"] = json!("\x1b[5mnow\u{202e}");
    let state = connected_with(json!([o]), json!([]));
    let text = screen(&draw(&state, 80, 24));
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text}");
    assert!(text.contains("Eve␛]52;c;ZXZpbA==␇"), "{text}");
    assert!(text.contains('\u{FFFD}'), "{text}");
}
