//! End-to-end tests: a real `concierged` on a real socket with a real
//! SQLite file, driven by real WebSocket clients.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod api;
mod assistant;
mod auth;
mod bad_input;
mod concurrency;
mod conversation;
mod crash;
mod desk_customer; // issue 16
mod desk_handover; // issue 16
mod desk_labels; // issue 16
mod desk_notes; // issue 16
mod desk_replies_search; // issue 16
mod disk_full;
mod eval;
mod hardening;
mod mail;
mod mail_tls;
mod migration;
mod offline;
mod staff;
mod stats;
mod webhooks;
mod widget;
