//! Appending a message: the clientMsgId look-up that makes a retry a
//! duplicate, and the insert that takes the session's next `seq`.
//! Separate from the rest of `apply` because the PostgreSQL batch path
//! (`postgres/append.rs`) builds its results with [`appended`] too.

use concierge_shared::protocol::{Message, Timestamp};
use rusqlite::OptionalExtension;

use super::{NewMessage, OpResult, message_type_str, sender_role_str};
use crate::args;
use crate::store::StoreError;
use crate::store::db::Db;
use crate::store::read::{message_cols, message_from_row};

/// The message already stored under this clientMsgId, answered as the
/// duplicate it makes of a retry.
fn stored_retry(
    db: &mut Db<'_>,
    session_uuid: &str,
    cid: &str,
) -> Result<Option<OpResult>, StoreError> {
    let stored = db.query_opt(
        concat!(
            "SELECT ",
            message_cols!(),
            " FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
             WHERE s.uuid = ?1 AND m.client_msg_id = ?2"
        ),
        args![session_uuid, cid],
        message_from_row,
    )?;
    Ok(stored.map(|message| OpResult::Message {
        message,
        duplicate: true,
    }))
}

pub(super) fn append_message(
    db: &mut Db<'_>,
    session_uuid: &str,
    m: &NewMessage,
    now: i64,
) -> Result<OpResult, StoreError> {
    match db {
        Db::Sqlite(c) => append_sqlite(c, session_uuid, m, now),
        Db::Postgres(_) => append_postgres(db, session_uuid, m, now),
    }
}

fn append_postgres(
    db: &mut Db<'_>,
    session_uuid: &str,
    m: &NewMessage,
    now: i64,
) -> Result<OpResult, StoreError> {
    // Another daemon may store the same clientMsgId between this look-up
    // and the insert below: the unique index refuses the second, and the
    // writer runs the job again from its savepoint, when this look-up
    // finds the stored message.
    if let Some(cid) = &m.client_msg_id
        && let Some(retry) = stored_retry(db, session_uuid, cid)?
    {
        return Ok(retry);
    }
    // Taking the next seq updates the session row, which holds that row
    // until commit: the row lock keeps any other append to this session
    // out until then, so seq has no gaps and no duplicates. Both
    // statements in one round trip, which is what an append costs on a
    // network connection.
    let (message_id, seq) = db
        .query_opt(
            "WITH s AS (
               UPDATE chat_sessions SET last_seq = last_seq + 1, updated_at = ?2,
                 last_activity = ?2
               WHERE uuid = ?1 AND status != 'closed'
               RETURNING id, last_seq)
             INSERT INTO chat_messages (session_id, seq, sender_id, sender_name, sender_role,
               message_type, content, ai_generated, client_msg_id, created_at)
             SELECT s.id, s.last_seq, CAST(?3 AS TEXT), CAST(?4 AS TEXT), CAST(?5 AS TEXT),
               CAST(?6 AS TEXT), CAST(?7 AS TEXT), CAST(?8 AS BOOLEAN), CAST(?9 AS TEXT),
               CAST(?2 AS BIGINT)
             FROM s
             RETURNING id, seq",
            args![
                session_uuid,
                now,
                &m.sender_id,
                &m.sender_name,
                sender_role_str(m.sender_role),
                message_type_str(m.message_type),
                &m.content,
                m.ai_generated,
                &m.client_msg_id
            ],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
        .ok_or(StoreError::Conflict("session is closed or unknown"))?;
    Ok(appended(session_uuid, m, now, message_id, seq))
}

/// The single writer keeps every other append out until commit, so the
/// seq read here is still the next one when the insert takes it.
fn append_sqlite(
    c: &rusqlite::Connection,
    session_uuid: &str,
    m: &NewMessage,
    now: i64,
) -> Result<OpResult, StoreError> {
    // SQLite: no RETURNING (SQLite gathers its rows through a trigger
    // program and a scratch table, a sixth of the writer's time per
    // append in the relay benchmark) and no clientMsgId look-up ahead of
    // the insert: the unique index answers that, and only a retry pays
    // for reading the stored message back.
    let session: Option<(i64, i64)> = c
        .prepare_cached(
            "SELECT id, last_seq + 1 FROM chat_sessions WHERE uuid = ?1 AND status != 'closed'",
        )?
        .query_row([session_uuid], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((session_id, seq)) = session else {
        // A retry of a message stored before the session closed is still
        // that message.
        return match &m.client_msg_id {
            Some(cid) => stored_retry(&mut Db::Sqlite(c), session_uuid, cid)?
                .ok_or(StoreError::Conflict("session is closed or unknown")),
            None => Err(StoreError::Conflict("session is closed or unknown")),
        };
    };
    let inserted = c
        .prepare_cached(
            "INSERT INTO chat_messages (session_id, seq, sender_id, sender_name, sender_role,
               message_type, content, ai_generated, client_msg_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (session_id, client_msg_id) WHERE client_msg_id IS NOT NULL DO NOTHING",
        )?
        .execute(rusqlite::params![
            session_id,
            seq,
            &m.sender_id,
            &m.sender_name,
            sender_role_str(m.sender_role),
            message_type_str(m.message_type),
            &m.content,
            m.ai_generated,
            &m.client_msg_id,
            now
        ])?;
    if inserted == 0 {
        // Only the clientMsgId index makes an insert do nothing: a retry.
        let cid = m.client_msg_id.as_deref().unwrap_or_default();
        return stored_retry(&mut Db::Sqlite(c), session_uuid, cid)?.ok_or(StoreError::NotFound);
    }
    let message_id = c.last_insert_rowid();
    c.prepare_cached(
        "UPDATE chat_sessions SET last_seq = ?2, updated_at = ?3, last_activity = ?3 WHERE id = ?1",
    )?
    .execute(rusqlite::params![session_id, seq, now])?;
    Ok(appended(session_uuid, m, now, message_id, seq))
}

pub(in crate::store) fn appended(
    session_uuid: &str,
    m: &NewMessage,
    now: i64,
    message_id: i64,
    seq: i64,
) -> OpResult {
    let message = Message {
        message_id,
        session_uuid: session_uuid.to_string(),
        seq,
        sender_id: m.sender_id.clone(),
        sender_name: m.sender_name.clone(),
        sender_role: m.sender_role,
        message_type: m.message_type,
        content: m.content.clone(),
        ai_generated: m.ai_generated,
        client_msg_id: m.client_msg_id.clone(),
        created_at: Timestamp::from_millis(now),
        read_at: None,
    };
    OpResult::Message {
        message,
        duplicate: false,
    }
}
