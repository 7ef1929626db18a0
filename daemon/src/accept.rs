//! The accept loop: every TCP connection is admitted (or answered `503`),
//! read with a bounded head and a deadline, and served by the router.
//!
//! `axum::serve` has no knobs for any of this, so the daemon drives hyper's
//! HTTP/1 connection itself:
//! - the request head (line and headers) is capped at `MAX_HEADER_BYTES`
//!   and must arrive within `HEADER_READ_TIMEOUT_SECS`: a client that sends
//!   half a request and waits (slowloris) is closed;
//! - connections that are not an authenticated WebSocket are capped
//!   overall and per client address ([`crate::admission`]);
//! - running out of file descriptors backs off instead of spinning.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::admission::{Admission, ClientAddr, Refusal};

/// The settings the loop needs.
#[derive(Debug, Clone, Copy)]
pub struct AcceptSettings {
    pub max_header_bytes: usize,
    pub header_read_timeout: Duration,
    /// How long an HTTP request (not a WebSocket) may take in all.
    pub request_timeout: Duration,
}

/// The client's address, put into every request's extensions.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

impl Peer {
    pub fn key(&self) -> ClientAddr {
        ClientAddr::from(self.0.ip())
    }
}

/// Refusals answered at once; past this many in flight, refused sockets
/// are simply closed.
const REFUSALS_IN_FLIGHT: usize = 64;
/// How long a refused socket waits for the client to finish sending.
const REFUSAL_LINGER: Duration = Duration::from_millis(250);
/// How long connections get to finish once the server stops.
const DRAIN: Duration = Duration::from_secs(5);

/// Accept until `stop` is cancelled, then let open HTTP connections finish
/// (upgraded WebSockets are the caller's to close).
pub async fn run(
    listener: TcpListener,
    router: Router,
    admission: Arc<Admission>,
    settings: AcceptSettings,
    stop: CancellationToken,
) {
    let conns = TaskTracker::new();
    let refusals = Arc::new(Semaphore::new(REFUSALS_IN_FLIGHT));
    let mut backoff = Duration::ZERO;
    loop {
        let accepted = tokio::select! {
            _ = stop.cancelled() => break,
            r = listener.accept() => r,
        };
        let (stream, addr) = match accepted {
            Ok(x) => {
                if !backoff.is_zero() {
                    tracing::info!("accepting connections again");
                    backoff = Duration::ZERO;
                }
                x
            }
            Err(e) if out_of_resources(&e) => {
                // Retrying at once would spin on the same error; the
                // sockets already open keep working meanwhile.
                if backoff.is_zero() {
                    tracing::warn!(error = %e, "cannot accept: out of descriptors or memory; backing off");
                }
                backoff = (backoff * 2).clamp(Duration::from_millis(10), Duration::from_secs(1));
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tokio::time::sleep(backoff) => continue,
                }
            }
            Err(e) => {
                // A connection that died before it was accepted.
                tracing::debug!(error = %e, "accept failed");
                continue;
            }
        };
        let peer = Peer(addr);
        let pending = match admission.admit(peer.key()) {
            Ok(p) => p,
            Err(why) => {
                refuse(stream, why, &refusals, &conns);
                continue;
            }
        };
        if let Err(e) = stream.set_nodelay(true) {
            // Without TCP_NODELAY the second of two small frames waits for
            // the client's delayed ACK (~40 ms; docs/benchmarks.md).
            tracing::debug!(error = %e, "cannot set TCP_NODELAY");
        }
        let router = router.clone();
        let stop = stop.clone();
        conns.spawn(async move {
            serve_connection(stream, peer, router, settings, stop).await;
            drop(pending);
        });
    }
    conns.close();
    if tokio::time::timeout(DRAIN, conns.wait()).await.is_err() {
        tracing::warn!("some HTTP connections did not finish in time");
    }
}

