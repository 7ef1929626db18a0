//! Issue 16, private notes: staff only, on the live path (WebSocket) and
//! the API; never on a customer socket, never in the customer's export,
//! erased with the customer.

use concierge_shared::protocol::*;
use concierge_tests::{Client, TestDaemon};
use reqwest::Method;
use serde_json::json;

use crate::api::Http;

pub fn send(session: &str, content: &str) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: content.into(),
        message_type: None,
        client_msg_id: None,
    })
}

pub fn note(session: &str, body: &str) -> ClientEvent {
    ClientEvent::AddNote(AddNote {
        session_uuid: session.into(),
        body: body.into(),
    })
}

/// The customer asks for a person and `staff` takes the chat.
pub async fn handed_to(
    customer: &mut Client,
    staff: &mut Client,
    session: &str,
) -> StaffChatJoined {
    customer
        .request(ClientEvent::RequestStaff(RequestStaff {
            session_uuid: session.into(),
            reason: None,
        }))
        .await
        .unwrap();
    let ServerEvent::NewTransferRequest(o) = staff.expect("new_transfer_request").await.event
    else {
        unreachable!()
    };
    staff
        .request(ClientEvent::AcceptTransfer(AcceptTransfer {
            transfer_request_id: o.transfer_request_id,
        }))
        .await
        .unwrap();
    let ServerEvent::StaffChatJoined(j) = staff.expect("staff_chat_joined").await.event else {
        unreachable!()
    };
    j
}

/// Wait for `content` on this socket, failing if a note (or its words)
/// arrives first. Frames to one socket keep their order, so a note sent
/// before `content` would be seen here.
async fn no_note_before(c: &mut Client, content: &str, secret: &str) {
    let content = content.to_string();
    let secret = secret.to_string();
    c.expect_where(move |f| {
        assert!(
            !matches!(f.event, ServerEvent::NoteAdded(_)),
            "a customer socket got a note: {f:?}"
        );
        assert!(
            !f.to_json().contains(&secret),
            "a customer socket got the note's words: {f:?}"
        );
        matches!(&f.event, ServerEvent::NewMessage(m) if m.content == content)
    })
    .await;
}

#[tokio::test]
async fn notes_reach_staff_only_and_never_the_customer() {
    let d = TestDaemon::start().await;
    let http = Http::new(&d);
    let mut sam = d.staff("s1", "Sam").await;
    let mut sam2 = d.staff("s1", "Sam").await; // a second console
    let mut kim = d.staff("s2", "Kim").await;
    let (mut carol, session) = d.customer("c1", "Carol").await;
    handed_to(&mut carol, &mut sam, &session).await;
    carol.expect("transfer_accepted").await;

    const SECRET: &str = "customer was rude; refund approved by Ana";
    let ack = sam.request(note(&session, SECRET)).await.unwrap();
    let stored: Note = serde_json::from_value(ack).unwrap();
    assert_eq!(
        (stored.author_id.as_str(), stored.body.as_str()),
        ("s1", SECRET)
    );
    // Every console of the staff member handling it.
    let ServerEvent::NoteAdded(pushed) = sam2.expect("note_added").await.event else {
        unreachable!()
    };
    assert_eq!(pushed, stored);
    // The customer: nothing, proven by a later line arriving first.
    sam.request(send(&session, "after the note")).await.unwrap();
    no_note_before(&mut carol, "after the note", SECRET).await;

    // Only the staff member handling the chat (or an admin) writes notes;
    // customers cannot write or read them.
    let e = kim.request(note(&session, "not mine")).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);
    let e = carol.request(note(&session, "me too")).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);
    let e = carol
        .request(ClientEvent::GetNotes(SessionRef {
            session_uuid: session.clone(),
        }))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);
    // Bad notes change nothing.
    let e = sam.request(note(&session, "   ")).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::BadRequest);
    let e = sam
        .request(note(&session, &"x".repeat(4001)))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::TooLarge);
    let e = sam
        .request(note("no-such-session", "hello"))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden, "not handled by Sam");
    let mut admin = d.connect("a1", "Ada", Role::Admin).await.into_staff().await;
    let e = admin
        .request(note("no-such-session", "hello"))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    // An admin may note any chat; the staff member handling it hears.
    admin
        .request(note(&session, "checked by Ada"))
        .await
        .unwrap();
    let ServerEvent::NoteAdded(n) = sam2.expect("note_added").await.event else {
        unreachable!()
    };
    assert_eq!(
        (n.body.as_str(), n.author_id.as_str()),
        ("checked by Ada", "a1")
    );

    // Staff read them (any staff member), with the labels.
    let page: SessionNotes = serde_json::from_value(
        kim.request(ClientEvent::GetNotes(SessionRef {
            session_uuid: session.clone(),
        }))
        .await
        .unwrap(),
    )
    .unwrap();
    let bodies: Vec<&str> = page.notes.iter().map(|n| n.body.as_str()).collect();
    assert_eq!(bodies, [SECRET, "checked by Ada"]);

    // The API: in the staff view, never in the customer's.
    let staff_tok = d.token("s2", "Kim", Role::Staff);
    let carol_tok = d.token("c1", "Carol", Role::Customer);
    let (status, v) = http.get(&format!("/sessions/{session}"), &staff_tok).await;
    assert_eq!(status, 200);
    assert_eq!(v["notes"][0]["body"], SECRET, "{v}");
    let (status, v) = http.get(&format!("/sessions/{session}"), &carol_tok).await;
    assert_eq!(status, 200);
    assert!(v.get("notes").is_none(), "{v}");
    assert!(!v.to_string().contains(SECRET));
    let (status, _) = http
        .get(&format!("/sessions/{session}/notes"), &carol_tok)
        .await;
    assert_eq!(status, 403);
    let (status, v) = http
        .get(&format!("/sessions/{session}/notes"), &staff_tok)
        .await;
    assert_eq!(
        (status, v["items"].as_array().map(Vec::len)),
        (200, Some(2))
    );
    // The staff transcript holds them, marked; the customer's does not.
    let (_, md) = http
        .get(&format!("/sessions/{session}/transcript"), &staff_tok)
        .await;
    let md = md.as_str().unwrap().to_string();
    assert!(
        md.contains("Private notes (staff only)") && md.contains(SECRET),
        "{md}"
    );
    for format in ["md", "json"] {
        let (status, t) = http
            .get(
                &format!("/sessions/{session}/transcript?format={format}"),
                &carol_tok,
            )
            .await;
        assert_eq!(status, 200);
        assert!(!t.to_string().contains(SECRET), "{t}");
    }
    // A note through the API, by the staff member handling the chat.
    let sam_tok = d.token("s1", "Sam", Role::Staff);
    let (status, v) = http
        .call(
            Method::POST,
            &format!("/sessions/{session}/notes"),
            Some(&sam_tok),
            Some(json!({"body": "via the API"})),
        )
        .await;
    assert_eq!(
        (status, v["body"].as_str()),
        (200, Some("via the API")),
        "{v}"
    );
    let ServerEvent::NoteAdded(n) = sam2.expect("note_added").await.event else {
        unreachable!()
    };
    assert_eq!(n.body, "via the API");
    let (status, _) = http
        .call(
            Method::POST,
            &format!("/sessions/{session}/notes"),
            Some(&carol_tok),
            Some(json!({"body": "x"})),
        )
        .await;
    assert_eq!(status, 403);

    // The customer's export never holds them, whoever asks.
    let admin_tok = d.token("a1", "Ada", Role::Admin);
    for tok in [&admin_tok, &carol_tok] {
        let (status, export) = http.get("/customers/c1/export", tok).await;
        assert_eq!(status, 200, "{export}");
        let text = export.to_string();
        assert!(text.contains("after the note"), "the export is complete");
        assert!(
            !text.contains(SECRET) && !text.contains("via the API"),
            "{text}"
        );
    }
    // Reconnecting, the customer's restored history has no note either.
    carol.close().await;
    let mut carol = d.connect("c1", "Carol", Role::Customer).await;
    let ServerEvent::ChatSessionRestored(r) = carol.expect("chat_session_restored").await.event
    else {
        unreachable!()
    };
    assert!(!serde_json::to_string(&r).unwrap().contains(SECRET));
}

