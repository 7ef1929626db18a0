//! The store's write path: durable messages per second with 1, 10 and
//! 1,000 concurrent writers, next to this disk's own fsync rate measured
//! in the same run.
//!
//! Each writer appends one message at a time and waits for its commit
//! (what a client waiting for its ack does). Group commit lets the writer
//! thread put everything pending into one transaction, so more writers
//! means more messages per fsync.
//!
//! Run: `cargo bench -p concierged --bench store_write` (add `-- --secs 5`
//! for longer runs). Results go to stdout as a table. `-- --postgres` runs
//! the same on PostgreSQL (a scratch schema in the test database, see
//! `store::postgres::scratch`) instead of SQLite.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use concierge_shared::protocol::{MessageType, SenderRole};
use concierged::store::postgres::scratch;
use concierged::store::{NewMessage, Op, Store, SyncMode};

fn fsync_rate(dir: &std::path::Path, secs: f64) -> f64 {
    let path = dir.join("fsync-probe");
    let mut f = std::fs::File::create(&path).expect("probe file");
    let block = vec![7u8; 4096];
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed().as_secs_f64() < secs {
        f.write_all(&block).expect("write");
        f.sync_data().expect("fsync");
        n += 1;
    }
    n as f64 / start.elapsed().as_secs_f64()
}

async fn run(writers: usize, secs: f64, postgres: bool) -> (f64, u64) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut schema = None;
    let store = if postgres {
        let (name, url) = scratch::create(&scratch::base_url()).expect("scratch schema");
        schema = Some(name);
        tokio::task::spawn_blocking(move || Store::open_postgres(&url))
            .await
            .expect("open")
            .expect("open store")
    } else {
        Store::open(tmp.path(), SyncMode::Full).expect("open store")
    };
    // One session per writer, so writers never contend on a session row.
    let mut sessions = Vec::new();
    for w in 0..writers {
        let uuid = format!("bench-{w}");
        store
            .submit(vec![Op::CreateSession {
                uuid: uuid.clone(),
                user_id: format!("u{w}"),
                user_name: "Bench".into(),
                now: 0,
            }])
            .await
            .expect("create session");
        sessions.push(uuid);
    }
    let done = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for uuid in sessions {
        let store = store.clone();
        let done = done.clone();
        tasks.push(tokio::spawn(async move {
            let mut i = 0u64;
            while Instant::now() < deadline {
                i += 1;
                store
                    .submit(vec![Op::AppendMessage {
                        session_uuid: uuid.clone(),
                        message: NewMessage {
                            sender_id: Some("u".into()),
                            sender_name: Some("Bench".into()),
                            sender_role: SenderRole::Customer,
                            message_type: MessageType::Text,
                            content: format!("message number {i} with a little payload"),
                            ai_generated: false,
                            client_msg_id: Some(format!("c{i}")),
                        },
                        now: 1,
                    }])
                    .await
                    .expect("append");
                done.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for t in tasks {
        t.await.expect("writer");
    }
    let elapsed = start.elapsed().as_secs_f64();
    let n = done.load(Ordering::Relaxed);
    let batch = store.stats.largest_batch.load(Ordering::Relaxed);
    drop(store);
    if let Some(name) = schema {
        let _ = scratch::drop(&scratch::base_url(), &name);
    }
    (n as f64 / elapsed, batch)
}

fn main() {
    let mut secs = 3.0;
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--secs")
        && let Some(v) = args.get(i + 1).and_then(|v| v.parse().ok())
    {
        secs = v;
    }
    // `cargo bench` passes --bench; `cargo test --benches` would pass
    // nothing useful: run briefly then.
    if !args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--secs") {
        secs = 0.3;
    }
    let postgres = args.iter().any(|a| a == "--postgres");
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let probe_dir = tempfile::tempdir().expect("tempdir");
    let fsync = fsync_rate(probe_dir.path(), secs);
    println!("disk fsync rate (4 KiB write + fdatasync): {fsync:.0}/s");
    println!("engine: {}", if postgres { "PostgreSQL" } else { "SQLite" });
    println!(
        "{:>8} {:>14} {:>10} {:>14}",
        "writers", "messages/s", "vs 1", "largest batch"
    );
    let mut single = None;
    for writers in [1usize, 10, 1000] {
        let (rate, batch) = rt.block_on(run(writers, secs, postgres));
        let base = *single.get_or_insert(rate);
        println!(
            "{writers:>8} {rate:>14.0} {:>9.1}x {batch:>14}",
            rate / base
        );
    }
}
