//! JWT claims as Concierge reads them, and minting of HS256 tokens.
//!
//! The shop's backend normally mints tokens; `concierged token` and the
//! clients' `--dev-login` use [`mint`] with the daemon's own secret so a
//! new user and every test can get a token without writing code.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jsonwebtoken::{EncodingKey, Header};
use serde::{Deserialize, Serialize};

use crate::protocol::Role;

/// The name of the file, inside the daemon's data dir, that holds the
/// generated secret when none is configured.
pub const SECRET_FILE: &str = "jwt_secret";

/// `sub` may be a string or an integer on the wire; inside it is a string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Subject {
    Str(String),
    Int(i64),
}

impl Subject {
    pub fn into_string(self) -> String {
        match self {
            Subject::Str(s) => s,
            Subject::Int(i) => i.to_string(),
        }
    }
}

/// The claims of a Concierge token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub sub: Subject,
    /// The name staff see. Optional: without one, the subject stands in.
    #[serde(default)]
    pub name: String,
    pub role: Role,
    pub exp: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("cannot sign token: {0}")]
    Sign(#[from] jsonwebtoken::errors::Error),
    #[error(
        "cannot read the daemon's secret at {path}: {source} (start the daemon once, or pass --token)"
    )]
    ReadSecret {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The user id `--dev-login NAME` uses, the same in every client, so the
/// same name is the same person wherever they log in: `dev-`, then the
/// name in lower-case ASCII with anything else as a dash ("Ana López" →
/// `dev-ana-l-pez`).
pub fn dev_login_id(name: &str) -> String {
    let slug: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("dev-{}", slug.trim_matches('-'))
}

/// What to put in a new token.
#[derive(Debug, Clone)]
pub struct NewToken<'a> {
    pub sub: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub ttl: Duration,
    pub iss: Option<&'a str>,
    pub aud: Option<&'a str>,
}

/// Sign an HS256 token.
pub fn mint(secret: &[u8], t: &NewToken<'_>) -> Result<String, TokenError> {
    let now = chrono::Utc::now().timestamp();
    let claims = Claims {
        sub: Subject::Str(t.sub.to_string()),
        name: t.name.to_string(),
        role: t.role,
        exp: now + i64::try_from(t.ttl.as_secs()).unwrap_or(i64::MAX / 2),
        iat: Some(now),
        nbf: None,
        email: None,
        iss: t.iss.map(str::to_string),
        aud: t.aud.map(str::to_string),
    };
    Ok(jsonwebtoken::encode(
        &Header::default(),
        &claims,
        &EncodingKey::from_secret(secret),
    )?)
}

/// The platform data dir the daemon uses when none is given
/// (`~/.local/share/concierge` on Linux).
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "concierge").map(|d| d.data_dir().to_path_buf())
}

/// Read the generated secret from a daemon's data dir (for `--dev-login`).
pub fn read_secret_file(data_dir: &Path) -> Result<Vec<u8>, TokenError> {
    let path = data_dir.join(SECRET_FILE);
    std::fs::read_to_string(&path)
        .map(|s| s.trim().as_bytes().to_vec())
        .map_err(|source| TokenError::ReadSecret { path, source })
}

#[cfg(test)]
mod tests {
    use super::dev_login_id;

    #[test]
    fn dev_login_ids_are_ascii_slugs_without_edge_dashes() {
        assert_eq!(dev_login_id("Carol Smith"), "dev-carol-smith");
        assert_eq!(dev_login_id("Ana López"), "dev-ana-l-pez");
        assert_eq!(dev_login_id("  -Bo- "), "dev-bo");
    }
}
