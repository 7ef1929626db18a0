//! Drawing: `render(&State, &mut Frame)` reads the state and never
//! changes it. Layout: queue and my chats on the left, the conversation
//! and reply box on the right, a status bar at the bottom, overlays on
//! top. Every string that came from the server goes through
//! [`crate::sanitize`] first.

use chrono::{DateTime, Utc};
use concierge_shared::TransferOffer;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use crate::annotations; // issue 16
use crate::keys::KeyAction;
use crate::sanitize;
use crate::state::{Chat, ConnState, Focus, Overlay, State};
use crate::transcript::{self, Context};

const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);

pub fn render(state: &State, frame: &mut Frame) {
    let area = frame.area();
    let [main, status] = Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    // The lists get a fixed share: readable names at 80 columns, and the
    // conversation takes what a wide terminal adds.
    let left_w = if area.width >= 120 {
        40
    } else {
        (area.width * 2 / 5).min(32)
    };
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Min(20)]).areas(main);
    // `clamp` would panic on a tiny terminal where half the height is
    // less than the minimum.
    let chats_h = (state.chats.len() as u16 + 2)
        .min(left.height / 2)
        .max(4.min(left.height));
    // Issue 17: messages left while nobody was there, between the queue
    // and my chats, when there are any (two lines each).
    let msgs_h = if state.messages.is_empty() {
        0
    } else {
        (state.messages.len() as u16 * 2 + 2)
            .min(left.height / 3)
            .max(4.min(left.height / 3))
    };
    let [queue_area, msgs_area, chats_area] = Layout::vertical([
        Constraint::Min(4),
        Constraint::Length(msgs_h),
        Constraint::Length(chats_h),
    ])
    .areas(left);

    render_queue(state, frame, queue_area);
    if msgs_h > 0 {
        render_messages(state, frame, msgs_area);
    }
    render_chats(state, frame, chats_area);
    render_conversation(state, frame, right);
    render_status(state, frame, status);

    match &state.overlay {
        Some(Overlay::Help { scroll }) => {
            crate::help_view::render_help(state, *scroll, frame, area)
        }
        Some(Overlay::DeclineReason {
            customer, reason, ..
        }) => {
            let lines = vec![
                Line::from(format!("Decline {}?", sanitize::inert(customer))),
                Line::from("Reason (optional, for your colleagues):"),
                Line::from(Span::styled(
                    format!("> {}", sanitize::inert(&reason.text)),
                    Style::new().add_modifier(Modifier::BOLD),
                )),
                Line::from(Span::styled(
                    "Enter decline · Esc cancel",
                    Style::new().fg(Color::DarkGray),
                )),
            ];
            let r = popup(frame, area, "Decline offer", lines, 56);
            // Columns before the cursor; saturating, as a pasted reason
            // can be longer than any screen.
            let before = sanitize::inert(&reason.text[..reason.cursor]);
            let col = u16::try_from(unicode_width::UnicodeWidthStr::width(before.as_str()))
                .unwrap_or(u16::MAX)
                .saturating_add(r.x + 3);
            frame.set_cursor_position(Position::new(col.min(r.right().saturating_sub(2)), r.y + 3));
        }
        Some(Overlay::ConfirmQuit { open_chats }) => {
            let lines = vec![
                Line::from(format!(
                    "{open_chats} chat{} still open.",
                    if *open_chats == 1 { " is" } else { "s are" }
                )),
                Line::from("Customers stay assigned to you. Quit anyway?"),
                Line::from(Span::styled(
                    "y quit · n stay",
                    Style::new().fg(Color::DarkGray),
                )),
            ];
            popup(frame, area, "Quit", lines, 50);
        }
        Some(Overlay::ConfirmClose { customer, .. }) => {
            let lines = vec![
                Line::from(format!(
                    "Close the chat with {}?",
                    sanitize::inert(customer)
                )),
                Line::from(Span::styled(
                    "y close · n keep open",
                    Style::new().fg(Color::DarkGray),
                )),
            ];
            popup(frame, area, "Close chat", lines, 50);
        }
        Some(Overlay::Answer { customer, text, .. }) => {
            let lines = vec![
                Line::from(format!(
                    "Answer {} (by email and in their chat):",
                    sanitize::inert(customer)
                )),
                Line::from(Span::styled(
                    format!("> {}", sanitize::inert(&text.text)),
                    Style::new().add_modifier(Modifier::BOLD),
                )),
                Line::from(Span::styled(
                    "Enter send · Esc cancel",
                    Style::new().fg(Color::DarkGray),
                )),
            ];
            let r = popup(frame, area, "Answer message", lines, 64);
            input_cursor(frame, r, text, 2);
        }
        // Issue 16.
        Some(Overlay::Note { customer, text, .. }) => {
            crate::annotations_view::render_note(customer, text, frame, area)
        }
        Some(Overlay::Labels { customer, text, .. }) => {
            crate::annotations_view::render_labels(customer, text, frame, area)
        }
        Some(Overlay::Search(b)) => crate::search_view::render_search(state, b, frame, area),
        Some(Overlay::HandOver(p)) => crate::handover::render(p, frame, area), // issue 16
        None => {}
    }
}

