//! The orchestrator around a scripted provider: retry, failure, tool loop,
//! grounding and policy, the same rules the HTTP providers run under.

use std::sync::atomic::Ordering;

use super::*;
use crate::provider::{ProviderError, ToolCall};
use crate::remote::fake::{FakeProvider, Step};
use crate::{AssistantConfig, HistoryLine};

fn assistant(steps: Vec<Step>, max_tool_rounds: usize) -> Assistant {
    let config = AssistantConfig {
        max_tool_rounds,
        shop_name: "Test Shop".into(),
        ..AssistantConfig::embedded(None)
    };
    let mut a = Assistant::new(config).unwrap();
    a.backend = Backend::Remote(RemoteModel::Fake(FakeProvider::new(steps)));
    a
}

fn fake(a: &Assistant) -> &FakeProvider {
    match &a.backend {
        Backend::Remote(RemoteModel::Fake(f)) => f,
        _ => panic!("not the fake"),
    }
}

fn turn(customer: &str, message: &str, failed_attempts: u32) -> Turn {
    Turn {
        customer_id: customer.into(),
        customer_name: "C".into(),
        history: vec![HistoryLine {
            speaker: Speaker::Customer,
            text: message.into(),
        }],
        failed_attempts,
        team: None,
    }
}

fn say(text: &str) -> Step {
    Step::Turn {
        deltas: vec![text.to_string()],
        tool_calls: vec![],
    }
}

fn call(id: &str, name: &str, args: &str) -> ToolCall {
    ToolCall {
        id: id.into(),
        name: name.into(),
        arguments: args.into(),
    }
}

async fn run(a: &Assistant, t: &Turn) -> (Reply, String) {
    let mut streamed = String::new();
    let mut sink = |d: &str| streamed.push_str(d);
    let r = a.reply(t, &mut sink).await;
    (r, streamed)
}

#[tokio::test]
async fn a_failure_before_any_text_is_retried_once() {
    let a = assistant(
        vec![
            Step::Fail {
                deltas: vec![],
                error: ProviderError::Timeout,
            },
            say("Returns are free within 30 days. "),
        ],
        3,
    );
    let (r, streamed) = run(&a, &turn("u42", "are returns free?", 0)).await;
    assert_eq!(fake(&a).calls.load(Ordering::SeqCst), 2);
    assert_eq!(r.text, "Returns are free within 30 days. ");
    assert_eq!(streamed, r.text);
    assert!(r.handover.is_none() && r.outcome == Outcome::Answered);
}

#[tokio::test]
async fn a_second_failure_ends_in_an_apology_and_a_handover() {
    let a = assistant(
        vec![
            Step::Fail {
                deltas: vec![],
                error: ProviderError::Http { status: 502 },
            },
            Step::Fail {
                deltas: vec![],
                error: ProviderError::Connect("refused".into()),
            },
            say("never reached"),
        ],
        3,
    );
    let (r, streamed) = run(&a, &turn("u42", "are returns free?", 0)).await;
    assert_eq!(fake(&a).calls.load(Ordering::SeqCst), 2);
    assert_eq!(
        r.handover.as_ref().map(|h| h.reason),
        Some(HandoverReason::ProviderFailure)
    );
    assert!(r.text.contains("technical problem"), "{}", r.text);
    assert_eq!(streamed, r.text);
    assert_eq!(r.outcome, Outcome::Failed);
}

#[tokio::test]
async fn no_retry_once_text_reached_the_customer() {
    let a = assistant(
        vec![
            Step::Fail {
                deltas: vec!["Returns are free. ".into(), "You can".into()],
                error: ProviderError::Stream("reset".into()),
            },
            say("Returns are free. You can send them back."),
        ],
        3,
    );
    let (r, streamed) = run(&a, &turn("u42", "are returns free?", 0)).await;
    // A retry would repeat "Returns are free." to the customer.
    assert_eq!(fake(&a).calls.load(Ordering::SeqCst), 1);
    assert!(r.text.starts_with("Returns are free. "), "{}", r.text);
    assert_eq!(r.text.matches("Returns are free").count(), 1);
    assert_eq!(r.text.matches("technical problem").count(), 1);
    assert_eq!(streamed, r.text);
    assert_eq!(
        r.handover.map(|h| h.reason),
        Some(HandoverReason::ProviderFailure)
    );
}

