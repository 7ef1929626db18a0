//! The pure core: `update(&mut State, Action) -> Vec<Command>`.
//!
//! Everything that happens to the console arrives as an [`Action`]; what
//! it wants done outside (frames to send, a bell, quitting) leaves as
//! [`Command`]s for the driver in [`crate::app`]. No IO here, so every
//! behaviour is a plain test. Key handling in navigation mode and the
//! overlays is in this file; the reply box is [`crate::compose`], server
//! frames are [`crate::server`].

use chrono::{DateTime, Utc};
use concierge_shared::{
    AcceptTransfer, ClientEvent, ClientFrame, DeclineTransfer, GetHistory, MarkRead, SenderRole,
    SessionRef, StaffStatusChange,
};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use crate::compose;
use crate::keys::{Chord, KeyAction};
use crate::server;
use crate::state::{
    ConnState, Focus, HISTORY_PAGE, HistoryPurpose, Overlay, Pending, Preview, SCROLL_STEP, State,
    TYPING_SHOWN_FOR,
};

/// How long a notice stays in the status line.
const FLASH_FOR_SECS: i64 = 6;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Key(KeyEvent),
    /// Bracketed paste: goes into the reply box as text.
    Paste(String),
    /// One text frame from the server, not yet decoded: decoding here
    /// means garbage is handled (ignored) in the tested core.
    Server(String),
    Conn(ConnEvent),
    Tick(DateTime<Utc>),
    /// The terminal changed size; the layout is recomputed on draw.
    Resize,
}

pub use concierge_client::link::ConnEvent;

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Send(ClientFrame),
    Bell,
    Quit,
}

pub fn update(state: &mut State, action: Action) -> Vec<Command> {
    let mut out = Vec::new();
    match action {
        Action::Key(key) => {
            // Only presses: terminals with the kitty protocol also report
            // releases and repeats would double every key.
            if key.kind != KeyEventKind::Release {
                on_key(state, &key, &mut out);
            }
        }
        Action::Paste(text) => {
            if let Some(Overlay::DeclineReason { reason, .. }) = &mut state.overlay {
                reason.insert_str(&text.replace(['\r', '\n'], " "));
            } else if let Some(Overlay::Answer { text: t, .. }) = &mut state.overlay {
                t.insert_str(&text.replace(['\r', '\n'], " "));
            } else if let Some(
                Overlay::Note { text: t, .. } | Overlay::Labels { text: t, .. }, // issue 16
            ) = &mut state.overlay
            {
                t.insert_str(&text.replace(['\r', '\n'], " "));
            } else if let Some(Overlay::Search(b)) = &mut state.overlay {
                crate::search::paste(b, &text);
            } else if let Some(Overlay::HandOver(p)) = &mut state.overlay {
                crate::handover::paste(p, &text);
            } else if state.composing {
                compose::paste(state, &text, &mut out);
            }
        }
        Action::Server(text) => server::on_text(state, &text, &mut out),
        Action::Conn(ev) => on_conn(state, ev, &mut out),
        Action::Tick(now) => on_tick(state, now, &mut out),
        Action::Resize => {}
    }
    mark_visible_read(state, &mut out);
    state.clamp_selection();
    out
}

/// Put a frame on the wire with a fresh `ref`, remembered as `pending`;
/// the ref's number, or `None` (and nothing sent) while disconnected.
pub(crate) fn send_with_ref(
    state: &mut State,
    out: &mut Vec<Command>,
    event: ClientEvent,
    pending: Pending,
) -> Option<i64> {
    if state.conn != ConnState::Connected {
        return None;
    }
    let r = state.take_ref(pending);
    let n = match &r {
        concierge_shared::Ref::Num(n) => *n,
        concierge_shared::Ref::Str(_) => return None,
    };
    out.push(Command::Send(ClientFrame::new(event, Some(r))));
    Some(n)
}

/// Put a frame on the wire, with a `ref` when we care about the reply.
/// Returns false (and sends nothing) while disconnected.
pub(crate) fn send(
    state: &mut State,
    out: &mut Vec<Command>,
    event: ClientEvent,
    pending: Option<Pending>,
) -> bool {
    if state.conn != ConnState::Connected {
        return false;
    }
    let r = pending.map(|p| state.take_ref(p));
    out.push(Command::Send(ClientFrame::new(event, r)));
    true
}

