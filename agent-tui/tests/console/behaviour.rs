//! The update logic: key presses and server events in, state and frames
//! out. No terminal, no socket.

use concierge_agent::keys::Keymap;
use concierge_agent::state::{ConnState, Focus, Overlay};
use concierge_agent::update::{Command, ConnEvent};
use crossterm::event::{KeyCode, KeyModifiers};
use serde_json::{Value, json};

use crate::helpers::*;

fn ref_of(v: &Value) -> i64 {
    v["ref"].as_i64().unwrap_or(-1)
}

#[test]
fn accept_sends_accept_transfer_for_the_selected_offer() {
    let queue = json!([offer(1, "Ana", 7, "first"), offer(2, "Bob", 3, "second")]);
    let mut state = connected_with(queue, json!([]));
    ch(&mut state, 'j');
    let out = sent(&ch(&mut state, 'a'));
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["event"], "accept_transfer");
    assert_eq!(out[0]["data"], json!({"transferRequestId": 2}));
    // The ack takes the offer off the queue; the joined event opens the chat.
    feed_text(
        &mut state,
        &reply("ack", json!({"sessionUuid": "s2"}), ref_of(&out[0])),
    );
    assert_eq!(state.queue.len(), 1);
    feed(
        &mut state,
        "staff_chat_joined",
        json!({"sessionUuid": "s2", "summary": "second", "history": [], "customerName": "Bob"}),
    );
    assert_eq!(state.chats.len(), 1);
    assert_eq!(state.focus, Focus::Chats);
    assert_eq!(state.chats[0].customer_name, "Bob");
}

#[test]
fn queue_is_oldest_first() {
    let queue = json!([offer(1, "New", 1, ""), offer(2, "Old", 9, "")]);
    let mut state = connected_with(queue, json!([]));
    assert_eq!(state.queue[0].customer_name, "Old");
    feed(
        &mut state,
        "new_transfer_request",
        offer(3, "Oldest", 30, ""),
    );
    assert_eq!(state.queue[0].customer_name, "Oldest");
}

#[test]
fn decline_prompts_for_an_optional_reason() {
    let mut state = connected_with(json!([offer(1, "Ana", 7, "")]), json!([]));
    assert!(sent(&ch(&mut state, 'd')).is_empty());
    assert!(matches!(state.overlay, Some(Overlay::DeclineReason { .. })));
    type_str(&mut state, "on a call");
    let out = sent(&press(&mut state, KeyCode::Enter));
    assert_eq!(out[0]["event"], "decline_transfer");
    assert_eq!(
        out[0]["data"],
        json!({"transferRequestId": 1, "reason": "on a call"})
    );
    assert_eq!(state.overlay, None);
    feed_text(&mut state, &reply("ack", json!({}), ref_of(&out[0])));
    assert!(state.queue.is_empty());
}

#[test]
fn decline_without_reason_and_cancel() {
    let mut state = connected_with(json!([offer(1, "Ana", 7, "")]), json!([]));
    ch(&mut state, 'd');
    assert!(press(&mut state, KeyCode::Esc).is_empty());
    assert_eq!(state.overlay, None);
    ch(&mut state, 'd');
    let out = sent(&press(&mut state, KeyCode::Enter));
    assert_eq!(out[0]["data"], json!({"transferRequestId": 1}));
}

#[test]
fn preview_fetches_history_of_a_waiting_session() {
    let mut state = connected_with(json!([offer(1, "Ana", 7, "")]), json!([]));
    let out = sent(&press(&mut state, KeyCode::Enter));
    assert_eq!(out[0]["event"], "get_history");
    assert_eq!(
        out[0]["data"]["sessionUuid"],
        "5b1c0f1e-0000-4000-8000-000000000101"
    );
    assert!(state.preview.is_some());
    // Accept works from the preview too.
    let out = sent(&ch(&mut state, 'a'));
    assert_eq!(out[0]["data"], json!({"transferRequestId": 1}));
}

