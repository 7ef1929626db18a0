//! The data's life on both engines: a forgotten customer's webhook events
//! go with them, dead letters pause only their session, and a session has
//! one pending transfer request even when two daemons queue it at once.

use super::tests::{Scratch, now, session, sqlite, text, waiting};
use super::{Op, OpResult, Store, StoreError, outbox};
use crate::ids::TransferStatus;

async fn enable_webhooks(store: &Store) {
    store
        .submit(vec![Op::SetWebhooksEnabled { enabled: true }])
        .await
        .unwrap();
}

async fn say(store: &Store, uuid: &str, content: &str) {
    store
        .submit(vec![Op::AppendMessage {
            session_uuid: uuid.into(),
            message: text(content, None),
            now: now(),
        }])
        .await
        .unwrap();
}

/// Every outbox row's (session, data), in id order.
async fn outbox_rows(store: &Store) -> Vec<(String, String)> {
    store
        .read(|db| {
            db.query(
                "SELECT session_uuid, data FROM webhook_outbox ORDER BY id",
                &[],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
        })
        .await
        .unwrap()
}

async fn forgetting_purges_the_customers_waiting_webhooks(store: Store) {
    enable_webhooks(&store).await;
    session(&store, "ada-s", "ada").await;
    say(&store, "ada-s", "my card is 4111 1111").await;
    session(&store, "bob-s", "bob").await;
    say(&store, "bob-s", "hello from bob").await;
    // One of ada's events was delivered, one failed and waits, one is dead.
    let (events, _) = store.read(outbox::pending).await.unwrap();
    let ada: Vec<i64> = events
        .iter()
        .filter(|e| e.session_uuid == "ada-s")
        .map(|e| e.id)
        .collect();
    assert_eq!(ada.len(), 2, "{events:?}");
    store
        .submit(vec![
            Op::WebhookDelivered {
                id: ada[0],
                now: now(),
            },
            Op::WebhookFailed {
                id: ada[1],
                next_attempt_at: now() + 60_000,
                error: "HTTP 503".into(),
            },
        ])
        .await
        .unwrap();
    let r = store
        .submit(vec![Op::ForgetCustomer {
            user_id: "ada".into(),
            pseudonym: "erased-x".into(),
        }])
        .await
        .unwrap();
    match &r[0] {
        OpResult::Forgot { webhook_events, .. } => assert_eq!(*webhook_events, 1),
        other => panic!("{other:?}"),
    }
    let rows = outbox_rows(&store).await;
    assert!(rows.iter().all(|(s, _)| s == "bob-s"), "{rows:?}");
    assert!(rows.iter().any(|(_, d)| d.contains("hello from bob")));
    let id = ada[1];
    assert_eq!(
        store
            .read(move |db| outbox::still_waiting(db, id))
            .await
            .unwrap(),
        None
    );
}

async fn a_dead_letter_pauses_only_its_session(store: Store) {
    enable_webhooks(&store).await;
    session(&store, "a", "ca").await;
    say(&store, "a", "first").await;
    session(&store, "b", "cb").await;
    let (events, _) = store.read(outbox::pending).await.unwrap();
    let first_a = events
        .iter()
        .find(|e| e.session_uuid == "a")
        .unwrap()
        .clone();
    store
        .submit(vec![Op::WebhookDead {
            id: first_a.id,
            now: now(),
            error: "HTTP 400".into(),
        }])
        .await
        .unwrap();
    let (events, waiting) = store.read(outbox::pending).await.unwrap();
    assert!(events.iter().all(|e| e.session_uuid == "b"), "{events:?}");
    assert_eq!(waiting, 2, "a's message waits behind its dead letter; b's");
    let dead = store.read(|db| outbox::dead_letters(db, 10)).await.unwrap();
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].event_id, first_a.event_id);
    assert_eq!(dead[0].held, 1);
    assert_eq!(dead[0].attempts, 1);
    assert_eq!(dead[0].last_error.as_deref(), Some("HTTP 400"));
    // An unknown id, or one that is not dead, is not found and changes nothing.
    for id in ["nope".to_string(), events[0].event_id.clone()] {
        let r = store.submit(vec![Op::WebhookDrop { event_id: id }]).await;
        assert!(matches!(r, Err(StoreError::NotFound)), "{r:?}");
    }
    // Replayed: a resumes in order, from its dead letter.
    let r = store
        .submit(vec![Op::WebhookReplay {
            event_id: first_a.event_id.clone(),
        }])
        .await
        .unwrap();
    assert!(matches!(&r[0], OpResult::WebhookSession(s) if s == "a"));
    let (events, _) = store.read(outbox::pending).await.unwrap();
    let a: Vec<_> = events.iter().filter(|e| e.session_uuid == "a").collect();
    assert_eq!(a[0].id, first_a.id);
    assert_eq!((a[0].attempts, a.len()), (0, 2));
    // Dead again, then dropped: a goes on with the next event.
    store
        .submit(vec![Op::WebhookDead {
            id: first_a.id,
            now: now(),
            error: "HTTP 400".into(),
        }])
        .await
        .unwrap();
    store
        .submit(vec![Op::WebhookDrop {
            event_id: first_a.event_id.clone(),
        }])
        .await
        .unwrap();
    let (events, _) = store.read(outbox::pending).await.unwrap();
    let a: Vec<_> = events.iter().filter(|e| e.session_uuid == "a").collect();
    assert_eq!(a.len(), 1);
    assert!(a[0].data.contains("first"), "{:?}", a[0]);
    assert_eq!(store.read(outbox::dead_count).await.unwrap(), 0);
}

