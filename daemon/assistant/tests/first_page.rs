//! The first page on the line's topic, far ahead of the first page that
//! matches with confidence (half the line, or a word in its title): the
//! one far ahead answers, through the same `Assistant::reply` a live
//! conversation uses, on real tuning shops' pages.

mod common;

use common::{ask, on_tuning_kb};

#[tokio::test]
async fn a_page_on_the_topic_far_ahead_beats_a_confident_one_behind_it() {
    for (kb, line, page) in [
        // The returns page, not the page on changing orders whose title
        // has "order" and whose text has "money back".
        (
            "twelfth-kb",
            "Ich möchte mein Geld für die Bestellung NK-4475390 zurück, die Schuhe drücken",
            "returns",
        ),
        (
            "eighteenth-kb",
            "if a harness turns out too small, can I swap it for a bigger size?",
            "returns",
        ),
    ] {
        let a = on_tuning_kb(kb);
        let r = ask(&a, "c1", line).await;
        assert_eq!(r.article.as_deref(), Some(page), "{line}: {}", r.text);
    }
}
