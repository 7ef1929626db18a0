//! Issue 16 inside the hub: private notes and labels. Both the WebSocket
//! (`add_note`, `set_labels`) and the HTTP API (through
//! [`super::Input::Annotate`]) come here, so the rules, the writes and
//! the fan-out are the same whichever way a change arrives.
//!
//! Who may: notes are written by the staff member handling the chat, or
//! by an admin on any session (open or closed); labels by any staff
//! member or admin on any session. Customers may do neither.
//!
//! Fan-out: `note_added` and `labels_updated` go to the sockets of the
//! author and of the staff member handling the chat, and only to sockets
//! whose user is staff: a note can never reach a customer socket, even
//! if a staff id were also someone's customer id.

use concierge_assistant::HandoverReason;
use concierge_shared::annotations::{LabelsUpdated, MAX_NOTE_CHARS, Note};
use concierge_shared::protocol::{ErrorBody, ErrorCode, Role, ServerEvent};
use tokio::sync::oneshot;

use super::core::{After, Conversations, Reply};
use super::now_ms;
use crate::auth::User;
use crate::labels::{self, LabelChange};
use crate::store::annotations::{AnnotationOp, AnnotationResult};
use crate::store::{Op, OpResult, StoreError};

/// A change asked for, by a WebSocket frame or the HTTP API.
#[derive(Debug, Clone)]
pub enum AnnotationRequest {
    AddNote {
        session: String,
        body: String,
    },
    Labels {
        session: String,
        change: LabelChange,
    },
}

impl AnnotationRequest {
    fn session(&self) -> &str {
        match self {
            AnnotationRequest::AddNote { session, .. }
            | AnnotationRequest::Labels { session, .. } => session,
        }
    }
}

/// What the caller gets back: the stored note, or the session's labels
/// after the change.
#[derive(Debug, Clone)]
pub enum Annotated {
    Note(Note),
    Labels(Vec<String>),
}

pub type ApiAnnotationReply = oneshot::Sender<Result<Annotated, ErrorBody>>;

/// Who is waiting for the answer.
pub(super) enum Answer {
    Ws(Reply),
    Api(ApiAnnotationReply),
}

/// What to do once a note or label write has committed.
pub struct AfterAnnotation {
    answer: Answer,
    session: String,
    actor: User,
}

/// The hand-over's automatic label, written with the transfer request.
pub(super) fn handover_label(
    session: &str,
    reason: Option<HandoverReason>,
    now: i64,
) -> Option<Op> {
    reason.map(|r| {
        Op::Annotate(AnnotationOp::HandoverLabel {
            session_uuid: session.to_string(),
            reason: r.as_str(),
            now,
        })
    })
}

impl Conversations {
    pub(super) fn annotate_ws(&mut self, user: &User, reply: Reply, req: AnnotationRequest) {
        self.annotate(user.clone(), Answer::Ws(reply), req);
    }

    pub(super) fn annotate_api(
        &mut self,
        actor: User,
        req: AnnotationRequest,
        reply: ApiAnnotationReply,
    ) {
        self.annotate(actor, Answer::Api(reply), req);
    }

    fn annotate(&mut self, actor: User, answer: Answer, req: AnnotationRequest) {
        let op = match self.check_annotation(&actor, req.clone()) {
            Ok(op) => op,
            Err(body) => return self.answer_err(answer, body),
        };
        let after = After::Annotated(AfterAnnotation {
            answer,
            session: req.session().to_string(),
            actor,
        });
        self.submit(vec![Op::Annotate(op)], after);
    }

