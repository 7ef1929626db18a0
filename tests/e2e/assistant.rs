//! The assistant inside a live daemon: streamed replies from an
//! OpenAI-compatible server (a fake one on loopback), a provider failure
//! ending in an apology and a hand-over, the escalation policy handing
//! over on a request for a person (not on a question that mentions one),
//! the embedded assistant answering from a shop's KB on disk, and
//! hand-overs that quote their page (and no page on another matter) and
//! carry their reason as a label, a quote that gives the fact asked
//! for, and questions about the world declined without counting toward
//! the "stuck" hand-over.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::response::IntoResponse;
use concierge_assistant::{OpenAiConfig, ProviderConfig};
use concierge_shared::protocol::*;
use concierge_tests::{Client, TestDaemon};

#[derive(Clone)]
struct Fake {
    calls: Arc<AtomicUsize>,
    fail: bool,
}

async fn completions(
    axum::extract::State(f): axum::extract::State<Fake>,
) -> axum::response::Response {
    f.calls.fetch_add(1, Ordering::SeqCst);
    if f.fail {
        return (axum::http::StatusCode::INTERNAL_SERVER_ERROR, "boom").into_response();
    }
    let chunks = ["We ship ", "to every country ", "in the EU."];
    let mut body = String::new();
    for c in chunks {
        body.push_str(&format!(
            "data: {{\"choices\":[{{\"index\":0,\"delta\":{{\"content\":\"{c}\"}}}}]}}\n\n"
        ));
    }
    body.push_str("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
    ([("content-type", "text/event-stream")], body).into_response()
}

async fn fake_openai(fail: bool) -> (String, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let app = axum::Router::new()
        .route("/v1/chat/completions", axum::routing::post(completions))
        .with_state(Fake {
            calls: calls.clone(),
            fail,
        });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}/v1"), calls)
}

async fn daemon_on(base_url: String) -> TestDaemon {
    TestDaemon::start_with(move |c| {
        c.assistant.provider = ProviderConfig::OpenAi(OpenAiConfig {
            base_url,
            api_key: Some("test-key".into()),
            model: "fake-model".into(),
            max_tokens: 100,
            temperature: 0.0,
        });
    })
    .await
}

fn send(session: &str, content: &str) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: content.into(),
        message_type: None,
        client_msg_id: None,
    })
}

/// The customer is told a person is on the way and staff are offered
/// the chat: the offer.
async fn handed_over(c: &mut Client, staff: &mut Client) -> TransferOffer {
    let ServerEvent::TransferRequested(_) = c.expect("transfer_requested").await.event else {
        unreachable!()
    };
    let ServerEvent::NewTransferRequest(o) = staff.expect("new_transfer_request").await.event
    else {
        unreachable!()
    };
    o
}

