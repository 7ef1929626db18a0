//! Losing Redis for a while, and losing a node.

use std::process::Stdio;
use std::time::Duration;

use concierge_shared::protocol::*;
use concierge_tests::Client;

use crate::harness::*;

/// A Redis of this test's own, so restarting it disturbs no other test.
pub(crate) async fn redis_on(port: u16) -> tokio::process::Child {
    let child = tokio::process::Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("redis-server (installed on the project's machines)");
    concierge_tests::eventually(async || {
        tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .ok()
            .map(drop)
    })
    .await
    .unwrap_or_else(|| panic!("redis-server did not start on {port}"));
    child
}

/// Customer on A and Sam on B in a human chat.
async fn chatting(cluster: &Cluster, a: usize, b: usize) -> (Client, Client, String) {
    let mut sam = cluster.nodes[b].staff("s1", "Sam").await;
    cluster.nodes[a].await_staff_online("s1", true).await;
    let (mut carol, session) = cluster.nodes[a].customer("c1", "Carol").await;
    let ack: RequestStaffAck =
        serde_json::from_value(carol.request(request_staff(&session)).await.unwrap()).unwrap();
    offer(&mut sam).await;
    sam.request(accept(ack.transfer_request_id)).await.unwrap();
    sam.expect("staff_chat_joined").await;
    carol.expect("transfer_accepted").await;
    (carol, sam, session)
}

