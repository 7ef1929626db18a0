//! Issue 16 across nodes: a note or a label change made on one node
//! reaches the consoles of the staff member handling the chat on every
//! node, and never the customer.

use concierge_shared::protocol::*;

use crate::harness::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notes_and_labels_reach_the_handlers_consoles_on_every_node() {
    let cluster = Cluster::start(2).await;
    let (a, b) = (&cluster.nodes[0], &cluster.nodes[1]);
    let mut sam_a = a.staff("s1", "Sam").await;
    let mut sam_b = b.staff("s1", "Sam").await;
    b.await_staff_online("s1", true).await;
    let (mut carol, session) = a.customer("c1", "Carol").await;
    carol.request(request_staff(&session)).await.unwrap();
    let o = offer(&mut sam_a).await;
    sam_a.request(accept(o.transfer_request_id)).await.unwrap();
    sam_a.expect("staff_chat_joined").await;

    // Sam's note on node A reaches his console on node B.
    sam_a
        .request(ClientEvent::AddNote(AddNote {
            session_uuid: session.clone(),
            body: "charged twice".into(),
        }))
        .await
        .unwrap();
    let ServerEvent::NoteAdded(n) = sam_b.expect("note_added").await.event else {
        unreachable!()
    };
    assert_eq!(n.body, "charged twice");
    // An admin on node B notes it too; Sam hears on node A.
    let mut ada = b.connect("a1", "Ada", Role::Admin).await.into_staff().await;
    ada.request(ClientEvent::AddNote(AddNote {
        session_uuid: session.clone(),
        body: "approved".into(),
    }))
    .await
    .unwrap();
    sam_a
        .expect_where(|f| matches!(&f.event, ServerEvent::NoteAdded(n) if n.body == "approved"))
        .await;
    // Labels from node B reach node A.
    ada.request(ClientEvent::SetLabels(SetLabels {
        session_uuid: session.clone(),
        labels: vec!["refund".into()],
    }))
    .await
    .unwrap();
    let ServerEvent::LabelsUpdated(l) = sam_a.expect("labels_updated").await.event else {
        unreachable!()
    };
    assert_eq!(l.labels, ["refund"]);
    // The customer heard of none of it before Sam's next line.
    sam_b.request(send(&session, "on it")).await.unwrap();
    carol
        .expect_where(|f| {
            assert!(
                !matches!(
                    f.event,
                    ServerEvent::NoteAdded(_) | ServerEvent::LabelsUpdated(_)
                ),
                "a customer got {f:?}"
            );
            matches!(&f.event, ServerEvent::NewMessage(m) if m.content == "on it")
        })
        .await;
}
