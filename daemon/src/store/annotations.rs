//! Storage for what staff keep about a session (issue 16): private notes
//! (`session_notes`) and labels (`session_labels`). Writes are
//! [`AnnotationOp`]s applied by the writer thread like every other
//! [`super::Op`], in the same savepoint as the rest of their group (the
//! hand-over label goes in with the transfer request it comes from).
//! Reads are plain functions over [`Db`].

use concierge_shared::annotations::{
    HANDOVER_LABEL_PREFIX, Label, LabelCount, MAX_LABELS_PER_SESSION, Note,
};
use concierge_shared::protocol::Timestamp;

use super::StoreError;
use super::db::Db;
use crate::args;

#[derive(Debug, Clone)]
pub enum AnnotationOp {
    /// A private note on a session (open or closed).
    AddNote {
        session_uuid: String,
        author_id: String,
        author_name: String,
        body: String,
        now: i64,
    },
    /// Replace the session's labels with `labels` (already valid).
    SetLabels {
        session_uuid: String,
        labels: Vec<Label>,
        set_by: String,
        now: i64,
    },
    /// Add one label; refused (`Conflict`) past the per-session limit.
    AddLabel {
        session_uuid: String,
        label: Label,
        set_by: String,
        now: i64,
    },
    /// Remove one label (nothing happens if it was not there).
    RemoveLabel { session_uuid: String, label: Label },
    /// The label from the assistant's hand-over reason
    /// (`handover:order_change`), written with the transfer request. Set
    /// by nobody (`set_by` NULL); skipped if the session is already full.
    HandoverLabel {
        session_uuid: String,
        reason: &'static str,
        now: i64,
    },
}

#[derive(Debug, Clone)]
pub enum AnnotationResult {
    Note(Note),
    /// The session's labels after the change, sorted.
    Labels(Vec<String>),
    Done,
}

fn session_id(db: &mut Db<'_>, uuid: &str) -> Result<i64, StoreError> {
    db.query_opt(
        "SELECT id FROM chat_sessions WHERE uuid = ?1",
        args![uuid],
        |r| r.get(0),
    )?
    .ok_or(StoreError::NotFound)
}

pub(super) fn apply(db: &mut Db<'_>, op: &AnnotationOp) -> Result<AnnotationResult, StoreError> {
    match op {
        AnnotationOp::AddNote {
            session_uuid,
            author_id,
            author_name,
            body,
            now,
        } => {
            let sid = session_id(db, session_uuid)?;
            let note_id: i64 = db.query_value(
                "INSERT INTO session_notes (session_id, author_id, author_name, body, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                args![sid, author_id, author_name, body, now],
            )?;
            Ok(AnnotationResult::Note(Note {
                note_id,
                session_uuid: session_uuid.clone(),
                author_id: author_id.clone(),
                author_name: author_name.clone(),
                body: body.clone(),
                created_at: Timestamp::from_millis(*now),
            }))
        }
        AnnotationOp::SetLabels {
            session_uuid,
            labels,
            set_by,
            now,
        } => {
            let sid = session_id(db, session_uuid)?;
            let keep: Vec<String> = labels.iter().map(|l| l.as_str().to_string()).collect();
            for old in labels_by_id(db, sid)? {
                if !keep.contains(&old) {
                    db.execute(
                        "DELETE FROM session_labels WHERE session_id = ?1 AND label = ?2",
                        args![sid, &old],
                    )?;
                }
            }
            for l in &keep {
                db.execute(
                    "INSERT INTO session_labels (session_id, label, set_by, created_at)
                     VALUES (?1, ?2, ?3, ?4) ON CONFLICT (session_id, label) DO NOTHING",
                    args![sid, l, set_by, now],
                )?;
            }
            Ok(AnnotationResult::Labels(labels_by_id(db, sid)?))
        }
        AnnotationOp::AddLabel {
            session_uuid,
            label,
            set_by,
            now,
        } => {
            let sid = session_id(db, session_uuid)?;
            let held = labels_by_id(db, sid)?;
            if !held.iter().any(|l| l == label.as_str()) {
                if held.len() >= MAX_LABELS_PER_SESSION {
                    return Err(StoreError::Conflict(
                        "the session already carries the most labels allowed (20)",
                    ));
                }
                db.execute(
                    "INSERT INTO session_labels (session_id, label, set_by, created_at)
                     VALUES (?1, ?2, ?3, ?4) ON CONFLICT (session_id, label) DO NOTHING",
                    args![sid, label.as_str(), set_by, now],
                )?;
            }
            Ok(AnnotationResult::Labels(labels_by_id(db, sid)?))
        }
        AnnotationOp::RemoveLabel {
            session_uuid,
            label,
        } => {
            let sid = session_id(db, session_uuid)?;
            db.execute(
                "DELETE FROM session_labels WHERE session_id = ?1 AND label = ?2",
                args![sid, label.as_str()],
            )?;
            Ok(AnnotationResult::Labels(labels_by_id(db, sid)?))
        }
        AnnotationOp::HandoverLabel {
            session_uuid,
            reason,
            now,
        } => {
            let label = format!("{HANDOVER_LABEL_PREFIX}{reason}");
            // Casts: PostgreSQL cannot type a bare parameter in a SELECT list.
            db.execute(
                "INSERT INTO session_labels (session_id, label, set_by, created_at)
                 SELECT s.id, CAST(?2 AS TEXT), NULL, CAST(?3 AS BIGINT)
                 FROM chat_sessions s WHERE s.uuid = ?1
                   AND (SELECT count(*) FROM session_labels l WHERE l.session_id = s.id) < ?4
                 ON CONFLICT (session_id, label) DO NOTHING",
                args![session_uuid, &label, now, MAX_LABELS_PER_SESSION as i64],
            )?;
            Ok(AnnotationResult::Done)
        }
    }
}

