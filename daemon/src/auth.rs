//! Who is connecting: JWT verification for the WebSocket upgrade and the
//! HTTP API, and the secret the daemon generates when none is configured.

use std::io::Write;
use std::path::{Path, PathBuf};

use concierge_shared::protocol::Role;
use concierge_shared::token::{Claims, SECRET_FILE};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};

use crate::config::{JwtAlgorithm, JwtSettings};

/// Longest `name` claim accepted.
pub const MAX_NAME_CHARS: usize = 256;
/// Longest `sub` accepted (it is a key in every table).
pub const MAX_SUBJECT_CHARS: usize = 256;
/// Longest `email` claim accepted (RFC 5321's limit).
pub const MAX_EMAIL_CHARS: usize = 320;

/// An authenticated user, from a verified token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: String,
    pub name: String,
    pub role: Role,
    pub email: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("missing token: send Authorization: Bearer <JWT> or ?token=<JWT>")]
    Missing,
    #[error("invalid token: {0}")]
    Invalid(String),
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("cannot read the JWT public key {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the JWT public key {path} is not a valid PEM key for {alg}: {reason}")]
    Invalid {
        path: PathBuf,
        alg: &'static str,
        reason: String,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("cannot read or create the JWT secret at {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Verifies tokens. Cheap to share behind an `Arc`.
pub struct Authenticator {
    key: DecodingKey,
    validation: Validation,
}

impl Authenticator {
    /// Verify with the configured algorithm: the shared `secret` for HS256,
    /// the configured public key for RS256/ES256.
    pub fn from_settings(secret: &[u8], settings: &JwtSettings) -> Result<Self, KeyError> {
        let (alg, name) = match settings.algorithm {
            JwtAlgorithm::Hs256 => return Ok(Self::hs256(secret, settings)),
            JwtAlgorithm::Rs256 => (Algorithm::RS256, "RS256"),
            JwtAlgorithm::Es256 => (Algorithm::ES256, "ES256"),
        };
        let path = settings.public_key_file.clone().unwrap_or_default();
        let pem = std::fs::read(&path).map_err(|source| KeyError::Read {
            path: path.clone(),
            source,
        })?;
        let key = match alg {
            Algorithm::RS256 => DecodingKey::from_rsa_pem(&pem),
            _ => DecodingKey::from_ec_pem(&pem),
        }
        .map_err(|e| KeyError::Invalid {
            path,
            alg: name,
            reason: e.to_string(),
        })?;
        Ok(Self::with_key(key, alg, settings))
    }

    pub fn hs256(secret: &[u8], settings: &JwtSettings) -> Self {
        Self::with_key(DecodingKey::from_secret(secret), Algorithm::HS256, settings)
    }

    fn with_key(key: DecodingKey, alg: Algorithm, settings: &JwtSettings) -> Self {
        // Only the configured algorithm is accepted; jsonwebtoken never
        // accepts `alg: none`.
        let mut validation = Validation::new(alg);
        validation.leeway = 30;
        validation.validate_nbf = true;
        // `sub` is required by `Claims` itself, which takes a string or an
        // integer; jsonwebtoken's own check would refuse an integer.
        let mut required = vec!["exp"];
        // A claim that is checked must also be required, or a token without
        // it would pass (a known jsonwebtoken trap).
        match &settings.issuer {
            Some(iss) => {
                validation.set_issuer(&[iss]);
                required.push("iss");
            }
            None => validation.iss = None,
        }
        match &settings.audience {
            Some(aud) => {
                validation.set_audience(&[aud]);
                required.push("aud");
            }
            None => validation.validate_aud = false,
        }
        validation.set_required_spec_claims(&required);
        Self { key, validation }
    }

    pub fn verify(&self, token: &str) -> Result<User, AuthError> {
        let data = jsonwebtoken::decode::<Claims>(token, &self.key, &self.validation)
            .map_err(|e| AuthError::Invalid(describe(&e)))?;
        let c = data.claims;
        let id = c.sub.into_string();
        if id.is_empty() {
            return Err(AuthError::Invalid("empty subject".into()));
        }
        if id.chars().count() > MAX_SUBJECT_CHARS {
            return Err(AuthError::Invalid(format!(
                "sub is longer than {MAX_SUBJECT_CHARS} characters"
            )));
        }
        // The name travels with every message the user writes: a long one
        // would make every frame long.
        if c.name.chars().count() > MAX_NAME_CHARS {
            return Err(AuthError::Invalid(format!(
                "name is longer than {MAX_NAME_CHARS} characters"
            )));
        }
        if c.email
            .as_ref()
            .is_some_and(|e| e.chars().count() > MAX_EMAIL_CHARS)
        {
            return Err(AuthError::Invalid(format!(
                "email is longer than {MAX_EMAIL_CHARS} characters"
            )));
        }
        let name: String = c.name.chars().filter(|ch| *ch != '\0').collect();
        let name = match name.trim() {
            "" => id.clone(),
            n => n.to_string(),
        };
        Ok(User {
            id,
            name,
            role: c.role,
            email: c.email,
        })
    }
}

fn describe(e: &jsonwebtoken::errors::Error) -> String {
    use jsonwebtoken::errors::ErrorKind as K;
    match e.kind() {
        K::ExpiredSignature => "token has expired".into(),
        K::ImmatureSignature => "token is not valid yet".into(),
        K::InvalidSignature => "bad signature".into(),
        K::InvalidAlgorithm => "algorithm not accepted".into(),
        K::InvalidIssuer => "wrong issuer".into(),
        K::InvalidAudience => "wrong audience".into(),
        K::MissingRequiredClaim(c) => format!("missing claim {c}"),
        K::InvalidToken | K::Base64(_) | K::Json(_) | K::Utf8(_) => "malformed token".into(),
        _ => "token rejected".into(),
    }
}

/// Where a secret came from when it was read from (or written to) the
/// data dir: the file, and whether this start created it.
pub type SecretFile = Option<(PathBuf, bool)>;

/// The secret to sign and verify with: the configured one, or the one kept
/// in `data_dir/jwt_secret`, created (mode 0600) on first start. Returns
/// the secret and, when it came from the file, the file's path and whether
/// it was just created.
pub fn load_or_create_secret(
    settings: &JwtSettings,
    data_dir: &Path,
) -> Result<(Vec<u8>, SecretFile), SecretError> {
    if let Some(s) = &settings.secret {
        return Ok((s.0.as_bytes().to_vec(), None));
    }
    let path = data_dir.join(SECRET_FILE);
    let io = |source| SecretError::Io {
        path: path.clone(),
        source,
    };
    match std::fs::read_to_string(&path) {
        Ok(s) if !s.trim().is_empty() => {
            return Ok((s.trim().as_bytes().to_vec(), Some((path, false))));
        }
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io(e)),
    }
    std::fs::create_dir_all(data_dir).map_err(io)?;
    let secret = {
        use rand::RngCore;
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        hex::encode(bytes)
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&path).map_err(io)?;
    f.write_all(secret.as_bytes()).map_err(io)?;
    f.sync_all().map_err(io)?;
    Ok((secret.into_bytes(), Some((path, true))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use concierge_shared::token::{NewToken, mint};
    use std::time::Duration;

    fn settings() -> JwtSettings {
        JwtSettings {
            secret: None,
            issuer: None,
            audience: None,
            algorithm: JwtAlgorithm::Hs256,
            public_key_file: None,
        }
    }

    #[test]
    fn secret_is_created_once_with_private_mode() {
        let dir = tempfile::tempdir().unwrap();
        let (a, info) = load_or_create_secret(&settings(), dir.path()).unwrap();
        assert!(info.unwrap().1, "first start creates it");
        let (b, info) = load_or_create_secret(&settings(), dir.path()).unwrap();
        assert!(!info.unwrap().1);
        assert_eq!(a, b);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(SECRET_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    fn claims_token(claims: serde_json::Value) -> String {
        jsonwebtoken::encode(
            &jsonwebtoken::Header::default(),
            &claims,
            &jsonwebtoken::EncodingKey::from_secret(b"k"),
        )
        .unwrap()
    }

    fn exp() -> i64 {
        chrono::Utc::now().timestamp() + 60
    }

    #[test]
    fn an_integer_subject_is_accepted_as_its_digits() {
        let auth = Authenticator::hs256(b"k", &settings());
        let t = claims_token(
            serde_json::json!({"sub": 42, "name": "N", "role": "customer", "exp": exp()}),
        );
        assert_eq!(auth.verify(&t).unwrap().id, "42");
    }

    #[test]
    fn the_name_is_optional_and_capped() {
        let auth = Authenticator::hs256(b"k", &settings());
        let t = claims_token(serde_json::json!({"sub": "u1", "role": "customer", "exp": exp()}));
        assert_eq!(auth.verify(&t).unwrap().name, "u1", "the subject stands in");
        let long = "n".repeat(MAX_NAME_CHARS + 1);
        let t = claims_token(
            serde_json::json!({"sub": "u1", "name": long, "role": "customer", "exp": exp()}),
        );
        let e = auth.verify(&t).unwrap_err().to_string();
        assert!(e.contains("name is longer than 256"), "{e}");
        let t = claims_token(
            serde_json::json!({"sub": "u1", "name": "A\u{0}B", "role": "customer", "exp": exp()}),
        );
        assert_eq!(auth.verify(&t).unwrap().name, "AB");
        let t = claims_token(serde_json::json!({"name": "A", "role": "customer", "exp": exp()}));
        assert!(auth.verify(&t).is_err(), "sub stays required");
    }

    #[test]
    fn issuer_is_required_once_configured() {
        let mut s = settings();
        s.issuer = Some("shop".into());
        let auth = Authenticator::hs256(b"k", &s);
        let base = NewToken {
            sub: "u1",
            name: "U",
            role: Role::Customer,
            ttl: Duration::from_secs(60),
            iss: None,
            aud: None,
        };
        assert!(auth.verify(&mint(b"k", &base).unwrap()).is_err());
        let good = NewToken {
            iss: Some("shop"),
            ..base.clone()
        };
        assert_eq!(auth.verify(&mint(b"k", &good).unwrap()).unwrap().id, "u1");
        let wrong = NewToken {
            iss: Some("other"),
            ..base
        };
        assert!(auth.verify(&mint(b"k", &wrong).unwrap()).is_err());
    }
}
