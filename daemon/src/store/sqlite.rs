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
/// far past what steady traffic needs between checkpoints, and SQLite
/// otherwise keeps the file at its high-water mark for good. Not smaller:
/// at 10,000 relayed messages a second the WAL takes about 35 MiB between
/// two checkpoints, and a file cut below that is grown again every round,
/// each new block allocated and zeroed by the file system on the writer's
/// thread (p99 send → ack 217 ms with 8 MiB, 50 ms with 64 MiB: median of
/// three alternating runs, docs/benchmarks.md).
const WAL_SIZE_LIMIT: i64 = 64 * 1024 * 1024;
/// Frames in the WAL past which the checkpointer asks the writer to finish
/// its round (see [`checkpoint_loop`]): 4 MiB of pages.
const RESTART_AFTER_FRAMES: i64 = 1024;

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
    let finish = Arc::new(AtomicBool::new(false));
    let writer_finish = finish.clone();
    std::thread::Builder::new()
        .name("store-writer".into())
        .spawn(move || {
            writer_loop(conn, rx, thread_stats, &writer_finish);
            writer_running.store(false, Ordering::Relaxed);
        })
        .map_err(StoreError::Start)?;
    std::thread::Builder::new()
        .name("store-checkpoint".into())
        .spawn(move || checkpoint_loop(checkpointer, running, &finish))
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

fn writer_loop(
    mut conn: Connection,
    mut rx: mpsc::Receiver<Job>,
    stats: Arc<StoreStats>,
    finish: &AtomicBool,
) {
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
        if finish.swap(false, Ordering::Relaxed) {
            finish_checkpoint(&conn);
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
///
/// Under a steady load that is not enough: SQLite starts the WAL over
/// only when a write transaction begins with every frame copied, and the
/// writer appends while this thread copies, so the file grew for as long
/// as the load lasted (1 GB in 15 s at 10,000 relayed messages a second,
/// and every new block of it allocated and zeroed by the file system).
/// So when a round finds a long WAL, it asks the writer to copy
/// the few frames appended meanwhile, between two batches
/// ([`finish_checkpoint`]); the writer's next batch then starts the WAL
/// over.
fn checkpoint_loop(conn: Connection, running: Arc<AtomicBool>, finish: &AtomicBool) {
    while running.load(Ordering::Relaxed) {
        std::thread::sleep(CHECKPOINT_EVERY);
        let round = checkpoint(&conn);
        tracing::trace!(?round, "WAL checkpoint (frames in the WAL, copied)");
        match round {
            // Even a round that copied every frame it saw leaves the ones
            // committed while it ran.
            Ok((log, _)) if log > RESTART_AFTER_FRAMES => {
                finish.store(true, Ordering::Relaxed);
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "WAL checkpoint failed"),
        }
    }
    // Last one, so a clean stop leaves a small WAL behind.
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
}

/// One PASSIVE checkpoint: the frames in the WAL and how many of them are
/// now in the database.
fn checkpoint(conn: &Connection) -> rusqlite::Result<(i64, i64)> {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
        Ok((r.get(1)?, r.get(2)?))
    })
}

/// The writer's share of a checkpoint: the frames committed since the
/// checkpointer's round began. Between batches no write is open, so this
/// copies up to the last frame, and the next batch starts the WAL over
/// (unless a reader still holds an old snapshot; then a later round
/// asks again).
fn finish_checkpoint(conn: &Connection) {
    match checkpoint(conn) {
        Ok(round) => tracing::trace!(?round, "WAL checkpoint, writer's share"),
        Err(e) => tracing::warn!(error = %e, "WAL checkpoint (writer's share) failed"),
    }
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
    use tokio::sync::oneshot;

    fn wal_size(dir: &Path) -> u64 {
        std::fs::metadata(dir.join("concierge.db-wal")).map_or(0, |m| m.len())
    }

    /// How many times the WAL has started over: the checkpoint sequence
    /// number in its header (bytes 12..16, big-endian), which SQLite
    /// raises each time it writes the file from the start again.
    fn wal_restarts(dir: &Path) -> u32 {
        use std::io::Read;
        let mut header = [0u8; 16];
        match std::fs::File::open(dir.join("concierge.db-wal"))
            .and_then(|mut f| f.read_exact(&mut header))
        {
            Ok(()) => u32::from_be_bytes([header[12], header[13], header[14], header[15]]),
            Err(_) => 0,
        }
    }

    /// Under writes that never pause, the WAL still starts over: before
    /// the writer took its share of the checkpoints, a steady load grew
    /// the file for as long as it lasted (1 GB in 15 s of the relay
    /// benchmark), because SQLite starts it over only when a write begins
    /// with every frame copied, and the writer always had frames the
    /// checkpointer had not seen yet.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_wal_starts_over_under_writes_that_never_pause() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open(tmp.path(), SyncMode::Normal).unwrap();
        for s in 0..16 {
            session(&store, &format!("s-steady-{s}"), &format!("u{s}")).await;
        }
        // Queued without waiting for their commits, far ahead of them: the
        // writer never finds its queue empty, so there is no idle moment
        // in which a checkpoint could catch up on its own.
        const AHEAD: usize = 4_096;
        let body = "x".repeat(6_000);
        let mut acks: std::collections::VecDeque<oneshot::Receiver<Result<_, StoreError>>> =
            std::collections::VecDeque::with_capacity(AHEAD);
        let first = wal_restarts(tmp.path());
        // Before, the file grew as long as the writes went on; now it
        // starts over each round of the checkpointer, at a size set by how
        // much the writer writes in a round. The header is read every 64
        // appends, so the reads do not slow the queue down enough to let
        // the writer idle.
        let bound = 4 * WAL_SIZE_LIMIT as u64;
        let mut sent = 0usize;
        while !sent.is_multiple_of(64) || wal_restarts(tmp.path()) < first + 3 {
            if sent.is_multiple_of(64) {
                assert!(
                    wal_size(tmp.path()) < bound,
                    "the WAL reached {} bytes and started over {} times in {sent} appends \
                     that never paused",
                    wal_size(tmp.path()),
                    wal_restarts(tmp.path()) - first,
                );
            }
            if acks.len() == AHEAD {
                acks.pop_front().unwrap().await.unwrap().unwrap();
            }
            let op = append(&format!("s-steady-{}", sent % 16), &body, None);
            acks.push_back(store.submit_deferred(vec![op]).await.unwrap());
            sent += 1;
        }
        for ack in acks {
            ack.await.unwrap().unwrap();
        }
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
        // Large messages (overflow pages) reach twice the limit in a few
        // thousand appends.
        let body = "x".repeat(60_000);
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
