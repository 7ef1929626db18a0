//! Decisions several nodes could race on are made by the database.

use concierge_shared::protocol::*;
use concierge_tests::Client;

use crate::harness::*;

/// Accept every offer at once from every console; the number that won.
async fn race(staff: &mut [Client], id: i64) -> usize {
    let refs: Vec<Ref> = {
        let mut v = Vec::new();
        for s in staff.iter_mut() {
            v.push(s.send(accept(id)).await);
        }
        v
    };
    let mut won = 0;
    for (s, r) in staff.iter_mut().zip(refs) {
        match s.reply(&r).await {
            Ok(_) => won += 1,
            Err(e) => assert_eq!(e.code, ErrorCode::Conflict, "{e:?}"),
        }
    }
    won
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_staff_on_three_nodes_race_and_exactly_one_wins() {
    let cluster = Cluster::start(3).await;
    let mut staff = Vec::new();
    for i in 0..10 {
        let node = &cluster.nodes[i % 3];
        staff.push(node.staff(&format!("s{i}"), &format!("Staff {i}")).await);
    }
    for node in &cluster.nodes {
        for i in 0..10 {
            node.await_staff_online(&format!("s{i}"), true).await;
        }
    }
    for round in 0..3 {
        let (mut cust, session) = cluster.nodes[round % 3]
            .customer(&format!("c{round}"), "Cust")
            .await;
        let ack: RequestStaffAck =
            serde_json::from_value(cust.request(request_staff(&session)).await.unwrap()).unwrap();
        for s in staff.iter_mut() {
            let o = offer(s).await;
            assert_eq!(o.transfer_request_id, ack.transfer_request_id);
        }
        assert_eq!(
            race(&mut staff, ack.transfer_request_id).await,
            1,
            "round {round}"
        );
        cust.expect("transfer_accepted").await;
    }
    let (total, accepted) = cluster.schema.query(|db| {
        let total: i64 = db
            .query_one(
                "SELECT count(*) FROM chat_sessions WHERE session_type = 'human'",
                &[],
            )
            .unwrap()
            .get(0);
        let accepted: i64 = db
            .query_one(
                "SELECT count(*) FROM chat_transfer_requests WHERE status = 'accepted'",
                &[],
            )
            .unwrap()
            .get(0);
        (total, accepted)
    });
    assert_eq!(total, 3, "one staff member per request");
    assert_eq!(accepted, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn capacity_holds_for_one_staff_member_on_two_nodes() {
    let cluster =
        Cluster::start_with(2, &redis(), &[("MAX_CONCURRENT_CHATS_PER_STAFF", "1")]).await;
    let (a, b) = (&cluster.nodes[0], &cluster.nodes[1]);
    // One person, two consoles, on two nodes.
    let mut on_a = a.staff("s1", "Sam").await;
    let mut on_b = b.staff("s1", "Sam").await;
    a.await_staff_online("s1", true).await;
    b.await_staff_online("s1", true).await;
    let (mut c1, s1) = a.customer("c1", "One").await;
    let (mut c2, s2) = b.customer("c2", "Two").await;
    let r1: RequestStaffAck =
        serde_json::from_value(c1.request(request_staff(&s1)).await.unwrap()).unwrap();
    let r2: RequestStaffAck =
        serde_json::from_value(c2.request(request_staff(&s2)).await.unwrap()).unwrap();
    // Each console takes a different request at the same moment.
    let x = on_a.send(accept(r1.transfer_request_id)).await;
    let y = on_b.send(accept(r2.transfer_request_id)).await;
    let results = [on_a.reply(&x).await, on_b.reply(&y).await];
    let won = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(
        won, 1,
        "max 1 chat, whatever node each accept went to: {results:?}"
    );
    let held: i64 = cluster.schema.query(|db| {
        db.query_one(
            "SELECT count(*) FROM chat_sessions WHERE staff_id = 's1' AND status = 'active'
               AND session_type = 'human'",
            &[],
        )
        .unwrap()
        .get(0)
    });
    assert_eq!(held, 1);
}

/// Two nodes lose one staff member's last sockets at the same moment and
/// cannot ask each other (Redis is away, so each counts only its own
/// sockets): both put the chat back in the queue. The database stores one
/// pending request and one system line; the other node hears "already
/// queued" and stores nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_requeueing_one_staff_members_chat_queue_it_once() {
    let port = free_port();
    let mut redis = crate::faults::redis_on(port).await;
    let url = format!("redis://127.0.0.1:{port}");
    let cluster = Cluster::start_with(2, &url, &[]).await;
    let (a, b) = (&cluster.nodes[0], &cluster.nodes[1]);
    // Sam has a console on each node; Ann stays, so the chat is queued for
    // her rather than handed back to the assistant.
    let mut sam_a = a.staff("s1", "Sam").await;
    let sam_b = b.staff("s1", "Sam").await;
    let _ann = a.staff("s2", "Ann").await;
    b.await_staff_online("s2", true).await;
    b.await_staff_online("s1", true).await;
    let (mut carol, session) = a.customer("c1", "Carol").await;
    let ack: RequestStaffAck =
        serde_json::from_value(carol.request(request_staff(&session)).await.unwrap()).unwrap();
    offer(&mut sam_a).await;
    sam_a
        .request(accept(ack.transfer_request_id))
        .await
        .unwrap();
    carol.expect("transfer_accepted").await;
    // Both nodes know Sam holds the chat.
    for node in [a, b] {
        node.await_staff("s1", "with one chat", |s| s["currentChats"] == 1)
            .await;
    }

    redis.kill().await.unwrap();
    let _ = redis.wait().await;
    tokio::join!(sam_a.close(), sam_b.close());
    // Each node took Sam offline, and with that queued the re-queue of his
    // chat to its writer.
    for node in [a, b] {
        node.await_staff_online("s1", false).await;
    }
    // A commit through each node's writer after that: both re-queues have
    // been stored or refused by then.
    let _dan = a.customer("c2", "Dan").await;
    let _eve = b.customer("c3", "Eve").await;

    let s = session.clone();
    let (pending, lines) = cluster.schema.query(move |db| {
        let pending: i64 = db
            .query_one(
                "SELECT count(*) FROM chat_transfer_requests r
                 JOIN chat_sessions s ON s.id = r.session_id
                 WHERE s.uuid = $1 AND r.status = 'pending'",
                &[&s],
            )
            .unwrap()
            .get(0);
        let lines: i64 = db
            .query_one(
                "SELECT count(*) FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
                 WHERE s.uuid = $1 AND m.content LIKE 'Sam is no longer available.%'",
                &[&s],
            )
            .unwrap()
            .get(0);
        (pending, lines)
    });
    assert_eq!((pending, lines), (1, 1), "queued once, announced once");
}
