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
use serde::Deserialize;

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

/// One layer of settings. The config file uses these names (snake_case).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    pub listen: Option<SocketAddr>,
    pub data_dir: Option<PathBuf>,
    pub jwt_secret: Option<String>,
    pub jwt_issuer: Option<String>,
    pub jwt_audience: Option<String>,
    pub jwt_algorithm: Option<String>,
    pub jwt_public_key_file: Option<PathBuf>,
    pub max_concurrent_chats_per_staff: Option<u32>,
    pub chat_session_timeout_minutes: Option<f64>,
    pub cors_origin: Option<String>,
    pub widget_allowed_origins: Option<String>,
    pub max_content_chars: Option<usize>,
    pub rate_limit_per_sec: Option<f64>,
    pub rate_limit_burst: Option<u32>,
    pub max_header_bytes: Option<usize>,
    pub header_read_timeout_secs: Option<f64>,
    pub request_timeout_secs: Option<f64>,
    pub max_connections: Option<usize>,
    pub max_pending_connections: Option<usize>,
    pub max_pending_per_address: Option<u32>,
    pub slow_consumer_secs: Option<f64>,
    pub max_sockets_per_user: Option<u32>,
    pub user_rate_limit_per_sec: Option<f64>,
    pub user_rate_limit_burst: Option<u32>,
    pub idle_timeout_secs: Option<f64>,
    pub ping_interval_secs: Option<f64>,
    pub offer_timeout_secs: Option<f64>,
    pub typing_timeout_secs: Option<f64>,
    pub staff_offline_grace_secs: Option<f64>,
    pub abandon_after_secs: Option<f64>,
    pub sync: Option<SyncMode>,
    pub shop_name: Option<String>,
    pub ai_provider: Option<String>,
    pub ai_workers: Option<usize>,
    pub ai_timeout_secs: Option<f64>,
    pub kb: Option<PathBuf>,
    pub orders_api_url: Option<String>,
    pub orders_api_token: Option<String>,
    pub order_id_examples: Option<String>,
    pub openai_base_url: Option<String>,
    pub openai_api_key: Option<String>,
    pub openai_model: Option<String>,
    pub openai_max_tokens: Option<u32>,
    pub openai_temperature: Option<f32>,
    pub anthropic_base_url: Option<String>,
    pub anthropic_api_key: Option<String>,
    pub anthropic_model: Option<String>,
    pub anthropic_max_tokens: Option<u32>,
    pub webhook_url: Option<String>,
    pub webhook_secret: Option<String>,
    pub webhook_max_backoff_secs: Option<f64>,
    pub webhook_max_attempts: Option<u32>,
    pub webhook_max_age_secs: Option<f64>,
    pub database_url: Option<String>,
    pub redis_url: Option<String>,
    pub redis_host: Option<String>,
    pub redis_port: Option<u16>,
    pub redis_password: Option<String>,
    pub redis_key_prefix: Option<String>,
    pub redis_ca_file: Option<PathBuf>,
    pub node_id: Option<String>,
    // ---- When nobody is there (issue 17): hours, messages, email ----
    pub business_hours: Option<String>,
    pub business_timezone: Option<String>,
    pub business_closed: Option<String>,
    pub smtp_url: Option<String>,
    pub email_from: Option<String>,
    pub staff_alert_email: Option<String>,
    pub queue_alert_after_secs: Option<f64>,
    // ---- end of issue 17 block ----
}

macro_rules! merge_fields {
    ($self:ident, $other:ident, $($f:ident),* $(,)?) => {
        $( if $other.$f.is_some() { $self.$f = $other.$f; } )*
    };
}

