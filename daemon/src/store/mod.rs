//! Durable storage behind a cheap-clone [`Store`] handle, on one of two
//! engines: a SQLite file in WAL mode (the default, one daemon) or
//! PostgreSQL (`DATABASE_URL`, several daemons on one database).
//!
//! Writes go through one writer thread that commits every write pending at
//! that moment in one transaction (group commit): one fsync for a whole
//! batch, never one per message. Each submitted group of [`Op`]s is atomic
//! (its own savepoint) and its reply is sent only after the enclosing
//! transaction committed, so an ack built on that reply means "on disk".
//! Groups are applied and answered in submission order, which is what lets
//! the hub fan messages out in `seq` order. Both engines share this shape;
//! [`sqlite`] and [`postgres`] hold what differs (connections, retries,
//! schema).
//!
//! Reads use their own connections on tokio's blocking pool, so no database
//! call ever runs on the async runtime's threads. A read is a closure over
//! [`Db`], which runs the same query text on either engine.

pub mod annotations; // issue 16: notes and labels
pub mod db;
pub mod desk_canned; // issue 16
pub mod desk_customer; // issue 16
pub mod desk_handover; // issue 16
pub mod desk_search; // issue 16
pub mod export;
mod lease;
pub mod offline;
mod ops;
pub mod outbox;
pub mod postgres;
pub mod read;
pub mod schema;
mod sqlite;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use tokio::sync::{Semaphore, mpsc, oneshot};

pub use db::{Arg, Column, Db, DbRow, Engine, PgConn};
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
    #[error("database error: {0}")]
    Postgres(#[from] ::postgres::Error),
    #[error("migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("column {0}: {1}")]
    Column(usize, String),
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// The transfer request was accepted, cancelled or ended already: no
    /// one can take it now (where `Conflict` may be about who asked).
    #[error("conflict: transfer request is no longer pending")]
    NotPending,
    /// A pending transfer request for the session exists already (another
    /// daemon queued it); nothing of the group was stored.
    #[error("already waiting for a person")]
    AlreadyQueued,
    #[error("the store is shut down")]
    Closed,
    /// The database cannot be reached right now; nothing was stored.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error("cannot create data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot start the store: {0}")]
    Start(std::io::Error),
    /// `DATABASE_URL`'s TLS settings cannot be used.
    #[error("PostgreSQL TLS: {0}")]
    Tls(String),
}

impl StoreError {
    /// The write was refused for what it asked, not for the state of the
    /// database: asking again will not help.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            StoreError::Conflict(_) | StoreError::NotPending | StoreError::NotFound
        )
    }

    /// A PostgreSQL unique violation of the index or constraint `name`.
    pub fn violates(&self, name: &str) -> bool {
        match self {
            StoreError::Postgres(e) => e.as_db_error().is_some_and(|d| {
                *d.code() == ::postgres::error::SqlState::UNIQUE_VIOLATION
                    && d.constraint() == Some(name)
            }),
            _ => false,
        }
    }

    /// A deadlock or serialization failure: the same transaction may well
    /// succeed if run again.
    pub fn is_retryable(&self) -> bool {
        use ::postgres::error::SqlState;
        match self {
            StoreError::Postgres(e) => e.code().is_some_and(|c| {
                *c == SqlState::T_R_DEADLOCK_DETECTED || *c == SqlState::T_R_SERIALIZATION_FAILURE
            }),
            _ => false,
        }
    }
}

/// Counters for `/metrics`.
#[derive(Debug, Default)]
pub struct StoreStats {
    pub commits: AtomicU64,
    pub committed_groups: AtomicU64,
    pub commit_micros_total: AtomicU64,
    pub commit_micros_max: AtomicU64,
    pub largest_batch: AtomicU64,
    /// Batches run again after a deadlock or serialization failure
    /// (PostgreSQL, several daemons).
    pub retried_batches: AtomicU64,
    /// PostgreSQL batches that the one-statement append path could not
    /// take, run again job by job.
    pub batches_run_job_by_job: AtomicU64,
    /// PostgreSQL batches sent to the server while the batch before them
    /// was still there (appends to other sessions; see
    /// `postgres::writer_loop`).
    pub batches_side_by_side: AtomicU64,
    /// Write groups that failed for a reason other than a conflict (disk
    /// full, I/O error, database unreachable): nothing of them was stored.
    pub failed_commits: AtomicU64,
    /// Set when a write fails that way; only `/readyz`'s own probe write
    /// clears it (a small write can succeed on a disk that has no room for
    /// a message).
    pub writes_failing: std::sync::atomic::AtomicBool,
}

