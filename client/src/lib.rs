//! What Concierge's own clients share: the staff console
//! (`concierge-agent`), the customer CLI (`concierge`) and the tests.
//!
//! - [`address`]: a daemon's address as people type it;
//! - [`dev_login_id`]: the user id a development login gets;
//! - [`Secret`]: a token that never shows in `Debug` output or logs;
//! - [`ws`]: opening a WebSocket and reading and writing protocol frames;
//! - [`link`]: a connection that reconnects by itself, with back-off;
//! - [`outbox`]: messages kept until their `ack`, sent again after a
//!   reconnect with the same `clientMsgId`.

pub mod address;
pub mod link;
pub mod outbox;
pub mod secret;
pub mod ws;

pub use address::{BadServer, ServerAddr};
pub use concierge_shared::token::dev_login_id;
pub use secret::Secret;
