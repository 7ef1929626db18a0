//! Runs parsed steps: one actor (WebSocket connection) per name, each with
//! a reader task feeding received frames into a queue that `expect` searches.
//!
//! `expect` takes the first queued or arriving frame that matches and leaves
//! the others queued, so expectations about different events need not be
//! written in the exact order the daemon sends them.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use concierge_shared::{
    AcceptTransfer, ClientEvent, RateSession, RequestStaff, SendMessage, SessionRef,
};
use futures_util::stream::SplitSink;
use futures_util::{SinkExt, StreamExt};
use serde::Serialize;
use serde_json::Value;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message as WsMessage;

use super::matcher::{self, Miss};
use super::parse::{Action, Expectation, Login, Step};
use crate::target::{self, Server};
use crate::ws::{self, ConnectOptions, Ws};

/// Why a step failed, in the words the report shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failure {
    pub line: usize,
    pub step: String,
    pub expected: String,
    #[serde(flatten)]
    pub miss: Miss,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    pub ok: bool,
    pub steps: usize,
    pub passed: usize,
    pub duration_ms: u128,
    pub failure: Option<Failure>,
}

struct Actor {
    sink: SplitSink<Ws, WsMessage>,
    rx: mpsc::Receiver<Result<Value, String>>,
    queue: Vec<Value>,
    session: Option<String>,
    last_offer: Option<i64>,
    next_ref: i64,
    closed: Option<String>,
}

/// A step's failure before it is tied to its line.
struct Fail {
    expected: String,
    miss: Miss,
}

fn fail(expected: impl Into<String>, diff: impl Into<String>) -> Fail {
    Fail {
        expected: expected.into(),
        miss: Miss {
            got: Vec::new(),
            diff: vec![diff.into()],
        },
    }
}

impl Actor {
    fn tap(&mut self, v: &Value) {
        let (event, data) = matcher::parts(v);
        let str_field = |k: &str| data.get(k).and_then(Value::as_str).map(str::to_string);
        match event {
            "session_started" | "chat_session_restored" | "staff_chat_joined" => {
                if let Some(s) = str_field("sessionUuid") {
                    self.session = Some(s);
                }
            }
            "new_transfer_request" => {
                self.last_offer = data.get("transferRequestId").and_then(Value::as_i64);
            }
            "staff_data" => {
                if let Some(id) = data
                    .get("queue")
                    .and_then(Value::as_array)
                    .and_then(|q| q.last())
                    .and_then(|o| o.get("transferRequestId"))
                    .and_then(Value::as_i64)
                {
                    self.last_offer = Some(id);
                }
            }
            _ => {}
        }
    }

    /// The next frame from the connection before `deadline`; `Ok(None)` on
    /// timeout.
    async fn recv(&mut self, deadline: Instant) -> Result<Option<Value>, String> {
        if let Some(why) = &self.closed {
            return Err(why.clone());
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, self.rx.recv()).await {
            Err(_) => Ok(None),
            Ok(Some(Ok(v))) => {
                self.tap(&v);
                Ok(Some(v))
            }
            Ok(Some(Err(why))) => {
                self.closed = Some(why.clone());
                Err(why)
            }
            Ok(None) => {
                self.closed = Some("connection closed".into());
                Err("connection closed".into())
            }
        }
    }

    async fn send_text(&mut self, text: String) -> Result<(), Fail> {
        self.sink
            .send(WsMessage::text(text))
            .await
            .map_err(|e| fail("to send a frame", format!("send failed: {e}")))
    }

    /// Send with a ref and wait for its `ack` (returns its data) or `error`.
    async fn request(&mut self, event: ClientEvent, timeout: Duration) -> Result<Value, Fail> {
        self.next_ref += 1;
        let r = self.next_ref;
        let name = event.name();
        let frame = concierge_shared::ClientFrame::new(event, Some(concierge_shared::Ref::Num(r)));
        self.send_text(frame.to_json()).await?;
        let deadline = Instant::now() + timeout;
        let expected = format!("ack of {name}");
        loop {
            let v = match self.recv(deadline).await {
                Ok(Some(v)) => v,
                Ok(None) => {
                    return Err(fail(expected, format!("no reply within {timeout:?}")));
                }
                Err(why) => return Err(fail(expected, why)),
            };
            if ws::ref_num(
                v.get("ref")
                    .and_then(|r| serde_json::from_value(r.clone()).ok())
                    .as_ref(),
            ) == Some(r)
            {
                let (event, data) = matcher::parts(&v);
                if event == "ack" {
                    return Ok(data.clone());
                }
                return Err(Fail {
                    expected,
                    miss: Miss {
                        got: vec![format!("{event} {}", matcher::short(data))],
                        diff: vec![format!("got {event} instead of ack")],
                    },
                });
            }
            self.queue.push(v);
        }
    }

