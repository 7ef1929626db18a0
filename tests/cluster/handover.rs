//! Issue 16 across nodes: a chat held by a staff member on one node is
//! handed to a colleague on another, for a customer on a third.

use concierge_shared::protocol::*;

use crate::harness::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chat_handed_to_a_colleague_on_another_node() {
    let cluster = Cluster::start(3).await;
    let (a, b, c) = (&cluster.nodes[0], &cluster.nodes[1], &cluster.nodes[2]);
    let mut sam = a.staff("s1", "Sam").await;
    let mut ana = b.staff("s2", "Ana").await;
    for node in [a, b, c] {
        node.await_staff_online("s1", true).await;
        node.await_staff_online("s2", true).await;
    }
    let (mut carol, session) = c.customer("c1", "Carol").await;
    let ack: RequestStaffAck =
        serde_json::from_value(carol.request(request_staff(&session)).await.unwrap()).unwrap();
    let id = ack.transfer_request_id;
    sam.expect_where(
        |f| matches!(&f.event, ServerEvent::NewTransferRequest(o) if o.transfer_request_id == id),
    )
    .await;
    sam.request(accept(id)).await.unwrap();
    sam.expect("staff_chat_joined").await;
    carol.expect("transfer_accepted").await;
    // Every node knows Sam has the chat before he hands it on.
    ana.expect_where(
        |f| matches!(&f.event, ServerEvent::TransferTaken(t) if t.transfer_request_id == id),
    )
    .await;

    let handed: HandOverAck = serde_json::from_value(
        sam.request(ClientEvent::HandOver(HandOver {
            session_uuid: session.clone(),
            to_staff_id: Some("s2".into()),
            note: Some("refund agreed".into()),
        }))
        .await
        .unwrap(),
    )
    .unwrap();
    sam.expect("chat_handed_over").await;
    // Node b heard the hand-over and offers it to Ana alone, with the note.
    let o = ana
        .expect_where(|f| {
            matches!(&f.event, ServerEvent::NewTransferRequest(o)
                if o.transfer_request_id == handed.transfer_request_id)
        })
        .await;
    let ServerEvent::NewTransferRequest(o) = o.event else {
        unreachable!()
    };
    assert_eq!(o.note.as_deref(), Some("refund agreed"));
    assert_eq!(o.from_staff_name.as_deref(), Some("Sam"));
    ana.request(accept(handed.transfer_request_id))
        .await
        .unwrap();
    ana.expect("staff_chat_joined").await;
    let lines = messages_until(&mut carol, "Ana took over from Sam.").await;
    assert!(
        lines
            .iter()
            .any(|(_, l)| l.starts_with("Sam is handing your chat to Ana")),
        "{lines:?}"
    );
    // Sam's node released him: he may not write, and has room again.
    assert!(sam.request(send(&session, "still me")).await.is_err());
    ana.request(send(&session, "Hi Carol, Ana here"))
        .await
        .unwrap();
    messages_until(&mut carol, "Hi Carol, Ana here").await;
}
