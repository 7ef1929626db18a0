//! End-to-end tests: the real `concierged` (started per test on a free
//! loopback port with a temporary data dir) driven by the real `concierge`.

mod helpers;

mod chat;
mod load;
mod ops;
mod script;
