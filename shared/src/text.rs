//! Making text from people inert before another person reads it: in a
//! terminal (the staff console, the customer CLI) or in a transcript.
//!
//! Customer text, names, reasons and summaries come from people we do not
//! trust. The daemon stores what they wrote (less NUL); every output meant
//! for a person passes through here. A raw ESC or BEL in them could clear the screen, retitle the
//! window or worse, so every control character is swapped for a visible
//! placeholder: the staff member sees that something odd was sent, and the
//! terminal never interprets it.

/// The visible stand-in for ESC (U+241B SYMBOL FOR ESCAPE).
pub const ESC_PLACEHOLDER: char = '␛';

/// Replace every control character (C0, DEL, C1) and the bidi overrides
/// with a visible placeholder. Newlines are replaced too: use
/// [`lines`] to keep a message's own line breaks.
pub fn inert(text: &str) -> String {
    text.chars().map(placeholder).collect()
}

/// Split on `\n` (and `\r\n`) and make each line inert. Tabs become
/// spaces so that columns stay where the layout put them.
pub fn lines(text: &str) -> Vec<String> {
    text.split('\n')
        .map(|l| {
            let l = l.strip_suffix('\r').unwrap_or(l);
            inert(&l.replace('\t', "    "))
        })
        .collect()
}

/// One character made inert (see [`inert`]).
pub fn placeholder(c: char) -> char {
    match c {
        '\u{1b}' => ESC_PLACEHOLDER,
        // C0 controls have their own "control pictures" at U+2400 + code,
        // which keeps e.g. BEL recognisable as ␇.
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7f}' => '␡',
        // C1 controls (CSI, OSC, ST as single bytes) and the bidi
        // embeddings/overrides/isolates that can reorder what staff read.
        '\u{80}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200e}'
        | '\u{200f}' => '\u{FFFD}',
        other => other,
    }
}

/// The first line of `text`, made inert.
pub fn first_line(text: &str) -> String {
    lines(text)
        .into_iter()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_placeholders() {
        let s = inert("\x1b[2J\x1b]0;pwned\x07ok\u{9b}31m");
        assert_eq!(s, "␛[2J␛]0;pwned␇ok\u{FFFD}31m");
        assert!(!s.chars().any(char::is_control));
    }

    #[test]
    fn lines_keep_breaks_and_drop_carriage_returns() {
        assert_eq!(lines("a\r\nb\tc"), vec!["a", "b    c"]);
    }

    #[test]
    fn bidi_overrides_and_del_are_replaced() {
        let s = inert("a\u{202e}b\u{2066}c\u{7f}d");
        assert_eq!(s, "a\u{FFFD}b\u{FFFD}c␡d");
    }

    #[test]
    fn first_line_skips_blank_lines() {
        assert_eq!(first_line("\n  \nhello\nworld"), "hello");
    }
}