#[tokio::test]
async fn a_remote_reply_streams_as_deltas_then_one_stored_message() {
    let (url, calls) = fake_openai(false).await;
    let d = daemon_on(url).await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    c.request(send(&session, "which countries do you ship to?"))
        .await
        .unwrap();
    let mut text = String::new();
    let mut stream = None;
    loop {
        let f = c.next_event().await;
        match f.event {
            ServerEvent::AiMessageDelta(delta) => {
                assert_eq!(delta.session_uuid, session);
                assert!(stream.get_or_insert(delta.stream_id.clone()) == &delta.stream_id);
                text.push_str(&delta.delta);
            }
            ServerEvent::AiMessage(m) => {
                assert_eq!(m.stream_id, stream, "the final message names the stream");
                assert_eq!(m.message.content, text, "deltas add up to the stored reply");
                assert_eq!(text, "We ship to every country in the EU.");
                break;
            }
            _ => {}
        }
    }
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    let stored: i64 = d
        .db()
        .query_row("SELECT count(*) FROM chat_messages WHERE sender_role = 'ai' AND content LIKE 'We ship%'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 1, "one stored reply, no duplicate");
}

#[tokio::test]
async fn a_failing_provider_ends_in_an_apology_and_a_hand_over() {
    let (url, calls) = fake_openai(true).await;
    let d = daemon_on(url).await;
    let mut staff = d.staff("s1", "Sam").await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    c.request(send(&session, "which countries do you ship to?"))
        .await
        .unwrap();
    let ServerEvent::AiMessage(m) = c.expect("ai_message").await.event else {
        unreachable!()
    };
    assert!(!m.message.content.is_empty(), "never silence");
    let o = handed_over(&mut c, &mut staff).await;
    assert_eq!(o.session_uuid, session);
    assert!(!o.summary.is_empty());
    assert_eq!(calls.load(Ordering::SeqCst), 2, "one retry, then give up");
}

#[tokio::test]
async fn a_request_for_a_person_hands_over_but_a_question_about_service_does_not() {
    let d = TestDaemon::start().await;
    let mut staff = d.staff("s1", "Sam").await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    c.request(send(&session, "what are your customer service hours?"))
        .await
        .unwrap();
    c.expect("ai_message").await;
    staff
        .expect_none(
            "new_transfer_request",
            std::time::Duration::from_millis(300),
        )
        .await;
    c.request(send(
        &session,
        "can someone from your team call me about order 1042?",
    ))
    .await
    .unwrap();
    c.expect("ai_message").await;
    let o = handed_over(&mut c, &mut staff).await;
    assert!(!o.summary.is_empty());
    // the assistant is silent while the customer waits
    c.request(send(&session, "hello?")).await.unwrap();
    c.expect_none("ai_message", std::time::Duration::from_millis(400))
        .await;
}

/// The assistant's next reply on the customer's socket (its streamed
/// events and staff messages passed over).
async fn ai_reply(c: &mut Client) -> String {
    loop {
        if let ServerEvent::AiMessage(a) = c.expect("ai_message").await.event
            && a.message.sender_role == SenderRole::Ai
        {
            return a.message.content;
        }
    }
}

/// The embedded assistant on a shop's KB in a live daemon, over the
/// customer's socket: a place the KB only names is no match (no page
/// quoted for the weather), a country's zone row is joined to the zone's
/// delivery time on another page, and a request for a person in a language
/// only the glossary reads (Croatian, Greek) or an order cancelled in Greek
/// typed in Latin letters reaches staff.
#[tokio::test]
async fn the_embedded_assistant_on_a_shops_kb_over_a_real_socket() {
    let kb = tempfile::tempdir().unwrap();
    std::fs::create_dir(kb.path().join("articles")).unwrap();
    for (file, text) in [
        (
            "collect.md",
            "---\nid: collect\ntags: [store, pickup]\n---\n# Click and collect in Milan\n\n\
             Collect your order at our store in Milan. We keep it for 10 days, and Milan \
             customers often collect it on the same day.\n",
        ),
        (
            "rates.md",
            "---\nid: rates\ntags: [shipping, countries]\n---\n# Shipping zones and rates\n\n\
             | Zone | Countries | Standard |\n|---|---|---|\n\
             | EU Zone 1 | Austria, France, Germany | €7.90 |\n",
        ),
        (
            "times.md",
            "---\nid: times\ntags: [delivery, tracking]\n---\n# Delivery times and tracking\n\n\
             | Destination | Standard |\n|---|---|\n| EU Zone 1 | 2-4 working days |\n",
        ),
        (
            "eye-test.md",
            "---\nid: eye-test\ntags: [synstest]\n---\n# Synstest\n\n\
             A synstest with one of our opticians takes about 25 minutes.\n",
        ),
    ] {
        std::fs::write(kb.path().join("articles").join(file), text).unwrap();
    }
    let dir = kb.path().to_path_buf();
    let d = TestDaemon::start_with(move |c| c.assistant.kb_dir = Some(dir)).await;
    let mut staff = d.staff("s1", "Sam").await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    let mut ask = async |line: &str| -> String {
        c.request(send(&session, line)).await.unwrap();
        ai_reply(&mut c).await
    };
    let weather = ask("whats the weather in milan tomorrow").await;
    assert!(!weather.contains("From our help page"), "{weather}");
    let france = ask("how long does delivery take to france").await;
    assert!(france.contains("2-4 working days"), "{france}");
    // The Danish definite form of the page's word, read as that word.
    let eye_test = ask("hvor lang tid tager synstesten?").await;
    assert!(eye_test.contains("25 minutes"), "{eye_test}");
    c.request(send(&session, "želim razgovarati s čovjekom"))
        .await
        .unwrap();
    let o = handed_over(&mut c, &mut staff).await;
    assert_eq!(o.session_uuid, session);
    // A person asked for in Greek, and an order cancelled in Greek typed
    // in Latin letters, reach staff too.
    for (sub, line) in [
        ("c2", "υπάλληλο παρακαλώ"),
        ("c3", "akyrwste tin paraggelia 1042 parakalw"),
    ] {
        let (mut c, session) = d.customer(sub, "Eli").await;
        c.request(send(&session, line)).await.unwrap();
        let o = handed_over(&mut c, &mut staff).await;
        assert_eq!(o.session_uuid, session, "{line}");
    }
}

/// A real daemon on tuning shop `kb`'s pages: the customer sends `line`
/// and the assistant's reply over the socket contains `wanted`.
async fn assert_reply_on_tuning_kb(kb: &str, line: &str, wanted: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../daemon/assistant/eval")
        .join(kb);
    let d = TestDaemon::start_with(move |c| c.assistant.kb_dir = Some(dir)).await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    c.request(send(&session, line)).await.unwrap();
    let reply = ai_reply(&mut c).await;
    assert!(reply.contains(wanted), "{kb}: {line}: {reply}");
}

/// Tuning shops' KBs in a live daemon, over the customer's socket: a
/// page titled for what a named product's data lacks answers instead of
/// the product; a line read only in part gets the page on its topic
/// whose title names the read word; where the shop is, asked in such
/// words, gets the store page with its street; a line naming the
/// warranty gets the warranty page, not the product it names; when the
/// shop opens, asked in German, gets the hours page. None is "I don't
/// know".
#[tokio::test]
async fn pages_titled_for_the_question_answer_over_a_socket() {
    for (kb, line, wanted) in [
        (
            "sixteenth-kb",
            "buying the pacifica 112v, does it come with a free setup?",
            "From our help page \"Workshop: setups and luthier services\"",
        ),
        (
            "thirtieth-kb",
            "vienkārši pasakiet, cik ilgi var atgriezt preci",
            "From our help page \"Returns and refunds\"",
        ),
        (
            "seventeenth-kb",
            "hvor ligger butikken deres",
            "Søndergade 42",
        ),
        (
            "eighteenth-kb",
            "the aqua 60 filter I bought 8 months ago stopped working. warranty?",
            "From our help page \"Warranty for pumps, filters and other devices\"",
        ),
        (
            "thirtyfirst-kb",
            "wann öffnet ihr morgen?",
            "From our help page \"Our fitting centre in Bucharest\"",
        ),
    ] {
        assert_reply_on_tuning_kb(kb, line, wanted).await;
    }
}

/// Pages a line's words reach only in part, over the socket: a word on
/// the stem of a page's tag ("verpackt", "Verpackung"); a first page
/// that matches strongly though the glossary reads half the line ("wat
/// kost opslag per kist"); the page on the topic far ahead of one that
/// merely shares half the words; "pick it up" as collecting an order.
/// None is "I don't know".
#[tokio::test]
async fn pages_reached_by_words_read_in_part_answer_over_a_socket() {
    for (kb, line, wanted) in [
        (
            "thirteenth-kb",
            "wie sind die flaschen verpackt, kommen die heil an?",
            "From our help page \"Packaging: breakage-safe",
        ),
        (
            "thirteenth-kb",
            "wat kost opslag per kist per jaar",
            "From our help page \"Cellar storage",
        ),
        (
            "eighteenth-kb",
            "if a harness turns out too small, can I swap it for a bigger size?",
            "From our help page \"Returns and refunds\"",
        ),
        (
            "thirtieth-kb",
            "my sister will pick it up for me, is that ok",
            "From our help page \"Pick up your order in our Riga pharmacy\"",
        ),
    ] {
        assert_reply_on_tuning_kb(kb, line, wanted).await;
    }
}

/// A line naming the customer's order and asking beyond its status gets,
/// over the socket, the order's status and the page's rule for the rest.
#[tokio::test]
async fn an_order_and_the_rule_asked_about_over_a_socket() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../daemon/assistant/eval/thirtyfirst-kb");
    let d = TestDaemon::start_with(move |c| c.assistant.kb_dir = Some(dir)).await;
    let (mut c, session) = d.customer("u31033", "Ana").await;
    c.request(send(
        &session,
        "when will the partner call me about AR-7741446?",
    ))
    .await
    .unwrap();
    let reply = ai_reply(&mut c).await;
    assert!(reply.starts_with("Order AR-7741446"), "{reply}");
    assert!(
        reply.contains("From our help page \"Delivery to a partner fitting centre\""),
        "{reply}"
    );
}

