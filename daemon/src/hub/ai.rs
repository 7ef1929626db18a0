//! Assistant replies: run in bounded background workers, never on the hub;
//! at most one reply in flight per session; silent while a person is
//! involved.
//!
//! In a cluster a reply is held under a lease (`reply:{session}` in the
//! `leases` table), claimed before the reply starts and renewed while it
//! runs; the reply is stored only if the lease is still this node's, in
//! the transaction that gives it back. If the node dies mid-reply its
//! lease runs out and the node holding the chores lease redoes the reply
//! (the customer's line is the session's last), so the customer gets one.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use concierge_assistant::team::TeamOutlook;
use concierge_assistant::{Handover, Outcome, Reply as AiReply};
use concierge_shared::protocol::{
    AiMessageDelta, MessageType, SenderRole, ServerEvent, SessionStatus, SessionType,
};

use super::core::{After, AiState, Conversations, Input};
use super::jobs::{self, Context, Job, ReplyJob};
use super::{HubMsg, now_ms};
use crate::cluster::ClusterEvent;
use crate::store::{NewMessage, Op, OpResult, Store, read};

/// How many stored lines the assistant sees.
const CONTEXT_LINES: u32 = 20;
/// How long a reply lease lasts without renewal; renewed every
/// [`REPLY_RENEW`] while the reply runs.
pub(super) const REPLY_LEASE: Duration = Duration::from_secs(15);
const REPLY_RENEW: Duration = Duration::from_secs(5);
/// A customer's line unanswered for this long, with no live reply lease,
/// is answered by the chores holder (the node that took it had time to
/// claim the lease first).
pub(super) const REPLY_ORPHAN_AFTER: Duration = Duration::from_secs(3);

/// How much longer than the idle timeout a session stays open while the
/// assistant owes its customer an answer: long enough for a reply being
/// written on another node (whose progress this node cannot see) to
/// arrive, or, if that node died, for its lease to run out and the
/// chores holder to answer instead.
pub(super) const REPLY_OWED_GRACE: Duration =
    Duration::from_secs(2 * REPLY_LEASE.as_secs() + REPLY_ORPHAN_AFTER.as_secs());

fn reply_lease(session: &str) -> String {
    format!("reply:{session}")
}

/// Take or renew this node's lease on replying to `session`.
async fn claim_reply(store: &Store, session: &str, node: &str) -> bool {
    let op = Op::ClaimLease {
        name: reply_lease(session),
        holder: node.to_string(),
        ttl_ms: i64::try_from(REPLY_LEASE.as_millis()).unwrap_or(i64::MAX),
        now: now_ms(),
    };
    matches!(
        store.submit(vec![op]).await.as_deref(),
        Ok([OpResult::Lease { held: true }])
    )
}

async fn release_reply(store: &Store, session: &str, node: &str) {
    let _ = store
        .submit(vec![Op::ReleaseLease {
            name: reply_lease(session),
            holder: node.to_string(),
        }])
        .await;
}

impl Conversations {
    /// The assistant speaks in an AI session that is not waiting for a
    /// person, nor about to (a transfer request being stored).
    fn ai_allowed(&self, session: &str) -> bool {
        !self.requesting.contains_key(session)
            && self.sessions.get(session).is_some_and(|s| {
                s.session_type == SessionType::Ai && s.status == SessionStatus::Active
            })
    }

    /// What the assistant tells a customer who asks whether anyone is
    /// there: the same reading of hours and staff that decides whether a
    /// hand-over queues or becomes a message.
    fn team_outlook(&self, now: i64) -> TeamOutlook {
        let reach = self.reach(now);
        if reach.nobody() {
            let tz = self.offline.hours.get().map(|h| h.timezone().to_string());
            TeamOutlook::Away {
                back: crate::offline::back_when(reach.hours.next_opening, tz.as_deref()),
            }
        } else if reach.available > 0 {
            TeamOutlook::Here
        } else {
            TeamOutlook::Busy
        }
    }

