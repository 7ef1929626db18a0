//! Issue 16 in the console: `t` hands the selected chat to a colleague or
//! the queue, `c` toggles the customer panel, `/order 1042` in the reply
//! box looks an order up for me only.

use crossterm::event::KeyCode;
use serde_json::{Value, json};

use crate::helpers::*;

fn team() -> Value {
    json!({"staff": [
        {"staffId": ME, "name": "Sam Staff", "isOnline": true, "isAvailable": true,
         "currentChats": 1, "maxConcurrentChats": 3},
        {"staffId": "staff-2", "name": "Ana Ruiz", "isOnline": true, "isAvailable": true,
         "currentChats": 1, "maxConcurrentChats": 3},
        {"staffId": "staff-3", "name": "Kim Lee", "isOnline": true, "isAvailable": true,
         "currentChats": 3, "maxConcurrentChats": 3},
        {"staffId": "staff-4", "name": "Lee Off", "isOnline": false, "isAvailable": true,
         "currentChats": 0, "maxConcurrentChats": 3}
    ]})
}

fn context() -> Value {
    json!({"sessionUuid": SESSION, "customerId": "cust-1", "customerName": "Ana López",
        "sessions": [{"sessionUuid": SESSION2, "createdAt": ago(60 * 24 * 9),
            "closedAt": ago(60 * 24 * 9 - 20), "status": "closed", "sessionType": "human",
            "staffId": "staff-2", "rating": 4,
            "summary": "Asked where order 1031 was; it arrived the next day."}],
        "orders": [
            {"orderId": "1042", "status": "shipped", "items": [{"sku": "MUG-01", "qty": 2}],
             "total": 24.5, "currency": "EUR", "carrier": "DHL", "trackingNumber": "JD0142",
             "updatedAt": "2026-02-27T09:00:00+01:00"},
            {"orderId": "1031", "status": "delivered", "items": [{"sku": "KETTLE-BLUE", "qty": 1}],
             "total": 39.0, "currency": "EUR", "carrier": null, "trackingNumber": null,
             "updatedAt": "2026-02-20T09:00:00+01:00"}],
        "ordersUnavailable": false})
}

fn card() -> Value {
    json!({"sessionUuid": SESSION, "order": context()["orders"][0].clone()})
}

/// The chat selected in the chats pane.
fn chat_selected() -> concierge_agent::state::State {
    let mut state = in_chat();
    press(&mut state, KeyCode::Tab);
    press(&mut state, KeyCode::Tab);
    state
}

fn snap(name: &str, state: &concierge_agent::state::State) {
    for (w, h) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), draw(state, w, h));
    }
}

/// The daemon's reply to the last frame the console sent.
fn answer(state: &mut concierge_agent::state::State, event: &str, data: Value) {
    let r = state.next_ref - 1;
    feed_text(state, &reply(event, data, r));
}

#[test]
fn t_picks_a_colleague_then_a_note_and_hands_over() {
    let mut state = chat_selected();
    let cmds = ch(&mut state, 't');
    assert_eq!(events(&cmds), ["get_colleagues"]);
    answer(&mut state, "ack", team());
    snap("hand_over_picker", &state);
    // Kim is full: refused here, with the reason.
    ch(&mut state, 'j');
    ch(&mut state, 'j');
    let cmds = press(&mut state, KeyCode::Enter);
    assert!(sent(&cmds).is_empty());
    assert!(
        state
            .flash
            .as_ref()
            .is_some_and(|(f, _)| f.contains("full"))
    );
    // Ana: a note, then Enter.
    ch(&mut state, 'k');
    press(&mut state, KeyCode::Enter);
    type_str(&mut state, "refund agreed");
    snap("hand_over_note", &state);
    let cmds = press(&mut state, KeyCode::Enter);
    let frames = sent(&cmds);
    assert_eq!(frames.len(), 1);
    assert_eq!(frames[0]["event"], "hand_over");
    assert_eq!(
        frames[0]["data"],
        json!({"sessionUuid": SESSION, "toStaffId": "staff-2", "note": "refund agreed"})
    );
    assert!(state.overlay.is_none());
    answer(&mut state, "ack", json!({"transferRequestId": 9}));
    assert_eq!(state.chats.len(), 1, "kept until the daemon says it left");
    // The daemon says the chat left me: it leaves the list.
    feed(
        &mut state,
        "chat_handed_over",
        json!({"sessionUuid": SESSION, "transferRequestId": 9, "fromStaffId": ME,
               "toStaffId": "staff-2"}),
    );
    assert!(state.chats.is_empty());
    assert!(!state.composing);
}