/// What a line names picks the answer in a live daemon, over the
/// customer's socket: a waist in cm the size chart's row whose range
/// holds it, a weekday the hours for the run of days holding it, a place
/// its row in the rates table, and an order number written without the
/// shop's letters the customer's own order.
#[tokio::test]
async fn what_a_line_names_picks_the_answer_over_a_socket() {
    let kb = tempfile::tempdir().unwrap();
    std::fs::create_dir(kb.path().join("articles")).unwrap();
    for (file, text) in [
        (
            "harness.md",
            "---\nid: harness\ntags: [harness, size]\n---\n# Harness sizes\n\n\
             Choose the harness by your waist, measured over light clothing.\n\n\
             | Size | Waist | Leg loops |\n|---|---|---|\n| S | 66–76 cm | 50–55 cm |\n\
             | M | 76–86 cm | 54–59 cm |\n| L | 86–96 cm | 58–63 cm |\n\n\
             A harness that is too big for your waist can slip off in a fall.\n",
        ),
        (
            "store.md",
            "---\nid: store\ntags: [store, opening hours, shop]\n---\n# Our shop\n\n\
             | Days | Hours |\n|---|---|\n| Monday to Friday | 10:00–19:00 |\n\
             | Saturday | 10:00–14:00 |\n\nOn Thursday we close late, at 21:00.\n",
        ),
        (
            "shipping.md",
            "---\nid: shipping\ntags: [shipping, germany, italy]\n---\n\
             # Shipping to Germany, Italy and the rest of the EU\n\n\
             We deliver to every country of the European Union.\n\n\
             | Destination | Cost | Delivery time |\n|---|---|---|\n\
             | Germany | €6.90 | 2–4 working days |\n| Italy | €8.90 | 3–5 working days |\n",
        ),
    ] {
        std::fs::write(kb.path().join("articles").join(file), text).unwrap();
    }
    std::fs::write(
        kb.path().join("orders.json"),
        r#"[{"orderId":"AR-7741150","customerId":"c1","status":"shipped","items":[{"sku":"H-1","qty":1}],"total":89.0,"currency":"EUR","carrier":"DHL","trackingNumber":"TRACK-AAA-111","updatedAt":"2026-11-20T10:00:00Z"},
           {"orderId":"AR-7740988","customerId":"c1","status":"delivered","items":[{"sku":"H-2","qty":1}],"total":45.0,"currency":"EUR","carrier":"DHL","trackingNumber":"TRACK-BBB-222","updatedAt":"2026-10-02T10:00:00Z"},
           {"orderId":"AR-7741151","customerId":"c2","status":"shipped","items":[],"total":12.0,"currency":"EUR","carrier":"DHL","trackingNumber":"TRACK-CCC-333","updatedAt":"2026-11-20T10:00:00Z"}]"#,
    )
    .unwrap();
    let dir = kb.path().to_path_buf();
    let d = TestDaemon::start_with(move |c| c.assistant.kb_dir = Some(dir)).await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    let mut ask = async |line: &str| -> String {
        c.request(send(&session, line)).await.unwrap();
        ai_reply(&mut c).await
    };
    let waist = ask("which harness size for an 88 cm waist?").await;
    assert!(waist.contains("86–96 cm"), "{waist}");
    let tuesday = ask("what time does the shop close tonight? it's a tuesday").await;
    assert!(tuesday.contains("Monday to Friday"), "{tuesday}");
    let italy = ask("how long to italy").await;
    assert!(italy.contains("3–5 working days"), "{italy}");
    let order = ask("where is 7741150 now?").await;
    assert!(
        order.contains("TRACK-AAA-111") && !order.contains("TRACK-BBB-222"),
        "{order}"
    );
    let theirs = ask("where is 7741151 now?").await;
    assert!(!theirs.contains("TRACK-CCC-333"), "{theirs}");
}

