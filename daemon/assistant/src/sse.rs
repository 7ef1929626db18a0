//! Server-Sent Events, parsed incrementally from a byte stream.
//!
//! Both remote providers stream their answers as SSE over a chunked HTTP
//! body. The network splits that body wherever it likes: in the middle of a
//! `data:` prefix, between the `\r` and `\n` of a line end, even inside a
//! multi-byte UTF-8 character. [`SseParser`] therefore works on raw bytes and
//! only decodes a line once it is complete (line ends are ASCII, so they can
//! never fall inside a multi-byte character).
//!
//! The rules follow the WHATWG "event stream interpretation": `CRLF`, `LF`
//! and `CR` all end a line, lines starting with `:` are comments, `data`
//! lines of one event are joined with `\n`, an event is dispatched at a blank
//! line, and an event still open when the stream ends is discarded (so a
//! connection dropped mid-event never yields a half event).
//!
//! `reqwest-eventsource` would do this for us but is unmaintained and pinned
//! to an old reqwest (see DESIGN.md, "Known traps").
//!
//! [`transport`] holds what both providers share on top of this: the timed
//! HTTP exchange and the mapping of HTTP failures to `ProviderError`.

pub(crate) mod transport;

/// One dispatched event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseEvent {
    /// The `event:` field, or `"message"` when the event had none.
    pub event: String,
    /// The `data:` lines joined with `\n`.
    pub data: String,
    /// The last `id:` seen so far in the stream (ids persist across events).
    pub id: Option<String>,
}

/// The stream exceeded [`SseParser::with_limit`]: a line or an event's data
/// grew past the bound without ending (a broken or hostile server).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("event stream line or event larger than {limit} bytes")]
pub struct SseTooLarge {
    pub limit: usize,
}

/// Incremental SSE parser: feed it chunks as they come, collect events.
#[derive(Debug)]
pub struct SseParser {
    /// Bytes of the line not yet ended.
    line: Vec<u8>,
    /// The previous chunk ended with `\r`: a `\n` starting the next chunk
    /// belongs to that line end and must not produce a second (blank) line.
    after_cr: bool,
    /// Nothing decoded yet: a leading byte-order mark is to be dropped.
    at_start: bool,
    event: String,
    data: String,
    /// Whether any `data` field arrived for the open event (an event whose
    /// data buffer is empty is not dispatched, per the spec).
    has_data: bool,
    last_id: Option<String>,
    limit: usize,
}

impl Default for SseParser {
    fn default() -> Self {
        Self::new()
    }
}

impl SseParser {
    /// A parser bounding lines and event data at 4 MiB, far above any
    /// model delta but small enough that garbage cannot eat the memory.
    pub fn new() -> Self {
        Self::with_limit(4 * 1024 * 1024)
    }

    pub fn with_limit(limit: usize) -> Self {
        Self {
            line: Vec::new(),
            after_cr: false,
            at_start: true,
            event: String::new(),
            data: String::new(),
            has_data: false,
            last_id: None,
            limit,
        }
    }

    /// Feed the next chunk; complete events are appended to `out` in order.
    pub fn feed(&mut self, mut chunk: &[u8], out: &mut Vec<SseEvent>) -> Result<(), SseTooLarge> {
        if self.after_cr && !chunk.is_empty() {
            self.after_cr = false;
            if chunk[0] == b'\n' {
                chunk = &chunk[1..];
            }
        }
        while let Some(pos) = chunk.iter().position(|b| *b == b'\n' || *b == b'\r') {
            self.extend_line(&chunk[..pos])?;
            let line = std::mem::take(&mut self.line);
            self.process_line(&line, out)?;
            self.line = line;
            self.line.clear();
            let is_cr = chunk[pos] == b'\r';
            chunk = &chunk[pos + 1..];
            if is_cr {
                match chunk.first() {
                    Some(b'\n') => chunk = &chunk[1..],
                    Some(_) => {}
                    None => self.after_cr = true,
                }
            }
        }
        self.extend_line(chunk)
    }

    /// Convenience for tests and one-shot bodies: parse `bytes` as a whole
    /// stream.
    pub fn parse_all(bytes: &[u8]) -> Result<Vec<SseEvent>, SseTooLarge> {
        let mut out = Vec::new();
        SseParser::new().feed(bytes, &mut out)?;
        Ok(out)
    }

    fn extend_line(&mut self, bytes: &[u8]) -> Result<(), SseTooLarge> {
        if self.line.len() + bytes.len() > self.limit {
            return Err(SseTooLarge { limit: self.limit });
        }
        self.line.extend_from_slice(bytes);
        Ok(())
    }

