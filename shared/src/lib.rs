//! Concierge wire protocol.
