//! Issue 17 in a cluster: a message left on one node reaches the consoles
//! on every node at once, and its answer clears it everywhere.

use concierge_shared::protocol::*;

use crate::harness::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_left_on_one_node_is_seen_and_resolved_on_the_others() {
    // Closed today and the next two days: with nobody taking chats, a
    // hand-over becomes a message.
    let today = chrono::Utc::now().date_naive();
    let closed = format!("{today}..{}", today + chrono::Days::new(2));
    let env = [
        ("BUSINESS_HOURS", "mon-sun 00:00-24:00"),
        ("BUSINESS_CLOSED", closed.as_str()),
    ];
    let cluster = Cluster::start_with(2, &redis(), &env).await;
    let (a, b) = (&cluster.nodes[0], &cluster.nodes[1]);

    // Sam (on B) and Ana (on A) are online but away.
    let mut sam = b.staff("s1", "Sam").await;
    let mut ana = a.staff("s2", "Ana").await;
    for staff in [&mut sam, &mut ana] {
        staff
            .request(ClientEvent::StaffStatusChange(StaffStatusChange {
                is_online: None,
                is_available: Some(false),
            }))
            .await
            .unwrap();
    }
    for node in [a, b] {
        for who in ["s1", "s2"] {
            await_available(node, who, false).await;
        }
    }

    let (mut c, uuid) = a.customer("c1", "Cleo").await;
    c.request(send(&uuid, "the strap on my bag 1042 broke"))
        .await
        .unwrap();
    c.request(request_staff(&uuid)).await.unwrap();
    c.expect("leave_message_prompt").await;
    let ack = c
        .request(ClientEvent::LeaveMessage(LeaveMessage {
            session_uuid: uuid.clone(),
            email: Some("cleo@shop.example".into()),
        }))
        .await
        .unwrap();
    let id = ack["messageId"].as_i64().unwrap();

    // Both consoles, on both nodes, see it live.
    for staff in [&mut sam, &mut ana] {
        let ServerEvent::NewLeftMessage(m) = staff.expect("new_left_message").await.event else {
            unreachable!()
        };
        assert_eq!(m.message_id, id);
        assert_eq!(m.session_uuid, uuid);
    }

    // Sam answers on B: Ana's list on A drops it, and the customer on A
    // gets the answer in the chat.
    sam.request(ClientEvent::AnswerMessage(AnswerMessage {
        message_id: id,
        content: "A new strap is on its way.".into(),
    }))
    .await
    .unwrap();
    let ServerEvent::LeftMessageResolved(r) = ana.expect("left_message_resolved").await.event
    else {
        unreachable!()
    };
    assert_eq!((r.message_id, r.staff_id.as_str()), (id, "s1"));
    let lines = messages_until(&mut c, "A new strap is on its way.").await;
    assert!(!lines.is_empty());
}

async fn await_available(node: &Node, staff: &str, available: bool) {
    let what = format!("available={available}");
    node.await_staff(staff, &what, |s| {
        s["isAvailable"].as_bool() == Some(available)
    })
    .await;
}
