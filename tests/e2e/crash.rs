//! A daemon process killed with SIGKILL under load loses no acknowledged
//! message and duplicates none; the database passes integrity_check. On
//! PostgreSQL the daemon gets its data dir's scratch schema through
//! DATABASE_URL.

use std::collections::HashMap;
use std::process::Stdio;
use std::time::Duration;

use concierge_shared::protocol::*;
use concierge_tests::{Client, SECRET, daemon_binary, free_port, token};

async fn spawn(dir: &std::path::Path, port: u16) -> tokio::process::Child {
    let child = tokio::process::Command::new(daemon_binary())
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(dir)
        .envs(concierge_tests::database_url(dir).map(|u| ("DATABASE_URL", u)))
        .env("JWT_SECRET", SECRET)
        .env("RATE_LIMIT_PER_SEC", "100000")
        .env("RATE_LIMIT_BURST", "100000")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start concierged (built by cargo test --workspace)");
    let url = format!("http://127.0.0.1:{port}/readyz");
    concierge_tests::eventually(async || concierge_tests::answers(&url).await)
        .await
        .expect("daemon did not start");
    child
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_under_load_loses_no_acked_message() {
    let tmp = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = spawn(tmp.path(), port).await;
    let url = format!("ws://127.0.0.1:{port}/ws");

    // Acks so far, over all writers: the kill waits for load, not for a
    // clock (a busy machine may ack few messages in any fixed time).
    let acks = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut writers = Vec::new();
    for w in 0..8 {
        let acks = acks.clone();
        let url = format!(
            "{url}?token={}",
            token(&format!("crash{w}"), "Crash", Role::Customer)
        );
        writers.push(tokio::spawn(async move {
            let mut c = Client::connect(&url).await;
            c.expect("connected").await;
            let session = match c.next_event().await.event {
                ServerEvent::SessionStarted(s) => s.session_uuid,
                ServerEvent::ChatSessionRestored(r) => r.session_uuid,
                other => panic!("{other:?}"),
            };
            // Send in windows of 20 and record what was acked, until the
            // daemon dies under us.
            let mut acked: HashMap<String, i64> = HashMap::new();
            let mut i = 0;
            'outer: loop {
                let mut pending = Vec::new();
                for _ in 0..20 {
                    let cid = format!("w{w}-{i}");
                    i += 1;
                    let f = ClientFrame::new(
                        ClientEvent::SendMessage(SendMessage {
                            session_uuid: session.clone(),
                            content: format!("payload {cid}"),
                            message_type: None,
                            client_msg_id: Some(cid.clone()),
                        }),
                        Some(Ref::Str(cid.clone())),
                    );
                    if !c.try_send_raw(&f.to_json()).await {
                        break 'outer;
                    }
                    pending.push(cid);
                }
                for cid in pending {
                    match c
                        .try_reply(&Ref::Str(cid.clone()), Duration::from_secs(5))
                        .await
                    {
                        Some(Ok(v)) => {
                            let ack: SendMessageAck = serde_json::from_value(v).unwrap();
                            acked.insert(cid, ack.message_id);
                            acks.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        }
                        Some(Err(e)) => panic!("unexpected error {e:?}"),
                        None => break 'outer,
                    }
                }
            }
            acked
        }));
    }
    // Kill mid-stream once enough has been acked (bounded: 2 minutes).
    for _ in 0..12_000 {
        if acks.load(std::sync::atomic::Ordering::Relaxed) > 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    child.start_kill().unwrap(); // SIGKILL
    child.wait().await.unwrap();
    let mut acked: HashMap<String, i64> = HashMap::new();
    for w in writers {
        acked.extend(w.await.unwrap());
    }
    assert!(acked.len() > 100, "the load ran: {} acked", acked.len());

    // Restart on the same data dir: recovery replays the WAL.
    let port2 = free_port();
    let mut child2 = spawn(tmp.path(), port2).await;
    let db = concierge_tests::db(tmp.path());
    // The SQLite file after a crash; on PostgreSQL `db` is a fresh copy, so
    // there the server's own recovery is what is trusted.
    if concierge_tests::backend() == concierge_tests::Backend::Sqlite {
        let integrity: String = db
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok");
    }
    for (cid, id) in &acked {
        let rows: Vec<i64> = db
            .prepare("SELECT id FROM chat_messages WHERE client_msg_id = ?1")
            .unwrap()
            .query_map([cid], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(rows, vec![*id], "acked {cid} is stored exactly once");
    }
    // seq is still gap-free in every session
    let gaps: i64 = db
        .query_row(
            "SELECT count(*) FROM chat_sessions s WHERE s.last_seq !=
               (SELECT count(*) FROM chat_messages m WHERE m.session_id = s.id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(gaps, 0);
    child2.start_kill().unwrap();
    child2.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_closes_sockets_with_a_close_frame_and_keeps_every_ack() {
    let tmp = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = spawn(tmp.path(), port).await;
    let url = format!(
        "ws://127.0.0.1:{port}/ws?token={}",
        token("term1", "Term", Role::Customer)
    );
    let mut c = Client::connect(&url).await;
    c.expect("connected").await;
    let session = match c.next_event().await.event {
        ServerEvent::SessionStarted(s) => s.session_uuid,
        other => panic!("{other:?}"),
    };
    let mut acked = Vec::new();
    for i in 0..20 {
        let ack = c
            .request(ClientEvent::SendMessage(SendMessage {
                session_uuid: session.clone(),
                content: format!("before stop {i}"),
                message_type: None,
                client_msg_id: Some(format!("t{i}")),
            }))
            .await
            .unwrap();
        acked.push(ack["messageId"].as_i64().unwrap());
    }
    let pid = child.id().unwrap().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let code = c.close_code_within(Duration::from_secs(10)).await;
    assert_eq!(
        code,
        Some(1001),
        "a close frame saying the server is going away"
    );
    let status = tokio::time::timeout(Duration::from_secs(10), child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success(), "clean exit on SIGTERM: {status:?}");
    let db = concierge_tests::db(tmp.path());
    for id in acked {
        let n: i64 = db
            .query_row(
                "SELECT count(*) FROM chat_messages WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1);
    }
}
