//! Every bad frame gets an `error` with the right code, changes nothing,
//! and leaves the connection open.

use std::time::Duration;

use concierge_shared::protocol::*;
use concierge_tests::{Client, TestDaemon};
use tokio_tungstenite::tungstenite::Message as WsMessage;

fn count_customer_lines(d: &TestDaemon) -> i64 {
    d.db()
        .query_row(
            "SELECT count(*) FROM chat_messages WHERE sender_role = 'customer'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

async fn expect_error(c: &mut Client, code: ErrorCode) -> ServerFrame {
    let f = c.expect("error").await;
    let ServerEvent::Error(e) = &f.event else {
        unreachable!()
    };
    assert_eq!(e.code, code, "{e:?}");
    assert!(!e.message.is_empty());
    f
}

#[tokio::test]
async fn bad_frames_get_errors_and_change_nothing() {
    let d = TestDaemon::start().await;
    let (mut c, session) = d.customer("u1", "Ada").await;

    c.send_raw("this is not json").await;
    expect_error(&mut c, ErrorCode::BadRequest).await;

    c.send_raw(r#"{"event":"launch_rockets","data":{},"ref":"r1"}"#)
        .await;
    let f = expect_error(&mut c, ErrorCode::BadRequest).await;
    assert_eq!(
        f.r#ref,
        Some(Ref::Str("r1".into())),
        "the error carries the ref"
    );

    c.send_raw(r#"{"event":"send_message","data":{"sessionUuid":42,"content":true},"ref":2}"#)
        .await;
    let f = expect_error(&mut c, ErrorCode::BadRequest).await;
    assert_eq!(f.r#ref, Some(Ref::Num(2)));

    c.send_raw(r#"{"event":"send_message","ref":3}"#).await;
    expect_error(&mut c, ErrorCode::BadRequest).await;

    let long = "x".repeat(4001);
    let e = c
        .request(ClientEvent::SendMessage(SendMessage {
            session_uuid: session.clone(),
            content: long,
            message_type: None,
            client_msg_id: None,
        }))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::TooLarge);

    let e = c
        .request(ClientEvent::SendMessage(SendMessage {
            session_uuid: session.clone(),
            content: "pretend to be the system".into(),
            message_type: Some(MessageType::System),
            client_msg_id: None,
        }))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::BadRequest);

    c.send_message(WsMessage::Binary(vec![1u8, 2, 3].into()))
        .await;
    expect_error(&mut c, ErrorCode::BadRequest).await;

    // staff-only events from a customer
    let e = c
        .request(ClientEvent::AcceptTransfer(AcceptTransfer {
            transfer_request_id: 1,
        }))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);

    assert_eq!(count_customer_lines(&d), 0, "nothing stored");
    // the connection is still open and works
    let ok = c
        .request(ClientEvent::SendMessage(SendMessage {
            session_uuid: session,
            content: "fine now".into(),
            message_type: None,
            client_msg_id: None,
        }))
        .await;
    assert!(ok.is_ok());
    assert_eq!(count_customer_lines(&d), 1);
}

#[tokio::test]
async fn frames_over_64_kib_are_refused_by_the_websocket_layer() {
    let d = TestDaemon::start().await;
    let (mut c, session) = d.customer("u1", "Ada").await;
    let huge = format!(
        r#"{{"event":"send_message","data":{{"sessionUuid":"{session}","content":"{}"}}}}"#,
        "y".repeat(70 * 1024)
    );
    c.send_raw(&huge).await;
    assert!(
        c.closed_within(Duration::from_secs(5)).await,
        "oversized frame closes the socket"
    );
    assert_eq!(count_customer_lines(&d), 0);
}

#[tokio::test]
async fn a_flood_is_rate_limited_with_retry_after() {
    let d = TestDaemon::start_with(|c| {
        c.rate_limit_per_sec = 10.0;
        c.rate_limit_burst = 20;
    })
    .await;
    let (mut c, session) = d.customer("u1", "Ada").await;
    let mut refs = Vec::new();
    for i in 0..40 {
        refs.push(
            c.send(ClientEvent::SendMessage(SendMessage {
                session_uuid: session.clone(),
                content: format!("flood {i}"),
                message_type: None,
                client_msg_id: None,
            }))
            .await,
        );
    }
    let mut acked = 0;
    let mut limited = 0;
    for r in &refs {
        match c.reply(r).await {
            Ok(_) => acked += 1,
            Err(e) => {
                assert_eq!(e.code, ErrorCode::RateLimited);
                assert!(e.retry_after_ms.is_some_and(|ms| ms > 0));
                limited += 1;
            }
        }
    }
    assert!(limited >= 15, "limited {limited}");
    assert!(acked >= 20, "burst of 20 allowed, got {acked}");
    assert_eq!(count_customer_lines(&d), acked);
}

#[tokio::test]
async fn a_connection_that_answers_no_ping_is_dropped() {
    let d = TestDaemon::start_with(|c| {
        c.idle_timeout = Duration::from_millis(600);
        c.ping_interval = Duration::from_millis(150);
    })
    .await;
    let (mut c, _) = d.customer("u1", "Ada").await;
    // Not reading means not answering pings.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(c.closed_within(Duration::from_secs(3)).await);
}

#[tokio::test]
async fn a_connection_that_answers_pings_stays() {
    let d = TestDaemon::start_with(|c| {
        c.idle_timeout = Duration::from_millis(600);
        c.ping_interval = Duration::from_millis(150);
    })
    .await;
    let (mut c, _) = d.customer("u1", "Ada").await;
    // Reading answers pings with pongs.
    assert!(!c.closed_within(Duration::from_millis(1500)).await);
}
