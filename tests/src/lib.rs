//! Helpers for the end-to-end tests: a real daemon on `127.0.0.1:0` with a
//! temporary data dir ([`TestDaemon`]), and a real WebSocket client that
//! speaks the protocol ([`Client`]).
//!
//! The same tests run on both storage engines: the `e2e` binary on SQLite,
//! the `e2e_pg` binary on PostgreSQL ([`backend`]). On PostgreSQL each data
//! dir gets a scratch schema of its own (its name kept in the dir, so a
//! restart on the same dir finds the same data), and [`db`] returns an
//! in-memory SQLite copy of that schema made with the export code: the
//! tests' SQL checks stored rows, not the dialect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod smtp; // issue 17
pub mod tls;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use concierge_shared::protocol::{
    ClientEvent, ClientFrame, ErrorBody, Ref, Role, ServerEvent, ServerFrame, decode_server_frame,
};
use concierge_shared::token::{NewToken, mint};
use concierged::config::{Config, Secret};
use concierged::store::postgres::scratch;
use concierged::store::{Db, export};
use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

pub const SECRET: &str = "e2e-test-secret";

/// The `concierged` binary that `cargo test` / `cargo nextest run` built
/// for the workspace: test binaries live in `target/<profile>/deps/`, the
/// daemon one level up.
///
/// A run of this crate alone (`cargo nextest run -p concierge-tests`)
/// does not rebuild that binary: cargo builds only the library of a
/// dependency. So the first call in a process fails loudly when a source
/// the binary was built from is newer than the binary, instead of letting
/// the tests pass or fail against yesterday's daemon.
pub fn daemon_binary() -> PathBuf {
    static CHECKED: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    CHECKED
        .get_or_init(|| {
            let exe = std::env::current_exe().unwrap();
            let bin = exe.parent().unwrap().parent().unwrap().join("concierged");
            if let Some(newer) = newer_source(&bin) {
                panic!(
                    "{} is older than {}: run `cargo build -p concierged --bin concierged` \
                     (the workspace test run builds it)",
                    bin.display(),
                    newer.display()
                );
            }
            bin
        })
        .clone()
}

/// A source file the binary at `bin` depends on that changed after it
/// was built, read from cargo's dep-info file next to it
/// (`concierged.d`: `target: dep dep …`, spaces in paths escaped).
/// `None` when the binary or its dep-info is missing (the spawn will say
/// so) or every source is older.
fn newer_source(bin: &Path) -> Option<PathBuf> {
    let built = std::fs::metadata(bin).and_then(|m| m.modified()).ok()?;
    let info = std::fs::read_to_string(bin.with_extension("d")).ok()?;
    let (_, deps) = info.lines().next()?.split_once(": ")?;
    let mut paths = Vec::new();
    let mut current = String::new();
    let mut chars = deps.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => current.extend(chars.next()),
            ' ' => paths.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    paths.push(current);
    paths
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .find(|p| {
            std::fs::metadata(p)
                .and_then(|m| m.modified())
                .is_ok_and(|changed| changed > built)
        })
}

/// One build of the CLI at a time (tests run in threads).
static CLI_BUILD: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The `concierge` binary. The workspace test run builds it (the CLI's
/// own integration tests need it); it is built here only when missing, so
/// `cargo nextest run -p concierge-tests` alone works too. Building it
/// unconditionally rebuilt rustls, ring and reqwest with other features in
/// the middle of every workspace run: minutes of CI on two busy cores.
pub fn concierge_bin() -> PathBuf {
    let path = daemon_binary().with_file_name("concierge");
    let _guard = CLI_BUILD.lock().unwrap_or_else(|e| e.into_inner());
    if !path.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = std::process::Command::new(cargo)
            .args(["build", "-p", "concierge-cli", "--bin", "concierge"])
            .status()
            .expect("run cargo build");
        assert!(status.success(), "building concierge failed");
    }
    path
}

/// A TCP port on loopback that was free a moment ago.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One series' value in the Prometheus text of `/metrics`.
pub fn metric(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series).and_then(|v| v.strip_prefix(' ')))
        .unwrap_or_else(|| panic!("no {series} in\n{text}"))
        .trim()
        .parse()
        .unwrap()
}

