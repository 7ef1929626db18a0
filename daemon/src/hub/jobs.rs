//! The I/O the core asks for ([`Job`]) and what comes back ([`Found`]).
//!
//! The driver runs every job in a task of its own, so the hub task only
//! ever waits for its inbox: a slow Redis or a slow database never holds up
//! a message between two sockets. An answer is acted on only if it still
//! applies (the user may have come back meanwhile); the core checks.

use std::sync::Arc;
use std::time::Instant;

use concierge_assistant::team::TeamOutlook;
use concierge_assistant::{Assistant, HistoryLine, Speaker, Turn};
use concierge_shared::protocol::{Message, SenderRole, ServerEvent, SessionStatus, SessionType};
use tokio::sync::{Semaphore, mpsc};

use super::core::{Input, Reply};
use super::load::{Loaded, Startup};
use super::presence::Absence;
use super::replica::{Fetch, Fetched, Upto};
use super::{HubMsg, now_ms};
use crate::cluster::{Bus, PRESENCE_RENEW};
use crate::ids::TransferId;
use crate::store::{Op, OpResult, Store, StoreError, read};

/// The lease on cluster-wide chores: closing idle sessions, taking staff
/// of a dead node offline, replies left unfinished by a restart.
const CHORES_LEASE: &str = "chores";

/// A look-up or side task the core asks for.
#[derive(Debug)]
pub enum Job {
    /// Claim presence for these users on this node (first socket, renewal,
    /// a Redis that restarted empty).
    Claim(Vec<String>),
    /// Last socket of this user on this node closed.
    Release(String),
    /// Whether another node holds a socket of the absent user.
    Elsewhere(Absence),
    /// Take or renew the chores lease.
    ClaimChores,
    /// The chores holder's round: which of these staff and waiting
    /// customers some node still holds.
    Round {
        staff: Vec<String>,
        customers: Vec<String>,
    },
    /// Customer lines whose reply was lost with its node.
    Unanswered,
    /// After a resync: which of these staff another node holds.
    HeldElsewhere(Vec<String>),
    /// The assistant answers a session, in a bounded worker.
    Reply(ReplyJob),
    /// A database read for the cluster copy (`replica.rs`).
    Fetch(Fetch),
    /// Load the database into memory (start-up and resync).
    Load(LoadJob),
    /// Put a session's transcript in the mail outbox.
    QueueTranscript {
        session: String,
        to: String,
        customer: String,
        ack: Option<Reply>,
        at_close: bool,
    },
}

/// What the assistant needs to answer a session.
#[derive(Debug)]
pub struct ReplyJob {
    pub session: String,
    pub customer_id: String,
    pub customer_name: String,
    pub failed_attempts: u32,
    pub team: Option<TeamOutlook>,
}

/// What a load reads besides the open sessions and the queue: the missed
/// messages of the sessions this node knows (with what it delivered), and
/// the outcome of the requests in its queue.
#[derive(Debug, Default, Clone)]
pub struct LoadJob {
    pub known: Vec<(String, i64)>,
    pub queued: Vec<TransferId>,
    /// Start-up: also what only a start needs (`Startup`).
    pub startup: bool,
}

/// An answer to a job.
#[derive(Debug)]
pub enum Found {
    /// Whether this node holds the chores lease now.
    Chores { held: bool },
    /// Whether another node holds a socket of the absent user.
    Elsewhere { absence: Absence, elsewhere: bool },
    /// The chores holder's round: staff and waiting customers asked about,
    /// each with whether any node still holds them.
    Round {
        staff: Vec<(String, bool)>,
        customers: Vec<(String, bool)>,
    },
    /// Sessions whose customer's last line has no reply and no live reply
    /// lease.
    Unanswered(Vec<String>),
    /// After a resync: staff whom another node holds.
    HeldElsewhere(Vec<String>),
    /// A read for the cluster copy.
    Fetched(Box<Fetched>),
    /// The database, loaded (`None`: the read failed).
    Loaded(Option<Box<Loaded>>),
    /// The transcript was queued (or not) for the client that asked.
    TranscriptQueued { ack: Reply, queued: bool },
}

/// What the jobs run against.
#[derive(Clone)]
pub struct Context {
    pub store: Store,
    pub bus: Option<Bus>,
    pub assistant: Arc<Assistant>,
    pub ai_permits: Arc<Semaphore>,
    pub me: mpsc::UnboundedSender<HubMsg>,
    pub shop_name: String,
}

impl Context {
    /// Run `job` in a task of its own; its answer goes to the hub's inbox.
    pub fn spawn(&self, job: Job) {
        let cx = self.clone();
        tokio::spawn(async move {
            if let Some(found) = cx.run(job).await {
                let _ = cx.me.send(HubMsg::Core(Input::Found(found)));
            }
        });
    }

