//! A small real SMTP server on loopback for the mail tests (issue 17):
//! it speaks enough of RFC 5321 for a client such as lettre (EHLO/HELO,
//! MAIL, RCPT, DATA with dot-stuffing, RSET, NOOP, QUIT), stores every
//! message it accepts, and can refuse the next ones with a given code
//! (4xx: try again later; 5xx: never) to test retries. Each session is
//! bounded: lines and messages have a size cap. It can also speak TLS the
//! two ways mail servers do: STARTTLS (offered in EHLO; mail before the
//! upgrade is refused) or TLS from the first byte (`smtps://`).

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tokio_rustls::TlsAcceptor;

/// How the server protects its sessions.
#[derive(Clone)]
pub enum SmtpTls {
    Plain,
    /// Plain greeting; STARTTLS offered and required before MAIL.
    StartTls(TlsAcceptor),
    /// TLS from the first byte.
    Wrapper(TlsAcceptor),
}

/// A TLS acceptor for the certificate and key files of
/// [`crate::tls::TestCerts`].
pub fn acceptor(cert: &std::path::Path, key: &std::path::Path) -> TlsAcceptor {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(key).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .unwrap();
    TlsAcceptor::from(Arc::new(config))
}

/// What a dialog ended with.
enum End<S> {
    Closed,
    /// The client asked for STARTTLS and got "220": the plain stream, to
    /// be wrapped.
    Upgrade(S),
}

const MAX_LINE: usize = 4096;
const MAX_MESSAGE: usize = 1 << 20;

/// A message the server accepted.
#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    /// Headers and body as sent (dot-stuffing undone).
    pub data: String,
    /// It came over TLS.
    pub tls: bool,
}

impl Received {
    /// A header's value (first occurrence, unfolded).
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next()?;
        let mut out: Option<String> = None;
        for line in head.split("\r\n") {
            if line.starts_with([' ', '\t']) {
                if let Some(v) = out.as_mut() {
                    v.push_str(line.trim_start());
                }
                continue;
            }
            if out.is_some() {
                break;
            }
            if let Some((k, v)) = line.split_once(':')
                && k.eq_ignore_ascii_case(name)
            {
                out = Some(v.trim().to_string());
            }
        }
        out
    }

    /// The body with quoted-printable soft breaks and escapes undone, so a
    /// test can look for text in either part.
    pub fn decoded(&self) -> String {
        let raw = self.data.replace("=\r\n", "");
        let mut out = Vec::with_capacity(raw.len());
        let b = raw.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'='
                && i + 2 < b.len()
                && let Ok(v) = u8::from_str_radix(&raw[i + 1..i + 3], 16)
            {
                out.push(v);
                i += 3;
                continue;
            }
            out.push(b[i]);
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}

#[derive(Default)]
struct State {
    received: Vec<Received>,
    /// Codes to answer the next DATA with, instead of 250.
    refuse: VecDeque<u16>,
    /// How many DATA commands were refused.
    refused: usize,
}

