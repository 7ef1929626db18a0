//! Many jobs in one batch: what PostgreSQL's one-statement append path
//! (see [`super::postgres::append`]) could get wrong, on both engines.
//! clientMsgIds repeated inside a batch and across batches, jobs failing
//! between others, hundreds of sessions at once.
//!
//! On PostgreSQL the jobs are made to form one batch: a first job waits on
//! a session row that another connection holds, and everything submitted
//! meanwhile queues behind it. The PostgreSQL tests also check that the
//! batch went through the one-statement path (no batch was run again job
//! by job) unless the test wants it to.

use std::sync::atomic::{AtomicUsize, Ordering};

use concierge_shared::protocol::{Message, SessionStatus, SessionType};

use super::tests::{Scratch, append, now, session, sqlite};
use super::{Op, OpResult, Store, StoreError, read};

pub(super) type JobResult = Result<Vec<OpResult>, StoreError>;

/// Submit `jobs` in order and wait for all of them. With `gate` (the
/// store's PostgreSQL URL) they are held back until all are queued, so
/// that they commit as one batch.
async fn in_one_batch(store: &Store, gate: Option<&str>, jobs: Vec<Vec<Op>>) -> Vec<JobResult> {
    let n = jobs.len();
    let held = match gate {
        Some(url) => Some(hold_writer(store, url, super::postgres::LANES).await),
        None => None,
    };
    let mut pending = Vec::with_capacity(n);
    for ops in jobs {
        pending.push(store.submit_deferred(ops).await.unwrap());
    }
    if let Some((release, gate_jobs, thread)) = held {
        release.send(()).unwrap();
        for gate_job in gate_jobs {
            assert!(gate_job.await.unwrap().is_ok());
        }
        tokio::task::spawn_blocking(move || thread.join().unwrap())
            .await
            .unwrap();
    }
    let mut results = Vec::with_capacity(n);
    for p in pending {
        results.push(p.await.unwrap());
    }
    if gate.is_some() {
        assert!(
            store.stats.largest_batch.load(Ordering::Relaxed) >= n as u64,
            "the jobs formed one batch"
        );
    }
    results
}

pub(super) type Held = (
    std::sync::mpsc::Sender<()>,
    Vec<tokio::sync::oneshot::Receiver<JobResult>>,
    std::thread::JoinHandle<()>,
);

/// Hold `lanes` lanes of the writer (see `postgres::LANES`): lock fresh
/// sessions' rows from another connection, submit an append to each, one
/// at a time, and return once the writer waits on all of those rows.
pub(super) async fn hold_writer(store: &Store, url: &str, lanes: usize) -> Held {
    static GATES: AtomicUsize = AtomicUsize::new(0);
    let mut gates = Vec::with_capacity(lanes);
    for _ in 0..lanes {
        let gate = format!("gate-{}", GATES.fetch_add(1, Ordering::Relaxed));
        session(store, &gate, &gate).await;
        gates.push(gate);
    }
    let (locked, wait_locked) = std::sync::mpsc::channel();
    let (blocked, wait_blocked) = std::sync::mpsc::channel::<()>();
    let (waiting, mut wait_waiting) = tokio::sync::mpsc::unbounded_channel();
    let (release, wait_release) = std::sync::mpsc::channel::<()>();
    let url = url.to_string();
    let rows = gates.clone();
    let thread = std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        let mut tx = c.transaction().unwrap();
        tx.execute(
            "SELECT 1 FROM chat_sessions WHERE uuid = ANY($1) FOR UPDATE",
            &[&rows],
        )
        .unwrap();
        locked.send(()).unwrap();
        // One more backend blocked on our rows after each gate append.
        // Wait for the condition, not for a clock; bounded so that a
        // broken writer fails the test.
        for want in 1..=rows.len() as i64 {
            if wait_blocked.recv().is_err() {
                return;
            }
            for _ in 0..3000 {
                let n: i64 = tx
                    .query_one(
                        "SELECT count(*) FROM pg_stat_activity
                         WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))",
                        &[],
                    )
                    .unwrap()
                    .get(0);
                if n >= want {
                    waiting.send(()).unwrap();
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
        }
        wait_release.recv().unwrap();
        tx.commit().unwrap();
    });
    tokio::task::spawn_blocking(move || wait_locked.recv().unwrap())
        .await
        .unwrap();
    let mut gate_jobs = Vec::with_capacity(lanes);
    for gate in &gates {
        gate_jobs.push(
            store
                .submit_deferred(vec![append(gate, "gate", None)])
                .await
                .unwrap(),
        );
        blocked.send(()).unwrap();
        wait_waiting.recv().await.expect("the writer never blocked");
    }
    (release, gate_jobs, thread)
}

