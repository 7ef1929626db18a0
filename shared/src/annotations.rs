//! What staff keep about a session (issue 16): private notes and labels.
//!
//! Notes are for staff only: the daemon sends them to staff sockets and
//! never to a customer's. Labels are short tags (`refund`, `vip`,
//! `handover:order_change`) used to filter, count and export sessions;
//! [`Label::parse`] is the one definition of what a label may be, shared
//! by the daemon (which decides) and the console (which checks before
//! sending, for a quick answer).

use serde::{Deserialize, Serialize};

use crate::protocol::Timestamp;

/// Longest label, in characters.
pub const MAX_LABEL_CHARS: usize = 40;
/// Most labels one session may carry.
pub const MAX_LABELS_PER_SESSION: usize = 20;
/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 4000;
/// Labels set by the daemon from the assistant's hand-over reason start
/// with this (`handover:order_change`).
pub const HANDOVER_LABEL_PREFIX: &str = "handover:";

/// Why a label was refused; the message is shown to people as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LabelError {
    #[error("a label cannot be empty")]
    Empty,
    #[error("label \"{0}\" is longer than {MAX_LABEL_CHARS} characters")]
    TooLong(String),
    #[error(
        "label \"{0}\" may only hold lowercase letters a-z, digits and - _ : (no spaces or capitals)"
    )]
    BadChars(String),
    #[error("a session carries at most {MAX_LABELS_PER_SESSION} labels")]
    TooMany,
}

/// A valid label: 1 to 40 characters of `a-z 0-9 - _ :`. Lowercase only,
/// so `Refund` and `refund` can never be two labels; the console lowers
/// what staff type before it asks.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Label(String);

impl Label {
    pub fn parse(s: &str) -> Result<Label, LabelError> {
        if s.is_empty() {
            return Err(LabelError::Empty);
        }
        if s.chars().count() > MAX_LABEL_CHARS {
            let shown: String = s.chars().take(MAX_LABEL_CHARS).collect();
            return Err(LabelError::TooLong(format!("{shown}…")));
        }
        let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_:".contains(c);
        if !s.chars().all(ok) {
            return Err(LabelError::BadChars(s.escape_debug().to_string()));
        }
        Ok(Label(s.to_string()))
    }

    /// A set of labels for one session: each valid, duplicates dropped,
    /// sorted, at most [`MAX_LABELS_PER_SESSION`].
    pub fn parse_set<S: AsRef<str>>(items: &[S]) -> Result<Vec<Label>, LabelError> {
        let mut out = items
            .iter()
            .map(|s| Label::parse(s.as_ref()))
            .collect::<Result<Vec<_>, _>>()?;
        out.sort();
        out.dedup();
        if out.len() > MAX_LABELS_PER_SESSION {
            return Err(LabelError::TooMany);
        }
        Ok(out)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Label::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A private note on a session (staff only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub note_id: i64,
    pub session_uuid: String,
    pub author_id: String,
    pub author_name: String,
    pub body: String,
    pub created_at: Timestamp,
}

/// `add_note`: staff add a private note to a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddNote {
    pub session_uuid: String,
    pub body: String,
}

/// `set_labels`: replace a session's labels (staff). Labels are checked
/// by the daemon ([`Label::parse`]); the raw strings travel so that a bad
/// one gets a clear `bad_request` naming it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetLabels {
    pub session_uuid: String,
    pub labels: Vec<String>,
}

/// `get_labels`: the labels in use, for completion (staff).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetLabels {}

/// `labels_updated`: a session's labels changed (to staff).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LabelsUpdated {
    pub session_uuid: String,
    pub labels: Vec<String>,
    pub updated_by: String,
}

/// Ack of `get_notes`: the session's notes, oldest first, and its labels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionNotes {
    pub session_uuid: String,
    pub notes: Vec<Note>,
    pub labels: Vec<String>,
}

/// One label in use and on how many sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LabelCount {
    pub label: String,
    pub sessions: i64,
}

/// Ack of `get_labels`: most used first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LabelsInUse {
    pub labels: Vec<LabelCount>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_short_lowercase_words() {
        assert!(Label::parse("refund").is_ok());
        assert!(Label::parse("handover:order_change").is_ok());
        assert!(Label::parse("vip-2").is_ok());
        assert_eq!(Label::parse(""), Err(LabelError::Empty));
        assert!(matches!(
            Label::parse("Refund"),
            Err(LabelError::BadChars(_))
        ));
        assert!(matches!(
            Label::parse("two words"),
            Err(LabelError::BadChars(_))
        ));
        assert!(matches!(Label::parse("é"), Err(LabelError::BadChars(_))));
        assert!(Label::parse(&"a".repeat(40)).is_ok());
        assert!(matches!(
            Label::parse(&"a".repeat(41)),
            Err(LabelError::TooLong(_))
        ));
    }

    #[test]
    fn a_set_is_sorted_deduplicated_and_bounded() {
        let set = Label::parse_set(&["b", "a", "b"]).unwrap();
        assert_eq!(
            set.iter().map(Label::as_str).collect::<Vec<_>>(),
            ["a", "b"]
        );
        let many: Vec<String> = (0..21).map(|i| format!("l{i}")).collect();
        assert_eq!(Label::parse_set(&many), Err(LabelError::TooMany));
        let twenty: Vec<String> = (0..20).map(|i| format!("l{i}")).collect();
        assert!(Label::parse_set(&twenty).is_ok());
    }
}
