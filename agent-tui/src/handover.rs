//! Issue 16: hand the selected chat to a colleague or back to the queue.
//!
//! `t` asks the daemon who is on the team (`get_colleagues`), then a picker
//! lists the queue and every online colleague (those who cannot take a chat
//! now are shown, dimmed, and refused here with the reason); Enter asks for
//! an optional note, Enter again sends `hand_over`. The chat leaves this
//! console when the daemon says `chat_handed_over`.

use concierge_shared::{ChatHandedOver, ClientEvent, Colleagues, GetColleagues, HandOver};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use crate::keys::Chord;
use crate::sanitize;
use crate::state::{Input, Overlay, Pending, State};
use crate::update::{Command, send};

/// The hand-over overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub session_uuid: String,
    pub customer: String,
    pub step: Step,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Waiting for the list of colleagues.
    Loading,
    Choose {
        options: Vec<Choice>,
        sel: usize,
    },
    Note {
        to: Choice,
        note: Input,
    },
}

/// The queue (`staff_id` None) or one colleague.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub staff_id: Option<String>,
    pub label: String,
    /// Why they cannot take it now, if they cannot.
    pub unable: Option<String>,
}

/// `t`: start handing the selected chat over.
pub fn begin(state: &mut State, out: &mut Vec<Command>) {
    let Some(chat) = state.selected_chat() else {
        state.set_flash("no chat selected");
        return;
    };
    if !chat.is_open() {
        state.set_flash("this chat is closed");
        return;
    }
    let session_uuid = chat.session_uuid.clone();
    let customer = chat.customer_name.clone();
    let ev = ClientEvent::GetColleagues(GetColleagues {});
    if !send(state, out, ev, Some(Pending::Colleagues)) {
        state.set_flash("not connected: cannot hand over now");
        return;
    }
    state.composing = false;
    state.overlay = Some(Overlay::HandOver(Picker {
        session_uuid,
        customer,
        step: Step::Loading,
    }));
}

/// The team arrived: offer the queue and every online colleague but me.
pub fn on_colleagues(state: &mut State, team: Colleagues) {
    let me = state.me.as_ref().map(|m| m.user_id.clone());
    let Some(Overlay::HandOver(p)) = &mut state.overlay else {
        return;
    };
    if p.step != Step::Loading {
        return;
    }
    let mut options = vec![Choice {
        staff_id: None,
        label: "Back to the queue (whoever is free next)".into(),
        unable: None,
    }];
    let mut team: Vec<_> = team
        .staff
        .into_iter()
        .filter(|c| c.is_online && Some(&c.staff_id) != me.as_ref())
        .collect();
    team.sort_by(|a, b| a.name.cmp(&b.name).then(a.staff_id.cmp(&b.staff_id)));
    for c in team {
        let unable = if !c.is_available {
            Some("away".to_string())
        } else if c.current_chats >= c.max_concurrent_chats {
            Some("full".to_string())
        } else {
            None
        };
        options.push(Choice {
            label: format!(
                "{} · {}/{} chats",
                c.name, c.current_chats, c.max_concurrent_chats
            ),
            staff_id: Some(c.staff_id),
            unable,
        });
    }
    p.step = Step::Choose { options, sel: 0 };
}

pub fn on_key(state: &mut State, mut p: Picker, chord: &Chord, out: &mut Vec<Command>) {
    match &mut p.step {
        Step::Loading => {
            if chord.code != KeyCode::Esc {
                state.overlay = Some(Overlay::HandOver(p));
            }
        }
        Step::Choose { options, sel } => match chord.code {
            KeyCode::Esc => {}
            KeyCode::Down | KeyCode::Char('j') => {
                *sel = (*sel + 1).min(options.len().saturating_sub(1));
                state.overlay = Some(Overlay::HandOver(p));
            }
            KeyCode::Up | KeyCode::Char('k') => {
                *sel = sel.saturating_sub(1);
                state.overlay = Some(Overlay::HandOver(p));
            }
            KeyCode::Enter => {
                let Some(choice) = options.get(*sel).cloned() else {
                    return;
                };
                if let Some(why) = &choice.unable {
                    state.set_flash(format!("{} is {why}: pick someone else", choice.label));
                    state.overlay = Some(Overlay::HandOver(p));
                    return;
                }
                p.step = Step::Note {
                    to: choice,
                    note: Input::default(),
                };
                state.overlay = Some(Overlay::HandOver(p));
            }
            _ => state.overlay = Some(Overlay::HandOver(p)),
        },
        Step::Note { to, note } => {
            match chord.code {
                KeyCode::Esc => return,
                KeyCode::Enter => {
                    let text = note.text.trim().to_string();
                    let ev = ClientEvent::HandOver(HandOver {
                        session_uuid: p.session_uuid.clone(),
                        to_staff_id: to.staff_id.clone(),
                        note: (!text.is_empty()).then_some(text),
                    });
                    let pending = Pending::HandOver {
                        session_uuid: p.session_uuid.clone(),
                    };
                    if send(state, out, ev, Some(pending)) {
                        state.set_flash(format!("handing {} over…", p.customer));
                    } else {
                        state.set_flash("not connected: nothing handed over");
                    }
                    return;
                }
                KeyCode::Char(c) if chord.is_text() => note.insert(c),
                KeyCode::Backspace => note.backspace(),
                KeyCode::Delete => note.delete(),
                KeyCode::Left => note.left(),
                KeyCode::Right => note.right(),
                KeyCode::Home => note.home(),
                KeyCode::End => note.end(),
                _ => {}
            }
            state.overlay = Some(Overlay::HandOver(p));
        }
    }
}

