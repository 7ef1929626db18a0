//! The web widget's server side, without a browser: its files and their
//! caching, the `Origin` check on the WebSocket upgrade and on guest
//! tokens, the token as a WebSocket subprotocol, guest tokens (same key,
//! same guest; rate limit; no orders). The browser itself is driven in
//! `tests/browser/`.

use concierge_shared::protocol::*;
use concierge_tests::{Client, TestDaemon};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

async fn upgrade(
    d: &TestDaemon,
    origin: Option<&str>,
    protocols: Option<&str>,
) -> Result<
    (
        tokio_tungstenite::WebSocketStream<
            tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
        >,
        tokio_tungstenite::tungstenite::handshake::client::Response,
    ),
    tokio_tungstenite::tungstenite::Error,
> {
    let mut req = d.ws_url().into_client_request().unwrap();
    if let Some(o) = origin {
        req.headers_mut()
            .insert("origin", HeaderValue::from_str(o).unwrap());
    }
    if let Some(p) = protocols {
        req.headers_mut()
            .insert("sec-websocket-protocol", HeaderValue::from_str(p).unwrap());
    }
    tokio_tungstenite::connect_async(req).await
}

fn status_of(e: tokio_tungstenite::tungstenite::Error) -> u16 {
    match e {
        tokio_tungstenite::tungstenite::Error::Http(r) => r.status().as_u16(),
        other => panic!("expected an HTTP refusal, got {other}"),
    }
}

async fn guest(d: &TestDaemon, origin: Option<&str>, body: &str) -> reqwest::Response {
    let mut req = reqwest::Client::new()
        .post(d.http("/api/v1/guest"))
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(o) = origin {
        req = req.header("origin", o);
    }
    req.send().await.unwrap()
}

#[tokio::test]
async fn a_browser_page_on_another_origin_gets_no_socket() {
    let d = TestDaemon::start().await;
    let own = format!("http://{}", d.addr);
    let staff = d.token("s1", "Sam", Role::Staff);
    let offer = format!("concierge.v1, bearer.{staff}");
    // Another site's page, even with a valid token: refused before upgrade.
    let e = upgrade(&d, Some("http://evil.example"), Some(&offer))
        .await
        .unwrap_err();
    assert_eq!(status_of(e), 403);
    // Same port on another host name is another origin too.
    let other = format!("http://localhost:{}", d.addr.port());
    let e = upgrade(&d, Some(&other), Some(&offer)).await.unwrap_err();
    assert_eq!(status_of(e), 403);
    // The daemon's own pages may, with the token as a subprotocol; the
    // server selects the protocol, so browsers accept the handshake.
    let (_ws, resp) = upgrade(&d, Some(&own), Some(&offer)).await.unwrap();
    assert_eq!(resp.headers()["sec-websocket-protocol"], "concierge.v1");
    // A client that is not a browser sends no Origin and works as before.
    d.staff("s2", "Kim").await;
    // A subprotocol without a token is still unauthorized.
    let e = upgrade(&d, Some(&own), Some("concierge.v1"))
        .await
        .unwrap_err();
    assert_eq!(status_of(e), 401);
}

