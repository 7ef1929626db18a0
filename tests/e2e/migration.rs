//! The documented move from SQLite to PostgreSQL, with the real binary:
//! `export` from a SQLite data dir, `migrate` and `import` with
//! DATABASE_URL, then a daemon on PostgreSQL carries the conversations on
//! (history restored, the next message gets the next seq). Only in the
//! SQLite binary: it uses both engines itself.

use std::process::Command;

use concierge_shared::protocol::*;
use concierge_tests::TestDaemon;
use concierged::config::Secret;
use concierged::store::postgres::scratch;

fn concierged() -> Command {
    // target/debug/deps/e2e-<hash> → target/debug/concierged
    let exe = std::env::current_exe().unwrap();
    Command::new(exe.parent().unwrap().parent().unwrap().join("concierged"))
}

fn run(cmd: &mut Command) -> (bool, String) {
    let out = cmd.env("RUST_LOG", "warn").output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn send(session: &str, content: &str, cid: &str) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: content.into(),
        message_type: None,
        client_msg_id: Some(cid.into()),
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sqlite_deployment_moves_to_postgresql_with_export_migrate_import() {
    if concierge_tests::backend() != concierge_tests::Backend::Sqlite {
        return;
    }
    // A SQLite daemon with real conversations.
    let d = TestDaemon::start().await;
    let (mut ada, session) = d.customer("ada", "Ada").await;
    for (i, text) in ["where is my parcel?", "order 1042"].iter().enumerate() {
        ada.request(send(&session, text, &format!("m{i}")))
            .await
            .unwrap();
        ada.expect("ai_message").await;
    }
    let (_bob, _) = d.customer("bob", "Bob").await;
    let staff = d.staff("s1", "Sam").await;
    drop((ada, staff));
    let (dir, _tmp) = d.stop().await;
    let last_seq: i64 = concierge_tests::db(&dir)
        .query_row(
            "SELECT last_seq FROM chat_sessions WHERE uuid = ?1",
            [&session],
            |r| r.get(0),
        )
        .unwrap();
    assert!(last_seq >= 5, "welcome, two lines and two replies");

    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("export.jsonl");
    let (ok, text) = run(concierged()
        .args(["export", "--output"])
        .arg(&file)
        .arg("--data-dir")
        .arg(&dir)
        .env_remove("DATABASE_URL"));
    assert!(ok, "{text}");
    let dump = std::fs::read_to_string(&file).unwrap();
    let header: serde_json::Value = serde_json::from_str(dump.lines().next().unwrap()).unwrap();
    assert_eq!(header["format"], "concierge-export");
    assert_eq!(header["engine"], "sqlite");

    let base = scratch::base_url();
    let (schema, url) = scratch::create(&base).unwrap();
    let pg_dir = out.path().join("pg");
    let file_arg = file.to_str().unwrap();
    let backup_arg = out.path().join("b.db");
    let backup_arg = backup_arg.to_str().unwrap();
    let with_pg = |args: &[&str]| {
        let mut c = concierged();
        c.args(args).arg("--data-dir").arg(&pg_dir);
        c.env("DATABASE_URL", &url);
        c
    };
    // Import refuses a database that was never migrated.
    let (ok, text) = run(&mut with_pg(&["import", "--input", file_arg]));
    assert!(!ok && text.contains("concierged migrate"), "{text}");
    let (ok, text) = run(&mut with_pg(&["migrate"]));
    assert!(
        ok && text.contains(&format!(
            "schema version {}",
            concierged::store::schema::LATEST
        )),
        "{text}"
    );
    let (ok, text) = run(&mut with_pg(&["import", "--input", file_arg]));
    assert!(ok, "{text}");
    // A second import finds the database in use and changes nothing.
    let (ok, text) = run(&mut with_pg(&["import", "--input", file_arg]));
    assert!(!ok && text.contains("not empty"), "{text}");
    // And backup points at PostgreSQL's own tool.
    let (ok, text) = run(&mut with_pg(&["backup", backup_arg]));
    assert!(!ok && text.contains("pg_dump"), "{text}");

    // A daemon on PostgreSQL carries on where SQLite stopped.
    let pg = TestDaemon::start_in(&pg_dir, |c| c.database_url = Some(Secret(url.clone()))).await;
    let mut ada = pg.connect("ada", "Ada", Role::Customer).await;
    ada.expect("connected").await;
    let ServerEvent::ChatSessionRestored(r) = ada.expect("chat_session_restored").await.event
    else {
        unreachable!()
    };
    assert_eq!(
        (r.session_uuid.as_str(), r.last_seq),
        (session.as_str(), last_seq)
    );
    let lines: Vec<&str> = r
        .history
        .iter()
        .filter(|m| m.sender_role == SenderRole::Customer)
        .map(|m| m.content.as_str())
        .collect();
    assert_eq!(lines, vec!["where is my parcel?", "order 1042"]);
    let ack: SendMessageAck =
        serde_json::from_value(ada.request(send(&session, "thanks", "m9")).await.unwrap()).unwrap();
    assert_eq!(ack.seq, last_seq + 1);
    // The retried clientMsgId of a line stored before the move is still a
    // duplicate.
    let again: SendMessageAck = serde_json::from_value(
        ada.request(send(&session, "order 1042", "m1"))
            .await
            .unwrap(),
    )
    .unwrap();
    assert!(again.duplicate);
    // New rows continue after the imported ids.
    let ids: (i64, i64) = concierge_tests::db(&dir)
        .query_row("SELECT max(id), count(*) FROM chat_messages", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert!(ack.message_id > ids.0, "{} after {:?}", ack.message_id, ids);
    drop(ada);
    pg.stop().await;
    scratch::drop(&base, &schema).unwrap();
}
