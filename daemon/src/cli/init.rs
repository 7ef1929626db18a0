//! `concierged init`: write a commented config file holding every setting.
//!
//! The file lists each key of [`RawConfig`] with its environment name and
//! default, commented out, so an operator edits one file instead of reading
//! the docs. Only `data_dir` and a fresh `jwt_secret` are live: pinning the
//! secret in the file keeps tokens valid if the data dir is ever rebuilt
//! from a backup that lacks `jwt_secret`. The same text without a secret is
//! shipped as `packaging/concierged.example.toml` (a test keeps them equal).
//!
//! [`RawConfig`]: crate::config::RawConfig

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Args;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the file [default: the platform config dir's
    /// concierge/concierged.toml, e.g. ~/.config/concierge/concierged.toml].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The data_dir to write into the file [default: the platform data
    /// dir, e.g. ~/.local/share/concierge].
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Replace an existing file (its secret is lost, so tokens signed with
    /// it stop working).
    #[arg(long)]
    pub force: bool,
}

/// When a setting is left out of every layer.
enum Fallback {
    /// This TOML value is the built-in default.
    Value,
    /// Unset; the text says what that means. The line's value is an example.
    Unset(&'static str),
}

struct Setting {
    key: &'static str,
    env: &'static str,
    /// A TOML value: the default, or an example (see [`Fallback`]).
    value: &'static str,
    default: Fallback,
    doc: &'static str,
}

const fn set(
    key: &'static str,
    env: &'static str,
    value: &'static str,
    default: Fallback,
    doc: &'static str,
) -> Setting {
    Setting {
        key,
        env,
        value,
        default,
        doc,
    }
}

use Fallback::{Unset, Value};

/// Every setting, in groups. `data_dir` and `jwt_secret` are written live
/// by [`render`] when it is given values for them.
const GROUPS: &[(&str, &[Setting])] = &[
    (
        "Network",
        &[
            set(
                "listen",
                "CONCIERGE_LISTEN",
                r#""127.0.0.1:7878""#,
                Value,
                "Address for HTTP and WebSocket (--listen).",
            ),
            set(
                "cors_origin",
                "CORS_ORIGIN",
                r#""https://shop.example""#,
                Unset("no browser origin may call the HTTP API"),
                "The origins allowed to call the HTTP API from a browser, comma-separated\n\
                 (scheme://host[:port] each; * is refused).",
            ),
            set(
                "widget_allowed_origins",
                "WIDGET_ALLOWED_ORIGINS",
                r#""https://shop.example, https://www.shop.example""#,
                Unset("only pages on the daemon's own origin (its /demo)"),
                "Pages that may embed the web chat widget, open a WebSocket from a browser\n\
                 and get guest tokens, besides the daemon's own origin. Comma-separated; * allows any.",
            ),
        ],
    ),
    (
        "Storage and tokens",
        &[
            set(
                "data_dir",
                "CONCIERGE_DATA_DIR",
                r#""/var/lib/concierge""#,
                Unset("the platform data dir, e.g. ~/.local/share/concierge"),
                "Holds the database concierge.db and the generated jwt_secret (--data-dir).",
            ),
            set(
                "sync",
                "CONCIERGE_SYNC",
                r#""full""#,
                Value,
                "full: an acked message survives power loss. normal: it survives a crash of\n\
                 the process, but the last commits may be lost on power loss (faster on slow disks).",
            ),
            set(
                "jwt_secret",
                "JWT_SECRET",
                r#""<64 hex digits>""#,
                Unset("generated on first start and kept in data_dir/jwt_secret (mode 0600)"),
                "HS256 secret that signs and verifies tokens.",
            ),
            set(
                "jwt_issuer",
                "JWT_ISSUER",
                r#""https://shop.example""#,
                Unset("no iss check"),
                "If set, tokens must carry this iss claim.",
            ),
            set(
                "jwt_audience",
                "JWT_AUDIENCE",
                r#""concierge""#,
                Unset("no aud check"),
                "If set, tokens must carry this aud claim.",
            ),
            set(
                "jwt_algorithm",
                "JWT_ALGORITHM",
                r#""HS256""#,
                Value,
                "HS256 (shared secret), or RS256/ES256 verified with jwt_public_key_file.",
            ),
            set(
                "jwt_public_key_file",
                "JWT_PUBLIC_KEY_FILE",
                r#""/etc/concierge/jwt-public.pem""#,
                Unset("none; required for RS256/ES256"),
                "PEM public key of the shop's token signer (RS256/ES256).",
            ),
        ],
    ),
    (
        "Chats and routing",
        &[
            set(
                "shop_name",
                "SHOP_NAME",
                r#""Northwind Goods""#,
                Value,
                "Used in the welcome and in the assistant's prompts.",
            ),
            set(
                "max_concurrent_chats_per_staff",
                "MAX_CONCURRENT_CHATS_PER_STAFF",
                "5",
                Value,
                "Default capacity of a staff member (admins can set one per person).",
            ),
            set(
                "chat_session_timeout_minutes",
                "CHAT_SESSION_TIMEOUT_MINUTES",
                "30.0",
                Value,
                "Idle sessions close after this long.",
            ),
            set(
                "offer_timeout_secs",
                "OFFER_TIMEOUT_SECS",
                "60.0",
                Value,
                "An unanswered offer goes to every available staff member after this long.",
            ),
            set(
                "staff_offline_grace_secs",
                "STAFF_OFFLINE_GRACE_SECS",
                "10.0",
                Value,
                "How long a staff member whose last socket closed still counts as online\n\
                 (a console reconnecting after a network blip keeps its chats).",
            ),
            set(
                "abandon_after_secs",
                "ABANDON_AFTER_SECS",
                "120.0",
                Value,
                "A customer gone while waiting for a person leaves the queue after this long\n\
                 (coming back sooner keeps their place).",
            ),
            set(
                "typing_timeout_secs",
                "TYPING_TIMEOUT_SECS",
                "6.0",
                Value,
                "A typing mark that is not renewed expires after this long.",
            ),
        ],
    ),
    (
        "Connections",
        &[
            set(
                "max_content_chars",
                "MAX_CONTENT_CHARS",
                "4000",
                Value,
                "Longest message, in characters.",
            ),
            set(
                "rate_limit_per_sec",
                "RATE_LIMIT_PER_SEC",
                "10.0",
                Value,
                "Frames per second allowed per connection.",
            ),
            set(
                "rate_limit_burst",
                "RATE_LIMIT_BURST",
                "20",
                Value,
                "Burst allowance per connection.",
            ),
            set(
                "idle_timeout_secs",
                "IDLE_TIMEOUT_SECS",
                "120.0",
                Value,
                "A socket with no frame or pong for this long is dropped (also the staff heartbeat).",
            ),
            set(
                "ping_interval_secs",
                "PING_INTERVAL_SECS",
                "30.0",
                Value,
                "Server ping interval.",
            ),
        ],
    ),
    (
        "Limits (what protects the daemon from clients that misbehave)",
        &[
            set(
                "max_header_bytes",
                "MAX_HEADER_BYTES",
                "8192",
                Value,
                "Longest request line and headers, in bytes (at least 8192); a longer one gets 431.",
            ),
            set(
                "header_read_timeout_secs",
                "HEADER_READ_TIMEOUT_SECS",
                "10.0",
                Value,
                "A request head or WebSocket upgrade must arrive within this, or the socket is closed.",
            ),
            set(
                "request_timeout_secs",
                "REQUEST_TIMEOUT_SECS",
                "30.0",
                Value,
                "An HTTP request must be read and answered within this (408).",
            ),
            set(
                "max_connections",
                "MAX_CONNECTIONS",
                "20000",
                Value,
                "Open connections of every kind; past it new ones get 503. Kept below the\n\
                 open-files limit, which the daemon raises to its hard limit at start.",
            ),
            set(
                "max_pending_connections",
                "MAX_PENDING_CONNECTIONS",
                "1024",
                Value,
                "Connections that are not (yet) an authenticated WebSocket; past it, 503.",
            ),
            set(
                "max_pending_per_address",
                "MAX_PENDING_PER_ADDRESS",
                "64",
                Value,
                "The same, per client address (IPv6: per /64). Behind a reverse proxy every\n\
                 client shares the proxy's address: raise it there.",
            ),
            set(
                "slow_consumer_secs",
                "SLOW_CONSUMER_SECS",
                "10.0",
                Value,
                "A client that stops reading is disconnected once a write to it has waited this long.",
            ),
            set(
                "max_sockets_per_user",
                "MAX_SOCKETS_PER_USER",
                "16",
                Value,
                "Open WebSockets per user; one more is refused with 429.",
            ),
            set(
                "user_rate_limit_per_sec",
                "USER_RATE_LIMIT_PER_SEC",
                "20.0",
                Unset("twice RATE_LIMIT_PER_SEC"),
                "Frames per second per user, over all of that user's sockets.",
            ),
            set(
                "user_rate_limit_burst",
                "USER_RATE_LIMIT_BURST",
                "40",
                Unset("twice RATE_LIMIT_BURST"),
                "Burst allowance per user.",
            ),
        ],
    ),
    (
        "Assistant",
        &[
            set(
                "ai_provider",
                "AI_PROVIDER",
                r#""embedded""#,
                Value,
                "embedded (offline, no API key), openai or anthropic.",
            ),
            set(
                "ai_workers",
                "AI_WORKERS",
                "4",
                Value,
                "Assistant replies computed at once.",
            ),
            set(
                "ai_timeout_secs",
                "AI_TIMEOUT_SECS",
                "30.0",
                Value,
                "Time allowed for one provider request.",
            ),
            set(
                "kb",
                "CONCIERGE_KB",
                r#""/etc/concierge/kb""#,
                Unset("the demo shop built in"),
                "Knowledge-base directory (--kb); see docs/assistant.md.",
            ),
            set(
                "orders_api_url",
                "ORDERS_API_URL",
                r#""https://shop.example/api/orders""#,
                Unset("orders come from the knowledge base's orders.json"),
                "The shop's order API.",
            ),
            set(
                "orders_api_token",
                "ORDERS_API_TOKEN",
                r#""secret""#,
                Unset("no Authorization header"),
                "Bearer token for the order API.",
            ),
            set(
                "order_id_examples",
                "ORDER_ID_EXAMPLES",
                r#""W2231450""#,
                Unset("the shapes of the ids in orders.json"),
                "Example order ids, comma-separated: numbers of their shape are read as order numbers.",
            ),
        ],
    ),
    (
        "OpenAI or any OpenAI-compatible server (ai_provider = \"openai\")",
        &[
            set(
                "openai_base_url",
                "OPENAI_BASE_URL",
                r#""https://api.openai.com/v1""#,
                Value,
                "Base URL of the API.",
            ),
            set(
                "openai_api_key",
                "OPENAI_API_KEY",
                r#""sk-...""#,
                Unset("no key sent (fine for local servers)"),
                "API key; prefer the environment (an EnvironmentFile readable by root only).",
            ),
            set(
                "openai_model",
                "OPENAI_MODEL",
                r#""gpt-4o-mini""#,
                Value,
                "Model name.",
            ),
            set(
                "openai_max_tokens",
                "OPENAI_MAX_TOKENS",
                "300",
                Value,
                "Longest reply, in tokens.",
            ),
            set(
                "openai_temperature",
                "OPENAI_TEMPERATURE",
                "0.3",
                Value,
                "Sampling temperature.",
            ),
        ],
    ),
    (
        "Anthropic (ai_provider = \"anthropic\")",
        &[
            set(
                "anthropic_base_url",
                "ANTHROPIC_BASE_URL",
                r#""https://api.anthropic.com""#,
                Value,
                "Base URL of the API.",
            ),
            set(
                "anthropic_api_key",
                "ANTHROPIC_API_KEY",
                r#""sk-ant-...""#,
                Unset("no key sent"),
                "API key; prefer the environment (an EnvironmentFile readable by root only).",
            ),
            set(
                "anthropic_model",
                "ANTHROPIC_MODEL",
                r#""claude-3-5-haiku-latest""#,
                Value,
                "Model name.",
            ),
            set(
                "anthropic_max_tokens",
                "ANTHROPIC_MAX_TOKENS",
                "300",
                Value,
                "Longest reply, in tokens.",
            ),
        ],
    ),
    (
        "Webhooks",
        &[
            set(
                "webhook_url",
                "WEBHOOK_URL",
                r#""https://shop.example/hooks/concierge""#,
                Unset("webhooks are off"),
                "Where session and hand-over events are POSTed.",
            ),
            set(
                "webhook_secret",
                "WEBHOOK_SECRET",
                r#""change-me""#,
                Unset("bodies are not signed"),
                "Signs each body (HMAC-SHA256).",
            ),
            set(
                "webhook_max_backoff_secs",
                "WEBHOOK_MAX_BACKOFF_SECS",
                "300.0",
                Value,
                "The longest wait between two attempts at one event.",
            ),
            set(
                "webhook_max_attempts",
                "WEBHOOK_MAX_ATTEMPTS",
                "25",
                Value,
                "Attempts at one event before it becomes a dead letter (0: no limit).",
            ),
            set(
                "webhook_max_age_secs",
                "WEBHOOK_MAX_AGE_SECS",
                "86400.0",
                Value,
                "Age at which an event that still fails becomes a dead letter (0: no limit).",
            ),
        ],
    ),
    (
        "Several daemons (PostgreSQL and Redis)",
        &[
            set(
                "database_url",
                "DATABASE_URL",
                r#""postgres://concierge@db.internal/concierge""#,
                Unset("the SQLite file concierge.db in data_dir"),
                "PostgreSQL instead of SQLite, so several daemons can share one database.\n\
                 To move an existing SQLite database: concierged export, then\n\
                 DATABASE_URL=... concierged migrate and concierged import.",
            ),
            set(
                "redis_url",
                "REDIS_URL",
                r#""redis://redis.internal:6379""#,
                Unset("no Redis; only with database_url"),
                "Redis for delivery and presence across daemons (needs database_url).",
            ),
            set(
                "redis_host",
                "REDIS_HOST",
                r#""redis.internal""#,
                Unset("localhost, when redis_port or redis_password is set"),
                "Instead of redis_url: its host, port and password.",
            ),
            set(
                "redis_port",
                "REDIS_PORT",
                "6379",
                Unset("6379"),
                "See redis_host.",
            ),
            set(
                "redis_password",
                "REDIS_PASSWORD",
                r#""change-me""#,
                Unset("no password"),
                "See redis_host.",
            ),
            set(
                "redis_key_prefix",
                "REDIS_KEY_PREFIX",
                r#""concierge""#,
                Value,
                "Prefix of every Redis key and channel, so clusters can share a Redis.",
            ),
            set(
                "redis_ca_file",
                "REDIS_CA_FILE",
                r#""/etc/concierge/redis-ca.pem""#,
                Unset("the system's trusted roots"),
                "With a rediss:// URL: the CA certificate(s) (PEM) the server's certificate must chain to.",
            ),
            set(
                "node_id",
                "CONCIERGE_NODE_ID",
                r#""node-1""#,
                Unset("the host name and a random suffix, new at each start"),
                "This daemon's name in the cluster.",
            ),
        ],
    ),
];

/// What [`render`] writes live (uncommented).
pub struct Live<'a> {
    /// Absolute, UTF-8.
    pub data_dir: Option<&'a str>,
    pub jwt_secret: Option<&'a str>,
}

/// The config file text.
pub fn render(live: &Live<'_>) -> String {
    let mut out = String::from(
        "# Concierge daemon configuration (concierged --config FILE).\n\
         #\n\
         # Written by `concierged init`. Every setting is listed with its\n\
         # environment variable and default; a line starting with `#key =` is\n\
         # commented out, so the default applies. Layers, later wins:\n\
         # defaults < this file < environment (and .env) < command-line flags.\n\
         # An unknown key is an error. See docs/configuration.md.\n",
    );
    for (title, settings) in GROUPS {
        out.push_str(&format!("\n# ---- {title} ----\n"));
        for s in settings.iter() {
            out.push('\n');
            for line in s.doc.lines() {
                out.push_str(&format!("# {}\n", line.trim()));
            }
            match s.default {
                Value => out.push_str(&format!("# env {}; default {}\n", s.env, s.value)),
                Unset(meaning) => out.push_str(&format!("# env {}; unset: {meaning}\n", s.env)),
            }
            let live_value = match s.key {
                "data_dir" => live.data_dir,
                "jwt_secret" => live.jwt_secret,
                _ => None,
            };
            match live_value {
                Some(v) => out.push_str(&format!("{} = {}\n", s.key, toml_string(v))),
                None => out.push_str(&format!("#{} = {}\n", s.key, s.value)),
            }
        }
    }
    out
}

/// A TOML basic string with everything escaped that needs it.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

pub fn default_config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "concierge")
        .map(|d| d.config_dir().join("concierged.toml"))
}

