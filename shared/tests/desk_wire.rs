//! Issue 16: the JSON of the answers to `list_canned_replies` and
//! `search` (both travel inside an `ack`), pinned like the events in
//! `wire.rs`.

use concierge_shared::protocol::*;

fn ts(s: &str) -> Timestamp {
    Timestamp::parse(s).expect("test timestamp")
}

#[test]
fn canned_replies_ack_has_a_pinned_json_shape() {
    let ack = ServerEvent::ack(&CannedReplies {
        replies: vec![CannedReply {
            code: "refund".into(),
            body: "Hi {customer.name}, your refund for order {order.id} is on its way.".into(),
            updated_by: "admin1".into(),
            updated_at: ts("2026-11-26T09:00:00.000Z"),
        }],
    });
    let frame = ServerFrame::reply(ack, Some(Ref::Num(4)));
    let json: serde_json::Value = serde_json::from_str(&frame.to_json()).unwrap();
    insta::assert_json_snapshot!("ack__list_canned_replies", json);
    let ServerEvent::Ack(data) = decode_server_frame(&frame.to_json())
        .unwrap()
        .unwrap()
        .event
    else {
        panic!("not an ack");
    };
    let back: CannedReplies = serde_json::from_value(data).unwrap();
    assert_eq!(back.replies[0].code, "refund");
}

#[test]
fn search_ack_has_a_pinned_json_shape() {
    let ack = ServerEvent::ack(&SearchResults {
        items: vec![SearchHit {
            session_uuid: "6f1c2b8e-0000-4000-8000-000000000001".into(),
            seq: 3,
            message_id: 103,
            sender_role: SenderRole::Customer,
            snippet: "where is **order** **1042**?".into(),
            created_at: ts("2026-11-26T10:00:00.000Z"),
            customer_id: "u42".into(),
            customer_name: Some("Carol".into()),
        }],
        next_cursor: Some("s1.103".into()),
    });
    let frame = ServerFrame::reply(ack, Some(Ref::Num(5)));
    let json: serde_json::Value = serde_json::from_str(&frame.to_json()).unwrap();
    insta::assert_json_snapshot!("ack__search", json);
    let ServerEvent::Ack(data) = decode_server_frame(&frame.to_json())
        .unwrap()
        .unwrap()
        .event
    else {
        panic!("not an ack");
    };
    let back: SearchResults = serde_json::from_value(data).unwrap();
    assert_eq!(back.items[0].seq, 3);
}

#[test]
fn a_search_frame_with_unknown_fields_is_refused() {
    let e = decode_client_frame(r#"{"event":"search","data":{"query":"x","sql":"1"},"ref":1}"#)
        .unwrap_err();
    assert!(matches!(e, FrameError::BadData { .. }), "{e:?}");
    let ok = decode_client_frame(r#"{"event":"list_canned_replies","ref":2}"#).unwrap();
    assert_eq!(
        ok.event,
        ClientEvent::ListCannedReplies(ListCannedReplies {})
    );
}
