//! A full disk, for real: the data dir on a small tmpfs that the test
//! fills. Every write is answered `unavailable` with a time to retry,
//! nothing of it is stored, `/readyz` says so, a metric counts it, and once
//! there is room again the same frame goes through. Search, a read, still
//! answers on a full disk (its index catch-up is a write that may fail).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use concierge_shared::protocol::*;
use concierge_tests::{TestDaemon, WAIT};

use crate::api::Http;

/// A tmpfs mounted on a temporary dir, unmounted on drop.
struct Tmpfs {
    dir: PathBuf,
    _tmp: tempfile::TempDir,
}

impl Tmpfs {
    /// `None` when this machine does not let us mount (not root): said
    /// loudly, and only allowed outside CI.
    fn mount(size: &str) -> Option<Tmpfs> {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        std::fs::create_dir_all(&dir).unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .output()
            .expect("run mount");
        if !out.status.success() {
            let why = String::from_utf8_lossy(&out.stderr);
            assert!(
                std::env::var_os("CI").is_none(),
                "CI runs as root and must be able to mount a tmpfs: {why}"
            );
            eprintln!(
                "SKIPPED: cannot mount a tmpfs here ({why}); run as root to test a full disk"
            );
            return None;
        }
        Some(Tmpfs { dir, _tmp: tmp })
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
    }
}

/// Fill the filesystem under `dir` until it refuses another byte.
fn fill(dir: &Path) -> PathBuf {
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).unwrap();
    let chunk = vec![0u8; 64 * 1024];
    loop {
        if f.write_all(&chunk).is_err() {
            break;
        }
    }
    // Whatever is left after the last whole chunk.
    while f.write_all(&[0u8; 512]).is_ok() {}
    let _ = f.sync_all();
    path
}

async fn ready(d: &TestDaemon) -> u16 {
    reqwest::get(d.http("/readyz"))
        .await
        .unwrap()
        .status()
        .as_u16()
}

fn send(session: &str, content: &str, id: &str) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: content.into(),
        message_type: None,
        client_msg_id: Some(id.into()),
    })
}

fn stored(d: &TestDaemon, client_msg_id: &str) -> i64 {
    d.db()
        .query_row(
            "SELECT count(*) FROM chat_messages WHERE client_msg_id = ?1",
            [client_msg_id],
            |r| r.get(0),
        )
        .unwrap()
}

