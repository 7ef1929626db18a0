//! The config file (TOML) and how it combines with flags and environment.
//!
//! Precedence: command-line flag, then environment variable (clap reads
//! `CONCIERGE_SERVER` / `CONCIERGE_TOKEN`), then the file, then defaults.
//! [`FileConfig`] mirrors the file with `Option`s; [`resolve`] turns it
//! into a [`Config`] with nothing left to decide.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use concierge_shared::Role;
use concierge_shared::token::{self, NewToken};
use serde::Deserialize;

use crate::keys::{Keymap, KeymapError};

pub const DEFAULT_SERVER: &str = "ws://127.0.0.1:7878";

/// How long a `--dev-login` token lives: one working day and then some.
const DEV_LOGIN_TTL: Duration = Duration::from_secs(12 * 3600);

/// The config file as written (`~/.config/concierge/agent.toml` on Linux).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub server: Option<String>,
    pub token: Option<String>,
    /// Ring the terminal bell on a new offer and on a customer message in
    /// a chat not on screen (default true).
    pub bell: Option<bool>,
    /// Where log files go (default: the platform's data dir + `logs`).
    pub log_dir: Option<PathBuf>,
    /// Action name → keys, e.g. `accept = ["a", "ctrl-a"]`.
    #[serde(default)]
    pub keys: BTreeMap<String, Vec<String>>,
    /// Shortcode → text; `/shortcode` in the reply box expands to it.
    #[serde(default)]
    pub canned: BTreeMap<String, String>,
}

/// What the command line (and environment) said.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub server: Option<String>,
    pub token: Option<Secret>,
    pub dev_login: Option<String>,
    pub data_dir: Option<PathBuf>,
}

/// A token, kept out of `Debug` output and therefore out of logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// Everything the console needs to run, fully decided.
#[derive(Debug, Clone)]
pub struct Config {
    /// The WebSocket URL, `ws://host:port/ws`, without the token.
    pub ws_url: String,
    pub token: Secret,
    pub bell: bool,
    pub keymap: Keymap,
    pub canned: BTreeMap<String, String>,
    pub log_dir: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path} is not valid: {source}")]
    Parse {
        path: PathBuf,
        source: Box<toml::de::Error>,
    },
    #[error("config file [keys]: {0}")]
    Keys(#[from] KeymapError),
    #[error(
        "no token: pass --token, set CONCIERGE_TOKEN, put `token = \"...\"` in the config file, \
         or use --dev-login NAME against a local daemon (a token comes from \
         `concierged token --sub ID --name NAME --role staff`)"
    )]
    NoToken,
    #[error("--dev-login: no data dir given and the platform has none; pass --data-dir")]
    NoDataDir,
    #[error("--dev-login: {0}")]
    DevLogin(#[from] token::TokenError),
    #[error("server address {0:?} is not a ws://, wss://, http:// or https:// URL")]
    BadServer(String),
}

/// The platform config file path (`~/.config/concierge/agent.toml`).
pub fn default_config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "concierge").map(|d| d.config_dir().join("agent.toml"))
}

fn default_log_dir() -> PathBuf {
    directories::ProjectDirs::from("", "", "concierge")
        .map(|d| d.data_local_dir().join("logs"))
        .unwrap_or_else(|| std::env::temp_dir().join("concierge-logs"))
}

