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
use super::load::Loaded;
use super::replica::Fetched;
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
        Self::with_config(node, |_| {}).await
    }

    /// A desk whose settings a row changes first.
    async fn with_config(node: Option<&str>, tweak: impl FnOnce(&mut Config)) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let mut cfg = Config::for_data_dir(dir.path());
        cfg.staff_offline_grace = std::time::Duration::ZERO;
        tweak(&mut cfg);
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
        let session = self.started(conn);
        (conn, session)
    }

    /// The session `conn` was told started (its frames so far are read).
    fn started(&mut self, conn: ConnId) -> String {
        self.events(conn)
            .into_iter()
            .find_map(|e| match e {
                ServerEvent::SessionStarted(s) => Some(s.session_uuid),
                _ => None,
            })
            .expect("session_started")
    }

    /// The last load the core asked for.
    fn load_asked(&self) -> super::jobs::LoadJob {
        self.jobs
            .iter()
            .rev()
            .find_map(|j| match j {
                Job::Load(l) => Some(l.clone()),
                _ => None,
            })
            .expect("a load")
    }

    /// Run that load against the store as it is now (the answer is fed
    /// back by the row, when it chooses).
    async fn read_load(&self) -> Loaded {
        super::jobs::load(&self.store, self.load_asked())
            .await
            .unwrap()
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

/// Staff `names` online and a customer waiting: the staff connections,
/// the customer's, the session and the request's id (every offer read).
async fn a_waiting_request(d: &mut Desk, names: &[&str]) -> (Vec<ConnId>, ConnId, String, i64) {
    let mut staff = Vec::new();
    for name in names {
        staff.push(d.staff(name).await);
    }
    let (c, session) = d.customer("cus").await;
    d.ask(c, request_staff(&session)).await.unwrap();
    let id = offer_id(&d.events(staff[0])).unwrap();
    for s in &staff[1..] {
        d.events(*s);
    }
    d.events(c);
    (staff, c, session, id)
}

mod flows;
mod remote;
mod write_failures;
