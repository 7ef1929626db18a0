//! Store behaviour on both engines: exclusive leases, an accept that
//! happens once and never over capacity, a failing group rolled back
//! alone, reads and writes, snapshots, export and import, and PostgreSQL's
//! lost connections, collisions and retries; the helpers the other store
//! tests share. What several daemons on one database must never break is
//! in `nodes_tests.rs`. Every PostgreSQL test runs in a schema of its own
//! (see [`super::postgres::scratch`]).

use crate::ids::{TransferId, TransferStatus};

use concierge_shared::protocol::{MessageType, SenderRole, SessionStatus, SessionType, Timestamp};

use super::postgres::scratch;
use super::{NewMessage, Op, OpResult, Store, StoreError, SyncMode, read};

pub(super) fn now() -> i64 {
    Timestamp::now().millis()
}

/// A scratch schema, dropped at the end of the test.
pub(super) struct Scratch {
    pub(super) name: String,
    pub(super) url: String,
}

impl Scratch {
    pub(super) fn new() -> Scratch {
        let (name, url) = scratch::create(&scratch::base_url()).expect("create a scratch schema");
        Scratch { name, url }
    }

    pub(super) async fn store(&self) -> Store {
        let url = self.url.clone();
        tokio::task::spawn_blocking(move || Store::open_postgres(&url))
            .await
            .unwrap()
            .expect("open the PostgreSQL store")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = scratch::drop(&scratch::base_url(), &self.name);
    }
}

pub(super) fn sqlite() -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path(), SyncMode::Normal).unwrap();
    (tmp, store)
}

pub(super) fn text(content: &str, cid: Option<&str>) -> NewMessage {
    NewMessage {
        sender_id: Some("u".into()),
        sender_name: Some("U".into()),
        sender_role: SenderRole::Customer,
        message_type: MessageType::Text,
        content: content.into(),
        ai_generated: false,
        client_msg_id: cid.map(str::to_string),
    }
}

pub(super) fn append(uuid: &str, content: &str, cid: Option<&str>) -> Op {
    Op::AppendMessage {
        session_uuid: uuid.into(),
        message: text(content, cid),
        now: now(),
    }
}

pub(super) async fn session(store: &Store, uuid: &str, user: &str) {
    store
        .submit(vec![Op::CreateSession {
            uuid: uuid.into(),
            user_id: user.into(),
            user_name: user.into(),
            now: now(),
        }])
        .await
        .unwrap();
}

/// A session waiting for staff with a pending request; the request's id.
pub(super) async fn waiting(store: &Store, uuid: &str, user: &str) -> TransferId {
    session(store, uuid, user).await;
    let r = store
        .submit(vec![
            Op::SetSessionState {
                uuid: uuid.into(),
                staff_id: None,
                session_type: SessionType::Ai,
                status: SessionStatus::Waiting,
                now: now(),
            },
            Op::CreateTransfer {
                session_uuid: uuid.into(),
                customer_id: user.into(),
                customer_name: user.into(),
                reason: None,
                summary: "help".into(),
                priority: 0,
                status: TransferStatus::Pending,
                now: now(),
            },
        ])
        .await
        .unwrap();
    match r[1] {
        OpResult::TransferId(id) => id,
        ref other => panic!("{other:?}"),
    }
}

pub(super) fn accept(id: TransferId, uuid: &str, staff: &str) -> Op {
    Op::AcceptTransfer {
        id,
        session_uuid: uuid.into(),
        staff_id: staff.into(),
        default_max: 5,
        now: now(),
    }
}

fn claim(name: &str, holder: &str, ttl_ms: i64, now: i64) -> Op {
    Op::ClaimLease {
        name: name.into(),
        holder: holder.into(),
        ttl_ms,
        now,
    }
}

async fn held(store: &Store, op: Op) -> bool {
    match store.submit(vec![op]).await.unwrap()[0] {
        OpResult::Lease { held } => held,
        ref other => panic!("{other:?}"),
    }
}

// ---- both engines ----------------------------------------------------

