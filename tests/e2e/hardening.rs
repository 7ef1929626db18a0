//! What a client that has not proved who it is, or that misbehaves, can do
//! to the daemon: every cap and deadline in docs/configuration.md
//! ("Limits"), driven through a real socket.

use std::time::Duration;

use concierge_shared::protocol::*;
use concierge_tests::{Client, TestDaemon, WAIT, token};
use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message as WsMessage;

/// Read from `s` until the server closes it; `Some(bytes read)` if it did
/// within `wait`, `None` if it is still open.
async fn closed_by_server(s: &mut TcpStream, wait: Duration) -> Option<Vec<u8>> {
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        match tokio::time::timeout_at(deadline, s.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => return Some(got),
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
        }
    }
}

/// A plain HTTP request on its own connection: the status line's code.
async fn raw_status(d: &TestDaemon, path: &str) -> u16 {
    let mut s = TcpStream::connect(d.addr).await.unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let got = closed_by_server(&mut s, WAIT).await.expect("an answer");
    let text = String::from_utf8_lossy(&got);
    text.split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {text:?}"))
}

fn send(session: &str, content: &str) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: content.into(),
        message_type: None,
        client_msg_id: None,
    })
}

async fn metric(d: &TestDaemon, name: &str) -> f64 {
    let text = reqwest::get(d.http("/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    concierge_tests::metric(&text, name)
}

/// Wait (bounded) until `f` holds.
async fn eventually<F, Fut>(what: &str, mut f: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + WAIT * 2;
    while tokio::time::Instant::now() < deadline {
        if f().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting until {what}");
}

#[tokio::test]
async fn an_oversized_request_head_gets_431_and_a_normal_bad_bearer_401() {
    let d = TestDaemon::start().await;
    let http = reqwest::Client::new();
    let huge = "a".repeat(64 * 1024);
    let r = http
        .get(d.http("/api/v1/sessions"))
        .bearer_auth(&huge)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 431);
    let r = http
        .get(d.http("/api/v1/sessions"))
        .bearer_auth("a".repeat(4 * 1024))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    // The WebSocket upgrade has the same cap.
    let url = format!("{}?token={}", d.ws_url(), "a".repeat(16 * 1024));
    match Client::try_connect(&url).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => {
            let code = resp.status().as_u16();
            assert!(code == 431 || code == 414, "{code}")
        }
        Err(e) => panic!("expected 431, got {e}"),
        Ok(_) => panic!("a 64 KiB upgrade was accepted"),
    }
}

#[tokio::test]
async fn invented_bearers_share_their_address_budget_and_real_users_keep_theirs() {
    // API budget: 5 a second, 10 at once.
    let d = TestDaemon::start_with(|c| {
        c.rate_limit_per_sec = 1.0;
        c.rate_limit_burst = 2;
    })
    .await;
    let http = reqwest::Client::new();
    let mut statuses = Vec::new();
    for i in 0..40 {
        let r = http
            .get(d.http("/api/v1/sessions"))
            .bearer_auth(format!("invented-{i}"))
            .send()
            .await
            .unwrap();
        statuses.push(r.status().as_u16());
    }
    assert!(
        statuses.iter().all(|s| *s == 401 || *s == 429),
        "{statuses:?}"
    );
    assert!(
        statuses.contains(&429),
        "a fresh bearer must not mean a fresh budget: {statuses:?}"
    );
    // A verified user from the same address has a budget of their own.
    let staff = token("s1", "Sam", Role::Staff);
    let r = http
        .get(d.http("/api/v1/sessions"))
        .bearer_auth(&staff)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
}

#[tokio::test]
async fn half_sent_silent_and_trickled_requests_are_closed_after_the_head_timeout() {
    let d = TestDaemon::start_with(|c| {
        c.limits.header_read_timeout = Duration::from_millis(500);
    })
    .await;
    // Half a request, then nothing.
    let mut half = TcpStream::connect(d.addr).await.unwrap();
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n")
        .await
        .unwrap();
    // An upgrade that never finishes its head.
    let mut upgrade = TcpStream::connect(d.addr).await.unwrap();
    upgrade
        .write_all(b"GET /ws HTTP/1.1\r\nHost: t\r\nUpgrade: websocket\r\n")
        .await
        .unwrap();
    // Nothing at all.
    let mut silent = TcpStream::connect(d.addr).await.unwrap();
    // A byte every 100 ms: always busy, never done.
    let mut trickle = TcpStream::connect(d.addr).await.unwrap();
    let trickled = tokio::spawn(async move {
        for b in b"GET /healthz HTTP/1.1\r\nX-Slow: "
            .iter()
            .cycle()
            .take(200)
        {
            if trickle.write_all(&[*b]).await.is_err() {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        false
    });
    assert!(closed_by_server(&mut half, WAIT).await.is_some());
    assert!(closed_by_server(&mut upgrade, WAIT).await.is_some());
    assert!(closed_by_server(&mut silent, WAIT).await.is_some());
    assert!(
        trickled.await.unwrap(),
        "the trickling client was never cut off"
    );
    // Everyone else is still served.
    assert_eq!(raw_status(&d, "/healthz").await, 200);
}

#[tokio::test]
async fn pending_connections_are_capped_per_address_with_a_clean_503() {
    let d = TestDaemon::start_with(|c| {
        c.limits.max_pending_per_address = 4;
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..4 {
        held.push(TcpStream::connect(d.addr).await.unwrap());
    }
    // The listener takes connections in order: these four are in.
    assert_eq!(raw_status(&d, "/healthz").await, 503);
    drop(held.pop());
    eventually("a freed place is usable again", || async {
        raw_status(&d, "/healthz").await == 200
    })
    .await;
    drop(held);
    // Authenticated sockets are not pending: more of them than the cap
    // connect, and HTTP still works beside them.
    let mut customers = Vec::new();
    for i in 0..6 {
        customers.push(d.customer(&format!("c{i}"), "C").await.0);
    }
    eventually("HTTP works beside the sockets", || async {
        raw_status(&d, "/healthz").await == 200
    })
    .await;
}

#[tokio::test]
async fn past_max_connections_new_connections_get_503() {
    let d = TestDaemon::start_with(|c| {
        c.limits.max_connections = 3;
    })
    .await;
    let mut open = Vec::new();
    for i in 0..3 {
        open.push(d.customer(&format!("c{i}"), "C").await.0);
    }
    let url = format!("{}?token={}", d.ws_url(), token("c9", "C", Role::Customer));
    match Client::try_connect(&url).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => {
            assert_eq!(resp.status().as_u16(), 503)
        }
        Err(e) => panic!("expected 503, got {e}"),
        Ok(_) => panic!("a fourth connection was let in"),
    }
    open.pop().unwrap().close().await;
    eventually("a place frees up", || async {
        Client::try_connect(&url).await.is_ok()
    })
    .await;
}

#[tokio::test]
async fn one_user_has_a_socket_cap_and_one_rate_over_all_sockets() {
    let d = TestDaemon::start_with(|c| {
        c.limits.max_sockets_per_user = 2;
        c.limits.user_rate_limit_per_sec = Some(0.001);
        c.limits.user_rate_limit_burst = Some(4);
    })
    .await;
    let (mut a, session) = d.customer("u1", "Ada").await;
    let (mut b, _) = d.customer("u1", "Ada").await;
    let url = format!(
        "{}?token={}",
        d.ws_url(),
        token("u1", "Ada", Role::Customer)
    );
    match Client::try_connect(&url).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => {
            assert_eq!(resp.status().as_u16(), 429)
        }
        Err(e) => panic!("expected 429, got {e}"),
        Ok(_) => panic!("a third socket for one user was let in"),
    }
    // Frames so far: none. Four in all may pass, whichever socket sends.
    a.request(send(&session, "one")).await.unwrap();
    b.request(send(&session, "two")).await.unwrap();
    a.request(send(&session, "three")).await.unwrap();
    b.request(send(&session, "four")).await.unwrap();
    let e = a.request(send(&session, "five")).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::RateLimited);
    assert!(e.retry_after_ms.is_some());
    let e = b.request(send(&session, "six")).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::RateLimited);
    // Another user is unaffected.
    let (mut other, s2) = d.customer("u2", "Bo").await;
    other.request(send(&s2, "hi")).await.unwrap();
}

/// A WebSocket with a tiny receive buffer, which the test then stops
/// reading.
async fn small_window_socket(
    d: &TestDaemon,
    sub: &str,
    role: Role,
) -> tokio_tungstenite::WebSocketStream<TcpStream> {
    let sock = tokio::net::TcpSocket::new_v4().unwrap();
    sock.set_recv_buffer_size(4096).unwrap();
    let tcp = sock.connect(d.addr).await.unwrap();
    let url = format!("{}?token={}", d.ws_url(), token(sub, sub, role));
    tokio_tungstenite::client_async(url, tcp).await.unwrap().0
}

async fn next_event(ws: &mut tokio_tungstenite::WebSocketStream<TcpStream>) -> ServerFrame {
    loop {
        let m = tokio::time::timeout(WAIT, ws.next())
            .await
            .expect("a frame in time")
            .expect("open")
            .unwrap();
        if let WsMessage::Text(t) = m
            && let Some(f) = decode_server_frame(&t).unwrap()
        {
            return f;
        }
    }
}

#[tokio::test]
async fn a_staff_console_that_stops_reading_is_dropped_and_goes_offline() {
    let d = TestDaemon::start_with(|c| {
        c.limits.slow_consumer = Duration::from_millis(500);
    })
    .await;
    let mut frozen = small_window_socket(&d, "s1", Role::Staff).await;
    let (mut carol, session) = d.customer("c1", "Carol").await;
    carol
        .request(ClientEvent::RequestStaff(RequestStaff {
            session_uuid: session.clone(),
            reason: None,
        }))
        .await
        .unwrap();
    let id = loop {
        if let ServerEvent::NewTransferRequest(o) = next_event(&mut frozen).await.event {
            break o.transfer_request_id;
        }
    };
    let accept = ClientFrame {
        event: ClientEvent::AcceptTransfer(AcceptTransfer {
            transfer_request_id: id,
        }),
        r#ref: Some(Ref::Num(1)),
    };
    frozen
        .send(WsMessage::Text(
            serde_json::to_string(&accept).unwrap().into(),
        ))
        .await
        .unwrap();
    loop {
        if next_event(&mut frozen).await.r#ref == Some(Ref::Num(1)) {
            break;
        }
    }
    carol.expect("transfer_accepted").await;
    assert_eq!(metric(&d, "concierge_staff_online").await, 1.0);
    // The console freezes: it reads nothing more. The customer writes on.
    let line = "x".repeat(3900);
    let mut sent = 0;
    while metric(&d, "concierge_slow_consumers_total").await < 1.0 {
        assert!(sent < 3000, "never dropped after {sent} messages");
        for _ in 0..20 {
            carol.request(send(&session, &line)).await.unwrap();
            sent += 1;
        }
    }
    // It counts as a disconnect: presence goes, and its chat is handed
    // back (the grace period is zero in tests).
    eventually("the frozen console is offline", || async {
        metric(&d, "concierge_staff_online").await == 0.0
    })
    .await;
    // Its TCP connection is gone without a close handshake.
    drop(frozen);
}