#[test]
fn handing_back_to_the_queue_and_refusals_keep_the_chat() {
    let mut state = chat_selected();
    ch(&mut state, 't');
    answer(&mut state, "ack", team());
    press(&mut state, KeyCode::Enter); // the queue is first
    let cmds = press(&mut state, KeyCode::Enter); // no note
    let frames = sent(&cmds);
    assert_eq!(frames[0]["data"], json!({"sessionUuid": SESSION}));
    // The daemon refuses: said, and the chat stays.
    answer(
        &mut state,
        "error",
        json!({"code": "conflict", "message": "nobody else from the team is available to take this chat"}),
    );
    assert_eq!(state.chats.len(), 1);
    assert!(
        state
            .flash
            .as_ref()
            .is_some_and(|(f, _)| f.contains("nobody else"))
    );
    // Esc cancels at any step, sending nothing.
    ch(&mut state, 't');
    let cmds = press(&mut state, KeyCode::Esc);
    assert!(sent(&cmds).is_empty());
    assert!(state.overlay.is_none());
}

#[test]
fn c_toggles_the_customer_panel_beside_the_chat() {
    let mut state = chat_selected();
    let cmds = ch(&mut state, 'c');
    let frames = sent(&cmds);
    assert_eq!(frames[0]["event"], "get_customer_context");
    assert_eq!(frames[0]["data"], json!({"sessionUuid": SESSION}));
    answer(&mut state, "ack", context());
    snap("customer_panel", &state);
    let cmds = ch(&mut state, 'c');
    assert!(sent(&cmds).is_empty());
    assert!(state.panel.is_none());
}

#[test]
fn slash_order_shows_a_card_for_me_only_and_sends_no_message() {
    let mut state = chat_selected();
    ch(&mut state, 'i');
    type_str(&mut state, "/order 1042");
    let cmds = press(&mut state, KeyCode::Enter);
    let frames = sent(&cmds);
    assert_eq!(
        events(&cmds),
        ["lookup_order"],
        "no send_message, no typing"
    );
    assert_eq!(
        frames[0]["data"],
        json!({"sessionUuid": SESSION, "orderId": "1042"})
    );
    answer(&mut state, "ack", card());
    snap("order_card", &state);
    // A bad one: usage, nothing sent; a refused one: the daemon's reason.
    type_str(&mut state, "/order");
    let cmds = press(&mut state, KeyCode::Enter);
    assert!(sent(&cmds).is_empty());
    assert!(
        state
            .flash
            .as_ref()
            .is_some_and(|(f, _)| f.contains("usage"))
    );
    state.chats[0].draft.take();
    type_str(&mut state, "/order 1047");
    press(&mut state, KeyCode::Enter);
    answer(
        &mut state,
        "error",
        json!({"code": "not_found", "message": "this customer has no order 1047"}),
    );
    assert!(
        state
            .flash
            .as_ref()
            .is_some_and(|(f, _)| f.contains("no order 1047"))
    );
    assert_eq!(state.chats[0].cards.len(), 1);
}

#[test]
fn a_handed_over_offer_shows_who_sent_it_and_the_note() {
    let mut o = offer(1, "Ana López", 1, "Order 1042 arrived damaged.");
    o["fromStaffId"] = json!("staff-9");
    o["fromStaffName"] = json!("Kim");
    o["note"] = json!("refund agreed, label printed");
    o["preferredStaffId"] = json!(ME);
    let state = connected_with(json!([o]), json!([]));
    snap("handed_over_offer", &state);
    assert!(screen(&draw(&state, 80, 24)).contains("from Kim: refund agreed"));
}
