//! A conversation as screen lines: who said what, when, wrapped to the
//! pane's width, with read receipts on my messages. Pure functions of the
//! messages, so the view stays a plain reader of state.

use chrono::FixedOffset;
use concierge_shared::{Message, SenderRole};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use crate::sanitize;
use crate::state::Outgoing;

/// What the transcript needs to know besides the messages.
pub struct Context<'a> {
    pub my_id: Option<&'a str>,
    pub read_upto: Option<i64>,
    pub tz: FixedOffset,
    pub width: u16,
}

pub fn style_customer() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}
pub fn style_ai() -> Style {
    Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD)
}
pub fn style_staff() -> Style {
    Style::new().fg(Color::Green).add_modifier(Modifier::BOLD)
}
pub fn style_system() -> Style {
    Style::new()
        .fg(Color::DarkGray)
        .add_modifier(Modifier::ITALIC)
}

/// Lines for one stored message: a header naming the speaker and the
/// time, then the text indented under it. System turns are one dim line
/// each, set apart by a leading "·".
pub fn message_lines(m: &Message, ctx: &Context<'_>) -> Vec<Line<'static>> {
    let time = m
        .created_at
        .0
        .with_timezone(&ctx.tz)
        .format("%H:%M")
        .to_string();
    let name = m
        .sender_name
        .as_deref()
        .map(sanitize::inert)
        .unwrap_or_default();
    let body_width = usize::from(ctx.width.saturating_sub(2)).max(1);
    if m.sender_role == SenderRole::System {
        let text = format!("· {time} {}", m.content);
        return wrap(&text, usize::from(ctx.width).max(1))
            .into_iter()
            .map(|l| Line::from(Span::styled(l, style_system())))
            .collect();
    }
    let mine = m.sender_role == SenderRole::Staff && m.sender_id.as_deref() == ctx.my_id;
    let (label, style) = match m.sender_role {
        SenderRole::Customer => (
            format!("{} (customer)", or(&name, "Customer")),
            style_customer(),
        ),
        SenderRole::Ai => ("Assistant (AI)".to_string(), style_ai()),
        SenderRole::Staff if mine => ("You".to_string(), style_staff()),
        SenderRole::Staff => (format!("{} (staff)", or(&name, "Staff")), style_staff()),
        SenderRole::System => (String::new(), style_system()),
    };
    let mut header = vec![
        Span::styled(format!("{time} "), Style::new().fg(Color::DarkGray)),
        Span::styled(label, style),
    ];
    if mine {
        let read = ctx.read_upto.is_some_and(|r| m.message_id <= r) || m.read_at.is_some();
        header.push(if read {
            Span::styled(" ✓✓ read", Style::new().fg(Color::Blue))
        } else {
            Span::styled(" ✓", Style::new().fg(Color::DarkGray))
        });
    }
    let mut lines = vec![Line::from(header)];
    lines.extend(body_lines(&m.content, body_width));
    lines
}

/// My not-yet-acknowledged message, marked as such.
pub fn outgoing_lines(o: &Outgoing, width: u16) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(vec![
        Span::styled("--:-- ", Style::new().fg(Color::DarkGray)),
        Span::styled("You", style_staff()),
        Span::styled(" … sending", Style::new().fg(Color::Yellow)),
    ])];
    lines.extend(body_lines(
        &o.content,
        usize::from(width.saturating_sub(2)).max(1),
    ));
    lines
}

fn body_lines(content: &str, width: usize) -> Vec<Line<'static>> {
    sanitize::lines(content)
        .iter()
        .flat_map(|l| wrap(l, width))
        .map(|l| Line::from(format!("  {l}")))
        .collect()
}

fn or<'a>(s: &'a str, default: &'a str) -> &'a str {
    if s.trim().is_empty() { default } else { s }
}

/// Word-wrap one (already inert) line to `width` columns, breaking words
/// longer than a line.
pub fn wrap(line: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0;
    for word in line.split_inclusive(' ') {
        let w: usize = word.chars().map(|c| c.width().unwrap_or(0)).sum();
        let trimmed_w = w - usize::from(word.ends_with(' '));
        if cur_w + trimmed_w > width && cur_w > 0 {
            out.push(cur.trim_end().to_string());
            cur.clear();
            cur_w = 0;
        }
        if trimmed_w > width {
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if cur_w + cw > width && cur_w > 0 {
                    out.push(std::mem::take(&mut cur));
                    cur_w = 0;
                }
                cur.push(c);
                cur_w += cw;
            }
        } else {
            cur.push_str(word);
            cur_w += w;
        }
    }
    out.push(cur.trim_end().to_string());
    out
}

/// Lay the reply box text out in rows of `width` columns (hard wrap,
/// line breaks kept) and find the cursor's row and column.
pub fn input_rows(text: &str, cursor: usize, width: usize) -> (Vec<String>, (usize, usize)) {
    let width = width.max(1);
    let mut rows = vec![String::new()];
    let mut col = 0;
    let mut at = None;
    for (i, c) in text.char_indices() {
        if i == cursor {
            at = Some((rows.len() - 1, col));
        }
        if c == '\n' {
            rows.push(String::new());
            col = 0;
            continue;
        }
        let c = sanitize::placeholder(c);
        let w = c.width().unwrap_or(0);
        if col + w > width {
            rows.push(String::new());
            col = 0;
            if i == cursor {
                at = Some((rows.len() - 1, 0));
            }
        }
        if let Some(last) = rows.last_mut() {
            last.push(c);
        }
        col += w;
    }
    let at = at.unwrap_or_else(|| {
        if col >= width {
            rows.push(String::new());
            (rows.len() - 1, 0)
        } else {
            (rows.len() - 1, col)
        }
    });
    (rows, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_on_words_and_breaks_long_ones() {
        assert_eq!(wrap("hello big world", 9), vec!["hello big", "world"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4), vec![""]);
    }

    #[test]
    fn cursor_follows_wrapped_input() {
        let (rows, at) = input_rows("abcdef", 6, 4);
        assert_eq!(rows, vec!["abcd", "ef"]);
        assert_eq!(at, (1, 2));
        let (rows, at) = input_rows("ab\ncd", 3, 10);
        assert_eq!(rows, vec!["ab", "cd"]);
        assert_eq!(at, (1, 0));
    }
}
