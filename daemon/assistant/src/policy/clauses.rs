//! A message cut into clauses, each read on its own: at sentence ends, at
//! "but", and before a request that follows a comma.

/// Split on sentence ends and on "but"/";" so that "I don't need a person,
/// but where is my order" keeps its negation in its own clause.
pub(super) fn clauses(message: &str) -> Vec<String> {
    let mut out = Vec::new();
    // `text::sentences` cuts where a point is followed by a space, so "a
    // box of 2.5 reeds" stays one sentence; ";" ends a clause too.
    for s in crate::text::sentences(message)
        .iter()
        .flat_map(|s| s.split(';'))
    {
        // "never mind, put me through" dismisses what came before; its
        // "never" negates nothing that follows.
        let lower = s
            .to_lowercase()
            .replace("never mind", "nevermind")
            .replace("forget it", "nevermind");
        for part in lower.split(", but ").flat_map(|p| p.split(" but ")) {
            for part in split_before_request(part) {
                // The sentence's own end mark is no word of the clause.
                let part = part.trim().trim_end_matches(['.', '!', '?']).trim_end();
                if !part.is_empty() {
                    out.push(part.to_string());
                }
            }
        }
    }
    out
}

/// "my order is going to my old address, can you redirect it?": the
/// request after the comma is a clause of its own, with its own frame.
/// Not after a condition ("if it has shipped, can I cancel it?"), which
/// asks about the policy.
fn split_before_request(part: &str) -> Vec<&str> {
    const OPENERS: &[&str] = &[
        "can you",
        "could you",
        "would you",
        "will you",
        "can someone",
        "could someone",
        "please",
        "pls",
        "plz",
        "kindly",
        "i want",
        "i need",
        "i'd like",
        "i would like",
        // "this bot isn't getting it, someone from the team please": the
        // negation about the bot is not about the person asked for.
        "someone",
        "somebody",
        "get me",
        "put me",
        "transfer me",
        "connect me",
        "let me talk",
        "let me speak",
        "can i speak",
        "can i talk",
        "could i speak",
        "could i talk",
    ];
    let first = part.split_whitespace().next().unwrap_or("");
    if matches!(
        first,
        "if" | "when" | "unless" | "once" | "after" | "before"
    ) {
        return vec![part];
    }
    let mut out = Vec::new();
    let mut rest = part;
    while let Some(i) = rest.find(", ").filter(|&i| {
        // "what's the return window, and can I speak to an agent anyway"
        let next = &rest[i + 2..];
        let next = ["and ", "also ", "then "]
            .iter()
            .find_map(|c| next.strip_prefix(c))
            .unwrap_or(next);
        OPENERS.iter().any(|o| {
            next.starts_with(o)
                && next[o.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    }) {
        out.push(&rest[..i]);
        rest = &rest[i + 2..];
    }
    out.push(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::clauses;

    #[test]
    fn a_point_between_digits_ends_no_sentence() {
        assert_eq!(
            clauses("can you add a box of 2.5 reeds to my order SM-48241-VLC"),
            ["can you add a box of 2.5 reeds to my order sm-48241-vlc"]
        );
        assert_eq!(
            clauses("it broke. get me a person!"),
            ["it broke", "get me a person"]
        );
        assert_eq!(
            clauses("ordered 2. then nothing"),
            ["ordered 2", "then nothing"]
        );
    }
}
