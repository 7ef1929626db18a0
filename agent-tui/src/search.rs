//! Search over every transcript from the console (issue 16): `/` opens a
//! box; Enter searches (the daemon's `search`, which staff may run over
//! every session); Up/Down pick a result; Enter on it opens that
//! session's transcript around the match, read-only (the session need not
//! be mine, nor open); Esc steps back, then closes.
//!
//! The box is an overlay: while it is up, keys go here and nothing else
//! changes, so searching never touches a chat being written.

use concierge_shared::search::{DEFAULT_LIMIT, SearchHit, SearchResults};
use concierge_shared::{ClientEvent, ErrorBody, GetHistory, HistoryPage, Message, Search};
use crossterm::event::KeyCode;
use serde_json::Value;

use crate::keys::{Chord, KeyAction};
use crate::state::{Input, Overlay, Pending, State};
use crate::update::{Command, request_quit, send};

/// Messages shown after the match in an opened transcript; the page
/// holds [`TRANSCRIPT_PAGE`] messages ending there.
const AFTER_HIT: i64 = 10;
const TRANSCRIPT_PAGE: u32 = 40;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchBox {
    pub query: Input,
    /// The query whose results are shown.
    pub searched: Option<String>,
    pub results: Vec<SearchHit>,
    pub next_cursor: Option<String>,
    pub sel: usize,
    pub loading: bool,
    pub error: Option<String>,
    pub transcript: Option<Transcript>,
}

// Overlays compare as Eq; nothing in a search box is a float.
impl Eq for SearchBox {}

/// One session's messages around a match, read-only.
#[derive(Debug, Clone, PartialEq)]
pub struct Transcript {
    pub session_uuid: String,
    pub customer: String,
    pub hit_seq: i64,
    pub messages: Vec<Message>,
    pub loading: bool,
    /// Lines scrolled up from the match.
    pub scroll: usize,
}

pub fn open(state: &mut State) {
    state.overlay = Some(Overlay::Search(Box::default()));
}

/// A key while the box is up; the box is handed in taken out of the
/// state and put back unless the key closed it.
pub fn on_key(state: &mut State, mut b: SearchBox, chord: &Chord, out: &mut Vec<Command>) {
    if !chord.is_text() && state.settings.keymap.nav(chord) == Some(KeyAction::Quit) {
        request_quit(state, out);
        return;
    }
    if let Some(t) = &mut b.transcript {
        match chord.code {
            KeyCode::Esc | KeyCode::Left | KeyCode::Backspace => b.transcript = None,
            KeyCode::Up | KeyCode::PageUp => t.scroll = t.scroll.saturating_add(3),
            KeyCode::Down | KeyCode::PageDown => t.scroll = t.scroll.saturating_sub(3),
            _ => {}
        }
        state.overlay = Some(Overlay::Search(Box::new(b)));
        return;
    }
    match chord.code {
        KeyCode::Esc => return,
        KeyCode::Enter => {
            let query = b.query.text.trim().to_string();
            if query.is_empty() {
                b.error = Some("type words to search for".into());
            } else if b.searched.as_deref() != Some(query.as_str()) || b.results.is_empty() {
                run(state, &mut b, query, None, out);
            } else if let Some(hit) = b.results.get(b.sel).cloned() {
                open_transcript(state, &mut b, &hit, out);
            }
        }
        KeyCode::Down => {
            if b.sel + 1 < b.results.len() {
                b.sel += 1;
            } else if let (Some(cursor), Some(q), false) =
                (b.next_cursor.clone(), b.searched.clone(), b.loading)
            {
                // Past the last result: the next page.
                run(state, &mut b, q, Some(cursor), out);
            }
        }
        KeyCode::Up => b.sel = b.sel.saturating_sub(1),
        KeyCode::Char(c) if chord.is_text() => b.query.insert(c),
        KeyCode::Backspace => b.query.backspace(),
        KeyCode::Delete => b.query.delete(),
        KeyCode::Left => b.query.left(),
        KeyCode::Right => b.query.right(),
        KeyCode::Home => b.query.home(),
        KeyCode::End => b.query.end(),
        _ => {}
    }
    state.overlay = Some(Overlay::Search(Box::new(b)));
}

pub fn paste(b: &mut SearchBox, text: &str) {
    if b.transcript.is_none() {
        b.query.insert_str(&text.replace(['\r', '\n'], " "));
    }
}

fn run(
    state: &mut State,
    b: &mut SearchBox,
    query: String,
    cursor: Option<String>,
    out: &mut Vec<Command>,
) {
    let more = cursor.is_some();
    let ev = ClientEvent::Search(Search {
        query: query.clone(),
        limit: Some(DEFAULT_LIMIT),
        cursor,
    });
    if send(state, out, ev, Some(Pending::Search { query, more })) {
        b.loading = true;
        b.error = None;
    } else {
        b.error = Some("not connected: cannot search now".into());
    }
}

fn open_transcript(state: &mut State, b: &mut SearchBox, hit: &SearchHit, out: &mut Vec<Command>) {
    let ev = ClientEvent::GetHistory(GetHistory {
        session_uuid: hit.session_uuid.clone(),
        before_seq: Some(hit.seq.saturating_add(AFTER_HIT + 1)),
        limit: Some(TRANSCRIPT_PAGE),
    });
    let pending = Pending::SearchTranscript {
        session_uuid: hit.session_uuid.clone(),
    };
    let loading = send(state, out, ev, Some(pending));
    if !loading {
        b.error = Some("not connected: cannot open it now".into());
        return;
    }
    b.transcript = Some(Transcript {
        session_uuid: hit.session_uuid.clone(),
        customer: hit
            .customer_name
            .clone()
            .unwrap_or_else(|| hit.customer_id.clone()),
        hit_seq: hit.seq,
        messages: Vec::new(),
        loading: true,
        scroll: 0,
    });
}

fn search_box(state: &mut State) -> Option<&mut SearchBox> {
    match &mut state.overlay {
        Some(Overlay::Search(b)) => Some(b),
        _ => None,
    }
}

/// The answer to a `search`: shown if the box still waits for it.
pub fn on_results(state: &mut State, query: String, more: bool, data: Value) {
    let Some(b) = search_box(state) else {
        return;
    };
    b.loading = false;
    let Ok(r) = serde_json::from_value::<SearchResults>(data) else {
        tracing::warn!("search ack without the expected fields");
        b.error = Some("the daemon's answer was not understood".into());
        return;
    };
    if more && b.searched.as_deref() == Some(query.as_str()) {
        b.results.extend(r.items);
        b.sel = (b.sel + 1).min(b.results.len().saturating_sub(1));
    } else {
        b.results = r.items;
        b.sel = 0;
    }
    b.next_cursor = r.next_cursor;
    b.searched = Some(query);
}

pub fn on_transcript(state: &mut State, session_uuid: &str, data: Value) {
    let Some(t) = search_box(state).and_then(|b| b.transcript.as_mut()) else {
        return;
    };
    if t.session_uuid != session_uuid {
        return;
    }
    t.loading = false;
    match serde_json::from_value::<HistoryPage>(data) {
        Ok(page) => t.messages = page.messages,
        Err(_) => tracing::warn!("get_history ack without the expected fields"),
    }
}

pub fn on_error(state: &mut State, err: &ErrorBody, transcript: bool) {
    let Some(b) = search_box(state) else {
        state.set_flash(format!("search: {}", err.message));
        return;
    };
    b.loading = false;
    if transcript {
        b.transcript = None;
    }
    b.error = Some(err.message.clone());
}