/// The cursor in a one-line popup input on row `row` of the popup.
pub(crate) fn input_cursor(frame: &mut Frame, r: Rect, text: &crate::state::Input, row: u16) {
    let before = sanitize::inert(&text.text[..text.cursor]);
    let col = u16::try_from(unicode_width::UnicodeWidthStr::width(before.as_str()))
        .unwrap_or(u16::MAX)
        .saturating_add(r.x + 3);
    frame.set_cursor_position(Position::new(
        col.min(r.right().saturating_sub(2)),
        r.y + row,
    ));
}

/// Issue 17: messages left while nobody was there: who, when, the summary.
fn render_messages(state: &State, frame: &mut Frame, area: Rect) {
    let focused = state.focus == Focus::Messages && !state.composing;
    let block = pane(format!(" Messages ({}) ", state.messages.len()), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    for (i, m) in state.messages.iter().enumerate() {
        let selected = i == state.msg_sel;
        let style = if selected && focused {
            SELECTED
        } else {
            Style::new()
        };
        let marker = if selected { "▶ " } else { "  " };
        let tail = format!(" {}", wait_label(m.created_at.0, state.now));
        let name_w = width.saturating_sub(2 + tail.chars().count());
        let name = truncate(&sanitize::inert(&m.customer_name), name_w);
        let pad = name_w.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
        lines.push(Line::from(vec![
            Span::styled(
                format!("{marker}{name}{}", " ".repeat(pad)),
                style.add_modifier(Modifier::BOLD),
            ),
            Span::styled(tail, style.fg(Color::Yellow)),
        ]));
        let summary = sanitize::first_line(&m.summary);
        lines.push(Line::from(Span::styled(
            format!("  {}", truncate(&summary, width.saturating_sub(2))),
            Style::new().fg(Color::Gray),
        )));
    }
    let skip = (state.msg_sel * 2 + 2).saturating_sub(usize::from(inner.height)) as u16;
    frame.render_widget(Paragraph::new(lines).scroll((skip, 0)), inner);
}

fn pane(title: String, focused: bool) -> Block<'static> {
    let block = Block::default().borders(Borders::ALL).title(Span::styled(
        title,
        Style::new().add_modifier(Modifier::BOLD),
    ));
    if focused {
        block
            .border_type(BorderType::Thick)
            .border_style(Style::new().fg(Color::Yellow))
    } else {
        block.border_style(Style::new().fg(Color::DarkGray))
    }
}

/// "<1m", "12m", "2h05m": how long someone has waited.
pub fn wait_label(since: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let mins = (now - since).num_minutes().max(0);
    match mins {
        0 => "<1m".into(),
        m if m < 60 => format!("{m}m"),
        m => format!("{}h{:02}m", m / 60, m % 60),
    }
}

