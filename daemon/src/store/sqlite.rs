//! The SQLite engine: one file in WAL mode, one writer thread, a
//! checkpoint thread and read-only reader connections.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags};
use tokio::sync::mpsc;

use super::db::Db;
use super::{
    BatchResults, Job, MAX_BATCH, Pool, QUEUE, READERS, ReaderEngine, Store, StoreError,
    StoreStats, SyncMode, desk_search, next_batch, ops, record, reply, schema,
};

const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);
/// How often the writer brings the full-text index up to date after a
/// batch. FTS5 writes a segment per indexing transaction and merges them
/// as they pile up: indexing inside every batch held the store benchmark
/// at 2.4k (one writer) and 9.0k (ten) messages a second, every 50 ms at
/// 3.3k and 12.5k (docs/benchmarks.md). A search first brings the index
/// up to date itself ([`super::Op::IndexForSearch`]), so no search misses
/// an acked message.
const INDEX_EVERY: Duration = Duration::from_millis(50);
/// What the WAL file is cut back to when it starts over after a complete
/// checkpoint. A burst (or a reader holding an old snapshot) can grow it
/// far past what steady traffic needs between checkpoints (a few MiB), and
/// SQLite otherwise keeps the file at its high-water mark for good.
const WAL_SIZE_LIMIT: i64 = 8 * 1024 * 1024;

pub(super) fn open(dir: &Path, sync: SyncMode) -> Result<Store, StoreError> {
    std::fs::create_dir_all(dir).map_err(|source| StoreError::DataDir {
        path: dir.to_path_buf(),
        source,
    })?;
    let path = dir.join("concierge.db");
    let mut conn = Connection::open(&path)?;
    configure(&conn, sync)?;
    schema::migrations().to_latest(&mut conn)?;
    // Checkpoints run on their own thread (below), not inside a commit
    // of the writer, where each one stalled every ack behind it.
    conn.pragma_update(None, "wal_autocheckpoint", 0)?;
    let checkpointer = Connection::open(&path)?;
    checkpointer.busy_timeout(Duration::from_secs(5))?;

    let mut readers = Vec::with_capacity(READERS);
    for _ in 0..READERS {
        let r = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        r.busy_timeout(Duration::from_secs(5))?;
        readers.push(r);
    }

    let stats = Arc::new(StoreStats::default());
    let (tx, rx) = mpsc::channel::<Job>(QUEUE);
    let thread_stats = stats.clone();
    let running = Arc::new(AtomicBool::new(true));
    let writer_running = running.clone();
    std::thread::Builder::new()
        .name("store-writer".into())
        .spawn(move || {
            writer_loop(conn, rx, thread_stats);
            writer_running.store(false, Ordering::Relaxed);
        })
        .map_err(StoreError::Start)?;
    std::thread::Builder::new()
        .name("store-checkpoint".into())
        .spawn(move || checkpoint_loop(checkpointer, running))
        .map_err(StoreError::Start)?;
    Ok(Store::start(
        tx,
        ReaderEngine::Sqlite(Pool::new(readers)),
        stats,
    ))
}

fn configure(conn: &Connection, sync: SyncMode) -> Result<(), StoreError> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(
        None,
        "synchronous",
        match sync {
            SyncMode::Full => "FULL",
            SyncMode::Normal => "NORMAL",
        },
    )?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "journal_size_limit", WAL_SIZE_LIMIT)?;
    // The writer re-reads session rows and index pages on every append; a
    // 32 MiB page cache (the default is 2 MiB) keeps them in memory.
    conn.pragma_update(None, "cache_size", -32 * 1024)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(())
}