async fn leases_are_exclusive_until_they_expire(store: Store) {
    let t = 1_000_000;
    assert!(held(&store, claim("webhooks", "a", 1_000, t)).await);
    assert!(!held(&store, claim("webhooks", "b", 1_000, t + 10)).await);
    // Renewing moves the expiry on.
    assert!(held(&store, claim("webhooks", "a", 1_000, t + 900)).await);
    assert!(!held(&store, claim("webhooks", "b", 1_000, t + 1_500)).await);
    // Another lease is independent.
    assert!(held(&store, claim("other", "b", 1_000, t + 1_500)).await);
    // Once a's time has run out, b takes it, and a no longer holds it.
    assert!(held(&store, claim("webhooks", "b", 1_000, t + 2_000)).await);
    assert!(!held(&store, claim("webhooks", "a", 1_000, t + 2_100)).await);
    // Only the holder can release.
    let release = |holder: &str| Op::ReleaseLease {
        name: "webhooks".into(),
        holder: holder.into(),
    };
    store.submit(vec![release("a")]).await.unwrap();
    assert!(!held(&store, claim("webhooks", "a", 1_000, t + 2_200)).await);
    store.submit(vec![release("b")]).await.unwrap();
    assert!(held(&store, claim("webhooks", "a", 1_000, t + 2_300)).await);
}