impl RawConfig {
    /// Overlay `other` on top of `self` (fields set in `other` win).
    pub fn merge(mut self, other: RawConfig) -> RawConfig {
        merge_fields!(
            self,
            other,
            listen,
            data_dir,
            jwt_secret,
            jwt_issuer,
            jwt_audience,
            jwt_algorithm,
            jwt_public_key_file,
            max_concurrent_chats_per_staff,
            chat_session_timeout_minutes,
            cors_origin,
            widget_allowed_origins,
            max_content_chars,
            rate_limit_per_sec,
            rate_limit_burst,
            max_header_bytes,
            header_read_timeout_secs,
            request_timeout_secs,
            max_connections,
            max_pending_connections,
            max_pending_per_address,
            slow_consumer_secs,
            max_sockets_per_user,
            user_rate_limit_per_sec,
            user_rate_limit_burst,
            idle_timeout_secs,
            ping_interval_secs,
            offer_timeout_secs,
            typing_timeout_secs,
            staff_offline_grace_secs,
            abandon_after_secs,
            sync,
            shop_name,
            ai_provider,
            ai_workers,
            ai_timeout_secs,
            kb,
            orders_api_url,
            orders_api_token,
            order_id_examples,
            openai_base_url,
            openai_api_key,
            openai_model,
            openai_max_tokens,
            openai_temperature,
            anthropic_base_url,
            anthropic_api_key,
            anthropic_model,
            anthropic_max_tokens,
            webhook_url,
            webhook_secret,
            webhook_max_backoff_secs,
            webhook_max_attempts,
            webhook_max_age_secs,
            database_url,
            redis_url,
            redis_host,
            redis_port,
            redis_password,
            redis_key_prefix,
            redis_ca_file,
            node_id,
            // issue 17
            business_hours,
            business_timezone,
            business_closed,
            smtp_url,
            email_from,
            staff_alert_email,
            queue_alert_after_secs,
        );
        self
    }

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

