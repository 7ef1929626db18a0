//! Who may hold a socket, and how many: the limits that protect the daemon
//! from clients that have not (yet) proved who they are.
//!
//! Everything an unauthenticated client can make the daemon remember has a
//! fixed size here. Counts and budgets per client address live in
//! fixed-size tables indexed by a keyed hash of the address, so a million
//! distinct addresses (or bearers) cost exactly what ten do. Two addresses
//! that land in the same slot share a budget; with thousands of slots and a
//! per-process random key that is rare and cannot be aimed at.
//!
//! - [`Admission`]: connections that are open but not yet an authenticated
//!   WebSocket ("pending"), overall and per address, and every socket
//!   overall. A connection over a cap is answered `503` and closed.
//! - [`BudgetTable`]: token buckets keyed by a hashed key (an address or a
//!   verified subject), for request rates.
//! - [`Sockets`]: the authenticated sockets of each user (a cap per user,
//!   and one frame budget shared by all of a user's sockets).

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};
use std::net::IpAddr;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Slots in the per-address tables. A power of two.
const SLOTS: usize = 4096;

/// The key an address is counted under. An IPv6 client usually holds a
/// whole /64, so it counts as one address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientAddr(u128);

impl From<IpAddr> for ClientAddr {
    fn from(ip: IpAddr) -> Self {
        match ip {
            IpAddr::V4(v4) => ClientAddr(u128::from(u32::from(v4))),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => ClientAddr(u128::from(u32::from(v4))),
                None => ClientAddr((u128::from(v6) >> 64) << 64 | 1 << 32),
            },
        }
    }
}

/// Why a new connection is turned away.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("too many connections")]
    Full,
    #[error("too many unauthenticated connections")]
    TooManyPending,
    #[error("too many unauthenticated connections from this address")]
    TooManyFromAddress,
}

/// The caps, from the settings.
#[derive(Debug, Clone, Copy)]
pub struct AdmissionLimits {
    pub max_connections: usize,
    pub max_pending: usize,
    pub max_pending_per_address: u32,
}

/// Counts of open connections. Shared by the accept loop and the WebSocket
/// handler.
pub struct Admission {
    limits: AdmissionLimits,
    pending: AtomicUsize,
    sockets: AtomicUsize,
    per_address: Box<[AtomicU32]>,
    hasher: std::collections::hash_map::RandomState,
}

impl Admission {
    pub fn new(limits: AdmissionLimits) -> Arc<Self> {
        Arc::new(Self {
            limits,
            pending: AtomicUsize::new(0),
            sockets: AtomicUsize::new(0),
            per_address: (0..SLOTS).map(|_| AtomicU32::new(0)).collect(),
            hasher: std::collections::hash_map::RandomState::new(),
        })
    }

    fn slot(&self, addr: ClientAddr) -> usize {
        (self.hasher.hash_one(addr) as usize) & (SLOTS - 1)
    }

    /// Admit a freshly accepted connection as pending, or say why not.
    pub fn admit(self: &Arc<Self>, addr: ClientAddr) -> Result<Pending, Refusal> {
        let open = self.pending.load(Ordering::Relaxed) + self.sockets.load(Ordering::Relaxed);
        if open >= self.limits.max_connections {
            return Err(Refusal::Full);
        }
        if self.pending.fetch_add(1, Ordering::AcqRel) >= self.limits.max_pending {
            self.pending.fetch_sub(1, Ordering::AcqRel);
            return Err(Refusal::TooManyPending);
        }
        let slot = self.slot(addr);
        if self.per_address[slot].fetch_add(1, Ordering::AcqRel)
            >= self.limits.max_pending_per_address
        {
            self.per_address[slot].fetch_sub(1, Ordering::AcqRel);
            self.pending.fetch_sub(1, Ordering::AcqRel);
            return Err(Refusal::TooManyFromAddress);
        }
        Ok(Pending {
            admission: self.clone(),
            slot,
        })
    }

    /// A WebSocket that authenticated: it counts against the total until
    /// the returned permit drops.
    pub fn open_socket(self: &Arc<Self>) -> Result<SocketPermit, Refusal> {
        // The pending connection that carried the upgrade is still counted
        // at this point, so one slot is its own.
        let open = self.pending.load(Ordering::Relaxed) + self.sockets.load(Ordering::Relaxed);
        if open > self.limits.max_connections {
            return Err(Refusal::Full);
        }
        self.sockets.fetch_add(1, Ordering::AcqRel);
        Ok(SocketPermit {
            admission: self.clone(),
        })
    }

    pub fn pending(&self) -> usize {
        self.pending.load(Ordering::Relaxed)
    }

