//! Issue 16: the customer beside the chat. `c` toggles a panel to the
//! right of the conversation with the customer's earlier sessions (with
//! ratings) and orders, asked of the daemon (`get_customer_context`) for
//! the selected chat. In the reply box, `/order 1042` looks that
//! customer's order up (`lookup_order`) and shows the card in the chat
//! for me only: it is never sent to the customer.

use concierge_shared::{ClientEvent, CustomerContext, GetCustomerContext, LookupOrder, OrderCard};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use crate::sanitize;
use crate::state::{Pending, State};
use crate::update::{Command, send};

/// The reply-box command for an order card.
pub const ORDER_COMMAND: &str = "/order ";
/// Columns the panel takes beside the conversation.
pub const PANEL_WIDTH: u16 = 38;

#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub session_uuid: String,
    pub context: Option<CustomerContext>,
    pub loading: bool,
    pub error: Option<String>,
}

/// An order card shown in a chat for staff only, after the message with
/// seq `after_seq` (0: before any).
#[derive(Debug, Clone, PartialEq)]
pub struct StaffCard {
    pub after_seq: i64,
    pub card: OrderCard,
}

/// `c`: open the panel for the selected chat, or close it.
pub fn toggle(state: &mut State, out: &mut Vec<Command>) {
    if state.panel.take().is_some() {
        return;
    }
    load(state, out);
}

/// Ask for the selected chat's customer (opening the panel).
pub fn load(state: &mut State, out: &mut Vec<Command>) {
    let Some(chat) = state.selected_chat() else {
        state.set_flash("no chat selected");
        return;
    };
    let session_uuid = chat.session_uuid.clone();
    let ev = ClientEvent::GetCustomerContext(GetCustomerContext {
        session_uuid: session_uuid.clone(),
    });
    let pending = Pending::CustomerContext {
        session_uuid: session_uuid.clone(),
    };
    let loading = send(state, out, ev, Some(pending));
    state.panel = Some(Panel {
        session_uuid,
        context: None,
        loading,
        error: (!loading).then(|| "not connected".to_string()),
    });
}

/// The selection moved to another chat: an open panel follows it.
pub fn follow_selection(state: &mut State, out: &mut Vec<Command>) {
    let selected = state.selected_chat().map(|c| c.session_uuid.clone());
    match (&state.panel, selected) {
        (Some(p), Some(s)) if p.session_uuid != s => load(state, out),
        _ => {}
    }
}

pub fn on_context(state: &mut State, session_uuid: &str, ctx: CustomerContext) {
    if let Some(p) = &mut state.panel
        && p.session_uuid == session_uuid
    {
        p.context = Some(ctx);
        p.loading = false;
        p.error = None;
    }
}

pub fn on_context_error(state: &mut State, session_uuid: &str, message: &str) {
    if let Some(p) = &mut state.panel
        && p.session_uuid == session_uuid
    {
        p.loading = false;
        p.error = Some(message.to_string());
    }
}

/// In the reply box: `/order <number>` looks the order up instead of
/// sending anything. Returns whether the box held the command.
pub fn order_command(state: &mut State, out: &mut Vec<Command>) -> bool {
    let Some(chat) = state.selected_chat() else {
        return false;
    };
    let Some(rest) = chat
        .draft
        .text
        .trim_start()
        .strip_prefix(ORDER_COMMAND.trim_end())
    else {
        return false;
    };
    // "/orders" is not the command.
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return false;
    }
    let order_id = rest.trim().to_string();
    if order_id.is_empty() || order_id.contains(char::is_whitespace) {
        state.set_flash("usage: /order <number>");
        return true;
    }
    let session_uuid = chat.session_uuid.clone();
    let ev = ClientEvent::LookupOrder(LookupOrder {
        session_uuid: session_uuid.clone(),
        order_id: order_id.clone(),
    });
    if send(state, out, ev, Some(Pending::Order { session_uuid })) {
        if let Some(chat) = state.selected_chat_mut() {
            chat.draft.take();
        }
        state.set_flash(format!("looking up order {order_id}… (only you see it)"));
    } else {
        state.set_flash("not connected: cannot look orders up now");
    }
    true
}

pub fn on_order(state: &mut State, session_uuid: &str, card: OrderCard) {
    if let Some(chat) = state.chat_mut(session_uuid) {
        let after_seq = chat.last_seq().unwrap_or(0);
        chat.cards.push(StaffCard { after_seq, card });
        chat.scroll = 0;
    }
}

