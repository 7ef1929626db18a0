//! Concierge staff console: a terminal UI for taking over customer chats.
//!
//! Map (state, update and drawing are kept apart):
//! - [`state`]: everything the console knows ([`state::State`]), plain data.
//! - [`update`]: the pure core, `update(&mut State, Action) -> Vec<Command>`,
//!   with navigation keys and overlays; it delegates the reply box to
//!   [`compose`] and server frames to [`server`]. New behaviour goes here,
//!   with a test in `tests/console/behaviour.rs`.
//! - [`view`]: `render(&State, &mut Frame)`, read-only; [`transcript`]
//!   turns messages into wrapped lines; [`sanitize`] makes every string
//!   from the server inert before it is drawn.
//! - [`keys`]: actions and key bindings (remappable from the config file).
//! - [`config`] and [`cli`]: flags, environment and the TOML file, resolved
//!   into one [`config::Config`].
//! - the WebSocket link with reconnect and backoff is `concierge_client::link`.
//! - [`app`]: the terminal guard and the one `select!` loop that drives it
//!   all; [`logging`]: the log file.

pub mod annotations; // issue 16: notes and labels
mod annotations_view;
pub mod app;
pub mod canned; // issue 16
pub mod cli;
pub mod compose;
pub mod config;
pub mod customer_panel; // issue 16
pub mod handover; // issue 16
mod help_view;
pub mod keys;
pub mod logging;
pub mod sanitize;
pub mod search; // issue 16
pub mod search_view; // issue 16
pub mod server;
pub mod state;
pub mod transcript;
pub mod update;
pub mod view;

pub use app::run;
