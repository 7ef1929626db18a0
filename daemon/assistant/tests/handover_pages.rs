//! The help page a hand-over rests on when its own line names no topic:
//! the page the conversation was about ("fine, human please" after an
//! answer), or the page a complaint's matter falls under. Through the same
//! `Assistant::reply` a live conversation uses.

mod common;

use common::{ask, embedded, kb_dir};

/// "What's your return window?", answered from a page, then "fine, I'd
/// like to talk to a person": the hand-over is about the returns page the
/// customer was given, and does not quote it a second time.
#[tokio::test]
async fn a_bare_request_after_an_answer_rests_on_the_page_given() {
    let a = embedded(None);
    let r = common::converse(
        &a,
        "c1",
        &[
            "how many days do I have to return something?",
            "ok fine. I'd like to talk to a person please",
        ],
    )
    .await;
    let first = r[0].article.clone();
    assert!(first.is_some(), "{}", r[0].text);
    assert!(r[1].handover.is_some(), "{}", r[1].text);
    assert_eq!(r[1].article, first, "{}", r[1].text);
    assert!(!r[1].text.contains("From our help page"), "{}", r[1].text);
    // A request for a person with nothing answered before has no page.
    let r = ask(&a, "c1", "I'd like to talk to a person please").await;
    assert!(r.handover.is_some(), "{}", r.text);
    assert_eq!(r.article, None, "{}", r.text);
}

/// Someone hurt when a product failed is handed over at once; the page
/// the matter falls under is named for the record, and not quoted to them.
#[tokio::test]
async fn a_complaint_handed_over_names_the_page_it_falls_under() {
    let d = kb_dir(&[
        (
            "articles/safety-gear.md",
            "---\nid: safety-gear\ntags: [harness, buckle, carabiner, helmet]\n---\n\
             # Safety gear: harnesses, buckles and carabiners\n\n\
             Check the harness buckle and every carabiner before each climb. A harness \
             buckle that slips or a carabiner that bends must not be used again.\n",
        ),
        (
            "articles/shipping.md",
            "---\nid: shipping\ntags: [delivery]\n---\n# Shipping\n\n\
             We ship in 2 working days across the EU.\n",
        ),
    ]);
    let a = embedded(Some(d.path()));
    let r = ask(
        &a,
        "c1",
        "my daughter got hurt while climbing, the harness buckle came loose",
    )
    .await;
    assert!(r.handover.is_some(), "{}", r.text);
    assert_eq!(r.article.as_deref(), Some("safety-gear"), "{}", r.text);
    assert!(!r.text.contains("From our help page"), "{}", r.text);
}

/// A matter handed over that its line answers no page of with confidence
/// ("I'd like a refund for the stove": a refund is staff work): the page
/// the matter is about is named for staff and the record, and not quoted.
#[tokio::test]
async fn a_matter_handed_over_names_its_page_without_quoting_it() {
    let a = embedded(None);
    let r = ask(&a, "c1", "I'd like a refund for the stove").await;
    assert!(r.handover.is_some(), "{}", r.text);
    assert_eq!(r.article.as_deref(), Some("refunds"), "{}", r.text);
    assert!(!r.text.contains("From our help page"), "{}", r.text);
    // A bare request names nothing: no page is about "a person".
    let r = ask(&a, "c1", "honestly I think this needs a human").await;
    assert!(r.handover.is_some(), "{}", r.text);
    assert_eq!(r.article, None, "{}", r.text);
}

/// "What's the status of order 1042?", answered from the order's data,
/// then "I'd like to speak to a person about it": the matter was told in
/// the earlier line, and the hand-over names the page on it.
#[tokio::test]
async fn a_person_asked_for_after_the_matter_names_the_matters_page() {
    let a = embedded(None);
    let r = common::converse(
        &a,
        "c1",
        &[
            "what's the status of order 1042?",
            "I'd like to speak to a person about it",
        ],
    )
    .await;
    assert_eq!(r[0].article, None, "{}", r[0].text);
    assert!(r[1].handover.is_some(), "{}", r[1].text);
    assert_eq!(
        r[1].article.as_deref(),
        Some("order-tracking"),
        "{}",
        r[1].text
    );
    assert!(!r[1].text.contains("From our help page"), "{}", r[1].text);
}

/// The shop's page on changing orders, as a KB file.
const ORDER_CHANGES: (&str, &str) = (
    "articles/order-changes.md",
    "---\nid: order-changes\ntags: [change order, cancel order, address]\n---\n\
     # Changing or cancelling an order\n\n\
     Orders can be changed or cancelled until they are packed. Our team does it \
     for you in the chat.\n",
);

