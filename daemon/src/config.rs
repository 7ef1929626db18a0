//! Settings: defaults < config file (TOML) < environment < flags.
//!
//! [`RawConfig`] is one layer with every field optional; layers are merged
//! field by field and [`RawConfig::resolve`] turns the result into a
//! [`Config`] with no options left open, typed durations and absolute paths.
//! Environment names follow the customer's original guide where it has one
//! (`MAX_CONCURRENT_CHATS_PER_STAFF`, `CHAT_SESSION_TIMEOUT_MINUTES`,
//! `CORS_ORIGIN`, `AI_PROVIDER`, `OPENAI_*`, `ANTHROPIC_*`).

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use concierge_assistant::{
    AnthropicConfig, AssistantConfig, OpenAiConfig, OrdersApiConfig, ProviderConfig,
};

use crate::store::SyncMode;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid config file {path}: {source}")]
    Parse {
        path: PathBuf,
        source: Box<toml::de::Error>,
    },
    #[error("invalid value for {name}: {value:?} ({expected})")]
    Invalid {
        name: &'static str,
        value: String,
        expected: &'static str,
    },
    #[error(
        "no data directory: pass --data-dir or set CONCIERGE_DATA_DIR (the platform data dir could not be determined)"
    )]
    NoDataDir,
}

pub use crate::mail::settings::MailSettings;
pub use crate::settings::RawConfig;