/// One line of at most `width` columns, with "…" when something was cut.
fn truncate(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if unicode_width::UnicodeWidthStr::width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

fn render_queue(state: &State, frame: &mut Frame, area: Rect) {
    let focused = state.focus == Focus::Queue && !state.composing;
    let block = pane(format!(" Queue ({}) ", state.queue.len()), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    if state.queue.is_empty() {
        let text = Paragraph::new(vec![Line::from(Span::styled(
            "No one is waiting.",
            Style::new().fg(Color::DarkGray),
        ))]);
        frame.render_widget(text, inner);
        return;
    }
    let mut lines = Vec::new();
    for (i, offer) in state.queue.iter().enumerate() {
        let selected = i == state.queue_sel;
        lines.extend(offer_lines(
            offer,
            state.me.as_ref().map(|m| m.user_id.as_str()),
            state.now,
            width,
            selected && focused,
            selected,
        ));
    }
    // Keep the selected offer in view: each takes three lines.
    let skip = (state.queue_sel * 3 + 3).saturating_sub(usize::from(inner.height)) as u16;
    frame.render_widget(Paragraph::new(lines).scroll((skip, 0)), inner);
}

fn offer_lines(
    o: &TransferOffer,
    me: Option<&str>,
    now: DateTime<Utc>,
    width: usize,
    highlight: bool,
    selected: bool,
) -> Vec<Line<'static>> {
    let wait = wait_label(o.waiting_since.0, now);
    let mut marks = String::new();
    if !o.declined_by.is_empty() {
        marks.push_str(&format!(" ✗{}", o.declined_by.len()));
    }
    if o.reoffered {
        marks.push_str(" ↻");
    }
    let tail = format!(" {wait}{marks}");
    let name_w = width.saturating_sub(2 + tail.chars().count());
    let name = truncate(&sanitize::inert(&o.customer_name), name_w);
    let pad = name_w.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
    let marker = if selected { "▶ " } else { "  " };
    let style = if highlight { SELECTED } else { Style::new() };
    let first = Line::from(vec![
        Span::styled(
            format!("{marker}{name}{}", " ".repeat(pad)),
            style.add_modifier(Modifier::BOLD),
        ),
        Span::styled(tail, style.fg(Color::Yellow)),
    ]);
    let reason = o
        .reason
        .as_deref()
        .map(sanitize::first_line)
        .filter(|r| !r.trim().is_empty())
        .unwrap_or_else(|| "no reason given".into());
    // Issue 16: a chat handed over shows who sent it and their note.
    let reason = match (&o.from_staff_name, &o.note) {
        (Some(from), Some(note)) => format!("from {}: {}", from, sanitize::first_line(note)),
        (Some(from), None) => format!("handed over by {from}"),
        // Issue 17: a returning customer whose message I answered is
        // offered to me first.
        _ if o.preferred_staff_id.is_some() && o.preferred_staff_id.as_deref() == me => {
            format!("↩ you answered them before · {reason}")
        }
        _ => reason,
    };
    let summary = sanitize::first_line(&o.summary);
    let second = Line::from(Span::styled(
        format!("  {}", truncate(&reason, width.saturating_sub(2))),
        Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
    ));
    let third = Line::from(Span::styled(
        format!("  {}", truncate(&summary, width.saturating_sub(2))),
        Style::new().fg(Color::Gray),
    ));
    vec![first, second, third]
}

fn render_chats(state: &State, frame: &mut Frame, area: Rect) {
    let focused = state.focus == Focus::Chats;
    let block = pane(format!(" My chats ({}) ", state.open_chats()), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if state.chats.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled("None yet.", Style::new().fg(Color::DarkGray))),
            inner,
        );
        return;
    }
    let width = usize::from(inner.width);
    let lines: Vec<Line> = state
        .chats
        .iter()
        .enumerate()
        .map(|(i, c)| chat_line(c, i, i == state.chat_sel, focused, width))
        .collect();
    let skip = (state.chat_sel + 1).saturating_sub(usize::from(inner.height)) as u16;
    frame.render_widget(Paragraph::new(lines).scroll((skip, 0)), inner);
}

fn chat_line(c: &Chat, i: usize, selected: bool, focused: bool, width: usize) -> Line<'static> {
    let mut marks = String::new();
    if c.typing.is_some() {
        marks.push_str(" ✎");
    }
    if c.unread > 0 {
        marks.push_str(&format!(" ●{}", c.unread));
    } else if c.awaiting_reply() {
        marks.push_str(" !");
    }
    if c.closed.is_some() {
        marks.push_str(" closed");
    }
    let marker = if selected { "▶" } else { " " };
    let head = format!("{marker}{} ", i + 1);
    let name_w = width.saturating_sub(head.chars().count() + marks.chars().count());
    let name = truncate(&sanitize::inert(&c.customer_name), name_w);
    let pad = name_w.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
    let mut style = if selected && focused {
        SELECTED
    } else {
        Style::new()
    };
    if c.closed.is_some() {
        style = style.fg(Color::DarkGray);
    }
    Line::from(vec![
        Span::styled(format!("{head}{name}{}", " ".repeat(pad)), style),
        Span::styled(
            marks,
            style.fg(if c.unread > 0 {
                Color::Yellow
            } else {
                Color::DarkGray
            }),
        ),
    ])
}

