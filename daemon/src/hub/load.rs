//! Loading memory from the database: the one way the hub's state is
//! loaded, into an empty hub at start-up and over a running one on a
//! cluster resync (`replica.rs` decides when). The read is `jobs::load`,
//! in one snapshot; this is what the hub does with it.

use std::collections::{HashMap, HashSet};

use concierge_shared::protocol::{Message, SessionStatus, SessionType};

use super::core::{Conversations, SessionState};
use super::{Timer, now_ms};
use crate::ids::{TransferEnd, TransferId, TransferStatus};
use crate::store::offline::{LeftMessageRow, TranscriptWish};
use crate::store::read::TransferOutcome;
use crate::store::{SessionRow, StaffRow, TransferRow};

/// What memory is loaded from: the open sessions, the pending requests
/// and the staff, and what this node missed of what it knew.
#[derive(Debug)]
pub struct Loaded {
    pub(super) open: Vec<SessionRow>,
    pub(super) transfers: Vec<TransferRow>,
    pub(super) staff: Vec<StaffRow>,
    /// Issue 16: who handed which pending request over.
    pub(super) handovers: HashMap<TransferId, crate::routing::Handover>,
    /// Known sessions' messages after what this node delivered.
    pub(super) missed: Vec<(String, Vec<Message>)>,
    /// Known sessions no longer open: who closed them and when (`None`:
    /// the row is gone).
    pub(super) closed: Vec<(String, Option<(String, i64)>)>,
    /// Requests in this node's queue that are no longer pending.
    pub(super) outcomes: Vec<(TransferId, Option<TransferOutcome>)>,
    /// Each open session's newest request (news of an older one is stale).
    pub(super) newest_requests: Vec<(String, TransferId)>,
    /// What only a start needs.
    pub(super) startup: Option<Startup>,
}

/// Read at start-up only.
#[derive(Debug)]
pub struct Startup {
    /// Issue 17: messages left and waiting, who answered which open
    /// session's message, transcripts wished for at close.
    pub(super) waiting: Vec<LeftMessageRow>,
    pub(super) answered: Vec<(String, String)>,
    pub(super) wishes: Vec<TranscriptWish>,
    /// Assistant sessions whose last line is the customer's: their reply
    /// was pending when the daemon stopped.
    pub(super) unanswered: Vec<String>,
}

