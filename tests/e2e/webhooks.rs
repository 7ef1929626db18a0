//! Webhooks end to end: a real receiver that fails its first deliveries
//! and is down across a daemon restart still gets every event, in order
//! per session, signed, and acknowledges each event id exactly once. A
//! forgotten customer's queued events never reach it; an event it refuses
//! for good becomes a dead letter that pauses only its session until an
//! admin replays or drops it.

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use concierge_shared::protocol::*;
use concierge_tests::{Client, TestDaemon, until};
use serde_json::Value;

const SECRET: &str = "hook-secret";

#[derive(Default)]
struct Inbox {
    /// Requests to refuse with 503 before accepting any.
    fail_first: usize,
    seen: usize,
    /// Accepted deliveries, in arrival order: (event id, body).
    accepted: Vec<(String, Value)>,
    bad_signatures: usize,
    /// Refuse everything (503) while set.
    down: bool,
    /// Refuse (400) any body containing this, while set.
    refuse_containing: Option<String>,
    /// Bodies refused, in arrival order.
    refused: Vec<String>,
}

type Shared = Arc<Mutex<Inbox>>;

async fn receive(State(inbox): State<Shared>, headers: HeaderMap, body: String) -> StatusCode {
    let mut inbox = inbox.lock().unwrap();
    inbox.seen += 1;
    if inbox.seen <= inbox.fail_first || inbox.down {
        inbox.refused.push(body);
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    if inbox
        .refuse_containing
        .as_deref()
        .is_some_and(|bad| body.contains(bad))
    {
        inbox.refused.push(body);
        return StatusCode::BAD_REQUEST;
    }
    let sig = headers
        .get("x-concierge-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if sig != concierged::webhook::sign(SECRET.as_bytes(), body.as_bytes()) {
        inbox.bad_signatures += 1;
        return StatusCode::UNAUTHORIZED;
    }
    let id = headers
        .get("x-concierge-event-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["id"], id.as_str());
    assert_eq!(
        headers["x-concierge-event"].to_str().unwrap(),
        v["event"].as_str().unwrap()
    );
    inbox.accepted.push((id, v));
    StatusCode::OK
}

/// A receiver on `addr` (port 0 for a new one) until the sender fires.
async fn receiver(
    addr: SocketAddr,
    inbox: Shared,
) -> (
    SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
) {
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new()
        .route("/hook", axum::routing::post(receive))
        .with_state(inbox);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .await
            .unwrap();
    });
    (addr, stop, task)
}

fn send(session: &str, content: &str) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: content.into(),
        message_type: None,
        client_msg_id: None,
    })
}

async fn handover(ada: &mut Client, sam: &mut Client, s: &str) {
    ada.request(ClientEvent::RequestStaff(RequestStaff {
        session_uuid: s.into(),
        reason: Some("refund".into()),
    }))
    .await
    .unwrap();
    let ServerEvent::NewTransferRequest(o) = sam.expect("new_transfer_request").await.event else {
        unreachable!()
    };
    sam.request(ClientEvent::AcceptTransfer(AcceptTransfer {
        transfer_request_id: o.transfer_request_id,
    }))
    .await
    .unwrap();
}

