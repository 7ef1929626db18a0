//! The web widget in a real browser: Debian's chromium, headless, driven
//! through chromedriver (WebDriver), against a real `concierged` process.
//!
//! Needs `chromium` and `chromium-driver` (`.ci/run` installs them). A
//! missing browser fails these tests with what to install, unless
//! `CONCIERGE_SKIP_BROWSER_TESTS=1` says to skip them. The daemon is the
//! `concierged` binary next to this test's (built by
//! `cargo nextest run --workspace`, or `cargo build -p concierged`).
//! A failing test saves screenshots of the open chat at desktop and phone
//! widths under `target/browser-screenshots/`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod webdriver;

use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::process::Stdio;

use concierge_shared::protocol::*;
use concierge_tests::{Client, SECRET, daemon_binary, free_port, token};
use futures_util::FutureExt;
use serde_json::{Value, json};
use webdriver::{Browser, ENTER, RELEASE, SHIFT, tools};

/// A daemon process on `port` with `dir` as its data dir.
async fn spawn(dir: &Path, port: u16, env: &[(&str, &str)]) -> tokio::process::Child {
    let bin = daemon_binary();
    assert!(
        bin.exists(),
        "{} is missing: build it with cargo build -p concierged (cargo nextest run --workspace does)",
        bin.display()
    );
    let child = tokio::process::Command::new(bin)
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(dir)
        .env("JWT_SECRET", SECRET)
        .env("RUST_LOG", "warn")
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start concierged");
    let url = format!("http://127.0.0.1:{port}/readyz");
    concierge_tests::eventually(async || concierge_tests::answers(&url).await)
        .await
        .expect("daemon did not start");
    child
}

/// Run `scenario`; when it fails, save screenshots first.
async fn with_screenshots<F: std::future::Future<Output = ()>>(
    b: &Browser,
    name: &str,
    scenario: F,
) {
    if let Err(p) = AssertUnwindSafe(scenario).catch_unwind().await {
        b.screenshots(name).await;
        std::panic::resume_unwind(p);
    }
}

/// How many chat lines (of any sender) have exactly this text.
const COUNT: &str = "return [...document.querySelectorAll('#log .msg .text')].filter(e => e.textContent === arguments[0]).length";

async fn count(b: &Browser, text: &str) -> i64 {
    b.js(COUNT, json!([text])).await.as_i64().unwrap()
}

/// Wait until the line `text` is shown as stored (not pending) by `kind`.
async fn shown(b: &Browser, kind: &str, text: &str) {
    let js = format!(
        "return [...document.querySelectorAll('#log .msg.{kind}:not(.pending):not(.streaming) .text')]\
         .some(e => e.textContent === {})",
        serde_json::to_string(text).unwrap()
    );
    b.wait_for(&format!("{kind} line {text:?}"), &js).await;
}

