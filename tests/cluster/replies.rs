//! An assistant reply in flight on a node that dies is redone by another
//! node once its lease runs out; the customer gets exactly one reply.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::response::IntoResponse;
use concierge_shared::protocol::*;
use futures_util::StreamExt;

use crate::harness::*;

const ANSWER: &str = "Returns are free within 30 days.";

/// An OpenAI-compatible server whose first completion streams a few words
/// and then hangs (its node is about to die); later ones answer whole.
async fn fake_openai() -> (String, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let state = calls.clone();
    let app = axum::Router::new().route(
        "/v1/chat/completions",
        axum::routing::post(move || {
            let n = state.fetch_add(1, Ordering::SeqCst);
            async move {
                let chunk = |c: &str| {
                    format!(
                        "data: {{\"choices\":[{{\"index\":0,\"delta\":{{\"content\":\"{c}\"}}}}]}}\n\n"
                    )
                };
                let body = if n == 0 {
                    let first = futures_util::stream::iter([Ok::<_, std::io::Error>(chunk(
                        "Let me check. ",
                    ))]);
                    axum::body::Body::from_stream(first.chain(futures_util::stream::pending()))
                } else {
                    axum::body::Body::from(format!(
                        "{}data: {{\"choices\":[{{\"index\":0,\"delta\":{{}},\"finish_reason\":\"stop\"}}]}}\n\ndata: [DONE]\n\n",
                        chunk(ANSWER)
                    ))
                };
                ([("content-type", "text/event-stream")], body).into_response()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}/v1"), calls)
}

/// The assistant's lines after the customer's question, in seq order.
fn replies_after(cluster: &Cluster, session: &str, question: &str) -> Vec<String> {
    let (s, q) = (session.to_string(), question.to_string());
    cluster.schema.query(move |db| {
        db.query(
            "SELECT m.content FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
             WHERE s.uuid = $1 AND m.sender_role = 'ai'
               AND m.seq > (SELECT q.seq FROM chat_messages q
                            WHERE q.session_id = s.id AND q.content = $2)
             ORDER BY m.seq",
            &[&s, &q],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_cut_off_by_its_node_dying_is_given_once_by_another() {
    let (base_url, calls) = fake_openai().await;
    let env = [
        ("AI_PROVIDER", "openai"),
        ("OPENAI_BASE_URL", base_url.as_str()),
        ("OPENAI_API_KEY", "test-key"),
    ];
    let mut cluster = Cluster::start_with(2, &redis(), &env).await;
    let question = "what is your returns policy?";
    let (mut carol, session) = cluster.nodes[0].customer("c1", "Carol").await;
    carol.request(send(&session, question)).await.unwrap();
    // Mid-stream: the first words are out, the rest never comes.
    let ServerEvent::AiMessageDelta(d) = carol.expect("ai_message_delta").await.event else {
        unreachable!()
    };
    assert!(d.delta.contains("Let me check."), "{}", d.delta);
    cluster.nodes[0].kill().await;
    drop(carol);

    // The customer's client comes back through another node.
    let (mut carol, again) = cluster.nodes[1].customer("c1", "Carol").await;
    assert_eq!(again, session);
    // Once the dead node's reply lease (15 s) has run out, the chores
    // holder (the survivor, once the dead node's chores lease has run out
    // too) answers.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    let replies = loop {
        let replies = replies_after(&cluster, &session, question);
        if !replies.is_empty() {
            break replies;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "nobody answered the customer"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(replies, vec![ANSWER.to_string()], "exactly one reply");
    let ServerEvent::AiMessage(m) = carol
        .expect_where(
            |f| matches!(&f.event, ServerEvent::AiMessage(m) if m.message.content == ANSWER),
        )
        .await
        .event
    else {
        unreachable!()
    };
    assert_eq!(m.message.session_uuid, session);
    assert_eq!(
        calls.load(Ordering::SeqCst),
        2,
        "asked once more, not twice"
    );
    // The survivor's next chores round finds nothing more to answer.
    let c = replies_after(&cluster, &session, question);
    assert_eq!(c.len(), 1);
}