impl RawConfig {
    pub fn from_file(path: &Path) -> Result<RawConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        toml::from_str(&text).map_err(|source| ConfigError::Parse {
            path: path.to_path_buf(),
            source: Box::new(source),
        })
    }

    /// Fill every default and check every value.
    pub fn resolve(self) -> Result<Config, ConfigError> {
        let raw = RawConfig::defaults().merge(self);
        let data_dir = match raw.data_dir {
            Some(d) => d,
            None => concierge_shared::token::default_data_dir().ok_or(ConfigError::NoDataDir)?,
        };
        let data_dir = std::path::absolute(&data_dir).unwrap_or(data_dir);
        let secs = |v: Option<f64>, name: &'static str| {
            let v = need(v, name)?;
            if v.is_finite() && v >= 0.0 {
                Ok(Duration::from_secs_f64(v))
            } else {
                Err(ConfigError::Invalid {
                    name,
                    value: v.to_string(),
                    expected: "a non-negative number",
                })
            }
        };
        let timeout_min = need(
            raw.chat_session_timeout_minutes,
            "CHAT_SESSION_TIMEOUT_MINUTES",
        )?;
        let provider = match need(raw.ai_provider, "AI_PROVIDER")?.as_str() {
            "embedded" | "offline" => ProviderConfig::Embedded,
            "openai" => ProviderConfig::OpenAi(OpenAiConfig {
                base_url: need(raw.openai_base_url, "OPENAI_BASE_URL")?,
                api_key: raw.openai_api_key,
                model: need(raw.openai_model, "OPENAI_MODEL")?,
                max_tokens: need(raw.openai_max_tokens, "OPENAI_MAX_TOKENS")?,
                temperature: need(raw.openai_temperature, "OPENAI_TEMPERATURE")?,
            }),
            "anthropic" => ProviderConfig::Anthropic(AnthropicConfig {
                base_url: need(raw.anthropic_base_url, "ANTHROPIC_BASE_URL")?,
                api_key: raw.anthropic_api_key,
                model: need(raw.anthropic_model, "ANTHROPIC_MODEL")?,
                max_tokens: need(raw.anthropic_max_tokens, "ANTHROPIC_MAX_TOKENS")?,
            }),
            other => {
                return Err(ConfigError::Invalid {
                    name: "AI_PROVIDER",
                    value: other.to_string(),
                    expected: "embedded, openai or anthropic",
                });
            }
        };
        let max_chats = need(
            raw.max_concurrent_chats_per_staff,
            "MAX_CONCURRENT_CHATS_PER_STAFF",
        )?;
        if max_chats == 0 {
            return Err(ConfigError::Invalid {
                name: "MAX_CONCURRENT_CHATS_PER_STAFF",
                value: "0".into(),
                expected: "at least 1",
            });
        }
        let algorithm = match need(raw.jwt_algorithm, "JWT_ALGORITHM")?.as_str() {
            "HS256" => JwtAlgorithm::Hs256,
            "RS256" => JwtAlgorithm::Rs256,
            "ES256" => JwtAlgorithm::Es256,
            other => {
                return Err(ConfigError::Invalid {
                    name: "JWT_ALGORITHM",
                    value: other.to_string(),
                    expected: "HS256, RS256 or ES256",
                });
            }
        };
        if algorithm != JwtAlgorithm::Hs256 && raw.jwt_public_key_file.is_none() {
            return Err(ConfigError::Invalid {
                name: "JWT_PUBLIC_KEY_FILE",
                value: String::new(),
                expected: "the PEM public key that verifies RS256/ES256 tokens",
            });
        }
        let database_url = match raw.database_url {
            None => None,
            Some(u) if u.starts_with("postgres://") || u.starts_with("postgresql://") => {
                Some(Secret(u))
            }
            Some(_) => {
                return Err(ConfigError::Invalid {
                    name: "DATABASE_URL",
                    value: "<redacted>".into(),
                    expected: "a postgres:// URL (leave it unset for the SQLite file in the data dir)",
                });
            }
        };
        let redis_url = redis_url(
            raw.redis_url,
            raw.redis_host,
            raw.redis_port,
            raw.redis_password,
        )?;
        if redis_url.is_some() && database_url.is_none() {
            return Err(ConfigError::Invalid {
                name: "REDIS_URL",
                value: "<redacted>".into(),
                expected: "to be set together with a postgres:// DATABASE_URL: several daemons \
                           cannot share one SQLite file",
            });
        }
        let shop_name = need(raw.shop_name, "SHOP_NAME")?;
        let cors_origins = match &raw.cors_origin {
            Some(v) => parse_origins("CORS_ORIGIN", v)?,
            None => Vec::new(),
        };
        let max_header_bytes = need(raw.max_header_bytes, "MAX_HEADER_BYTES")?;
        if max_header_bytes < 8192 {
            return Err(ConfigError::Invalid {
                name: "MAX_HEADER_BYTES",
                value: max_header_bytes.to_string(),
                expected: "at least 8192",
            });
        }
        let positive = |v: Option<usize>, name: &'static str| match need(v, name)? {
            0 => Err(ConfigError::Invalid {
                name,
                value: "0".into(),
                expected: "at least 1",
            }),
            v => Ok(v),
        };
        let limits = Limits {
            max_header_bytes,
            header_read_timeout: secs(raw.header_read_timeout_secs, "HEADER_READ_TIMEOUT_SECS")?,
            request_timeout: secs(raw.request_timeout_secs, "REQUEST_TIMEOUT_SECS")?,
            max_connections: positive(raw.max_connections, "MAX_CONNECTIONS")?,
            max_pending: positive(raw.max_pending_connections, "MAX_PENDING_CONNECTIONS")?,
            max_pending_per_address: positive(
                raw.max_pending_per_address.map(|v| v as usize),
                "MAX_PENDING_PER_ADDRESS",
            )? as u32,
            slow_consumer: secs(raw.slow_consumer_secs, "SLOW_CONSUMER_SECS")?,
            max_sockets_per_user: positive(
                raw.max_sockets_per_user.map(|v| v as usize),
                "MAX_SOCKETS_PER_USER",
            )? as u32,
            user_rate_limit_per_sec: raw.user_rate_limit_per_sec,
            user_rate_limit_burst: raw.user_rate_limit_burst,
        };
        let widget_allowed_origins =
            crate::widget::origin::AllowedOrigins::parse(raw.widget_allowed_origins.as_deref())
                .map_err(|value| ConfigError::Invalid {
                    name: "WIDGET_ALLOWED_ORIGINS",
                    value,
                    expected: "origins like https://shop.example, separated by commas, or *",
                })?;
        let hours = crate::hours::from_settings(
            raw.business_hours,
            raw.business_timezone,
            raw.business_closed,
        )?;
        let mail = crate::mail::settings::resolve(raw.smtp_url, raw.email_from, raw.smtp_ca_file)?;
        let staff_alert_email = match raw.staff_alert_email {
            None => None,
            Some(a) => Some(
                crate::offline::choose_email(Some(&a), None)
                    .map_err(|e| ConfigError::Invalid {
                        name: "STAFF_ALERT_EMAIL",
                        value: e.to_string(),
                        expected: "an email address",
                    })?
                    .as_str()
                    .to_string(),
            ),
        };
        if staff_alert_email.is_some() && mail.is_none() {
            return Err(ConfigError::Invalid {
                name: "STAFF_ALERT_EMAIL",
                value: staff_alert_email.unwrap_or_default(),
                expected: "to be set together with SMTP_URL and EMAIL_FROM",
            });
        }
        let queue_alert_after = match raw.queue_alert_after_secs {
            None => None,
            Some(v) => Some(secs(Some(v), "QUEUE_ALERT_AFTER_SECS")?),
        };
        Ok(Config {
            hours,
            mail,
            staff_alert_email,
            queue_alert_after,
            limits,
            listen: need(raw.listen, "CONCIERGE_LISTEN")?,
            data_dir,
            jwt: JwtSettings {
                secret: raw.jwt_secret.map(Secret),
                issuer: raw.jwt_issuer,
                audience: raw.jwt_audience,
                algorithm,
                public_key_file: raw.jwt_public_key_file,
            },
            max_concurrent_chats: max_chats,
            session_timeout: secs(Some(timeout_min * 60.0), "CHAT_SESSION_TIMEOUT_MINUTES")?,
            cors_origins,
            widget_allowed_origins,
            max_content_chars: need(raw.max_content_chars, "MAX_CONTENT_CHARS")?,
            rate_limit_per_sec: need(raw.rate_limit_per_sec, "RATE_LIMIT_PER_SEC")?,
            rate_limit_burst: need(raw.rate_limit_burst, "RATE_LIMIT_BURST")?,
            idle_timeout: secs(raw.idle_timeout_secs, "IDLE_TIMEOUT_SECS")?,
            ping_interval: secs(raw.ping_interval_secs, "PING_INTERVAL_SECS")?,
            offer_timeout: secs(raw.offer_timeout_secs, "OFFER_TIMEOUT_SECS")?,
            typing_timeout: secs(raw.typing_timeout_secs, "TYPING_TIMEOUT_SECS")?,
            staff_offline_grace: secs(raw.staff_offline_grace_secs, "STAFF_OFFLINE_GRACE_SECS")?,
            abandon_after: secs(raw.abandon_after_secs, "ABANDON_AFTER_SECS")?,
            sync: need(raw.sync, "CONCIERGE_SYNC")?,
            ai_workers: need(raw.ai_workers, "AI_WORKERS")?.max(1),
            assistant: AssistantConfig {
                provider,
                kb_dir: raw.kb,
                orders_api: raw.orders_api_url.map(|url| OrdersApiConfig {
                    url,
                    token: raw.orders_api_token,
                }),
                request_timeout: secs(raw.ai_timeout_secs, "AI_TIMEOUT_SECS")?,
                max_tool_rounds: 3,
                shop_name: shop_name.clone(),
                order_id_examples: raw
                    .order_id_examples
                    .iter()
                    .flat_map(|v| v.split(','))
                    .map(|id| id.trim().to_string())
                    .filter(|id| !id.is_empty())
                    .collect(),
            },
            shop_name,
            webhook: WebhookSettings {
                url: raw.webhook_url,
                secret: raw.webhook_secret.map(Secret),
                max_backoff: secs(raw.webhook_max_backoff_secs, "WEBHOOK_MAX_BACKOFF_SECS")?,
                max_attempts: need(raw.webhook_max_attempts, "WEBHOOK_MAX_ATTEMPTS")?,
                max_age: secs(raw.webhook_max_age_secs, "WEBHOOK_MAX_AGE_SECS")?,
            },
            database_url,
            redis_url,
            redis_key_prefix: need(raw.redis_key_prefix, "REDIS_KEY_PREFIX")?,
            redis_ca_file: raw.redis_ca_file,
            node_id: raw.node_id,
        })
    }
}

