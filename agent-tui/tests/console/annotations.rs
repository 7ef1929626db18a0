//! Issue 16: private notes and labels in the console. Notes show in the
//! chat where they fall in time, marked private; `N` and `/note ` write
//! one; `L` edits the labels with Tab completion from the labels in use.

use crossterm::event::KeyCode;
use serde_json::json;

use crate::helpers::*;

fn note(id: i64, author: &str, name: &str, minutes: i64, body: &str) -> serde_json::Value {
    json!({"noteId": id, "sessionUuid": SESSION, "authorId": author, "authorName": name,
           "body": body, "createdAt": ago(minutes)})
}

fn noted() -> concierge_agent::state::State {
    let mut state = in_chat();
    feed(
        &mut state,
        "note_added",
        note(
            1,
            "staff-2",
            "Kim",
            17,
            "Customer was charged twice; refund approved by Ana.",
        ),
    );
    feed(
        &mut state,
        "labels_updated",
        json!({"sessionUuid": SESSION, "labels": ["handover:customer_request", "refund"],
               "updatedBy": "staff-2"}),
    );
    state
}

#[test]
fn notes_show_in_the_chat_marked_private_with_the_labels_in_the_title() {
    let mut state = noted();
    // Mine, after the last message; and the same note twice is kept once.
    let mine = note(
        2,
        ME,
        "Sam Staff",
        5,
        "Called the courier: pickup tomorrow.",
    );
    feed(&mut state, "note_added", mine.clone());
    feed(&mut state, "note_added", mine);
    assert_eq!(state.chats[0].notes.len(), 2);
    for (w, h) in [(80, 24), (160, 48)] {
        let b = draw(&state, w, h);
        let text = screen(&b);
        assert!(text.contains("PRIVATE NOTE"), "{text}");
        if w >= 160 {
            assert!(text.contains("[refund]"), "{text}");
        }
        insta::assert_snapshot!(format!("notes_in_chat_{w}x{h}"), b);
    }
}

#[test]
fn n_opens_a_note_box_and_enter_saves_it() {
    let mut state = in_chat();
    ch(&mut state, 'N');
    // An empty note is not sent.
    assert!(sent(&press(&mut state, KeyCode::Enter)).is_empty());
    type_str(&mut state, "VIP: answer within the hour");
    insta::assert_snapshot!("note_overlay_80x24", draw(&state, 80, 24));
    let out = sent(&press(&mut state, KeyCode::Enter));
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["event"], "add_note");
    assert_eq!(out[0]["data"]["sessionUuid"], SESSION);
    assert_eq!(out[0]["data"]["body"], "VIP: answer within the hour");
    assert!(state.overlay.is_none());
    let r = out[0]["ref"].as_i64().unwrap();
    feed_text(
        &mut state,
        &reply(
            "ack",
            note(7, ME, "Sam Staff", 0, "VIP: answer within the hour"),
            r,
        ),
    );
    assert_eq!(state.chats[0].notes.len(), 1);
    // Esc closes the box without sending.
    ch(&mut state, 'N');
    type_str(&mut state, "never mind");
    assert!(sent(&press(&mut state, KeyCode::Esc)).is_empty());
    assert!(state.overlay.is_none());
}

#[test]
fn a_reply_starting_with_note_is_a_private_note_not_a_message() {
    let mut state = in_chat();
    ch(&mut state, 'i');
    type_str(&mut state, "/note asked for photos by email");
    let out = sent(&press(&mut state, KeyCode::Enter));
    let events: Vec<&str> = out.iter().map(|f| f["event"].as_str().unwrap()).collect();
    assert!(events.contains(&"add_note"), "{events:?}");
    assert!(!events.contains(&"send_message"), "{events:?}");
    let n = out.iter().find(|f| f["event"] == "add_note").unwrap();
    assert_eq!(n["data"]["body"], "asked for photos by email");
    assert!(state.chats[0].draft.is_empty());
    // A refused note says why.
    let r = n["ref"].as_i64().unwrap();
    feed_text(
        &mut state,
        &reply(
            "error",
            json!({"code": "forbidden", "message": "not your chat"}),
            r,
        ),
    );
    assert!(state.flash.as_ref().unwrap().0.contains("note not saved"));
}

