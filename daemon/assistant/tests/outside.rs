//! Questions about the world rather than the shop, through the same
//! `Assistant::reply` a live conversation uses, on a KB written to disk
//! whose store page and products name the city: the assistant says it
//! does not know instead of quoting them.

mod common;

use common::{ask, converse_counting, embedded, kb_dir};
use concierge_assistant::{HandoverReason, Intent, Outcome};

fn vienna_shop() -> (tempfile::TempDir, concierge_assistant::Assistant) {
    let d = kb_dir(&[
        (
            "articles/store.md",
            "---\nid: store\ntags: [shop, showroom, pickup]\n---\n# Our store in Vienna\n\n\
             Our store and pickup point is at Mariahilfer Straße 120, 1070 Wien, two minutes \
             from the underground. It is open Monday to Saturday, 10:00 to 19:00, and on \
             Sundays in December, 11:00 to 17:00.\n",
        ),
        (
            "articles/delivery.md",
            "---\nid: delivery\ntags: [shipping, courier]\n---\n# Delivery\n\n\
             We ship with Post and DPD. Orders placed before 14:00 leave the same working day; \
             in snow or storms the couriers may take a day longer.\n",
        ),
        (
            "articles/price-match.md",
            "---\nid: price-match\ntags: [price match, discount]\n---\n# Price match\n\n\
             Found it cheaper? Write to us with the link and we match the price, or take 15% \
             off a second item of the same kind.\n",
        ),
        (
            "products.json",
            r#"[{"sku":"CF-VR","name":"Vienna Roast 250 g","description":"Medium-dark coffee roasted in Vienna every Saturday.","price":9.9,"currency":"EUR","stock":40},
            {"sku":"UM-1","name":"Rain Umbrella Wien","description":"Storm-proof umbrella printed with the Vienna skyline.","price":24,"currency":"EUR","stock":12}]"#,
        ),
    ]);
    let a = embedded(Some(d.path()));
    (d, a)
}

/// "The weather in Vienna tomorrow" shares the store page's city and
/// Sunday and a product's name; none of them is the forecast.
#[tokio::test]
async fn the_weather_gets_no_page_and_no_product() {
    let (_d, a) = vienna_shop();
    for line in [
        "what's the weather like in Vienna tomorrow?",
        "Wie wird das Wetter am Sonntag in Wien?",
        "will it rain in vienna this weekend",
        "che tempo fa domani a Vienna?",
        "jaka będzie pogoda w Wiedniu w sobotę?",
    ] {
        let r = ask(&a, "c1", line).await;
        assert_eq!(r.article, None, "{line}: {}", r.text);
        assert!(r.handover.is_none(), "{line}: {}", r.text);
        assert_eq!(r.intent, Intent::Other, "{line}: {}", r.text);
        // Declined, not failed: no step toward the "stuck" hand-over.
        assert_eq!(r.outcome, Outcome::Declined, "{line}: {}", r.text);
        for named in ["Mariahilfer", "Vienna Roast", "Umbrella", "DPD"] {
            assert!(!r.text.contains(named), "{line}: {}", r.text);
        }
    }
}

/// The shop's own questions that name the weather or the city keep their
/// answers.
#[tokio::test]
async fn the_shops_own_questions_about_the_city_and_the_snow_keep_their_answers() {
    let (_d, a) = vienna_shop();
    let r = ask(&a, "c1", "where is your store in Vienna?").await;
    assert_eq!(r.article.as_deref(), Some("store"), "{}", r.text);
    assert!(r.text.contains("Mariahilfer"), "{}", r.text);
    let r = ask(&a, "c1", "will the snow tomorrow delay my delivery?").await;
    assert_eq!(r.article.as_deref(), Some("delivery"), "{}", r.text);
    let r = ask(&a, "c1", "how much is the rain umbrella wien").await;
    assert!(r.text.contains("24"), "{}", r.text);
}

/// Schoolwork, writing to order, a joke and last night's result share a
/// word with the price-match page ("write", "15%") or a product; none is
/// the shop's.
#[tokio::test]
async fn schoolwork_poems_jokes_and_results_get_no_page() {
    let (_d, a) = vienna_shop();
    for line in [
        "can you help me with my maths homework, what's 15% of 240",
        "write me a poem about the vienna skyline",
        "erzähl mir einen Witz über Kaffee",
        "who won the Rapid Wien game last night",
        "me ayudas con los deberes? cuánto es el 15% de 80",
    ] {
        let r = ask(&a, "c1", line).await;
        assert_eq!(r.article, None, "{line}: {}", r.text);
        assert!(r.handover.is_none(), "{line}: {}", r.text);
        assert_eq!(r.intent, Intent::Other, "{line}: {}", r.text);
        // Declined, not failed: no step toward the "stuck" hand-over.
        assert_eq!(r.outcome, Outcome::Declined, "{line}: {}", r.text);
        for named in ["match the price", "Vienna Roast", "Umbrella"] {
            assert!(!r.text.contains(named), "{line}: {}", r.text);
        }
    }
    // The shop's own questions with the same words keep their answers.
    let r = ask(
        &a,
        "c1",
        "I found the vienna roast cheaper elsewhere, do you match the price?",
    )
    .await;
    assert_eq!(r.article.as_deref(), Some("price-match"), "{}", r.text);
}

/// Three questions about the world in a row are declined each time, and
/// are no customer stuck with the shop: no "stuck" hand-over, as three
/// questions the shop should answer and cannot would get.
#[tokio::test]
async fn questions_about_the_world_in_a_row_are_not_a_customer_stuck() {
    let (_d, a) = vienna_shop();
    let replies = converse_counting(
        &a,
        "c1",
        &[
            "what's the weather like in Vienna tomorrow?",
            "ok then can you help with my maths homework",
            "tell me a joke then",
        ],
    )
    .await;
    for r in &replies {
        assert!(r.handover.is_none(), "{}", r.text);
        assert_eq!(r.article, None, "{}", r.text);
    }
    let replies = converse_counting(
        &a,
        "c2",
        &[
            "do you have a loyalty programme?",
            "can I pay with klarna?",
            "do you offer gift wrapping?",
        ],
    )
    .await;
    let outcomes: Vec<Outcome> = replies.iter().map(|r| r.outcome).collect();
    assert_eq!(outcomes[..2], [Outcome::Failed; 2], "{replies:?}");
    assert!(replies[2].handover.is_some(), "{replies:?}");
}

/// A question about the world between failures neither counts as one nor
/// wipes them out: "fail, fail, the weather, fail" is a customer stuck
/// with the shop at the fourth line, as the daemon counts it.
#[tokio::test]
async fn a_question_about_the_world_between_failures_leaves_their_count() {
    let (_d, a) = vienna_shop();
    let replies = converse_counting(
        &a,
        "c1",
        &[
            "do you have a loyalty programme?",
            "can I pay with klarna?",
            "what's the weather like in Vienna tomorrow?",
            "do you offer gift wrapping?",
        ],
    )
    .await;
    let outcomes: Vec<Outcome> = replies.iter().map(|r| r.outcome).collect();
    assert_eq!(
        outcomes[..3],
        [Outcome::Failed, Outcome::Failed, Outcome::Declined],
        "{replies:?}"
    );
    assert!(replies[2].handover.is_none(), "{replies:?}");
    let stuck = replies[3].handover.as_ref().map(|h| h.reason);
    assert_eq!(stuck, Some(HandoverReason::Stuck), "{replies:?}");
}
