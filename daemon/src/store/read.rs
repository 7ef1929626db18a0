//! Row types and read queries. Each function takes a [`Db`] (either
//! engine) and is meant to run inside [`super::Store::read`].

use super::StoreError;
use super::db::{Db, DbRow, Engine};
use crate::args;
use crate::ids::{TransferId, TransferStatus};
use concierge_shared::protocol::{
    Message, MessageType, SenderRole, Session, SessionStatus, SessionType, Timestamp,
};

/// The columns [`session_from_row`] reads, as a literal for `concat!`.
macro_rules! session_cols {
    () => {
        "id, uuid, user_id, user_name, staff_id, session_type, status, last_seq, ai_failures, \
         summary, created_at, updated_at, last_activity, closed_at, closed_by"
    };
}
pub(super) use session_cols;

/// The columns [`message_from_row`] reads (`m` messages joined to `s`
/// sessions), as a literal for `concat!`.
macro_rules! message_cols {
    () => {
        "m.id, s.uuid, m.seq, m.sender_id, m.sender_name, m.sender_role, m.message_type, \
         m.content, m.ai_generated, m.client_msg_id, m.created_at, m.read_at"
    };
}
pub(super) use message_cols;

#[derive(Debug, Clone, PartialEq)]
pub struct SessionRow {
    pub id: i64,
    pub uuid: String,
    pub user_id: String,
    pub user_name: String,
    pub staff_id: Option<String>,
    pub session_type: SessionType,
    pub status: SessionStatus,
    pub last_seq: i64,
    pub ai_failures: u32,
    pub summary: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub last_activity: i64,
    pub closed_at: Option<i64>,
    pub closed_by: Option<String>,
}

