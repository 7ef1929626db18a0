//! A write that fails changes nothing: the hub on a real SQLite store whose
//! chosen write groups fail as on a full disk. The client gets a retryable
//! error, memory is as before (seen through a fresh connection's snapshot
//! and the staff list), and the same request succeeds once writes work
//! again.

use std::sync::Arc;
use std::time::Duration;

use concierge_assistant::Assistant;
use concierge_shared::protocol::{
    AcceptTransfer, ClientEvent, DeclineTransfer, ErrorBody, ErrorCode, Ref, RequestStaff, Role,
    SendMessage, ServerEvent, SessionRef, SessionStatus, SessionType, decode_server_frame,
};
use tokio::sync::oneshot;
use tokio_util::sync::CancellationToken;

use super::{ConnHandle, ConnId, Hub, HubHandle, HubMsg, Input, JoinReply, Out, Snapshot};
use crate::auth::User;
use crate::config::Config;
use crate::metrics::Metrics;
use crate::store::{Op, Store, SyncMode};

const WAIT: Duration = Duration::from_secs(20);

struct Rig {
    hub: HubHandle,
    store: Store,
    next_conn: u64,
    _dir: tempfile::TempDir,
}

struct Client {
    conn: ConnId,
    rx: super::queue::QueueRx,
    next_ref: i64,
}

fn user(id: &str, role: Role) -> User {
    User {
        id: id.into(),
        name: id.to_uppercase(),
        role,
        email: None,
    }
}

impl Rig {
    async fn start() -> Rig {
        let dir = tempfile::tempdir().unwrap();
        let cfg = Config::for_data_dir(dir.path());
        let store = Store::open(dir.path(), SyncMode::Normal).unwrap();
        let assistant = Arc::new(Assistant::new(cfg.assistant.clone()).unwrap());
        let (hub, _task) = Hub::start(
            Arc::new(cfg),
            store.clone(),
            assistant,
            Arc::new(Metrics::default()),
            None,
            None,
            crate::hours::Live::new(None),
        )
        .await
        .unwrap();
        Rig {
            hub,
            store,
            next_conn: 0,
            _dir: dir,
        }
    }

    async fn join(&mut self, u: User) -> (Client, JoinReply) {
        self.next_conn += 1;
        let conn = ConnId(self.next_conn);
        let (tx, rx) = super::queue::queue(1024);
        let (reply, answer) = oneshot::channel();
        assert!(self.hub.send(HubMsg::Join {
            conn,
            user: u,
            handle: ConnHandle {
                tx,
                kill: CancellationToken::new(),
            },
            reply,
        }));
        let joined = tokio::time::timeout(WAIT, answer).await.unwrap().unwrap();
        (
            Client {
                conn,
                rx,
                next_ref: 0,
            },
            joined,
        )
    }

    /// A customer with an open session: its id.
    async fn customer(&mut self, id: &str) -> (Client, String) {
        let (mut c, _) = self.join(user(id, Role::Customer)).await;
        let session = match c
            .wait(|e| matches!(e, ServerEvent::SessionStarted(_)))
            .await
        {
            ServerEvent::SessionStarted(s) => s.session_uuid,
            _ => unreachable!(),
        };
        (c, session)
    }

    /// What a customer reconnecting now is given: the hub's memory.
    async fn snapshot(&mut self, customer: &str) -> Snapshot {
        let (c, joined) = self.join(user(customer, Role::Customer)).await;
        self.hub.send(HubMsg::Core(Input::Leave { conn: c.conn }));
        match joined {
            JoinReply::Customer(Some(s)) => s,
            other => panic!("no snapshot: {other:?}"),
        }
    }

    async fn staff_chats(&self, staff: &str) -> Vec<String> {
        let (reply, rx) = oneshot::channel();
        self.hub.send(HubMsg::Core(Input::StaffList { reply }));
        let list = tokio::time::timeout(WAIT, rx).await.unwrap().unwrap();
        list.into_iter()
            .find(|v| v.staff_id == staff)
            .map(|v| v.sessions)
            .unwrap_or_default()
    }

    /// Fail every write group holding an op that `rule` matches.
    fn fail(&self, rule: fn(&Op) -> bool) {
        self.store.fail_writes(rule);
    }
}

