//! Issue 16 in the console: shared canned replies (fetched from the
//! daemon, completed and expanded with Tab, personal ones winning) and
//! search over every transcript (`/`, results, a transcript opened
//! read-only). Update tests plus snapshots of the new views.

use concierge_agent::state::{Overlay, Pending, State};
use crossterm::event::KeyCode;
use serde_json::{Value, json};

use crate::helpers::*;

/// The `ref` the console is waiting on for `what`.
fn ref_of(state: &State, what: impl Fn(&Pending) -> bool) -> i64 {
    let mut refs: Vec<i64> = state
        .pending
        .iter()
        .filter(|(_, p)| what(p))
        .map(|(r, _)| *r)
        .collect();
    refs.sort_unstable();
    *refs.last().expect("a pending request of that kind")
}

fn shared(replies: Value) -> Value {
    json!({ "replies": replies })
}

fn reply_row(code: &str, body: &str) -> Value {
    json!({"code": code, "body": body, "updatedBy": "admin1", "updatedAt": ago(60)})
}

/// In a chat, with the team's replies answered.
fn with_shared(replies: Value) -> State {
    let mut state = in_chat();
    let r = ref_of(&state, |p| matches!(p, Pending::CannedReplies));
    feed_text(&mut state, &reply("ack", shared(replies), r));
    state
}

fn team() -> Value {
    json!([
        reply_row(
            "greet",
            "Hi {customer.name}, I'm {staff.name}. How can I help?"
        ),
        reply_row("refund", "TEAM refund text"),
        reply_row("ship", "Order {order.id} left our warehouse today."),
        reply_row("shipping-times", "We ship within 2 days."),
    ])
}

fn draft(state: &State) -> String {
    state
        .selected_chat()
        .map(|c| c.draft.text.clone())
        .unwrap_or_default()
}

fn flash(state: &State) -> String {
    state
        .flash
        .as_ref()
        .map(|(t, _)| t.clone())
        .unwrap_or_default()
}

#[test]
fn shared_replies_are_fetched_on_connect_and_when_the_reply_box_opens() {
    let mut state = in_chat();
    assert!(
        state
            .pending
            .values()
            .any(|p| matches!(p, Pending::CannedReplies)),
        "staff_data asks for them"
    );
    let cmds = ch(&mut state, 'i');
    assert_eq!(events(&cmds), ["list_canned_replies"]);
    let r = ref_of(&state, |p| matches!(p, Pending::CannedReplies));
    feed_text(&mut state, &reply("ack", shared(team()), r));
    assert_eq!(state.shared_replies.replies.len(), 4);
    // An error leaves what we had (and the personal ones) in place.
    ch(&mut state, 'i');
    press(&mut state, KeyCode::Esc);
    let cmds = ch(&mut state, 'i');
    assert_eq!(events(&cmds), ["list_canned_replies"]);
    let r = ref_of(&state, |p| matches!(p, Pending::CannedReplies));
    feed_text(
        &mut state,
        &reply(
            "error",
            json!({"code": "unavailable", "message": "try again"}),
            r,
        ),
    );
    assert_eq!(state.shared_replies.replies.len(), 4);
}

#[test]
fn tab_expands_a_shared_reply_with_its_variables_filled() {
    let mut state = with_shared(team());
    ch(&mut state, 'i');
    type_str(&mut state, "/greet");
    let cmds = press(&mut state, KeyCode::Tab);
    assert!(sent(&cmds).is_empty(), "Tab sends nothing");
    assert_eq!(
        draft(&state),
        "Hi Ana López, I'm Sam Staff. How can I help?"
    );
    assert!(
        flash(&state).contains("/greet (team) expanded"),
        "{}",
        flash(&state)
    );
    // {order.id}: the latest order number in the chat ("my order 1042").
    state.selected_chat_mut().unwrap().draft.set("/ship");
    press(&mut state, KeyCode::Tab);
    assert_eq!(draft(&state), "Order 1042 left our warehouse today.");
}

#[test]
fn a_personal_reply_wins_over_the_teams_with_the_same_code() {
    let mut state = with_shared(team());
    ch(&mut state, 'i');
    type_str(&mut state, "/refund");
    press(&mut state, KeyCode::Tab);
    assert_eq!(
        draft(&state),
        "Refunds take 3-5 business days after we receive the item."
    );
    // Enter on an exact code expands too (and sends nothing yet).
    state.selected_chat_mut().unwrap().draft.set("/greet");
    let cmds = press(&mut state, KeyCode::Enter);
    assert!(sent(&cmds).is_empty());
    assert!(draft(&state).starts_with("Hi Ana López"));
}