pub(super) fn message(r: &JobResult) -> (&Message, bool) {
    match r {
        Ok(v) => match v.as_slice() {
            [OpResult::Message { message, duplicate }] => (message, *duplicate),
            other => panic!("want one message, got {other:?}"),
        },
        Err(e) => panic!("want a message, got {e}"),
    }
}

pub(super) async fn contents(store: &Store, uuid: &'static str) -> Vec<(i64, String)> {
    store
        .read(move |db| read::all_messages(db, uuid))
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.seq, m.content))
        .collect()
}

async fn last_seq(store: &Store, uuid: &'static str) -> i64 {
    store
        .read(move |db| read::session_by_uuid(db, uuid))
        .await
        .unwrap()
        .unwrap()
        .last_seq
}

async fn duplicates_in_and_across_batches(store: Store, gate: Option<&str>) {
    session(&store, "d", "c").await;
    let r = in_one_batch(
        &store,
        gate,
        vec![
            vec![append("d", "first", Some("k1"))],
            vec![append("d", "again", Some("k1"))],
            vec![append("d", "plain", None)],
            vec![append("d", "second", Some("k2"))],
            vec![append("d", "third time", Some("k1"))],
        ],
    )
    .await;
    let (first, dup) = message(&r[0]);
    assert_eq!(
        (first.seq, first.content.as_str(), dup),
        (1, "first", false)
    );
    for again in [&r[1], &r[4]] {
        let (m, dup) = message(again);
        assert!(dup, "a repeated clientMsgId is a duplicate");
        assert_eq!(
            (
                m.message_id,
                m.seq,
                m.content.as_str(),
                m.client_msg_id.as_deref()
            ),
            (first.message_id, 1, "first", Some("k1"))
        );
    }
    let (plain, dup) = message(&r[2]);
    assert_eq!((plain.seq, dup), (2, false));
    let (second, dup) = message(&r[3]);
    assert_eq!((second.seq, dup), (3, false));
    assert!(first.message_id < plain.message_id && plain.message_id < second.message_id);

    let r = in_one_batch(
        &store,
        gate,
        vec![
            vec![append("d", "resent", Some("k2"))],
            vec![append("d", "new", Some("k3"))],
            vec![append("d", "new again", Some("k3"))],
            vec![append("d", "plain again", None)],
        ],
    )
    .await;
    let (resent, dup) = message(&r[0]);
    assert!(dup);
    assert_eq!(
        (resent.message_id, resent.seq, resent.content.as_str()),
        (second.message_id, 3, "second")
    );
    let (new, dup) = message(&r[1]);
    assert_eq!((new.seq, dup), (4, false));
    let (again, dup) = message(&r[2]);
    assert!(dup);
    assert_eq!((again.message_id, again.seq), (new.message_id, 4));
    let (plain, dup) = message(&r[3]);
    assert_eq!((plain.seq, dup), (5, false));

    assert_eq!(
        contents(&store, "d").await,
        vec![
            (1, "first".into()),
            (2, "plain".into()),
            (3, "second".into()),
            (4, "new".into()),
            (5, "plain again".into())
        ]
    );
    assert_eq!(last_seq(&store, "d").await, 5);
}

