//! The widget's files, compiled into the binary and prepared once at
//! start: content-hashed names for the chat page's script and style (cached
//! for a year), ETags for the rest, a gzip copy of each, and the
//! Content-Security-Policy of each page.

use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use sha2::{Digest, Sha256};

use super::origin::AllowedOrigins;

const LOADER_JS: &str = include_str!("../../widget/loader.js");
const CHAT_HTML: &str = include_str!("../../widget/chat.html");
const CHAT_JS: &str = include_str!("../../widget/chat.js");
const CHAT_CSS: &str = include_str!("../../widget/chat.css");
const DEMO_HTML: &str = include_str!("../../widget/demo.html");

/// The budget of the issue: what a page pays, compressed.
pub const LOADER_BUDGET_GZ: usize = 6 * 1024;
pub const CHAT_BUDGET_GZ: usize = 40 * 1024;

/// Revalidate every time (cheap with the ETag): pages that name the others.
const NO_CACHE: &str = "no-cache";
/// The loader is the URL shops embed, so it cannot carry a hash; five
/// minutes bounds how long an upgrade takes to reach every visitor.
const LOADER_CACHE: &str = "public, max-age=300";
/// Hashed names never change content.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// One file, ready to serve.
pub struct Asset {
    content_type: &'static str,
    body: Bytes,
    gzip: Bytes,
    etag: HeaderValue,
    cache: &'static str,
    csp: Option<HeaderValue>,
}

/// Every file the widget serves.
pub struct Assets {
    pub loader: Asset,
    pub chat_page: Asset,
    pub demo: Asset,
    /// `(file name under /widget/, asset)`: the page and its hashed parts.
    files: Vec<(String, Asset)>,
}

impl Assets {
    pub fn new(origins: &AllowedOrigins, shop_name: &str) -> Assets {
        let js_name = hashed("chat", "js", CHAT_JS);
        let css_name = hashed("chat", "css", CHAT_CSS);
        let page = CHAT_HTML
            .replace("{{CHAT_JS}}", &format!("/widget/{js_name}"))
            .replace("{{CHAT_CSS}}", &format!("/widget/{css_name}"));
        let ancestors = if origins.any() {
            "*".to_string()
        } else {
            std::iter::once("'self'")
                .chain(origins.list().iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" ")
        };
        // The chat page runs only its own script and style, talks only to
        // this daemon, and may be framed only by allowed pages: a page on
        // another origin cannot embed it to chat as its visitor.
        let chat_csp = format!(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
        );
        let demo_csp = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
                        base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        let demo = DEMO_HTML.replace("{{SHOP_NAME}}", &escape_html(shop_name));
        Assets {
            loader: Asset::new(
                "text/javascript; charset=utf-8",
                LOADER_JS,
                LOADER_CACHE,
                None,
            ),
            chat_page: Asset::new("text/html; charset=utf-8", &page, NO_CACHE, Some(&chat_csp)),
            demo: Asset::new("text/html; charset=utf-8", &demo, NO_CACHE, Some(demo_csp)),
            files: vec![
                (
                    js_name,
                    Asset::new("text/javascript; charset=utf-8", CHAT_JS, IMMUTABLE, None),
                ),
                (
                    css_name,
                    Asset::new("text/css; charset=utf-8", CHAT_CSS, IMMUTABLE, None),
                ),
            ],
        }
    }

    /// A file under `/widget/`.
    pub fn file(&self, name: &str) -> Option<&Asset> {
        if name == "chat.html" {
            return Some(&self.chat_page);
        }
        self.files.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }

    /// Gzipped bytes of the loader, and of the chat page with its parts.
    pub fn gzipped_sizes(&self) -> (usize, usize) {
        let chat =
            self.chat_page.gzip.len() + self.files.iter().map(|(_, a)| a.gzip.len()).sum::<usize>();
        (self.loader.gzip.len(), chat)
    }
}

