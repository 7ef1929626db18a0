//! Every protocol flow through the core.

use super::*;

#[tokio::test]
async fn a_customer_joins_talks_to_the_assistant_and_rejoins_where_they_left_off() {
    let mut d = Desk::new(None).await;
    let (c, session) = d.customer("cus").await;
    // The welcome follows session_started.
    d.events(c);
    let ack = d.ask(c, send(&session, "hello")).await.unwrap();
    assert_eq!(ack["seq"], 2, "{ack}");
    let got = d.events(c);
    assert!(
        got.iter()
            .any(|e| matches!(e, ServerEvent::NewMessage(m) if m.content == "hello")),
        "{got:?}"
    );
    assert_eq!(d.reply_jobs(), 1, "the assistant is asked once");
    // A second connection of the same customer gets the snapshot.
    let (_, again) = d.join(user("cus", Role::Customer)).await;
    match again {
        JoinReply::Customer(Some(s)) => {
            assert_eq!(s.uuid, session);
            assert_eq!(s.delivered_seq, 2);
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_request_is_offered_accepted_once_and_the_chat_is_the_staff_members() {
    let mut d = Desk::new(None).await;
    let ana = d.staff("ana").await;
    let sam = d.staff("sam").await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    assert_eq!(d.session(&session).1, SessionStatus::Waiting);
    let id = offer_id(&d.events(ana)).expect("offered to ana");
    assert_eq!(offer_id(&d.events(sam)), Some(id), "and to sam");
    d.ask(ana, accept(id)).await.unwrap();
    assert_eq!(
        d.session(&session),
        (
            SessionType::Human,
            SessionStatus::Active,
            Some("ana".into())
        )
    );
    assert!(
        d.events(c)
            .iter()
            .any(|e| matches!(e, ServerEvent::TransferAccepted(_)))
    );
    // Accept-once: sam is told it is taken, and cannot take it.
    assert!(
        d.events(sam)
            .iter()
            .any(|e| matches!(e, ServerEvent::TransferTaken(_)))
    );
    assert!(d.ask(sam, accept(id)).await.is_err());
    // The assistant is silent now; staff and customer talk.
    d.reply_jobs();
    d.ask(c, send(&session, "hi ana")).await.unwrap();
    assert_eq!(d.reply_jobs(), 0);
    assert!(
        d.events(ana)
            .iter()
            .any(|e| matches!(e, ServerEvent::NewMessage(m) if m.content == "hi ana"))
    );
}

#[tokio::test]
async fn with_nobody_online_a_request_fails_and_the_assistant_goes_on() {
    let mut d = Desk::new(None).await;
    let (c, session) = d.customer("cus").await;
    let _ = d.ask(c, request_staff(&session)).await;
    let got = d.events(c);
    assert!(
        got.iter()
            .any(|e| matches!(e, ServerEvent::TransferFailed(_))),
        "{got:?}"
    );
    assert_eq!(d.session(&session).0, SessionType::Ai);
    assert_eq!(d.session(&session).1, SessionStatus::Active);
    assert_eq!(d.queue_len(), 0);
}

#[tokio::test]
async fn when_everyone_declines_the_chat_goes_back_to_the_assistant() {
    let mut d = Desk::new(None).await;
    let ana = d.staff("ana").await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    let id = offer_id(&d.events(ana)).unwrap();
    d.ask(
        ana,
        ClientEvent::DeclineTransfer(DeclineTransfer {
            transfer_request_id: id,
            reason: None,
        }),
    )
    .await
    .unwrap();
    assert_eq!(d.queue_len(), 0);
    assert_eq!(
        d.session(&session),
        (SessionType::Ai, SessionStatus::Active, None)
    );
}

#[tokio::test]
async fn a_staff_member_who_goes_offline_puts_their_chats_back_in_the_queue() {
    let mut d = Desk::new(None).await;
    let ana = d.staff("ana").await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    let id = offer_id(&d.events(ana)).unwrap();
    d.ask(ana, accept(id)).await.unwrap();
    let sam = d.staff("sam").await;
    d.ask(
        ana,
        ClientEvent::StaffStatusChange(StaffStatusChange {
            is_online: Some(false),
            is_available: None,
        }),
    )
    .await
    .unwrap();
    assert_eq!(d.session(&session).1, SessionStatus::Waiting);
    assert!(offer_id(&d.events(sam)).is_some(), "re-offered to sam");
}

#[tokio::test]
async fn typing_marks_reach_the_room_and_expire_by_timer() {
    let mut d = Desk::new(None).await;
    let ana = d.staff("ana").await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    let id = offer_id(&d.events(ana)).unwrap();
    d.ask(ana, accept(id)).await.unwrap();
    d.events(ana);
    d.feed(Input::Event {
        conn: c,
        event: ClientEvent::TypingStart(SessionRef {
            session_uuid: session.clone(),
        }),
        r#ref: None,
    })
    .await;
    assert!(
        d.events(ana)
            .iter()
            .any(|e| matches!(e, ServerEvent::UserTyping(_)))
    );
    let timer = d
        .timers
        .iter()
        .rev()
        .find(|t| matches!(t, Timer::Typing { .. }))
        .cloned()
        .expect("an expiry timer");
    d.feed(Input::Timer(timer)).await;
    assert!(
        d.events(ana)
            .iter()
            .any(|e| matches!(e, ServerEvent::UserStopTyping(_)))
    );
}

#[tokio::test]
async fn a_closed_session_refuses_late_sends_with_conflict() {
    let mut d = Desk::new(None).await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, close(&session)).await.unwrap();
    assert!(
        d.events(c)
            .iter()
            .any(|e| matches!(e, ServerEvent::SessionClosed(_)))
    );
    assert_eq!(
        d.ask(c, send(&session, "still there?")).await,
        Err(ErrorCode::Conflict)
    );
}

#[tokio::test]
async fn someone_elses_session_looks_missing_to_a_customer() {
    let mut d = Desk::new(None).await;
    let (_, theirs) = d.customer("one").await;
    let (c, _) = d.customer("two").await;
    assert_eq!(
        d.ask(c, send(&theirs, "hi")).await,
        Err(ErrorCode::NotFound)
    );
    assert_eq!(
        d.ask(c, request_staff(&theirs)).await,
        Err(ErrorCode::NotFound)
    );
}