#[test]
fn l_edits_labels_with_tab_completion_from_the_labels_in_use() {
    let mut state = noted();
    let out = sent(&ch(&mut state, 'L'));
    assert_eq!(out[0]["event"], "get_labels");
    let r = out[0]["ref"].as_i64().unwrap();
    feed_text(
        &mut state,
        &reply(
            "ack",
            json!({"labels": [{"label": "refund", "sessions": 4}, {"label": "vip", "sessions": 2},
                              {"label": "vip-gold", "sessions": 1}]}),
            r,
        ),
    );
    // The box starts with the current labels; "v" Tab completes to the
    // common start of vip and vip-gold.
    type_str(&mut state, "v");
    press(&mut state, KeyCode::Tab);
    type_str(&mut state, "-g");
    press(&mut state, KeyCode::Tab);
    insta::assert_snapshot!("labels_overlay_80x24", draw(&state, 80, 24));
    let out = sent(&press(&mut state, KeyCode::Enter));
    assert_eq!(out[0]["event"], "set_labels");
    assert_eq!(
        out[0]["data"]["labels"],
        json!(["handover:customer_request", "refund", "vip-gold"])
    );
    let r = out[0]["ref"].as_i64().unwrap();
    feed_text(
        &mut state,
        &reply(
            "ack",
            json!({"labels": ["handover:customer_request", "refund", "vip-gold"]}),
            r,
        ),
    );
    assert_eq!(state.chats[0].labels.len(), 3);

    // A bad label is refused in the box, with the reason; nothing is sent.
    ch(&mut state, 'L');
    type_str(&mut state, "two:words! ");
    assert!(sent(&press(&mut state, KeyCode::Enter)).is_empty());
    assert!(state.overlay.is_some());
    assert!(state.flash.as_ref().unwrap().0.contains("may only hold"));
}

#[test]
fn notes_and_labels_come_with_a_joined_chat_and_after_a_reconnect() {
    let mut state = connected();
    feed(
        &mut state,
        "staff_chat_joined",
        json!({"sessionUuid": SESSION, "summary": "s", "customerId": "cust-1",
               "customerName": "Ana", "history": [],
               "notes": [note(3, "staff-2", "Kim", 30, "promised a call back")],
               "labels": ["refund"]}),
    );
    assert_eq!(state.chats[0].notes[0].body, "promised a call back");
    assert_eq!(state.chats[0].labels, ["refund"]);
    feed_conn(
        &mut state,
        concierge_agent::update::ConnEvent::Disconnected {
            reason: "x".into(),
            retry_in_secs: 1,
        },
    );
    feed_conn(&mut state, concierge_agent::update::ConnEvent::Connected);
    let out = sent(&feed(
        &mut state,
        "staff_data",
        json!({"workload": {"maxConcurrentChats": 3, "currentChats": 1, "isAvailable": true},
               "onlineStaffCount": 1, "queue": [],
               "activeSessions": [{"sessionUuid": SESSION, "userId": "cust-1", "userName": "Ana",
                  "staffId": ME, "sessionType": "human", "status": "active",
                  "createdAt": ago(40), "updatedAt": ago(1), "closedAt": null}]}),
    ));
    let get = out
        .iter()
        .find(|f| f["event"] == "get_notes")
        .expect("get_notes");
    let r = get["ref"].as_i64().unwrap();
    feed_text(
        &mut state,
        &reply(
            "ack",
            json!({"sessionUuid": SESSION, "labels": ["refund", "vip"],
                   "notes": [note(3, "staff-2", "Kim", 30, "promised a call back"),
                             note(4, "staff-2", "Kim", 2, "called back")]}),
            r,
        ),
    );
    assert_eq!(state.chats[0].notes.len(), 2);
    assert_eq!(state.chats[0].labels, ["refund", "vip"]);
}
