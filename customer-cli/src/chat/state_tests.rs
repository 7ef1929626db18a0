use super::*;
use concierge_shared::{
    AiMessage, AiMessageDelta, Connected, MessageType, Ref, Role, SessionStarted, Timestamp,
};
use serde_json::json;

fn state() -> ChatState {
    let mut s = ChatState {
        new_id: Some(|| "cm-1".to_string()),
        ..ChatState::default()
    };
    s.on_frame(push(ServerEvent::Connected(Connected {
        user_id: "c1".into(),
        user_name: "Carol".into(),
        role: Role::Customer,
        is_staff: false,
        server_time: Timestamp::now(),
        protocol: 1,
        availability: None,
    })));
    s
}

fn push(e: ServerEvent) -> ServerFrame {
    ServerFrame::push(e)
}

fn msg(seq: i64, role: SenderRole, content: &str) -> Message {
    Message {
        message_id: 100 + seq,
        session_uuid: "S".into(),
        seq,
        sender_id: Some(
            if role == SenderRole::Customer {
                "c1"
            } else {
                "x"
            }
            .into(),
        ),
        sender_name: Some("Sam".into()),
        sender_role: role,
        message_type: MessageType::Text,
        content: content.into(),
        ai_generated: role == SenderRole::Ai,
        client_msg_id: None,
        created_at: Timestamp::now(),
        read_at: None,
    }
}

fn lines(fx: &[Effect]) -> Vec<String> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Show(Out::Line(l)) => Some(l.clone()),
            Effect::Show(Out::Partial(p)) => Some(format!("~{p}")),
            _ => None,
        })
        .collect()
}

fn sends(fx: &[Effect]) -> Vec<(ClientEvent, Option<i64>)> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Send(ev, r) => Some((ev.clone(), *r)),
            _ => None,
        })
        .collect()
}

#[test]
fn commands_parse() {
    assert_eq!(parse_command("  "), Ok(None));
    assert_eq!(parse_command("hi"), Ok(Some(Command::Say("hi".into()))));
    assert_eq!(
        parse_command("/human my order is lost"),
        Ok(Some(Command::Human(Some("my order is lost".into()))))
    );
    assert_eq!(parse_command("/human"), Ok(Some(Command::Human(None))));
    assert_eq!(
        parse_command("/rate 5 great"),
        Ok(Some(Command::Rate(5, Some("great".into()))))
    );
    assert!(parse_command("/rate 9").is_err());
    assert!(parse_command("/nope").is_err());
    assert_eq!(
        parse_command("//etc/passwd"),
        Ok(Some(Command::Say("/etc/passwd".into())))
    );
    assert_eq!(parse_command("/quit"), Ok(Some(Command::Quit)));
}

#[test]
fn a_message_typed_before_the_session_is_sent_once_it_starts() {
    let mut s = state();
    assert!(sends(&s.on_input(Command::Say("hello".into()))).is_empty());
    let fx = s.on_frame(push(ServerEvent::SessionStarted(SessionStarted {
        session_uuid: "S".into(),
    })));
    let sent = sends(&fx);
    assert_eq!(sent.len(), 1);
    let ClientEvent::SendMessage(m) = &sent[0].0 else {
        panic!("not a send: {sent:?}")
    };
    assert_eq!(m.client_msg_id.as_deref(), Some("cm-1"));
}