/// Where the daemons under test keep their data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// `CONCIERGE_TEST_BACKEND=postgres|sqlite` if set; otherwise PostgreSQL
/// for the `e2e_pg` test binary and SQLite for every other.
pub fn backend() -> Backend {
    match std::env::var("CONCIERGE_TEST_BACKEND").as_deref() {
        Ok("postgres") => return Backend::Postgres,
        Ok("sqlite") => return Backend::Sqlite,
        _ => {}
    }
    let exe = std::env::current_exe().unwrap_or_default();
    let name = exe.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with("e2e_pg") {
        Backend::Postgres
    } else {
        Backend::Sqlite
    }
}

/// The file in a data dir naming its PostgreSQL scratch schema.
const SCHEMA_FILE: &str = "pg-schema";

/// On PostgreSQL, the `DATABASE_URL` of `dir`'s schema, created on first
/// use; `None` on SQLite. A second call for the same dir (a restart)
/// returns the same schema.
pub fn database_url(dir: &Path) -> Option<String> {
    if backend() != Backend::Postgres {
        return None;
    }
    let base = scratch::base_url();
    let file = dir.join(SCHEMA_FILE);
    if let Ok(name) = std::fs::read_to_string(&file) {
        return Some(scratch::url_for(&base, name.trim()));
    }
    let (name, url) = scratch::create(&base).expect("create a PostgreSQL scratch schema");
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(&file, &name).unwrap();
    Some(url)
}

/// Drop `dir`'s scratch schema, if it has one (best effort).
fn drop_schema(dir: &Path) {
    if let Ok(name) = std::fs::read_to_string(dir.join(SCHEMA_FILE)) {
        let _ = scratch::drop(&scratch::base_url(), name.trim());
        let _ = std::fs::remove_file(dir.join(SCHEMA_FILE));
    }
}
/// How long a test waits for an expected frame before failing: a bound
/// for a condition, not a measure of speed. Three cluster nodes starting
/// together on a busy 2-core machine once took over 10 s to answer their
/// first line (each trained the assistant's readers then; they are stored
/// in the binary now).
pub const WAIT: Duration = Duration::from_secs(30);

