//! When nobody is there (issue 17): the pure parts. Whether a hand-over
//! can reach a person, what the customer is told, and which email
//! addresses are accepted. The hub applies these (`hub/offline.rs`); the
//! business hours themselves are [`crate::hours`].

use std::str::FromStr;

use crate::hours::Availability;

/// Longest address accepted (RFC 5321).
pub const MAX_EMAIL_CHARS: usize = crate::auth::MAX_EMAIL_CHARS;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("an email address is needed to leave a message")]
    Missing,
    #[error("{0:?} is not an email address")]
    Invalid(String),
    #[error("the email address is longer than {MAX_EMAIL_CHARS} characters")]
    TooLong,
}

/// A checked email address (`local@domain`, no display name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The address given in the frame wins over the token's `email` claim.
pub fn choose_email(given: Option<&str>, claim: Option<&str>) -> Result<Email, EmailError> {
    let raw = given
        .map(str::trim)
        .filter(|g| !g.is_empty())
        .or(claim.map(str::trim).filter(|c| !c.is_empty()))
        .ok_or(EmailError::Missing)?;
    if raw.chars().count() > MAX_EMAIL_CHARS {
        return Err(EmailError::TooLong);
    }
    // lettre's parser follows RFC 5321/5322 for the address itself; a
    // domain must also have a dot (no `root@localhost` from a web form).
    let parsed = lettre::Address::from_str(raw).map_err(|_| EmailError::Invalid(raw.into()))?;
    if !parsed.domain().contains('.') || raw.chars().any(|c| c.is_control() || c == ' ') {
        return Err(EmailError::Invalid(raw.into()));
    }
    Ok(Email(raw.to_string()))
}

/// Who can take a hand-over right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reach {
    pub online: u32,
    pub available: u32,
    pub hours: Availability,
}

impl Reach {
    /// Nobody can take the hand-over: nobody online, or outside business
    /// hours with nobody available (a person who is online and taking
    /// chats outside hours still gets it).
    pub fn nobody(&self) -> bool {
        self.online == 0 || (!self.hours.open && self.available == 0)
    }

    pub fn staff_expected(&self) -> bool {
        self.hours.open && self.available > 0
    }
}

/// "Someone is back …" for the customer, in the shop's zone.
pub fn back_when(next_opening_ms: Option<i64>, timezone: Option<&str>) -> String {
    let (Some(ms), Some(tz)) = (next_opening_ms, timezone) else {
        return "as soon as someone from the team is online".to_string();
    };
    let Ok(ts) = jiff::Timestamp::from_millisecond(ms) else {
        return "as soon as someone from the team is online".to_string();
    };
    let Ok(zone) = jiff::tz::TimeZone::get(tz) else {
        return format!("at {ts}");
    };
    let z = ts.to_zoned_datetime(zone);
    format!(
        "on {} at {} ({tz})",
        z.strftime("%A %-d %B"),
        z.strftime("%H:%M")
    )
}

/// The line written into the chat when a message is left.
pub fn message_left_line(email: &Email, back: &str) -> String {
    format!(
        "Your message is waiting for the team. Someone is back {back}; the answer will \
         also be sent to {}.",
        email.as_str()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_wins_over_the_claim_and_both_are_checked() {
        assert_eq!(
            choose_email(Some(" a@shop.example "), Some("b@shop.example"))
                .unwrap()
                .as_str(),
            "a@shop.example"
        );
        assert_eq!(
            choose_email(None, Some("b@shop.example")).unwrap().as_str(),
            "b@shop.example"
        );
        assert_eq!(choose_email(None, None), Err(EmailError::Missing));
        assert_eq!(choose_email(Some(" "), None), Err(EmailError::Missing));
        for bad in [
            "nobody",
            "a@",
            "@shop.example",
            "a@localhost",
            "a b@shop.example",
            "Carol <c@shop.example>",
            "a@shop.example\r\nBcc: x@evil.example",
        ] {
            assert!(
                matches!(choose_email(Some(bad), None), Err(EmailError::Invalid(_))),
                "{bad}"
            );
        }
        let long = format!("{}@shop.example", "a".repeat(400));
        assert_eq!(choose_email(Some(&long), None), Err(EmailError::TooLong));
    }

    #[test]
    fn nobody_means_nobody_online_or_closed_and_nobody_available() {
        let open = Availability::ALWAYS;
        let closed = Availability {
            open: false,
            next_opening: Some(0),
        };
        let r = |online, available, hours| Reach {
            online,
            available,
            hours,
        };
        assert!(r(0, 0, open).nobody());
        assert!(
            !r(1, 0, open).nobody(),
            "online but busy: wait in the queue"
        );
        assert!(r(1, 0, closed).nobody());
        assert!(!r(1, 1, closed).nobody(), "someone took chats after hours");
        assert!(r(1, 1, open).staff_expected());
        assert!(!r(1, 1, closed).staff_expected());
    }

    #[test]
    fn back_when_reads_in_the_shop_zone() {
        let ms = "2026-12-07T08:00:00Z"
            .parse::<jiff::Timestamp>()
            .unwrap()
            .as_millisecond();
        assert_eq!(
            back_when(Some(ms), Some("Europe/Berlin")),
            "on Monday 7 December at 09:00 (Europe/Berlin)"
        );
        assert_eq!(
            back_when(None, None),
            "as soon as someone from the team is online"
        );
    }
}
