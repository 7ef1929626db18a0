//! The HTTP side both remote providers share: one timed POST whose answer is
//! an event stream, and the mapping of every way that can fail to a
//! [`ProviderError`].
//!
//! Timeouts are enforced here with tokio timers rather than reqwest's own
//! `timeout`, so that the error is always classified as
//! [`ProviderError::Timeout`] whichever await it hits: the whole exchange is
//! bounded by a deadline, and each wait for the next body chunk is also
//! bounded by a (shorter) stall timeout, so a server that sends headers and
//! then goes quiet is noticed before the whole deadline.

use std::collections::VecDeque;
use std::pin::Pin;
use std::time::Duration;

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use tokio::time::{Instant, timeout_at};

use super::{SseEvent, SseParser};
use crate::provider::ProviderError;

/// Longest wait for the next chunk of a stream once it has started, unless
/// the whole request timeout is shorter. Model servers emit tokens every few
/// tens of milliseconds; half a minute of silence means a hung server.
pub(crate) const DEFAULT_STALL_TIMEOUT: Duration = Duration::from_secs(30);

/// Bound on how long establishing a TCP/TLS connection may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How much of an error body is read (for the log line) before giving up.
const ERROR_BODY_LIMIT: usize = 2048;

/// A reqwest client for one provider. No reqwest-level total timeout: the
/// deadline is enforced per request in [`open`] so it maps to `Timeout`.
pub(crate) fn client(timeout: Duration) -> Result<reqwest::Client, ProviderError> {
    reqwest::Client::builder()
        .connect_timeout(CONNECT_TIMEOUT.min(timeout))
        .build()
        .map_err(|e| ProviderError::Connect(format!("cannot build HTTP client: {}", chain(&e))))
}

/// Checks a configured base URL and returns it without trailing slashes, so
/// `https://host/v1/` and `https://host/v1` lead to the same endpoint.
pub(crate) fn base_url(raw: &str) -> Result<String, ProviderError> {
    let trimmed = raw.trim().trim_end_matches('/');
    match reqwest::Url::parse(trimmed) {
        Ok(url) if matches!(url.scheme(), "http" | "https") => Ok(trimmed.to_owned()),
        // The URL itself is not echoed: it may carry credentials.
        _ => Err(ProviderError::Connect(
            "the provider base URL is not a valid http(s) URL".to_owned(),
        )),
    }
}

/// Sends `request` and, on a 2xx answer, returns its body as events.
///
/// `secret` is the API key, if any, so that it can be scrubbed from error
/// bodies before they reach a log line.
pub(crate) async fn open(
    provider: &'static str,
    request: reqwest::RequestBuilder,
    deadline: Instant,
    stall: Duration,
    secret: Option<&str>,
) -> Result<EventStream, ProviderError> {
    let response = match timeout_at(deadline, request.send()).await {
        Err(_) => return Err(ProviderError::Timeout),
        Ok(Err(e)) => return Err(request_error(&e)),
        Ok(Ok(response)) => response,
    };
    let status = response.status();
    if !status.is_success() {
        let retry_after = parse_retry_after(response.headers(), chrono::Utc::now());
        let error = status_error(status, retry_after);
        // OpenAI's 401 body quotes part of the key it got: never log it.
        if !matches!(error, ProviderError::Unauthorized { .. }) {
            let body = error_body(response, deadline).await;
            let body = redact(&body, secret);
            tracing::warn!(provider, status = status.as_u16(), body = %body, "provider refused the request");
        } else {
            tracing::warn!(
                provider,
                status = status.as_u16(),
                "provider rejected the credentials"
            );
        }
        return Err(error);
    }
    Ok(EventStream {
        body: Box::pin(response.bytes_stream()),
        parser: SseParser::new(),
        pending: VecDeque::new(),
        deadline,
        stall,
        ended: false,
    })
}

/// The events of one streamed response, read under the deadline and the
/// stall timeout.
pub(crate) struct EventStream {
    body: Pin<Box<dyn Stream<Item = reqwest::Result<Bytes>> + Send>>,
    parser: SseParser,
    pending: VecDeque<SseEvent>,
    deadline: Instant,
    stall: Duration,
    ended: bool,
}

impl EventStream {
    /// The next event, or `None` once the server closed the stream cleanly.
    /// Whether that close came too early is for the caller to judge: only it
    /// knows which event means "finished".
    pub(crate) async fn next(&mut self) -> Result<Option<SseEvent>, ProviderError> {
        let mut batch = Vec::new();
        loop {
            if let Some(event) = self.pending.pop_front() {
                return Ok(Some(event));
            }
            if self.ended {
                return Ok(None);
            }
            let wait_until = self.deadline.min(Instant::now() + self.stall);
            match timeout_at(wait_until, self.body.next()).await {
                Err(_) => return Err(ProviderError::Timeout),
                Ok(None) => self.ended = true,
                Ok(Some(Err(e))) if e.is_timeout() => return Err(ProviderError::Timeout),
                Ok(Some(Err(e))) => {
                    return Err(ProviderError::Stream(format!(
                        "connection broke mid-stream: {}",
                        chain(&e)
                    )));
                }
                Ok(Some(Ok(chunk))) => {
                    self.parser
                        .feed(&chunk, &mut batch)
                        .map_err(|e| ProviderError::Protocol(e.to_string()))?;
                    self.pending.extend(batch.drain(..));
                }
            }
        }
    }
}

