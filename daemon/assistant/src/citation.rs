//! How a reply names the help pages it quotes: written here and read back
//! here. The conversation history keeps the assistant's replies as text
//! only, so a reply's citation is the one record of the page it rested
//! on: the hand-over summary lists it as answered, and a later hand-over
//! names it as the page the chat was about.

/// How every citation opens; one page or two ("…page" / "…pages").
const OPENS: &str = "(From our help page";

/// `quote`, then the page it comes from.
pub fn quoted(quote: &str, title: &str) -> String {
    format!("{quote}\n{OPENS} \"{title}\".)")
}

/// `quote` drawn from two pages (a row of one and the answer on another).
pub fn quoted_from_two(quote: &str, first: &str, second: &str) -> String {
    format!("{quote}\n{OPENS}s \"{first}\" and \"{second}\".)")
}

/// The first page title a reply's citation names, if it has one.
pub fn first_title(reply: &str) -> Option<&str> {
    let rest = &reply[reply.rfind(OPENS)?..];
    let start = rest.find('"')? + 1;
    let len = rest[start..].find('"')?;
    Some(&rest[start..start + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_is_read_back_as_it_was_written() {
        assert_eq!(
            first_title(&quoted("Within 30 days.", "Returns")),
            Some("Returns")
        );
        assert_eq!(
            first_title(&quoted_from_two("Zone 2: €9.", "Rates", "Zones")),
            Some("Rates")
        );
        assert_eq!(first_title("Your order 1042 has shipped."), None);
    }

    /// The text customers read, as replies stored before this module wrote it.
    #[test]
    fn a_reply_s_citation_names_its_page() {
        assert_eq!(
            first_title("Within 30 days.\n(From our help page \"Returns\".)"),
            Some("Returns")
        );
        assert_eq!(
            first_title("Zone 2: €9.\n(From our help pages \"Rates\" and \"Zones\".)"),
            Some("Rates")
        );
        assert_eq!(
            quoted("Within 30 days.", "Returns"),
            "Within 30 days.\n(From our help page \"Returns\".)"
        );
    }
}