/// The conversation rules over the stored history of a live daemon: the
/// scene set in one line and what went wrong in the next are read
/// together, and a problem the customer says outlasted the assistant's
/// answer goes to staff; the first line of each is answered.
#[tokio::test]
async fn the_assistant_reads_the_stored_conversation_not_only_the_last_line() {
    let d = TestDaemon::start().await;
    let mut staff = d.staff("s1", "Sam").await;
    for (customer, first, then) in [
        ("u42", "i got my order 1042", "but the box was empty!"),
        (
            "c2",
            "how do i reset my password",
            "still can't get in, the link says expired every single time",
        ),
    ] {
        let (mut c, session) = d.customer(customer, "Una").await;
        c.request(send(&session, first)).await.unwrap();
        let ServerEvent::AiMessage(a) = c.expect("ai_message").await.event else {
            unreachable!()
        };
        assert!(!a.message.content.is_empty(), "{first}");
        c.expect_none("transfer_requested", std::time::Duration::from_millis(300))
            .await;
        c.request(send(&session, then)).await.unwrap();
        let o = handed_over(&mut c, &mut staff).await;
        assert_eq!(o.session_uuid, session, "{then}");
    }
}

/// Hand-overs over a live daemon's socket, with the reason stored as the
/// session's label: a request to cancel an order also quotes the page on
/// changing one (no order facts: those are for staff), a reaction to a
/// product is a hand-over of its own (`handover:health`) that tells the
/// customer to see a doctor if it is severe, asking to be phoned in
/// Spanish is a request for a person, and a threat of lawyers is for the
/// team whatever its heat.
#[tokio::test]
async fn hand_overs_quote_the_governing_page_and_carry_their_own_reason() {
    let d = TestDaemon::start().await;
    let http = crate::api::Http::new(&d);
    let tok = d.token("s1", "Sam", Role::Staff);
    let mut staff = d.staff("s1", "Sam").await;
    for (customer, line, label, says) in [
        (
            "u42",
            "please cancel order 1042, I ordered it by mistake",
            "handover:order_change",
            "until they leave our warehouse",
        ),
        (
            "c2",
            "the face cream gave me a rash all over my cheeks",
            "handover:health",
            "see a doctor",
        ),
        (
            "c3",
            "me podéis llamar? prefiero hablar por teléfono",
            "handover:customer_request",
            "handing you over",
        ),
        // Issue 13, twelfth round: an injury from a product, money the
        // shop kept and the customer disputes, a Turkish call-back.
        (
            "c4",
            "my daughter got hurt, the harness strap came loose while climbing",
            "handover:health",
            "an injury or a danger",
        ),
        (
            "c5",
            "you kept my whole 150 euro deposit and nobody can tell me why",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c6",
            "Beni geri arayabilir misiniz?",
            "handover:customer_request",
            "handing you over",
        ),
        // Thirteenth round: a threat of lawyers, a delivery insisted on
        // by a date, a French request for a member of the team.
        (
            "c7",
            "das geht jetzt an meinen Anwalt",
            "handover:sentiment",
            "member of our team right away",
        ),
        (
            "c8",
            "we need the 60 bottles for the wedding delivered by friday at the latest",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c9",
            "je souhaiterais être mis en relation avec un membre de l'équipe",
            "handover:customer_request",
            "handing you over",
        ),
        // Twentieth round: whoever one talks with, an order added to in
        // Estonian, the shop's fitter's damage, a carrier's bill, asked
        // to do it on one's behalf, a lawsuit in Czech.
        (
            "c10",
            "gribu runāt ar farmaceitu",
            "handover:customer_request",
            "handing you over",
        ),
        (
            "c11",
            "palun lisage tellimusele 1042 veel kaks",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c12",
            "your fitter scratched all 4 of my alloys during fitting today",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c13",
            "then why does DHL want 146 CHF from me? that's not 8.1%",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c14",
            "please end my rental for me, i can't find the button anywhere",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c15",
            "podám na vás žalobu",
            "handover:sentiment",
            "member of our team right away",
        ),
        // Twenty-fifth round: a pet made ill, a journalist asking for a
        // press contact, a Polish call-back typed without its marks.
        (
            "c16",
            "my cat got sick after eating the new kibble",
            "handover:health",
            "see a doctor",
        ),
        (
            "c17",
            "hi, I write for a cycling magazine and would like a press contact for a review piece",
            "handover:customer_request",
            "handing you over",
        ),
        (
            "c18",
            "prosze o telefon, 601 234 567",
            "handover:customer_request",
            "handing you over",
        ),
        // Twenty-ninth round: an order in the account the customer did
        // not place (Turkish), a deletion ignored (Russian), an Estonian
        // call-back, a replacement dead too.
        (
            "c19",
            "hesabımda yapmadığım iki sipariş görünüyor",
            "handover:account",
            "account problems",
        ),
        (
            "c20",
            "Просила удалить мои данные ещё в марте, но рассылка приходит до сих пор",
            "handover:account",
            "account problems",
        ),
        (
            "c21",
            "kas te saaksite mulle homme helistada?",
            "handover:customer_request",
            "handing you over",
        ),
        (
            "c22",
            "the replacement kettle is dead too",
            "handover:order_change",
            "passing you to a colleague",
        ),
        // A paused plan charged, a repair weeks in the workshop, a
        // reaction in Swedish.
        (
            "c23",
            "my refill plan is paused but you charged me this month anyway",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c24",
            "reklamace pračky trvá už 35 dní",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c25",
            "efter den nya krämen är kinderna svullna och det kliar",
            "handover:health",
            "see a doctor",
        ),
        // Thirty-fifth round: the later languages' own forms of being
        // put through, charged twice, a refund missing after a return,
        // and a parcel arrived smashed.
        (
            "c26",
            "ühendage mind palun teenindajaga",
            "handover:customer_request",
            "handing you over",
        ),
        (
            "c27",
            "nuskaičiavote pinigus du kartus už užsakymą 1042",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c28",
            "върнах якето преди 3 седмици и още нямам парите",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c29",
            "vaza iz narudžbe 1042 stigla je razbijena",
            "handover:order_change",
            "passing you to a colleague",
        ),
        // Thirty-sixth round: billed twice in a participle, and money
        // back demanded in Turkish.
        (
            "c30",
            "Ihr habt mir die Bestellung 1042 doppelt berechnet",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c31",
            "ürün kırık geldi, paramı geri istiyorum",
            "handover:order_change",
            "passing you to a colleague",
        ),
        // Thirty-ninth round: money not given back, or taken, after a
        // cancellation (Russian), delivered and nothing here in
        // Ukrainian, a repair whose fault came back in Finnish, a
        // password reset tried three times in Icelandic.
        (
            "c32",
            "я отменила заказ 1042, а деньги так и не вернули",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c33",
            "после отмены заказа 1042 с карты всё равно списали деньги",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c34",
            "посилка нібито доставлена, я спитав сусідів, нічого нема",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c35",
            "kahvinkeitin korjattiin takuussa, mutta vika palasi viikossa",
            "handover:order_change",
            "passing you to a colleague",
        ),
        (
            "c36",
            "ég hef reynt að endurstilla lykilorðið þrisvar og það kemur enginn tölvupóstur",
            "handover:account",
            "account problems",
        ),
    ] {
        let (mut c, session) = d.customer(customer, "Una").await;
        c.request(send(&session, line)).await.unwrap();
        let ServerEvent::AiMessage(a) = c.expect("ai_message").await.event else {
            unreachable!()
        };
        assert!(
            a.message.content.contains(says),
            "{line}: {}",
            a.message.content
        );
        let o = handed_over(&mut c, &mut staff).await;
        assert_eq!(o.session_uuid, session, "{line}");
        let (status, v) = http.get(&format!("/sessions/{session}"), &tok).await;
        assert_eq!(status, 200, "{v}");
        assert_eq!(v["labels"], serde_json::json!([label]), "{line}");
    }
}

