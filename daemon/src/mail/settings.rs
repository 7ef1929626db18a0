//! The mail settings, checked once at start-up: an SMTP URL that does not
//! send mail in the clear across a network, and a sender address.

use crate::config::{ConfigError, Secret};

/// Where email goes out (`SMTP_URL`, `EMAIL_FROM`).
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub url: Secret,
    pub from: String,
    /// `SMTP_CA_FILE`: roots for the server's certificate instead of the
    /// system's.
    pub ca_file: Option<std::path::PathBuf>,
    /// The server's host name, which its certificate must name.
    pub host: String,
    pub mode: TlsMode,
}

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// `smtp://` to a loopback address.
    Plain,
    /// `?tls=required`: STARTTLS or no mail.
    StartTls,
    /// `?tls=opportunistic`: STARTTLS when offered.
    Opportunistic,
    /// `smtps://`: TLS from the first byte.
    Wrapper,
}

/// `smtp://` (plain: loopback only, or `?tls=required` / `?tls=opportunistic`
/// for STARTTLS) or `smtps://`, and a sender address.
pub fn resolve(
    url: Option<String>,
    from: Option<String>,
    ca_file: Option<std::path::PathBuf>,
) -> Result<Option<MailSettings>, ConfigError> {
    let Some(url) = url else {
        if let Some(f) = from {
            return Err(ConfigError::Invalid {
                name: "EMAIL_FROM",
                value: f,
                expected: "to be set together with SMTP_URL",
            });
        }
        return Ok(None);
    };
    let bad = |expected| ConfigError::Invalid {
        name: "SMTP_URL",
        value: "<redacted>".into(),
        expected,
    };
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| bad("smtp://host:port or smtps://host:port"))?;
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = match host_port.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host_port.split(':').next().unwrap_or(""),
    };
    if host.is_empty() {
        return Err(bad(
            "a URL with a host: smtp://host:port or smtps://host:port",
        ));
    }
    let tls = url.contains("tls=required") || url.contains("tls=opportunistic");
    let mode = match scheme {
        "smtps" => TlsMode::Wrapper,
        "smtp" if url.contains("tls=required") => TlsMode::StartTls,
        "smtp" if tls => TlsMode::Opportunistic,
        _ => TlsMode::Plain,
    };
    match scheme {
        "smtps" => {}
        "smtp" if tls => {}
        "smtp" => {
            let loopback = host == "localhost"
                || host
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback());
            if !loopback {
                return Err(bad(
                    "plain smtp:// only to a loopback address; use smtp://host:587?tls=required \
                     (STARTTLS) or smtps://host:465",
                ));
            }
        }
        _ => return Err(bad("smtp://host:port or smtps://host:port")),
    }
    let from = from.ok_or(ConfigError::Invalid {
        name: "EMAIL_FROM",
        value: String::new(),
        expected: "the sender address, e.g. Shop <support@shop.example>, with SMTP_URL",
    })?;
    if from.parse::<lettre::message::Mailbox>().is_err() {
        return Err(ConfigError::Invalid {
            name: "EMAIL_FROM",
            value: from,
            expected: "an address, e.g. support@shop.example or Shop <support@shop.example>",
        });
    }
    if let Some(ca) = &ca_file
        && mode == TlsMode::Plain
    {
        return Err(ConfigError::Invalid {
            name: "SMTP_CA_FILE",
            value: ca.display().to_string(),
            expected: "to be set only with STARTTLS (?tls=required) or smtps://",
        });
    }
    let host = host.to_string();
    Ok(Some(MailSettings {
        url: Secret(url),
        from,
        ca_file,
        host,
        mode,
    }))
}
