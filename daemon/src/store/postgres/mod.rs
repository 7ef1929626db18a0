//! The PostgreSQL engine (`DATABASE_URL`): the same writer thread and group
//! commit as SQLite, on a `postgres::Client`, for several daemons sharing
//! one database.
//!
//! What differs from SQLite, and why:
//! - Other daemons write too. A batch that hits a deadlock or a
//!   serialization failure is rolled back and run again whole (a few times,
//!   after a short random pause) before its callers hear of it.
//! - The connection can drop. The batch in flight fails (nothing of it is
//!   acked, whether or not the server got to commit it) and the next batch
//!   reconnects first; while the server stays away, batches fail fast
//!   between reconnect attempts that back off from 100 ms to 5 s.
//! - Uniqueness that SQLite's single writer gives for free comes from the
//!   database here (see [`schema`]).
//! - Every round trip costs, so consecutive jobs that are one append each
//!   go to the server as one statement (see [`append`]).
//! - The server works on two batches at once when it can (see
//!   [`writer_loop`]): the writer has [`LANES`] connections, and a batch of
//!   appends to sessions the batch in flight does not touch goes to the
//!   other one instead of waiting for that batch's commit.

pub(super) mod append;
pub mod schema;
pub mod scratch;
pub mod tls;

use std::collections::{HashSet, VecDeque};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use postgres::NoTls;
use tokio::sync::mpsc;

use super::db::{Db, PgConn};
use super::{
    BatchResults, Job, MAX_BATCH, Pool, QUEUE, READERS, ReaderEngine, Store, StoreError,
    StoreStats, next_batch, ops, record, reply,
};

/// Batches the writer may have on the server at once, each on a
/// connection of its own (see [`writer_loop`]).
pub(super) const LANES: usize = 2;
/// Runs of one batch after a deadlock or serialization failure.
const MAX_ATTEMPTS: u32 = 5;
/// How long a connection attempt may take before the batch fails.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// The writer's first pause after a failed reconnect, and the longest.
const FIRST_PAUSE: Duration = Duration::from_millis(100);
const MAX_PAUSE: Duration = Duration::from_secs(5);