    /// The rules: who may, and what is valid. Changes nothing.
    fn check_annotation(
        &self,
        actor: &User,
        req: AnnotationRequest,
    ) -> Result<AnnotationOp, ErrorBody> {
        if !actor.role.is_staff() {
            return Err(ErrorBody::new(
                ErrorCode::Forbidden,
                "only staff can add notes and labels",
            ));
        }
        let now = now_ms();
        match req {
            AnnotationRequest::AddNote { session, body } => {
                let body = body.trim().to_string();
                if body.is_empty() {
                    return Err(ErrorBody::new(
                        ErrorCode::BadRequest,
                        "a note cannot be empty",
                    ));
                }
                if body.chars().count() > MAX_NOTE_CHARS {
                    return Err(ErrorBody::new(
                        ErrorCode::TooLarge,
                        format!("a note is at most {MAX_NOTE_CHARS} characters"),
                    ));
                }
                let handles = self
                    .sessions
                    .get(&session)
                    .is_some_and(|s| s.staff_id.as_deref() == Some(actor.id.as_str()));
                if !handles && actor.role != Role::Admin {
                    return Err(ErrorBody::new(
                        ErrorCode::Forbidden,
                        "only the staff member handling this chat (or an admin) can add notes",
                    ));
                }
                Ok(AnnotationOp::AddNote {
                    session_uuid: session,
                    author_id: actor.id.clone(),
                    author_name: actor.name.clone(),
                    body,
                    now,
                })
            }
            AnnotationRequest::Labels { session, change } => {
                labels::to_op(session, change, &actor.id, now)
                    .map_err(|e| ErrorBody::new(ErrorCode::BadRequest, e.to_string()))
            }
        }
    }

    fn answer_err(&self, answer: Answer, body: ErrorBody) {
        match answer {
            Answer::Ws(reply) => self.error(&reply, body.code, body.message),
            Answer::Api(tx) => {
                let _ = tx.send(Err(body));
            }
        }
    }

    pub(super) fn annotated(&mut self, results: Vec<OpResult>, a: AfterAnnotation) {
        let result = results.into_iter().find_map(|r| match r {
            OpResult::Annotation(a) => Some(a),
            _ => None,
        });
        let (event, answer) = match result {
            Some(AnnotationResult::Note(note)) => {
                (ServerEvent::NoteAdded(note.clone()), Annotated::Note(note))
            }
            Some(AnnotationResult::Labels(labels)) => (
                ServerEvent::LabelsUpdated(LabelsUpdated {
                    session_uuid: a.session.clone(),
                    labels: labels.clone(),
                    updated_by: a.actor.id.clone(),
                }),
                Annotated::Labels(labels),
            ),
            Some(AnnotationResult::Done) | None => {
                tracing::error!(session = a.session, "an annotation write returned nothing");
                return;
            }
        };
        match a.answer {
            Answer::Ws(reply) => match &answer {
                Annotated::Note(n) => self.ack_typed(&reply, n),
                Annotated::Labels(l) => self.ack(&reply, serde_json::json!({ "labels": l })),
            },
            Answer::Api(tx) => {
                let _ = tx.send(Ok(answer));
            }
        }
        self.publish(|| crate::cluster::ClusterEvent::Annotated {
            session: a.session.clone(),
            actor: a.actor.id.clone(),
            event: Box::new(event.clone()),
        });
        self.annotation_fan_out(&a.session, &a.actor.id, event);
    }

    /// `note_added` / `labels_updated` to this node's staff sockets of the
    /// actor and of the staff member handling the chat (also for news
    /// from another node).
    pub(super) fn annotation_fan_out(&self, session: &str, actor: &str, event: ServerEvent) {
        let frame = Self::frame(event, None);
        let mut to = vec![actor.to_string()];
        if let Some(staff) = self.sessions.get(session).and_then(|s| s.staff_id.clone())
            && !to.contains(&staff)
        {
            to.push(staff);
        }
        for user in to {
            let conns = self.by_user.get(&user).cloned().unwrap_or_default();
            for c in conns {
                // Staff sockets only, whatever the id: see the module doc.
                if self.conns.get(&c).is_some_and(|x| x.user.role.is_staff()) {
                    self.send_frame(c, &frame);
                }
            }
        }
    }

    /// A note or label write failed: not found is the caller's mistake,
    /// anything else the store's.
    pub(super) fn annotation_failed(&self, e: StoreError, a: AfterAnnotation) {
        let body = match e {
            StoreError::NotFound => ErrorBody::new(ErrorCode::NotFound, "no such session"),
            StoreError::Conflict(what) => ErrorBody::new(ErrorCode::Conflict, what),
            e => {
                tracing::error!(error = %e, "annotation write failed");
                ErrorBody::unavailable("could not store that; try again")
            }
        };
        self.answer_err(a.answer, body);
    }
}
