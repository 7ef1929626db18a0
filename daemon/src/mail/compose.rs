//! The emails, as data: subject, a plain-text part and an HTML part in
//! which every word from a person is escaped. Pure.

use concierge_shared::protocol::{Message, SenderRole};

use super::escape_html;
use crate::store::offline::{MailDraft, MailKind};

/// Text to HTML paragraphs: escaped, line breaks kept.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(|p| format!("<p>{}</p>", escape_html(p).replace('\n', "<br>\n")))
        .collect::<Vec<_>>()
        .join("\n")
}

fn html_page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title></head>\n\
         <body style=\"font-family: sans-serif\">\n{body}\n</body></html>\n",
        escape_html(title)
    )
}

/// Staff answered a message the customer left.
pub fn reply(
    shop: &str,
    customer_name: &str,
    staff_name: &str,
    answer: &str,
    to: &str,
    customer_id: &str,
    now: i64,
) -> MailDraft {
    let subject = format!("{shop}: an answer to your message");
    let text = format!(
        "Hello {customer_name},\n\n{staff_name} from {shop} answered your message:\n\n\
         {answer}\n\nThe answer is also in your chat: open it again to carry on.\n"
    );
    let html = html_page(
        &subject,
        &format!(
            "{}\n<blockquote>{}</blockquote>\n{}",
            paragraphs(&format!(
                "Hello {customer_name},\n\n{staff_name} from {shop} answered your message:"
            )),
            paragraphs(answer),
            paragraphs("The answer is also in your chat: open it again to carry on.")
        ),
    );
    MailDraft {
        kind: MailKind::Reply,
        to: to.to_string(),
        subject,
        text,
        html,
        customer_id: Some(customer_id.to_string()),
        now,
    }
}

fn who(m: &Message) -> String {
    match m.sender_role {
        SenderRole::Customer => "You".to_string(),
        SenderRole::Ai => "Assistant".to_string(),
        SenderRole::System => "Concierge".to_string(),
        SenderRole::Staff => m.sender_name.clone().unwrap_or_else(|| "Staff".into()),
    }
}

/// A conversation's transcript.
pub fn transcript(
    shop: &str,
    messages: &[Message],
    to: &str,
    customer_id: &str,
    now: i64,
) -> MailDraft {
    let subject = format!("{shop}: your conversation");
    let mut text = format!("Your conversation with {shop}:\n\n");
    let mut rows = String::new();
    for m in messages {
        let at = m.created_at.0.format("%Y-%m-%d %H:%M UTC");
        text.push_str(&format!("[{at}] {}: {}\n", who(m), m.content));
        rows.push_str(&format!(
            "<tr><td style=\"color:#666\">{at}</td><th align=\"left\">{}</th><td>{}</td></tr>\n",
            escape_html(&who(m)),
            escape_html(&m.content).replace('\n', "<br>")
        ));
    }
    let html = html_page(
        &subject,
        &format!(
            "{}\n<table cellpadding=\"4\">\n{rows}</table>",
            paragraphs(&format!("Your conversation with {shop}:"))
        ),
    );
    MailDraft {
        kind: MailKind::Transcript,
        to: to.to_string(),
        subject,
        text,
        html,
        customer_id: Some(customer_id.to_string()),
        now,
    }
}

/// Why staff are alerted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Alert {
    /// A customer has waited for a person this long.
    Waiting { waited_secs: u64 },
    /// A message was left outside business hours.
    MessageLeft,
}

pub fn staff_alert(
    shop: &str,
    alert: &Alert,
    customer_name: &str,
    summary: &str,
    to: &str,
    customer_id: &str,
    now: i64,
) -> MailDraft {
    let (subject, lead) = match alert {
        Alert::Waiting { waited_secs } => (
            format!(
                "{shop}: a customer has waited {} min",
                waited_secs.div_ceil(60)
            ),
            format!(
                "{customer_name} has been waiting for a person for {} minutes.",
                waited_secs.div_ceil(60)
            ),
        ),
        Alert::MessageLeft => (
            format!("{shop}: a message was left outside hours"),
            format!("{customer_name} left a message while nobody was there."),
        ),
    };
    let text = format!("{lead}\n\nSummary: {summary}\n\nOpen the console to answer.\n");
    let html = html_page(
        &subject,
        &paragraphs(&format!(
            "{lead}\n\nSummary: {summary}\n\nOpen the console to answer."
        )),
    );
    MailDraft {
        kind: MailKind::StaffAlert,
        to: to.to_string(),
        subject,
        text,
        html,
        customer_id: Some(customer_id.to_string()),
        now,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_customers_words_are_escaped_in_html_and_kept_in_text() {
        let m = reply(
            "Shop",
            "<b>Mia</b>",
            "Sam",
            "Use <a href=x>this</a> & smile",
            "mia@shop.example",
            "m1",
            0,
        );
        assert!(m.text.contains("Use <a href=x>this</a> & smile"));
        assert!(
            m.html
                .contains("Use &lt;a href=x&gt;this&lt;/a&gt; &amp; smile")
        );
        assert!(m.html.contains("&lt;b&gt;Mia&lt;/b&gt;"));
        assert!(!m.html.contains("<a href"));
        assert_eq!(m.customer_id.as_deref(), Some("m1"));
    }

    #[test]
    fn alerts_say_why() {
        let a = staff_alert(
            "Shop",
            &Alert::Waiting { waited_secs: 61 },
            "Mia",
            "broken",
            "team@shop.example",
            "m1",
            0,
        );
        assert!(a.subject.contains("2 min"), "{}", a.subject);
        let b = staff_alert(
            "Shop",
            &Alert::MessageLeft,
            "Mia",
            "x",
            "t@s.example",
            "m1",
            0,
        );
        assert!(b.subject.contains("outside hours"));
    }
}