/// Parse `DATABASE_URL` (a `postgres://` URL; `options=-csearch_path%3DX`
/// selects a schema, `sslmode` and `sslrootcert` TLS: see [`tls`]).
pub fn config(url: &str) -> Result<tls::Target, StoreError> {
    let mut target = tls::target(url)?;
    let config = &mut target.config;
    if config.get_application_name().is_none() {
        config.application_name("concierged");
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    Ok(target)
}

pub fn connect(target: &tls::Target) -> Result<PgConn, StoreError> {
    let client = match &target.tls {
        Some(tls) => target.config.connect(tls.clone())?,
        None => target.config.connect(NoTls)?,
    };
    Ok(PgConn::new(client))
}

/// The search index's pending list, at most, on the writer's connections
/// (the server's default is 4 MB). New words go to that list first; the
/// insert that finds it over the limit merges all of it into the index
/// before its statement ends, so the batch, and every caller waiting
/// behind it, pays for the whole list at once. At 6,000 messages a second
/// 4 MB filled every few seconds and its merge held one batch for 70 ms,
/// the relay's p99; a 256 kB list merges in a few ms, at about the same
/// total cost (docs/benchmarks.md, "The search index's pending list").
pub(super) const SEARCH_PENDING_LIMIT: &str = "256kB";

/// The writer's connection. Its statements are planned once, generically:
/// a custom plan for the append statement (see [`append`]) takes longer to
/// make than a small batch takes to run, and the writer's other
/// statements are look-ups by key that one plan serves as well. Its
/// inserts keep the search index's pending list short (see
/// [`SEARCH_PENDING_LIMIT`]).
fn connect_writer(config: &tls::Target) -> Result<PgConn, StoreError> {
    let mut conn = connect(config)?;
    conn.batch(&format!(
        "SET plan_cache_mode = force_generic_plan; \
         SET gin_pending_list_limit = '{SEARCH_PENDING_LIMIT}'"
    ))?;
    Ok(conn)
}

pub(super) fn open(url: &str) -> Result<Store, StoreError> {
    let config = config(url)?;
    let mut conn = connect_writer(&config)?;
    schema::migrate(conn.client())?;
    let mut lanes = vec![conn];
    while lanes.len() < LANES {
        lanes.push(connect_writer(&config)?);
    }
    let mut readers = Vec::with_capacity(READERS);
    for _ in 0..READERS {
        readers.push(Some(connect(&config)?));
    }
    let stats = Arc::new(StoreStats::default());
    let (tx, rx) = mpsc::channel::<Job>(QUEUE);
    let thread_stats = stats.clone();
    let writer_config = config.clone();
    std::thread::Builder::new()
        .name("store-writer".into())
        .spawn(move || writer_loop(lanes, writer_config, rx, thread_stats))
        .map_err(StoreError::Start)?;
    Ok(Store::start(
        tx,
        ReaderEngine::Postgres(Box::new(Readers {
            pool: Pool::new(readers),
            config,
        })),
        stats,
    ))
}

/// Reader connections; a slot whose connection broke reconnects on its
/// next use.
pub(super) struct Readers {
    pool: Pool<Option<PgConn>>,
    config: tls::Target,
}

impl Readers {
    pub(super) fn run<T>(
        &self,
        f: impl FnOnce(&mut Db<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let slot = self.pool.take().ok_or(StoreError::Closed)?;
        let mut conn = match slot {
            Some(c) if !c.is_closed() => c,
            _ => match connect(&self.config) {
                Ok(c) => c,
                Err(e) => {
                    self.pool.give_back(None);
                    return Err(e);
                }
            },
        };
        let result = f(&mut Db::Postgres(&mut conn));
        self.pool.give_back(Some(conn));
        result
    }
}

impl Drop for Readers {
    fn drop(&mut self) {
        // A sync client owns a small runtime, which must not be dropped on
        // an async thread (the last Store handle may go there).
        let conns: Vec<_> = match self.pool.conns.lock() {
            Ok(mut v) => v.drain(..).flatten().collect(),
            Err(_) => return,
        };
        if !conns.is_empty() {
            let _ = std::thread::Builder::new()
                .name("store-readers-close".into())
                .spawn(move || drop(conns));
        }
    }
}

/// Hand batches to the lanes, oldest first.
///
/// A batch goes to a lane while the batch before it is still on the
/// server only if both are appends and nothing else, to sessions the other
/// does not name: then neither can see the other's rows (each locks and
/// bumps only its own session rows, and appends only there), so running
/// them side by side gives what running them one after the other would,
/// and each session's appends still go in submission order. Any other
/// batch (a session created, a chat closed, a read mark, a second append
/// to a session in flight...) waits until every batch before it has
/// committed. Whatever runs, callers hear in submission order: a lane
/// answers its batch only after the batch before it was answered, and
/// each batch only after its own commit.
///
/// The next batch is taken only once a lane is free, so while both are
/// busy the queue fills and the next batch is bigger.
fn writer_loop(
    conns: Vec<PgConn>,
    config: tls::Target,
    mut rx: mpsc::Receiver<Job>,
    stats: Arc<StoreStats>,
) {
    let mut lanes = Vec::with_capacity(conns.len());
    for (i, conn) in conns.into_iter().enumerate() {
        let (tx, tasks) = std::sync::mpsc::channel::<Task>();
        let config = config.clone();
        let stats = stats.clone();
        match std::thread::Builder::new()
            .name(format!("store-writer-{i}"))
            .spawn(move || lane_loop(conn, config, tasks, stats))
        {
            Ok(thread) => lanes.push((tx, thread)),
            Err(e) => tracing::error!(error = %e, "cannot start a store writer lane"),
        }
    }
    // Batches sent and not answered yet, oldest first.
    let mut in_flight: VecDeque<InFlight> = VecDeque::with_capacity(lanes.len());
    let mut batch: Vec<Job> = Vec::with_capacity(MAX_BATCH);
    loop {
        while in_flight.front().is_some_and(|f| f.done.is_open()) {
            in_flight.pop_front();
        }
        if in_flight.len() >= lanes.len().max(1) {
            if let Some(oldest) = in_flight.pop_front() {
                oldest.done.wait();
            }
            continue;
        }
        if !next_batch(&mut rx, &mut batch) {
            break;
        }
        let sessions = appended_sessions(&batch);
        while !in_flight
            .iter()
            .all(|f| side_by_side(f.sessions.as_ref(), sessions.as_ref()))
        {
            if let Some(oldest) = in_flight.pop_front() {
                oldest.done.wait();
            }
        }
        let Some(lane) = (0..lanes.len()).find(|l| in_flight.iter().all(|f| f.lane != *l)) else {
            // No lane started at all: nobody can answer these jobs but this.
            reply(
                &mut batch,
                Err(StoreError::Unavailable("no writer".into())),
                &stats,
                || StoreError::Unavailable("no writer".into()),
            );
            continue;
        };
        if !in_flight.is_empty() {
            stats
                .batches_side_by_side
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        let done = Arc::new(Gate::default());
        let task = Task {
            batch: std::mem::replace(&mut batch, Vec::with_capacity(MAX_BATCH)),
            after: in_flight.back().map(|f| f.done.clone()),
            done: Opens(done.clone()),
        };
        // A lane that is gone drops the task: its callers hear `Closed`,
        // and the gate opens as the task is dropped.
        let _ = lanes[lane].0.send(task);
        in_flight.push_back(InFlight {
            lane,
            done,
            sessions,
        });
    }
    for (tx, thread) in lanes {
        drop(tx);
        let _ = thread.join();
    }
    tracing::debug!("store writer stopped");
}

/// A batch on its way through a lane.
struct InFlight {
    lane: usize,
    /// Open once the batch was answered.
    done: Arc<Gate>,
    /// Its sessions, when it is nothing but appends.
    sessions: Option<HashSet<String>>,
}

/// What a lane is given: the batch, the gate of the batch before it (its
/// callers are answered first), and its own gate to open.
struct Task {
    batch: Vec<Job>,
    after: Option<Arc<Gate>>,
    done: Opens,
}

/// A flag that opens once and can be waited for by several threads.
#[derive(Default)]
struct Gate {
    open: Mutex<bool>,
    opened: Condvar,
}

impl Gate {
    fn is_open(&self) -> bool {
        self.open.lock().map(|o| *o).unwrap_or(true)
    }

    fn wait(&self) {
        let Ok(mut open) = self.open.lock() else {
            return;
        };
        while !*open {
            open = match self.opened.wait(open) {
                Ok(o) => o,
                Err(_) => return,
            };
        }
    }
}

/// Opens its gate when dropped: after the batch was answered, and also if
/// the lane panicked or was gone, so that nothing waits forever.
struct Opens(Arc<Gate>);

impl Drop for Opens {
    fn drop(&mut self) {
        if let Ok(mut open) = self.0.open.lock() {
            *open = true;
        }
        self.0.opened.notify_all();
    }
}

/// The sessions of a batch made of appends only (an empty job, a flush,
/// counts as one); `None` for any other batch.
pub(in crate::store) fn appended_sessions(batch: &[Job]) -> Option<HashSet<String>> {
    let mut sessions = HashSet::new();
    for op in batch.iter().flat_map(|j| &j.ops) {
        match op {
            super::Op::AppendMessage { session_uuid, .. } => {
                sessions.insert(session_uuid.clone());
            }
            _ => return None,
        }
    }
    Some(sessions)
}

/// Whether two batches may be on the server at once (see [`writer_loop`]).
pub(in crate::store) fn side_by_side(
    a: Option<&HashSet<String>>,
    b: Option<&HashSet<String>>,
) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.is_disjoint(b),
        _ => false,
    }
}

/// One writer connection: run each batch, wait for the batch before it to
/// be answered, answer this one.
fn lane_loop(
    conn: PgConn,
    config: tls::Target,
    tasks: std::sync::mpsc::Receiver<Task>,
    stats: Arc<StoreStats>,
) {
    let mut conn = Some(conn);
    // While the server is away: when to try again, and the pause after
    // that (doubling, up to MAX_PAUSE). Batches arriving before then fail
    // at once instead of each waiting out a connection attempt.
    let mut retry_at = Instant::now();
    let mut pause = FIRST_PAUSE;
    while let Ok(Task {
        mut batch,
        after,
        done,
    }) = tasks.recv()
    {
        let started = Instant::now();
        if conn.as_ref().is_none_or(PgConn::is_closed) && started >= retry_at {
            conn = match connect_writer(&config) {
                Ok(c) => {
                    tracing::info!("store writer reconnected to PostgreSQL");
                    pause = FIRST_PAUSE;
                    Some(c)
                }
                Err(e) => {
                    tracing::error!(error = %e, retry_in = ?pause, "cannot reach PostgreSQL");
                    retry_at = Instant::now() + pause;
                    pause = (pause * 2).min(MAX_PAUSE);
                    None
                }
            };
        }
        // What every caller hears if the batch fails as a whole.
        let (results, failure) = match conn.as_mut().filter(|c| !c.is_closed()) {
            None => (
                Err(StoreError::Unavailable("no connection".into())),
                "database unreachable",
            ),
            Some(c) => {
                let results = commit_with_retries(c, &batch, &stats);
                record(&stats, started, batch.len());
                if c.is_closed() {
                    tracing::warn!("PostgreSQL connection lost; the batch in flight failed");
                    (results, "database connection lost")
                } else {
                    (results, "commit failed")
                }
            }
        };
        if let Some(before) = after {
            before.wait();
        }
        reply(&mut batch, results, &stats, || {
            StoreError::Unavailable(failure.into())
        });
        drop(done);
    }
    // Dropping the client here, on the lane's own thread, keeps its
    // runtime off the async threads.
    drop(conn);
}

fn commit_with_retries(c: &mut PgConn, batch: &[Job], stats: &StoreStats) -> BatchResults {
    let mut attempt = 1;
    let mut job_by_job = false;
    loop {
        match commit_batch(c, batch, job_by_job) {
            Ok(results) => return Ok(results),
            Err(e) => {
                if !c.is_closed() {
                    // Leaves the connection ready for the next batch; a
                    // failure here shows up as a closed connection.
                    let _ = c.batch("ROLLBACK");
                }
                if c.is_closed() {
                    return Err(e);
                }
                if !e.is_retryable() && !job_by_job && append::has_run(batch) {
                    // The one-statement path fails whole where one job is
                    // at fault (or where a unique index fired after all):
                    // job by job, each job is answered on its own.
                    tracing::debug!(error = %e, "append statement failed; running the batch job by job");
                    stats
                        .batches_run_job_by_job
                        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    job_by_job = true;
                    continue;
                }
                if !e.is_retryable() || attempt >= MAX_ATTEMPTS {
                    return Err(e);
                }
                tracing::debug!(error = %e, attempt, "store batch conflicted; running it again");
                stats
                    .retried_batches
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                std::thread::sleep(backoff(attempt));
                attempt += 1;
            }
        }
    }
}

/// 5-10 ms, then 10-20, 20-40…: random so that two daemons that collided
/// do not collide again in step.
fn backoff(attempt: u32) -> Duration {
    let base = 5u64 << attempt.min(6).saturating_sub(1);
    Duration::from_millis(base + rand::random_range(0..=base))
}

/// Run `batch` in one transaction. Runs of consecutive single-append jobs
/// go as one statement each unless `job_by_job`; every other job (and
/// every job when `job_by_job`) runs in a savepoint of its own.
fn commit_batch(c: &mut PgConn, batch: &[Job], job_by_job: bool) -> BatchResults {
    c.batch("BEGIN")?;
    // Every session row the batch will update, locked up front in one
    // order. Two daemons' batches touching the same sessions would
    // otherwise take the rows in different orders and deadlock, which
    // PostgreSQL only notices after deadlock_timeout (1 s by default).
    let mut sessions: Vec<&str> = batch
        .iter()
        .flat_map(|j| &j.ops)
        .filter_map(super::Op::session_row)
        .collect();
    if !sessions.is_empty() {
        sessions.sort_unstable();
        sessions.dedup();
        // A join, not `uuid = ANY(?1)`: the writer's generic plan may scan
        // the table, and the array's filter then compares every session
        // row with every element (a million text comparisons for a batch
        // of 1,000 sessions, a quarter of the server's time at 1,000
        // writers). Prepared once per connection.
        let lock = c.statement(
            "SELECT 1 FROM chat_sessions s JOIN unnest(?1::text[]) AS u (uuid) \
             ON s.uuid = u.uuid ORDER BY s.uuid FOR UPDATE OF s",
        )?;
        c.client().query(&lock, &[&sessions])?;
    }
    let mut results = Vec::with_capacity(batch.len());
    // A job's savepoint is released together with the next one's start:
    // one round trip instead of two.
    let mut release = false;
    let mut next = 0;
    while let Some(job) = batch.get(next) {
        let run = batch[next..]
            .iter()
            .take_while(|j| append::single_append(j).is_some())
            .count();
        if !job_by_job && run >= append::MIN_RUN {
            // The run executes inside the last job's savepoint, if one is
            // still open: released with it, which keeps the run's work.
            results.extend(append::run(c, &batch[next..next + run])?);
            next += run;
            continue;
        }
        next += 1;
        if job.ops.is_empty() {
            results.push(Ok(Vec::new()));
            continue;
        }
        c.batch(if release {
            "RELEASE SAVEPOINT job; SAVEPOINT job"
        } else {
            "SAVEPOINT job"
        })?;
        release = false;
        match run_job(c, &job.ops) {
            Ok(out) => {
                release = true;
                results.push(Ok(out));
            }
            // The whole batch runs again (or fails): not this job alone.
            Err(e) if e.is_retryable() || c.is_closed() => return Err(e),
            Err(e) => {
                c.batch("ROLLBACK TO SAVEPOINT job; RELEASE SAVEPOINT job")?;
                results.push(Err(e));
            }
        }
    }
    c.batch("COMMIT")?;
    Ok(results)
}

/// Apply one job's ops inside the savepoint `job`, already set. A
/// clientMsgId that another daemon stored after this job looked for it
/// comes back as a unique violation: the job then starts over from its
/// savepoint, once, and this time finds the stored message (and answers
/// `duplicate`, without taking a seq).
pub(super) fn run_job(
    c: &mut PgConn,
    job: &[super::Op],
) -> Result<Vec<super::OpResult>, StoreError> {
    let apply_all = |c: &mut PgConn| {
        job.iter()
            .map(|op| ops::apply(&mut Db::Postgres(c), op))
            .collect::<Result<Vec<_>, _>>()
    };
    match apply_all(c) {
        Err(e) if e.violates(schema::CLIENT_MSG_ID) => {
            c.batch("ROLLBACK TO SAVEPOINT job")?;
            apply_all(c)
        }
        r => r,
    }
}