    /// The environment layer, read through `get` so tests need not touch
    /// the process environment.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Result<RawConfig, ConfigError> {
        fn parse<T: std::str::FromStr>(
            get: &impl Fn(&str) -> Option<String>,
            name: &'static str,
            expected: &'static str,
        ) -> Result<Option<T>, ConfigError> {
            match get(name).filter(|v| !v.trim().is_empty()) {
                None => Ok(None),
                Some(v) => v
                    .trim()
                    .parse()
                    .map(Some)
                    .map_err(|_| ConfigError::Invalid {
                        name,
                        value: v,
                        expected,
                    }),
            }
        }
        let s = |name: &str| get(name).filter(|v| !v.is_empty());
        let sync = match s("CONCIERGE_SYNC").as_deref() {
            None => None,
            Some("full") => Some(SyncMode::Full),
            Some("normal") => Some(SyncMode::Normal),
            Some(v) => {
                return Err(ConfigError::Invalid {
                    name: "CONCIERGE_SYNC",
                    value: v.to_string(),
                    expected: "full or normal",
                });
            }
        };
        Ok(RawConfig {
            listen: parse(&get, "CONCIERGE_LISTEN", "an address like 127.0.0.1:7878")?,
            data_dir: s("CONCIERGE_DATA_DIR").map(PathBuf::from),
            jwt_secret: s("JWT_SECRET"),
            jwt_issuer: s("JWT_ISSUER"),
            jwt_audience: s("JWT_AUDIENCE"),
            jwt_algorithm: s("JWT_ALGORITHM"),
            jwt_public_key_file: s("JWT_PUBLIC_KEY_FILE").map(PathBuf::from),
            max_concurrent_chats_per_staff: parse(
                &get,
                "MAX_CONCURRENT_CHATS_PER_STAFF",
                "a whole number",
            )?,
            chat_session_timeout_minutes: parse(
                &get,
                "CHAT_SESSION_TIMEOUT_MINUTES",
                "a number of minutes",
            )?,
            cors_origin: s("CORS_ORIGIN"),
            widget_allowed_origins: s("WIDGET_ALLOWED_ORIGINS"),
            max_content_chars: parse(&get, "MAX_CONTENT_CHARS", "a whole number")?,
            rate_limit_per_sec: parse(&get, "RATE_LIMIT_PER_SEC", "a number")?,
            rate_limit_burst: parse(&get, "RATE_LIMIT_BURST", "a whole number")?,
            max_header_bytes: parse(&get, "MAX_HEADER_BYTES", "a number of bytes")?,
            header_read_timeout_secs: parse(
                &get,
                "HEADER_READ_TIMEOUT_SECS",
                "a number of seconds",
            )?,
            request_timeout_secs: parse(&get, "REQUEST_TIMEOUT_SECS", "a number of seconds")?,
            max_connections: parse(&get, "MAX_CONNECTIONS", "a whole number")?,
            max_pending_connections: parse(&get, "MAX_PENDING_CONNECTIONS", "a whole number")?,
            max_pending_per_address: parse(&get, "MAX_PENDING_PER_ADDRESS", "a whole number")?,
            slow_consumer_secs: parse(&get, "SLOW_CONSUMER_SECS", "a number of seconds")?,
            max_sockets_per_user: parse(&get, "MAX_SOCKETS_PER_USER", "a whole number")?,
            user_rate_limit_per_sec: parse(&get, "USER_RATE_LIMIT_PER_SEC", "a number")?,
            user_rate_limit_burst: parse(&get, "USER_RATE_LIMIT_BURST", "a whole number")?,
            idle_timeout_secs: parse(&get, "IDLE_TIMEOUT_SECS", "a number of seconds")?,
            ping_interval_secs: parse(&get, "PING_INTERVAL_SECS", "a number of seconds")?,
            offer_timeout_secs: parse(&get, "OFFER_TIMEOUT_SECS", "a number of seconds")?,
            typing_timeout_secs: parse(&get, "TYPING_TIMEOUT_SECS", "a number of seconds")?,
            staff_offline_grace_secs: parse(
                &get,
                "STAFF_OFFLINE_GRACE_SECS",
                "a number of seconds",
            )?,
            abandon_after_secs: parse(&get, "ABANDON_AFTER_SECS", "a number of seconds")?,
            sync,
            shop_name: s("SHOP_NAME"),
            ai_provider: s("AI_PROVIDER"),
            ai_workers: parse(&get, "AI_WORKERS", "a whole number")?,
            ai_timeout_secs: parse(&get, "AI_TIMEOUT_SECS", "a number of seconds")?,
            kb: s("CONCIERGE_KB").map(PathBuf::from),
            orders_api_url: s("ORDERS_API_URL"),
            orders_api_token: s("ORDERS_API_TOKEN"),
            order_id_examples: s("ORDER_ID_EXAMPLES"),
            openai_base_url: s("OPENAI_BASE_URL"),
            openai_api_key: s("OPENAI_API_KEY"),
            openai_model: s("OPENAI_MODEL"),
            openai_max_tokens: parse(&get, "OPENAI_MAX_TOKENS", "a whole number")?,
            openai_temperature: parse(&get, "OPENAI_TEMPERATURE", "a number")?,
            anthropic_base_url: s("ANTHROPIC_BASE_URL"),
            anthropic_api_key: s("ANTHROPIC_API_KEY"),
            anthropic_model: s("ANTHROPIC_MODEL"),
            anthropic_max_tokens: parse(&get, "ANTHROPIC_MAX_TOKENS", "a whole number")?,
            webhook_url: s("WEBHOOK_URL"),
            webhook_secret: s("WEBHOOK_SECRET"),
            webhook_max_backoff_secs: parse(
                &get,
                "WEBHOOK_MAX_BACKOFF_SECS",
                "a number of seconds",
            )?,
            webhook_max_attempts: parse(&get, "WEBHOOK_MAX_ATTEMPTS", "a whole number")?,
            webhook_max_age_secs: parse(&get, "WEBHOOK_MAX_AGE_SECS", "a number of seconds")?,
            database_url: s("DATABASE_URL"),
            redis_url: s("REDIS_URL"),
            redis_host: s("REDIS_HOST"),
            redis_port: parse(&get, "REDIS_PORT", "a port number")?,
            redis_password: s("REDIS_PASSWORD"),
            redis_key_prefix: s("REDIS_KEY_PREFIX"),
            redis_ca_file: s("REDIS_CA_FILE").map(PathBuf::from),
            node_id: s("CONCIERGE_NODE_ID"),
            // issue 17
            business_hours: s("BUSINESS_HOURS"),
            business_timezone: s("BUSINESS_TIMEZONE"),
            business_closed: s("BUSINESS_CLOSED"),
            smtp_url: s("SMTP_URL"),
            email_from: s("EMAIL_FROM"),
            staff_alert_email: s("STAFF_ALERT_EMAIL"),
            queue_alert_after_secs: parse(&get, "QUEUE_ALERT_AFTER_SECS", "a number of seconds")?,
        })
    }

    /// Fill every default and check every value.
    pub fn resolve(self) -> Result<Config, ConfigError> {
        let data_dir = match self.data_dir {
            Some(d) => d,
            None => concierge_shared::token::default_data_dir().ok_or(ConfigError::NoDataDir)?,
        };
        let data_dir = std::path::absolute(&data_dir).unwrap_or(data_dir);
        let secs = |v: Option<f64>, default: f64, name: &'static str| {
            let v = v.unwrap_or(default);
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
        let timeout_min = self.chat_session_timeout_minutes.unwrap_or(30.0);
        let provider = match self.ai_provider.as_deref().unwrap_or("embedded") {
            "embedded" | "offline" => ProviderConfig::Embedded,
            "openai" => ProviderConfig::OpenAi(OpenAiConfig {
                base_url: self
                    .openai_base_url
                    .unwrap_or_else(|| "https://api.openai.com/v1".into()),
                api_key: self.openai_api_key,
                model: self.openai_model.unwrap_or_else(|| "gpt-4o-mini".into()),
                max_tokens: self.openai_max_tokens.unwrap_or(300),
                temperature: self.openai_temperature.unwrap_or(0.3),
            }),
            "anthropic" => ProviderConfig::Anthropic(AnthropicConfig {
                base_url: self
                    .anthropic_base_url
                    .unwrap_or_else(|| "https://api.anthropic.com".into()),
                api_key: self.anthropic_api_key,
                model: self
                    .anthropic_model
                    .unwrap_or_else(|| "claude-3-5-haiku-latest".into()),
                max_tokens: self.anthropic_max_tokens.unwrap_or(300),
            }),
            other => {
                return Err(ConfigError::Invalid {
                    name: "AI_PROVIDER",
                    value: other.to_string(),
                    expected: "embedded, openai or anthropic",
                });
            }
        };
        let max_chats = self.max_concurrent_chats_per_staff.unwrap_or(5);
        if max_chats == 0 {
            return Err(ConfigError::Invalid {
                name: "MAX_CONCURRENT_CHATS_PER_STAFF",
                value: "0".into(),
                expected: "at least 1",
            });
        }
        let algorithm = match self.jwt_algorithm.as_deref().unwrap_or("HS256") {
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
        if algorithm != JwtAlgorithm::Hs256 && self.jwt_public_key_file.is_none() {
            return Err(ConfigError::Invalid {
                name: "JWT_PUBLIC_KEY_FILE",
                value: String::new(),
                expected: "the PEM public key that verifies RS256/ES256 tokens",
            });
        }
        let database_url = match self.database_url {
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
            self.redis_url,
            self.redis_host,
            self.redis_port,
            self.redis_password,
        )?;
        if redis_url.is_some() && database_url.is_none() {
            return Err(ConfigError::Invalid {
                name: "REDIS_URL",
                value: "<redacted>".into(),
                expected: "to be set together with a postgres:// DATABASE_URL: several daemons \
                           cannot share one SQLite file",
            });
        }
        let shop_name = self.shop_name.unwrap_or_else(|| "Northwind Goods".into());
        let cors_origins = match &self.cors_origin {
            Some(v) => parse_origins("CORS_ORIGIN", v)?,
            None => Vec::new(),
        };
        let max_header_bytes = self.max_header_bytes.unwrap_or(8192);
        if max_header_bytes < 8192 {
            return Err(ConfigError::Invalid {
                name: "MAX_HEADER_BYTES",
                value: max_header_bytes.to_string(),
                expected: "at least 8192",
            });
        }
        let positive = |v: Option<usize>, default: usize, name: &'static str| match v {
            Some(0) => Err(ConfigError::Invalid {
                name,
                value: "0".into(),
                expected: "at least 1",
            }),
            v => Ok(v.unwrap_or(default)),
        };
        let limits = Limits {
            max_header_bytes,
            header_read_timeout: secs(
                self.header_read_timeout_secs,
                10.0,
                "HEADER_READ_TIMEOUT_SECS",
            )?,
            request_timeout: secs(self.request_timeout_secs, 30.0, "REQUEST_TIMEOUT_SECS")?,
            max_connections: positive(self.max_connections, 20_000, "MAX_CONNECTIONS")?,
            max_pending: positive(
                self.max_pending_connections,
                1024,
                "MAX_PENDING_CONNECTIONS",
            )?,
            max_pending_per_address: positive(
                self.max_pending_per_address.map(|v| v as usize),
                64,
                "MAX_PENDING_PER_ADDRESS",
            )? as u32,
            slow_consumer: secs(self.slow_consumer_secs, 10.0, "SLOW_CONSUMER_SECS")?,
            max_sockets_per_user: positive(
                self.max_sockets_per_user.map(|v| v as usize),
                16,
                "MAX_SOCKETS_PER_USER",
            )? as u32,
            user_rate_limit_per_sec: self.user_rate_limit_per_sec,
            user_rate_limit_burst: self.user_rate_limit_burst,
        };
        let widget_allowed_origins =
            crate::widget::origin::AllowedOrigins::parse(self.widget_allowed_origins.as_deref())
                .map_err(|value| ConfigError::Invalid {
                    name: "WIDGET_ALLOWED_ORIGINS",
                    value,
                    expected: "origins like https://shop.example, separated by commas, or *",
                })?;
        let hours = resolve_hours(
            self.business_hours,
            self.business_timezone,
            self.business_closed,
        )?;
        let mail = resolve_mail(self.smtp_url, self.email_from)?;
        let staff_alert_email = match self.staff_alert_email {
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
        let queue_alert_after = match self.queue_alert_after_secs {
            None => None,
            Some(v) => Some(secs(Some(v), 0.0, "QUEUE_ALERT_AFTER_SECS")?),
        };
        Ok(Config {
            hours,
            mail,
            staff_alert_email,
            queue_alert_after,
            limits,
            listen: self
                .listen
                .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 7878))),
            data_dir,
            jwt: JwtSettings {
                secret: self.jwt_secret.map(Secret),
                issuer: self.jwt_issuer,
                audience: self.jwt_audience,
                algorithm,
                public_key_file: self.jwt_public_key_file,
            },
            max_concurrent_chats: max_chats,
            session_timeout: secs(
                Some(timeout_min * 60.0),
                1800.0,
                "CHAT_SESSION_TIMEOUT_MINUTES",
            )?,
            cors_origins,
            widget_allowed_origins,
            max_content_chars: self.max_content_chars.unwrap_or(4000),
            rate_limit_per_sec: self.rate_limit_per_sec.unwrap_or(10.0),
            rate_limit_burst: self.rate_limit_burst.unwrap_or(20),
            idle_timeout: secs(self.idle_timeout_secs, 120.0, "IDLE_TIMEOUT_SECS")?,
            ping_interval: secs(self.ping_interval_secs, 30.0, "PING_INTERVAL_SECS")?,
            offer_timeout: secs(self.offer_timeout_secs, 60.0, "OFFER_TIMEOUT_SECS")?,
            typing_timeout: secs(self.typing_timeout_secs, 6.0, "TYPING_TIMEOUT_SECS")?,
            staff_offline_grace: secs(
                self.staff_offline_grace_secs,
                10.0,
                "STAFF_OFFLINE_GRACE_SECS",
            )?,
            abandon_after: secs(self.abandon_after_secs, 120.0, "ABANDON_AFTER_SECS")?,
            sync: self.sync.unwrap_or(SyncMode::Full),
            ai_workers: self.ai_workers.unwrap_or(4).max(1),
            assistant: AssistantConfig {
                provider,
                kb_dir: self.kb,
                orders_api: self.orders_api_url.map(|url| OrdersApiConfig {
                    url,
                    token: self.orders_api_token,
                }),
                request_timeout: secs(self.ai_timeout_secs, 30.0, "AI_TIMEOUT_SECS")?,
                max_tool_rounds: 3,
                shop_name: shop_name.clone(),
                order_id_examples: self
                    .order_id_examples
                    .iter()
                    .flat_map(|v| v.split(','))
                    .map(|id| id.trim().to_string())
                    .filter(|id| !id.is_empty())
                    .collect(),
            },
            shop_name,
            webhook: WebhookSettings {
                url: self.webhook_url,
                secret: self.webhook_secret.map(Secret),
                max_backoff: secs(
                    self.webhook_max_backoff_secs,
                    300.0,
                    "WEBHOOK_MAX_BACKOFF_SECS",
                )?,
                max_attempts: self.webhook_max_attempts.unwrap_or(25),
                max_age: secs(self.webhook_max_age_secs, 86_400.0, "WEBHOOK_MAX_AGE_SECS")?,
            },
            database_url,
            redis_url,
            redis_key_prefix: self.redis_key_prefix.unwrap_or_else(|| "concierge".into()),
            redis_ca_file: self.redis_ca_file,
            node_id: self.node_id,
        })
    }
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