/// Every row of the outbox: (session, event id, event), in id order.
fn outbox(d: &TestDaemon) -> Vec<(String, String, String)> {
    d.db()
        .prepare("SELECT session_uuid, event_id, event FROM webhook_outbox ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[tokio::test]
async fn every_event_arrives_in_order_signed_and_once_across_failures_and_a_restart() {
    let inbox: Shared = Arc::new(Mutex::new(Inbox {
        fail_first: 3,
        ..Default::default()
    }));
    let (hook_addr, stop_hook, hook_task) =
        receiver("127.0.0.1:0".parse().unwrap(), inbox.clone()).await;
    let url = format!("http://{hook_addr}/hook");
    let configure = |c: &mut concierged::config::Config| {
        c.webhook.url = Some(url.clone());
        c.webhook.secret = Some(concierged::config::Secret(SECRET.into()));
        c.webhook.max_backoff = Duration::from_millis(500);
    };
    let d = TestDaemon::start_with(configure).await;

    // A whole conversation: created, messages, transfer, accept, close, rating.
    let (mut ada, s1) = d.customer("ada", "Ada").await;
    let mut sam = d.staff("sam", "Sam").await;
    ada.request(send(&s1, "where is my parcel?")).await.unwrap();
    ada.expect("ai_message").await;
    handover(&mut ada, &mut sam, &s1).await;
    sam.request(send(&s1, "Sam here, let me look"))
        .await
        .unwrap();
    ada.request(ClientEvent::CloseSession(SessionRef {
        session_uuid: s1.clone(),
    }))
    .await
    .unwrap();
    ada.request(ClientEvent::RateSession(RateSession {
        session_uuid: s1.clone(),
        rating: 5,
        comment: None,
    }))
    .await
    .unwrap();
    // A second conversation, still open.
    let (mut bob, s2) = d.customer("bob", "Bob").await;
    bob.request(send(&s2, "do you ship to Norway?"))
        .await
        .unwrap();

    // Let some (not necessarily all) arrive, then take the receiver down
    // and restart the daemon while it is down.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let _ = stop_hook.send(());
    hook_task.await.unwrap();
    drop((ada, sam, bob));
    let (dir, _tmp) = d.stop().await;
    let d = TestDaemon::start_in(&dir, configure).await;
    let (mut bob, s2b) = d.customer("bob", "Bob").await;
    assert_eq!(s2b, s2, "bob's open session is restored");
    bob.request(send(&s2, "hello again")).await.unwrap();
    bob.request(ClientEvent::CloseSession(SessionRef {
        session_uuid: s2.clone(),
    }))
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(700)).await;
    let (_addr, stop_hook, hook_task) = receiver(hook_addr, inbox.clone()).await;

    // Wait until everything recorded has been acknowledged.
    let want = outbox(&d);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let got = inbox.lock().unwrap().accepted.len();
        let pending: i64 = d
            .db()
            .query_row(
                "SELECT count(*) FROM webhook_outbox WHERE delivered_at IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        if got >= want.len() && pending == 0 {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "only {got} of {} arrived",
            want.len()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let want = outbox(&d);
    let inbox = std::mem::take(&mut *inbox.lock().unwrap());
    assert!(
        inbox.seen > inbox.accepted.len(),
        "the first deliveries failed"
    );
    assert_eq!(inbox.bad_signatures, 0);

    // Exactly once per event id, and nothing that was not recorded.
    let mut count: HashMap<&str, usize> = HashMap::new();
    for (id, _) in &inbox.accepted {
        *count.entry(id.as_str()).or_default() += 1;
    }
    assert!(count.values().all(|n| *n == 1), "duplicates: {count:?}");
    assert_eq!(count.len(), want.len());
    for (_, id, _) in &want {
        assert!(count.contains_key(id.as_str()), "{id} never arrived");
    }

    // In order per session: the receiver's order is the outbox's order.
    let mut got_by_session: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (id, v) in &inbox.accepted {
        got_by_session
            .entry(v["sessionUuid"].as_str().unwrap().to_string())
            .or_default()
            .push(id.clone());
    }
    let mut want_by_session: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (s, id, _) in &want {
        want_by_session
            .entry(s.clone())
            .or_default()
            .push(id.clone());
    }
    assert_eq!(got_by_session, want_by_session);
    // Messages arrive in seq order.
    for s in [&s1, &s2] {
        let seqs: Vec<i64> = inbox
            .accepted
            .iter()
            .filter(|(_, v)| v["event"] == "message.created" && v["sessionUuid"] == s.as_str())
            .map(|(_, v)| v["data"]["seq"].as_i64().unwrap())
            .collect();
        let last_seq: i64 = d
            .db()
            .query_row(
                "SELECT last_seq FROM chat_sessions WHERE uuid = ?1",
                [s],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(seqs, (1..=last_seq).collect::<Vec<_>>(), "{s}");
    }

    // Every kind of event, with its data.
    let events: Vec<&str> = inbox
        .accepted
        .iter()
        .filter(|(_, v)| v["sessionUuid"] == s1.as_str())
        .map(|(_, v)| v["event"].as_str().unwrap())
        .collect();
    let kinds = [
        "session.created",
        "message.created",
        "transfer.requested",
        "transfer.accepted",
        "session.closed",
        "session.rated",
    ];
    for k in kinds {
        assert!(events.contains(&k), "{k} missing from {events:?}");
    }
    assert_eq!(events.first(), Some(&"session.created"));
    assert_eq!(events.last(), Some(&"session.rated"));
    let pos = |k: &str| events.iter().position(|e| *e == k).unwrap();
    assert!(pos("transfer.requested") < pos("transfer.accepted"));
    assert!(pos("transfer.accepted") < pos("session.closed"));
    let find = |k: &str| {
        inbox
            .accepted
            .iter()
            .find(|(_, v)| v["event"] == k && v["sessionUuid"] == s1.as_str())
            .unwrap()
            .1
            .clone()
    };
    assert_eq!(find("transfer.accepted")["data"]["staffId"], "sam");
    assert_eq!(find("transfer.requested")["data"]["reason"], "refund");
    assert_eq!(find("session.rated")["data"]["rating"], 5);
    assert_eq!(find("session.closed")["data"]["closedBy"], "ada");
    assert!(
        find("session.created")["createdAt"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );
    let _ = stop_hook.send(());
    let _ = hook_task.await;
}

#[tokio::test]
async fn without_a_url_nothing_is_recorded() {
    let d = TestDaemon::start().await;
    let (mut ada, s) = d.customer("ada", "Ada").await;
    ada.request(send(&s, "hi")).await.unwrap();
    assert!(outbox(&d).is_empty());
}

async fn api(d: &TestDaemon, method: reqwest::Method, path: &str, role: Role) -> (u16, Value) {
    let token = d.token("root", "Root", role);
    let r = reqwest::Client::new()
        .request(method, d.http(&format!("/api/v1{path}")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

fn accepted_contents(inbox: &Shared) -> Vec<String> {
    inbox
        .lock()
        .unwrap()
        .accepted
        .iter()
        .filter(|(_, v)| v["event"] == "message.created")
        .map(|(_, v)| v["data"]["content"].as_str().unwrap_or("").to_string())
        .collect()
}

fn undelivered(d: &TestDaemon) -> i64 {
    d.db()
        .query_row(
            "SELECT count(*) FROM webhook_outbox WHERE delivered_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

#[tokio::test]
async fn a_forgotten_customers_queued_events_never_reach_the_receiver() {
    let inbox: Shared = Arc::new(Mutex::new(Inbox {
        down: true,
        ..Default::default()
    }));
    let (hook_addr, stop_hook, hook_task) =
        receiver("127.0.0.1:0".parse().unwrap(), inbox.clone()).await;
    let url = format!("http://{hook_addr}/hook");
    let d = TestDaemon::start_with(|c| {
        c.webhook.url = Some(url.clone());
        c.webhook.secret = Some(concierged::config::Secret(SECRET.into()));
        c.webhook.max_backoff = Duration::from_millis(200);
    })
    .await;
    let (mut ada, s_ada) = d.customer("ada", "Ada").await;
    ada.request(send(&s_ada, "my card number is 4111-swordfish"))
        .await
        .unwrap();
    let (mut bob, s_bob) = d.customer("bob", "Bob").await;
    bob.request(send(&s_bob, "bob before")).await.unwrap();
    // The receiver has refused ada's first event; the rest of her session,
    // her message included, waits in the outbox behind it.
    until("ada's events refused and queued", || {
        let refused = inbox
            .lock()
            .unwrap()
            .refused
            .iter()
            .any(|b| b.contains(s_ada.as_str()));
        let queued: i64 = d
            .db()
            .query_row(
                "SELECT count(*) FROM webhook_outbox
                 WHERE delivered_at IS NULL AND data LIKE '%swordfish%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        refused && queued >= 1
    })
    .await;
    drop(ada);

    let (status, v) = api(&d, reqwest::Method::DELETE, "/customers/ada", Role::Admin).await;
    assert_eq!(status, 200, "{v}");
    assert!(v["webhookEvents"].as_i64().unwrap() >= 2, "{v}");

    inbox.lock().unwrap().down = false;
    bob.request(send(&s_bob, "bob after")).await.unwrap();
    until("bob's events delivered, nothing waiting", || {
        accepted_contents(&inbox).contains(&"bob after".to_string()) && undelivered(&d) == 0
    })
    .await;
    let inbox = std::mem::take(&mut *inbox.lock().unwrap());
    assert!(!inbox.accepted.is_empty());
    for (_, v) in &inbox.accepted {
        let body = v.to_string();
        assert_ne!(v["sessionUuid"], s_ada.as_str(), "{body}");
        assert!(!body.contains("swordfish"), "{body}");
        assert!(!body.contains("\"ada\""), "{body}");
        assert!(!body.contains("Ada"), "{body}");
    }
    let contents: Vec<&str> = inbox
        .accepted
        .iter()
        .filter(|(_, v)| v["event"] == "message.created")
        .filter_map(|(_, v)| v["data"]["content"].as_str())
        .collect();
    assert!(contents.contains(&"bob before"), "{contents:?}");
    let _ = stop_hook.send(());
    let _ = hook_task.await;
}

use concierge_tests::metric;

async fn dead_letters(d: &TestDaemon) -> Vec<Value> {
    let (status, v) = api(d, reqwest::Method::GET, "/webhooks/dead", Role::Admin).await;
    assert_eq!(status, 200, "{v}");
    v["items"].as_array().cloned().unwrap_or_default()
}

/// Wait until a dead letter of `session` exists; it.
async fn dead_letter_of(d: &TestDaemon, session: &str) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(v) = dead_letters(d)
            .await
            .into_iter()
            .find(|v| v["sessionUuid"] == session)
        {
            return v;
        }
        assert!(tokio::time::Instant::now() < deadline, "no dead letter");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_refused_event_becomes_a_dead_letter_that_pauses_only_its_session() {
    let inbox: Shared = Arc::new(Mutex::new(Inbox {
        refuse_containing: Some("poison".into()),
        ..Default::default()
    }));
    let (hook_addr, stop_hook, hook_task) =
        receiver("127.0.0.1:0".parse().unwrap(), inbox.clone()).await;
    let url = format!("http://{hook_addr}/hook");
    let d = TestDaemon::start_with(|c| {
        c.webhook.url = Some(url.clone());
        c.webhook.secret = Some(concierged::config::Secret(SECRET.into()));
        c.webhook.max_backoff = Duration::from_millis(100);
        c.webhook.max_attempts = 2;
    })
    .await;
    let (mut ada, s_ada) = d.customer("ada", "Ada").await;
    ada.request(send(&s_ada, "a poison pill")).await.unwrap();
    let dead = dead_letter_of(&d, &s_ada).await;
    assert_eq!(dead["event"], "message.created");
    assert_eq!(dead["attempts"], 2);
    assert_eq!(dead["lastError"], "HTTP 400");
    ada.request(send(&s_ada, "after the pill")).await.unwrap();
    // Bob's conversation is not held up by ada's.
    let (mut bob, s_bob) = d.customer("bob", "Bob").await;
    bob.request(send(&s_bob, "bob here")).await.unwrap();
    until("bob's message delivered", || {
        accepted_contents(&inbox).contains(&"bob here".to_string())
    })
    .await;
    let dead = dead_letter_of(&d, &s_ada).await;
    assert!(dead["held"].as_i64().unwrap() >= 1, "{dead}");
    assert!(!accepted_contents(&inbox).contains(&"after the pill".to_string()));
    let text = reqwest::get(d.http("/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metric(&text, "concierge_webhook_dead_lettered_total") >= 1.0);
    // The gauge is refreshed every pass; wait for one that saw it.
    concierge_tests::eventually(async || {
        let text = reqwest::get(d.http("/metrics"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        (metric(&text, "concierge_webhook_dead_letters") == 1.0).then_some(())
    })
    .await
    .expect("the dead-letter gauge shows the one dead letter");

    // Only admins see or touch dead letters; unknown ids are 404.
    let id = dead["eventId"].as_str().unwrap().to_string();
    let (st, _) = api(&d, reqwest::Method::GET, "/webhooks/dead", Role::Staff).await;
    assert_eq!(st, 403);
    let path = format!("/webhooks/dead/{id}/replay");
    let (st, _) = api(&d, reqwest::Method::POST, &path, Role::Staff).await;
    assert_eq!(st, 403);
    let (st, v) = api(
        &d,
        reqwest::Method::POST,
        "/webhooks/dead/nope/replay",
        Role::Admin,
    )
    .await;
    assert_eq!((st, v["error"].as_str()), (404, Some("not_found")));

    // Replayed once the receiver takes it: it arrives, then what waited
    // behind it, in order.
    inbox.lock().unwrap().refuse_containing = None;
    let (st, v) = api(&d, reqwest::Method::POST, &path, Role::Admin).await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(
        (v["action"].as_str(), v["sessionUuid"].as_str()),
        (Some("replayed"), Some(s_ada.as_str()))
    );
    until("the pill and what followed delivered", || {
        accepted_contents(&inbox).contains(&"after the pill".to_string())
    })
    .await;
    let ada_seqs: Vec<i64> = inbox
        .lock()
        .unwrap()
        .accepted
        .iter()
        .filter(|(_, v)| v["event"] == "message.created" && v["sessionUuid"] == s_ada.as_str())
        .map(|(_, v)| v["data"]["seq"].as_i64().unwrap())
        .collect();
    assert!(ada_seqs.windows(2).all(|w| w[0] < w[1]), "{ada_seqs:?}");
    let contents = accepted_contents(&inbox);
    let pos = |c: &str| contents.iter().position(|x| x == c).unwrap();
    assert!(pos("a poison pill") < pos("after the pill"));

    // Dropped: it never arrives, and the session goes on without it.
    inbox.lock().unwrap().refuse_containing = Some("poison".into());
    ada.request(send(&s_ada, "poison again")).await.unwrap();
    let dead = dead_letter_of(&d, &s_ada).await;
    ada.request(send(&s_ada, "final words")).await.unwrap();
    let path = format!("/webhooks/dead/{}", dead["eventId"].as_str().unwrap());
    let (st, v) = api(&d, reqwest::Method::DELETE, &path, Role::Admin).await;
    assert_eq!((st, v["action"].as_str()), (200, Some("dropped")), "{v}");
    let (st, _) = api(&d, reqwest::Method::DELETE, &path, Role::Admin).await;
    assert_eq!(st, 404, "dropped once");
    until("the words after the dropped event delivered", || {
        accepted_contents(&inbox).contains(&"final words".to_string())
    })
    .await;
    assert!(!accepted_contents(&inbox).contains(&"poison again".to_string()));
    assert!(dead_letters(&d).await.is_empty());
    let audited: i64 = d
        .db()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action IN ('webhook_replay', 'webhook_drop')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 2);
    let _ = stop_hook.send(());
    let _ = hook_task.await;
}