/// A setting the defaults layer always fills. `None` would mean the
/// settings table lost its default: an error that names it, never a panic.
fn need<T>(v: Option<T>, name: &'static str) -> Result<T, ConfigError> {
    v.ok_or(ConfigError::Invalid {
        name,
        value: String::new(),
        expected: "a value (its built-in default is missing)",
    })
}

/// A secret that never shows in `Debug` output or logs.
#[derive(Clone)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// Where events go (`WEBHOOK_URL`); `None` turns webhooks off.
#[derive(Debug, Clone)]
pub struct WebhookSettings {
    pub url: Option<String>,
    /// Signs each body (HMAC-SHA256) when set.
    pub secret: Option<Secret>,
    /// The longest wait between two attempts at one event.
    pub max_backoff: Duration,
    /// An event that failed this many attempts becomes a dead letter
    /// (0: no limit).
    pub max_attempts: u32,
    /// An event whose attempt fails this long after it was recorded becomes
    /// a dead letter (zero: no limit).
    pub max_age: Duration,
}

/// The one algorithm tokens must be signed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JwtAlgorithm {
    /// Shared secret (the default; the shop's backend and the daemon both
    /// hold it).
    Hs256,
    /// The shop signs with its RSA private key; the daemon holds only the
    /// public key.
    Rs256,
    /// The same with an ECDSA P-256 key.
    Es256,
}

