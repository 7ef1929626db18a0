//! BM25, synonyms and sentence choice.

use super::*;

fn doc(text: &str) -> Vec<(String, f32)> {
    text::terms(text).into_iter().map(|t| (t, 1.0)).collect()
}

#[test]
fn rarer_terms_weigh_more() {
    let idx = Bm25::new(vec![
        doc("shipping costs and shipping times"),
        doc("returns and refunds"),
        doc("shipping abroad and customs"),
    ]);
    assert!(idx.idf("refund") > idx.idf("ship"));
    let hits = idx.rank(&Query::new("how long do refunds take"));
    assert_eq!(hits[0].index, 1);
    assert!(idx.rank(&Query::new("zebra")).is_empty());
}

#[test]
fn term_frequency_saturates_and_length_normalises() {
    let idx = Bm25::new(vec![
        doc("tent tent tent tent tent tent tent tent"),
        doc("tent stove"),
    ]);
    let q = Query::new("tent");
    let (long, short) = (idx.score(0, &q), idx.score(1, &q));
    // Eight times the occurrences must not mean eight times the score.
    assert!(long < 2.0 * short, "{long} vs {short}");
}

#[test]
fn coverage_is_the_share_of_query_meaning_matched() {
    let idx = Bm25::new(vec![doc("gift cards"), doc("payment methods")]);
    let q = Query::new("gift cards");
    assert!((idx.coverage(0, &q) - 1.0).abs() < 1e-6);
    assert_eq!(idx.coverage(1, &q), 0.0);
}

#[test]
fn synonyms_are_found_by_stem() {
    assert!(synonyms(&text::stem("courier")).contains(&"carrier"));
    assert!(synonyms(&text::stem("vouchers")).contains(&"discount"));
    assert!(synonyms(&text::stem("zebra")).is_empty());
}

#[test]
fn best_sentence_is_the_one_answering() {
    let kb = KnowledgeBase::demo().unwrap();
    let r = Retriever::new(&kb);
    let q = Query::new("how long does a refund take to show on my bank statement");
    let hits = r.articles(&q);
    let top = &kb.articles[hits[0].index];
    assert_eq!(top.id, "refunds");
    let s = r.best_sentences(hits[0].index, &q).join(" ");
    assert!(s.contains("3 to 5 business days"), "{s}");
}

fn kb_with(title: &str, body: &str) -> KnowledgeBase {
    KnowledgeBase {
        articles: vec![
            crate::kb::Article {
                id: "a".into(),
                title: title.into(),
                tags: vec![],
                body: body.into(),
            },
            crate::kb::Article {
                id: "b".into(),
                title: "Something else".into(),
                tags: vec![],
                body: "Gift wrapping is free for every order.".into(),
            },
        ],
        ..KnowledgeBase::default()
    }
}

#[test]
fn a_price_asked_of_the_pages_topic_gets_the_first_row() {
    let kb = kb_with(
        "Delivery options",
        "| Method | Cost |\n|---|---|\n| Standard | €4.95 |\n| Evening delivery | €6.95 |\n| Express | €12.95 |\n",
    );
    let r = Retriever::new(&kb);
    let s = r
        .best_sentences(0, &Query::new("how much is delivery"))
        .join(" ");
    assert!(s.starts_with("Standard: cost €4.95"), "{s}");
    let s = r
        .best_sentences(0, &Query::new("how much is express"))
        .join(" ");
    assert!(s.starts_with("Express: cost €12.95"), "{s}");
}

#[test]
fn an_amount_picks_its_price_band() {
    let kb = kb_with(
        "Cover plans",
        "Our plans add cover.\n\n| Device price | 2 years |\n|---|---|\n| up to €300 | €39 |\n| €300 to €800 | €79 |\n| over €800 | €129 |\n",
    );
    let r = Retriever::new(&kb);
    let s = r.best_sentences(0, &Query::new("how much is a plan for a 1000 euro laptop"));
    assert_eq!(s, ["Over €800: 2 years €129."]);
}