fn on_conn(state: &mut State, ev: ConnEvent, out: &mut Vec<Command>) {
    match ev {
        ConnEvent::Connecting { attempt } => state.conn = ConnState::Connecting { attempt },
        ConnEvent::Connected => {
            state.conn = ConnState::Connected;
            // `staff_data` follows and brings the chats back; messages
            // typed while offline go out now, deduplicated by clientMsgId.
            compose::send_outbox(state, out);
        }
        ConnEvent::Disconnected {
            reason,
            retry_in_secs,
        } => {
            state.conn = ConnState::Disconnected {
                reason,
                retry_in_secs,
            };
            // Replies to frames sent on the old socket will never come.
            state.pending.clear();
            state.typing_sent = None;
            if let Some(p) = &mut state.preview {
                p.loading = false;
            }
            for chat in &mut state.chats {
                chat.loading_older = false;
                chat.typing = None;
                // Unacknowledged messages go again on the next connection.
                chat.outgoing.on_disconnect();
            }
        }
    }
}

fn on_tick(state: &mut State, now: DateTime<Utc>, out: &mut Vec<Command>) {
    state.now = now;
    let shown_for = chrono::Duration::from_std(TYPING_SHOWN_FOR).unwrap_or_default();
    for chat in &mut state.chats {
        if chat
            .typing
            .as_ref()
            .is_some_and(|(_, t)| now - *t > shown_for)
        {
            chat.typing = None;
        }
    }
    compose::typing_idle_check(state, out);
    if state
        .flash
        .as_ref()
        .is_some_and(|(_, t)| (now - *t).num_seconds() >= FLASH_FOR_SECS)
    {
        state.flash = None;
    }
}

/// A chat on screen is a chat read: tell the server up to the newest
/// message, once per new message from someone else.
fn mark_visible_read(state: &mut State, out: &mut Vec<Command>) {
    let my_id = state.me.as_ref().map(|m| m.user_id.clone());
    let Some(chat) = state.visible_chat() else {
        return;
    };
    let session_uuid = chat.session_uuid.clone();
    let marked = chat.marked_read.unwrap_or(0);
    let theirs_unread = chat.messages.values().any(|m| {
        m.message_id > marked && !(m.sender_role == SenderRole::Staff && m.sender_id == my_id)
    });
    let latest = chat.latest_message_id();
    let open = chat.is_open();
    if let Some(chat) = state.chat_mut(&session_uuid) {
        chat.unread = 0;
    }
    let (Some(latest), true, true) = (latest, theirs_unread, open) else {
        return;
    };
    let ev = ClientEvent::MarkRead(MarkRead {
        session_uuid: session_uuid.clone(),
        message_id: latest,
    });
    if send(state, out, ev, Some(Pending::MarkRead))
        && let Some(chat) = state.chat_mut(&session_uuid)
    {
        chat.marked_read = Some(latest);
    }
}

fn on_key(state: &mut State, key: &KeyEvent, out: &mut Vec<Command>) {
    let chord = Chord::from_event(key);
    if let Some(overlay) = state.overlay.take() {
        on_overlay_key(state, overlay, &chord, out);
        return;
    }
    if state.composing {
        compose::on_key(state, &chord, out);
        return;
    }
    if let Some(action) = state.settings.keymap.nav(&chord) {
        nav_action(state, action, out);
    }
}