    pub fn sockets(&self) -> usize {
        self.sockets.load(Ordering::Relaxed)
    }
}

/// A connection that has not become an authenticated WebSocket (an HTTP
/// request, or an upgrade still being read). Dropping it frees its place.
pub struct Pending {
    admission: Arc<Admission>,
    slot: usize,
}

impl Drop for Pending {
    fn drop(&mut self) {
        self.admission.per_address[self.slot].fetch_sub(1, Ordering::AcqRel);
        self.admission.pending.fetch_sub(1, Ordering::AcqRel);
    }
}

/// An open, authenticated WebSocket.
pub struct SocketPermit {
    admission: Arc<Admission>,
}

impl Drop for SocketPermit {
    fn drop(&mut self) {
        self.admission.sockets.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A token bucket: `rate` per second, at most `burst` saved up.
#[derive(Debug, Clone, Copy)]
pub struct Bucket {
    tokens: f64,
    at: Instant,
}

#[derive(Debug, Clone, Copy)]
pub struct Rate {
    pub per_sec: f64,
    pub burst: f64,
}

impl Rate {
    pub fn new(per_sec: f64, burst: u32) -> Self {
        Self {
            per_sec: per_sec.max(0.001),
            burst: f64::from(burst.max(1)),
        }
    }

    pub fn full(&self) -> Bucket {
        Bucket {
            tokens: self.burst,
            at: Instant::now(),
        }
    }

    /// Take one token, or say how many milliseconds until one is there.
    pub fn take(&self, b: &mut Bucket) -> Result<(), u64> {
        let now = Instant::now();
        let elapsed = now.saturating_duration_since(b.at).as_secs_f64();
        b.at = now;
        b.tokens = (b.tokens + elapsed * self.per_sec).min(self.burst);
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err((((1.0 - b.tokens) / self.per_sec) * 1000.0).ceil() as u64)
        }
    }
}

/// Request budgets in a fixed number of slots, keyed by a hash: its size
/// never depends on how many distinct keys a client invents.
pub struct BudgetTable {
    rate: Rate,
    slots: Box<[Mutex<Bucket>]>,
    hasher: std::collections::hash_map::RandomState,
}

impl BudgetTable {
    pub fn new(rate: Rate) -> Self {
        Self {
            rate,
            slots: (0..SLOTS).map(|_| Mutex::new(rate.full())).collect(),
            hasher: std::collections::hash_map::RandomState::new(),
        }
    }

    /// Take one request from `key`'s budget; `Err(ms to wait)` if empty.
    pub fn take(&self, key: impl Hash) -> Result<(), u64> {
        let i = (self.hasher.hash_one(key) as usize) & (SLOTS - 1);
        match self.slots[i].lock() {
            Ok(mut b) => self.rate.take(&mut b),
            // A panic elsewhere poisoned the slot: let the request through
            // rather than refuse everyone in it forever.
            Err(_) => Ok(()),
        }
    }
}

/// Why an authenticated user may not open another socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SocketRefusal {
    #[error("too many connections for this user (at most {0})")]
    TooManyForUser(u32),
    #[error("the server has no room for another connection")]
    Full,
}

struct UserSockets {
    open: u32,
    budget: Arc<Mutex<Bucket>>,
}

/// The open sockets of each authenticated user: a cap per user and one
/// frame budget shared by all of that user's sockets (ten sockets must not
/// mean ten times the rate). Only verified users get an entry, and it goes
/// away with their last socket.
pub struct Sockets {
    admission: Arc<Admission>,
    max_per_user: u32,
    rate: Rate,
    users: Mutex<HashMap<String, UserSockets>>,
}

impl Sockets {
    pub fn new(admission: Arc<Admission>, max_per_user: u32, rate: Rate) -> Arc<Self> {
        Arc::new(Self {
            admission,
            max_per_user: max_per_user.max(1),
            rate,
            users: Mutex::new(HashMap::new()),
        })
    }

    pub fn admission(&self) -> &Arc<Admission> {
        &self.admission
    }

    /// Open a socket for `user`, or say why not.
    pub fn open(self: &Arc<Self>, user: &str) -> Result<UserSocket, SocketRefusal> {
        let mut users = self.users.lock().map_err(|_| SocketRefusal::Full)?;
        let entry = users
            .entry(user.to_string())
            .or_insert_with(|| UserSockets {
                open: 0,
                budget: Arc::new(Mutex::new(self.rate.full())),
            });
        if entry.open >= self.max_per_user {
            return Err(SocketRefusal::TooManyForUser(self.max_per_user));
        }
        let permit = self
            .admission
            .open_socket()
            .map_err(|_| SocketRefusal::Full)?;
        entry.open += 1;
        Ok(UserSocket {
            sockets: self.clone(),
            user: user.to_string(),
            budget: entry.budget.clone(),
            _permit: permit,
        })
    }