/// Issue 17: where email goes out.
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub url: Secret,
    pub from: String,
}

/// `smtp://` (plain: loopback only, or `?tls=required` / `?tls=opportunistic`
/// for STARTTLS) or `smtps://`, and a sender address.
fn resolve_mail(
    url: Option<String>,
    from: Option<String>,
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
                    "plain smtp:// only to a loopback address; use smtp://host:587?tls=required                      (STARTTLS) or smtps://host:465",
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
    Ok(Some(MailSettings {
        url: Secret(url),
        from,
    }))
}

/// Issue 17: the business hours from their three settings.
fn resolve_hours(
    weekly: Option<String>,
    timezone: Option<String>,
    closed: Option<String>,
) -> Result<Option<crate::hours::Schedule>, ConfigError> {
    let Some(weekly) = weekly.filter(|w| !w.trim().is_empty()) else {
        if closed.is_some() {
            return Err(ConfigError::Invalid {
                name: "BUSINESS_CLOSED",
                value: closed.unwrap_or_default(),
                expected: "to be set together with BUSINESS_HOURS",
            });
        }
        return Ok(None);
    };
    let spec = crate::hours::HoursSpec {
        timezone: timezone.unwrap_or_else(|| "UTC".into()),
        weekly: weekly.clone(),
        closed: closed.into_iter().collect(),
    };
    crate::hours::Schedule::parse(&spec)
        .map(Some)
        .map_err(|e| ConfigError::Invalid {
            name: match e {
                crate::hours::HoursError::TimeZone(_) => "BUSINESS_TIMEZONE",
                crate::hours::HoursError::Date(_) | crate::hours::HoursError::TooManyClosures => {
                    "BUSINESS_CLOSED"
                }
                _ => "BUSINESS_HOURS",
            },
            value: e.to_string(),
            expected: "see docs/configuration.md, \"Business hours\"",
        })
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
