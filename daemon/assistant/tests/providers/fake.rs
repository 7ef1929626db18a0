//! A fake model provider: a real HTTP/1.1 server on `127.0.0.1:0` that
//! plays a scripted answer as raw bytes.
//!
//! Raw tokio rather than axum so a test controls every byte and every
//! flush: an SSE body can be cut mid UTF-8 character or between `\r` and
//! `\n`, the connection dropped halfway through a chunked body, or left
//! silent. Every request is recorded (method, path, headers, body) so tests
//! assert exactly what the provider sent.

#![allow(dead_code)] // each user (tests, bench) needs a different subset

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

/// One request as the fake received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// Names lower-cased, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }
}

enum Step {
    /// Write these bytes (one HTTP chunk when chunked) and flush.
    Send(Vec<u8>),
    /// Block until the test notifies.
    WaitFor(Arc<Notify>),
    /// Store the current instant (taken right before the next write).
    Mark(Arc<Mutex<Option<Instant>>>),
    /// Go silent until the client hangs up.
    Stall,
    /// Close the socket without finishing the body.
    Drop,
}

/// A scripted answer to one connection.
pub struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    chunked: bool,
    steps: Vec<Step>,
    /// Never send even the status line (a server that accepts and hangs).
    silent: bool,
}

impl Response {
    /// `200 OK`, `text/event-stream`, chunked body: what OpenAI and
    /// Anthropic send.
    pub fn sse() -> Self {
        Self {
            status: 200,
            headers: vec![("content-type".into(), "text/event-stream".into())],
            chunked: true,
            steps: Vec::new(),
            silent: false,
        }
    }

    /// A plain answer with a JSON body (error statuses).
    pub fn status(status: u16, body: &str) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            chunked: false,
            steps: vec![Step::Send(body.as_bytes().to_vec())],
            silent: false,
        }
    }

    /// Accepts the request and never answers.
    pub fn hang() -> Self {
        Self {
            silent: true,
            ..Self::sse()
        }
    }

    /// Body delimited by closing the connection instead of chunked
    /// encoding (some small servers do this).
    pub fn close_delimited(mut self) -> Self {
        self.chunked = false;
        self
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// One write of `bytes`.
    pub fn chunk(mut self, bytes: impl AsRef<[u8]>) -> Self {
        self.steps.push(Step::Send(bytes.as_ref().to_vec()));
        self
    }

    /// `stream` written in pieces cut at the given byte offsets, which may
    /// fall anywhere: inside a UTF-8 character, a `data:` prefix, a CRLF.
    pub fn split(mut self, stream: &str, cuts: &[usize]) -> Self {
        let bytes = stream.as_bytes();
        let mut cuts = cuts.to_vec();
        cuts.sort_unstable();
        let mut start = 0;
        for cut in cuts.into_iter().chain([bytes.len()]) {
            if cut > start {
                self.steps.push(Step::Send(bytes[start..cut].to_vec()));
            }
            start = cut;
        }
        self
    }

    pub fn wait_for(mut self, gate: Arc<Notify>) -> Self {
        self.steps.push(Step::WaitFor(gate));
        self
    }

    pub fn mark(mut self, slot: Arc<Mutex<Option<Instant>>>) -> Self {
        self.steps.push(Step::Mark(slot));
        self
    }

    pub fn stall(mut self) -> Self {
        self.steps.push(Step::Stall);
        self
    }

    pub fn drop_connection(mut self) -> Self {
        self.steps.push(Step::Drop);
        self
    }
}

pub struct FakeServer {
    url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

impl FakeServer {
    /// Starts serving; the n-th connection gets the n-th response.
    pub async fn start(responses: Vec<Response>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = requests.clone();
        let mut responses = responses.into_iter();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let response = responses
                    .next()
                    .unwrap_or_else(|| Response::status(500, "{\"error\":\"unscripted\"}"));
                tokio::spawn(serve(socket, response, recorded.clone()));
            }
        });
        Self { url, requests }
    }

    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("lock").clone()
    }

    /// The one request a test expects.
    pub fn request(&self) -> Recorded {
        let all = self.requests();
        assert_eq!(all.len(), 1, "expected exactly one request");
        all.into_iter().next().expect("one request")
    }
}

/// An address nothing listens on (bound, then released).
pub async fn closed_port_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    format!("http://{addr}")
}

async fn serve(mut socket: TcpStream, response: Response, recorded: Arc<Mutex<Vec<Recorded>>>) {
    let Some(request) = read_request(&mut socket).await else {
        return;
    };
    recorded.lock().expect("lock").push(request);
    if response.silent {
        wait_for_hangup(&mut socket).await;
        return;
    }
    let mut head = format!(
        "HTTP/1.1 {} {}\r\n",
        response.status,
        reason(response.status)
    );
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if response.chunked {
        head.push_str("transfer-encoding: chunked\r\n");
    } else if response.status != 200 {
        let len: usize = response
            .steps
            .iter()
            .map(|s| match s {
                Step::Send(b) => b.len(),
                _ => 0,
            })
            .sum();
        head.push_str(&format!("content-length: {len}\r\n"));
    }
    head.push_str("connection: close\r\n\r\n");
    if write(&mut socket, head.as_bytes()).await.is_err() {
        return;
    }
    for step in response.steps {
        match step {
            Step::Send(bytes) => {
                let sent = if response.chunked {
                    let mut framed = format!("{:x}\r\n", bytes.len()).into_bytes();
                    framed.extend_from_slice(&bytes);
                    framed.extend_from_slice(b"\r\n");
                    write(&mut socket, &framed).await
                } else {
                    write(&mut socket, &bytes).await
                };
                if sent.is_err() {
                    return;
                }
                // Give the client a chance to read this piece on its own,
                // so the split reaches the parser as a split. Correctness
                // never depends on it.
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            Step::WaitFor(gate) => gate.notified().await,
            Step::Mark(slot) => *slot.lock().expect("lock") = Some(Instant::now()),
            Step::Stall => {
                wait_for_hangup(&mut socket).await;
                return;
            }
            Step::Drop => return,
        }
    }
    if response.chunked {
        let _ = write(&mut socket, b"0\r\n\r\n").await;
    }
    let _ = socket.shutdown().await;
}

async fn write(socket: &mut TcpStream, bytes: &[u8]) -> std::io::Result<()> {
    socket.write_all(bytes).await?;
    socket.flush().await
}

/// Returns when the client closes its side (or after a minute, so a broken
/// test cannot keep the task forever).
async fn wait_for_hangup(socket: &mut TcpStream) {
    let mut buf = [0u8; 256];
    let _ = tokio::time::timeout(Duration::from_secs(60), async {
        while matches!(socket.read(&mut buf).await, Ok(n) if n > 0) {}
    })
    .await;
}

async fn read_request(socket: &mut TcpStream) -> Option<Recorded> {
    let mut buf = Vec::new();
    let mut tmp = [0u8; 4096];
    let head_end = loop {
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos;
        }
        let n = socket.read(&mut tmp).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&tmp[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_owned();
    let path = first.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let len: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < len {
        let n = socket.read(&mut tmp).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&tmp[..n]);
    }
    Some(Recorded {
        method,
        path,
        headers,
        body,
    })
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        401 => "Unauthorized",
        403 => "Forbidden",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        529 => "Overloaded",
        _ => "Status",
    }
}