impl Asset {
    fn new(
        content_type: &'static str,
        text: &str,
        cache: &'static str,
        csp: Option<&str>,
    ) -> Asset {
        let digest = hex::encode(Sha256::digest(text.as_bytes()));
        Asset {
            content_type,
            body: Bytes::from(text.to_string()),
            gzip: Bytes::from(gzip(text.as_bytes())),
            etag: HeaderValue::from_str(&format!("\"{}\"", &digest[..20]))
                .unwrap_or(HeaderValue::from_static("\"0\"")),
            cache,
            csp: csp.and_then(|c| HeaderValue::from_str(c).ok()),
        }
    }

    /// The response to a GET with these request headers: 304 when the
    /// browser's copy is current, the gzip copy when it takes gzip.
    pub fn respond(&self, req: &HeaderMap) -> Response {
        let fresh = req
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(',')
                    .any(|t| t.trim().trim_start_matches("W/") == self.etag)
            });
        let gz = accepts_gzip(req);
        let mut resp = if fresh {
            StatusCode::NOT_MODIFIED.into_response()
        } else if gz {
            let mut r = self.gzip.clone().into_response();
            r.headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            r
        } else {
            self.body.clone().into_response()
        };
        let h = resp.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(self.content_type),
        );
        h.insert(header::ETAG, self.etag.clone());
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(self.cache));
        h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        if let Some(csp) = &self.csp {
            h.insert(header::CONTENT_SECURITY_POLICY, csp.clone());
            h.insert(
                header::REFERRER_POLICY,
                HeaderValue::from_static("no-referrer"),
            );
        }
        resp
    }
}

fn accepts_gzip(req: &HeaderMap) -> bool {
    req.get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q == 0.0)
            });
            name.eq_ignore_ascii_case("gzip") && !refused
        })
}

/// `chat.<first 10 hex digits of the SHA-256>.js`.
fn hashed(stem: &str, ext: &str, text: &str) -> String {
    let digest = hex::encode(Sha256::digest(text.as_bytes()));
    format!("{stem}.{}.{ext}", &digest[..10])
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(data);
    enc.finish().unwrap_or_default()
}

fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assets() -> Assets {
        Assets::new(
            &AllowedOrigins::parse(Some("https://shop.example")).unwrap(),
            "A <b>&</b> shop",
        )
    }

    #[test]
    fn the_widget_stays_within_its_gzipped_budget() {
        let (loader, chat) = assets().gzipped_sizes();
        println!("loader {loader} B gzipped, chat page {chat} B gzipped");
        assert!(
            loader <= LOADER_BUDGET_GZ,
            "loader is {loader} B gzipped, budget {LOADER_BUDGET_GZ}"
        );
        assert!(
            chat <= CHAT_BUDGET_GZ,
            "chat page is {chat} B gzipped, budget {CHAT_BUDGET_GZ}"
        );
    }

    #[test]
    fn the_chat_page_names_its_parts_by_hash_and_is_framed_only_by_allowed_pages() {
        let a = assets();
        let page = std::str::from_utf8(&a.chat_page.body).unwrap();
        assert!(!page.contains("{{"), "placeholders left in the page");
        for (name, _) in &a.files {
            assert!(
                page.contains(&format!("/widget/{name}")),
                "{name} not referenced"
            );
            assert!(a.file(name).is_some());
        }
        let resp = a.chat_page.respond(&HeaderMap::new());
        let csp = resp.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap();
        assert!(
            csp.contains("frame-ancestors 'self' https://shop.example"),
            "{csp}"
        );
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        let demo = std::str::from_utf8(&a.demo.body).unwrap();
        assert!(demo.contains("A &lt;b&gt;&amp;&lt;/b&gt; shop"));
    }

    #[test]
    fn a_current_copy_gets_304_and_gzip_is_served_when_accepted() {
        let a = assets();
        let mut req = HeaderMap::new();
        req.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("br, gzip;q=0.8"),
        );
        let r = a.loader.respond(&req);
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()[header::CONTENT_ENCODING], "gzip");
        let etag = r.headers()[header::ETAG].clone();
        req.insert(header::IF_NONE_MATCH, etag);
        assert_eq!(a.loader.respond(&req).status(), StatusCode::NOT_MODIFIED);
        let mut plain = HeaderMap::new();
        plain.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("gzip;q=0, identity"),
        );
        assert!(
            a.loader
                .respond(&plain)
                .headers()
                .get(header::CONTENT_ENCODING)
                .is_none()
        );
    }
}
