//! The WebSocket link to the daemon, as a task: it connects, forwards
//! text frames in and client frames out, and when the link drops it
//! reports why and tries again with growing pauses. The console core only
//! ever sees [`Incoming`] values; resuming chats is its business (on
//! `staff_data`), not this task's.

use std::time::Duration;

use concierge_shared::ClientFrame;
use futures_util::{SinkExt, StreamExt};
use tokio::sync::mpsc;
use tokio::time::{Instant, MissedTickBehavior};
use tokio_tungstenite::tungstenite::{self, Message, client::IntoClientRequest, http};

use crate::config::Secret;
use crate::update::ConnEvent;

/// We ping this often; the daemon pings too.
const PING_EVERY: Duration = Duration::from_secs(15);
/// Nothing at all from the server for this long means the link is dead
/// even if TCP has not noticed.
const SILENCE_LIMIT: Duration = Duration::from_secs(45);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const MAX_BACKOFF: Duration = Duration::from_secs(15);

#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    Conn(ConnEvent),
    Frame(String),
}

/// Start the link. Dropping the returned sender ends the task.
pub fn spawn(
    url: String,
    token: Secret,
) -> (mpsc::UnboundedSender<ClientFrame>, mpsc::Receiver<Incoming>) {
    let (out_tx, out_rx) = mpsc::unbounded_channel();
    let (in_tx, in_rx) = mpsc::channel(256);
    tokio::spawn(run(url, token, out_rx, in_tx));
    (out_tx, in_rx)
}

/// Pause before attempt `n` (1-based): 0.5 s, 1 s, 2 s … up to 15 s, with
/// a little spread so a daemon restart is not met by every console at
/// the same instant.
pub fn backoff(attempt: u32) -> Duration {
    let base = Duration::from_millis(500).saturating_mul(1 << attempt.saturating_sub(1).min(5));
    let spread = u64::from(std::process::id() % 250);
    base.min(MAX_BACKOFF) + Duration::from_millis(spread)
}

enum End {
    /// The console is quitting.
    Quit,
    Lost(String),
}

async fn run(
    url: String,
    token: Secret,
    mut out_rx: mpsc::UnboundedReceiver<ClientFrame>,
    in_tx: mpsc::Sender<Incoming>,
) {
    let mut attempt: u32 = 0;
    loop {
        attempt += 1;
        if in_tx
            .send(Incoming::Conn(ConnEvent::Connecting { attempt }))
            .await
            .is_err()
        {
            return;
        }
        let reason = match tokio::time::timeout(CONNECT_TIMEOUT, connect(&url, &token)).await {
            Ok(Ok(ws)) => {
                tracing::info!(%url, "connected");
                attempt = 0;
                if in_tx
                    .send(Incoming::Conn(ConnEvent::Connected))
                    .await
                    .is_err()
                {
                    return;
                }
                match pump(ws, &mut out_rx, &in_tx).await {
                    End::Quit => return,
                    End::Lost(reason) => reason,
                }
            }
            Ok(Err(reason)) => reason,
            Err(_) => "connect timed out".to_string(),
        };
        let delay = backoff(attempt.max(1));
        tracing::warn!(%reason, ?delay, "connection lost; retrying");
        let ev = ConnEvent::Disconnected {
            reason,
            retry_in_secs: delay.as_secs_f64().ceil() as u64,
        };
        if in_tx.send(Incoming::Conn(ev)).await.is_err() {
            return;
        }
        // Wait, but notice the console quitting meanwhile. Frames sent
        // while down are dropped: the core does not send while it knows
        // the link is down, and re-sends what matters on reconnect.
        let sleep = tokio::time::sleep(delay);
        tokio::pin!(sleep);
        loop {
            tokio::select! {
                _ = &mut sleep => break,
                f = out_rx.recv() => if f.is_none() { return },
            }
        }
    }
}

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn connect(url: &str, token: &Secret) -> Result<Ws, String> {
    let mut req = url
        .into_client_request()
        .map_err(|e| format!("bad server URL: {e}"))?;
    let bearer = http::HeaderValue::from_str(&format!("Bearer {}", token.0))
        .map_err(|_| "the token contains characters a header cannot carry".to_string())?;
    req.headers_mut()
        .insert(http::header::AUTHORIZATION, bearer);
    match tokio_tungstenite::connect_async(req).await {
        Ok((ws, _)) => Ok(ws),
        Err(tungstenite::Error::Http(resp)) if resp.status() == http::StatusCode::UNAUTHORIZED => {
            Err("token refused (401): get a new one".to_string())
        }
        Err(tungstenite::Error::Http(resp)) => Err(format!("server answered {}", resp.status())),
        Err(tungstenite::Error::Io(e)) => Err(e.kind().to_string()),
        Err(e) => Err(e.to_string()),
    }
}

async fn pump(
    ws: Ws,
    out_rx: &mut mpsc::UnboundedReceiver<ClientFrame>,
    in_tx: &mpsc::Sender<Incoming>,
) -> End {
    let (mut sink, mut stream) = ws.split();
    let mut ping = tokio::time::interval(PING_EVERY);
    ping.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let mut last_heard = Instant::now();
    loop {
        tokio::select! {
            msg = stream.next() => {
                last_heard = Instant::now();
                match msg {
                    Some(Ok(Message::Text(t))) => {
                        if in_tx.send(Incoming::Frame(t.as_str().to_string())).await.is_err() {
                            return End::Quit;
                        }
                    }
                    Some(Ok(Message::Close(frame))) => {
                        let why = frame.map(|f| f.reason.to_string()).filter(|r| !r.is_empty());
                        return End::Lost(why.unwrap_or_else(|| "server closed the connection".into()));
                    }
                    Some(Ok(_)) => {}
                    Some(Err(e)) => return End::Lost(e.to_string()),
                    None => return End::Lost("connection closed".into()),
                }
            }
            frame = out_rx.recv() => match frame {
                Some(frame) => {
                    if let Err(e) = sink.send(Message::Text(frame.to_json().into())).await {
                        return End::Lost(e.to_string());
                    }
                }
                None => {
                    let _ = sink.send(Message::Close(None)).await;
                    return End::Quit;
                }
            },
            _ = ping.tick() => {
                if last_heard.elapsed() > SILENCE_LIMIT {
                    return End::Lost("no answer from the server".into());
                }
                if let Err(e) = sink.send(Message::Ping(Default::default())).await {
                    return End::Lost(e.to_string());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert!(backoff(1) < Duration::from_secs(1));
        assert!(backoff(3) >= Duration::from_secs(2));
        assert!(backoff(50) <= MAX_BACKOFF + Duration::from_millis(250));
    }
}
