//! The end-to-end tests of `e2e/`, again, with every daemon on PostgreSQL
//! (`DATABASE_URL`, a scratch schema per data dir): the harness picks the
//! engine from this binary's name. Needs a PostgreSQL server, by default
//! `postgres://root@127.0.0.1:5432/test` (`CONCIERGE_TEST_DATABASE_URL`).
//!
//! `eval` is left out: it scores the assistant and stores nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../e2e/api.rs"]
mod api;
#[path = "../e2e/assistant.rs"]
mod assistant;
#[path = "../e2e/auth.rs"]
mod auth;
#[path = "../e2e/bad_input.rs"]
mod bad_input;
#[path = "../e2e/concurrency.rs"]
mod concurrency;
#[path = "../e2e/conversation.rs"]
mod conversation;
#[path = "../e2e/crash.rs"]
mod crash;
#[path = "../e2e/desk_customer.rs"]
mod desk_customer; // issue 16
#[path = "../e2e/desk_handover.rs"]
mod desk_handover; // issue 16
#[path = "../e2e/desk_labels.rs"]
mod desk_labels; // issue 16
#[path = "../e2e/desk_notes.rs"]
mod desk_notes; // issue 16
#[path = "../e2e/desk_replies_search.rs"]
mod desk_replies_search; // issue 16
#[path = "../e2e/mail.rs"]
mod mail;
#[path = "../e2e/offline.rs"]
mod offline;
#[path = "../e2e/staff.rs"]
mod staff;
#[path = "../e2e/stats.rs"]
mod stats;
#[path = "../e2e/webhooks.rs"]
mod webhooks;
#[path = "../e2e/widget.rs"]
mod widget;
