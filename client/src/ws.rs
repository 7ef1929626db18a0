//! Opening a WebSocket to the daemon, and reading and writing protocol frames.
//!
//! Every client (the console's link, the CLI's chat, script and load, the
//! tests) connects through [`connect`], which
//! uses a small read buffer (tokio-tungstenite's 128 KiB default costs
//! ≈ 137 KiB per idle connection; see DESIGN.md "Known traps") and can bind a
//! chosen loopback source address first, so that `load` can hold more
//! connections than one address has ephemeral ports.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use concierge_shared::{ClientEvent, ClientFrame, Ref, ServerFrame, decode_server_frame};
use futures_util::{SinkExt, StreamExt};
use tokio::net::{TcpSocket, TcpStream};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{self, Message as WsMessage};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::Secret;
use crate::ServerAddr as Server;

/// A connection to the daemon. Always plain TCP today (see
/// [`WsError::TlsUnsupported`]); the TLS-capable type keeps every client on
/// one type.
pub type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

#[derive(Debug, thiserror::Error)]
pub enum WsError {
    #[error(
        "wss:// needs TLS, which this client does not speak; connect to the daemon's plain address"
    )]
    TlsUnsupported,
    #[error("cannot resolve {0}")]
    Resolve(String),
    #[error("cannot connect to {addr}: {source}")]
    Connect {
        addr: String,
        source: std::io::Error,
    },
    #[error("connecting to {0} timed out")]
    Timeout(String),
    #[error("the daemon refused the connection: HTTP {status}: {body}")]
    Refused { status: u16, body: String },
    #[error("websocket: {0}")]
    Protocol(#[from] tungstenite::Error),
    #[error("the server sent a frame that is not valid protocol JSON: {0}")]
    BadFrame(String),
}

impl WsError {
    /// A short, stable name for reports (`errors by code`).
    pub fn code(&self) -> &'static str {
        match self {
            WsError::TlsUnsupported => "tls_unsupported",
            WsError::Resolve(_) => "resolve",
            WsError::Connect { .. } => "connect_failed",
            WsError::Timeout(_) => "connect_timeout",
            WsError::Refused { status: 401, .. } => "unauthorized",
            WsError::Refused { .. } => "http_refused",
            WsError::Protocol(_) => "ws_protocol",
            WsError::BadFrame(_) => "bad_frame",
        }
    }
}

/// How to open a connection.
#[derive(Debug, Clone, Copy)]
pub struct ConnectOptions {
    /// Read buffer per connection, bytes.
    pub read_buffer: usize,
    /// Bind this local address (port 0) before connecting.
    pub source: Option<IpAddr>,
    pub timeout: Duration,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        Self {
            read_buffer: 8 * 1024,
            source: None,
            timeout: Duration::from_secs(10),
        }
    }
}

/// Resume point for a reconnect: replay every message after `last_seq`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resume {
    pub session_uuid: String,
    pub last_seq: i64,
}

pub fn ws_url(server: &Server, resume: Option<&Resume>) -> String {
    let mut url = format!("{}/ws", server.ws_base());
    if let Some(r) = resume {
        url.push_str(&format!(
            "?lastSeq={}&sessionUuid={}",
            r.last_seq, r.session_uuid
        ));
    }
    url
}

