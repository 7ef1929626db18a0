//! Writes and their continuations: every group of ops goes to the store
//! (an [`Effect::Persist`]) with an [`After`]; results come back in submission order. A failed
//! write clears its in-flight marker and answers the client, and changes
//! nothing else.

use std::sync::atomic::Ordering;

use concierge_shared::protocol::{ErrorBody, ErrorCode, ServerEvent};

use super::Out;
use super::core::{After, AiState, Conversations, Done, Effect};
use crate::store::{OpResult, StoreError};

impl Conversations {
    pub(super) fn submit(&self, ops: Vec<crate::store::Op>, after: After) {
        self.submit_stream(ops, after, None);
    }

    /// Store `ops`; `after` runs once they commit (or fail), in order.
    pub(super) fn submit_stream(
        &self,
        ops: Vec<crate::store::Op>,
        after: After,
        stream: Option<String>,
    ) {
        self.emit(Effect::Persist { ops, after, stream });
    }

    pub(super) fn committed(&mut self, (result, after, stream_id): Done) {
        let results = match result {
            Ok(r) => r,
            Err(e) => {
                self.write_failed(e, after);
                return;
            }
        };
        self.note_touched(&results, &after);
        // Every new message in the group reaches its room first, in order
        // (a new session's welcome waits until the session is in memory).
        let generic = !matches!(after, After::Created { .. });
        for r in results.iter().filter(|_| generic) {
            if let OpResult::Message {
                message,
                duplicate: false,
            } = r
            {
                self.deliver_commit(message, stream_id.as_deref());
            }
        }
        self.after(results, after);
    }

    /// A resync's read is in flight: remember the sessions this group
    /// changed, which that read may predate.
    fn note_touched(&mut self, results: &[OpResult], after: &After) {
        let Some(touched) = &mut self.touched else {
            return;
        };
        for r in results {
            match r {
                OpResult::Session(row) => {
                    touched.insert(row.uuid.clone().into());
                }
                OpResult::Message { message, .. } => {
                    touched.insert(message.session_uuid.clone().into());
                }
                _ => {}
            }
        }
        let session = match after {
            After::Sent { session, .. }
            | After::AiStored { session, .. }
            | After::Read { session, .. }
            | After::TransferCreated { session, .. }
            | After::TransferRefused { session, .. }
            | After::Failed { session, .. }
            | After::Abandoned { session, .. }
            | After::Closed { session, .. } => Some(session.clone()),
            After::Accepted { request, .. } => Some(request.session.clone()),
            After::Declined { request, .. } => {
                self.routing.request(*request).map(|r| r.session.clone())
            }
            After::HandedOver(h) => Some(h.session.clone()),
            After::Created { .. } | After::Offline(_) | After::Annotated(_) | After::Nothing => {
                None
            }
        };
        if let (Some(s), Some(touched)) = (session, &mut self.touched) {
            touched.insert(s.into());
        }
    }

    pub(super) fn write_failed(&mut self, e: StoreError, after: After) {
        // Issue 16: notes and labels answer their own errors.
        let after = match after {
            After::Annotated(a) => return self.annotation_failed(e, a),
            other => other,
        };
        // A refusal is final; anything else (a full disk, an unreachable
        // database) is the store's state: the client may send the same
        // frame again later, and nothing of it was stored.
        let body = match &e {
            StoreError::Conflict(what) => ErrorBody::new(ErrorCode::Conflict, what.to_string()),
            StoreError::NotPending => ErrorBody::new(ErrorCode::Conflict, e.to_string()),
            StoreError::AlreadyQueued => {
                // Another node queued this session a moment ago (two nodes
                // re-queueing one staff member's chats at once): it is
                // queued, once. Its news may not be here yet: re-read.
                if self.clustered() {
                    self.resync();
                }
                ErrorBody::new(ErrorCode::Conflict, e.to_string())
            }
            _ => {
                tracing::error!(error = %e, "write failed");
                ErrorBody::unavailable("could not store that; try again")
            }
        };
        let reply = match after {
            After::Accepted {
                reply,
                request,
                staff,
            } => {
                tracing::debug!(request = %request.id, staff, error = %e, "accept refused by the database");
                self.accept_refused(request.id, matches!(e, StoreError::NotPending));
                // In a cluster the database can refuse what this node's copy
                // allowed (another node's staff was first, or the staff
                // member's other console took their last slot): re-read it.
                if self.clustered() {
                    self.resync();
                }
                Some(reply)
            }
            After::Sent { reply, .. }
            | After::Read { reply, .. }
            | After::Declined { reply, .. } => Some(reply),
            After::TransferCreated { reply, session, .. }
            | After::TransferRefused { reply, session, .. } => {
                for r in self.requesting.remove(&session).unwrap_or_default() {
                    self.metrics.frames_rejected.fetch_add(1, Ordering::Relaxed);
                    self.send_frame(
                        r.conn,
                        &Self::frame(ServerEvent::Error(body.clone()), r.r#ref.clone()),
                    );
                }
                reply
            }
            After::Failed { reply, request, .. } => {
                self.withdrawing.remove(&request);
                reply
            }
            After::HandedOver(h) => {
                // Issue 16: nothing changed; the sender still has the chat.
                self.requesting.remove(&h.session);
                Some(h.reply)
            }
            After::Closed {
                reply,
                api,
                session,
                ..
            } => {
                self.closing.remove(&session);
                if let Some(api) = api {
                    let _ = api.send(Err(body.clone()));
                }
                reply
            }
            After::Created { customer } => {
                self.creating.remove(&customer);
                // In a cluster: another node opened this customer's session
                // and its news has not arrived (the database allows one
                // open session per customer). Re-read, and make the client
                // reconnect: it then gets the session restored.
                let conns = self.by_user.get(&customer).cloned().unwrap_or_default();
                if self.clustered() && matches!(e, StoreError::Conflict(_)) {
                    self.resync();
                } else {
                    // Nothing was stored: say why, and close so the client
                    // reconnects and the session is opened then.
                    let frame = Self::frame(ServerEvent::Error(body.clone()), None);
                    for c in &conns {
                        self.send_frame(*c, &frame);
                    }
                }
                for c in conns {
                    self.send_to_conn(c, Out::Close);
                }
                None
            }
            After::AiStored { session, .. } => {
                // A refusal here means another node holds the reply lease
                // (it answers); anything else was logged above.
                tracing::warn!(session = %session, error = %e, "the assistant's reply was not stored");
                if let Some(s) = self.sessions.get_mut(&session) {
                    s.ai = AiState::Idle;
                }
                None
            }
            After::Abandoned { request, .. } => {
                self.withdrawing.remove(&request);
                None
            }
            After::Offline(a) => a.reply(), // issue 17
            After::Annotated(_) => None,    // answered above
            After::Nothing => None,
        };
        if let Some(r) = reply {
            self.metrics.frames_rejected.fetch_add(1, Ordering::Relaxed);
            self.send_frame(
                r.conn,
                &Self::frame(ServerEvent::Error(body), r.r#ref.clone()),
            );
        }
    }
}
