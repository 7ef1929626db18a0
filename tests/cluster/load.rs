//! The relay benchmark's shape, small and bounded, as a test: customers on
//! both nodes ask for a person at once, staff bots on both nodes race to
//! accept every request and answer every line. (A resync started by a lost
//! accept race once undid a node's newer writes here: sessions closed
//! under their customers, requests ended, acked lines never delivered.)

use concierge_tests::{SECRET, concierge_bin};

use crate::harness::*;

/// Run `concierge load` over two fresh nodes: its JSON report, the
/// stored transfer requests by status (pending ones with their ids), and
/// the cluster itself, kept by the caller until its assertions are done
/// so that a failing run prints both nodes' logs.
/// Staff keep their chats for 60 s after a socket drops, as by default
/// (the harness's 0 s re-queues on any blip of presence under load).
async fn relay_load() -> (serde_json::Value, Vec<(String, i64)>, Cluster) {
    let cluster = Cluster::start_with(
        2,
        &redis(),
        &[
            ("RUST_LOG", "info,concierged::hub=debug"),
            ("STAFF_OFFLINE_GRACE_SECS", "60"),
        ],
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret");
    std::fs::write(&secret, SECRET).unwrap();
    let servers = cluster
        .nodes
        .iter()
        .map(|n| format!("127.0.0.1:{}", n.port))
        .collect::<Vec<_>>()
        .join(",");
    let bin = tokio::task::spawn_blocking(concierge_bin).await.unwrap();
    // Bounded: 4 s of sending after a 1 s ramp, then up to 5 s of drain.
    let out = tokio::process::Command::new(bin)
        .args(["load", "--server", &servers, "--jwt-secret-file"])
        .arg(&secret)
        .args([
            "--customers",
            "100",
            "--staff",
            "25",
            "--ask-human",
            "1.0",
            "--rate",
            "300",
            "--duration",
            "4s",
            "--ramp",
            "1s",
            "--drain",
            "5s",
            "--json",
            "--quiet",
        ])
        .output()
        .await
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no report ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    let requests = cluster.schema.query(|db| {
        db.query(
            "SELECT status || string_agg(CASE WHEN status = 'pending' THEN ' ' || id ELSE '' END, ''),
                    count(*)
             FROM chat_transfer_requests GROUP BY status ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
    });
    (report, requests, cluster)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_under_a_relay_load_refuse_nothing_and_deliver_every_acked_line() {
    let (report, requests, _cluster) = relay_load().await;
    let m = &report["messages"];
    assert_eq!(report["errors"], serde_json::json!({}), "{report}");
    assert!(m["sentToStaff"].as_u64().unwrap() > 0, "{m}");
    assert_eq!(m["customerAcked"], m["customerSent"], "{m}");
    assert_eq!(m["deliveredToStaff"], m["sentToStaff"], "{m}; {requests:?}");
    assert_eq!(m["deliveredToCustomer"], m["staffSent"], "{m}");
}

/// Every customer is served and hears it. (A resync whose read saw a
/// request before that request's own write came back queued it silently:
/// the customer got no ack and no `transfer_requested`. And the load client
/// once ended its drain as soon as the lines were through, while the last
/// customers still waited: on a busy machine their accepts came seconds
/// after the asks, were stored, and reached customers already stopped.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_under_a_relay_load_serve_every_customer() {
    let (report, requests, _cluster) = relay_load().await;
    let t = &report["transfers"];
    assert_eq!(
        t["accepted"], t["asked"],
        "{t}; requests stored: {requests:?}"
    );
}