#[tokio::test]
async fn a_hand_over_quotes_no_page_on_another_matter() {
    // "Swap the boots for size 43" shares its words with the demo shop's
    // size guide, not its matter: an order to change. The customer is told
    // they are handed over, with no size table quoted while they wait.
    let d = TestDaemon::start().await;
    let mut staff = d.staff("s1", "Sam").await;
    let (mut c, session) = d.customer("u42", "Una").await;
    c.request(send(
        &session,
        "in order 1051 please swap the boots for size 43",
    ))
    .await
    .unwrap();
    let ServerEvent::AiMessage(a) = c.expect("ai_message").await.event else {
        unreachable!()
    };
    assert!(
        a.message.content.contains("passing you to a colleague"),
        "{}",
        a.message.content
    );
    assert!(
        !a.message.content.contains("While you wait"),
        "{}",
        a.message.content
    );
    let o = handed_over(&mut c, &mut staff).await;
    assert_eq!(o.session_uuid, session);
}

#[tokio::test]
async fn a_quote_gives_the_sentence_with_the_fact_asked_for() {
    // The demo shop's tracking page opens with the e-mail that brings the
    // tracking number; a link that shows nothing yet is answered by the
    // sentence on how long tracking takes to appear.
    let d = TestDaemon::start().await;
    let (mut c, session) = d.customer("u42", "Una").await;
    c.request(send(
        &session,
        "the tracking link shows nothing, is that normal?",
    ))
    .await
    .unwrap();
    let ServerEvent::AiMessage(a) = c.expect("ai_message").await.event else {
        unreachable!()
    };
    assert!(
        a.message.content.contains("24 hours"),
        "{}",
        a.message.content
    );
    assert!(
        a.message
            .content
            .contains("From our help page \"Tracking your order\""),
        "{}",
        a.message.content
    );
}