async fn failing_jobs_between_others(store: Store, gate: Option<&str>) {
    session(&store, "open", "c1").await;
    session(&store, "shut", "c2").await;
    store
        .submit(vec![Op::CloseSession {
            uuid: "shut".into(),
            closed_by: "c2".into(),
            now: now(),
        }])
        .await
        .unwrap();
    let r = in_one_batch(
        &store,
        gate,
        vec![
            vec![append("open", "a", Some("ka"))],
            vec![append("shut", "to a closed session", Some("kx"))],
            vec![append("unknown", "to no session", None)],
            vec![append("open", "b", None)],
            // A job of several ops that fails after a good append: the
            // append goes with it.
            vec![
                append("open", "lost", None),
                Op::SetSessionState {
                    uuid: "unknown".into(),
                    staff_id: None,
                    session_type: SessionType::Ai,
                    status: SessionStatus::Active,
                    now: now(),
                },
            ],
            vec![append("open", "c", Some("kc"))],
            vec![append("shut", "again to a closed session", None)],
            vec![append("open", "a resent", Some("ka"))],
            vec![append("open", "d", None)],
        ],
    )
    .await;
    for failed in [1, 2, 4, 6] {
        assert!(
            matches!(r[failed], Err(StoreError::Conflict(_))),
            "{failed}: {:?}",
            r[failed]
        );
    }
    let seqs: Vec<(i64, bool)> = [&r[0], &r[3], &r[5], &r[7], &r[8]]
        .into_iter()
        .map(|r| {
            let (m, dup) = message(r);
            (m.seq, dup)
        })
        .collect();
    assert_eq!(
        seqs,
        vec![(1, false), (2, false), (3, false), (1, true), (4, false)]
    );
    assert_eq!(
        contents(&store, "open").await,
        vec![
            (1, "a".into()),
            (2, "b".into()),
            (3, "c".into()),
            (4, "d".into())
        ]
    );
    assert_eq!(last_seq(&store, "open").await, 4);
    assert!(contents(&store, "shut").await.is_empty());
    assert_eq!(last_seq(&store, "shut").await, 0);
}

const SESSIONS: usize = 300;
const ROUNDS: usize = 3;

/// A client that never got its ack sends the line again after the chat
/// closed: it gets the stored message back, marked a duplicate, not an
/// error; a new line to the closed chat is refused and stores nothing.
async fn a_retry_after_the_chat_closed(store: Store) {
    session(&store, "late", "c1").await;
    let first = store
        .submit(vec![append("late", "are you there?", Some("k-late"))])
        .await
        .unwrap();
    let OpResult::Message {
        message: stored, ..
    } = &first[0]
    else {
        panic!("want a message, got {first:?}");
    };
    store
        .submit(vec![Op::CloseSession {
            uuid: "late".into(),
            closed_by: "c1".into(),
            now: now(),
        }])
        .await
        .unwrap();
    let again = store
        .submit(vec![append("late", "are you there?", Some("k-late"))])
        .await
        .unwrap();
    let OpResult::Message { message, duplicate } = &again[0] else {
        panic!("want a message, got {again:?}");
    };
    assert!(*duplicate);
    assert_eq!(
        (message.message_id, message.seq),
        (stored.message_id, stored.seq)
    );
    let new = store
        .submit(vec![append("late", "hello?", Some("k-new"))])
        .await;
    assert!(matches!(new, Err(StoreError::Conflict(_))), "{new:?}");
    assert_eq!(last_seq(&store, "late").await, stored.seq);
}

