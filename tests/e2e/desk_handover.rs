//! Issue 16: a staff member hands a chat to a named colleague, or back to
//! the queue, with a note; the colleague may decline; bad hand-overs are
//! refused and change nothing.

use std::time::Duration;

use concierge_shared::protocol::Role;
use concierge_shared::protocol::*;
use concierge_tests::{Client, TestDaemon};

fn hand(session: &str, to: Option<&str>, note: Option<&str>) -> ClientEvent {
    ClientEvent::HandOver(HandOver {
        session_uuid: session.into(),
        to_staff_id: to.map(str::to_string),
        note: note.map(str::to_string),
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

async fn offer_of(staff: &mut Client, id: i64) -> TransferOffer {
    match staff
        .expect_where(|f| {
            matches!(&f.event, ServerEvent::NewTransferRequest(o) if o.transfer_request_id == id)
        })
        .await
        .event
    {
        ServerEvent::NewTransferRequest(o) => o,
        _ => unreachable!(),
    }
}

async fn system_line(c: &mut Client, containing: &str) -> Message {
    let f = c
        .expect_where(|f| {
            matches!(&f.event, ServerEvent::NewMessage(m)
                if m.sender_role == SenderRole::System && m.content.contains(containing))
        })
        .await;
    match f.event {
        ServerEvent::NewMessage(m) => m,
        _ => unreachable!(),
    }
}

/// Carol asks for a person and `holder` takes her; the others on `rest`
/// see the offer and that it was taken.
async fn chat_held_by(
    d: &TestDaemon,
    holder: &mut Client,
    rest: &mut [&mut Client],
    customer: &str,
) -> (Client, String) {
    let (mut carol, session) = d.customer(customer, "Carol").await;
    carol
        .request(send(
            &session,
            "my order 1042 arrived broken, what should I do?",
        ))
        .await
        .unwrap();
    carol.expect("ai_message").await;
    let ack: RequestStaffAck = serde_json::from_value(
        carol
            .request(ClientEvent::RequestStaff(RequestStaff {
                session_uuid: session.clone(),
                reason: Some("wants a refund".into()),
            }))
            .await
            .unwrap(),
    )
    .unwrap();
    let id = ack.transfer_request_id;
    offer_of(holder, id).await;
    holder.request(accept(id)).await.unwrap();
    holder.expect("staff_chat_joined").await;
    for other in rest.iter_mut() {
        offer_of(other, id).await;
        other
            .expect_where(|f| {
                matches!(&f.event, ServerEvent::TransferTaken(t) if t.transfer_request_id == id)
            })
            .await;
    }
    carol.expect("transfer_accepted").await;
    (carol, session)
}

#[tokio::test]
async fn a_chat_handed_to_a_colleague_with_a_note_is_theirs_and_the_customer_hears_it() {
    let d = TestDaemon::start().await;
    let mut sam = d.staff("s1", "Sam").await;
    let mut ana = d.staff("s2", "Ana").await;
    let mut kim = d.staff("s3", "Kim").await;
    let (mut carol, session) = chat_held_by(&d, &mut sam, &mut [&mut ana, &mut kim], "c1").await;

    // The colleagues to pick from (staff only).
    let team: Colleagues = serde_json::from_value(
        sam.request(ClientEvent::GetColleagues(GetColleagues {}))
            .await
            .unwrap(),
    )
    .unwrap();
    let ana_row = team.staff.iter().find(|c| c.staff_id == "s2").unwrap();
    assert_eq!(ana_row.name, "Ana");
    assert!(ana_row.is_online && ana_row.is_available);
    let sam_row = team.staff.iter().find(|c| c.staff_id == "s1").unwrap();
    assert_eq!(sam_row.current_chats, 1);
    assert_eq!(
        carol
            .request(ClientEvent::GetColleagues(GetColleagues {}))
            .await
            .unwrap_err()
            .code,
        ErrorCode::Forbidden
    );
    let ack: HandOverAck = serde_json::from_value(
        sam.request(hand(
            &session,
            Some("s2"),
            Some("refund agreed, label printed"),
        ))
        .await
        .unwrap(),
    )
    .unwrap();
    let id = ack.transfer_request_id;
    // The sender's console drops the chat, and their slot is free.
    let ServerEvent::ChatHandedOver(h) = sam.expect("chat_handed_over").await.event else {
        unreachable!()
    };
    assert_eq!(
        (
            h.session_uuid.as_str(),
            h.transfer_request_id,
            h.to_staff_id.as_deref()
        ),
        (session.as_str(), id, Some("s2"))
    );
    let w = sam
        .expect_where(
            |f| matches!(&f.event, ServerEvent::WorkloadUpdated(w) if w.current_chats == 0),
        )
        .await;
    assert!(matches!(w.event, ServerEvent::WorkloadUpdated(_)));
    // The colleague gets the offer with the note, the sender and the summary.
    let o = offer_of(&mut ana, id).await;
    assert_eq!(o.from_staff_id.as_deref(), Some("s1"));
    assert_eq!(o.from_staff_name.as_deref(), Some("Sam"));
    assert_eq!(o.note.as_deref(), Some("refund agreed, label printed"));
    assert_eq!(o.preferred_staff_id.as_deref(), Some("s2"));
    assert!(o.summary.contains("1042") || !o.summary.is_empty(), "{o:?}");
    // The customer is told who is coming.
    system_line(&mut carol, "Sam is handing your chat to Ana").await;
    // Nobody else is offered it, and nobody else may take it.
    kim.expect_none("new_transfer_request", Duration::from_millis(300))
        .await;
    let e = kim.request(accept(id)).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict, "{e:?}");
    // Ana accepts: history and summary; the customer reads who took over.
    ana.request(accept(id)).await.unwrap();
    let ServerEvent::StaffChatJoined(j) = ana.expect("staff_chat_joined").await.event else {
        unreachable!()
    };
    assert_eq!(j.session_uuid, session);
    assert!(
        j.history
            .iter()
            .any(|m| m.content.contains("arrived broken"))
    );
    assert!(!j.summary.is_empty());
    system_line(&mut carol, "Ana took over from Sam.").await;
    let ServerEvent::TransferAccepted(ta) = carol.expect("transfer_accepted").await.event else {
        unreachable!()
    };
    assert_eq!(ta.staff_id, "s2");
    // Accept-once: a second accept loses; the sender may no longer write.
    assert_eq!(
        sam.request(accept(id)).await.unwrap_err().code,
        ErrorCode::Conflict
    );
    assert!(sam.request(send(&session, "still me")).await.is_err());
    ana.request(send(&session, "Hi Carol, Ana here"))
        .await
        .unwrap();
    carol
        .expect_where(
            |f| matches!(&f.event, ServerEvent::NewMessage(m) if m.content == "Hi Carol, Ana here"),
        )
        .await;
    // The history keeps the hand-over for everyone reading it later.
    let page: HistoryPage = serde_json::from_value(
        ana.request(ClientEvent::GetHistory(GetHistory {
            session_uuid: session.clone(),
            before_seq: None,
            limit: Some(100),
        }))
        .await
        .unwrap(),
    )
    .unwrap();
    assert!(
        page.messages
            .iter()
            .any(|m| m.content == "Ana took over from Sam.")
    );
}

#[tokio::test]
async fn a_declined_hand_over_goes_to_the_queue_then_back_to_its_sender() {
    let d = TestDaemon::start().await;
    let mut sam = d.staff("s1", "Sam").await;
    let mut ana = d.staff("s2", "Ana").await;
    let mut kim = d.staff("s3", "Kim").await;
    let (mut carol, session) = chat_held_by(&d, &mut sam, &mut [&mut ana, &mut kim], "c2").await;
    let ack: HandOverAck =
        serde_json::from_value(sam.request(hand(&session, Some("s2"), None)).await.unwrap())
            .unwrap();
    let id = ack.transfer_request_id;
    offer_of(&mut ana, id).await;
    let decline = |who: &str| {
        let _ = who;
        ClientEvent::DeclineTransfer(DeclineTransfer {
            transfer_request_id: id,
            reason: Some("on a call".into()),
        })
    };
    ana.request(decline("ana")).await.unwrap();
    // The queue: Kim now, not its sender while Kim may take it.
    let o = offer_of(&mut kim, id).await;
    assert_eq!(o.from_staff_id.as_deref(), Some("s1"));
    sam.expect_none("new_transfer_request", Duration::from_millis(300))
        .await;
    kim.request(decline("kim")).await.unwrap();
    // Everyone else declined: back to Sam, who takes it back.
    offer_of(&mut sam, id).await;
    sam.request(accept(id)).await.unwrap();
    sam.expect("staff_chat_joined").await;
    system_line(&mut carol, "Sam joined the chat.").await;
    let ServerEvent::TransferAccepted(ta) = carol.expect("transfer_accepted").await.event else {
        unreachable!()
    };
    assert_eq!(ta.staff_id, "s1");
}

#[tokio::test]
async fn a_hand_over_back_to_the_queue_reaches_the_others_first() {
    let d = TestDaemon::start().await;
    let mut sam = d.staff("s1", "Sam").await;
    let mut kim = d.staff("s3", "Kim").await;
    let (mut carol, session) = chat_held_by(&d, &mut sam, &mut [&mut kim], "c3").await;
    let ack: HandOverAck = serde_json::from_value(
        sam.request(hand(
            &session,
            None,
            Some("needs someone who speaks German"),
        ))
        .await
        .unwrap(),
    )
    .unwrap();
    let ServerEvent::ChatHandedOver(h) = sam.expect("chat_handed_over").await.event else {
        unreachable!()
    };
    assert_eq!(h.to_staff_id, None);
    let o = offer_of(&mut kim, ack.transfer_request_id).await;
    assert_eq!(o.note.as_deref(), Some("needs someone who speaks German"));
    assert_eq!(o.preferred_staff_id, None);
    system_line(&mut carol, "Sam is handing your chat to a colleague").await;
    kim.request(accept(ack.transfer_request_id)).await.unwrap();
    system_line(&mut carol, "Kim took over from Sam.").await;
}

#[tokio::test]
async fn bad_hand_overs_are_refused_and_change_nothing() {
    let d = TestDaemon::start_with(|c| c.max_concurrent_chats = 1).await;
    let mut sam = d.staff("s1", "Sam").await;
    let mut ana = d.staff("s2", "Ana").await;
    let mut kim = d.staff("s3", "Kim").await;
    let (mut carol, session) = chat_held_by(&d, &mut sam, &mut [&mut ana, &mut kim], "c4").await;
    // Ana is full (max 1) with a chat of her own.
    let (_dan, _dan_session) = chat_held_by(&d, &mut ana, &mut [&mut kim], "c5").await;
    // Lee was here and left: known, offline.
    let lee = d.staff("s4", "Lee").await;
    lee.close().await;
    kim.expect_where(|f| matches!(&f.event, ServerEvent::StaffOffline(o) if o.staff_id == "s4"))
        .await;
    let refusals = [
        (hand(&session, Some("nobody"), None), ErrorCode::NotFound),
        (hand(&session, Some("s1"), None), ErrorCode::BadRequest),
        (hand(&session, Some("s2"), None), ErrorCode::Conflict), // full
        (hand(&session, Some("s4"), None), ErrorCode::Conflict), // offline
        (
            hand("00000000-0000-4000-8000-000000000000", Some("s3"), None),
            ErrorCode::NotFound,
        ),
        (
            hand(&session, Some("s3"), Some(&"x".repeat(1001))),
            ErrorCode::TooLarge,
        ),
    ];
    for (event, code) in refusals {
        let e = sam.request(event.clone()).await.unwrap_err();
        assert_eq!(e.code, code, "{event:?}: {e:?}");
    }
    // Kim pauses: not taking chats.
    kim.request(ClientEvent::StaffStatusChange(StaffStatusChange {
        is_online: None,
        is_available: Some(false),
    }))
    .await
    .unwrap();
    let e = sam
        .request(hand(&session, Some("s3"), None))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict, "{e:?}");
    // And nobody else is free: not even back to the queue.
    let e = sam.request(hand(&session, None, None)).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict, "{e:?}");
    // Only the one handling the chat may hand it over; customers never.
    let e = kim
        .request(hand(&session, Some("s1"), None))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let e = carol
        .request(hand(&session, Some("s3"), None))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);
    // Nothing changed: Sam still has Carol, nobody was offered her.
    sam.expect_none("chat_handed_over", Duration::from_millis(200))
        .await;
    kim.expect_none("new_transfer_request", Duration::from_millis(100))
        .await;
    sam.request(send(&session, "still with you")).await.unwrap();
    carol
        .expect_where(
            |f| matches!(&f.event, ServerEvent::NewMessage(m) if m.content == "still with you"),
        )
        .await;
    carol.expect("transfer_requested").await; // her own ask, long ago
    carol
        .expect_none("transfer_requested", Duration::from_millis(100))
        .await;
}

