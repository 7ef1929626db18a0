//! The full-text index on SQLite since schema V9: filled by the writer a
//! few times a second (not by a row trigger) and by a search's own
//! catch-up, and still complete and sound: a message is found as soon as
//! its write is acked, the writer indexes on its own, words erased before
//! they were indexed never reach the index, imported and pre-V9 messages
//! are found, and FTS5's own integrity check passes after each of these.
//! (PostgreSQL's index is a generated column; it is checked alongside, and
//! its pending list is kept short.)

use std::path::Path;

use super::db::Db;
use super::desk_search::{self, SearchQuery, search};
use super::export;
use super::tests::{Scratch, append, session, sqlite};
use super::{Op, Store, SyncMode, schema};

/// Through the store's search, as `GET /search` reads it.
async fn find(store: &Store, word: &str) -> Vec<i64> {
    let q = SearchQuery {
        terms: vec![word.to_string()],
        customer_id: None,
        before_id: None,
        limit: 50,
    };
    desk_search::find(store, q)
        .await
        .unwrap()
        .into_iter()
        .map(|h| h.message_id)
        .collect()
}

/// FTS5 compares its index with the content table; an error means the
/// index holds a row it should not, or lacks one.
fn assert_index_sound(dir: &Path) {
    let conn = rusqlite::Connection::open(dir.join("concierge.db")).unwrap();
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .unwrap();
    conn.execute(
        "INSERT INTO chat_messages_fts (chat_messages_fts, rank) VALUES ('integrity-check', 1)",
        [],
    )
    .unwrap();
}