async fn many_sessions_in_one_batch(store: Store, gate: Option<&str>) {
    let uuids: Vec<String> = (0..SESSIONS).map(|s| format!("many-{s}")).collect();
    let mut created = Vec::new();
    for (s, uuid) in uuids.iter().enumerate() {
        created.push(
            store
                .submit_deferred(vec![Op::CreateSession {
                    uuid: uuid.clone(),
                    user_id: format!("u{s}"),
                    user_name: "U".into(),
                    now: now(),
                }])
                .await
                .unwrap(),
        );
    }
    for c in created {
        c.await.unwrap().unwrap();
    }
    // Round by round, every session once per round: sessions interleave.
    let jobs = (0..ROUNDS)
        .flat_map(|round| {
            uuids.iter().map(move |uuid| {
                vec![append(
                    uuid,
                    &format!("{uuid} round {round}"),
                    Some(&format!("r{round}")),
                )]
            })
        })
        .collect();
    let r = in_one_batch(&store, gate, jobs).await;
    let mut first_round = Vec::new();
    for (i, result) in r.iter().enumerate() {
        let (round, s) = (i / SESSIONS, i % SESSIONS);
        let (m, dup) = message(result);
        assert!(!dup);
        assert_eq!(m.session_uuid, uuids[s]);
        assert_eq!(m.seq, round as i64 + 1, "{}", uuids[s]);
        assert_eq!(m.content, format!("{} round {round}", uuids[s]));
        if round == 0 {
            first_round.push(m.message_id);
        }
    }
    for uuid in &uuids {
        let u = uuid.clone();
        let seqs: Vec<i64> = store
            .read(move |db| read::all_messages(db, &u))
            .await
            .unwrap()
            .iter()
            .map(|m| m.seq)
            .collect();
        assert_eq!(seqs, (1..=ROUNDS as i64).collect::<Vec<_>>(), "{uuid}");
    }
    // The first round again, every session's in one batch: all duplicates.
    let again = uuids
        .iter()
        .map(|uuid| vec![append(uuid, "resent", Some("r0"))])
        .collect();
    let r = in_one_batch(&store, gate, again).await;
    for (s, result) in r.iter().enumerate() {
        let (m, dup) = message(result);
        assert!(dup);
        assert_eq!((m.message_id, m.seq), (first_round[s], 1));
    }
    let total: i64 = store
        .read(|db| db.query_value("SELECT count(*) FROM chat_messages", &[]))
        .await
        .unwrap();
    // Two batches, each held back by one gate append per lane.
    let gates = if gate.is_some() {
        2 * super::postgres::LANES as i64
    } else {
        0
    };
    assert_eq!(total, (SESSIONS * ROUNDS) as i64 + gates);
}

fn assert_one_statement(store: &Store) {
    assert_eq!(
        store.stats.batches_run_job_by_job.load(Ordering::Relaxed),
        0,
        "every batch went through the one-statement path"
    );
}

#[tokio::test]
async fn sqlite_duplicates_in_and_across_batches() {
    let (_tmp, store) = sqlite();
    duplicates_in_and_across_batches(store, None).await;
}

#[tokio::test]
async fn sqlite_failing_jobs_between_others() {
    let (_tmp, store) = sqlite();
    failing_jobs_between_others(store, None).await;
}

#[tokio::test]
async fn sqlite_many_sessions_in_one_batch() {
    let (_tmp, store) = sqlite();
    many_sessions_in_one_batch(store, None).await;
}

