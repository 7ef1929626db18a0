//! Pieces every Concierge program shares.
//!
//! - [`protocol`]: the wire protocol, one Rust definition of every event
//!   (the contract is `docs/protocol.md`; `tests/wire.rs` pins the JSON).
//! - [`token`]: JWT claims and minting, and where the daemon keeps its
//!   generated secret (for `concierged token` and the clients' `--dev-login`).
//! - [`text`]: making text from people inert (control characters, bidi
//!   overrides) before a person reads it in a terminal or transcript.
//!
//! No async runtime, database or HTTP client here: the crate is types and
//! small pure functions, so every client can depend on it cheaply. What only our
//! own clients share (addresses, connecting, the outbox) is in the
//! `concierge-client` crate.

pub mod annotations; // issue 16: notes and labels
pub mod canned; // issue 16: shared replies
pub mod customer_panel;
pub mod handover;
pub mod offline; // issue 17: leave a message, transcripts, hours
pub mod protocol;
pub mod search; // issue 16: full-text search
pub mod text;
pub mod token;

pub use protocol::*;
