//! The reply box: editing, `/shortcode` canned replies (`canned.rs`), sending with a
//! `clientMsgId`, and the typing notices that go with composing.

use concierge_shared::{ClientEvent, SendMessage, SessionRef};
use crossterm::event::KeyCode;

use crate::keys::{Chord, KeyAction};
use crate::state::{ConnState, Focus, Outgoing, Pending, State, TYPING_IDLE};
use crate::update::{Command, nav_action, request_quit, send, send_with_ref};

/// Give the reply box focus for the selected chat.
pub fn begin(state: &mut State, out: &mut Vec<Command>) {
    match state.selected_chat() {
        Some(chat) if chat.is_open() => {
            // Issue 16: shared replies an admin changed since arrive now.
            crate::canned::fetch(state, out);
            state.composing = true;
            state.focus = Focus::Chats;
            state.preview = None;
        }
        Some(_) => state.set_flash("this chat is closed"),
        None => state.set_flash("no chat yet: accept an offer from the queue"),
    }
}

pub fn on_key(state: &mut State, chord: &Chord, out: &mut Vec<Command>) {
    if let (true, KeyCode::Char(c)) = (chord.is_text(), chord.code) {
        edit(state, out, |d| d.insert(c));
        return;
    }
    match state.settings.keymap.compose(chord) {
        Some(KeyAction::Send) => submit(state, out),
        Some(KeyAction::Newline) => edit(state, out, |d| d.insert('\n')),
        Some(KeyAction::LeaveCompose) => {
            stop_typing(state, out);
            state.composing = false;
        }
        Some(KeyAction::Quit) => request_quit(state, out),
        Some(other) => nav_action(state, other, out),
        None => match chord.code {
            KeyCode::Backspace => edit(state, out, |d| d.backspace()),
            KeyCode::Delete => edit(state, out, |d| d.delete()),
            KeyCode::Left => edit(state, out, |d| d.left()),
            KeyCode::Right => edit(state, out, |d| d.right()),
            KeyCode::Home => edit(state, out, |d| d.home()),
            KeyCode::End => edit(state, out, |d| d.end()),
            KeyCode::Tab => {
                crate::canned::on_tab(state);
            }
            _ => {}
        },
    }
}

pub fn paste(state: &mut State, text: &str, out: &mut Vec<Command>) {
    // Terminals send pasted line breaks as \r.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    edit(state, out, |d| d.insert_str(&text));
}

fn edit(state: &mut State, out: &mut Vec<Command>, f: impl FnOnce(&mut crate::state::Input)) {
    let Some(chat) = state.selected_chat_mut() else {
        return;
    };
    let before = chat.draft.text.len();
    f(&mut chat.draft);
    let changed = chat.draft.text.len() != before;
    let empty = chat.draft.is_empty();
    if !changed {
        return;
    }
    if empty {
        stop_typing(state, out);
    } else {
        note_typing(state, out);
    }
}

/// Send `typing_start` once when composing begins, and remember the time
/// of each keystroke so the tick can send `typing_stop` after a pause.
fn note_typing(state: &mut State, out: &mut Vec<Command>) {
    let Some(session_uuid) = state.selected_chat().map(|c| c.session_uuid.clone()) else {
        return;
    };
    match &mut state.typing_sent {
        Some((s, at)) if *s == session_uuid => *at = state.now,
        _ => {
            stop_typing(state, out);
            let ev = ClientEvent::TypingStart(SessionRef {
                session_uuid: session_uuid.clone(),
            });
            if send(state, out, ev, None) {
                state.typing_sent = Some((session_uuid, state.now));
            }
        }
    }
}

pub fn stop_typing(state: &mut State, out: &mut Vec<Command>) {
    if let Some((session_uuid, _)) = state.typing_sent.take() {
        send(
            state,
            out,
            ClientEvent::TypingStop(SessionRef { session_uuid }),
            None,
        );
    }
}

pub fn typing_idle_check(state: &mut State, out: &mut Vec<Command>) {
    let idle = chrono::Duration::from_std(TYPING_IDLE).unwrap_or_default();
    if state
        .typing_sent
        .as_ref()
        .is_some_and(|(_, at)| state.now - *at >= idle)
    {
        stop_typing(state, out);
    }
}

fn submit(state: &mut State, out: &mut Vec<Command>) {
    // Issue 16: `/note …` is a private note, checked before shortcodes.
    if crate::annotations::submit_from_reply_box(state, out) {
        return;
    }
    // Issue 16: `/order 1042` is a look-up for me, never a message; like
    // `/note `, it is checked before shortcodes.
    if crate::customer_panel::order_command(state, out) {
        return;
    }
    // Issue 16: `/code` expands (shared and personal replies), and a reply
    // still holding a `{variable}` is held back once with a warning.
    if crate::canned::on_enter(state) || crate::canned::hold_unfilled(state) {
        return;
    }
    let now = state.now;
    let Some(chat) = state.selected_chat_mut() else {
        return;
    };
    if !chat.is_open() {
        state.set_flash("this chat is closed");
        return;
    }
    if chat.draft.text.trim().is_empty() {
        return;
    }
    let content = chat.draft.take().trim_end().to_string();
    let client_msg_id = uuid::Uuid::new_v4().to_string();
    chat.outgoing.push(
        client_msg_id,
        Outgoing {
            content,
            queued_at: now,
        },
    );
    chat.scroll = 0;
    stop_typing(state, out);
    if state.conn == ConnState::Connected {
        send_outbox(state, out);
    } else {
        state.set_flash("offline: the message goes out when reconnected");
    }
}

/// Put every message still waiting in an open chat's outbox on the wire:
/// a new one, or after a reconnect those never acknowledged. The same
/// `clientMsgId` makes the server keep one copy if the first try landed.
/// Does nothing while disconnected.
pub fn send_outbox(state: &mut State, out: &mut Vec<Command>) {
    let unsent: Vec<(String, String, String)> = state
        .chats
        .iter()
        .filter(|c| c.is_open())
        .flat_map(|c| {
            c.outgoing.unsent().map(|e| {
                (
                    c.session_uuid.clone(),
                    e.client_msg_id.clone(),
                    e.item.content.clone(),
                )
            })
        })
        .collect();
    for (session_uuid, client_msg_id, content) in unsent {
        let ev = ClientEvent::SendMessage(SendMessage {
            session_uuid: session_uuid.clone(),
            content,
            message_type: None,
            client_msg_id: Some(client_msg_id.clone()),
        });
        let pending = Pending::Send {
            session_uuid: session_uuid.clone(),
            client_msg_id: client_msg_id.clone(),
        };
        let Some(r) = send_with_ref(state, out, ev, pending) else {
            return;
        };
        if let Some(chat) = state.chat_mut(&session_uuid) {
            chat.outgoing.mark_sent(&client_msg_id, r);
        }
    }
}
