//! Storage for "when nobody is there" (issue 17): the business hours an
//! admin set, and messages left for staff. Writes are [`OfflineOp`]s,
//! applied by the writer thread like every other [`super::Op`] (in the
//! same savepoint as the rest of their group); reads are plain functions
//! over [`Db`].

use serde::{Deserialize, Serialize};

use super::StoreError;
use super::db::Db;
use crate::args;

#[derive(Debug, Clone)]
pub enum OfflineOp {
    /// Replace the hours (`Some`: the spec as JSON) or clear them (`None`:
    /// the config file's apply again).
    SetHours { spec: Option<String>, now: i64 },
    /// A hand-over that found nobody becomes a message waiting for staff.
    /// Refused (`Conflict`) when the session already has one waiting.
    LeaveMessage {
        session_uuid: String,
        customer_id: String,
        customer_name: String,
        email: Option<String>,
        summary: String,
        outside_hours: bool,
        now: i64,
    },
    /// An email to send (the mail outbox): written in the same group as
    /// its cause, sent later by [`crate::mail::Sender`].
    QueueMail(MailDraft),
    /// The SMTP server took mail `id`.
    MailSent { id: i64, now: i64 },
    /// An attempt failed: try again at `next_attempt_at`.
    MailFailed {
        id: i64,
        next_attempt_at: i64,
        error: String,
    },
    /// The last attempt allowed failed, or the server refused for good.
    MailDead { id: i64, now: i64, error: String },
    /// A customer has waited long (`QUEUE_ALERT_AFTER_SECS`): recorded once
    /// per request (the webhook trigger fires on the insert), with the
    /// staff email only when this is the first record.
    QueueAlert {
        request_id: i64,
        session_uuid: String,
        waiting_since: i64,
        mail: Option<MailDraft>,
        now: i64,
    },
    /// The customer wants the transcript when the session closes, at
    /// `email` (a later wish for the same session replaces it).
    WantTranscriptAtClose {
        session_uuid: String,
        customer_id: String,
        email: String,
        now: i64,
    },
    /// The session closed: the wish goes and its mail is queued, only if
    /// the wish was still there (so it goes once, whichever node or
    /// restart gets here first).
    TranscriptAtClose {
        session_uuid: String,
        mail: MailDraft,
    },
    /// Staff answered (`answered`) or closed (`closed`) a waiting message.
    ResolveMessage {
        id: i64,
        staff_id: String,
        status: MessageStatus,
        now: i64,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageStatus {
    Waiting,
    Answered,
    Closed,
}

impl MessageStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageStatus::Waiting => "waiting",
            MessageStatus::Answered => "answered",
            MessageStatus::Closed => "closed",
        }
    }

    fn parse(s: &str) -> MessageStatus {
        match s {
            "answered" => MessageStatus::Answered,
            "closed" => MessageStatus::Closed,
            _ => MessageStatus::Waiting,
        }
    }
}

/// A message left for staff, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeftMessageRow {
    pub id: i64,
    pub session_uuid: String,
    pub customer_id: String,
    pub customer_name: String,
    pub email: Option<String>,
    pub summary: String,
    pub status: MessageStatus,
    pub outside_hours: bool,
    pub created_at: i64,
    pub answered_at: Option<i64>,
    pub answered_by: Option<String>,
}

/// What kind of email, for logs, metrics and erasure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MailKind {
    Reply,
    Transcript,
    StaffAlert,
}

impl MailKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::Reply => "reply",
            MailKind::Transcript => "transcript",
            MailKind::StaffAlert => "staff_alert",
        }
    }
}

/// An email ready to queue.
#[derive(Debug, Clone, PartialEq)]
pub struct MailDraft {
    pub kind: MailKind,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The customer it is about: erasing them deletes it.
    pub customer_id: Option<String>,
    pub now: i64,
}

/// A queued email as the sender reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuedMail {
    pub id: i64,
    pub kind: String,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub created_at: i64,
    pub attempts: i64,
}

/// What applying an [`OfflineOp`] returns.
#[derive(Debug, Clone)]
pub enum OfflineResult {
    Done,
    LeftMessage(LeftMessageRow),
}

