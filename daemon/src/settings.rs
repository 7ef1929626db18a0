//! Every setting of the daemon, declared once.
//!
//! One row per setting gives its file key, environment variable, type,
//! default and meaning. From the table come [`RawConfig`] (one layer of
//! optional values), its merge, reading the environment, the built-in
//! defaults layer, the text `concierged init` writes, and the tables in
//! `docs/configuration.md` (a test keeps those current). Adding a setting
//! is adding a row here and using it in [`RawConfig::resolve`]
//! (`config.rs`), nothing else.

use std::net::SocketAddr;
use std::path::PathBuf;

use serde::Deserialize;

use crate::config::ConfigError;
use crate::store::SyncMode;

/// What a setting is when no layer sets it.
#[derive(Debug, Clone, Copy)]
pub enum Fallback {
    /// This TOML value is the built-in default.
    Value(&'static str),
    /// Unset: the feature is off or the check is skipped. `example` is a
    /// TOML value shown in the commented-out line; `meaning` says what
    /// leaving it unset does.
    Unset {
        example: &'static str,
        meaning: &'static str,
    },
    /// Unset, but the daemon works a value out (from another setting, the
    /// host, the platform). `meaning` says how.
    Derived {
        example: &'static str,
        meaning: &'static str,
    },
}

impl Fallback {
    /// The TOML value written on the setting's line in `concierged init`'s
    /// text: the default, or an example.
    pub fn toml_value(&self) -> &'static str {
        match self {
            Fallback::Value(v) => v,
            Fallback::Unset { example, .. } | Fallback::Derived { example, .. } => example,
        }
    }
}

/// One row of the table.
#[derive(Debug)]
pub struct Setting {
    /// The config file's key, and `RawConfig`'s field.
    pub key: &'static str,
    pub env: &'static str,
    pub fallback: Fallback,
    /// Markdown; its first sentence should stand alone.
    pub doc: &'static str,
}

/// A titled group of settings (a section of the init text and a table in
/// the docs).
#[derive(Debug)]
pub struct Group {
    pub title: &'static str,
    pub settings: &'static [Setting],
}

/// A value that can come from an environment variable. `EXPECTED` names
/// the shape in the error for a bad value.
pub trait EnvValue: Sized {
    const EXPECTED: &'static str;
    fn parse_env(v: &str) -> Option<Self>;
}

macro_rules! env_from_str {
    ($($t:ty => $expected:literal),* $(,)?) => {
        $(impl EnvValue for $t {
            const EXPECTED: &'static str = $expected;
            fn parse_env(v: &str) -> Option<Self> {
                v.trim().parse().ok()
            }
        })*
    };
}

env_from_str! {
    u16 => "a port number",
    u32 => "a whole number",
    usize => "a whole number",
    f32 => "a number",
    f64 => "a number",
    SocketAddr => "an address like 127.0.0.1:7878",
}

impl EnvValue for String {
    const EXPECTED: &'static str = "text";
    fn parse_env(v: &str) -> Option<Self> {
        Some(v.to_string())
    }
}

impl EnvValue for PathBuf {
    const EXPECTED: &'static str = "a path";
    fn parse_env(v: &str) -> Option<Self> {
        Some(PathBuf::from(v))
    }
}

impl EnvValue for SyncMode {
    const EXPECTED: &'static str = "full or normal";
    fn parse_env(v: &str) -> Option<Self> {
        match v.trim() {
            "full" => Some(SyncMode::Full),
            "normal" => Some(SyncMode::Normal),
            _ => None,
        }
    }
}

/// Read one variable: unset or empty is `None`, a bad value an error that
/// names the variable.
fn from_env<T: EnvValue>(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
) -> Result<Option<T>, ConfigError> {
    match get(name).filter(|v| !v.trim().is_empty()) {
        None => Ok(None),
        Some(v) => T::parse_env(&v).map(Some).ok_or(ConfigError::Invalid {
            name,
            value: v,
            expected: T::EXPECTED,
        }),
    }
}