fn pending_op(uuid: &str) -> Op {
    Op::CreateTransfer {
        session_uuid: uuid.into(),
        customer_id: "c".into(),
        customer_name: "C".into(),
        reason: Some("again".into()),
        summary: "s".into(),
        priority: 1,
        status: TransferStatus::Pending,
        now: now(),
    }
}

async fn a_second_pending_request_is_already_queued(store: Store) {
    let first = waiting(&store, "q", "c").await;
    // The whole group is refused: no second system line either.
    let r = store
        .submit(vec![
            Op::AppendMessage {
                session_uuid: "q".into(),
                message: text("queued again", None),
                now: now(),
            },
            pending_op("q"),
        ])
        .await;
    assert!(matches!(r, Err(StoreError::AlreadyQueued)), "{r:?}");
    let (pending, last_seq): (i64, i64) = store
        .read(|db| {
            Ok((
                db.query_value(
                    "SELECT count(*) FROM chat_transfer_requests WHERE status = 'pending'",
                    &[],
                )?,
                db.query_value("SELECT last_seq FROM chat_sessions WHERE uuid = 'q'", &[])?,
            ))
        })
        .await
        .unwrap();
    assert_eq!((pending, last_seq), (1, 0));
    // Once it is resolved, the session may ask again; a failed request
    // never counts as queued.
    store
        .submit(vec![Op::ResolveTransfer {
            id: first,
            status: TransferStatus::Failed,
            staff_id: None,
            outcome: Some("nobody".into()),
            now: now(),
        }])
        .await
        .unwrap();
    let mut failed = pending_op("q");
    if let Op::CreateTransfer { status, .. } = &mut failed {
        *status = TransferStatus::Failed;
    }
    store.submit(vec![failed]).await.unwrap();
    let r = store.submit(vec![pending_op("q")]).await.unwrap();
    assert!(matches!(r[0], OpResult::TransferId(id) if id != first));
}

