//! Assistant overhead inside the daemon: the time `concierged` adds between
//! a provider writing its first token and the customer receiving the first
//! `ai_message_delta`.
//!
//! A fake OpenAI-compatible server on `127.0.0.1:0` answers every
//! `POST /v1/chat/completions` with a streamed (SSE, chunked) reply. It
//! takes a timestamp right before it writes the first token to the socket.
//! It runs twice: first token = a whole sentence (the daemon's own delay),
//! then one word per chunk (adds the guard waiting for the sentence end).
//! The daemon runs in this process (`concierged::server::serve`) with that
//! server as its provider; WebSocket customers send a question, wait for
//! the first `ai_message_delta` (timestamp on the same clock) and then for
//! the final `ai_message`, and ask again, for `--turns` turns.
//!
//! A second part measures the embedded (offline) provider end to end:
//! `send_message` written → first `ai_message_delta` / final `ai_message`.
//!
//! Run: `cargo bench -p concierged --bench ai_overhead` (options after `--`:
//! `--turns N` (default 300), `--customers N` (default 10), `--gap-ms MS`
//! (pause between streamed words in the one-word-per-chunk run, default 5)).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use concierge_assistant::{OpenAiConfig, ProviderConfig};
use concierge_shared::protocol::{
    ClientEvent, ClientFrame, Ref, Role, SendMessage, ServerEvent, decode_server_frame,
};
use concierge_shared::token::{NewToken, mint};
use concierged::config::{Config, Secret};
use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::tungstenite::Message as WsMessage;

static RUN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
const SECRET: &str = "ai-overhead-bench-secret";
const QUESTIONS: &[&str] = &[
    "which countries do you ship to?",
    "how long does delivery take?",
    "what is your return policy?",
    "do you sell gift cards?",
];
/// 0: the first chunk is a whole sentence (the guard can release it at
/// once), so the delay is the daemon's own work. 1: one word per chunk,
/// `gap` apart, as a model streams, so the delay includes the guard
/// waiting for the sentence to end.
static WORDS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
const REPLY: &str = "We ship to every country in the EU. ";

/// First-token timestamps by request order; the bench matches them to
/// turns by the customer's session (one request in flight per customer).
type Stamps = Arc<Mutex<std::collections::HashMap<String, Instant>>>;

fn sse(content: &str) -> String {
    let data = format!(
        "data: {{\"choices\":[{{\"index\":0,\"delta\":{{\"content\":{}}}}}]}}\n\n",
        serde_json::to_string(content).unwrap()
    );
    format!("{:x}\r\n{data}\r\n", data.len())
}

/// One HTTP/1.1 exchange on a fresh connection (`Connection: close`).
async fn fake_exchange(mut s: TcpStream, stamps: Stamps, gap: Duration) {
    let _ = s.set_nodelay(true);
    let mut buf = Vec::with_capacity(16 * 1024);
    let mut tmp = [0u8; 8192];
    let (head_end, content_length) = loop {
        let n = match s.read(&mut tmp).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        buf.extend_from_slice(&tmp[..n]);
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..p]).to_ascii_lowercase();
            let cl = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            break (p + 4, cl);
        }
    };
    while buf.len() < head_end + content_length {
        match s.read(&mut tmp).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&tmp[..n]),
        }
    }
    let body = String::from_utf8_lossy(&buf[head_end..head_end + content_length]).to_string();
    // The customer's question carries its tag ("[tN]"); the prompt holds it.
    let tag = body
        .split("[t")
        .last()
        .and_then(|t| t.split(']').next())
        .map(|t| format!("t{t}"))
        .unwrap_or_default();
    let head = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n\
                transfer-encoding: chunked\r\nconnection: close\r\n\r\n";
    if s.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    let words = WORDS.load(std::sync::atomic::Ordering::Relaxed);
    let chunks: Vec<String> = if words {
        REPLY.split_inclusive(' ').map(str::to_string).collect()
    } else {
        vec![REPLY.to_string()]
    };
    stamps.lock().unwrap().insert(tag, Instant::now());
    for (i, c) in chunks.iter().enumerate() {
        if i > 0 {
            tokio::time::sleep(gap).await;
        }
        if s.write_all(sse(c).as_bytes()).await.is_err() {
            return;
        }
    }
    let mut rest = String::new();
    let end = "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
    rest.push_str(&format!("{:x}\r\n{end}\r\n0\r\n\r\n", end.len()));
    let _ = s.write_all(rest.as_bytes()).await;
    let _ = s.shutdown().await;
}

