//! Issue 17 end to end: business hours (config file, admin API, restart)
//! and what a customer hears when nobody is there; a message left for
//! staff that survives a restart and shows in the console's data.

use concierge_shared::protocol::*;
use concierge_tests::{Client, TestDaemon, customer_token};
use serde_json::{Value, json};

/// Hours that are closed today and the next two days (UTC), open every
/// other day round the clock: opening is at midnight three days on.
fn closed_for_three_days() -> (concierged::hours::Schedule, chrono::DateTime<chrono::Utc>) {
    let today = chrono::Utc::now().date_naive();
    let last = today + chrono::Days::new(2);
    let spec = concierged::hours::HoursSpec {
        timezone: "UTC".into(),
        weekly: "mon-sun 00:00-24:00".into(),
        closed: vec![format!("{today}..{last}")],
    };
    let opens = (today + chrono::Days::new(3))
        .and_hms_opt(0, 0, 0)
        .unwrap()
        .and_utc();
    (concierged::hours::Schedule::parse(&spec).unwrap(), opens)
}

async fn connect_with(d: &TestDaemon, token: &str) -> (Client, Connected) {
    let mut c = Client::connect(&format!("{}?token={token}", d.ws_url())).await;
    let ServerEvent::Connected(hello) = c.expect("connected").await.event else {
        unreachable!()
    };
    (c, hello)
}

async fn http(
    d: &TestDaemon,
    method: reqwest::Method,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut req = reqwest::Client::new()
        .request(method, d.http(path))
        .bearer_auth(token);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let r = req.send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn business_hours_from_the_config_file_the_api_and_across_a_restart() {
    let (schedule, opens) = closed_for_three_days();
    let config_hours = schedule.clone();
    let d = TestDaemon::start_with(move |c| c.hours = Some(config_hours)).await;

    // A customer hears at once that nobody is expected, and when.
    let (_c, hello) = connect_with(&d, &customer_token("h1", "Hana", None)).await;
    let a = hello.availability.expect("customers get availability");
    assert!(!a.open_now);
    assert!(!a.staff_expected);
    assert_eq!(a.next_opening.map(|t| t.0), Some(opens));
    assert_eq!(a.timezone.as_deref(), Some("UTC"));
    // Staff do not.
    let (_s, hello) = connect_with(&d, &d.token("s1", "Sam", Role::Staff)).await;
    assert!(hello.availability.is_none());

    // Anyone signed in reads the hours; only an admin changes them.
    let customer = d.token("h1", "Hana", Role::Customer);
    let staff = d.token("s1", "Sam", Role::Staff);
    let admin = d.token("root", "Root", Role::Admin);
    let (st, v) = http(&d, reqwest::Method::GET, "/api/v1/hours", &customer, None).await;
    assert_eq!(st, 200);
    assert_eq!(v["openNow"], false);
    assert_eq!(v["hours"]["weekly"], "mon-sun 00:00-24:00");
    assert_eq!(v["hours"]["closed"].as_array().unwrap().len(), 3);
    let always = json!({"timezone": "Europe/Berlin", "weekly": "mon-sun 00:00-24:00"});
    let (st, _) = http(
        &d,
        reqwest::Method::PUT,
        "/api/v1/hours",
        &staff,
        Some(always.clone()),
    )
    .await;
    assert_eq!(st, 403);

    // Bad input: a clear error, and nothing changes.
    for bad in [
        json!({"timezone": "Mars/Olympus", "weekly": "mon 09:00-17:00"}),
        json!({"timezone": "UTC", "weekly": "mon 17:00-09:00"}),
        json!({"timezone": "UTC", "weekly": "mon 09:00-17:00", "closed": ["2026-02-30"]}),
        json!({"timezone": "UTC", "weekly": "mon 09:00-12:00,11:00-13:00"}),
        json!({"timezone": "UTC"}),
        json!({"timezone": "UTC", "weekly": "mon 09:00-17:00", "extra": 1}),
    ] {
        let (st, v) = http(
            &d,
            reqwest::Method::PUT,
            "/api/v1/hours",
            &admin,
            Some(bad.clone()),
        )
        .await;
        assert_eq!(st, 422, "{bad}: {v}");
        assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()), "{v}");
    }
    let (_, v) = http(&d, reqwest::Method::GET, "/api/v1/hours", &customer, None).await;
    assert_eq!(v["hours"]["timezone"], "UTC");

    // An admin opens the shop round the clock.
    let (st, v) = http(
        &d,
        reqwest::Method::PUT,
        "/api/v1/hours",
        &admin,
        Some(always),
    )
    .await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["openNow"], true);
    assert_eq!(v["hours"]["timezone"], "Europe/Berlin");
    let (_c2, hello) = connect_with(&d, &customer_token("h2", "Hugo", None)).await;
    assert!(hello.availability.unwrap().open_now);
    let audited: i64 = d
        .db()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'hours' AND actor_id = 'root'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1);

    // The admin's hours win over the config file's across a restart.
    let (dir, tmp) = d.stop().await;
    let config_hours = schedule.clone();
    let d = TestDaemon::start_in(&dir, move |c| c.hours = Some(config_hours)).await;
    let (_, v) = http(&d, reqwest::Method::GET, "/api/v1/hours", &customer, None).await;
    assert_eq!(v["openNow"], true, "{v}");
    assert_eq!(v["hours"]["timezone"], "Europe/Berlin");

    // Clearing them returns to the config file's.
    let (st, v) = http(&d, reqwest::Method::DELETE, "/api/v1/hours", &admin, None).await;
    assert_eq!(st, 200);
    assert_eq!(v["openNow"], false);
    assert_eq!(v["hours"]["timezone"], "UTC");
    drop(d);
    drop(tmp);
}