#[test]
fn enter_sends_send_message_with_a_client_msg_id() {
    let mut state = in_chat();
    ch(&mut state, 'i');
    assert!(state.composing);
    type_str(&mut state, "Hello Ana");
    let out = sent(&press(&mut state, KeyCode::Enter));
    let msg = out
        .iter()
        .find(|f| f["event"] == "send_message")
        .cloned()
        .unwrap_or_default();
    assert_eq!(msg["data"]["sessionUuid"], SESSION);
    assert_eq!(msg["data"]["content"], "Hello Ana");
    let id = msg["data"]["clientMsgId"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(id.len(), 36, "a uuid: {id}");
    assert!(state.chats[0].draft.is_empty());
    assert_eq!(state.chats[0].outgoing.len(), 1);
    // Ack, then the room push of the same message: stored once.
    feed_text(
        &mut state,
        &reply(
            "ack",
            json!({"messageId": 1005, "seq": 5, "createdAt": ago(0), "duplicate": false}),
            ref_of(&msg),
        ),
    );
    let mut pushed = message(SESSION, 5, "staff", Some("Sam Staff"), "Hello Ana");
    pushed["clientMsgId"] = json!(id);
    feed(&mut state, "new_message", pushed);
    assert!(state.chats[0].outgoing.is_empty());
    assert_eq!(state.chats[0].messages.len(), 5);
}

#[test]
fn a_failed_send_gives_the_text_back() {
    let mut state = in_chat();
    ch(&mut state, 'i');
    type_str(&mut state, "oops");
    let out = sent(&press(&mut state, KeyCode::Enter));
    let msg = out
        .iter()
        .find(|f| f["event"] == "send_message")
        .cloned()
        .unwrap_or_default();
    feed_text(
        &mut state,
        &reply(
            "error",
            json!({"code": "rate_limited", "message": "slow down", "retryAfterMs": 500}),
            ref_of(&msg),
        ),
    );
    assert_eq!(state.chats[0].draft.text, "oops");
    assert!(state.chats[0].outgoing.is_empty());
}

#[test]
fn multi_line_with_alt_enter_or_ctrl_j() {
    let mut state = in_chat();
    ch(&mut state, 'i');
    type_str(&mut state, "line one");
    press_mod(&mut state, KeyCode::Enter, KeyModifiers::ALT);
    type_str(&mut state, "line two");
    press_mod(&mut state, KeyCode::Char('j'), KeyModifiers::CONTROL);
    type_str(&mut state, "three");
    let out = sent(&press(&mut state, KeyCode::Enter));
    let msg = out
        .iter()
        .find(|f| f["event"] == "send_message")
        .cloned()
        .unwrap_or_default();
    assert_eq!(msg["data"]["content"], "line one\nline two\nthree");
}

#[test]
fn typing_start_once_then_stop_after_idle_or_send() {
    let mut state = in_chat();
    ch(&mut state, 'i');
    let all = type_str(&mut state, "Hel");
    assert_eq!(events(&all), vec!["typing_start"]);
    assert_eq!(sent(&all)[0]["data"], json!({"sessionUuid": SESSION}));
    assert!(events(&tick(&mut state, 1)).is_empty());
    assert!(events(&type_str(&mut state, "lo")).is_empty());
    assert_eq!(events(&tick(&mut state, 4)), vec!["typing_stop"]);
    // Typing again starts again; sending stops it.
    assert_eq!(events(&ch(&mut state, '!')), vec!["typing_start"]);
    assert_eq!(
        events(&press(&mut state, KeyCode::Enter)),
        vec!["typing_stop", "send_message"]
    );
    assert!(events(&tick(&mut state, 10)).is_empty());
}

#[test]
fn leaving_the_reply_box_stops_typing_and_keeps_the_draft() {
    let mut state = in_chat();
    ch(&mut state, 'i');
    type_str(&mut state, "draft");
    assert_eq!(
        events(&press(&mut state, KeyCode::Esc)),
        vec!["typing_stop"]
    );
    assert!(!state.composing);
    assert_eq!(state.chats[0].draft.text, "draft");
}

#[test]
fn mark_read_when_a_chat_is_on_screen() {
    let mut state = connected();
    let out = feed(
        &mut state,
        "staff_chat_joined",
        json!({"sessionUuid": SESSION, "summary": "s", "customerName": "Ana",
               "history": [message(SESSION, 1, "customer", Some("Ana"), "hi"),
                           message(SESSION, 2, "customer", Some("Ana"), "hello?")]}),
    );
    let out = sent(&out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["event"], "mark_read");
    assert_eq!(
        out[0]["data"],
        json!({"sessionUuid": SESSION, "messageId": 1002})
    );
    // A new message while on screen is read at once, and only once.
    let out = sent(&feed(
        &mut state,
        "new_message",
        message(SESSION, 3, "customer", Some("Ana"), "x"),
    ));
    assert_eq!(out[0]["data"]["messageId"], 1003);
    assert!(sent(&tick(&mut state, 1)).is_empty());
}

#[test]
fn messages_in_a_chat_off_screen_count_unread_ring_and_are_read_on_switch() {
    let mut state = in_chat();
    feed(
        &mut state,
        "staff_chat_joined",
        json!({"sessionUuid": SESSION2, "summary": "", "customerName": "Bob",
               "history": [message(SESSION2, 1, "customer", Some("Bob"), "hi")]}),
    );
    assert_eq!(state.chat_sel, 1);
    let cmds = feed(
        &mut state,
        "new_message",
        message(SESSION, 5, "customer", Some("Ana"), "still there?"),
    );
    assert!(cmds.contains(&Command::Bell));
    assert!(sent(&cmds).is_empty());
    assert_eq!(state.chats[0].unread, 1);
    // n jumps to the chat needing attention, which marks it read.
    let out = sent(&ch(&mut state, 'n'));
    assert_eq!(state.chat_sel, 0);
    assert_eq!(out[0]["event"], "mark_read");
    assert_eq!(out[0]["data"]["messageId"], 1005);
    assert_eq!(state.chats[0].unread, 0);
}

#[test]
fn bell_on_new_offer_unless_turned_off() {
    let mut state = connected();
    let cmds = feed(&mut state, "new_transfer_request", offer(1, "Ana", 0, ""));
    assert!(cmds.contains(&Command::Bell));
    // The same offer again (declined by someone, re-sent) is no news.
    let cmds = feed(&mut state, "new_transfer_request", offer(1, "Ana", 0, ""));
    assert!(!cmds.contains(&Command::Bell));
    state.settings.bell = false;
    let cmds = feed(&mut state, "new_transfer_request", offer(2, "Bob", 0, ""));
    assert!(!cmds.contains(&Command::Bell));
}

#[test]
fn transfer_taken_removes_the_offer() {
    let mut state = connected_with(json!([offer(1, "Ana", 7, "")]), json!([]));
    feed(
        &mut state,
        "transfer_taken",
        json!({"transferRequestId": 1, "staffId": "staff-2"}),
    );
    assert!(state.queue.is_empty());
}

#[test]
fn unknown_and_garbage_frames_are_ignored() {
    let mut state = in_chat();
    let before = format!("{:?}", state.chats);
    for text in [
        "",
        "not json",
        "[]",
        "null",
        "42",
        "{}",
        r#"{"event": 7}"#,
        r#"{"event": "from_the_future", "data": {"x": 1}}"#,
        r#"{"event": "new_message", "data": {"bad": true}}"#,
        r#"{"event": "new_message", "data": null}"#,
        r#"{"event": "staff_data", "data": []}"#,
        r#"{"event": "ack", "data": {}, "ref": 999}"#,
        r#"{"event": "ack", "data": {}, "ref": {"weird": 1}}"#,
        r#"{"event": "message_read", "data": {"sessionUuid": "nope", "messageId": 1, "readBy": "x", "readAt": "2026-01-01T00:00:00Z"}}"#,
        r#"{"event": "new_message", "data": {"messageId": 1, "sessionUuid": "unknown", "seq": 1, "senderId": null, "senderName": null, "senderRole": "customer", "messageType": "text", "content": "x", "aiGenerated": false, "clientMsgId": null, "createdAt": "2026-01-01T00:00:00Z", "readAt": null}}"#,
    ] {
        let cmds = feed_text(&mut state, text);
        assert!(cmds.is_empty(), "{text} gave {cmds:?}");
    }
    assert_eq!(format!("{:?}", state.chats), before);
}

#[test]
fn every_event_name_with_wrong_data_is_survived() {
    let names = concierge_shared::protocol::ServerEvent::NAMES;
    let datas = [
        json!(null),
        json!({}),
        json!([1]),
        json!("x"),
        json!({"sessionUuid": 5}),
    ];
    let mut state = in_chat();
    for name in names {
        for data in &datas {
            let _ = feed(&mut state, name, data.clone());
            let _ = draw(&state, 80, 24);
        }
    }
}

#[test]
fn reconnect_resumes_open_chats_from_their_last_seq_without_duplicates() {
    let mut state = in_chat();
    feed_conn(
        &mut state,
        ConnEvent::Disconnected {
            reason: "reset".into(),
            retry_in_secs: 1,
        },
    );
    assert!(matches!(state.conn, ConnState::Disconnected { .. }));
    feed_conn(&mut state, ConnEvent::Connected);
    let active = json!([{"sessionUuid": SESSION, "userId": "cust-1", "userName": "Ana López",
        "staffId": ME, "sessionType": "human", "status": "active",
        "createdAt": ago(30), "updatedAt": ago(1), "closedAt": null}]);
    let out = sent(&feed(
        &mut state,
        "staff_data",
        json!({"workload": {"maxConcurrentChats": 3, "currentChats": 1, "isAvailable": true},
               "onlineStaffCount": 1, "queue": [], "activeSessions": active}),
    ));
    let hist = out
        .iter()
        .find(|f| f["event"] == "get_history")
        .cloned()
        .unwrap_or_default();
    assert_eq!(hist["data"]["sessionUuid"], SESSION);
    // The newest page overlaps what we hold (3, 4) and has what we missed.
    let page: Vec<Value> = (3..=7)
        .map(|s| message(SESSION, s, "customer", Some("Ana López"), &format!("m{s}")))
        .collect();
    feed_text(
        &mut state,
        &reply(
            "ack",
            json!({"messages": page, "hasMore": true}),
            ref_of(&hist),
        ),
    );
    let seqs: Vec<i64> = state.chats[0].messages.keys().copied().collect();
    assert_eq!(seqs, vec![1, 2, 3, 4, 5, 6, 7]);
    assert!(state.chats[0].is_open());
}

#[test]
fn a_resume_page_with_a_hole_fetches_further_back() {
    let mut state = in_chat();
    feed_conn(
        &mut state,
        ConnEvent::Disconnected {
            reason: "x".into(),
            retry_in_secs: 1,
        },
    );
    feed_conn(&mut state, ConnEvent::Connected);
    let active = json!([{"sessionUuid": SESSION, "userId": "cust-1", "staffId": ME,
        "sessionType": "human", "status": "active", "createdAt": ago(30),
        "updatedAt": ago(1), "closedAt": null}]);
    let out = sent(&feed(
        &mut state,
        "staff_data",
        json!({"workload": {"maxConcurrentChats": 3, "currentChats": 1, "isAvailable": true},
               "onlineStaffCount": 1, "queue": [], "activeSessions": active}),
    ));
    let hist = out
        .iter()
        .find(|f| f["event"] == "get_history")
        .cloned()
        .unwrap_or_default();
    let page: Vec<Value> = (8..=9)
        .map(|s| message(SESSION, s, "customer", None, "late"))
        .collect();
    let out = sent(&feed_text(
        &mut state,
        &reply(
            "ack",
            json!({"messages": page, "hasMore": true}),
            ref_of(&hist),
        ),
    ));
    let more = out
        .iter()
        .find(|f| f["event"] == "get_history")
        .cloned()
        .unwrap_or_default();
    assert_eq!(more["data"]["beforeSeq"], 8);
    let page: Vec<Value> = (5..=7)
        .map(|s| message(SESSION, s, "customer", None, "gap"))
        .collect();
    feed_text(
        &mut state,
        &reply(
            "ack",
            json!({"messages": page, "hasMore": true}),
            ref_of(&more),
        ),
    );
    let seqs: Vec<i64> = state.chats[0].messages.keys().copied().collect();
    assert_eq!(seqs, (1..=9).collect::<Vec<_>>());
}

#[test]
fn a_chat_missing_from_staff_data_after_reconnect_is_marked_closed() {
    let mut state = in_chat();
    feed_conn(
        &mut state,
        ConnEvent::Disconnected {
            reason: "x".into(),
            retry_in_secs: 1,
        },
    );
    feed_conn(&mut state, ConnEvent::Connected);
    feed(
        &mut state,
        "staff_data",
        json!({"workload": {"maxConcurrentChats": 3, "currentChats": 0, "isAvailable": true},
               "onlineStaffCount": 1, "queue": [], "activeSessions": []}),
    );
    assert!(!state.chats[0].is_open());
}

#[test]
fn messages_written_offline_are_sent_on_reconnect_with_the_same_id() {
    let mut state = in_chat();
    feed_conn(
        &mut state,
        ConnEvent::Disconnected {
            reason: "x".into(),
            retry_in_secs: 1,
        },
    );
    ch(&mut state, 'i');
    type_str(&mut state, "are you there?");
    assert!(sent(&press(&mut state, KeyCode::Enter)).is_empty());
    let id = state.chats[0]
        .outgoing
        .iter()
        .next()
        .unwrap()
        .client_msg_id
        .clone();
    let out = sent(&feed_conn(&mut state, ConnEvent::Connected));
    assert_eq!(out[0]["event"], "send_message");
    assert_eq!(out[0]["data"]["clientMsgId"], id.as_str());
}

#[test]
fn a_seq_gap_in_pushes_fetches_the_missing_messages() {
    let mut state = in_chat();
    let out = sent(&feed(
        &mut state,
        "new_message",
        message(SESSION, 7, "customer", None, "x"),
    ));
    let hist = out
        .iter()
        .find(|f| f["event"] == "get_history")
        .cloned()
        .unwrap_or_default();
    assert_eq!(hist["data"]["sessionUuid"], SESSION);
}

#[test]
fn page_up_at_the_top_loads_older_messages() {
    let mut state = connected();
    let history: Vec<Value> = (41..=46)
        .map(|s| message(SESSION, s, "customer", None, "m"))
        .collect();
    feed(
        &mut state,
        "staff_chat_joined",
        json!({"sessionUuid": SESSION, "summary": "", "history": history}),
    );
    assert!(state.chats[0].has_more);
    let out = sent(&press(&mut state, KeyCode::PageUp));
    let hist = out
        .iter()
        .find(|f| f["event"] == "get_history")
        .cloned()
        .unwrap_or_default();
    assert_eq!(hist["data"]["beforeSeq"], 41);
    assert!(state.chats[0].loading_older);
    // A second PageUp while loading does not ask again.
    assert!(events(&press(&mut state, KeyCode::PageUp)).is_empty());
    let older: Vec<Value> = (1..=40)
        .map(|s| message(SESSION, s, "customer", None, "o"))
        .collect();
    feed_text(
        &mut state,
        &reply(
            "ack",
            json!({"messages": older, "hasMore": false}),
            ref_of(&hist),
        ),
    );
    assert_eq!(state.chats[0].messages.len(), 46);
    assert!(!state.chats[0].has_more);
    ch(&mut state, 'G');
    assert_eq!(state.chats[0].scroll, 0);
}

#[test]
fn canned_replies_expand_before_sending() {
    let mut state = in_chat();
    ch(&mut state, 'i');
    type_str(&mut state, "/refund");
    let out = press(&mut state, KeyCode::Enter);
    assert!(!events(&out).contains(&"send_message".to_string()));
    assert!(state.chats[0].draft.text.starts_with("Refunds take"));
    let out = sent(&press(&mut state, KeyCode::Enter));
    let msg = out
        .iter()
        .find(|f| f["event"] == "send_message")
        .cloned()
        .unwrap_or_default();
    assert!(
        msg["data"]["content"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Refunds take")
    );
    // An unknown code is not sent as text by mistake.
    type_str(&mut state, "/refnud");
    assert!(!events(&press(&mut state, KeyCode::Enter)).contains(&"send_message".to_string()));
    assert!(
        state
            .flash
            .as_ref()
            .is_some_and(|(t, _)| t.contains("/refund"))
    );
}

#[test]
fn quit_asks_first_while_chats_are_open() {
    let mut state = in_chat();
    assert!(ch(&mut state, 'q').is_empty());
    assert!(matches!(
        state.overlay,
        Some(Overlay::ConfirmQuit { open_chats: 1 })
    ));
    assert!(ch(&mut state, 'n').is_empty());
    assert_eq!(state.overlay, None);
    // Ctrl-C works from the reply box too.
    ch(&mut state, 'i');
    press_mod(&mut state, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(ch(&mut state, 'y').contains(&Command::Quit));
    let mut idle = connected();
    assert!(ch(&mut idle, 'q').contains(&Command::Quit));
}

#[test]
fn q_in_the_reply_box_is_text() {
    let mut state = in_chat();
    ch(&mut state, 'i');
    assert!(!ch(&mut state, 'q').contains(&Command::Quit));
    assert_eq!(state.chats[0].draft.text, "q");
}

#[test]
fn close_asks_then_sends_close_session() {
    let mut state = in_chat();
    assert!(sent(&ch(&mut state, 'x')).is_empty());
    let out = sent(&ch(&mut state, 'y'));
    assert_eq!(out[0]["event"], "close_session");
    assert_eq!(out[0]["data"], json!({"sessionUuid": SESSION}));
    feed(
        &mut state,
        "session_closed",
        json!({"sessionUuid": SESSION, "closedBy": ME, "closedAt": ago(0)}),
    );
    assert_eq!(state.chats[0].closed.as_deref(), Some("you"));
    // x again dismisses the closed chat.
    ch(&mut state, 'x');
    assert!(state.chats.is_empty());
}

#[test]
fn toggle_away_sends_staff_status_change() {
    let mut state = connected();
    let out = sent(&ch(&mut state, 's'));
    assert_eq!(out[0]["event"], "staff_status_change");
    assert_eq!(out[0]["data"], json!({"isAvailable": false}));
    feed_text(&mut state, &reply("ack", json!({}), ref_of(&out[0])));
    assert!(!state.is_available());
}

#[test]
fn customer_typing_shows_and_expires() {
    let mut state = in_chat();
    feed(
        &mut state,
        "user_typing",
        json!({"sessionUuid": SESSION, "userId": "cust-1", "userName": "Ana"}),
    );
    assert!(state.chats[0].typing.is_some());
    assert!(screen(&draw(&state, 80, 24)).contains("Ana is typing…"));
    tick(&mut state, 10);
    assert!(state.chats[0].typing.is_none());
}

#[test]
fn remapped_keys_from_the_config_work() {
    let mut state = connected_with(json!([offer(1, "Ana", 7, "")]), json!([]));
    let keys = [("accept".to_string(), vec!["y".to_string()])];
    state.settings.keymap =
        Keymap::with_overrides(keys.iter().map(|(a, b)| (a, b))).unwrap_or_default();
    assert!(sent(&ch(&mut state, 'a')).is_empty());
    assert_eq!(sent(&ch(&mut state, 'y'))[0]["event"], "accept_transfer");
}

#[test]
fn help_lists_every_action() {
    let mut state = connected();
    ch(&mut state, '?');
    let text = screen(&draw(&state, 160, 48));
    for action in concierge_agent::keys::KeyAction::ALL {
        assert!(text.contains(action.describe()), "missing {action:?}");
    }
    ch(&mut state, 'x');
    assert_eq!(state.overlay, None);
}

#[test]
fn extreme_numbers_from_the_server_do_not_overflow() {
    let mut state = in_chat();
    let mut m = message(SESSION, i64::MAX, "customer", None, "max");
    m["messageId"] = json!(i64::MAX);
    feed(&mut state, "new_message", m);
    let mut m = message(SESSION, i64::MIN, "customer", None, "min");
    m["messageId"] = json!(i64::MIN);
    feed(&mut state, "new_message", m);
    feed(
        &mut state,
        "workload_updated",
        json!({"maxConcurrentChats": u32::MAX, "currentChats": u32::MAX, "isAvailable": true}),
    );
    let mut o = offer(i64::MAX, "Far future", 0, "");
    o["waitingSince"] = json!("9999-12-31T23:59:59Z");
    feed(&mut state, "new_transfer_request", o);
    let mut o = offer(i64::MIN, "Far past", 0, "");
    o["waitingSince"] = json!("0001-01-01T00:00:00Z");
    feed(&mut state, "new_transfer_request", o);
    for _ in 0..30 {
        press(&mut state, KeyCode::PageUp);
    }
    let _ = draw(&state, 80, 24);
    let _ = draw(&state, 160, 48);
}

#[test]
fn a_huge_pasted_decline_reason_is_drawn() {
    let mut state = connected_with(json!([offer(1, "Ana", 7, "")]), json!([]));
    ch(&mut state, 'd');
    let _ = concierge_agent::update::update(
        &mut state,
        concierge_agent::update::Action::Paste("x".repeat(70_000)),
    );
    let _ = draw(&state, 80, 24);
}