#[tokio::test]
async fn sqlite_a_retry_after_the_chat_closed() {
    let (_tmp, store) = sqlite();
    a_retry_after_the_chat_closed(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_a_retry_after_the_chat_closed() {
    let s = Scratch::new();
    let store = s.store().await;
    a_retry_after_the_chat_closed(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_duplicates_in_and_across_batches() {
    let s = Scratch::new();
    let store = s.store().await;
    duplicates_in_and_across_batches(store.clone(), Some(&s.url)).await;
    assert_one_statement(&store);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_failing_jobs_between_others() {
    let s = Scratch::new();
    let store = s.store().await;
    failing_jobs_between_others(store.clone(), Some(&s.url)).await;
    assert_one_statement(&store);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_many_sessions_in_one_batch() {
    let s = Scratch::new();
    let store = s.store().await;
    many_sessions_in_one_batch(store.clone(), Some(&s.url)).await;
    assert_one_statement(&store);
}

/// A job the statement cannot take (PostgreSQL refuses a NUL character in
/// text) fails the statement. The batch then runs again job by job: that
/// job fails alone and the others are stored as if nothing happened.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_a_job_the_statement_cannot_take_fails_alone() {
    let s = Scratch::new();
    let store = s.store().await;
    session(&store, "nul", "c").await;
    let r = in_one_batch(
        &store,
        Some(&s.url),
        vec![
            vec![append("nul", "before", Some("k"))],
            vec![append("nul", "a NUL \0 here", None)],
            vec![append("nul", "after", None)],
            vec![append("nul", "before, again", Some("k"))],
        ],
    )
    .await;
    assert!(
        matches!(&r[1], Err(e) if !e.is_refusal()),
        "the NUL job fails: {:?}",
        r[1]
    );
    let got: Vec<(i64, bool)> = [&r[0], &r[2], &r[3]]
        .into_iter()
        .map(|r| {
            let (m, dup) = message(r);
            (m.seq, dup)
        })
        .collect();
    assert_eq!(got, vec![(1, false), (2, false), (1, true)]);
    assert_eq!(
        contents(&store, "nul").await,
        vec![(1, "before".into()), (2, "after".into())]
    );
    assert_eq!(
        store.stats.batches_run_job_by_job.load(Ordering::Relaxed),
        1
    );
}

/// Without the batch's row lock, another transaction can store the same
/// clientMsgId between the statement's look-up and its insert. The unique
/// index must then refuse the statement (which the writer answers by
/// running the batch job by job) rather than let a second copy or a gap
/// in seq through.
#[test]
fn pg_the_unique_index_judges_the_one_statement_path() {
    use super::db::Db;
    use std::sync::mpsc::channel;
    let s = Scratch::new();
    let connect = |url: &str| {
        let mut c = super::postgres::connect(&super::postgres::config(url).unwrap()).unwrap();
        super::postgres::schema::migrate(c.client()).unwrap();
        c
    };
    let mut setup = connect(&s.url);
    super::ops::apply(
        &mut Db::Postgres(&mut setup),
        &Op::CreateSession {
            uuid: "race".into(),
            user_id: "c".into(),
            user_name: "C".into(),
            now: 1,
        },
    )
    .unwrap();
    let (a_applied, wait_a) = channel();
    let (commit_a, a_may_commit) = channel::<()>();
    let url = s.url.clone();
    let a = std::thread::spawn(move || {
        let mut c = connect(&url);
        c.batch("BEGIN").unwrap();
        super::ops::apply(&mut Db::Postgres(&mut c), &append("race", "a", Some("k"))).unwrap();
        a_applied.send(()).unwrap();
        a_may_commit.recv().unwrap();
        c.batch("COMMIT").unwrap();
    });
    wait_a.recv().unwrap();
    let url = s.url.clone();
    let (b_pid, wait_b_pid) = channel();
    let b = std::thread::spawn(move || {
        let mut c = connect(&url);
        let pid: i32 = c
            .client()
            .query_one("SELECT pg_backend_pid()", &[])
            .unwrap()
            .get(0);
        b_pid.send(pid).unwrap();
        c.batch("BEGIN").unwrap();
        let (reply, _rx) = tokio::sync::oneshot::channel();
        let job = super::Job {
            ops: vec![append("race", "b", Some("k"))],
            reply,
        };
        let r = super::postgres::append::run(&mut c, &[job]);
        c.batch("ROLLBACK").unwrap();
        r.map(|_| ())
    });
    // Let A commit once B's statement waits for A.
    let b_pid = wait_b_pid.recv().unwrap();
    let mut probe = connect(&s.url);
    for _ in 0..3000 {
        let blocked: bool = probe
            .client()
            .query_one("SELECT cardinality(pg_blocking_pids($1)) > 0", &[&b_pid])
            .unwrap()
            .get(0);
        if blocked {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    commit_a.send(()).unwrap();
    a.join().unwrap();
    let b = b.join().unwrap();
    assert!(
        b.is_err(),
        "the statement must fail, not store a second copy"
    );
    let mut db = Db::Postgres(&mut setup);
    let last_seq: i64 = db
        .query_value(
            "SELECT last_seq FROM chat_sessions WHERE uuid = 'race'",
            &[],
        )
        .unwrap();
    let rows: i64 = db
        .query_value("SELECT count(*) FROM chat_messages", &[])
        .unwrap();
    assert_eq!((last_seq, rows), (1, 1));
}