fn writer_loop(mut conn: Connection, mut rx: mpsc::Receiver<Job>, stats: Arc<StoreStats>) {
    let mut batch: Vec<Job> = Vec::with_capacity(MAX_BATCH);
    let mut indexed = Instant::now();
    while next_batch(&mut rx, &mut batch) {
        let started = Instant::now();
        let results = commit_batch(&mut conn, &batch);
        record(&stats, started, batch.len());
        // A failed COMMIT (a full disk, an I/O error) is the database's
        // state, not the request's: the client may send it again later.
        reply(&mut batch, results, &stats, || {
            StoreError::Unavailable("commit failed".into())
        });
        // After the answers, so no ack waits for it.
        if indexed.elapsed() >= INDEX_EVERY {
            indexed = Instant::now();
            if let Err(e) = index_for_search(&mut conn) {
                // The rows are stored; the next round (or a search's own
                // catch-up) indexes them.
                tracing::warn!(error = %e, "search index update failed");
            }
        }
    }
    tracing::debug!("store writer stopped");
}

/// Put the messages stored since the last round into the full-text index,
/// in a transaction of its own (schema V9).
fn index_for_search(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    desk_search::index_new_messages(&mut Db::Sqlite(&tx))?;
    tx.commit()?;
    Ok(())
}

/// Copy committed WAL pages into the database a few times a second.
/// PASSIVE never blocks the writer or readers; it does what it can and the
/// next round does the rest.
fn checkpoint_loop(conn: Connection, running: Arc<AtomicBool>) {
    while running.load(Ordering::Relaxed) {
        std::thread::sleep(CHECKPOINT_EVERY);
        if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
            tracing::warn!(error = %e, "WAL checkpoint failed");
        }
    }
    // Last one, so a clean stop leaves a small WAL behind.
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
}

fn commit_batch(conn: &mut Connection, batch: &[Job]) -> BatchResults {
    let mut tx = conn.transaction()?;
    let mut results = Vec::with_capacity(batch.len());
    for job in batch {
        let mut sp = tx.savepoint()?;
        let mut out = Vec::with_capacity(job.ops.len());
        let mut failed = None;
        for op in &job.ops {
            match ops::apply(&mut Db::Sqlite(&sp), op) {
                Ok(r) => out.push(r),
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        match failed {
            None => {
                sp.commit()?;
                results.push(Ok(out));
            }
            Some(e) => {
                sp.rollback()?;
                drop(sp);
                results.push(Err(e));
            }
        }
    }
    tx.commit()?;
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{append, session};
    use super::*;

    fn wal_size(dir: &Path) -> u64 {
        std::fs::metadata(dir.join("concierge.db-wal")).map_or(0, |m| m.len())
    }

    /// A burst that grows the WAL past the limit (a reader holding an old
    /// snapshot stops checkpoints from finishing meanwhile) leaves a file
    /// cut back to the limit once checkpoints catch up, not one kept at
    /// its high-water mark.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_wal_file_shrinks_back_after_a_burst() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open(tmp.path(), SyncMode::Normal).unwrap();
        session(&store, "s-wal", "u").await;
        let reader = Connection::open(tmp.path().join("concierge.db")).unwrap();
        reader.execute_batch("BEGIN").unwrap();
        let _: i64 = reader
            .query_row("SELECT count(*) FROM chat_messages", [], |r| r.get(0))
            .unwrap();
        let body = "x".repeat(2_000);
        let mut n = 0;
        while wal_size(tmp.path()) <= 2 * WAL_SIZE_LIMIT as u64 {
            store
                .submit(vec![append("s-wal", &body, None)])
                .await
                .unwrap();
            n += 1;
            assert!(
                n < 50_000,
                "the WAL did not grow: {} bytes",
                wal_size(tmp.path())
            );
        }
        reader.execute_batch("COMMIT").unwrap();
        drop(reader);
        // Checkpoints now complete; the WAL is cut back when the next
        // write starts it over. Wait for that, bounded.
        let deadline = Instant::now() + Duration::from_secs(120);
        while wal_size(tmp.path()) > WAL_SIZE_LIMIT as u64 {
            assert!(
                Instant::now() < deadline,
                "the WAL stayed at {} bytes",
                wal_size(tmp.path())
            );
            store
                .submit(vec![append("s-wal", "tick", None)])
                .await
                .unwrap();
            tokio::time::sleep(CHECKPOINT_EVERY).await;
        }
    }
}
