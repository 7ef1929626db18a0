//! Snapshots of the main screens at 80×24 (the smallest supported) and
//! 160×48. Review changes with `cargo insta review`; the clock is fixed in
//! the helpers so times are stable.

use crossterm::event::KeyCode;
use serde_json::json;

use crate::helpers::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

fn snap(name: &str, state: &concierge_agent::state::State) {
    for (w, h) in SIZES {
        let backend = draw(state, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), backend);
    }
}

#[test]
fn empty_queue() {
    snap("empty_queue", &connected());
}

#[test]
fn connecting_before_the_daemon_answers() {
    let state = concierge_agent::state::State::new(settings(), now());
    snap("connecting", &state);
}

#[test]
fn offers_in_the_queue() {
    let mut queue = vec![
        offer(
            1,
            "Ana López",
            7,
            "Order 1042 arrived damaged; wants a replacement.\nSecond line.",
        ),
        offer(
            2,
            "Bob Martin",
            2,
            "Asks whether the blue kettle is back in stock.",
        ),
    ];
    queue[1]["declinedBy"] = json!(["staff-9"]);
    queue[1]["reoffered"] = json!(true);
    let state = connected_with(json!(queue), json!([]));
    snap("queue_with_offers", &state);
}

#[test]
fn previewing_an_offer() {
    let queue = json!([offer(
        1,
        "Ana López",
        7,
        "Order 1042 arrived damaged; wants a replacement."
    )]);
    let mut state = connected_with(queue, json!([]));
    let cmds = ch(&mut state, 'p');
    let r = sent(&cmds)[0]["ref"].as_i64().unwrap_or(0);
    let session = "5b1c0f1e-0000-4000-8000-000000000101";
    feed_text(
        &mut state,
        &reply(
            "ack",
            json!({"messages": [
                message(session, 1, "customer", Some("Ana López"), "My mug arrived cracked."),
                message(session, 2, "ai", Some("Assistant"), "Sorry! I can arrange a refund or a replacement."),
                message(session, 3, "customer", Some("Ana López"), "Let me talk to a human."),
            ], "hasMore": false}),
            r,
        ),
    );
    snap("preview", &state);
}

#[test]
fn active_chat_with_typing_and_read_marks() {
    let mut state = in_chat();
    feed(
        &mut state,
        "new_message",
        message(
            SESSION,
            5,
            "staff",
            Some("Sam Staff"),
            "Hi Ana, I'm Sam. So sorry about the mug!",
        ),
    );
    feed(
        &mut state,
        "new_message",
        message(
            SESSION,
            6,
            "staff",
            Some("Sam Staff"),
            "I'll send a replacement today.",
        ),
    );
    feed(
        &mut state,
        "message_read",
        json!({"sessionUuid": SESSION, "messageId": 1005, "readBy": "cust-1", "readAt": ago(1)}),
    );
    feed(
        &mut state,
        "user_typing",
        json!({"sessionUuid": SESSION, "userId": "cust-1", "userName": "Ana López"}),
    );
    // A second chat with an unread message, to show the list marks.
    feed(
        &mut state,
        "staff_chat_joined",
        json!({"sessionUuid": SESSION2, "summary": "", "customerName": "Bob Martin",
               "history": [message(SESSION2, 1, "customer", Some("Bob Martin"), "hello?")]}),
    );
    ch(&mut state, 'k');
    feed(
        &mut state,
        "new_message",
        message(SESSION2, 2, "customer", Some("Bob Martin"), "anyone there?"),
    );
    ch(&mut state, 'i');
    type_str(&mut state, "Tracking number follows");
    snap("active_chat", &state);
}

#[test]
fn help_overlay() {
    let mut state = in_chat();
    ch(&mut state, '?');
    snap("help", &state);
}

/// On 80x24 the keys do not all fit: the help scrolls to the last row and
/// says how much is above; another key closes it.
#[test]
fn help_scrolls_on_a_small_terminal() {
    let mut state = in_chat();
    ch(&mut state, '?');
    for _ in 0..40 {
        ch(&mut state, 'j');
    }
    let backend = draw(&state, 80, 24);
    insta::assert_snapshot!("help_scrolled_80x24", backend);
    ch(&mut state, 'x');
    assert!(state.overlay.is_none());
}

/// Issue 17: a returning customer whose message I answered is offered to
/// me first, and the queue says why; an offer held for someone else reads
/// as any other.
#[test]
fn an_offer_held_for_me_says_why() {
    let mut mine = offer(1, "Ana López", 2, "Back about the cracked lid.");
    mine["preferredStaffId"] = json!(ME);
    let mut theirs = offer(2, "Bo Berg", 1, "Wants an invoice.");
    theirs["preferredStaffId"] = json!("someone-else");
    let state = connected_with(json!([mine, theirs]), json!([]));
    let backend = draw(&state, 80, 24);
    insta::assert_snapshot!("offer_held_for_me_80x24", backend);
}

#[test]
fn decline_reason_prompt() {
    let queue = json!([offer(1, "Ana López", 7, "Wants a replacement.")]);
    let mut state = connected_with(queue, json!([]));
    ch(&mut state, 'd');
    type_str(&mut state, "at lunch");
    let backend = draw(&state, 80, 24);
    insta::assert_snapshot!("decline_80x24", backend);
}

#[test]
fn disconnected_shows_why_and_when_it_retries() {
    let mut state = in_chat();
    feed_conn(
        &mut state,
        concierge_agent::update::ConnEvent::Disconnected {
            reason: "connection refused".into(),
            retry_in_secs: 4,
        },
    );
    let backend = draw(&state, 80, 24);
    insta::assert_snapshot!("disconnected_80x24", backend);
}

#[test]
fn redraws_at_any_size_without_panicking() {
    let mut state = in_chat();
    ch(&mut state, 'i');
    type_str(
        &mut state,
        "a long draft that will have to wrap around the reply box",
    );
    for (w, h) in [(1, 1), (10, 5), (20, 8), (79, 23), (80, 24), (300, 100)] {
        let _ = draw(&state, w, h);
    }
    press(&mut state, KeyCode::Esc);
    ch(&mut state, '?');
    for (w, h) in [(1, 1), (30, 10), (80, 24)] {
        let _ = draw(&state, w, h);
    }
}
