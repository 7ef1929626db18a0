//! Pins the JSON of every event of the protocol. A change to the wire shows
//! up here as a snapshot diff in review (`cargo insta review`).

use concierge_shared::protocol::*;
use serde_json::json;

fn ts(s: &str) -> Timestamp {
    Timestamp::parse(s).expect("test timestamp")
}

fn message(seq: i64) -> Message {
    Message {
        message_id: 100 + seq,
        session_uuid: "6f1c2b8e-0000-4000-8000-000000000001".into(),
        seq,
        sender_id: Some("u42".into()),
        sender_name: Some("Carol".into()),
        sender_role: SenderRole::Customer,
        message_type: MessageType::Text,
        content: "where is order 1042?".into(),
        ai_generated: false,
        client_msg_id: Some("c-1".into()),
        created_at: ts("2026-11-26T10:00:00.000Z"),
        read_at: None,
    }
}

fn offer() -> TransferOffer {
    TransferOffer {
        transfer_request_id: 7,
        session_uuid: "6f1c2b8e-0000-4000-8000-000000000001".into(),
        customer_id: "u42".into(),
        customer_name: "Carol".into(),
        reason: Some("wants a refund".into()),
        summary: "Intent: return_refund. Order 1042.".into(),
        waiting_since: ts("2026-11-26T10:01:00.000Z"),
        declined_by: vec!["s2".into()],
        queue_position: Some(1),
        reoffered: false,
        preferred_staff_id: Some("s1".into()),
        from_staff_id: None,
        from_staff_name: None,
        note: None,
    }
}

fn session() -> Session {
    Session {
        session_uuid: "6f1c2b8e-0000-4000-8000-000000000001".into(),
        user_id: "u42".into(),
        user_name: Some("Carol".into()),
        staff_id: Some("s1".into()),
        session_type: SessionType::Human,
        status: SessionStatus::Active,
        created_at: ts("2026-11-26T10:00:00.000Z"),
        updated_at: ts("2026-11-26T10:02:00.000Z"),
        closed_at: None,
    }
}

fn left_message() -> LeftMessage {
    LeftMessage {
        message_id: 3,
        session_uuid: "6f1c2b8e-0000-4000-8000-000000000001".into(),
        customer_id: "u42".into(),
        customer_name: "Carol".into(),
        email: Some("carol@example.com".into()),
        summary: "Intent: return_refund. Order 1042.".into(),
        outside_hours: true,
        created_at: ts("2026-11-26T22:00:00.000Z"),
    }
}

fn note() -> Note {
    Note {
        note_id: 9,
        session_uuid: "6f1c2b8e-0000-4000-8000-000000000001".into(),
        author_id: "s1".into(),
        author_name: "Sam".into(),
        body: "Refund approved by Ana; waiting for the courier.".into(),
        created_at: ts("2026-11-26T10:05:00.000Z"),
    }
}

/// Issue 16: the acks of the notes and labels reads, pinned like events.
#[test]
fn notes_and_labels_acks_have_a_pinned_json_shape() {
    insta::assert_json_snapshot!(
        "ack__get_notes",
        SessionNotes {
            session_uuid: "6f1c2b8e-0000-4000-8000-000000000001".into(),
            notes: vec![note()],
            labels: vec!["refund".into()],
        }
    );
    insta::assert_json_snapshot!(
        "ack__get_labels",
        LabelsInUse {
            labels: vec![LabelCount {
                label: "refund".into(),
                sessions: 3,
            }],
        }
    );
}

