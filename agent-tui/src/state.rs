//! Everything the console knows, in one plain struct that [`crate::update`]
//! changes and [`crate::view`] reads. No IO and no clock of its own: the
//! time is [`State::now`], set by ticks (and by tests, to get stable
//! snapshots).

use concierge_client::outbox::Outbox;
use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Offset, Utc};
use concierge_shared::{Message, Ref, SenderRole, TransferOffer, Workload};

use crate::keys::Keymap;

/// How long "customer is typing…" stays up without a fresh notice, in
/// case the `user_stop_typing` was lost with a connection.
pub const TYPING_SHOWN_FOR: Duration = Duration::from_secs(8);
/// After this long without a keystroke we tell the customer we stopped.
pub const TYPING_IDLE: Duration = Duration::from_secs(3);
/// Messages asked for per history page.
pub const HISTORY_PAGE: u32 = 50;
/// Messages one PageUp/PageDown moves.
pub const SCROLL_STEP: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnState {
    Connecting { attempt: u32 },
    Connected,
    Disconnected { reason: String, retry_in_secs: u64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Queue,
    /// Issue 17: messages left while nobody was there.
    Messages,
    Chats,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The keys; `scroll`: rows scrolled past, when they do not fit.
    Help {
        scroll: u16,
    },
    DeclineReason {
        transfer_request_id: i64,
        customer: String,
        reason: Input,
    },
    ConfirmQuit {
        open_chats: usize,
    },
    ConfirmClose {
        session_uuid: String,
        customer: String,
    },
    /// Issue 17: the answer to a message left for staff.
    Answer {
        message_id: i64,
        customer: String,
        text: Input,
    },
    /// Issue 16: a private note on a chat (`N`).
    Note {
        session_uuid: String,
        customer: String,
        text: Input,
    },
    /// Issue 16: a chat's labels, space-separated (`L`).
    Labels {
        session_uuid: String,
        customer: String,
        text: Input,
    },
    /// Issue 16: search over every transcript (`search.rs`).
    Search(Box<crate::search::SearchBox>),
    /// Issue 16: hand the chat to a colleague or the queue.
    HandOver(crate::handover::Picker),
}

/// A small line editor: the reply box and the decline reason.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    pub text: String,
    /// Byte offset, always on a char boundary.
    pub cursor: usize,
}

impl Input {
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
    pub fn insert(&mut self, c: char) {
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
    }
    pub fn insert_str(&mut self, s: &str) {
        self.text.insert_str(self.cursor, s);
        self.cursor += s.len();
    }
    pub fn backspace(&mut self) {
        if let Some((i, _)) = self.text[..self.cursor].char_indices().next_back() {
            self.text.replace_range(i..self.cursor, "");
            self.cursor = i;
        }
    }
    pub fn delete(&mut self) {
        if let Some(c) = self.text[self.cursor..].chars().next() {
            self.text
                .replace_range(self.cursor..self.cursor + c.len_utf8(), "");
        }
    }
    pub fn left(&mut self) {
        if let Some((i, _)) = self.text[..self.cursor].char_indices().next_back() {
            self.cursor = i;
        }
    }
    pub fn right(&mut self) {
        if let Some(c) = self.text[self.cursor..].chars().next() {
            self.cursor += c.len_utf8();
        }
    }
    pub fn home(&mut self) {
        self.cursor = self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1);
    }
    pub fn end(&mut self) {
        self.cursor = self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i);
    }
    pub fn set(&mut self, text: &str) {
        self.text = text.to_string();
        self.cursor = self.text.len();
    }
    pub fn take(&mut self) -> String {
        self.cursor = 0;
        std::mem::take(&mut self.text)
    }
}

/// A message of mine not yet confirmed by the server. Kept with its
/// `clientMsgId` so it can be re-sent after a reconnect without the
/// server storing it twice.
#[derive(Debug, Clone, PartialEq)]
pub struct Outgoing {
    pub content: String,
    pub queued_at: DateTime<Utc>,
}

/// One conversation I hold (or held: closed chats stay listed until
/// dismissed, so the last words are not snatched away).
#[derive(Debug, Clone, PartialEq)]
pub struct Chat {
    pub session_uuid: String,
    pub customer_id: Option<String>,
    pub customer_name: String,
    pub summary: Option<String>,
    /// By seq, so merging pages and pushes never duplicates or reorders.
    pub messages: BTreeMap<i64, Message>,
    /// By `clientMsgId`, until the ack (the shared client outbox).
    pub outgoing: Outbox<Outgoing>,
    pub unread: usize,
    /// Who is typing and since when.
    pub typing: Option<(String, DateTime<Utc>)>,
    /// Highest of my messages the customer has read.
    pub read_upto: Option<i64>,
    /// Highest message id I told the server I read.
    pub marked_read: Option<i64>,
    pub has_more: bool,
    pub loading_older: bool,
    /// How many of the newest messages are scrolled out of view below.
    pub scroll: usize,
    pub draft: Input,
    pub closed: Option<String>,
    /// Issue 16: private notes, oldest first, and labels.
    pub notes: Vec<concierge_shared::annotations::Note>,
    pub labels: Vec<String>,
    /// Issue 16: order cards looked up with `/order`, for me only.
    pub cards: Vec<crate::customer_panel::StaffCard>,
}