/// Pasted text goes into the note.
pub fn paste(p: &mut Picker, text: &str) {
    if let Step::Note { note, .. } = &mut p.step {
        note.insert_str(&text.replace(['\r', '\n'], " "));
    }
}

/// The daemon refused (or could not list the team): say why; the chat
/// stays here.
pub fn on_error(state: &mut State, message: &str) {
    if matches!(state.overlay, Some(Overlay::HandOver(_))) {
        state.overlay = None;
    }
    state.set_flash(format!("not handed over: {message}"));
}

/// The chat is no longer mine: it leaves the list.
pub fn on_handed_over(state: &mut State, h: ChatHandedOver) {
    let Some(i) = state
        .chats
        .iter()
        .position(|c| c.session_uuid == h.session_uuid)
    else {
        return;
    };
    let chat = state.chats.remove(i);
    if state
        .typing_sent
        .as_ref()
        .is_some_and(|(s, _)| *s == h.session_uuid)
    {
        state.typing_sent = None;
    }
    if state.chat_sel >= i && state.chat_sel > 0 {
        state.chat_sel -= 1;
    }
    state.composing = false;
    if state
        .panel
        .as_ref()
        .is_some_and(|p| p.session_uuid == h.session_uuid)
    {
        state.panel = None;
    }
    let to = if h.to_staff_id.is_some() {
        "a colleague"
    } else {
        "the queue"
    };
    state.set_flash(format!("{} handed to {to}", chat.customer_name));
    state.clamp_selection();
}

/// The overlay's lines.
pub fn lines(p: &Picker) -> Vec<Line<'static>> {
    let dim = Style::new().fg(Color::DarkGray);
    let mut lines = vec![Line::from(format!(
        "Hand {} to…",
        sanitize::inert(&p.customer)
    ))];
    match &p.step {
        Step::Loading => lines.push(Line::from(Span::styled("loading the team…", dim))),
        Step::Choose { options, sel } => {
            for (i, o) in options.iter().enumerate() {
                let marker = if i == *sel { "▶ " } else { "  " };
                let mut style = Style::new();
                if i == *sel {
                    style = style.add_modifier(Modifier::REVERSED);
                }
                if o.unable.is_some() {
                    style = style.fg(Color::DarkGray);
                }
                let tail = o
                    .unable
                    .as_ref()
                    .map(|w| format!(" ({w})"))
                    .unwrap_or_default();
                lines.push(Line::from(Span::styled(
                    format!("{marker}{}{tail}", sanitize::inert(&o.label)),
                    style,
                )));
            }
            if options.len() == 1 {
                lines.push(Line::from(Span::styled("no colleague is online", dim)));
            }
            lines.push(Line::from(Span::styled(
                "↑↓ choose · Enter next · Esc cancel",
                dim,
            )));
        }
        Step::Note { to, note } => {
            lines.push(Line::from(Span::styled(
                sanitize::inert(&to.label),
                Style::new().add_modifier(Modifier::BOLD),
            )));
            lines.push(Line::from("Note for them (optional, staff only):"));
            lines.push(Line::from(Span::styled(
                format!("> {}", sanitize::inert(&note.text)),
                Style::new().add_modifier(Modifier::BOLD),
            )));
            lines.push(Line::from(Span::styled(
                "Enter hand over · Esc cancel",
                dim,
            )));
        }
    }
    lines
}

/// Where the cursor goes in the note step, given the popup's area.
pub fn cursor(p: &Picker, r: Rect) -> Option<(u16, u16)> {
    let Step::Note { note, .. } = &p.step else {
        return None;
    };
    let before = sanitize::inert(&note.text[..note.cursor]);
    let col = u16::try_from(unicode_width::UnicodeWidthStr::width(before.as_str()))
        .unwrap_or(u16::MAX)
        .saturating_add(r.x + 3);
    Some((col.min(r.right().saturating_sub(2)), r.y + 4))
}

/// Draw the overlay.
pub fn render(p: &Picker, frame: &mut Frame, area: Rect) {
    let r = crate::view::popup(frame, area, "Hand over", lines(p), 64);
    if let Some((x, y)) = cursor(p, r) {
        frame.set_cursor_position(ratatui::layout::Position::new(x, y));
    }
}
