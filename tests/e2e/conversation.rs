//! A customer's conversation: start, send, fan-out to every device,
//! idempotent retries, history paging, reconnect-and-replay, close, rate.

use concierge_shared::protocol::*;
use concierge_tests::TestDaemon;

fn send(session: &str, content: &str, cid: Option<&str>) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: content.into(),
        message_type: None,
        client_msg_id: cid.map(str::to_string),
    })
}

fn customer_lines(d: &TestDaemon, session: &str) -> Vec<(i64, String)> {
    let db = d.db();
    let mut st = db
        .prepare(
            "SELECT m.seq, m.content FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
             WHERE s.uuid = ?1 AND m.sender_role = 'customer' ORDER BY m.seq",
        )
        .unwrap();
    st.query_map([session], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[tokio::test]
async fn a_new_customer_gets_a_session_and_a_welcome() {
    let d = TestDaemon::start().await;
    let mut c = d.connect("u1", "Ada", Role::Customer).await;
    let ServerEvent::Connected(hello) = c.next_event().await.event else {
        panic!("connected first")
    };
    assert_eq!(hello.user_id, "u1");
    assert_eq!(hello.role, Role::Customer);
    assert!(!hello.is_staff);
    assert_eq!(hello.protocol, 1);
    let ServerEvent::SessionStarted(started) = c.next_event().await.event else {
        panic!("session_started")
    };
    let ServerEvent::AiMessage(welcome) = c.next_event().await.event else {
        panic!("welcome")
    };
    assert_eq!(welcome.message.session_uuid, started.session_uuid);
    assert_eq!(welcome.message.seq, 1);
    assert_eq!(welcome.message.sender_role, SenderRole::Ai);
    assert!(welcome.message.content.contains("Ada"));
    // stored
    let n: i64 = d
        .db()
        .query_row(
            "SELECT count(*) FROM chat_sessions WHERE user_id = 'u1' AND status = 'active'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1);
}

#[tokio::test]
async fn messages_are_acked_after_commit_and_reach_every_device() {
    let d = TestDaemon::start().await;
    let (mut phone, session) = d.customer("u1", "Ada").await;
    let mut laptop = d.connect("u1", "Ada", Role::Customer).await;
    laptop.expect("connected").await;
    let ServerEvent::ChatSessionRestored(r) = laptop.expect("chat_session_restored").await.event
    else {
        unreachable!()
    };
    assert_eq!(r.session_uuid, session);
    assert_eq!(r.last_seq, 1);
    assert_eq!(r.history.len(), 1);

    let ack = phone
        .request(send(&session, "where is my parcel?", Some("c-1")))
        .await
        .unwrap();
    let ack: SendMessageAck = serde_json::from_value(ack).unwrap();
    assert_eq!(ack.seq, 2);
    assert!(!ack.duplicate);
    // the ack means it is in the database
    assert_eq!(
        customer_lines(&d, &session),
        vec![(2, "where is my parcel?".to_string())]
    );
    let ServerEvent::NewMessage(m) = laptop.expect("new_message").await.event else {
        unreachable!()
    };
    assert_eq!(
        (m.seq, m.message_id, m.content.as_str()),
        (2, ack.message_id, "where is my parcel?")
    );
    assert_eq!(m.client_msg_id.as_deref(), Some("c-1"));
    let ServerEvent::NewMessage(echo) = phone.expect("new_message").await.event else {
        unreachable!()
    };
    assert_eq!(echo.message_id, ack.message_id);
}

#[tokio::test]
async fn a_repeated_client_msg_id_is_acked_as_duplicate_and_stored_once() {
    let d = TestDaemon::start().await;
    let (mut c, session) = d.customer("u1", "Ada").await;
    let first: SendMessageAck = serde_json::from_value(
        c.request(send(&session, "hello", Some("same")))
            .await
            .unwrap(),
    )
    .unwrap();
    let again: SendMessageAck = serde_json::from_value(
        c.request(send(&session, "hello", Some("same")))
            .await
            .unwrap(),
    )
    .unwrap();
    assert!(again.duplicate);
    assert_eq!((again.message_id, again.seq), (first.message_id, first.seq));
    assert_eq!(customer_lines(&d, &session).len(), 1);
}

#[tokio::test]
async fn history_pages_backwards_by_seq() {
    let d = TestDaemon::start().await;
    let (mut c, session) = d.customer("u1", "Ada").await;
    for i in 0..30 {
        c.request(send(&session, &format!("line {i}"), Some(&format!("k{i}"))))
            .await
            .unwrap();
    }
    let total: i64 = d
        .db()
        .query_row(
            "SELECT max(seq) FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id WHERE s.uuid = ?1",
            [&session],
            |r| r.get(0),
        )
        .unwrap();
    let mut seen = Vec::new();
    let mut before = None;
    loop {
        let page: HistoryPage = serde_json::from_value(
            c.request(ClientEvent::GetHistory(GetHistory {
                session_uuid: session.clone(),
                before_seq: before,
                limit: Some(7),
            }))
            .await
            .unwrap(),
        )
        .unwrap();
        assert!(page.messages.len() <= 7);
        let seqs: Vec<i64> = page.messages.iter().map(|m| m.seq).collect();
        assert!(
            seqs.windows(2).all(|w| w[1] == w[0] + 1),
            "a page is in order: {seqs:?}"
        );
        seen.splice(0..0, seqs.clone());
        if !page.has_more {
            break;
        }
        before = seqs.first().copied();
    }
    // The assistant may still be answering the last lines, so the newest
    // page can end past `total`; what matters is 1..=newest without gaps.
    let newest = *seen.last().unwrap();
    assert!(newest >= total);
    assert_eq!(seen, (1..=newest).collect::<Vec<_>>());
}

#[tokio::test]
async fn reconnecting_with_last_seq_replays_every_later_message_in_order() {
    let d = TestDaemon::start().await;
    let (mut c, session) = d.customer("u1", "Ada").await;
    c.request(send(&session, "before the drop", None))
        .await
        .unwrap();
    let seen_upto: i64 = 2;
    c.close().await;
    // 30 more lines arrive while this device is away (from another device)
    let (mut other, _) = d.customer("u1", "Ada").await;
    for i in 0..30 {
        other
            .request(send(&session, &format!("while away {i}"), None))
            .await
            .unwrap();
    }
    let url = format!(
        "{}?token={}&lastSeq={seen_upto}&sessionUuid={session}",
        d.ws_url(),
        d.token("u1", "Ada", Role::Customer)
    );
    let mut back = concierge_tests::Client::connect(&url).await;
    back.expect("connected").await;
    let ServerEvent::ChatSessionRestored(r) = back.expect("chat_session_restored").await.event
    else {
        unreachable!()
    };
    let seqs: Vec<i64> = r.history.iter().map(|m| m.seq).collect();
    assert!(seqs.len() > 20, "not only the last 20: {}", seqs.len());
    assert_eq!(seqs, ((seen_upto + 1)..=r.last_seq).collect::<Vec<_>>());
    // and a new message comes after the replay
    other
        .request(send(&session, "new one", None))
        .await
        .unwrap();
    let ServerEvent::NewMessage(m) = back.expect("new_message").await.event else {
        unreachable!()
    };
    assert!(m.seq > r.last_seq);
}

#[tokio::test]
async fn another_customers_session_looks_missing_and_is_untouched() {
    let d = TestDaemon::start().await;
    let (_a, a_session) = d.customer("alice", "Alice").await;
    let (mut b, _) = d.customer("bob", "Bob").await;
    let e = b
        .request(send(&a_session, "let me in", None))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let e = b
        .request(ClientEvent::GetHistory(GetHistory {
            session_uuid: a_session.clone(),
            before_seq: None,
            limit: None,
        }))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let e = b
        .request(ClientEvent::CloseSession(SessionRef {
            session_uuid: a_session.clone(),
        }))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let e = b
        .request(ClientEvent::RequestStaff(RequestStaff {
            session_uuid: a_session.clone(),
            reason: None,
        }))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    // A missing session answers the same: the two cannot be told apart.
    let missing = b
        .request(send("00000000-0000-4000-8000-000000000000", "guess", None))
        .await
        .unwrap_err();
    assert_eq!(missing.code, ErrorCode::NotFound);
    let other = b
        .request(send(&a_session, "again", None))
        .await
        .unwrap_err();
    assert_eq!(other.message, missing.message);
    assert!(customer_lines(&d, &a_session).is_empty());
}

#[tokio::test]
async fn close_then_rate_once_and_come_back_to_a_new_session() {
    let d = TestDaemon::start().await;
    let (mut c, session) = d.customer("u1", "Ada").await;
    let rate = |rating| {
        ClientEvent::RateSession(RateSession {
            session_uuid: session.clone(),
            rating,
            comment: Some("thanks".into()),
        })
    };
    let e = c.request(rate(5)).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict, "rating before close");
    let ack: CloseSessionAck = serde_json::from_value(
        c.request(ClientEvent::CloseSession(SessionRef {
            session_uuid: session.clone(),
        }))
        .await
        .unwrap(),
    )
    .unwrap();
    let ServerEvent::SessionClosed(closed) = c.expect("session_closed").await.event else {
        unreachable!()
    };
    assert_eq!(closed.closed_at, ack.closed_at);
    assert_eq!(closed.closed_by, "u1");
    let e = c
        .request(send(&session, "still there?", None))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    let e = c.request(rate(9)).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::BadRequest, "rating out of range");
    c.request(rate(4)).await.unwrap();
    let e = c.request(rate(5)).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict, "rating twice");
    let stored: (i64, String) = d
        .db()
        .query_row("SELECT rating, comment FROM session_ratings", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(stored, (4, "thanks".to_string()));
    let (_c2, next) = d.customer("u1", "Ada").await;
    assert_ne!(next, session);
}

#[tokio::test]
async fn a_reply_pending_at_shutdown_is_produced_after_restart() {
    let d = TestDaemon::start().await;
    let (c, session) = d.customer("u1", "Ada").await;
    drop(c);
    let (dir, tmp) = d.stop().await;
    // The customer's line was committed but the daemon stopped before the
    // assistant answered it.
    concierge_tests::edit_db(&dir, |db| {
        let (id, seq): (i64, i64) = db
            .query_row(
                "UPDATE chat_sessions SET last_seq = last_seq + 1 WHERE uuid = ?1 RETURNING id, last_seq",
                [&session],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        db.execute(
            "INSERT INTO chat_messages (session_id, seq, sender_id, sender_name, sender_role, message_type,
               content, ai_generated, created_at)
             VALUES (?1, ?2, 'u1', 'Ada', 'customer', 'text', 'what is your return policy?', 0, 1)",
            rusqlite::params![id, seq],
        )
        .unwrap();
    });
    let d = TestDaemon::start_in(&dir, |_| {}).await;
    let answered = || -> i64 {
        d.db()
            .query_row(
                "SELECT count(*) FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
                 WHERE s.uuid = ?1 AND m.sender_role = 'ai' AND m.seq = 3",
                [&session],
                |r| r.get(0),
            )
            .unwrap()
    };
    concierge_tests::until("the pending reply was produced", || answered() > 0).await;
    assert_eq!(answered(), 1, "the pending reply was produced once");
    drop(tmp);
}
