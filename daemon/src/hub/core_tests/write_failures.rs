//! The failure of every kind of write: an error, memory unchanged, and
//! the same frame succeeding once writes work again.

use super::*;

/// One row: what to set up, which writes fail, the frame that meets the
/// failure, and what must hold of memory afterwards.
struct FailRow {
    name: &'static str,
    fails: fn(&Op) -> bool,
}

/// Set up a chat at the point where `frame` makes a write, fail the write,
/// check the error and that memory did not move, then let writes work and
/// send the same frame again: it succeeds.
#[tokio::test]
async fn a_failed_write_of_any_kind_changes_nothing_and_the_same_frame_succeeds_later() {
    type Setup = fn(&str) -> ClientEvent;
    let rows: Vec<(FailRow, bool, Setup)> = vec![
        // (row, needs an accepted chat first, the frame)
        (
            FailRow {
                name: "append a message",
                fails: |op| matches!(op, Op::AppendMessage { .. }),
            },
            false,
            |s| send(s, "hello"),
        ),
        (
            FailRow {
                name: "mark read",
                fails: |op| matches!(op, Op::MarkRead { .. }),
            },
            false,
            |s| {
                ClientEvent::MarkRead(MarkRead {
                    session_uuid: s.into(),
                    message_id: 1,
                })
            },
        ),
        (
            FailRow {
                name: "create a transfer request",
                fails: |op| matches!(op, Op::CreateTransfer { .. }),
            },
            false,
            request_staff,
        ),
        (
            FailRow {
                name: "close a session",
                fails: |op| matches!(op, Op::CloseSession { .. }),
            },
            false,
            close,
        ),
        (
            FailRow {
                name: "add a note",
                fails: |op| matches!(op, Op::Annotate(_)),
            },
            true,
            |s| {
                ClientEvent::AddNote(AddNote {
                    session_uuid: s.into(),
                    body: "vip".into(),
                })
            },
        ),
        (
            FailRow {
                name: "hand over to the queue",
                fails: |_| true,
            },
            true,
            |s| {
                ClientEvent::HandOver(HandOver {
                    session_uuid: s.into(),
                    to_staff_id: None,
                    note: None,
                })
            },
        ),
    ];
    for (row, accepted, frame) in rows {
        let mut d = Desk::new(None).await;
        let ana = d.staff("ana").await;
        // Someone to hand over to.
        let _sam = d.staff("sam").await;
        let (c, session) = d.customer("cus").await;
        let actor = if accepted {
            d.ask(c, request_staff(&session)).await.unwrap();
            let id = offer_id(&d.events(ana)).unwrap();
            d.ask(ana, accept(id)).await.unwrap();
            ana
        } else {
            c
        };
        let before = (
            d.session(&session),
            d.snapshot_of("cus").map(|s| s.delivered_seq),
            d.queue_len(),
        );
        d.events(c);
        d.events(ana);
        d.fail = Some(row.fails);
        let got = d.ask(actor, frame(&session)).await;
        assert_eq!(got, Err(ErrorCode::Unavailable), "{}", row.name);
        let after = (
            d.session(&session),
            d.snapshot_of("cus").map(|s| s.delivered_seq),
            d.queue_len(),
        );
        assert_eq!(before, after, "{}: memory moved", row.name);
        assert!(d.core.requesting.is_empty(), "{}", row.name);
        assert!(d.core.closing.is_empty(), "{}", row.name);
        // Nobody else was told anything.
        let others: Vec<ServerEvent> = if actor == c {
            d.events(ana)
        } else {
            d.events(c)
        };
        assert!(
            others
                .iter()
                .all(|e| matches!(e, ServerEvent::UserStopTyping(_))),
            "{}: {others:?}",
            row.name
        );
        d.fail = None;
        d.ask(actor, frame(&session))
            .await
            .unwrap_or_else(|e| panic!("{}: the retry failed: {e:?}", row.name));
    }
}

#[tokio::test]
async fn a_failed_accept_frees_the_request_for_the_same_accept_later() {
    let mut d = Desk::new(None).await;
    let ana = d.staff("ana").await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    let id = offer_id(&d.events(ana)).unwrap();
    d.fail = Some(|op| matches!(op, Op::AcceptTransfer { .. }));
    assert_eq!(d.ask(ana, accept(id)).await, Err(ErrorCode::Unavailable));
    assert_eq!(d.session(&session).1, SessionStatus::Waiting);
    assert!(d.core.accepting.is_empty());
    assert_eq!(d.queue_len(), 1);
    d.fail = None;
    d.ask(ana, accept(id)).await.unwrap();
    assert_eq!(d.session(&session).2.as_deref(), Some("ana"));
}

