//! Who takes which customer: staff presence and capacity, the transfer
//! queue, offers, accept/decline and re-offers.
//!
//! This is a pure state machine with one owner (the hub), so "accepted at
//! most once" and "never over capacity" hold by construction: `accept`
//! checks and assigns in one step, and nothing else mutates the state.
//! It performs no I/O; the hub persists its decisions and tells clients.
//! The invariants are checked by a property test over random operation
//! sequences (see the tests at the bottom).

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::ids::TransferId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffState {
    pub name: String,
    pub online: bool,
    pub available: bool,
    pub max: u32,
    /// Sessions this staff member holds.
    pub chats: BTreeSet<String>,
}

impl StaffState {
    pub fn current(&self) -> u32 {
        u32::try_from(self.chats.len()).unwrap_or(u32::MAX)
    }
    /// Online, available and under capacity: may be offered new chats.
    pub fn eligible(&self) -> bool {
        self.online && self.available && self.current() < self.max
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: TransferId,
    pub session: String,
    pub customer_id: String,
    pub customer_name: String,
    pub reason: Option<String>,
    pub summary: String,
    /// Milliseconds since the epoch.
    pub waiting_since: i64,
    pub declined_by: Vec<String>,
    /// Staff this request has been offered to since it was (re)queued.
    pub offered_to: BTreeSet<String>,
    /// Set when the offer timed out and went to everyone again.
    pub reoffered: bool,
    /// Bumped on every (re)offer round so stale timers can be ignored.
    pub round: u64,
    /// The staff member this customer already talked to (they answered
    /// the message the customer left, issue 17): while they are eligible
    /// and have neither declined nor let the offer time out, the request
    /// is offered to them alone; otherwise it is an ordinary request.
    pub preferred: Option<String>,
    /// Issue 16: handed over by a staff member (to `preferred`, or back to
    /// the queue when that is `None`).
    /// Boxed: most requests have none, and requests travel in messages.
    pub handover: Option<Box<Handover>>,
}

/// Who handed a chat over, and the note for whoever takes it (issue 16).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Handover {
    pub from: String,
    pub from_name: String,
    pub target: Option<String>,
    pub note: Option<String>,
}