impl Chat {
    pub fn new(session_uuid: String, customer_name: String) -> Self {
        Self {
            session_uuid,
            customer_id: None,
            customer_name,
            summary: None,
            messages: BTreeMap::new(),
            outgoing: Outbox::default(),
            unread: 0,
            typing: None,
            read_upto: None,
            marked_read: None,
            has_more: false,
            loading_older: false,
            scroll: 0,
            draft: Input::default(),
            closed: None,
            notes: Vec::new(),
            labels: Vec::new(),
            cards: Vec::new(),
        }
    }

    pub fn last_seq(&self) -> Option<i64> {
        self.messages.keys().next_back().copied()
    }

    pub fn first_seq(&self) -> Option<i64> {
        self.messages.keys().next().copied()
    }

    /// Insert by seq; a message already held is replaced (it may carry a
    /// newer `readAt`). Returns whether it was new.
    pub fn merge(&mut self, m: Message) -> bool {
        if let Some(id) = &m.client_msg_id {
            self.outgoing.acked(id);
        }
        if m.sender_role == SenderRole::Staff && m.read_at.is_some() {
            self.read_upto = self.read_upto.max(Some(m.message_id));
        }
        self.messages.insert(m.seq, m).is_none()
    }

    pub fn latest_message_id(&self) -> Option<i64> {
        self.messages.values().map(|m| m.message_id).max()
    }

    /// The customer spoke last and nobody on our side answered yet.
    pub fn awaiting_reply(&self) -> bool {
        self.closed.is_none()
            && self
                .messages
                .values()
                .next_back()
                .is_some_and(|m| m.sender_role == SenderRole::Customer)
    }

    pub fn needs_attention(&self) -> bool {
        self.unread > 0 || self.awaiting_reply()
    }

    pub fn is_open(&self) -> bool {
        self.closed.is_none()
    }
}

/// A waiting conversation shown before accepting it.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub transfer_request_id: i64,
    pub session_uuid: String,
    pub messages: BTreeMap<i64, Message>,
    pub loading: bool,
}