impl StoreStats {
    /// Count the outcome of one write group.
    fn outcome(&self, ok: bool) {
        if !ok {
            self.failed_commits.fetch_add(1, Ordering::Relaxed);
            self.writes_failing.store(true, Ordering::Relaxed);
        }
    }
}

struct Job {
    ops: Vec<Op>,
    reply: oneshot::Sender<Result<Vec<OpResult>, StoreError>>,
}

/// The results of one batch: one per job, or an error for the whole batch
/// (nothing of it was stored).
type BatchResults = Result<Vec<Result<Vec<OpResult>, StoreError>>, StoreError>;

/// Handle to the database. Clone freely.
#[derive(Clone)]
pub struct Store {
    writer: mpsc::Sender<Job>,
    readers: Arc<Readers>,
    pub stats: Arc<StoreStats>,
    engine: Engine,
    /// Tests: write groups to fail as a full disk would.
    #[cfg(test)]
    faults: Faults,
}

/// A predicate over one op: a group holding a matching op fails.
#[cfg(test)]
type FaultRule = Box<dyn Fn(&Op) -> bool + Send>;

/// Write groups that fail on purpose (tests only): any group holding an op
/// the rule matches is answered `Unavailable`, and nothing of it is stored.
#[cfg(test)]
#[derive(Clone, Default)]
pub struct Faults(Arc<std::sync::Mutex<Option<FaultRule>>>);

#[cfg(test)]
impl Faults {
    fn hits(&self, ops: &[Op]) -> bool {
        self.0
            .lock()
            .ok()
            .is_some_and(|rule| rule.as_ref().is_some_and(|r| ops.iter().any(r)))
    }
}

const MAX_BATCH: usize = 1024;
const READERS: usize = 4;
const QUEUE: usize = 16 * 1024;

/// Reader connections, each used by one read at a time.
struct Pool<C> {
    conns: std::sync::Mutex<Vec<C>>,
}

impl<C> Pool<C> {
    fn new(conns: Vec<C>) -> Self {
        Pool {
            conns: std::sync::Mutex::new(conns),
        }
    }
    fn take(&self) -> Option<C> {
        self.conns.lock().ok().and_then(|mut v| v.pop())
    }
    fn give_back(&self, c: C) {
        if let Ok(mut v) = self.conns.lock() {
            v.push(c);
        }
    }
}

struct Readers {
    permits: Semaphore,
    engine: ReaderEngine,
}

enum ReaderEngine {
    Sqlite(Pool<rusqlite::Connection>),
    Postgres(Box<postgres::Readers>),
}

impl Readers {
    /// Run `f` on a free connection (the permit guarantees there is one).
    fn run<T>(
        &self,
        f: impl FnOnce(&mut Db<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        match &self.engine {
            ReaderEngine::Sqlite(pool) => {
                let conn = pool.take().ok_or(StoreError::Closed)?;
                let result = f(&mut Db::Sqlite(&conn));
                pool.give_back(conn);
                result
            }
            ReaderEngine::Postgres(readers) => readers.run(f),
        }
    }
}

impl Store {
    /// Open (creating if needed) `dir/concierge.db`, run migrations and start
    /// the writer thread.
    pub fn open(dir: &Path, sync: SyncMode) -> Result<Store, StoreError> {
        sqlite::open(dir, sync)
    }

    /// Connect to PostgreSQL at `url`, run migrations and start the writer
    /// thread. Blocking: call it off the async runtime.
    pub fn open_postgres(url: &str) -> Result<Store, StoreError> {
        postgres::open(url)
    }

    /// The store the configuration names: PostgreSQL when `DATABASE_URL`
    /// is set, else the SQLite file in the data dir. Blocking.
    pub fn open_config(cfg: &crate::config::Config) -> Result<Store, StoreError> {
        match &cfg.database_url {
            Some(url) => Store::open_postgres(&url.0),
            None => Store::open(&cfg.data_dir, cfg.sync),
        }
    }

    fn start(writer: mpsc::Sender<Job>, readers: ReaderEngine, stats: Arc<StoreStats>) -> Store {
        let engine = match readers {
            ReaderEngine::Sqlite(_) => Engine::Sqlite,
            ReaderEngine::Postgres(_) => Engine::Postgres,
        };
        Store {
            writer,
            readers: Arc::new(Readers {
                permits: Semaphore::new(READERS),
                engine: readers,
            }),
            stats,
            engine,
            #[cfg(test)]
            faults: Faults::default(),
        }
    }

    /// Tests: fail every write group holding an op that `rule` matches,
    /// until [`Store::heal`].
    #[cfg(test)]
    pub fn fail_writes(&self, rule: impl Fn(&Op) -> bool + Send + 'static) {
        if let Ok(mut r) = self.faults.0.lock() {
            *r = Some(Box::new(rule));
        }
    }

