//! Issue 17: mail to a server that speaks TLS, both ways mail servers do
//! (STARTTLS on the submission port, TLS from the first byte on smtps),
//! against a real server on loopback with a certificate made for the test
//! and `SMTP_CA_FILE` naming its CA. A server whose certificate chains to
//! another CA gets nothing.

use concierge_shared::protocol::*;
use concierge_tests::smtp::{SmtpServer, SmtpTls, acceptor};
use concierge_tests::tls::TestCerts;
use concierge_tests::{Client, TestDaemon, customer_token};

async fn transcript_through(url_of: impl Fn(&SmtpServer) -> String, tls: &str, ca_other: bool) {
    let dir = tempfile::tempdir().unwrap();
    let certs = TestCerts::create(dir.path());
    let acc = acceptor(&certs.cert, &certs.key);
    let smtp = SmtpServer::start_with(match tls {
        "starttls" => SmtpTls::StartTls(acc),
        _ => SmtpTls::Wrapper(acc),
    })
    .await;
    // The settings as the daemon reads them, host name and all: the
    // certificate names `localhost`.
    let ca = if ca_other { &certs.other_ca } else { &certs.ca };
    let mail = concierged::mail::settings::resolve(
        Some(url_of(&smtp)),
        Some("Shop <support@shop.example>".into()),
        Some(ca.clone()),
    )
    .unwrap()
    .unwrap();
    let d = TestDaemon::start_with(move |c| c.mail = Some(mail)).await;
    let url = format!(
        "{}?token={}",
        d.ws_url(),
        customer_token("t1", "Tess", Some("tess@shop.example"))
    );
    let (mut c, uuid) = Client::connect(&url).await.into_customer().await;
    c.request(ClientEvent::EmailTranscript(EmailTranscript {
        session_uuid: uuid,
        email: None,
        at_close: false,
    }))
    .await
    .unwrap();
    if ca_other {
        // Tried and refused on our side: the error is kept, nothing sent.
        let why: String = concierge_tests::eventually(async || {
            d.db()
                .query_row("SELECT last_error FROM mail_outbox", [], |r| r.get(0))
                .unwrap_or(None)
        })
        .await
        .expect("the mail was never tried");
        assert!(why.to_lowercase().contains("certificate"), "{why}");
        assert!(smtp.received().is_empty());
        return;
    }
    let got = smtp.wait_for("the transcript", |m| !m.is_empty()).await;
    assert!(got[0].tls, "the transcript went in the clear");
    assert!(got[0].to.iter().any(|t| t.contains("tess@shop.example")));
}

#[tokio::test]
async fn mail_goes_over_starttls() {
    transcript_through(
        |s| format!("smtp://localhost:{}?tls=required", s.addr.port()),
        "starttls",
        false,
    )
    .await;
}

#[tokio::test]
async fn mail_goes_over_smtps() {
    transcript_through(
        |s| format!("smtps://localhost:{}", s.addr.port()),
        "smtps",
        false,
    )
    .await;
}

#[tokio::test]
async fn a_server_with_a_certificate_from_another_ca_gets_nothing() {
    transcript_through(
        |s| format!("smtps://localhost:{}", s.addr.port()),
        "smtps",
        true,
    )
    .await;
}
