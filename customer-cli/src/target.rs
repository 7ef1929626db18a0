//! Where to connect and who to be: `--server`, `--token`, `--dev-login`,
//! resolved from flags, then environment, then the config file.
//!
//! The config file is `<config dir>/cli.toml` (`~/.config/concierge/cli.toml`
//! on Linux) with optional keys `server`, `token` and `data_dir`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use concierge_shared::Role;
use concierge_shared::token::{self, NewToken};
use serde::Deserialize;

pub const DEFAULT_SERVER: &str = "127.0.0.1:7878";

#[derive(Debug, thiserror::Error)]
pub enum TargetError {
    #[error("bad server address {0:?}: expected host:port, http://host:port or ws://host:port")]
    BadServer(String),
    #[error(
        "no token: pass --token, set CONCIERGE_TOKEN, put `token` in {config}, or use --dev-login NAME"
    )]
    NoToken { config: String },
    #[error("cannot read config file {path}: {reason}")]
    Config { path: PathBuf, reason: String },
    #[error(transparent)]
    Token(#[from] token::TokenError),
    #[error("no data dir: pass --data-dir (the daemon's data dir holds jwt_secret)")]
    NoDataDir,
}

/// The flags every networked subcommand shares.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ServerArgs {
    /// Daemon address: host:port, http://host:port or ws://host:port
    /// [default: 127.0.0.1:7878, or `server` in the config file]
    #[arg(long, env = "CONCIERGE_SERVER")]
    pub server: Option<String>,
    /// A JWT to authenticate with (minted by the shop's backend or
    /// `concierged token`).
    #[arg(long, env = "CONCIERGE_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Development only: mint a token for NAME with the secret of a daemon
    /// running on this machine (read from <data dir>/jwt_secret).
    #[arg(long, value_name = "NAME", conflicts_with = "token")]
    pub dev_login: Option<String>,
    /// The user id for --dev-login [default: dev-<name in lower case>]
    #[arg(long, value_name = "ID", requires = "dev_login")]
    pub dev_id: Option<String>,
    /// The daemon's data dir, for --dev-login [default: the platform data
    /// dir, ~/.local/share/concierge on Linux]
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Config file [default: <config dir>/concierge/cli.toml]
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// The config file as written; every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    server: Option<String>,
    token: Option<String>,
    data_dir: Option<PathBuf>,
}

/// A daemon address (the reading every client shares).
pub use concierge_shared::address::ServerAddr as Server;

impl From<concierge_shared::address::BadServer> for TargetError {
    fn from(e: concierge_shared::address::BadServer) -> Self {
        TargetError::BadServer(e.0)
    }
}

/// Everything needed to open a connection.
#[derive(Clone)]
pub struct Target {
    pub server: Server,
    pub token: String,
}

impl std::fmt::Debug for Target {
    // The token is a credential: keep it out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Target")
            .field("server", &self.server)
            .field("token", &"<redacted>")
            .finish()
    }
}

pub fn default_config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "concierge").map(|d| d.config_dir().join("cli.toml"))
}

fn load_file(explicit: Option<&Path>) -> Result<FileConfig, TargetError> {
    let Some(path) = explicit.map(Path::to_path_buf).or_else(default_config_path) else {
        return Ok(FileConfig::default());
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => toml::from_str(&text).map_err(|e| TargetError::Config {
            path,
            reason: e.to_string(),
        }),
        // A missing default file is normal; a missing explicit one is not.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && explicit.is_none() => {
            Ok(FileConfig::default())
        }
        Err(e) => Err(TargetError::Config {
            path,
            reason: e.to_string(),
        }),
    }
}

/// Read a daemon's secret from its data dir (the flag, else the platform default).
pub fn dev_secret(data_dir: Option<&Path>) -> Result<Vec<u8>, TargetError> {
    let dir = data_dir
        .map(Path::to_path_buf)
        .or_else(token::default_data_dir)
        .ok_or(TargetError::NoDataDir)?;
    Ok(token::read_secret_file(&dir)?)
}

/// Mint a development token.
pub fn dev_token(secret: &[u8], id: &str, name: &str, role: Role) -> Result<String, TargetError> {
    Ok(token::mint(
        secret,
        &NewToken {
            sub: id,
            name,
            role,
            ttl: Duration::from_secs(8 * 3600),
            iss: None,
            aud: None,
        },
    )?)
}

/// The default user id for a dev-login name (the rule every client
/// shares), so the same name resumes the same customer.
pub fn dev_id_for(name: &str) -> String {
    token::dev_login_id(name)
}

impl ServerArgs {
    /// The server alone (for commands that mint their own tokens).
    pub fn resolve_server(&self) -> Result<(Server, Option<PathBuf>), TargetError> {
        let file = load_file(self.config.as_deref())?;
        let server = self
            .server
            .clone()
            .or(file.server)
            .unwrap_or_else(|| DEFAULT_SERVER.to_string());
        Ok((
            Server::parse(&server)?,
            self.data_dir.clone().or(file.data_dir),
        ))
    }

    /// Server and token; `--dev-login` mints a token with `dev_role`.
    pub fn resolve(&self, dev_role: Role) -> Result<Target, TargetError> {
        let file = load_file(self.config.as_deref())?;
        let server = self
            .server
            .clone()
            .or(file.server)
            .unwrap_or_else(|| DEFAULT_SERVER.to_string());
        let server = Server::parse(&server)?;
        let data_dir = self.data_dir.clone().or(file.data_dir);
        let token = if let Some(name) = &self.dev_login {
            let secret = dev_secret(data_dir.as_deref())?;
            let id = self.dev_id.clone().unwrap_or_else(|| dev_id_for(name));
            dev_token(&secret, &id, name, dev_role)?
        } else if let Some(t) = self.token.clone().or(file.token) {
            t
        } else {
            let config = self
                .config
                .clone()
                .or_else(default_config_path)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "the config file".into());
            return Err(TargetError::NoToken { config });
        };
        Ok(Target { server, token })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_forms_normalise() {
        let s = Server::parse("ws://127.0.0.1:7878/ws").unwrap();
        assert_eq!(s.authority, "127.0.0.1:7878");
        assert_eq!(s.http_base(), "http://127.0.0.1:7878");
        assert_eq!(
            Server::parse("localhost:1").unwrap().ws_base(),
            "ws://localhost:1"
        );
        assert!(Server::parse("https://h:1").unwrap().tls);
        assert!(Server::parse("ftp://x").is_err());
        assert!(Server::parse("").is_err());
    }

    #[test]
    fn dev_ids_are_stable_slugs() {
        assert_eq!(dev_id_for("Carol Smith"), "dev-carol-smith");
    }

    #[test]
    fn dev_login_reads_the_secret_from_the_data_dir() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("jwt_secret"), "s3cret\n").unwrap();
        let args = ServerArgs {
            dev_login: Some("Carol".into()),
            data_dir: Some(dir.path().to_path_buf()),
            config: Some(dir.path().join("none.toml")),
            ..Default::default()
        };
        // An explicit config file that is missing is an error …
        assert!(args.resolve(Role::Customer).is_err());
        std::fs::write(dir.path().join("none.toml"), "server = \"127.0.0.1:9\"\n").unwrap();
        let t = args.resolve(Role::Customer).unwrap();
        assert_eq!(t.server.authority, "127.0.0.1:9");
        assert_eq!(t.token.split('.').count(), 3);
    }
}