#[test]
fn a_page_with_the_kind_of_answer_asked_for_is_lifted() {
    let kb = KnowledgeBase {
        articles: vec![
            crate::kb::Article {
                id: "changes".into(),
                title: "Cancelling an order".into(),
                tags: vec!["cancel".into()],
                body: "You can cancel an order in your account until it is packed.".into(),
            },
            crate::kb::Article {
                id: "store".into(),
                title: "Collecting from the store".into(),
                tags: vec![],
                body: "We hold orders at the store for 7 days, after which they are cancelled."
                    .into(),
            },
        ]
        .into_iter()
        .chain(
            ["Gift wrapping", "Sizes", "Payment", "Newsletter"].map(|t| crate::kb::Article {
                id: t.to_lowercase(),
                title: t.into(),
                tags: vec![],
                body: format!("{t} is explained here for every customer."),
            }),
        )
        .collect(),
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    // The page stating a time gains on the other when the question asks
    // for a time, against the same words asked without one.
    let ratio = |q: &str| {
        let hits = r.articles(&Query::new(q));
        let score = |i: usize| hits.iter().find(|h| h.index == i).map_or(0.0, |h| h.score);
        score(1) / score(0)
    };
    let timed = ratio("how long until my order is cancelled");
    let plain = ratio("until my order is cancelled");
    assert!(timed > plain * 1.2, "{timed} vs {plain}");
}

fn article(id: &str, title: &str, tags: &[&str], body: &str) -> crate::kb::Article {
    crate::kb::Article {
        id: id.into(),
        title: title.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        body: body.into(),
    }
}

fn top(kb: &KnowledgeBase, question: &str) -> String {
    let r = Retriever::new(kb);
    let hits = r.articles(&Query::new(question));
    kb.articles[hits[0].index].id.clone()
}

#[test]
fn a_word_every_body_uses_still_points_at_the_page_whose_title_has_it() {
    // "return" is in every body (so BM25 weighs it little) but only one
    // title; "days" is in the shelf-life page's body alone.
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "shelf-life",
                "Shelf life and opening",
                &[],
                "How many days a product keeps once opened: 90 days. Opened products cannot be returned.",
            ),
            article(
                "returns",
                "Returns",
                &[],
                "You have 30 days from delivery to return products. Print the label and return the parcel.",
            ),
            article(
                "refunds",
                "Refunds",
                &[],
                "We refund within 3 days of getting the return.",
            ),
            article(
                "shipping",
                "Shipping",
                &[],
                "Parcels leave the same day. Returns go to the same warehouse.",
            ),
            article(
                "payment",
                "Payment",
                &[],
                "Cards are charged at dispatch; a return is refunded to the card.",
            ),
            article(
                "gift-cards",
                "Gift cards",
                &[],
                "Gift cards cannot be returned.",
            ),
            article(
                "account",
                "Your account",
                &[],
                "Your account lists every order and return.",
            ),
            article(
                "contact",
                "Contact",
                &[],
                "Write to us about any order or return.",
            ),
        ],
        ..KnowledgeBase::default()
    };
    assert_eq!(
        top(&kb, "how many days do i have to return something"),
        "returns"
    );
}

#[test]
fn a_page_naming_the_place_in_its_title_but_about_customs_does_not_outrank_delivery() {
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "customs",
                "Customs and duties: Norway and Switzerland",
                &["customs", "norway", "switzerland"],
                "Parcels to Norway and Switzerland cross a customs border. In Switzerland you pay VAT on delivery. \
                 Free shipping does not cover duties in Norway or Switzerland.",
            ),
            article(
                "shipping",
                "Shipping rates",
                &["delivery", "shipping cost"],
                "| Country | Rate | Free from |\n|---|---|---|\n| Denmark | €4.90 | €50 |\n| Switzerland | €12.90 | €100 |",
            ),
        ],
        ..KnowledgeBase::default()
    };
    assert_eq!(
        top(&kb, "free delivery to switzerland over what amount"),
        "shipping"
    );
}

#[test]
fn a_place_after_an_article_is_still_the_place() {
    assert_eq!(
        places_in("Was kostet der Versand in die Schweiz?"),
        ["switzerland"]
    );
    assert_eq!(places_in("do you ship to the Netherlands"), ["netherland"]);
    assert_eq!(places_in("koliko košta dostava u hrvatsku"), ["croatia"]);
    assert_eq!(places_in("скільки коштує доставка в Польщу?"), ["poland"]);
    assert_eq!(places_in("чи доставляєте ви до Німеччини"), ["germani"]);
    assert_eq!(places_in("доставляете в Чехию?"), ["czech", "republic"]);
    assert!(places_in("доставка в понеділок").is_empty());
    assert!(places_in("доставляете в субботу?").is_empty());
}