async fn fake_openai(stamps: Stamps, gap: Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((s, _)) = listener.accept().await {
            tokio::spawn(fake_exchange(s, stamps.clone(), gap));
        }
    });
    format!("http://{addr}/v1")
}

async fn start_daemon(
    dir: &std::path::Path,
    provider: Option<ProviderConfig>,
) -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let mut cfg = Config::for_data_dir(dir);
    cfg.jwt.secret = Some(Secret(SECRET.into()));
    cfg.rate_limit_per_sec = 10_000.0;
    cfg.rate_limit_burst = 10_000;
    if let Some(p) = provider {
        cfg.assistant.provider = p;
    }
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(concierged::server::serve(cfg, listener, async move {
        let _ = stopped.await;
    }));
    for _ in 0..200 {
        if TcpStream::connect(addr).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    (addr, stop)
}

#[derive(Default)]
struct Samples {
    /// provider first token written → first delta received (remote only)
    overhead: Vec<Duration>,
    /// send_message written → first delta (or the final message) received
    first: Vec<Duration>,
    /// send_message written → final ai_message received
    full: Vec<Duration>,
    missing: usize,
}

async fn customer(
    addr: std::net::SocketAddr,
    index: usize,
    turns: usize,
    stamps: Option<Stamps>,
) -> Samples {
    let sub = format!(
        "bench-{}-c{index}",
        RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let token = mint(
        SECRET.as_bytes(),
        &NewToken {
            sub: &sub,
            name: &format!("Bench {index}"),
            role: Role::Customer,
            ttl: Duration::from_secs(3600),
            iss: None,
            aud: None,
        },
    )
    .unwrap();
    let url = format!("ws://{addr}/ws?token={token}");
    let (mut ws, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("connect");
    let mut session = None;
    // Wait for the session and the welcome.
    while let Some(Ok(m)) = ws.next().await {
        if let WsMessage::Text(t) = m
            && let Ok(Some(f)) = decode_server_frame(&t)
        {
            match f.event {
                ServerEvent::SessionStarted(s) => session = Some(s.session_uuid),
                ServerEvent::AiMessage(_) if session.is_some() => break,
                _ => {}
            }
        }
    }
    let session = session.expect("session_started");
    let mut out = Samples::default();
    for turn in 0..turns {
        let tag = format!("t{index}x{turn}");
        let content = format!("{} [{tag}]", QUESTIONS[(index + turn) % QUESTIONS.len()]);
        let frame = ClientFrame::new(
            ClientEvent::SendMessage(SendMessage {
                session_uuid: session.clone(),
                content,
                message_type: None,
                client_msg_id: None,
            }),
            Some(Ref::Num(turn as i64 + 1)),
        );
        let sent = Instant::now();
        ws.send(WsMessage::Text(frame.to_json().into()))
            .await
            .expect("send");
        let mut first = None;
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let Ok(Some(Ok(m))) = tokio::time::timeout_at(deadline, ws.next()).await else {
                out.missing += 1;
                break;
            };
            let WsMessage::Text(t) = m else { continue };
            let Ok(Some(f)) = decode_server_frame(&t) else {
                continue;
            };
            if std::env::var_os("AI_OVERHEAD_DEBUG").is_some() {
                eprintln!("c{index} turn {turn}: {t}");
            }
            match f.event {
                ServerEvent::AiMessageDelta(_) if first.is_none() => {
                    let now = Instant::now();
                    first = Some(now);
                    out.first.push(now - sent);
                    if let Some(st) = &stamps {
                        match st.lock().unwrap().remove(&tag) {
                            Some(t0) => out.overhead.push(now.saturating_duration_since(t0)),
                            None => out.missing += 1,
                        }
                    }
                }
                ServerEvent::AiMessage(_) => {
                    let now = Instant::now();
                    if first.is_none() {
                        out.first.push(now - sent);
                    }
                    out.full.push(now - sent);
                    break;
                }
                ServerEvent::TransferRequested(_) => {
                    panic!("the assistant handed the chat over; the bench needs AI turns")
                }
                _ => {}
            }
        }
    }
    let _ = ws.close(None).await;
    out
}

fn pct(v: &mut [Duration], p: f64) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort();
    let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
    v[i].as_secs_f64() * 1000.0
}

