//! The HTTP API on a real daemon: every endpoint with the three roles and
//! their refusals, pagination, the error shape, the OpenAPI document
//! checked against real responses, export/forget, rate limits, /metrics.

use concierge_shared::protocol::*;
use concierge_tests::TestDaemon;
use reqwest::Method;
use serde_json::{Value, json};

pub struct Http<'a> {
    pub d: &'a TestDaemon,
    client: reqwest::Client,
}

impl<'a> Http<'a> {
    pub fn new(d: &'a TestDaemon) -> Self {
        Http {
            d,
            client: reqwest::Client::new(),
        }
    }

    /// `(status, JSON body or the text as a JSON string)`.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self
            .client
            .request(method, self.d.http(&format!("/api/v1{path}")));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap();
        let v = serde_json::from_str(&text).unwrap_or(Value::String(text));
        (status, v)
    }

    pub async fn get(&self, path: &str, token: &str) -> (u16, Value) {
        self.call(Method::GET, path, Some(token), None).await
    }
}

fn send(session: &str, content: &str) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: content.into(),
        message_type: None,
        client_msg_id: None,
    })
}

fn assert_error(v: &(u16, Value), status: u16, code: &str) {
    assert_eq!(v.0, status, "{v:?}");
    assert_eq!(v.1["error"], code, "{v:?}");
    assert!(
        v.1["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{v:?}"
    );
}

#[tokio::test]
async fn each_role_sees_what_it_may_and_is_refused_the_rest() {
    let d = TestDaemon::start().await;
    let api = Http::new(&d);
    let (mut ada, ada_s) = d.customer("ada", "Ada").await;
    let (_bob, bob_s) = d.customer("bob", "Bob").await;
    ada.request(send(&ada_s, "where is my parcel?"))
        .await
        .unwrap();
    // The reply is stored before anything below counts the messages.
    ada.expect("ai_message").await;
    let _sam = d.staff("sam", "Sam").await;
    let ada_t = d.token("ada", "Ada", Role::Customer);
    let sam_t = d.token("sam", "Sam", Role::Staff);
    let root_t = d.token("root", "Root", Role::Admin);

    // No token, a bad token, a forged one: 401 everywhere.
    for path in [
        "/sessions",
        "/staff",
        "/stats",
        &format!("/sessions/{ada_s}"),
    ] {
        let none = api.call(Method::GET, path, None, None).await;
        assert_error(&none, 401, "unauthorized");
        assert_error(&api.get(path, "not-a-jwt").await, 401, "unauthorized");
    }

    // The list: a customer sees only their own, whatever filter they send.
    let (s, v) = api.get("/sessions", &ada_t).await;
    assert_eq!(s, 200);
    let ids: Vec<&str> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["sessionUuid"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![ada_s.as_str()]);
    let (_, v) = api.get("/sessions?customer=bob", &ada_t).await;
    assert_eq!(v["items"], json!([]));
    let (_, v) = api.get("/sessions", &sam_t).await;
    assert_eq!(v["items"].as_array().unwrap().len(), 2);
    let (_, v) = api.get("/sessions?customer=bob", &root_t).await;
    assert_eq!(v["items"][0]["sessionUuid"], bob_s);

    // Another customer's session and a guessed id answer the same 404.
    let theirs = api.get(&format!("/sessions/{bob_s}"), &ada_t).await;
    let guessed = api
        .get(&format!("/sessions/{}", uuid::Uuid::new_v4()), &ada_t)
        .await;
    assert_error(&theirs, 404, "not_found");
    assert_eq!(theirs, guessed);
    for sub in ["messages", "transcript"] {
        assert_eq!(
            api.get(&format!("/sessions/{bob_s}/{sub}"), &ada_t).await,
            guessed
        );
    }
    let close = api
        .call(
            Method::POST,
            &format!("/sessions/{bob_s}/close"),
            Some(&ada_t),
            None,
        )
        .await;
    assert_eq!(close, guessed);
    // Staff and admin read any session.
    for t in [&sam_t, &root_t] {
        let (s, v) = api.get(&format!("/sessions/{ada_s}"), t).await;
        assert_eq!(s, 200);
        assert_eq!(v["userId"], "ada");
        assert_eq!(v["lastSeq"], 3);
    }

    // Messages by seq, transcript in both formats.
    let (s, v) = api
        .get(
            &format!("/sessions/{ada_s}/messages?afterSeq=1&limit=1"),
            &ada_t,
        )
        .await;
    assert_eq!(s, 200);
    assert_eq!(v["items"][0]["seq"], 2);
    assert_eq!(v["items"][0]["content"], "where is my parcel?");
    assert_eq!(v["hasMore"], true);
    assert_eq!(v["nextAfterSeq"], 2);
    let (_, v) = api
        .get(&format!("/sessions/{ada_s}/messages?afterSeq=2"), &ada_t)
        .await;
    assert_eq!(v["items"].as_array().unwrap().len(), 1);
    assert_eq!(v["hasMore"], false);
    let (s, md) = api
        .get(&format!("/sessions/{ada_s}/transcript"), &ada_t)
        .await;
    assert_eq!(s, 200);
    assert!(
        md.as_str().unwrap().contains("> where is my parcel?"),
        "{md}"
    );
    let (_, v) = api
        .get(&format!("/sessions/{ada_s}/transcript?format=json"), &sam_t)
        .await;
    assert_eq!(v["messages"].as_array().unwrap().len(), 3);

    // Staff-only and admin-only routes.
    assert_error(&api.get("/staff", &ada_t).await, 403, "forbidden");
    assert_error(&api.get("/stats", &ada_t).await, 403, "forbidden");
    let body = json!({"maxConcurrentChats": 3});
    for t in [&ada_t, &sam_t] {
        let r = api
            .call(Method::PUT, "/staff/sam", Some(t), Some(body.clone()))
            .await;
        assert_error(&r, 403, "forbidden");
        let r = api
            .call(Method::DELETE, "/customers/bob", Some(t), None)
            .await;
        assert_error(&r, 403, "forbidden");
    }
    assert_error(
        &api.get("/customers/bob/export", &sam_t).await,
        403,
        "forbidden",
    );
    assert_error(
        &api.get("/customers/bob/export", &ada_t).await,
        404,
        "not_found",
    );
    let (s, v) = api.get("/staff", &sam_t).await;
    assert_eq!(s, 200);
    assert_eq!(v["items"][0]["staffId"], "sam");
    assert_eq!(v["items"][0]["isOnline"], true);
    let (s, v) = api
        .call(Method::PUT, "/staff/sam", Some(&root_t), Some(body))
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["maxConcurrentChats"], 3);
    let r = api
        .call(
            Method::PUT,
            "/staff/nobody",
            Some(&root_t),
            Some(json!({"isAvailable": false})),
        )
        .await;
    assert_error(&r, 404, "not_found");
    let r = api
        .call(
            Method::PUT,
            "/staff/sam",
            Some(&root_t),
            Some(json!({"maxConcurrentChats": "lots"})),
        )
        .await;
    assert_error(&r, 422, "invalid_request");

    // Close: the owner may, once; the socket hears it like a WS close.
    let (s, v) = api
        .call(
            Method::POST,
            &format!("/sessions/{ada_s}/close"),
            Some(&ada_t),
            None,
        )
        .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["sessionUuid"], ada_s);
    ada.expect("session_closed").await;
    let again = api
        .call(
            Method::POST,
            &format!("/sessions/{ada_s}/close"),
            Some(&ada_t),
            None,
        )
        .await;
    assert_error(&again, 409, "conflict");
    let (_, v) = api.get("/sessions?status=closed", &sam_t).await;
    assert_eq!(v["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn bad_parameters_are_422_with_the_error_shape() {
    let d = TestDaemon::start().await;
    let api = Http::new(&d);
    let t = d.token("sam", "Sam", Role::Staff);
    for path in [
        "/sessions?limit=0",
        "/sessions?limit=201",
        "/sessions?limit=lots",
        "/sessions?status=sleeping",
        "/sessions?type=robot",
        "/sessions?from=yesterday",
        "/sessions?cursor=zz",
        "/sessions?colour=blue",
        "/stats?from=2024-02-01T00:00:00Z&to=2024-01-01T00:00:00Z",
        "/stats?to=soon",
    ] {
        assert_error(&api.get(path, &t).await, 422, "invalid_request");
    }
    let (_, s) = d.customer("ada", "Ada").await;
    assert_error(
        &api.get(&format!("/sessions/{s}/messages?afterSeq=-1"), &t)
            .await,
        422,
        "invalid_request",
    );
    assert_error(
        &api.get(&format!("/sessions/{s}/transcript?format=pdf"), &t)
            .await,
        422,
        "invalid_request",
    );
    assert_error(&api.get("/no/such/route", &t).await, 404, "not_found");
}

#[tokio::test]
async fn cursor_pages_cover_every_session_once_newest_first() {
    let d = TestDaemon::start().await;
    let api = Http::new(&d);
    let mut made = Vec::new();
    let mut clients = Vec::new();
    for i in 0..7 {
        let (c, s) = d.customer(&format!("c{i}"), "C").await;
        made.push(s);
        clients.push(c);
    }
    let t = d.token("root", "Root", Role::Admin);
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            None => "/sessions?limit=3".to_string(),
            Some(c) => format!("/sessions?limit=3&cursor={c}"),
        };
        let (s, v) = api.get(&path, &t).await;
        assert_eq!(s, 200);
        for i in v["items"].as_array().unwrap() {
            seen.push(i["sessionUuid"].as_str().unwrap().to_string());
        }
        match v["nextCursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    made.reverse();
    assert_eq!(seen, made);
    // Time filters accept RFC 3339 and milliseconds.
    let (_, v) = api
        .get("/sessions?from=2000-01-01T00:00:00Z&to=4102444800000", &t)
        .await;
    assert_eq!(v["items"].as_array().unwrap().len(), 7);
    let (_, v) = api.get("/sessions?to=2000-01-01T00:00:00Z", &t).await;
    assert_eq!(v["items"], json!([]));
}

#[tokio::test]
async fn export_and_forget_are_audited_and_forget_leaves_only_anonymous_rows() {
    let d = TestDaemon::start().await;
    let api = Http::new(&d);
    let (mut ada, s) = d.customer("ada", "Ada Lovelace").await;
    ada.request(send(&s, "my address is 12 Analytical St"))
        .await
        .unwrap();
    ada.request(ClientEvent::CloseSession(SessionRef {
        session_uuid: s.clone(),
    }))
    .await
    .unwrap();
    ada.request(ClientEvent::RateSession(RateSession {
        session_uuid: s.clone(),
        rating: 4,
        comment: Some("call me on 555-0100".into()),
    }))
    .await
    .unwrap();
    let ada_t = d.token("ada", "Ada Lovelace", Role::Customer);
    let root_t = d.token("root", "Root", Role::Admin);

    let (st, own) = api.get("/customers/ada/export", &ada_t).await;
    assert_eq!(st, 200);
    let (st, v) = api.get("/customers/ada/export", &root_t).await;
    assert_eq!(st, 200);
    assert_eq!(own["sessions"], v["sessions"]);
    assert_eq!(v["user"]["name"], "Ada Lovelace");
    let text = v.to_string();
    assert!(text.contains("12 Analytical St") && text.contains("555-0100"));
    assert_eq!(v["sessions"][0]["rating"]["rating"], 4);

    let (st, v) = api
        .call(Method::DELETE, "/customers/ada", Some(&root_t), None)
        .await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["sessions"], 1);
    assert_eq!(api.get("/customers/ada/export", &root_t).await.0, 404);
    assert_eq!(
        api.call(Method::DELETE, "/customers/ada", Some(&root_t), None)
            .await
            .0,
        404
    );

    let db = d.db();
    let dump: String = db
        .query_row(
            "SELECT group_concat(coalesce(m.content,'') || '|' || coalesce(m.sender_name,'') || '|' ||
               coalesce(m.sender_id,'') || '|' || s.user_id || '|' || s.user_name, ';')
             FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        !dump.contains("Analytical") && !dump.contains("Ada") && !dump.contains("ada|"),
        "{dump}"
    );
    let (n, rating, comment): (i64, i64, Option<String>) = db
        .query_row(
            "SELECT (SELECT count(*) FROM chat_messages), rating, comment FROM session_ratings",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert!(n >= 3, "the counts stay");
    assert_eq!((rating, comment), (4, None));
    let users: i64 = db
        .query_row("SELECT count(*) FROM users WHERE id = 'ada'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(users, 0);
    let audit: Vec<(String, String, String)> = db
        .prepare("SELECT actor_id, action, target FROM audit_log WHERE action IN ('export','forget') ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let want = |a: &str, act: &str| (a.to_string(), act.to_string(), "ada".to_string());
    assert_eq!(
        audit,
        vec![
            want("ada", "export"),
            want("root", "export"),
            want("root", "forget")
        ]
    );
}

#[tokio::test]
async fn forgetting_a_customer_in_an_open_chat_closes_it_first() {
    let d = TestDaemon::start().await;
    let api = Http::new(&d);
    let (mut ada, s) = d.customer("ada", "Ada").await;
    let root_t = d.token("root", "Root", Role::Admin);
    let (st, _) = api
        .call(Method::DELETE, "/customers/ada", Some(&root_t), None)
        .await;
    assert_eq!(st, 200);
    ada.expect("session_closed").await;
    let status: String = d
        .db()
        .query_row(
            "SELECT status FROM chat_sessions WHERE uuid = ?1",
            [&s],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(status, "closed");
}

#[tokio::test]
async fn a_client_hammering_the_api_gets_429_with_retry_after() {
    let d = TestDaemon::start_with(|c| {
        c.rate_limit_per_sec = 0.2;
        c.rate_limit_burst = 1;
    })
    .await;
    let t = d.token("sam", "Sam", Role::Staff);
    let client = reqwest::Client::new();
    let mut statuses = Vec::new();
    for _ in 0..8 {
        let r = client
            .get(d.http("/api/v1/staff"))
            .bearer_auth(&t)
            .send()
            .await
            .unwrap();
        statuses.push(r.status().as_u16());
        if r.status().as_u16() == 429 {
            assert!(r.headers().get("retry-after").is_some());
            let v: Value = r.json().await.unwrap();
            assert_eq!(v["error"], "rate_limited");
        }
    }
    assert_eq!(&statuses[..5], &[200; 5]);
    assert!(statuses[5..].iter().all(|s| *s == 429), "{statuses:?}");
    // Another caller is not affected.
    let other = d.token("kim", "Kim", Role::Staff);
    let r = client
        .get(d.http("/api/v1/staff"))
        .bearer_auth(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
}

#[tokio::test]
async fn metrics_show_connections_messages_queue_staff_ai_and_store() {
    let d = TestDaemon::start().await;
    let (mut ada, s) = d.customer("ada", "Ada").await;
    ada.request(send(&s, "hello")).await.unwrap();
    ada.expect("ai_message").await;
    let _sam = d.staff("sam", "Sam").await;
    let r = reqwest::get(d.http("/metrics")).await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let text = r.text().await.unwrap();
    let value = |series: &str| -> f64 {
        text.lines()
            .find_map(|l| l.strip_prefix(series).and_then(|v| v.strip_prefix(' ')))
            .unwrap_or_else(|| panic!("no {series} in\n{text}"))
            .parse()
            .unwrap()
    };
    assert_eq!(value("concierge_connections{role=\"customer\"}"), 1.0);
    assert_eq!(value("concierge_connections{role=\"staff\"}"), 1.0);
    assert_eq!(
        value("concierge_messages_total{sender_role=\"customer\"}"),
        1.0
    );
    assert!(value("concierge_messages_total{sender_role=\"ai\"}") >= 2.0);
    assert_eq!(value("concierge_queue_length"), 0.0);
    assert_eq!(value("concierge_queue_oldest_wait_seconds"), 0.0);
    assert_eq!(value("concierge_staff_online"), 1.0);
    assert_eq!(value("concierge_staff_available"), 1.0);
    assert!(value("concierge_ai_replies_total{provider=\"embedded\"}") >= 1.0);
    assert_eq!(
        value("concierge_ai_failures_total{provider=\"embedded\"}"),
        0.0
    );
    assert!(value("concierge_store_commits_total") >= 1.0);
    assert!(
        value("concierge_store_committed_groups_total") >= value("concierge_store_commits_total")
    );
    assert!(value("concierge_store_batch_size_max") >= 1.0);
    for name in [
        "concierge_frames_rejected_total",
        "concierge_frames_rate_limited_total",
        "concierge_ai_latency_seconds_sum{provider=\"embedded\"}",
        "concierge_store_commit_seconds_sum",
        "concierge_store_batches_side_by_side_total",
        "concierge_webhook_pending",
        "concierge_webhook_dead_lettered_total",
        "concierge_webhook_dead_letters",
    ] {
        value(name);
    }
}

// ---- the OpenAPI document against the real daemon ----

fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(r) => {
            let name = r.rsplit('/').next().unwrap();
            &doc["components"]["schemas"][name]
        }
        None => schema,
    }
}

/// Every `required` property present, recursively through objects and
/// array items; `where_` names the spot for the failure message.
fn check(doc: &Value, schema: &Value, v: &Value, where_: &str) {
    let schema = resolve(doc, schema);
    if v.is_null() {
        return;
    }
    if let Some(req) = schema["required"].as_array() {
        for k in req {
            let k = k.as_str().unwrap();
            assert!(v.get(k).is_some(), "{where_}: missing required {k} in {v}");
        }
    }
    if let Some(props) = schema["properties"].as_object() {
        for (k, s) in props {
            if let Some(x) = v.get(k) {
                check(doc, s, x, &format!("{where_}.{k}"));
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            check(doc, items, x, &format!("{where_}[{i}]"));
        }
    }
    if let Some(alts) = schema["oneOf"].as_array() {
        let obj = alts.iter().find(|a| resolve(doc, a)["type"] == "object");
        if let Some(a) = obj {
            check(doc, a, v, where_);
        }
    }
}

#[tokio::test]
async fn every_documented_route_exists_and_real_bodies_match_the_document() {
    // Webhooks to a port nobody listens on, given up after one attempt:
    // every session soon has a dead letter to list, replay and drop.
    let d = TestDaemon::start_with(|c| {
        c.webhook.url = Some("http://127.0.0.1:1/hook".into());
        c.webhook.max_attempts = 1;
    })
    .await;
    let api = Http::new(&d);
    // Something to show: a conversation with a transfer and a rating.
    let (mut ada, s) = d.customer("ada", "Ada").await;
    let mut sam = d.staff("sam", "Sam").await;
    ada.request(send(&s, "where is my parcel?")).await.unwrap();
    ada.request(ClientEvent::RequestStaff(RequestStaff {
        session_uuid: s.clone(),
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
    sam.request(send(&s, "Hi, Sam here")).await.unwrap();
    ada.request(ClientEvent::CloseSession(SessionRef {
        session_uuid: s.clone(),
    }))
    .await
    .unwrap();
    ada.request(ClientEvent::RateSession(RateSession {
        session_uuid: s.clone(),
        rating: 5,
        comment: None,
    }))
    .await
    .unwrap();
    let (_, open) = d.customer("bob", "Bob").await;
    let (_cy, _) = d.customer("cy", "Cy").await;

    let root = d.token("root", "Root", Role::Admin);
    // Issue 16: a shared reply for the DELETE below (the PUT makes it again).
    let hi = api
        .call(
            Method::PUT,
            "/canned-replies/hi",
            Some(&root),
            Some(json!({"body": "Hello"})),
        )
        .await;
    assert_eq!(hi.0, 201, "{hi:?}");
    let mut dead: std::collections::HashMap<String, String> = Default::default();
    for _ in 0..600 {
        let (_, v) = api
            .call(Method::GET, "/webhooks/dead", Some(&root), None)
            .await;
        for item in v["items"].as_array().into_iter().flatten() {
            dead.insert(
                item["sessionUuid"].as_str().unwrap().to_string(),
                item["eventId"].as_str().unwrap().to_string(),
            );
        }
        if dead.contains_key(&s) && dead.contains_key(&open) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let (st, doc) = api.call(Method::GET, "/openapi.json", None, None).await;
    assert_eq!(st, 200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let real = path
                .replace("{uuid}", if method == "post" { &open } else { &s })
                .replace(
                    "{id}",
                    match (path.as_str(), method.as_str()) {
                        (p, _) if p.starts_with("/staff") => "sam",
                        (_, "delete") => "cy",
                        _ => "ada",
                    },
                )
                // Replay one session's dead letter, drop another's.
                .replace("{label}", "x") // issue 16
                .replace(
                    "{eventId}",
                    dead.get(if method == "post" { &open } else { &s })
                        .map(String::as_str)
                        .unwrap_or("none"),
                )
                .replace("{code}", "hi");
            let m = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let body = match (method.as_str(), path.as_str()) {
                ("put", "/hours") => {
                    Some(json!({"timezone": "UTC", "weekly": "mon-fri 09:00-17:00"}))
                }
                // Issue 16.
                ("put", "/sessions/{uuid}/labels") => Some(json!({"labels": ["vip"]})),
                ("post", "/sessions/{uuid}/labels") => Some(json!({"label": "vip"})),
                ("post", "/sessions/{uuid}/notes") => Some(json!({"body": "a note"})),
                ("put", "/canned-replies/{code}") => Some(json!({"body": "Hello {customer.name}"})),
                ("put", _) => Some(json!({"isAvailable": true})),
                _ => None,
            };
            let query = if path.ends_with("transcript") {
                "?format=json"
            } else if path == "/search" {
                "?q=refund"
            } else {
                ""
            };
            let (status, v) = if path == "/guest" {
                // No bearer: a browser page on the daemon's own origin.
                let resp = reqwest::Client::new()
                    .post(api.d.http("/api/v1/guest"))
                    .header("origin", format!("http://{}", api.d.addr))
                    .send()
                    .await
                    .unwrap();
                let status = resp.status().as_u16();
                (status, resp.json::<Value>().await.unwrap())
            } else {
                api.call(m, &format!("{real}{query}"), Some(&root), body)
                    .await
            };
            // Creating a shared reply is 201 (issue 16).
            let created = path == "/canned-replies/{code}" && method == "put";
            assert_eq!(
                status,
                if created { 201 } else { 200 },
                "{method} {path}: {v}"
            );
            let schema = &op["responses"]["200"]["content"]["application/json"]["schema"];
            check(&doc, schema, &v, &format!("{method} {path}"));
            // Each documented error answer has the documented shape.
            assert!(
                op["responses"]["401"].is_object() || path == "/openapi.json" || path == "/guest",
                "{path}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 11, "{checked}");
    // Errors the document promises look like its Error schema.
    let (_, e) = api.call(Method::GET, "/sessions", None, None).await;
    check(
        &doc,
        &json!({"$ref": "#/components/schemas/Error"}),
        &e,
        "401",
    );
    // And undocumented methods are not served.
    let r = api
        .call(Method::DELETE, "/sessions", Some(&root), None)
        .await;
    assert_error(&r, 405, "method_not_allowed");
}
