//! Starting a cluster: a fresh schema, a key prefix, and N `concierged`
//! processes pointed at both.

use std::process::Stdio;

use concierge_shared::protocol::*;
use concierge_tests::{Client, SECRET, token};

/// PostgreSQL: the project's machines have it with trust auth on loopback;
/// `CONCIERGE_TEST_DATABASE_URL` points elsewhere (as for `e2e_pg`).
pub fn pg_base() -> String {
    concierged::store::postgres::scratch::base_url()
}

/// Redis: `CONCIERGE_TEST_REDIS_URL`, or the one on loopback.
pub fn redis() -> String {
    std::env::var("CONCIERGE_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into())
}

pub use concierge_tests::{daemon_binary, free_port};

/// A schema of its own, dropped at the end.
pub struct Schema {
    pub name: String,
}

/// Run `f` on a PostgreSQL connection to the test database, on a thread of
/// its own (the blocking client must not run on the async runtime).
pub fn pg<T: Send + 'static>(
    schema: Option<&str>,
    f: impl FnOnce(&mut postgres::Client) -> T + Send + 'static,
) -> T {
    let schema = schema.map(str::to_string);
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&pg_base(), postgres::NoTls).unwrap();
        if let Some(s) = schema {
            c.batch_execute(&format!("SET search_path TO {s}")).unwrap();
        }
        f(&mut c)
    })
    .join()
    .unwrap()
}

impl Schema {
    pub fn create() -> Schema {
        let name = format!("cluster_{}", uuid::Uuid::new_v4().simple());
        let sql = format!("CREATE SCHEMA {name}");
        pg(None, move |c| c.batch_execute(&sql).unwrap());
        Schema { name }
    }

    /// Run a check against this schema.
    pub fn query<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut postgres::Client) -> T + Send + 'static,
    ) -> T {
        pg(Some(&self.name), f)
    }

    pub fn url(&self) -> String {
        concierged::store::postgres::scratch::url_for(&pg_base(), &self.name)
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        let sql = format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name);
        let _ = std::thread::spawn(move || {
            if let Ok(mut c) = postgres::Client::connect(&pg_base(), postgres::NoTls) {
                let _ = c.batch_execute(&sql);
            }
        })
        .join();
    }
}

/// One daemon process. When a test fails, its log is printed as the node
/// is dropped (its directory goes with it), so a flaky run can be read.
pub struct Node {
    pub name: String,
    pub port: u16,
    pub child: Option<tokio::process::Child>,
    _dir: tempfile::TempDir,
}

impl Drop for Node {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let log =
                std::fs::read_to_string(self._dir.path().join("daemon.log")).unwrap_or_default();
            eprintln!("---- log of node {} ----\n{log}", self.name);
        }
    }
}

impl Node {
    pub fn ws(&self, sub: &str, name: &str, role: Role) -> String {
        format!(
            "ws://127.0.0.1:{}/ws?token={}",
            self.port,
            token(sub, name, role)
        )
    }

    pub fn http(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{}", self.port, path)
    }

    pub async fn connect(&self, sub: &str, name: &str, role: Role) -> Client {
        Client::connect(&self.ws(sub, name, role)).await
    }

    /// A customer past the session start: the client and its session.
    pub async fn customer(&self, sub: &str, name: &str) -> (Client, String) {
        self.connect(sub, name, Role::Customer)
            .await
            .into_customer()
            .await
    }

    pub async fn staff(&self, sub: &str, name: &str) -> Client {
        self.connect(sub, name, Role::Staff)
            .await
            .into_staff()
            .await
    }

    /// Staff as this node's hub sees them (`GET /api/v1/staff`).
    pub async fn staff_list(&self) -> Vec<serde_json::Value> {
        let admin = token("admin", "Admin", Role::Admin);
        let r = reqwest::Client::new()
            .get(self.http("/api/v1/staff"))
            .bearer_auth(admin)
            .send()
            .await
            .unwrap();
        let v: serde_json::Value = r.json().await.unwrap();
        v["items"].as_array().cloned().unwrap_or_default()
    }

    /// Wait until this node sees `staff` with `online`.
    pub async fn await_staff_online(&self, staff: &str, online: bool) {
        let what = format!("online={online}");
        self.await_staff(staff, &what, |s| s["isOnline"].as_bool() == Some(online))
            .await;
    }

