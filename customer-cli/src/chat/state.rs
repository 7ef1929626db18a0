//! The chat's pure core: `on_input` / `on_frame` take what happened and
//! return [`Effect`]s (frames to send, text to show); no IO here, so the
//! rules below are tested with plain tables.
//!
//! The rules that keep a dropped connection from losing or doubling a message:
//! - every message typed gets a `clientMsgId` and stays in the outbox until
//!   its `ack`; after a reconnect the outbox is sent again with the same ids,
//!   and the daemon acks a repeat with `duplicate: true` instead of storing it;
//! - every message shown is remembered by `seq`, so a replayed or echoed
//!   message is shown once; the resume point `lastSeq` is the highest seq
//!   below which nothing is missing.

use std::collections::{BTreeMap, HashMap, HashSet};

use concierge_shared::{
    ClientEvent, EmailTranscript, ErrorCode, GetHistory, LeaveMessage, MarkRead, Message,
    RateSession, RequestStaff, SendMessage, SenderRole, ServerEvent, ServerFrame, SessionRef,
    SessionStatus,
};

use concierge_client::outbox::Outbox;

use crate::ws::{Resume, ref_num};

/// A line the user typed, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Say(String),
    Human(Option<String>),
    Close,
    Rate(u8, Option<String>),
    History,
    /// Issue 17: leave a message for staff (the address, or the token's).
    Leave(Option<String>),
    /// Issue 17: the transcript by email, now or (`true`) at close.
    Email(Option<String>, bool),
    /// Pause reading input until the assistant or a person answers what
    /// was sent (at most N seconds, default 30); for piped conversations.
    Wait(u64),
    Help,
    Quit,
}

/// Parse a typed line; `Err` carries a message for the user.
pub fn parse_command(line: &str) -> Result<Option<Command>, String> {
    let line = line.trim();
    if line.is_empty() {
        return Ok(None);
    }
    let Some(rest) = line.strip_prefix('/') else {
        return Ok(Some(Command::Say(line.to_string())));
    };
    let (name, arg) = match rest.split_once(char::is_whitespace) {
        Some((n, a)) => (n, a.trim()),
        None => (rest, ""),
    };
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let cmd = match name {
        "human" | "agent" => Command::Human(opt(arg)),
        "close" => Command::Close,
        "rate" => {
            let (n, comment) = match arg.split_once(char::is_whitespace) {
                Some((n, c)) => (n, c.trim()),
                None => (arg, ""),
            };
            match n.parse::<u8>() {
                Ok(r @ 1..=5) => Command::Rate(r, opt(comment)),
                _ => return Err("usage: /rate N [comment], N from 1 to 5".into()),
            }
        }
        "history" => Command::History,
        "leave" => Command::Leave(opt(arg)),
        "email" => match arg.strip_prefix("--at-close") {
            Some(rest) => Command::Email(opt(rest.trim()), true),
            None => Command::Email(opt(arg), false),
        },
        "wait" => Command::Wait(arg.parse().unwrap_or(30)),
        "help" | "?" => Command::Help,
        "quit" | "exit" | "q" => Command::Quit,
        // `//text` sends a line that starts with a slash.
        _ if rest.starts_with('/') => Command::Say(rest.to_string()),
        _ => return Err(format!("unknown command /{name}; /help lists them")),
    };
    Ok(Some(cmd))
}

pub const HELP: &str = "commands: /human [reason]  ask for a person · /close  end the chat · \
/rate N [comment]  rate 1-5 · /history  show earlier messages · /leave [email]  leave a message \
when nobody is there · /email [--at-close] [email]  the transcript by email · /quit  leave (the chat stays open)";

/// Text for the user. `Partial` continues the current line (streamed text);
/// `Line` first ends any open partial line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Out {
    Line(String),
    Partial(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Send(ClientEvent, Option<i64>),
    Show(Out),
    /// A reply from the assistant or a person arrived (ends `/wait`).
    Replied,
    Quit,
}