    /// Wait until this actor knows its session (after connect it arrives
    /// with the first frames).
    async fn session(&mut self, timeout: Duration) -> Result<String, Fail> {
        let deadline = Instant::now() + timeout;
        while self.session.is_none() {
            match self.recv(deadline).await {
                Ok(Some(v)) => self.queue.push(v),
                Ok(None) => return Err(fail("a session", "no session within the timeout")),
                Err(why) => return Err(fail("a session", why)),
            }
        }
        Ok(self.session.clone().unwrap_or_default())
    }

    async fn expect(&mut self, want: &Expectation, timeout: Duration) -> Result<(), Fail> {
        if let Some(i) = self.queue.iter().position(|f| matcher::matches(want, f)) {
            self.queue.remove(i);
            return Ok(());
        }
        let deadline = Instant::now() + want.within.unwrap_or(timeout);
        let mut ended = None;
        loop {
            match self.recv(deadline).await {
                Ok(Some(v)) if matcher::matches(want, &v) => return Ok(()),
                Ok(Some(v)) => self.queue.push(v),
                Ok(None) => break,
                Err(why) => {
                    ended = Some(why);
                    break;
                }
            }
        }
        let mut miss = matcher::explain(want, &self.queue);
        if let Some(why) = ended {
            miss.diff.push(format!("the connection ended: {why}"));
        }
        Err(Fail {
            expected: describe(want, timeout),
            miss,
        })
    }
}

fn describe(want: &Expectation, timeout: Duration) -> String {
    let mut s = want.event.clone();
    if let Some(p) = &want.subset {
        s.push_str(&format!(" with {}", matcher::short(p)));
    }
    if let Some(c) = &want.contains {
        s.push_str(&format!(" containing {c:?}"));
    }
    s.push_str(&format!(
        " within {}s",
        want.within.unwrap_or(timeout).as_secs_f64()
    ));
    s
}

pub struct Runner {
    server: Server,
    data_dir: Option<std::path::PathBuf>,
    secret: Option<Vec<u8>>,
    actors: HashMap<String, Actor>,
    timeout: Duration,
}

impl Runner {
    pub fn new(server: Server, data_dir: Option<std::path::PathBuf>) -> Self {
        Self {
            server,
            data_dir,
            secret: None,
            actors: HashMap::new(),
            timeout: Duration::from_secs(10),
        }
    }

    /// Run every step; stop at the first failure. `on_step` hears each
    /// passed step (for the human-readable progress).
    pub async fn run(mut self, steps: &[Step], on_step: &mut dyn FnMut(&Step)) -> Outcome {
        let started = Instant::now();
        let mut failure = None;
        let mut passed = 0;
        for step in steps {
            match self.step(&step.action).await {
                Ok(()) => {
                    passed += 1;
                    on_step(step);
                }
                Err(f) => {
                    failure = Some(Failure {
                        line: step.line,
                        step: step.text.clone(),
                        expected: f.expected,
                        miss: f.miss,
                    });
                    break;
                }
            }
        }
        for (_, mut a) in self.actors.drain() {
            let _ = a.sink.close().await;
        }
        Outcome {
            ok: failure.is_none(),
            steps: steps.len(),
            passed,
            duration_ms: started.elapsed().as_millis(),
            failure,
        }
    }

    fn actor(&mut self, name: &str) -> Result<&mut Actor, Fail> {
        self.actors
            .get_mut(name)
            .ok_or_else(|| fail(format!("actor {name}"), format!("{name} is not connected")))
    }