    /// Wait until this node's staff list shows `staff` matching `pred`
    /// (`what` names it in the failure).
    pub async fn await_staff(
        &self,
        staff: &str,
        what: &str,
        pred: impl Fn(&serde_json::Value) -> bool,
    ) {
        let seen = concierge_tests::eventually(async || {
            let list = self.staff_list().await;
            list.iter()
                .any(|s| s["staffId"] == staff && pred(s))
                .then_some(())
        })
        .await;
        if seen.is_some() {
            return;
        }
        panic!(
            "node {} never saw {staff} {what}: {:?}",
            self.name,
            self.staff_list().await
        );
    }

    /// SIGTERM, and wait for the process to finish its graceful stop.
    pub async fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            if let Some(pid) = c.id() {
                let _ = std::process::Command::new("kill")
                    .args(["-TERM", &pid.to_string()])
                    .status();
            }
            let _ = c.wait().await;
        }
    }

    pub async fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            c.kill().await.unwrap();
            let _ = c.wait().await;
        }
    }
}

/// N daemons on one schema and one key prefix.
pub struct Cluster {
    pub schema: Schema,
    pub redis: String,
    pub prefix: String,
    pub nodes: Vec<Node>,
}

impl Cluster {
    pub async fn start(n: usize) -> Cluster {
        Self::start_with(n, &redis(), &[]).await
    }

    pub async fn start_with(n: usize, redis: &str, env: &[(&str, &str)]) -> Cluster {
        let schema = Schema::create();
        let prefix = format!("t{}", uuid::Uuid::new_v4().simple());
        let mut c = Cluster {
            schema,
            redis: redis.to_string(),
            prefix,
            nodes: Vec::new(),
        };
        for i in 0..n {
            let node = c.spawn(&format!("n{i}"), env).await;
            c.nodes.push(node);
        }
        c
    }

    pub async fn spawn(&self, name: &str, env: &[(&str, &str)]) -> Node {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let log = std::fs::File::create(dir.path().join("daemon.log")).unwrap();
        let mut cmd = tokio::process::Command::new(daemon_binary());
        cmd.args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(dir.path())
        .env("JWT_SECRET", SECRET)
        .env("DATABASE_URL", self.schema.url())
        .env("REDIS_URL", &self.redis)
        .env("REDIS_KEY_PREFIX", &self.prefix)
        .env("CONCIERGE_NODE_ID", name)
        .env("RATE_LIMIT_PER_SEC", "100000")
        .env("RATE_LIMIT_BURST", "100000")
        .env("STAFF_OFFLINE_GRACE_SECS", "0")
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(log)
        .kill_on_drop(true);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd
            .spawn()
            .expect("start concierged (built by the workspace tests)");
        let url = format!("http://127.0.0.1:{port}/readyz");
        if concierge_tests::eventually(async || concierge_tests::answers(&url).await)
            .await
            .is_some()
        {
            return Node {
                name: name.to_string(),
                port,
                child: Some(child),
                _dir: dir,
            };
        }
        let log = std::fs::read_to_string(dir.path().join("daemon.log")).unwrap_or_default();
        panic!("node {name} did not start:\n{log}");
    }
}

pub fn send(session: &str, content: &str) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: content.into(),
        message_type: None,
        client_msg_id: None,
    })
}

pub fn request_staff(session: &str) -> ClientEvent {
    ClientEvent::RequestStaff(RequestStaff {
        session_uuid: session.into(),
        reason: Some("wants a person".into()),
    })
}

pub fn accept(id: i64) -> ClientEvent {
    ClientEvent::AcceptTransfer(AcceptTransfer {
        transfer_request_id: id,
    })
}

pub async fn offer(staff: &mut Client) -> TransferOffer {
    match staff.expect("new_transfer_request").await.event {
        ServerEvent::NewTransferRequest(o) => o,
        _ => unreachable!(),
    }
}

/// The content of every `new_message` until one whose content is `last`
/// (inclusive), with its seq.
pub async fn messages_until(c: &mut Client, last: &str) -> Vec<(i64, String)> {
    let mut out = Vec::new();
    loop {
        let f = c
            .expect_where(|f| matches!(f.event, ServerEvent::NewMessage(_)))
            .await;
        let ServerEvent::NewMessage(m) = f.event else {
            unreachable!()
        };
        let done = m.content == last;
        out.push((m.seq, m.content));
        if done {
            return out;
        }
    }
}