#[tokio::test]
async fn sqlite_forget_purges_waiting_webhooks() {
    let (_tmp, store) = sqlite();
    forgetting_purges_the_customers_waiting_webhooks(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_forget_purges_waiting_webhooks() {
    let s = Scratch::new();
    forgetting_purges_the_customers_waiting_webhooks(s.store().await).await;
}

#[tokio::test]
async fn sqlite_dead_letters() {
    let (_tmp, store) = sqlite();
    a_dead_letter_pauses_only_its_session(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_dead_letters() {
    let s = Scratch::new();
    a_dead_letter_pauses_only_its_session(s.store().await).await;
}

#[tokio::test]
async fn sqlite_one_pending_request_per_session() {
    let (_tmp, store) = sqlite();
    a_second_pending_request_is_already_queued(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_one_pending_request_per_session() {
    let s = Scratch::new();
    a_second_pending_request_is_already_queued(s.store().await).await;
}

/// Two daemons (two stores on one schema) re-queue the same chat at the
/// same moment, many times over: each time exactly one request is stored
/// and the other daemon hears "already queued".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_two_nodes_requeueing_one_chat_store_one_request() {
    let s = Scratch::new();
    let (a, b) = (s.store().await, s.store().await);
    for round in 0..20 {
        let uuid = format!("r{round}");
        session(&a, &uuid, &format!("c{round}")).await;
        let (ra, rb) = tokio::join!(
            a.submit(vec![pending_op(&uuid)]),
            b.submit(vec![pending_op(&uuid)])
        );
        let stored = [&ra, &rb].iter().filter(|r| r.is_ok()).count();
        let queued = [&ra, &rb]
            .iter()
            .filter(|r| matches!(r, Err(StoreError::AlreadyQueued)))
            .count();
        assert_eq!((stored, queued), (1, 1), "round {round}: {ra:?} {rb:?}");
    }
    let pending: i64 = a
        .read(|db| {
            db.query_value(
                "SELECT count(*) FROM chat_transfer_requests WHERE status = 'pending'",
                &[],
            )
        })
        .await
        .unwrap();
    assert_eq!(pending, 20);
}

/// A database from before the index, holding two pending requests for one
/// session, migrates: the older stays pending, the newer is cancelled.
#[test]
fn the_migration_keeps_the_oldest_of_duplicate_pending_requests() {
    let mut c = rusqlite::Connection::open_in_memory().unwrap();
    super::schema::migrations().to_version(&mut c, 3).unwrap();
    c.execute_batch(
        "INSERT INTO chat_sessions (id, uuid, user_id, user_name, session_type, status,
           created_at, updated_at, last_activity) VALUES (1, 'd', 'c', 'C', 'ai', 'waiting', 1, 1, 1);
         INSERT INTO chat_transfer_requests (id, session_id, customer_id, customer_name, summary,
           status, created_at) VALUES (1, 1, 'c', 'C', 's', 'pending', 10),
                                      (2, 1, 'c', 'C', 's', 'pending', 20);",
    )
    .unwrap();
    super::schema::migrations().to_latest(&mut c).unwrap();
    let rows: Vec<(i64, String)> = c
        .prepare("SELECT id, status FROM chat_transfer_requests ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows, vec![(1, "pending".into()), (2, "cancelled".into())]);
}

async fn only_the_lease_holder_stores_a_reply(store: Store) {
    session(&store, "r", "c").await;
    let t = now();
    let claim = |holder: &str, at: i64| Op::ClaimLease {
        name: "reply:r".into(),
        holder: holder.into(),
        ttl_ms: 1_000,
        now: at,
    };
    let holds = |holder: &str, at: i64| Op::HoldsLease {
        name: "reply:r".into(),
        holder: holder.into(),
        now: at,
    };
    store.submit(vec![claim("a", t)]).await.unwrap();
    // b is refused, and what it wrote with the check is not stored.
    let r = store
        .submit(vec![
            holds("b", t + 10),
            super::tests::append("r", "from b", None),
        ])
        .await;
    assert!(matches!(r, Err(StoreError::Conflict(_))), "{r:?}");
    // a's lease ran out and b took it: a's late reply is refused too.
    let r = store.submit(vec![claim("b", t + 2_000)]).await.unwrap();
    assert!(matches!(r[0], OpResult::Lease { held: true }));
    let r = store
        .submit(vec![
            holds("a", t + 2_010),
            super::tests::append("r", "from a", None),
        ])
        .await;
    assert!(matches!(r, Err(StoreError::Conflict(_))), "{r:?}");
    store
        .submit(vec![
            holds("b", t + 2_020),
            super::tests::append("r", "from b", None),
        ])
        .await
        .unwrap();
    let last_seq: i64 = store
        .read(|db| db.query_value("SELECT last_seq FROM chat_sessions WHERE uuid = 'r'", &[]))
        .await
        .unwrap();
    assert_eq!(last_seq, 1, "one reply stored");
}

#[tokio::test]
async fn sqlite_only_the_lease_holder_stores() {
    let (_tmp, store) = sqlite();
    only_the_lease_holder_stores_a_reply(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_only_the_lease_holder_stores() {
    let s = Scratch::new();
    only_the_lease_holder_stores_a_reply(s.store().await).await;
}
