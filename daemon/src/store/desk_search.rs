//! Full-text search over transcripts (issue 16), on the V7 index: the
//! FTS5 table `chat_messages_fts` on SQLite, the generated `tsvector`
//! column `chat_messages.search` (GIN, `simple`) on PostgreSQL.
//!
//! Only checked words ([`concierge_shared::search::terms`]) reach either
//! engine: each is a quoted FTS5 string (a phrase of one word; quotes
//! inside are doubled, though words hold none), or a word for
//! `plainto_tsquery`, which has no operators. Every word must match.
//! Results are newest first, with a keyset cursor on the message id, so
//! paging is stable while new messages arrive.

use concierge_shared::search::{MARK_END, MARK_START, SearchHit};
use concierge_shared::{SenderRole, Timestamp};

use super::db::{Db, DbRow, Engine};
use super::{Op, Store, StoreError};
use crate::args;

/// The content an erased message keeps (`Op::ForgetCustomer`): it is
/// never a search result, or a word of it would list forgotten sessions.
const ERASED: &str = "[erased]";

/// What to look for and whose sessions.
#[derive(Debug, Clone)]
pub struct SearchQuery {
    /// Lower-cased words, at least one.
    pub terms: Vec<String>,
    /// Only this customer's sessions (a customer searching); `None` for
    /// staff and admins.
    pub customer_id: Option<String>,
    /// Only messages older than this id (the cursor).
    pub before_id: Option<i64>,
    pub limit: u32,
}

/// FTS5 MATCH text: every word a quoted string, joined by spaces (AND).
pub fn fts5_match(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// SQLite: put every message stored since the last call into the FTS5
/// index, in the caller's transaction, and move the mark (schema V9). The
/// writer calls it at most every 50 ms after answering a batch, a search
/// through [`super::Op::IndexForSearch`] before it reads, and an import
/// for the rows it replayed.
pub fn index_new_messages(db: &mut Db<'_>) -> Result<(), StoreError> {
    let upto: i64 = db.query_value(
        "SELECT indexed_upto FROM search_index_state WHERE id = 1",
        &[],
    )?;
    let last: i64 = db.query_value("SELECT coalesce(max(id), 0) FROM chat_messages", &[])?;
    if last <= upto {
        return Ok(());
    }
    db.execute(
        "INSERT INTO chat_messages_fts (rowid, content)
         SELECT id, content FROM chat_messages WHERE id > ?1 AND id <= ?2",
        args![upto, last],
    )?;
    db.execute(
        "UPDATE search_index_state SET indexed_upto = ?1 WHERE id = 1",
        args![last],
    )?;
    Ok(())
}

/// Search the store as it stands: on SQLite the index is first brought up
/// to every acked message ([`super::Op::IndexForSearch`]; PostgreSQL's is a
/// generated column, always current). When that write cannot be made (a
/// full disk), what is indexed is searched rather than the search refused:
/// at most the writer's last 50 ms are missing.
pub async fn find(store: &Store, q: SearchQuery) -> Result<Vec<SearchHit>, StoreError> {
    if store.engine() == Engine::Sqlite
        && let Err(e) = store.submit(vec![Op::IndexForSearch]).await
    {
        tracing::warn!(error = %e, "search index catch-up failed; searching what is indexed");
    }
    store.read(move |db| search(db, &q)).await
}

pub fn search(db: &mut Db<'_>, q: &SearchQuery) -> Result<Vec<SearchHit>, StoreError> {
    let before = q.before_id.unwrap_or(i64::MAX);
    let limit = i64::from(q.limit);
    match db.engine() {
        Engine::Sqlite => {
            let sql = format!(
                "SELECT m.id, s.uuid, m.seq, m.sender_role, m.created_at, s.user_id, s.user_name,
                   snippet(chat_messages_fts, 0, '{MARK_START}', '{MARK_END}', '…', 12)
                 FROM chat_messages_fts f
                 JOIN chat_messages m ON m.id = f.rowid
                 JOIN chat_sessions s ON s.id = m.session_id
                 WHERE chat_messages_fts MATCH ?1 AND m.id < ?2 AND m.content <> ?3
                   AND (?4 IS NULL OR s.user_id = ?4)
                 ORDER BY m.id DESC LIMIT ?5"
            );
            let text = fts5_match(&q.terms);
            db.query(
                &sql,
                args![&text, before, ERASED, &q.customer_id, limit],
                hit,
            )
        }
        Engine::Postgres => {
            let sql = format!(
                "SELECT m.id, s.uuid, m.seq, m.sender_role, m.created_at, s.user_id, s.user_name,
                   ts_headline('simple', m.content, q.q,
                     'StartSel=\"{MARK_START}\", StopSel=\"{MARK_END}\", MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=\" … \"')
                 FROM chat_messages m
                 JOIN chat_sessions s ON s.id = m.session_id,
                 (SELECT plainto_tsquery('simple', ?1::text) AS q) q
                 WHERE m.search @@ q.q AND m.id < ?2 AND m.content <> ?3
                   AND (?4::text IS NULL OR s.user_id = ?4::text)
                 ORDER BY m.id DESC LIMIT ?5"
            );
            let text = q.terms.join(" ");
            db.query(
                &sql,
                args![&text, before, ERASED, &q.customer_id, limit],
                hit,
            )
        }
    }
}

fn hit(r: &DbRow<'_>) -> Result<SearchHit, StoreError> {
    let role: String = r.get(3)?;
    let name: String = r.get(6)?;
    Ok(SearchHit {
        message_id: r.get(0)?,
        session_uuid: r.get(1)?,
        seq: r.get(2)?,
        sender_role: match role.as_str() {
            "customer" => SenderRole::Customer,
            "staff" => SenderRole::Staff,
            "ai" => SenderRole::Ai,
            "system" => SenderRole::System,
            v => return Err(StoreError::Column(3, format!("unexpected value {v:?}"))),
        },
        created_at: Timestamp::from_millis(r.get(4)?),
        customer_id: r.get(5)?,
        customer_name: Some(name).filter(|n| !n.is_empty()),
        snippet: r.get(7)?,
    })
}

#[cfg(test)]
mod tests {
    use super::fts5_match;

    #[test]
    fn every_word_is_a_quoted_string() {
        let t = vec!["refund".to_string(), "a\"b".to_string()];
        assert_eq!(fts5_match(&t), "\"refund\" \"a\"\"b\"");
    }
}