#[derive(Debug, Clone)]
enum Pending {
    Send(String),
    History,
    Rate,
    Other(&'static str),
}

#[derive(Debug, Default)]
pub struct ChatState {
    me: Option<String>,
    session: Option<String>,
    closed: bool,
    seen: HashSet<i64>,
    watermark: i64,
    next_ref: i64,
    pending: HashMap<i64, Pending>,
    /// Typed text by `clientMsgId`, until its ack.
    outbox: Outbox<String>,
    /// Own messages by messageId → content, until a read receipt covers them.
    unread_own: BTreeMap<i64, String>,
    stream: Option<String>,
    typing: Option<String>,
    connected: bool,
    /// Highest seq of an own acked message, and of a reply (assistant or
    /// staff): a reply "answers" when it comes after the last own message.
    last_own_seq: i64,
    last_reply_seq: i64,
    new_id: Option<fn() -> String>,
}

impl ChatState {
    pub fn new() -> Self {
        Self {
            new_id: Some(|| uuid::Uuid::new_v4().to_string()),
            ..Self::default()
        }
    }

    /// Where to resume after a dropped connection.
    pub fn resume(&self) -> Option<Resume> {
        self.session.as_ref().map(|s| Resume {
            session_uuid: s.clone(),
            last_seq: self.watermark,
        })
    }

    /// Nothing typed is still waiting for the daemon.
    /// Nothing in flight, and the chat itself is known (started or
    /// restored), so a quit right after connecting does not race the
    /// restore.
    pub fn settled(&self) -> bool {
        self.outbox.is_empty()
            && self.pending.is_empty()
            && self.stream.is_none()
            && self.session.is_some()
    }

    pub fn session(&self) -> Option<&str> {
        self.session.as_deref()
    }

    pub fn on_disconnect(&mut self) -> Vec<Effect> {
        self.connected = false;
        // Replies to frames on the old connection will never come; sends
        // stay in the outbox and go again with the same clientMsgId.
        self.pending.clear();
        self.outbox.on_disconnect();
        let mut fx = self.end_stream();
        fx.push(line("connection lost; reconnecting…"));
        fx
    }

    fn take_ref(&mut self, p: Pending) -> i64 {
        self.next_ref += 1;
        self.pending.insert(self.next_ref, p);
        self.next_ref
    }

    fn end_stream(&mut self) -> Vec<Effect> {
        match self.stream.take() {
            Some(_) => vec![Effect::Show(Out::Line(String::new()))],
            None => Vec::new(),
        }
    }

    /// Send every unsent outbox entry (when connected and the session is known).
    fn flush(&mut self) -> Vec<Effect> {
        let Some(session) = self.session.clone().filter(|_| self.connected) else {
            return Vec::new();
        };
        let mut fx = Vec::new();
        let mut outbox = std::mem::take(&mut self.outbox);
        outbox.take_unsent(|id, content| {
            let r = self.take_ref(Pending::Send(id.to_string()));
            fx.push(Effect::Send(
                ClientEvent::SendMessage(SendMessage {
                    session_uuid: session.clone(),
                    content: content.clone(),
                    message_type: None,
                    client_msg_id: Some(id.to_string()),
                }),
                Some(r),
            ));
            r
        });
        self.outbox = outbox;
        fx
    }