/// What a reply from the server with a given `ref` is about.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    Accept {
        transfer_request_id: i64,
    },
    Decline {
        transfer_request_id: i64,
    },
    Send {
        session_uuid: String,
        client_msg_id: String,
    },
    History {
        session_uuid: String,
        purpose: HistoryPurpose,
    },
    MarkRead,
    Close {
        session_uuid: String,
    },
    Status {
        available: bool,
    },
    /// Issue 17.
    Answer {
        message_id: i64,
    },
    CloseMessage {
        message_id: i64,
    },
    /// Issue 16.
    Note {
        session_uuid: String,
    },
    Notes {
        session_uuid: String,
    },
    Labels {
        session_uuid: String,
    },
    LabelsInUse,
    /// Issue 16: the shared canned replies (`canned.rs`), a search and a
    /// transcript opened from its results (`search.rs`).
    CannedReplies,
    Search {
        query: String,
        more: bool,
    },
    SearchTranscript {
        session_uuid: String,
    },
    /// Issue 16: hand-over and the customer panel.
    Colleagues,
    HandOver {
        session_uuid: String,
    },
    CustomerContext {
        session_uuid: String,
    },
    Order {
        session_uuid: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryPurpose {
    /// The preview of a waiting offer.
    Preview,
    /// PageUp past the oldest message held.
    Older,
    /// After (re)connecting: fill the gap after the last seq held.
    Resume { after_seq: i64 },
}

/// Who I am, from `connected`.
#[derive(Debug, Clone, PartialEq)]
pub struct Me {
    pub user_id: String,
    pub user_name: String,
}

/// Options that do not change while running.
#[derive(Debug, Clone)]
pub struct Settings {
    pub server_label: String,
    pub bell: bool,
    pub keymap: Keymap,
    pub canned: BTreeMap<String, String>,
    /// Times are shown in this offset (the local one when running, UTC in
    /// tests so snapshots do not depend on where they run).
    pub tz: FixedOffset,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            server_label: String::new(),
            bell: true,
            keymap: Keymap::default(),
            canned: BTreeMap::new(),
            tz: Utc.fix(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct State {
    pub now: DateTime<Utc>,
    pub settings: Settings,
    pub conn: ConnState,
    pub me: Option<Me>,
    pub workload: Option<Workload>,
    pub online_staff: u32,
    /// Oldest first.
    pub queue: Vec<TransferOffer>,
    /// Issue 17: messages left while nobody was there, oldest first.
    pub messages: Vec<concierge_shared::LeftMessage>,
    pub msg_sel: usize,
    pub chats: Vec<Chat>,
    pub focus: Focus,
    pub queue_sel: usize,
    pub chat_sel: usize,
    /// Shown in the conversation pane instead of the selected chat.
    pub preview: Option<Preview>,
    pub composing: bool,
    pub overlay: Option<Overlay>,
    /// A one-line notice (errors, confirmations) and when it was set.
    pub flash: Option<(String, DateTime<Utc>)>,
    pub pending: HashMap<i64, Pending>,
    pub next_ref: i64,
    /// The chat I sent `typing_start` in, and my last keystroke there.
    pub typing_sent: Option<(String, DateTime<Utc>)>,
    /// Issue 16: labels in use, for completing labels with Tab.
    pub labels_in_use: Vec<String>,
    /// Issue 16: the team's canned replies, as last fetched.
    pub shared_replies: crate::canned::Shared,
    /// Issue 16: the customer panel beside the chat, when open.
    pub panel: Option<crate::customer_panel::Panel>,
}

impl State {
    pub fn new(settings: Settings, now: DateTime<Utc>) -> Self {
        Self {
            now,
            settings,
            conn: ConnState::Connecting { attempt: 1 },
            me: None,
            workload: None,
            online_staff: 0,
            queue: Vec::new(),
            messages: Vec::new(),
            msg_sel: 0,
            chats: Vec::new(),
            focus: Focus::Queue,
            queue_sel: 0,
            chat_sel: 0,
            preview: None,
            composing: false,
            overlay: None,
            flash: None,
            pending: HashMap::new(),
            next_ref: 1,
            typing_sent: None,
            labels_in_use: Vec::new(),
            shared_replies: Default::default(),
            panel: None,
        }
    }

    /// A fresh `ref` for a frame, remembered with what it is about.
    pub fn take_ref(&mut self, what: Pending) -> Ref {
        let r = self.next_ref;
        self.next_ref += 1;
        self.pending.insert(r, what);
        Ref::Num(r)
    }

    pub fn chat(&self, session_uuid: &str) -> Option<&Chat> {
        self.chats.iter().find(|c| c.session_uuid == session_uuid)
    }

    pub fn chat_mut(&mut self, session_uuid: &str) -> Option<&mut Chat> {
        self.chats
            .iter_mut()
            .find(|c| c.session_uuid == session_uuid)
    }

    pub fn selected_chat(&self) -> Option<&Chat> {
        self.chats.get(self.chat_sel)
    }

    pub fn selected_chat_mut(&mut self) -> Option<&mut Chat> {
        self.chats.get_mut(self.chat_sel)
    }

    pub fn selected_message(&self) -> Option<&concierge_shared::LeftMessage> {
        self.messages.get(self.msg_sel)
    }

    pub fn selected_offer(&self) -> Option<&TransferOffer> {
        self.queue.get(self.queue_sel)
    }

    /// The chat whose messages are on screen (none while previewing or
    /// while the help covers everything).
    pub fn visible_chat(&self) -> Option<&Chat> {
        if self.preview.is_some() || matches!(self.overlay, Some(Overlay::Help { .. })) {
            return None;
        }
        self.selected_chat()
    }

    pub fn open_chats(&self) -> usize {
        self.chats.iter().filter(|c| c.is_open()).count()
    }

    pub fn is_available(&self) -> bool {
        self.workload.is_some_and(|w| w.is_available)
    }

    pub fn set_flash(&mut self, text: impl Into<String>) {
        self.flash = Some((text.into(), self.now));
    }

    /// Keep the queue oldest first and the selection inside it.
    pub fn sort_queue(&mut self) {
        self.queue
            .sort_by_key(|o| (o.waiting_since, o.transfer_request_id));
        self.clamp_selection();
    }

    pub fn clamp_selection(&mut self) {
        self.queue_sel = self.queue_sel.min(self.queue.len().saturating_sub(1));
        self.msg_sel = self.msg_sel.min(self.messages.len().saturating_sub(1));
        if self.focus == Focus::Messages && self.messages.is_empty() {
            self.focus = Focus::Queue;
        }
        self.chat_sel = self.chat_sel.min(self.chats.len().saturating_sub(1));
    }
}