#[tokio::test]
async fn outside_hours_a_hand_over_becomes_a_message_that_survives_a_restart() {
    let (schedule, opens) = closed_for_three_days();
    let config_hours = schedule.clone();
    let d = TestDaemon::start_with(move |c| c.hours = Some(config_hours)).await;
    // A staff member is online but not taking chats: outside hours that
    // is nobody.
    let mut sam = d.staff("s1", "Sam").await;
    sam.request(ClientEvent::StaffStatusChange(StaffStatusChange {
        is_online: None,
        is_available: Some(false),
    }))
    .await
    .unwrap();

    let (mut c, _) = connect_with(&d, &customer_token("m1", "Mia", None)).await;
    let (mut c, uuid) = {
        let first = c.next_event().await;
        let uuid = match first.event {
            ServerEvent::SessionStarted(s) => s.session_uuid,
            other => panic!("unexpected {other:?}"),
        };
        c.expect("ai_message").await;
        (c, uuid)
    };
    c.request(ClientEvent::SendMessage(SendMessage {
        session_uuid: uuid.clone(),
        content: "My parcel 1042 arrived broken, what do I do?".into(),
        message_type: None,
        client_msg_id: Some("m-1".into()),
    }))
    .await
    .unwrap();
    c.request(ClientEvent::RequestStaff(RequestStaff {
        session_uuid: uuid.clone(),
        reason: Some("broken parcel".into()),
    }))
    .await
    .unwrap();
    c.expect("transfer_failed").await;
    let ServerEvent::LeaveMessagePrompt(p) = c.expect("leave_message_prompt").await.event else {
        unreachable!()
    };
    assert_eq!(p.session_uuid, uuid);
    assert_eq!(p.next_opening.map(|t| t.0), Some(opens));
    assert_eq!(p.email, None);
    assert!(p.reason.contains("Someone is back on"), "{}", p.reason);

    // No address, or a bad one: refused, nothing stored.
    for (email, why) in [(None, "needed"), (Some("not-an-address"), "not an email")] {
        let e = c
            .request(ClientEvent::LeaveMessage(LeaveMessage {
                session_uuid: uuid.clone(),
                email: email.map(str::to_string),
            }))
            .await
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::BadRequest);
        assert!(e.message.contains(why), "{}", e.message);
    }
    let stored: i64 = d
        .db()
        .query_row("SELECT count(*) FROM left_messages", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 0);

    let ack = c
        .request(ClientEvent::LeaveMessage(LeaveMessage {
            session_uuid: uuid.clone(),
            email: Some("mia@shop.example".into()),
        }))
        .await
        .unwrap();
    let id = ack["messageId"].as_i64().unwrap();
    let ServerEvent::MessageLeft(m) = c.expect("message_left").await.event else {
        unreachable!()
    };
    assert_eq!(m.message_id, id);
    assert!(m.outside_hours);
    let line = c
        .expect_where(|f| {
            matches!(&f.event, ServerEvent::NewMessage(m)
                if m.sender_role == SenderRole::System && m.content.contains("mia@shop.example"))
        })
        .await;
    drop(line);
    // Staff online hear of it at once, with the summary.
    let ServerEvent::NewLeftMessage(seen) = sam.expect("new_left_message").await.event else {
        unreachable!()
    };
    assert_eq!(seen.message_id, id);
    assert!(seen.summary.contains("arrived broken"), "{}", seen.summary);
    // One waiting message per session.
    let e = c
        .request(ClientEvent::LeaveMessage(LeaveMessage {
            session_uuid: uuid.clone(),
            email: Some("mia@shop.example".into()),
        }))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    drop(c);
    drop(sam);

    // A restart loses nothing: staff logging in find it in staff_data.
    let (dir, tmp) = d.stop().await;
    let config_hours = schedule.clone();
    let d = TestDaemon::start_in(&dir, move |c| c.hours = Some(config_hours)).await;
    let mut ana = d.connect("s2", "Ana", Role::Staff).await;
    ana.expect("connected").await;
    let ServerEvent::StaffData(data) = ana.expect("staff_data").await.event else {
        unreachable!()
    };
    assert_eq!(data.messages.len(), 1);
    assert_eq!(data.messages[0].message_id, id);
    assert_eq!(data.messages[0].email.as_deref(), Some("mia@shop.example"));
    assert_eq!(data.messages[0].session_uuid, uuid);
    // The address is kept with the customer.
    let email: Option<String> = d
        .db()
        .query_row("SELECT email FROM users WHERE id = 'm1'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(email.as_deref(), Some("mia@shop.example"));
    drop(d);
    drop(tmp);
}