#[test]
fn unacked_messages_are_resent_with_the_same_id_after_a_reconnect() {
    let mut s = state();
    s.on_frame(push(ServerEvent::SessionStarted(SessionStarted {
        session_uuid: "S".into(),
    })));
    s.on_frame(push(ServerEvent::AiMessage(AiMessage {
        message: msg(1, SenderRole::Ai, "Welcome"),
        stream_id: None,
    })));
    let first = sends(&s.on_input(Command::Say("where is my order".into())));
    assert_eq!(first.len(), 1);
    s.on_disconnect();
    assert_eq!(
        s.resume(),
        Some(Resume {
            session_uuid: "S".into(),
            last_seq: 1
        })
    );
    // Reconnected: restored with nothing new yet; the message goes again.
    let fx = s.on_frame(push(ServerEvent::Connected(Connected {
        user_id: "c1".into(),
        user_name: "Carol".into(),
        role: Role::Customer,
        is_staff: false,
        server_time: Timestamp::now(),
        protocol: 1,
        availability: None,
    })));
    assert!(lines(&fx).is_empty(), "no second greeting: {fx:?}");
    let fx = s.on_frame(push(ServerEvent::ChatSessionRestored(
        concierge_shared::SessionRestored {
            session_uuid: "S".into(),
            session_type: concierge_shared::SessionType::Ai,
            status: SessionStatus::Active,
            staff_id: None,
            history: vec![msg(1, SenderRole::Ai, "Welcome")],
            last_seq: 1,
        },
    )));
    assert!(lines(&fx).is_empty(), "welcome not shown twice: {fx:?}");
    let again = sends(&fx);
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].0, first[0].0, "same content and clientMsgId");
    // The duplicate ack shows the message once; its echo is not shown again.
    let r = again[0].1.unwrap();
    let fx = s.on_frame(ServerFrame::reply(
        ServerEvent::Ack(json!({"messageId": 102, "seq": 2, "createdAt": "2025-01-01T00:00:00.000Z", "duplicate": true})),
        Some(Ref::Num(r)),
    ));
    assert_eq!(lines(&fx), vec!["you: where is my order"]);
    let fx = s.on_frame(push(ServerEvent::NewMessage(msg(
        2,
        SenderRole::Customer,
        "where is my order",
    ))));
    assert!(lines(&fx).is_empty());
    assert!(s.settled());
    assert_eq!(s.resume().unwrap().last_seq, 2);
}

#[test]
fn streamed_replies_show_as_they_arrive_and_once() {
    let mut s = state();
    s.on_frame(push(ServerEvent::SessionStarted(SessionStarted {
        session_uuid: "S".into(),
    })));
    let mut out = Vec::new();
    for d in ["Your order ", "ships today."] {
        out.extend(s.on_frame(push(ServerEvent::AiMessageDelta(AiMessageDelta {
            session_uuid: "S".into(),
            stream_id: "st1".into(),
            delta: d.into(),
        }))));
    }
    out.extend(s.on_frame(push(ServerEvent::AiMessage(AiMessage {
        message: msg(2, SenderRole::Ai, "Your order ships today."),
        stream_id: Some("st1".into()),
    }))));
    assert_eq!(
        lines(&out),
        vec!["~assistant: ", "~Your order ", "~ships today.", ""]
    );
    assert!(!out.contains(&Effect::Replied), "nothing was asked yet");
}

#[test]
fn staff_messages_are_marked_read_and_receipts_shown_for_own_messages() {
    let mut s = state();
    s.on_frame(push(ServerEvent::SessionStarted(SessionStarted {
        session_uuid: "S".into(),
    })));
    let fx = s.on_frame(push(ServerEvent::TransferAccepted(
        concierge_shared::TransferAccepted {
            session_uuid: "S".into(),
            staff_id: "s1".into(),
            staff_name: "Sam".into(),
        },
    )));
    assert_eq!(lines(&fx), vec!["Sam joined the chat"]);
    let fx = s.on_frame(push(ServerEvent::NewMessage(msg(
        3,
        SenderRole::Staff,
        "Hi!",
    ))));
    assert_eq!(lines(&fx), vec!["Sam: Hi!"]);
    assert!(matches!(sends(&fx)[0].0, ClientEvent::MarkRead(_)));
    let sent = sends(&s.on_input(Command::Say("thanks".into())));
    s.on_frame(ServerFrame::reply(
        ServerEvent::Ack(json!({"messageId": 104, "seq": 4, "createdAt": "2025-01-01T00:00:00.000Z", "duplicate": false})),
        sent[0].1.map(Ref::Num),
    ));
    let fx = s.on_frame(push(ServerEvent::MessageRead(
        concierge_shared::MessageRead {
            session_uuid: "S".into(),
            message_id: 104,
            read_by: "s1".into(),
            read_at: Timestamp::now(),
        },
    )));
    assert_eq!(lines(&fx), vec!["✓ read: “thanks”"]);
}