fn server_events() -> Vec<ServerEvent> {
    let uuid = "6f1c2b8e-0000-4000-8000-000000000001".to_string();
    vec![
        ServerEvent::Connected(Connected {
            user_id: "u42".into(),
            user_name: "Carol".into(),
            role: Role::Customer,
            is_staff: false,
            server_time: ts("2026-11-26T10:00:00.000Z"),
            protocol: PROTOCOL_VERSION,
            availability: Some(Availability {
                open_now: false,
                staff_available: false,
                staff_expected: false,
                next_opening: Some(ts("2026-11-27T08:00:00.000Z")),
                timezone: Some("Europe/Berlin".into()),
            }),
        }),
        ServerEvent::ChatSessionRestored(SessionRestored {
            session_uuid: uuid.clone(),
            session_type: SessionType::Ai,
            status: SessionStatus::Active,
            staff_id: None,
            history: vec![message(1)],
            last_seq: 1,
        }),
        ServerEvent::SessionStarted(SessionStarted {
            session_uuid: uuid.clone(),
        }),
        ServerEvent::StaffData(StaffData {
            workload: Workload {
                max_concurrent_chats: 5,
                current_chats: 1,
                is_available: true,
            },
            online_staff_count: 2,
            queue: vec![offer()],
            active_sessions: vec![session()],
            messages: vec![left_message()],
        }),
        ServerEvent::StaffOnline(StaffOnline {
            staff_id: "s1".into(),
            user_name: "Sam".into(),
        }),
        ServerEvent::StaffOffline(StaffOffline {
            staff_id: "s1".into(),
        }),
        ServerEvent::StaffStatusUpdated(StaffStatusUpdated {
            staff_id: "s1".into(),
            is_online: true,
            is_available: false,
        }),
        ServerEvent::NewMessage(message(2)),
        ServerEvent::AiMessage(AiMessage {
            message: Message {
                sender_id: None,
                sender_name: Some("Assistant".into()),
                sender_role: SenderRole::Ai,
                ai_generated: true,
                client_msg_id: None,
                content: "Order 1042 has shipped.".into(),
                ..message(3)
            },
            stream_id: Some("st-1".into()),
        }),
        ServerEvent::AiMessageDelta(AiMessageDelta {
            session_uuid: uuid.clone(),
            stream_id: "st-1".into(),
            delta: "Order 1042 ".into(),
        }),
        ServerEvent::UserTyping(UserTyping {
            session_uuid: uuid.clone(),
            user_id: "s1".into(),
            user_name: "Sam".into(),
        }),
        ServerEvent::UserStopTyping(UserStopTyping {
            session_uuid: uuid.clone(),
            user_id: "s1".into(),
        }),
        ServerEvent::MessageRead(MessageRead {
            session_uuid: uuid.clone(),
            message_id: 102,
            read_by: "s1".into(),
            read_at: ts("2026-11-26T10:03:00.000Z"),
        }),
        ServerEvent::TransferRequested(TransferRequested {
            session_uuid: uuid.clone(),
            transfer_request_id: 7,
            reason: Some("wants a refund".into()),
            queue_position: 1,
        }),
        ServerEvent::NewTransferRequest(offer()),
        ServerEvent::QueueUpdate(QueueUpdate {
            transfer_request_id: 7,
            queue_position: 2,
        }),
        ServerEvent::TransferFailed(TransferFailed {
            session_uuid: uuid.clone(),
            reason: "No staff member is online right now.".into(),
        }),
        ServerEvent::TransferAccepted(TransferAccepted {
            session_uuid: uuid.clone(),
            staff_id: "s1".into(),
            staff_name: "Sam".into(),
        }),
        ServerEvent::StaffChatJoined(StaffChatJoined {
            session_uuid: uuid.clone(),
            history: vec![message(1)],
            summary: "Intent: return_refund. Order 1042.".into(),
            customer_id: Some("u42".into()),
            customer_name: Some("Carol".into()),
            notes: vec![note()],
            labels: vec!["handover:order_change".into(), "refund".into()],
        }),
        ServerEvent::TransferTaken(TransferTaken {
            transfer_request_id: 7,
            staff_id: "s1".into(),
        }),
        ServerEvent::TransferCancelled(TransferCancelled {
            transfer_request_id: 7,
            session_uuid: uuid.clone(),
            reason: "declined_by_all".into(),
        }),
        ServerEvent::WorkloadUpdated(Workload {
            max_concurrent_chats: 5,
            current_chats: 2,
            is_available: true,
        }),
        ServerEvent::SessionClosed(SessionClosed {
            session_uuid: uuid.clone(),
            closed_by: "u42".into(),
            closed_at: ts("2026-11-26T10:09:00.000Z"),
        }),
        ServerEvent::LeaveMessagePrompt(LeaveMessagePrompt {
            session_uuid: uuid.clone(),
            reason: "No one from the team is here right now.".into(),
            next_opening: Some(ts("2026-11-27T08:00:00.000Z")),
            email: Some("carol@example.com".into()),
        }),
        ServerEvent::MessageLeft(left_message()),
        ServerEvent::NewLeftMessage(left_message()),
        ServerEvent::LeftMessageResolved(LeftMessageResolved {
            message_id: 3,
            status: "answered".into(),
            staff_id: "s1".into(),
        }),
        // Issue 16.
        ServerEvent::NoteAdded(note()),
        ServerEvent::LabelsUpdated(LabelsUpdated {
            session_uuid: uuid.clone(),
            labels: vec!["refund".into(), "vip".into()],
            updated_by: "s1".into(),
        }),
        ServerEvent::ChatHandedOver(ChatHandedOver {
            session_uuid: uuid.clone(),
            transfer_request_id: 8,
            from_staff_id: "s1".into(),
            to_staff_id: Some("s2".into()),
        }),
        ServerEvent::ack(&SendMessageAck {
            message_id: 102,
            seq: 2,
            created_at: ts("2026-11-26T10:00:01.000Z"),
            duplicate: false,
        }),
        ServerEvent::Error(ErrorBody {
            code: ErrorCode::RateLimited,
            message: "slow down".into(),
            details: None,
            retry_after_ms: Some(250),
        }),
    ]
}

