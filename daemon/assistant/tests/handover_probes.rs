//! Conversations written for the kinds of need issue 13 lists, in eight
//! languages, with the negatives that must keep holding
//! (`corpus/probes-conversations.tsv`, never trained on): played turn by
//! turn through the embedded assistant on the demo shop, as `eval` plays
//! a case, the hand-over must be read on nearly all that need a person
//! and on nearly none that do not. A request taken back for a question,
//! or a question said to be only that, is read as no mood.

use std::io::Write;

use concierge_assistant::eval;

mod common;

#[tokio::test]
async fn hands_over_in_eight_languages_on_conversations_it_never_trained_on() {
    let tsv = include_str!("../corpus/probes-conversations.tsv");
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases.jsonl");
    let mut f = std::fs::File::create(&cases).unwrap();
    let mut n = 0;
    for (i, row) in tsv.lines().filter(|l| !l.starts_with('#')).enumerate() {
        let (label, text) = row.split_once('\t').unwrap();
        let messages: Vec<&str> = text.split(" || ").map(str::trim).collect();
        let case = serde_json::json!({
            "id": format!("p{i}"),
            "customerId": format!("c{i}"),
            "messages": messages,
            "expect": {"escalate": label == "yes", "intent": "other", "article": null},
        });
        writeln!(f, "{case}").unwrap();
        n += 1;
    }
    drop(f);
    assert!(n >= 300, "{n} conversations");
    // As `eval` plays a case: the embedded assistant on the demo shop.
    let assistant = common::embedded(None);
    let preds = dir.path().join("predictions.jsonl");
    let report = eval::run(&assistant, &cases, Some(&preds)).await.unwrap();
    for (c, p) in eval::load_cases(&cases)
        .unwrap()
        .iter()
        .zip(std::fs::read_to_string(&preds).unwrap().lines())
    {
        let p: eval::Prediction = serde_json::from_str(p).unwrap();
        if p.escalate != c.expect.escalate {
            eprintln!("MISS want {} :: {:?}", c.expect.escalate, c.messages);
        }
    }
    let e = report.escalation;
    eprintln!("probes: precision {} recall {}", e.precision, e.recall);
    assert!(e.recall >= 0.94, "recall {}", e.recall);
    assert!(e.precision >= 0.97, "precision {}", e.precision);
}

/// "I want a person" / "no, actually, just the phone number", "I have an
/// order on its way" / "no, nothing wrong with it, I only wonder when you
/// open": taken back, or said to be only a question, the second line is
/// no mood, however the reader leans on a language it barely saw. A
/// mood that is one still hands over after an answer.
#[tokio::test]
async fn a_request_taken_back_or_a_question_said_to_be_only_that_is_no_mood() {
    let a = common::embedded(None);
    for lines in [
        &[
            "haluan puhua jonkun kanssa",
            "no ei sittenkään, kertokaa vain puhelinnumero",
        ][..],
        &[
            "imam eno naročilo na poti",
            "ne, vse je v redu, samo zanima me urnik",
        ],
        &[
            "imam jednu narudžbu u tijeku",
            "ne, sve je u redu, samo me zanima radno vrijeme",
        ],
    ] {
        let r = common::converse(&a, "c1", lines).await.pop().unwrap();
        assert!(r.handover.is_none(), "{lines:?}: {}", r.text);
    }
    let r = common::converse(
        &a,
        "c2",
        &[
            "how long does shipping take",
            "this is useless, you keep sending me the same page",
        ],
    )
    .await
    .pop()
    .unwrap();
    assert!(r.handover.is_some(), "{}", r.text);
}

/// Through the whole reply on the demo shop: a person asked for in the
/// languages the glossary read thinly reaches staff as the customer's
/// request, a threat of a court or a consumer body in the later
/// languages as their mood, and Greek typed in Latin letters as Greek; the
/// same languages asking for the phone number get an answer.
#[tokio::test]
async fn thinly_read_languages_reach_staff_and_their_questions_do_not() {
    use concierge_assistant::HandoverReason::{CustomerRequest, OrderChange, Sentiment};
    let a = common::embedded(None);
    for (line, why) in [
        ("θέλω εκπρόσωπο", CustomerRequest),
        ("δεν θέλω ρομπότ, θέλω άνθρωπο", CustomerRequest),
        ("nixtieq nitkellem ma' persuna", CustomerRequest),
        ("deitu iezadazue, mesedez", CustomerRequest),
        ("gefðu mér samband við þjónustufulltrúa", CustomerRequest),
        ("če tega ne rešite, grem na tržni inšpektorat", Sentiment),
        ("ще подам сигнал в КЗП, ако не ми отговорите", Sentiment),
        ("kui raha ei tule, pöördun kohtusse", Sentiment),
        // Greek typed in Latin letters, read through the Greek tables.
        ("akyrwste tin paraggelia 1042 parakalw", OrderChange),
    ] {
        let r = common::ask(&a, "c1", line).await;
        assert_eq!(
            r.handover.map(|h| h.reason),
            Some(why),
            "{line}: {}",
            r.text
        );
    }
    for line in [
        "ποιο είναι το τηλέφωνό σας;",
        "zein da zuen telefono zenbakia?",
        "hvert er símanúmerið ykkar?",
    ] {
        let r = common::ask(&a, "c1", line).await;
        assert!(r.handover.is_none(), "{line}: {}", r.text);
    }
    // A greeklish question about a return is answered as one.
    let line = "mporw na kanw epistrofi enos proiontos pou den to anoiksa?";
    let r = common::ask(&a, "c1", line).await;
    assert!(r.handover.is_none(), "{line}: {}", r.text);
    assert_eq!(
        r.intent,
        concierge_assistant::Intent::ReturnRefund,
        "{}",
        r.text
    );
    assert!(r.article.is_some(), "{line}: {}", r.text);
    // After an answer: not what was asked, or the same answer again.
    for again in [
        "dat is niet wat ik vroeg",
        "все ми давате същия отговор",
        "μου δίνεις συνέχεια την ίδια απάντηση",
    ] {
        let lines = ["how long does delivery take?", again];
        let replies = common::converse(&a, "c2", &lines).await;
        assert!(replies[0].handover.is_none(), "{}", replies[0].text);
        assert!(
            replies[1].handover.is_some(),
            "{again}: {}",
            replies[1].text
        );
    }
}