/// Questions about the world in a live daemon, over the customer's socket:
/// each is declined with no page, and three in a row are no customer
/// stuck (the hub counts only replies that failed); three questions the
/// demo shop cannot answer are, and reach staff, even with a question about
/// the world between them (a decline leaves the hub's count as it was).
#[tokio::test]
async fn questions_about_the_world_are_declined_and_are_no_customer_stuck() {
    let d = TestDaemon::start().await;
    let mut staff = d.staff("s1", "Sam").await;
    let (mut c, session) = d.customer("c1", "Cy").await;
    for line in [
        "what's the weather like in Berlin tomorrow?",
        "can you help me with my maths homework?",
        "tell me a joke",
    ] {
        c.request(send(&session, line)).await.unwrap();
        let reply = ai_reply(&mut c).await;
        assert!(reply.contains("I don't know"), "{line}: {reply}");
        assert!(!reply.contains("From our help page"), "{line}: {reply}");
    }
    staff
        .expect_none(
            "new_transfer_request",
            std::time::Duration::from_millis(300),
        )
        .await;
    let (mut c, session) = d.customer("c2", "Di").await;
    for line in [
        "do you sponsor climbing clubs?",
        "is there a loyalty programme?",
    ] {
        c.request(send(&session, line)).await.unwrap();
        let reply = ai_reply(&mut c).await;
        assert!(reply.contains("I don't know"), "{line}: {reply}");
    }
    let weather = "will it rain in Berlin on Sunday?";
    c.request(send(&session, weather)).await.unwrap();
    let reply = ai_reply(&mut c).await;
    assert!(reply.contains("I don't know"), "{reply}");
    c.request(send(&session, "are you hiring?")).await.unwrap();
    let o = handed_over(&mut c, &mut staff).await;
    assert_eq!(o.session_uuid, session);
}