    fn process_line(&mut self, raw: &[u8], out: &mut Vec<SseEvent>) -> Result<(), SseTooLarge> {
        let decoded = String::from_utf8_lossy(raw);
        let mut line: &str = &decoded;
        if self.at_start {
            self.at_start = false;
            line = line.strip_prefix('\u{feff}').unwrap_or(line);
        }
        if line.is_empty() {
            self.dispatch(out);
            return Ok(());
        }
        if line.starts_with(':') {
            return Ok(());
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match field {
            "event" => value.clone_into(&mut self.event),
            "data" => {
                if self.data.len() + value.len() + 1 > self.limit {
                    return Err(SseTooLarge { limit: self.limit });
                }
                if self.has_data {
                    self.data.push('\n');
                }
                self.data.push_str(value);
                self.has_data = true;
            }
            // The spec ignores ids containing NUL.
            "id" if !value.contains('\0') => self.last_id = Some(value.to_owned()),
            // `retry` (reconnection delay) is meaningless for a one-shot
            // model request; unknown fields are ignored by the spec.
            _ => {}
        }
        Ok(())
    }

    fn dispatch(&mut self, out: &mut Vec<SseEvent>) {
        let event = std::mem::take(&mut self.event);
        if !self.has_data {
            return;
        }
        self.has_data = false;
        out.push(SseEvent {
            event: if event.is_empty() {
                "message".to_owned()
            } else {
                event
            },
            data: std::mem::take(&mut self.data),
            id: self.last_id.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ev(event: &str, data: &str) -> SseEvent {
        SseEvent {
            event: event.to_owned(),
            data: data.to_owned(),
            id: None,
        }
    }

    #[test]
    fn parses_fields_comments_and_multiline_data() {
        let stream = b": keep-alive\n\
            event: content_block_delta\n\
            data: {\"a\":1}\n\
            \n\
            data: line one\n\
            data:line two\n\
            data\n\
            \n";
        assert_eq!(
            SseParser::parse_all(stream).unwrap(),
            vec![
                ev("content_block_delta", "{\"a\":1}"),
                ev("message", "line one\nline two\n"),
            ]
        );
    }

    #[test]
    fn crlf_lf_and_cr_all_end_lines() {
        let stream = b"data: a\r\n\r\ndata: b\n\ndata: c\r\rdata: d\r\n\n";
        assert_eq!(
            SseParser::parse_all(stream).unwrap(),
            vec![
                ev("message", "a"),
                ev("message", "b"),
                ev("message", "c"),
                ev("message", "d"),
            ]
        );
    }

    #[test]
    fn crlf_split_between_chunks_is_one_line_end() {
        let mut p = SseParser::new();
        let mut out = Vec::new();
        p.feed(b"data: a\r", &mut out).unwrap();
        p.feed(b"\ndata: b\r", &mut out).unwrap();
        p.feed(b"\n\r", &mut out).unwrap();
        p.feed(b"\n", &mut out).unwrap();
        assert_eq!(out, vec![ev("message", "a\nb")]);
    }

    #[test]
    fn utf8_character_split_between_chunks_survives() {
        let bytes = "data: caf\u{e9} \u{1f600}\n\n".as_bytes();
        let mut p = SseParser::new();
        let mut out = Vec::new();
        for b in bytes {
            p.feed(std::slice::from_ref(b), &mut out).unwrap();
        }
        assert_eq!(out, vec![ev("message", "caf\u{e9} \u{1f600}")]);
    }

    #[test]
    fn event_open_at_end_of_stream_is_discarded() {
        let out = SseParser::parse_all(b"data: done\n\ndata: {\"trunc").unwrap();
        assert_eq!(out, vec![ev("message", "done")]);
        let out = SseParser::parse_all(b"data: no blank line\n").unwrap();
        assert!(out.is_empty());
    }

    #[test]
    fn event_without_data_is_not_dispatched_and_its_name_is_reset() {
        let out = SseParser::parse_all(b"event: ping\n\ndata: x\n\n").unwrap();
        assert_eq!(out, vec![ev("message", "x")]);
    }

    #[test]
    fn ids_persist_and_bom_is_dropped() {
        let out = SseParser::parse_all("\u{feff}id: 7\ndata: a\n\ndata: b\n\n".as_bytes()).unwrap();
        assert_eq!(out[0].id.as_deref(), Some("7"));
        assert_eq!(out[1].id.as_deref(), Some("7"));
        assert_eq!(out[0].data, "a");
    }

    #[test]
    fn oversized_line_is_refused() {
        let mut p = SseParser::with_limit(16);
        let mut out = Vec::new();
        p.feed(b"data: 0123456", &mut out).unwrap();
        assert_eq!(
            p.feed(b"789abcdef", &mut out),
            Err(SseTooLarge { limit: 16 })
        );
    }

    /// A stream made of pieces that stress the parser: every line-end
    /// style, comments, named events, multi-byte characters.
    fn stream_strategy() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            Just("data: "),
            Just("data:"),
            Just("event: delta"),
            Just(": comment"),
            Just("id: 1"),
            Just("h\u{e9}llo"),
            Just("\u{20ac}\u{1f600}"),
            Just("{\"x\":\"y\"}"),
            Just("\n"),
            Just("\r\n"),
            Just("\r"),
            Just("\n\n"),
            Just("\r\n\r\n"),
        ];
        prop::collection::vec(piece, 0..40).prop_map(|p| p.concat().into_bytes())
    }

    proptest! {
        #[test]
        fn any_chunking_yields_the_same_events(
            stream in stream_strategy(),
            cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..12),
        ) {
            let whole = SseParser::parse_all(&stream).unwrap();
            let mut points: Vec<usize> =
                cuts.iter().map(|i| i.index(stream.len() + 1)).collect();
            points.sort_unstable();
            let mut parser = SseParser::new();
            let mut chunked = Vec::new();
            let mut start = 0;
            for p in points.into_iter().chain([stream.len()]) {
                parser.feed(&stream[start..p], &mut chunked).unwrap();
                start = p;
            }
            prop_assert_eq!(chunked, whole);
        }
    }
}
