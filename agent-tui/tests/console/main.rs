//! The console's tests, one binary with a module per area (the real
//! daemon end-to-end test is `tests/e2e_pty.rs`).

mod annotations; // issue 16
mod behaviour;
mod desk_handover; // issue 16
mod escapes;
mod helpers;
mod messages; // issue 17
mod replies_search; // issue 16
mod screens;
