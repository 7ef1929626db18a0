//! Concierge daemon.