/// Open a WebSocket and complete the upgrade. The token goes in the
/// `Authorization` header, not the URL, so it stays out of access logs.
pub async fn connect(
    server: &Server,
    token: &Secret,
    resume: Option<&Resume>,
    opts: ConnectOptions,
) -> Result<Ws, WsError> {
    if server.tls {
        return Err(WsError::TlsUnsupported);
    }
    let url = ws_url(server, resume);
    let fut = async {
        let addr = resolve(&server.authority).await?;
        let socket = if addr.is_ipv4() {
            TcpSocket::new_v4()
        } else {
            TcpSocket::new_v6()
        }
        .map_err(|source| WsError::Connect {
            addr: addr.to_string(),
            source,
        })?;
        if let Some(ip) = opts.source {
            socket
                .bind(SocketAddr::new(ip, 0))
                .map_err(|source| WsError::Connect {
                    addr: format!("{addr} from {ip}"),
                    source,
                })?;
        }
        let stream = socket
            .connect(addr)
            .await
            .map_err(|source| WsError::Connect {
                addr: addr.to_string(),
                source,
            })?;
        // Frames are small and latency matters more than packet count.
        let _ = stream.set_nodelay(true);
        let mut request = url.as_str().into_client_request()?;
        let bearer =
            HeaderValue::from_str(&format!("Bearer {}", token.expose())).map_err(|_| {
                WsError::Refused {
                    status: 0,
                    body: "the token contains characters not allowed in a header".into(),
                }
            })?;
        request.headers_mut().insert("authorization", bearer);
        let config = WebSocketConfig::default()
            .read_buffer_size(opts.read_buffer)
            .write_buffer_size(0)
            .max_message_size(Some(4 << 20))
            .max_frame_size(Some(4 << 20));
        match tokio_tungstenite::client_async_with_config(
            request,
            MaybeTlsStream::Plain(stream),
            Some(config),
        )
        .await
        {
            Ok((ws, _)) => Ok(ws),
            Err(tungstenite::Error::Http(resp)) => {
                let status = resp.status().as_u16();
                let body = resp
                    .body()
                    .as_ref()
                    .map(|b| String::from_utf8_lossy(b).into_owned())
                    .unwrap_or_default();
                Err(WsError::Refused { status, body })
            }
            Err(e) => Err(e.into()),
        }
    };
    tokio::time::timeout(opts.timeout, fut)
        .await
        .map_err(|_| WsError::Timeout(server.authority.clone()))?
}

async fn resolve(authority: &str) -> Result<SocketAddr, WsError> {
    if let Ok(a) = authority.parse::<SocketAddr>() {
        return Ok(a);
    }
    tokio::net::lookup_host(authority)
        .await
        .ok()
        .and_then(|mut it| it.next())
        .ok_or_else(|| WsError::Resolve(authority.to_string()))
}

/// Send one client event, with a numeric `ref` when given.
pub async fn send<S>(sink: &mut S, event: ClientEvent, r: Option<i64>) -> Result<(), WsError>
where
    S: futures_util::Sink<WsMessage, Error = tungstenite::Error> + Unpin,
{
    let frame = ClientFrame::new(event, r.map(Ref::Num));
    sink.send(WsMessage::text(frame.to_json())).await?;
    Ok(())
}

/// The next protocol frame, skipping control frames and events this version
/// does not know. `Ok(None)` when the server closed the connection.
pub async fn next_frame<S>(stream: &mut S) -> Result<Option<ServerFrame>, WsError>
where
    S: futures_util::Stream<Item = Result<WsMessage, tungstenite::Error>> + Unpin,
{
    loop {
        let Some(msg) = stream.next().await else {
            return Ok(None);
        };
        match msg? {
            WsMessage::Text(text) => match decode_server_frame(text.as_str()) {
                Ok(Some(frame)) => return Ok(Some(frame)),
                Ok(None) => continue,
                Err(e) => return Err(WsError::BadFrame(e.to_string())),
            },
            WsMessage::Close(_) => return Ok(None),
            _ => continue,
        }
    }
}

/// Like [`next_frame`] but also hands back the raw JSON value, for the
/// script matcher, which matches on the wire form (so it also sees fields
/// added after this client was built).
pub async fn next_raw<S>(stream: &mut S) -> Result<Option<serde_json::Value>, WsError>
where
    S: futures_util::Stream<Item = Result<WsMessage, tungstenite::Error>> + Unpin,
{
    loop {
        let Some(msg) = stream.next().await else {
            return Ok(None);
        };
        match msg? {
            WsMessage::Text(text) => {
                return serde_json::from_str(text.as_str())
                    .map(Some)
                    .map_err(|e| WsError::BadFrame(e.to_string()));
            }
            WsMessage::Close(_) => return Ok(None),
            _ => continue,
        }
    }
}

/// Parse the `ref` of a reply as our numeric ref.
pub fn ref_num(r: Option<&Ref>) -> Option<i64> {
    match r? {
        Ref::Num(n) => Some(*n),
        Ref::Str(s) => s.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resume_goes_in_the_query() {
        let s = Server::parse("127.0.0.1:7878").unwrap();
        assert_eq!(ws_url(&s, None), "ws://127.0.0.1:7878/ws");
        let r = Resume {
            session_uuid: "abc".into(),
            last_seq: 7,
        };
        assert_eq!(
            ws_url(&s, Some(&r)),
            "ws://127.0.0.1:7878/ws?lastSeq=7&sessionUuid=abc"
        );
    }
}
