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
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn req(id: i64, session: &str) -> Request {
        Request {
            id: TransferId(id),
            session: session.into(),
            customer_id: format!("c-{session}"),
            customer_name: "C".into(),
            reason: None,
            summary: String::new(),
            waiting_since: id,
            declined_by: vec![],
            offered_to: BTreeSet::new(),
            reoffered: false,
            round: 0,
            preferred: None,
            handover: None,
        }
    }

    fn online(r: &mut Routing, id: &str) {
        r.ensure_staff(id, id, None, true);
        r.set_status(id, Some(true), None);
    }

    #[test]
    fn offers_go_to_eligible_staff_and_accept_is_granted_once() {
        let mut r = Routing::new(1);
        online(&mut r, "a");
        online(&mut r, "b");
        let offers = r.enqueue(req(1, "s1"), false);
        assert_eq!(
            offers,
            vec![(TransferId(1), vec!["a".to_string(), "b".to_string()])]
        );
        assert!(r.accept(TransferId(1), "a").is_ok());
        assert_eq!(r.accept(TransferId(1), "b"), Err(RouteError::AlreadyTaken));
        // a is at capacity (max 1): the next request goes to b only.
        let offers = r.enqueue(req(2, "s2"), false);
        assert_eq!(offers, vec![(TransferId(2), vec!["b".to_string()])]);
        r.enqueue(req(3, "s3"), false);
        assert_eq!(r.accept(TransferId(3), "a"), Err(RouteError::AtCapacity));
        r.check_invariants().unwrap();
    }

    #[test]
    fn declined_by_all_eligible_fails_and_freed_capacity_offers_again() {
        let mut r = Routing::new(1);
        online(&mut r, "a");
        online(&mut r, "b");
        r.enqueue(req(1, "s1"), false);
        assert_eq!(r.decline(TransferId(1), "a"), Ok(DeclineOutcome::Continue));
        assert!(matches!(
            r.decline(TransferId(1), "b"),
            Ok(DeclineOutcome::AllDeclined(_))
        ));
        assert!(r.request(TransferId(1)).is_none());
        r.enqueue(req(2, "s2"), false);
        r.accept(TransferId(2), "a").unwrap();
        r.enqueue(req(3, "s3"), false);
        r.accept(TransferId(3), "b").unwrap();
        // both busy: a new request waits, offered to nobody
        assert!(r.enqueue(req(4, "s4"), false).is_empty());
        let (staff, offers) = r.release("s2");
        assert_eq!(staff.as_deref(), Some("a"));
        assert_eq!(offers, vec![(TransferId(4), vec!["a".to_string()])]);
    }

    #[test]
    fn going_offline_releases_held_chats() {
        let mut r = Routing::new(3);
        online(&mut r, "a");
        r.enqueue(req(1, "s1"), false);
        r.accept(TransferId(1), "a").unwrap();
        assert_eq!(r.go_offline("a"), vec!["s1".to_string()]);
        assert_eq!(r.owner("s1"), None);
        assert_eq!(r.online_count(), 0);
        r.check_invariants().unwrap();
    }

    #[test]
    fn reoffer_goes_to_everyone_again_and_ignores_stale_rounds() {
        let mut r = Routing::new(3);
        online(&mut r, "a");
        online(&mut r, "b");
        online(&mut r, "c");
        r.enqueue(req(1, "s1"), false);
        r.decline(TransferId(1), "a").unwrap();
        let to = r.reoffer(TransferId(1), 0).unwrap();
        assert_eq!(to, vec!["a", "b", "c"]);
        assert!(r.request(TransferId(1)).unwrap().reoffered);
        assert_eq!(r.reoffer(TransferId(1), 0), None, "stale timer");
    }

    #[test]
    fn a_preferred_staff_member_is_offered_first_and_alone() {
        let mut r = Routing::new(1);
        online(&mut r, "a");
        online(&mut r, "b");
        let mut q = req(1, "s1");
        q.preferred = Some("b".into());
        assert_eq!(
            r.enqueue(q, false),
            vec![(TransferId(1), vec!["b".to_string()])]
        );
        r.check_invariants().unwrap();
        // b declines: everyone else gets it.
        assert_eq!(r.decline(TransferId(1), "b"), Ok(DeclineOutcome::Continue));
        assert_eq!(
            r.refresh_offers(),
            vec![(TransferId(1), vec!["a".to_string()])]
        );
        // The offer times out: everyone, as for any request.
        let mut q = req(2, "s2");
        q.preferred = Some("b".into());
        r.enqueue(q, false);
        assert_eq!(r.reoffer(TransferId(2), 0).unwrap(), vec!["a", "b"]);
        // Preferred but at capacity: an ordinary request.
        r.accept(TransferId(2), "b").unwrap();
        let mut q = req(3, "s3");
        q.preferred = Some("b".into());
        assert_eq!(
            r.enqueue(q, false),
            vec![(TransferId(3), vec!["a".to_string()])]
        );
        // Preferred and offline: an ordinary request too.
        let mut r = Routing::new(1);
        online(&mut r, "a");
        r.ensure_staff("b", "b", None, true);
        let mut q = req(4, "s4");
        q.preferred = Some("b".into());
        assert_eq!(
            r.enqueue(q, false),
            vec![(TransferId(4), vec!["a".to_string()])]
        );
        // b comes online: offered it too, and accept is still granted once.
        assert_eq!(
            r.set_status("b", Some(true), None),
            vec![(TransferId(4), vec!["b".to_string()])]
        );
        r.accept(TransferId(4), "a").unwrap();
        assert_eq!(r.accept(TransferId(4), "b"), Err(RouteError::AlreadyTaken));
        r.check_invariants().unwrap();
    }

    fn handed(id: i64, session: &str, from: &str, target: Option<&str>) -> Request {
        let mut q = req(id, session);
        q.preferred = target.map(str::to_string);
        q.handover = Some(Box::new(Handover {
            from: from.into(),
            from_name: from.into(),
            target: target.map(str::to_string),
            note: Some("note".into()),
        }));
        q
    }

    #[test]
    fn a_chat_handed_to_a_colleague_is_theirs_then_the_queues_never_nobodys() {
        let mut r = Routing::new(2);
        for s in ["a", "b", "c"] {
            online(&mut r, s);
        }
        r.enqueue(req(1, "s1"), false);
        r.accept(TransferId(1), "a").unwrap();
        // a hands s1 to b: released, offered to b alone.
        r.release("s1");
        assert_eq!(
            r.enqueue(handed(2, "s1", "a", Some("b")), true),
            vec![(TransferId(2), vec!["b".to_string()])]
        );
        r.check_invariants().unwrap();
        // c may not take it while it is b's; a may take it back.
        assert_eq!(
            r.check_accept(TransferId(2), "c", 0).err(),
            Some(RouteError::Reserved)
        );
        assert!(r.check_accept(TransferId(2), "a", 0).is_ok());
        // b declines: the queue, but not its sender while c may take it.
        assert_eq!(r.decline(TransferId(2), "b"), Ok(DeclineOutcome::Continue));
        assert_eq!(
            r.refresh_offers(),
            vec![(TransferId(2), vec!["c".to_string()])]
        );
        r.check_invariants().unwrap();
        // c declines too: back to its sender, as an offer.
        assert_eq!(r.decline(TransferId(2), "c"), Ok(DeclineOutcome::Continue));
        assert_eq!(
            r.refresh_offers(),
            vec![(TransferId(2), vec!["a".to_string()])]
        );
        assert!(matches!(
            r.decline(TransferId(2), "a"),
            Ok(DeclineOutcome::AllDeclined(_))
        ));
        // A colleague who fills up meanwhile loses the reservation for good.
        r.enqueue(req(3, "s3"), false);
        r.accept(TransferId(3), "a").unwrap();
        r.release("s3");
        r.enqueue(handed(4, "s3", "a", Some("b")), true);
        r.enqueue(req(5, "s5"), false);
        r.accept(TransferId(5), "b").unwrap();
        r.enqueue(req(6, "s6"), false);
        r.accept(TransferId(6), "b").unwrap();
        assert_eq!(
            r.refresh_offers(),
            vec![(TransferId(4), vec!["c".to_string()])]
        );
        r.release("s6");
        assert!(r.refresh_offers().is_empty(), "not b's again");
        assert!(r.accept(TransferId(4), "c").is_ok());
        r.check_invariants().unwrap();
    }

    #[derive(Debug, Clone)]
    enum Step {
        Online(u8),
        Offline(u8),
        Available(u8, bool),
        Request(u8),
        Accept(u8, u8),
        Decline(u8, u8),
        Close(u8),
        Timeout(u8),
        /// The owner of a session hands it to a colleague or the queue.
        HandOver(u8, Option<u8>),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (0u8..4).prop_map(Step::Online),
            (0u8..4).prop_map(Step::Offline),
            (0u8..4, any::<bool>()).prop_map(|(s, a)| Step::Available(s, a)),
            (0u8..8).prop_map(Step::Request),
            (0u8..8, 0u8..4).prop_map(|(q, s)| Step::Accept(q, s)),
            (0u8..8, 0u8..4).prop_map(|(q, s)| Step::Decline(q, s)),
            (0u8..8).prop_map(Step::Close),
            (0u8..8).prop_map(Step::Timeout),
            (0u8..8, proptest::option::of(0u8..4)).prop_map(|(q, t)| Step::HandOver(q, t)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        /// Random sequences of connect, disconnect, status change, request,
        /// accept, decline, close and timeout never break the invariants,
        /// and the hub's rule (no staff online ⇒ requests fail) keeps the
        /// queue empty when nobody is online.
        #[test]
        fn routing_invariants_hold(steps in proptest::collection::vec(step(), 1..80)) {
            let mut r = Routing::new(2);
            let mut next_id = 1i64;
            let mut granted: HashMap<TransferId, String> = HashMap::new();
            for st in steps {
                let staff = |n: u8| format!("s{n}");
                match st {
                    Step::Online(n) => { r.ensure_staff(&staff(n), "x", None, true); r.set_status(&staff(n), Some(true), None); }
                    Step::Offline(n) => {
                        for session in r.go_offline(&staff(n)) {
                            if r.online_count() > 0 {
                                r.enqueue(req(next_id, &session), true);
                                next_id += 1;
                            }
                        }
                        if r.online_count() == 0 {
                            let ids: Vec<TransferId> = r.queue().map(|q| q.id).collect();
                            for id in ids { r.remove_request(id); }
                        }
                        r.refresh_offers();
                    }
                    Step::Available(n, a) => { r.set_status(&staff(n), None, Some(a)); }
                    Step::Request(s) => {
                        let session = format!("sess{s}");
                        if r.owner(&session).is_none() && r.request_for_session(&session).is_none() && r.online_count() > 0 {
                            // Some customers have a staff member they talked to.
                            let mut q = req(next_id, &session);
                            q.preferred = (s % 2 == 1).then(|| staff(s % 4));
                            r.enqueue(q, false);
                            next_id += 1;
                        }
                    }
                    Step::Accept(q, n) => {
                        let id = TransferId(i64::from(q) + 1);
                        // Issue 16: while a hand-over is its colleague's,
                        // nobody else but its sender takes it.
                        let reserved_for_other = r.request(id).is_some_and(|q| {
                            q.handover.as_ref().is_some_and(|h| {
                                q.reserved_for(&r.staff)
                                    .is_some_and(|p| p != staff(n) && h.from != staff(n))
                            })
                        });
                        let result = r.accept(id, &staff(n));
                        if reserved_for_other {
                            prop_assert!(result.is_err(), "a hand-over taken by someone else");
                        }
                        if let Ok(won) = result {
                            prop_assert!(granted.insert(won.id, staff(n)).is_none(), "granted twice");
                            // As the hub does after an accept that filled the
                            // staff member: a request held for them goes to
                            // everyone.
                            if r.staff(&staff(n)).is_some_and(|s| !s.eligible()) {
                                r.refresh_offers();
                            }
                        }
                    }
                    Step::Decline(q, n) => { let _ = r.decline(TransferId(i64::from(q) + 1), &staff(n)); r.refresh_offers(); }
                    Step::Close(s) => { let session = format!("sess{s}"); r.release(&session); if let Some(id) = r.request_for_session(&session).map(|q| q.id) { r.remove_request(id); } }
                    Step::Timeout(q) => {
                        let id = TransferId(i64::from(q) + 1);
                        if let Some(round) = r.request(id).map(|q| q.round) { r.reoffer(id, round); }
                    }
                    Step::HandOver(s, target) => {
                        // As the hub checks before a hand-over: the owner
                        // hands to an eligible colleague, or to the queue
                        // when some other eligible staff member is there.
                        let session = format!("sess{s}");
                        if let Some(from) = r.owner(&session).map(str::to_string) {
                            let target = target.map(staff);
                            let ok = match &target {
                                Some(t) => *t != from && r.staff(t).is_some_and(StaffState::eligible),
                                None => r.all_staff().any(|(id, st)| *id != from && st.eligible()),
                            };
                            if ok {
                                r.release(&session);
                                let q = handed(next_id, &session, &from, target.as_deref());
                                let offers = r.enqueue(q, true);
                                if let Some(t) = &target {
                                    for (id, to) in &offers {
                                        if *id == TransferId(next_id) {
                                            prop_assert_eq!(to, &vec![t.clone()]);
                                        }
                                    }
                                }
                                next_id += 1;
                            }
                        }
                    }
                }
                r.check_invariants().map_err(TestCaseError::fail)?;
                let positions: Vec<u32> = r.queue().filter_map(|q| r.position(q.id)).collect();
                let expected: Vec<u32> = (1..=u32::try_from(positions.len()).unwrap()).collect();
                prop_assert_eq!(positions, expected);
                if r.online_count() == 0 { prop_assert_eq!(r.queue().count(), 0); }
            }
        }
    }
}
