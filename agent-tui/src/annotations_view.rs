//! Issue 16: the boxes for a private note (`N`) and a chat's labels (`L`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use crate::annotations;
use crate::sanitize;
use crate::state::Input;
use crate::view::{input_cursor, popup};

pub(crate) fn render_note(customer: &str, text: &Input, frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::from(Span::styled(
            format!(
                "Private note on the chat with {}",
                sanitize::inert(customer)
            ),
            annotations::style_note().add_modifier(Modifier::BOLD),
        )),
        Line::from("Staff only: the customer never sees it."),
        Line::from(Span::styled(
            format!("> {}", sanitize::inert(&text.text)),
            Style::new().add_modifier(Modifier::BOLD),
        )),
        Line::from(Span::styled(
            "Enter save · Esc cancel",
            Style::new().fg(Color::DarkGray),
        )),
    ];
    let r = popup(frame, area, "Private note", lines, 64);
    input_cursor(frame, r, text, 3);
}

pub(crate) fn render_labels(customer: &str, text: &Input, frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::from(format!(
            "Labels of the chat with {} (space between them):",
            sanitize::inert(customer)
        )),
        Line::from(Span::styled(
            format!("> {}", sanitize::inert(&text.text)),
            Style::new().add_modifier(Modifier::BOLD),
        )),
        Line::from(Span::styled(
            "a-z 0-9 - _ : · Tab complete · Enter save · Esc cancel",
            Style::new().fg(Color::DarkGray),
        )),
    ];
    let r = popup(frame, area, "Labels", lines, 64);
    input_cursor(frame, r, text, 2);
}