async fn accept_respects_pending_and_capacity(store: Store) {
    store
        .submit(vec![Op::SetStaffMax {
            staff_id: "s1".into(),
            max: Some(1),
            now: now(),
        }])
        .await
        .unwrap();
    let r1 = waiting(&store, "a1", "c1").await;
    let r2 = waiting(&store, "a2", "c2").await;
    store.submit(vec![accept(r1, "a1", "s1")]).await.unwrap();
    let row = store
        .read(|db| read::session_by_uuid(db, "a1"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.staff_id.as_deref(), Some("s1"));
    assert_eq!(
        (row.session_type, row.status),
        (SessionType::Human, SessionStatus::Active)
    );
    // Accepted once only.
    let again = store.submit(vec![accept(r1, "a1", "s2")]).await;
    assert!(matches!(again, Err(StoreError::NotPending)), "{again:?}");
    // s1 is at its max of 1.
    let full = store.submit(vec![accept(r2, "a2", "s1")]).await;
    assert!(
        matches!(full, Err(StoreError::Conflict("staff is at capacity"))),
        "{full:?}"
    );
    // A staff member without a row gets one, with the default max.
    store.submit(vec![accept(r2, "a2", "s3")]).await.unwrap();
    let staff = store.read(read::staff_rows).await.unwrap();
    assert!(staff.iter().any(|s| s.staff_id == "s3"));
    let pending = store.read(read::pending_transfers).await.unwrap();
    assert!(pending.is_empty(), "{pending:?}");
}

async fn a_failing_group_rolls_back_alone(store: Store) {
    session(&store, "g", "c").await;
    let first = store
        .submit_deferred(vec![append("g", "one", None)])
        .await
        .unwrap();
    let failing = store
        .submit_deferred(vec![
            append("g", "lost", None),
            Op::SetSessionState {
                uuid: "nope".into(),
                staff_id: None,
                session_type: SessionType::Ai,
                status: SessionStatus::Active,
                now: now(),
            },
        ])
        .await
        .unwrap();
    let third = store
        .submit_deferred(vec![append("g", "two", None)])
        .await
        .unwrap();
    assert!(first.await.unwrap().is_ok());
    assert!(matches!(
        failing.await.unwrap(),
        Err(StoreError::Conflict(_))
    ));
    assert!(third.await.unwrap().is_ok());
    let messages = store.read(|db| read::all_messages(db, "g")).await.unwrap();
    let got: Vec<(i64, &str)> = messages
        .iter()
        .map(|m| (m.seq, m.content.as_str()))
        .collect();
    assert_eq!(got, vec![(1, "one"), (2, "two")]);
}

async fn reads_and_writes_round_trip(store: Store) {
    session(&store, "r", "c").await;
    store
        .submit(vec![
            Op::TouchUser {
                id: "c".into(),
                name: "C".into(),
                role: "customer",
                email: Some("c@example.invalid".into()),
                now: now(),
            },
            append("r", "hello", Some("k1")),
            Op::UpsertStaff {
                staff_id: "s".into(),
                name: "S".into(),
                is_online: true,
                is_available: false,
                now: now(),
            },
            Op::SetAiFailures {
                uuid: "r".into(),
                failures: 2,
            },
        ])
        .await
        .unwrap();
    let dup = store.submit(vec![append("r", "again", Some("k1"))]).await;
    assert!(matches!(
        dup.unwrap()[0],
        OpResult::Message {
            duplicate: true,
            ..
        }
    ));
    let row = store
        .read(|db| read::session_by_uuid(db, "r"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.last_seq, row.ai_failures), (1, 2));
    let staff = store.read(read::staff_rows).await.unwrap();
    assert_eq!(
        staff
            .iter()
            .map(|s| (s.staff_id.as_str(), s.is_available, s.max_concurrent_chats))
            .collect::<Vec<_>>(),
        vec![("s", false, None)]
    );
    store
        .submit(vec![
            Op::CloseSession {
                uuid: "r".into(),
                closed_by: "c".into(),
                now: now(),
            },
            Op::Rate {
                uuid: "r".into(),
                rating: 5,
                comment: None,
                now: now(),
            },
        ])
        .await
        .unwrap();
    assert!(store.read(|db| read::is_rated(db, "r")).await.unwrap());
    let page = store
        .read(|db| {
            read::sessions_page(
                db,
                &read::SessionFilter {
                    user_id: Some("c".into()),
                    status: Some(SessionStatus::Closed),
                    ..Default::default()
                },
                None,
                10,
            )
        })
        .await
        .unwrap();
    assert_eq!(page.len(), 1);
}

/// Reads in one snapshot see one moment, whatever commits between them.
/// (The hub's load reads sessions, then requests: without a snapshot it
/// once paired a session from before another node's accept with the
/// request from after it, and told the customer the request was cancelled.)
async fn a_snapshot_sees_one_moment(store: Store) {
    session(&store, "first", "c1").await;
    let rt = tokio::runtime::Handle::current();
    let writer = store.clone();
    let (plain, snap) = store
        .read(move |db| {
            let count = |db: &mut super::Db<'_>| read::open_sessions(db).map(|v| v.len());
            // Without a snapshot, each read sees its own moment...
            let before = count(db)?;
            rt.block_on(session(&writer, "second", "c2"));
            let plain = (before, count(db)?);
            // ...in one, every read sees the first one's.
            let snap = db.snapshot(|db| {
                let before = count(db)?;
                rt.block_on(session(&writer, "third", "c3"));
                Ok((before, count(db)?))
            })?;
            Ok((plain, snap))
        })
        .await
        .unwrap();
    assert_eq!(plain, (1, 2));
    assert_eq!(snap, (2, 2));
    // Once it ends, the connection sees the write.
    let after = store.read(read::open_sessions).await.unwrap();
    assert_eq!(after.len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_snapshot() {
    let (_tmp, store) = sqlite();
    a_snapshot_sees_one_moment(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_snapshot() {
    let s = Scratch::new();
    a_snapshot_sees_one_moment(s.store().await).await;
}

#[tokio::test]
async fn sqlite_leases() {
    let (_tmp, store) = sqlite();
    leases_are_exclusive_until_they_expire(store).await;
}

#[tokio::test]
async fn sqlite_accept() {
    let (_tmp, store) = sqlite();
    accept_respects_pending_and_capacity(store).await;
}

#[tokio::test]
async fn sqlite_failing_group() {
    let (_tmp, store) = sqlite();
    a_failing_group_rolls_back_alone(store).await;
}

#[tokio::test]
async fn sqlite_round_trip() {
    let (_tmp, store) = sqlite();
    reads_and_writes_round_trip(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_leases() {
    let s = Scratch::new();
    leases_are_exclusive_until_they_expire(s.store().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_accept() {
    let s = Scratch::new();
    accept_respects_pending_and_capacity(s.store().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_failing_group() {
    let s = Scratch::new();
    a_failing_group_rolls_back_alone(s.store().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_round_trip() {
    let s = Scratch::new();
    reads_and_writes_round_trip(s.store().await).await;
}

// ---- export / import -------------------------------------------------

fn rows_of(dump: &[u8]) -> Vec<String> {
    // Everything but the header, which names the engine and the time.
    String::from_utf8(dump.to_vec())
        .unwrap()
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_replays_identically_between_engines() {
    use super::db::Db;
    use super::export;
    let (tmp, lite) = sqlite();
    reads_and_writes_round_trip(lite.clone()).await;
    accept_respects_pending_and_capacity(lite.clone()).await;
    leases_are_exclusive_until_they_expire(lite.clone()).await;
    lite.submit(vec![Op::SetWebhooksEnabled { enabled: true }])
        .await
        .unwrap();
    session(&lite, "late", "c9").await;
    lite.flush().await.unwrap();
    let path = tmp.path().join("concierge.db");
    let s = Scratch::new();
    let url = s.url.clone();
    let (first, second) = tokio::task::spawn_blocking(move || {
        let conn = rusqlite::Connection::open(&path).unwrap();
        let mut first = Vec::new();
        export::export(&mut Db::Sqlite(&conn), &mut first).unwrap();
        let mut pg = super::postgres::connect(&super::postgres::config(&url).unwrap()).unwrap();
        super::postgres::schema::migrate(pg.client()).unwrap();
        let summary = export::import(&mut Db::Postgres(&mut pg), &mut &first[..]).unwrap();
        assert_eq!(summary.rows as usize, rows_of(&first).len());
        // Not twice.
        let again = export::import(&mut Db::Postgres(&mut pg), &mut &first[..]);
        assert!(
            matches!(again, Err(export::ExportError::NotEmpty { .. })),
            "{again:?}"
        );
        let mut second = Vec::new();
        export::export(&mut Db::Postgres(&mut pg), &mut second).unwrap();
        (first, second)
    })
    .await
    .unwrap();
    assert!(rows_of(&first).iter().any(|l| l.contains("webhook_outbox")));
    assert_eq!(rows_of(&first), rows_of(&second));
    // The imported database works on: ids continue after the imported ones.
    let pg = s.store().await;
    session(&pg, "after", "c10").await;
    let ids: Vec<i64> = pg
        .read(|db| {
            db.query("SELECT id FROM chat_sessions ORDER BY id", &[], |r| {
                r.get(0)
            })
        })
        .await
        .unwrap();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
}

#[test]
fn a_bad_line_imports_nothing() {
    use super::db::Db;
    use super::export;
    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    super::schema::migrations().to_latest(&mut conn).unwrap();
    let header = format!(
        r#"{{"format":"concierge-export","version":1,"schemaVersion":{}}}"#,
        super::schema::LATEST
    );
    let good = r#"{"table":"users","row":{"id":"u","name":"U","role":"customer","first_seen":1,"last_seen":1}}"#;
    let bad = r#"{"table":"users","row":{"id":"v","nickname":"V"}}"#;
    let text = format!("{header}\n{good}\n{bad}\n");
    let e = export::import(&mut Db::Sqlite(&conn), &mut text.as_bytes()).unwrap_err();
    assert!(e.to_string().contains("line 3"), "{e}");
    let n: i64 = conn
        .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
    let text = format!("{header}\n{good}\n");
    export::import(&mut Db::Sqlite(&conn), &mut text.as_bytes()).unwrap();
    let e = export::import(&mut Db::Sqlite(&conn), &mut text.as_bytes()).unwrap_err();
    assert!(e.to_string().contains("not empty"), "{e}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_a_lost_connection_fails_the_batch_in_flight_and_reconnects() {
    let s = Scratch::new();
    // Our own application_name, so that only this store's sessions end.
    let url = format!("{}&application_name={}", s.url, s.name);
    let store = tokio::task::spawn_blocking(move || Store::open_postgres(&url))
        .await
        .unwrap()
        .unwrap();
    session(&store, "k", "c").await;
    store
        .submit(vec![append("k", "before", None)])
        .await
        .unwrap();
    let base = scratch::base_url();
    let name = s.name.clone();
    let killed = tokio::task::spawn_blocking(move || {
        let mut admin = postgres::Client::connect(&base, postgres::NoTls).unwrap();
        admin
            .query(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
                &[&name],
            )
            .unwrap()
            .len()
    })
    .await
    .unwrap();
    assert_eq!(
        killed,
        super::postgres::LANES + super::READERS,
        "every writer lane and every reader"
    );
    // The writer finds out on its next batch, which fails and is not
    // stored; the one after reconnects. (Each lane finds out on its own
    // next batch; one lane is enough here.)
    let lost = store.submit(vec![append("k", "lost", None)]).await;
    assert!(matches!(lost, Err(StoreError::Unavailable(_))), "{lost:?}");
    let mut stored = None;
    for _ in 0..50 {
        match store.submit(vec![append("k", "after", None)]).await {
            Ok(r) => {
                stored = Some(r);
                break;
            }
            Err(StoreError::Unavailable(_)) => {
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            Err(e) => panic!("{e:?}"),
        }
    }
    assert!(stored.is_some(), "the writer reconnected");
    // Readers reconnect too (each slot on its next use; the first read on
    // a dead slot may fail).
    let mut contents = None;
    for _ in 0..=super::READERS {
        if let Ok(m) = store.read(|db| read::all_messages(db, "k")).await {
            contents = Some(m);
            break;
        }
    }
    let contents: Vec<(i64, String)> = contents
        .expect("a reader reconnected")
        .into_iter()
        .map(|m| (m.seq, m.content))
        .collect();
    assert_eq!(
        contents,
        vec![(1, "before".to_string()), (2, "after".to_string())]
    );
}

/// The unique index, not the check before the insert, settling a race:
/// B looks for the clientMsgId before A commits, then waits on the
/// session row, then collides with A's row. B's job must start over and
/// answer with A's message, giving its seq back.
#[test]
fn pg_a_client_msg_id_collision_inside_a_transaction_answers_duplicate() {
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
        let r = super::ops::apply(&mut Db::Postgres(&mut c), &append("race", "a", Some("k")));
        a_applied.send(()).unwrap();
        a_may_commit.recv().unwrap();
        c.batch("COMMIT").unwrap();
        r.unwrap()
    });
    wait_a.recv().unwrap();
    let url = s.url.clone();
    let b = std::thread::spawn(move || {
        let mut c = connect(&url);
        c.batch("BEGIN; SAVEPOINT job").unwrap();
        let r = super::postgres::run_job(&mut c, &[append("race", "b", Some("k"))])
            .map(|mut v| v.remove(0));
        c.batch("COMMIT").unwrap();
        r.unwrap()
    });
    // Let B get past its look-up and block on the session row.
    std::thread::sleep(std::time::Duration::from_millis(300));
    commit_a.send(()).unwrap();
    let (a, b) = (a.join().unwrap(), b.join().unwrap());
    let (
        OpResult::Message {
            message: ma,
            duplicate: false,
        },
        OpResult::Message {
            message: mb,
            duplicate: true,
        },
    ) = (a, b)
    else {
        panic!("want a stored and b a duplicate");
    };
    assert_eq!(
        (mb.message_id, mb.seq, mb.content.as_str()),
        (ma.message_id, 1, "a")
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

/// A batch that fails to serialize runs again, whole, and its callers only
/// see the success. Serializable isolation makes the conflict certain: the
/// writer's snapshot predates another transaction's committed update of
/// the session row it then tries to lock.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_a_batch_that_fails_to_serialize_runs_again() {
    use std::sync::atomic::Ordering;
    let s = Scratch::new();
    let url = format!(
        "{}?options=-csearch_path%3D{}%20-cdefault_transaction_isolation%3Dserializable",
        scratch::base_url(),
        s.name
    );
    let store = tokio::task::spawn_blocking(move || Store::open_postgres(&url))
        .await
        .unwrap()
        .unwrap();
    session(&store, "ser", "c").await;
    let other_url = s.url.clone();
    let (locked, wait_locked) = std::sync::mpsc::channel();
    let (commit, may_commit) = std::sync::mpsc::channel::<()>();
    let other = std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&other_url, postgres::NoTls).unwrap();
        let mut tx = c.transaction().unwrap();
        tx.execute(
            "UPDATE chat_sessions SET summary = 'meanwhile' WHERE uuid = 'ser'",
            &[],
        )
        .unwrap();
        locked.send(()).unwrap();
        may_commit.recv().unwrap();
        tx.commit().unwrap();
    });
    tokio::task::spawn_blocking(move || wait_locked.recv().unwrap())
        .await
        .unwrap();
    let pending = store
        .submit_deferred(vec![append("ser", "hello", None)])
        .await
        .unwrap();
    // The writer's batch is now waiting for the row the other holds.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    commit.send(()).unwrap();
    let result = pending.await.unwrap();
    other.join().unwrap();
    assert!(result.is_ok(), "{result:?}");
    assert!(store.stats.retried_batches.load(Ordering::Relaxed) >= 1);
    let row = store
        .read(|db| read::session_by_uuid(db, "ser"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.last_seq, row.summary.as_deref()),
        (1, Some("meanwhile"))
    );
}
