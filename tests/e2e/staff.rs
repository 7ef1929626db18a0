//! The human side: presence, queue, offers, accept/decline, capacity,
//! typing, read receipts, closing, idle timeout, restart.

use std::time::Duration;

use concierge_shared::protocol::*;
use concierge_tests::{Client, TestDaemon};

fn request(session: &str, reason: Option<&str>) -> ClientEvent {
    ClientEvent::RequestStaff(RequestStaff {
        session_uuid: session.into(),
        reason: reason.map(str::to_string),
    })
}

fn send(session: &str, content: &str) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: content.into(),
        message_type: None,
        client_msg_id: None,
    })
}

fn accept(id: i64) -> ClientEvent {
    ClientEvent::AcceptTransfer(AcceptTransfer {
        transfer_request_id: id,
    })
}

async fn offer(staff: &mut Client) -> TransferOffer {
    match staff.expect("new_transfer_request").await.event {
        ServerEvent::NewTransferRequest(o) => o,
        _ => unreachable!(),
    }
}

/// Customer asks for a person; returns the request id from the ack.
async fn ask(c: &mut Client, session: &str) -> RequestStaffAck {
    serde_json::from_value(
        c.request(request(session, Some("wants a refund")))
            .await
            .unwrap(),
    )
    .unwrap()
}