/// "To" in the Nordic languages, French and the West Slavic ones
/// ("skickar ni till Sverige", "posielate na Slovensko", "livraison à
/// Bordeaux"), and only before a place: "till" is also English for "until".
#[test]
fn a_place_after_to_in_more_languages() {
    assert_eq!(
        places_in("Skickar ni till Sverige? vad kostar frakten"),
        ["sweden"]
    );
    assert_eq!(places_in("Sender dere til Norge?"), ["norwai"]);
    assert_eq!(places_in("posielate na slovensko?"), ["slovakia"]);
    let bordeaux = places_in("livraison à Bordeaux en combien de jours ?");
    assert!(bordeaux.contains(&"bordeaux".into()) && bordeaux.contains(&"franc".into()));
    assert!(places_in("can you ship it till monday").is_empty());
    assert!(places_in("ship it till the end of the month").is_empty());
}

/// Customers write countries in lower case. Where they are is where the
/// shop sends to, except in a question about sending something back.
#[test]
fn a_country_in_lower_case_is_where_the_customer_is() {
    assert_eq!(
        places_in("i'm in ireland, whats the free shipping threshold"),
        ["ireland"]
    );
    assert_eq!(places_in("wysyłka do polski ile kosztuje"), ["poland"]);
    assert!(places_in("im in the uk how do i send stuff back").is_empty());
    assert!(places_in("shipping in a box or a bag?").is_empty());
}

#[test]
fn a_title_named_by_the_questions_words_in_a_row_outranks_one_with_them_apart() {
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "payment",
                "Payment methods",
                &["cards"],
                "We take cards. A gift card pays part of an order; the amount is reserved at checkout.",
            ),
            article(
                "gift-cards",
                "Gift cards",
                &[],
                "Gift cards from 20 to 200 euros, sent by email.",
            ),
        ],
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    let q = Query::new("what amounts do gift cards come in");
    // Without the phrase the payment page's body and tags win.
    let payment = r.articles.score(0, &q) + TITLE_WEIGHT * r.title_match(0, &q);
    let gift = r.articles.score(1, &q) + TITLE_WEIGHT * r.title_match(1, &q);
    assert!(payment > gift, "{payment} vs {gift}");
    assert_eq!(top(&kb, "what amounts do gift cards come in"), "gift-cards");
}

#[test]
fn a_brand_on_the_page_about_the_questions_topic_is_an_answer() {
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "payment",
                "Payment",
                &["pay"],
                "PayPal: available in all countries. Cards are charged at dispatch.",
            ),
            article("stores", "Our stores", &[], "Visit us in Utrecht."),
        ],
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    // "PayPal" is written as a name; the intent's topic (payment) makes
    // the page that names it an answer.
    let on_topic = r.articles_on(&Query::new("aceptáis PayPal?"), &["pay"]);
    assert!(
        on_topic[0].topic && on_topic[0].coverage > 0.1,
        "{on_topic:?}"
    );
    // A name alone, with no topic, is no answer: the weather in Utrecht.
    let weather = r.articles_on(&Query::new("what is the weather in Utrecht"), &[]);
    assert!(weather.iter().all(|h| h.coverage == 0.0), "{weather:?}");
}

#[test]
fn the_shops_own_name_for_a_page_is_asked_about_but_a_town_is_not() {
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "feedplan",
                "FeedPlan: food on subscription",
                &["subscription"],
                "With FeedPlan your food arrives by itself. Pause FeedPlan in your account.",
            ),
            article(
                "ljubljana-store",
                "Our Ljubljana store",
                &[],
                "Visit us in Ljubljana, Monday to Saturday.",
            ),
        ],
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    // "hope" and "help" of an opening line come along as context; the
    // name the page is about still makes it an answer.
    let mut q = Query::new("how does feedplan work");
    q.add_context("hi, hope you can help", 0.4);
    let hits = r.articles_on(&q, &[]);
    assert!(
        hits[0].index == 0 && Retriever::confident(&hits[0]),
        "{hits:?}"
    );
    let weather = r.articles_on(&Query::new("what is the weather in Ljubljana"), &[]);
    assert!(weather.iter().all(|h| h.coverage == 0.0), "{weather:?}");
}