#[tokio::test]
async fn whoever_takes_the_chat_later_sees_the_notes_and_they_go_with_the_customer() {
    let d = TestDaemon::start().await;
    let http = Http::new(&d);
    let mut sam = d.staff("s1", "Sam").await;
    let (mut carol, session) = d.customer("c1", "Carol").await;
    handed_to(&mut carol, &mut sam, &session).await;
    sam.request(note(&session, "promised a call back"))
        .await
        .unwrap();
    // Sam goes offline: the chat goes back to the queue, Kim takes it.
    let mut kim = d.staff("s2", "Kim").await;
    sam.request(ClientEvent::StaffStatusChange(StaffStatusChange {
        is_online: Some(false),
        is_available: None,
    }))
    .await
    .unwrap();
    let ServerEvent::NewTransferRequest(o) = kim
        .expect_where(
            |f| matches!(&f.event, ServerEvent::NewTransferRequest(o) if o.session_uuid == session),
        )
        .await
        .event
    else {
        unreachable!()
    };
    kim.request(ClientEvent::AcceptTransfer(AcceptTransfer {
        transfer_request_id: o.transfer_request_id,
    }))
    .await
    .unwrap();
    let ServerEvent::StaffChatJoined(j) = kim.expect("staff_chat_joined").await.event else {
        unreachable!()
    };
    assert_eq!(j.notes.len(), 1);
    assert_eq!(j.notes[0].body, "promised a call back");
    assert_eq!(j.notes[0].author_name, "Sam");
    // Kim handles it now and may add hers.
    kim.request(note(&session, "called back")).await.unwrap();

    // Erasing the customer erases the notes.
    let admin_tok = d.token("a1", "Ada", Role::Admin);
    let (status, _) = http
        .call(Method::DELETE, "/customers/c1", Some(&admin_tok), None)
        .await;
    assert_eq!(status, 200);
    let (status, v) = http
        .get(&format!("/sessions/{session}/notes"), &admin_tok)
        .await;
    assert_eq!(status, 200);
    assert_eq!(v["items"], json!([]), "{v}");
    let left: i64 = d
        .db()
        .query_row("SELECT count(*) FROM session_notes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}
