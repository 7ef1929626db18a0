//! Making server-supplied text inert before it reaches the terminal: the
//! shared rules in [`concierge_shared::text`], which the daemon's
//! transcripts and the customer CLI use too.

pub use concierge_shared::text::*;