fn client_events() -> Vec<ClientEvent> {
    let uuid = "6f1c2b8e-0000-4000-8000-000000000001".to_string();
    vec![
        ClientEvent::SendMessage(SendMessage {
            session_uuid: uuid.clone(),
            content: "hello".into(),
            message_type: None,
            client_msg_id: Some("c-1".into()),
        }),
        ClientEvent::TypingStart(SessionRef {
            session_uuid: uuid.clone(),
        }),
        ClientEvent::TypingStop(SessionRef {
            session_uuid: uuid.clone(),
        }),
        ClientEvent::MarkRead(MarkRead {
            session_uuid: uuid.clone(),
            message_id: 102,
        }),
        ClientEvent::RequestStaff(RequestStaff {
            session_uuid: uuid.clone(),
            reason: Some("refund".into()),
        }),
        ClientEvent::AcceptTransfer(AcceptTransfer {
            transfer_request_id: 7,
        }),
        ClientEvent::DeclineTransfer(DeclineTransfer {
            transfer_request_id: 7,
            reason: Some("busy".into()),
        }),
        ClientEvent::StaffStatusChange(StaffStatusChange {
            is_online: None,
            is_available: Some(false),
        }),
        ClientEvent::CloseSession(SessionRef {
            session_uuid: uuid.clone(),
        }),
        ClientEvent::GetHistory(GetHistory {
            session_uuid: uuid.clone(),
            before_seq: Some(21),
            limit: Some(20),
        }),
        ClientEvent::RateSession(RateSession {
            session_uuid: uuid.clone(),
            rating: 5,
            comment: Some("great".into()),
        }),
        ClientEvent::LeaveMessage(LeaveMessage {
            session_uuid: uuid.clone(),
            email: Some("carol@example.com".into()),
        }),
        ClientEvent::AnswerMessage(AnswerMessage {
            message_id: 3,
            content: "Sorry about that: a new one is on its way.".into(),
        }),
        ClientEvent::CloseMessage(MessageRef { message_id: 3 }),
        ClientEvent::EmailTranscript(EmailTranscript {
            session_uuid: uuid.clone(),
            email: None,
            at_close: true,
        }),
        // Issue 16.
        ClientEvent::AddNote(AddNote {
            session_uuid: uuid.clone(),
            body: "Refund approved by Ana; waiting for the courier.".into(),
        }),
        ClientEvent::GetNotes(SessionRef {
            session_uuid: uuid.clone(),
        }),
        ClientEvent::SetLabels(SetLabels {
            session_uuid: uuid.clone(),
            labels: vec!["refund".into(), "vip".into()],
        }),
        ClientEvent::GetLabels(GetLabels {}),
        ClientEvent::ListCannedReplies(ListCannedReplies {}),
        ClientEvent::Search(Search {
            query: "order 1042".into(),
            limit: Some(20),
            cursor: None,
        }),
        ClientEvent::HandOver(HandOver {
            session_uuid: uuid.clone(),
            to_staff_id: Some("s2".into()),
            note: Some("wants a refund for 1042, label printed".into()),
        }),
        ClientEvent::GetColleagues(GetColleagues {}),
        ClientEvent::GetCustomerContext(GetCustomerContext {
            session_uuid: uuid.clone(),
        }),
        ClientEvent::LookupOrder(LookupOrder {
            session_uuid: uuid,
            order_id: "1042".into(),
        }),
    ]
}