/// An order card, for the transcript: marked as seen by staff only, each
/// line wrapped to the pane.
pub fn card_lines(card: &OrderCard, width: u16) -> Vec<Line<'static>> {
    let style = Style::new().fg(Color::Yellow);
    let items: Vec<String> = card
        .items
        .iter()
        .map(|i| format!("{}× {}", i.qty, sanitize::inert(&i.sku)))
        .collect();
    let mut rows = vec![
        (
            format!(
                "┌ order {} · {} · only you see this",
                sanitize::inert(&card.order_id),
                sanitize::inert(&card.status)
            ),
            style.add_modifier(Modifier::BOLD),
        ),
        (format!("│ {}", items.join(", ")), style),
        (
            format!(
                "│ {:.2} {} · updated {}",
                card.total,
                sanitize::inert(&card.currency),
                sanitize::inert(card.updated_at.get(..10).unwrap_or(&card.updated_at))
            ),
            style,
        ),
    ];
    let last = match &card.carrier {
        Some(c) => {
            let tracking = card
                .tracking_number
                .as_deref()
                .map(|t| format!(" {}", sanitize::inert(t)))
                .unwrap_or_default();
            format!("└ {}{tracking}", sanitize::inert(c))
        }
        None => "└".to_string(),
    };
    rows.push((last, style));
    let w = usize::from(width).max(10);
    rows.into_iter()
        .flat_map(|(text, st)| {
            crate::transcript::wrap(&text, w)
                .into_iter()
                .map(move |l| Line::from(Span::styled(l, st)))
        })
        .collect()
}

/// Draw the panel in `area`.
pub fn render(state: &State, panel: &Panel, frame: &mut Frame, area: Rect) {
    let title = match &panel.context {
        Some(c) => format!(
            " {} · {} ",
            sanitize::inert(c.customer_name.as_deref().unwrap_or("Customer")),
            sanitize::inert(&c.customer_id)
        ),
        None => " Customer ".to_string(),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(Style::new().fg(Color::DarkGray))
        .title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = usize::from(inner.width).max(1);
    let dim = Style::new().fg(Color::DarkGray);
    let head = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
    let clip = |s: String| {
        crate::transcript::wrap(&s, w)
            .into_iter()
            .next()
            .unwrap_or_default()
    };
    let mut lines: Vec<Line> = Vec::new();
    if panel.loading {
        lines.push(Line::from(Span::styled("loading…", dim)));
    }
    if let Some(e) = &panel.error {
        lines.push(Line::from(Span::styled(
            clip(sanitize::inert(e)),
            Style::new().fg(Color::Red),
        )));
    }
    if let Some(c) = &panel.context {
        lines.push(Line::from(Span::styled("Earlier chats", head)));
        if c.sessions.is_empty() {
            lines.push(Line::from(Span::styled("none", dim)));
        }
        for s in &c.sessions {
            let when = s
                .created_at
                .0
                .with_timezone(&state.settings.tz)
                .format("%Y-%m-%d");
            let rating = s
                .rating
                .map(|r| format!(" {}", "★".repeat(usize::from(r.min(5)))))
                .unwrap_or_default();
            let status = match s.status {
                concierge_shared::SessionStatus::Closed => "closed",
                concierge_shared::SessionStatus::Waiting => "waiting",
                concierge_shared::SessionStatus::Active => "open",
            };
            lines.push(Line::from(clip(format!("{when} {status}{rating}"))));
            if let Some(sum) = &s.summary {
                lines.push(Line::from(Span::styled(
                    clip(format!("  {}", sanitize::first_line(sum))),
                    dim,
                )));
            }
        }
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled("Orders", head)));
        if c.orders_unavailable {
            lines.push(Line::from(Span::styled(
                "order system unavailable",
                Style::new().fg(Color::Red),
            )));
        } else if c.orders.is_empty() {
            lines.push(Line::from(Span::styled("none", dim)));
        }
        for o in &c.orders {
            lines.push(Line::from(clip(format!(
                "{} {} {:.2} {}",
                sanitize::inert(&o.order_id),
                sanitize::inert(&o.status),
                o.total,
                sanitize::inert(&o.currency)
            ))));
        }
        lines.push(Line::from(Span::styled(
            clip("/order <n> shows a card".to_string()),
            dim,
        )));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