async fn serve_connection(
    stream: TcpStream,
    peer: Peer,
    router: Router,
    settings: AcceptSettings,
    stop: CancellationToken,
) {
    let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
        req.extensions_mut().insert(ConnectInfo(peer.0));
        req.extensions_mut().insert(peer);
        let router = router.clone();
        async move {
            use tower::ServiceExt;
            let upgrade = req.headers().contains_key(hyper::header::UPGRADE);
            if upgrade {
                // The WebSocket handler answers at once; the socket's life
                // after that is its own.
                router.oneshot(req).await
            } else {
                match tokio::time::timeout(settings.request_timeout, router.oneshot(req)).await {
                    Ok(r) => r,
                    Err(_) => Ok(timed_out()),
                }
            }
        }
    });
    let conn = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(settings.header_read_timeout)
        .max_buf_size(settings.max_header_bytes.max(8192))
        .serve_connection(TokioIo::new(stream), service)
        .with_upgrades();
    tokio::pin!(conn);
    tokio::select! {
        r = conn.as_mut() => {
            if let Err(e) = r {
                tracing::debug!(error = %e, peer = %peer.0, "HTTP connection ended with an error");
            }
            return;
        }
        _ = stop.cancelled() => {}
    }
    conn.as_mut().graceful_shutdown();
    let _ = tokio::time::timeout(DRAIN, conn).await;
}

fn timed_out() -> axum::response::Response {
    use axum::response::IntoResponse;
    (
        axum::http::StatusCode::REQUEST_TIMEOUT,
        axum::Json(serde_json::json!({
            "error": "timeout",
            "message": "the request took too long to arrive",
        })),
    )
        .into_response()
}

/// Answer `503` and close, without parsing the request. The answer is
/// written at once (a fresh socket's buffer takes it whole); then, while
/// fewer than [`REFUSALS_IN_FLIGHT`] are, the socket lingers a moment to
/// read what the client sends, so that closing sends FIN rather than a
/// reset that could overtake the answer. Past that, it is closed at once:
/// a flood cannot hold descriptors open through its refusals.
fn refuse(stream: TcpStream, why: Refusal, refusals: &Arc<Semaphore>, conns: &TaskTracker) {
    tracing::debug!(reason = %why, "refusing a connection");
    let body = format!("{{\"error\":\"unavailable\",\"message\":\"{why}; try again later\"}}");
    let answer = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\nretry-after: 1\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    if stream.try_write(answer.as_bytes()).is_err() {
        return;
    }
    drain(&stream);
    let Ok(permit) = refusals.clone().try_acquire_owned() else {
        return;
    };
    conns.spawn(async move {
        let mut stream = stream;
        let _ = tokio::time::timeout(REFUSAL_LINGER, async {
            stream.shutdown().await?;
            let mut sink = [0u8; 1024];
            loop {
                use tokio::io::AsyncReadExt;
                if stream.read(&mut sink).await? == 0 {
                    break;
                }
            }
            Ok::<_, std::io::Error>(())
        })
        .await;
        drop(permit);
    });
}

/// Read (and drop) whatever the client has already sent, without waiting.
fn drain(stream: &TcpStream) {
    let mut sink = [0u8; 4096];
    while matches!(stream.try_read(&mut sink), Ok(n) if n > 0) {}
}

fn out_of_resources(e: &std::io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc::EMFILE | libc::ENFILE | libc::ENOBUFS | libc::ENOMEM)
    )
}

/// Raise the soft limit on open files to the hard limit, and return the
/// limit in force: every socket is a descriptor.
pub fn raise_fd_limit() -> Option<u64> {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let mut lim = getrlimit(Resource::Nofile);
    if let (Some(cur), Some(max)) = (lim.current, lim.maximum)
        && cur < max
    {
        lim.current = Some(max);
        if let Err(e) = setrlimit(Resource::Nofile, lim) {
            tracing::debug!(error = %e, "cannot raise the open-files limit");
        }
    }
    getrlimit(Resource::Nofile).current
}