/// Type a line and press Enter; wait until it is stored.
async fn say(b: &Browser, text: &str) {
    b.type_into("#input", &format!("{text}{ENTER}")).await;
    shown(b, "mine", text).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guest_chats_reaches_a_person_and_survives_a_restart() {
    let Some(tools) = tools() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let port = free_port();
    let daemon = spawn(tmp.path(), port, &[]).await;
    let b = Browser::start(&tools).await;
    with_screenshots(&b, "guest-chat", guest_chat(&b, tmp.path(), port, daemon)).await;
    b.quit().await;
}

async fn guest_chat(b: &Browser, dir: &Path, port: u16, mut daemon: tokio::process::Child) {
    let base = format!("http://127.0.0.1:{port}");
    b.goto(&format!("{base}/demo")).await;
    b.wait_for(
        "the launcher",
        "return !!document.querySelector('.cw-launch')",
    )
    .await;
    b.js(
        "document.querySelector('.cw-launch').addEventListener('click', \
         () => { window.clickedAt = window.clickedAt || performance.now(); }, {capture: true})",
        json!([]),
    )
    .await;
    b.click(".cw-launch").await;
    b.enter_frame("iframe.cw-frame").await;
    b.wait_for(
        "the greeting",
        "return document.querySelectorAll('#log .msg.ai').length > 0",
    )
    .await;
    // Both from the page's own clocks, so WebDriver's polling adds nothing.
    let t: Value = b
        .js(
            "const top = window.top.performance;\
             const launcher = top.getEntriesByName('concierge:launcher')[0].startTime;\
             const m = performance.getEntriesByName('concierge:greeting')[0];\
             const greeting = performance.timeOrigin + m.startTime - top.timeOrigin;\
             return [launcher, greeting - window.top.clickedAt];",
            json!([]),
        )
        .await;
    let (launcher, greeting) = (t[0].as_f64().unwrap(), t[1].as_f64().unwrap());
    println!(
        "BENCH widget: /demo navigation -> launcher shown {launcher:.0} ms; \
         launcher click -> greeting shown {greeting:.0} ms; sum {:.0} ms",
        launcher + greeting
    );
    // The page is in English and says who is typing where.
    assert_eq!(
        b.js(
            "return document.getElementById('send').textContent",
            json!([])
        )
        .await,
        "Send"
    );

    // Enter sends; the assistant answers (streamed, then complete).
    say(b, "what is your return policy?").await;
    b.wait_for(
        "the assistant's answer",
        "return document.querySelectorAll('#log .msg.ai:not(.streaming)').length >= 2",
    )
    .await;
    // Shift+Enter is a new line inside one message.
    b.type_into(
        "#input",
        &format!("line one{SHIFT}{ENTER}{RELEASE}line two{ENTER}"),
    )
    .await;
    shown(b, "mine", "line one\nline two").await;
    // Markup is shown as text and never runs.
    let xss = "<img src=x onerror=alert(1)>";
    say(b, xss).await;
    assert_eq!(
        b.js(
            "return document.querySelectorAll('#log img').length",
            json!([])
        )
        .await,
        0
    );
    assert_eq!(b.alert_text().await, None, "the markup ran");
    // The greeting and one answer to each of the three lines, before
    // asking for a person (the assistant goes quiet then).
    b.wait_for(
        "the assistant's three answers",
        "return document.querySelectorAll('#log .msg.ai:not(.streaming)').length >= 4",
    )
    .await;

    // Ask for a person: queue position, a staff member accepts and writes.
    let staff_url = format!(
        "ws://127.0.0.1:{port}/ws?token={}",
        token("s1", "Dana", Role::Staff)
    );
    let mut staff = Client::connect(&staff_url).await.into_staff().await;
    b.click("#person").await;
    b.wait_for(
        "the queue position",
        "const q = document.getElementById('queue'); return !q.hidden && q.textContent.includes('1')",
    )
    .await;
    let offer = staff.expect("new_transfer_request").await;
    let ServerEvent::NewTransferRequest(offer) = offer.event else {
        unreachable!()
    };
    let session = offer.session_uuid.clone();
    staff
        .request(ClientEvent::AcceptTransfer(AcceptTransfer {
            transfer_request_id: offer.transfer_request_id,
        }))
        .await
        .unwrap();
    b.wait_for(
        "the staff name",
        "return document.getElementById('agent').textContent.includes('Dana')",
    )
    .await;
    // Typing, both ways.
    staff
        .send(ClientEvent::TypingStart(SessionRef {
            session_uuid: session.clone(),
        }))
        .await;
    b.wait_for(
        "Dana typing",
        "return document.getElementById('typing').textContent.includes('Dana')",
    )
    .await;
    let hello = "Hi, Dana here. <b>How can I help?</b>";
    staff_says(&mut staff, &session, hello, "staff-1").await;
    shown(b, "staff", hello).await;
    assert_eq!(
        b.js(
            "return document.querySelectorAll('#log b').length",
            json!([])
        )
        .await,
        0
    );
    // Read while open and visible: Dana sees it.
    staff.expect("message_read").await;
    b.type_into("#input", "thank").await;
    staff.expect("user_typing").await;
    b.type_into("#input", &format!(" you{ENTER}")).await;
    shown(b, "mine", "thank you").await;

    // Closed chat: the badge and the title count what came meanwhile.
    b.type_into("#input", "\u{E00C}").await; // Escape
    b.top().await;
    b.wait_for(
        "the chat to close",
        "return document.querySelector('.cw-frame').hidden",
    )
    .await;
    staff_says(&mut staff, &session, "Are you still there?", "staff-2").await;
    b.wait_for(
        "the unread badge",
        "const x = document.querySelector('.cw-badge'); return !x.hidden && x.textContent === '1' && document.title.startsWith('(1) ')",
    )
    .await;
    b.click(".cw-launch").await;
    b.wait_for(
        "the badge to clear",
        "return document.querySelector('.cw-badge').hidden && !document.title.startsWith('(')",
    )
    .await;

    // Full screen under 640 px.
    b.viewport(390, 844).await;
    b.wait_for(
        "a full-screen chat",
        "const r = document.querySelector('.cw-frame').getBoundingClientRect(); return r.width === window.innerWidth && r.top === 0",
    )
    .await;
    b.viewport(1280, 800).await;
    b.enter_frame("iframe.cw-frame").await;

    // Kill the daemon mid-chat and type while it is down.
    say(b, "before the restart").await;
    daemon.kill().await.unwrap();
    b.wait_for(
        "the reconnecting notice",
        "return !document.getElementById('net').hidden",
    )
    .await;
    let down = ["while down 1", "while down 2", "while down 3"];
    for line in down {
        b.type_into("#input", &format!("{line}{ENTER}")).await;
    }
    b.wait_for(
        "three pending lines",
        "return document.querySelectorAll('#log .msg.pending').length === 3",
    )
    .await;
    let _daemon = spawn(dir, port, &[]).await;
    let mut staff = Client::connect(&staff_url).await.into_staff().await;
    for line in down {
        shown(b, "mine", line).await;
    }
    b.wait_for(
        "the outbox to empty",
        "return document.querySelectorAll('#log .msg.pending').length === 0",
    )
    .await;
    staff_says(&mut staff, &session, "Welcome back!", "staff-3").await;
    shown(b, "staff", "Welcome back!").await;

    let lines = [
        "before the restart",
        "while down 1",
        "while down 2",
        "while down 3",
        "thank you",
        hello,
        "Welcome back!",
    ];
    for line in lines {
        assert_eq!(count(b, line).await, 1, "{line:?} on the page");
    }
    let db = concierge_tests::db(dir);
    for line in lines {
        let n: i64 = db
            .query_row(
                "SELECT COUNT(*) FROM chat_messages WHERE content = ?1",
                [line],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1, "{line:?} stored");
    }

    // Reload: the history comes back, every line once.
    b.top().await;
    b.goto(&format!("{base}/demo")).await;
    b.wait_for(
        "the launcher",
        "return !!document.querySelector('.cw-frame')",
    )
    .await;
    b.click(".cw-launch").await;
    b.enter_frame("iframe.cw-frame").await;
    shown(b, "staff", "Welcome back!").await;
    for line in lines {
        assert_eq!(count(b, line).await, 1, "{line:?} after reload");
    }
    b.wait_for(
        "the staff name after reload",
        "return document.getElementById('agent').textContent.includes('Dana')",
    )
    .await;

    // Close and rate.
    b.click("#end").await;
    b.wait_for(
        "the rating",
        "return !document.getElementById('rating').hidden",
    )
    .await;
    b.click(".star[data-n='4']").await;
    b.wait_for(
        "the thanks",
        "return !document.getElementById('thanks').hidden",
    )
    .await;
    let rating: i64 = concierge_tests::db(dir)
        .query_row(
            "SELECT r.rating FROM session_ratings r JOIN chat_sessions s ON s.id = r.session_id WHERE s.uuid = ?1",
            [&session],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(rating, 4);

    // The guest signs in: not merged (docs/widget.md). The widget forgets
    // the guest on this browser and chats as the customer from scratch.
    let guest_id: String = concierge_tests::db(dir)
        .query_row(
            "SELECT user_id FROM chat_sessions WHERE uuid = ?1",
            [&session],
            |r| r.get(0),
        )
        .unwrap();
    assert!(guest_id.starts_with("guest-"), "{guest_id}");
    b.top().await;
    b.js(
        "Concierge.identify(arguments[0])",
        json!([token("u42", "Carol", Role::Customer)]),
    )
    .await;
    b.enter_frame("iframe.cw-frame").await;
    b.wait_for(
        "a new session as the customer",
        "return !localStorage.getItem('concierge.guest') && document.querySelectorAll('#log .msg.ai').length > 0 \
         && !document.getElementById('composer').hidden",
    )
    .await;
    assert_eq!(
        count(b, "before the restart").await,
        0,
        "the guest's chat showed to the customer"
    );
    say(b, "signed in now").await;
    let owner: String = concierge_tests::db(dir)
        .query_row(
            "SELECT s.user_id FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id WHERE m.content = 'signed in now'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(owner, "u42");
}

async fn staff_says(staff: &mut Client, session: &str, text: &str, id: &str) {
    staff
        .request(ClientEvent::SendMessage(SendMessage {
            session_uuid: session.to_string(),
            content: text.to_string(),
            message_type: None,
            client_msg_id: Some(id.to_string()),
        }))
        .await
        .unwrap();
}

/// A shop page on another origin, pointing at daemon `port`: it loads the
/// widget, tries a WebSocket with a valid token and asks for a guest
/// token, and writes what happened into `window.outcome`.
fn foreign_page(port: u16, token: &str) -> String {
    format!(
        r#"<!doctype html><html><head><title>Other shop</title></head><body>
<script src="http://127.0.0.1:{port}/widget.js" async></script>
<script>
window.outcome = {{}};
const ws = new WebSocket("ws://127.0.0.1:{port}/ws", ["concierge.v1", "bearer.{token}"]);
ws.onopen = () => {{ window.outcome.ws = "open"; }};
ws.onclose = () => {{ window.outcome.ws = window.outcome.ws || "refused"; }};
fetch("http://127.0.0.1:{port}/api/v1/guest", {{method: "POST", headers: {{"content-type": "application/json"}}, body: "{{}}"}})
  .then(r => {{ window.outcome.guest = r.ok ? "token" : "refused " + r.status; }})
  .catch(() => {{ window.outcome.guest = "refused"; }});
</script></body></html>"#
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_on_another_origin_cannot_connect() {
    let Some(tools) = tools() else { return };
    // The other shop, on another port: another origin.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let shop = listener.local_addr().unwrap();
    let shop_origin = format!("http://{shop}");
    let strict_dir = tempfile::tempdir().unwrap();
    let strict = free_port();
    let _strict = spawn(strict_dir.path(), strict, &[]).await;
    let open_dir = tempfile::tempdir().unwrap();
    let open = free_port();
    let _open = spawn(
        open_dir.path(),
        open,
        &[("WIDGET_ALLOWED_ORIGINS", &shop_origin)],
    )
    .await;
    let staff = token("s9", "Eve", Role::Staff);
    let app = axum::Router::new().route(
        "/{port}",
        axum::routing::get(move |axum::extract::Path(port): axum::extract::Path<u16>| {
            let page = foreign_page(port, &staff);
            async move { axum::response::Html(page) }
        }),
    );
    tokio::spawn(async move { axum::serve(listener, app).await });
    let b = Browser::start(&tools).await;
    with_screenshots(&b, "other-origin", async {
        // Not allowed: no socket, no guest token, and the chat page will
        // not render inside the other shop's page.
        b.goto(&format!("{shop_origin}/{strict}")).await;
        let outcome = b
            .wait_for(
                "both attempts",
                "const o = window.outcome; return o && o.ws && o.guest && o",
            )
            .await;
        assert_eq!(outcome["ws"], "refused", "{outcome}");
        assert!(
            outcome["guest"].as_str().unwrap().starts_with("refused"),
            "{outcome}"
        );
        b.wait_for(
            "the launcher",
            "return !!document.querySelector('.cw-launch')",
        )
        .await;
        b.click(".cw-launch").await;
        b.wait_for("the frame", "return !!document.querySelector('.cw-frame')")
            .await;
        b.enter_frame("iframe.cw-frame").await;
        b.wait_for(
            "the frame to finish loading",
            "return document.readyState === 'complete'",
        )
        .await;
        assert_eq!(
            b.js("return !!document.getElementById('composer')", json!([]))
                .await,
            false,
            "the chat rendered inside a page on another origin"
        );
        b.top().await;

        // The same page, once its origin is allowed, chats.
        b.goto(&format!("{shop_origin}/{open}")).await;
        let outcome = b
            .wait_for(
                "both attempts",
                "const o = window.outcome; return o && o.ws && o.guest && o",
            )
            .await;
        assert_eq!(outcome["ws"], "open", "{outcome}");
        assert_eq!(outcome["guest"], "token", "{outcome}");
        b.wait_for(
            "the launcher",
            "return !!document.querySelector('.cw-launch')",
        )
        .await;
        b.click(".cw-launch").await;
        b.enter_frame("iframe.cw-frame").await;
        b.wait_for(
            "the greeting",
            "return document.querySelectorAll('#log .msg.ai').length > 0",
        )
        .await;
    })
    .await;
    b.quit().await;
}

/// A shop page (on `origin`, allowed) that signs its visitor in: the
/// documented stub queues `on`, `open` and `identify` before the async
/// loader has arrived. The first token has expired; the page gives a fresh
/// one when the widget asks (`tokenexpired`).
fn signed_in_page(port: u16, expired: &str, token: &str) -> String {
    format!(
        r#"<!doctype html><html><head><title>Laden</title></head><body>
<script>
window.Concierge=window.Concierge||{{q:[]}};['open','close','identify','on'].forEach(function(m){{Concierge[m]=Concierge[m]||function(){{Concierge.q.push([m,[].slice.call(arguments)])}}}});
window.events = [];
Concierge.on('open', function () {{ events.push('open'); }});
Concierge.on('ready', function () {{ events.push('ready'); }});
Concierge.on('tokenexpired', function () {{ events.push('tokenexpired'); Concierge.identify("{token}"); }});
Concierge.open();
Concierge.identify("{expired}");
</script>
<script src="http://127.0.0.1:{port}/widget.js" async data-language="de" data-colour="rebeccapurple"></script>
</body></html>"#
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_in_customer_identified_before_load_sees_their_order() {
    let Some(tools) = tools() else { return };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let shop = format!("http://{}", listener.local_addr().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let _daemon = spawn(
        dir.path(),
        port,
        &[
            ("WIDGET_ALLOWED_ORIGINS", &shop),
            ("RATE_LIMIT_PER_SEC", "1000"),
            ("RATE_LIMIT_BURST", "1000"),
        ],
    )
    .await;
    let carol = token("u42", "Carol", Role::Customer);
    // Carol chatted before, elsewhere: more lines than a restore holds.
    let url = format!("ws://127.0.0.1:{port}/ws?token={carol}");
    let (mut cli, session) = Client::connect(&url).await.into_customer().await;
    for i in 1..=21 {
        cli.request(ClientEvent::SendMessage(SendMessage {
            session_uuid: session.clone(),
            content: format!("early line {i}"),
            message_type: None,
            client_msg_id: Some(format!("early-{i}")),
        }))
        .await
        .unwrap();
    }
    cli.close().await;
    let expired = jsonwebtoken::encode(
        &jsonwebtoken::Header::default(),
        &concierge_shared::token::Claims {
            sub: concierge_shared::token::Subject::Str("u42".into()),
            name: "Carol".into(),
            role: Role::Customer,
            // Past the server's 30 s leeway.
            exp: chrono::Utc::now().timestamp() - 120,
            iat: None,
            nbf: None,
            email: None,
            iss: None,
            aud: None,
        },
        &jsonwebtoken::EncodingKey::from_secret(SECRET.as_bytes()),
    )
    .unwrap();
    let app = axum::Router::new().route(
        "/",
        axum::routing::get(move || {
            let page = signed_in_page(port, &expired, &carol);
            async move { axum::response::Html(page) }
        }),
    );
    tokio::spawn(async move { axum::serve(listener, app).await });
    let b = Browser::start(&tools).await;
    with_screenshots(&b, "signed-in", async {
        b.goto(&format!("{shop}/")).await;
        // The queued open() ran: the chat is open without a click.
        b.wait_for(
            "the queued open and the request for a fresh token",
            "return ['open', 'ready', 'tokenexpired'].every(e => window.events.includes(e))",
        )
            .await;
        b.enter_frame("iframe.cw-frame").await;
        b.wait_for("the greeting", "return document.querySelectorAll('#log .msg.ai').length > 0")
            .await;
        // The restore holds the last lines; the rest come on request, once.
        assert_eq!(count(&b, "early line 1").await, 0);
        b.wait_for("the earlier button", "return !document.getElementById('earlier').hidden").await;
        b.click("#earlier").await;
        shown(&b, "mine", "early line 1").await;
        for i in 1..=21 {
            assert_eq!(count(&b, &format!("early line {i}")).await, 1, "early line {i}");
        }
        b.wait_for("the whole history", "return document.getElementById('earlier').hidden").await;
        // German strings from the option.
        assert_eq!(b.js("return document.getElementById('send').textContent", json!([])).await, "Senden");
        say(&b, "where is my order 1042?").await;
        b.wait_for(
            "the order status",
            "return [...document.querySelectorAll('#log .msg.ai:not(.streaming) .text')].some(e => e.textContent.includes('shipped'))",
        )
        .await;
    })
    .await;
    b.quit().await;
    // identify() was applied before the chat started: it never chatted as
    // a guest.
    let db = concierge_tests::db(dir.path());
    let (guests, carol): (i64, i64) = db
        .query_row(
            "SELECT SUM(user_id LIKE 'guest-%'), SUM(user_id = 'u42') FROM chat_sessions",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((guests, carol), (0, 1));
}

/// Issue 17 in the widget: outside hours a guest who asks for a person is
/// told when someone is back, leaves their address in the form the widget
/// shows, and gets the chat's transcript by email from the widget's
/// button, through a real SMTP server on loopback.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outside_hours_a_guest_leaves_a_message_and_gets_the_transcript() {
    let Some(tools) = tools() else { return };
    let smtp = concierge_tests::smtp::SmtpServer::start().await;
    let today = chrono::Utc::now().date_naive();
    let closed = format!("{today}..{}", today + chrono::Days::new(2));
    let smtp_url = smtp.url();
    let tmp = tempfile::tempdir().unwrap();
    let port = free_port();
    let _daemon = spawn(
        tmp.path(),
        port,
        &[
            ("BUSINESS_HOURS", "mon-sun 00:00-24:00"),
            ("BUSINESS_CLOSED", closed.as_str()),
            ("SMTP_URL", smtp_url.as_str()),
            ("EMAIL_FROM", "Shop <support@shop.example>"),
        ],
    )
    .await;
    let b = Browser::start(&tools).await;
    with_screenshots(&b, "leave-message", async {
        b.goto(&format!("http://127.0.0.1:{port}/demo")).await;
        b.wait_for(
            "the launcher",
            "return !!document.querySelector('.cw-launch')",
        )
        .await;
        b.click(".cw-launch").await;
        b.enter_frame("iframe.cw-frame").await;
        b.wait_for(
            "the greeting",
            "return document.querySelectorAll('#log .msg.ai').length > 0",
        )
        .await;
        say(&b, "The lid of my kettle is cracked").await;
        b.click("#person").await;
        b.wait_for(
            "the leave-a-message form",
            "return !document.getElementById('leave').hidden \
             && document.getElementById('leave-q').textContent.includes('back on')",
        )
        .await;
        b.type_into("#leave-email", "gus@shop.example").await;
        b.click("#leave-send").await;
        b.wait_for(
            "the message taken",
            "return document.getElementById('leave').hidden \
             && document.getElementById('queue').textContent.includes('gus@shop.example')",
        )
        .await;
        b.click("#transcript").await;
        let got = smtp
            .wait_for("the transcript", |m| {
                m.iter()
                    .any(|m| m.to.iter().any(|t| t.contains("gus@shop.example")))
            })
            .await;
        let mail = got
            .iter()
            .find(|m| m.to.iter().any(|t| t.contains("gus@shop.example")))
            .unwrap();
        assert!(
            mail.decoded().contains("The lid of my kettle is cracked"),
            "{}",
            mail.decoded()
        );
        b.wait_for(
            "the widget says it is sent",
            "return document.getElementById('net').textContent.includes('on its way')",
        )
        .await;
    })
    .await;
    b.quit().await;
}
