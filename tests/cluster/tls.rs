//! TLS to PostgreSQL (`sslmode` in `DATABASE_URL`) and to Redis
//! (`rediss://`, `REDIS_CA_FILE`), against servers of the test's own on
//! loopback that refuse plain connections, with certificates made by the
//! test for `localhost` only.

use concierge_tests::tls::{TlsPostgres, TlsRedis};
use concierged::store::postgres::{config, connect};
use concierged::store::{Op, OpResult, Store, StoreError};

use crate::harness::*;

/// Connect with `url` (blocking, off the runtime); whether the session is
/// encrypted, or why it could not connect.
fn try_connect(url: &str) -> Result<bool, StoreError> {
    let url = url.to_string();
    std::thread::spawn(move || {
        let mut c = connect(&config(&url)?)?;
        let row = c.client().query_one(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )?;
        Ok(row.get::<_, bool>(0))
    })
    .join()
    .unwrap()
}

#[test]
fn postgres_connections_are_encrypted_and_checked_as_sslmode_says() {
    let pg = TlsPostgres::start();
    let ca = pg.certs.ca.display().to_string();
    let other = pg.certs.other_ca.display().to_string();
    let ok = |host: &str, params: &str| {
        let url = pg.url(host, params);
        match try_connect(&url) {
            Ok(encrypted) => assert!(encrypted, "{url}: connected without TLS"),
            Err(e) => panic!("{url}: {e}"),
        }
    };
    let refused = |host: &str, params: &str| {
        let url = pg.url(host, params);
        assert!(try_connect(&url).is_err(), "{url} connected");
    };
    // The full check: our CA, and the name the certificate was made for.
    ok(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={ca}"),
    );
    // The certificate names localhost, not 127.0.0.1.
    refused(
        "127.0.0.1",
        &format!("sslmode=verify-full&sslrootcert={ca}"),
    );
    // verify-ca checks the chain only.
    ok("127.0.0.1", &format!("sslmode=verify-ca&sslrootcert={ca}"));
    refused(
        "localhost",
        &format!("sslmode=verify-ca&sslrootcert={other}"),
    );
    refused(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={other}"),
    );
    // require without a root file encrypts without checking (libpq's
    // meaning); with one it checks the chain.
    ok("127.0.0.1", "sslmode=require");
    refused("localhost", &format!("sslmode=require&sslrootcert={other}"));
    ok("localhost", "sslmode=prefer");
    // The server refuses plain connections: disable (and no sslmode,
    // which means disable here) cannot get in.
    refused("localhost", "sslmode=disable");
    refused("localhost", "connect_timeout=5");

    // The store runs on it: migrations, a commit, a read.
    let url = pg.url(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={ca}"),
    );
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async move {
        let u = url.clone();
        let store = tokio::task::spawn_blocking(move || Store::open_postgres(&u))
            .await
            .unwrap()
            .unwrap();
        let r = store
            .submit(vec![Op::CreateSession {
                uuid: "tls".into(),
                user_id: "c".into(),
                user_name: "C".into(),
                now: 1,
            }])
            .await
            .unwrap();
        assert!(matches!(&r[0], OpResult::Session(s) if s.uuid == "tls"));
        let n: i64 = store
            .read(|db| db.query_value("SELECT count(*) FROM chat_sessions", &[]))
            .await
            .unwrap();
        assert_eq!(n, 1);
        drop(store);
    });
}

/// Two daemons whose only PostgreSQL and only Redis speak TLS (checked
/// against the test's CA): a customer on one node and staff on the other
/// chat, so every commit went through TLS PostgreSQL and every piece of
/// news through TLS Redis.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cluster_runs_on_tls_postgres_and_tls_redis() {
    let pg = tokio::task::spawn_blocking(TlsPostgres::start)
        .await
        .unwrap();
    let redis = tokio::task::spawn_blocking(TlsRedis::start).await.unwrap();
    let db = pg.url(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={}", pg.certs.ca.display()),
    );
    let ca = redis.certs.ca.display().to_string();
    let cluster = Cluster::start_with(
        2,
        &redis.url(),
        &[("DATABASE_URL", &db), ("REDIS_CA_FILE", &ca)],
    )
    .await;
    let (a, b) = (&cluster.nodes[0], &cluster.nodes[1]);
    let mut sam = b.staff("s1", "Sam").await;
    // Presence crossed through Redis.
    a.await_staff_online("s1", true).await;
    let (mut carol, session) = a.customer("c1", "Carol").await;
    carol.request(request_staff(&session)).await.unwrap();
    let o = offer(&mut sam).await;
    sam.request(accept(o.transfer_request_id)).await.unwrap();
    carol.expect("transfer_accepted").await;
    sam.request(send(&session, "hello over TLS")).await.unwrap();
    let got = messages_until(&mut carol, "hello over TLS").await;
    assert_eq!(got.last().map(|(_, c)| c.as_str()), Some("hello over TLS"));
    // And it is in the TLS database.
    let url = db.clone();
    let stored: i64 = tokio::task::spawn_blocking(move || {
        let mut c = connect(&config(&url).unwrap()).unwrap();
        c.client()
            .query_one(
                "SELECT count(*) FROM chat_messages WHERE content = 'hello over TLS'",
                &[],
            )
            .unwrap()
            .get(0)
    })
    .await
    .unwrap();
    assert_eq!(stored, 1);
    drop(cluster);
}
