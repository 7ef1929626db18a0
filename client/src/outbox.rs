//! Messages typed but not yet confirmed by the daemon.
//!
//! The rule that keeps a dropped connection from losing or doubling a
//! message: every message gets a `clientMsgId` and stays here until its
//! `ack`; after a reconnect everything still here is sent again with the
//! same id, and the daemon acks a repeat with `duplicate: true` instead of
//! storing it. A pure structure: its owner sends the frames and feeds
//! back what the daemon answered.

/// One message waiting for its `ack`. `T` is whatever its owner keeps
/// with it (the text, the session, when it was typed).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<T> {
    pub client_msg_id: String,
    pub item: T,
    /// The request `ref` it went out with on the current connection;
    /// `None` while it still has to be sent.
    pub sent_as: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outbox<T> {
    entries: Vec<Entry<T>>,
}

impl<T> Default for Outbox<T> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
        }
    }
}

impl<T> Outbox<T> {
    /// Keep a new message; it goes out on the next [`Outbox::take_unsent`].
    pub fn push(&mut self, client_msg_id: String, item: T) {
        self.entries.push(Entry {
            client_msg_id,
            item,
            sent_as: None,
        });
    }

    /// The messages that still have to be sent, in the order they were
    /// typed. `send` puts each on the wire and returns its `ref`; the
    /// entry then counts as sent on this connection.
    pub fn take_unsent(&mut self, mut send: impl FnMut(&str, &T) -> i64) {
        for e in self.entries.iter_mut().filter(|e| e.sent_as.is_none()) {
            e.sent_as = Some(send(&e.client_msg_id, &e.item));
        }
    }

    /// The messages that still have to be sent, for an owner that puts
    /// them on the wire itself and then calls [`Outbox::mark_sent`].
    pub fn unsent(&self) -> impl Iterator<Item = &Entry<T>> {
        self.entries.iter().filter(|e| e.sent_as.is_none())
    }

    /// It went out with request `r` on the current connection.
    pub fn mark_sent(&mut self, client_msg_id: &str, r: i64) {
        if let Some(e) = self
            .entries
            .iter_mut()
            .find(|e| e.client_msg_id == client_msg_id)
        {
            e.sent_as = Some(r);
        }
    }

    pub fn get(&self, client_msg_id: &str) -> Option<&T> {
        self.entries
            .iter()
            .find(|e| e.client_msg_id == client_msg_id)
            .map(|e| &e.item)
    }

    /// The connection dropped: answers to what went out on it will never
    /// come, so everything goes again on the next connection.
    pub fn on_disconnect(&mut self) {
        for e in &mut self.entries {
            e.sent_as = None;
        }
    }

    /// The daemon stored it (or had it already): it leaves the outbox.
    pub fn acked(&mut self, client_msg_id: &str) -> Option<T> {
        let pos = self
            .entries
            .iter()
            .position(|e| e.client_msg_id == client_msg_id)?;
        Some(self.entries.remove(pos).item)
    }

    /// The daemon refused it. A refusal worth retrying (rate limited, store
    /// unavailable) keeps it, to go again on the next
    /// [`Outbox::take_unsent`]; any other drops it and hands it back.
    pub fn refused(&mut self, client_msg_id: &str, retry: bool) -> Option<T> {
        let pos = self
            .entries
            .iter()
            .position(|e| e.client_msg_id == client_msg_id)?;
        if retry {
            self.entries[pos].sent_as = None;
            None
        } else {
            Some(self.entries.remove(pos).item)
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry<T>> {
        self.entries.iter()
    }

    /// Drop every entry `keep` says no to (a chat that was closed).
    pub fn retain(&mut self, mut keep: impl FnMut(&Entry<T>) -> bool) {
        self.entries.retain(|e| keep(e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(outbox: &mut Outbox<&'static str>, next_ref: &mut i64) -> Vec<(String, i64)> {
        let mut out = Vec::new();
        outbox.take_unsent(|id, _| {
            *next_ref += 1;
            out.push((id.to_string(), *next_ref));
            *next_ref
        });
        out
    }

    #[test]
    fn a_message_goes_once_per_connection_until_its_ack() {
        let mut o = Outbox::default();
        let mut r = 0;
        o.push("a".into(), "hello");
        o.push("b".into(), "there");
        assert_eq!(sent(&mut o, &mut r), [("a".into(), 1), ("b".into(), 2)]);
        // Nothing new: nothing goes twice on one connection.
        assert!(sent(&mut o, &mut r).is_empty());
        assert_eq!(o.acked("a"), Some("hello"));
        // The link drops before b's ack: b goes again, with the same id.
        o.on_disconnect();
        assert_eq!(sent(&mut o, &mut r), [("b".into(), 3)]);
        assert_eq!(o.acked("b"), Some("there"));
        assert!(o.is_empty());
        // A second ack (a duplicate answer) finds nothing.
        assert_eq!(o.acked("b"), None);
    }

    #[test]
    fn a_retryable_refusal_keeps_the_message_and_others_drop_it() {
        let mut o = Outbox::default();
        let mut r = 0;
        o.push("a".into(), "busy");
        o.push("b".into(), "bad");
        sent(&mut o, &mut r);
        assert_eq!(o.refused("a", true), None);
        assert_eq!(o.refused("b", false), Some("bad"));
        assert_eq!(sent(&mut o, &mut r), [("a".into(), 3)]);
        assert_eq!(o.len(), 1);
    }

    #[test]
    fn an_owner_can_send_and_mark_entries_itself() {
        let mut o = Outbox::default();
        o.push("a".into(), "x");
        o.push("b".into(), "y");
        let ids: Vec<String> = o.unsent().map(|e| e.client_msg_id.clone()).collect();
        assert_eq!(ids, ["a", "b"]);
        o.mark_sent("a", 7);
        assert_eq!(o.unsent().count(), 1);
        assert_eq!(o.get("a"), Some(&"x"));
        o.on_disconnect();
        assert_eq!(o.unsent().count(), 2);
    }

    #[test]
    fn order_is_kept_across_reconnects() {
        let mut o = Outbox::default();
        let mut r = 0;
        for id in ["1", "2", "3"] {
            o.push(id.into(), "x");
        }
        sent(&mut o, &mut r);
        o.on_disconnect();
        let ids: Vec<String> = sent(&mut o, &mut r).into_iter().map(|(i, _)| i).collect();
        assert_eq!(ids, ["1", "2", "3"]);
    }
}