fn row(name: &str, v: &mut [Duration]) {
    println!(
        "| {name} | {} | {:.3} | {:.3} | {:.3} | {:.3} |",
        v.len(),
        pct(v, 0.50),
        pct(v, 0.95),
        pct(v, 0.99),
        pct(v, 1.0)
    );
}

async fn run(
    addr: std::net::SocketAddr,
    customers: usize,
    turns: usize,
    stamps: Option<Stamps>,
) -> Samples {
    let per = turns.div_ceil(customers);
    let mut tasks = Vec::new();
    for i in 0..customers {
        tasks.push(tokio::spawn(customer(addr, i, per, stamps.clone())));
    }
    let mut all = Samples::default();
    for t in tasks {
        let s = t.await.expect("customer task");
        all.overhead.extend(s.overhead);
        all.first.extend(s.first);
        all.full.extend(s.full);
        all.missing += s.missing;
    }
    all
}

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is expected.
    let turns = arg("--turns", 300) as usize;
    let customers = arg("--customers", 10).max(1) as usize;
    let gap = Duration::from_millis(arg("--gap-ms", 5));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let stamps: Stamps = Arc::default();
        let base_url = fake_openai(stamps.clone(), gap).await;
        let tmp = tempfile::tempdir().unwrap();
        let provider = ProviderConfig::OpenAi(OpenAiConfig {
            base_url,
            api_key: Some("bench-key".into()),
            model: "fake-model".into(),
            max_tokens: 100,
            temperature: 0.0,
        });
        let (addr, stop) = start_daemon(tmp.path(), Some(provider)).await;
        // Warm-up: connections, the provider's HTTP client, the KB.
        let _ = run(addr, customers.min(4), 8, Some(stamps.clone())).await;
        let mut r = run(addr, customers, turns, Some(stamps.clone())).await;
        WORDS.store(true, std::sync::atomic::Ordering::Relaxed);
        let mut w = run(addr, customers, turns, Some(stamps.clone())).await;
        let _ = stop.send(());

        let tmp2 = tempfile::tempdir().unwrap();
        let (addr2, stop2) = start_daemon(tmp2.path(), None).await;
        let _ = run(addr2, customers.min(4), 8, None).await;
        let mut e = run(addr2, customers, turns, None).await;
        let _ = stop2.send(());

        println!(
            "ai_overhead: {turns} turns over {customers} customers (one turn in flight each), fake provider gap {gap:?}"
        );
        println!("| measurement | n | p50 ms | p95 ms | p99 ms | max ms |");
        println!("|---|---:|---:|---:|---:|---:|");
        row(
            "remote: provider first token written → first ai_message_delta received",
            &mut r.overhead,
        );
        row(
            "remote: send_message → first ai_message_delta",
            &mut r.first,
        );
        row("remote: send_message → final ai_message", &mut r.full);
        row(
            "remote, one word per chunk: first token written → first ai_message_delta",
            &mut w.overhead,
        );
        row(
            "embedded: send_message → first ai_message_delta",
            &mut e.first,
        );
        row("embedded: send_message → final ai_message", &mut e.full);
        if r.missing + w.missing + e.missing > 0 {
            println!(
                "missing samples: remote {}, remote words {}, embedded {}",
                r.missing, w.missing, e.missing
            );
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    });
}