pub(super) fn apply(db: &mut Db<'_>, op: &OfflineOp) -> Result<OfflineResult, StoreError> {
    match op {
        OfflineOp::SetHours { spec: Some(s), now } => {
            db.execute(
                "INSERT INTO business_hours (id, spec, updated_at) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET spec = ?1, updated_at = ?2",
                args![s, now],
            )?;
            Ok(OfflineResult::Done)
        }
        OfflineOp::SetHours { spec: None, .. } => {
            db.execute("DELETE FROM business_hours", args![])?;
            Ok(OfflineResult::Done)
        }
        OfflineOp::LeaveMessage {
            session_uuid,
            customer_id,
            customer_name,
            email,
            summary,
            outside_hours,
            now,
        } => {
            let waiting: i64 = db.query_value(
                "SELECT count(*) FROM left_messages WHERE session_uuid = ?1 AND status = 'waiting'",
                args![session_uuid],
            )?;
            if waiting > 0 {
                return Err(StoreError::Conflict(
                    "a message is already waiting for staff",
                ));
            }
            let row = db
                .query_opt(
                    concat!(
                        "INSERT INTO left_messages (session_uuid, customer_id, customer_name,
                           email, summary, status, outside_hours, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, 'waiting', ?6, ?7) RETURNING ",
                        left_cols!()
                    ),
                    args![
                        session_uuid,
                        customer_id,
                        customer_name,
                        email,
                        summary,
                        outside_hours,
                        now
                    ],
                    left_from_row,
                )?
                .ok_or(StoreError::NotFound)?;
            Ok(OfflineResult::LeftMessage(row))
        }
        OfflineOp::QueueMail(m) => {
            db.execute(
                "INSERT INTO mail_outbox (kind, recipient, subject, body_text, body_html,
                   customer_id, created_at, next_attempt_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                args![
                    m.kind.as_str(),
                    &m.to,
                    &m.subject,
                    &m.text,
                    &m.html,
                    &m.customer_id,
                    m.now
                ],
            )?;
            Ok(OfflineResult::Done)
        }
        OfflineOp::QueueAlert {
            request_id,
            session_uuid,
            waiting_since,
            mail,
            now,
        } => {
            let n = db.execute(
                "INSERT INTO queue_alerts (request_id, session_uuid, waiting_since, created_at)
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (request_id) DO NOTHING",
                args![request_id, session_uuid, waiting_since, now],
            )?;
            if n == 1
                && let Some(m) = mail
            {
                apply(db, &OfflineOp::QueueMail(m.clone()))?;
            }
            Ok(OfflineResult::Done)
        }
        OfflineOp::MailSent { id, now } => {
            db.execute(
                "UPDATE mail_outbox SET sent_at = ?2, attempts = attempts + 1, last_error = NULL
                 WHERE id = ?1 AND sent_at IS NULL",
                args![id, now],
            )?;
            Ok(OfflineResult::Done)
        }
        OfflineOp::MailFailed {
            id,
            next_attempt_at,
            error,
        } => {
            db.execute(
                "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?2,
                   last_error = ?3 WHERE id = ?1 AND sent_at IS NULL",
                args![id, next_attempt_at, error],
            )?;
            Ok(OfflineResult::Done)
        }
        OfflineOp::MailDead { id, now, error } => {
            db.execute(
                "UPDATE mail_outbox SET attempts = attempts + 1, dead_at = ?2, last_error = ?3
                 WHERE id = ?1 AND sent_at IS NULL",
                args![id, now, error],
            )?;
            Ok(OfflineResult::Done)
        }
        OfflineOp::WantTranscriptAtClose {
            session_uuid,
            customer_id,
            email,
            now,
        } => {
            db.execute(
                "INSERT INTO transcript_at_close (session_uuid, customer_id, email, created_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (session_uuid) DO UPDATE SET email = ?3, created_at = ?4",
                args![session_uuid, customer_id, email, now],
            )?;
            Ok(OfflineResult::Done)
        }
        OfflineOp::TranscriptAtClose { session_uuid, mail } => {
            let n = db.execute(
                "DELETE FROM transcript_at_close WHERE session_uuid = ?1",
                args![session_uuid],
            )?;
            if n == 1 {
                apply(db, &OfflineOp::QueueMail(mail.clone()))?;
            }
            Ok(OfflineResult::Done)
        }
        OfflineOp::ResolveMessage {
            id,
            staff_id,
            status,
            now,
        } => {
            let n = db.execute(
                "UPDATE left_messages SET status = ?2, answered_by = ?3, answered_at = ?4
                 WHERE id = ?1 AND status = 'waiting'",
                args![id, status.as_str(), staff_id, now],
            )?;
            if n == 0 {
                return Err(StoreError::Conflict("no such message waiting"));
            }
            Ok(OfflineResult::Done)
        }
    }
}

macro_rules! left_cols {
    () => {
        "id, session_uuid, customer_id, customer_name, email, summary, status, outside_hours,
         created_at, answered_at, answered_by"
    };
}
use left_cols;

fn left_from_row(r: &super::DbRow<'_>) -> Result<LeftMessageRow, StoreError> {
    Ok(LeftMessageRow {
        id: r.get(0)?,
        session_uuid: r.get(1)?,
        customer_id: r.get(2)?,
        customer_name: r.get(3)?,
        email: r.get(4)?,
        summary: r.get(5)?,
        status: MessageStatus::parse(&r.get::<String>(6)?),
        outside_hours: r.get(7)?,
        created_at: r.get(8)?,
        answered_at: r.get(9)?,
        answered_by: r.get(10)?,
    })
}

/// The hours an admin set, if any (JSON of [`crate::hours::HoursSpec`]).
pub fn hours_spec(db: &mut Db<'_>) -> Result<Option<String>, StoreError> {
    db.query_opt(
        "SELECT spec FROM business_hours WHERE id = 1",
        args![],
        |r| r.get(0),
    )
}

