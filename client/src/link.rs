//! A WebSocket link to the daemon that reconnects by itself, as a task: it
//! connects (through [`crate::ws::connect`]), forwards text frames in and
//! client frames out, and when the link drops it reports why and tries
//! again with growing pauses. Its owner only ever sees [`Incoming`] values;
//! resuming chats and sending the outbox again is the owner's business (on
//! [`ConnEvent::Connected`]), not this task's.

use std::time::Duration;

use concierge_shared::ClientFrame;
use futures_util::{SinkExt, StreamExt};
use tokio::sync::mpsc;
use tokio::time::{Instant, MissedTickBehavior};
use tokio_tungstenite::tungstenite::Message;

use crate::ws::{self, ConnectOptions, Ws, WsError};
use crate::{Secret, ServerAddr};

/// What happened to the link.
#[derive(Debug, Clone, PartialEq)]
pub enum ConnEvent {
    Connecting { attempt: u32 },
    Connected,
    Disconnected { reason: String, retry_in_secs: u64 },
}

/// We ping this often; the daemon pings too.
const PING_EVERY: Duration = Duration::from_secs(15);
/// Nothing at all from the server for this long means the link is dead
/// even if TCP has not noticed.
const SILENCE_LIMIT: Duration = Duration::from_secs(45);
const MAX_BACKOFF: Duration = Duration::from_secs(15);

#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    Conn(ConnEvent),
    Frame(String),
}

/// Start the link. Dropping the returned sender ends the task.
pub fn spawn(
    server: ServerAddr,
    token: Secret,
) -> (mpsc::UnboundedSender<ClientFrame>, mpsc::Receiver<Incoming>) {
    let (out_tx, out_rx) = mpsc::unbounded_channel();
    let (in_tx, in_rx) = mpsc::channel(256);
    tokio::spawn(run(server, token, out_rx, in_tx));
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
    server: ServerAddr,
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
        let reason = match ws::connect(&server, &token, None, ConnectOptions::default()).await {
            Ok(ws) => {
                tracing::info!(server = %server.ws_base(), "connected");
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
            Err(e) => why(&e),
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

/// A reason a person can act on.
fn why(e: &WsError) -> String {
    match e {
        WsError::Refused { status: 401, .. } => "token refused (401): get a new one".into(),
        WsError::Refused { status, .. } if *status != 0 => format!("server answered {status}"),
        WsError::Connect { source, .. } => source.kind().to_string(),
        other => other.to_string(),
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
