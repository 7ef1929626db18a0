//! A daemon's address as people type it, read once for every client:
//! `host:port`, `http://…`, `https://…`, `ws://…/ws` or `wss://…`, with an
//! optional path prefix for a daemon behind a reverse proxy
//! (`https://support.example/concierge`).

/// A daemon address that is not one of the accepted forms.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("server address {0:?} is not a ws://, wss://, http:// or https:// URL")]
pub struct BadServer(pub String);

/// Where a daemon listens: `host:port`, whether it speaks TLS, and the
/// path prefix its routes sit under (empty, or like `/concierge`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerAddr {
    pub authority: String,
    pub tls: bool,
    pub prefix: String,
}

impl ServerAddr {
    pub fn parse(s: &str) -> Result<Self, BadServer> {
        let t = s.trim();
        let bad = || BadServer(s.to_string());
        let (tls, rest) = match t.split_once("://") {
            Some(("ws" | "http", rest)) => (false, rest),
            Some(("wss" | "https", rest)) => (true, rest),
            Some(_) => return Err(bad()),
            None => (false, t),
        };
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        if authority.is_empty() || authority.contains(char::is_whitespace) {
            return Err(bad());
        }
        // A pasted WebSocket URL names the endpoint itself; what is in
        // front of it is the prefix.
        let path = path.trim_end_matches('/');
        let prefix = path.strip_suffix("/ws").unwrap_or(path);
        if prefix.contains(['?', '#', ' ']) {
            return Err(bad());
        }
        Ok(Self {
            authority: authority.to_string(),
            tls,
            prefix: prefix.to_string(),
        })
    }

    /// `http(s)://host:port/prefix`: what `/api/v1/…` goes after.
    pub fn http_base(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}{}", self.authority, self.prefix)
    }

    /// `ws(s)://host:port/prefix`.
    pub fn ws_base(&self) -> String {
        let scheme = if self.tls { "wss" } else { "ws" };
        format!("{scheme}://{}{}", self.authority, self.prefix)
    }

    /// The WebSocket endpoint, without a token.
    pub fn ws_url(&self) -> String {
        format!("{}/ws", self.ws_base())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_people_type_gives_the_same_endpoint() {
        for s in [
            "127.0.0.1:7878",
            "ws://127.0.0.1:7878/ws",
            "http://127.0.0.1:7878/",
            "ws://127.0.0.1:7878",
            " http://127.0.0.1:7878 ",
        ] {
            let a = ServerAddr::parse(s).unwrap();
            assert_eq!(a.ws_url(), "ws://127.0.0.1:7878/ws", "{s}");
            assert_eq!(a.http_base(), "http://127.0.0.1:7878", "{s}");
        }
        let a = ServerAddr::parse("https://h").unwrap();
        assert!(a.tls);
        assert_eq!(a.ws_url(), "wss://h/ws");
    }

    #[test]
    fn a_prefix_behind_a_proxy_is_kept() {
        let a = ServerAddr::parse("https://support.example/concierge/ws").unwrap();
        assert_eq!(a.ws_url(), "wss://support.example/concierge/ws");
        assert_eq!(a.http_base(), "https://support.example/concierge");
    }

    #[test]
    fn other_schemes_and_empty_hosts_are_refused() {
        for s in ["ftp://x", "", "http://", "ws:// x", "http://h/a?b"] {
            assert!(ServerAddr::parse(s).is_err(), "{s}");
        }
    }
}