#[derive(Debug, Clone)]
pub struct JwtSettings {
    /// `None`: generate one on first start and keep it in the data dir.
    pub secret: Option<Secret>,
    pub issuer: Option<String>,
    pub audience: Option<String>,
    pub algorithm: JwtAlgorithm,
    /// PEM public key for RS256/ES256.
    pub public_key_file: Option<PathBuf>,
}

/// The resolved settings of a daemon.
#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub jwt: JwtSettings,
    pub max_concurrent_chats: u32,
    pub session_timeout: Duration,
    /// `CORS_ORIGIN`: the browser origins allowed to call the HTTP API.
    pub cors_origins: Vec<String>,
    pub limits: Limits,
    /// Pages that may embed the widget, open a WebSocket from a browser and
    /// ask for guest tokens, besides the daemon's own origin.
    pub widget_allowed_origins: crate::widget::origin::AllowedOrigins,
    pub max_content_chars: usize,
    pub rate_limit_per_sec: f64,
    pub rate_limit_burst: u32,
    /// A connection with no frame or pong for this long is dropped (this is
    /// also the staff heartbeat timeout).
    pub idle_timeout: Duration,
    pub ping_interval: Duration,
    pub offer_timeout: Duration,
    pub typing_timeout: Duration,
    /// How long a staff member whose last socket closed stays online (so a
    /// console reconnecting after a blip keeps its chats).
    pub staff_offline_grace: Duration,
    /// A customer whose last socket closed while waiting for a person
    /// leaves the queue after this long (so staff never accept an empty
    /// chat); coming back sooner keeps their place.
    pub abandon_after: Duration,
    pub sync: SyncMode,
    pub ai_workers: usize,
    pub assistant: AssistantConfig,
    pub shop_name: String,
    pub webhook: WebhookSettings,
    /// `DATABASE_URL`: PostgreSQL instead of the SQLite file in `data_dir`.
    pub database_url: Option<Secret>,
    /// Redis for cross-node delivery and presence (`REDIS_URL`, or built
    /// from the guide's `REDIS_HOST` / `REDIS_PORT` / `REDIS_PASSWORD`).
    pub redis_url: Option<Secret>,
    /// Prefix of every Redis key and channel, so clusters can share a Redis.
    pub redis_key_prefix: String,
    /// PEM file of the root certificate(s) a `rediss://` server's
    /// certificate must chain to, instead of the system's.
    pub redis_ca_file: Option<PathBuf>,
    /// This daemon's name in the cluster; a random one when unset.
    pub node_id: Option<String>,
    /// `BUSINESS_HOURS` and friends: when staff are expected (`None`:
    /// whenever someone is online). An admin may replace it at run time;
    /// see [`crate::hours::Live`].
    pub hours: Option<crate::hours::Schedule>,
    /// `SMTP_URL` and `EMAIL_FROM`: email on (`None`: no email is queued).
    pub mail: Option<MailSettings>,
    /// `STAFF_ALERT_EMAIL`: where staff alerts go.
    pub staff_alert_email: Option<String>,
    /// `QUEUE_ALERT_AFTER_SECS`: alert when a customer waits this long.
    pub queue_alert_after: Option<Duration>,
}