    async fn run(&self, job: Job) -> Option<Found> {
        let bus = self.bus.as_ref();
        match job {
            Job::Claim(users) => {
                if let Some(bus) = bus
                    && let Err(e) = bus.claim(&users).await
                {
                    tracing::debug!(error = %e, "cannot claim presence");
                }
                None
            }
            Job::Release(user) => {
                if let Some(bus) = bus
                    && let Err(e) = bus.release(&user).await
                {
                    tracing::debug!(error = %e, "cannot release presence");
                }
                None
            }
            Job::Elsewhere(absence) => {
                let user = match &absence {
                    Absence::Staff(u) | Absence::Customer(u) => u.clone(),
                };
                let elsewhere = match bus {
                    Some(bus) => match bus.online_elsewhere(&user).await {
                        Ok(b) => b,
                        Err(e) => {
                            tracing::warn!(error = %e, user, "cannot ask redis about presence");
                            false
                        }
                    },
                    None => false,
                };
                Some(Found::Elsewhere { absence, elsewhere })
            }
            Job::ClaimChores => Some(Found::Chores {
                held: match bus {
                    Some(bus) => claim_chores(&self.store, bus).await,
                    None => true,
                },
            }),
            Job::Round { staff, customers } => {
                let bus = bus?;
                let mut s = Vec::new();
                for id in staff {
                    if let Some(held) = held_anywhere(bus, &id).await {
                        s.push((id, held));
                    }
                }
                let mut c = Vec::new();
                for id in customers {
                    if let Some(held) = held_anywhere(bus, &id).await {
                        c.push((id, held));
                    }
                }
                Some(Found::Round {
                    staff: s,
                    customers: c,
                })
            }
            Job::Unanswered => {
                let now = now_ms();
                let before =
                    now - i64::try_from(super::ai::REPLY_ORPHAN_AFTER.as_millis()).unwrap_or(0);
                let found = match self
                    .store
                    .read(move |c| read::unanswered_sessions(c, before, now, 100))
                    .await
                {
                    Ok(s) => s,
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot look for unanswered customers");
                        Vec::new()
                    }
                };
                Some(Found::Unanswered(found))
            }
            Job::HeldElsewhere(others) => {
                let bus = bus?;
                let mut held = Vec::new();
                for id in others {
                    // Someone no node holds stays as they were: the chores
                    // round takes them offline and re-queues their chats.
                    if let Ok(n) = bus.live_nodes(&id).await
                        && n.iter().any(|x| x != bus.node())
                    {
                        held.push(id);
                    }
                }
                Some(Found::HeldElsewhere(held))
            }
            Job::Reply(r) => {
                super::ai::run_reply(self, r).await;
                None
            }
            Job::Fetch(f) => Some(Found::Fetched(Box::new(fetch(&self.store, f).await))),
            Job::Load(l) => Some(Found::Loaded(match load(&self.store, l).await {
                Ok(l) => Some(Box::new(l)),
                Err(e) => {
                    tracing::warn!(error = %e, "cannot re-read the database after a cluster hiccup");
                    None
                }
            })),
            Job::QueueTranscript {
                session,
                to,
                customer,
                ack,
                at_close,
            } => {
                let result = crate::mail::queue_transcript(
                    &self.store,
                    &self.shop_name,
                    &session,
                    &to,
                    &customer,
                    at_close,
                )
                .await;
                if let Err(e) = &result {
                    tracing::warn!(error = %e, session, "could not queue the transcript");
                }
                ack.map(|ack| Found::TranscriptQueued {
                    ack,
                    queued: result.is_ok(),
                })
            }
        }
    }
}

/// Take or renew the chores lease: `true` if this node holds it now.
pub async fn claim_chores(store: &Store, bus: &Bus) -> bool {
    let op = Op::ClaimLease {
        name: CHORES_LEASE.to_string(),
        holder: bus.node().to_string(),
        ttl_ms: i64::try_from(3 * PRESENCE_RENEW.as_millis()).unwrap_or(i64::MAX),
        now: now_ms(),
    };
    match store.submit(vec![op]).await {
        Ok(r) => matches!(r.first(), Some(OpResult::Lease { held: true })),
        Err(e) => {
            tracing::warn!(error = %e, "cannot renew the chores lease");
            false
        }
    }
}

/// A node that stops hands the chores on at once instead of letting its
/// lease run out.
pub async fn release_chores(store: &Store, bus: &Bus) {
    let op = Op::ReleaseLease {
        name: CHORES_LEASE.to_string(),
        holder: bus.node().to_string(),
    };
    if let Err(e) = store.submit(vec![op]).await {
        tracing::debug!(error = %e, "cannot release the chores lease");
    }
}

/// Whether some node holds a live claim for `user` (`None`: Redis did not
/// answer).
async fn held_anywhere(bus: &Bus, user: &str) -> Option<bool> {
    bus.live_nodes(user).await.ok().map(|n| !n.is_empty())
}