impl SessionRow {
    pub fn to_wire(&self) -> Session {
        Session {
            session_uuid: self.uuid.clone(),
            user_id: self.user_id.clone(),
            user_name: Some(self.user_name.clone()),
            staff_id: self.staff_id.clone(),
            session_type: self.session_type,
            status: self.status,
            created_at: Timestamp::from_millis(self.created_at),
            updated_at: Timestamp::from_millis(self.updated_at),
            closed_at: self.closed_at.map(Timestamp::from_millis),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TransferRow {
    pub id: TransferId,
    pub session_uuid: String,
    pub customer_id: String,
    pub customer_name: String,
    pub reason: Option<String>,
    pub summary: String,
    pub priority: i64,
    pub created_at: i64,
    pub declined_by: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StaffRow {
    pub staff_id: String,
    pub name: String,
    pub is_available: bool,
    pub max_concurrent_chats: Option<u32>,
}

fn bad_enum(col: usize, v: &str) -> StoreError {
    StoreError::Column(col, format!("unexpected value {v:?}"))
}

pub(super) fn session_from_row(r: &DbRow<'_>) -> Result<SessionRow, StoreError> {
    let st: String = r.get(5)?;
    let status: String = r.get(6)?;
    Ok(SessionRow {
        id: r.get(0)?,
        uuid: r.get(1)?,
        user_id: r.get(2)?,
        user_name: r.get(3)?,
        staff_id: r.get(4)?,
        session_type: match st.as_str() {
            "ai" => SessionType::Ai,
            "human" => SessionType::Human,
            v => return Err(bad_enum(5, v)),
        },
        status: match status.as_str() {
            "active" => SessionStatus::Active,
            "waiting" => SessionStatus::Waiting,
            "closed" => SessionStatus::Closed,
            v => return Err(bad_enum(6, v)),
        },
        last_seq: r.get(7)?,
        ai_failures: r.get(8)?,
        summary: r.get(9)?,
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
        last_activity: r.get(12)?,
        closed_at: r.get(13)?,
        closed_by: r.get(14)?,
    })
}

pub(super) fn message_from_row(r: &DbRow<'_>) -> Result<Message, StoreError> {
    let role: String = r.get(5)?;
    let mtype: String = r.get(6)?;
    Ok(Message {
        message_id: r.get(0)?,
        session_uuid: r.get(1)?,
        seq: r.get(2)?,
        sender_id: r.get(3)?,
        sender_name: r.get(4)?,
        sender_role: match role.as_str() {
            "customer" => SenderRole::Customer,
            "staff" => SenderRole::Staff,
            "ai" => SenderRole::Ai,
            "system" => SenderRole::System,
            v => return Err(bad_enum(5, v)),
        },
        message_type: match mtype.as_str() {
            "text" => MessageType::Text,
            "system" => MessageType::System,
            "transfer_request" => MessageType::TransferRequest,
            v => return Err(bad_enum(6, v)),
        },
        content: r.get(7)?,
        ai_generated: r.get(8)?,
        client_msg_id: r.get(9)?,
        created_at: Timestamp::from_millis(r.get(10)?),
        read_at: r.get::<Option<i64>>(11)?.map(Timestamp::from_millis),
    })
}

pub fn session_by_uuid(db: &mut Db<'_>, uuid: &str) -> Result<Option<SessionRow>, StoreError> {
    db.query_opt(
        concat!(
            "SELECT ",
            session_cols!(),
            " FROM chat_sessions WHERE uuid = ?1"
        ),
        args![uuid],
        session_from_row,
    )
}

/// Every session not closed yet (the hub keeps these in memory).
pub fn open_sessions(db: &mut Db<'_>) -> Result<Vec<SessionRow>, StoreError> {
    db.query(
        concat!(
            "SELECT ",
            session_cols!(),
            " FROM chat_sessions WHERE status != 'closed' ORDER BY id"
        ),
        &[],
        session_from_row,
    )
}

/// The last `n` messages with `seq <= upto`, oldest first.
pub fn last_messages(
    db: &mut Db<'_>,
    uuid: &str,
    n: u32,
    upto: i64,
) -> Result<Vec<Message>, StoreError> {
    let mut v = db.query(
        concat!(
            "SELECT ",
            message_cols!(),
            " FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
             WHERE s.uuid = ?1 AND m.seq <= ?2 ORDER BY m.seq DESC LIMIT ?3"
        ),
        args![uuid, upto, n],
        message_from_row,
    )?;
    v.reverse();
    Ok(v)
}

/// Every message with `after < seq <= upto`, in order.
pub fn messages_between(
    db: &mut Db<'_>,
    uuid: &str,
    after: i64,
    upto: i64,
) -> Result<Vec<Message>, StoreError> {
    db.query(
        concat!(
            "SELECT ",
            message_cols!(),
            " FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
             WHERE s.uuid = ?1 AND m.seq > ?2 AND m.seq <= ?3 ORDER BY m.seq"
        ),
        args![uuid, after, upto],
        message_from_row,
    )
}

/// A page of history before `before` (exclusive), oldest first, and
/// whether older messages remain.
pub fn messages_before(
    db: &mut Db<'_>,
    uuid: &str,
    before: i64,
    limit: u32,
) -> Result<(Vec<Message>, bool), StoreError> {
    let mut v = db.query(
        concat!(
            "SELECT ",
            message_cols!(),
            " FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
             WHERE s.uuid = ?1 AND m.seq < ?2 ORDER BY m.seq DESC LIMIT ?3"
        ),
        args![uuid, before, i64::from(limit) + 1],
        message_from_row,
    )?;
    let has_more = v.len() > limit as usize;
    v.truncate(limit as usize);
    v.reverse();
    Ok((v, has_more))
}

/// Pending transfer requests, oldest (and re-queued first) first.
/// Each open session's newest transfer request, whatever its status.
pub fn newest_requests(db: &mut Db<'_>) -> Result<Vec<(String, TransferId)>, StoreError> {
    db.query(
        "SELECT s.uuid, max(t.id)
         FROM chat_sessions s JOIN chat_transfer_requests t ON t.session_id = s.id
         WHERE s.status != 'closed' GROUP BY s.uuid",
        &[],
        |r| Ok((r.get(0)?, TransferId(r.get(1)?))),
    )
}

pub fn pending_transfers(db: &mut Db<'_>) -> Result<Vec<TransferRow>, StoreError> {
    // The staff who declined, joined with the unit separator (never in an id).
    let sql = match db.engine() {
        Engine::Sqlite => {
            "SELECT t.id, s.uuid, t.customer_id, t.customer_name, t.reason, t.summary, t.priority,
                t.created_at,
                (SELECT group_concat(d.staff_id, char(31)) FROM transfer_declines d
                 WHERE d.request_id = t.id)
         FROM chat_transfer_requests t JOIN chat_sessions s ON s.id = t.session_id
         WHERE t.status = 'pending' ORDER BY t.priority DESC, t.id"
        }
        Engine::Postgres => {
            "SELECT t.id, s.uuid, t.customer_id, t.customer_name, t.reason, t.summary, t.priority,
                t.created_at,
                (SELECT string_agg(d.staff_id, chr(31)) FROM transfer_declines d
                 WHERE d.request_id = t.id)
         FROM chat_transfer_requests t JOIN chat_sessions s ON s.id = t.session_id
         WHERE t.status = 'pending' ORDER BY t.priority DESC, t.id"
        }
    };
    db.query(sql, &[], |r| {
        let declined: Option<String> = r.get(8)?;
        Ok(TransferRow {
            id: TransferId(r.get(0)?),
            session_uuid: r.get(1)?,
            customer_id: r.get(2)?,
            customer_name: r.get(3)?,
            reason: r.get(4)?,
            summary: r.get(5)?,
            priority: r.get(6)?,
            created_at: r.get(7)?,
            declined_by: declined
                .map(|d| d.split('\u{1f}').map(str::to_string).collect())
                .unwrap_or_default(),
        })
    })
}

pub fn staff_rows(db: &mut Db<'_>) -> Result<Vec<StaffRow>, StoreError> {
    db.query(
        "SELECT staff_id, name, is_available, max_concurrent_chats FROM staff_availability",
        &[],
        |r| {
            Ok(StaffRow {
                staff_id: r.get(0)?,
                name: r.get(1)?,
                is_available: r.get(2)?,
                max_concurrent_chats: r.get(3)?,
            })
        },
    )
}

/// Whether a session has been rated.
pub fn is_rated(db: &mut Db<'_>, uuid: &str) -> Result<bool, StoreError> {
    Ok(db
        .query_opt(
            "SELECT 1 FROM session_ratings r JOIN chat_sessions s ON s.id = r.session_id
             WHERE s.uuid = ?1",
            args![uuid],
            |_| Ok(()),
        )?
        .is_some())
}

/// Filters of the HTTP API's session list; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct SessionFilter {
    pub status: Option<SessionStatus>,
    pub session_type: Option<SessionType>,
    pub staff_id: Option<String>,
    pub user_id: Option<String>,
    /// `created_at >= from`
    pub from: Option<i64>,
    /// `created_at < to`
    pub to: Option<i64>,
    /// Issue 16: only sessions carrying this label.
    pub label: Option<String>,
}

/// Newest first: sessions with `id < before` (keyset pagination).
pub fn sessions_page(
    db: &mut Db<'_>,
    f: &SessionFilter,
    before: Option<i64>,
    limit: u32,
) -> Result<Vec<SessionRow>, StoreError> {
    // The casts give PostgreSQL a type for parameters that are only ever
    // compared with NULL; SQLite ignores them.
    db.query(
        concat!(
            "SELECT ",
            session_cols!(),
            " FROM chat_sessions
         WHERE (CAST(?1 AS TEXT) IS NULL OR status = ?1)
           AND (CAST(?2 AS TEXT) IS NULL OR session_type = ?2)
           AND (CAST(?3 AS TEXT) IS NULL OR staff_id = ?3)
           AND (CAST(?4 AS TEXT) IS NULL OR user_id = ?4)
           AND (CAST(?5 AS BIGINT) IS NULL OR created_at >= ?5)
           AND (CAST(?6 AS BIGINT) IS NULL OR created_at < ?6)
           AND (CAST(?7 AS BIGINT) IS NULL OR id < ?7)
           AND (CAST(?9 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM session_labels l
                WHERE l.session_id = chat_sessions.id AND l.label = ?9))
         ORDER BY id DESC LIMIT ?8"
        ),
        args![
            f.status.map(super::ops::status_str),
            f.session_type.map(super::ops::session_type_str),
            &f.staff_id,
            &f.user_id,
            f.from,
            f.to,
            before,
            limit,
            &f.label
        ],
        session_from_row,
    )
}

/// Every message of a session in order (transcripts, exports).
pub fn all_messages(db: &mut Db<'_>, uuid: &str) -> Result<Vec<Message>, StoreError> {
    messages_between(db, uuid, 0, i64::MAX)
}

/// Assistant sessions whose last line is the customer's, written before
/// `before`, with no live reply lease (`reply:{uuid}`) at `now`: a reply
/// that a node started and never stored (it died), or never started.
pub fn unanswered_sessions(
    db: &mut Db<'_>,
    before: i64,
    now: i64,
    limit: u32,
) -> Result<Vec<String>, StoreError> {
    db.query(
        "SELECT s.uuid FROM chat_sessions s
         JOIN chat_messages m ON m.session_id = s.id AND m.seq = s.last_seq
         WHERE s.session_type = 'ai' AND s.status = 'active'
           AND m.sender_role = 'customer' AND m.created_at < ?1
           AND NOT EXISTS (SELECT 1 FROM leases l
                           WHERE l.name = 'reply:' || s.uuid AND l.expires_at >= ?2)
         ORDER BY s.id LIMIT ?3",
        args![before, now, limit],
        |r| r.get(0),
    )
}

/// How a transfer request stands: its `status` (`None` for one this
/// version does not write) and `outcome`.
pub type TransferOutcome = (Option<TransferStatus>, Option<String>);

/// A transfer request's status and outcome, if it exists.
pub fn transfer_outcome(
    db: &mut Db<'_>,
    id: TransferId,
) -> Result<Option<TransferOutcome>, StoreError> {
    db.query_opt(
        "SELECT status, outcome FROM chat_transfer_requests WHERE id = ?1",
        args![id.0],
        |r| {
            let status: String = r.get(0)?;
            Ok((TransferStatus::parse(&status), r.get(1)?))
        },
    )
}
