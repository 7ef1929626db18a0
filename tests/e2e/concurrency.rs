//! 50 clients × 200 messages into 10 sessions: every client sees every
//! message of its session once, in the same order, seq 1..N without gaps,
//! and the database agrees.

use std::collections::HashMap;
use std::time::Duration;

use concierge_shared::protocol::*;
use concierge_tests::{Client, TestDaemon};

const CUSTOMERS: usize = 10;
const DEVICES: usize = 5;
const PER_CLIENT: usize = 200;

fn seq_of(f: &ServerFrame) -> Option<(i64, i64)> {
    match &f.event {
        ServerEvent::NewMessage(m) => Some((m.seq, m.message_id)),
        ServerEvent::AiMessage(m) => Some((m.message.seq, m.message.message_id)),
        _ => None,
    }
}

async fn max_seqs(d: &TestDaemon) -> HashMap<String, i64> {
    let db = d.db();
    let mut st = db
        .prepare("SELECT uuid, last_seq FROM chat_sessions")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_clients_two_hundred_messages_ten_sessions_one_order() {
    let d = TestDaemon::start().await;
    // Connect everyone first, so every client sees every message.
    // (client number, session, client, (seq, messageId) seen so far)
    type Joined = (usize, String, Client, Vec<(i64, i64)>);
    let mut clients: Vec<Joined> = Vec::new();
    for cust in 0..CUSTOMERS {
        for dev in 0..DEVICES {
            let mut c = d
                .connect(&format!("cust{cust}"), "Load", Role::Customer)
                .await;
            c.expect("connected").await;
            let first = c.next_event().await;
            let (session, seen) = match first.event {
                ServerEvent::SessionStarted(s) => (s.session_uuid, vec![]),
                ServerEvent::ChatSessionRestored(r) => (
                    r.session_uuid,
                    r.history.iter().map(|m| (m.seq, m.message_id)).collect(),
                ),
                other => panic!("{other:?}"),
            };
            clients.push((cust * DEVICES + dev, session, c, seen));
        }
    }
    let mut tasks = Vec::new();
    for (n, session, mut c, mut seen) in clients {
        tasks.push(tokio::spawn(async move {
            let mut refs = Vec::with_capacity(PER_CLIENT);
            for i in 0..PER_CLIENT {
                refs.push(
                    c.send(ClientEvent::SendMessage(SendMessage {
                        session_uuid: session.clone(),
                        content: format!("client {n} message {i}"),
                        message_type: None,
                        client_msg_id: Some(format!("{n}-{i}")),
                    }))
                    .await,
                );
            }
            let mut acked = Vec::new();
            for r in &refs {
                // 10,000 lines are queued at once. On PostgreSQL a batch of
                // 1,024 appends costs three round trips each, so on a busy
                // machine one commit can take seconds and a line queued
                // late waits several of them: the ack is late but comes.
                // What this test checks is order and exactly-once, so it
                // waits longer than for a single reply.
                let ack: SendMessageAck =
                    serde_json::from_value(c.reply_patiently(r).await.expect("acked")).unwrap();
                assert!(!ack.duplicate);
                acked.push(ack.seq);
            }
            (session, c, seen.split_off(0), acked)
        }));
    }
    let mut done = Vec::new();
    for t in tasks {
        done.push(t.await.unwrap());
    }
    // Let the assistant's replies to the last lines land too.
    let mut last = max_seqs(&d).await;
    loop {
        tokio::time::sleep(Duration::from_millis(400)).await;
        let now = max_seqs(&d).await;
        if now == last {
            break;
        }
        last = now;
    }
    let mut orders: HashMap<String, Vec<(i64, i64)>> = HashMap::new();
    for (session, mut c, mut seen, acked) in done {
        let total = last[&session];
        while seen.last().map(|s| s.0) != Some(total) {
            let f = c.next_event().await;
            if let Some(s) = seq_of(&f) {
                seen.push(s);
            }
        }
        let seqs: Vec<i64> = seen.iter().map(|s| s.0).collect();
        assert_eq!(
            seqs,
            (1..=total).collect::<Vec<_>>(),
            "gap-free, in order, once"
        );
        assert!(
            acked.windows(2).all(|w| w[0] < w[1]),
            "one client's acks follow its send order"
        );
        match orders.get(&session) {
            Some(o) => assert_eq!(o, &seen, "every device sees the same order"),
            None => {
                orders.insert(session, seen);
            }
        }
    }
    assert_eq!(orders.len(), CUSTOMERS);
    // The database agrees, message by message.
    let db = d.db();
    for (session, seen) in &orders {
        let mut st = db
            .prepare(
                "SELECT m.seq, m.id FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
                 WHERE s.uuid = ?1 ORDER BY m.seq",
            )
            .unwrap();
        let stored: Vec<(i64, i64)> = st
            .query_map([session], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(&stored, seen);
        let customer: i64 = db
            .query_row(
                "SELECT count(*) FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
                 WHERE s.uuid = ?1 AND m.sender_role = 'customer'",
                [session],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(customer as usize, DEVICES * PER_CLIENT);
    }
}