#[tokio::test]
async fn bad_credentials_are_not_retried_and_are_flagged_once() {
    let a = assistant(
        vec![
            Step::Fail {
                deltas: vec![],
                error: ProviderError::Unauthorized { status: 401 },
            },
            Step::Fail {
                deltas: vec![],
                error: ProviderError::Unauthorized { status: 401 },
            },
        ],
        3,
    );
    let (r, _) = run(&a, &turn("u42", "are returns free?", 0)).await;
    assert_eq!(fake(&a).calls.load(Ordering::SeqCst), 1);
    assert!(a.unauthorized_logged.load(Ordering::Relaxed));
    assert_eq!(
        r.handover.map(|h| h.reason),
        Some(HandoverReason::ProviderFailure)
    );
    let (r2, _) = run(&a, &turn("u42", "and exchanges?", 0)).await;
    assert_eq!(
        r2.handover.map(|h| h.reason),
        Some(HandoverReason::ProviderFailure)
    );
}

#[tokio::test]
async fn tool_results_ground_the_answer() {
    let a = assistant(
        vec![
            Step::Turn {
                deltas: vec![],
                tool_calls: vec![call("c1", "lookup_order", r#"{"orderId":"1042"}"#)],
            },
            say("Order 1042 is shipped with DHL, tracking number 00340434161234567890."),
        ],
        3,
    );
    let (r, streamed) = run(&a, &turn("u42", "where is order 1042?", 0)).await;
    assert!(
        r.text.contains("shipped") && r.handover.is_none(),
        "{}",
        r.text
    );
    assert_eq!(streamed, r.text);
    // The second request carries the tool result for the model to read.
    let reqs = fake(&a).requests.lock().unwrap();
    let last = reqs.last().unwrap();
    assert!(
        last.messages
            .iter()
            .any(|m| m.tool_call_id.as_deref() == Some("c1") && m.content.contains("\"shipped\""))
    );
    assert!(last.messages[0].content.contains("Test Shop"));
}

#[tokio::test]
async fn an_invented_order_fact_never_reaches_the_customer() {
    let a = assistant(
        vec![Step::Turn {
            deltas: vec![
                "Thanks for asking. ".into(),
                "Your order 1099 has been ".into(),
                "delivered. Enjoy!".into(),
            ],
            tool_calls: vec![],
        }],
        3,
    );
    let (r, streamed) = run(&a, &turn("u42", "where is order 1099?", 0)).await;
    assert!(
        !streamed.contains("1099") && !streamed.contains("delivered"),
        "{streamed}"
    );
    assert!(r.text.starts_with("Thanks for asking. "));
    assert!(r.text.contains(crate::grounding::SAFE_ANSWER));
    assert_eq!(streamed, r.text);
    assert_eq!(r.outcome, Outcome::Failed);
}

#[tokio::test]
async fn another_customers_order_stays_hidden_from_the_model_too() {
    let a = assistant(
        vec![
            Step::Turn {
                deltas: vec![],
                tool_calls: vec![call("c1", "lookup_order", r#"{"orderId":"1044"}"#)],
            },
            say("Order 1044 is pending."),
        ],
        3,
    );
    let (r, _) = run(&a, &turn("u42", "status of 1044?", 0)).await;
    assert!(!r.text.contains("pending"), "{}", r.text);
    let reqs = fake(&a).requests.lock().unwrap();
    let tool_msg = reqs
        .last()
        .unwrap()
        .messages
        .iter()
        .find(|m| m.tool_call_id.is_some())
        .unwrap();
    assert!(tool_msg.content.contains("\"found\":false"));
}

#[tokio::test]
async fn tool_rounds_are_capped_and_the_last_call_has_no_tools() {
    let looping = || Step::Turn {
        deltas: vec![],
        tool_calls: vec![call("c", "search_kb", r#"{"query":"returns"}"#)],
    };
    let a = assistant(
        vec![
            looping(),
            looping(),
            say("Returns are free within 30 days."),
            looping(),
        ],
        2,
    );
    let (r, _) = run(&a, &turn("u42", "returns?", 0)).await;
    let reqs = fake(&a).requests.lock().unwrap();
    assert_eq!(reqs.len(), 3, "two tool rounds, then one answer");
    assert!(reqs[2].tools.is_empty());
    assert_eq!(r.outcome, Outcome::Answered);
    // search_kb results name the article the reply rests on.
    assert_eq!(r.article.as_deref(), Some("returns-policy"));
}

#[tokio::test]
async fn the_model_may_hand_over_with_a_summary() {
    let a = assistant(
        vec![Step::Turn {
            deltas: vec![],
            tool_calls: vec![call(
                "t",
                "transfer_to_human",
                r#"{"reason":"complex","summary":"wants a custom bulk quote"}"#,
            )],
        }],
        3,
    );
    let (r, streamed) = run(
        &a,
        &turn("u42", "I have a complicated question about a bulk quote", 0),
    )
    .await;
    let h = r.handover.unwrap();
    assert_eq!(h.reason, HandoverReason::ModelDecision);
    assert!(h.summary.contains("bulk quote"));
    assert_eq!(streamed, r.text);
}

#[tokio::test]
async fn the_policy_decides_before_any_model_call() {
    let a = assistant(vec![say("I can help you myself!")], 3);
    let (r, _) = run(&a, &turn("u42", "get me a human", 0)).await;
    assert_eq!(fake(&a).calls.load(Ordering::SeqCst), 0);
    assert_eq!(r.intent, Intent::HumanRequest);
    let h = r.handover.unwrap();
    assert_eq!(h.reason, HandoverReason::CustomerRequest);
    assert!(
        h.summary.contains("human_request") && h.summary.contains("neutral"),
        "{}",
        h.summary
    );
}

#[tokio::test]
async fn order_change_summary_names_the_order_and_its_status() {
    let a = assistant(vec![], 3);
    let (r, _) = run(&a, &turn("u42", "please cancel order 1051", 0)).await;
    let h = r.handover.unwrap();
    assert_eq!(h.reason, HandoverReason::OrderChange);
    assert!(h.summary.contains("1051 (paid)"), "{}", h.summary);
    // The customer-facing text states no order facts.
    assert!(!r.text.contains("paid"));
}

#[tokio::test]
async fn a_hand_over_points_to_the_page_that_governs_the_matter() {
    // The policy decides before any provider, so this holds for every
    // backend: the embedded one here.
    let a = Assistant::new(AssistantConfig::embedded(None)).unwrap();
    let (r, streamed) = run(
        &a,
        &turn("u42", "please cancel order 1051, I ordered by mistake", 0),
    )
    .await;
    let h = r.handover.as_ref().unwrap();
    assert_eq!(h.reason, HandoverReason::OrderChange);
    assert_eq!(r.article.as_deref(), Some("order-changes"));
    assert!(
        r.text
            .starts_with(handover::customer_message(HandoverReason::OrderChange))
    );
    assert!(
        r.text.contains("until they leave our warehouse"),
        "{}",
        r.text
    );
    assert_eq!(streamed, r.text);
    // Still no order facts for the customer, and the hand-over reads back.
    assert!(!r.text.contains("paid"), "{}", r.text);
    assert_eq!(
        handover::announced(&r.text),
        Some(HandoverReason::OrderChange)
    );
    // A request for a person with no matter has no page to point to.
    let (r, _) = run(&a, &turn("u42", "get me a human", 0)).await;
    assert!(r.handover.is_some());
    assert_eq!(r.article, None);
    assert_eq!(
        r.text,
        handover::customer_message(HandoverReason::CustomerRequest)
    );
}

#[tokio::test]
async fn a_hand_over_quotes_no_page_on_another_matter() {
    // A candle and ceramics shop (a tuning set) with a page on changing
    // orders. The vase's care page and the refill page share the lines'
    // words, not their matter: neither is quoted to someone waiting for
    // staff to change an order, and staff are pointed to the page on
    // changing orders.
    let kb = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/twentysecond-kb");
    let a = Assistant::new(AssistantConfig::embedded(Some(kb))).unwrap();
    for line in [
        "can you change the vase on CP-58330 from blue to white?",
        "please change the delivery address on CP-58312, I've moved to Lyon",
    ] {
        let (r, streamed) = run(&a, &turn("u42", line, 0)).await;
        let h = r.handover.as_ref().unwrap();
        assert_eq!(h.reason, HandoverReason::OrderChange, "{line}");
        assert_eq!(r.article.as_deref(), Some("order-changes"), "{line}");
        assert_eq!(
            r.text,
            handover::customer_message(HandoverReason::OrderChange),
            "{line}"
        );
        assert_eq!(streamed, r.text);
    }
    // A page on the matter itself is still quoted while the customer
    // waits: a broken item to replace and the page on breakages.
    let (r, _) = run(
        &a,
        &turn(
            "u42",
            "o vidro da vela CP-58312 veio partido, quero outra",
            0,
        ),
    )
    .await;
    assert!(r.handover.is_some());
    assert!(r.text.contains("While you wait"), "{}", r.text);
}

#[tokio::test]
async fn a_quote_gives_the_sentence_with_the_fact_asked_for() {
    // An outdoor shop (a tuning set) whose pages open with what the page
    // is about: "how long" wants the sentence with the years, "how many"
    // the one with the number, not the opening or the sentence that
    // shares most words (the hand-set choice quoted how to send a defect
    // in, what a gift card is, and cartridges for customers abroad).
    let kb = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/twelfth-kb");
    let a = Assistant::new(AssistantConfig::embedded(Some(kb))).unwrap();
    for (line, fact) in [
        ("how long is the warranty", "2 years"),
        ("can i use 3 gift cards on one order", "5 gift cards"),
        (
            "how many gas cartridges can i order at once",
            "12 cartridges",
        ),
    ] {
        let (r, streamed) = run(&a, &turn("u42", line, 0)).await;
        assert!(r.handover.is_none(), "{line}");
        assert!(r.text.contains(fact), "{line}: {}", r.text);
        assert_eq!(streamed, r.text);
    }
}

#[tokio::test]
async fn a_line_answered_from_a_page_on_a_topic_is_about_that_topic() {
    // An electronics shop (a tuning set): how long an order waits in the
    // store, answered from the page on store pickup, is about delivery,
    // whatever "cancelled" cued.
    let eval = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval");
    let a = Assistant::new(AssistantConfig::embedded(Some(eval.join("third-kb")))).unwrap();
    let line = "how long do you keep an order at the store before it's cancelled";
    let (r, _) = run(&a, &turn("u42", line, 0)).await;
    assert!(r.handover.is_none(), "{line}");
    assert_eq!(r.article.as_deref(), Some("store-pickup"), "{}", r.text);
    assert_eq!(r.intent, Intent::Shipping);
    // A candle shop: empty glasses to refill, answered from the page on
    // the refill subscription, are about the customer's subscription.
    let a = Assistant::new(AssistantConfig::embedded(Some(
        eval.join("twentysecond-kb"),
    )))
    .unwrap();
    let line = "what do you do with empty glasses? i have like 6";
    let (r, _) = run(&a, &turn("u42", line, 0)).await;
    assert_eq!(r.article.as_deref(), Some("recarga"), "{}", r.text);
    assert_eq!(r.intent, Intent::Account);
    // A line the reader is sure of keeps its reading, whatever page
    // answers it.
    let (r, _) = run(&a, &turn("u42", "do you ship to Switzerland?", 0)).await;
    assert_eq!(r.intent, Intent::Shipping, "{:?}", r.article);
}

#[tokio::test]
async fn a_person_asked_for_about_business_names_the_page_for_business_enquiries() {
    // A tuning shop whose contact page says "Press and partnerships: …".
    let kb = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/eighteenth-kb");
    let a = Assistant::new(AssistantConfig::embedded(Some(kb))).unwrap();
    for line in [
        "I'm a journalist at Delo writing about online pet shops, could someone from your \
         management contact me?",
        "siamo un'associazione cinofila di Gorizia e vorremmo parlare con qualcuno di una \
         collaborazione",
    ] {
        let (r, _) = run(&a, &turn("u42", line, 0)).await;
        assert!(r.handover.is_some(), "{line}");
        assert_eq!(r.article.as_deref(), Some("contact"), "{line}");
        // Named for staff and the record, not quoted to the customer.
        assert_eq!(
            r.text,
            handover::customer_message(HandoverReason::CustomerRequest),
            "{line}"
        );
    }
    // A coffee roaster's shop: its French press is a product and its
    // caffeine page shares the journalist's words. Neither is quoted or
    // named; its contact page says whom the press write to.
    let kb = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/twentyfourth-kb");
    let roaster = Assistant::new(AssistantConfig::embedded(Some(kb))).unwrap();
    for line in [
        "I'm a journalist at HVG writing about specialty coffee in Budapest, could someone \
         from the management contact me?",
        "We run a small café in Győr and want to talk to someone about buying your beans \
         wholesale",
    ] {
        let (r, _) = run(&roaster, &turn("u42", line, 0)).await;
        assert!(r.handover.is_some(), "{line}");
        assert_eq!(r.article.as_deref(), Some("contact"), "{line}");
        assert!(!r.text.contains("From our help page"), "{line}: {}", r.text);
    }
    // A customer's own partner is no business with the shop.
    let (r, _) = run(
        &a,
        &turn(
            "u42",
            "my partner wants to talk to a person, can you put him through",
            0,
        ),
    )
    .await;
    assert!(r.handover.is_some());
    assert_ne!(r.article.as_deref(), Some("contact"));
}

#[tokio::test]
async fn an_empty_model_reply_is_not_silence_and_counts_as_a_failure() {
    let a = assistant(vec![say("")], 3);
    let (r, streamed) = run(&a, &turn("u42", "hmm", 2)).await;
    assert!(!streamed.is_empty());
    assert_eq!(r.handover.map(|h| h.reason), Some(HandoverReason::Stuck));
}

#[tokio::test]
async fn embedded_stuck_after_two_failures() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    let (r, _) = run(&a, &turn("u42", "zzkq vvbx", 1)).await;
    assert!(r.handover.is_none() && r.outcome == Outcome::Failed);
    let (r, _) = run(&a, &turn("u42", "zzkq vvbx", 2)).await;
    assert_eq!(r.handover.map(|h| h.reason), Some(HandoverReason::Stuck));
}

fn conversation(customer: &str, lines: &[(Speaker, &str)]) -> Turn {
    Turn {
        customer_id: customer.into(),
        customer_name: "C".into(),
        history: lines
            .iter()
            .map(|(s, t)| HistoryLine {
                speaker: *s,
                text: (*t).into(),
            })
            .collect(),
        failed_attempts: 0,
        team: None,
    }
}

/// Remote models sit behind the same learned hand-over reading: requests
/// in other languages and things only staff can do never reach the model.
#[tokio::test]
async fn remote_providers_get_the_same_learned_policy_in_front() {
    for (line, reason) in [
        (
            "Ich möchte bitte mit einem Mitarbeiter sprechen",
            HandoverReason::CustomerRequest,
        ),
        ("transfer me pls", HandoverReason::CustomerRequest),
        (
            "they took the payment twice for one order",
            HandoverReason::OrderChange,
        ),
    ] {
        let a = assistant(vec![say("I can help you myself!")], 3);
        let (r, _) = run(&a, &turn("u42", line, 0)).await;
        assert_eq!(fake(&a).calls.load(Ordering::SeqCst), 0, "{line}");
        assert_eq!(r.handover.map(|h| h.reason), Some(reason), "{line}");
    }
    // The negatives hold for remote models too: the model answers.
    let a = assistant(vec![say("We open at nine. ")], 3);
    let (r, _) = run(
        &a,
        &turn("u42", "I don't need a person, when do you open?", 0),
    )
    .await;
    assert!(r.handover.is_none());
    assert_eq!(fake(&a).calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn asking_the_same_thing_again_after_an_answer_hands_over() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    let t = conversation(
        "u42",
        &[
            (Speaker::Customer, "which tent is best for camping in snow"),
            (Speaker::Assistant, "Here is what we have: the Summit tent."),
            (
                Speaker::Customer,
                "ok but which tent is best for snow camping",
            ),
        ],
    );
    let (r, _) = run(&a, &t).await;
    assert_eq!(r.handover.map(|h| h.reason), Some(HandoverReason::Stuck));
    // Frustration with the answers, without swearing or "!!".
    let t = conversation(
        "u42",
        &[
            (Speaker::Customer, "which tent is best for camping in snow"),
            (Speaker::Assistant, "Here is what we have: the Summit tent."),
            (
                Speaker::Customer,
                "you already told me that, we're going in circles",
            ),
        ],
    );
    let (r, _) = run(&a, &t).await;
    assert_eq!(
        r.handover.map(|h| h.reason),
        Some(HandoverReason::Sentiment)
    );
}

/// A conversation already handed over stays with staff while the customer
/// goes on with the same matter; thanks, a goodbye or "no person needed"
/// end that, and a mood read from one line is not carried.
#[tokio::test]
async fn a_conversation_handed_over_stays_handed_over() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    let order_change = handover::customer_message(HandoverReason::OrderChange);
    let after = |line: &str, announced: &str| {
        conversation(
            "u42",
            &[
                (Speaker::Customer, "I was charged twice"),
                (Speaker::Assistant, announced),
                (Speaker::Customer, line),
            ],
        )
    };
    let (r, _) = run(&a, &after("for order 1042", order_change)).await;
    assert_eq!(
        r.handover.map(|h| h.reason),
        Some(HandoverReason::OrderChange)
    );
    for line in [
        "thanks!",
        "bye",
        "I don't need a person after all",
        "ok, and how much is shipping to Austria?",
    ] {
        let (r, _) = run(&a, &after(line, order_change)).await;
        assert!(r.handover.is_none(), "{line}");
    }
    // The same line after an ordinary answer is an order question.
    let (r, _) = run(&a, &after("for order 1042", "We accept cards and PayPal.")).await;
    assert!(r.handover.is_none());
    let angry = handover::customer_message(HandoverReason::Sentiment);
    let (r, _) = run(&a, &after("what are your opening hours", angry)).await;
    assert!(r.handover.is_none());
    // A mood read after the matter was handed over leaves the matter with
    // staff: "so what now" stays handed over for the order.
    let t = conversation(
        "u42",
        &[
            (
                Speaker::Customer,
                "tracking says delivered but nothing here",
            ),
            (Speaker::Assistant, order_change),
            (Speaker::Customer, "I did all of that, waited 4 days"),
            (Speaker::Assistant, angry),
            (Speaker::Customer, "so what now"),
        ],
    );
    let (r, _) = run(&a, &t).await;
    assert_eq!(
        r.handover.map(|h| h.reason),
        Some(HandoverReason::OrderChange)
    );
}

/// "I want a human" / "no wait, forget it. what's the phone number": the
/// customer takes the request back, and the hand-over announced for it is
/// not carried; a line that asks again still hands over.
#[tokio::test]
async fn a_request_taken_back_is_not_carried() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    let person = handover::customer_message(HandoverReason::CustomerRequest);
    let after = |line: &str| {
        conversation(
            "u42",
            &[
                (Speaker::Customer, "i want a human"),
                (Speaker::Assistant, person),
                (Speaker::Customer, line),
            ],
        )
    };
    for line in [
        "no wait, forget it. what's the phone number, i'll call myself",
        "actually never mind, just tell me if you ship to austria",
        "a zresztą nieważne, do której jesteście otwarci w sobotę",
        "bueno da igual, a qué hora abrís el sábado",
    ] {
        let (r, _) = run(&a, &after(line)).await;
        assert!(r.handover.is_none(), "{line}");
    }
    // The order change handed over, then "not you, just tell me how":
    // the customer will do it, and wants the steps.
    let change = handover::customer_message(HandoverReason::OrderChange);
    for line in [
        "no no, not you, just tell me where the button is",
        "I mean I'll do it myself, which steps?",
    ] {
        let t = conversation(
            "u42",
            &[
                (Speaker::Customer, "I need to cancel my course booking"),
                (Speaker::Assistant, change),
                (Speaker::Customer, line),
            ],
        );
        let (r, _) = run(&a, &t).await;
        assert!(r.handover.is_none(), "{line}");
    }
    let (r, _) = run(&a, &after("forget it, let me talk to someone")).await;
    assert_eq!(
        r.handover.map(|h| h.reason),
        Some(HandoverReason::CustomerRequest)
    );
    // Without the taking back, the same kind of line stays with staff.
    let (r, _) = run(&a, &after("its about my order 1042")).await;
    assert!(r.handover.is_some());
}

/// "Still can't get in" after an answer: the answer did not help. A line
/// explaining the problem the answer was about is answered again.
#[tokio::test]
async fn a_problem_that_outlasts_the_answer_hands_over() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    let after_answer = |line: &str| {
        conversation(
            "u42",
            &[
                (Speaker::Customer, "how do I reset my password"),
                (
                    Speaker::Assistant,
                    "Click Forgot password and we e-mail you a link.",
                ),
                (Speaker::Customer, line),
            ],
        )
    };
    for line in [
        "still can't get in, the link says expired every single time",
        "did that an hour ago and nothing",
        "toujours pas de mail",
    ] {
        // Stuck, unless the reader heard anger first.
        let (r, _) = run(&a, &after_answer(line)).await;
        assert!(
            matches!(
                r.handover.map(|h| h.reason),
                Some(HandoverReason::Stuck | HandoverReason::Sentiment)
            ),
            "{line}"
        );
    }
    let (r, _) = run(
        &a,
        &after_answer("the link doesn't work, I clicked it after two hours"),
    )
    .await;
    assert!(r.handover.is_none());
}

/// "Which courier is it with?" after the customer named an order asks
/// for that order's carrier, not for the shipping rules.
#[tokio::test]
async fn a_carrier_asked_of_it_after_an_order_is_that_orders_carrier() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    for line in ["which courier is it with?", "ok and who is delivering it"] {
        let t = conversation(
            "u42",
            &[
                (Speaker::Customer, "can you check 1042 for me"),
                (Speaker::Assistant, "Order 1042 is shipped."),
                (Speaker::Customer, line),
            ],
        );
        let (r, _) = run(&a, &t).await;
        assert_eq!(r.intent, Intent::OrderStatus, "{line}");
        assert!(
            r.text.contains("DHL") && r.article.is_none(),
            "{line}: {}",
            r.text
        );
    }
}

/// Facts of an order the line names are the order's: "is 1042 refunded
/// yet?" is its status, "how much did I pay in total for 1042?" its
/// total, not the refunds or payment page.
#[tokio::test]
async fn an_orders_own_facts_come_from_the_order() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    let (r, _) = run(&a, &turn("u42", "is 1042 refunded yet", 0)).await;
    assert_eq!(r.intent, Intent::OrderStatus);
    assert!(
        r.article.is_none() && r.text.contains("shipped"),
        "{}",
        r.text
    );
    let (r, _) = run(&a, &turn("u42", "how much did i pay in total for 1042", 0)).await;
    assert_eq!(r.intent, Intent::OrderStatus);
    assert!(r.text.contains("368.00 EUR"), "{}", r.text);
}

/// "I ordered two lamps on Monday": the scene is set, nothing is asked
/// yet, so nothing is handed over; the next line says what is wrong.
#[tokio::test]
async fn setting_the_scene_is_not_a_request() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    for line in [
        "i ordered some shoes last week",
        "i got my order 1042",
        "im a gold member",
    ] {
        let (r, _) = run(&a, &turn("u42", line, 0)).await;
        assert!(r.handover.is_none(), "{line}");
    }
    // The scene and what went wrong in two lines are read together.
    let t = conversation(
        "u42",
        &[
            (Speaker::Customer, "i got my order 1042"),
            (Speaker::Assistant, "Order 1042 is shipped."),
            (Speaker::Customer, "but the box was empty!"),
        ],
    );
    let (r, _) = run(&a, &t).await;
    assert!(r.handover.is_some(), "{}", r.text);
    for line in [
        "i ordered some shoes last week and they never came",
        "i got my order 1042 but it's the wrong colour",
        "I was charged twice for order 1042",
    ] {
        let (r, _) = run(&a, &turn("u42", line, 0)).await;
        assert!(r.handover.is_some(), "{line}");
    }
}

