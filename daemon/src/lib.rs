//! The Concierge daemon.
//!
//! Map:
//! - [`cli`]: the `concierged` subcommands (`serve`, `token`, `eval`,
//!   `init`, `backup`, `healthcheck`, and hidden `man`/`completions`) and
//!   how settings are layered; `main.rs` only calls [`cli::run`].
//! - [`config`]: settings (defaults < file < environment < flags).
//! - [`server`]: wiring and the HTTP routes; [`server::serve`] is the seam
//!   tests use.
//! - [`accept`]: the accept loop (bounded request heads, deadlines, 503
//!   when full) and [`admission`]: the caps on connections per address and
//!   per user, in tables of fixed size.
//! - [`ws`]: one task per WebSocket connection (auth, decode, rate limit,
//!   keep-alive, ordered writes).
//! - [`hub`]: the single owner of open conversations and routing; every
//!   write goes through it, acks and fan-out happen after commit.
//! - [`routing`]: the pure queue/presence/capacity state machine.
//! - [`store`]: SQLite or PostgreSQL with group commit (one writer thread)
//!   and readers; `migrate`/`export`/`import` move data between them.
//! - [`auth`]: JWT verification and the generated secret.
//! - [`metrics`]: counters, and their Prometheus text for `/metrics`.
//! - [`api`]: the HTTP API under `/api/v1` (sessions, staff, stats,
//!   customers, OpenAPI document).
//! - [`webhook`]: delivery of the events the outbox triggers record.
//! - [`widget`]: the web chat widget (`/widget.js`, its chat page, `/demo`),
//!   guest tokens and the browser `Origin` check.
//! - [`cluster`]: several daemons on one PostgreSQL: news of commits and
//!   presence through Redis.
//!
//! The assistant lives in its own crate, `concierge-assistant`.

// Nothing a client or the network controls may panic the daemon.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod accept;
pub mod admission;
pub mod api;
pub mod auth;
pub mod cli;
pub mod cluster;
pub mod config;
pub mod customer_panel; // issue 16
pub mod hours;
pub mod hub;
pub mod ids;
pub mod labels; // issue 16
pub mod mail;
pub mod metrics;
pub mod offline;
pub mod routing;
pub mod server;
pub mod settings;
pub mod store;
pub mod webhook;
pub mod widget;
pub mod ws;