#[test]
fn tab_completes_a_prefix_to_what_the_codes_share() {
    let mut state = with_shared(team());
    ch(&mut state, 'i');
    type_str(&mut state, "/sh");
    press(&mut state, KeyCode::Tab);
    // "ship" and "shipping-times" share "ship", which is itself a code:
    // the next Tab expands it.
    assert_eq!(draft(&state), "/ship");
    assert!(flash(&state).contains("2 replies start with /sh"));
    press(&mut state, KeyCode::Tab);
    assert_eq!(draft(&state), "Order 1042 left our warehouse today.");
    // One match: expands at once.
    state.selected_chat_mut().unwrap().draft.set("/gr");
    press(&mut state, KeyCode::Tab);
    assert!(draft(&state).starts_with("Hi Ana López"));
    // None: said so, draft kept, nothing sent on Enter either.
    state.selected_chat_mut().unwrap().draft.set("/zzz");
    press(&mut state, KeyCode::Tab);
    assert_eq!(draft(&state), "/zzz");
    assert!(flash(&state).contains("no canned reply /zzz"));
    let cmds = press(&mut state, KeyCode::Enter);
    assert!(sent(&cmds).is_empty());
    // Reply-box commands of the other desk items are not codes.
    state.selected_chat_mut().unwrap().draft.set("/note");
    press(&mut state, KeyCode::Tab);
    assert_eq!(draft(&state), "/note");
}

#[test]
fn an_unfilled_variable_is_flagged_and_never_sent_silently() {
    let mut state = connected();
    feed(
        &mut state,
        "staff_chat_joined",
        json!({"sessionUuid": SESSION, "summary": "", "customerId": "cust-1",
               "customerName": "Ana López",
               "history": [message(SESSION, 1, "customer", Some("Ana López"), "my parcel is late")]}),
    );
    let r = ref_of(&state, |p| matches!(p, Pending::CannedReplies));
    feed_text(&mut state, &reply("ack", shared(team()), r));
    ch(&mut state, 'i');
    type_str(&mut state, "/ship");
    press(&mut state, KeyCode::Tab);
    assert_eq!(draft(&state), "Order {order.id} left our warehouse today.");
    let f = flash(&state);
    assert!(
        f.contains("{order.id} not filled") && f.contains("no order number"),
        "{f}"
    );
    // First Enter holds it back with a warning; the same text again goes.
    let cmds = press(&mut state, KeyCode::Enter);
    assert!(sent(&cmds).is_empty());
    assert!(flash(&state).contains("still holds {order.id}"));
    assert_eq!(draft(&state), "Order {order.id} left our warehouse today.");
    let cmds = press(&mut state, KeyCode::Enter);
    let frames = sent(&cmds);
    let send: Vec<&Value> = frames
        .iter()
        .filter(|f| f["event"] == "send_message")
        .collect();
    assert_eq!(send.len(), 1, "{frames:?}");
    assert_eq!(
        send[0]["data"]["content"],
        "Order {order.id} left our warehouse today."
    );
    // Edited after the warning: checked again.
    type_str(&mut state, "Order {order.id} for you");
    let cmds = press(&mut state, KeyCode::Enter);
    assert!(sent(&cmds).is_empty());
}

#[test]
fn slash_searches_lists_results_and_opens_a_transcript_read_only() {
    let mut state = in_chat();
    let before = draft(&state);
    ch(&mut state, '/');
    assert!(matches!(state.overlay, Some(Overlay::Search(_))));
    // Enter with nothing typed asks for words and sends nothing.
    let cmds = press(&mut state, KeyCode::Enter);
    assert!(sent(&cmds).is_empty());
    type_str(&mut state, "blue umbrella");
    let cmds = press(&mut state, KeyCode::Enter);
    let frames = sent(&cmds);
    assert_eq!(frames.len(), 1);
    assert_eq!(frames[0]["event"], "search");
    assert_eq!(frames[0]["data"]["query"], "blue umbrella");
    let r = frames[0]["ref"].as_i64().unwrap();
    feed_text(&mut state, &reply("ack", results(), r));
    let Some(Overlay::Search(b)) = &state.overlay else {
        panic!("search box closed");
    };
    assert_eq!(b.results.len(), 2);
    press(&mut state, KeyCode::Down);
    let cmds = press(&mut state, KeyCode::Enter);
    let frames = sent(&cmds);
    assert_eq!(frames[0]["event"], "get_history");
    assert_eq!(frames[0]["data"]["sessionUuid"], OLD_SESSION);
    assert_eq!(frames[0]["data"]["beforeSeq"], 14);
    let r = frames[0]["ref"].as_i64().unwrap();
    feed_text(&mut state, &reply("ack", old_history(), r));
    let Some(Overlay::Search(b)) = &state.overlay else {
        panic!("search box closed");
    };
    let t = b.transcript.as_ref().expect("transcript open");
    assert_eq!(t.messages.len(), 3);
    // Keys in the transcript change nothing else: no reply box, no send.
    let cmds = type_str(&mut state, "ix");
    assert!(sent(&cmds).is_empty());
    assert!(!state.composing);
    press(&mut state, KeyCode::Esc);
    let Some(Overlay::Search(b)) = &state.overlay else {
        panic!("Esc in the transcript goes back to the results");
    };
    assert!(b.transcript.is_none());
    press(&mut state, KeyCode::Esc);
    assert!(state.overlay.is_none());
    assert_eq!(draft(&state), before);
}

