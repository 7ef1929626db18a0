//! The help overlay: every key from the keymap, scrolling where the
//! terminal is too small to show them all.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use crate::keys::KeyAction;
use crate::state::State;
use crate::view::popup;

pub(crate) fn render_help(state: &State, scroll: u16, frame: &mut Frame, area: Rect) {
    let km = &state.settings.keymap;
    let keys: Vec<(String, &str)> = KeyAction::ALL
        .iter()
        .map(|a| (km.label(*a), a.describe()))
        .collect();
    let key_w = keys
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = keys
        .into_iter()
        .map(|(k, d)| {
            Line::from(vec![
                Span::styled(
                    format!("{k:<key_w$}  "),
                    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                ),
                Span::raw(d),
            ])
        })
        .collect();
    lines.push(Line::from(Span::styled(
        "reply box: ←→ Home End Backspace Del edit · Tab completes /code",
        Style::new().fg(Color::DarkGray),
    )));
    // Issue 16.
    lines.push(Line::from(Span::styled(
        "reply box: /order <n> shows that customer's order to you only",
        Style::new().fg(Color::DarkGray),
    )));
    // Rows that fit inside the box's borders; past that the help scrolls,
    // and says how much is above and below.
    let room = usize::from(area.height.saturating_sub(2)).max(1);
    if lines.len() <= room {
        popup(frame, area, "Keys · any key closes", lines, 76);
        return;
    }
    let visible = room.saturating_sub(1).max(1);
    let top = usize::from(scroll).min(lines.len() - visible);
    let below = lines.len() - top - visible;
    let mut shown: Vec<Line> = lines.into_iter().skip(top).take(visible).collect();
    shown.push(Line::from(Span::styled(
        format!("{top} above · {below} below · ↑↓ scroll"),
        Style::new().fg(Color::DarkGray),
    )));
    popup(
        frame,
        area,
        "Keys · ↑↓ scroll · other keys close",
        shown,
        76,
    );
}
