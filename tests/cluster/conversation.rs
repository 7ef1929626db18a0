//! A customer on one node and staff on another, through a whole
//! conversation.

use concierge_shared::protocol::*;

use crate::harness::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn customer_on_a_and_staff_on_b_through_a_whole_conversation() {
    let cluster = Cluster::start(3).await;
    let (a, b, c) = (&cluster.nodes[0], &cluster.nodes[1], &cluster.nodes[2]);

    let mut sam = b.staff("s1", "Sam").await;
    // Presence is cluster-wide: every node sees Sam online.
    a.await_staff_online("s1", true).await;
    c.await_staff_online("s1", true).await;

    let (mut carol, session) = a.customer("c1", "Carol").await;
    carol
        .request(send(
            &session,
            "my order 1042 arrived broken, what should I do?",
        ))
        .await
        .unwrap();
    carol.expect("ai_message").await;
    let ack: RequestStaffAck =
        serde_json::from_value(carol.request(request_staff(&session)).await.unwrap()).unwrap();
    assert_eq!(
        ack.queue_position, 1,
        "Sam (on another node) counts as online"
    );

    // The offer crosses nodes, with the hand-off summary.
    let o = offer(&mut sam).await;
    assert_eq!(o.transfer_request_id, ack.transfer_request_id);
    assert_eq!(o.customer_name, "Carol");
    assert!(!o.summary.is_empty());

    sam.request(accept(o.transfer_request_id)).await.unwrap();
    let ServerEvent::StaffChatJoined(j) = sam.expect("staff_chat_joined").await.event else {
        unreachable!()
    };
    assert!(
        j.history
            .iter()
            .any(|m| m.content.contains("arrived broken"))
    );
    let ServerEvent::TransferAccepted(ta) = carol.expect("transfer_accepted").await.event else {
        unreachable!()
    };
    assert_eq!(ta.staff_id, "s1");

    // Typing crosses both ways.
    sam.request(ClientEvent::TypingStart(SessionRef {
        session_uuid: session.clone(),
    }))
    .await
    .unwrap();
    let ServerEvent::UserTyping(t) = carol.expect("user_typing").await.event else {
        unreachable!()
    };
    assert_eq!(t.user_id, "s1");
    carol
        .request(ClientEvent::TypingStart(SessionRef {
            session_uuid: session.clone(),
        }))
        .await
        .unwrap();
    sam.expect("user_typing").await;

    // Messages cross both ways, in seq order.
    let sent: SendMessageAck = serde_json::from_value(
        sam.request(send(&session, "Hi Carol, Sam here"))
            .await
            .unwrap(),
    )
    .unwrap();
    let got = messages_until(&mut carol, "Hi Carol, Sam here").await;
    assert_eq!(got.last().unwrap().0, sent.seq);
    carol.request(send(&session, "Thanks Sam")).await.unwrap();
    messages_until(&mut sam, "Thanks Sam").await;

    // A read receipt crosses.
    sam.request(ClientEvent::MarkRead(MarkRead {
        session_uuid: session.clone(),
        message_id: sent.message_id,
    }))
    .await
    .unwrap();
    let ServerEvent::MessageRead(r) = carol.expect("message_read").await.event else {
        unreachable!()
    };
    assert_eq!((r.read_by.as_str(), r.message_id), ("s1", sent.message_id));

    // Closing on B reaches A.
    sam.request(ClientEvent::CloseSession(SessionRef {
        session_uuid: session.clone(),
    }))
    .await
    .unwrap();
    let ServerEvent::SessionClosed(sc) = carol.expect("session_closed").await.event else {
        unreachable!()
    };
    assert_eq!(sc.closed_by, "s1");

    // What the database holds: seq 1..N without gaps, one accept.
    let s = session.clone();
    let (seqs, accepted) = cluster.schema.query(move |db| {
        let seqs: Vec<i64> = db
            .query(
                "SELECT m.seq FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
                 WHERE s.uuid = $1 ORDER BY m.seq",
                &[&s],
            )
            .unwrap()
            .iter()
            .map(|r| r.get::<_, i64>(0))
            .collect();
        let accepted: i64 = db
            .query_one(
                "SELECT count(*) FROM chat_transfer_requests WHERE status = 'accepted'",
                &[],
            )
            .unwrap()
            .get(0);
        (seqs, accepted)
    });
    assert_eq!(seqs, (1..=seqs.len() as i64).collect::<Vec<_>>());
    assert_eq!(accepted, 1);

    // Each node counts the news it sent and received.
    for node in &cluster.nodes[..2] {
        let text = reqwest::get(node.http("/metrics"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let value = |name: &str| -> u64 {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{name} ")))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or_else(|| panic!("{name} missing from /metrics on {}", node.name))
        };
        assert!(value("concierge_cluster_events_published_total") > 0);
        assert!(value("concierge_cluster_events_received_total") > 0);
        assert_eq!(value("concierge_cluster_redis_subscribed"), 1);
    }
}

/// The assistant's reply runs on the node that took the customer's line;
/// the customer's second socket, on another node, sees it stream too
/// (deltas cross the bus as droppable news), then the stored reply.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_socket_on_another_node_sees_the_reply_stream() {
    let cluster = Cluster::start(2).await;
    let (a, b) = (&cluster.nodes[0], &cluster.nodes[1]);
    let (mut on_a, session) = a.customer("c1", "Carol").await;
    // B may not have heard of the session yet: it then closes the socket
    // and the client comes back, as a real one would.
    let second = concierge_tests::eventually(async || {
        b.connect("c1", "Carol", Role::Customer)
            .await
            .try_into_customer()
            .await
    });
    let (mut on_b, again) = second.await.expect("a second socket on node B");
    assert_eq!(again, session, "one session, two sockets");
    on_a.request(send(&session, "what is your returns policy?"))
        .await
        .unwrap();
    let mut stream: Option<String> = None;
    let mut text = String::new();
    let (deltas, reply) = {
        let mut deltas = 0;
        loop {
            let f = on_b
                .expect_where(|f| {
                    matches!(
                        &f.event,
                        ServerEvent::AiMessageDelta(_) | ServerEvent::AiMessage(_)
                    )
                })
                .await;
            match f.event {
                ServerEvent::AiMessageDelta(d) => {
                    assert_eq!(d.session_uuid, session);
                    assert_eq!(stream.get_or_insert(d.stream_id.clone()), &d.stream_id);
                    text.push_str(&d.delta);
                    deltas += 1;
                }
                ServerEvent::AiMessage(m) => break (deltas, m),
                _ => unreachable!(),
            }
        }
    };
    assert!(deltas > 0, "no delta reached the other node");
    assert_eq!(reply.stream_id, stream, "the stored reply ends the stream");
    assert_eq!(
        reply.message.content, text,
        "the deltas add up to the reply"
    );
    // The node that ran the reply streamed the same to its own socket.
    let mut local = String::new();
    loop {
        let f = on_a
            .expect_where(|f| {
                matches!(
                    &f.event,
                    ServerEvent::AiMessageDelta(_) | ServerEvent::AiMessage(_)
                )
            })
            .await;
        match f.event {
            ServerEvent::AiMessageDelta(d) => local.push_str(&d.delta),
            ServerEvent::AiMessage(m) => {
                assert_eq!(m.message.message_id, reply.message.message_id);
                break;
            }
            _ => unreachable!(),
        }
    }
    assert_eq!(local, text);
}