/// Complete a WebSocket handshake by hand, for frames no client library
/// will send. Returns the socket after the `101`.
async fn raw_upgrade(d: &TestDaemon) -> TcpStream {
    let mut s = TcpStream::connect(d.addr).await.unwrap();
    let req = format!(
        "GET /ws?token={} HTTP/1.1\r\nHost: t\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
        token("c1", "C", Role::Customer)
    );
    s.write_all(req.as_bytes()).await.unwrap();
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        s.read_exact(&mut b).await.unwrap();
        head.push(b[0]);
    }
    assert!(head.starts_with(b"HTTP/1.1 101"), "{head:?}");
    s
}

/// Read server frames until a close frame: its code.
async fn close_code(s: &mut TcpStream) -> Option<u16> {
    let got = closed_by_server(s, WAIT).await?;
    let mut i = 0;
    while i + 2 <= got.len() {
        let opcode = got[i] & 0x0f;
        let mut len = usize::from(got[i + 1] & 0x7f);
        i += 2;
        if len == 126 {
            len = usize::from(u16::from_be_bytes([got[i], got[i + 1]]));
            i += 2;
        } else if len == 127 {
            let mut n = [0u8; 8];
            n.copy_from_slice(&got[i..i + 8]);
            len = usize::try_from(u64::from_be_bytes(n)).unwrap();
            i += 8;
        }
        if opcode == 0x8 && len >= 2 {
            return Some(u16::from_be_bytes([got[i], got[i + 1]]));
        }
        i += len;
    }
    None
}