#[tokio::test]
async fn a_full_disk_answers_unavailable_changes_nothing_and_recovers() {
    if concierge_tests::backend() != concierge_tests::Backend::Sqlite {
        return; // the data dir holds no data on PostgreSQL
    }
    let Some(fs) = Tmpfs::mount("8m") else {
        return;
    };
    let d = TestDaemon::start_in(&fs.dir, |_| {}).await;
    let (mut c, session) = d.customer("c1", "Carol").await;
    c.request(send(&session, "before the disk fills", "m-before"))
        .await
        .unwrap();
    let api = Http::new(&d);
    let sam = d.token("sam", "Sam", concierge_shared::Role::Staff);
    let found = |v: &serde_json::Value| v["items"].as_array().map_or(0, Vec::len);
    let (status, v) = api.get("/search?q=disk", &sam).await;
    assert_eq!((status, found(&v)), (200, 1), "{v:?}");

    let filler = fill(&fs.dir);
    let line = "y".repeat(3000);
    let mut refused = None;
    // The WAL may hold some room of its own; the disk runs out soon after.
    for i in 0..2000 {
        let id = format!("m{i}");
        match c.request(send(&session, &line, &id)).await {
            Ok(_) => continue,
            Err(e) => {
                refused = Some((id, e));
                break;
            }
        }
    }
    let (id, e) = refused.expect("a full disk must refuse a write");
    eprintln!("refused {id}: {e:?}");
    assert_eq!(e.code, ErrorCode::Unavailable, "{e:?}");
    assert!(e.retry_after_ms.is_some(), "{e:?}");
    assert_eq!(stored(&d, &id), 0, "nothing of a refused write is stored");
    assert_eq!(ready(&d).await, 503, "readiness follows the write path");
    let failed: f64 = {
        let text = reqwest::get(d.http("/metrics"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        concierge_tests::metric(&text, "concierge_store_failed_commits_total")
    };
    assert!(failed >= 1.0);
    // Search still answers, from what was indexed.
    let (status, v) = api.get("/search?q=disk", &sam).await;
    assert_eq!((status, found(&v)), (200, 1), "{v:?}");

    // Room again: readiness comes back by itself, and the same frame is
    // stored once.
    std::fs::remove_file(filler).unwrap();
    let deadline = tokio::time::Instant::now() + WAIT;
    while ready(&d).await != 200 {
        assert!(tokio::time::Instant::now() < deadline, "never ready again");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let ack = c.request(send(&session, &line, &id)).await.unwrap();
    assert_eq!(ack["duplicate"], false);
    assert_eq!(stored(&d, &id), 1);
    // The session is not stuck: a person can still be asked for.
    c.request(ClientEvent::RequestStaff(RequestStaff {
        session_uuid: session.clone(),
        reason: None,
    }))
    .await
    .unwrap();
    d.stop().await;
}

/// Asking for a person on a full disk: `unavailable`, the session is not
/// left waiting in memory (before, the second ask was refused as "already
/// waiting" until a restart), and once there is room the same ask goes
/// through and a person can take the chat.
#[tokio::test]
async fn a_request_for_a_person_on_a_full_disk_changes_nothing_and_works_once_there_is_room() {
    if concierge_tests::backend() != concierge_tests::Backend::Sqlite {
        return; // the data dir holds no data on PostgreSQL
    }
    let Some(fs) = Tmpfs::mount("8m") else {
        return;
    };
    let d = TestDaemon::start_in(&fs.dir, |_| {}).await;
    let mut sam = d.staff("s1", "Sam").await;
    let (mut c, session) = d.customer("c1", "Carol").await;
    let ask = || {
        ClientEvent::RequestStaff(RequestStaff {
            session_uuid: session.clone(),
            reason: Some("broken order".into()),
        })
    };

    let filler = fill(&fs.dir);
    // Use up what the WAL still had room for, down to the smallest
    // write, so the request itself finds no room.
    for (size, tries) in [(3000, 2000), (1, 500)] {
        let line = "z".repeat(size);
        for i in 0..tries {
            if c.request(send(&session, &line, &format!("f{size}-{i}")))
                .await
                .is_err()
            {
                break;
            }
        }
    }
    let e = c.request(ask()).await.unwrap_err();
    assert_eq!(e.code, ErrorCode::Unavailable, "{e:?}");
    assert!(e.retry_after_ms.is_some(), "{e:?}");
    let pending: i64 = d
        .db()
        .query_row(
            "SELECT count(*) FROM chat_transfer_requests WHERE status = 'pending'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(pending, 0, "nothing of the request was stored");

    std::fs::remove_file(filler).unwrap();
    let deadline = tokio::time::Instant::now() + WAIT;
    while ready(&d).await != 200 {
        assert!(tokio::time::Instant::now() < deadline, "never ready again");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let ack: RequestStaffAck = serde_json::from_value(c.request(ask()).await.unwrap()).unwrap();
    assert_eq!(ack.queue_position, 1);
    let offer = sam
        .expect_where(|f| {
            matches!(&f.event, ServerEvent::NewTransferRequest(o)
                if o.transfer_request_id == ack.transfer_request_id)
        })
        .await;
    let ServerEvent::NewTransferRequest(o) = offer.event else {
        unreachable!()
    };
    sam.request(ClientEvent::AcceptTransfer(AcceptTransfer {
        transfer_request_id: o.transfer_request_id,
    }))
    .await
    .unwrap();
    c.expect("transfer_accepted").await;
    d.stop().await;
}