impl Request {
    /// The staff member this request is reserved for right now, if any.
    fn reserved_for<'a>(&'a self, staff: &HashMap<String, StaffState>) -> Option<&'a str> {
        let p = self.preferred.as_deref()?;
        let eligible = staff.get(p).is_some_and(StaffState::eligible);
        (eligible && !self.reoffered && !self.declined_by.iter().any(|d| d == p)).then_some(p)
    }

    /// Whether `sid` is not offered this request now: it is reserved for
    /// someone else, or (issue 16) `sid` handed it over and someone else
    /// eligible may still take it. The sender gets it back as an offer
    /// only when everyone else declined, so the chat is never left with
    /// nobody while its sender is there.
    fn held_back(&self, sid: &str, staff: &HashMap<String, StaffState>) -> bool {
        let reserved = self.reserved_for(staff);
        if reserved.is_some_and(|r| r != sid) {
            return true;
        }
        let Some(h) = &self.handover else {
            return false;
        };
        h.from == sid
            && staff.iter().any(|(o, s)| {
                o != sid
                    && s.eligible()
                    && !self.declined_by.contains(o)
                    && reserved.is_none_or(|r| r == o)
            })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RouteError {
    #[error("no such transfer request")]
    NotFound,
    #[error("this transfer request was already taken")]
    AlreadyTaken,
    #[error("you are at your maximum number of concurrent chats")]
    AtCapacity,
    #[error("you are not online")]
    NotOnline,
    #[error("this chat was handed to a colleague by name")]
    Reserved,
}

/// New offers to send: request id → staff ids.
pub type Offers = Vec<(TransferId, Vec<String>)>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeclineOutcome {
    /// Still someone eligible who has not declined.
    Continue,
    /// Every eligible staff member declined: the request is removed.
    AllDeclined(Box<Request>),
}

#[derive(Debug, Default)]
pub struct Routing {
    default_max: u32,
    staff: HashMap<String, StaffState>,
    /// Pending request ids, next first.
    queue: Vec<TransferId>,
    requests: HashMap<TransferId, Request>,
    /// Session → the staff member holding it.
    owners: HashMap<String, String>,
    /// Requests whose customer should be told their position (changed).
    last_positions: HashMap<TransferId, u32>,
}

impl Routing {
    pub fn new(default_max: u32) -> Self {
        Self {
            default_max,
            ..Self::default()
        }
    }

    pub fn staff(&self, id: &str) -> Option<&StaffState> {
        self.staff.get(id)
    }
    pub fn all_staff(&self) -> impl Iterator<Item = (&String, &StaffState)> {
        self.staff.iter()
    }
    pub fn request(&self, id: TransferId) -> Option<&Request> {
        self.requests.get(&id)
    }
    pub fn request_for_session(&self, session: &str) -> Option<&Request> {
        self.requests.values().find(|r| r.session == session)
    }
    pub fn owner(&self, session: &str) -> Option<&str> {
        self.owners.get(session).map(String::as_str)
    }
    pub fn online_count(&self) -> u32 {
        u32::try_from(self.staff.values().filter(|s| s.online).count()).unwrap_or(u32::MAX)
    }
    pub fn available_count(&self) -> u32 {
        u32::try_from(
            self.staff
                .values()
                .filter(|s| s.online && s.available)
                .count(),
        )
        .unwrap_or(u32::MAX)
    }
    /// Pending requests, next first.
    pub fn queue(&self) -> impl Iterator<Item = &Request> {
        self.queue.iter().filter_map(|id| self.requests.get(id))
    }
    pub fn position(&self, id: TransferId) -> Option<u32> {
        self.queue
            .iter()
            .position(|q| *q == id)
            .and_then(|p| u32::try_from(p + 1).ok())
    }

    /// Make sure a staff member is known (on connect, or rebuilt at start).
    pub fn ensure_staff(&mut self, id: &str, name: &str, max: Option<u32>, available: bool) {
        let default_max = self.default_max;
        let s = self
            .staff
            .entry(id.to_string())
            .or_insert_with(|| StaffState {
                name: name.to_string(),
                online: false,
                available,
                max: max.unwrap_or(default_max),
                chats: BTreeSet::new(),
            });
        s.name = name.to_string();
        if let Some(m) = max {
            s.max = m;
        }
    }

    pub fn set_max(&mut self, id: &str, max: Option<u32>) -> Offers {
        let default_max = self.default_max;
        if let Some(s) = self.staff.get_mut(id) {
            s.max = max.unwrap_or(default_max);
        }
        self.refresh_offers()
    }

    /// Set presence flags; returns new offers that became possible.
    pub fn set_status(
        &mut self,
        id: &str,
        online: Option<bool>,
        available: Option<bool>,
    ) -> Offers {
        if let Some(s) = self.staff.get_mut(id) {
            if let Some(o) = online {
                s.online = o;
            }
            if let Some(a) = available {
                s.available = a;
            }
        }
        self.refresh_offers()
    }

    /// Take a staff member offline. Returns the sessions they held, now
    /// released (the hub puts them back at the front of the queue).
    pub fn go_offline(&mut self, id: &str) -> Vec<String> {
        let Some(s) = self.staff.get_mut(id) else {
            return Vec::new();
        };
        s.online = false;
        let held: Vec<String> = std::mem::take(&mut s.chats).into_iter().collect();
        for session in &held {
            self.owners.remove(session);
        }
        for r in self.requests.values_mut() {
            r.offered_to.remove(id);
        }
        held
    }

    /// Queue a request (at the back, or at the front for a customer whose
    /// staff member left). Offers go to every eligible staff member.
    pub fn enqueue(&mut self, req: Request, front: bool) -> Offers {
        let id = req.id;
        self.requests.insert(id, req);
        if front {
            self.queue.insert(0, id);
        } else {
            self.queue.push(id);
        }
        self.refresh_offers()
    }

    /// Grant a request to `staff` if it is still pending and they have room.
    /// Returns the request and the staff it had been offered to.
    pub fn accept(&mut self, id: TransferId, staff: &str) -> Result<Request, RouteError> {
        self.check_accept(id, staff, 0)?;
        let req = self.remove_request(id).ok_or(RouteError::AlreadyTaken)?;
        self.assign(&req.session, staff);
        Ok(req)
    }

    /// Record an assignment (accept, or rebuilt from the database).
    pub fn assign(&mut self, session: &str, staff: &str) {
        if let Some(prev) = self.owners.insert(session.to_string(), staff.to_string())
            && let Some(p) = self.staff.get_mut(&prev)
        {
            p.chats.remove(session);
        }
        if let Some(s) = self.staff.get_mut(staff) {
            s.chats.insert(session.to_string());
        }
    }

    /// The checks of [`Routing::accept`], changing nothing: whether `staff`
    /// may take request `id` while `reserved` other accepts of theirs are
    /// still being stored (each will take a slot when it commits).
    pub fn check_accept(
        &self,
        id: TransferId,
        staff: &str,
        reserved: u32,
    ) -> Result<&Request, RouteError> {
        let s = self.staff.get(staff).ok_or(RouteError::NotOnline)?;
        if !s.online {
            return Err(RouteError::NotOnline);
        }
        let req = self.requests.get(&id).ok_or(RouteError::AlreadyTaken)?;
        // Issue 16: a chat handed to a named colleague is theirs to take
        // (or its sender's to take back) until they decline or cannot.
        if let Some(h) = &req.handover
            && req
                .reserved_for(&self.staff)
                .is_some_and(|r| r != staff && h.from != staff)
        {
            return Err(RouteError::Reserved);
        }
        if s.current().saturating_add(reserved) >= s.max {
            return Err(RouteError::AtCapacity);
        }
        Ok(req)
    }

    /// Whether someone eligible has not declined request `id` yet (false
    /// for an unknown request).
    pub fn someone_left(&self, id: TransferId) -> bool {
        let Some(req) = self.requests.get(&id) else {
            return false;
        };
        self.staff
            .iter()
            .any(|(sid, s)| s.eligible() && !req.declined_by.contains(sid))
    }

    pub fn decline(&mut self, id: TransferId, staff: &str) -> Result<DeclineOutcome, RouteError> {
        let req = self.requests.get_mut(&id).ok_or(RouteError::NotFound)?;
        if !req.declined_by.iter().any(|d| d == staff) {
            req.declined_by.push(staff.to_string());
        }
        let declined: HashSet<&String> = req.declined_by.iter().collect();
        let someone_left = self
            .staff
            .iter()
            .any(|(sid, s)| s.eligible() && !declined.contains(sid));
        if someone_left {
            Ok(DeclineOutcome::Continue)
        } else {
            let req = self.remove_request(id).ok_or(RouteError::NotFound)?;
            Ok(DeclineOutcome::AllDeclined(Box::new(req)))
        }
    }

    /// Record a decline decided elsewhere (another node): the request
    /// stays queued whatever this copy thinks of who is left; the deciding
    /// node says when it ends.
    pub fn note_decline(&mut self, id: TransferId, staff: &str) -> bool {
        match self.requests.get_mut(&id) {
            Some(req) => {
                if !req.declined_by.iter().any(|d| d == staff) {
                    req.declined_by.push(staff.to_string());
                }
                true
            }
            None => false,
        }
    }

    /// An offer went unanswered: offer it to every eligible staff member
    /// again (declines forgotten). Returns who gets it, or None if the
    /// request is gone or the timer is stale.
    pub fn reoffer(&mut self, id: TransferId, round: u64) -> Option<Vec<String>> {
        let req = self.requests.get_mut(&id)?;
        if req.round != round {
            return None;
        }
        req.round += 1;
        req.reoffered = true;
        req.declined_by.clear();
        req.offered_to.clear();
        let offers = self.refresh_offers();
        Some(
            offers
                .into_iter()
                .find(|(r, _)| *r == id)
                .map(|(_, to)| to)
                .unwrap_or_default(),
        )
    }

    /// Drop a request (failed, cancelled, or its session closed).
    pub fn remove_request(&mut self, id: TransferId) -> Option<Request> {
        self.queue.retain(|q| *q != id);
        self.last_positions.remove(&id);
        self.requests.remove(&id)
    }

    /// A session ended: free its staff member's slot.
    pub fn release(&mut self, session: &str) -> (Option<String>, Offers) {
        let staff = self.owners.remove(session);
        if let Some(s) = staff.as_ref().and_then(|id| self.staff.get_mut(id)) {
            s.chats.remove(session);
        }
        (staff, self.refresh_offers())
    }

    /// Offer every pending request to every eligible staff member who has
    /// neither had it offered nor declined it. Called after every change,
    /// so an offer is never forgotten when someone becomes free.
    pub fn refresh_offers(&mut self) -> Offers {
        let eligible: Vec<String> = self
            .staff
            .iter()
            .filter(|(_, s)| s.eligible())
            .map(|(id, _)| id.clone())
            .collect();
        let mut out = Vec::new();
        for id in &self.queue {
            let Some(req) = self.requests.get_mut(id) else {
                continue;
            };
            let mut to: Vec<String> = eligible
                .iter()
                .filter(|s| !req.held_back(s, &self.staff))
                .filter(|s| !req.offered_to.contains(*s) && !req.declined_by.contains(s))
                .cloned()
                .collect();
            if to.is_empty() {
                continue;
            }
            // Issue 16: a hand-over whose colleague cannot take it (left,
            // paused, full, declined, timed out) and that now goes to
            // others is in the queue for good: never held back again for
            // someone others were offered it instead of. (With nobody else
            // to offer it to, say after a restart, it waits for them.)
            if req.handover.is_some() && req.reserved_for(&self.staff).is_none() {
                req.preferred = None;
            }
            to.sort();
            req.offered_to.extend(to.iter().cloned());
            out.push((*id, to));
        }
        out
    }

    /// Requests whose queue position changed since last asked, with the new
    /// position (for `queue_update`).
    pub fn changed_positions(&mut self) -> Vec<(TransferId, String, u32)> {
        let mut out = Vec::new();
        for (i, id) in self.queue.iter().enumerate() {
            let pos = u32::try_from(i + 1).unwrap_or(u32::MAX);
            if self.last_positions.get(id) != Some(&pos) {
                self.last_positions.insert(*id, pos);
                if let Some(r) = self.requests.get(id) {
                    out.push((*id, r.session.clone(), pos));
                }
            }
        }
        out
    }

    /// Record that a request's customer was told its current position
    /// (in `transfer_requested`), so no `queue_update` repeats it.
    pub fn mark_told(&mut self, id: TransferId) {
        if let Some(pos) = self.position(id) {
            self.last_positions.insert(id, pos);
        }
    }

    /// Check every invariant; used by tests and debug assertions.
    pub fn check_invariants(&self) -> Result<(), String> {
        for (session, staff) in &self.owners {
            let s = self
                .staff
                .get(staff)
                .ok_or(format!("owner {staff} unknown"))?;
            if !s.chats.contains(session) {
                return Err(format!("{session} owned by {staff} but not in their chats"));
            }
        }
        for (id, s) in &self.staff {
            if s.current() > s.max {
                return Err(format!("{id} over capacity"));
            }
            for c in &s.chats {
                if self.owners.get(c) != Some(id) {
                    return Err(format!("{c} held by {id} but owned by someone else"));
                }
            }
        }
        if self.queue.len() != self.requests.len() {
            return Err("queue and requests disagree".into());
        }
        let unique: HashSet<_> = self.queue.iter().collect();
        if unique.len() != self.queue.len() {
            return Err("request queued twice".into());
        }
        for req in self.requests.values() {
            if self.owners.contains_key(&req.session) {
                return Err(format!("{} both queued and owned", req.session));
            }
            // Issue 16: a chat handed to a named colleague has been offered
            // to nobody else while it is theirs.
            if req.handover.is_some()
                && let Some(r) = req.reserved_for(&self.staff)
                && req.offered_to.iter().any(|o| o != r)
            {
                return Err(format!("hand-over {} offered beyond {r}", req.id));
            }
            for (sid, s) in &self.staff {
                if req.held_back(sid, &self.staff) {
                    continue; // held back for the preferred staff member
                }
                if s.eligible() && !req.declined_by.contains(sid) && !req.offered_to.contains(sid) {
                    return Err(format!(
                        "request {} never offered to eligible {sid}",
                        req.id
                    ));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
