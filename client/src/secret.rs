//! A token or password held by a client.

use std::fmt;

/// A secret, kept out of `Debug` output and therefore out of logs. Read it
/// with [`Secret::expose`] where it must go on the wire.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_shows_the_value() {
        let s = Secret::new("eyJhbGciOiJIUzI1NiJ9.secret");
        let shown = format!("{s:?} {:?}", Some(&s));
        assert!(!shown.contains("secret"), "{shown}");
        assert_eq!(s.expose(), "eyJhbGciOiJIUzI1NiJ9.secret");
    }
}
