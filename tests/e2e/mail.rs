//! Issue 17, email end to end against a real SMTP server on loopback
//! (`concierge_tests::smtp`): a message left outside hours alerts staff,
//! staff answer it after a restart, the answer reaches the chat and the
//! customer's mailbox through refusals; transcripts on request and at
//! close; a long wait alerts once; erasing a customer takes their queued
//! mail with them.

use concierge_shared::protocol::*;
use concierge_tests::smtp::SmtpServer;
use concierge_tests::{Client, TestDaemon, customer_token};
use concierged::config::{MailSettings, Secret};
use serde_json::Value;

fn closed_now() -> concierged::hours::Schedule {
    let today = chrono::Utc::now().date_naive();
    let last = today + chrono::Days::new(2);
    concierged::hours::Schedule::parse(&concierged::hours::HoursSpec {
        timezone: "UTC".into(),
        weekly: "mon-sun 00:00-24:00".into(),
        closed: vec![format!("{today}..{last}")],
    })
    .unwrap()
}

fn with_mail(c: &mut concierged::config::Config, smtp: &SmtpServer) {
    c.mail = Some(MailSettings {
        url: Secret(smtp.url()),
        from: "Northwind Goods <support@shop.example>".into(),
        ca_file: None,
        host: "127.0.0.1".into(),
        mode: concierged::mail::settings::TlsMode::Plain,
    });
    c.staff_alert_email = Some("team@shop.example".into());
}

/// A customer (token `email` claim) past the session start.
async fn customer(d: &TestDaemon, sub: &str, name: &str, email: &str) -> (Client, String) {
    let url = format!(
        "{}?token={}",
        d.ws_url(),
        customer_token(sub, name, Some(email))
    );
    Client::connect(&url).await.into_customer().await
}

fn to(m: &concierge_tests::smtp::Received, addr: &str) -> bool {
    m.to.iter().any(|t| t.contains(addr))
}

