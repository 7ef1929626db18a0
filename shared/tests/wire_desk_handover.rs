//! Issue 16 (hand to a colleague, the customer beside the chat): pins the
//! JSON of the additive offer fields and of the new acks.

use concierge_shared::protocol::*;

fn ts(s: &str) -> Timestamp {
    Timestamp::parse(s).expect("test timestamp")
}

fn card() -> OrderCard {
    OrderCard {
        order_id: "1042".into(),
        status: "shipped".into(),
        items: vec![OrderLine {
            sku: "MUG-01".into(),
            qty: 2,
        }],
        total: 24.5,
        currency: "EUR".into(),
        carrier: Some("DHL".into()),
        tracking_number: Some("JD0142".into()),
        updated_at: "2026-11-20T09:00:00+01:00".into(),
    }
}

#[test]
fn a_handed_over_offer_carries_sender_note_and_target() {
    let offer = TransferOffer {
        transfer_request_id: 8,
        session_uuid: "6f1c2b8e-0000-4000-8000-000000000001".into(),
        customer_id: "u42".into(),
        customer_name: "Carol".into(),
        reason: Some("Handed over by Sam.".into()),
        summary: "Intent: return_refund. Order 1042.".into(),
        waiting_since: ts("2026-11-26T10:05:00.000Z"),
        declined_by: vec![],
        queue_position: Some(1),
        reoffered: false,
        preferred_staff_id: Some("s2".into()),
        from_staff_id: Some("s1".into()),
        from_staff_name: Some("Sam".into()),
        note: Some("refund agreed, label printed".into()),
    };
    let frame = ServerFrame::push(ServerEvent::NewTransferRequest(offer));
    let json: serde_json::Value = serde_json::from_str(&frame.to_json()).unwrap();
    insta::assert_json_snapshot!("server__new_transfer_request__handed_over", json);
    assert_eq!(
        decode_server_frame(&frame.to_json()).unwrap().unwrap(),
        frame
    );
}

#[test]
fn the_desk_acks_have_a_pinned_json_shape() {
    let uuid = "6f1c2b8e-0000-4000-8000-000000000001".to_string();
    let hand = ServerEvent::ack(&HandOverAck {
        transfer_request_id: 8,
    });
    insta::assert_json_snapshot!("ack__hand_over", ServerFrame::push(hand));
    let colleagues = ServerEvent::ack(&Colleagues {
        staff: vec![Colleague {
            staff_id: "s2".into(),
            name: "Ana".into(),
            is_online: true,
            is_available: true,
            current_chats: 1,
            max_concurrent_chats: 3,
        }],
    });
    insta::assert_json_snapshot!("ack__get_colleagues", ServerFrame::push(colleagues));
    let context = ServerEvent::ack(&CustomerContext {
        session_uuid: uuid.clone(),
        customer_id: "u42".into(),
        customer_name: Some("Carol".into()),
        sessions: vec![PastSession {
            session_uuid: "6f1c2b8e-0000-4000-8000-000000000000".into(),
            created_at: ts("2026-11-01T10:00:00.000Z"),
            closed_at: Some(ts("2026-11-01T10:20:00.000Z")),
            status: SessionStatus::Closed,
            session_type: SessionType::Human,
            staff_id: Some("s1".into()),
            rating: Some(4),
            summary: Some("Intent: order_status. Order 1042.".into()),
        }],
        orders: vec![card()],
        orders_unavailable: false,
    });
    insta::assert_json_snapshot!("ack__get_customer_context", ServerFrame::push(context));
    let lookup = ServerEvent::ack(&OrderLookup {
        session_uuid: uuid,
        order: card(),
    });
    insta::assert_json_snapshot!("ack__lookup_order", ServerFrame::push(lookup));
}