#[test]
fn signing_for_a_parcel_is_a_signature_not_signing_in() {
    let q = Query::new("do I have to be home to sign for a laptop?");
    assert!(q.terms().any(|t| t == text::stem("signature")));
    assert!(!q.terms().any(|t| t == text::stem("sign")));
    assert!(Query::new("I can't sign in").terms().any(|t| t == "sign"));
}

#[test]
fn a_misspelt_word_finds_the_page_its_spelling_is_near() {
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "warranty",
                "Warranty",
                &[],
                "Every laptop has a two-year warranty against defects.",
            ),
            article(
                "europe",
                "Delivery in Europe",
                &[],
                "We deliver across Europe in 3 to 5 days.",
            ),
            article(
                "delivery",
                "Delivery",
                &[],
                "Delivery is free when you spend more than 60 €.",
            ),
        ],
        ..KnowledgeBase::default()
    };
    assert_eq!(top(&kb, "how long is the warrenty"), "warranty");
    // A word that only lacks an ending of another ("euro", "europe") is a
    // different word, not a misspelling.
    assert_eq!(
        top(&kb, "is delivery free if I spend more than 60 euros?"),
        "delivery"
    );
}

#[test]
fn a_question_that_names_the_page_gets_its_opening_not_a_sentence_repeating_a_word() {
    let kb = KnowledgeBase {
        articles: vec![article(
            "payment-methods",
            "Payment methods",
            &["payment"],
            "## What we accept\n\n- Visa and Mastercard\n- PayPal\n- Klarna\n\n## Problems\n\n\
             If it still fails, try another payment method.",
        )],
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    let s = r
        .best_sentences(0, &Query::new("what payment methods do you take"))
        .join(" ");
    assert!(s.contains("PayPal") && !s.contains("try another"), "{s}");
}

#[test]
fn a_place_the_kb_only_writes_as_a_name_is_a_name_in_lower_case_too() {
    let kb = KnowledgeBase {
        articles: vec![article(
            "click-and-collect",
            "Click and collect in Milan",
            &["milan", "store"],
            "Collect your order at our store in Milan. We keep it for 10 days, and Milan \
             customers often collect on the same day.",
        )],
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    let weather = r.articles(&Query::new("whats the weather in milan tomorrow"));
    assert!(weather.iter().all(|h| h.coverage == 0.0), "{weather:?}");
    let store = r.articles(&Query::new("can i collect my order in milan"));
    assert!(Retriever::confident(&store[0]), "{store:?}");
    // A name that is all the customer wrote is what they ask about.
    let milan = r.articles(&Query::new("milan?"));
    assert!(Retriever::confident(&milan[0]), "{milan:?}");
}

#[test]
fn a_brand_that_is_the_whole_question_finds_its_page() {
    let kb = KnowledgeBase {
        articles: vec![article(
            "payment-methods",
            "Payment methods",
            &["payment"],
            "BLIK: confirm in your banking app within 2 minutes. Cards: Visa and Mastercard.",
        )],
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    let hits = r.articles(&Query::new("do you take blik"));
    assert!(Retriever::confident(&hits[0]), "{hits:?}");
}

#[test]
fn a_synonym_of_a_word_the_page_lacks_picks_the_sentence() {
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "gift-cards",
                "Gift cards",
                &[],
                "Digital gift cards come in €25 and €50. Gift cards can't be exchanged for cash. \
             Use a gift card online or in the store. A gift card is valid for 24 months.",
            ),
            article("returns", "Returns", &[], "Return items within 30 days."),
            article("shipping", "Shipping", &[], "We ship in 2 days."),
            article("payment", "Payment", &[], "We take cards and PayPal."),
        ],
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    let s = r
        .best_sentences(0, &Query::new("do gift cards expire"))
        .join(" ");
    assert!(s.contains("24 months"), "{s}");
}

#[test]
fn a_follow_up_keeps_the_place_the_line_before_named() {
    let mut q = Query::new("und ab wann ist er kostenlos?");
    q.add_context("Versand nach Deutschland?", 0.4);
    assert!(!q.places.is_empty(), "{q:?}");
    // A place of its own wins.
    let mut q = Query::new("and can you ship to austria?");
    let own = q.places.clone();
    assert!(!own.is_empty(), "{q:?}");
    q.add_context("do you ship to germany?", 0.4);
    assert_eq!(q.places, own);
}

#[test]
fn a_sentence_that_points_back_brings_the_one_it_points_to() {
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "order-changes",
                "Managing your order",
                &["orders"],
                "We pack orders fast. For 60 minutes after you place an order it stays open. \
             Within that window you can change the delivery address or add gift wrapping. \
             After packing nothing can be changed.",
            ),
            article(
                "payment",
                "Payment methods",
                &["payment"],
                "We take cards and PayPal. Cards are charged when the order ships.",
            ),
            article(
                "returns",
                "Returns",
                &["returns"],
                "Send items back within 30 days. Refunds take 5 working days.",
            ),
        ],
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    let s = r
        .best_sentences(
            0,
            &Query::new("can i change the delivery address after ordering?"),
        )
        .join(" ");
    assert!(
        s.contains("60 minutes") && s.contains("delivery address"),
        "{s}"
    );
}