/// What protects the daemon from clients that misbehave, and from the
/// ones that have not said who they are yet (docs/configuration.md,
/// "Limits").
#[derive(Debug, Clone)]
pub struct Limits {
    /// `MAX_HEADER_BYTES`: the longest request line and headers (a longer
    /// head gets `431`).
    pub max_header_bytes: usize,
    /// `HEADER_READ_TIMEOUT_SECS`: a request head (or WebSocket upgrade)
    /// must arrive within this.
    pub header_read_timeout: Duration,
    /// `REQUEST_TIMEOUT_SECS`: an HTTP request must be read and answered
    /// within this.
    pub request_timeout: Duration,
    /// `MAX_CONNECTIONS`: open connections of every kind; past it, `503`.
    pub max_connections: usize,
    /// `MAX_PENDING_CONNECTIONS`: connections that are not an
    /// authenticated WebSocket (HTTP requests, upgrades being read).
    pub max_pending: usize,
    /// `MAX_PENDING_PER_ADDRESS`: the same, per client address (IPv6: per
    /// /64).
    pub max_pending_per_address: u32,
    /// `SLOW_CONSUMER_SECS`: a socket write that cannot finish in this long
    /// drops the connection (the client stopped reading).
    pub slow_consumer: Duration,
    /// `MAX_SOCKETS_PER_USER`: open WebSockets per user.
    pub max_sockets_per_user: u32,
    /// `USER_RATE_LIMIT_PER_SEC` / `_BURST`: frames per user over all of
    /// that user's sockets; unset means twice the per-connection budget.
    pub user_rate_limit_per_sec: Option<f64>,
    pub user_rate_limit_burst: Option<u32>,
}

/// A comma-separated list of browser origins (`https://shop.example`,
/// `http://127.0.0.1:8080`): scheme and host, an optional port, nothing
/// else. Returned in the form browsers send in `Origin`.
pub fn parse_origins(name: &'static str, value: &str) -> Result<Vec<String>, ConfigError> {
    let bad = |v: &str| ConfigError::Invalid {
        name,
        value: v.to_string(),
        expected: "a comma-separated list of origins like https://shop.example or \
                   http://localhost:8080 (scheme, host and port only; no *, path or query)",
    };
    let mut out = Vec::new();
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        out.push(crate::widget::origin::normalise(part).ok_or_else(|| bad(part))?);
    }
    if out.is_empty() {
        return Err(bad(value));
    }
    Ok(out)
}

/// `REDIS_URL` wins; otherwise any of the guide's `REDIS_HOST`,
/// `REDIS_PORT`, `REDIS_PASSWORD` builds one (host defaults to localhost,
/// port to 6379).
fn redis_url(
    url: Option<String>,
    host: Option<String>,
    port: Option<u16>,
    password: Option<String>,
) -> Result<Option<Secret>, ConfigError> {
    if let Some(u) = url {
        if u.starts_with("redis://") || u.starts_with("rediss://") {
            return Ok(Some(Secret(u)));
        }
        return Err(ConfigError::Invalid {
            name: "REDIS_URL",
            value: "<redacted>".into(),
            expected: "a redis:// or rediss:// URL",
        });
    }
    if host.is_none() && port.is_none() && password.is_none() {
        return Ok(None);
    }
    let host = host.unwrap_or_else(|| "localhost".into());
    let port = port.unwrap_or(6379);
    let auth = match password {
        // Percent-encode so any password survives inside the URL.
        Some(p) => format!(":{}@", utf8_percent_encode(&p, NON_ALPHANUMERIC)),
        None => String::new(),
    };
    Ok(Some(Secret(format!("redis://{auth}{host}:{port}"))))
}