#[tokio::test]
async fn a_hand_over_is_a_webhook_event_without_the_note() {
    // Nothing listens there: events wait in the outbox, where they are read.
    let d = TestDaemon::start_with(|c| {
        c.webhook.url = Some("http://127.0.0.1:9/hook".into());
    })
    .await;
    let mut sam = d.staff("s1", "Sam").await;
    let mut ana = d.staff("s2", "Ana").await;
    let (_carol, session) = chat_held_by(&d, &mut sam, &mut [&mut ana], "c6").await;
    let ack: HandOverAck = serde_json::from_value(
        sam.request(hand(&session, Some("s2"), Some("secret staff note")))
            .await
            .unwrap(),
    )
    .unwrap();
    let row = |d: &TestDaemon| -> Option<String> {
        d.db()
            .query_row(
                "SELECT data FROM webhook_outbox WHERE event = 'transfer.handed_over'",
                [],
                |r| r.get(0),
            )
            .ok()
    };
    // Stored in the same commit as the hand-over, which the ack followed.
    let data: serde_json::Value = serde_json::from_str(&row(&d).expect("the event")).unwrap();
    assert_eq!(data["transferRequestId"], ack.transfer_request_id);
    assert_eq!(data["sessionUuid"], session.as_str());
    assert_eq!(data["fromStaffId"], "s1");
    assert_eq!(data["toStaffId"], "s2");
    assert!(data["handedAt"].is_string());
    assert!(!data.to_string().contains("secret staff note"));
}