/// A read for the cluster copy: a session's row and the messages after
/// what this node delivered.
async fn fetch(store: &Store, f: Fetch) -> Fetched {
    let session = f.session.clone();
    let read = store
        .read(move |c| {
            let row = if f.row {
                Some(read::session_by_uuid(c, &f.session)?)
            } else {
                None
            };
            let upto = match f.upto {
                Upto::Nothing => None,
                Upto::Seq(s) => Some(s),
                Upto::RowLastSeq => match row.as_ref().and_then(|r| r.as_ref()) {
                    Some(r) if r.status == SessionStatus::Closed => Some(i64::MAX),
                    Some(r) => Some(r.last_seq),
                    None => None,
                },
            };
            let missed = match upto {
                Some(upto) if upto > f.after => {
                    read::messages_between(c, &f.session, f.after, upto)?
                }
                _ => Vec::new(),
            };
            Ok((row, missed))
        })
        .await;
    match read {
        Ok((row, missed)) => Fetched {
            session,
            row,
            missed,
            failed: false,
        },
        Err(e) => {
            tracing::warn!(error = %e, session, "cannot read for the cluster copy");
            Fetched {
                session,
                row: None,
                missed: Vec::new(),
                failed: true,
            }
        }
    }
}

/// Read what memory is loaded from, in one read: the one way state is
/// loaded, at start-up and on a resync. One snapshot: a resync's read once
/// saw a session before another node's accept and its request after it,
/// took the request for ended, and told the customer it was cancelled.
pub async fn load(store: &Store, job: LoadJob) -> Result<Loaded, StoreError> {
    store.read(move |c| c.snapshot(|c| load_in(c, job))).await
}

fn load_in(c: &mut crate::store::Db<'_>, job: LoadJob) -> Result<Loaded, StoreError> {
    let open = read::open_sessions(c)?;
    let transfers = read::pending_transfers(c)?;
    let staff = read::staff_rows(c)?;
    let handovers = crate::store::desk_handover::pending_handovers(c)?;
    let mut missed: Vec<(String, Vec<Message>)> = Vec::new();
    let mut closed = Vec::new();
    for (uuid, delivered) in &job.known {
        match open.iter().find(|r| &r.uuid == uuid) {
            Some(row) => {
                if row.last_seq > *delivered {
                    missed.push((
                        uuid.clone(),
                        read::messages_between(c, uuid, *delivered, row.last_seq)?,
                    ));
                }
            }
            None => {
                // Closed while this node was not listening: its
                // last lines and how it closed.
                missed.push((
                    uuid.clone(),
                    read::messages_between(c, uuid, *delivered, i64::MAX)?,
                ));
                let row = read::session_by_uuid(c, uuid)?;
                closed.push((
                    uuid.clone(),
                    row.map(|r| {
                        (
                            r.closed_by.unwrap_or_else(|| "system".into()),
                            r.closed_at.unwrap_or_else(now_ms),
                        )
                    }),
                ));
            }
        }
    }
    let mut outcomes = Vec::new();
    for id in &job.queued {
        if !transfers.iter().any(|t| t.id == *id) {
            outcomes.push((*id, read::transfer_outcome(c, *id)?));
        }
    }
    let startup = if job.startup {
        let mut unanswered = Vec::new();
        for s in open
            .iter()
            .filter(|s| s.session_type == SessionType::Ai && s.status == SessionStatus::Active)
        {
            let last = read::last_messages(c, &s.uuid, 1, i64::MAX)?;
            if last
                .first()
                .is_some_and(|m| m.sender_role == SenderRole::Customer)
            {
                unanswered.push(s.uuid.clone());
            }
        }
        Some(Startup {
            waiting: crate::store::offline::waiting_messages(c)?,
            answered: crate::store::offline::answered_open(c)?,
            wishes: crate::store::offline::transcript_wishes(c)?,
            unanswered,
        })
    } else {
        None
    };
    Ok(Loaded {
        open,
        transfers,
        staff,
        handovers,
        missed,
        closed,
        outcomes,
        newest_requests: read::newest_requests(c)?,
        startup,
    })
}

/// The frame that answers a transcript request once it is queued.
pub fn transcript_answer(queued: bool) -> ServerEvent {
    if queued {
        ServerEvent::Ack(serde_json::json!({ "queued": true }))
    } else {
        ServerEvent::Error(concierge_shared::protocol::ErrorBody::unavailable(
            "could not queue the transcript; try again",
        ))
    }
}

/// How the assistant's history line reads a stored message's sender.
pub(super) fn speaker(role: SenderRole) -> Speaker {
    match role {
        SenderRole::Customer => Speaker::Customer,
        SenderRole::Ai => Speaker::Assistant,
        SenderRole::Staff => Speaker::Staff,
        SenderRole::System => Speaker::System,
    }
}

/// The assistant's turn from the stored history.
pub(super) fn turn(r: &ReplyJob, history: Vec<Message>) -> Turn {
    Turn {
        customer_id: r.customer_id.clone(),
        customer_name: r.customer_name.clone(),
        history: history
            .into_iter()
            .map(|m| HistoryLine {
                speaker: speaker(m.sender_role),
                text: m.content,
            })
            .collect(),
        failed_attempts: r.failed_attempts,
        team: r.team.clone(),
    }
}

/// When the reply started, for the latency metrics.
pub(super) fn elapsed_ms(since: Instant) -> u64 {
    u64::try_from(since.elapsed().as_millis()).unwrap_or(u64::MAX)
}
