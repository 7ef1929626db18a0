//! Issue 16, labels and the CSV export: set from the console's protocol
//! and the API, validated, filtered on, counted in stats, the assistant's
//! hand-over reason as an automatic label, and one CSV row per session.

use concierge_shared::protocol::*;
use concierge_tests::TestDaemon;
use reqwest::Method;
use serde_json::{Value, json};

use crate::api::Http;
use crate::desk_notes::{handed_to, send};

fn set_labels(session: &str, labels: &[&str]) -> ClientEvent {
    ClientEvent::SetLabels(SetLabels {
        session_uuid: session.into(),
        labels: labels.iter().map(|s| s.to_string()).collect(),
    })
}

async fn labels_of(http: &Http<'_>, session: &str, tok: &str) -> Value {
    let (status, v) = http.get(&format!("/sessions/{session}"), tok).await;
    assert_eq!(status, 200, "{v}");
    v["labels"].clone()
}

#[tokio::test]
async fn staff_label_chats_over_the_socket_with_clear_refusals() {
    let d = TestDaemon::start().await;
    let http = Http::new(&d);
    let staff_tok = d.token("s1", "Sam", Role::Staff);
    let mut sam = d.staff("s1", "Sam").await;
    let mut sam2 = d.staff("s1", "Sam").await;
    let (mut carol, session) = d.customer("c1", "Carol").await;
    handed_to(&mut carol, &mut sam, &session).await;
    assert_eq!(
        labels_of(&http, &session, &staff_tok).await,
        json!(["handover:customer_request"]),
        "asking for a person is a hand-over too"
    );

    let ack = sam
        .request(set_labels(&session, &["vip", "refund", "vip"]))
        .await
        .unwrap();
    // The chat came with its hand-over label; a set replaces every label
    // (the console's editor starts from the current ones).
    assert_eq!(ack["labels"], json!(["refund", "vip"]), "sorted, once each");
    let ServerEvent::LabelsUpdated(u) = sam2.expect("labels_updated").await.event else {
        unreachable!()
    };
    assert_eq!(u.labels, ["refund", "vip"]);
    assert_eq!(u.updated_by, "s1");

    // Bad labels are refused with the reason, and change nothing.
    for (bad, says) in [
        (vec!["Refund"], "lowercase"),
        (vec!["two words"], "lowercase"),
        (vec![""], "empty"),
        (vec!["x".repeat(41).leak() as &str], "longer than 40"),
    ] {
        let e = sam.request(set_labels(&session, &bad)).await.unwrap_err();
        assert_eq!(e.code, ErrorCode::BadRequest, "{bad:?}");
        assert!(e.message.contains(says), "{}", e.message);
    }
    let many: Vec<String> = (0..21).map(|i| format!("l{i}")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    let e = sam.request(set_labels(&session, &many)).await.unwrap_err();
    assert!(e.message.contains("at most 20"), "{}", e.message);
    assert_eq!(
        labels_of(&http, &session, &staff_tok).await,
        json!(["refund", "vip"])
    );
    // Customers cannot label, nor list labels.
    let e = carol
        .request(set_labels(&session, &["mine"]))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);
    let e = carol
        .request(ClientEvent::GetLabels(GetLabels {}))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Forbidden);
    // Nor do they ever hear of them.
    sam.request(send(&session, "labelled")).await.unwrap();
    carol
        .expect_where(|f| {
            assert!(
                !matches!(f.event, ServerEvent::LabelsUpdated(_)),
                "a customer got labels: {f:?}"
            );
            matches!(&f.event, ServerEvent::NewMessage(m) if m.content == "labelled")
        })
        .await;
    // Any staff member may label any chat; the labels in use for completion.
    let mut kim = d.staff("s2", "Kim").await;
    kim.request(set_labels(&session, &["refund"]))
        .await
        .unwrap();
    // (Sam's own change came back to him too; this is Kim's.)
    let ServerEvent::LabelsUpdated(u) = sam
        .expect_where(|f| matches!(&f.event, ServerEvent::LabelsUpdated(u) if u.updated_by == "s2"))
        .await
        .event
    else {
        unreachable!()
    };
    assert_eq!(
        (u.labels, u.updated_by.as_str()),
        (vec!["refund".to_string()], "s2")
    );
    let e = kim
        .request(set_labels("no-such-session", &["x"]))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let used: LabelsInUse = serde_json::from_value(
        kim.request(ClientEvent::GetLabels(GetLabels {}))
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        used.labels,
        [LabelCount {
            label: "refund".into(),
            sessions: 1
        }]
    );
}

