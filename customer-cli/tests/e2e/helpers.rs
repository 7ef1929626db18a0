//! Shared by the end-to-end tests: a real `concierged` on a free loopback
//! port with a temporary data dir, and the `concierge` binary.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// `target/debug`: the test exe lives in `target/debug/deps`.
fn bin_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test exe path");
    exe.parent()
        .and_then(Path::parent)
        .expect("target dir")
        .to_path_buf()
}

static BUILD: Mutex<()> = Mutex::new(());

/// The daemon binary; built on first use when testing this crate alone
/// (`cargo test -p concierge-cli` builds only this package's binaries).
pub fn concierged() -> PathBuf {
    let path = bin_dir().join("concierged");
    let _guard = BUILD.lock().unwrap_or_else(|e| e.into_inner());
    if !path.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "-p", "concierged", "--bin", "concierged"])
            .status()
            .expect("run cargo build");
        assert!(status.success(), "building concierged failed");
    }
    path
}

pub fn concierge() -> Command {
    Command::new(env!("CARGO_BIN_EXE_concierge"))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("bind a free port")
        .port()
}

pub struct Daemon {
    child: Option<Child>,
    pub port: u16,
    pub dir: tempfile::TempDir,
    /// Extra environment for the daemon (e.g. a shared JWT_SECRET).
    env: Vec<(String, String)>,
}

impl Daemon {
    pub fn start() -> Self {
        Self::start_with_env(&[])
    }

    pub fn start_with_env(env: &[(&str, &str)]) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut d = Daemon {
            child: None,
            port: free_port(),
            dir,
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        };
        d.spawn();
        d
    }

    fn spawn(&mut self) {
        let log = std::fs::File::create(self.dir.path().join("daemon.log")).expect("log file");
        let child = Command::new(concierged())
            .args(["serve", "--listen", &format!("127.0.0.1:{}", self.port)])
            .arg("--data-dir")
            .arg(self.dir.path())
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start concierged");
        self.child = Some(child);
        self.wait_healthy();
    }

    /// Poll GET /healthz until it answers 200 (at most 30 s).
    fn wait_healthy(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Some(Ok(Some(status))) = self.child.as_mut().map(Child::try_wait) {
                panic!("concierged exited early ({status}): {}", self.log());
            }
            if healthz(self.port) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("concierged did not become healthy: {}", self.log());
    }

    /// GET /metrics, the Prometheus text.
    pub fn metrics(&self) -> String {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect for /metrics");
        s.set_read_timeout(Some(Duration::from_secs(5)))
            .expect("read timeout");
        s.write_all(b"GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .expect("send GET /metrics");
        let mut buf = String::new();
        s.read_to_string(&mut buf).expect("read /metrics");
        assert!(buf.starts_with("HTTP/1.1 200"), "{buf}");
        buf
    }

    /// The value of one sample in /metrics, e.g.
    /// `concierge_messages_total{sender_role="customer"}`.
    pub fn metric(&self, sample: &str) -> f64 {
        let text = self.metrics();
        text.lines()
            .find_map(|l| l.strip_prefix(sample)?.strip_prefix(' '))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("no sample {sample} in:\n{text}"))
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("daemon.log")).unwrap_or_default()
    }

    pub fn server(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    /// Kill the daemon hard (like a crash), keeping its data dir.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Start again on the same port and data dir.
    pub fn restart(&mut self) {
        self.kill();
        self.spawn();
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        self.kill();
    }
}

fn healthz(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    if s.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut buf = String::new();
    let _ = s.read_to_string(&mut buf);
    buf.starts_with("HTTP/1.1 200")
}

/// Run `concierge` with the daemon's address and data dir, to completion
/// (bounded by the command's own limits and a 120 s watchdog).
pub fn run(d: &Daemon, args: &[&str], stdin: &str) -> Output {
    let mut cmd = concierge();
    cmd.args(args)
        .args(["--server", &d.server()])
        .arg("--data-dir")
        .arg(d.data_dir());
    run_command(cmd, args, stdin)
}

/// Run a prepared `concierge` command to completion, as [`run`] does.
pub fn run_command(mut cmd: Command, args: &[&str], stdin: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start concierge");
    if let Some(mut i) = child.stdin.take() {
        i.write_all(stdin.as_bytes()).expect("write stdin");
    }
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if child.try_wait().expect("poll").is_some() {
            return child.wait_with_output().expect("output");
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("concierge {args:?} did not finish in 120 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A `concierge chat` kept running: type lines, wait for output lines.
pub struct LiveChat {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    pub seen: Vec<String>,
}

impl LiveChat {
    pub fn start(d: &Daemon, name: &str) -> Self {
        let mut child = concierge()
            .args([
                "chat",
                "--plain",
                "--dev-login",
                name,
                "--server",
                &d.server(),
            ])
            .arg("--data-dir")
            .arg(d.data_dir())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chat");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stdin = child.stdin.take();
        LiveChat {
            child,
            stdin,
            lines,
            seen: Vec::new(),
        }
    }

    pub fn type_line(&mut self, line: &str) {
        let i = self.stdin.as_mut().expect("stdin open");
        writeln!(i, "{line}").expect("type");
        i.flush().expect("flush");
    }

    /// Wait for an output line satisfying `pred` (at most `secs`).
    pub fn wait_for(&mut self, secs: u64, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) => {
                    self.seen.push(l.clone());
                    if pred(&l) {
                        return l;
                    }
                }
                Err(_) => panic!(
                    "no matching line within {secs}s; saw:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }

    /// Close stdin and wait for a clean exit.
    pub fn finish(mut self) -> Vec<String> {
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().expect("poll") {
                assert!(status.success(), "chat exited with {status}");
                break;
            }
            assert!(Instant::now() < deadline, "chat did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
        while let Ok(l) = self.lines.recv_timeout(Duration::from_millis(200)) {
            self.seen.push(l);
        }
        std::mem::take(&mut self.seen)
    }
}

impl Drop for LiveChat {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
