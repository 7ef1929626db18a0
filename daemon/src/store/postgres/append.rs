//! A run of appends in one statement: the hot path of a busy PostgreSQL
//! daemon, where almost every job is one `AppendMessage`.
//!
//! Done one by one, each append costs three round trips (its savepoint,
//! the clientMsgId look-up, the insert that takes the seq), so a batch of
//! 1,000 waits on about 3,000 of them. Here the jobs of a run go as arrays
//! in one statement, which answers for each job in order:
//!
//! - a clientMsgId already stored in that session: the stored message,
//!   `duplicate` (and no seq is taken);
//! - the same clientMsgId earlier in the same run: the message that
//!   earlier job stored, `duplicate`;
//! - a closed or unknown session: refused, nothing written;
//! - otherwise stored, with the session's next seq, in submission order.
//!
//! None of these outcomes writes anything for a job that fails, so the
//! jobs need no savepoints of their own. The session rows are already
//! locked by the batch (see `commit_batch`), so no other daemon can append
//! to them before this transaction ends and the look-up cannot go stale.
//! The unique indexes still judge: if one fires anyway, or anything else
//! goes wrong in the statement, the statement fails, the writer rolls the
//! batch back and runs it again the old way, job by job (see
//! `commit_with_retries`), which answers such cases one job at a time.

use super::super::db::{DbRow, PgConn};
use super::super::ops::{self, NewMessage};
use super::super::read::message_from_row;
use super::super::{Job, Op, OpResult, StoreError};

/// Columns 0-11 are a stored duplicate in `message_cols!` order (NULL when
/// there is none), then the job's ordinal, whether its session is open,
/// and the ordinal, message id and seq of the job whose message answers
/// it (itself, or the first job of the run with its clientMsgId).
///
/// Joins between the statement's own rows would be planned for the ten
/// rows PostgreSQL guesses for an array parameter, so nested loops, which
/// are quadratic at a thousand: every input column is unnested once and
/// carried through the steps, the answer goes by window function, and the
/// ids are drawn here, in submission order, so that nothing joins back to
/// the inserted rows. (Not by subscript either: `(?6::text[])[ord]` walks
/// a text array from its start, quadratic again; it was 14 % of the
/// server's time at 1,000 writers.)
///
/// The two look-ups in `chat_messages` (a stored clientMsgId, then the
/// stored duplicate's row) are correlated subqueries: as joins, the
/// generic plan (see `connect_writer`) searched the clientMsgId index by
/// session alone, reading every message of the session for each append,
/// and when it was planned on a young table it read the whole table for
/// the duplicates once per batch.
const APPEND_RUN: &str = "
WITH input AS (
    SELECT * FROM unnest(?1::text[], ?2::text[], ?3::text[], ?4::text[], ?5::text[], ?6::text[],
                         ?7::boolean[], ?8::text[], ?9::bigint[])
        WITH ORDINALITY AS t(session_uuid, sender_id, sender_name, sender_role, message_type,
                             content, ai_generated, client_msg_id, created_at, ord)
),
classified AS (
    SELECT i.*, s.id AS session_id, s.last_seq,
           coalesce(s.status <> 'closed', false) AS open,
           (SELECT stored.id FROM chat_messages stored
            WHERE stored.session_id = s.id AND stored.client_msg_id = i.client_msg_id) AS stored_id,
           (i.client_msg_id IS NULL
            OR row_number() OVER (PARTITION BY i.session_uuid, i.client_msg_id ORDER BY i.ord) = 1)
             AS first
    FROM input i
    LEFT JOIN chat_sessions s ON s.uuid = i.session_uuid
),
numbered AS (
    SELECT c.*, c.last_seq + count(*) FILTER (WHERE c.fresh)
               OVER (PARTITION BY c.session_id ORDER BY c.ord) AS seq
    FROM (SELECT c.*, c.open AND c.stored_id IS NULL AND c.first AS fresh FROM classified c) c
),
ided AS (
    SELECT n.*, CASE WHEN n.fresh THEN nextval((SELECT
               pg_get_serial_sequence('chat_messages', 'id')::regclass)) END AS id
    FROM (SELECT * FROM numbered ORDER BY ord OFFSET 0) n
),
answered AS (
    SELECT d.*, first_value(d.ord) OVER w AS answer_ord, first_value(d.id) OVER w AS answer_id,
           first_value(d.seq) OVER w AS answer_seq
    FROM ided d
    WINDOW w AS (PARTITION BY d.session_uuid, d.client_msg_id,
                 CASE WHEN d.client_msg_id IS NULL THEN d.ord END ORDER BY d.ord)
),
inserted AS (
    INSERT INTO chat_messages (id, session_id, seq, sender_id, sender_name, sender_role,
        message_type, content, ai_generated, client_msg_id, created_at)
    SELECT a.id, a.session_id, a.seq, a.sender_id, a.sender_name, a.sender_role,
           a.message_type, a.content, a.ai_generated, a.client_msg_id, a.created_at
    FROM answered a WHERE a.fresh ORDER BY a.ord
),
bumped AS (
    UPDATE chat_sessions s SET last_seq = g.seq, updated_at = g.created_at,
           last_activity = g.created_at
    FROM (SELECT DISTINCT ON (a.session_id) a.session_id, a.seq, a.created_at
          FROM answered a WHERE a.fresh ORDER BY a.session_id, a.ord DESC) g
    WHERE s.id = g.session_id
)
SELECT m.id, a.session_uuid, m.seq, m.sender_id, m.sender_name, m.sender_role,
       m.message_type, m.content, m.ai_generated, m.client_msg_id, m.created_at, m.read_at,
       a.ord, a.open, a.answer_ord, a.answer_id, a.answer_seq