#[tokio::test]
async fn the_assistants_hand_over_reason_becomes_a_label() {
    let d = TestDaemon::start_with(|c| c.staff_offline_grace = std::time::Duration::ZERO).await;
    let http = Http::new(&d);
    let tok = d.token("s1", "Sam", Role::Staff);
    let mut sam = d.staff("s1", "Sam").await;
    let (mut c, session) = d.customer("c1", "Carol").await;
    c.request(send(&session, "please cancel order 1042"))
        .await
        .unwrap();
    let ServerEvent::NewTransferRequest(o) = sam.expect("new_transfer_request").await.event else {
        unreachable!()
    };
    assert_eq!(o.session_uuid, session);
    // Written with the request: there by the time anyone is offered it.
    assert_eq!(
        labels_of(&http, &session, &tok).await,
        json!(["handover:order_change"])
    );
    // With nobody online the request fails, and is labelled all the same.
    sam.close().await;
    let (mut c2, s2) = d.customer("c2", "Cy").await;
    c2.request(send(&s2, "I want my money back")).await.unwrap();
    c2.expect("transfer_failed").await;
    assert_eq!(
        labels_of(&http, &s2, &tok).await,
        json!(["handover:order_change"])
    );
}

#[tokio::test]
async fn labels_through_the_api_filter_count_and_export() {
    let d = TestDaemon::start().await;
    let http = Http::new(&d);
    let admin = d.token("a1", "Ada", Role::Admin);
    let staff = d.token("s1", "Sam", Role::Staff);
    let mut sam = d.staff("s1", "Sam").await;
    // A name that would run as a formula in a spreadsheet, with a comma
    // and quotes that need RFC 4180 quoting.
    let (mut carol, s1) = d
        .customer("c1", "=HYPERLINK(\"http://evil\",\"x\"), Inc")
        .await;
    carol.request(send(&s1, "hello, \"shop\"")).await.unwrap();
    carol.expect("ai_message").await;
    handed_to(&mut carol, &mut sam, &s1).await;
    sam.request(send(&s1, "Sam here")).await.unwrap();
    let (_c2, s2) = d.customer("c2", "Cy").await;

    let path = |s: &str| format!("/sessions/{s}/labels");
    let call = |m: Method, p: String, tok: &str, body: Option<Value>| {
        let tok = tok.to_string();
        let http = &http;
        async move { http.call(m, &p, Some(&tok), body).await }
    };
    let (st, v) = call(
        Method::PUT,
        path(&s1),
        &staff,
        Some(json!({"labels": ["billing", "vip"]})),
    )
    .await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["labels"], json!(["billing", "vip"]), "the PUT replaces");
    let ServerEvent::LabelsUpdated(u) = sam.expect("labels_updated").await.event else {
        unreachable!()
    };
    assert_eq!(u.labels, ["billing", "vip"], "the console is told");
    let (st, v) = call(
        Method::POST,
        path(&s2),
        &admin,
        Some(json!({"label": "billing"})),
    )
    .await;
    assert_eq!((st, &v["labels"]), (200, &json!(["billing"])));
    let (st, v) = call(Method::DELETE, format!("{}/vip", path(&s1)), &staff, None).await;
    assert_eq!((st, &v["labels"]), (200, &json!(["billing"])));
    // Refusals: bad label (422, unchanged), customer (403), unknown (404).
    let (st, v) = call(
        Method::POST,
        path(&s1),
        &staff,
        Some(json!({"label": "Not OK"})),
    )
    .await;
    assert_eq!(
        (st, v["error"].as_str()),
        (422, Some("invalid_request")),
        "{v}"
    );
    assert!(v["message"].as_str().unwrap().contains("lowercase"));
    let (st, _) = call(
        Method::PUT,
        path(&s1),
        &staff,
        Some(json!({"labels": "billing"})),
    )
    .await;
    assert_eq!(st, 422);
    let carol_tok = d.token("c1", "x", Role::Customer);
    let (st, _) = call(
        Method::POST,
        path(&s1),
        &carol_tok,
        Some(json!({"label": "x"})),
    )
    .await;
    assert_eq!(st, 403);
    let (st, _) = call(
        Method::POST,
        path("nope"),
        &staff,
        Some(json!({"label": "x"})),
    )
    .await;
    assert_eq!(st, 404);
    assert_eq!(labels_of(&http, &s1, &staff).await, json!(["billing"]));

    // Filters and counts.
    let (_, v) = http.get("/sessions?label=billing", &staff).await;
    let mut found: Vec<&str> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["sessionUuid"].as_str().unwrap())
        .collect();
    found.sort_unstable();
    let mut want = vec![s1.as_str(), s2.as_str()];
    want.sort_unstable();
    assert_eq!(found, want);
    let (_, v) = http.get("/sessions?label=vip", &staff).await;
    assert_eq!(v["items"], json!([]));
    let (_, stats) = http.get("/stats", &staff).await;
    let billing = stats["labels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["label"] == "billing")
        .cloned();
    assert_eq!(
        billing,
        Some(json!({"label": "billing", "sessions": 2})),
        "{stats}"
    );
    let (_, used) = http.get("/labels", &staff).await;
    assert_eq!(used["items"][0], json!({"label": "billing", "sessions": 2}));

    // CSV: close and rate s1 first.
    sam.request(ClientEvent::CloseSession(SessionRef {
        session_uuid: s1.clone(),
    }))
    .await
    .unwrap();
    carol.expect("session_closed").await;
    carol
        .request(ClientEvent::RateSession(RateSession {
            session_uuid: s1.clone(),
            rating: 4,
            comment: None,
        }))
        .await
        .unwrap();
    let resp = reqwest::Client::new()
        .get(d.http("/api/v1/sessions.csv?label=billing"))
        .bearer_auth(&staff)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(
        resp.headers()["content-type"].to_str().unwrap(),
        "text/csv; charset=utf-8"
    );
    let csv = resp.text().await.unwrap();
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "session_id,customer_id,customer_name,status,type,created_at,closed_at,\
         first_response_ms,handling_staff,labels,rating,handover_reason"
    );
    assert_eq!(
        lines.len(),
        4,
        "header, two rows, and the final CRLF: {csv}"
    );
    let row = lines.iter().find(|l| l.starts_with(&s1)).unwrap();
    // Formula guarded with a quote, then RFC 4180 quoting.
    assert!(
        row.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\"), Inc\",closed,human,"),
        "{row}"
    );
    let cells: Vec<&str> = row.rsplitn(6, ',').collect();
    // From the end: handover reason, rating, labels, staff, first response.
    assert_eq!(cells[0], "", "asked through request_staff without a reason");
    assert_eq!(cells[1], "4");
    assert_eq!(cells[2], "billing");
    assert_eq!(cells[3], "s1");
    let frt: i64 = cells[4].parse().expect("a first response time");
    assert!(frt >= 0);
    let other = lines.iter().find(|l| l.starts_with(&s2)).unwrap();
    assert!(other.contains(",c2,Cy,active,ai,"), "{other}");
    // Staff and admin only; bad filters are refused.
    let (st, _) = http.get("/sessions.csv", &carol_tok).await;
    assert_eq!(st, 403);
    let (st, _) = http.get("/sessions.csv?from=yesterday", &staff).await;
    assert_eq!(st, 422);
    let (st, _) = http.get("/sessions.csv?cursor=x", &staff).await;
    assert_eq!(st, 422);
}