fn render_conversation(state: &State, frame: &mut Frame, area: Rect) {
    if let Some(p) = &state.preview {
        let offer = state
            .queue
            .iter()
            .find(|o| o.transfer_request_id == p.transfer_request_id);
        let name = offer.map_or_else(|| "customer".into(), |o| sanitize::inert(&o.customer_name));
        let wait = offer.map(|o| wait_label(o.waiting_since.0, state.now));
        let title = match wait {
            Some(w) => format!(" Preview · {name} · waiting {w} "),
            None => format!(" Preview · {name} "),
        };
        let block = pane(title, false);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let km = &state.settings.keymap;
        let footer = Line::from(Span::styled(
            format!(
                "{} accept · {} decline · {} back",
                km.short(KeyAction::Accept),
                km.short(KeyAction::Decline),
                km.short(KeyAction::LeaveCompose)
            ),
            Style::new().fg(Color::Yellow),
        ));
        let summary = offer.map(|o| o.summary.as_str());
        let mut lines = Vec::new();
        if p.loading {
            lines.push(Line::from(Span::styled(
                "loading…",
                transcript::style_system(),
            )));
        }
        let ctx = Context {
            my_id: None,
            read_upto: None,
            tz: state.settings.tz,
            width: inner.width,
        };
        for m in p.messages.values() {
            lines.extend(transcript::message_lines(m, &ctx));
        }
        draw_transcript(frame, inner, summary, lines, Some(footer));
        return;
    }
    let Some(chat) = state.selected_chat() else {
        let block = pane(" Conversation ".into(), false);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let km = &state.settings.keymap;
        let hint = vec![
            Line::from(""),
            Line::from("No chat open."),
            Line::from(format!(
                "Select a waiting customer in the queue: {} previews, {} accepts.",
                km.short(KeyAction::Preview),
                km.short(KeyAction::Accept)
            )),
            Line::from(format!("{} shows every key.", km.short(KeyAction::Help))),
        ];
        frame.render_widget(
            Paragraph::new(hint)
                .style(Style::new().fg(Color::DarkGray))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    };
    // Issue 16: the customer panel beside the conversation, when open for
    // this chat and there is room for both.
    let area = match &state.panel {
        Some(p)
            if p.session_uuid == chat.session_uuid
                && area.width >= crate::customer_panel::PANEL_WIDTH + 30 =>
        {
            let [conv, side] = Layout::horizontal([
                Constraint::Min(30),
                Constraint::Length(crate::customer_panel::PANEL_WIDTH),
            ])
            .areas(area);
            crate::customer_panel::render(state, p, frame, side);
            conv
        }
        // Too narrow for both: the panel shows instead, until `c` again.
        Some(p) if p.session_uuid == chat.session_uuid => {
            crate::customer_panel::render(state, p, frame, area);
            return;
        }
        _ => area,
    };
    let input_rows = chat.draft.text.split('\n').count().clamp(1, 4) as u16;
    let [conv_area, input_area] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(input_rows + 2)]).areas(area);

    // Issue 16: the labels beside the name.
    let title = if chat.labels.is_empty() {
        format!(" {} ", sanitize::inert(&chat.customer_name))
    } else {
        format!(
            " {} · {} ",
            sanitize::inert(&chat.customer_name),
            annotations::labels_text(&chat.labels)
        )
    };
    let block = pane(title, state.focus == Focus::Chats && !state.composing);
    let inner = block.inner(conv_area);
    frame.render_widget(block, conv_area);

    let ctx = Context {
        my_id: state.me.as_ref().map(|m| m.user_id.as_str()),
        read_upto: chat.read_upto,
        tz: state.settings.tz,
        width: inner.width,
    };
    let mut lines = Vec::new();
    if chat.loading_older {
        lines.push(Line::from(Span::styled(
            "… loading older messages",
            transcript::style_system(),
        )));
    } else if chat.has_more {
        lines.push(Line::from(Span::styled(
            format!(
                "↑ older messages: {}",
                state.settings.keymap.short(KeyAction::PageUp)
            ),
            transcript::style_system(),
        )));
    }
    let shown = chat.messages.len().saturating_sub(chat.scroll);
    // Issue 16: private notes where they fall in time.
    let mut notes = chat.notes.iter().peekable();
    // Issue 16: order cards (mine only) before any message…
    for c in chat.cards.iter().filter(|c| c.after_seq == 0) {
        lines.extend(crate::customer_panel::card_lines(&c.card, inner.width));
    }
    for m in chat.messages.values().take(shown) {
        while let Some(n) = notes.next_if(|n| n.created_at <= m.created_at) {
            lines.extend(annotations::note_lines(n, &ctx));
        }
        lines.extend(transcript::message_lines(m, &ctx));
        // …or after the message that was last when it was looked up.
        for c in chat.cards.iter().filter(|c| c.after_seq == m.seq) {
            lines.extend(crate::customer_panel::card_lines(&c.card, inner.width));
        }
    }
    if chat.scroll == 0 {
        for n in notes {
            lines.extend(annotations::note_lines(n, &ctx));
        }
        for o in chat.outgoing.iter() {
            lines.extend(transcript::outgoing_lines(&o.item, inner.width));
        }
    }
    let footer = if let Some(by) = &chat.closed {
        Some(Line::from(Span::styled(
            format!(
                "— closed by {} · {} dismisses —",
                sanitize::inert(by),
                state.settings.keymap.short(KeyAction::CloseChat)
            ),
            Style::new().fg(Color::Red),
        )))
    } else if chat.scroll > 0 {
        Some(Line::from(Span::styled(
            format!(
                "↓ {} newer · {} latest",
                chat.scroll,
                state.settings.keymap.short(KeyAction::Latest)
            ),
            Style::new().fg(Color::Yellow),
        )))
    } else {
        chat.typing.as_ref().map(|(name, _)| {
            Line::from(Span::styled(
                format!("{} is typing…", sanitize::inert(name)),
                Style::new().fg(Color::Cyan).add_modifier(Modifier::ITALIC),
            ))
        })
    };
    draw_transcript(frame, inner, chat.summary.as_deref(), lines, footer);
    render_input(state, chat, frame, input_area);
    // Issue 16: the canned replies a `/code` may become.
    crate::search_view::render_completion(state, chat, frame, input_area);
}

