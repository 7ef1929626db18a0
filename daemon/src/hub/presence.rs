//! Cluster presence and the chores lease, without waiting in the hub.
//!
//! Every question to Redis (who holds a socket of this user?) and every
//! lease claim (a database commit) runs in a task of its own; its answer
//! comes back as [`HubMsg::Found`] and is acted on only if it still
//! applies (the user may have come back meanwhile). So a slow Redis or a
//! slow database never holds up a message between two sockets: the hub
//! only ever waits for its inbox.

use std::collections::HashMap;

use concierge_shared::protocol::SessionStatus;

use super::{Hub, HubMsg, Timer, now_ms};
use crate::cluster::{Bus, PRESENCE_RENEW, PRESENCE_TTL};
use crate::store::{Op, OpResult, Store, read};

/// The lease on cluster-wide chores: closing idle sessions, taking staff
/// of a dead node offline, replies left unfinished by a restart.
const CHORES_LEASE: &str = "chores";

/// Someone this node saw go, to act on unless another node holds them.
#[derive(Debug, Clone)]
pub enum Absence {
    /// A staff member's grace ran out (or there is none).
    Staff(String),
    /// A waiting customer did not come back in time.
    Customer(String),
}

/// An answer to a question the hub asked a task.
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
}

/// Take or renew the chores lease: `true` if this node holds it now.
async fn claim_lease(store: &Store, bus: &Bus) -> bool {
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

/// Whether some node holds a live claim for `user` (`None`: Redis did not
/// answer).
async fn held_anywhere(bus: &Bus, user: &str) -> Option<bool> {
    bus.live_nodes(user).await.ok().map(|n| !n.is_empty())
}

impl Hub {
    /// Run `work` in a task of its own and hand its answer to the hub.
    fn ask(&self, work: impl Future<Output = Found> + Send + 'static) {
        let me = self.me.clone();
        tokio::spawn(async move {
            let _ = me.send(HubMsg::Found(work.await));
        });
    }

    /// At start-up, before the hub task runs: whether this node takes the
    /// chores (it may wait here; nothing is served yet).
    pub(super) async fn claim_chores_at_start(&mut self) {
        self.chores = match &self.bus {
            Some(bus) => claim_lease(&self.store, bus).await,
            None => true,
        };
    }

    /// A node that stops hands the chores on at once instead of letting
    /// its lease run out (at shutdown, when waiting no longer matters).
    pub(super) async fn release_chores(&mut self) {
        let Some(bus) = &self.bus else {
            return;
        };
        if !self.chores {
            return;
        }
        let op = Op::ReleaseLease {
            name: CHORES_LEASE.to_string(),
            holder: bus.node().to_string(),
        };
        if let Err(e) = self.store.submit(vec![op]).await {
            tracing::debug!(error = %e, "cannot release the chores lease");
        }
        self.chores = false;
    }

    /// First socket of `user` on this node: claim presence cluster-wide.
    pub(super) fn claim_presence(&self, user: &str) {
        if let Some(bus) = self.bus.clone() {
            let users = vec![user.to_string()];
            tokio::spawn(async move {
                if let Err(e) = bus.claim(&users).await {
                    tracing::debug!(error = %e, "cannot claim presence");
                }
            });
        }
    }

    /// Every socket of this node's users: claimed again (renewal, or a
    /// Redis that restarted empty).
    pub(super) fn claim_all_presence(&self) {
        if let Some(bus) = self.bus.clone() {
            let users: Vec<String> = self.by_user.keys().cloned().collect();
            tokio::spawn(async move {
                if let Err(e) = bus.claim(&users).await {
                    tracing::debug!(error = %e, "cannot renew presence");
                }
            });
        }
    }

    /// Last socket of `user` on this node closed.
    pub(super) fn release_presence(&self, user: &str) {
        if let Some(bus) = self.bus.clone() {
            let user = user.to_string();
            tokio::spawn(async move {
                if let Err(e) = bus.release(&user).await {
                    tracing::debug!(error = %e, "cannot release presence");
                }
            });
        }
    }

    /// Someone left this node for good (grace over): act unless another
    /// node holds them. A lone node acts at once; in a cluster Redis is
    /// asked in a task, and without an answer it acts as a lone node.
    pub(super) async fn check_absence(&mut self, absence: Absence) {
        let Some(bus) = self.bus.clone() else {
            self.absent(absence, false).await;
            return;
        };
        let user = match &absence {
            Absence::Staff(u) | Absence::Customer(u) => u.clone(),
        };
        self.ask(async move {
            let elsewhere = match bus.online_elsewhere(&user).await {
                Ok(b) => b,
                Err(e) => {
                    tracing::warn!(error = %e, user, "cannot ask redis about presence");
                    false
                }
            };
            Found::Elsewhere { absence, elsewhere }
        });
    }

    async fn absent(&mut self, absence: Absence, elsewhere: bool) {
        match absence {
            // Back on this node meanwhile: nothing to do.
            Absence::Staff(s) if !elsewhere && !self.by_user.contains_key(&s) => {
                self.go_offline(&s).await;
            }
            Absence::Customer(c) if !elsewhere && !self.by_user.contains_key(&c) => {
                self.abandon(&c).await;
            }
            _ => {}
        }
    }

    /// Every few seconds: renew presence, then renew the lease in a task;
    /// the chores follow when the lease comes back held.
    pub(super) fn cluster_tick(&mut self) {
        let Some(bus) = self.bus.clone() else {
            return;
        };
        self.claim_all_presence();
        let store = self.store.clone();
        self.ask(async move {
            Found::Chores {
                held: claim_lease(&store, &bus).await,
            }
        });
    }

    /// An answer came back.
    pub(super) async fn found(&mut self, found: Found) {
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
            Found::Elsewhere { absence, elsewhere } => self.absent(absence, elsewhere).await,
            Found::Round { staff, customers } => self.round_done(staff, customers).await,
            Found::Unanswered(sessions) => self.answer_orphans(sessions),
            Found::HeldElsewhere(staff) => {
                for id in staff {
                    self.routing.set_status(&id, Some(true), None);
                }
                let offers = self.routing.refresh_offers();
                self.send_offers(offers);
                self.update_gauges();
            }
        }
    }

    /// The chores holder asks, in tasks, who has no node left: staff
    /// online here but on no socket of this node, customers waiting with
    /// no socket here; and which customer lines lost their reply.
    fn chores_round(&mut self) {
        let Some(bus) = self.bus.clone() else {
            return;
        };
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
            self.ask(async move {
                let mut s = Vec::new();
                for id in staff {
                    if let Some(held) = held_anywhere(&bus, &id).await {
                        s.push((id, held));
                    }
                }
                let mut c = Vec::new();
                for id in customers {
                    if let Some(held) = held_anywhere(&bus, &id).await {
                        c.push((id, held));
                    }
                }
                Found::Round {
                    staff: s,
                    customers: c,
                }
            });
        }
        let store = self.store.clone();
        self.ask(async move {
            let now = now_ms();
            let before =
                now - i64::try_from(super::ai::REPLY_ORPHAN_AFTER.as_millis()).unwrap_or(0);
            match store
                .read(move |c| read::unanswered_sessions(c, before, now, 100))
                .await
            {
                Ok(s) => Found::Unanswered(s),
                Err(e) => {
                    tracing::warn!(error = %e, "cannot look for unanswered customers");
                    Found::Unanswered(Vec::new())
                }
            }
        });
    }

    async fn round_done(&mut self, staff: Vec<(String, bool)>, customers: Vec<(String, bool)>) {
        let now = now_ms();
        let ttl = i64::try_from(PRESENCE_TTL.as_millis()).unwrap_or(i64::MAX);
        let mut still_absent = HashMap::new();
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
                self.go_offline(&id).await;
            } else {
                still_absent.insert(id, since);
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
            self.customer_gone.insert(customer.clone(), generation);
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
        let Some(bus) = self.bus.clone() else {
            return;
        };
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
        self.ask(async move {
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
            Found::HeldElsewhere(held)
        });
    }
}
