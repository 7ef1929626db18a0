//! Other nodes' facts that arrive late, twice or out of order.

use super::*;

fn message(session: &str, seq: i64, text: &str) -> Message {
    Message {
        message_id: 1000 + seq,
        session_uuid: session.into(),
        seq,
        sender_id: Some("cus".into()),
        sender_name: Some("CUS".into()),
        sender_role: SenderRole::Customer,
        message_type: MessageType::Text,
        content: text.into(),
        ai_generated: false,
        client_msg_id: None,
        created_at: Timestamp::now(),
        read_at: None,
    }
}

fn remote_message(session: &str, seq: i64, text: &str) -> Input {
    Input::Remote(ClusterEvent::Message {
        message: message(session, seq, text),
        stream_id: None,
    })
}

fn contents(events: &[ServerEvent]) -> Vec<String> {
    events
        .iter()
        .filter_map(|e| match e {
            ServerEvent::NewMessage(m) => Some(m.content.clone()),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn news_of_a_message_that_arrives_twice_is_delivered_once() {
    let mut d = Desk::new(Some("a")).await;
    let (c, session) = d.customer("cus").await;
    d.events(c);
    d.feed(remote_message(&session, 2, "from b")).await;
    d.feed(remote_message(&session, 2, "from b")).await;
    assert_eq!(contents(&d.events(c)), ["from b"]);
}

#[tokio::test]
async fn a_gap_is_read_from_the_database_and_later_news_waits_behind_it() {
    let mut d = Desk::new(Some("a")).await;
    let (c, session) = d.customer("cus").await;
    d.events(c);
    d.jobs.clear();
    // Seq 2 is missed; 3 and then 4 arrive.
    d.feed(remote_message(&session, 3, "three")).await;
    d.feed(remote_message(&session, 4, "four")).await;
    assert!(contents(&d.events(c)).is_empty(), "held until 2 is read");
    let fetch = d
        .jobs
        .iter()
        .find_map(|j| match j {
            Job::Fetch(f) => Some((f.session.clone(), f.after)),
            _ => None,
        })
        .expect("a read for the gap");
    assert_eq!(fetch, (session.clone(), 1));
    // The read comes back (late) with the missed line.
    d.feed(Input::Found(Found::Fetched(Box::new(Fetched {
        session: session.clone(),
        row: None,
        missed: vec![message(&session, 2, "two")],
        failed: false,
    }))))
    .await;
    assert_eq!(contents(&d.events(c)), ["two", "three", "four"]);
    assert!(d.core.gate.is_none());
}

#[tokio::test]
async fn news_of_a_session_not_known_here_is_read_first_and_dropped_if_closed() {
    let mut d = Desk::new(Some("a")).await;
    d.feed(remote_message("elsewhere", 2, "hi")).await;
    assert!(
        d.jobs
            .iter()
            .any(|j| matches!(j, Job::Fetch(f) if f.row && f.session == "elsewhere"))
    );
    // Meanwhile other news waits.
    d.feed(Input::Remote(ClusterEvent::Closed {
        session: "elsewhere".into(),
        closed_by: "x".into(),
        closed_at: 1,
    }))
    .await;
    d.feed(Input::Found(Found::Fetched(Box::new(Fetched {
        session: "elsewhere".into(),
        row: Some(None),
        missed: Vec::new(),
        failed: false,
    }))))
    .await;
    assert!(!d.core.sessions.contains_key("elsewhere"));
    assert!(d.core.gate.is_none(), "the waiting news went through");
}

#[tokio::test]
async fn a_request_that_ended_before_its_queued_news_arrived_stays_out_of_the_queue() {
    let mut d = Desk::new(Some("a")).await;
    let ana = d.staff("ana").await;
    let (_, session) = d.customer("cus").await;
    d.events(ana);
    let id = TransferId(77);
    // Out of order: the end first, then (late) the queueing.
    d.feed(Input::Remote(ClusterEvent::TransferEnded {
        id,
        session: session.clone(),
        outcome: crate::ids::TransferEnd::Cancelled,
        told: None,
    }))
    .await;
    // Twice: the end is news once.
    d.feed(Input::Remote(ClusterEvent::TransferEnded {
        id,
        session: session.clone(),
        outcome: crate::ids::TransferEnd::Cancelled,
        told: None,
    }))
    .await;
    // The queueing, late: the request has ended, and stays out.
    d.feed(Input::Remote(queued_news(id, &session))).await;
    assert_eq!(d.queue_len(), 0);
    assert_eq!(d.session(&session).1, SessionStatus::Active);
}

#[tokio::test]
async fn a_remote_accept_that_arrives_twice_is_applied_once() {
    let mut d = Desk::new(Some("a")).await;
    let (staff, c, session, id) = a_waiting_request(&mut d, &["ana"]).await;
    let ana = staff[0];
    for _ in 0..2 {
        d.feed(Input::Remote(ClusterEvent::TransferAccepted {
            id: TransferId(id),
            session: session.clone(),
            staff: "bob".into(),
            staff_name: "Bob".into(),
        }))
        .await;
    }
    assert_eq!(d.session(&session).2.as_deref(), Some("bob"));
    assert_eq!(d.queue_len(), 0);
    let told = d
        .events(c)
        .iter()
        .filter(|e| matches!(e, ServerEvent::TransferAccepted(_)))
        .count();
    assert_eq!(told, 1, "the customer is told once");
    // Ana's offer is withdrawn, and she cannot take it any more.
    assert!(d.ask(ana, accept(id)).await.is_err());
}

#[tokio::test]
async fn a_closed_session_is_closed_once_however_often_the_news_comes() {
    let mut d = Desk::new(Some("a")).await;
    let (c, session) = d.customer("cus").await;
    d.events(c);
    d.jobs.clear();
    for _ in 0..2 {
        d.feed(Input::Remote(ClusterEvent::Closed {
            session: session.clone(),
            closed_by: "staff".into(),
            closed_at: 5,
        }))
        .await;
        // The closing line may still be on its way: read it.
        if let Some(Job::Fetch(f)) = d.jobs.pop() {
            d.feed(Input::Found(Found::Fetched(Box::new(Fetched {
                session: f.session,
                row: None,
                missed: Vec::new(),
                failed: false,
            }))))
            .await;
        }
    }
    let closed = d
        .events(c)
        .iter()
        .filter(|e| matches!(e, ServerEvent::SessionClosed(_)))
        .count();
    assert_eq!(closed, 1);
    assert!(!d.core.sessions.contains_key(&session));
}

#[tokio::test]
async fn a_resync_loads_through_the_same_path_as_a_start() {
    let mut d = Desk::new(Some("a")).await;
    let (c, session) = d.customer("cus").await;
    d.events(c);
    d.jobs.clear();
    d.feed(Input::Resync).await;
    let job = d.load_asked();
    assert!(!job.startup);
    assert_eq!(job.known, [(session.clone(), 1)]);
    // Another node wrote line 2 meanwhile; the load brings it.
    d.store
        .submit(vec![Op::AppendMessage {
            session_uuid: session.clone(),
            message: crate::store::NewMessage {
                sender_id: Some("cus".into()),
                sender_name: Some("CUS".into()),
                sender_role: SenderRole::Customer,
                message_type: MessageType::Text,
                content: "written elsewhere".into(),
                ai_generated: false,
                client_msg_id: None,
            },
            now: 1,
        }])
        .await
        .unwrap();
    let loaded = d.read_load().await;
    d.feed(Input::Found(Found::Loaded(Some(Box::new(loaded)))))
        .await;
    assert_eq!(contents(&d.events(c)), ["written elsewhere"]);
    assert_eq!(d.snapshot_of("cus").unwrap().delivered_seq, 2);
}

#[tokio::test]
async fn a_customer_waiting_for_a_reply_another_node_writes_is_not_closed_as_idle() {
    // Every session is past its idle timeout at once; this node holds the
    // chores, so its sweep closes what it finds idle.
    let mut d = Desk::with_config(Some("a"), |c| {
        c.session_timeout = std::time::Duration::ZERO;
    })
    .await;
    let (c, session) = d.customer("cus").await;
    d.events(c);
    // The customer's line was taken by node b, whose assistant is still
    // writing: this node's copy sees the line, and no reply yet.
    // Both lines are a second old, past the timeout of zero.
    let second_ago = Timestamp::from_millis(Timestamp::now().millis() - 1000);
    let mut line = message(&session, 2, "where is my order?");
    line.created_at = second_ago;
    d.feed(Input::Remote(ClusterEvent::Message {
        message: line,
        stream_id: None,
    }))
    .await;
    d.feed(Input::Sweep).await;
    assert_eq!(
        d.session(&session).1,
        SessionStatus::Active,
        "a reply is owed"
    );
    d.events(c);
    // The reply arrives; now the session is idle.
    let mut reply = message(&session, 3, "It shipped yesterday.");
    reply.sender_role = SenderRole::Ai;
    reply.sender_id = None;
    reply.created_at = second_ago;
    d.feed(Input::Remote(ClusterEvent::Message {
        message: reply,
        stream_id: None,
    }))
    .await;
    d.feed(Input::Sweep).await;
    assert!(
        d.events(c)
            .iter()
            .any(|e| matches!(e, ServerEvent::SessionClosed(_))),
        "closed once answered"
    );
}

#[tokio::test]
async fn a_session_first_read_after_its_customers_line_still_owes_the_reply() {
    // Node b opened the session and stored the customer's line; this node,
    // which holds the chores, reads the session's row only after that line
    // was stored (a busy machine), so the line's own news comes as one
    // already read. The reply b's assistant is writing is still owed.
    let mut d = Desk::with_config(Some("a"), |c| {
        c.session_timeout = std::time::Duration::ZERO;
    })
    .await;
    let second_ago = Timestamp::now().millis() - 1000;
    d.feed(Input::Remote(ClusterEvent::SessionOpened {
        session: "elsewhere".into(),
    }))
    .await;
    d.feed(Input::Found(Found::Fetched(Box::new(Fetched {
        session: "elsewhere".into(),
        row: Some(Some(crate::store::read::SessionRow {
            id: 7,
            uuid: "elsewhere".into(),
            user_id: "cus".into(),
            user_name: "CUS".into(),
            staff_id: None,
            session_type: SessionType::Ai,
            status: SessionStatus::Active,
            last_seq: 2,
            ai_failures: 0,
            summary: None,
            created_at: second_ago,
            updated_at: second_ago,
            last_activity: second_ago,
            closed_at: None,
            closed_by: None,
        })),
        missed: Vec::new(),
        failed: false,
    }))))
    .await;
    let mut line = message("elsewhere", 2, "where is my order?");
    line.created_at = Timestamp::from_millis(second_ago);
    d.feed(Input::Remote(ClusterEvent::Message {
        message: line,
        stream_id: None,
    }))
    .await;
    // Writes wait, so a close the sweep starts is seen before it fails
    // (this test's store has no such session).
    d.hold = true;
    d.feed(Input::Sweep).await;
    assert!(!d.core.closing.contains("elsewhere"), "a reply is owed");
    assert_eq!(d.session("elsewhere").1, SessionStatus::Active);
}

#[tokio::test]
async fn a_resync_read_taken_before_this_nodes_own_write_does_not_undo_it() {
    let mut d = Desk::new(Some("a")).await;
    d.staff("st").await;
    // A customer's session is being stored when a resync starts, and the
    // resync's read is taken before that write commits (a busy cluster:
    // every accept another node won starts one).
    d.hold = true;
    let (conn, _) = d.join(user("cus", Role::Customer)).await;
    d.jobs.clear();
    d.feed(Input::Resync).await;
    let before = d.read_load().await;
    // Now the session commits and the customer is told it started.
    d.hold = false;
    d.settle().await;
    let session = d.started(conn);
    // The older read arrives: it must not close what it never saw.
    d.feed(Input::Found(Found::Loaded(Some(Box::new(before)))))
        .await;
    assert!(
        !d.events(conn)
            .iter()
            .any(|e| matches!(e, ServerEvent::SessionClosed(_))),
        "closed by a read older than the session"
    );
    assert_eq!(d.session(&session).1, SessionStatus::Active);
    assert!(d.ask(conn, request_staff(&session)).await.is_ok());
    // A later resync, read after the write, still brings what it finds.
    d.feed(Input::Resync).await;
    assert!(d.core.gate.is_some(), "a second load is under way");
}

#[tokio::test]
async fn resyncs_asked_while_one_is_under_way_wait_as_one() {
    let mut d = Desk::new(Some("a")).await;
    d.feed(Input::Resync).await;
    d.feed(Input::Resync).await;
    d.feed(Input::Resync).await;
    let (_, waiting) = d.core.gate.as_ref().expect("a load under way");
    assert_eq!(waiting.len(), 1, "one more load after this one, not two");
}

#[tokio::test]
async fn a_resync_that_reads_a_request_before_its_write_comes_back_leaves_it_to_that_write() {
    let mut d = Desk::new(Some("a")).await;
    d.staff("st").await;
    let (c, session) = d.customer("cus").await;
    d.events(c);
    // The customer asks; the request's write is held.
    d.hold = true;
    d.feed(Input::Event {
        conn: c,
        event: request_staff(&session),
        r#ref: Some(Ref::Num(77)),
    })
    .await;
    d.jobs.clear();
    d.feed(Input::Resync).await;
    // The write commits, the resync reads (and sees the request), and the
    // read's answer comes back before the write's.
    let (ops, after, stream) = d.pending.pop_front().expect("the held write");
    let result = d.store.submit(ops).await;
    let read = d.read_load().await;
    d.feed(Input::Found(Found::Loaded(Some(Box::new(read)))))
        .await;
    d.hold = false;
    d.feed(Input::Committed((result, after, stream))).await;
    // The customer is answered and told, as without the resync.
    let frames = d.frames.remove(&c).unwrap_or_default();
    assert!(
        frames
            .iter()
            .any(|(e, r)| matches!(e, ServerEvent::Ack(_)) && *r == Some(Ref::Num(77))),
        "the request is acked: {frames:?}"
    );
    assert!(
        frames
            .iter()
            .any(|(e, _)| matches!(e, ServerEvent::TransferRequested(_))),
        "the customer is told it is queued: {frames:?}"
    );
    assert_eq!(d.queue_len(), 1);
}

#[tokio::test]
async fn a_resync_whose_read_failed_stops_noting_what_changes() {
    let mut d = Desk::new(Some("a")).await;
    let (c, session) = d.customer("cus").await;
    d.feed(Input::Resync).await;
    d.ask(c, send(&session, "hello")).await.unwrap();
    assert!(
        d.core
            .touched
            .as_ref()
            .is_some_and(|t| t.contains(session.as_str()))
    );
    d.feed(Input::Found(Found::Loaded(None))).await;
    assert!(d.core.touched.is_none(), "no read is in flight");
}

/// Another node's news that it queued request `id` of `session`.
fn queued_news(id: TransferId, session: &str) -> ClusterEvent {
    ClusterEvent::TransferQueued {
        id,
        session: session.into(),
        front: false,
        reason: Some("a person, please".into()),
        summary: "wants a person".into(),
        waiting_since: 2,
        preferred: None,
        handover: None,
    }
}

/// Node b opened a session and queued its customer's request, which this
/// node has not heard of yet; the request's id.
async fn queued_elsewhere(d: &Desk, session: &str) -> i64 {
    let r = d
        .store
        .submit(vec![
            Op::CreateSession {
                uuid: session.into(),
                user_id: "cus".into(),
                user_name: "CUS".into(),
                now: 1,
            },
            Op::CreateTransfer {
                session_uuid: session.into(),
                customer_id: "cus".into(),
                customer_name: "CUS".into(),
                reason: Some("a person, please".into()),
                summary: "wants a person".into(),
                priority: 0,
                status: crate::ids::TransferStatus::Pending,
                now: 2,
            },
        ])
        .await
        .unwrap();
    match r[1] {
        crate::store::OpResult::TransferId(id) => id.0,
        ref other => panic!("{other:?}"),
    }
}

/// The news of a request comes after a resync read it, and after staff
/// here took it: it is stale, and changes nothing. (Queued again, the
/// session went back to waiting under the staff member who had it, who
/// was then refused as "not a participant" in their own chat.)
#[tokio::test]
async fn the_news_of_a_request_taken_here_since_a_resync_read_it_changes_nothing() {
    let mut d = Desk::new(Some("a")).await;
    let st = d.staff("st").await;
    let id = queued_elsewhere(&d, "elsewhere").await;
    d.feed(Input::Resync).await;
    let loaded = d.read_load().await;
    d.feed(Input::Found(Found::Loaded(Some(Box::new(loaded)))))
        .await;
    d.ask(st, accept(id)).await.unwrap();
    assert_eq!(d.session("elsewhere").2.as_deref(), Some("st"));
    d.feed(Input::Remote(queued_news(TransferId(id), "elsewhere")))
        .await;
    assert_eq!(
        d.session("elsewhere"),
        (SessionType::Human, SessionStatus::Active, Some("st".into()))
    );
    assert_eq!(d.queue_len(), 0);
    assert!(d.ask(st, send("elsewhere", "I can help")).await.is_ok());
}

/// A request this node hears of first by a resync (its news still on the
/// way, or lost) is offered to the staff here who have room, and re-offered
/// when nobody answers, as one heard of by its news is. (Its offers were
/// once marked as made and never sent: it stayed pending under a load while
/// staff here had room.)
#[tokio::test]
async fn a_request_learned_by_a_resync_is_offered_to_this_nodes_staff() {
    let mut d = Desk::new(Some("a")).await;
    let st = d.staff("st").await;
    d.events(st);
    queued_elsewhere(&d, "elsewhere").await;
    d.timers.clear();
    d.feed(Input::Resync).await;
    let loaded = d.read_load().await;
    d.feed(Input::Found(Found::Loaded(Some(Box::new(loaded)))))
        .await;
    let offered: Vec<String> = d
        .events(st)
        .into_iter()
        .filter_map(|e| match e {
            ServerEvent::NewTransferRequest(o) => Some(o.session_uuid),
            _ => None,
        })
        .collect();
    assert_eq!(offered, ["elsewhere"]);
    assert!(
        d.timers
            .iter()
            .any(|t| matches!(t, Timer::Offer { round: 0, .. })),
        "re-offered if nobody answers: {:?}",
        d.timers
    );
}

/// The end of an older request, heard after the customer asked again,
/// neither takes the session from the newer request nor tells the customer
/// that their request failed.
#[tokio::test]
async fn the_late_end_of_an_older_request_leaves_the_newer_one_alone() {
    let mut d = Desk::new(Some("a")).await;
    let (_, c, session, id) = a_waiting_request(&mut d, &["ana"]).await;
    d.feed(Input::Remote(ClusterEvent::TransferEnded {
        id: TransferId(id - 1),
        session: session.clone(),
        outcome: crate::ids::TransferEnd::Failed,
        told: Some("Everyone on the team is busy right now.".into()),
    }))
    .await;
    assert!(
        !d.events(c)
            .iter()
            .any(|e| matches!(e, ServerEvent::TransferFailed(_))),
        "not told about an older request"
    );
    assert_eq!(d.session(&session).1, SessionStatus::Waiting);
    assert_eq!(d.queue_len(), 1);
}