/// The summary staff read comes from the whole conversation: the problem
/// the customer opened with, the order and its status, what was already
/// answered, the deadline and how the mood went.
#[tokio::test]
async fn the_summary_covers_the_whole_conversation() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    let t = conversation(
        "u42",
        &[
            (Speaker::Customer, "hi"),
            (Speaker::Assistant, "Hello! How can I help you today?"),
            (
                Speaker::Customer,
                "my order 1051 has the wrong jacket size and I need it before Friday for a trip",
            ),
            (
                Speaker::Assistant,
                "You can exchange items within 30 days.\n(From our help page \"Returns and exchanges\".)",
            ),
            (Speaker::Customer, "this is useless. get me a person"),
        ],
    );
    let (r, _) = run(&a, &t).await;
    let h = r.handover.unwrap();
    assert_eq!(h.reason, HandoverReason::CustomerRequest);
    let s = &h.summary;
    assert!(s.contains("wrong jacket size"), "{s}");
    assert!(s.contains("1051 (paid)"), "{s}");
    assert!(s.contains("Returns and exchanges"), "{s}");
    assert!(s.contains("before Friday"), "{s}");
    assert!(s.contains("Mood: neutral, then angry"), "{s}");
}

/// The session's welcome, said before the customer wrote anything,
/// answered nothing: staff are not told it was "already answered".
#[tokio::test]
async fn the_welcome_is_not_something_already_answered() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    let t = conversation(
        "u42",
        &[
            (Speaker::Assistant, &a.welcome("C")),
            (Speaker::Customer, "I'd like to talk to a person please"),
        ],
    );
    let (r, _) = run(&a, &t).await;
    let s = r.handover.unwrap().summary;
    assert!(s.contains("Already answered: nothing yet."), "{s}");
    let t = conversation(
        "u42",
        &[
            (Speaker::Assistant, &a.welcome("C")),
            (Speaker::Customer, "are returns free?"),
            (
                Speaker::Assistant,
                "Returns are free within 30 days.\n(From our help page \"Returns and exchanges\".)",
            ),
            (Speaker::Customer, "ok, get me a person"),
        ],
    );
    let (r, _) = run(&a, &t).await;
    let s = r.handover.unwrap().summary;
    assert!(
        s.contains("Already answered: help page \"Returns and exchanges\"."),
        "{s}"
    );
}

