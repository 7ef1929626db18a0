//! Issue 16: the customer beside the chat. The staff member handling a chat
//! reads the customer's earlier sessions (with ratings) and orders, and
//! looks one order up by number, through the assistant's own order source:
//! scoped to that customer, answered to that staff member only.

use std::time::Duration;

use concierge_shared::protocol::*;
use concierge_tests::{Client, TestDaemon};

fn context(session: &str) -> ClientEvent {
    ClientEvent::GetCustomerContext(GetCustomerContext {
        session_uuid: session.into(),
    })
}

fn lookup(session: &str, order: &str) -> ClientEvent {
    ClientEvent::LookupOrder(LookupOrder {
        session_uuid: session.into(),
        order_id: order.into(),
    })
}

async fn take(d: &TestDaemon, sam: &mut Client, sub: &str) -> (Client, String) {
    let (mut c, session) = d.customer(sub, "Carol").await;
    let ack: RequestStaffAck = serde_json::from_value(
        c.request(ClientEvent::RequestStaff(RequestStaff {
            session_uuid: session.clone(),
            reason: Some("order 1042 has not arrived".into()),
        }))
        .await
        .unwrap(),
    )
    .unwrap();
    sam.expect_where(|f| {
        matches!(&f.event, ServerEvent::NewTransferRequest(o)
            if o.transfer_request_id == ack.transfer_request_id)
    })
    .await;
    sam.request(ClientEvent::AcceptTransfer(AcceptTransfer {
        transfer_request_id: ack.transfer_request_id,
    }))
    .await
    .unwrap();
    sam.expect("staff_chat_joined").await;
    c.expect("transfer_accepted").await;
    (c, session)
}

#[tokio::test]
async fn staff_see_the_customers_past_sessions_and_orders_and_look_one_up() {
    let d = TestDaemon::start().await;
    // u42 owns orders 1042, 1043 and 1051 in the demo shop.
    let (mut carol, earlier) = d.customer("u42", "Carol").await;
    carol
        .request(ClientEvent::CloseSession(SessionRef {
            session_uuid: earlier.clone(),
        }))
        .await
        .unwrap();
    carol
        .request(ClientEvent::RateSession(RateSession {
            session_uuid: earlier.clone(),
            rating: 4,
            comment: None,
        }))
        .await
        .unwrap();
    carol.close().await;
    let mut sam = d.staff("s1", "Sam").await;
    let mut kim = d.staff("s2", "Kim").await;
    let (mut carol, session) = take(&d, &mut sam, "u42").await;

    let ctx: CustomerContext =
        serde_json::from_value(sam.request(context(&session)).await.unwrap()).unwrap();
    assert_eq!(ctx.customer_id, "u42");
    assert_eq!(ctx.session_uuid, session);
    assert_eq!(ctx.sessions.len(), 1, "{:?}", ctx.sessions);
    let past = &ctx.sessions[0];
    assert_eq!(past.session_uuid, earlier);
    assert_eq!(past.status, SessionStatus::Closed);
    assert_eq!(past.rating, Some(4));
    assert!(past.closed_at.is_some());
    let mut ids: Vec<&str> = ctx.orders.iter().map(|o| o.order_id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["1042", "1043", "1051"]);
    assert!(!ctx.orders_unavailable);

    // One of hers by number (a leading # is fine).
    let found: OrderLookup =
        serde_json::from_value(sam.request(lookup(&session, "#1042")).await.unwrap()).unwrap();
    assert_eq!(found.order.order_id, "1042");
    assert_eq!(found.order.status, "shipped");
    assert!(!found.order.items.is_empty());
    // Someone else's order (u7's 1047) answers exactly like a missing one.
    let other = sam.request(lookup(&session, "1047")).await.unwrap_err();
    let missing = sam.request(lookup(&session, "9999")).await.unwrap_err();
    assert_eq!(other.code, ErrorCode::NotFound);
    assert_eq!(missing.code, ErrorCode::NotFound);
    assert_eq!(
        other.message.replace("1047", "N"),
        missing.message.replace("9999", "N")
    );

    // Only the staff member handling the chat; never a customer.
    for event in [context(&session), lookup(&session, "1042")] {
        let e = kim.request(event).await.unwrap_err();
        assert_eq!(e.code, ErrorCode::NotFound, "{e:?}");
    }
    let e = carol.request(lookup(&session, "1042")).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);
    let e = carol.request(context(&session)).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);
    // Bad input: clear errors.
    let e = sam.request(lookup(&session, "")).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::BadRequest);
    let e = sam
        .request(lookup(&session, &"9".repeat(65)))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::TooLarge);

    // The card was for Sam only: nothing reached the customer's socket,
    // and nothing was stored in the chat.
    sam.request(lookup(&session, "1043")).await.unwrap();
    // Carol writes after it: every frame she got before her own line is
    // read by then, and none of them carries the card.
    carol
        .request(ClientEvent::SendMessage(SendMessage {
            session_uuid: session.clone(),
            content: "any news?".into(),
            message_type: None,
            client_msg_id: None,
        }))
        .await
        .unwrap();
    loop {
        let f = carol.next_event().await;
        let json = ServerFrame::push(f.event.clone()).to_json();
        assert!(!json.contains("1043"), "the customer got {json}");
        if matches!(&f.event, ServerEvent::NewMessage(m) if m.content == "any news?") {
            break;
        }
    }
    carol.expect_none("ack", Duration::from_millis(200)).await;
    let page: HistoryPage = serde_json::from_value(
        carol
            .request(ClientEvent::GetHistory(GetHistory {
                session_uuid: session.clone(),
                before_seq: None,
                limit: Some(100),
            }))
            .await
            .unwrap(),
    )
    .unwrap();
    assert!(
        !page.messages.iter().any(|m| m.content.contains("1043")),
        "{:?}",
        page.messages
    );
}

#[tokio::test]
async fn a_guest_has_no_orders_and_a_closed_chat_is_no_longer_handled() {
    let d = TestDaemon::start().await;
    let mut sam = d.staff("s1", "Sam").await;
    let (mut guest, session) = take(&d, &mut sam, "guest-7f3a").await;
    let ctx: CustomerContext =
        serde_json::from_value(sam.request(context(&session)).await.unwrap()).unwrap();
    assert!(ctx.orders.is_empty() && ctx.sessions.is_empty());
    assert_eq!(
        sam.request(lookup(&session, "1042"))
            .await
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
    guest
        .request(ClientEvent::CloseSession(SessionRef {
            session_uuid: session.clone(),
        }))
        .await
        .unwrap();
    sam.expect("session_closed").await;
    assert_eq!(
        sam.request(context(&session)).await.unwrap_err().code,
        ErrorCode::NotFound
    );
}
