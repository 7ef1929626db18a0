//! Table tests of the core, like the console's update tests: inputs go
//! into [`Conversations::handle`], and the effects that come out are
//! carried out by a small driver written for the test. Its writes commit
//! to a real SQLite store, except those a row fails on purpose; frames are
//! decoded per connection; jobs, timers and news for other nodes are
//! recorded, and a row answers the jobs it cares about.
//!
//! Rows: every protocol flow; the failure of every kind of write (the
//! client gets a retryable error, memory is as before, and the same frame
//! succeeds once writes work again); other nodes' facts that arrive late,
//! twice or out of order.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use concierge_assistant::Assistant;
use concierge_shared::annotations::AddNote;
use concierge_shared::protocol::{
    AcceptTransfer, ClientEvent, DeclineTransfer, ErrorCode, HandOver, MarkRead, Message,
    MessageType, Ref, RequestStaff, Role, SendMessage, SenderRole, ServerEvent, SessionRef,
    SessionStatus, SessionType, StaffStatusChange, Timestamp, decode_server_frame,
};
use tokio::sync::oneshot;

use super::core::{Conversations, Effect, Input};
use super::jobs::{Found, Job};
use super::replica::{Fetched, Loaded};
use super::{ConnId, JoinReply, Out, Snapshot, Timer};
use crate::auth::User;
use crate::cluster::ClusterEvent;
use crate::config::Config;
use crate::ids::TransferId;
use crate::metrics::Metrics;
use crate::store::{Op, Store, StoreError, SyncMode};

fn user(id: &str, role: Role) -> User {
    User {
        id: id.into(),
        name: id.to_uppercase(),
        role,
        email: None,
    }
}

/// The core with a test driver around it.
struct Desk {
    core: Conversations,
    store: Store,
    /// Frames each connection was sent, decoded, oldest first.
    frames: HashMap<ConnId, VecDeque<(ServerEvent, Option<Ref>)>>,
    jobs: Vec<Job>,
    timers: Vec<Timer>,
    published: Vec<ClusterEvent>,
    /// Write groups holding an op this matches fail as on a full disk.
    fail: Option<fn(&Op) -> bool>,
    /// Writes whose commit has not been fed back yet (held by a row).
    hold: bool,
    pending: VecDeque<(Vec<Op>, super::core::After, Option<String>)>,
    next_conn: u64,
    next_ref: i64,
    _dir: tempfile::TempDir,
}