#[tokio::test]
async fn a_waiting_hand_over_survives_a_restart_with_its_note() {
    let d = TestDaemon::start().await;
    let mut sam = d.staff("s1", "Sam").await;
    let mut ana = d.staff("s2", "Ana").await;
    let (carol, session) = chat_held_by(&d, &mut sam, &mut [&mut ana], "c7").await;
    let ack: HandOverAck = serde_json::from_value(
        sam.request(hand(&session, Some("s2"), Some("refund agreed")))
            .await
            .unwrap(),
    )
    .unwrap();
    let (dir, tmp) = d.stop().await;
    drop((sam, ana, carol));
    let d = TestDaemon::start_in(&dir, |_| {}).await;
    let mut ana = d.connect("s2", "Ana", Role::Staff).await;
    ana.expect("connected").await;
    let ServerEvent::StaffData(data) = ana.expect("staff_data").await.event else {
        unreachable!()
    };
    let o = &data.queue[0];
    assert_eq!(o.transfer_request_id, ack.transfer_request_id);
    assert_eq!(o.note.as_deref(), Some("refund agreed"));
    assert_eq!(o.from_staff_name.as_deref(), Some("Sam"));
    assert_eq!(o.preferred_staff_id.as_deref(), Some("s2"));
    // Still Ana's: Kim may not take it.
    let mut kim = d.staff("s3", "Kim").await;
    assert_eq!(
        kim.request(accept(ack.transfer_request_id))
            .await
            .unwrap_err()
            .code,
        ErrorCode::Conflict
    );
    let (mut carol, _) = d
        .connect("c7", "Carol", Role::Customer)
        .await
        .into_customer()
        .await;
    ana.request(accept(ack.transfer_request_id)).await.unwrap();
    system_line(&mut carol, "Ana took over from Sam.").await;
    drop(tmp);
}