impl Conversations {
    /// Bring memory in step with what the database holds: the one way
    /// state is loaded, at start-up (into an empty hub) and on a resync.
    /// What changed is told to this node's sockets as live events would.
    pub(super) fn apply_loaded(&mut self, loaded: Loaded) {
        let Loaded {
            open,
            transfers,
            staff,
            handovers,
            missed,
            closed,
            outcomes,
            newest_requests,
            startup: _,
        } = loaded;
        for (_, lines) in &missed {
            self.fan_out_missed(lines);
        }
        // What this node's own commits changed after the read went out is
        // newer in memory than in the read (a start has none).
        let mut touched = self.touched.take().unwrap_or_default();
        // So is what a write still in flight will change: its continuation
        // applies it and answers its client (a read can see a write
        // committed before the write's own result is back here).
        touched.extend(self.requesting.keys().cloned());
        touched.extend(self.closing.iter().cloned());
        for id in self.accepting.keys().chain(self.withdrawing.iter()) {
            if let Some(r) = self.routing.request(*id) {
                touched.insert(r.session.clone().into());
            }
        }
        let open: HashMap<String, SessionRow> = open
            .into_iter()
            // A session being opened is the opening write's to announce.
            .filter(|r| {
                !touched.contains(r.uuid.as_str()) && !self.creating.contains(r.user_id.as_str())
            })
            .map(|r| (r.uuid.clone(), r))
            .collect();
        // Closed while we were not listening.
        let gone: Vec<String> = self
            .sessions
            .keys()
            .filter(|k| !open.contains_key(k.as_str()) && !touched.contains(k.as_str()))
            .map(|k| k.to_string())
            .collect();
        let closed: HashMap<String, Option<(String, i64)>> = closed.into_iter().collect();
        for uuid in gone {
            let (by, at) = closed
                .get(&uuid)
                .cloned()
                .flatten()
                .unwrap_or_else(|| ("system".into(), now_ms()));
            if let Some(s) = self.sessions.get_mut(&uuid) {
                s.status = SessionStatus::Closed;
            }
            self.apply_closed(uuid, by, at);
        }
        for row in open.values() {
            match self.sessions.get_mut(&row.uuid) {
                Some(s) => {
                    s.staff_id = row.staff_id.clone();
                    s.session_type = row.session_type;
                    s.status = row.status;
                    s.summary = row.summary.clone();
                    s.ai_failures = row.ai_failures;
                }
                None => {
                    let st = SessionState::from_row(row);
                    self.customer_session
                        .insert(st.customer_id.clone().into(), st.uuid.clone().into());
                    self.sessions.insert(st.uuid.clone().into(), st);
                }
            }
        }
        // The queue (requests of touched sessions as memory has them).
        let transfers: Vec<TransferRow> = transfers
            .into_iter()
            .filter(|t| !touched.contains(t.session_uuid.as_str()))
            .collect();
        let pending: HashSet<TransferId> = transfers.iter().map(|t| t.id).collect();
        let stale: Vec<(TransferId, String)> = self
            .routing
            .queue()
            .filter(|r| !pending.contains(&r.id) && !touched.contains(r.session.as_str()))
            .map(|r| (r.id, r.session.clone()))
            .collect();
        // Requests that ended while this node was not listening: replay
        // what its sockets would have been told (the request id is the
        // key: one this node heard end is no longer in its queue).
        for (id, session) in stale {
            let taken_by = open
                .get(&session)
                .filter(|r| r.session_type == SessionType::Human)
                .and_then(|r| r.staff_id.clone());
            if let Some(staff_id) = taken_by {
                let name = staff
                    .iter()
                    .find(|s| s.staff_id == staff_id)
                    .map(|s| s.name.clone())
                    .unwrap_or_else(|| staff_id.clone());
                self.apply_accepted(id, session, staff_id, name);
                continue;
            }
            if !open.contains_key(&session) {
                // Closed: told above, with the session.
                self.routing.remove_request(id);
                continue;
            }
            let ended = outcomes
                .iter()
                .find(|(o, _)| *o == id)
                .and_then(|(_, o)| o.clone());
            let (outcome, told) = match ended {
                // A failed request's outcome is what the customer is told.
                Some((Some(TransferStatus::Failed), told)) => (TransferEnd::Failed, told),
                Some((_, outcome)) => (
                    outcome
                        .as_deref()
                        .and_then(TransferEnd::parse)
                        .unwrap_or(TransferEnd::Cancelled),
                    None,
                ),
                None => (TransferEnd::Failed, None),
            };
            self.apply_ended(id, session, outcome, told);
        }
        // Replaying set each session as that event left it; the database
        // may be further along (asked again since, say). So may its
        // newest request (not for touched sessions: this node's own write
        // of one, read before it came back, is that write's to apply).
        let newest: HashMap<String, TransferId> = newest_requests.into_iter().collect();
        for row in open.values() {
            if let Some(s) = self.sessions.get_mut(&row.uuid) {
                s.staff_id = row.staff_id.clone();
                s.session_type = row.session_type;
                s.status = row.status;
                if let Some(id) = newest.get(&row.uuid) {
                    s.saw_request(*id);
                }
            }
        }
        for s in &staff {
            self.routing
                .ensure_staff(&s.staff_id, &s.name, s.max_concurrent_chats, s.is_available);
        }
        for row in open.values() {
            match &row.staff_id {
                Some(st)
                    if row.status == SessionStatus::Active
                        && row.session_type == SessionType::Human =>
                {
                    self.routing.ensure_staff(st, st, None, true);
                    self.routing.assign(&row.uuid, st);
                }
                // An assignment this node made that the database refused.
                _ => {
                    if self.routing.owner(&row.uuid).is_some() {
                        self.routing.release(&row.uuid);
                    }
                }
            }
        }
        // Requests not known here yet, in the stored order (those in front
        // first): the ones for the front go in ahead, last first.
        let (front, back): (Vec<TransferRow>, Vec<TransferRow>) = transfers
            .into_iter()
            .filter(|t| self.routing.request(t.id).is_none())
            .partition(|t| t.priority > 0);
        // Each enqueue marks whom it offers the request to: those offers
        // must be sent, or the request is never shown to them. (A request
        // this node learned of by a resync, not by its news, once stayed
        // pending while staff here had room.)
        let mut offers = Vec::new();
        let mut learned = Vec::new();
        for t in front.into_iter().rev() {
            let h = handovers.get(&t.id).cloned().map(Box::new);
            learned.push(t.id);
            offers.extend(
                self.routing
                    .enqueue(super::core::request_from_row(t, h), true),
            );
        }
        for t in back {
            let h = handovers.get(&t.id).cloned().map(Box::new);
            learned.push(t.id);
            offers.extend(
                self.routing
                    .enqueue(super::core::request_from_row(t, h), false),
            );
        }
        // As for a request heard of by its news: this node re-offers it to
        // its own staff when nobody answers.
        for request in learned {
            self.schedule(self.cfg.offer_timeout, Timer::Offer { request, round: 0 });
        }
        // Presence, as Redis knows it now (asked in a task).
        self.refresh_presence();
        offers.extend(self.routing.refresh_offers());
        self.send_offers(offers);
        self.send_queue_updates();
        self.update_gauges();
    }
}
