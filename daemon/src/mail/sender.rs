//! The mail outbox worker: sends what `mail_outbox` holds over SMTP
//! (lettre; rustls for STARTTLS and `smtps://`), oldest first, with
//! retries and backoff. A row is marked sent only after the server took
//! it; a temporary refusal (4xx, a dropped connection) is tried again
//! later, a permanent one (5xx) or `MAIL_MAX_ATTEMPTS` failures set it
//! aside (`dead_at`). In a cluster one node sends, under the `mail`
//! lease.

use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use tokio_util::sync::CancellationToken;

use crate::config::MailSettings;
use crate::store::offline::{OfflineOp, QueuedMail, due_mail};
use crate::store::{Op, OpResult, Store, StoreError};

const POLL: Duration = Duration::from_millis(200);
const FIRST_BACKOFF_MS: i64 = 250;
const MAX_BACKOFF_MS: i64 = 300_000;
/// Attempts at one email before it is set aside.
pub const MAX_ATTEMPTS: i64 = 20;
const BATCH: u32 = 20;
const LEASE_MS: i64 = 60_000;
const SEND_TIMEOUT: Duration = Duration::from_secs(15);

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("SMTP_URL: {0}")]
    Url(String),
    #[error("EMAIL_FROM: {0}")]
    From(String),
    #[error("SMTP_CA_FILE {path}: {why}")]
    Ca { path: String, why: String },
}

/// TLS for the mode the URL asked for, trusting only the roots in `ca`.
fn tls_with_roots(
    settings: &MailSettings,
    ca: &std::path::Path,
) -> Result<lettre::transport::smtp::client::Tls, MailError> {
    use crate::mail::settings::TlsMode;
    use lettre::transport::smtp::client::{Certificate, CertificateStore, Tls, TlsParameters};
    let bad = |why: String| MailError::Ca {
        path: ca.display().to_string(),
        why,
    };
    let pem = std::fs::read(ca).map_err(|e| bad(e.to_string()))?;
    let cert = Certificate::from_pem(&pem).map_err(|e| bad(e.to_string()))?;
    let params = TlsParameters::builder(settings.host.clone())
        .certificate_store(CertificateStore::None)
        .add_root_certificate(cert)
        .build_rustls()
        .map_err(|e| bad(e.to_string()))?;
    Ok(match settings.mode {
        TlsMode::Wrapper => Tls::Wrapper(params),
        TlsMode::StartTls => Tls::Required(params),
        TlsMode::Opportunistic => Tls::Opportunistic(params),
        // Refused when the settings were read; never plain with roots.
        TlsMode::Plain => Tls::None,
    })
}

/// What became of one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// Try again at this time.
    Retry(i64),
    /// Give up.
    Dead,
}

/// Pure: what to do after an attempt that failed (`permanent`: a 5xx).
pub fn after_failure(attempts_before: i64, permanent: bool, now: i64) -> Outcome {
    if permanent || attempts_before + 1 >= MAX_ATTEMPTS {
        return Outcome::Dead;
    }
    let shift = attempts_before.clamp(0, 30) as u32;
    let wait = FIRST_BACKOFF_MS
        .saturating_mul(1_i64 << shift)
        .min(MAX_BACKOFF_MS);
    Outcome::Retry(now + wait)
}

pub struct Sender {
    store: Store,
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    node: Option<String>,
}

impl Sender {
    pub fn new(store: Store, settings: &MailSettings) -> Result<Sender, MailError> {
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(&settings.url.0)
            .map_err(|e| MailError::Url(e.to_string()))?
            .timeout(Some(SEND_TIMEOUT));
        if let Some(ca) = &settings.ca_file {
            builder = builder.tls(tls_with_roots(settings, ca)?);
        }
        let transport = builder.build();
        let from: Mailbox = settings
            .from
            .parse()
            .map_err(|e: lettre::address::AddressError| MailError::From(e.to_string()))?;
        Ok(Sender {
            store,
            transport,
            from,
            node: None,
        })
    }

