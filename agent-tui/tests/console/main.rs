//! The console's tests, one binary with a module per area (the real
//! daemon end-to-end test is `tests/e2e_pty.rs`).

mod behaviour;
mod desk_handover; // issue 16
mod escapes;
mod helpers;
mod messages; // issue 17
mod screens;