/// Seqs strictly one apart: nothing missing, nothing twice.
fn assert_consecutive(got: &[(i64, String)]) {
    for w in got.windows(2) {
        assert_eq!(w[1].0, w[0].0 + 1, "gap or duplicate in {got:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_restarted_mid_conversation_loses_and_doubles_nothing() {
    let port = free_port();
    let mut redis = redis_on(port).await;
    let url = format!("redis://127.0.0.1:{port}");
    let cluster = Cluster::start_with(2, &url, &[]).await;
    let (mut carol, mut sam, session) = chatting(&cluster, 0, 1).await;
    sam.request(send(&session, "before")).await.unwrap();
    messages_until(&mut carol, "before").await;

    redis.kill().await.unwrap();
    let _ = redis.wait().await;
    // Both sides keep writing while Redis is away: each write is acked, so
    // each is stored.
    for i in 0..5 {
        sam.request(send(&session, &format!("sam during {i}")))
            .await
            .unwrap();
        carol
            .request(send(&session, &format!("carol during {i}")))
            .await
            .unwrap();
    }
    let _redis = redis_on(port).await;
    // Once the nodes notice Redis is back they re-read the database; then
    // live news flows again.
    tokio::time::sleep(Duration::from_secs(3)).await;
    sam.request(send(&session, "after")).await.unwrap();
    carol.request(send(&session, "carol after")).await.unwrap();

    for (who, client) in [("carol", &mut carol), ("sam", &mut sam)] {
        let mut got = messages_until(client, "after").await;
        // Own lines reach the sender at once; the other side's may arrive
        // later but never twice and never out of order.
        got.extend(messages_until(client, "carol after").await);
        assert_consecutive(&got);
        for i in 0..5 {
            for line in [format!("sam during {i}"), format!("carol during {i}")] {
                let n = got.iter().filter(|(_, c)| *c == line).count();
                assert_eq!(n, 1, "{who} saw {line:?} {n} times: {got:?}");
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_killed_with_sigkill_its_customer_resumes_on_another() {
    let mut cluster = Cluster::start(3).await;
    let (mut carol, mut sam, session) = chatting(&cluster, 0, 2).await;
    let mut last_seq = 0;
    for i in 0..3 {
        let ack: SendMessageAck = serde_json::from_value(
            carol
                .request(send(&session, &format!("line {i}")))
                .await
                .unwrap(),
        )
        .unwrap();
        last_seq = ack.seq;
    }
    messages_until(&mut sam, "line 2").await;

    cluster.nodes[0].kill().await;
    drop(carol);
    let while_away: SendMessageAck = serde_json::from_value(
        sam.request(send(&session, "are you still there?"))
            .await
            .unwrap(),
    )
    .unwrap();

    // The customer's client reconnects to another node and resumes.
    let url = format!(
        "{}&sessionUuid={session}&lastSeq={last_seq}",
        cluster.nodes[1].ws("c1", "Carol", Role::Customer)
    );
    let mut carol = Client::connect(&url).await;
    carol.expect("connected").await;
    let ServerEvent::ChatSessionRestored(r) = carol.expect("chat_session_restored").await.event
    else {
        unreachable!()
    };
    assert_eq!(r.session_uuid, session);
    assert_eq!(r.staff_id.as_deref(), Some("s1"));
    assert_eq!(r.session_type, SessionType::Human);
    let missed: Vec<i64> = r.history.iter().map(|m| m.seq).collect();
    assert_eq!(
        missed,
        ((last_seq + 1)..=while_away.seq).collect::<Vec<_>>(),
        "exactly what was missed"
    );
    carol.request(send(&session, "back now")).await.unwrap();
    messages_until(&mut sam, "back now").await;
    sam.request(send(&session, "welcome back")).await.unwrap();
    messages_until(&mut carol, "welcome back").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_whose_node_dies_reconnect_elsewhere_and_keep_their_chats() {
    let mut cluster = Cluster::start(3).await;
    let (mut carol, sam, session) = chatting(&cluster, 2, 0).await;
    cluster.nodes[0].kill().await;
    drop(sam);
    // The console reconnects through the load balancer to another node.
    let mut sam = cluster.nodes[1].connect("s1", "Sam", Role::Staff).await;
    sam.expect("connected").await;
    let ServerEvent::StaffData(data) = sam.expect("staff_data").await.event else {
        unreachable!()
    };
    assert!(
        data.active_sessions
            .iter()
            .any(|s| s.session_uuid == session),
        "the chat stays with Sam: {data:?}"
    );
    carol.request(send(&session, "hello again")).await.unwrap();
    messages_until(&mut sam, "hello again").await;
    sam.request(send(&session, "still here")).await.unwrap();
    messages_until(&mut carol, "still here").await;
    // Nothing went back to the queue.
    let requeued: i64 = cluster.schema.query(|db| {
        db.query_one("SELECT count(*) FROM chat_transfer_requests", &[])
            .unwrap()
            .get(0)
    });
    assert_eq!(requeued, 1, "only the customer's own request");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_customer_is_never_given_two_open_sessions_even_without_redis() {
    let port = free_port();
    let mut redis = redis_on(port).await;
    let url = format!("redis://127.0.0.1:{port}");
    let cluster = Cluster::start_with(2, &url, &[]).await;
    redis.kill().await.unwrap();
    let _ = redis.wait().await;
    // Node A opens the session; node B never hears of it.
    let (_on_a, session) = cluster.nodes[0].customer("c1", "Carol").await;
    // A second tab lands on node B: the database refuses a second open
    // session, and B sends the tab away to reconnect.
    let mut on_b = cluster.nodes[1]
        .connect("c1", "Carol", Role::Customer)
        .await;
    on_b.expect("connected").await;
    assert!(on_b.closed_within(concierge_tests::WAIT).await);
    // On reconnect, B has re-read the database and restores the session.
    let (mut again, restored) = cluster.nodes[1].customer("c1", "Carol").await;
    assert_eq!(restored, session);
    again.request(send(&session, "one session")).await.unwrap();
    let open: i64 = cluster.schema.query(|db| {
        db.query_one(
            "SELECT count(*) FROM chat_sessions WHERE status != 'closed'",
            &[],
        )
        .unwrap()
        .get(0)
    });
    assert_eq!(open, 1);
}

/// An accept made on another node while Redis is away reaches the
/// customer as `transfer_accepted` once Redis is back: the nodes' re-read
/// replays what their sockets missed as events, not only the system line.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_accept_made_while_redis_was_away_is_replayed_as_an_event() {
    let port = free_port();
    let mut redis = redis_on(port).await;
    let url = format!("redis://127.0.0.1:{port}");
    let cluster = Cluster::start_with(2, &url, &[]).await;
    let (a, b) = (&cluster.nodes[0], &cluster.nodes[1]);
    let mut sam = b.staff("s1", "Sam").await;
    a.await_staff_online("s1", true).await;
    let (mut carol, session) = a.customer("c1", "Carol").await;
    let ack: RequestStaffAck =
        serde_json::from_value(carol.request(request_staff(&session)).await.unwrap()).unwrap();
    let o = offer(&mut sam).await;
    assert_eq!(o.transfer_request_id, ack.transfer_request_id);

    redis.kill().await.unwrap();
    let _ = redis.wait().await;
    // Stored by the database; the news of it is lost with Redis.
    sam.request(accept(o.transfer_request_id)).await.unwrap();
    sam.expect("staff_chat_joined").await;
    let _redis = redis_on(port).await;

    let ServerEvent::TransferAccepted(t) = carol.expect("transfer_accepted").await.event else {
        unreachable!()
    };
    assert_eq!(
        (
            t.session_uuid.as_str(),
            t.staff_id.as_str(),
            t.staff_name.as_str()
        ),
        (session.as_str(), "s1", "Sam")
    );
    // And the conversation goes on across the nodes.
    sam.request(send(&session, "Sam here")).await.unwrap();
    messages_until(&mut carol, "Sam here").await;
}

/// A request that failed on another node while Redis was away (its only
/// staff member declined there) reaches the customer as `transfer_failed`
/// once Redis is back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_that_failed_while_redis_was_away_is_replayed_as_an_event() {
    let port = free_port();
    let mut redis = redis_on(port).await;
    let url = format!("redis://127.0.0.1:{port}");
    let cluster = Cluster::start_with(2, &url, &[]).await;
    let (a, b) = (&cluster.nodes[0], &cluster.nodes[1]);
    let mut sam = b.staff("s1", "Sam").await;
    a.await_staff_online("s1", true).await;
    let (mut carol, session) = a.customer("c1", "Carol").await;
    carol.request(request_staff(&session)).await.unwrap();
    let o = offer(&mut sam).await;

    redis.kill().await.unwrap();
    let _ = redis.wait().await;
    sam.request(ClientEvent::DeclineTransfer(DeclineTransfer {
        transfer_request_id: o.transfer_request_id,
        reason: Some("busy".into()),
    }))
    .await
    .unwrap();
    // The only one who could take it declined: it failed, in the database.
    let id = o.transfer_request_id;
    let status = concierge_tests::eventually(async || {
        let status: String = cluster.schema.query(move |db| {
            db.query_one(
                "SELECT status FROM chat_transfer_requests WHERE id = $1",
                &[&id],
            )
            .unwrap()
            .get(0)
        });
        (status != "pending").then_some(status)
    })
    .await;
    assert_eq!(status.as_deref(), Some("failed"));
    let _redis = redis_on(port).await;

    let ServerEvent::TransferFailed(f) = carol.expect("transfer_failed").await.event else {
        unreachable!()
    };
    assert_eq!(f.session_uuid, session);
    assert!(!f.reason.is_empty());
}