/// Ask `check` again, every 25 ms, until it gives an answer or [`WAIT`]
/// has passed (then `None`). Every test that waits for something the
/// daemon does in the background waits through this: the bound is for a
/// condition that must come to hold, not a measure of speed, so it is the
/// same generous bound everywhere.
pub async fn eventually<T>(mut check: impl AsyncFnMut() -> Option<T>) -> Option<T> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        if let Some(v) = check().await {
            return Some(v);
        }
        if tokio::time::Instant::now() >= deadline {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Wait until `cond` holds, as [`eventually`] does; fail naming `what`.
pub async fn until(what: &str, mut cond: impl FnMut() -> bool) {
    eventually(async || cond().then_some(()))
        .await
        .unwrap_or_else(|| panic!("never: {what}"));
}

/// Whether `url` answers with a success status: a daemon's `/readyz`.
pub async fn answers(url: &str) -> Option<()> {
    let r = reqwest::get(url).await.ok()?;
    r.status().is_success().then_some(())
}

/// A daemon running in this process, on its own port and data dir.
pub struct TestDaemon {
    pub addr: SocketAddr,
    pub dir: PathBuf,
    _tmp: Option<tempfile::TempDir>,
    /// Set by [`TestDaemon::stop`]: the data outlives this daemon.
    keep_schema: bool,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

/// The settings every test starts from: fast timers where a test waits on
/// them, a known secret, and a rate limit that load tests do not hit.
pub fn test_config(dir: &Path) -> Config {
    let mut cfg = Config::for_data_dir(dir);
    cfg.jwt.secret = Some(Secret(SECRET.into()));
    cfg.rate_limit_per_sec = 10_000.0;
    cfg.rate_limit_burst = 10_000;
    // Tests of leaving want it at once; the grace has its own test.
    cfg.staff_offline_grace = Duration::ZERO;
    cfg
}

impl TestDaemon {
    pub async fn start() -> TestDaemon {
        Self::start_with(|_| {}).await
    }

    pub async fn start_with(f: impl FnOnce(&mut Config)) -> TestDaemon {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        let mut d = Self::start_in(&dir, f).await;
        d._tmp = Some(tmp);
        d
    }

    /// Start on an existing data dir (to test restarts).
    pub async fn start_in(dir: &Path, f: impl FnOnce(&mut Config)) -> TestDaemon {
        let mut cfg = test_config(dir);
        cfg.database_url = database_url(dir).map(Secret);
        f(&mut cfg);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(concierged::server::serve(cfg, listener, async move {
            let _ = stopped.await;
        }));
        let d = TestDaemon {
            addr,
            dir: dir.to_path_buf(),
            _tmp: None,
            keep_schema: false,
            stop: Some(stop),
            task: Some(task),
        };
        d.wait_ready().await;
        d
    }

    async fn wait_ready(&self) {
        let url = self.http("/readyz");
        eventually(async || answers(&url).await)
            .await
            .expect("daemon did not become ready");
    }

    /// Stop gracefully and keep the data dir (returned for a restart); on
    /// PostgreSQL its schema stays too, until a daemon restarted on the dir
    /// is dropped (or, failing that, until the next test process sweeps
    /// schemas whose process is gone).
    pub async fn stop(mut self) -> (PathBuf, Option<tempfile::TempDir>) {
        self.keep_schema = true;
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.task.take() {
            t.await.unwrap().unwrap();
        }
        (self.dir.clone(), self._tmp.take())
    }

    pub fn http(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn ws_url(&self) -> String {
        format!("ws://{}/ws", self.addr)
    }

    pub fn token(&self, sub: &str, name: &str, role: Role) -> String {
        token(sub, name, role)
    }

    /// A new connection, the way our own clients open one: through
    /// `concierge_client`, with the token in the `Authorization` header.
    /// (Tests of the `?token=` form call [`Client::connect`] with a URL.)
    pub async fn connect(&self, sub: &str, name: &str, role: Role) -> Client {
        let server = concierge_client::ServerAddr::parse(&self.addr.to_string())
            .expect("the daemon's address");
        let token = concierge_client::Secret::new(self.token(sub, name, role));
        let opts = concierge_client::ws::ConnectOptions {
            // A busy 2-core machine can take its time; the test's own
            // waits decide when to give up.
            timeout: Duration::from_secs(120),
            ..Default::default()
        };
        let ws = concierge_client::ws::connect(&server, &token, None, opts)
            .await
            .expect("websocket connect");
        Client::from_ws(ws)
    }

    /// A customer connected and past the session start: returns the client
    /// and its session uuid.
    pub async fn customer(&self, sub: &str, name: &str) -> (Client, String) {
        self.connect(sub, name, Role::Customer)
            .await
            .into_customer()
            .await
    }

    /// A staff member connected and past `staff_data`.
    pub async fn staff(&self, sub: &str, name: &str) -> Client {
        self.connect(sub, name, Role::Staff)
            .await
            .into_staff()
            .await
    }

    /// A read-only connection to the daemon's database (on PostgreSQL, a
    /// SQLite copy of it as it is now).
    pub fn db(&self) -> rusqlite::Connection {
        db(&self.dir)
    }
}

impl Drop for TestDaemon {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if !self.keep_schema {
            drop_schema(&self.dir);
        }
    }
}

/// The database of the data dir `dir`, to read: the SQLite file, or on
/// PostgreSQL an in-memory SQLite copy of the dir's schema.
pub fn db(dir: &Path) -> rusqlite::Connection {
    match database_url(dir) {
        None => rusqlite::Connection::open_with_flags(
            dir.join("concierge.db"),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .unwrap(),
        Some(url) => snapshot(&url),
    }
}

/// Change the stored data of a stopped daemon's dir with SQLite SQL: on
/// SQLite in the file itself; on PostgreSQL in a copy that then replaces
/// the schema's rows (the test's ids are kept).
pub fn edit_db(dir: &Path, f: impl FnOnce(&rusqlite::Connection)) {
    let Some(url) = database_url(dir) else {
        let db = rusqlite::Connection::open(dir.join("concierge.db")).unwrap();
        f(&db);
        return;
    };
    let copy = snapshot(&url);
    f(&copy);
    let mut dump = Vec::new();
    export::export(&mut Db::Sqlite(&copy), &mut dump).unwrap();
    off_runtime(move || {
        let mut conn = pg(&url);
        let tables: Vec<&str> = export::tables()
            .filter(|t| *t != "webhook_settings")
            .collect();
        conn.batch(&format!(
            "TRUNCATE {} RESTART IDENTITY CASCADE",
            tables.join(", ")
        ))
        .unwrap();
        export::import(&mut Db::Postgres(&mut conn), &mut &dump[..]).unwrap();
    });
}

fn pg(url: &str) -> concierged::store::PgConn {
    let config = concierged::store::postgres::config(url).unwrap();
    concierged::store::postgres::connect(&config).unwrap()
}

/// The sync PostgreSQL client cannot run on an async test's thread.
fn off_runtime<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::spawn(f).join().unwrap()
}

/// An in-memory SQLite database holding what the PostgreSQL schema at
/// `url` holds now (one consistent snapshot).
fn snapshot(url: &str) -> rusqlite::Connection {
    let url = url.to_string();
    let dump = off_runtime(move || {
        let mut conn = pg(&url);
        let mut out = Vec::new();
        export::export(&mut Db::Postgres(&mut conn), &mut out).unwrap();
        out
    });
    let mut copy = rusqlite::Connection::open_in_memory().unwrap();
    concierged::store::schema::migrations()
        .to_latest(&mut copy)
        .unwrap();
    export::import(&mut Db::Sqlite(&copy), &mut &dump[..]).unwrap();
    copy
}

pub fn token(sub: &str, name: &str, role: Role) -> String {
    mint(
        SECRET.as_bytes(),
        &NewToken {
            sub,
            name,
            role,
            ttl: Duration::from_secs(3600),
            iss: None,
            aud: None,
        },
    )
    .unwrap()
}

/// A customer token that carries an `email` claim (or none), as a shop's
/// backend would sign it.
pub fn customer_token(sub: &str, name: &str, email: Option<&str>) -> String {
    let claims = concierge_shared::token::Claims {
        sub: concierge_shared::token::Subject::Str(sub.into()),
        name: name.into(),
        role: Role::Customer,
        exp: chrono::Utc::now().timestamp() + 3600,
        iat: None,
        nbf: None,
        email: email.map(str::to_string),
        iss: None,
        aud: None,
    };
    jsonwebtoken::encode(
        &jsonwebtoken::Header::default(),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(SECRET.as_bytes()),
    )
    .expect("a token signs")
}

/// A protocol client over a real WebSocket.
pub struct Client {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
    next_ref: i64,
    buffered: VecDeque<ServerFrame>,
}

impl Client {
    /// A customer's new connection, past the session start: the client and
    /// its session uuid.
    pub async fn into_customer(mut self) -> (Client, String) {
        self.expect("connected").await;
        let first = self.next_event().await;
        let uuid = match first.event {
            ServerEvent::SessionStarted(s) => {
                self.expect("ai_message").await;
                s.session_uuid
            }
            ServerEvent::ChatSessionRestored(r) => r.session_uuid,
            other => panic!("unexpected first event {other:?}"),
        };
        (self, uuid)
    }

    /// Like [`Client::into_customer`], but `None` when the server closes
    /// the socket first (in a cluster, a node that has not yet heard of the
    /// customer's session opened on another node asks the client to come
    /// back).
    pub async fn try_into_customer(mut self) -> Option<(Client, String)> {
        self.read_frame(WAIT).await?;
        let first = self.read_frame(WAIT).await?;
        match first.event {
            ServerEvent::SessionStarted(s) => {
                self.expect("ai_message").await;
                Some((self, s.session_uuid))
            }
            ServerEvent::ChatSessionRestored(r) => Some((self, r.session_uuid)),
            _ => None,
        }
    }

    /// A staff member's new connection, past `staff_data`.
    pub async fn into_staff(mut self) -> Client {
        self.expect("connected").await;
        self.expect("staff_data").await;
        self
    }

    pub async fn connect(url: &str) -> Client {
        Self::try_connect(url).await.expect("websocket connect")
    }

    pub async fn try_connect(url: &str) -> Result<Client, tokio_tungstenite::tungstenite::Error> {
        let (ws, _) = tokio_tungstenite::connect_async(url).await?;
        Ok(Client::from_ws(ws))
    }

    pub fn from_ws(ws: WebSocketStream<MaybeTlsStream<TcpStream>>) -> Client {
        Client {
            ws,
            next_ref: 1,
            buffered: VecDeque::new(),
        }
    }

    /// Send an event with a fresh numeric ref; returns the ref.
    pub async fn send(&mut self, event: ClientEvent) -> Ref {
        let r = Ref::Num(self.next_ref);
        self.next_ref += 1;
        let frame = ClientFrame::new(event, Some(r.clone()));
        self.send_raw(&frame.to_json()).await;
        r
    }

    pub async fn send_raw(&mut self, text: &str) {
        self.ws
            .send(WsMessage::Text(text.to_string().into()))
            .await
            .expect("send");
    }

    /// Send; false when the connection is gone.
    pub async fn try_send_raw(&mut self, text: &str) -> bool {
        self.ws
            .send(WsMessage::Text(text.to_string().into()))
            .await
            .is_ok()
    }

    /// The reply to `r`, or None if the connection died or `wait` passed.
    pub async fn try_reply(
        &mut self,
        r: &Ref,
        wait: Duration,
    ) -> Option<Result<serde_json::Value, ErrorBody>> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            if let Some(i) = self
                .buffered
                .iter()
                .position(|f| f.r#ref.as_ref() == Some(r))
            {
                let f = self.buffered.remove(i)?;
                return match f.event {
                    ServerEvent::Ack(v) => Some(Ok(v)),
                    ServerEvent::Error(e) => Some(Err(e)),
                    _ => None,
                };
            }
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let f = self.read_frame(left).await?;
            self.buffered.push_back(f);
        }
    }

    pub async fn send_message(&mut self, msg: WsMessage) {
        self.ws.send(msg).await.expect("send");
    }

    /// Send and wait for the reply to it: `Ok(ack data)` or `Err(error)`.
    pub async fn request(&mut self, event: ClientEvent) -> Result<serde_json::Value, ErrorBody> {
        let r = self.send(event).await;
        self.reply(&r).await
    }

    pub async fn reply(&mut self, r: &Ref) -> Result<serde_json::Value, ErrorBody> {
        let f = self.expect_where(|f| f.r#ref.as_ref() == Some(r)).await;
        match f.event {
            ServerEvent::Ack(v) => Ok(v),
            ServerEvent::Error(e) => Err(e),
            other => panic!("reply was neither ack nor error: {other:?}"),
        }
    }

    /// The next frame from the socket (or buffer), within [`WAIT`].
    pub async fn next_event(&mut self) -> ServerFrame {
        if let Some(f) = self.buffered.pop_front() {
            return f;
        }
        self.read_frame(WAIT)
            .await
            .expect("timed out waiting for a frame")
    }

    async fn read_frame(&mut self, wait: Duration) -> Option<ServerFrame> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let msg = tokio::time::timeout_at(deadline, self.ws.next())
                .await
                .ok()?;
            match msg {
                Some(Ok(WsMessage::Text(t))) => {
                    if let Some(f) = decode_server_frame(&t).expect("server sent bad JSON") {
                        return Some(f);
                    }
                }
                Some(Ok(WsMessage::Close(_))) | None => return None,
                Some(Ok(_)) => {}
                Some(Err(_)) => return None,
            }
        }
    }

    /// The reply to `r`, for a test that queues far more than the store
    /// commits in [`WAIT`]: one client's line may sit behind thousands of
    /// others (and its session may see no commit at all meanwhile), so it
    /// waits up to twelve times [`WAIT`].
    pub async fn reply_patiently(&mut self, r: &Ref) -> Result<serde_json::Value, ErrorBody> {
        let pred = |f: &ServerFrame| f.r#ref.as_ref() == Some(r);
        let found = match self.buffered.iter().position(pred) {
            Some(i) => self.buffered.remove(i),
            None => None,
        };
        let f = match found {
            Some(f) => f,
            None => {
                let cap = tokio::time::Instant::now() + WAIT * 12;
                loop {
                    let left = cap.saturating_duration_since(tokio::time::Instant::now());
                    let f = self
                        .read_frame(left)
                        .await
                        .unwrap_or_else(|| panic!("no reply to {r:?} within {:?}", WAIT * 12));
                    if pred(&f) {
                        break f;
                    }
                    self.buffered.push_back(f);
                }
            }
        };
        match f.event {
            ServerEvent::Ack(v) => Ok(v),
            ServerEvent::Error(e) => Err(e),
            other => panic!("reply was neither ack nor error: {other:?}"),
        }
    }

    /// Wait for the first frame matching `pred`, keeping the others for
    /// later calls in their order.
    pub async fn expect_where(&mut self, pred: impl Fn(&ServerFrame) -> bool) -> ServerFrame {
        if let Some(i) = self.buffered.iter().position(&pred) {
            return self.buffered.remove(i).unwrap();
        }
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let Some(f) = self.read_frame(left).await else {
                let how = if tokio::time::Instant::now() >= deadline {
                    "timed out waiting for a matching frame"
                } else {
                    "the socket closed while waiting for a matching frame"
                };
                panic!(
                    "{how}; buffered: {:?}",
                    self.buffered
                        .iter()
                        .map(|f| f.event.name())
                        .collect::<Vec<_>>()
                );
            };
            if pred(&f) {
                return f;
            }
            self.buffered.push_back(f);
        }
    }

    /// Wait for the next event with this name.
    pub async fn expect(&mut self, name: &str) -> ServerFrame {
        self.expect_where(|f| f.event.name() == name).await
    }

    /// Assert no event with this name arrives within `wait`.
    pub async fn expect_none(&mut self, name: &str, wait: Duration) {
        if let Some(f) = self.buffered.iter().find(|f| f.event.name() == name) {
            panic!("unexpected {name}: {f:?}");
        }
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            if left.is_zero() {
                return;
            }
            match self.read_frame(left).await {
                Some(f) if f.event.name() == name => panic!("unexpected {name}: {f:?}"),
                Some(f) => self.buffered.push_back(f),
                None => return,
            }
        }
    }

    /// Read until the server closes the socket (or `wait` passes): true if
    /// it closed.
    pub async fn closed_within(&mut self, wait: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(deadline, self.ws.next()).await {
                Err(_) => return false,
                Ok(None) | Ok(Some(Err(_))) | Ok(Some(Ok(WsMessage::Close(_)))) => return true,
                Ok(Some(Ok(_))) => {}
            }
        }
    }

    /// Read until the server closes the socket; the close frame's code.
    pub async fn close_code_within(&mut self, wait: Duration) -> Option<u16> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(deadline, self.ws.next()).await {
                Ok(Some(Ok(WsMessage::Close(frame)))) => return frame.map(|f| u16::from(f.code)),
                Ok(Some(Ok(_))) => {}
                _ => return None,
            }
        }
    }

    pub async fn close(mut self) {
        let _ = self.ws.close(None).await;
    }
}

#[cfg(test)]
mod tests {
    use super::newer_source;
    use std::time::{Duration, SystemTime};

    fn touch(path: &std::path::Path, at: SystemTime) {
        std::fs::write(path, b"x").unwrap();
        std::fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(at)
            .unwrap();
    }

    #[test]
    fn a_source_changed_after_the_build_is_named_and_older_ones_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let now = SystemTime::now();
        let bin = dir.path().join("concierged");
        let old = dir.path().join("old file.rs");
        let new = dir.path().join("new.rs");
        touch(&old, now - Duration::from_secs(60));
        touch(&bin, now - Duration::from_secs(30));
        std::fs::write(
            bin.with_extension("d"),
            format!(
                "{}: {} {}\n",
                bin.display(),
                old.display().to_string().replace(' ', "\\ "),
                new.display()
            ),
        )
        .unwrap();
        // No dep-info entry is newer yet: `new.rs` does not exist.
        assert_eq!(newer_source(&bin), None);
        touch(&new, now);
        assert_eq!(newer_source(&bin), Some(new.clone()));
        // Rebuilt after the edit: nothing is newer.
        touch(&bin, now + Duration::from_secs(1));
        assert_eq!(newer_source(&bin), None);
    }
}