/// An order to send elsewhere rests on the page on changing orders, over a
/// real daemon's sockets on a tuning shop whose page on late or lost
/// parcels talks of addresses and would otherwise be quoted: in English
/// and in German, the address changed or the parcel sent to the office
/// instead. Staff see the page named in the offer's summary.
#[tokio::test]
async fn an_order_sent_elsewhere_rests_on_the_page_on_changing_orders() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../daemon/assistant/eval/twentythird-kb");
    let d = TestDaemon::start_with(move |c| c.assistant.kb_dir = Some(dir)).await;
    let mut staff = d.staff("s1", "Sam").await;
    for (who, line) in [
        (
            "c1",
            "could you send KW-DE-304530 to my office instead? nobody is home during the day",
        ),
        (
            "c2",
            "bitte KW-DE-304530 an meine Büroadresse schicken statt nach Hause",
        ),
        (
            "c3",
            "please change the delivery address on KW-DE-304530, I moved to Salzburg",
        ),
    ] {
        let (mut c, session) = d.customer(who, "Cy").await;
        c.request(send(&session, line)).await.unwrap();
        let told = ai_reply(&mut c).await;
        assert!(!told.contains("letterbox"), "{line}: {told}");
        let o = handed_over(&mut c, &mut staff).await;
        assert_eq!(o.session_uuid, session, "{line}");
        assert!(
            o.summary
                .contains("Help page for the matter: \"Changing or cancelling an order\"."),
            "{line}: {}",
            o.summary
        );
    }
}

