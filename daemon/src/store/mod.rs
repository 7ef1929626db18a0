//! Durable storage: SQLite in WAL mode behind a cheap-clone [`Store`] handle.
//!
//! Writes go through one writer thread that commits every write pending at
//! that moment in one transaction (group commit): one fsync for a whole
//! batch, never one per message. Each submitted group of [`Op`]s is atomic
//! (its own savepoint) and its reply is sent only after the enclosing
//! transaction committed, so an ack built on that reply means "on disk".
//! Groups are applied and answered in submission order, which is what lets
//! the hub fan messages out in `seq` order.
//!
//! Reads use their own connections on tokio's blocking pool, so no SQLite
//! call ever runs on the async runtime's threads.

mod ops;
pub mod read;
pub mod schema;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use rusqlite::{Connection, OpenFlags};
use tokio::sync::{Semaphore, mpsc, oneshot};

pub use ops::{NewMessage, Op, OpResult};
pub use read::{SessionRow, StaffRow, TransferRow};

/// How much durability a commit buys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SyncMode {
    /// `synchronous=FULL`: an acked message survives power loss.
    Full,
    /// `synchronous=NORMAL`: survives a process crash, may lose the last
    /// commits on power loss; faster on slow disks.
    Normal,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("the store is shut down")]
    Closed,
    #[error("cannot create data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Counters for `/metrics`.
#[derive(Debug, Default)]
pub struct StoreStats {
    pub commits: AtomicU64,
    pub committed_groups: AtomicU64,
    pub commit_micros_total: AtomicU64,
    pub commit_micros_max: AtomicU64,
    pub largest_batch: AtomicU64,
}

struct Job {
    ops: Vec<Op>,
    reply: oneshot::Sender<Result<Vec<OpResult>, StoreError>>,
}

/// Handle to the database. Clone freely.
#[derive(Clone)]
pub struct Store {
    writer: mpsc::Sender<Job>,
    readers: Arc<ReaderPool>,
    pub stats: Arc<StoreStats>,
    path: PathBuf,
}

const MAX_BATCH: usize = 1024;
const READERS: usize = 4;
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_millis(250);