/// Summary pinned at the top, the newest lines at the bottom, an optional
/// footer line under them.
fn draw_transcript(
    frame: &mut Frame,
    area: Rect,
    summary: Option<&str>,
    lines: Vec<Line<'static>>,
    footer: Option<Line<'static>>,
) {
    let mut area = area;
    if let Some(summary) = summary.filter(|s| !s.trim().is_empty()) {
        let width = usize::from(area.width).saturating_sub(9).max(1);
        let mut rows: Vec<String> = sanitize::lines(summary)
            .iter()
            .flat_map(|l| transcript::wrap(l, width))
            .collect();
        // At most two lines so the conversation keeps the room.
        if rows.len() > 2 {
            rows.truncate(2);
            if let Some(last) = rows.last_mut() {
                last.push('…');
            }
        }
        let pinned: Vec<Line> = rows
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                let head = if i == 0 { "Summary: " } else { "         " };
                Line::from(vec![
                    Span::styled(
                        head,
                        Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                    ),
                    Span::raw(r),
                ])
            })
            .chain(std::iter::once(Line::from(Span::styled(
                "─".repeat(usize::from(area.width)),
                Style::new().fg(Color::DarkGray),
            ))))
            .collect();
        let h = (pinned.len() as u16).min(area.height);
        let [top, rest] = Layout::vertical([Constraint::Length(h), Constraint::Min(0)]).areas(area);
        frame.render_widget(Paragraph::new(pinned), top);
        area = rest;
    }
    if let Some(footer) = footer {
        let [rest, bottom] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
        frame.render_widget(Paragraph::new(footer), bottom);
        area = rest;
    }
    let height = usize::from(area.height);
    let skip = lines.len().saturating_sub(height);
    let visible: Vec<Line> = lines.into_iter().skip(skip).collect();
    frame.render_widget(Paragraph::new(visible), area);
}

