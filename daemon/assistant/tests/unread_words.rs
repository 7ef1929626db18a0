//! A question about the shop written in words the glossary does not read
//! ("wat kost opslag per kist", "сколько стоит взять игру напрокат"):
//! the first page, when it matches strongly, answers, through the same
//! `Assistant::reply` a live conversation uses, on real tuning shops'
//! pages. "I don't know" would leave the customer nothing.

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