impl Store {
    /// Open (creating if needed) `dir/concierge.db`, run migrations and start
    /// the writer thread.
    pub fn open(dir: &Path, sync: SyncMode) -> Result<Store, StoreError> {
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
        checkpointer.busy_timeout(std::time::Duration::from_secs(5))?;

        let mut readers = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            let r = Connection::open_with_flags(
                &path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            r.busy_timeout(std::time::Duration::from_secs(5))?;
            readers.push(r);
        }

        let stats = Arc::new(StoreStats::default());
        let (tx, rx) = mpsc::channel::<Job>(16 * 1024);
        let thread_stats = stats.clone();
        let running = Arc::new(std::sync::atomic::AtomicBool::new(true));
        let writer_running = running.clone();
        let spawn_error = |source| StoreError::DataDir {
            path: path.clone(),
            source,
        };
        std::thread::Builder::new()
            .name("store-writer".into())
            .spawn(move || {
                writer_loop(conn, rx, thread_stats);
                writer_running.store(false, Ordering::Relaxed);
            })
            .map_err(spawn_error)?;
        std::thread::Builder::new()
            .name("store-checkpoint".into())
            .spawn(move || checkpoint_loop(checkpointer, running))
            .map_err(spawn_error)?;
        Ok(Store {
            writer: tx,
            readers: Arc::new(ReaderPool {
                conns: std::sync::Mutex::new(readers),
                permits: Semaphore::new(READERS),
            }),
            stats,
            path,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Apply `ops` atomically; resolves once the transaction holding them
    /// has committed.
    pub async fn submit(&self, ops: Vec<Op>) -> Result<Vec<OpResult>, StoreError> {
        self.submit_deferred(ops)
            .await?
            .await
            .map_err(|_| StoreError::Closed)?
    }

    /// Queue `ops` and return the receiver of their result: the caller keeps
    /// its place in the commit order without waiting for the commit.
    pub async fn submit_deferred(
        &self,
        ops: Vec<Op>,
    ) -> Result<oneshot::Receiver<Result<Vec<OpResult>, StoreError>>, StoreError> {
        let (reply, rx) = oneshot::channel();
        self.writer
            .send(Job { ops, reply })
            .await
            .map_err(|_| StoreError::Closed)?;
        Ok(rx)
    }

    /// Run a read on a reader connection, off the async threads.
    pub async fn read<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let readers = self.readers.clone();
        let _permit = readers
            .permits
            .acquire()
            .await
            .map_err(|_| StoreError::Closed)?;
        let pool = readers.clone();
        tokio::task::spawn_blocking(move || {
            let conn = pool.take();
            let result = match &conn {
                Some(c) => f(c),
                None => Err(StoreError::Closed),
            };
            if let Some(c) = conn {
                pool.give_back(c);
            }
            result
        })
        .await
        .map_err(|_| StoreError::Closed)?
    }

    /// Wait until every write submitted before this call has committed.
    pub async fn flush(&self) -> Result<(), StoreError> {
        self.submit(Vec::new()).await.map(|_| ())
    }
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
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

struct ReaderPool {
    conns: std::sync::Mutex<Vec<Connection>>,
    permits: Semaphore,
}

impl ReaderPool {
    fn take(&self) -> Option<Connection> {
        self.conns.lock().ok().and_then(|mut v| v.pop())
    }
    fn give_back(&self, c: Connection) {
        if let Ok(mut v) = self.conns.lock() {
            v.push(c);
        }
    }
}

fn writer_loop(mut conn: Connection, mut rx: mpsc::Receiver<Job>, stats: Arc<StoreStats>) {
    let mut batch: Vec<Job> = Vec::with_capacity(MAX_BATCH);
    while let Some(first) = rx.blocking_recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let started = Instant::now();
        let results = commit_batch(&mut conn, &batch);
        record(&stats, started, batch.len());
        match results {
            Ok(results) => {
                for (job, result) in batch.drain(..).zip(results) {
                    let _ = job.reply.send(result);
                }
            }
            Err(e) => {
                // The whole transaction failed (disk full, I/O error):
                // nothing of the batch is stored, and every caller hears so.
                tracing::error!(error = %e, "store commit failed");
                for job in batch.drain(..) {
                    let _ = job.reply.send(Err(StoreError::Conflict("commit failed")));
                }
            }
        }
    }
    tracing::debug!("store writer stopped");
}

/// Copy committed WAL pages into the database a few times a second.
/// PASSIVE never blocks the writer or readers; it does what it can and the
/// next round does the rest.
fn checkpoint_loop(conn: Connection, running: Arc<std::sync::atomic::AtomicBool>) {
    while running.load(Ordering::Relaxed) {
        std::thread::sleep(CHECKPOINT_EVERY);
        if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
            tracing::warn!(error = %e, "WAL checkpoint failed");
        }
    }
    // Last one, so a clean stop leaves a small WAL behind.
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
}

fn commit_batch(
    conn: &mut Connection,
    batch: &[Job],
) -> Result<Vec<Result<Vec<OpResult>, StoreError>>, StoreError> {
    let mut tx = conn.transaction()?;
    let mut results = Vec::with_capacity(batch.len());
    for job in batch {
        let mut sp = tx.savepoint()?;
        let mut out = Vec::with_capacity(job.ops.len());
        let mut failed = None;
        for op in &job.ops {
            match ops::apply(&sp, op) {
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

fn record(stats: &StoreStats, started: Instant, groups: usize) {
    let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
    stats.commits.fetch_add(1, Ordering::Relaxed);
    stats
        .committed_groups
        .fetch_add(groups as u64, Ordering::Relaxed);
    stats
        .commit_micros_total
        .fetch_add(micros, Ordering::Relaxed);
    stats.commit_micros_max.fetch_max(micros, Ordering::Relaxed);
    stats
        .largest_batch
        .fetch_max(groups as u64, Ordering::Relaxed);
}