/// A shop in Spain: the mainland, the islands priced apart, and abroad.
fn spanish_shipping() -> KnowledgeBase {
    KnowledgeBase {
        articles: vec![
            article(
                "spain",
                "Shipping within Spain",
                &["shipping", "spain"],
                "Standard delivery on the Spanish mainland costs €4.95. \
                 Balearic Islands: standard delivery costs €8.95 and takes 3-5 days.",
            ),
            article(
                "canary",
                "Shipping to the Canary Islands",
                &["canary islands", "customs"],
                "Parcels to the Canary Islands need a customs declaration and take 5-8 days.",
            ),
            article(
                "abroad",
                "Shipping to Portugal, the EU and the UK",
                &["international shipping", "portugal", "eu"],
                "We ship to Portugal and every EU country. Portugal takes 3-5 working days.",
            ),
        ],
        ..KnowledgeBase::default()
    }
}

#[test]
fn an_island_or_town_finds_the_page_on_the_region_or_country_it_lies_in() {
    let kb = spanish_shipping();
    assert_eq!(
        top(&kb, "do you ship to mallorca and how much is it"),
        "spain"
    );
    assert_eq!(top(&kb, "quant triga un enviament a Girona?"), "spain");
    assert_eq!(top(&kb, "do you ship to tenerife?"), "canary");
    // A town abroad is not at home: Lisbon is the Portugal page's.
    assert_eq!(top(&kb, "how long is delivery to Lisbon"), "abroad");
    // A country or a town no page names (nor its country) still finds
    // the page about other countries.
    assert_eq!(top(&kb, "do you ship to Ireland"), "abroad");
    assert_eq!(top(&kb, "do you ship to Lyon"), "abroad");
}

#[test]
fn a_bare_number_does_not_name_a_product() {
    let kb = KnowledgeBase {
        products: vec![crate::kb::Product {
            sku: "FZ-P022".into(),
            name: "Forza Gift Card 50".into(),
            description: "Digital gift card worth €50.".into(),
            price: 50.0,
            currency: "EUR".into(),
            stock: 999,
            tags: vec![],
        }],
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    let named = |q: &str| r.products(&Query::new(q)).iter().any(|h| h.heading);
    assert!(!named("i run 50 km a week, how much creatine a day?"));
    assert!(named("is the gift card 50 digital?"));
}

#[test]
fn a_street_is_an_address_not_a_destination() {
    assert!(places_in("change the delivery address to via Roma 5, Torino").is_empty());
    assert_eq!(
        places_in("do you ship to Mallorca?"),
        ["mallorca", "balearic"]
    );
}

#[test]
fn a_sentence_telling_the_customer_what_to_do_is_a_step() {
    assert!(sentence::is_step(
        "Log in, open \"My orders\" and click \"Return items\"."
    ));
    assert!(sentence::is_step("Start a return from \"My orders\"."));
    assert!(!sentence::is_step("Returns are free within 30 days."));
    assert!(!sentence::is_step("We refund within 5 working days."));
}

/// A page that sends the reader elsewhere for a place ("Malta is on our
/// page about islands") does not answer for it; the page it names does.
/// Unless the page answers what else was asked about the place itself.
#[test]
fn a_page_that_sends_the_reader_elsewhere_for_a_place_yields_to_that_page() {
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "shipping-eu",
                "Shipping to the EU",
                &["shipping"],
                "We ship to every EU country. France: €9.90, free shipping from €80. \
                 Malta and Cyprus are on our page about islands and remote areas.",
            ),
            article(
                "islands",
                "Islands and remote areas",
                &[],
                "Some places take longer. Malta and Cyprus: €24.90, 6-10 working days.",
            ),
            article("returns", "Returns", &[], "Return within 30 days."),
        ],
        ..KnowledgeBase::default()
    };
    assert_eq!(top(&kb, "can you ship to malta"), "islands");
    assert_eq!(top(&kb, "is there free shipping to france"), "shipping-eu");
}