#[tokio::test]
async fn an_allowed_origin_may_connect_and_get_guest_tokens() {
    let d = TestDaemon::start_with(|c| {
        c.widget_allowed_origins =
            concierged::widget::origin::AllowedOrigins::parse(Some("https://shop.example"))
                .unwrap();
    })
    .await;
    let token = d.token("u1", "Ann", Role::Customer);
    let (_ws, _) = upgrade(
        &d,
        Some("https://shop.example"),
        Some(&format!("concierge.v1, bearer.{token}")),
    )
    .await
    .unwrap();
    let r = guest(&d, Some("https://shop.example"), "{}").await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["access-control-allow-origin"],
        "https://shop.example"
    );
    let pre = reqwest::Client::new()
        .request(reqwest::Method::OPTIONS, d.http("/api/v1/guest"))
        .header("origin", "https://shop.example")
        .send()
        .await
        .unwrap();
    assert_eq!(pre.status(), 204);
    assert_eq!(pre.headers()["access-control-allow-methods"], "POST");
    let r = guest(&d, Some("https://other.example"), "{}").await;
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn a_guest_keeps_its_id_sees_no_orders_and_is_rate_limited() {
    let d = TestDaemon::start().await;
    let own = format!("http://{}", d.addr);
    assert_eq!(
        guest(&d, None, "{}").await.status(),
        403,
        "no Origin: not a browser page"
    );
    assert_eq!(
        guest(&d, Some("http://evil.example"), "{}").await.status(),
        403
    );
    let r = guest(&d, Some(&own), "").await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["cache-control"], "no-store");
    let first: serde_json::Value = r.json().await.unwrap();
    let key = first["guestKey"].as_str().unwrap().to_string();
    let id = first["userId"].as_str().unwrap().to_string();
    assert!(id.starts_with("guest-") && !id.contains(&key), "{id}");
    let again: serde_json::Value = guest(&d, Some(&own), &format!(r#"{{"guestKey":"{key}"}}"#))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["userId"], first["userId"]);
    let bad = guest(&d, Some(&own), r#"{"guestKey":"<script>"}"#).await;
    assert_eq!(bad.status(), 422);
    let bad = guest(&d, Some(&own), r#"{"guestKey":1}"#).await;
    assert_eq!(bad.status(), 422);
    let huge = format!(r#"{{"guestKey":"{}"}}"#, "a".repeat(2000));
    assert_eq!(guest(&d, Some(&own), &huge).await.status(), 422);

    // The token is a customer token for that guest; the assistant looks up
    // no order for it (1042 belongs to u42 in the demo shop: the signed-in
    // customer gets its status, the guest does not).
    let ask = async |url: String| {
        let (mut c, uuid) = Client::connect(&url).await.into_customer().await;
        c.request(ClientEvent::SendMessage(SendMessage {
            session_uuid: uuid,
            content: "where is my order 1042?".into(),
            message_type: None,
            client_msg_id: None,
        }))
        .await
        .unwrap();
        loop {
            let f = c.expect("ai_message").await;
            if let ServerEvent::AiMessage(m) = f.event
                && m.message.seq > 1
            {
                return m.message.content;
            }
        }
    };
    let signed_in = ask(format!(
        "{}?token={}",
        d.ws_url(),
        d.token("u42", "Carol", Role::Customer)
    ))
    .await;
    assert!(signed_in.contains("shipped"), "{signed_in}");
    let guest_token = again["token"].as_str().unwrap();
    let as_guest = ask(format!("{}?token={guest_token}", d.ws_url())).await;
    assert!(
        !as_guest.contains("shipped"),
        "a guest saw an order: {as_guest}"
    );

    // The budget per address: 10 in a burst (6 were used above; the ones
    // refused for their origin cost nothing).
    let mut statuses = Vec::new();
    for _ in 0..10 {
        statuses.push(guest(&d, Some(&own), "{}").await.status().as_u16());
    }
    assert!(statuses.contains(&429), "{statuses:?}");
    let limited = guest(&d, Some(&own), "{}").await;
    assert_eq!(limited.status(), 429);
    assert!(limited.headers().contains_key("retry-after"));
}

#[tokio::test]
async fn the_widget_files_are_cached_and_locked_down() {
    let d = TestDaemon::start().await;
    let http = reqwest::Client::new();
    let loader = http.get(d.http("/widget.js")).send().await.unwrap();
    assert_eq!(loader.status(), 200);
    assert!(
        loader.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    let etag = loader.headers()["etag"].clone();
    let again = http
        .get(d.http("/widget.js"))
        .header("if-none-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);

    let page = http.get(d.http("/widget/chat.html")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let csp = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        csp.contains("frame-ancestors 'self'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    let html = page.text().await.unwrap();
    let script = html
        .split('"')
        .find(|s| s.starts_with("/widget/chat.") && s.ends_with(".js"))
        .unwrap()
        .to_string();
    let js = http.get(d.http(&script)).send().await.unwrap();
    assert_eq!(js.status(), 200);
    assert!(
        js.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert_eq!(
        http.get(d.http("/widget/nope.js"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );

    let demo = http
        .get(d.http("/demo"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(demo.contains(r#"<script src="/widget.js" async"#), "{demo}");
}
