//! Shared canned replies (issue 16): the team's replies, kept by the
//! daemon and inserted by staff with `/code` in the console.
//!
//! The rules for a code and a body live here so the daemon (which
//! refuses), the CLI and the console (which explain) agree on them.

use serde::{Deserialize, Serialize};

use crate::protocol::Timestamp;

/// Longest code, in characters.
pub const MAX_CODE_CHARS: usize = 32;
/// Longest body, in characters: a reply, not a document.
pub const MAX_BODY_CHARS: usize = 2000;
/// Reply-box commands of the console (`/note …`, `/order …`): a shared
/// reply with one of these codes could never be reached.
pub const RESERVED_CODES: [&str; 2] = ["note", "order"];
/// The variables a body may hold, expanded by the console on insertion.
pub const VARIABLES: [&str; 3] = ["customer.name", "staff.name", "order.id"];

/// `list_canned_replies` (staff only): no fields.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListCannedReplies {}

/// One shared reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CannedReply {
    pub code: String,
    pub body: String,
    pub updated_by: String,
    pub updated_at: Timestamp,
}

/// Ack of `list_canned_replies`: every shared reply, by code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CannedReplies {
    pub replies: Vec<CannedReply>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CannedError {
    #[error("code must not be empty")]
    EmptyCode,
    #[error("code is longer than {MAX_CODE_CHARS} characters")]
    CodeTooLong,
    #[error("code may hold only a-z, 0-9, '-' and '_' (got {0:?})")]
    CodeCharacter(char),
    #[error("code /{0} is reserved for a console command")]
    Reserved(String),
    #[error("body must not be empty")]
    EmptyBody,
    #[error("body is longer than {MAX_BODY_CHARS} characters")]
    BodyTooLong,
    #[error(
        "body uses unknown variable {{{0}}}; known: {{customer.name}}, {{staff.name}}, {{order.id}}"
    )]
    UnknownVariable(String),
}

/// A code as typed after `/`: lower-case letters, digits, `-` and `_`, at
/// most [`MAX_CODE_CHARS`], and not a console command.
pub fn check_code(code: &str) -> Result<(), CannedError> {
    if code.is_empty() {
        return Err(CannedError::EmptyCode);
    }
    if code.chars().count() > MAX_CODE_CHARS {
        return Err(CannedError::CodeTooLong);
    }
    if let Some(c) = code
        .chars()
        .find(|c| !matches!(c, 'a'..='z' | '0'..='9' | '-' | '_'))
    {
        return Err(CannedError::CodeCharacter(c));
    }
    if RESERVED_CODES.contains(&code) {
        return Err(CannedError::Reserved(code.to_string()));
    }
    Ok(())
}

/// A body: not blank, at most [`MAX_BODY_CHARS`], and every `{a.b}` in it
/// one of [`VARIABLES`] (a typo would otherwise reach a customer as is).
pub fn check_body(body: &str) -> Result<(), CannedError> {
    if body.trim().is_empty() {
        return Err(CannedError::EmptyBody);
    }
    if body.chars().count() > MAX_BODY_CHARS {
        return Err(CannedError::BodyTooLong);
    }
    if let Some(v) = placeholders(body).find(|v| !VARIABLES.contains(v)) {
        return Err(CannedError::UnknownVariable(v.to_string()));
    }
    Ok(())
}

/// Every `{word.word}` in `text` (the braces left out), in order. Only
/// this shape counts as a variable, so other braces in a reply are text.
pub fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{').skip(1).filter_map(|rest| {
        let inner = &rest[..rest.find('}')?];
        let (a, b) = inner.split_once('.')?;
        let word = |w: &str| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        };
        (word(a) && word(b)).then_some(inner)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_short_lower_case_words_and_not_commands() {
        assert_eq!(check_code("refund-policy_2"), Ok(()));
        assert_eq!(check_code(""), Err(CannedError::EmptyCode));
        assert_eq!(check_code(&"a".repeat(33)), Err(CannedError::CodeTooLong));
        assert_eq!(check_code(&"a".repeat(32)), Ok(()));
        assert_eq!(check_code("Hi"), Err(CannedError::CodeCharacter('H')));
        assert_eq!(check_code("a b"), Err(CannedError::CodeCharacter(' ')));
        assert_eq!(check_code("../x"), Err(CannedError::CodeCharacter('.')));
        assert_eq!(
            check_code("note"),
            Err(CannedError::Reserved("note".into()))
        );
        assert_eq!(
            check_code("order"),
            Err(CannedError::Reserved("order".into()))
        );
        assert_eq!(check_code("orders"), Ok(()));
    }

    #[test]
    fn bodies_are_bounded_and_use_known_variables_only() {
        assert_eq!(check_body("Hi {customer.name}, I'm {staff.name}."), Ok(()));
        assert_eq!(check_body("  \n"), Err(CannedError::EmptyBody));
        assert_eq!(check_body(&"x".repeat(2001)), Err(CannedError::BodyTooLong));
        assert_eq!(
            check_body("Hi {customer.nmae}"),
            Err(CannedError::UnknownVariable("customer.nmae".into()))
        );
        // Braces that are not a variable's shape are plain text.
        assert_eq!(check_body("use {} or {a b} or {x}"), Ok(()));
    }

    #[test]
    fn placeholders_are_found_in_order() {
        let v: Vec<&str> = placeholders("{a.b} {x} {order.id}}{c.d").collect();
        assert_eq!(v, ["a.b", "order.id"]);
    }
}