/// One table names the place's zone, another the zone's price: the quote
/// joins the two rows and leaves the other places' rows out.
#[test]
fn a_place_in_a_zone_table_brings_the_zones_price_row() {
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "shipping-eu",
                "Shipping to the EU",
                &[],
                "We ship across the EU.\n\n## Prices\n\n| Destination | Cost | Time |\n|---|---|---|\n\
             | Germany | €6.90 | 2–4 working days |\n| EU Zone 1 | €9.90 | 3–6 working days |\n\
             | EU Zone 2 | €14.90 | 5–9 working days |\n\n## Zones\n\n| Zone | Countries |\n|---|---|\n\
             | EU Zone 1 | Slovenia, Poland, Belgium, France |\n| EU Zone 2 | Spain, Sweden, Croatia |\n",
            ),
            article(
                "returns",
                "Returns",
                &[],
                "Return within 30 days for a refund.",
            ),
            article("payment", "Payment", &[], "We take cards and PayPal."),
            article("store", "Our store", &[], "Open Monday to Saturday."),
        ],
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    let quote = r
        .best_sentences(0, &Query::new("can you ship to france"))
        .join(" ");
    assert!(quote.contains("€9.90"), "{quote}");
    assert!(!quote.contains("€6.90"), "{quote}");
}

/// "Here is what to do.": an opening that announces the steps is no
/// answer alone; the page's steps are.
#[test]
fn an_opening_that_announces_steps_answers_with_them() {
    let kb = kb_with(
        "Damaged on arrival",
        "We pack every chair with care, but now and then one is damaged on the way. Here is what to do.\n\n\
         ## At the door\n\n- Look at the box while the driver is there.\n\n\
         ## Within 48 hours\n\n1. Take photos of the damage and the box.\n\
         2. Send them to care@example.com with your order number.\n\
         3. Keep the packaging until we reply.\n",
    );
    let r = Retriever::new(&kb);
    let s = r
        .best_sentences(0, &Query::new("my chair arrived damaged"))
        .join(" ");
    assert!(s.contains("care@example.com"), "{s}");
    assert!(!s.contains("Here is what to do"), "{s}");
    assert!(s.starts_with("We pack every chair"), "{s}");
}

#[test]
fn a_capitalised_word_the_pages_write_in_lower_case_is_no_name() {
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "prices-currency",
                "Prices and currency",
                &[],
                "Prices are shown in forints. Abroad the shop charges in euros at the day's rate.",
            ),
            article("stores", "Our stores", &[], "Visit us in Utrecht."),
        ],
        ..KnowledgeBase::default()
    };
    let r = Retriever::new(&kb);
    // German capitalises every noun: "Euro" and "Forint" are words the
    // page writes in lower case, not names, so the page that has them is
    // a match even without the intent's topic (names alone would not be).
    let hits = r.articles_on(
        &Query::new("Warum ist der Euro-Preis nicht genau der umgerechnete Forint-Preis?"),
        &[],
    );
    assert_eq!(kb.articles[hits[0].index].id, "prices-currency");
    assert!(hits[0].coverage > 0.2, "{hits:?}");
    // A name the pages write with a capital stays a name.
    let weather = r.articles_on(&Query::new("what is the weather in Utrecht"), &[]);
    assert!(weather.iter().all(|h| h.coverage == 0.0), "{weather:?}");
}

#[test]
fn an_inflected_word_finds_the_page_whose_tag_has_its_stem() {
    let kb = KnowledgeBase {
        articles: vec![
            article(
                "packaging",
                "How we pack",
                &["Verpackung"],
                "Bottles travel in moulded cardboard sleeves.",
            ),
            article(
                "delivery",
                "Delivery",
                &["Versand"],
                "We deliver in 2 to 4 working days.",
            ),
        ],
        ..KnowledgeBase::default()
    };
    // "verpackt" (packed) shares "verpack" with the tag, and no page
    // has it as written.
    assert_eq!(top(&kb, "wie sind die Flaschen verpackt?"), "packaging");
}