#[tokio::test]
async fn a_failed_decline_changes_nothing() {
    let mut d = Desk::new(None).await;
    let ana = d.staff("ana").await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    let id = offer_id(&d.events(ana)).unwrap();
    let decline = ClientEvent::DeclineTransfer(DeclineTransfer {
        transfer_request_id: id,
        reason: None,
    });
    d.fail = Some(|_| true);
    assert_eq!(
        d.ask(ana, decline.clone()).await,
        Err(ErrorCode::Unavailable)
    );
    assert_eq!(d.queue_len(), 1);
    assert_eq!(d.session(&session).1, SessionStatus::Waiting);
    d.fail = None;
    d.ask(ana, decline).await.unwrap();
    assert_eq!(d.queue_len(), 0);
}

#[tokio::test]
async fn a_session_that_cannot_be_created_is_an_error_and_is_created_on_the_next_join() {
    let mut d = Desk::new(None).await;
    d.fail = Some(|op| matches!(op, Op::CreateSession { .. }));
    let (conn, reply) = d.join(user("cus", Role::Customer)).await;
    assert!(matches!(reply, JoinReply::Customer(None)));
    let got = d.events(conn);
    assert!(
        got.iter()
            .any(|e| matches!(e, ServerEvent::Error(b) if b.code == ErrorCode::Unavailable)),
        "{got:?}"
    );
    assert!(d.core.customer_session.is_empty());
    assert!(d.core.creating.is_empty());
    d.fail = None;
    d.feed(Input::Leave { conn }).await;
    let (_, session) = d.customer("cus").await;
    assert!(d.core.sessions.contains_key(&session));
}

#[tokio::test]
async fn a_failed_assistant_reply_frees_the_session_for_the_next_one() {
    let mut d = Desk::new(None).await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, send(&session, "hello")).await.unwrap();
    assert_eq!(d.reply_jobs(), 1);
    d.fail = Some(|op| matches!(op, Op::AppendMessage { .. }));
    d.feed(Input::AiDone {
        session: session.clone(),
        stream_id: "s1".into(),
        reply: Box::new(concierge_assistant::Reply {
            text: "Hello!".into(),
            intent: concierge_assistant::Intent::Greeting,
            article: None,
            handover: None,
            outcome: concierge_assistant::Outcome::Answered,
        }),
        first_token_ms: None,
        total_ms: 1,
    })
    .await;
    assert!(matches!(
        d.core.sessions[&session].ai,
        crate::hub::core::AiState::Idle
    ));
    d.fail = None;
    d.ask(c, send(&session, "anyone?")).await.unwrap();
    assert_eq!(d.reply_jobs(), 1, "asked again");
}

/// The answer `conn` got to the frame sent with `r`, if any yet.
fn answer(d: &mut Desk, conn: ConnId, r: i64) -> Option<Result<(), ErrorCode>> {
    d.frames
        .get(&conn)?
        .iter()
        .find_map(|(e, got)| match (e, got) {
            (ServerEvent::Ack(_), Some(Ref::Num(n))) if *n == r => Some(Ok(())),
            (ServerEvent::Error(b), Some(Ref::Num(n))) if *n == r => Some(Err(b.code)),
            _ => None,
        })
}

/// Writes held from now on, each of `accepts` (a connection and the
/// frame's ref) accepts request `id`.
async fn accepts_held(d: &mut Desk, id: i64, accepts: &[(ConnId, i64)]) {
    d.hold = true;
    for &(conn, r) in accepts {
        d.feed(Input::Event {
            conn,
            event: accept(id),
            r#ref: Some(Ref::Num(r)),
        })
        .await;
    }
}