async fn found_once_acked(store: Store) {
    session(&store, "s1", "ada").await;
    store
        .submit(vec![append("s1", "my blue umbrella never came", None)])
        .await
        .unwrap();
    assert_eq!(find(&store, "umbrella").await.len(), 1);
    // Many writers at once: several jobs in one batch, all found.
    let mut writes = Vec::new();
    for i in 0..40 {
        let s = store.clone();
        writes.push(tokio::spawn(async move {
            s.submit(vec![append("s1", &format!("parcel number {i} lost"), None)])
                .await
                .unwrap()
        }));
    }
    for w in writes {
        w.await.unwrap();
    }
    assert_eq!(find(&store, "parcel").await.len(), 40);
    assert!(find(&store, "pineapple").await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_a_message_is_found_as_soon_as_its_write_is_acked() {
    let (tmp, store) = sqlite();
    found_once_acked(store).await;
    assert_index_sound(tmp.path());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_a_message_is_found_as_soon_as_its_write_is_acked() {
    let s = Scratch::new();
    found_once_acked(s.store().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_writer_indexes_new_messages_without_being_asked() {
    let (_tmp, store) = sqlite();
    session(&store, "s1", "ada").await;
    // Each batch after the writer's interval indexes what came before it;
    // keep writing (as live traffic does) until a read without a catch-up
    // finds the first line. Bounded: the interval is 50 ms.
    for i in 0..2_000 {
        store
            .submit(vec![append("s1", &format!("walrus line {i}"), None)])
            .await
            .unwrap();
        let q = SearchQuery {
            terms: vec!["walrus".into()],
            customer_id: None,
            before_id: None,
            limit: 1,
        };
        if !store
            .read(move |db| search(db, &q))
            .await
            .unwrap()
            .is_empty()
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    panic!("the writer never indexed a message on its own");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn words_erased_in_the_batch_that_stored_them_never_reach_the_index() {
    let (tmp, store) = sqlite();
    session(&store, "s1", "ada").await;
    session(&store, "s2", "bob").await;
    store
        .submit(vec![append("s1", "an indexed pineapple", None)])
        .await
        .unwrap();
    // One job: the new line is stored and erased before the batch ends,
    // so the update trigger must not take a row out of the index that
    // was never in it.
    store
        .submit(vec![
            append("s1", "a fresh pineapple", None),
            Op::ForgetCustomer {
                user_id: "ada".into(),
                pseudonym: "forgotten-1".into(),
            },
        ])
        .await
        .unwrap();
    store
        .submit(vec![append("s2", "bob's pineapple", None)])
        .await
        .unwrap();
    assert_eq!(find(&store, "pineapple").await.len(), 1, "only bob's");
    assert!(find(&store, "fresh").await.is_empty());
    assert!(find(&store, "indexed").await.is_empty());
    assert_index_sound(tmp.path());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imported_messages_are_found() {
    let (from_dir, from) = sqlite();
    session(&from, "s1", "ada").await;
    from.submit(vec![append("s1", "the kettle whistles", None)])
        .await
        .unwrap();
    from.flush().await.unwrap();
    let mut text = Vec::new();
    let conn = rusqlite::Connection::open(from_dir.path().join("concierge.db")).unwrap();
    export::export(&mut Db::Sqlite(&conn), &mut text).unwrap();
    drop(conn);

    let to = tempfile::tempdir().unwrap();
    let mut conn = rusqlite::Connection::open(to.path().join("concierge.db")).unwrap();
    schema::migrations().to_latest(&mut conn).unwrap();
    export::import(&mut Db::Sqlite(&conn), &mut &text[..]).unwrap();
    // Found straight after the import, before any daemon writes.
    let q = SearchQuery {
        terms: vec!["kettle".into()],
        customer_id: None,
        before_id: None,
        limit: 5,
    };
    assert_eq!(search(&mut Db::Sqlite(&conn), &q).unwrap().len(), 1);
    drop(conn);
    assert_index_sound(to.path());
    // And the writer carries on from the import's mark.
    let store = Store::open(to.path(), SyncMode::Normal).unwrap();
    store
        .submit(vec![append("s1", "the kettle again", None)])
        .await
        .unwrap();
    assert_eq!(find(&store, "kettle").await.len(), 2);
    assert_index_sound(to.path());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_indexed_before_v9_stay_found_and_new_ones_join_them() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let mut conn = rusqlite::Connection::open(tmp.path().join("concierge.db")).unwrap();
        schema::migrations().to_version(&mut conn, 8).unwrap();
        conn.execute_batch(
            "INSERT INTO chat_sessions (id, uuid, user_id, user_name, session_type, status,
                 last_seq, created_at, updated_at, last_activity)
             VALUES (1, 'old', 'ada', 'Ada', 'ai', 'active', 2, 1, 1, 1);
             INSERT INTO chat_messages (session_id, seq, sender_role, message_type, content, created_at)
             VALUES (1, 1, 'customer', 'text', 'an old teapot question', 1),
                    (1, 2, 'customer', 'text', 'a second teapot', 1);",
        )
        .unwrap();
    }
    let store = Store::open(tmp.path(), SyncMode::Normal).unwrap();
    assert_eq!(find(&store, "teapot").await.len(), 2);
    store
        .submit(vec![append("old", "a third teapot", None)])
        .await
        .unwrap();
    assert_eq!(find(&store, "teapot").await.len(), 3);
    // Erasing rows indexed by the old trigger takes them out.
    store
        .submit(vec![Op::ForgetCustomer {
            user_id: "ada".into(),
            pseudonym: "forgotten-2".into(),
        }])
        .await
        .unwrap();
    assert!(find(&store, "teapot").await.is_empty());
    assert_index_sound(tmp.path());
}

/// Pages in a PostgreSQL scratch schema's search-index pending list, read
/// with `pgstattuple` (installed in that schema, so it goes with it).
fn pending_pages(url: &str, schema: &str) -> i64 {
    let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
    c.batch_execute(&format!(
        "CREATE EXTENSION IF NOT EXISTS pgstattuple SCHEMA {schema}"
    ))
    .unwrap();
    let home: String = c
        .query_one(
            "SELECT n.nspname::text FROM pg_extension e \
             JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pgstattuple'",
            &[],
        )
        .unwrap()
        .get(0);
    c.query_one(
        &format!("SELECT pending_pages::bigint FROM {home}.pgstatginindex('chat_messages_search')"),
        &[],
    )
    .unwrap()
    .get(0)
}

/// PostgreSQL keeps new words in the GIN index's pending list until an
/// insert finds the list over its limit and merges all of it, inside that
/// insert's statement. At the server's default (4 MB) one batch every few
/// seconds paid tens of milliseconds for it, and every caller behind the
/// batch waited: the relay's p99. The writer's limit keeps each merge small.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_the_writer_merges_new_search_words_in_small_steps() {
    let s = Scratch::new();
    let store = s.store().await;
    session(&store, "s1", "ada").await;
    // About 2 MB of new index entries: words no other line shares, so each
    // is an entry of its own.
    for batch in 0..40 {
        let ops = (0..100)
            .map(|i| {
                let words: Vec<String> = (0..12).map(|w| format!("w{batch}x{i}x{w}q")).collect();
                append("s1", &words.join(" "), None)
            })
            .collect();
        store.submit(ops).await.unwrap();
    }
    let (url, schema) = (s.url.clone(), s.name.clone());
    let pages = tokio::task::spawn_blocking(move || pending_pages(&url, &schema))
        .await
        .unwrap();
    // 256 kB is 32 pages; one batch may add its own before the merge.
    assert!(pages <= 48, "{pages} pages wait in the pending list");
    // And the merged words are found.
    assert_eq!(find(&store, "w7x3x5q").await.len(), 1);
}