fn on_overlay_key(state: &mut State, overlay: Overlay, chord: &Chord, out: &mut Vec<Command>) {
    let quit_chord = !chord.is_text() && state.settings.keymap.nav(chord) == Some(KeyAction::Quit);
    match overlay {
        Overlay::HandOver(p) => crate::handover::on_key(state, p, chord, out), // issue 16
        Overlay::Help { scroll } => {
            // On a small terminal the keys do not all fit: ↓/↑ (and j/k,
            // PgDn/PgUp) scroll them; the view stops at the last row.
            let step = match chord.code {
                KeyCode::Down | KeyCode::Char('j') => Some(1i32),
                KeyCode::Up | KeyCode::Char('k') => Some(-1),
                KeyCode::PageDown => Some(10),
                KeyCode::PageUp => Some(-10),
                _ => None,
            };
            match step {
                Some(d) => {
                    let scroll = u16::try_from((i32::from(scroll) + d).max(0)).unwrap_or(0);
                    state.overlay = Some(Overlay::Help { scroll });
                }
                None if quit_chord => request_quit(state, out),
                // Any other key just closes the help.
                None => {}
            }
        }
        Overlay::ConfirmQuit { open_chats } => match chord.code {
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => out.push(Command::Quit),
            _ if quit_chord => out.push(Command::Quit),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => {}
            _ => state.overlay = Some(Overlay::ConfirmQuit { open_chats }),
        },
        Overlay::ConfirmClose {
            session_uuid,
            customer,
        } => match chord.code {
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => {
                compose::stop_typing(state, out);
                let ev = ClientEvent::CloseSession(SessionRef {
                    session_uuid: session_uuid.clone(),
                });
                if !send(state, out, ev, Some(Pending::Close { session_uuid })) {
                    state.set_flash("not connected: the chat stays open");
                }
            }
            KeyCode::Char('n' | 'N') | KeyCode::Esc => {}
            _ => {
                state.overlay = Some(Overlay::ConfirmClose {
                    session_uuid,
                    customer,
                })
            }
        },
        Overlay::Answer {
            message_id,
            customer,
            mut text,
        } => {
            match chord.code {
                KeyCode::Enter => {
                    let content = text.text.trim().to_string();
                    if content.is_empty() {
                        state.set_flash("write an answer first (Esc cancels)");
                    } else {
                        let ev = ClientEvent::AnswerMessage(concierge_shared::AnswerMessage {
                            message_id,
                            content,
                        });
                        if send(state, out, ev, Some(Pending::Answer { message_id })) {
                            state.set_flash(format!("answering {customer}…"));
                            return;
                        }
                        state.set_flash("not connected: nothing sent");
                    }
                }
                KeyCode::Esc => return,
                KeyCode::Char(c) if chord.is_text() => text.insert(c),
                KeyCode::Backspace => text.backspace(),
                KeyCode::Delete => text.delete(),
                KeyCode::Left => text.left(),
                KeyCode::Right => text.right(),
                KeyCode::Home => text.home(),
                KeyCode::End => text.end(),
                _ => {}
            }
            state.overlay = Some(Overlay::Answer {
                message_id,
                customer,
                text,
            });
        }
        // Issue 16.
        Overlay::Note {
            session_uuid,
            customer,
            text,
        } => {
            state.overlay =
                crate::annotations::on_note_key(state, chord, session_uuid, customer, text, out);
        }
        Overlay::Labels {
            session_uuid,
            customer,
            text,
        } => {
            state.overlay =
                crate::annotations::on_labels_key(state, chord, session_uuid, customer, text, out);
        }
        Overlay::Search(b) => crate::search::on_key(state, *b, chord, out),
        Overlay::DeclineReason {
            transfer_request_id,
            customer,
            mut reason,
        } => {
            if quit_chord {
                request_quit(state, out);
                return;
            }
            match chord.code {
                KeyCode::Enter => {
                    let text = reason.text.trim().to_string();
                    let ev = ClientEvent::DeclineTransfer(DeclineTransfer {
                        transfer_request_id,
                        reason: (!text.is_empty()).then_some(text),
                    });
                    if send(
                        state,
                        out,
                        ev,
                        Some(Pending::Decline {
                            transfer_request_id,
                        }),
                    ) {
                        state.set_flash(format!("declined {customer}"));
                    } else {
                        state.set_flash("not connected: nothing declined");
                    }
                    return;
                }
                KeyCode::Esc => return,
                KeyCode::Char(c) if chord.is_text() => reason.insert(c),
                KeyCode::Backspace => reason.backspace(),
                KeyCode::Delete => reason.delete(),
                KeyCode::Left => reason.left(),
                KeyCode::Right => reason.right(),
                KeyCode::Home => reason.home(),
                KeyCode::End => reason.end(),
                _ => {}
            }
            state.overlay = Some(Overlay::DeclineReason {
                transfer_request_id,
                customer,
                reason,
            });
        }
    }
}

pub(crate) fn request_quit(state: &mut State, out: &mut Vec<Command>) {
    let open_chats = state.open_chats();
    if open_chats > 0 {
        state.overlay = Some(Overlay::ConfirmQuit { open_chats });
    } else {
        out.push(Command::Quit);
    }
}