#[test]
fn a_rejected_message_leaves_the_outbox_but_a_rate_limited_one_is_retried() {
    let mut s = state();
    s.on_frame(push(ServerEvent::SessionStarted(SessionStarted {
        session_uuid: "S".into(),
    })));
    let sent = sends(&s.on_input(Command::Say("x".into())));
    let mut err = concierge_shared::ErrorBody::new(ErrorCode::RateLimited, "slow down");
    err.retry_after_ms = Some(100);
    s.on_frame(ServerFrame::reply(
        ServerEvent::Error(err),
        sent[0].1.map(Ref::Num),
    ));
    assert!(!s.settled());
    let again = sends(&s.retry());
    assert_eq!(again.len(), 1);
    s.on_frame(ServerFrame::reply(
        ServerEvent::error(ErrorCode::TooLarge, "too long"),
        again[0].1.map(Ref::Num),
    ));
    assert!(s.settled());
}

#[test]
fn a_reply_counts_only_after_the_own_message_even_when_it_overtakes_the_ack() {
    let mut s = state();
    s.on_frame(push(ServerEvent::SessionStarted(SessionStarted {
        session_uuid: "S".into(),
    })));
    let welcome = s.on_frame(push(ServerEvent::AiMessage(AiMessage {
        message: msg(1, SenderRole::Ai, "Welcome"),
        stream_id: None,
    })));
    assert!(!welcome.contains(&Effect::Replied));
    let sent = sends(&s.on_input(Command::Say("hi".into())));
    let early = s.on_frame(push(ServerEvent::AiMessage(AiMessage {
        message: msg(3, SenderRole::Ai, "Hello"),
        stream_id: None,
    })));
    assert!(!early.contains(&Effect::Replied), "not acked yet");
    let fx = s.on_frame(ServerFrame::reply(
        ServerEvent::Ack(json!({"messageId": 102, "seq": 2, "createdAt": "2025-01-01T00:00:00.000Z", "duplicate": false})),
        sent[0].1.map(Ref::Num),
    ));
    assert!(fx.contains(&Effect::Replied));
}

/// Issue 17: leaving a message and asking for the transcript.
#[test]
fn leave_and_email_commands_and_the_prompt() {
    assert_eq!(
        parse_command("/leave mia@shop.example"),
        Ok(Some(Command::Leave(Some("mia@shop.example".into()))))
    );
    assert_eq!(parse_command("/leave"), Ok(Some(Command::Leave(None))));
    assert_eq!(
        parse_command("/email --at-close"),
        Ok(Some(Command::Email(None, true)))
    );
    assert_eq!(
        parse_command("/email a@b.example"),
        Ok(Some(Command::Email(Some("a@b.example".into()), false)))
    );
    let mut s = state();
    assert_eq!(
        lines(&s.on_input(Command::Leave(None))),
        vec!["not in a chat yet; wait for the session to start"]
    );
    s.on_frame(push(ServerEvent::SessionStarted(SessionStarted {
        session_uuid: "S".into(),
    })));
    let fx = s.on_frame(push(ServerEvent::LeaveMessagePrompt(
        concierge_shared::LeaveMessagePrompt {
            session_uuid: "S".into(),
            reason: "Nobody is here.".into(),
            next_opening: None,
            email: Some("mia@shop.example".into()),
        },
    )));
    assert!(lines(&fx)[0].contains("/leave to leave your message for mia@shop.example"));
    let sent = sends(&s.on_input(Command::Leave(None)));
    assert!(matches!(
        &sent[0].0,
        ClientEvent::LeaveMessage(LeaveMessage { session_uuid, email: None }) if session_uuid == "S"
    ));
    let sent = sends(&s.on_input(Command::Email(None, true)));
    let (ClientEvent::EmailTranscript(t), Some(r)) = &sent[0] else {
        panic!("{sent:?}")
    };
    assert!(t.at_close);
    let fx = s.on_frame(ServerFrame::reply(
        ServerEvent::Ack(json!({"atClose": true})),
        Some(Ref::Num(*r)),
    ));
    assert_eq!(
        lines(&fx),
        vec!["the transcript will be emailed when the chat closes"]
    );
}