fn labels_by_id(db: &mut Db<'_>, sid: i64) -> Result<Vec<String>, StoreError> {
    db.query(
        "SELECT label FROM session_labels WHERE session_id = ?1 ORDER BY label",
        args![sid],
        |r| r.get(0),
    )
}

/// The session's labels, sorted (none for an unknown session).
pub fn labels_of(db: &mut Db<'_>, session_uuid: &str) -> Result<Vec<String>, StoreError> {
    db.query(
        "SELECT l.label FROM session_labels l JOIN chat_sessions s ON s.id = l.session_id
         WHERE s.uuid = ?1 ORDER BY l.label",
        args![session_uuid],
        |r| r.get(0),
    )
}

/// The session's notes, oldest first. Staff only: callers check the role.
pub fn notes_of(db: &mut Db<'_>, session_uuid: &str) -> Result<Vec<Note>, StoreError> {
    db.query(
        "SELECT n.id, n.author_id, n.author_name, n.body, n.created_at
         FROM session_notes n JOIN chat_sessions s ON s.id = n.session_id
         WHERE s.uuid = ?1 ORDER BY n.id",
        args![session_uuid],
        |r| {
            Ok(Note {
                note_id: r.get(0)?,
                session_uuid: session_uuid.to_string(),
                author_id: r.get(1)?,
                author_name: r.get(2)?,
                body: r.get(3)?,
                created_at: Timestamp::from_millis(r.get(4)?),
            })
        },
    )
}

/// Every label in use and on how many sessions, most used first, of the
/// sessions created in `[from, to)` when given (stats, completion).
pub fn label_counts(
    db: &mut Db<'_>,
    from: Option<i64>,
    to: Option<i64>,
) -> Result<Vec<LabelCount>, StoreError> {
    db.query(
        "SELECT l.label, count(*) FROM session_labels l
         JOIN chat_sessions s ON s.id = l.session_id
         WHERE (CAST(?1 AS BIGINT) IS NULL OR s.created_at >= ?1)
           AND (CAST(?2 AS BIGINT) IS NULL OR s.created_at < ?2)
         GROUP BY l.label ORDER BY count(*) DESC, l.label LIMIT 500",
        args![from, to],
        |r| {
            Ok(LabelCount {
                label: r.get(0)?,
                sessions: r.get(1)?,
            })
        },
    )
}

/// Erasure (`ForgetCustomer`): their sessions' notes go; notes are about
/// the customer and often quote them. Labels stay, as anonymous counts.
pub(super) fn forget_customer(db: &mut Db<'_>, user_id: &str) -> Result<u64, StoreError> {
    db.execute(
        "DELETE FROM session_notes
         WHERE session_id IN (SELECT id FROM chat_sessions WHERE user_id = ?1)",
        args![user_id],
    )
}