pub(crate) fn nav_action(state: &mut State, action: KeyAction, out: &mut Vec<Command>) {
    match action {
        KeyAction::Help => state.overlay = Some(Overlay::Help { scroll: 0 }),
        KeyAction::Quit => request_quit(state, out),
        KeyAction::NextPane => {
            state.focus = match state.focus {
                Focus::Queue if !state.messages.is_empty() => Focus::Messages,
                Focus::Queue | Focus::Messages => Focus::Chats,
                Focus::Chats => Focus::Queue,
            };
            if state.focus == Focus::Chats {
                state.preview = None;
            }
        }
        KeyAction::Down | KeyAction::Up => {
            let down = action == KeyAction::Down;
            match state.focus {
                Focus::Queue => {
                    state.queue_sel = step(state.queue_sel, state.queue.len(), down);
                    // A preview follows the selection, so staff can walk
                    // the queue reading each conversation.
                    if state.preview.is_some() {
                        start_preview(state, out);
                    }
                }
                Focus::Messages => {
                    state.msg_sel = step(state.msg_sel, state.messages.len(), down);
                }
                Focus::Chats => {
                    let to = step(state.chat_sel, state.chats.len(), down);
                    select_chat(state, to, out);
                }
            }
        }
        KeyAction::Open => match state.focus {
            Focus::Queue => start_preview(state, out),
            Focus::Messages => {
                if let Some(m) = state.selected_message() {
                    state.overlay = Some(Overlay::Answer {
                        message_id: m.message_id,
                        customer: m.customer_name.clone(),
                        text: Default::default(),
                    });
                }
            }
            Focus::Chats => compose::begin(state, out),
        },
        KeyAction::Compose => compose::begin(state, out),
        KeyAction::Search => crate::search::open(state),
        KeyAction::Accept => {
            if let Some((id, _)) = target_offer(state) {
                let ev = ClientEvent::AcceptTransfer(AcceptTransfer {
                    transfer_request_id: id,
                });
                if !send(
                    state,
                    out,
                    ev,
                    Some(Pending::Accept {
                        transfer_request_id: id,
                    }),
                ) {
                    state.set_flash("not connected: cannot accept now");
                }
            } else {
                state.set_flash("no offer selected: Tab to the queue first");
            }
        }
        KeyAction::Decline => {
            if let Some((id, customer)) = target_offer(state) {
                state.overlay = Some(Overlay::DeclineReason {
                    transfer_request_id: id,
                    customer,
                    reason: Default::default(),
                });
            } else {
                state.set_flash("no offer selected: Tab to the queue first");
            }
        }
        KeyAction::Preview => start_preview(state, out),
        KeyAction::NextAttention => next_attention(state, out),
        KeyAction::CloseChat => {
            if state.preview.is_some() {
                state.preview = None;
                return;
            }
            // Issue 17: on the messages pane, close the message unanswered.
            if state.focus == Focus::Messages {
                if let Some(message_id) = state.selected_message().map(|m| m.message_id) {
                    let ev = ClientEvent::CloseMessage(concierge_shared::MessageRef { message_id });
                    if !send(state, out, ev, Some(Pending::CloseMessage { message_id })) {
                        state.set_flash("not connected: nothing closed");
                    }
                }
                return;
            }
            let Some(chat) = state.selected_chat() else {
                return;
            };
            if chat.is_open() {
                state.overlay = Some(Overlay::ConfirmClose {
                    session_uuid: chat.session_uuid.clone(),
                    customer: chat.customer_name.clone(),
                });
            } else {
                // A closed chat is dismissed from the list.
                state.chats.remove(state.chat_sel);
                state.clamp_selection();
            }
        }
        KeyAction::ToggleAway => {
            let available = !state.is_available();
            let ev = ClientEvent::StaffStatusChange(StaffStatusChange {
                is_online: None,
                is_available: Some(available),
            });
            if !send(state, out, ev, Some(Pending::Status { available })) {
                state.set_flash("not connected");
            }
        }
        KeyAction::PageUp => scroll_up(state, out),
        KeyAction::PageDown => {
            if let Some(chat) = state.selected_chat_mut() {
                chat.scroll = chat.scroll.saturating_sub(SCROLL_STEP);
            }
        }
        KeyAction::Latest => {
            if let Some(chat) = state.selected_chat_mut() {
                chat.scroll = 0;
            }
        }
        KeyAction::LeaveCompose => {
            state.preview = None;
            state.flash = None;
        }
        KeyAction::Note => crate::annotations::open_note(state), // issue 16
        KeyAction::Labels => crate::annotations::open_labels(state, out),
        KeyAction::Send | KeyAction::Newline => {}
        // Issue 16.
        KeyAction::HandOver => crate::handover::begin(state, out),
        KeyAction::CustomerPanel => crate::customer_panel::toggle(state, out),
    }
}

