//! Several daemons, as separate processes, on one PostgreSQL database and
//! one Redis: what a shop behind a load balancer gets.
//!
//! Each test has its own PostgreSQL schema and its own Redis key prefix, so
//! tests run side by side; the Redis-restart test runs its own
//! `redis-server` on a free port rather than restarting the shared one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod harness;

mod chores;
mod conversation;
mod desk_notes; // issue 16
mod faults;
mod handover; // issue 16
mod load;
mod messages;
mod race;
mod replies;
mod slow_redis;
mod tls;
