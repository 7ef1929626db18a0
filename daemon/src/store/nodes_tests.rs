//! What several daemons sharing one PostgreSQL database must never
//! break, each node a store of its own on one scratch schema: migrations
//! that race, gap-free `seq`, one message per clientMsgId, an accept that
//! happens once and never over capacity, one open session per customer,
//! and webhook events written as SQLite writes them.

use std::collections::HashMap;

use super::tests::{Scratch, accept, append, now, session, sqlite, text, waiting};
use super::{Op, OpResult, Store, StoreError, read};
use crate::args;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_migrations_are_idempotent_and_safe_to_race() {
    let s = Scratch::new();
    // Two daemons starting at once on an empty schema.
    let (a, b) = tokio::join!(s.store(), s.store());
    let versions = a
        .read(|db| {
            db.query(
                "SELECT version FROM schema_migrations ORDER BY version",
                &[],
                |r| r.get::<i64>(0),
            )
        })
        .await
        .unwrap();
    assert_eq!(
        versions,
        (1..=i64::from(super::postgres::schema::latest())).collect::<Vec<_>>()
    );
    drop((a, b));
    // And again on a migrated one: nothing to do, nothing breaks.
    let c = s.store().await;
    let n: i64 = c
        .read(|db| db.query_value("SELECT count(*) FROM schema_migrations", &[]))
        .await
        .unwrap();
    assert_eq!(n, i64::from(super::postgres::schema::latest()));
    let url = s.url.clone();
    let v = tokio::task::spawn_blocking(move || {
        let mut conn = super::postgres::connect(&super::postgres::config(&url)?)?;
        super::postgres::schema::migrate(conn.client())
    })
    .await
    .unwrap()
    .unwrap();
    assert_eq!(v, super::postgres::schema::latest());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_two_nodes_appending_leave_no_gap_in_seq() {
    let s = Scratch::new();
    let nodes = [s.store().await, s.store().await];
    let sessions = ["s0", "s1", "s2"];
    for (i, uuid) in sessions.iter().enumerate() {
        session(&nodes[0], uuid, &format!("c{i}")).await;
    }
    let mut tasks = Vec::new();
    for t in 0..20 {
        let store = nodes[t % 2].clone();
        tasks.push(tokio::spawn(async move {
            for m in 0..50 {
                let uuid = sessions[(t + m) % sessions.len()];
                let r = store
                    .submit(vec![append(uuid, &format!("t{t} m{m}"), None)])
                    .await
                    .expect("append");
                assert!(matches!(r[0], OpResult::Message { .. }));
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let mut total = 0;
    for uuid in sessions {
        let seqs: Vec<i64> = nodes[1]
            .read(move |db| read::all_messages(db, uuid))
            .await
            .unwrap()
            .iter()
            .map(|m| m.seq)
            .collect();
        let n = seqs.len() as i64;
        assert_eq!(seqs, (1..=n).collect::<Vec<_>>(), "session {uuid}");
        let row = nodes[0]
            .read(move |db| read::session_by_uuid(db, uuid))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.last_seq, n);
        total += n;
    }
    assert_eq!(total, 20 * 50);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_the_same_client_msg_id_from_two_nodes_is_stored_once() {
    let s = Scratch::new();
    let (a, b) = (s.store().await, s.store().await);
    session(&a, "d", "c").await;
    for i in 0..20 {
        let cid = format!("k{i}");
        let (ra, rb) = tokio::join!(
            a.submit(vec![append("d", "from a", Some(&cid))]),
            b.submit(vec![append("d", "from b", Some(&cid))]),
        );
        let (ma, da) = match &ra.unwrap()[0] {
            OpResult::Message { message, duplicate } => (message.clone(), *duplicate),
            other => panic!("{other:?}"),
        };
        let (mb, db) = match &rb.unwrap()[0] {
            OpResult::Message { message, duplicate } => (message.clone(), *duplicate),
            other => panic!("{other:?}"),
        };
        assert!(da != db, "exactly one duplicate for {cid}: a {da}, b {db}");
        assert_eq!(ma.message_id, mb.message_id);
        assert_eq!(ma.seq, mb.seq);
    }
    let messages = a.read(|db| read::all_messages(db, "d")).await.unwrap();
    assert_eq!(messages.len(), 20);
    assert_eq!(
        messages.iter().map(|m| m.seq).collect::<Vec<_>>(),
        (1..=20).collect::<Vec<_>>()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_ten_staff_on_two_nodes_accept_a_request_once() {
    let s = Scratch::new();
    let nodes = [s.store().await, s.store().await];
    let id = waiting(&nodes[0], "w", "c").await;
    let mut tasks = Vec::new();
    for i in 0..10 {
        let store = nodes[i % 2].clone();
        tasks.push(tokio::spawn(async move {
            store
                .submit(vec![accept(id, "w", &format!("staff{i}"))])
                .await
        }));
    }
    let mut ok = Vec::new();
    for (i, t) in tasks.into_iter().enumerate() {
        match t.await.unwrap() {
            Ok(_) => ok.push(format!("staff{i}")),
            Err(StoreError::NotPending) => {}
            Err(e) => panic!("unexpected {e:?}"),
        }
    }
    assert_eq!(ok.len(), 1, "{ok:?}");
    let row = nodes[1]
        .read(|db| read::session_by_uuid(db, "w"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.staff_id.as_ref(), ok.first());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_a_staff_member_never_goes_over_capacity_across_nodes() {
    let s = Scratch::new();
    let nodes = [s.store().await, s.store().await];
    nodes[0]
        .submit(vec![Op::SetStaffMax {
            staff_id: "busy".into(),
            max: Some(2),
            now: now(),
        }])
        .await
        .unwrap();
    let mut requests = Vec::new();
    for i in 0..5 {
        let uuid = format!("q{i}");
        requests.push((waiting(&nodes[0], &uuid, &format!("c{i}")).await, uuid));
    }
    let mut tasks = Vec::new();
    for (i, (id, uuid)) in requests.into_iter().enumerate() {
        let store = nodes[i % 2].clone();
        tasks.push(tokio::spawn(async move {
            store.submit(vec![accept(id, &uuid, "busy")]).await
        }));
    }
    let mut outcomes: HashMap<&str, usize> = HashMap::new();
    for t in tasks {
        let key = match t.await.unwrap() {
            Ok(_) => "ok",
            Err(StoreError::Conflict("staff is at capacity")) => "full",
            Err(e) => panic!("unexpected {e:?}"),
        };
        *outcomes.entry(key).or_default() += 1;
    }
    assert_eq!(outcomes.get("ok"), Some(&2), "{outcomes:?}");
    let holding: i64 = nodes[1]
        .read(|db| {
            db.query_value(
                "SELECT count(*) FROM chat_sessions WHERE staff_id = ?1 AND status = 'active'",
                args!["busy"],
            )
        })
        .await
        .unwrap();
    assert_eq!(holding, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_one_open_session_per_customer() {
    let s = Scratch::new();
    let (a, b) = (s.store().await, s.store().await);
    let op = |uuid: &str| Op::CreateSession {
        uuid: uuid.into(),
        user_id: "same".into(),
        user_name: "Same".into(),
        now: now(),
    };
    let (ra, rb) = tokio::join!(a.submit(vec![op("x1")]), b.submit(vec![op("x2")]));
    let refused = [&ra, &rb]
        .iter()
        .filter(|r| {
            matches!(
                r,
                Err(StoreError::Conflict("customer already has an open session"))
            )
        })
        .count();
    assert_eq!((ra.is_ok() as usize + rb.is_ok() as usize, refused), (1, 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_webhook_triggers_write_the_same_events_as_sqlite() {
    let s = Scratch::new();
    let pg = s.store().await;
    let (_tmp, lite) = sqlite();
    for store in [&pg, &lite] {
        store
            .submit(vec![Op::SetWebhooksEnabled { enabled: true }])
            .await
            .unwrap();
        store
            .submit(vec![Op::CreateSession {
                uuid: "h".into(),
                user_id: "c".into(),
                user_name: "C".into(),
                now: 1_709_251_200_123,
            }])
            .await
            .unwrap();
        store
            .submit(vec![
                Op::AppendMessage {
                    session_uuid: "h".into(),
                    message: text("hi", None),
                    now: 1_709_251_200_456,
                },
                Op::CloseSession {
                    uuid: "h".into(),
                    closed_by: "c".into(),
                    now: 1_709_251_201_000,
                },
                Op::Rate {
                    uuid: "h".into(),
                    rating: 4,
                    comment: Some("ok".into()),
                    now: 1_709_251_202_009,
                },
            ])
            .await
            .unwrap();
    }
    let events = |store: &Store| {
        let store = store.clone();
        async move {
            store
                .read(|db| {
                    db.query(
                        "SELECT event, data, created_at FROM webhook_outbox ORDER BY id",
                        &[],
                        |r| {
                            let data: String = r.get(1)?;
                            let data: serde_json::Value = serde_json::from_str(&data)
                                .map_err(|e| StoreError::Column(1, e.to_string()))?;
                            Ok((r.get::<String>(0)?, data, r.get::<i64>(2)?))
                        },
                    )
                })
                .await
                .unwrap()
        }
    };
    let (p, l) = (events(&pg).await, events(&lite).await);
    assert_eq!(p.len(), 4);
    assert_eq!(p, l);
    assert_eq!(p[0].1["createdAt"], "2024-03-01T00:00:00.123Z");
}
