//! Which browser pages may talk to the daemon: `WIDGET_ALLOWED_ORIGINS`
//! plus the daemon's own origin. Browsers send `Origin` on every WebSocket
//! upgrade and on every cross-origin or POST `fetch`, and a page cannot
//! forge it; checking it stops a page on another site from opening a
//! socket with a visitor's credentials (cross-site WebSocket hijacking).
//! Clients that are not browsers send no `Origin` and are not affected.

use axum::http::HeaderMap;
use axum::http::header::{HOST, ORIGIN};

/// The configured origins, normalised (`scheme://host[:port]`, lower case,
/// default ports dropped).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowedOrigins {
    any: bool,
    list: Vec<String>,
}

/// What the `Origin` header of a request says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// No `Origin`: not a browser page (a CLI, a server, a test client).
    NoOrigin,
    /// The daemon's own origin, or one of the configured ones.
    Allowed(String),
    /// A page on an origin that is not allowed (or an opaque `null` one).
    Refused(String),
}

impl AllowedOrigins {
    /// Parse a comma- or space-separated list; `*` allows every origin.
    /// `Err` carries the entry that is not an origin.
    pub fn parse(raw: Option<&str>) -> Result<Self, String> {
        let mut out = AllowedOrigins::default();
        for entry in raw
            .unwrap_or_default()
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|e| !e.is_empty())
        {
            if entry == "*" {
                out.any = true;
                continue;
            }
            let o = normalise(entry).ok_or_else(|| entry.to_string())?;
            if !out.list.contains(&o) {
                out.list.push(o);
            }
        }
        Ok(out)
    }

    pub fn any(&self) -> bool {
        self.any
    }

    /// The configured origins (without the daemon's own one).
    pub fn list(&self) -> &[String] {
        &self.list
    }

    /// Judge a request by its `Origin` and `Host` headers.
    pub fn judge(&self, headers: &HeaderMap) -> Verdict {
        let Some(origin) = headers.get(ORIGIN) else {
            return Verdict::NoOrigin;
        };
        let Some(origin) = origin.to_str().ok().and_then(normalise) else {
            let shown = String::from_utf8_lossy(origin.as_bytes()).into_owned();
            return Verdict::Refused(shown);
        };
        if self.any || self.list.contains(&origin) || same_origin(&origin, headers) {
            Verdict::Allowed(origin)
        } else {
            Verdict::Refused(origin)
        }
    }
}

/// Whether `origin` names the host the request was sent to: the page was
/// served by this daemon (its `/demo`, or the widget's own chat page).
/// Only host and port are compared, because behind a TLS-terminating proxy
/// the page is `https` while the daemon sees plain HTTP.
fn same_origin(origin: &str, headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let (scheme, authority) = origin.split_once("://").unwrap_or(("", origin));
    let host = host.trim().to_ascii_lowercase();
    if authority == host {
        return true;
    }
    // `Origin: http://shop.example` against `Host: shop.example:80`.
    let default = if scheme == "https" { ":443" } else { ":80" };
    host.strip_suffix(default) == Some(authority)
}

/// `scheme://host[:port]` in lower case without a default port, or `None`
/// for anything else (a path, a query, `null`, another scheme, a port that
/// is not a number). The one reading of an origin, for `Origin` headers,
/// `WIDGET_ALLOWED_ORIGINS` and `CORS_ORIGIN`.
pub(crate) fn normalise(raw: &str) -> Option<String> {
    let raw = raw.trim().trim_end_matches('/').to_ascii_lowercase();
    let (scheme, rest) = raw.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !p.contains(']') => (h, Some(p)),
        _ => (rest, None),
    };
    let host_ok = if host.starts_with('[') {
        host.ends_with(']') && host.len() > 2
    } else {
        !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    };
    if !host_ok || port.is_some_and(|p| p.parse::<u16>().is_err()) {
        return None;
    }
    let default = if scheme == "https" { ":443" } else { ":80" };
    let rest = rest.strip_suffix(default).unwrap_or(rest);
    Some(format!("{scheme}://{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(origin: Option<&str>, host: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(HOST, HeaderValue::from_str(host).unwrap());
        if let Some(o) = origin {
            h.insert(ORIGIN, HeaderValue::from_str(o).unwrap());
        }
        h
    }

    #[test]
    fn the_daemons_own_origin_is_always_allowed() {
        let none = AllowedOrigins::parse(None).unwrap();
        let own = headers(Some("http://127.0.0.1:7878"), "127.0.0.1:7878");
        assert!(matches!(none.judge(&own), Verdict::Allowed(_)));
        let proxied = headers(Some("https://support.example"), "support.example");
        assert!(matches!(none.judge(&proxied), Verdict::Allowed(_)));
        let other = headers(Some("http://evil.example"), "127.0.0.1:7878");
        assert_eq!(
            none.judge(&other),
            Verdict::Refused("http://evil.example".into())
        );
        let other_port = headers(Some("http://127.0.0.1:9999"), "127.0.0.1:7878");
        assert!(matches!(none.judge(&other_port), Verdict::Refused(_)));
        assert_eq!(
            none.judge(&headers(None, "127.0.0.1:7878")),
            Verdict::NoOrigin
        );
        assert!(matches!(
            none.judge(&headers(Some("null"), "127.0.0.1:7878")),
            Verdict::Refused(_)
        ));
    }

    #[test]
    fn configured_origins_are_normalised_and_matched() {
        let a = AllowedOrigins::parse(Some(
            "https://Shop.example/, http://a.test:8080 https://b.test:443",
        ))
        .unwrap();
        assert_eq!(
            a.list(),
            [
                "https://shop.example",
                "http://a.test:8080",
                "https://b.test"
            ]
        );
        let h = |o| headers(Some(o), "support.example");
        assert!(matches!(
            a.judge(&h("https://shop.example")),
            Verdict::Allowed(_)
        ));
        assert!(matches!(a.judge(&h("https://b.test")), Verdict::Allowed(_)));
        assert!(matches!(
            a.judge(&h("http://shop.example")),
            Verdict::Refused(_)
        ));
        assert!(matches!(a.judge(&h("http://a.test")), Verdict::Refused(_)));
        let any = AllowedOrigins::parse(Some("*")).unwrap();
        assert!(matches!(
            any.judge(&h("http://x.test")),
            Verdict::Allowed(_)
        ));
    }

    #[test]
    fn entries_that_are_not_origins_are_refused() {
        for bad in [
            "shop.example",
            "https://shop.example/path",
            "ftp://x",
            "https://",
            "https://u@x",
        ] {
            assert_eq!(
                AllowedOrigins::parse(Some(bad)),
                Err(bad.to_string()),
                "{bad}"
            );
        }
    }
}
