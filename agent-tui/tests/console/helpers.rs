//! Building states, frames and keys for the console tests. The clock is
//! fixed, so wait times and snapshots never depend on when tests run.

use chrono::{DateTime, TimeZone, Utc};
use concierge_agent::state::{Settings, State};
use concierge_agent::update::{Action, Command, ConnEvent, update};
use concierge_agent::view;
use concierge_shared::ClientFrame;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::{Value, json};

pub const ME: &str = "staff-1";
pub const SESSION: &str = "5b1c0f1e-0000-4000-8000-000000000001";
pub const SESSION2: &str = "5b1c0f1e-0000-4000-8000-000000000002";

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 10, 30, 0)
        .single()
        .unwrap_or_default()
}

/// `minutes` before [`now`], as the wire writes it.
pub fn ago(minutes: i64) -> String {
    (now() - chrono::Duration::minutes(minutes))
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

pub fn settings() -> Settings {
    let mut s = Settings {
        server_label: "ws://127.0.0.1:7878/ws".into(),
        ..Settings::default()
    };
    s.canned.insert(
        "refund".into(),
        "Refunds take 3-5 business days after we receive the item.".into(),
    );
    s
}

/// A console that is connected and has heard `connected` and
/// `staff_data` (empty queue, no chats).
pub fn connected() -> State {
    connected_with(json!([]), json!([]))
}

pub fn connected_with(queue: Value, active: Value) -> State {
    let mut state = State::new(settings(), now());
    feed_conn(&mut state, ConnEvent::Connected);
    feed(
        &mut state,
        "connected",
        json!({"userId": ME, "userName": "Sam Staff", "role": "staff", "isStaff": true,
               "serverTime": ago(0), "protocol": 1}),
    );
    feed(
        &mut state,
        "staff_data",
        json!({"workload": {"maxConcurrentChats": 3, "currentChats": 0, "isAvailable": true},
               "onlineStaffCount": 2, "queue": queue, "activeSessions": active}),
    );
    state
}

pub fn frame(event: &str, data: Value) -> String {
    json!({"event": event, "data": data}).to_string()
}

pub fn reply(event: &str, data: Value, r: i64) -> String {
    json!({"event": event, "data": data, "ref": r}).to_string()
}

pub fn feed(state: &mut State, event: &str, data: Value) -> Vec<Command> {
    update(state, Action::Server(frame(event, data)))
}

pub fn feed_text(state: &mut State, text: &str) -> Vec<Command> {
    update(state, Action::Server(text.to_string()))
}

pub fn feed_conn(state: &mut State, ev: ConnEvent) -> Vec<Command> {
    update(state, Action::Conn(ev))
}

pub fn press(state: &mut State, code: KeyCode) -> Vec<Command> {
    update(state, Action::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

pub fn press_mod(state: &mut State, code: KeyCode, mods: KeyModifiers) -> Vec<Command> {
    update(state, Action::Key(KeyEvent::new(code, mods)))
}

pub fn ch(state: &mut State, c: char) -> Vec<Command> {
    press(state, KeyCode::Char(c))
}

pub fn type_str(state: &mut State, s: &str) -> Vec<Command> {
    s.chars().flat_map(|c| ch(state, c)).collect()
}

pub fn tick(state: &mut State, secs: i64) -> Vec<Command> {
    let t = state.now + chrono::Duration::seconds(secs);
    update(state, Action::Tick(t))
}

/// The frames among commands, as JSON values for easy matching.
pub fn sent(cmds: &[Command]) -> Vec<Value> {
    cmds.iter()
        .filter_map(|c| match c {
            Command::Send(f) => Some(frame_json(f)),
            _ => None,
        })
        .collect()
}

pub fn frame_json(f: &ClientFrame) -> Value {
    serde_json::from_str(&f.to_json()).unwrap_or(Value::Null)
}

pub fn events(cmds: &[Command]) -> Vec<String> {
    sent(cmds)
        .iter()
        .map(|v| v["event"].as_str().unwrap_or("?").to_string())
        .collect()
}

pub fn offer(id: i64, name: &str, minutes: i64, summary: &str) -> Value {
    json!({"transferRequestId": id, "sessionUuid": format!("5b1c0f1e-0000-4000-8000-00000000010{id}"),
           "customerId": format!("cust-{id}"), "customerName": name,
           "reason": "customer asked for a person", "summary": summary,
           "waitingSince": ago(minutes)})
}

pub fn message(session: &str, seq: i64, role: &str, name: Option<&str>, content: &str) -> Value {
    let sender_id = match role {
        "customer" => Some("cust-1".to_string()),
        "staff" => Some(ME.to_string()),
        _ => None,
    };
    json!({"messageId": seq.wrapping_add(1000), "sessionUuid": session, "seq": seq,
           "senderId": sender_id, "senderName": name, "senderRole": role,
           "messageType": if role == "system" { "system" } else { "text" },
           "content": content, "aiGenerated": role == "ai", "clientMsgId": null,
           "createdAt": ago(20 - seq.clamp(0, 19)), "readAt": null})
}

/// A state holding one accepted chat with a conversation in it.
pub fn in_chat() -> State {
    let mut state = connected();
    feed(
        &mut state,
        "staff_chat_joined",
        json!({"sessionUuid": SESSION,
        "summary": "Order 1042 arrived damaged (cracked mug). Customer wants a replacement, not a refund.",
        "customerId": "cust-1", "customerName": "Ana López",
        "history": [
            message(SESSION, 1, "customer", Some("Ana López"), "Hi, my order 1042 arrived broken."),
            message(SESSION, 2, "ai", Some("Assistant"), "I'm sorry to hear that! Could you tell me which item is damaged?"),
            message(SESSION, 3, "customer", Some("Ana López"), "The mug. I want a person please."),
            message(SESSION, 4, "system", None, "Transferred to Sam Staff"),
        ]}),
    );
    feed(
        &mut state,
        "workload_updated",
        json!({"maxConcurrentChats": 3, "currentChats": 1, "isAvailable": true}),
    );
    state
}

pub fn draw(state: &State, width: u16, height: u16) -> TestBackend {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(e) => panic!("test terminal: {e}"),
    };
    if let Err(e) = terminal.draw(|f| view::render(state, f)) {
        panic!("draw: {e}");
    }
    terminal.backend().clone()
}

/// Every cell's symbol, row by row.
pub fn screen(backend: &TestBackend) -> String {
    let buf = backend.buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}
