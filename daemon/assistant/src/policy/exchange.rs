//! An exchange of goods that have come: "can you swap the 2 Continentals
//! in 7741267 for the winter version? not fitted", "I got size 42 boots
//! but need 43, can you swap them in the order?". The shops file these
//! under their returns and exchanges, not under changing an order, which
//! is for an order not yet on its way ("swap the M harness for an L
//! before it ships").

use crate::text;

/// Words (in the glossary's English) that say the goods are with the
/// customer: they came, they are still sealed, not fitted or worn, or
/// they would go back by post.
const CAME: &[&str] = &[
    "got", "received", "arrived", "came", "unopened", "sealed", "shrink", "unworn", "unused",
    "fitted", "unfitted", "mounted", "worn", "posting",
];

/// Ways to send goods back, which say they came only after "by" ("by
/// post", "by courier"): "change the delivery to a courier" is about an
/// order still to leave.
const BY: &[&str] = &["post", "courier"];

/// Words that say the order has not left yet.
const NOT_LEFT: &[&str] = &["ships", "shipped", "dispatched", "dispatch", "sent"];

/// Whether `message` asks to exchange goods the customer already has
/// (`CAME`), and does not say the order is still to leave ("before it
/// ships", "nothing has been sent yet").
pub fn exchanges_what_came(message: &str) -> bool {
    let w = text::words(&crate::glossary::with_english(message));
    let has = |set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
    let swaps = has(&["swap", "exchange"]);
    let not_left = w.iter().enumerate().any(|(i, x)| {
        NOT_LEFT.contains(&x.as_str())
            && w[i.saturating_sub(3)..(i + 3).min(w.len())]
                .iter()
                .any(|y| matches!(y.as_str(), "before" | "yet" | "not" | "hasn't" | "nothing"))
    });
    let by_post = w
        .windows(2)
        .any(|p| p[0] == "by" && BY.contains(&p[1].as_str()));
    swaps && (has(CAME) || by_post) && !not_left
}

#[cfg(test)]
mod tests {
    use super::exchanges_what_came;

    #[test]
    fn goods_that_came_are_exchanged_and_an_order_yet_to_leave_is_changed() {
        for line in [
            "can you swap the 2 Continentals in 7741267 for the winter version? not fitted",
            "I got size 42 boots in MB-CZ-2512-0599 but need 43, can you swap them in the order?",
            "I'm in Brno though. can you swap the 42s in MB-CZ-2512-0599 for 43 by post?",
            "can you exchange the ticket to ride in NP-884222 for wingspan? it's still sealed",
        ] {
            assert!(exchanges_what_came(line), "{line}");
        }
        for line in [
            "can you swap the M harness in NK-4472310 for an L before it ships",
            "I'd be grateful if someone could swap the Kolumbia bags in KK/2025/03913 for Kenya, \
             nothing has been sent yet",
            "can you swap the M7 in 118822 for the cheaper M3?",
            "I got your email, where is my parcel?",
            "prašau pakeisti užsakymo 118815 pristatymą į kurjerį",
        ] {
            assert!(!exchanges_what_came(line), "{line}");
        }
    }
}