    pub fn on_input(&mut self, cmd: Command) -> Vec<Effect> {
        let session = self.session.clone();
        let need_session = |fx: &mut Vec<Effect>| {
            fx.push(line("not in a chat yet; wait for the session to start"));
        };
        let mut fx = Vec::new();
        match cmd {
            Command::Say(text) => {
                if self.closed {
                    fx.push(line(
                        "this chat is closed; /rate it or /quit and start a new one",
                    ));
                    return fx;
                }
                let id = self.new_id.map(|f| f()).unwrap_or_default();
                self.outbox.push(id, text);
                fx.extend(self.flush());
            }
            Command::Human(reason) => match session {
                Some(s) => {
                    let r = self.take_ref(Pending::Other("request a person"));
                    fx.push(Effect::Send(
                        ClientEvent::RequestStaff(RequestStaff {
                            session_uuid: s,
                            reason,
                        }),
                        Some(r),
                    ));
                }
                None => need_session(&mut fx),
            },
            Command::Close => match session {
                Some(s) => {
                    let r = self.take_ref(Pending::Other("close the chat"));
                    fx.push(Effect::Send(
                        ClientEvent::CloseSession(SessionRef { session_uuid: s }),
                        Some(r),
                    ));
                }
                None => need_session(&mut fx),
            },
            Command::Rate(rating, comment) => match session {
                Some(s) => {
                    let r = self.take_ref(Pending::Rate);
                    fx.push(Effect::Send(
                        ClientEvent::RateSession(RateSession {
                            session_uuid: s,
                            rating,
                            comment,
                        }),
                        Some(r),
                    ));
                }
                None => need_session(&mut fx),
            },
            Command::History => match session {
                Some(s) => {
                    let r = self.take_ref(Pending::History);
                    fx.push(Effect::Send(
                        ClientEvent::GetHistory(GetHistory {
                            session_uuid: s,
                            before_seq: None,
                            limit: Some(50),
                        }),
                        Some(r),
                    ));
                }
                None => need_session(&mut fx),
            },
            Command::Leave(email) => match session {
                Some(s) => {
                    let r = self.take_ref(Pending::Other("leave a message"));
                    fx.push(Effect::Send(
                        ClientEvent::LeaveMessage(LeaveMessage {
                            session_uuid: s,
                            email,
                        }),
                        Some(r),
                    ));
                }
                None => need_session(&mut fx),
            },
            Command::Email(email, at_close) => match session {
                Some(s) => {
                    let r = self.take_ref(Pending::Other("email the transcript"));
                    fx.push(Effect::Send(
                        ClientEvent::EmailTranscript(EmailTranscript {
                            session_uuid: s,
                            email,
                            at_close,
                        }),
                        Some(r),
                    ));
                }
                None => need_session(&mut fx),
            },
            Command::Help => fx.push(line(HELP)),
            // The driver handles waiting; quitting is its call too, once settled.
            Command::Wait(_) => {}
            Command::Quit => fx.push(Effect::Quit),
        }
        fx
    }

    fn mark_seen(&mut self, seq: i64) -> bool {
        let fresh = self.seen.insert(seq);
        while self.seen.contains(&(self.watermark + 1)) {
            self.watermark += 1;
        }
        fresh
    }

    /// Show a stored message unless it was shown already.
    fn show_message(&mut self, m: &Message, fx: &mut Vec<Effect>) {
        if self.session.as_deref() != Some(m.session_uuid.as_str()) || !self.mark_seen(m.seq) {
            return;
        }
        fx.extend(self.end_stream());
        let mine = m.sender_role == SenderRole::Customer
            && (self.me.is_none() || m.sender_id.as_deref() == self.me.as_deref());
        if mine {
            fx.push(line(format!("you: {}", m.content)));
            return;
        }
        fx.push(line(format!("{}: {}", who(m), m.content)));
        if matches!(m.sender_role, SenderRole::Ai | SenderRole::Staff) {
            self.typing = None;
            fx.extend(self.replied(m.seq));
        }
        if m.sender_role == SenderRole::Staff {
            // Tell the person their message was read: we are showing it now.
            fx.push(Effect::Send(
                ClientEvent::MarkRead(MarkRead {
                    session_uuid: m.session_uuid.clone(),
                    message_id: m.message_id,
                }),
                None,
            ));
        }
    }

    /// A reply with this seq arrived: it answers what the user sent when it
    /// comes after the last own message and nothing is still unacked.
    fn replied(&mut self, seq: i64) -> Option<Effect> {
        self.last_reply_seq = self.last_reply_seq.max(seq);
        (self.outbox.is_empty() && self.last_own_seq > 0 && seq > self.last_own_seq)
            .then_some(Effect::Replied)
    }

