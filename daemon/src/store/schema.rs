//! The schema, as versioned migrations (SQLite `user_version`).
//!
//! Times are INTEGER milliseconds since the Unix epoch (UTC): compact,
//! sortable and exact; the wire turns them into RFC 3339.

use rusqlite_migration::{M, Migrations};

const V1: &str = r#"
CREATE TABLE users (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('customer','staff','admin')),
    email       TEXT,
    first_seen  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL
);

CREATE TABLE chat_sessions (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    user_id       TEXT NOT NULL,
    user_name     TEXT NOT NULL,
    staff_id      TEXT,
    session_type  TEXT NOT NULL CHECK (session_type IN ('ai','human')),
    status        TEXT NOT NULL CHECK (status IN ('active','waiting','closed')),
    last_seq      INTEGER NOT NULL DEFAULT 0,
    ai_failures   INTEGER NOT NULL DEFAULT 0,
    summary       TEXT,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    last_activity INTEGER NOT NULL,
    closed_at     INTEGER,
    closed_by     TEXT
);
-- A customer's open session is looked up on every connect.
CREATE INDEX chat_sessions_user_open ON chat_sessions (user_id, status);
CREATE INDEX chat_sessions_status ON chat_sessions (status);
CREATE INDEX chat_sessions_staff ON chat_sessions (staff_id);
CREATE INDEX chat_sessions_created ON chat_sessions (created_at);

CREATE TABLE chat_messages (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES chat_sessions (id),
    seq            INTEGER NOT NULL,
    sender_id      TEXT,
    sender_name    TEXT,
    sender_role    TEXT NOT NULL CHECK (sender_role IN ('customer','staff','ai','system')),
    message_type   TEXT NOT NULL CHECK (message_type IN ('text','system','transfer_request')),
    content        TEXT NOT NULL,
    ai_generated   INTEGER NOT NULL DEFAULT 0,
    client_msg_id  TEXT,
    created_at     INTEGER NOT NULL,
    read_at        INTEGER,
    UNIQUE (session_id, seq)
);
-- Idempotency: one message per (session, clientMsgId).
CREATE UNIQUE INDEX chat_messages_client_id
    ON chat_messages (session_id, client_msg_id) WHERE client_msg_id IS NOT NULL;

CREATE TABLE staff_availability (
    staff_id              TEXT PRIMARY KEY,
    name                  TEXT NOT NULL,
    is_online             INTEGER NOT NULL DEFAULT 0,
    is_available          INTEGER NOT NULL DEFAULT 1,
    max_concurrent_chats  INTEGER,
    last_heartbeat        INTEGER,
    updated_at            INTEGER NOT NULL
);

CREATE TABLE chat_transfer_requests (
    id            INTEGER PRIMARY KEY,
    session_id    INTEGER NOT NULL REFERENCES chat_sessions (id),
    customer_id   TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    reason        TEXT,
    summary       TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('pending','accepted','failed','cancelled')),
    priority      INTEGER NOT NULL DEFAULT 0,
    staff_id      TEXT,
    created_at    INTEGER NOT NULL,
    resolved_at   INTEGER,
    outcome       TEXT
);
CREATE INDEX chat_transfer_requests_status ON chat_transfer_requests (status);
CREATE INDEX chat_transfer_requests_session ON chat_transfer_requests (session_id);

CREATE TABLE transfer_declines (
    request_id  INTEGER NOT NULL REFERENCES chat_transfer_requests (id),
    staff_id    TEXT NOT NULL,
    reason      TEXT,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (request_id, staff_id)
);

CREATE TABLE session_ratings (
    session_id  INTEGER PRIMARY KEY REFERENCES chat_sessions (id),
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment     TEXT,
    created_at  INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    actor_id    TEXT NOT NULL,
    actor_role  TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT,
    details     TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX audit_log_created ON audit_log (created_at);
"#;

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1)])
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::migrations().validate().is_ok());
    }
}
