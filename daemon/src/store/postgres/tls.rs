//! TLS to PostgreSQL, chosen by libpq's `sslmode` in `DATABASE_URL`, on
//! rustls (through `tokio-postgres-rustls`).
//!
//! | `sslmode` | encrypted | certificate checked |
//! |---|---|---|
//! | absent, `disable` | no | — |
//! | `prefer` | if the server offers it | no |
//! | `require` | yes | no (against `sslrootcert` when one is given, as libpq does) |
//! | `verify-ca` | yes | chain to a trusted root |
//! | `verify-full` | yes | chain, and the host name in the URL |
//!
//! Trusted roots: the PEM file `sslrootcert=/path`, else the system's
//! (`sslrootcert=system` says so explicitly). Unlike libpq, no `sslmode`
//! means `disable`, so a daemon never starts encrypting (or failing to)
//! without being told.

use std::sync::Arc;

use percent_encoding::percent_decode_str;
use postgres::config::SslMode as WireMode;
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_postgres_rustls::MakeRustlsConnect;

use crate::store::StoreError;

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    fn parse(v: &str) -> Result<SslMode, StoreError> {
        Ok(match v {
            "disable" => SslMode::Disable,
            "prefer" | "allow" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(StoreError::Tls(format!(
                    "sslmode={other}: expected disable, prefer, require, verify-ca or verify-full"
                )));
            }
        })
    }
}

/// What a `DATABASE_URL` asks for: the settings tokio-postgres reads,
/// and the TLS connector (none when TLS is off).
#[derive(Clone)]
pub struct Target {
    pub config: postgres::Config,
    pub mode: SslMode,
    pub tls: Option<MakeRustlsConnect>,
}

/// Take `sslmode` and `sslrootcert` out of a `postgres://` URL (the rest
/// goes to tokio-postgres, which knows neither `verify-*` nor root files).
/// Key/value strings pass through whole.
fn split_tls_params(url: &str) -> (String, Option<String>, Option<String>) {
    let is_url = url.starts_with("postgres://") || url.starts_with("postgresql://");
    let Some((base, query)) = url.split_once('?').filter(|_| is_url) else {
        return (url.to_string(), None, None);
    };
    let (mut mode, mut root) = (None, None);
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let value = || percent_decode_str(v).decode_utf8_lossy().into_owned();
        match k {
            "sslmode" => mode = Some(value()),
            "sslrootcert" => root = Some(value()),
            _ => kept.push(pair),
        }
    }
    let rest = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    (rest, mode, root)
}

/// Parse `DATABASE_URL` into a [`Target`].
pub fn target(url: &str) -> Result<Target, StoreError> {
    let (rest, mode, root) = split_tls_params(url);
    let mut config: postgres::Config = rest.parse()?;
    let mode = match mode {
        Some(m) => SslMode::parse(&m)?,
        // A key/value string may carry disable/prefer/require itself.
        None => match config.get_ssl_mode() {
            WireMode::Require => SslMode::Require,
            WireMode::Prefer if url.contains("sslmode") => SslMode::Prefer,
            _ => SslMode::Disable,
        },
    };
    config.ssl_mode(match mode {
        SslMode::Disable => WireMode::Disable,
        SslMode::Prefer => WireMode::Prefer,
        _ => WireMode::Require,
    });
    let tls = match mode {
        SslMode::Disable => None,
        _ => Some(MakeRustlsConnect::new(client_config(
            mode,
            root.as_deref(),
        )?)),
    };
    Ok(Target { config, mode, tls })
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn roots(file: Option<&str>) -> Result<RootCertStore, StoreError> {
    let mut store = RootCertStore::empty();
    match file {
        Some(path) if path != "system" => {
            let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
                .and_then(|it| it.collect::<Result<_, _>>())
                .map_err(|e| StoreError::Tls(format!("sslrootcert={path}: {e}")))?;
            if certs.is_empty() {
                return Err(StoreError::Tls(format!(
                    "sslrootcert={path}: no certificate in it"
                )));
            }
            for c in certs {
                store
                    .add(c)
                    .map_err(|e| StoreError::Tls(format!("sslrootcert={path}: {e}")))?;
            }
        }
        _ => {
            let found = rustls_native_certs::load_native_certs();
            store.add_parsable_certificates(found.certs);
            if store.is_empty() {
                return Err(StoreError::Tls(
                    "no trusted root certificates on this system: set sslrootcert=/path/to/ca.pem"
                        .into(),
                ));
            }
        }
    }
    Ok(store)
}

fn client_config(mode: SslMode, root: Option<&str>) -> Result<rustls::ClientConfig, StoreError> {
    let provider = provider();
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| StoreError::Tls(e.to_string()))?;
    let webpki = |roots: RootCertStore| {
        WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
            .build()
            .map_err(|e| StoreError::Tls(e.to_string()))
    };
    let verifier: Arc<dyn ServerCertVerifier> = match (mode, root) {
        (SslMode::VerifyFull, _) => webpki(roots(root)?)?,
        (SslMode::VerifyCa, _) | (SslMode::Require, Some(_)) => {
            Arc::new(AnyHostName(webpki(roots(root)?)?))
        }
        _ => Arc::new(Unchecked(provider.clone())),
    };
    Ok(builder
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth())
}

/// `verify-ca`: the chain must lead to a trusted root; the name in the
/// certificate is not compared with the host.
#[derive(Debug)]
struct AnyHostName(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for AnyHostName {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        // The chain is checked before the name, so a name error means the
        // chain was good.
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

/// `prefer` / `require` without a root file: encrypted, but whoever
/// answers is trusted (libpq's meaning of these modes). The handshake's
/// signatures are still checked.
#[derive(Debug)]
struct Unchecked(Arc<CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_parameters_come_out_of_the_url() {
        let (rest, mode, root) = split_tls_params(
            "postgres://u@db:5432/x?sslmode=verify-full&options=-csearch_path%3Dc&sslrootcert=%2Fetc%2Fca.pem",
        );
        assert_eq!(rest, "postgres://u@db:5432/x?options=-csearch_path%3Dc");
        assert_eq!(mode.as_deref(), Some("verify-full"));
        assert_eq!(root.as_deref(), Some("/etc/ca.pem"));
        let (rest, mode, _) = split_tls_params("host=db sslmode=require");
        assert_eq!((rest.as_str(), mode), ("host=db sslmode=require", None));
    }

    #[test]
    fn modes_map_to_the_wire() {
        let t = target("postgres://u@db/x").unwrap();
        assert_eq!(t.mode, SslMode::Disable);
        assert!(t.tls.is_none());
        let t = target("postgres://u@db/x?sslmode=require").unwrap();
        assert_eq!(
            (t.mode, t.config.get_ssl_mode()),
            (SslMode::Require, WireMode::Require)
        );
        assert!(t.tls.is_some());
        let t = target("host=db sslmode=require").unwrap();
        assert_eq!(t.mode, SslMode::Require);
        assert!(matches!(
            target("postgres://u@db/x?sslmode=sometimes"),
            Err(StoreError::Tls(_))
        ));
        assert!(matches!(
            target("postgres://u@db/x?sslmode=verify-ca&sslrootcert=/nonexistent.pem"),
            Err(StoreError::Tls(m)) if m.contains("/nonexistent.pem")
        ));
    }
}