/// "Are you open?" gets what the daemon knows about the team now, from the
/// embedded assistant and (in its prompt) a remote model alike.
#[tokio::test]
async fn the_team_outlook_answers_are_you_open() {
    use crate::team::TeamOutlook;
    let mut a = assistant(vec![say("We are closed until Monday.")], 3);
    let back = "on Monday 7 December at 09:00 (Europe/Berlin)";
    let mut t = turn("u42", "when are you open?", 0);
    t.team = Some(TeamOutlook::Away { back: back.into() });
    let (_, _) = run(&a, &t).await;
    let reqs = fake(&a).requests.lock().unwrap().clone();
    assert!(
        reqs[0].messages[0].content.contains(back),
        "{:?}",
        reqs[0].messages[0]
    );

    a.backend = Backend::Embedded;
    let (r, streamed) = run(&a, &t).await;
    assert!(
        r.text.contains(back) && r.outcome == Outcome::Answered,
        "{}",
        r.text
    );
    assert_eq!(streamed, r.text);
    t.team = Some(TeamOutlook::Here);
    let (r, _) = run(&a, &t).await;
    assert!(r.text.contains("here right now"), "{}", r.text);
    // Without a word from the daemon the reply is the knowledge base's.
    t.team = None;
    let (r, _) = run(&a, &t).await;
    assert!(!r.text.contains("right now"), "{}", r.text);
    // Other questions are left alone.
    let mut o = turn("u42", "how long does shipping to Norway take?", 0);
    o.team = Some(TeamOutlook::Away { back: back.into() });
    let (r, _) = run(&a, &o).await;
    assert!(!r.text.contains(back), "{}", r.text);
}

