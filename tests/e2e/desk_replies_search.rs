//! Issue 16 (items 4 and 6): the team's shared canned replies and
//! full-text search over transcripts, end to end on a real daemon:
//! through the HTTP API, the WebSocket and the `concierge` CLI, with the
//! roles' limits, bad input refused with a clear error, and erased words
//! gone from the index.

use concierge_shared::protocol::*;
use concierge_tests::{TestDaemon, concierge_bin};
use reqwest::Method;
use serde_json::{Value, json};

use crate::api::Http;

fn send(session: &str, content: &str) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: content.into(),
        message_type: None,
        client_msg_id: None,
    })
}

fn search(query: &str) -> ClientEvent {
    ClientEvent::Search(Search {
        query: query.into(),
        limit: None,
        cursor: None,
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

fn codes(v: &Value) -> Vec<String> {
    v["replies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

fn sessions_of(v: &Value) -> Vec<String> {
    let mut s: Vec<String> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["sessionUuid"].as_str().unwrap().to_string())
        .collect();
    s.sort();
    s.dedup();
    s
}

/// `q` as one query-string value.
fn q(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Run `concierge ARGS --server … --token TOKEN`: (exit ok, stdout, stderr).
async fn cli(d: &TestDaemon, token: &str, args: &[&str]) -> (bool, String, String) {
    let bin = tokio::task::spawn_blocking(concierge_bin).await.unwrap();
    let out = tokio::process::Command::new(bin)
        .args(args)
        .args(["--server", &d.addr.to_string(), "--token", token])
        .env_remove("CONCIERGE_SERVER")
        .env_remove("CONCIERGE_TOKEN")
        .output()
        .await
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn admins_manage_shared_replies_staff_list_them_and_bad_ones_change_nothing() {
    let d = TestDaemon::start().await;
    let api = Http::new(&d);
    let root = d.token("root", "Root", Role::Admin);
    let sam = d.token("sam", "Sam", Role::Staff);
    let ada = d.token("ada", "Ada", Role::Customer);
    let body = |b: &str| Some(json!({ "body": b }));

    let created = api
        .call(
            Method::PUT,
            "/canned-replies/refund",
            Some(&root),
            body("Hi {customer.name}, the refund for order {order.id} is on its way."),
        )
        .await;
    assert_eq!(created.0, 201, "{created:?}");
    assert_eq!(created.1["code"], "refund");
    assert_eq!(created.1["updatedBy"], "root");
    let replaced = api
        .call(
            Method::PUT,
            "/canned-replies/refund",
            Some(&root),
            body("Hi {customer.name}, your refund is on its way. {staff.name}"),
        )
        .await;
    assert_eq!(replaced.0, 200, "{replaced:?}");

    // Staff list them; a customer is refused; staff cannot change them.
    let (s, list) = api.get("/canned-replies", &sam).await;
    assert_eq!(s, 200);
    assert_eq!(codes(&list), ["refund"]);
    assert_eq!(
        list["replies"][0]["body"],
        "Hi {customer.name}, your refund is on its way. {staff.name}"
    );
    assert_error(&api.get("/canned-replies", &ada).await, 403, "forbidden");
    let by_staff = api
        .call(Method::PUT, "/canned-replies/hi", Some(&sam), body("Hello"))
        .await;
    assert_error(&by_staff, 403, "forbidden");
    let del_by_staff = api
        .call(Method::DELETE, "/canned-replies/refund", Some(&sam), None)
        .await;
    assert_error(&del_by_staff, 403, "forbidden");

    // Bad codes and bodies: a clear 422 each, and nothing stored.
    let long = "x".repeat(33);
    for (code, text, says) in [
        ("Hello", "Hi", "a-z"),
        (long.as_str(), "Hi", "longer than 32"),
        ("note", "Hi", "reserved"),
        ("order", "Hi", "reserved"),
        ("a.b", "Hi", "a-z"),
        ("ok", "  ", "empty"),
        ("ok", &"y".repeat(2001), "longer than 2000"),
        ("ok", "Hi {customer.nmae}", "unknown variable"),
    ] {
        let v = api
            .call(
                Method::PUT,
                &format!("/canned-replies/{}", q(code)),
                Some(&root),
                body(text),
            )
            .await;
        assert_error(&v, 422, "invalid_request");
        assert!(v.1["message"].as_str().unwrap().contains(says), "{v:?}");
    }
    let no_body = api
        .call(
            Method::PUT,
            "/canned-replies/ok",
            Some(&root),
            Some(json!({"text": "x"})),
        )
        .await;
    assert_error(&no_body, 422, "invalid_request");
    assert_eq!(
        codes(&api.get("/canned-replies", &root).await.1),
        ["refund"]
    );

    // The console's way: over the WebSocket, staff only.
    let mut staff = d.staff("sam", "Sam").await;
    let ws = staff
        .request(ClientEvent::ListCannedReplies(ListCannedReplies {}))
        .await
        .unwrap();
    let ws: CannedReplies = serde_json::from_value(ws).unwrap();
    assert_eq!(ws.replies.len(), 1);
    assert_eq!(ws.replies[0].code, "refund");
    let (mut carol, _) = d.customer("carol", "Carol").await;
    let refused = carol
        .request(ClientEvent::ListCannedReplies(ListCannedReplies {}))
        .await
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::Forbidden);

    // Delete: gone; deleting again is 404.
    let gone = api
        .call(Method::DELETE, "/canned-replies/refund", Some(&root), None)
        .await;
    assert_eq!(gone.0, 200, "{gone:?}");
    let again = api
        .call(Method::DELETE, "/canned-replies/refund", Some(&root), None)
        .await;
    assert_error(&again, 404, "not_found");
    assert!(codes(&api.get("/canned-replies", &sam).await.1).is_empty());

    // Every change is in the audit log.
    let audited: i64 = d
        .db()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action LIKE 'canned_reply_%' AND target = 'refund'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 3);
}

#[tokio::test]
async fn concierge_canned_sets_lists_and_removes_shared_replies() {
    let d = TestDaemon::start().await;
    let root = d.token("root", "Root", Role::Admin);
    let sam = d.token("sam", "Sam", Role::Staff);

    let (ok, out, err) = cli(
        &d,
        &root,
        &[
            "canned",
            "set",
            "hi",
            "Hello {customer.name}, I'm {staff.name}.",
        ],
    )
    .await;
    assert!(ok, "{out}{err}");
    assert!(out.contains("/hi saved"), "{out}");

    let (ok, out, err) = cli(&d, &sam, &["canned", "list", "--json"]).await;
    assert!(ok, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(codes(&v), ["hi"]);
    let (ok, out, _) = cli(&d, &sam, &["canned", "list"]).await;
    assert!(ok);
    assert!(
        out.contains("/hi") && out.contains("Hello {customer.name}"),
        "{out}"
    );

    // Refusals come back as the daemon's clear message, exit status 1.
    let (ok, _, err) = cli(&d, &root, &["canned", "set", "order", "x"]).await;
    assert!(!ok);
    assert!(err.contains("422") && err.contains("reserved"), "{err}");
    let (ok, _, err) = cli(&d, &sam, &["canned", "set", "bye", "x"]).await;
    assert!(!ok);
    assert!(err.contains("403"), "{err}");

    let (ok, out, err) = cli(&d, &root, &["canned", "rm", "hi", "--json"]).await;
    assert!(ok, "{err}");
    assert_eq!(
        serde_json::from_str::<Value>(&out).unwrap()["deleted"],
        "hi"
    );
    let (ok, _, err) = cli(&d, &root, &["canned", "rm", "hi"]).await;
    assert!(!ok);
    assert!(err.contains("404"), "{err}");
    let (_, out, _) = cli(&d, &sam, &["canned", "list", "--json"]).await;
    assert!(codes(&serde_json::from_str(&out).unwrap()).is_empty());
}

/// Two customers' chats with words of their own and one in common.
async fn two_chats(d: &TestDaemon) -> (String, String) {
    let (mut ada, ada_s) = d.customer("ada", "Ada").await;
    let (mut bob, bob_s) = d.customer("bob", "Bob").await;
    ada.request(send(&ada_s, "My blue umbrella never arrived"))
        .await
        .unwrap();
    ada.expect("ai_message").await;
    bob.request(send(&bob_s, "The blue kettle is broken"))
        .await
        .unwrap();
    bob.expect("ai_message").await;
    (ada_s, bob_s)
}

#[tokio::test]
async fn search_finds_every_word_scoped_by_role_and_refuses_queries_without_words() {
    let d = TestDaemon::start().await;
    let api = Http::new(&d);
    let (ada_s, bob_s) = two_chats(&d).await;
    let root = d.token("root", "Root", Role::Admin);
    let sam = d.token("sam", "Sam", Role::Staff);
    let ada = d.token("ada", "Ada", Role::Customer);

    // Staff and admins find both chats; every word must match.
    let mut both = vec![ada_s.clone(), bob_s.clone()];
    both.sort();
    for t in [&sam, &root] {
        let (s, v) = api.get("/search?q=blue", t).await;
        assert_eq!(s, 200, "{v:?}");
        assert_eq!(sessions_of(&v), both);
    }
    let (_, v) = api
        .get(&format!("/search?q={}", q("BLUE umbrella")), &sam)
        .await;
    assert_eq!(sessions_of(&v), std::slice::from_ref(&ada_s));
    let hit = &v["items"][0];
    assert_eq!(hit["customerId"], "ada");
    assert_eq!(hit["customerName"], "Ada");
    assert_eq!(hit["senderRole"], "customer");
    assert!(hit["seq"].as_i64().is_some_and(|s| s >= 1), "{hit:?}");
    let snippet = hit["snippet"].as_str().unwrap();
    assert!(
        snippet.contains("**blue**") && snippet.contains("**umbrella**"),
        "{snippet}"
    );
    assert!(hit["createdAt"].as_str().is_some());

    // A customer finds only their own, whatever they search for.
    let (_, v) = api.get("/search?q=blue", &ada).await;
    assert_eq!(sessions_of(&v), std::slice::from_ref(&ada_s));
    let (_, v) = api.get("/search?q=kettle", &ada).await;
    assert_eq!(v["items"], json!([]));
    let (mut ada_ws, _) = d.customer("ada", "Ada").await;
    let own: SearchResults =
        serde_json::from_value(ada_ws.request(search("blue")).await.unwrap()).unwrap();
    assert!(own.items.iter().all(|h| h.session_uuid == ada_s));
    assert!(!own.items.is_empty());
    let mut staff = d.staff("sam", "Sam").await;
    let all: SearchResults =
        serde_json::from_value(staff.request(search("blue")).await.unwrap()).unwrap();
    assert!(all.items.iter().any(|h| h.session_uuid == bob_s));

    // Paging: one per page, newest first, the cursor leads on until
    // every hit was seen once.
    let (_, whole) = api.get("/search?q=blue", &sam).await;
    let ids = |v: &Value| -> Vec<i64> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["messageId"].as_i64().unwrap())
            .collect()
    };
    let expected = ids(&whole);
    assert!(expected.len() >= 2 && expected.windows(2).all(|w| w[0] > w[1]));
    let mut paged = Vec::new();
    let mut path = "/search?q=blue&limit=1".to_string();
    loop {
        let (s, page) = api.get(&path, &sam).await;
        assert_eq!(s, 200, "{page:?}");
        assert_eq!(page["items"].as_array().unwrap().len(), 1);
        paged.extend(ids(&page));
        match page["nextCursor"].as_str() {
            Some(c) => path = format!("/search?q=blue&limit=1&cursor={}", q(c)),
            None => break,
        }
        assert!(paged.len() <= expected.len(), "{paged:?}");
    }
    assert_eq!(paged, expected);

    // Query syntax is never syntax: operators are words or separators.
    let (s, v) = api
        .get(&format!("/search?q={}", q("AND(blue*")), &sam)
        .await;
    assert_eq!(s, 200, "{v:?}");
    assert!(v["items"].as_array().unwrap().is_empty(), "{v:?}");
    let (s, v) = api
        .get(
            &format!("/search?q={}", q("\"umbrella\" OR* -x NEAR(")),
            &sam,
        )
        .await;
    assert_eq!(s, 200, "{v:?}");
    let (s, v) = api.get(&format!("/search?q={}", q("blue*")), &sam).await;
    assert_eq!(s, 200, "{v:?}");
    assert_eq!(sessions_of(&v), both);
    for bad in ["\"", "*", "AND(", "(", "  ", "\"\"", "-", "^"] {
        let v = api.get(&format!("/search?q={}", q(bad)), &sam).await;
        if bad == "AND(" {
            // A word after all: searched, and found nowhere.
            assert_eq!(v.0, 200, "{bad}: {v:?}");
            continue;
        }
        assert_error(&v, 422, "invalid_request");
        assert!(
            v.1["message"].as_str().unwrap().contains("no word"),
            "{v:?}"
        );
        let ws = staff.request(search(bad)).await.unwrap_err();
        assert_eq!(ws.code, ErrorCode::BadRequest, "{bad}");
    }
    assert_error(&api.get("/search", &sam).await, 422, "invalid_request");
    assert_error(
        &api.get(&format!("/search?q={}", q(&"a".repeat(201))), &sam)
            .await,
        422,
        "invalid_request",
    );
    for bad in ["limit=0", "limit=51", "limit=x", "cursor=nope", "sql=1"] {
        let v = api.get(&format!("/search?q=blue&{bad}"), &sam).await;
        assert_error(&v, 422, "invalid_request");
    }
    let none = api.call(Method::GET, "/search?q=blue", None, None).await;
    assert_error(&none, 401, "unauthorized");
}

#[tokio::test]
async fn a_forgotten_customers_words_are_gone_from_the_index() {
    let d = TestDaemon::start().await;
    let api = Http::new(&d);
    let (ada_s, bob_s) = two_chats(&d).await;
    let root = d.token("root", "Root", Role::Admin);
    let (_, v) = api.get("/search?q=umbrella", &root).await;
    assert_eq!(sessions_of(&v), std::slice::from_ref(&ada_s));

    let (s, v) = api
        .call(Method::DELETE, "/customers/ada", Some(&root), None)
        .await;
    assert_eq!(s, 200, "{v:?}");
    for words in ["umbrella", "blue umbrella", "arrived", "erased"] {
        let (s, v) = api.get(&format!("/search?q={}", q(words)), &root).await;
        assert_eq!(s, 200);
        assert!(
            v["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|h| h["sessionUuid"] != ada_s.as_str()),
            "{words}: {v:?}"
        );
    }
    let (_, v) = api.get("/search?q=umbrella", &root).await;
    assert_eq!(v["items"], json!([]));
    // Others' words are still found.
    let (_, v) = api.get("/search?q=blue", &root).await;
    assert_eq!(sessions_of(&v), [bob_s]);
}

#[tokio::test]
async fn concierge_search_prints_hits_or_json_for_each_role() {
    let d = TestDaemon::start().await;
    let (ada_s, bob_s) = two_chats(&d).await;
    let sam = d.token("sam", "Sam", Role::Staff);
    let ada = d.token("ada", "Ada", Role::Customer);

    let (ok, out, err) = cli(&d, &sam, &["search", "blue kettle"]).await;
    assert!(ok, "{err}");
    assert!(out.contains(&bob_s) && !out.contains(&ada_s), "{out}");
    assert!(out.contains("**kettle**") && out.contains("Bob"), "{out}");

    let (ok, out, err) = cli(&d, &ada, &["search", "blue", "--json"]).await;
    assert!(ok, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(sessions_of(&v), [ada_s]);

    let (ok, _, err) = cli(&d, &sam, &["search", "\"*"]).await;
    assert!(!ok);
    assert!(err.contains("422") && err.contains("no word"), "{err}");
}