macro_rules! settings {
    ($(
        group $title:literal {
            $( $key:ident : $ty:ty = $env:literal, $fallback:expr, $doc:literal; )*
        }
    )*) => {
        /// One layer of settings, every field optional. The config file uses
        /// these names.
        #[derive(Debug, Default, Clone, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct RawConfig {
            $( $( pub $key: Option<$ty>, )* )*
        }

        impl RawConfig {
            /// Overlay `other` on top of `self` (fields set in `other` win).
            pub fn merge(mut self, other: RawConfig) -> RawConfig {
                $( $( if other.$key.is_some() { self.$key = other.$key; } )* )*
                self
            }

            /// The environment layer, read through `get` so tests need not
            /// touch the process environment.
            pub fn from_env(
                get: impl Fn(&str) -> Option<String>,
            ) -> Result<RawConfig, ConfigError> {
                Ok(RawConfig {
                    $( $( $key: from_env::<$ty>(&get, $env)?, )* )*
                })
            }
        }

        /// The table, in the order of the docs and of `concierged init`.
        pub const GROUPS: &[Group] = &[
            $( Group {
                title: $title,
                settings: &[ $( Setting {
                    key: stringify!($key),
                    env: $env,
                    fallback: $fallback,
                    doc: $doc,
                }, )* ],
            }, )*
        ];
    };
}

use Fallback::{Derived, Unset, Value};