/// Maps a non-2xx status to the error the orchestrator acts on.
pub(crate) fn status_error(status: StatusCode, retry_after: Option<Duration>) -> ProviderError {
    match status.as_u16() {
        429 => ProviderError::RateLimited { retry_after },
        s @ (401 | 403) => ProviderError::Unauthorized { status: s },
        // 5xx, Anthropic's 529 "overloaded", 400 for a bad model name...
        s => ProviderError::Http { status: s },
    }
}

/// How long the server asked us to wait: `retry-after-ms` (OpenAI) first,
/// then `Retry-After` as seconds (possibly fractional) or an HTTP-date.
/// A date in the past means "now".
pub(crate) fn parse_retry_after(
    headers: &HeaderMap,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<Duration> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(ms) = header("retry-after-ms").and_then(|v| v.parse::<f64>().ok()) {
        return Duration::try_from_secs_f64(ms / 1000.0).ok();
    }
    let value = header("retry-after")?;
    if let Ok(secs) = value.parse::<f64>() {
        return Duration::try_from_secs_f64(secs).ok();
    }
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") is RFC 2822 with "GMT".
    let when = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = when.with_timezone(&chrono::Utc) - now;
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

fn request_error(e: &reqwest::Error) -> ProviderError {
    if e.is_timeout() {
        ProviderError::Timeout
    } else {
        // Connection refused, DNS, TLS, reset before the answer: all mean
        // "could not reach"; the key is in a header, never in this text.
        ProviderError::Connect(chain(e))
    }
}

/// The error and its sources on one line, without the URL (which could
/// carry credentials a user pasted into the base URL).
fn chain(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            text.push_str(": ");
            text.push_str(&s_text);
        }
        source = s.source();
    }
    if let Some(url) = e.url() {
        text = text.replace(url.as_str(), "<url>");
    }
    text
}

/// The start of an error body, read within the deadline, for logging only.
async fn error_body(mut response: reqwest::Response, deadline: Instant) -> String {
    let mut body = Vec::new();
    let read = async {
        while body.len() < ERROR_BODY_LIMIT {
            match response.chunk().await {
                Ok(Some(chunk)) => body.extend_from_slice(&chunk),
                _ => break,
            }
        }
    };
    // A short grace: the error is known already, the body is only a hint.
    let until = deadline.min(Instant::now() + Duration::from_secs(2));
    let _ = timeout_at(until, read).await;
    body.truncate(ERROR_BODY_LIMIT);
    String::from_utf8_lossy(&body).into_owned()
}

/// `text` with every occurrence of `secret` replaced.
pub(crate) fn redact(text: &str, secret: Option<&str>) -> String {
    match secret {
        Some(s) if !s.is_empty() => text.replace(s, "<redacted>"),
        _ => text.to_owned(),
    }
}

/// Provider-supplied text cut to a length fit for an error message.
pub(crate) fn truncate(s: &str) -> String {
    const MAX: usize = 300;
    match s.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    fn now() -> chrono::DateTime<chrono::Utc> {
        chrono::DateTime::parse_from_rfc3339("2015-10-21T07:28:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc)
    }

    #[test]
    fn retry_after_in_seconds() {
        let h = headers(&[("retry-after", "17")]);
        assert_eq!(parse_retry_after(&h, now()), Some(Duration::from_secs(17)));
        let h = headers(&[("retry-after", "1.5")]);
        assert_eq!(
            parse_retry_after(&h, now()),
            Some(Duration::from_millis(1500))
        );
    }

    #[test]
    fn retry_after_as_http_date() {
        let h = headers(&[("retry-after", "Wed, 21 Oct 2015 07:28:42 GMT")]);
        assert_eq!(parse_retry_after(&h, now()), Some(Duration::from_secs(42)));
        let h = headers(&[("retry-after", "Wed, 21 Oct 2015 07:27:00 GMT")]);
        assert_eq!(parse_retry_after(&h, now()), Some(Duration::ZERO));
    }

    #[test]
    fn retry_after_ms_wins_and_garbage_is_none() {
        let h = headers(&[("retry-after-ms", "250"), ("retry-after", "9")]);
        assert_eq!(
            parse_retry_after(&h, now()),
            Some(Duration::from_millis(250))
        );
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after", "soon")]), now()),
            None
        );
        assert_eq!(
            parse_retry_after(&headers(&[("retry-after", "-3")]), now()),
            None
        );
        assert_eq!(parse_retry_after(&HeaderMap::new(), now()), None);
    }

    #[test]
    fn statuses_map_to_errors() {
        assert!(matches!(
            status_error(StatusCode::TOO_MANY_REQUESTS, None),
            ProviderError::RateLimited { retry_after: None }
        ));
        assert!(matches!(
            status_error(StatusCode::FORBIDDEN, None),
            ProviderError::Unauthorized { status: 403 }
        ));
        let overloaded = StatusCode::from_u16(529).unwrap();
        assert!(matches!(
            status_error(overloaded, None),
            ProviderError::Http { status: 529 }
        ));
    }

    #[test]
    fn base_url_is_trimmed_and_checked() {
        assert_eq!(base_url("http://h:1/v1/").unwrap(), "http://h:1/v1");
        assert!(base_url("not a url").is_err());
        assert!(base_url("ftp://h/").is_err());
    }

    #[test]
    fn secrets_are_redacted() {
        assert_eq!(
            redact("bad key sk-1 here", Some("sk-1")),
            "bad key <redacted> here"
        );
        assert_eq!(redact("x", Some("")), "x");
    }
}
