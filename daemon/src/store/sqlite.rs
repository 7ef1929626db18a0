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
    StoreStats, SyncMode, next_batch, ops, record, reply, schema,
};

const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);

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
    // The writer re-reads session rows and index pages on every append; a
    // 32 MiB page cache (the default is 2 MiB) keeps them in memory.
    conn.pragma_update(None, "cache_size", -32 * 1024)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(())
}

fn writer_loop(mut conn: Connection, mut rx: mpsc::Receiver<Job>, stats: Arc<StoreStats>) {
    let mut batch: Vec<Job> = Vec::with_capacity(MAX_BATCH);
    while next_batch(&mut rx, &mut batch) {
        let started = Instant::now();
        let results = commit_batch(&mut conn, &batch);
        record(&stats, started, batch.len());
        // A failed COMMIT (a full disk, an I/O error) is the database's
        // state, not the request's: the client may send it again later.
        reply(&mut batch, results, &stats, || {
            StoreError::Unavailable("commit failed".into())
        });
    }
    tracing::debug!("store writer stopped");
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