/// An order to change handed over names the shop's page on changing
/// orders when nothing in the line could be quoted with confidence, not
/// the delivery page that shares the line's words.
#[tokio::test]
async fn an_order_change_names_the_page_on_changing_orders() {
    let d = kb_dir(&[
        ORDER_CHANGES,
        (
            "articles/delivery.md",
            "---\nid: delivery\ntags: [delivery, courier, pickup point, office]\n---\n\
             # Delivery\n\n\
             We deliver to your home, your office or a pickup point in 2 working days.\n",
        ),
    ]);
    let a = embedded(Some(d.path()));
    let r = ask(
        &a,
        "c1",
        "can you redirect my order to my office in Risskov instead",
    )
    .await;
    assert!(r.handover.is_some(), "{}", r.text);
    assert_eq!(r.article.as_deref(), Some("order-changes"), "{}", r.text);
}

/// A booking to change or cancel, with no order named ("cancel my kayak
/// rental for tomorrow"), rests on the page titled for it, not on the page
/// on changing orders; a line that changes an order ("add a paddle to my
/// order") still rests on the latter, whatever page shares its words.
#[tokio::test]
async fn a_booking_to_cancel_rests_on_its_own_page() {
    let d = kb_dir(&[
        ORDER_CHANGES,
        (
            "articles/rentals.md",
            "---\nid: rentals\ntags: [rental, hire, kayak, paddle]\n---\n# Kayak and paddle \
             rentals\n\nRent a kayak by the day at our lake store. Rentals can be moved or \
             cancelled free of charge until 24 hours before pickup; our team changes them for \
             you.\n",
        ),
    ]);
    let a = embedded(Some(d.path()));
    let r = ask(&a, "c1", "please cancel my kayak rental for tomorrow").await;
    assert!(r.handover.is_some(), "{}", r.text);
    assert_eq!(r.article.as_deref(), Some("rentals"), "{}", r.text);
    let r = ask(
        &a,
        "c1",
        "could you add a second paddle to my order from this morning?",
    )
    .await;
    assert!(r.handover.is_some(), "{}", r.text);
    assert_eq!(r.article.as_deref(), Some("order-changes"), "{}", r.text);
}

/// Goods that came, to be swapped ("not fitted", "I got … but need",
/// "by post"), rest on the shop's page on returns and exchanges; a swap
/// before the order leaves ("before it ships") stays with the page on
/// changing orders.
#[tokio::test]
async fn goods_that_came_to_swap_rest_on_the_returns_page() {
    let d = kb_dir(&[
        ORDER_CHANGES,
        (
            "articles/returns.md",
            "---\nid: returns\ntags: [returns, refunds, exchange]\n---\n# Returns and \
             exchanges\n\nUnused items can be returned or exchanged within 30 days of \
             delivery. Tyres must not have been fitted.\n",
        ),
    ]);
    let a = embedded(Some(d.path()));
    for line in [
        "can you swap the 2 Continentals in 7741267 for the winter version? not fitted",
        "I got size 42 boots in 2512-0599 but need 43, can you swap them in the order?",
        "I'm in Brno though. can you swap the 42s in 2512-0599 for 43 by post?",
        // Hungarian: "would you swap one No. 7 in 03831 for Budai Crema? unopened".
        "a 03831-ben lévő egyik No. 7-et kicserélnétek Budai Cremára? bontatlan",
    ] {
        let r = ask(&a, "c1", line).await;
        assert!(r.handover.is_some(), "{line}: {}", r.text);
        assert_eq!(r.article.as_deref(), Some("returns"), "{line}: {}", r.text);
    }
    let line = "can you swap the M harness in 4472310 for an L before it ships";
    let r = ask(&a, "c1", line).await;
    assert!(r.handover.is_some(), "{line}: {}", r.text);
    assert_eq!(
        r.article.as_deref(),
        Some("order-changes"),
        "{line}: {}",
        r.text
    );
}

/// A complaint about how the shop's people behaved is handed over naming
/// no page: the store's page shares "shop" and "Saturday" with it, but
/// no help page governs a rude member of staff.
#[tokio::test]
async fn rude_staff_handed_over_name_no_page() {
    let d = kb_dir(&[(
        "articles/store.md",
        "---\nid: store\ntags: [store, shop, opening hours]\n---\n# Our shop in Aarhus\n\n\
         The shop is open Monday to Saturday, 10:00 to 18:00. The staff in the shop can \
         adjust your glasses while you wait.\n",
    )]);
    let a = embedded(Some(d.path()));
    for line in [
        "the guy at the shop on saturday was really rude to my wife",
        "ekspedienten i butikken var meget uforskammet over for min mor i dag",
    ] {
        let r = ask(&a, "c1", line).await;
        assert!(r.handover.is_some(), "{line}: {}", r.text);
        assert_eq!(r.article, None, "{line}: {}", r.text);
    }
}
