//! Issue 17: messages left while nobody was there, under their own
//! heading: shown from `staff_data` and as they arrive, answered through
//! an overlay, closed with the close key, dropped when resolved.

use crossterm::event::KeyCode;
use serde_json::json;

use crate::helpers::*;

fn left(id: i64, name: &str, minutes: i64, summary: &str) -> serde_json::Value {
    json!({"messageId": id, "sessionUuid": SESSION, "customerId": format!("c{id}"),
           "customerName": name, "email": "mia@shop.example", "summary": summary,
           "outsideHours": true, "createdAt": ago(minutes)})
}

fn with_messages() -> concierge_agent::state::State {
    let mut state = connected();
    feed(
        &mut state,
        "staff_data",
        json!({"workload": {"maxConcurrentChats": 3, "currentChats": 0, "isAvailable": true},
               "onlineStaffCount": 1, "queue": [], "activeSessions": [],
               "messages": [left(4, "Mia Rossi", 600, "Vase in order 1042 arrived broken.")]}),
    );
    state
}

#[test]
fn messages_show_under_their_own_heading() {
    let mut state = with_messages();
    let cmds = feed(
        &mut state,
        "new_left_message",
        left(5, "Noor Haddad", 5, "Wants to change the delivery address."),
    );
    assert!(
        cmds.iter()
            .any(|c| matches!(c, concierge_agent::update::Command::Bell))
    );
    assert_eq!(state.messages.len(), 2);
    for (w, h) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(format!("left_messages_{w}x{h}"), draw(&state, w, h));
    }
}

#[test]
fn a_message_is_answered_from_the_overlay_and_leaves_the_list() {
    let mut state = with_messages();
    // Tab: queue → messages; Enter opens the answer box.
    press(&mut state, KeyCode::Tab);
    press(&mut state, KeyCode::Enter);
    // An empty answer is not sent.
    assert!(sent(&press(&mut state, KeyCode::Enter)).is_empty());
    type_str(&mut state, "A new vase is on its way.");
    insta::assert_snapshot!("answer_overlay_80x24", draw(&state, 80, 24));
    let out = sent(&press(&mut state, KeyCode::Enter));
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["event"], "answer_message");
    assert_eq!(out[0]["data"]["messageId"], 4);
    assert_eq!(out[0]["data"]["content"], "A new vase is on its way.");
    let r = out[0]["ref"].as_i64().unwrap();
    feed_text(&mut state, &reply("ack", json!({}), r));
    assert!(state.messages.is_empty());
    assert_eq!(state.focus, concierge_agent::state::Focus::Queue);
}

#[test]
fn a_message_is_closed_with_the_close_key_and_a_colleague_resolving_drops_it() {
    let mut state = with_messages();
    feed(
        &mut state,
        "new_left_message",
        left(5, "Noor Haddad", 5, "Wants to change the delivery address."),
    );
    press(&mut state, KeyCode::Tab);
    press(&mut state, KeyCode::Down);
    let out = sent(&ch(&mut state, 'x'));
    assert_eq!(out[0]["event"], "close_message");
    assert_eq!(out[0]["data"]["messageId"], 5);
    // A colleague answered the other one.
    feed(
        &mut state,
        "left_message_resolved",
        json!({"messageId": 4, "status": "answered", "staffId": "staff-2"}),
    );
    assert_eq!(state.messages.len(), 1);
    assert_eq!(state.messages[0].message_id, 5);
}