/// Every message still waiting for staff, oldest first.
pub fn waiting_messages(db: &mut Db<'_>) -> Result<Vec<LeftMessageRow>, StoreError> {
    db.query(
        concat!(
            "SELECT ",
            left_cols!(),
            " FROM left_messages WHERE status = 'waiting' ORDER BY id"
        ),
        args![],
        left_from_row,
    )
}

/// A customer's wish for the transcript at close.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptWish {
    pub session_uuid: String,
    pub customer_id: String,
    pub email: String,
}

/// Every transcript still wished for at close.
pub fn transcript_wishes(db: &mut Db<'_>) -> Result<Vec<TranscriptWish>, StoreError> {
    db.query(
        "SELECT session_uuid, customer_id, email FROM transcript_at_close ORDER BY session_uuid",
        args![],
        |r| {
            Ok(TranscriptWish {
                session_uuid: r.get(0)?,
                customer_id: r.get(1)?,
                email: r.get(2)?,
            })
        },
    )
}

/// Open sessions whose left message staff answered, and who answered
/// (the latest answer wins).
pub fn answered_open(db: &mut Db<'_>) -> Result<Vec<(String, String)>, StoreError> {
    db.query(
        "SELECT l.session_uuid, l.answered_by FROM left_messages l
         JOIN chat_sessions s ON s.uuid = l.session_uuid
         WHERE l.status = 'answered' AND l.answered_by IS NOT NULL AND s.status <> 'closed'
         ORDER BY l.id",
        args![],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// One message by id.
pub fn left_message(db: &mut Db<'_>, id: i64) -> Result<Option<LeftMessageRow>, StoreError> {
    db.query_opt(
        concat!("SELECT ", left_cols!(), " FROM left_messages WHERE id = ?1"),
        args![id],
        left_from_row,
    )
}

/// Messages left in `[from, to)`: how many, how many are answered, and
/// the answered ones' mean and longest time to answer (milliseconds).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageStats {
    pub left: i64,
    pub answered: i64,
    pub waiting: i64,
    pub avg_response_ms: Option<i64>,
    pub max_response_ms: Option<i64>,
}

pub fn message_stats(db: &mut Db<'_>, from: i64, to: i64) -> Result<MessageStats, StoreError> {
    db.query_opt(
        "SELECT count(*),
            coalesce(sum(CASE WHEN status = 'answered' THEN 1 ELSE 0 END), 0),
            coalesce(sum(CASE WHEN status = 'waiting' THEN 1 ELSE 0 END), 0),
            CAST(avg(CASE WHEN status = 'answered' THEN answered_at - created_at END) AS BIGINT),
            max(CASE WHEN status = 'answered' THEN answered_at - created_at END)
         FROM left_messages WHERE created_at >= ?1 AND created_at < ?2",
        args![from, to],
        |r| {
            Ok(MessageStats {
                left: r.get(0)?,
                answered: r.get(1)?,
                waiting: r.get(2)?,
                avg_response_ms: r.get(3)?,
                max_response_ms: r.get(4)?,
            })
        },
    )
    .map(Option::unwrap_or_default)
}

/// Mail due now, oldest first, at most `limit`.
pub fn due_mail(db: &mut Db<'_>, now: i64, limit: u32) -> Result<Vec<QueuedMail>, StoreError> {
    db.query(
        "SELECT id, kind, recipient, subject, body_text, body_html, created_at, attempts
         FROM mail_outbox
         WHERE sent_at IS NULL AND dead_at IS NULL AND next_attempt_at <= ?1
         ORDER BY id LIMIT ?2",
        args![now, limit],
        |r| {
            Ok(QueuedMail {
                id: r.get(0)?,
                kind: r.get(1)?,
                to: r.get(2)?,
                subject: r.get(3)?,
                text: r.get(4)?,
                html: r.get(5)?,
                created_at: r.get(6)?,
                attempts: r.get(7)?,
            })
        },
    )
}

/// Erasing a customer: their messages keep only times and status.
pub(super) fn forget_customer(
    db: &mut Db<'_>,
    user_id: &str,
    pseudonym: &str,
) -> Result<(), StoreError> {
    db.execute(
        "UPDATE left_messages SET customer_id = ?2, customer_name = '', email = NULL,
           summary = '[erased]',
           status = CASE WHEN status = 'waiting' THEN 'closed' ELSE status END
         WHERE customer_id = ?1",
        args![user_id, pseudonym],
    )?;
    // Their mail goes, sent or not: it holds their address and words.
    db.execute(
        "DELETE FROM mail_outbox WHERE customer_id = ?1",
        args![user_id],
    )?;
    // And the transcripts they wished for at close, with the address.
    db.execute(
        "DELETE FROM transcript_at_close WHERE customer_id = ?1",
        args![user_id],
    )?;
    Ok(())
}