    /// Tests: writes succeed again.
    #[cfg(test)]
    pub fn heal(&self) {
        if let Ok(mut r) = self.faults.0.lock() {
            *r = None;
        }
    }

    pub fn engine(&self) -> Engine {
        self.engine
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
        #[cfg(test)]
        if self.faults.hits(&ops) {
            self.stats.outcome(false);
            let _ = reply.send(Err(StoreError::Unavailable("injected fault".into())));
            return Ok(rx);
        }
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
        F: FnOnce(&mut Db<'_>) -> Result<T, StoreError> + Send + 'static,
    {
        let readers = self.readers.clone();
        let _permit = readers
            .permits
            .acquire()
            .await
            .map_err(|_| StoreError::Closed)?;
        let pool = readers.clone();
        tokio::task::spawn_blocking(move || pool.run(f))
            .await
            .map_err(|_| StoreError::Closed)?
    }

    /// Wait until every write submitted before this call has committed.
    pub async fn flush(&self) -> Result<(), StoreError> {
        self.submit(Vec::new()).await.map(|_| ())
    }
}

/// One plain connection to the configured database, for the commands that
/// work on it without a running store (`migrate`, `export`, `import`).
/// Blocking.
pub enum Direct {
    Sqlite(rusqlite::Connection),
    Postgres(Box<PgConn>),
}

impl Direct {
    /// Connect; `migrate` also brings the schema up to date (and creates
    /// the SQLite file if needed), otherwise the database must exist.
    pub fn open(cfg: &crate::config::Config, migrate: bool) -> Result<Direct, StoreError> {
        match &cfg.database_url {
            Some(url) => {
                let mut conn = postgres::connect(&postgres::config(&url.0)?)?;
                if migrate {
                    postgres::schema::migrate(conn.client())?;
                }
                Ok(Direct::Postgres(Box::new(conn)))
            }
            None => {
                let path = cfg.data_dir.join("concierge.db");
                if !migrate && !path.is_file() {
                    return Err(StoreError::NotFound);
                }
                std::fs::create_dir_all(&cfg.data_dir).map_err(|source| StoreError::DataDir {
                    path: cfg.data_dir.clone(),
                    source,
                })?;
                let mut conn = rusqlite::Connection::open(&path)?;
                conn.pragma_update(None, "foreign_keys", "ON")?;
                conn.busy_timeout(std::time::Duration::from_secs(10))?;
                if migrate {
                    conn.pragma_update(None, "journal_mode", "WAL")?;
                    schema::migrations().to_latest(&mut conn)?;
                }
                Ok(Direct::Sqlite(conn))
            }
        }
    }

    pub fn db(&mut self) -> Db<'_> {
        match self {
            Direct::Sqlite(c) => Db::Sqlite(c),
            Direct::Postgres(c) => Db::Postgres(c),
        }
    }
}

/// Take the first job and whatever else is already queued, up to
/// [`MAX_BATCH`]; `None` once every sender is gone.
fn next_batch(rx: &mut mpsc::Receiver<Job>, batch: &mut Vec<Job>) -> bool {
    let Some(first) = rx.blocking_recv() else {
        return false;
    };
    batch.push(first);
    while batch.len() < MAX_BATCH {
        match rx.try_recv() {
            Ok(job) => batch.push(job),
            Err(_) => break,
        }
    }
    true
}

/// Answer every job of a batch, in order.
fn reply(
    batch: &mut Vec<Job>,
    results: BatchResults,
    stats: &StoreStats,
    failed: impl Fn() -> StoreError,
) {
    match results {
        Ok(results) => {
            for (job, result) in batch.drain(..).zip(results) {
                // A group refused for what it asked (a conflict, a missing
                // row) says nothing about the disk; any other error does.
                stats.outcome(!matches!(&result, Err(e) if !e.is_refusal()));
                let _ = job.reply.send(result);
            }
        }
        Err(e) => {
            // The whole transaction failed: nothing of the batch is stored,
            // and every caller hears so.
            tracing::error!(error = %e, "store commit failed");
            for job in batch.drain(..) {
                stats.outcome(false);
                let _ = job.reply.send(Err(failed()));
            }
        }
    }
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

#[cfg(test)]
mod batch_tests;
#[cfg(test)]
mod lanes_tests;
#[cfg(test)]
mod lifecycle_tests;
#[cfg(test)]
mod nodes_tests;
#[cfg(test)]
mod search_tests;
#[cfg(test)]
mod tests;