FROM answered a
LEFT JOIN LATERAL (
    SELECT m.id, m.seq, m.sender_id, m.sender_name, m.sender_role, m.message_type, m.content,
           m.ai_generated, m.client_msg_id, m.created_at, m.read_at
    FROM chat_messages m WHERE m.id = a.stored_id OFFSET 0
) m ON true
ORDER BY a.ord";

/// The shortest run that goes as one statement. The statement has a fixed
/// cost (a plan of a dozen steps, passes over the session rows) that the
/// round trips saved on one or two jobs do not repay: with custom plans, a
/// lone writer managed 289 appends a second this way against 816-958 job
/// by job in the same session. Short runs go job by job.
pub(in crate::store) const MIN_RUN: usize = 4;

/// The one append a job consists of, if that is all it is.
pub(in crate::store) fn single_append(job: &Job) -> Option<(&str, &NewMessage, i64)> {
    match job.ops.as_slice() {
        [
            Op::AppendMessage {
                session_uuid,
                message,
                now,
            },
        ] => Some((session_uuid, message, *now)),
        _ => None,
    }
}

/// Whether `batch` has a run that goes as one statement.
pub(in crate::store) fn has_run(batch: &[Job]) -> bool {
    batch
        .split(|j| single_append(j).is_none())
        .any(|run| run.len() >= MIN_RUN)
}

/// Apply a run of single-append jobs (each [`single_append`]) in one
/// statement; one result per job, in order. An error means the statement
/// failed and the transaction must be rolled back.
pub(in crate::store) fn run(
    c: &mut PgConn,
    jobs: &[Job],
) -> Result<Vec<Result<Vec<OpResult>, StoreError>>, StoreError> {
    let appends: Vec<(&str, &NewMessage, i64)> = jobs
        .iter()
        .map(|j| single_append(j).ok_or(StoreError::Column(0, "not a single append".into())))
        .collect::<Result<_, _>>()?;
    let session: Vec<&str> = appends.iter().map(|a| a.0).collect();
    let sender_id: Vec<Option<&str>> = appends.iter().map(|a| a.1.sender_id.as_deref()).collect();
    let sender_name: Vec<Option<&str>> =
        appends.iter().map(|a| a.1.sender_name.as_deref()).collect();
    let role: Vec<&str> = appends
        .iter()
        .map(|a| ops::sender_role_str(a.1.sender_role))
        .collect();
    let kind: Vec<&str> = appends
        .iter()
        .map(|a| ops::message_type_str(a.1.message_type))
        .collect();
    let content: Vec<&str> = appends.iter().map(|a| a.1.content.as_str()).collect();
    let ai: Vec<bool> = appends.iter().map(|a| a.1.ai_generated).collect();
    let cid: Vec<Option<&str>> = appends
        .iter()
        .map(|a| a.1.client_msg_id.as_deref())
        .collect();
    let at: Vec<i64> = appends.iter().map(|a| a.2).collect();
    let st = c.statement(APPEND_RUN)?;
    let rows = c.client().query(
        &st,
        &[
            &session,
            &sender_id,
            &sender_name,
            &role,
            &kind,
            &content,
            &ai,
            &cid,
            &at,
        ],
    )?;
    if rows.len() != appends.len() {
        return Err(unexpected("one row per job"));
    }
    let mut results = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let ord: i64 = row.try_get(12)?;
        if usize::try_from(ord).ok() != Some(i + 1) {
            return Err(unexpected("rows in submission order"));
        }
        let stored: Option<i64> = row.try_get(0)?;
        if stored.is_some() {
            let message = message_from_row(&DbRow::Postgres(row))?;
            results.push(Ok(vec![OpResult::Message {
                message,
                duplicate: true,
            }]));
            continue;
        }
        let open: bool = row.try_get(13)?;
        if !open {
            results.push(Err(StoreError::Conflict("session is closed or unknown")));
            continue;
        }
        let first: i64 = row.try_get(14)?;
        let (Some(id), Some(seq)) = (row.try_get::<_, Option<i64>>(15)?, row.try_get(16)?) else {
            return Err(unexpected("an open session's job stored a message"));
        };
        // A later job with an earlier job's clientMsgId is answered with
        // what that earlier job stored.
        let source = usize::try_from(first - 1)
            .ok()
            .filter(|_| first <= ord)
            .and_then(|k| appends.get(k))
            .ok_or_else(|| unexpected("the answering job comes first"))?;
        let mut result = ops::appended(source.0, source.1, source.2, id, seq);
        if first != ord
            && let OpResult::Message { duplicate, .. } = &mut result
        {
            *duplicate = true;
        }
        results.push(Ok(vec![result]));
    }
    Ok(results)
}

fn unexpected(what: &str) -> StoreError {
    StoreError::Column(0, format!("append run: expected {what}"))
}