    pub fn on_frame(&mut self, frame: ServerFrame) -> Vec<Effect> {
        let mut fx = Vec::new();
        let r = ref_num(frame.r#ref.as_ref());
        match frame.event {
            ServerEvent::Connected(c) => {
                self.connected = true;
                if self.me.is_none() {
                    fx.push(line(format!(
                        "connected as {} ({})",
                        c.user_name,
                        c.role.as_str()
                    )));
                }
                self.me = Some(c.user_id);
                // Issue 17: whether staff are expected, when they are not.
                // Outside business hours only: with no hours set, nobody
                // online is normal for an assistant-first shop.
                if let Some(a) = c.availability.filter(|a| !a.open_now) {
                    fx.push(line(match a.next_opening {
                        Some(t) => format!(
                            "the team is away; back {} (UTC)",
                            t.0.format("%a %-d %b %H:%M")
                        ),
                        None => "the team is away".to_string(),
                    }));
                }
            }
            ServerEvent::LeaveMessagePrompt(p) => fx.push(line(match p.email {
                Some(e) => format!(
                    "{} Type /leave to leave your message for {e}, or /leave ADDRESS.",
                    p.reason
                ),
                None => format!("{} Type /leave ADDRESS to leave your message.", p.reason),
            })),
            ServerEvent::MessageLeft(m) => fx.push(line(format!(
                "your message is waiting for the team (answer to {})",
                m.email.unwrap_or_default()
            ))),
            ServerEvent::SessionStarted(s) => {
                if self.session.is_some() {
                    fx.push(line("the previous chat ended; a new one started"));
                    self.seen.clear();
                    self.watermark = 0;
                    self.unread_own.clear();
                }
                self.closed = false;
                self.session = Some(s.session_uuid);
                fx.extend(self.flush());
            }
            ServerEvent::ChatSessionRestored(s) => {
                let first = self.session.is_none();
                if self.session.as_deref() != Some(s.session_uuid.as_str()) {
                    self.seen.clear();
                    self.watermark = 0;
                }
                self.session = Some(s.session_uuid.clone());
                self.closed = s.status == SessionStatus::Closed;
                if first {
                    fx.push(line(format!(
                        "resumed your chat ({} so far)",
                        plural(s.last_seq, "message")
                    )));
                }
                for m in &s.history {
                    self.show_message(m, &mut fx);
                }
                // History is the last 20 only: on a first connect, the older
                // ones are not missing, just not shown (/history has them).
                if first {
                    self.watermark = self.watermark.max(s.last_seq);
                }
                if s.status == SessionStatus::Waiting && first {
                    fx.push(line("waiting for a person to join…"));
                }
                fx.extend(self.flush());
            }
            ServerEvent::NewMessage(m) => self.show_message(&m, &mut fx),
            ServerEvent::AiMessage(a) => {
                let streamed = a.stream_id.is_some() && a.stream_id == self.stream;
                if streamed {
                    self.stream = None;
                    fx.push(Effect::Show(Out::Line(String::new())));
                    self.mark_seen(a.message.seq);
                    fx.extend(self.replied(a.message.seq));
                } else {
                    self.show_message(&a.message, &mut fx);
                }
            }
            ServerEvent::AiMessageDelta(d)
                if self.session.as_deref() == Some(d.session_uuid.as_str()) =>
            {
                if self.stream.as_deref() != Some(d.stream_id.as_str()) {
                    fx.extend(self.end_stream());
                    self.stream = Some(d.stream_id);
                    fx.push(Effect::Show(Out::Partial("assistant: ".into())));
                }
                fx.push(Effect::Show(Out::Partial(d.delta)));
            }
            ServerEvent::UserTyping(t)
                if Some(&t.user_id) != self.me.as_ref()
                    && self.typing.as_ref() != Some(&t.user_id) =>
            {
                self.typing = Some(t.user_id);
                fx.extend(self.end_stream());
                fx.push(line(format!("{} is typing…", t.user_name)));
            }
            ServerEvent::UserStopTyping(_) => self.typing = None,
            ServerEvent::MessageRead(m) if Some(&m.read_by) != self.me.as_ref() => {
                let covered: Vec<i64> = self
                    .unread_own
                    .range(..=m.message_id)
                    .map(|(k, _)| *k)
                    .collect();
                if let Some(last) = covered.last().and_then(|k| self.unread_own.get(k)) {
                    fx.push(line(format!("✓ read: “{}”", excerpt(last))));
                }
                for k in covered {
                    self.unread_own.remove(&k);
                }
            }
            ServerEvent::TransferRequested(t) => fx.push(line(format!(
                "asked for a person; you are number {} in the queue",
                t.queue_position
            ))),
            ServerEvent::QueueUpdate(q) => {
                fx.push(line(format!("queue position: {}", q.queue_position)))
            }
            ServerEvent::TransferAccepted(t) => {
                fx.push(line(format!("{} joined the chat", t.staff_name)))
            }
            ServerEvent::TransferFailed(t) => fx.push(line(format!(
                "nobody can take the chat right now ({}); the assistant keeps helping",
                t.reason
            ))),
            ServerEvent::SessionClosed(c) => {
                self.closed = true;
                fx.extend(self.end_stream());
                let by = if Some(&c.closed_by) == self.me.as_ref() {
                    "you".to_string()
                } else {
                    c.closed_by
                };
                fx.push(line(format!(
                    "the chat was closed by {by}; /rate N to rate it, /quit to leave"
                )));
            }
            ServerEvent::Ack(data) => fx.extend(self.on_ack(r, data)),
            ServerEvent::Error(e) => {
                let what = r.and_then(|r| self.pending.remove(&r));
                if let Some(Pending::Send(id)) = &what {
                    let retry = matches!(e.code, ErrorCode::RateLimited | ErrorCode::Unavailable);
                    // A retryable one is kept; the driver sends it again
                    // after a pause.
                    self.outbox.refused(id, retry);
                }
                let about = match what {
                    Some(Pending::Send(_)) => "message not sent",
                    Some(Pending::History) => "history",
                    Some(Pending::Rate) => "rating",
                    Some(Pending::Other(w)) => w,
                    None => "error",
                };
                fx.push(line(format!(
                    "{about}: {} ({})",
                    e.message,
                    e.code.as_str()
                )));
            }
            // Staff-side events do not reach a customer; nothing to show.
            _ => {}
        }
        fx
    }

    /// Messages that failed with a retryable error are sent again.
    pub fn retry(&mut self) -> Vec<Effect> {
        self.flush()
    }

    fn on_ack(&mut self, r: Option<i64>, data: serde_json::Value) -> Vec<Effect> {
        let mut fx = Vec::new();
        match r.and_then(|r| self.pending.remove(&r)) {
            Some(Pending::Send(id)) => {
                let Some(content) = self.outbox.acked(&id) else {
                    return fx;
                };
                let ack: Option<concierge_shared::SendMessageAck> =
                    serde_json::from_value(data).ok();
                if let Some(ack) = ack {
                    self.unread_own.insert(ack.message_id, content.clone());
                    self.last_own_seq = self.last_own_seq.max(ack.seq);
                    if self.mark_seen(ack.seq) {
                        fx.extend(self.end_stream());
                        fx.push(line(format!("you: {content}")));
                    }
                    // The reply may have overtaken the ack.
                    fx.extend(self.replied(self.last_reply_seq));
                }
            }
            Some(Pending::History) => {
                let page: Option<concierge_shared::HistoryPage> = serde_json::from_value(data).ok();
                let Some(page) = page else {
                    return fx;
                };
                fx.extend(self.end_stream());
                fx.push(line(format!(
                    "── history ({}{}) ──",
                    plural(page.messages.len() as i64, "message"),
                    if page.has_more {
                        ", older ones exist"
                    } else {
                        ""
                    }
                )));
                for m in &page.messages {
                    let who = if m.sender_role == SenderRole::Customer {
                        "you".to_string()
                    } else {
                        who(m)
                    };
                    fx.push(line(format!(
                        "#{} {} {}: {}",
                        m.seq,
                        m.created_at.0.format("%H:%M"),
                        who,
                        m.content
                    )));
                }
                fx.push(line("── end of history ──"));
            }
            Some(Pending::Rate) => fx.push(line("thanks for rating the chat")),
            Some(Pending::Other("email the transcript")) => {
                fx.push(line(if data.get("atClose").is_some() {
                    "the transcript will be emailed when the chat closes"
                } else {
                    "the transcript is on its way by email"
                }))
            }
            Some(Pending::Other(_)) | None => {}
        }
        fx
    }
}

/// A line to show. What the server sent came from people: it is made
/// inert, line by line, so the terminal never interprets it.
fn line(s: impl Into<String>) -> Effect {
    let s: String = s.into();
    Effect::Show(Out::Line(concierge_shared::text::lines(&s).join("\n")))
}

fn who(m: &Message) -> String {
    match m.sender_role {
        SenderRole::Ai => "assistant".into(),
        SenderRole::System => "*".into(),
        SenderRole::Staff => m.sender_name.clone().unwrap_or_else(|| "agent".into()),
        SenderRole::Customer => m.sender_name.clone().unwrap_or_else(|| "customer".into()),
    }
}

fn plural(n: i64, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

fn excerpt(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