#[test]
fn a_refused_search_says_why_and_more_results_load_past_the_last() {
    let mut state = connected();
    ch(&mut state, '/');
    type_str(&mut state, "\"*");
    let cmds = press(&mut state, KeyCode::Enter);
    let r = sent(&cmds)[0]["ref"].as_i64().unwrap();
    feed_text(
        &mut state,
        &reply(
            "error",
            json!({"code": "bad_request",
                   "message": "query has no word to search for (letters or digits)"}),
            r,
        ),
    );
    let Some(Overlay::Search(b)) = &state.overlay else {
        panic!("search box closed");
    };
    assert!(b.error.as_deref().unwrap().contains("no word"));
    // A new query: the first page says there is more; Down past the last
    // result asks for it with the cursor.
    for _ in 0..2 {
        press(&mut state, KeyCode::Backspace);
    }
    type_str(&mut state, "blue");
    let cmds = press(&mut state, KeyCode::Enter);
    let r = sent(&cmds)[0]["ref"].as_i64().unwrap();
    let mut page = results();
    page["nextCursor"] = json!("s1.2000");
    feed_text(&mut state, &reply("ack", page, r));
    press(&mut state, KeyCode::Down);
    let cmds = press(&mut state, KeyCode::Down);
    let frames = sent(&cmds);
    assert_eq!(frames[0]["data"]["cursor"], "s1.2000");
    let r = frames[0]["ref"].as_i64().unwrap();
    let more = json!({"items": [hit(OLD_SESSION, 1, "Bob", "the **blue** kettle", 300)],
                      "nextCursor": null});
    feed_text(&mut state, &reply("ack", more, r));
    let Some(Overlay::Search(b)) = &state.overlay else {
        panic!("search box closed");
    };
    assert_eq!(b.results.len(), 3);
    assert_eq!(b.sel, 2);
}

const OLD_SESSION: &str = "5b1c0f1e-0000-4000-8000-000000000099";

fn hit(session: &str, seq: i64, name: &str, snippet: &str, minutes: i64) -> Value {
    json!({"sessionUuid": session, "seq": seq, "messageId": 2000 + seq, "senderRole": "customer",
           "snippet": snippet, "createdAt": ago(minutes), "customerId": "cust-9",
           "customerName": name})
}

fn results() -> Value {
    json!({"items": [
        hit(SESSION, 1, "Ana López", "My **blue** **umbrella** never arrived", 5),
        hit(OLD_SESSION, 3, "Carl", "…the **blue** **umbrella** from order 77…", 60 * 24),
    ], "nextCursor": null})
}

fn old_history() -> Value {
    json!({"messages": [
        message(OLD_SESSION, 2, "ai", Some("Assistant"), "How can I help?"),
        message(OLD_SESSION, 3, "customer", Some("Carl"), "Where is the blue umbrella from order 77?"),
        message(OLD_SESSION, 4, "staff", Some("Sam Staff"), "It ships tomorrow."),
    ], "hasMore": true})
}

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

fn snap(name: &str, state: &State) {
    for (w, h) in SIZES {
        let backend = draw(state, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), backend);
    }
}

#[test]
fn completion_list_above_the_reply_box() {
    let mut state = with_shared(team());
    ch(&mut state, 'i');
    type_str(&mut state, "/");
    snap("canned_completion_all", &state);
    type_str(&mut state, "sh");
    snap("canned_completion_prefix", &state);
}

#[test]
fn search_results_and_an_opened_transcript() {
    let mut state = in_chat();
    ch(&mut state, '/');
    type_str(&mut state, "blue umbrella");
    let cmds = press(&mut state, KeyCode::Enter);
    let r = sent(&cmds)[0]["ref"].as_i64().unwrap();
    feed_text(&mut state, &reply("ack", results(), r));
    press(&mut state, KeyCode::Down);
    snap("search_results", &state);
    let cmds = press(&mut state, KeyCode::Enter);
    let r = sent(&cmds)[0]["ref"].as_i64().unwrap();
    feed_text(&mut state, &reply("ack", old_history(), r));
    snap("search_transcript", &state);
}