fn masked(first: u8, payload: &[u8]) -> Vec<u8> {
    let mut f = vec![first];
    match payload.len() {
        n if n < 126 => f.push(0x80 | n as u8),
        n if n <= 0xffff => {
            f.push(0x80 | 126);
            f.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            f.push(0x80 | 127);
            f.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    let key = [1u8, 2, 3, 4];
    f.extend_from_slice(&key);
    f.extend(payload.iter().enumerate().map(|(i, b)| b ^ key[i % 4]));
    f
}

#[tokio::test]
async fn refused_frames_get_the_documented_close_codes() {
    let d = TestDaemon::start().await;
    // 70 KB in one text frame.
    let mut s = raw_upgrade(&d).await;
    s.write_all(&masked(0x81, &vec![b'a'; 70 * 1024]))
        .await
        .unwrap();
    assert_eq!(close_code(&mut s).await, Some(1009));
    // A header that declares 2^63 - 1 bytes.
    let mut s = raw_upgrade(&d).await;
    let mut f = vec![0x81, 0x80 | 127];
    f.extend_from_slice(&(i64::MAX as u64).to_be_bytes());
    f.extend_from_slice(&[1, 2, 3, 4]);
    s.write_all(&f).await.unwrap();
    assert_eq!(close_code(&mut s).await, Some(1009));
    // Continuation frames that add up past the message limit.
    let mut s = raw_upgrade(&d).await;
    let mut flood = masked(0x01, &[b'a'; 16 * 1024]);
    for _ in 0..8 {
        flood.extend(masked(0x00, &[b'a'; 16 * 1024]));
    }
    let _ = s.write_all(&flood).await;
    assert_eq!(close_code(&mut s).await, Some(1009));
    // A text frame that is not UTF-8.
    let mut s = raw_upgrade(&d).await;
    s.write_all(&masked(0x81, &[0xff, 0xfe, 0xfd]))
        .await
        .unwrap();
    assert_eq!(close_code(&mut s).await, Some(1007));
}

#[tokio::test]
async fn nul_is_stripped_and_transcripts_show_control_characters_inert() {
    let d = TestDaemon::start().await;
    let (mut c, session) = d.customer("c1", "Eve\u{1b}]0;x\u{7}").await;
    c.request(send(&session, "a\0b\u{1b}[2Jc\u{202e}d"))
        .await
        .unwrap();
    let e = c.request(send(&session, "\0\0\0")).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::BadRequest, "only NUL is empty");
    let stored: String = d
        .db()
        .query_row(
            "SELECT content FROM chat_messages WHERE sender_role = 'customer'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, "ab\u{1b}[2Jc\u{202e}d", "only NUL is dropped");
    let md = reqwest::Client::new()
        .get(d.http(&format!("/api/v1/sessions/{session}/transcript")))
        .bearer_auth(token("s1", "Sam", Role::Staff))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(md.contains("> ab␛[2Jc\u{FFFD}d"), "{md}");
    assert!(
        !md.chars()
            .any(|ch| ch != '\n' && ch.is_control() || ('\u{202a}'..='\u{202e}').contains(&ch)),
        "{md:?}"
    );
}

#[tokio::test]
async fn cors_preflight_answers_listed_origins_only() {
    let d = TestDaemon::start_with(|c| {
        c.cors_origins = vec![
            "https://shop.example".into(),
            "http://localhost:3000".into(),
        ];
    })
    .await;
    let http = reqwest::Client::new();
    for origin in ["https://shop.example", "http://localhost:3000"] {
        let r = http
            .request(reqwest::Method::OPTIONS, d.http("/api/v1/sessions"))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "GET")
            .header("Access-Control-Request-Headers", "authorization")
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{}", r.status());
        assert_eq!(
            r.headers()["access-control-allow-origin"].to_str().unwrap(),
            origin
        );
    }
    let r = http
        .request(reqwest::Method::OPTIONS, d.http("/api/v1/sessions"))
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "GET")
        .send()
        .await
        .unwrap();
    assert!(r.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn absurd_stats_windows_are_422() {
    let d = TestDaemon::start().await;
    let http = reqwest::Client::new();
    let admin = token("a1", "Ann", Role::Admin);
    for q in [
        "from=-5",
        "to=9223372036854775807",
        "from=-9223372036854775808&to=0",
        "from=0&to=253402300800000",
        "from=%2B262143-01-01T00:00:00Z",
    ] {
        let r = http
            .get(d.http(&format!("/api/v1/stats?{q}")))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "{q}");
    }
    let r = http
        .get(d.http("/api/v1/stats"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
}

#[tokio::test]
async fn integer_subjects_connect_and_long_names_are_refused_clearly() {
    let d = TestDaemon::start().await;
    let key = jsonwebtoken::EncodingKey::from_secret(concierge_tests::SECRET.as_bytes());
    let exp = chrono::Utc::now().timestamp() + 600;
    let mint = |claims: serde_json::Value| {
        jsonwebtoken::encode(&jsonwebtoken::Header::default(), &claims, &key).unwrap()
    };
    let t = mint(serde_json::json!({"sub": 4242, "name": "Num", "role": "customer", "exp": exp}));
    let mut c = Client::connect(&format!("{}?token={t}", d.ws_url())).await;
    let ServerEvent::Connected(hello) = c.expect("connected").await.event else {
        unreachable!()
    };
    assert_eq!(hello.user_id, "4242");
    let long = "n".repeat(300);
    let t = mint(serde_json::json!({"sub": "u1", "name": long, "role": "customer", "exp": exp}));
    let r = reqwest::Client::new()
        .get(d.http("/api/v1/sessions"))
        .bearer_auth(&t)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let body = r.text().await.unwrap();
    assert!(
        body.contains("name is longer than 256 characters"),
        "{body}"
    );
}

#[tokio::test]
async fn a_flood_past_the_open_files_limit_gets_503s_and_never_runs_the_daemon_out() {
    if concierge_tests::backend() != concierge_tests::Backend::Sqlite {
        return; // about sockets, not storage
    }
    let tmp = tempfile::tempdir().unwrap();
    let port = concierge_tests::free_port();
    let log = tmp.path().join("daemon.log");
    // 320 descriptors in all, hard limit included: the daemon keeps 256
    // for itself, so it takes at most 64 connections.
    let mut child = tokio::process::Command::new("prlimit")
        .arg("--nofile=320:320")
        .arg(concierge_tests::daemon_binary())
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(tmp.path().join("data"))
        .env("JWT_SECRET", concierge_tests::SECRET)
        .env("HEADER_READ_TIMEOUT_SECS", "1")
        .env("RUST_LOG", "info")
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .kill_on_drop(true)
        .spawn()
        .expect("run prlimit");
    let health = format!("http://127.0.0.1:{port}/healthz");
    eventually("the daemon is up", || async {
        reqwest::get(&health).await.is_ok()
    })
    .await;
    // 600 connections that send half a request: far past the limit.
    let mut socks = Vec::new();
    for _ in 0..600 {
        let mut s = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        let _ = s.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n").await;
        socks.push(s);
    }
    let mut refused = 0;
    for s in &mut socks {
        let got = closed_by_server(s, WAIT)
            .await
            .expect("every socket is closed, none held");
        if got.starts_with(b"HTTP/1.1 503") {
            refused += 1;
        }
    }
    // 64 were let in (and closed at the head deadline); of the rest, the
    // daemon answers 503 to as many as it can without holding descriptors
    // for it, and closes the others at once.
    assert!(refused >= 400, "only {refused} of 600 got a 503");
    drop(socks);
    eventually("the daemon serves again", || async {
        matches!(reqwest::get(&health).await, Ok(r) if r.status().is_success())
    })
    .await;
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(
        text.contains("lowered_to"),
        "the daemon says it lowered MAX_CONNECTIONS: {text}"
    );
    assert!(
        !text.contains("out of descriptors"),
        "the caps keep accept() from running out: {text}"
    );
    let _ = child.kill().await;
}
