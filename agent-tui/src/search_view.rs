//! Drawing for issue 16: the search box and a transcript opened from it
//! (`search.rs`), and the list of canned replies above the reply box
//! while a `/code` is being typed (`canned.rs`). Read-only over the
//! state; every string from the server is made inert first.

use concierge_shared::search::{MARK_END, MARK_START};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use crate::canned;
use crate::sanitize;
use crate::search::{SearchBox, Transcript};
use crate::state::{Chat, State};
use crate::transcript::{self, Context};

const MAX_COMPLETIONS: usize = 6;

fn hint(text: impl Into<String>) -> Line<'static> {
    Line::from(Span::styled(text.into(), Style::new().fg(Color::DarkGray)))
}

/// A box of most of the screen, cleared, with a title; its inner area.
fn frame_box(frame: &mut Frame, area: Rect, title: String) -> Rect {
    let w = area.width.saturating_sub(4).clamp(area.width.min(20), 110);
    let h = area.height.saturating_sub(2).max(area.height.min(6));
    let r = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    frame.render_widget(Clear, r);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(Style::new().fg(Color::Yellow))
        .title(title);
    let inner = block.inner(r);
    frame.render_widget(block, r);
    inner
}

/// A snippet as spans: the words between the marks in bold yellow.
fn snippet_spans(snippet: &str) -> Vec<Span<'static>> {
    let text = sanitize::inert(snippet);
    let mut spans = Vec::new();
    let mut marked = false;
    let mut rest = text.as_str();
    loop {
        let mark = if marked { MARK_END } else { MARK_START };
        let (part, next) = match rest.find(mark) {
            Some(i) => (&rest[..i], Some(&rest[i + mark.len()..])),
            None => (rest, None),
        };
        if !part.is_empty() {
            spans.push(if marked {
                Span::styled(
                    part.to_string(),
                    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                )
            } else {
                Span::raw(part.to_string())
            });
        }
        match next {
            Some(n) => {
                rest = n;
                marked = !marked;
            }
            None => break,
        }
    }
    spans
}

