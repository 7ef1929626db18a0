//! Issue 16 in the console: private notes and labels on a chat.
//!
//! - `N` opens a box for a private note on the selected chat; in the reply
//!   box, a line starting `/note ` is sent as a note instead of a message
//!   (checked before `/code` expansion).
//! - `L` edits the selected chat's labels: space-separated, Tab completes
//!   the word being typed from the labels in use (asked of the daemon when
//!   the box opens), Enter replaces the chat's labels with what is typed.
//!
//! Notes are drawn in the conversation where they fall in time, marked
//! "private note", so nobody mistakes one for something the customer saw.

use concierge_shared::annotations::{Label, LabelsInUse, Note, SessionNotes};
use concierge_shared::{AddNote, ClientEvent, GetLabels, SessionRef, SetLabels};
use crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use crate::keys::Chord;
use crate::sanitize;
use crate::state::{Input, Overlay, Pending, State};
use crate::transcript::{Context, wrap};
use crate::update::{Command, send};

/// The reply-box command that makes a line a private note.
pub const NOTE_COMMAND: &str = "/note ";

/// `N`: a note on the selected chat.
pub fn open_note(state: &mut State) {
    match state.selected_chat() {
        Some(chat) => {
            state.overlay = Some(Overlay::Note {
                session_uuid: chat.session_uuid.clone(),
                customer: chat.customer_name.clone(),
                text: Input::default(),
            })
        }
        None => state.set_flash("no chat selected: notes go on a chat"),
    }
}

/// `L`: edit the selected chat's labels, starting from the current ones;
/// the labels in use are fetched for Tab completion.
pub fn open_labels(state: &mut State, out: &mut Vec<Command>) {
    let Some(chat) = state.selected_chat() else {
        state.set_flash("no chat selected: labels go on a chat");
        return;
    };
    let mut text = Input::default();
    let current = chat.labels.join(" ");
    text.set(&if current.is_empty() {
        current
    } else {
        format!("{current} ")
    });
    state.overlay = Some(Overlay::Labels {
        session_uuid: chat.session_uuid.clone(),
        customer: chat.customer_name.clone(),
        text,
    });
    send(
        state,
        out,
        ClientEvent::GetLabels(GetLabels {}),
        Some(Pending::LabelsInUse),
    );
}

/// Send a note; false (and a notice) when it cannot go.
pub fn send_note(
    state: &mut State,
    out: &mut Vec<Command>,
    session_uuid: &str,
    body: &str,
) -> bool {
    let body = body.trim();
    if body.is_empty() {
        state.set_flash("write the note first (Esc cancels)");
        return false;
    }
    let ev = ClientEvent::AddNote(AddNote {
        session_uuid: session_uuid.to_string(),
        body: body.to_string(),
    });
    let pending = Pending::Note {
        session_uuid: session_uuid.to_string(),
    };
    if send(state, out, ev, Some(pending)) {
        state.set_flash("private note saved for staff");
        true
    } else {
        state.set_flash("not connected: the note was not saved");
        false
    }
}

/// The reply box holds `/note …`: send it as a note. Returns whether it
/// did (the draft is then cleared).
pub fn submit_from_reply_box(state: &mut State, out: &mut Vec<Command>) -> bool {
    let Some(chat) = state.selected_chat() else {
        return false;
    };
    let Some(body) = chat.draft.text.strip_prefix(NOTE_COMMAND) else {
        return false;
    };
    let (session, body) = (chat.session_uuid.clone(), body.to_string());
    if send_note(state, out, &session, &body)
        && let Some(chat) = state.chat_mut(&session)
    {
        chat.draft.take();
    }
    true
}

/// Keys in the note box. Returns the overlay to keep, if any.
pub fn on_note_key(
    state: &mut State,
    chord: &Chord,
    session_uuid: String,
    customer: String,
    mut text: Input,
    out: &mut Vec<Command>,
) -> Option<Overlay> {
    match chord.code {
        KeyCode::Enter => {
            if send_note(state, out, &session_uuid, &text.text) {
                return None;
            }
        }
        KeyCode::Esc => return None,
        _ => edit(&mut text, chord),
    }
    Some(Overlay::Note {
        session_uuid,
        customer,
        text,
    })
}

/// Keys in the labels box.
pub fn on_labels_key(
    state: &mut State,
    chord: &Chord,
    session_uuid: String,
    customer: String,
    mut text: Input,
    out: &mut Vec<Command>,
) -> Option<Overlay> {
    match chord.code {
        KeyCode::Enter => {
            let words: Vec<String> = text
                .text
                .split_whitespace()
                .map(str::to_lowercase)
                .collect();
            // Checked here for a quick, clear answer; the daemon decides.
            match Label::parse_set(&words) {
                Err(e) => state.set_flash(e.to_string()),
                Ok(labels) => {
                    let ev = ClientEvent::SetLabels(SetLabels {
                        session_uuid: session_uuid.clone(),
                        labels: labels.into_iter().map(Label::into_string).collect(),
                    });
                    let pending = Pending::Labels {
                        session_uuid: session_uuid.clone(),
                    };
                    if send(state, out, ev, Some(pending)) {
                        return None;
                    }
                    state.set_flash("not connected: labels not changed");
                }
            }
        }
        KeyCode::Esc => return None,
        KeyCode::Tab => complete(state, &mut text),
        _ => edit(&mut text, chord),
    }
    Some(Overlay::Labels {
        session_uuid,
        customer,
        text,
    })
}