    fn close(&self, user: &str) {
        if let Ok(mut users) = self.users.lock()
            && let Some(e) = users.get_mut(user)
        {
            e.open = e.open.saturating_sub(1);
            if e.open == 0 {
                users.remove(user);
            }
        }
    }

    /// Users with at least one open socket.
    pub fn users(&self) -> usize {
        self.users.lock().map(|u| u.len()).unwrap_or(0)
    }
}

/// One authenticated socket of a user.
pub struct UserSocket {
    sockets: Arc<Sockets>,
    user: String,
    budget: Arc<Mutex<Bucket>>,
    _permit: SocketPermit,
}

impl UserSocket {
    /// Take one frame from the user's shared budget.
    pub fn take(&self) -> Result<(), u64> {
        match self.budget.lock() {
            Ok(mut b) => self.sockets.rate.take(&mut b),
            Err(_) => Ok(()),
        }
    }
}

impl Drop for UserSocket {
    fn drop(&mut self) {
        self.sockets.close(&self.user);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> AdmissionLimits {
        AdmissionLimits {
            max_connections: 5,
            max_pending: 3,
            max_pending_per_address: 2,
        }
    }

    fn ip(s: &str) -> ClientAddr {
        ClientAddr::from(s.parse::<IpAddr>().unwrap())
    }

    #[test]
    fn pending_connections_are_capped_overall_and_per_address() {
        let a = Admission::new(limits());
        let p1 = a.admit(ip("10.0.0.1")).unwrap();
        let _p2 = a.admit(ip("10.0.0.1")).unwrap();
        assert_eq!(
            a.admit(ip("10.0.0.1")).err(),
            Some(Refusal::TooManyFromAddress)
        );
        let _p3 = a.admit(ip("10.0.0.2")).unwrap();
        assert_eq!(a.admit(ip("10.0.0.3")).err(), Some(Refusal::TooManyPending));
        drop(p1);
        assert_eq!(a.pending(), 2);
        let _p4 = a.admit(ip("10.0.0.1")).unwrap();
    }

    #[test]
    fn sockets_count_against_the_total() {
        let a = Admission::new(limits());
        let socks = Sockets::new(a.clone(), 10, Rate::new(10.0, 10));
        let held: Vec<_> = (0..5)
            .map(|i| socks.open(&format!("u{i}")).unwrap())
            .collect();
        assert_eq!(a.admit(ip("10.0.0.9")).err(), Some(Refusal::Full));
        drop(held);
        assert_eq!(a.sockets(), 0);
        assert_eq!(socks.users(), 0, "entries go with the last socket");
        assert!(a.admit(ip("10.0.0.9")).is_ok());
    }

    #[test]
    fn one_user_has_a_socket_cap_and_one_shared_budget() {
        let a = Admission::new(AdmissionLimits {
            max_connections: 100,
            ..limits()
        });
        let socks = Sockets::new(a, 2, Rate::new(0.001, 3));
        let s1 = socks.open("u").unwrap();
        let s2 = socks.open("u").unwrap();
        assert_eq!(
            socks.open("u").err(),
            Some(SocketRefusal::TooManyForUser(2))
        );
        assert!(s1.take().is_ok());
        assert!(s2.take().is_ok());
        assert!(s1.take().is_ok());
        assert!(
            s2.take().is_err(),
            "the budget is the user's, not the socket's"
        );
        assert!(socks.open("v").is_ok(), "other users are not affected");
    }

    #[test]
    fn an_ipv6_client_counts_by_its_slash_64() {
        assert_eq!(ip("2001:db8::1"), ip("2001:db8::ffff:1"));
        assert_ne!(ip("2001:db8::1"), ip("2001:db8:0:1::1"));
        assert_eq!(ip("::ffff:10.0.0.1"), ip("10.0.0.1"));
        assert_ne!(ip("0.0.0.1"), ip("::1"));
    }

    #[test]
    fn the_budget_table_never_grows_with_distinct_keys() {
        let t = BudgetTable::new(Rate::new(0.001, 1));
        for i in 0..100_000u32 {
            let _ = t.take(i);
        }
        assert_eq!(t.slots.len(), SLOTS);
        let t = BudgetTable::new(Rate::new(0.001, 2));
        assert!(t.take("k").is_ok());
        assert!(t.take("k").is_ok());
        assert!(t.take("k").is_err());
    }
}