#[derive(Clone)]
pub struct SmtpServer {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
    changed: Arc<Notify>,
    tls: SmtpTls,
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        Self::start_with(SmtpTls::Plain).await
    }

    pub async fn start_with(tls: SmtpTls) -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = SmtpServer {
            addr,
            state: Arc::default(),
            changed: Arc::new(Notify::new()),
            tls,
        };
        let s = server.clone();
        tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                let s = s.clone();
                tokio::spawn(async move {
                    let _ = s.session(sock).await;
                });
            }
        });
        server
    }

    /// One connection, in whichever way the server speaks.
    async fn session(&self, sock: tokio::net::TcpStream) -> std::io::Result<()> {
        match &self.tls {
            SmtpTls::Plain => {
                self.dialog(sock, false, false).await?;
            }
            SmtpTls::Wrapper(acceptor) => {
                let tls = acceptor.accept(sock).await?;
                self.dialog(tls, true, false).await?;
            }
            SmtpTls::StartTls(acceptor) => {
                if let End::Upgrade(plain) = self.dialog(sock, false, true).await? {
                    let tls = acceptor.accept(plain).await?;
                    self.dialog(tls, true, false).await?;
                }
            }
        }
        Ok(())
    }

    /// `SMTP_URL` for this server.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// Refuse the next messages with these codes, in order.
    pub fn refuse_next(&self, codes: &[u16]) {
        self.state.lock().unwrap().refuse.extend(codes);
    }

    pub fn clear_refusals(&self) {
        self.state.lock().unwrap().refuse.clear();
    }

    pub fn received(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }

    pub fn refused(&self) -> usize {
        self.state.lock().unwrap().refused
    }

    /// Wait until `pred` holds over the messages received (a generous
    /// deadline only guards against a hang).
    pub async fn wait_for(&self, what: &str, pred: impl Fn(&[Received]) -> bool) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        loop {
            let notified = self.changed.notified();
            {
                let st = self.state.lock().unwrap();
                if pred(&st.received) {
                    return st.received.clone();
                }
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!(
                    "SMTP server: timed out waiting for {what}; got {:?}",
                    self.received()
                );
            }
        }
    }

    /// The SMTP dialog over one stream. `secure`: the stream is TLS
    /// already (then the greeting was the TLS session's, or is sent now).
    /// `offer_starttls`: a plain stream on a STARTTLS server.
    async fn dialog<S: AsyncRead + AsyncWrite + Unpin>(
        &self,
        sock: S,
        secure: bool,
        offer_starttls: bool,
    ) -> std::io::Result<End<S>> {
        let (r, mut w) = tokio::io::split(sock);
        let mut r = BufReader::new(r);
        // After STARTTLS the client speaks first (EHLO again).
        if !(secure && matches!(self.tls, SmtpTls::StartTls(_))) {
            w.write_all(b"220 test-smtp ESMTP ready\r\n").await?;
        }
        let mut from = String::new();
        let mut to = Vec::new();
        loop {
            let Some(line) = read_line(&mut r).await? else {
                return Ok(End::Closed);
            };
            let upper = line.to_ascii_uppercase();
            let reply: &[u8] = if upper.starts_with("EHLO") {
                if offer_starttls {
                    b"250-test-smtp\r\n250-SIZE 1048576\r\n250-STARTTLS\r\n250 HELP\r\n"
                } else {
                    b"250-test-smtp\r\n250-SIZE 1048576\r\n250 HELP\r\n"
                }
            } else if upper.starts_with("STARTTLS") && offer_starttls {
                w.write_all(b"220 go ahead\r\n").await?;
                w.flush().await?;
                // The client waits for the 220 before its handshake, so
                // nothing is left in the read buffer.
                return Ok(End::Upgrade(r.into_inner().unsplit(w)));
            } else if upper.starts_with("MAIL FROM:") && offer_starttls {
                b"530 must issue STARTTLS first\r\n"
            } else if upper.starts_with("HELO") {
                b"250 test-smtp\r\n"
            } else if upper.starts_with("MAIL FROM:") {
                from = line[10..].trim().to_string();
                to.clear();
                b"250 OK\r\n"
            } else if upper.starts_with("RCPT TO:") {
                to.push(line[8..].trim().to_string());
                b"250 OK\r\n"
            } else if upper.starts_with("DATA") {
                w.write_all(b"354 end with <CRLF>.<CRLF>\r\n").await?;
                let mut data = String::new();
                loop {
                    let Some(l) = read_line(&mut r).await? else {
                        return Ok(End::Closed);
                    };
                    if l == "." {
                        break;
                    }
                    let l = l.strip_prefix('.').unwrap_or(&l);
                    if data.len() + l.len() > MAX_MESSAGE {
                        w.write_all(b"552 too big\r\n").await?;
                        return Ok(End::Closed);
                    }
                    data.push_str(l);
                    data.push_str("\r\n");
                }
                let code = {
                    let mut st = self.state.lock().unwrap();
                    match st.refuse.pop_front() {
                        Some(c) => {
                            st.refused += 1;
                            Some(c)
                        }
                        None => {
                            st.received.push(Received {
                                from: from.clone(),
                                to: std::mem::take(&mut to),
                                data,
                                tls: secure,
                            });
                            None
                        }
                    }
                };
                self.changed.notify_waiters();
                match code {
                    Some(c) => {
                        w.write_all(format!("{c} refused by the test\r\n").as_bytes())
                            .await?;
                    }
                    None => w.write_all(b"250 OK queued\r\n").await?,
                }
                continue;
            } else if upper.starts_with("RSET") {
                to.clear();
                b"250 OK\r\n"
            } else if upper.starts_with("NOOP") {
                b"250 OK\r\n"
            } else if upper.starts_with("QUIT") {
                w.write_all(b"221 bye\r\n").await?;
                return Ok(End::Closed);
            } else {
                b"502 not implemented\r\n"
            };
            w.write_all(reply).await?;
        }
    }
}

async fn read_line<R: AsyncRead + Unpin>(r: &mut BufReader<R>) -> std::io::Result<Option<String>> {
    let mut buf = Vec::new();
    let n = (&mut *r)
        .take(MAX_LINE as u64)
        .read_until(b'\n', &mut buf)
        .await?;
    if n == 0 {
        return Ok(None);
    }
    while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        buf.pop();
    }
    Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
}
