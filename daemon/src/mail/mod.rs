//! Email (issue 17): what is written (`compose`, pure) and how it leaves
//! (`sender`, the outbox worker over SMTP with lettre).
//!
//! Every email goes through the `mail_outbox` table, written in the same
//! transaction as its cause (an answer, a transcript request, an alert),
//! like the webhooks: nothing is lost to a crash or a refusing server, and
//! the sender marks a row sent only after the server took it. Each email
//! carries a stable `Message-ID` (`<mail-{id}.{created}@concierge>`), so
//! in the one case SMTP leaves open (the server took it, then the daemon
//! died before recording that) a receiver can drop the repeat.

pub mod compose;
pub mod sender;
pub mod settings;

pub use sender::Sender;

/// Queue a session's transcript for `to`: the history as it is now,
/// in one write. Runs off the hub (it reads).
pub async fn queue_transcript(
    store: &crate::store::Store,
    shop: &str,
    session: &str,
    to: &str,
    customer_id: &str,
    at_close: bool,
) -> Result<(), crate::store::StoreError> {
    let uuid = session.to_string();
    let messages = store
        .read(move |db| crate::store::read::all_messages(db, &uuid))
        .await?;
    let now = concierge_shared::protocol::Timestamp::now().millis();
    let draft = compose::transcript(shop, &messages, to, customer_id, now);
    // At close, the stored wish goes in the same transaction as the mail
    // is queued: once, even with two nodes or a restart in between.
    let op = if at_close {
        crate::store::offline::OfflineOp::TranscriptAtClose {
            session_uuid: session.to_string(),
            mail: draft,
        }
    } else {
        crate::store::offline::OfflineOp::QueueMail(draft)
    };
    store.submit(vec![crate::store::Op::Offline(op)]).await?;
    Ok(())
}

/// Escape text for HTML: the customer's (and staff's) words never become
/// markup.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            super::escape_html(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }
}
