//! End to end: a real `concierged`, the real `concierge-agent` binary in a
//! pseudo-terminal (its screen read through the `vt100` emulator, so no
//! tmux is needed), and a WebSocket customer. The customer asks for a
//! person; the staff member accepts with the keyboard, they exchange
//! messages both ways, and the staff member closes the chat and quits.
//! The screen is checked at every step.
//!
//! The daemon binary is built on demand (`cargo build -p concierged`) and
//! found next to this test's executable.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use concierge_shared::token::{self, NewToken};
use concierge_shared::{ClientEvent, ClientFrame, Ref, Role, ServerEvent, decode_server_frame};
use futures_util::{SinkExt, StreamExt};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use tokio_tungstenite::tungstenite::Message as WsMessage;

// Generous: CI machines have two cores and may be compiling meanwhile.
const STEP_TIMEOUT: Duration = Duration::from_secs(60);

/// target/debug/deps/e2e_pty-… → target/debug
fn bin_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    exe.parent()
        .and_then(Path::parent)
        .expect("target dir")
        .to_path_buf()
}

fn daemon_binary() -> PathBuf {
    let dir = bin_dir();
    let path = dir.join("concierged");
    // The workspace test run builds it (the daemon package's own
    // integration tests need it). Built here only when missing, so
    // `cargo nextest run -p concierge-agent` alone works too; building it
    // unconditionally would rebuild dependencies with other features in
    // the middle of a workspace run.
    if path.exists() {
        return path;
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut build = Command::new(cargo);
    build.args(["build", "-q", "-p", "concierged"]);
    if dir.file_name().is_some_and(|n| n == "release") {
        build.arg("--release");
    }
    let status = build.status().expect("run cargo build -p concierged");
    assert!(status.success(), "cargo build -p concierged failed");
    assert!(path.exists(), "no daemon binary at {}", path.display());
    path
}

/// The daemon, killed when dropped.
struct Daemon {
    child: Child,
    addr: String,
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_daemon(data_dir: &Path) -> Daemon {
    let mut child = Command::new(daemon_binary())
        .args([
            "--log-format",
            "json",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--data-dir",
        ])
        .arg(data_dir)
        .env("RUST_LOG", "info")
        // Keep a staff member's chats through a short outage (the daemon's
        // default re-offers them at once), so resuming can be tested.
        .env("STAFF_OFFLINE_GRACE_SECS", "60")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start concierged");
    let stderr = child.stderr.take().expect("daemon stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    // Read the log until the listening line gives the port; keep draining
    // afterwards so the daemon never blocks on a full pipe.
    std::thread::spawn(move || {
        let mut sent = false;
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if !sent
                && let Ok(v) = serde_json::from_str::<serde_json::Value>(&line)
                && v["fields"]["message"] == "concierged listening"
                && let Some(addr) = v["fields"]["addr"].as_str()
            {
                let _ = tx.send(addr.to_string());
                sent = true;
            }
        }
    });
    let addr = rx
        .recv_timeout(STEP_TIMEOUT)
        .expect("daemon did not report its address");
    Daemon { child, addr }
}

/// The console in a pseudo-terminal, its output fed to a vt100 screen.
struct Console {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Console {
    fn start(addr: &str, data_dir: &Path, log_dir: &Path, config: &Path) -> Self {
        let (rows, cols) = (30, 100);
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_concierge-agent"));
        cmd.args(["--server", addr, "--dev-login", "Sam Staff", "--data-dir"]);
        cmd.arg(data_dir);
        cmd.arg("--log-dir");
        cmd.arg(log_dir);
        cmd.arg("--config");
        cmd.arg(config);
        cmd.env("TERM", "xterm-256color");
        // A panic message, not a backtrace, fits on the screen we read.
        cmd.env("RUST_BACKTRACE", "0");
        cmd.env_remove("CONCIERGE_TOKEN");
        cmd.env_remove("CONCIERGE_SERVER");
        let child = pair
            .slave
            .spawn_command(cmd)
            .expect("spawn concierge-agent");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let feed = Arc::clone(&screen);
        // The master must stay open while the child runs; the thread owns it.
        let master = pair.master;
        std::thread::spawn(move || {
            let _keep = master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = feed.lock() {
                    p.process(&buf[..n]);
                }
            }
        });
        Self {
            screen,
            writer,
            child,
        }
    }

    fn contents(&self) -> String {
        self.screen
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    fn alternate_screen(&self) -> bool {
        self.screen
            .lock()
            .map(|p| p.screen().alternate_screen())
            .unwrap_or(true)
    }

    /// Wait until the screen shows `needle`, or fail showing the screen.
    async fn wait_for(&self, needle: &str) {
        let start = Instant::now();
        loop {
            let text = self.contents();
            if text.contains(needle) {
                return;
            }
            assert!(
                start.elapsed() < STEP_TIMEOUT,
                "screen never showed {needle:?}; it shows:\n{text}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush keys");
    }

    /// Type text one key at a time, as a person would (a single write can
    /// be read as a paste by some terminals).
    async fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.keys(&c.to_string());
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
}

impl Drop for Console {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Issue 16: `PUT /api/v1/canned-replies/{code}` as an admin, over a
/// plain HTTP/1.1 request (the test needs no HTTP client for one call).
async fn admin_put_canned(addr: &str, data_dir: &Path, code: &str, body: &str) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let secret = token::read_secret_file(data_dir).expect("daemon secret");
    let jwt = token::mint(
        &secret,
        &NewToken {
            sub: "admin-e2e",
            name: "Ada Admin",
            role: Role::Admin,
            ttl: Duration::from_secs(600),
            iss: None,
            aud: None,
        },
    )
    .expect("mint admin token");
    let json = serde_json::json!({ "body": body }).to_string();
    let req = format!(
        "PUT /api/v1/canned-replies/{code} HTTP/1.1\r\nHost: {addr}\r\n\
         Authorization: Bearer {jwt}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    );
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .expect("connect for HTTP");
    stream.write_all(req.as_bytes()).await.expect("send PUT");
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .await
        .expect("read answer");
    assert!(
        answer.starts_with("HTTP/1.1 201"),
        "PUT canned reply: {answer}"
    );
}

/// A customer speaking the wire protocol.
struct Customer {
    ws: Ws,
    next_ref: i64,
}

impl Customer {
    async fn connect(addr: &str, data_dir: &Path) -> Self {
        Self::connect_as(addr, data_dir, "cust-e2e", "Carla Customer").await
    }

    async fn connect_as(addr: &str, data_dir: &Path, sub: &str, name: &str) -> Self {
        let secret = token::read_secret_file(data_dir).expect("daemon secret");
        let jwt = token::mint(
            &secret,
            &NewToken {
                sub,
                name,
                role: Role::Customer,
                ttl: Duration::from_secs(600),
                iss: None,
                aud: None,
            },
        )
        .expect("mint customer token");
        let url = format!("ws://{addr}/ws?token={jwt}");
        let (ws, _) = tokio_tungstenite::connect_async(url)
            .await
            .expect("customer connects");
        Self { ws, next_ref: 1 }
    }

    async fn send(&mut self, event: ClientEvent) {
        let r = self.next_ref;
        self.next_ref += 1;
        let frame = ClientFrame::new(event, Some(Ref::Num(r)));
        self.ws
            .send(WsMessage::Text(frame.to_json().into()))
            .await
            .expect("customer send");
    }

    /// Read events until `pick` returns something.
    async fn until<T>(&mut self, what: &str, mut pick: impl FnMut(ServerEvent) -> Option<T>) -> T {
        let deadline = tokio::time::Instant::now() + STEP_TIMEOUT;
        loop {
            let msg = tokio::time::timeout_at(deadline, self.ws.next())
                .await
                .unwrap_or_else(|_| panic!("customer never got {what}"));
            let Some(Ok(WsMessage::Text(text))) = msg else {
                continue;
            };
            if let Ok(Some(frame)) = decode_server_frame(text.as_str())
                && let Some(v) = pick(frame.event)
            {
                return v;
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_takes_over_a_chat_from_the_keyboard() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data_dir = tmp.path().join("data");
    std::fs::create_dir_all(&data_dir).expect("data dir");
    let config = tmp.path().join("agent.toml");
    std::fs::write(
        &config,
        "bell = false\n[canned]\nship = \"Yes, we ship to Norway.\"\n",
    )
    .expect("config");
    let daemon = start_daemon(&data_dir);

    // 1. The console connects and shows an empty queue.
    let mut console = Console::start(&daemon.addr, &data_dir, &tmp.path().join("logs"), &config);
    console.wait_for("● connected").await;
    console.wait_for("No one is waiting.").await;
    console.wait_for("available").await;

    // 2. A customer asks for a person; the offer appears in the queue.
    let mut customer = Customer::connect(&daemon.addr, &data_dir).await;
    let session = customer
        .until("session_started", |e| match e {
            ServerEvent::SessionStarted(s) => Some(s.session_uuid),
            ServerEvent::ChatSessionRestored(s) => Some(s.session_uuid),
            _ => None,
        })
        .await;
    customer
        .send(ClientEvent::RequestStaff(concierge_shared::RequestStaff {
            session_uuid: session.clone(),
            reason: Some("wants a human".into()),
        }))
        .await;
    console.wait_for("Carla Customer").await;
    console.wait_for("Queue (1)").await;

    // 3. Accept with the keyboard: the chat opens.
    console.keys("a");
    console.wait_for("My chats (1)").await;
    console.wait_for("i to write").await;
    customer
        .until("transfer_accepted", |e| {
            matches!(e, ServerEvent::TransferAccepted(_)).then_some(())
        })
        .await;

    // 4. The customer writes; the console shows it.
    customer
        .send(ClientEvent::SendMessage(concierge_shared::SendMessage {
            session_uuid: session.clone(),
            content: "Do you ship to Norway?".into(),
            message_type: None,
            client_msg_id: Some("c-1".into()),
        }))
        .await;
    console.wait_for("Do you ship to Norway?").await;

    // 5. The staff member answers with a canned reply; the customer gets it.
    console.keys("i");
    console.wait_for("Enter send").await;
    console.type_text("/ship").await;
    console.keys("\r");
    console.wait_for("/ship expanded").await;
    console.keys("\r");
    let staff_msg = customer
        .until("the staff reply", |e| match e {
            ServerEvent::NewMessage(m) if m.content == "Yes, we ship to Norway." => Some(m),
            _ => None,
        })
        .await;
    assert_eq!(staff_msg.sender_role, concierge_shared::SenderRole::Staff);
    console.wait_for("Yes, we ship to Norway.").await;

    // 5b. Issue 16: an admin adds a team reply; opening the reply box
    // fetches it, Tab completes `/hel` and fills the customer's name in.
    admin_put_canned(
        &daemon.addr,
        &data_dir,
        "hello",
        "Hi {customer.name}, glad to help.",
    )
    .await;
    console.keys("\x1b");
    console.wait_for("i to write").await;
    console.keys("i");
    console.wait_for("Enter send").await;
    console.type_text("/hel").await;
    console.keys("\t");
    console.wait_for("/hello (team) expanded").await;
    console.keys("\r");
    customer
        .until("the team reply", |e| match e {
            ServerEvent::NewMessage(m) if m.content == "Hi Carla Customer, glad to help." => {
                Some(())
            }
            _ => None,
        })
        .await;

    // 5c. Issue 16: `/` searches every transcript; Enter opens the match
    // read-only, Esc steps back out.
    console.keys("\x1b");
    console.wait_for("i to write").await;
    console.keys("/");
    console.wait_for("Search every transcript").await;
    console.type_text("norway").await;
    console.keys("\r");
    console.wait_for("2 results").await;
    console.keys("\r");
    console.wait_for("read-only").await;
    console.keys("\x1b");
    console.wait_for("Search every transcript").await;
    console.keys("\x1b");
    console.wait_for("i to write").await;

    // 6. The customer reads it: the console shows the read receipt.
    customer
        .send(ClientEvent::MarkRead(concierge_shared::MarkRead {
            session_uuid: session.clone(),
            message_id: staff_msg.message_id,
        }))
        .await;
    console.wait_for("✓✓ read").await;

    // 7. Close the chat from the console; the customer is told.
    console.keys("x");
    console
        .wait_for("Close the chat with Carla Customer?")
        .await;
    console.keys("y");
    customer
        .until("session_closed", |e| {
            matches!(e, ServerEvent::SessionClosed(_)).then_some(())
        })
        .await;
    console.wait_for("closed by you").await;

    // 8. Quit (no open chats, so no question) and the terminal is restored.
    console.keys("q");
    let start = Instant::now();
    loop {
        if let Ok(Some(status)) = console.child.try_wait() {
            assert!(status.success(), "console exited with {status:?}");
            break;
        }
        assert!(
            start.elapsed() < STEP_TIMEOUT,
            "console did not quit:\n{}",
            console.contents()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        !console.alternate_screen(),
        "alternate screen left on after exit"
    );
}

/// A TCP relay between the console and the daemon that the test can cut
/// and restore, to make a network outage without stopping the daemon.
struct Relay {
    addr: String,
    up: Arc<std::sync::atomic::AtomicBool>,
    links: Arc<Mutex<Vec<tokio::task::JoinHandle<()>>>>,
}

impl Relay {
    async fn start(target: String) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("relay bind");
        let addr = listener.local_addr().expect("relay addr").to_string();
        let up = Arc::new(std::sync::atomic::AtomicBool::new(true));
        let links: Arc<Mutex<Vec<tokio::task::JoinHandle<()>>>> = Arc::default();
        let (up2, links2) = (Arc::clone(&up), Arc::clone(&links));
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !up2.load(std::sync::atomic::Ordering::SeqCst) {
                    continue; // dropped: the console sees a failed connect
                }
                let target = target.clone();
                let link = tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                if let Ok(mut l) = links2.lock() {
                    l.push(link);
                }
            }
        });
        Self { addr, up, links }
    }

    fn cut(&self) {
        self.up.store(false, std::sync::atomic::Ordering::SeqCst);
        if let Ok(mut l) = self.links.lock() {
            for link in l.drain(..) {
                link.abort();
            }
        }
    }

    fn restore(&self) {
        self.up.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outage_is_survived_and_open_chats_resume() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data_dir = tmp.path().join("data");
    std::fs::create_dir_all(&data_dir).expect("data dir");
    let config = tmp.path().join("agent.toml");
    std::fs::write(&config, "bell = false\n").expect("config");
    let daemon = start_daemon(&data_dir);
    let relay = Relay::start(daemon.addr.clone()).await;

    let mut console = Console::start(&relay.addr, &data_dir, &tmp.path().join("logs"), &config);
    console.wait_for("● connected").await;
    let mut customer = Customer::connect(&daemon.addr, &data_dir).await;
    let session = customer
        .until("session_started", |e| match e {
            ServerEvent::SessionStarted(s) => Some(s.session_uuid),
            ServerEvent::ChatSessionRestored(s) => Some(s.session_uuid),
            _ => None,
        })
        .await;
    customer
        .send(ClientEvent::RequestStaff(concierge_shared::RequestStaff {
            session_uuid: session.clone(),
            reason: None,
        }))
        .await;
    console.wait_for("Queue (1)").await;
    console.keys("a");
    console.wait_for("My chats (1)").await;
    let say = |content: &str, id: &str| {
        ClientEvent::SendMessage(concierge_shared::SendMessage {
            session_uuid: session.clone(),
            content: content.into(),
            message_type: None,
            client_msg_id: Some(id.into()),
        })
    };
    customer.send(say("before the outage", "c-1")).await;
    console.wait_for("before the outage").await;

    // The network goes; the console says so and keeps trying.
    relay.cut();
    console.wait_for("✕ offline").await;
    // Meanwhile the customer writes, and so does the staff member.
    customer.send(say("during the outage", "c-2")).await;
    console.keys("i");
    console.type_text("typed while offline").await;
    console.keys("\r");
    console.wait_for("… sending").await;

    // The network comes back: the console reconnects by itself, fetches
    // what it missed and delivers what was typed, each exactly once.
    relay.restore();
    console.wait_for("● connected").await;
    console.wait_for("during the outage").await;
    customer
        .until("the message typed offline", |e| match e {
            ServerEvent::NewMessage(m) if m.content == "typed while offline" => Some(()),
            _ => None,
        })
        .await;
    console.wait_for("You ✓").await;
    let screen = console.contents();
    assert_eq!(screen.matches("before the outage").count(), 1, "{screen}");
    assert_eq!(screen.matches("during the outage").count(), 1, "{screen}");
    assert_eq!(screen.matches("typed while offline").count(), 1, "{screen}");
    assert!(!screen.contains("… sending"), "{screen}");
}

/// Issue 16 from the keyboard: a private note with `N` and with `/note`,
/// labels with `L`; the console shows them, the customer never hears of
/// either (their next line from staff arrives with nothing before it).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_keep_private_notes_and_labels_from_the_keyboard() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data_dir = tmp.path().join("data");
    std::fs::create_dir_all(&data_dir).expect("data dir");
    let config = tmp.path().join("agent.toml");
    std::fs::write(&config, "bell = false\n").expect("config");
    let daemon = start_daemon(&data_dir);
    let mut console = Console::start(&daemon.addr, &data_dir, &tmp.path().join("logs"), &config);
    console.wait_for("● connected").await;
    let mut customer = Customer::connect(&daemon.addr, &data_dir).await;
    let session = customer
        .until("session_started", |e| match e {
            ServerEvent::SessionStarted(s) => Some(s.session_uuid),
            ServerEvent::ChatSessionRestored(s) => Some(s.session_uuid),
            _ => None,
        })
        .await;
    customer
        .send(ClientEvent::RequestStaff(concierge_shared::RequestStaff {
            session_uuid: session.clone(),
            reason: None,
        }))
        .await;
    console.wait_for("Queue (1)").await;
    console.keys("a");
    console.wait_for("i to write").await;
    // The hand-over reason came as a label.
    console.wait_for("[handover:customer_request]").await;

    // N: a note in its box.
    console.keys("N");
    console.wait_for("Private note on the chat with").await;
    console.type_text("charged twice").await;
    console.keys("\r");
    console.wait_for("PRIVATE NOTE by you").await;
    console.wait_for("charged twice").await;
    // /note in the reply box.
    console.keys("i");
    console.wait_for("Enter send").await;
    console.type_text("/note refund approved").await;
    console.keys("\r");
    console.wait_for("refund approved").await;
    // L: labels, replacing the hand-over one.
    console.keys("\x1b");
    console.wait_for("i to write").await;
    console.keys("L");
    console.wait_for("Labels of the chat with").await;
    for _ in 0.."handover:customer_request ".len() {
        console.keys("\x7f");
    }
    console.type_text("refund vip").await;
    console.keys("\r");
    console.wait_for("[refund] [vip]").await;

    // The customer: the next staff line, and no note or label before it.
    console.keys("i");
    console.type_text("Refund is on its way").await;
    console.keys("\r");
    customer
        .until("the staff reply", |e| match e {
            ServerEvent::NoteAdded(n) => panic!("a customer got a note: {n:?}"),
            ServerEvent::LabelsUpdated(l) => panic!("a customer got labels: {l:?}"),
            ServerEvent::NewMessage(m) if m.content == "Refund is on its way" => Some(()),
            ServerEvent::NewMessage(m) => {
                assert!(!m.content.contains("charged twice"), "{m:?}");
                None
            }
            _ => None,
        })
        .await;
}

/// Issue 16 from the keyboard: the customer panel (`c`), an order card for
/// staff only (`/order`), and a hand-over refused with nobody else there
/// (`t`), against a real daemon.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_customer_beside_the_chat_and_a_hand_over_from_the_keyboard() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data_dir = tmp.path().join("data");
    std::fs::create_dir_all(&data_dir).expect("data dir");
    let config = tmp.path().join("agent.toml");
    std::fs::write(&config, "bell = false\n").expect("config");
    let daemon = start_daemon(&data_dir);
    let mut console = Console::start(&daemon.addr, &data_dir, &tmp.path().join("logs"), &config);
    console.wait_for("● connected").await;

    // u42 owns orders 1042, 1043 and 1051 in the demo shop.
    let mut customer = Customer::connect_as(&daemon.addr, &data_dir, "u42", "Carol Demo").await;
    let session = customer
        .until("session_started", |e| match e {
            ServerEvent::SessionStarted(s) => Some(s.session_uuid),
            ServerEvent::ChatSessionRestored(s) => Some(s.session_uuid),
            _ => None,
        })
        .await;
    customer
        .send(ClientEvent::RequestStaff(concierge_shared::RequestStaff {
            session_uuid: session.clone(),
            reason: Some("order 1042".into()),
        }))
        .await;
    console.wait_for("Queue (1)").await;
    console.keys("a");
    console.wait_for("i to write").await;

    // c: the panel beside the chat, with her orders.
    console.keys("c");
    console.wait_for("Orders").await;
    console.wait_for("1042 shipped").await;

    // /order 1043 in the reply box: a card on my screen only.
    console.keys("i");
    console.wait_for("Enter send").await;
    console.type_text("/order 1043").await;
    console.keys("\r");
    console.wait_for("order 1043 · delivered").await;
    console.wait_for("only you see this").await;
    customer
        .send(ClientEvent::SendMessage(concierge_shared::SendMessage {
            session_uuid: session.clone(),
            content: "any news?".into(),
            message_type: None,
            client_msg_id: Some("c-1".into()),
        }))
        .await;
    customer
        .until("her own line back, with no card before it", |e| match e {
            ServerEvent::NewMessage(m) => {
                assert!(!m.content.contains("1043"), "the customer got {m:?}");
                (m.content == "any news?").then_some(())
            }
            _ => None,
        })
        .await;

    // t: nobody else is online, so the queue is refused and the chat stays.
    console.keys("\x1b");
    console.wait_for("i to write").await;
    console.keys("t");
    console.wait_for("Back to the queue").await;
    console.keys("\r");
    console.wait_for("Note for them").await;
    console.keys("\r");
    console.wait_for("nobody else").await;
    console.wait_for("My chats (1)").await;
}
