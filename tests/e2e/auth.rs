//! The upgrade is refused with 401 and a JSON body for every bad token,
//! before any socket exists.

use std::time::Duration;

use concierge_shared::protocol::Role;
use concierge_shared::token::{NewToken, mint};
use concierge_tests::{SECRET, TestDaemon, token};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::json;

async fn upgrade_status(
    d: &TestDaemon,
    query_token: Option<&str>,
    header: Option<&str>,
) -> (u16, serde_json::Value) {
    // A real upgrade request, so a 401 proves auth ran before the upgrade.
    let client = reqwest::Client::new();
    let mut req = client
        .get(d.http("/ws"))
        .header("Connection", "Upgrade")
        .header("Upgrade", "websocket")
        .header("Sec-WebSocket-Version", "13")
        .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
    if let Some(t) = query_token {
        req = req.query(&[("token", t)]);
    }
    if let Some(h) = header {
        req = req.header("Authorization", h);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let body = resp
        .json::<serde_json::Value>()
        .await
        .unwrap_or(json!(null));
    (status, body)
}

fn raw(claims: serde_json::Value, secret: &[u8], alg: Algorithm) -> String {
    jsonwebtoken::encode(
        &Header::new(alg),
        &claims,
        &EncodingKey::from_secret(secret),
    )
    .unwrap()
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

#[tokio::test]
async fn every_bad_token_is_refused_with_401_and_a_json_body() {
    let d = TestDaemon::start().await;
    let good = |exp: i64| json!({"sub": "u1", "name": "U", "role": "customer", "exp": exp});
    let b64 = |s: &str| {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s)
    };
    let alg_none = format!(
        "{}.{}.",
        b64(r#"{"alg":"none","typ":"JWT"}"#),
        b64(&good(now() + 3600).to_string())
    );
    let cases: Vec<(&str, Option<String>, Option<String>)> = vec![
        ("missing", None, None),
        ("malformed", Some("not-a-jwt".into()), None),
        (
            "expired",
            Some(raw(good(now() - 3600), SECRET.as_bytes(), Algorithm::HS256)),
            None,
        ),
        (
            "not yet valid",
            Some(raw(
                json!({"sub": "u1", "name": "U", "role": "customer", "exp": now() + 7200, "nbf": now() + 3600}),
                SECRET.as_bytes(),
                Algorithm::HS256,
            )),
            None,
        ),
        (
            "wrong secret",
            Some(raw(good(now() + 3600), b"another-secret", Algorithm::HS256)),
            None,
        ),
        ("alg none", Some(alg_none), None),
        (
            "wrong algorithm",
            Some(raw(good(now() + 3600), SECRET.as_bytes(), Algorithm::HS512)),
            None,
        ),
        (
            "no exp",
            Some(raw(
                json!({"sub": "u1", "name": "U", "role": "customer"}),
                SECRET.as_bytes(),
                Algorithm::HS256,
            )),
            None,
        ),
        (
            "unknown role",
            Some(raw(
                json!({"sub": "u1", "name": "U", "role": "root", "exp": now() + 60}),
                SECRET.as_bytes(),
                Algorithm::HS256,
            )),
            None,
        ),
        (
            "bad header scheme",
            None,
            Some(format!("Basic {}", token("u1", "U", Role::Customer))),
        ),
    ];
    for (what, q, h) in cases {
        let (status, body) = upgrade_status(&d, q.as_deref(), h.as_deref()).await;
        assert_eq!(status, 401, "{what}: {body}");
        assert_eq!(body["error"], "unauthorized", "{what}");
        assert!(
            body["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{what}"
        );
    }
    // and the good ones, by header and by query, upgrade (101)
    let t = token("u1", "U", Role::Customer);
    assert_eq!(upgrade_status(&d, Some(&t), None).await.0, 101);
    assert_eq!(
        upgrade_status(&d, None, Some(&format!("Bearer {t}")))
            .await
            .0,
        101
    );
    // nothing was created for the refused attempts: only u1's one session
    let sessions: i64 = d
        .db()
        .query_row("SELECT count(*) FROM chat_sessions", [], |r| r.get(0))
        .unwrap();
    assert!(sessions <= 1);
}

#[tokio::test]
async fn issuer_and_audience_are_required_when_configured() {
    let d = TestDaemon::start_with(|c| {
        c.jwt.issuer = Some("shop".into());
        c.jwt.audience = Some("concierge".into());
    })
    .await;
    let mk = |iss: Option<&str>, aud: Option<&str>| {
        mint(
            SECRET.as_bytes(),
            &NewToken {
                sub: "u1",
                name: "U",
                role: Role::Customer,
                ttl: Duration::from_secs(60),
                iss,
                aud,
            },
        )
        .unwrap()
    };
    assert_eq!(upgrade_status(&d, Some(&mk(None, None)), None).await.0, 401);
    assert_eq!(
        upgrade_status(&d, Some(&mk(Some("shop"), None)), None)
            .await
            .0,
        401
    );
    assert_eq!(
        upgrade_status(&d, Some(&mk(None, Some("concierge"))), None)
            .await
            .0,
        401
    );
    assert_eq!(
        upgrade_status(&d, Some(&mk(Some("other"), Some("concierge"))), None)
            .await
            .0,
        401
    );
    assert_eq!(
        upgrade_status(&d, Some(&mk(Some("shop"), Some("other"))), None)
            .await
            .0,
        401
    );
    assert_eq!(
        upgrade_status(&d, Some(&mk(Some("shop"), Some("concierge"))), None)
            .await
            .0,
        101
    );
}

#[tokio::test]
async fn health_readiness_and_unknown_paths() {
    let d = TestDaemon::start().await;
    assert_eq!(
        reqwest::get(d.http("/healthz")).await.unwrap().status(),
        200
    );
    assert_eq!(reqwest::get(d.http("/readyz")).await.unwrap().status(), 200);
    let r = reqwest::get(d.http("/nope")).await.unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(
        r.json::<serde_json::Value>().await.unwrap()["error"],
        "not_found"
    );
}

#[tokio::test]
async fn es256_tokens_verify_with_the_configured_public_key_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let key = tmp.path().join("key.pem");
    let public = tmp.path().join("public.pem");
    let ok = std::process::Command::new("openssl")
        .args([
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-out",
        ])
        .arg(&key)
        .status()
        .unwrap()
        .success()
        && std::process::Command::new("openssl")
            .args(["pkey", "-pubout", "-in"])
            .arg(&key)
            .arg("-out")
            .arg(&public)
            .status()
            .unwrap()
            .success();
    assert!(ok, "openssl makes the test key pair");
    let public_file = public.clone();
    let d = TestDaemon::start_with(move |c| {
        c.jwt.algorithm = concierged::config::JwtAlgorithm::Es256;
        c.jwt.public_key_file = Some(public_file);
    })
    .await;
    let claims = json!({"sub": "u1", "name": "U", "role": "customer", "exp": now() + 600});
    let es = jsonwebtoken::encode(
        &Header::new(Algorithm::ES256),
        &claims,
        &EncodingKey::from_ec_pem(&std::fs::read(&key).unwrap()).unwrap(),
    )
    .unwrap();
    assert_eq!(upgrade_status(&d, Some(&es), None).await.0, 101);
    // The shared secret no longer opens the door.
    assert_eq!(
        upgrade_status(&d, Some(&token("u1", "U", Role::Customer)), None)
            .await
            .0,
        401
    );
}