    async fn step(&mut self, action: &Action) -> Result<(), Fail> {
        let t = self.timeout;
        match action {
            Action::Timeout(d) => self.timeout = *d,
            Action::Sleep(d) => tokio::time::sleep(*d).await,
            Action::Connect { actor, login } => self.connect(actor, login).await?,
            Action::Disconnect { actor } => {
                if let Some(mut a) = self.actors.remove(actor) {
                    let _ = a.sink.close().await;
                }
            }
            Action::Say { actor, text } => {
                let a = self.actor(actor)?;
                let session_uuid = a.session(t).await?;
                a.request(
                    ClientEvent::SendMessage(SendMessage {
                        session_uuid,
                        content: text.clone(),
                        message_type: None,
                        client_msg_id: Some(uuid::Uuid::new_v4().to_string()),
                    }),
                    t,
                )
                .await?;
            }
            Action::Human { actor, reason } => {
                let a = self.actor(actor)?;
                let session_uuid = a.session(t).await?;
                a.request(
                    ClientEvent::RequestStaff(RequestStaff {
                        session_uuid,
                        reason: reason.clone(),
                    }),
                    t,
                )
                .await?;
            }
            Action::Accept { actor, transfer } => {
                let a = self.actor(actor)?;
                let id = match transfer.or(a.last_offer) {
                    Some(id) => id,
                    None => {
                        // The offer may still be on its way: wait for one.
                        let want = Expectation {
                            event: "new_transfer_request".into(),
                            subset: None,
                            contains: None,
                            within: None,
                        };
                        a.expect(&want, t).await?;
                        a.last_offer
                            .ok_or_else(|| fail("a transfer offer", "none seen"))?
                    }
                };
                let ack = a
                    .request(
                        ClientEvent::AcceptTransfer(AcceptTransfer {
                            transfer_request_id: id,
                        }),
                        t,
                    )
                    .await?;
                if let Some(s) = ack.get("sessionUuid").and_then(Value::as_str) {
                    a.session = Some(s.to_string());
                }
                a.last_offer = None;
            }
            Action::Close { actor } => {
                let a = self.actor(actor)?;
                let session_uuid = a.session(t).await?;
                a.request(ClientEvent::CloseSession(SessionRef { session_uuid }), t)
                    .await?;
            }
            Action::Rate {
                actor,
                rating,
                comment,
            } => {
                let a = self.actor(actor)?;
                let session_uuid = a.session(t).await?;
                a.request(
                    ClientEvent::RateSession(RateSession {
                        session_uuid,
                        rating: *rating,
                        comment: comment.clone(),
                    }),
                    t,
                )
                .await?;
            }
            Action::Send { actor, frame } => {
                let text = self.fill_sessions(frame)?;
                self.actor(actor)?.send_text(text).await?;
            }
            Action::Expect { actor, want } => self.actor(actor)?.expect(want, t).await?,
        }
        Ok(())
    }

    /// Replace `${session:NAME}` with that actor's session.
    fn fill_sessions(&self, frame: &str) -> Result<String, Fail> {
        let mut out = frame.to_string();
        while let Some(start) = out.find("${session:") {
            let end = out[start..]
                .find('}')
                .map(|e| start + e)
                .ok_or_else(|| fail("a frame", "unclosed ${session:"))?;
            let name = &out[start + 10..end];
            let session = self
                .actors
                .get(name)
                .and_then(|a| a.session.clone())
                .ok_or_else(|| {
                    fail(
                        format!("{name}'s session"),
                        "not known yet (expect session_started first)",
                    )
                })?;
            out.replace_range(start..=end, &session);
        }
        Ok(out)
    }

    async fn connect(&mut self, name: &str, login: &Login) -> Result<(), Fail> {
        let expected = format!("{name} to connect");
        let token = match login {
            Login::Token(t) => t.clone(),
            Login::Dev {
                role,
                name: display,
            } => {
                if self.secret.is_none() {
                    let s = target::dev_secret(self.data_dir.as_deref())
                        .map_err(|e| fail(&expected, e.to_string()))?;
                    self.secret = Some(s);
                }
                let secret = self.secret.as_deref().unwrap_or_default();
                target::dev_token(secret, &target::dev_id_for(display), display, *role)
                    .map_err(|e| fail(&expected, e.to_string()))?
            }
        };
        let ws = ws::connect(
            &self.server,
            &target::Secret::new(token),
            None,
            ConnectOptions::default(),
        )
        .await
        .map_err(|e| fail(&expected, e.to_string()))?;
        let (sink, mut stream) = ws.split();
        let (tx, rx) = mpsc::channel(1024);
        tokio::spawn(async move {
            loop {
                let item = match ws::next_raw(&mut stream).await {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => Err("the server closed the connection".to_string()),
                    Err(e) => Err(e.to_string()),
                };
                let end = item.is_err();
                if tx.send(item).await.is_err() || end {
                    break;
                }
            }
        });
        if let Some(mut old) = self.actors.insert(
            name.to_string(),
            Actor {
                sink,
                rx,
                queue: Vec::new(),
                session: None,
                last_offer: None,
                next_ref: 0,
                closed: None,
            },
        ) {
            let _ = old.sink.close().await;
        }
        Ok(())
    }
}