    pub(super) fn trigger_ai(&mut self, session: &str) {
        let Some(s) = self.sessions.get_mut(session) else {
            return;
        };
        match s.ai {
            AiState::Busy { .. } => {
                // Answer the newer lines once the current reply is done.
                s.ai = AiState::Busy { again: true };
                return;
            }
            AiState::Idle => s.ai = AiState::Busy { again: false },
        }
        let job = ReplyJob {
            session: session.to_string(),
            customer_id: s.customer_id.clone(),
            customer_name: s.customer_name.clone(),
            failed_attempts: s.ai_failures,
            team: None,
        };
        let team = Some(self.team_outlook(now_ms()));
        self.job(Job::Reply(ReplyJob { team, ..job }));
    }

    pub(super) fn ai_delta(&mut self, session: &str, stream_id: String, text: String) {
        if !self.ai_allowed(session) || text.is_empty() {
            return;
        }
        // The customer's sockets on other nodes see the reply grow too.
        self.publish_droppable(|| ClusterEvent::AiDelta {
            session: session.to_string(),
            stream_id: stream_id.clone(),
            delta: text.clone(),
        });
        self.send_ai_delta(session, stream_id, text);
    }

    /// A delta to this node's sockets in the session's room.
    pub(super) fn send_ai_delta(&mut self, session: &str, stream_id: String, text: String) {
        if !self.ai_allowed(session) || text.is_empty() {
            return;
        }
        let frame = Self::frame(
            ServerEvent::AiMessageDelta(AiMessageDelta {
                session_uuid: session.to_string(),
                stream_id,
                delta: text,
            }),
            None,
        );
        self.send_room(session, &frame, None);
    }

    pub(super) fn ai_done(
        &mut self,
        session: String,
        stream_id: String,
        reply: AiReply,
        first_token_ms: Option<u64>,
        total_ms: u64,
    ) {
        let m = &self.metrics;
        m.ai_replies.fetch_add(1, Ordering::Relaxed);
        m.ai_latency_ms_total.fetch_add(total_ms, Ordering::Relaxed);
        if let Some(f) = first_token_ms {
            m.ai_first_token_ms_total.fetch_add(f, Ordering::Relaxed);
        }
        if reply.outcome == Outcome::Failed {
            m.ai_failures.fetch_add(1, Ordering::Relaxed);
        }
        let allowed = self.ai_allowed(&session);
        let Some(s) = self.sessions.get_mut(&session) else {
            return;
        };
        let again = matches!(s.ai, AiState::Busy { again: true });
        if !allowed {
            // A person took over (or the customer asked for one) while the
            // assistant was thinking: it stays silent.
            s.ai = AiState::Idle;
            return;
        }
        // Counted in memory once stored (`ai_stored`).
        let failures = reply.outcome.failures_after(s.ai_failures);
        let now = now_ms();
        let mut ops = vec![
            Op::AppendMessage {
                session_uuid: session.clone(),
                message: NewMessage {
                    sender_id: None,
                    sender_name: Some("Assistant".into()),
                    sender_role: SenderRole::Ai,
                    message_type: MessageType::Text,
                    content: reply.text.clone(),
                    ai_generated: true,
                    client_msg_id: None,
                },
                now,
            },
            Op::SetAiFailures {
                uuid: session.clone(),
                failures,
            },
        ];
        if let Some(h) = &reply.handover {
            ops.push(Op::SetSummary {
                uuid: session.clone(),
                summary: h.summary.clone(),
            });
        }
        if let Some(node) = &self.node {
            // Stored only while the lease is this node's, and given back
            // in the same transaction.
            let (name, holder) = (reply_lease(&session), node.clone());
            ops.insert(
                0,
                Op::HoldsLease {
                    name: name.clone(),
                    holder: holder.clone(),
                    now,
                },
            );
            ops.push(Op::ReleaseLease { name, holder });
        }
        // Stays busy until stored, so a second reply cannot overtake it.
        s.ai = AiState::Busy { again };
        self.submit_stream(
            ops,
            After::AiStored {
                session,
                failures,
                handover: reply.handover,
            },
            Some(stream_id),
        );
    }

    /// A reply this node did not give (another node holds the session's
    /// reply lease, or answered already).
    pub(super) fn ai_skipped(&mut self, session: &str) {
        if let Some(s) = self.sessions.get_mut(session) {
            s.ai = AiState::Idle;
        }
    }