pub fn run(args: InitArgs) -> anyhow::Result<()> {
    let path = match args.config {
        Some(p) => p,
        None => {
            default_config_path().context("no config dir on this platform: pass --config FILE")?
        }
    };
    let data_dir = match args.data_dir {
        Some(d) => d,
        None => concierge_shared::token::default_data_dir()
            .context("no data dir on this platform: pass --data-dir DIR")?,
    };
    // The daemon may start from another working directory (systemd starts
    // it in /), so a relative data dir would point somewhere else.
    let data_dir = std::path::absolute(&data_dir)
        .with_context(|| format!("cannot make {} absolute", data_dir.display()))?;
    let Some(data_dir) = data_dir.to_str() else {
        bail!("the data dir {} is not valid UTF-8", data_dir.display());
    };
    let secret = {
        use rand::RngCore;
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        hex::encode(bytes)
    };
    let text = render(&Live {
        data_dir: Some(data_dir),
        jwt_secret: Some(&secret),
    });
    write_private(&path, text.as_bytes(), args.force)?;
    println!("wrote {}", path.display());
    println!(
        "start the daemon with: concierged serve --config {}",
        path.display()
    );
    Ok(())
}

/// Write `bytes` to `path` with mode 0600, refusing to replace a file unless
/// `force`. The text goes to a temporary file in the same directory first and
/// is renamed into place, so the secret is never readable by others, not even
/// for a moment, and an interrupted run leaves no half-written config.
fn write_private(path: &Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    if !force && path.symlink_metadata().is_ok() {
        bail!(
            "{} already exists; pass --force to replace it (its jwt_secret is lost)",
            path.display()
        );
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut tmp = tempfile_in(&dir)?;
    tmp.1
        .write_all(bytes)
        .and_then(|()| tmp.1.sync_all())
        .with_context(|| format!("cannot write {}", tmp.0.display()))?;
    let result = std::fs::rename(&tmp.0, path);
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp.0);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

/// A new file in `dir` that only its owner may read.
fn tempfile_in(dir: &Path) -> anyhow::Result<(PathBuf, std::fs::File)> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let name = format!(".concierged.toml.{}.tmp", uuid::Uuid::new_v4().simple());
    let path = dir.join(name);
    let file = opts
        .open(&path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    Ok((path, file))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::RawConfig;

    fn example() -> String {
        render(&Live {
            data_dir: Some("/var/lib/concierge"),
            jwt_secret: None,
        })
    }

    /// Every `#key = value` line made live.
    fn uncomment_all(text: &str) -> String {
        text.lines()
            .map(|l| match l.strip_prefix('#') {
                Some(rest) if rest.starts_with(|c: char| c.is_ascii_lowercase()) => rest,
                _ => l,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn init_into(dir: &Path, force: bool) -> anyhow::Result<()> {
        run(InitArgs {
            config: Some(dir.join("etc/concierged.toml")),
            data_dir: Some(dir.join("data")),
            force,
        })
    }

    #[test]
    fn written_file_parses_and_holds_only_data_dir_and_a_fresh_secret() {
        let tmp = tempfile::tempdir().unwrap();
        init_into(tmp.path(), false).unwrap();
        let path = tmp.path().join("etc/concierged.toml");
        let raw = RawConfig::from_file(&path).unwrap();
        let secret = raw.jwt_secret.clone().unwrap();
        assert_eq!(secret.len(), 64);
        assert!(secret.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(
            raw.data_dir.as_deref(),
            Some(tmp.path().join("data").as_path())
        );
        let expected = RawConfig {
            data_dir: raw.data_dir.clone(),
            jwt_secret: raw.jwt_secret.clone(),
            ..RawConfig::default()
        };
        assert_eq!(format!("{raw:?}"), format!("{expected:?}"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // The daemon starts from it.
        let cfg = RawConfig::default().merge(raw).resolve().unwrap();
        assert_eq!(cfg.data_dir, tmp.path().join("data"));
    }

    #[test]
    fn refuses_to_overwrite_without_force_and_force_makes_a_new_secret() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("etc/concierged.toml");
        init_into(tmp.path(), false).unwrap();
        let first = std::fs::read_to_string(&path).unwrap();
        let e = init_into(tmp.path(), false).unwrap_err();
        assert!(e.to_string().contains("--force"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
        init_into(tmp.path(), true).unwrap();
        let second = std::fs::read_to_string(&path).unwrap();
        assert_ne!(first, second);
        // No temporary files left behind.
        let names: Vec<_> = std::fs::read_dir(tmp.path().join("etc"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("concierged.toml")]);
    }

    #[test]
    fn every_setting_is_listed_and_parses_when_uncommented() {
        let text = uncomment_all(&example());
        let raw: RawConfig = toml::from_str(&text).unwrap();
        // A field of RawConfig missing from the template stays None.
        let debug = format!("{raw:?}");
        assert!(
            !debug.contains("None"),
            "missing from the template: {debug}"
        );
    }

    #[test]
    fn listed_defaults_are_the_real_defaults() {
        let mut text = String::new();
        for (_, settings) in GROUPS {
            for s in settings.iter().filter(|s| matches!(s.default, Value)) {
                text.push_str(&format!("{} = {}\n", s.key, s.value));
            }
        }
        let raw: RawConfig = toml::from_str(&text).unwrap();
        let dir = Path::new("/tmp/concierge-defaults");
        let listed = RawConfig {
            data_dir: Some(dir.into()),
            ..raw
        }
        .resolve()
        .unwrap();
        let builtin = crate::config::Config::for_data_dir(dir);
        assert_eq!(format!("{listed:?}"), format!("{builtin:?}"));
    }

    #[test]
    fn listed_env_names_set_the_listed_key() {
        for (_, settings) in GROUPS {
            for s in settings.iter() {
                let from_file: RawConfig =
                    toml::from_str(&format!("{} = {}", s.key, s.value)).unwrap();
                let value: toml::Table = toml::from_str(&format!("v = {}", s.value)).unwrap();
                let env_value = match &value["v"] {
                    toml::Value::String(v) => v.clone(),
                    other => other.to_string(),
                };
                let from_env =
                    RawConfig::from_env(|k| (k == s.env).then(|| env_value.clone())).unwrap();
                assert_eq!(
                    format!("{from_env:?}"),
                    format!("{from_file:?}"),
                    "{} should set {}",
                    s.env,
                    s.key
                );
            }
        }
    }

    #[test]
    fn data_dir_with_quotes_is_escaped() {
        let text = render(&Live {
            data_dir: Some(r#"/srv/a "b" \c"#),
            jwt_secret: None,
        });
        let raw: RawConfig = toml::from_str(&text).unwrap();
        assert_eq!(raw.data_dir.unwrap(), PathBuf::from(r#"/srv/a "b" \c"#));
    }

    /// The packaged example is `init`'s text with the packaged data dir and
    /// no secret (the daemon generates one in /var/lib/concierge). Run with
    /// CONCIERGE_BLESS=1 to rewrite it after changing a setting.
    #[test]
    fn packaged_example_is_current() {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../packaging/concierged.example.toml");
        let want = example();
        if std::env::var_os("CONCIERGE_BLESS").is_some() {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is stale: run CONCIERGE_BLESS=1 cargo nextest run -p concierged packaged_example",
            path.display()
        );
        RawConfig::from_file(&path).unwrap();
    }

    /// docs/configuration.md has a table row for every setting, naming its
    /// file key and its environment variable, so the docs cannot fall
    /// behind the code.
    #[test]
    fn the_configuration_docs_list_every_setting() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/configuration.md");
        let docs = std::fs::read_to_string(&path).unwrap();
        let rows: Vec<&str> = docs.lines().filter(|l| l.starts_with('|')).collect();
        let mut missing = Vec::new();
        for (_, settings) in GROUPS {
            for s in settings.iter() {
                let key = format!("`{}`", s.key);
                let env = format!("`{}`", s.env);
                if !rows.iter().any(|r| r.contains(&key) && r.contains(&env)) {
                    missing.push(format!("{} ({})", s.key, s.env));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "{} has no table row for: {}",
            path.display(),
            missing.join(", ")
        );
    }
}