/// "the cheapest X" is answered from the products of that kind by price,
/// and a product named in a question no page answers gets its own data.
#[tokio::test]
async fn embedded_answers_superlatives_and_named_products() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    let (r, _) = run(&a, &turn("u42", "what's the cheapest tent you have?", 0)).await;
    assert!(r.text.contains("Ridge 2"), "{}", r.text);
    assert_eq!(r.intent, Intent::ProductInfo);
    let (r, _) = run(&a, &turn("u42", "which is your most expensive tent", 0)).await;
    assert!(r.text.contains("Basecamp 4"), "{}", r.text);
    let (r, _) = run(
        &a,
        &turn("u42", "lol is the Lumen 400 any good for night fishing?", 0),
    )
    .await;
    assert!(r.text.contains("Lumen 400"), "{}", r.text);
}

/// "what's going on with my jacket?" shows the order with the jacket, not
/// every order of the customer.
#[tokio::test]
async fn embedded_order_list_keeps_to_the_item_named() {
    let mut a = assistant(vec![], 3);
    a.backend = Backend::Embedded;
    let (r, _) = run(&a, &turn("u42", "what's going on with my jacket", 0)).await;
    assert_eq!(r.intent, Intent::OrderStatus);
    assert!(r.text.contains("1051"), "{}", r.text);
    assert!(
        !r.text.contains("1042") && !r.text.contains("1043"),
        "{}",
        r.text
    );
}
