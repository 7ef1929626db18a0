//! Order lookups against a real HTTP server (axum on 127.0.0.1:0) standing
//! in for the shop's order API, through `Assistant::reply`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use concierge_assistant::kb::{KnowledgeBase, Order};
use concierge_assistant::orders::{OrderSource, OrdersApi};
use concierge_assistant::{Assistant, AssistantConfig, OrdersApiConfig};

mod common;

#[derive(Clone)]
struct Shop {
    orders: Arc<Vec<Order>>,
    seen_paths: Arc<Mutex<Vec<String>>>,
}

fn authorised(h: &HeaderMap) -> bool {
    h.get("authorization").and_then(|v| v.to_str().ok()) == Some("Bearer s3cret")
}

async fn one(State(s): State<Shop>, h: HeaderMap, Path(id): Path<String>) -> Response {
    s.seen_paths.lock().unwrap().push(id.clone());
    if !authorised(&h) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    match s.orders.iter().find(|o| o.order_id == id) {
        Some(o) => Json(o.clone()).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn list(
    State(s): State<Shop>,
    h: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if !authorised(&h) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let c = q.get("customerId").cloned().unwrap_or_default();
    let mine: Vec<Order> = s
        .orders
        .iter()
        .filter(|o| o.customer_id == c)
        .cloned()
        .collect();
    Json(serde_json::json!({ "orders": mine })).into_response()
}

/// Start the fake shop API; returns its base URL (with a path prefix, as
/// real shops often have) and the ids it was asked for.
async fn shop() -> (String, Arc<Mutex<Vec<String>>>) {
    let kb = KnowledgeBase::demo().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let state = Shop {
        orders: Arc::new(kb.orders),
        seen_paths: seen.clone(),
    };
    let app = axum::Router::new()
        .route("/api/orders/{id}", get(one))
        .route("/api/orders", get(list))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/api/"), seen)
}

fn assistant(url: String, token: &str) -> Assistant {
    // An empty KB directory: orders can only come from the API.
    let dir = tempfile::tempdir().unwrap();
    let a = Assistant::new(AssistantConfig {
        orders_api: Some(OrdersApiConfig {
            url,
            token: Some(token.into()),
        }),
        ..common::config(Some(dir.path()))
    })
    .unwrap();
    assert!(a.knowledge_base().orders.is_empty());
    a
}

use common::ask;

#[tokio::test]
async fn own_orders_come_from_the_shop_api() {
    let (url, _) = shop().await;
    let a = assistant(url, "s3cret");
    let r = ask(&a, "u42", "where is order 1042?").await;
    assert!(
        r.text.contains("shipped") && r.text.contains("00340434161234567890"),
        "{}",
        r.text
    );
    let r = ask(&a, "demo-customer", "where are my orders?").await;
    assert!(
        r.text.contains("1044") && r.text.contains("1045") && !r.text.contains("1042"),
        "{}",
        r.text
    );
}

#[tokio::test]
async fn another_customers_order_reads_exactly_like_a_missing_one() {
    let (url, _) = shop().await;
    let a = assistant(url, "s3cret");
    let theirs = ask(&a, "u42", "where is order 1044?").await;
    let missing = ask(&a, "u42", "where is order 1099?").await;
    assert_eq!(
        theirs.text.replace("1044", "N"),
        missing.text.replace("1099", "N")
    );
    assert!(!theirs.text.contains("pending"));
}

#[tokio::test]
async fn ids_cannot_escape_the_orders_path() {
    let (url, seen) = shop().await;
    let cfg = OrdersApiConfig {
        url,
        token: Some("s3cret".into()),
    };
    let api = OrderSource::Api(OrdersApi::new(&cfg, Duration::from_secs(5)).unwrap());
    for probe in [
        "../1044",
        "1042/../../1044",
        "1044?customerId=u42",
        "%2e%2e",
    ] {
        assert_eq!(api.lookup("u42", probe).await.unwrap(), None, "{probe}");
    }
    assert!(seen.lock().unwrap().is_empty(), "probes reached the API");
    assert!(api.lookup("u42", "1042").await.unwrap().is_some());
    assert_eq!(seen.lock().unwrap().as_slice(), ["1042"]);
}

#[tokio::test]
async fn a_rejected_token_is_an_outage_not_a_missing_order() {
    let (url, _) = shop().await;
    let a = assistant(url, "wrong");
    let r = ask(&a, "u42", "where is order 1042?").await;
    assert!(
        r.text.contains("can't reach our order system"),
        "{}",
        r.text
    );
    assert_eq!(r.outcome, concierge_assistant::Outcome::Failed);
}

#[tokio::test]
async fn an_unreachable_api_is_an_outage_too() {
    // Bind and drop: nothing listens on this port any more.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let a = assistant(format!("http://127.0.0.1:{port}"), "s3cret");
    let r = ask(&a, "u42", "where is my order?").await;
    assert!(
        r.text.contains("can't reach our order system"),
        "{}",
        r.text
    );
}

/// No orders to look up, but a help page answers the question itself: both
/// are said, and the page is cited.
#[tokio::test]
async fn a_how_to_about_orders_without_any_orders_gets_the_help_page_too() {
    let a = common::embedded(None);
    let r = ask(&a, "nobody-here", "where do i find my tracking number").await;
    assert!(r.text.contains("can't see any orders"), "{}", r.text);
    assert!(r.article.is_some(), "{}", r.text);
    assert!(
        r.text.to_lowercase().contains("tracking number"),
        "{}",
        r.text
    );
    // Nothing to answer but the lookup: the lookup's words alone.
    let r = ask(&a, "nobody-here", "status of my stuff").await;
    assert!(r.text.contains("can't see any orders"), "{}", r.text);
}