fn edit(text: &mut Input, chord: &Chord) {
    match chord.code {
        KeyCode::Char(c) if chord.is_text() => text.insert(c),
        KeyCode::Backspace => text.backspace(),
        KeyCode::Delete => text.delete(),
        KeyCode::Left => text.left(),
        KeyCode::Right => text.right(),
        KeyCode::Home => text.home(),
        KeyCode::End => text.end(),
        _ => {}
    }
}

/// Tab: complete the word before the cursor from the labels in use (the
/// longest common start of every match; a single match gets a space).
fn complete(state: &mut State, text: &mut Input) {
    let before = &text.text[..text.cursor];
    let start = before.rfind(' ').map_or(0, |i| i + 1);
    let word = before[start..].to_lowercase();
    let matches: Vec<&String> = state
        .labels_in_use
        .iter()
        .filter(|l| l.starts_with(&word))
        .collect();
    let Some(first) = matches.first() else {
        state.set_flash(if state.labels_in_use.is_empty() {
            "no labels in use yet".to_string()
        } else {
            format!("no label starts with \"{word}\"")
        });
        return;
    };
    let common = matches.iter().fold(first.to_string(), |acc, l| {
        acc.chars()
            .zip(l.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a)
            .collect()
    });
    let mut insert = common[word.len().min(common.len())..].to_string();
    if matches.len() == 1 {
        insert.push(' ');
    } else {
        let names: Vec<&str> = matches.iter().take(8).map(|s| s.as_str()).collect();
        state.set_flash(format!("labels: {}", names.join(" ")));
    }
    text.insert_str(&insert);
}

// ----- from the server ------------------------------------------------------

pub fn on_note_added(state: &mut State, note: Note) {
    if let Some(chat) = state.chat_mut(&note.session_uuid) {
        merge_notes(&mut chat.notes, vec![note]);
    }
}

/// Keep notes once each, oldest first (a note may come as the ack, the
/// push and again in a later read).
pub fn merge_notes(held: &mut Vec<Note>, new: Vec<Note>) {
    for n in new {
        if !held.iter().any(|h| h.note_id == n.note_id) {
            held.push(n);
        }
    }
    held.sort_by_key(|n| (n.created_at, n.note_id));
}

pub fn on_labels_updated(state: &mut State, session_uuid: &str, labels: Vec<String>) {
    if let Some(chat) = state.chat_mut(session_uuid) {
        chat.labels = labels;
    }
    for l in state.chats.iter().flat_map(|c| c.labels.iter()) {
        if !state.labels_in_use.contains(l) {
            state.labels_in_use.push(l.clone());
        }
    }
}

pub fn on_session_notes(state: &mut State, page: SessionNotes) {
    if let Some(chat) = state.chat_mut(&page.session_uuid) {
        merge_notes(&mut chat.notes, page.notes);
        chat.labels = page.labels;
    }
}

pub fn on_labels_in_use(state: &mut State, v: serde_json::Value) {
    if let Ok(used) = serde_json::from_value::<LabelsInUse>(v) {
        state.labels_in_use = used.labels.into_iter().map(|l| l.label).collect();
    }
}

/// After (re)connecting: the notes and labels of a chat I hold.
pub fn request_notes(state: &mut State, out: &mut Vec<Command>, session_uuid: &str) {
    let ev = ClientEvent::GetNotes(SessionRef {
        session_uuid: session_uuid.to_string(),
    });
    let pending = Pending::Notes {
        session_uuid: session_uuid.to_string(),
    };
    send(state, out, ev, Some(pending));
}

// ----- drawing ----------------------------------------------------------------

pub fn style_note() -> Style {
    Style::new().fg(Color::Yellow)
}

/// A note as conversation lines, marked private so it is never taken
/// for something the customer saw.
pub fn note_lines(n: &Note, ctx: &Context<'_>) -> Vec<Line<'static>> {
    let time = n
        .created_at
        .0
        .with_timezone(&ctx.tz)
        .format("%H:%M")
        .to_string();
    let who = if Some(n.author_id.as_str()) == ctx.my_id {
        "you".to_string()
    } else {
        sanitize::inert(&n.author_name)
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{time} "), Style::new().fg(Color::DarkGray)),
        Span::styled(
            "PRIVATE NOTE",
            style_note()
                .add_modifier(Modifier::BOLD)
                .add_modifier(Modifier::REVERSED),
        ),
        Span::styled(format!(" by {who} · staff only"), style_note()),
    ])];
    let width = usize::from(ctx.width.saturating_sub(4)).max(1);
    for l in sanitize::lines(&n.body) {
        for w in wrap(&l, width) {
            lines.push(Line::from(Span::styled(format!("  ┃ {w}"), style_note())));
        }
    }
    lines
}

/// The labels as `[refund] [vip]` for a title.
pub fn labels_text(labels: &[String]) -> String {
    labels
        .iter()
        .map(|l| format!("[{}]", sanitize::inert(l)))
        .collect::<Vec<_>>()
        .join(" ")
}