impl Config {
    /// Defaults only, with the given data dir: what tests start from.
    pub fn for_data_dir(dir: &Path) -> Config {
        let raw = RawConfig {
            data_dir: Some(dir.to_path_buf()),
            ..RawConfig::default()
        };
        // Defaults always resolve: every default above is valid.
        match raw.resolve() {
            Ok(c) => c,
            Err(e) => unreachable!("default config must resolve: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let m: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| m.get(k).cloned()
    }

    #[test]
    fn later_layers_win_field_by_field() {
        let file: RawConfig =
            toml::from_str("max_concurrent_chats_per_staff = 3\ncors_origin = \"https://a\"")
                .unwrap();
        let envl = RawConfig::from_env(env(&[("MAX_CONCURRENT_CHATS_PER_STAFF", "7")])).unwrap();
        let flags = RawConfig {
            data_dir: Some("/tmp/x".into()),
            ..Default::default()
        };
        let c = RawConfig::default()
            .merge(file)
            .merge(envl)
            .merge(flags)
            .resolve()
            .unwrap();
        assert_eq!(c.max_concurrent_chats, 7);
        assert_eq!(c.cors_origins, vec!["https://a".to_string()]);
        assert_eq!(c.data_dir, PathBuf::from("/tmp/x"));
        assert_eq!(c.session_timeout, Duration::from_secs(1800));
    }

    #[test]
    fn bad_values_are_named_in_the_error() {
        let e =
            RawConfig::from_env(env(&[("MAX_CONCURRENT_CHATS_PER_STAFF", "lots")])).unwrap_err();
        assert!(e.to_string().contains("MAX_CONCURRENT_CHATS_PER_STAFF"));
        let e = RawConfig {
            ai_provider: Some("skynet".into()),
            data_dir: Some("/tmp".into()),
            ..Default::default()
        }
        .resolve()
        .unwrap_err();
        assert!(e.to_string().contains("AI_PROVIDER"));
        assert!(toml::from_str::<RawConfig>("no_such_setting = 1").is_err());
    }

    #[test]
    fn cors_origins_are_a_checked_list() {
        let ok = parse_origins(
            "CORS_ORIGIN",
            "https://Shop.example, http://127.0.0.1:8080/",
        )
        .unwrap();
        assert_eq!(ok, vec!["https://shop.example", "http://127.0.0.1:8080"]);
        assert_eq!(
            parse_origins("CORS_ORIGIN", "http://[::1]:3000").unwrap(),
            vec!["http://[::1]:3000"]
        );
        for bad in [
            "*",
            "not a url",
            "https://a.example/path",
            "ftp://a.example",
            "https://a.example:port",
            "https://user@a.example",
            "https://a.example?x=1",
            " , ",
        ] {
            let e = parse_origins("CORS_ORIGIN", bad).unwrap_err();
            assert!(e.to_string().contains("CORS_ORIGIN"), "{bad}: {e}");
        }
        let e = RawConfig {
            cors_origin: Some("*".into()),
            data_dir: Some("/tmp".into()),
            ..Default::default()
        }
        .resolve()
        .unwrap_err();
        assert!(e.to_string().contains("CORS_ORIGIN"), "{e}");
    }

    #[test]
    fn limits_refuse_zero_and_tiny_heads() {
        let base = || RawConfig {
            data_dir: Some("/tmp".into()),
            ..Default::default()
        };
        let c = base().resolve().unwrap();
        assert_eq!(c.limits.max_header_bytes, 8192);
        assert_eq!(c.limits.header_read_timeout, Duration::from_secs(10));
        let e = RawConfig {
            max_header_bytes: Some(100),
            ..base()
        }
        .resolve()
        .unwrap_err();
        assert!(e.to_string().contains("MAX_HEADER_BYTES"), "{e}");
        let e = RawConfig {
            max_connections: Some(0),
            ..base()
        }
        .resolve()
        .unwrap_err();
        assert!(e.to_string().contains("MAX_CONNECTIONS"), "{e}");
    }

    #[test]
    fn secrets_are_redacted_in_debug() {
        let c = RawConfig {
            jwt_secret: Some("hunter2".into()),
            data_dir: Some("/tmp".into()),
            ..Default::default()
        }
        .resolve()
        .unwrap();
        assert!(!format!("{c:?}").contains("hunter2"));
    }

    #[test]
    fn redis_settings_follow_the_guide_and_need_postgres() {
        let base = || RawConfig {
            data_dir: Some("/tmp".into()),
            database_url: Some("postgres://db/concierge".into()),
            ..Default::default()
        };
        let c = RawConfig {
            redis_host: Some("cache".into()),
            redis_password: Some("p@ss word".into()),
            ..base()
        }
        .resolve()
        .unwrap();
        assert_eq!(c.redis_url.unwrap().0, "redis://:p%40ss%20word@cache:6379");
        let c = RawConfig {
            redis_url: Some("redis://r:6380/2".into()),
            redis_port: Some(1),
            ..base()
        }
        .resolve()
        .unwrap();
        assert_eq!(c.redis_url.unwrap().0, "redis://r:6380/2");
        assert!(base().resolve().unwrap().redis_url.is_none());
        // Several daemons cannot share one SQLite file.
        let e = RawConfig {
            database_url: None,
            redis_url: Some("redis://r".into()),
            ..base()
        }
        .resolve()
        .unwrap_err();
        assert!(e.to_string().contains("REDIS_URL"), "{e}");
        let e = RawConfig {
            database_url: Some("mysql://x".into()),
            ..base()
        }
        .resolve()
        .unwrap_err();
        assert!(e.to_string().contains("DATABASE_URL"), "{e}");
        assert!(
            !e.to_string().contains("mysql://x"),
            "URLs may hold passwords: {e}"
        );
    }
}
