//! The page ranked first answers where a confident match falls short,
//! through the same `Assistant::reply` a live conversation uses, on real
//! tuning shops' pages: a question about the shop written in words the
//! glossary does not read ("wat kost opslag per kist", "сколько стоит
//! взять игру напрокат"), where "I don't know" would leave the customer
//! nothing; and a page on the line's topic far ahead of one that merely
//! shares half its words.

mod common;

use common::{ask, on_tuning_kb};

#[tokio::test]
async fn a_strong_first_page_answers_though_it_shares_less_than_half_the_line() {
    for (kb, line, page, fact) in [
        (
            "twelfth-kb",
            "J'ai perdu la sonde louée, ça coûte combien ?",
            "rental-damage",
            "Lost or torn",
        ),
        (
            "thirteenth-kb",
            "wat kost opslag per kist per jaar",
            "cellar-storage",
            "€18",
        ),
        (
            "twentyninth-kb",
            "сколько стоит взять игру напрокат на неделю?",
            "game-rental",
            "€15",
        ),
        (
            "thirteenth-kb",
            "korting voor een bedrijfsbestelling van 30 flessen?",
            "entreprises-mariages",
            "5%",
        ),
    ] {
        let a = on_tuning_kb(kb);
        let r = ask(&a, "c1", line).await;
        assert_eq!(r.article.as_deref(), Some(page), "{line}: {}", r.text);
        assert!(r.text.contains(fact), "{line}: {}", r.text);
    }
}

/// A price asked of something no page or product names shares only the
/// words for a price with a page of other prices: no page is given.
#[tokio::test]
async fn a_page_sharing_only_the_words_for_a_price_does_not_answer() {
    for (kb, line) in [
        ("ninth-kb", "скільки коштує ведмедик Тимек?"),
        ("twentysixth-kb", "hvad koster bogen med luffer?"),
    ] {
        let a = on_tuning_kb(kb);
        let r = ask(&a, "c1", line).await;
        assert_eq!(r.article, None, "{line}: {}", r.text);
    }
}

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