#[tokio::test]
async fn offer_accept_chat_and_close() {
    let d = TestDaemon::start().await;
    let mut sam = d.staff("s1", "Sam").await;
    let mut kim = d.staff("s2", "Kim").await;
    let (mut carol, session) = d.customer("c1", "Carol").await;
    carol
        .request(send(
            &session,
            "my order 1042 arrived broken, what should I do?",
        ))
        .await
        .unwrap();
    carol.expect("ai_message").await; // the assistant answered
    let ack = ask(&mut carol, &session).await;
    assert_eq!(ack.queue_position, 1);
    let ServerEvent::TransferRequested(tr) = carol.expect("transfer_requested").await.event else {
        unreachable!()
    };
    assert_eq!(
        (tr.transfer_request_id, tr.queue_position),
        (ack.transfer_request_id, 1)
    );
    let sys = carol
        .expect_where(|f| matches!(&f.event, ServerEvent::NewMessage(m) if m.sender_role == SenderRole::System))
        .await;
    let ServerEvent::NewMessage(sys) = sys.event else {
        unreachable!()
    };
    assert_eq!(sys.message_type, MessageType::System);

    let o = offer(&mut sam).await;
    assert_eq!(o.transfer_request_id, ack.transfer_request_id);
    assert_eq!(o.customer_name, "Carol");
    assert_eq!(o.reason.as_deref(), Some("wants a refund"));
    assert!(
        !o.summary.is_empty(),
        "staff see a summary before accepting"
    );
    assert_eq!(
        offer(&mut kim).await.transfer_request_id,
        ack.transfer_request_id
    );

    let joined: AcceptTransferAck =
        serde_json::from_value(sam.request(accept(o.transfer_request_id)).await.unwrap()).unwrap();
    assert_eq!(joined.session_uuid, session);
    let ServerEvent::StaffChatJoined(j) = sam.expect("staff_chat_joined").await.event else {
        unreachable!()
    };
    assert!(
        j.history
            .iter()
            .any(|m| m.content.contains("arrived broken"))
    );
    assert!(!j.summary.is_empty());
    let ServerEvent::WorkloadUpdated(w) = sam.expect("workload_updated").await.event else {
        unreachable!()
    };
    assert_eq!(w.current_chats, 1);
    let ServerEvent::TransferAccepted(ta) = carol.expect("transfer_accepted").await.event else {
        unreachable!()
    };
    assert_eq!(
        (ta.staff_id.as_str(), ta.staff_name.as_str()),
        ("s1", "Sam")
    );
    let ServerEvent::TransferTaken(tt) = kim.expect("transfer_taken").await.event else {
        unreachable!()
    };
    assert_eq!(tt.staff_id, "s1");
    // a second accept loses
    assert_eq!(
        kim.request(accept(o.transfer_request_id))
            .await
            .unwrap_err()
            .code,
        ErrorCode::Conflict
    );

    // both ways; the assistant stays silent now
    carol.request(send(&session, "hello Sam")).await.unwrap();
    let m = sam
        .expect_where(
            |f| matches!(&f.event, ServerEvent::NewMessage(m) if m.content == "hello Sam"),
        )
        .await;
    assert!(matches!(m.event, ServerEvent::NewMessage(_)));
    sam.request(send(&session, "Hi Carol, I'm on it"))
        .await
        .unwrap();
    carol.expect_where(|f| matches!(&f.event, ServerEvent::NewMessage(m) if m.sender_role == SenderRole::Staff)).await;
    carol
        .expect_none("ai_message", Duration::from_millis(400))
        .await;
    // another staff member may read but not write
    assert_eq!(
        kim.request(send(&session, "me too"))
            .await
            .unwrap_err()
            .code,
        ErrorCode::Forbidden
    );
    let page = kim
        .request(ClientEvent::GetHistory(GetHistory {
            session_uuid: session.clone(),
            before_seq: None,
            limit: None,
        }))
        .await
        .unwrap();
    assert!(page["messages"].as_array().is_some_and(|m| !m.is_empty()));

    // staff closes: both hear it, capacity is freed, the customer may rate
    sam.request(ClientEvent::CloseSession(SessionRef {
        session_uuid: session.clone(),
    }))
    .await
    .unwrap();
    carol.expect("session_closed").await;
    sam.expect("session_closed").await;
    let ServerEvent::WorkloadUpdated(w) = sam.expect("workload_updated").await.event else {
        unreachable!()
    };
    assert_eq!(w.current_chats, 0);
    carol
        .request(ClientEvent::RateSession(RateSession {
            session_uuid: session.clone(),
            rating: 5,
            comment: None,
        }))
        .await
        .unwrap();
    let staff_of: Option<String> = d
        .db()
        .query_row(
            "SELECT staff_id FROM chat_sessions WHERE uuid = ?1",
            [&session],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(staff_of.as_deref(), Some("s1"));
}

#[tokio::test]
async fn decline_reoffers_and_declined_by_all_fails_back_to_the_assistant() {
    let d = TestDaemon::start().await;
    let mut a = d.staff("a", "Ann").await;
    let mut b = d.staff("b", "Ben").await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    let ack = ask(&mut c, &session).await;
    let id = ack.transfer_request_id;
    offer(&mut a).await;
    offer(&mut b).await;
    a.request(ClientEvent::DeclineTransfer(DeclineTransfer {
        transfer_request_id: id,
        reason: Some("lunch".into()),
    }))
    .await
    .unwrap();
    let again = offer(&mut b).await;
    assert_eq!(again.declined_by, vec!["a".to_string()]);
    b.request(ClientEvent::DeclineTransfer(DeclineTransfer {
        transfer_request_id: id,
        reason: None,
    }))
    .await
    .unwrap();
    let ServerEvent::TransferFailed(f) = c.expect("transfer_failed").await.event else {
        unreachable!()
    };
    assert!(!f.reason.is_empty());
    a.expect("transfer_cancelled").await;
    // the assistant keeps helping
    c.request(send(&session, "ok, what about shipping times?"))
        .await
        .unwrap();
    c.expect("ai_message").await;
    let declines: i64 = d
        .db()
        .query_row("SELECT count(*) FROM transfer_declines", [], |r| r.get(0))
        .unwrap();
    assert_eq!(declines, 2);
}

#[tokio::test]
async fn an_unanswered_offer_is_reoffered_to_everyone() {
    let d = TestDaemon::start_with(|c| c.offer_timeout = Duration::from_millis(300)).await;
    let mut a = d.staff("a", "Ann").await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    ask(&mut c, &session).await;
    let first = offer(&mut a).await;
    assert!(!first.reoffered);
    let again = offer(&mut a).await;
    assert!(again.reoffered);
    assert_eq!(again.transfer_request_id, first.transfer_request_id);
}

#[tokio::test]
async fn nobody_online_fails_at_once_and_the_assistant_keeps_helping() {
    let d = TestDaemon::start().await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    let ack = ask(&mut c, &session).await;
    assert_eq!(ack.queue_position, 0);
    let ServerEvent::TransferFailed(f) = c.expect("transfer_failed").await.event else {
        unreachable!()
    };
    assert!(f.reason.to_lowercase().contains("online"));
    c.request(send(&session, "then tell me about returns"))
        .await
        .unwrap();
    c.expect("ai_message").await;
}

#[tokio::test]
async fn staff_going_offline_puts_their_chats_back_at_the_front() {
    let d = TestDaemon::start().await;
    let mut a = d.staff("a", "Ann").await;
    let mut b = d.staff("b", "Ben").await;
    b.request(ClientEvent::StaffStatusChange(StaffStatusChange {
        is_online: None,
        is_available: Some(false),
    }))
    .await
    .unwrap();
    let (mut c1, s1) = d.customer("c1", "First").await;
    let (mut c2, s2) = d.customer("c2", "Second").await;
    let r1 = ask(&mut c1, &s1).await.transfer_request_id;
    offer(&mut a).await;
    a.request(accept(r1)).await.unwrap();
    let r2 = ask(&mut c2, &s2).await;
    assert_eq!(r2.queue_position, 1);
    b.request(ClientEvent::StaffStatusChange(StaffStatusChange {
        is_online: None,
        is_available: Some(true),
    }))
    .await
    .unwrap();
    a.close().await; // Ann's console goes away
    let ServerEvent::StaffOffline(off) = b.expect("staff_offline").await.event else {
        unreachable!()
    };
    assert_eq!(off.staff_id, "a");
    // Carol-1 is back at the front, ahead of c2
    let ServerEvent::TransferRequested(tr) = c1.expect("transfer_requested").await.event else {
        unreachable!()
    };
    assert_eq!(tr.queue_position, 1);
    c1.expect_where(|f| matches!(&f.event, ServerEvent::NewMessage(m) if m.sender_role == SenderRole::System && m.content.contains("Ann"))).await;
    let ServerEvent::QueueUpdate(q) = c2.expect("queue_update").await.event else {
        unreachable!()
    };
    assert_eq!(q.queue_position, 2);
    let o = b
        .expect_where(
            |f| matches!(&f.event, ServerEvent::NewTransferRequest(o) if o.session_uuid == s1),
        )
        .await;
    assert!(matches!(o.event, ServerEvent::NewTransferRequest(_)));
}

#[tokio::test]
async fn a_staff_member_at_capacity_is_not_offered_and_cannot_accept() {
    let d = TestDaemon::start_with(|c| c.max_concurrent_chats = 1).await;
    let mut a = d.staff("a", "Ann").await;
    let mut b = d.staff("b", "Ben").await;
    let (mut c1, s1) = d.customer("c1", "One").await;
    let r1 = ask(&mut c1, &s1).await.transfer_request_id;
    offer(&mut a).await;
    a.request(accept(r1)).await.unwrap();
    let (mut c2, s2) = d.customer("c2", "Two").await;
    let r2 = ask(&mut c2, &s2).await.transfer_request_id;
    let o = b.expect_where(|f| matches!(&f.event, ServerEvent::NewTransferRequest(o) if o.transfer_request_id == r2)).await;
    assert!(matches!(o.event, ServerEvent::NewTransferRequest(_)));
    a.expect_none("new_transfer_request", Duration::from_millis(400))
        .await;
    let e = a.request(accept(r2)).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(e.message.contains("maximum"));
}

#[tokio::test]
async fn typing_reaches_the_other_side_and_expires_by_itself() {
    let d = TestDaemon::start_with(|c| c.typing_timeout = Duration::from_millis(300)).await;
    let mut a = d.staff("a", "Ann").await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    let id = ask(&mut c, &session).await.transfer_request_id;
    offer(&mut a).await;
    a.request(accept(id)).await.unwrap();
    c.request(ClientEvent::TypingStart(SessionRef {
        session_uuid: session.clone(),
    }))
    .await
    .unwrap();
    let ServerEvent::UserTyping(t) = a.expect("user_typing").await.event else {
        unreachable!()
    };
    assert_eq!((t.user_id.as_str(), t.user_name.as_str()), ("c1", "Cy"));
    // never stopped: it expires
    let ServerEvent::UserStopTyping(s) = a.expect("user_stop_typing").await.event else {
        unreachable!()
    };
    assert_eq!(s.user_id, "c1");
    // explicit stop works too, and the sender never hears their own typing
    a.request(ClientEvent::TypingStart(SessionRef {
        session_uuid: session.clone(),
    }))
    .await
    .unwrap();
    c.expect("user_typing").await;
    a.request(ClientEvent::TypingStop(SessionRef {
        session_uuid: session.clone(),
    }))
    .await
    .unwrap();
    c.expect("user_stop_typing").await;
    a.expect_none("user_typing", Duration::from_millis(200))
        .await;
}

#[tokio::test]
async fn read_receipts_are_stored_and_pushed() {
    let d = TestDaemon::start().await;
    let mut a = d.staff("a", "Ann").await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    let id = ask(&mut c, &session).await.transfer_request_id;
    offer(&mut a).await;
    a.request(accept(id)).await.unwrap();
    let sent: SendMessageAck =
        serde_json::from_value(c.request(send(&session, "are you there?")).await.unwrap()).unwrap();
    let ack: MarkReadAck = serde_json::from_value(
        a.request(ClientEvent::MarkRead(MarkRead {
            session_uuid: session.clone(),
            message_id: sent.message_id,
        }))
        .await
        .unwrap(),
    )
    .unwrap();
    let ServerEvent::MessageRead(r) = c.expect("message_read").await.event else {
        unreachable!()
    };
    assert_eq!(
        (r.message_id, r.read_by.as_str(), r.read_at),
        (sent.message_id, "a", ack.read_at)
    );
    let read_at: Option<i64> = d
        .db()
        .query_row(
            "SELECT read_at FROM chat_messages WHERE id = ?1",
            [sent.message_id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(read_at, Some(ack.read_at.millis()));
}

#[tokio::test]
async fn idle_sessions_close_by_themselves() {
    let d = TestDaemon::start_with(|c| c.session_timeout = Duration::from_millis(800)).await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    let ServerEvent::SessionClosed(closed) = c.expect("session_closed").await.event else {
        unreachable!()
    };
    assert_eq!(closed.session_uuid, session);
    assert_eq!(closed.closed_by, "system");
    let status: String = d
        .db()
        .query_row(
            "SELECT status FROM chat_sessions WHERE uuid = ?1",
            [&session],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(status, "closed");
}

#[tokio::test]
async fn the_queue_survives_a_restart() {
    let d = TestDaemon::start().await;
    let mut a = d.staff("a", "Ann").await;
    // Ann is online but away: the request waits in the queue.
    a.request(ClientEvent::StaffStatusChange(StaffStatusChange {
        is_online: None,
        is_available: Some(false),
    }))
    .await
    .unwrap();
    let (mut c, session) = d.customer("c1", "Cy").await;
    let id = ask(&mut c, &session).await.transfer_request_id;
    // Everyone is still connected when the daemon stops.
    let (dir, tmp) = d.stop().await;
    drop((a, c));
    let d = TestDaemon::start_in(&dir, |_| {}).await;
    let mut a = d.connect("a", "Ann", Role::Staff).await;
    a.expect("connected").await;
    let ServerEvent::StaffData(data) = a.expect("staff_data").await.event else {
        unreachable!()
    };
    assert_eq!(data.queue.len(), 1);
    assert_eq!(data.queue[0].transfer_request_id, id);
    assert!(!data.workload.is_available, "availability survives too");
    let mut c = d.connect("c1", "Cy", Role::Customer).await;
    c.expect("connected").await;
    let ServerEvent::ChatSessionRestored(r) = c.expect("chat_session_restored").await.event else {
        unreachable!()
    };
    assert_eq!(
        (r.session_uuid.as_str(), r.status),
        (session.as_str(), SessionStatus::Waiting)
    );
    a.request(accept(id)).await.unwrap();
    c.expect("transfer_accepted").await;
    drop(tmp);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_staff_racing_for_one_request_one_wins_every_time() {
    const MAX: u32 = 12;
    let d = TestDaemon::start_with(|c| c.max_concurrent_chats = MAX).await;
    let mut staff = Vec::new();
    for i in 0..10 {
        staff.push(d.staff(&format!("s{i}"), "Racer").await);
    }
    let mut wins = vec![0u32; 10];
    for round in 0..100 {
        let (mut c, session) = d.customer(&format!("c{round}"), "Cust").await;
        let id = ask(&mut c, &session).await.transfer_request_id;
        // Every staff member fires its accept before anyone reads a reply.
        let mut refs = Vec::new();
        for s in staff.iter_mut() {
            refs.push(s.send(accept(id)).await);
        }
        let mut winners = 0;
        for (i, (s, r)) in staff.iter_mut().zip(&refs).enumerate() {
            match s.reply(r).await {
                Ok(_) => {
                    winners += 1;
                    wins[i] += 1;
                }
                Err(e) => assert_eq!(e.code, ErrorCode::Conflict),
            }
        }
        assert_eq!(winners, 1, "round {round}");
    }
    assert!(
        wins.iter().all(|w| *w <= MAX),
        "capacity respected: {wins:?}"
    );
    assert_eq!(wins.iter().sum::<u32>(), 100);
    let over: i64 = d
        .db()
        .query_row(
            "SELECT count(*) FROM (SELECT staff_id, count(*) n FROM chat_sessions
             WHERE status = 'active' AND staff_id IS NOT NULL GROUP BY staff_id HAVING n > ?1)",
            [MAX],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(over, 0);
}

#[tokio::test]
async fn a_staff_console_without_heartbeat_goes_offline() {
    let d = TestDaemon::start_with(|c| {
        c.idle_timeout = Duration::from_millis(600);
        c.ping_interval = Duration::from_millis(150);
    })
    .await;
    let _silent = d.staff("quiet", "Quinn").await; // never reads: never pongs
    let mut b = d.staff("b", "Ben").await;
    let ServerEvent::StaffOffline(off) = b.expect("staff_offline").await.event else {
        unreachable!()
    };
    assert_eq!(off.staff_id, "quiet");
    // The presence row is written right after the announcement.
    concierge_tests::until("the presence row says offline", || {
        let online: i64 = d
            .db()
            .query_row(
                "SELECT is_online FROM staff_availability WHERE staff_id = 'quiet'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        online == 0
    })
    .await;
}

#[tokio::test]
async fn the_last_staff_member_leaving_hands_chats_back_to_the_assistant() {
    let d = TestDaemon::start().await;
    let mut a = d.staff("a", "Ann").await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    let id = ask(&mut c, &session).await.transfer_request_id;
    offer(&mut a).await;
    a.request(accept(id)).await.unwrap();
    a.close().await;
    c.expect("transfer_failed").await;
    c.request(send(&session, "hello? anyone?")).await.unwrap();
    c.expect("ai_message").await;
    let (t, st): (String, String) = d
        .db()
        .query_row(
            "SELECT session_type, status FROM chat_sessions WHERE uuid = ?1",
            [&session],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((t.as_str(), st.as_str()), ("ai", "active"));
}

#[tokio::test]
async fn a_console_back_within_the_grace_period_keeps_its_chats() {
    let d = TestDaemon::start_with(|c| c.staff_offline_grace = Duration::from_millis(800)).await;
    let mut a = d.staff("a", "Ann").await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    let id = ask(&mut c, &session).await.transfer_request_id;
    offer(&mut a).await;
    a.request(accept(id)).await.unwrap();
    a.close().await; // a network blip
    let mut a = d.connect("a", "Ann", Role::Staff).await;
    a.expect("connected").await;
    let ServerEvent::StaffData(data) = a.expect("staff_data").await.event else {
        unreachable!()
    };
    assert_eq!(data.active_sessions.len(), 1, "still holds the chat");
    assert_eq!(data.workload.current_chats, 1);
    // past the grace period nothing was re-queued
    c.expect_none("transfer_failed", Duration::from_millis(1200))
        .await;
    c.request(send(&session, "still with me?")).await.unwrap();
    a.expect_where(
        |f| matches!(&f.event, ServerEvent::NewMessage(m) if m.content == "still with me?"),
    )
    .await;
}

#[tokio::test]
async fn a_console_gone_past_the_grace_period_goes_offline() {
    let d = TestDaemon::start_with(|c| c.staff_offline_grace = Duration::from_millis(300)).await;
    let mut b = d.staff("b", "Ben").await;
    let a = d.staff("a", "Ann").await;
    a.close().await;
    let ServerEvent::StaffOffline(off) = b.expect("staff_offline").await.event else {
        unreachable!()
    };
    assert_eq!(off.staff_id, "a");
}

#[tokio::test]
async fn a_customer_gone_while_waiting_leaves_the_queue_unless_back_in_time() {
    let d = TestDaemon::start_with(|c| c.abandon_after = Duration::from_millis(1200)).await;
    let mut a = d.staff("a", "Ann").await;
    // Ann is away, so requests wait.
    a.request(ClientEvent::StaffStatusChange(StaffStatusChange {
        is_online: None,
        is_available: Some(false),
    }))
    .await
    .unwrap();
    // One customer blips and comes back in time: still queued.
    let (mut c1, s1) = d.customer("c1", "Back").await;
    let r1 = ask(&mut c1, &s1).await.transfer_request_id;
    c1.close().await;
    let mut c1 = d.connect("c1", "Back", Role::Customer).await;
    c1.expect("connected").await;
    // The other leaves for good.
    let (mut c2, s2) = d.customer("c2", "Gone").await;
    let r2 = ask(&mut c2, &s2).await.transfer_request_id;
    c2.close().await;
    let ServerEvent::TransferCancelled(t) = a.expect("transfer_cancelled").await.event else {
        unreachable!()
    };
    assert_eq!(
        (t.transfer_request_id, t.reason.as_str()),
        (r2, "customer_left")
    );
    a.expect_none("transfer_cancelled", Duration::from_millis(1500))
        .await;
    let outcome: (String, Option<String>) = d
        .db()
        .query_row(
            "SELECT status, outcome FROM chat_transfer_requests WHERE id = ?1",
            [r2],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(outcome, ("cancelled".into(), Some("customer_left".into())));
    let still: String = d
        .db()
        .query_row(
            "SELECT status FROM chat_transfer_requests WHERE id = ?1",
            [r1],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(still, "pending");
    drop(c1);
}
