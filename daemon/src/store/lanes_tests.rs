//! Two batches on PostgreSQL at once (see `postgres::writer_loop`): a
//! batch of appends to other sessions runs beside the one in flight, but
//! callers still hear in submission order, each session's appends keep
//! theirs, and a resent clientMsgId is still a duplicate.

use std::sync::atomic::Ordering;

use tokio::sync::oneshot::error::TryRecvError;

use super::Store;
use super::batch_tests::{contents, hold_writer, message};
use super::tests::{Scratch, append, session};

fn side_by_side(store: &Store) -> u64 {
    store.stats.batches_side_by_side.load(Ordering::Relaxed)
}

/// The first lane waits on a row another connection holds. An append to
/// another session goes to the second lane and commits meanwhile, but is
/// answered only after the waiting batch. What comes next for the same
/// session waits for that append's batch; a resend of its clientMsgId is
/// its duplicate.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_a_batch_beside_a_waiting_one_commits_but_is_answered_after_it() {
    let s = Scratch::new();
    let store = s.store().await;
    session(&store, "a", "ca").await;
    session(&store, "b", "cb").await;
    let (release, mut gate_jobs, thread) = hold_writer(&store, &s.url, 1).await;
    let mut first = store
        .submit_deferred(vec![append("a", "one", Some("k1"))])
        .await
        .unwrap();
    // Watched from another connection: the condition, not a clock;
    // bounded so that a writer that never runs it fails the test.
    let url = s.url.clone();
    let committed = tokio::task::spawn_blocking(move || {
        let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        for _ in 0..3000 {
            let n: i64 = c
                .query_one(
                    "SELECT count(*) FROM chat_messages WHERE content = 'one'",
                    &[],
                )
                .unwrap()
                .get(0);
            if n == 1 {
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        false
    })
    .await
    .unwrap();
    assert!(committed, "the second batch ran while the first waited");
    assert_eq!(side_by_side(&store), 1);
    assert!(
        matches!(first.try_recv(), Err(TryRecvError::Empty)),
        "not answered before the batch submitted before it"
    );
    let second = store
        .submit_deferred(vec![append("a", "two", Some("k2"))])
        .await
        .unwrap();
    let resent = store
        .submit_deferred(vec![append("a", "one, resent", Some("k1"))])
        .await
        .unwrap();
    let other = store
        .submit_deferred(vec![append("b", "b one", None)])
        .await
        .unwrap();

    release.send(()).unwrap();
    let first = first.await.unwrap();
    let mut gate = gate_jobs.pop().unwrap();
    assert!(
        matches!(gate.try_recv(), Ok(Ok(_))),
        "the batch before was answered first"
    );
    tokio::task::spawn_blocking(move || thread.join().unwrap())
        .await
        .unwrap();
    let (one, dup) = message(&first);
    assert_eq!((one.seq, dup), (1, false));
    let second = second.await.unwrap();
    let (two, dup) = message(&second);
    assert_eq!((two.seq, dup), (2, false));
    let resent = resent.await.unwrap();
    let (again, dup) = message(&resent);
    assert!(dup);
    assert_eq!(
        (again.message_id, again.seq, again.content.as_str()),
        (one.message_id, 1, "one")
    );
    let other = other.await.unwrap();
    let (b, dup) = message(&other);
    assert_eq!((b.seq, dup), (1, false));
    assert_eq!(
        contents(&store, "a").await,
        vec![(1, "one".into()), (2, "two".into())]
    );
    assert_eq!(contents(&store, "b").await, vec![(1, "b one".into())]);
}

/// The rule that decides which batches may be on the server together.
#[test]
fn only_appends_to_other_sessions_go_side_by_side() {
    use super::postgres::{appended_sessions, side_by_side};
    let batch = |jobs: Vec<Vec<super::Op>>| -> Vec<super::Job> {
        jobs.into_iter()
            .map(|ops| super::Job {
                ops,
                reply: tokio::sync::oneshot::channel().0,
            })
            .collect()
    };
    let a = appended_sessions(&batch(vec![
        vec![append("a", "1", None)],
        vec![append("b", "2", None)],
    ]));
    let c = appended_sessions(&batch(vec![vec![append("c", "3", None)], vec![]]));
    let b_again = appended_sessions(&batch(vec![
        vec![append("c", "4", None)],
        vec![append("b", "5", None)],
    ]));
    let created = appended_sessions(&batch(vec![vec![super::Op::CreateSession {
        uuid: "d".into(),
        user_id: "u".into(),
        user_name: "U".into(),
        now: 1,
    }]]));
    let mixed = appended_sessions(&batch(vec![vec![
        append("e", "6", None),
        super::Op::SetSummary {
            uuid: "e".into(),
            summary: "s".into(),
        },
    ]]));
    assert!(side_by_side(a.as_ref(), c.as_ref()));
    assert!(!side_by_side(a.as_ref(), b_again.as_ref()), "b in both");
    assert!(!side_by_side(c.as_ref(), b_again.as_ref()), "c in both");
    assert!(created.is_none() && mixed.is_none());
    assert!(!side_by_side(a.as_ref(), created.as_ref()));
    assert!(!side_by_side(mixed.as_ref(), c.as_ref()));
}

const SESSIONS: usize = 60;
const PER_SESSION: usize = 24;
/// Rounds at most, until some batches went side by side.
const ROUNDS: usize = 20;

/// Many writers at once, as in production: most wait for each ack (so
/// consecutive batches name other sessions and go side by side), a few
/// send several appends of one session without waiting (so a session is
/// in consecutive batches, which must not overlap), and every fourth
/// append resends the clientMsgId before it. Every session's appends must
/// get seqs in submission order, every resend the message it repeats.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_batches_side_by_side_keep_each_sessions_order_and_duplicates() {
    let s = Scratch::new();
    let store = s.store().await;
    let uuids: Vec<&'static str> = (0..SESSIONS)
        .map(|i| &*Box::leak(format!("s{i}").into_boxed_str()))
        .collect();
    for (i, uuid) in uuids.iter().enumerate() {
        session(&store, uuid, &format!("c{i}")).await;
    }
    let mut rounds = 0;
    while rounds < ROUNDS && (rounds == 0 || side_by_side(&store) == 0) {
        let mut tasks = Vec::new();
        for (i, uuid) in uuids.iter().copied().enumerate() {
            let store = store.clone();
            let round = rounds;
            tasks.push(tokio::spawn(async move {
                // (content, clientMsgId) in submission order.
                let sent: Vec<(String, String)> = (0..PER_SESSION)
                    .map(|k| {
                        let cid = if k % 4 == 3 { k - 1 } else { k };
                        (format!("{uuid} {round}.{k}"), format!("{round}.{cid}"))
                    })
                    .collect();
                let mut results = Vec::with_capacity(sent.len());
                if i % 5 == 0 {
                    let mut pending = Vec::new();
                    for (content, cid) in &sent {
                        pending.push(
                            store
                                .submit_deferred(vec![append(uuid, content, Some(cid))])
                                .await
                                .unwrap(),
                        );
                    }
                    for p in pending {
                        results.push(p.await.unwrap());
                    }
                } else {
                    for (content, cid) in &sent {
                        results.push(store.submit(vec![append(uuid, content, Some(cid))]).await);
                    }
                }
                (uuid, results)
            }));
        }
        for t in tasks {
            let (uuid, results) = t.await.unwrap();
            let mut fresh = Vec::new();
            for (k, r) in results.iter().enumerate() {
                let (m, dup) = message(r);
                if k % 4 == 3 {
                    assert!(dup, "{uuid} {rounds}.{k}");
                    assert_eq!(m.message_id, fresh.last().map_or(0, |f: &(i64, i64)| f.0));
                } else {
                    assert!(!dup, "{uuid} {rounds}.{k}");
                    let last = fresh
                        .last()
                        .map_or((rounds * PER_SESSION * 3 / 4) as i64, |f: &(i64, i64)| f.1);
                    assert_eq!(m.seq, last + 1, "{uuid} {rounds}.{k}: seq in order");
                    assert_eq!(m.content, format!("{uuid} {rounds}.{k}"));
                    fresh.push((m.message_id, m.seq));
                }
            }
        }
        rounds += 1;
    }
    assert!(
        side_by_side(&store) > 0,
        "some batches ran side by side in {rounds} rounds"
    );
    for uuid in uuids {
        let stored = contents(&store, uuid).await;
        let want: Vec<(i64, String)> = (0..rounds)
            .flat_map(|round| {
                (0..PER_SESSION)
                    .filter(|k| k % 4 != 3)
                    .map(move |k| format!("{uuid} {round}.{k}"))
            })
            .enumerate()
            .map(|(i, c)| (i as i64 + 1, c))
            .collect();
        assert_eq!(stored, want, "{uuid}");
    }
}