/// The help page a hand-over rests on reaches staff in the offer's
/// summary, over a real daemon's sockets: goods that came, to swap (in
/// English, and in Hungarian, whose imperative the glossary reads), rest
/// on the page on returns and exchanges, which is named there though the
/// customer is not quoted it. A complaint about a rude member of staff
/// names no page, though the shop's page shares its words; and one of
/// the team asked for with a "please" only the glossary reads is handed
/// over. A hotel that wants to talk to someone is trade with the shop:
/// the contact page, which says whom businesses write to, is named. An
/// item added to an order, whose line holds "2.5", is still an order
/// change. The daemon's welcome is never listed as already answered.
#[tokio::test]
async fn the_page_a_hand_over_rests_on_is_in_the_staff_summary() {
    let kb = tempfile::tempdir().unwrap();
    std::fs::create_dir(kb.path().join("articles")).unwrap();
    for (file, text) in [
        (
            "order-changes.md",
            "---\nid: order-changes\ntags: [change order, cancel order, address]\n---\n\
             # Changing or cancelling an order\n\n\
             Orders can be changed or cancelled until they are packed. Our team does it \
             for you in the chat.\n",
        ),
        (
            "returns.md",
            "---\nid: returns\ntags: [returns, refunds, exchange]\n---\n# Returns and \
             exchanges\n\nUnused items can be returned or exchanged within 30 days of \
             delivery. Tyres must not have been fitted.\n",
        ),
        (
            "store.md",
            "---\nid: store\ntags: [store, shop, opening hours]\n---\n# Our shop in \
             Aarhus\n\nThe shop is open Monday to Saturday, 10:00 to 18:00.\n",
        ),
        (
            "contact.md",
            "---\nid: contact\ntags: [contact, phone, e-mail]\n---\n# Contact us\n\n\
             Call us on +45 86 00 00 00 or write to hello@example.dk. Shops, hotels and \
             other businesses write to trade@example.dk.\n",
        ),
    ] {
        std::fs::write(kb.path().join("articles").join(file), text).unwrap();
    }
    let dir = kb.path().to_path_buf();
    let d = TestDaemon::start_with(move |c| c.assistant.kb_dir = Some(dir)).await;
    let mut staff = d.staff("s1", "Sam").await;
    for (who, line, page) in [
        (
            "c1",
            "can you swap the 2 Continentals in 7741267 for the winter version? not fitted",
            Some("Returns and exchanges"),
        ),
        (
            "c2",
            "a 03831-ben lévő egyik No. 7-et kicserélnétek Budai Cremára? bontatlan",
            Some("Returns and exchanges"),
        ),
        (
            "c3",
            "ekspedienten i butikken var meget uforskammet over for min mor i dag",
            None,
        ),
        ("c4", "υπάλληλο παρακαλώ", None),
        (
            "c5",
            "we run a boutique hotel in Skagen and would like to talk to someone about your \
             blankets in our rooms",
            Some("Contact us"),
        ),
        (
            "c6",
            "can you add a box of 2.5 reeds to my order 7741267",
            Some("Changing or cancelling an order"),
        ),
    ] {
        let (mut c, session) = d.customer(who, "Cy").await;
        c.request(send(&session, line)).await.unwrap();
        c.expect("ai_message").await;
        let o = handed_over(&mut c, &mut staff).await;
        assert_eq!(o.session_uuid, session, "{line}");
        // The session's welcome answered nothing.
        assert!(
            o.summary.contains("Already answered: nothing yet."),
            "{line}: {}",
            o.summary
        );
        match page {
            Some(title) => assert!(
                o.summary
                    .contains(&format!("Help page for the matter: \"{title}\".")),
                "{line}: {}",
                o.summary
            ),
            None => assert!(
                !o.summary.contains("Help page for the matter"),
                "{line}: {}",
                o.summary
            ),
        }
    }
}