/// Two staff accept one request at once. The second is not told "taken"
/// while the first is only being stored: that makes a console drop the
/// offer, and the first may yet fail (here, the disk; in a cluster, the
/// database refusing it). It waits for the outcome, then takes its turn.
#[tokio::test]
async fn an_accept_that_came_while_another_was_stored_takes_its_turn_if_that_one_fails() {
    let mut d = Desk::new(None).await;
    let (staff, _, session, id) = a_waiting_request(&mut d, &["ana", "bob"]).await;
    let (ana, bob) = (staff[0], staff[1]);
    accepts_held(&mut d, id, &[(ana, 1), (bob, 2)]).await;
    assert_eq!(answer(&mut d, bob, 2), None, "bob waits for ana's outcome");
    d.fail = Some(|op| matches!(op, Op::AcceptTransfer { staff_id, .. } if staff_id == "ana"));
    d.hold = false;
    d.settle().await;
    assert_eq!(answer(&mut d, ana, 1), Some(Err(ErrorCode::Unavailable)));
    assert_eq!(answer(&mut d, bob, 2), Some(Ok(())));
    assert_eq!(d.session(&session).2.as_deref(), Some("bob"));
    assert!(d.core.accept_waiting.is_empty());
}

#[tokio::test]
async fn an_accept_that_came_while_another_was_stored_is_told_taken_once_that_one_is() {
    let mut d = Desk::new(None).await;
    let (staff, _, session, id) = a_waiting_request(&mut d, &["ana", "bob"]).await;
    let (ana, bob) = (staff[0], staff[1]);
    accepts_held(&mut d, id, &[(ana, 1), (bob, 2), (bob, 3)]).await;
    // Bob's second try of the same request does not wait twice.
    assert_eq!(answer(&mut d, bob, 3), Some(Err(ErrorCode::Conflict)));
    assert_eq!(answer(&mut d, bob, 2), None);
    d.hold = false;
    d.settle().await;
    assert_eq!(answer(&mut d, ana, 1), Some(Ok(())));
    assert_eq!(answer(&mut d, bob, 2), Some(Err(ErrorCode::Conflict)));
    assert_eq!(d.session(&session).2.as_deref(), Some("ana"));
    assert!(d.core.accept_waiting.is_empty());
}

/// Fire the last timer scheduled that `pick` matches.
async fn fire(d: &mut Desk, pick: fn(&Timer) -> bool) {
    let timer = d
        .timers
        .iter()
        .rev()
        .find(|t| pick(t))
        .cloned()
        .expect("a timer");
    d.feed(Input::Timer(timer)).await;
}

/// The customer leaves while a staff member's accept is being stored, and
/// that accept fails: the request is given up then, as it would have been
/// without the accept, rather than left waiting for a customer who is gone.
#[tokio::test]
async fn a_customer_who_left_while_an_accept_was_stored_is_out_of_the_queue_if_it_fails() {
    let mut d = Desk::new(None).await;
    let (staff, c, session, id) = a_waiting_request(&mut d, &["ana"]).await;
    let ana = staff[0];
    accepts_held(&mut d, id, &[(ana, 1)]).await;
    d.feed(Input::Leave { conn: c }).await;
    fire(&mut d, |t| matches!(t, Timer::CustomerGone { .. })).await;
    assert_eq!(d.queue_len(), 1, "kept while the accept is stored");
    d.fail = Some(|op| matches!(op, Op::AcceptTransfer { .. }));
    d.hold = false;
    d.settle().await;
    assert_eq!(answer(&mut d, ana, 1), Some(Err(ErrorCode::Unavailable)));
    assert_eq!(d.queue_len(), 0);
    assert_eq!(
        (d.session(&session).0, d.session(&session).1),
        (SessionType::Ai, SessionStatus::Active)
    );
    assert!(d.core.withdraw_after_accept.is_empty());
}

/// The only staff member online goes while their accept is being stored,
/// and it fails: with nobody online, the request fails and the customer is
/// told, as when nobody is online to begin with. Had the accept taken the
/// request, it would stand.
#[tokio::test]
async fn a_request_whose_accept_failed_after_everyone_left_fails_and_the_customer_hears() {
    for accept_fails in [true, false] {
        let mut d = Desk::new(None).await;
        let (staff, c, session, id) = a_waiting_request(&mut d, &["ana"]).await;
        let ana = staff[0];
        accepts_held(&mut d, id, &[(ana, 1)]).await;
        d.feed(Input::Leave { conn: ana }).await;
        if accept_fails {
            d.fail = Some(|op| matches!(op, Op::AcceptTransfer { .. }));
        }
        d.hold = false;
        d.settle().await;
        let told_failed = d
            .events(c)
            .iter()
            .any(|e| matches!(e, ServerEvent::TransferFailed(_)));
        assert_eq!(told_failed, accept_fails);
        assert_eq!(d.queue_len(), 0);
        let owner = d.session(&session).2;
        assert_eq!(owner.is_none(), accept_fails, "{owner:?}");
        assert!(d.core.withdraw_after_accept.is_empty());
    }
}