    /// Send only while this node holds the cluster's `mail` lease.
    pub fn clustered(mut self, node: &str) -> Self {
        self.node = Some(node.to_string());
        self
    }

    async fn holds_lease(&self) -> bool {
        let Some(node) = &self.node else {
            return true;
        };
        let op = Op::ClaimLease {
            name: "mail".into(),
            holder: node.clone(),
            ttl_ms: LEASE_MS,
            now: now_ms(),
        };
        matches!(
            self.store.submit(vec![op]).await.as_deref(),
            Ok([OpResult::Lease { held: true }])
        )
    }

    pub async fn run(self, stop: CancellationToken) {
        tracing::info!(from = %self.from, "mail sender started");
        loop {
            if stop.is_cancelled() {
                break;
            }
            let worked = if self.holds_lease().await {
                match self.pass(&stop).await {
                    Ok(n) => n > 0,
                    Err(e) => {
                        tracing::warn!(error = %e, "mail pass failed");
                        false
                    }
                }
            } else {
                false
            };
            if !worked {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tokio::time::sleep(POLL) => {}
                }
            }
        }
        if let Some(node) = &self.node {
            let _ = self
                .store
                .submit(vec![Op::ReleaseLease {
                    name: "mail".into(),
                    holder: node.clone(),
                }])
                .await;
        }
        tracing::info!("mail sender stopped");
    }

    /// One pass: every email due now, one at a time. Returns how many
    /// were sent.
    async fn pass(&self, stop: &CancellationToken) -> Result<usize, StoreError> {
        let due = self.store.read(|db| due_mail(db, now_ms(), BATCH)).await?;
        let mut sent = 0;
        for m in due {
            if stop.is_cancelled() {
                break;
            }
            let outcome = self.attempt(&m).await;
            let now = now_ms();
            let op = match &outcome {
                (Outcome::Sent, _) => {
                    sent += 1;
                    OfflineOp::MailSent { id: m.id, now }
                }
                (Outcome::Retry(at), why) => {
                    tracing::info!(id = m.id, kind = %m.kind, error = %why, "mail refused; will retry");
                    OfflineOp::MailFailed {
                        id: m.id,
                        next_attempt_at: *at,
                        error: why.clone(),
                    }
                }
                (Outcome::Dead, why) => {
                    tracing::warn!(id = m.id, kind = %m.kind, error = %why, "mail given up");
                    OfflineOp::MailDead {
                        id: m.id,
                        now,
                        error: why.clone(),
                    }
                }
            };
            self.store.submit(vec![Op::Offline(op)]).await?;
        }
        Ok(sent)
    }

    async fn attempt(&self, m: &QueuedMail) -> (Outcome, String) {
        let now = now_ms();
        let to: Mailbox = match m.to.parse() {
            Ok(t) => t,
            Err(e) => return (Outcome::Dead, format!("bad recipient: {e}")),
        };
        let built = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(m.subject.clone())
            .message_id(Some(format!("<mail-{}.{}@concierge>", m.id, m.created_at)))
            .multipart(MultiPart::alternative_plain_html(
                m.text.clone(),
                m.html.clone(),
            ));
        let message = match built {
            Ok(msg) => msg,
            Err(e) => return (Outcome::Dead, format!("cannot build: {e}")),
        };
        match self.transport.send(message).await {
            Ok(_) => (Outcome::Sent, String::new()),
            Err(e) => (
                after_failure(m.attempts, e.is_permanent(), now),
                e.to_string(),
            ),
        }
    }
}

fn now_ms() -> i64 {
    concierge_shared::protocol::Timestamp::now().millis()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_refusals_back_off_and_permanent_ones_give_up() {
        assert_eq!(after_failure(0, false, 1_000), Outcome::Retry(1_250));
        assert_eq!(after_failure(2, false, 0), Outcome::Retry(1_000));
        assert_eq!(after_failure(25, false, 0), Outcome::Dead);
        assert_eq!(
            after_failure(MAX_ATTEMPTS - 2, false, 0),
            Outcome::Retry(MAX_BACKOFF_MS)
        );
        assert_eq!(after_failure(0, true, 0), Outcome::Dead);
    }
}