    /// Chores holder: answer the customer lines whose reply died with its
    /// node (or was never started), once their reply lease ran out.
    pub(super) fn answer_orphans(&mut self, sessions: Vec<String>) {
        for session in sessions {
            if self.ai_allowed(&session)
                && self
                    .sessions
                    .get(&session)
                    .is_some_and(|s| matches!(s.ai, AiState::Idle))
            {
                tracing::info!(session, "answering a customer whose reply was lost");
                self.trigger_ai(&session);
            }
        }
    }

    pub(super) fn ai_stored(&mut self, session: String, failures: u32, handover: Option<Handover>) {
        let again = match self.sessions.get_mut(&session) {
            Some(s) => {
                let again = matches!(s.ai, AiState::Busy { again: true });
                s.ai = AiState::Idle;
                s.ai_failures = failures;
                if let Some(h) = &handover {
                    s.summary = Some(h.summary.clone());
                }
                again
            }
            None => return,
        };
        if let Some(h) = handover {
            if self.ai_allowed(&session) {
                self.start_transfer(
                    &session,
                    Some(h.reason.as_str().replace('_', " ")),
                    Some(h.summary),
                    None,
                    false,
                    Some(h.reason), // issue 16: becomes a label
                );
            }
            return;
        }
        if again && self.ai_allowed(&session) {
            self.trigger_ai(&session);
        }
    }
}

/// The assistant answers one session, in a worker bounded by the permits;
/// deltas and the reply go to the hub's inbox.
pub(super) async fn run_reply(cx: &Context, job: ReplyJob) {
    let Ok(_permit) = cx.ai_permits.clone().acquire_owned().await else {
        return;
    };
    let me = &cx.me;
    let store = &cx.store;
    let session = job.session.clone();
    let skip = |session: String| {
        let _ = me.send(HubMsg::Core(Input::AiSkipped { session }));
    };
    // In a cluster: this node's name, under which it holds the lease.
    let node = cx.bus.as_ref().map(|b| b.node().to_string());
    if let Some(node) = &node
        && !claim_reply(store, &session, node).await
    {
        // Another node is answering this session.
        skip(session);
        return;
    }
    let uuid = session.clone();
    let history = match store
        .read(move |c| read::last_messages(c, &uuid, CONTEXT_LINES, i64::MAX))
        .await
    {
        Ok(h) => h,
        Err(e) => {
            tracing::error!(error = %e, "cannot read history for the assistant");
            Vec::new()
        }
    };
    if let Some(node) = &node
        && history
            .last()
            .is_none_or(|m| m.sender_role != SenderRole::Customer)
    {
        // Answered already (by another node, whose lease this one then
        // took over): nothing to say.
        release_reply(store, &session, node).await;
        skip(session);
        return;
    }
    let turn = jobs::turn(&job, history);
    let stream_id = uuid::Uuid::new_v4().to_string();
    let started = Instant::now();
    let mut first_token_ms = None;
    let (delta_session, delta_stream) = (session.clone(), stream_id.clone());
    let mut sink = |text: &str| {
        if first_token_ms.is_none() {
            first_token_ms = Some(jobs::elapsed_ms(started));
        }
        let _ = me.send(HubMsg::Core(Input::AiDelta {
            session: delta_session.clone(),
            stream_id: delta_stream.clone(),
            text: text.to_string(),
        }));
    };
    // A daemon just started may still be training the assistant's readers:
    // wait for them off the runtime's workers, which a turn reading a line
    // would otherwise hold until they are done (stalling every connection).
    if !concierge_assistant::readers_ready() {
        let _ = tokio::task::spawn_blocking(concierge_assistant::wait_for_readers).await;
    }
    let reply = {
        let reply = cx.assistant.reply(&turn, &mut sink);
        match &node {
            None => reply.await,
            Some(node) => {
                tokio::pin!(reply);
                let mut renew = tokio::time::interval(REPLY_RENEW);
                renew.tick().await;
                loop {
                    tokio::select! {
                        r = &mut reply => break r,
                        _ = renew.tick() => {
                            if !claim_reply(store, &session, node).await {
                                // Taken over (this node was thought dead):
                                // the other node answers.
                                skip(session);
                                return;
                            }
                        }
                    }
                }
            }
        }
    };
    let total_ms = jobs::elapsed_ms(started);
    let _ = me.send(HubMsg::Core(Input::AiDone {
        session,
        stream_id,
        reply: Box::new(reply),
        first_token_ms,
        total_ms,
    }));
}