settings! {
    group "Network" {
        listen: SocketAddr = "CONCIERGE_LISTEN", Value(r#""127.0.0.1:7878""#),
            "Address for HTTP and WebSocket (`--listen`).";
        cors_origin: String = "CORS_ORIGIN",
            Unset { example: r#""https://shop.example""#, meaning: "no browser origin may call the HTTP API" },
            "The browser origins allowed to call the HTTP API, comma-separated \
             (`https://shop.example, http://localhost:3000`): scheme, host and optional port \
             each; `*`, paths and queries are refused at start-up. Preflight requests from a \
             listed origin are answered.";
        widget_allowed_origins: String = "WIDGET_ALLOWED_ORIGINS",
            Derived { example: r#""https://shop.example, https://www.shop.example""#,
                      meaning: "only the daemon's own origin (so its `/demo` works)" },
            "Pages that may embed the web widget, open a WebSocket from a browser and get \
             guest tokens: origins like `https://shop.example`, separated by commas; `*` \
             allows any (see widget.md).";
    }
    group "Storage and tokens" {
        data_dir: PathBuf = "CONCIERGE_DATA_DIR",
            Derived { example: r#""/var/lib/concierge""#,
                      meaning: "the platform data dir (`~/.local/share/concierge`)" },
            "Holds the database `concierge.db` and the generated secret `jwt_secret` \
             (`--data-dir`).";
        sync: SyncMode = "CONCIERGE_SYNC", Value(r#""full""#),
            "`full`: an ack survives power loss. `normal`: an ack survives a crash of the \
             process, but the last commits may be lost on power loss; faster on slow disks.";
        jwt_secret: String = "JWT_SECRET",
            Derived { example: r#""<64 hex digits>""#,
                      meaning: "generated on first start, kept in `data_dir/jwt_secret` (mode 0600)" },
            "HS256 secret for signing and verifying tokens.";
        jwt_issuer: String = "JWT_ISSUER",
            Unset { example: r#""https://shop.example""#, meaning: "no `iss` check" },
            "If set, tokens must carry this `iss`.";
        jwt_audience: String = "JWT_AUDIENCE",
            Unset { example: r#""concierge""#, meaning: "no `aud` check" },
            "If set, tokens must carry this `aud`.";
        jwt_algorithm: String = "JWT_ALGORITHM", Value(r#""HS256""#),
            "`HS256` (shared secret), or `RS256`/`ES256`: the shop signs with its private key \
             and the daemon verifies with `jwt_public_key_file`; any other algorithm, `none` \
             included, is refused.";
        jwt_public_key_file: PathBuf = "JWT_PUBLIC_KEY_FILE",
            Unset { example: r#""/etc/concierge/jwt-public.pem""#,
                    meaning: "required with `RS256`/`ES256`" },
            "PEM public key of the shop's token signer, for `RS256`/`ES256`.";
    }
    group "Chats and routing" {
        shop_name: String = "SHOP_NAME", Value(r#""Northwind Goods""#),
            "Used in the welcome and in the assistant's prompts.";
        max_concurrent_chats_per_staff: u32 = "MAX_CONCURRENT_CHATS_PER_STAFF", Value("5"),
            "Default capacity of a staff member (admins can set one per person).";
        chat_session_timeout_minutes: f64 = "CHAT_SESSION_TIMEOUT_MINUTES", Value("30.0"),
            "Idle sessions close after this long (fractions allowed).";
        offer_timeout_secs: f64 = "OFFER_TIMEOUT_SECS", Value("60.0"),
            "An unanswered offer goes to every available staff member after this long.";
        staff_offline_grace_secs: f64 = "STAFF_OFFLINE_GRACE_SECS", Value("10.0"),
            "How long a staff member whose last socket closed still counts as online (so a \
             console reconnecting after a network blip keeps its chats).";
        abandon_after_secs: f64 = "ABANDON_AFTER_SECS", Value("120.0"),
            "A customer whose last socket closed while waiting for a person leaves the queue \
             after this long (coming back sooner keeps their place); counted as abandoned.";
        typing_timeout_secs: f64 = "TYPING_TIMEOUT_SECS", Value("6.0"),
            "A typing mark that is not renewed expires after this long.";
    }
    group "Connections" {
        max_content_chars: usize = "MAX_CONTENT_CHARS", Value("4000"),
            "Longest message, in characters.";
        rate_limit_per_sec: f64 = "RATE_LIMIT_PER_SEC", Value("10.0"),
            "Frames per second per connection (the HTTP API allows five times this per user, \
             or per client address for requests without a valid token).";
        rate_limit_burst: u32 = "RATE_LIMIT_BURST", Value("20"),
            "Burst allowance per connection.";
        idle_timeout_secs: f64 = "IDLE_TIMEOUT_SECS", Value("120.0"),
            "A socket with no frame or pong for this long is dropped (also the staff \
             heartbeat).";
        ping_interval_secs: f64 = "PING_INTERVAL_SECS", Value("30.0"),
            "Server ping interval.";
    }
    group "Limits" {
        max_header_bytes: usize = "MAX_HEADER_BYTES", Value("8192"),
            "Longest request line plus headers, in bytes (at least 8192); a longer head gets \
             431 and is not read further. Bearer tokens count.";
        header_read_timeout_secs: f64 = "HEADER_READ_TIMEOUT_SECS", Value("10.0"),
            "A request head, or a WebSocket upgrade, must arrive within this; a half-sent or \
             trickled one is closed (slowloris).";
        request_timeout_secs: f64 = "REQUEST_TIMEOUT_SECS", Value("30.0"),
            "An HTTP request must be read and answered within this (408).";
        max_connections: usize = "MAX_CONNECTIONS", Value("20000"),
            "Open connections of every kind; past it a new one gets a clean 503 with \
             `Retry-After`. At start the daemon raises its open-files limit to the hard limit \
             and lowers this to that limit less 256 (logged).";
        max_pending_connections: usize = "MAX_PENDING_CONNECTIONS", Value("1024"),
            "Connections that are not an authenticated WebSocket (HTTP requests, keep-alive \
             connections, upgrades being read); past it, 503.";
        max_pending_per_address: u32 = "MAX_PENDING_PER_ADDRESS", Value("64"),
            "The same, per client address (IPv6: per /64). Behind a reverse proxy every client \
             has the proxy's address: raise this there.";
        slow_consumer_secs: f64 = "SLOW_CONSUMER_SECS", Value("10.0"),
            "A client that stops reading is disconnected once a write to it has waited this \
             long (`concierge_slow_consumers_total`).";
        max_sockets_per_user: u32 = "MAX_SOCKETS_PER_USER", Value("16"),
            "Open WebSockets per user; one more gets 429.";
        user_rate_limit_per_sec: f64 = "USER_RATE_LIMIT_PER_SEC",
            Derived { example: "20.0", meaning: "twice `RATE_LIMIT_PER_SEC`" },
            "Frames per second per user, over all of that user's sockets.";
        user_rate_limit_burst: u32 = "USER_RATE_LIMIT_BURST",
            Derived { example: "40", meaning: "twice `RATE_LIMIT_BURST`" },
            "Burst allowance per user.";
    }
    group "Assistant" {
        ai_provider: String = "AI_PROVIDER", Value(r#""embedded""#),
            "`embedded` (offline, no API key), `openai` or `anthropic`.";
        ai_workers: usize = "AI_WORKERS", Value("4"),
            "Assistant replies computed at once.";
        ai_timeout_secs: f64 = "AI_TIMEOUT_SECS", Value("30.0"),
            "Time allowed for one provider request.";
        kb: PathBuf = "CONCIERGE_KB",
            Derived { example: r#""/etc/concierge/kb""#, meaning: "the demo shop built in" },
            "Knowledge-base directory (`--kb`; see assistant.md).";
        orders_api_url: String = "ORDERS_API_URL",
            Unset { example: r#""https://shop.example/api/orders""#,
                    meaning: "orders come from the knowledge base's `orders.json`" },
            "The shop's order API.";
        orders_api_token: String = "ORDERS_API_TOKEN",
            Unset { example: r#""secret""#, meaning: "no `Authorization` header" },
            "Bearer token for the order API.";
        order_id_examples: String = "ORDER_ID_EXAMPLES",
            Derived { example: r#""W2231450""#, meaning: "the shapes of the ids in `orders.json`" },
            "Example order ids, comma-separated (`W2231450,LK-20418`): a token of the same \
             shape (letters, separator, number of digits) is read as an order number; see \
             assistant.md.";
    }
    group "OpenAI or any OpenAI-compatible server (`ai_provider = \"openai\"`)" {
        openai_base_url: String = "OPENAI_BASE_URL", Value(r#""https://api.openai.com/v1""#),
            "Base URL of the API: any OpenAI-compatible server.";
        openai_api_key: String = "OPENAI_API_KEY",
            Unset { example: r#""sk-...""#, meaning: "no key sent (fine for local servers)" },
            "API key; prefer the environment (an `EnvironmentFile` readable by root only).";
        openai_model: String = "OPENAI_MODEL", Value(r#""gpt-4o-mini""#),
            "Model name.";
        openai_max_tokens: u32 = "OPENAI_MAX_TOKENS", Value("300"),
            "Longest reply, in tokens.";
        openai_temperature: f32 = "OPENAI_TEMPERATURE", Value("0.3"),
            "Sampling temperature.";
    }
    group "Anthropic (`ai_provider = \"anthropic\"`)" {
        anthropic_base_url: String = "ANTHROPIC_BASE_URL", Value(r#""https://api.anthropic.com""#),
            "Base URL of the API.";
        anthropic_api_key: String = "ANTHROPIC_API_KEY",
            Unset { example: r#""sk-ant-...""#, meaning: "no key sent" },
            "API key; prefer the environment (an `EnvironmentFile` readable by root only).";
        anthropic_model: String = "ANTHROPIC_MODEL", Value(r#""claude-3-5-haiku-latest""#),
            "Model name.";
        anthropic_max_tokens: u32 = "ANTHROPIC_MAX_TOKENS", Value("300"),
            "Longest reply, in tokens.";
    }
    group "Webhooks" {
        webhook_url: String = "WEBHOOK_URL",
            Unset { example: r#""https://shop.example/hooks/concierge""#, meaning: "webhooks are off" },
            "Where session and hand-over events are POSTed (see api.md, Webhooks).";
        webhook_secret: String = "WEBHOOK_SECRET",
            Unset { example: r#""change-me""#, meaning: "bodies are not signed" },
            "Signs each body (HMAC-SHA256).";
        webhook_max_backoff_secs: f64 = "WEBHOOK_MAX_BACKOFF_SECS", Value("300.0"),
            "The longest wait between two attempts at one event.";
        webhook_max_attempts: u32 = "WEBHOOK_MAX_ATTEMPTS", Value("25"),
            "An event that has failed this many attempts becomes a dead letter and pauses its \
             session until an admin replays or drops it (0: no limit).";
        webhook_max_age_secs: f64 = "WEBHOOK_MAX_AGE_SECS", Value("86400.0"),
            "An event whose attempt still fails this long after it was recorded becomes a \
             dead letter (0: no limit).";
    }
    group "Several daemons (PostgreSQL and Redis)" {
        database_url: String = "DATABASE_URL",
            Derived { example: r#""postgres://concierge@db.internal/concierge""#,
                      meaning: "the SQLite file `data_dir/concierge.db`" },
            "A `postgres://` URL: store everything in PostgreSQL instead, so several daemons \
             can share one database; `sslmode` / `sslrootcert` for TLS (see PostgreSQL below). \
             To move an existing SQLite database: `concierged export`, then \
             `DATABASE_URL=... concierged migrate` and `concierged import`.";
        redis_url: String = "REDIS_URL",
            Unset { example: r#""redis://redis.internal:6379""#, meaning: "one daemon alone" },
            "`redis://` or `rediss://` URL: news between daemons and presence, for several \
             daemons behind a load balancer; needs `DATABASE_URL` (see deployment.md).";
        redis_host: String = "REDIS_HOST",
            Derived { example: r#""redis.internal""#,
                      meaning: "`localhost`, when `REDIS_PORT` or `REDIS_PASSWORD` is set" },
            "The original guide's settings: with `REDIS_PORT` and `REDIS_PASSWORD`, build the \
             Redis URL when `REDIS_URL` is unset.";
        redis_port: u16 = "REDIS_PORT",
            Derived { example: "6379", meaning: "6379" },
            "See `redis_host`.";
        redis_password: String = "REDIS_PASSWORD",
            Unset { example: r#""change-me""#, meaning: "no password" },
            "See `redis_host`.";
        redis_ca_file: PathBuf = "REDIS_CA_FILE",
            Derived { example: r#""/etc/concierge/redis-ca.pem""#,
                      meaning: "the system's trusted roots" },
            "With a `rediss://` URL (TLS, rustls): the CA certificate(s), PEM, that the Redis \
             server's certificate must chain to; the host name in the URL must match the \
             certificate. Set with a `redis://` URL, or unreadable, it stops start-up with a \
             message.";
        redis_key_prefix: String = "REDIS_KEY_PREFIX", Value(r#""concierge""#),
            "Prefix of every Redis key and channel, so clusters (or test runs) can share one \
             Redis.";
        node_id: String = "CONCIERGE_NODE_ID",
            Derived { example: r#""node-1""#,
                      meaning: "host name and a random suffix, new at each start" },
            "This daemon's name in the cluster: logs, presence claims, leases.";
    }
    group "Business hours (when staff are expected)" {
        business_hours: String = "BUSINESS_HOURS",
            Unset { example: r#""mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00""#,
                    meaning: "staff are expected whenever someone is online" },
            "Weekly shifts when staff are expected, in `business_timezone` (format: configuration.md, \"Business \
             hours\"); an admin can replace them at run time (`concierge hours set`).";
        business_timezone: String = "BUSINESS_TIMEZONE",
            Derived { example: r#""Europe/Berlin""#, meaning: "`UTC`" },
            "IANA time zone of the hours (`Europe/Berlin`).";
        business_closed: String = "BUSINESS_CLOSED",
            Unset { example: r#""2026-12-24..2026-12-26, 2026-12-31""#, meaning: "no closed days" },
            "Dated closures (holidays), comma-separated dates or ranges.";
    }
    group "Email (answers to messages left, transcripts, staff alerts)" {
        smtp_url: String = "SMTP_URL",
            Unset { example: r#""smtp://mail.internal:587?tls=required""#, meaning: "no email" },
            "SMTP server for answers to messages, transcripts and staff alerts: \
             `smtp://127.0.0.1:25` (plain, only to a loopback address), \
             `smtp://host:587?tls=required` (STARTTLS; `tls=opportunistic` too) or \
             `smtps://user:pass@host:465` (TLS); rustls. Percent-encode the user and password.";
        smtp_ca_file: PathBuf = "SMTP_CA_FILE",
            Derived { example: r#""/etc/concierge/smtp-ca.pem""#,
                      meaning: "the system's trusted roots" },
            "With STARTTLS or `smtps://`: the CA certificate(s), PEM, that the mail server's \
             certificate must chain to, instead of the system's roots (a company CA); the host \
             name in `smtp_url` must match the certificate.";
        email_from: String = "EMAIL_FROM",
            Unset { example: r#""Northwind Goods <support@shop.example>""#,
                    meaning: "required with `smtp_url`" },
            "Sender of every email: `support@shop.example` or `Shop <support@shop.example>`.";
        staff_alert_email: String = "STAFF_ALERT_EMAIL",
            Unset { example: r#""team@shop.example""#, meaning: "no alert emails" },
            "Where staff alerts go: a customer waiting longer than `queue_alert_after_secs`, \
             or a message left outside hours (each also a webhook event); needs `smtp_url`.";
        queue_alert_after_secs: f64 = "QUEUE_ALERT_AFTER_SECS",
            Unset { example: "300.0", meaning: "no alert for a long wait" },
            "Alert staff once per wait when a customer has waited this long for a person.";
    }
}

impl RawConfig {
    /// The built-in defaults as a layer: every [`Fallback::Value`] of the
    /// table. [`RawConfig::resolve`] lays the other layers on top of it.
    pub fn defaults() -> RawConfig {
        let mut text = String::new();
        for group in GROUPS {
            for s in group.settings {
                if let Value(v) = s.fallback {
                    text.push_str(&format!("{} = {v}\n", s.key));
                }
            }
        }
        // The table is ours and a test parses it; a bad literal is a bug.
        match toml::from_str(&text) {
            Ok(raw) => raw,
            Err(e) => unreachable!("the settings table's defaults must parse: {e}"),
        }
    }
}

/// The tables of `docs/configuration.md`, one per group, in Markdown.
pub fn docs_tables() -> String {
    let mut out = String::new();
    for group in GROUPS {
        out.push_str(&format!(
            "### {}\n\n| file key | environment | default | meaning |\n|---|---|---|---|\n",
            group.title
        ));
        for s in group.settings {
            let default = match s.fallback {
                Value(v) => match v.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
                    Some(text) => format!("`{text}`"),
                    None => v.trim_end_matches(".0").to_string(),
                },
                Unset { meaning, .. } => format!("none: {meaning}"),
                Derived { meaning, .. } => meaning.to_string(),
            };
            out.push_str(&format!(
                "| `{}` | `{}` | {default} | {} |\n",
                s.key,
                s.env,
                s.doc.replace('|', "\\|")
            ));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_parses_and_is_set() {
        let defaults = RawConfig::defaults();
        let debug = format!("{defaults:?}");
        for group in GROUPS {
            for s in group.settings {
                let set = debug.contains(&format!("{}: Some(", s.key));
                assert_eq!(
                    set,
                    matches!(s.fallback, Value(_)),
                    "{} in the defaults layer",
                    s.key
                );
            }
        }
    }

    #[test]
    fn keys_and_environment_names_are_unique() {
        let mut keys = std::collections::HashSet::new();
        let mut envs = std::collections::HashSet::new();
        for s in GROUPS.iter().flat_map(|g| g.settings) {
            assert!(keys.insert(s.key), "key {} twice", s.key);
            assert!(envs.insert(s.env), "env {} twice", s.env);
        }
    }

    #[test]
    fn a_bad_environment_value_names_the_variable_and_the_shape() {
        let err = RawConfig::from_env(|k| (k == "CONCIERGE_SYNC").then(|| "fast".into()))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("CONCIERGE_SYNC") && err.contains("full or normal"),
            "{err}"
        );
        let err = RawConfig::from_env(|k| (k == "REDIS_PORT").then(|| "70000".into()))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("REDIS_PORT") && err.contains("a port number"),
            "{err}"
        );
    }

    #[test]
    fn empty_variables_are_unset() {
        let raw =
            RawConfig::from_env(|k| (k == "SHOP_NAME" || k == "AI_WORKERS").then(|| " ".into()))
                .unwrap();
        assert!(raw.shop_name.is_none() && raw.ai_workers.is_none());
    }

    /// `docs/configuration.md` holds [`docs_tables`] between two markers.
    /// Run with CONCIERGE_BLESS=1 to rewrite it after changing the table.
    #[test]
    fn the_configuration_docs_hold_the_current_table() {
        const BEGIN: &str = "<!-- settings table: generated from daemon/src/settings.rs -->\n";
        const END: &str = "<!-- end of settings table -->";
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/configuration.md");
        let docs = std::fs::read_to_string(&path).unwrap();
        let (head, rest) = docs.split_once(BEGIN).expect("docs lack the begin marker");
        let (_, tail) = rest.split_once(END).expect("docs lack the end marker");
        let want = format!("{head}{BEGIN}\n{}{END}{tail}", docs_tables());
        if std::env::var_os("CONCIERGE_BLESS").is_some() {
            std::fs::write(&path, &want).unwrap();
        }
        assert!(
            docs == want,
            "{} is stale: run CONCIERGE_BLESS=1 cargo nextest run -p concierged configuration_docs",
            path.display()
        );
    }
}