pub fn render_search(state: &State, b: &SearchBox, frame: &mut Frame, area: Rect) {
    if let Some(t) = &b.transcript {
        render_transcript(state, t, frame, area);
        return;
    }
    let inner = frame_box(
        frame,
        area,
        " Search every transcript · Esc closes ".to_string(),
    );
    let mut lines = vec![Line::from(Span::styled(
        format!("/ {}", sanitize::inert(&b.query.text)),
        Style::new().add_modifier(Modifier::BOLD),
    ))];
    lines.push(if b.loading {
        hint("searching…")
    } else if let Some(e) = &b.error {
        Line::from(Span::styled(
            sanitize::inert(e),
            Style::new().fg(Color::Red),
        ))
    } else {
        match &b.searched {
            None => hint("words to find (every one must appear) · Enter searches"),
            Some(q) if b.results.is_empty() => hint(format!(
                "nothing holds every word of \"{}\"",
                sanitize::inert(q)
            )),
            Some(_) => hint(format!(
                "{}{} result{} · ↑↓ pick · Enter opens the transcript",
                b.results.len(),
                if b.next_cursor.is_some() { "+" } else { "" },
                if b.results.len() == 1 { "" } else { "s" }
            )),
        }
    });
    let room = usize::from(inner.height.saturating_sub(2)) / 2;
    // Keep the selection on screen.
    let first = (b.sel + 1).saturating_sub(room.max(1));
    for (i, h) in b.results.iter().enumerate().skip(first).take(room) {
        let when = h
            .created_at
            .0
            .with_timezone(&state.settings.tz)
            .format("%Y-%m-%d %H:%M");
        let who = h
            .customer_name
            .as_deref()
            .map(sanitize::inert)
            .unwrap_or_else(|| sanitize::inert(&h.customer_id));
        let role = match h.sender_role {
            concierge_shared::SenderRole::Customer => "customer",
            concierge_shared::SenderRole::Staff => "staff",
            concierge_shared::SenderRole::Ai => "assistant",
            concierge_shared::SenderRole::System => "system",
        };
        let head = format!("{when} · {who} · {role} · #{}", h.seq);
        let selected = i == b.sel;
        let style = if selected {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().fg(Color::Cyan)
        };
        lines.push(Line::from(Span::styled(
            format!("{} {head}", if selected { "▶" } else { " " }),
            style,
        )));
        let mut snippet = vec![Span::raw("    ")];
        snippet.extend(snippet_spans(&h.snippet));
        lines.push(Line::from(snippet));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    let before = sanitize::inert(&b.query.text[..b.query.cursor]);
    let col = u16::try_from(unicode_width::UnicodeWidthStr::width(before.as_str()))
        .unwrap_or(u16::MAX)
        .saturating_add(inner.x + 2);
    frame.set_cursor_position(Position::new(
        col.min(inner.right().saturating_sub(1)),
        inner.y,
    ));
}

fn render_transcript(state: &State, t: &Transcript, frame: &mut Frame, area: Rect) {
    let inner = frame_box(
        frame,
        area,
        format!(
            " {} · read-only · ↑↓ scroll · Esc back to results ",
            sanitize::inert(&t.customer)
        ),
    );
    let ctx = Context {
        my_id: state.me.as_ref().map(|m| m.user_id.as_str()),
        read_upto: None,
        tz: state.settings.tz,
        width: inner.width.saturating_sub(2),
    };
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut hit_line = 0;
    if t.loading {
        lines.push(hint("loading…"));
    }
    for m in &t.messages {
        let hit = m.seq == t.hit_seq;
        if hit {
            hit_line = lines.len();
        }
        let mark = if hit { "▶ " } else { "  " };
        for l in transcript::message_lines(m, &ctx) {
            let mut spans = vec![Span::styled(
                mark.to_string(),
                Style::new().fg(Color::Yellow),
            )];
            spans.extend(l.spans);
            lines.push(Line::from(spans));
        }
    }
    let height = usize::from(inner.height);
    // The match sits in the upper third, unless scrolled.
    let start = hit_line
        .saturating_sub(height / 3)
        .saturating_sub(t.scroll)
        .min(lines.len().saturating_sub(height));
    let visible: Vec<Line> = lines.into_iter().skip(start).take(height).collect();
    frame.render_widget(Paragraph::new(visible), inner);
}

/// While a `/code` is typed: the replies it may become, above the box.
pub fn render_completion(state: &State, chat: &Chat, frame: &mut Frame, input: Rect) {
    if !state.composing || state.overlay.is_some() {
        return;
    }
    let Some(prefix) = canned::typed_code(&chat.draft.text) else {
        return;
    };
    let all = canned::completions(state, prefix);
    let code_w = all
        .iter()
        .map(|c| c.code.chars().count() + 1)
        .max()
        .unwrap_or(0)
        .min(33);
    let mut lines: Vec<Line> = all
        .iter()
        .take(MAX_COMPLETIONS)
        .map(|c| {
            let body = sanitize::first_line(&c.body);
            Line::from(vec![
                Span::styled(
                    format!("/{:<w$} ", c.code, w = code_w.saturating_sub(1)),
                    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                ),
                Span::styled(
                    format!("{:<4} ", c.source.label()),
                    Style::new().fg(Color::DarkGray),
                ),
                Span::raw(body),
            ])
        })
        .collect();
    if all.len() > MAX_COMPLETIONS {
        lines.push(hint(format!(
            "… {} more: type on",
            all.len() - MAX_COMPLETIONS
        )));
    }
    if lines.is_empty() {
        lines.push(hint(format!(
            "no canned reply starts with /{}",
            sanitize::inert(prefix)
        )));
    }
    let h = (lines.len() as u16 + 2).min(input.y);
    if h < 3 {
        return;
    }
    let r = Rect {
        x: input.x,
        y: input.y - h,
        width: input.width,
        height: h,
    };
    frame.render_widget(Clear, r);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(Style::new().fg(Color::DarkGray))
        .title(" Tab completes · team replies, mine win ");
    let inner = block.inner(r);
    frame.render_widget(block, r);
    frame.render_widget(Paragraph::new(lines), inner);
}