#[tokio::test]
async fn the_token_email_claim_is_offered_and_used() {
    // No hours: nobody online is enough.
    let d = TestDaemon::start().await;
    let (mut c, hello) =
        connect_with(&d, &customer_token("e1", "Eve", Some("eve@shop.example"))).await;
    let a = hello.availability.unwrap();
    assert!(a.open_now && !a.staff_available && !a.staff_expected);
    assert_eq!(a.next_opening, None);
    let ServerEvent::SessionStarted(s) = c.next_event().await.event else {
        panic!("expected session_started")
    };
    let uuid = s.session_uuid;
    c.request(ClientEvent::RequestStaff(RequestStaff {
        session_uuid: uuid.clone(),
        reason: None,
    }))
    .await
    .unwrap();
    let ServerEvent::LeaveMessagePrompt(p) = c.expect("leave_message_prompt").await.event else {
        unreachable!()
    };
    assert_eq!(p.email.as_deref(), Some("eve@shop.example"));
    assert_eq!(p.next_opening, None);
    let ack = c
        .request(ClientEvent::LeaveMessage(LeaveMessage {
            session_uuid: uuid,
            email: None,
        }))
        .await
        .unwrap();
    assert!(ack["messageId"].as_i64().is_some());
    let (email, outside): (Option<String>, bool) = d
        .db()
        .query_row("SELECT email, outside_hours FROM left_messages", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(email.as_deref(), Some("eve@shop.example"));
    assert!(!outside);
}

/// Issue 17, item 3: a customer whose left message Sam answered comes back
/// (after a restart) and asks for a person while Sam is online: Sam is
/// offered the chat first and alone (Tia's first offer already names
/// Sam's decline), and when Sam accepts, the chat is Sam's.
#[tokio::test]
async fn a_returning_customer_is_offered_first_to_the_staff_member_who_answered() {
    let (schedule, _) = closed_for_three_days();
    let hours = schedule.clone();
    let d = TestDaemon::start_with(move |c| c.hours = Some(hours)).await;
    let token = customer_token("r1", "Rui", Some("rui@shop.example"));
    let (mut c, _) = connect_with(&d, &token).await;
    let ServerEvent::SessionStarted(s) = c.next_event().await.event else {
        panic!("expected session_started")
    };
    let uuid = s.session_uuid;
    let ask = |uuid: &str| {
        ClientEvent::RequestStaff(RequestStaff {
            session_uuid: uuid.to_string(),
            reason: None,
        })
    };
    c.request(ask(&uuid)).await.unwrap();
    c.expect("leave_message_prompt").await;
    let ack = c
        .request(ClientEvent::LeaveMessage(LeaveMessage {
            session_uuid: uuid.clone(),
            email: None,
        }))
        .await
        .unwrap();
    let id = ack["messageId"].as_i64().unwrap();
    drop(c);

    let mut sam = d.staff("s1", "Sam").await;
    sam.request(ClientEvent::AnswerMessage(AnswerMessage {
        message_id: id,
        content: "Your parcel left today.".into(),
    }))
    .await
    .unwrap();
    drop(sam);

    // The answer is remembered across a restart. No offer times out
    // during the test: the order of offers is the routing's alone.
    let (dir, tmp) = d.stop().await;
    let hours = schedule.clone();
    let d = TestDaemon::start_in(&dir, move |c| {
        c.hours = Some(hours);
        c.offer_timeout = std::time::Duration::from_secs(3600);
    })
    .await;
    let mut sam = d.staff("s1", "Sam").await;
    let mut tia = d.staff("s2", "Tia").await;
    let mut c = Client::connect(&format!("{}?token={token}", d.ws_url())).await;
    c.expect("connected").await;
    let ServerEvent::ChatSessionRestored(back) = c.expect("chat_session_restored").await.event
    else {
        unreachable!()
    };
    assert_eq!(back.session_uuid, uuid);

    // First ask: Sam alone; Tia only after Sam declines.
    c.request(ask(&uuid)).await.unwrap();
    let ServerEvent::NewTransferRequest(o) = sam.expect("new_transfer_request").await.event else {
        unreachable!()
    };
    assert_eq!(o.session_uuid, uuid);
    assert_eq!(o.preferred_staff_id.as_deref(), Some("s1"));
    sam.request(ClientEvent::DeclineTransfer(DeclineTransfer {
        transfer_request_id: o.transfer_request_id,
        reason: None,
    }))
    .await
    .unwrap();
    let ServerEvent::NewTransferRequest(t) = tia.expect("new_transfer_request").await.event else {
        unreachable!()
    };
    assert_eq!(t.transfer_request_id, o.transfer_request_id);
    assert_eq!(
        t.declined_by,
        vec!["s1".to_string()],
        "Tia was offered it first"
    );
    tia.request(ClientEvent::DeclineTransfer(DeclineTransfer {
        transfer_request_id: t.transfer_request_id,
        reason: None,
    }))
    .await
    .unwrap();
    c.expect("transfer_failed").await;

    // Second ask: Sam again, and Sam takes it.
    c.request(ask(&uuid)).await.unwrap();
    let first = o.transfer_request_id;
    let ServerEvent::NewTransferRequest(o2) = sam
        .expect_where(|f| {
            matches!(&f.event, ServerEvent::NewTransferRequest(o)
                if o.transfer_request_id != first)
        })
        .await
        .event
    else {
        unreachable!()
    };
    assert_eq!(o2.session_uuid, uuid);
    assert_eq!(o2.preferred_staff_id.as_deref(), Some("s1"));
    sam.request(ClientEvent::AcceptTransfer(AcceptTransfer {
        transfer_request_id: o2.transfer_request_id,
    }))
    .await
    .unwrap();
    let ServerEvent::TransferAccepted(a) = c.expect("transfer_accepted").await.event else {
        unreachable!()
    };
    assert_eq!(
        (a.session_uuid.as_str(), a.staff_id.as_str()),
        (uuid.as_str(), "s1")
    );
    drop(d);
    drop(tmp);
}

/// The assistant knows what the daemon knows: asked "are you open?" outside
/// hours it says when someone is back; once a staff member takes chats it
/// says someone is here.
#[tokio::test]
async fn the_assistant_tells_a_customer_when_the_team_is_back() {
    let (schedule, opens) = closed_for_three_days();
    let d = TestDaemon::start_with(move |c| c.hours = Some(schedule)).await;
    let (mut c, uuid) = d.customer("t1", "Tove").await;
    let ask = |id: &str| {
        ClientEvent::SendMessage(SendMessage {
            session_uuid: uuid.clone(),
            content: "when are you open? is anyone there?".into(),
            message_type: None,
            client_msg_id: Some(id.into()),
        })
    };
    c.request(ask("q-1")).await.unwrap();
    let ServerEvent::AiMessage(m) = c.expect("ai_message").await.event else {
        unreachable!()
    };
    let day = opens.format("%A").to_string();
    assert!(
        m.message
            .content
            .contains("Nobody from our team is here right now")
            && m.message.content.contains(&format!("back on {day}")),
        "{}",
        m.message.content
    );

    // A staff member online and taking chats, outside hours: they are here.
    let _sam = d.staff("s1", "Sam").await;
    c.request(ask("q-2")).await.unwrap();
    let ServerEvent::AiMessage(m) = c.expect("ai_message").await.event else {
        unreachable!()
    };
    assert!(
        m.message
            .content
            .contains("here right now: ask for a person"),
        "{}",
        m.message.content
    );
}
