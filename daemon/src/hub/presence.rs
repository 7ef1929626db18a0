//! Cluster presence and the chores lease, without waiting in the hub.
//!
//! Every question to Redis (who holds a socket of this user?) and every
//! lease claim (a database commit) runs in a task of its own; its answer
//! comes back as [`super::Input::Found`] and is acted on only if it still
//! applies (the user may have come back meanwhile). So a slow Redis or a
//! slow database never holds up a message between two sockets: the hub
//! only ever waits for its inbox.

use std::collections::HashMap;

use concierge_shared::protocol::SessionStatus;

use super::core::Conversations;
use super::jobs::{Found, Job};
use super::{Timer, now_ms};
use crate::cluster::PRESENCE_TTL;

/// Someone this node saw go, to act on unless another node holds them.
#[derive(Debug, Clone)]
pub enum Absence {
    /// A staff member's grace ran out (or there is none).
    Staff(String),
    /// A waiting customer did not come back in time.
    Customer(String),
}

impl Conversations {
    /// First socket of `user` on this node: claim presence cluster-wide.
    pub(super) fn claim_presence(&self, user: &str) {
        if self.clustered() {
            self.job(Job::Claim(vec![user.to_string()]));
        }
    }

    /// Every socket of this node's users: claimed again (renewal, or a
    /// Redis that restarted empty).
    pub(super) fn claim_all_presence(&self) {
        if self.clustered() {
            self.job(Job::Claim(
                self.by_user.keys().map(|u| u.to_string()).collect(),
            ));
        }
    }

    /// Last socket of `user` on this node closed.
    pub(super) fn release_presence(&self, user: &str) {
        if self.clustered() {
            self.job(Job::Release(user.to_string()));
        }
    }

    /// Someone left this node for good (grace over): act unless another
    /// node holds them. A lone node acts at once; in a cluster Redis is
    /// asked in a task, and without an answer it acts as a lone node.
    pub(super) fn check_absence(&mut self, absence: Absence) {
        if self.clustered() {
            self.job(Job::Elsewhere(absence));
        } else {
            self.absent(absence, false);
        }
    }

    fn absent(&mut self, absence: Absence, elsewhere: bool) {
        match absence {
            // Back on this node meanwhile: nothing to do.
            Absence::Staff(s) if !elsewhere && !self.by_user.contains_key(&s) => {
                self.go_offline(&s);
            }
            Absence::Customer(c) if !elsewhere && !self.by_user.contains_key(&c) => {
                self.abandon(&c);
            }
            _ => {}
        }
    }

    /// Every few seconds: renew presence, then renew the lease in a task;
    /// the chores follow when the lease comes back held.
    pub(super) fn cluster_tick(&mut self) {
        if !self.clustered() {
            return;
        }
        self.claim_all_presence();
        self.job(Job::ClaimChores);
    }

    /// An answer came back.
    pub(super) fn found(&mut self, found: Found) {
        match found {
            Found::Chores { held } => {
                if held != self.chores {
                    tracing::info!(held, "chores lease changed hands");
                }
                self.chores = held;
                if held && !self.draining {
                    self.chores_round();
                }
            }
            Found::Elsewhere { absence, elsewhere } => self.absent(absence, elsewhere),
            Found::Round { staff, customers } => self.round_done(staff, customers),
            Found::Unanswered(sessions) => self.answer_orphans(sessions),
            Found::HeldElsewhere(staff) => {
                for id in staff {
                    self.routing.set_status(&id, Some(true), None);
                }
                let offers = self.routing.refresh_offers();
                self.send_offers(offers);
                self.update_gauges();
            }
            Found::Fetched(f) => self.fetched(*f),
            Found::Loaded(l) => self.loaded(l),
            Found::TranscriptQueued { ack, queued } => {
                let frame = Self::frame(super::jobs::transcript_answer(queued), ack.r#ref);
                self.send_frame(ack.conn, &frame);
            }
        }
    }

    /// The chores holder asks, in tasks, who has no node left: staff
    /// online here but on no socket of this node, customers waiting with
    /// no socket here; and which customer lines lost their reply.
    fn chores_round(&mut self) {
        if !self.clustered() {
            return;
        }
        let staff: Vec<String> = self
            .routing
            .all_staff()
            .filter(|(id, s)| {
                s.online && !self.by_user.contains_key(*id) && !self.staff_grace.contains_key(*id)
            })
            .map(|(id, _)| id.clone())
            .collect();
        let customers: Vec<String> = self
            .sessions
            .values()
            .filter(|s| {
                s.status == SessionStatus::Waiting
                    && !self.by_user.contains_key(&s.customer_id)
                    && !self.customer_gone.contains_key(&s.customer_id)
            })
            .map(|s| s.customer_id.clone())
            .collect();
        if !staff.is_empty() || !customers.is_empty() {
            self.job(Job::Round { staff, customers });
        }
        self.job(Job::Unanswered);
    }

    fn round_done(&mut self, staff: Vec<(String, bool)>, customers: Vec<(String, bool)>) {
        let now = now_ms();
        let ttl = i64::try_from(PRESENCE_TTL.as_millis()).unwrap_or(i64::MAX);
        let mut still_absent: HashMap<crate::ids::UserId, i64> = HashMap::new();
        for (id, held) in staff {
            // Checked again: the answer took a while.
            let absent = !held
                && self.routing.staff(&id).is_some_and(|s| s.online)
                && !self.by_user.contains_key(&id)
                && !self.staff_grace.contains_key(&id);
            if !absent {
                continue;
            }
            // Absent for a whole claim lifetime, not just once: a Redis
            // that restarted empty is refilled by the next renewals.
            let since = self.absent_since.get(&id).copied().unwrap_or(now);
            if now - since >= ttl {
                tracing::info!(
                    staff = id,
                    "staff member's node is gone: taking them offline"
                );
                self.go_offline(&id);
            } else {
                still_absent.insert(id.into(), since);
            }
        }
        self.absent_since = still_absent;
        for (customer, held) in customers {
            let waiting = self
                .customer_session
                .get(&customer)
                .and_then(|s| self.sessions.get(s))
                .is_some_and(|s| s.status == SessionStatus::Waiting);
            if held
                || !waiting
                || self.by_user.contains_key(&customer)
                || self.customer_gone.contains_key(&customer)
            {
                continue;
            }
            let generation = self.next_generation();
            self.customer_gone
                .insert(customer.clone().into(), generation);
            self.schedule(
                self.cfg.abandon_after,
                Timer::CustomerGone {
                    customer,
                    generation,
                },
            );
        }
    }

    /// After a resync: ask Redis, in a task, which known staff another node
    /// holds (this node's own are online already).
    pub(super) fn refresh_presence(&mut self) {
        if !self.clustered() {
            return;
        }
        let known: Vec<String> = self.routing.all_staff().map(|(id, _)| id.clone()).collect();
        let here: Vec<String> = known
            .iter()
            .filter(|id| self.by_user.contains_key(*id))
            .cloned()
            .collect();
        for id in &here {
            self.routing.set_status(id, Some(true), None);
        }
        let others: Vec<String> = known
            .into_iter()
            .filter(|id| !self.by_user.contains_key(id))
            .collect();
        self.job(Job::HeldElsewhere(others));
    }
}