fn step(sel: usize, len: usize, down: bool) -> usize {
    if len == 0 {
        0
    } else if down {
        (sel + 1).min(len - 1)
    } else {
        sel.saturating_sub(1)
    }
}

/// The offer accept/decline act on: the one being previewed, or the one
/// selected while the queue has focus.
fn target_offer(state: &State) -> Option<(i64, String)> {
    let id = match (&state.preview, state.focus) {
        (Some(p), _) => p.transfer_request_id,
        (None, Focus::Queue) => state.selected_offer()?.transfer_request_id,
        (None, Focus::Chats | Focus::Messages) => return None,
    };
    state
        .queue
        .iter()
        .find(|o| o.transfer_request_id == id)
        .map(|o| (id, o.customer_name.clone()))
}

pub(crate) fn select_chat(state: &mut State, index: usize, out: &mut Vec<Command>) {
    if index != state.chat_sel {
        compose::stop_typing(state, out);
        state.composing = false;
    }
    state.chat_sel = index;
    state.focus = Focus::Chats;
    state.preview = None;
    crate::customer_panel::follow_selection(state, out); // issue 16
}

fn start_preview(state: &mut State, out: &mut Vec<Command>) {
    let Some(offer) = state.selected_offer() else {
        return;
    };
    let session_uuid = offer.session_uuid.clone();
    let transfer_request_id = offer.transfer_request_id;
    let ev = ClientEvent::GetHistory(GetHistory {
        session_uuid: session_uuid.clone(),
        before_seq: None,
        limit: Some(HISTORY_PAGE),
    });
    let pending = Pending::History {
        session_uuid: session_uuid.clone(),
        purpose: HistoryPurpose::Preview,
    };
    let loading = send(state, out, ev, Some(pending));
    state.composing = false;
    state.preview = Some(Preview {
        transfer_request_id,
        session_uuid,
        messages: Default::default(),
        loading,
    });
}

/// Unread chats first, then chats whose customer waits for an answer,
/// starting after the current one; with none, the oldest offer.
fn next_attention(state: &mut State, out: &mut Vec<Command>) {
    let n = state.chats.len();
    let order = (1..=n).map(|i| (state.chat_sel + i) % n);
    let pick = order
        .clone()
        .find(|&i| state.chats[i].unread > 0)
        .or_else(|| order.clone().find(|&i| state.chats[i].needs_attention()));
    match pick {
        Some(i) => select_chat(state, i, out),
        None if !state.queue.is_empty() => {
            state.focus = Focus::Queue;
            state.queue_sel = 0;
        }
        None => state.set_flash("nothing needs attention"),
    }
}

fn scroll_up(state: &mut State, out: &mut Vec<Command>) {
    let Some(chat) = state.selected_chat_mut() else {
        return;
    };
    let held = chat.messages.len();
    chat.scroll = (chat.scroll + SCROLL_STEP).min(held.saturating_sub(1));
    let near_top = chat.scroll + SCROLL_STEP >= held;
    if !(near_top && chat.has_more && !chat.loading_older) {
        return;
    }
    let Some(first) = chat.first_seq() else {
        return;
    };
    let session_uuid = chat.session_uuid.clone();
    let ev = ClientEvent::GetHistory(GetHistory {
        session_uuid: session_uuid.clone(),
        before_seq: Some(first),
        limit: Some(HISTORY_PAGE),
    });
    let pending = Pending::History {
        session_uuid: session_uuid.clone(),
        purpose: HistoryPurpose::Older,
    };
    if send(state, out, ev, Some(pending))
        && let Some(chat) = state.chat_mut(&session_uuid)
    {
        chat.loading_older = true;
    }
}