impl Desk {
    async fn new(node: Option<&str>) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let mut cfg = Config::for_data_dir(dir.path());
        cfg.staff_offline_grace = std::time::Duration::ZERO;
        let store = Store::open(dir.path(), SyncMode::Normal).unwrap();
        let assistant = Arc::new(Assistant::new(cfg.assistant.clone()).unwrap());
        let mut core = Conversations::new(
            Arc::new(cfg),
            assistant,
            Arc::new(Metrics::default()),
            node.map(str::to_string),
            true,
            crate::hours::Live::new(None),
        );
        let loaded = super::jobs::load(
            &store,
            super::jobs::LoadJob {
                startup: true,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let effects = core.start(loaded);
        let mut desk = Desk {
            core,
            store,
            frames: HashMap::new(),
            jobs: Vec::new(),
            timers: Vec::new(),
            published: Vec::new(),
            fail: None,
            hold: false,
            pending: VecDeque::new(),
            next_conn: 0,
            next_ref: 0,
            _dir: dir,
        };
        desk.carry_out(effects);
        desk.settle().await;
        desk
    }

    fn carry_out(&mut self, effects: Vec<Effect>) {
        for e in effects {
            match e {
                Effect::Persist { ops, after, stream } => {
                    self.pending.push_back((ops, after, stream))
                }
                Effect::Send { conn, out } => {
                    if let Out::Frame(text) = out
                        && let Ok(Some(f)) = decode_server_frame(text.as_str())
                    {
                        self.frames
                            .entry(conn)
                            .or_default()
                            .push_back((f.event, f.r#ref));
                    }
                }
                Effect::Publish(e) | Effect::PublishDroppable(e) => self.published.push(e),
                Effect::Schedule { timer, .. } => self.timers.push(timer),
                Effect::Job(j) => self.jobs.push(j),
            }
        }
    }

    /// Commit what is pending, in order, feeding each result back (as the
    /// driver does before its next input).
    async fn settle(&mut self) {
        while !self.hold
            && let Some((ops, after, stream)) = self.pending.pop_front()
        {
            let result = match self.fail {
                Some(rule) if ops.iter().any(rule) => {
                    Err(StoreError::Unavailable("disk full (test)".into()))
                }
                _ => self.store.submit(ops).await,
            };
            let effects = self.core.handle(Input::Committed((result, after, stream)));
            self.carry_out(effects);
        }
    }

    async fn feed(&mut self, input: Input) {
        let effects = self.core.handle(input);
        self.carry_out(effects);
        self.settle().await;
    }

    async fn join(&mut self, u: User) -> (ConnId, JoinReply) {
        self.next_conn += 1;
        let conn = ConnId(self.next_conn);
        let (reply, mut rx) = oneshot::channel();
        self.feed(Input::Join {
            conn,
            user: u,
            reply,
        })
        .await;
        (conn, rx.try_recv().expect("joined without waiting"))
    }

    /// A customer with an open session.
    async fn customer(&mut self, id: &str) -> (ConnId, String) {
        let (conn, _) = self.join(user(id, Role::Customer)).await;
        let session = self
            .events(conn)
            .into_iter()
            .find_map(|e| match e {
                ServerEvent::SessionStarted(s) => Some(s.session_uuid),
                _ => None,
            })
            .expect("session_started");
        (conn, session)
    }

    async fn staff(&mut self, id: &str) -> ConnId {
        self.join(user(id, Role::Staff)).await.0
    }

    /// Send a frame; its answer (ack or error).
    async fn ask(
        &mut self,
        conn: ConnId,
        event: ClientEvent,
    ) -> Result<serde_json::Value, ErrorCode> {
        self.next_ref += 1;
        let r = Ref::Num(self.next_ref);
        self.feed(Input::Event {
            conn,
            event,
            r#ref: Some(r.clone()),
        })
        .await;
        let frames = self.frames.entry(conn).or_default();
        let at = frames
            .iter()
            .position(|(_, got)| got.as_ref() == Some(&r))
            .expect("an answer to the frame");
        match frames.remove(at).map(|(e, _)| e) {
            Some(ServerEvent::Ack(v)) => Ok(v),
            Some(ServerEvent::Error(e)) => Err(e.code),
            other => panic!("not an answer: {other:?}"),
        }
    }

    /// Everything `conn` was sent since the last look.
    fn events(&mut self, conn: ConnId) -> Vec<ServerEvent> {
        self.frames
            .remove(&conn)
            .unwrap_or_default()
            .into_iter()
            .map(|(e, _)| e)
            .collect()
    }

    fn session(&self, uuid: &str) -> (SessionType, SessionStatus, Option<String>) {
        let s = &self.core.sessions[uuid];
        (s.session_type, s.status, s.staff_id.clone())
    }

    fn snapshot_of(&self, customer: &str) -> Option<Snapshot> {
        let uuid = self.core.customer_session.get(customer)?;
        self.core.sessions.get(uuid).map(|s| Snapshot {
            uuid: s.uuid.clone(),
            session_type: s.session_type,
            status: s.status,
            staff_id: s.staff_id.clone(),
            delivered_seq: s.delivered_seq,
        })
    }

    fn queue_len(&self) -> usize {
        self.core.routing.queue().count()
    }

    fn reply_jobs(&mut self) -> usize {
        let n = self
            .jobs
            .iter()
            .filter(|j| matches!(j, Job::Reply(_)))
            .count();
        self.jobs.retain(|j| !matches!(j, Job::Reply(_)));
        n
    }
}

fn send(session: &str, text: &str) -> ClientEvent {
    ClientEvent::SendMessage(SendMessage {
        session_uuid: session.into(),
        content: text.into(),
        message_type: None,
        client_msg_id: None,
    })
}

fn request_staff(session: &str) -> ClientEvent {
    ClientEvent::RequestStaff(RequestStaff {
        session_uuid: session.into(),
        reason: None,
    })
}

fn accept(id: i64) -> ClientEvent {
    ClientEvent::AcceptTransfer(AcceptTransfer {
        transfer_request_id: id,
    })
}

fn close(session: &str) -> ClientEvent {
    ClientEvent::CloseSession(SessionRef {
        session_uuid: session.into(),
    })
}

fn offer_id(events: &[ServerEvent]) -> Option<i64> {
    events.iter().find_map(|e| match e {
        ServerEvent::NewTransferRequest(o) => Some(o.transfer_request_id),
        _ => None,
    })
}

// ----- flows -----------------------------------------------------------------

#[tokio::test]
async fn a_customer_joins_talks_to_the_assistant_and_rejoins_where_they_left_off() {
    let mut d = Desk::new(None).await;
    let (c, session) = d.customer("cus").await;
    // The welcome follows session_started.
    d.events(c);
    let ack = d.ask(c, send(&session, "hello")).await.unwrap();
    assert_eq!(ack["seq"], 2, "{ack}");
    let got = d.events(c);
    assert!(
        got.iter()
            .any(|e| matches!(e, ServerEvent::NewMessage(m) if m.content == "hello")),
        "{got:?}"
    );
    assert_eq!(d.reply_jobs(), 1, "the assistant is asked once");
    // A second connection of the same customer gets the snapshot.
    let (_, again) = d.join(user("cus", Role::Customer)).await;
    match again {
        JoinReply::Customer(Some(s)) => {
            assert_eq!(s.uuid, session);
            assert_eq!(s.delivered_seq, 2);
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_request_is_offered_accepted_once_and_the_chat_is_the_staff_members() {
    let mut d = Desk::new(None).await;
    let ana = d.staff("ana").await;
    let sam = d.staff("sam").await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    assert_eq!(d.session(&session).1, SessionStatus::Waiting);
    let id = offer_id(&d.events(ana)).expect("offered to ana");
    assert_eq!(offer_id(&d.events(sam)), Some(id), "and to sam");
    d.ask(ana, accept(id)).await.unwrap();
    assert_eq!(
        d.session(&session),
        (
            SessionType::Human,
            SessionStatus::Active,
            Some("ana".into())
        )
    );
    assert!(
        d.events(c)
            .iter()
            .any(|e| matches!(e, ServerEvent::TransferAccepted(_)))
    );
    // Accept-once: sam is told it is taken, and cannot take it.
    assert!(
        d.events(sam)
            .iter()
            .any(|e| matches!(e, ServerEvent::TransferTaken(_)))
    );
    assert!(d.ask(sam, accept(id)).await.is_err());
    // The assistant is silent now; staff and customer talk.
    d.reply_jobs();
    d.ask(c, send(&session, "hi ana")).await.unwrap();
    assert_eq!(d.reply_jobs(), 0);
    assert!(
        d.events(ana)
            .iter()
            .any(|e| matches!(e, ServerEvent::NewMessage(m) if m.content == "hi ana"))
    );
}

#[tokio::test]
async fn with_nobody_online_a_request_fails_and_the_assistant_goes_on() {
    let mut d = Desk::new(None).await;
    let (c, session) = d.customer("cus").await;
    let _ = d.ask(c, request_staff(&session)).await;
    let got = d.events(c);
    assert!(
        got.iter()
            .any(|e| matches!(e, ServerEvent::TransferFailed(_))),
        "{got:?}"
    );
    assert_eq!(d.session(&session).0, SessionType::Ai);
    assert_eq!(d.session(&session).1, SessionStatus::Active);
    assert_eq!(d.queue_len(), 0);
}

#[tokio::test]
async fn when_everyone_declines_the_chat_goes_back_to_the_assistant() {
    let mut d = Desk::new(None).await;
    let ana = d.staff("ana").await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    let id = offer_id(&d.events(ana)).unwrap();
    d.ask(
        ana,
        ClientEvent::DeclineTransfer(DeclineTransfer {
            transfer_request_id: id,
            reason: None,
        }),
    )
    .await
    .unwrap();
    assert_eq!(d.queue_len(), 0);
    assert_eq!(
        d.session(&session),
        (SessionType::Ai, SessionStatus::Active, None)
    );
}

#[tokio::test]
async fn a_staff_member_who_goes_offline_puts_their_chats_back_in_the_queue() {
    let mut d = Desk::new(None).await;
    let ana = d.staff("ana").await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    let id = offer_id(&d.events(ana)).unwrap();
    d.ask(ana, accept(id)).await.unwrap();
    let sam = d.staff("sam").await;
    d.ask(
        ana,
        ClientEvent::StaffStatusChange(StaffStatusChange {
            is_online: Some(false),
            is_available: None,
        }),
    )
    .await
    .unwrap();
    assert_eq!(d.session(&session).1, SessionStatus::Waiting);
    assert!(offer_id(&d.events(sam)).is_some(), "re-offered to sam");
}

#[tokio::test]
async fn typing_marks_reach_the_room_and_expire_by_timer() {
    let mut d = Desk::new(None).await;
    let ana = d.staff("ana").await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    let id = offer_id(&d.events(ana)).unwrap();
    d.ask(ana, accept(id)).await.unwrap();
    d.events(ana);
    d.feed(Input::Event {
        conn: c,
        event: ClientEvent::TypingStart(SessionRef {
            session_uuid: session.clone(),
        }),
        r#ref: None,
    })
    .await;
    assert!(
        d.events(ana)
            .iter()
            .any(|e| matches!(e, ServerEvent::UserTyping(_)))
    );
    let timer = d
        .timers
        .iter()
        .rev()
        .find(|t| matches!(t, Timer::Typing { .. }))
        .cloned()
        .expect("an expiry timer");
    d.feed(Input::Timer(timer)).await;
    assert!(
        d.events(ana)
            .iter()
            .any(|e| matches!(e, ServerEvent::UserStopTyping(_)))
    );
}

#[tokio::test]
async fn a_closed_session_refuses_late_sends_with_conflict() {
    let mut d = Desk::new(None).await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, close(&session)).await.unwrap();
    assert!(
        d.events(c)
            .iter()
            .any(|e| matches!(e, ServerEvent::SessionClosed(_)))
    );
    assert_eq!(
        d.ask(c, send(&session, "still there?")).await,
        Err(ErrorCode::Conflict)
    );
}

#[tokio::test]
async fn someone_elses_session_looks_missing_to_a_customer() {
    let mut d = Desk::new(None).await;
    let (_, theirs) = d.customer("one").await;
    let (c, _) = d.customer("two").await;
    assert_eq!(
        d.ask(c, send(&theirs, "hi")).await,
        Err(ErrorCode::NotFound)
    );
    assert_eq!(
        d.ask(c, request_staff(&theirs)).await,
        Err(ErrorCode::NotFound)
    );
}

// ----- every kind of write fails ---------------------------------------------

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
            helped: true,
        }),
        first_token_ms: None,
        total_ms: 1,
    })
    .await;
    assert!(matches!(
        d.core.sessions[&session].ai,
        super::core::AiState::Idle
    ));
    d.fail = None;
    d.ask(c, send(&session, "anyone?")).await.unwrap();
    assert_eq!(d.reply_jobs(), 1, "asked again");
}

// ----- other nodes' facts: late, twice, out of order --------------------------

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
    assert_eq!(d.queue_len(), 0);
    assert_eq!(d.session(&session).1, SessionStatus::Active);
}

#[tokio::test]
async fn a_remote_accept_that_arrives_twice_is_applied_once() {
    let mut d = Desk::new(Some("a")).await;
    let ana = d.staff("ana").await;
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    let id = offer_id(&d.events(ana)).unwrap();
    d.events(c);
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
    let job = d
        .jobs
        .iter()
        .find_map(|j| match j {
            Job::Load(l) => Some(l),
            _ => None,
        })
        .expect("a load");
    assert!(!job.startup);
    let known = job.known.clone();
    assert_eq!(known, [(session.clone(), 1)]);
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
    let loaded: Loaded = super::jobs::load(
        &d.store,
        super::jobs::LoadJob {
            known,
            queued: Vec::new(),
            startup: false,
        },
    )
    .await
    .unwrap();
    d.feed(Input::Found(Found::Loaded(Some(Box::new(loaded)))))
        .await;
    assert_eq!(contents(&d.events(c)), ["written elsewhere"]);
    assert_eq!(d.snapshot_of("cus").unwrap().delivered_seq, 2);
}