impl Client {
    async fn next_event(&mut self) -> (ServerEvent, Option<Ref>) {
        loop {
            let out = tokio::time::timeout(WAIT, self.rx.recv())
                .await
                .expect("a frame in time")
                .expect("connection open");
            if let Out::Frame(text) = out
                && let Ok(Some(f)) = decode_server_frame(text.as_str())
            {
                return (f.event, f.r#ref);
            }
        }
    }

    async fn wait(&mut self, pred: impl Fn(&ServerEvent) -> bool) -> ServerEvent {
        loop {
            let (e, _) = self.next_event().await;
            if pred(&e) {
                return e;
            }
        }
    }

    /// Send a frame and wait for its answer.
    async fn request(
        &mut self,
        hub: &HubHandle,
        event: ClientEvent,
    ) -> Result<serde_json::Value, ErrorBody> {
        self.next_ref += 1;
        let r = Ref::Num(self.next_ref);
        hub.send(HubMsg::Core(Input::Event {
            conn: self.conn,
            event,
            r#ref: Some(r.clone()),
        }));
        loop {
            match self.next_event().await {
                (ServerEvent::Ack(v), Some(got)) if got == r => return Ok(v),
                (ServerEvent::Error(e), Some(got)) if got == r => return Err(e),
                _ => {}
            }
        }
    }
}

fn request_staff(session: &str) -> ClientEvent {
    ClientEvent::RequestStaff(RequestStaff {
        session_uuid: session.into(),
        reason: None,
    })
}

fn retryable(e: &ErrorBody) {
    assert_eq!(e.code, ErrorCode::Unavailable, "{e:?}");
    assert!(e.retry_after_ms.is_some(), "{e:?}");
}

fn transfer_id(ack: &serde_json::Value) -> i64 {
    ack["transferRequestId"].as_i64().unwrap()
}

#[tokio::test]
async fn a_failed_transfer_request_changes_nothing_and_the_same_request_succeeds_later() {
    let mut rig = Rig::start().await;
    let (_staff, _) = rig.join(user("s1", Role::Staff)).await;
    let (mut c, session) = rig.customer("c1").await;

    rig.fail(|op| matches!(op, Op::CreateTransfer { .. }));
    let e = c
        .request(&rig.hub, request_staff(&session))
        .await
        .unwrap_err();
    retryable(&e);
    let snap = rig.snapshot("c1").await;
    assert_eq!(snap.status, SessionStatus::Active, "not left waiting");
    assert_eq!(snap.session_type, SessionType::Ai);

    rig.store.heal();
    let ack = c.request(&rig.hub, request_staff(&session)).await.unwrap();
    assert!(transfer_id(&ack) > 0);
    assert_eq!(rig.snapshot("c1").await.status, SessionStatus::Waiting);
}

#[tokio::test]
async fn a_failed_refusal_with_nobody_online_changes_nothing() {
    let mut rig = Rig::start().await;
    let (mut c, session) = rig.customer("c1").await;
    rig.fail(|op| matches!(op, Op::CreateTransfer { .. }));
    retryable(
        &c.request(&rig.hub, request_staff(&session))
            .await
            .unwrap_err(),
    );
    rig.store.heal();
    let ack = c.request(&rig.hub, request_staff(&session)).await.unwrap();
    assert_eq!(ack["queuePosition"], 0, "refused: nobody online");
    assert!(transfer_id(&ack) > 0, "the refusal is recorded with its id");
    let snap = rig.snapshot("c1").await;
    assert_eq!(snap.status, SessionStatus::Active);
    assert_eq!(snap.session_type, SessionType::Ai);
}

#[tokio::test]
async fn a_failed_accept_changes_nothing_and_the_same_accept_succeeds_later() {
    let mut rig = Rig::start().await;
    let (mut s, _) = rig.join(user("s1", Role::Staff)).await;
    let (mut c, session) = rig.customer("c1").await;
    let id = transfer_id(&c.request(&rig.hub, request_staff(&session)).await.unwrap());

    rig.fail(|op| matches!(op, Op::AcceptTransfer { .. }));
    let accept = ClientEvent::AcceptTransfer(AcceptTransfer {
        transfer_request_id: id,
    });
    retryable(&s.request(&rig.hub, accept.clone()).await.unwrap_err());
    assert!(rig.staff_chats("s1").await.is_empty(), "no slot taken");
    let snap = rig.snapshot("c1").await;
    assert_eq!(snap.status, SessionStatus::Waiting, "still in the queue");
    assert_eq!(snap.staff_id, None);

    rig.store.heal();
    s.request(&rig.hub, accept).await.unwrap();
    assert_eq!(rig.staff_chats("s1").await, vec![session.clone()]);
    let snap = rig.snapshot("c1").await;
    assert_eq!(snap.session_type, SessionType::Human);
    assert_eq!(snap.staff_id.as_deref(), Some("s1"));
}

#[tokio::test]
async fn a_failed_close_changes_nothing_and_the_session_stays_usable() {
    let mut rig = Rig::start().await;
    let (mut c, session) = rig.customer("c1").await;
    let close = ClientEvent::CloseSession(SessionRef {
        session_uuid: session.clone(),
    });
    rig.fail(|op| matches!(op, Op::CloseSession { .. }));
    retryable(&c.request(&rig.hub, close.clone()).await.unwrap_err());
    rig.store.heal();
    let send = ClientEvent::SendMessage(SendMessage {
        session_uuid: session.clone(),
        content: "still open?".into(),
        message_type: None,
        client_msg_id: None,
    });
    c.request(&rig.hub, send)
        .await
        .expect("the session is open");
    c.request(&rig.hub, close).await.unwrap();
}

#[tokio::test]
async fn a_failed_decline_or_withdrawal_changes_nothing() {
    let mut rig = Rig::start().await;
    let (mut s, _) = rig.join(user("s1", Role::Staff)).await;
    let (mut c, session) = rig.customer("c1").await;
    let id = transfer_id(&c.request(&rig.hub, request_staff(&session)).await.unwrap());
    let decline = ClientEvent::DeclineTransfer(DeclineTransfer {
        transfer_request_id: id,
        reason: None,
    });

    // The decline itself cannot be stored.
    rig.fail(|op| matches!(op, Op::Decline { .. }));
    retryable(&s.request(&rig.hub, decline.clone()).await.unwrap_err());
    assert_eq!(rig.snapshot("c1").await.status, SessionStatus::Waiting);

    // The decline is stored, but the request's end (everyone declined)
    // cannot be: still waiting, and asking again finishes it.
    rig.fail(|op| matches!(op, Op::ResolveTransfer { .. }));
    retryable(&s.request(&rig.hub, decline.clone()).await.unwrap_err());
    assert_eq!(rig.snapshot("c1").await.status, SessionStatus::Waiting);

    rig.store.heal();
    s.request(&rig.hub, decline).await.unwrap();
    c.wait(|e| matches!(e, ServerEvent::TransferFailed(_)))
        .await;
    let snap = rig.snapshot("c1").await;
    assert_eq!(snap.status, SessionStatus::Active);
    assert_eq!(snap.session_type, SessionType::Ai);
    // And the customer may ask again.
    c.request(&rig.hub, request_staff(&session)).await.unwrap();
}

#[tokio::test]
async fn a_session_that_cannot_be_opened_is_an_error_and_opens_on_the_next_connect() {
    let mut rig = Rig::start().await;
    rig.fail(|op| matches!(op, Op::CreateSession { .. }));
    let (mut c, joined) = rig.join(user("c1", Role::Customer)).await;
    assert!(matches!(joined, JoinReply::Customer(None)));
    match c.next_event().await {
        (ServerEvent::Error(e), None) => retryable(&e),
        other => panic!("{other:?}"),
    }
    let closed = tokio::time::timeout(WAIT, async {
        loop {
            match c.rx.recv().await {
                Some(Out::Close) | None => return,
                Some(_) => {}
            }
        }
    })
    .await;
    assert!(closed.is_ok(), "the connection is told to close");
    rig.hub.send(HubMsg::Core(Input::Leave { conn: c.conn }));

    rig.store.heal();
    let (_c, session) = rig.customer("c1").await;
    assert!(!session.is_empty());
}