#[test]
fn every_server_event_has_a_pinned_json_shape() {
    let events = server_events();
    assert_eq!(
        events.len(),
        ServerEvent::NAMES.len(),
        "one sample per server event"
    );
    for event in events {
        let name = event.name();
        let frame = ServerFrame::push(event);
        let json: serde_json::Value = serde_json::from_str(&frame.to_json()).unwrap();
        assert_eq!(json["event"], name);
        insta::assert_json_snapshot!(format!("server__{name}"), json);
        // And it decodes back to the same value.
        let back = decode_server_frame(&frame.to_json()).unwrap().unwrap();
        assert_eq!(back, frame);
    }
}

#[test]
fn every_client_event_has_a_pinned_json_shape() {
    let events = client_events();
    assert_eq!(events.len(), ClientEvent::NAMES.len());
    for (i, event) in events.into_iter().enumerate() {
        let name = event.name();
        let frame = ClientFrame::new(event, Some(Ref::Num(i as i64)));
        let json: serde_json::Value = serde_json::from_str(&frame.to_json()).unwrap();
        insta::assert_json_snapshot!(format!("client__{name}"), json);
        assert_eq!(decode_client_frame(&frame.to_json()).unwrap(), frame);
    }
}

#[test]
fn a_reply_carries_the_ref_of_the_frame_it_answers() {
    let frame = ServerFrame::reply(ServerEvent::ack(&json!({})), Some(Ref::Str("r-9".into())));
    assert_eq!(frame.to_json(), r#"{"event":"ack","data":{},"ref":"r-9"}"#);
}

#[test]
fn decode_tells_apart_each_kind_of_bad_frame() {
    assert!(matches!(
        decode_client_frame("not json"),
        Err(FrameError::NotJson(_))
    ));
    assert!(matches!(
        decode_client_frame("[1,2]"),
        Err(FrameError::NotAnEvent { .. })
    ));
    assert!(matches!(
        decode_client_frame(r#"{"event":"fly","data":{},"ref":3}"#),
        Err(FrameError::UnknownEvent { name, r#ref: Some(Ref::Num(3)) }) if name == "fly"
    ));
    assert!(matches!(
        decode_client_frame(
            r#"{"event":"send_message","data":{"sessionUuid":5,"content":"x"},"ref":"a"}"#
        ),
        Err(FrameError::BadData {
            r#ref: Some(Ref::Str(_)),
            ..
        })
    ));
    assert!(matches!(
        decode_client_frame(r#"{"event":"send_message","data":{"content":"x"}}"#),
        Err(FrameError::BadData { .. })
    ));
    assert!(matches!(
        decode_client_frame(r#"{"event":"rate_session","data":{"sessionUuid":"s","rating":700}}"#),
        Err(FrameError::BadData { .. })
    ));
    // data may be omitted for events whose fields are all optional
    assert_eq!(
        decode_client_frame(r#"{"event":"staff_status_change"}"#)
            .unwrap()
            .event,
        ClientEvent::StaffStatusChange(StaffStatusChange {
            is_online: None,
            is_available: None
        })
    );
}

#[test]
fn integer_subjects_and_unknown_server_events_are_tolerated() {
    assert_eq!(
        decode_server_frame(r#"{"event":"from_the_future","data":{}}"#).unwrap(),
        None
    );
    let claims: concierge_shared::token::Claims =
        serde_json::from_value(json!({"sub": 42, "name": "N", "role": "staff", "exp": 1})).unwrap();
    assert_eq!(claims.sub.into_string(), "42");
}

#[test]
fn the_list_of_server_event_names_matches_the_enum() {
    let mut named: Vec<&str> = server_events().iter().map(ServerEvent::name).collect();
    named.sort_unstable();
    let mut listed = ServerEvent::NAMES.to_vec();
    listed.sort_unstable();
    assert_eq!(named, listed);
}