#[tokio::test]
async fn an_answer_reaches_the_chat_and_the_mailbox_through_refusals_and_a_restart() {
    let smtp = SmtpServer::start().await;
    // The first two attempts are refused for now (4xx): they are retried.
    smtp.refuse_next(&[451, 421]);
    let s2 = smtp.clone();
    let d = TestDaemon::start_with(move |c| {
        c.hours = Some(closed_now());
        with_mail(c, &s2);
    })
    .await;
    let (mut c, uuid) = customer(&d, "m1", "Mia", "mia@shop.example").await;
    c.request(ClientEvent::SendMessage(SendMessage {
        session_uuid: uuid.clone(),
        content: "The vase in order 1042 arrived broken".into(),
        message_type: None,
        client_msg_id: Some("m-1".into()),
    }))
    .await
    .unwrap();
    c.request(ClientEvent::RequestStaff(RequestStaff {
        session_uuid: uuid.clone(),
        reason: None,
    }))
    .await
    .unwrap();
    c.expect("leave_message_prompt").await;
    let ack = c
        .request(ClientEvent::LeaveMessage(LeaveMessage {
            session_uuid: uuid.clone(),
            email: None,
        }))
        .await
        .unwrap();
    let id = ack["messageId"].as_i64().unwrap();
    drop(c);

    // Outside hours: the team hears by email, once the server takes it.
    let got = smtp
        .wait_for("the staff alert", |r| {
            r.iter().any(|m| to(m, "team@shop.example"))
        })
        .await;
    assert_eq!(smtp.refused(), 2);
    let alert = got.iter().find(|m| to(m, "team@shop.example")).unwrap();
    assert!(alert.header("Subject").unwrap().contains("outside hours"));
    assert!(alert.decoded().contains("arrived broken"));

    // A restart before anyone answers loses nothing.
    let (dir, tmp) = d.stop().await;
    let s2 = smtp.clone();
    let d = TestDaemon::start_in(&dir, move |c| {
        c.hours = Some(closed_now());
        with_mail(c, &s2);
    })
    .await;
    let mut sam = d.connect("s1", "Sam", Role::Staff).await;
    sam.expect("connected").await;
    let ServerEvent::StaffData(data) = sam.expect("staff_data").await.event else {
        unreachable!()
    };
    assert_eq!(data.messages.len(), 1);
    assert_eq!(data.messages[0].message_id, id);

    // Bad answers are refused and change nothing.
    let e = sam
        .request(ClientEvent::AnswerMessage(AnswerMessage {
            message_id: id + 1000,
            content: "hello".into(),
        }))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let e = sam
        .request(ClientEvent::AnswerMessage(AnswerMessage {
            message_id: id,
            content: "   ".into(),
        }))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::BadRequest);

    smtp.refuse_next(&[450]);
    let answer = "Sorry! A <b>new</b> vase & a gift are on their way.";
    sam.request(ClientEvent::AnswerMessage(AnswerMessage {
        message_id: id,
        content: answer.into(),
    }))
    .await
    .unwrap();
    let ServerEvent::LeftMessageResolved(r) = sam.expect("left_message_resolved").await.event
    else {
        unreachable!()
    };
    assert_eq!((r.message_id, r.status.as_str()), (id, "answered"));
    let got = smtp
        .wait_for("the answer", |r| {
            r.iter().any(|m| to(m, "mia@shop.example"))
        })
        .await;
    let mail = got.iter().find(|m| to(m, "mia@shop.example")).unwrap();
    assert!(mail.from.contains("support@shop.example"));
    assert!(mail.header("Message-ID").unwrap().contains("@concierge"));
    let body = mail.decoded();
    assert!(
        body.contains("text/plain") && body.contains("text/html"),
        "{body}"
    );
    assert!(body.contains(answer), "plain text keeps the words: {body}");
    assert!(
        body.contains("A &lt;b&gt;new&lt;/b&gt; vase &amp; a gift"),
        "HTML escapes them: {body}"
    );
    assert!(!body.contains("<b>new</b> vase &amp;"), "{body}");

    // The customer comes back and finds the answer in the chat.
    let url = format!(
        "{}?token={}",
        d.ws_url(),
        customer_token("m1", "Mia", Some("mia@shop.example"))
    );
    let mut c = Client::connect(&url).await;
    c.expect("connected").await;
    let ServerEvent::ChatSessionRestored(back) = c.expect("chat_session_restored").await.event
    else {
        unreachable!()
    };
    assert_eq!(back.session_uuid, uuid);
    assert!(
        back.history
            .iter()
            .any(|m| m.sender_role == SenderRole::Staff && m.content == answer),
        "{:?}",
        back.history
    );

    // Stats count it, with its own response time.
    let admin = d.token("root", "Root", Role::Admin);
    let stats: Value = reqwest::Client::new()
        .get(d.http("/api/v1/stats"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stats["leftMessages"]["left"], 1, "{stats}");
    assert_eq!(stats["leftMessages"]["answered"], 1);
    assert!(stats["leftMessages"]["avgResponseMs"].as_i64().is_some());

    // Never twice: a later mail (a transcript) arrives after it, and the
    // answer is still there once.
    c.request(ClientEvent::EmailTranscript(EmailTranscript {
        session_uuid: uuid.clone(),
        email: None,
        at_close: false,
    }))
    .await
    .unwrap();
    let got = smtp
        .wait_for("the transcript", |r| {
            r.iter().any(|m| {
                m.header("Subject")
                    .is_some_and(|s| s.contains("your conversation"))
            })
        })
        .await;
    let answers = got
        .iter()
        .filter(|m| m.header("Subject").is_some_and(|s| s.contains("an answer")))
        .count();
    assert_eq!(answers, 1);
    let t = got
        .iter()
        .find(|m| {
            m.header("Subject")
                .is_some_and(|s| s.contains("your conversation"))
        })
        .unwrap();
    assert!(t.decoded().contains("arrived broken"));
    assert!(t.decoded().contains("vase &amp; a gift"));
    // The sender records each as sent once the server took it (right
    // after the server's answer, so wait for that write).
    concierge_tests::until("every mail is recorded as sent", || {
        let unsent: i64 = d
            .db()
            .query_row(
                "SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        unsent == 0
    })
    .await;
    drop(d);
    drop(tmp);
}

#[tokio::test]
async fn a_transcript_at_close_a_permanent_refusal_and_a_bad_address() {
    let smtp = SmtpServer::start().await;
    let s2 = smtp.clone();
    let d = TestDaemon::start_with(move |c| with_mail(c, &s2)).await;
    let (mut c, uuid) = customer(&d, "t1", "Tom", "tom@shop.example").await;
    c.request(ClientEvent::SendMessage(SendMessage {
        session_uuid: uuid.clone(),
        content: "What are your opening hours?".into(),
        message_type: None,
        client_msg_id: Some("t-1".into()),
    }))
    .await
    .unwrap();
    // A bad address is refused.
    let e = c
        .request(ClientEvent::EmailTranscript(EmailTranscript {
            session_uuid: uuid.clone(),
            email: Some("tom@".into()),
            at_close: false,
        }))
        .await
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::BadRequest);
    // A permanent refusal (5xx) is given up, not retried forever.
    smtp.refuse_next(&[554]);
    c.request(ClientEvent::EmailTranscript(EmailTranscript {
        session_uuid: uuid.clone(),
        email: None,
        at_close: false,
    }))
    .await
    .unwrap();
    // Opt in at close, to another address, then close.
    let ack = c
        .request(ClientEvent::EmailTranscript(EmailTranscript {
            session_uuid: uuid.clone(),
            email: Some("tom.other@shop.example".into()),
            at_close: true,
        }))
        .await
        .unwrap();
    assert_eq!(ack["atClose"], true);
    c.request(ClientEvent::CloseSession(SessionRef {
        session_uuid: uuid.clone(),
    }))
    .await
    .unwrap();
    let got = smtp
        .wait_for("the transcript at close", |r| {
            r.iter().any(|m| to(m, "tom.other@shop.example"))
        })
        .await;
    assert!(
        got.iter()
            .find(|m| to(m, "tom.other@shop.example"))
            .unwrap()
            .decoded()
            .contains("What are your opening hours?")
    );
    assert_eq!(smtp.refused(), 1);
    let dead: i64 = d
        .db()
        .query_row(
            "SELECT count(*) FROM mail_outbox WHERE dead_at IS NOT NULL AND sent_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(dead, 1);
    assert!(
        !got.iter()
            .any(|m| m.to.iter().any(|t| t == "<tom@shop.example>"))
    );
}

#[tokio::test]
async fn a_long_wait_alerts_once_and_erasing_a_customer_takes_their_mail() {
    let smtp = SmtpServer::start().await;
    let s2 = smtp.clone();
    let d = TestDaemon::start_with(move |c| {
        with_mail(c, &s2);
        c.queue_alert_after = Some(std::time::Duration::from_millis(300));
        // Webhooks on (to a port nobody listens on): the events are recorded.
        c.webhook.url = Some("http://127.0.0.1:9/hooks".into());
    })
    .await;
    // Someone is online (so the request queues) but nobody accepts.
    let _sam = d.staff("s1", "Sam").await;
    let (mut c, uuid) = customer(&d, "w1", "Wes", "wes@shop.example").await;
    c.request(ClientEvent::RequestStaff(RequestStaff {
        session_uuid: uuid.clone(),
        reason: Some("refund".into()),
    }))
    .await
    .unwrap();
    let got = smtp
        .wait_for("the wait alert", |r| {
            r.iter().any(|m| to(m, "team@shop.example"))
        })
        .await;
    assert!(
        got[0].header("Subject").unwrap().contains("waited"),
        "{:?}",
        got[0].header("Subject")
    );
    let alerts: i64 = d
        .db()
        .query_row("SELECT count(*) FROM queue_alerts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(alerts, 1);
    let hooks: i64 = d
        .db()
        .query_row(
            "SELECT count(*) FROM webhook_outbox WHERE event = 'queue.waiting_long'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(hooks, 1);

    // Mail for a customer held back by a server refusing for now, then
    // the customer is erased: it never goes out.
    smtp.refuse_next(&[451; 50]);
    c.request(ClientEvent::EmailTranscript(EmailTranscript {
        session_uuid: uuid.clone(),
        email: None,
        at_close: false,
    }))
    .await
    .unwrap();
    // Wait until the sender tried it at least once (it is queued).
    concierge_tests::until("the transcript tried", || smtp.refused() > 0).await;
    // A transcript wished for at close, to another address: the erase
    // closes the session, and the wish goes with the customer.
    c.request(ClientEvent::EmailTranscript(EmailTranscript {
        session_uuid: uuid.clone(),
        email: Some("wes.close@shop.example".into()),
        at_close: true,
    }))
    .await
    .unwrap();
    let wishes = |d: &TestDaemon| -> i64 {
        d.db()
            .query_row(
                "SELECT count(*) FROM transcript_at_close WHERE customer_id = 'w1'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(wishes(&d), 1);
    drop(c);
    let admin = d.token("root", "Root", Role::Admin);
    let r = reqwest::Client::new()
        .delete(d.http("/api/v1/customers/w1"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let left: i64 = d
        .db()
        .query_row(
            "SELECT count(*) FROM mail_outbox WHERE recipient LIKE '%wes@%'
               OR recipient LIKE '%wes.close@%' OR customer_id = 'w1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);
    let email: i64 = d
        .db()
        .query_row(
            "SELECT count(*) FROM users WHERE email = 'wes@shop.example'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(email, 0);
    assert_eq!(wishes(&d), 0);
    // The server takes mail again; another customer's transcript arrives,
    // the erased one's never does.
    smtp.clear_refusals();
    let (mut z, zuuid) = customer(&d, "z1", "Zoe", "zoe@shop.example").await;
    z.request(ClientEvent::EmailTranscript(EmailTranscript {
        session_uuid: zuuid,
        email: None,
        at_close: false,
    }))
    .await
    .unwrap();
    let got = smtp
        .wait_for("zoe's transcript", |r| {
            r.iter().any(|m| to(m, "zoe@shop.example"))
        })
        .await;
    assert!(!got.iter().any(|m| to(m, "wes@shop.example")));
    assert!(!got.iter().any(|m| to(m, "wes.close@shop.example")));
}

/// Issue 17, item 5: the wish for a transcript at close is stored, so a
/// restart between the wish and the close loses nothing, and the
/// transcript goes once.
#[tokio::test]
async fn a_transcript_at_close_outlives_a_restart_and_goes_once() {
    let smtp = SmtpServer::start().await;
    let s2 = smtp.clone();
    let d = TestDaemon::start_with(move |c| with_mail(c, &s2)).await;
    let (mut c, uuid) = customer(&d, "k1", "Kim", "kim@shop.example").await;
    c.request(ClientEvent::SendMessage(SendMessage {
        session_uuid: uuid.clone(),
        content: "Do you ship to Norway?".into(),
        message_type: None,
        client_msg_id: Some("k-1".into()),
    }))
    .await
    .unwrap();
    let ack = c
        .request(ClientEvent::EmailTranscript(EmailTranscript {
            session_uuid: uuid.clone(),
            email: None,
            at_close: true,
        }))
        .await
        .unwrap();
    assert_eq!(ack["atClose"], true);
    drop(c);

    let (dir, tmp) = d.stop().await;
    let s2 = smtp.clone();
    let d = TestDaemon::start_in(&dir, move |c| with_mail(c, &s2)).await;
    let (mut c, back) = customer(&d, "k1", "Kim", "kim@shop.example").await;
    assert_eq!(back, uuid);
    c.request(ClientEvent::CloseSession(SessionRef {
        session_uuid: uuid.clone(),
    }))
    .await
    .unwrap();
    let got = smtp
        .wait_for("the transcript at close", |r| {
            r.iter().any(|m| to(m, "kim@shop.example"))
        })
        .await;
    let mail = got.iter().find(|m| to(m, "kim@shop.example")).unwrap();
    assert!(mail.decoded().contains("Do you ship to Norway?"));

    // Once: the wish is gone with the mail queued, one mail in the
    // outbox; and a later mail (sent oldest first) finds no second copy
    // ahead of it.
    let (wishes, queued): (i64, i64) = d
        .db()
        .query_row(
            "SELECT (SELECT count(*) FROM transcript_at_close),
                    (SELECT count(*) FROM mail_outbox WHERE recipient LIKE '%kim@%')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((wishes, queued), (0, 1));
    let (mut z, zuuid) = customer(&d, "z2", "Zed", "zed@shop.example").await;
    z.request(ClientEvent::EmailTranscript(EmailTranscript {
        session_uuid: zuuid,
        email: None,
        at_close: false,
    }))
    .await
    .unwrap();
    let got = smtp
        .wait_for("a later mail", |r| {
            r.iter().any(|m| to(m, "zed@shop.example"))
        })
        .await;
    assert_eq!(got.iter().filter(|m| to(m, "kim@shop.example")).count(), 1);
    drop(d);
    drop(tmp);
}