fn render_input(state: &State, chat: &Chat, frame: &mut Frame, area: Rect) {
    let km = &state.settings.keymap;
    let title = if state.composing {
        format!(
            " {} send · {} new line · {} done ",
            km.short(KeyAction::Send),
            km.short(KeyAction::Newline),
            km.short(KeyAction::LeaveCompose)
        )
    } else if chat.is_open() {
        format!(" Reply · {} to write ", km.short(KeyAction::Compose))
    } else {
        " Reply · chat closed ".to_string()
    };
    let block = if state.composing {
        Block::default()
            .borders(Borders::ALL)
            .border_type(BorderType::Thick)
            .border_style(Style::new().fg(Color::Green))
            .title(title)
    } else {
        Block::default()
            .borders(Borders::ALL)
            .border_style(Style::new().fg(Color::DarkGray))
            .title(title)
    };
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (rows, (row, col)) = transcript::input_rows(
        &chat.draft.text,
        chat.draft.cursor,
        usize::from(inner.width.saturating_sub(1)),
    );
    let height = usize::from(inner.height).max(1);
    let first = (row + 1).saturating_sub(height);
    let lines: Vec<Line> = rows
        .into_iter()
        .skip(first)
        .take(height)
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    if state.composing && state.overlay.is_none() {
        frame.set_cursor_position(Position::new(
            inner.x + col as u16,
            inner.y + (row - first) as u16,
        ));
    }
}

fn render_status(state: &State, frame: &mut Frame, area: Rect) {
    let sep = || Span::styled(" │ ", Style::new().fg(Color::DarkGray));
    let mut spans = vec![match &state.conn {
        ConnState::Connected => Span::styled("● connected", Style::new().fg(Color::Green)),
        ConnState::Connecting { attempt } if *attempt <= 1 => {
            Span::styled("◌ connecting…", Style::new().fg(Color::Yellow))
        }
        ConnState::Connecting { attempt } => Span::styled(
            format!("◌ reconnecting (try {attempt})…"),
            Style::new().fg(Color::Yellow),
        ),
        ConnState::Disconnected {
            reason,
            retry_in_secs,
        } => Span::styled(
            format!(
                "✕ offline: {} · retry {retry_in_secs}s",
                sanitize::inert(reason)
            ),
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        ),
    }];
    if state.conn == ConnState::Connected
        && let Some(w) = state.workload
    {
        spans.push(sep());
        spans.push(if w.is_available {
            Span::styled("available", Style::new().fg(Color::Green))
        } else {
            Span::styled("away", Style::new().fg(Color::Yellow))
        });
    }
    spans.push(sep());
    spans.push(Span::raw(match state.workload {
        Some(w) => format!("chats {}/{}", w.current_chats, w.max_concurrent_chats),
        None => "chats -/-".into(),
    }));
    spans.push(sep());
    spans.push(Span::raw(format!("staff online {}", state.online_staff)));
    if let Some((text, _)) = &state.flash {
        spans.push(sep());
        spans.push(Span::styled(
            sanitize::inert(text),
            Style::new().fg(Color::Yellow),
        ));
    }
    let help = format!(" {} help ", state.settings.keymap.short(KeyAction::Help));
    let help_w = help.chars().count() as u16;
    let [left, right] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(help_w)]).areas(area);
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(
        Paragraph::new(Span::styled(
            help,
            Style::new().fg(Color::Black).bg(Color::Gray),
        )),
        right,
    );
}

/// A centred box sized to its lines (clipped to the screen). Returns the
/// box's area.
pub(crate) fn popup(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    lines: Vec<Line>,
    max_w: u16,
) -> Rect {
    let content_w = lines.iter().map(Line::width).max().unwrap_or(0) as u16;
    let w = (content_w + 4)
        .max(title.chars().count() as u16 + 6)
        .min(max_w)
        .min(area.width);
    let h = (lines.len() as u16 + 2).min(area.height);
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
        .title(format!(" {title} "));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    frame.render_widget(
        Paragraph::new(lines)
            .block(Block::default().padding(ratatui::widgets::Padding::horizontal(1))),
        inner,
    );
    r
}