/// Read the file; a missing file at the default place is simply empty, a
/// missing file the user named is an error.
pub fn load_file(path: &Path, must_exist: bool) -> Result<FileConfig, ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => {
            return Ok(FileConfig::default());
        }
        Err(source) => {
            return Err(ConfigError::Read {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    parse_file(&text).map_err(|source| ConfigError::Parse {
        path: path.to_path_buf(),
        source: Box::new(source),
    })
}

pub fn parse_file(text: &str) -> Result<FileConfig, toml::de::Error> {
    toml::from_str(text)
}

pub fn resolve(file: FileConfig, cli: Overrides) -> Result<Config, ConfigError> {
    let server = cli
        .server
        .or(file.server)
        .unwrap_or_else(|| DEFAULT_SERVER.to_string());
    let ws_url = ws_url(&server)?;
    // An explicit --dev-login beats a token from the environment.
    let token = match (&cli.dev_login, cli.token) {
        (None, Some(t)) => t,
        (Some(name), _) => {
            let dir = cli
                .data_dir
                .or_else(token::default_data_dir)
                .ok_or(ConfigError::NoDataDir)?;
            Secret(dev_login_token(&dir, name)?)
        }
        (None, None) => file.token.map(Secret).ok_or(ConfigError::NoToken)?,
    };
    let keymap = Keymap::with_overrides(&file.keys)?;
    Ok(Config {
        ws_url,
        token,
        bell: file.bell.unwrap_or(true),
        keymap,
        canned: file.canned,
        log_dir: file.log_dir.unwrap_or_else(default_log_dir),
    })
}

/// Mint a staff token with the secret a local daemon keeps in its data dir.
pub fn dev_login_token(data_dir: &Path, name: &str) -> Result<String, token::TokenError> {
    let secret = token::read_secret_file(data_dir)?;
    let sub = dev_login_sub(name);
    token::mint(
        &secret,
        &NewToken {
            sub: &sub,
            name,
            role: Role::Staff,
            ttl: DEV_LOGIN_TTL,
            iss: None,
            aud: None,
        },
    )
}

/// A stable id from a display name (the one rule every client shares).
pub fn dev_login_sub(name: &str) -> String {
    token::dev_login_id(name)
}

/// Accept what people type (`host:port`, `http://…`, `ws://…/ws`) and
/// give the WebSocket endpoint (the reading every client shares).
pub fn ws_url(server: &str) -> Result<String, ConfigError> {
    concierge_shared::address::ServerAddr::parse(server)
        .map(|a| a.ws_url())
        .map_err(|_| ConfigError::BadServer(server.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_addresses_normalise_to_the_ws_endpoint() {
        assert_eq!(ws_url("127.0.0.1:7878").unwrap(), "ws://127.0.0.1:7878/ws");
        assert_eq!(ws_url("http://h:1/").unwrap(), "ws://h:1/ws");
        assert_eq!(ws_url("https://h").unwrap(), "wss://h/ws");
        assert_eq!(ws_url("ws://h:1/ws").unwrap(), "ws://h:1/ws");
        assert!(ws_url("ftp://h").is_err());
        assert!(ws_url("ws://").is_err());
    }

    #[test]
    fn flag_beats_file_and_file_gives_token() {
        let file = parse_file("server = \"ws://file:1\"\ntoken = \"filetok\"\n").unwrap();
        let cfg = resolve(
            file,
            Overrides {
                server: Some("cli:2".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(cfg.ws_url, "ws://cli:2/ws");
        assert_eq!(cfg.token, Secret("filetok".into()));
        assert!(cfg.bell);
    }

    #[test]
    fn no_token_anywhere_says_how_to_get_one() {
        let err = resolve(FileConfig::default(), Overrides::default()).unwrap_err();
        assert!(err.to_string().contains("--dev-login"));
    }

    #[test]
    fn unknown_file_keys_are_refused() {
        assert!(parse_file("sever = \"typo\"").is_err());
    }

    #[test]
    fn keys_and_canned_replies_are_read() {
        let file = parse_file(
            "bell = false\n[keys]\naccept = [\"ctrl-a\"]\n[canned]\nhi = \"Hello! How can I help?\"\n",
        )
        .unwrap();
        let cfg = resolve(
            file,
            Overrides {
                token: Some(Secret("t".into())),
                ..Default::default()
            },
        )
        .unwrap();
        assert!(!cfg.bell);
        assert_eq!(
            cfg.canned.get("hi").map(String::as_str),
            Some("Hello! How can I help?")
        );
        assert_eq!(cfg.keymap.label(crate::keys::KeyAction::Accept), "Ctrl-a");
    }

    #[test]
    fn dev_login_mints_from_the_data_dir_secret() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(token::SECRET_FILE), "s3cret\n").unwrap();
        let cfg = resolve(
            FileConfig::default(),
            Overrides {
                dev_login: Some("Ana López".into()),
                data_dir: Some(dir.path().to_path_buf()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(cfg.token.0.split('.').count(), 3);
        assert_eq!(dev_login_sub("Ana López"), "dev-ana-l-pez");
    }

    #[test]
    fn secrets_stay_out_of_debug() {
        assert!(!format!("{:?}", Secret("abc".into())).contains("abc"));
    }
}
