//! What server frames do to the state: pushed events, and the replies
//! (`ack` / `error`) to frames we sent, matched by `ref`.
//!
//! Nothing the server sends can make this panic: frames that do not
//! decode, events we do not know, replies to refs we never sent and
//! messages for sessions we do not hold are logged and dropped.

use concierge_shared::{
    ClientEvent, ErrorBody, ErrorCode, GetHistory, HistoryPage, Message, Ref, SendMessageAck,
    SenderRole, ServerEvent, Session, SessionStatus, StaffChatJoined, StaffData,
    decode_server_frame,
};
use serde_json::Value;

use crate::state::{Chat, HISTORY_PAGE, HistoryPurpose, Me, Pending, State};
use crate::update::{Command, send};

pub fn on_text(state: &mut State, text: &str, out: &mut Vec<Command>) {
    let frame = match decode_server_frame(text) {
        Ok(Some(frame)) => frame,
        Ok(None) => {
            tracing::debug!(
                len = text.len(),
                "ignoring an event this version does not know"
            );
            return;
        }
        Err(e) => {
            tracing::warn!(error = %e, len = text.len(), "ignoring an undecodable server frame");
            return;
        }
    };
    let pending = match &frame.r#ref {
        Some(Ref::Num(n)) => state.pending.remove(n),
        _ => None,
    };
    match (pending, frame.event) {
        (Some(p), ServerEvent::Ack(data)) => on_ack(state, p, data, out),
        (Some(p), ServerEvent::Error(err)) => on_error(state, p, err),
        (None, ServerEvent::Ack(_)) => tracing::debug!("ack for a ref we do not track"),
        (None, ServerEvent::Error(err)) => {
            tracing::warn!(code = err.code.as_str(), message = %err.message, "server error");
            state.set_flash(format!("server: {}", err.message));
        }
        (_, event) => on_event(state, event, out),
    }
}

fn my_id(state: &State) -> Option<&str> {
    state.me.as_ref().map(|m| m.user_id.as_str())
}

fn on_event(state: &mut State, event: ServerEvent, out: &mut Vec<Command>) {
    match event {
        ServerEvent::Connected(c) => {
            state.me = Some(Me {
                user_id: c.user_id,
                user_name: c.user_name,
            });
        }
        ServerEvent::StaffData(d) => on_staff_data(state, d, out),
        ServerEvent::StaffOnline(s) => {
            if Some(s.staff_id.as_str()) != my_id(state) {
                state.online_staff = state.online_staff.saturating_add(1);
            }
        }
        ServerEvent::StaffOffline(s) => {
            if Some(s.staff_id.as_str()) != my_id(state) {
                // I am online, so the count never drops below one.
                state.online_staff = state.online_staff.saturating_sub(1).max(1);
            }
        }
        ServerEvent::StaffStatusUpdated(s) => {
            if Some(s.staff_id.as_str()) == my_id(state)
                && let Some(w) = &mut state.workload
            {
                w.is_available = s.is_available;
            }
        }
        ServerEvent::NewMessage(m) => on_message(state, m, out),
        ServerEvent::AiMessage(a) => on_message(state, a.message, out),
        ServerEvent::UserTyping(t) => {
            let me = my_id(state).map(str::to_string);
            let now = state.now;
            if Some(&t.user_id) != me.as_ref()
                && let Some(chat) = state.chat_mut(&t.session_uuid)
            {
                chat.typing = Some((t.user_name, now));
            }
        }
        ServerEvent::UserStopTyping(t) => {
            if let Some(chat) = state.chat_mut(&t.session_uuid) {
                chat.typing = None;
            }
        }
        ServerEvent::MessageRead(r) => {
            let me = my_id(state).map(str::to_string);
            if Some(&r.read_by) != me.as_ref()
                && let Some(chat) = state.chat_mut(&r.session_uuid)
            {
                chat.read_upto = chat.read_upto.max(Some(r.message_id));
            }
        }
        ServerEvent::NewTransferRequest(offer) => {
            let id = offer.transfer_request_id;
            let known = state.queue.iter().any(|o| o.transfer_request_id == id);
            state.queue.retain(|o| o.transfer_request_id != id);
            state.queue.push(offer);
            state.sort_queue();
            if !known && state.settings.bell {
                out.push(Command::Bell);
            }
        }
        ServerEvent::TransferTaken(t) => {
            remove_offer(state, t.transfer_request_id);
            let by_me = Some(t.staff_id.as_str()) == my_id(state);
            if !by_me
                && state
                    .preview
                    .as_ref()
                    .is_some_and(|p| p.transfer_request_id == t.transfer_request_id)
            {
                state.preview = None;
                state.set_flash("that customer was taken by a colleague");
            }
        }
        ServerEvent::TransferCancelled(t) => {
            remove_offer(state, t.transfer_request_id);
            if state
                .preview
                .as_ref()
                .is_some_and(|p| p.transfer_request_id == t.transfer_request_id)
            {
                state.preview = None;
                state.set_flash("that request was withdrawn");
            }
        }
        ServerEvent::QueueUpdate(q) => {
            if let Some(o) = state
                .queue
                .iter_mut()
                .find(|o| o.transfer_request_id == q.transfer_request_id)
            {
                o.queue_position = Some(q.queue_position);
            }
        }
        ServerEvent::StaffChatJoined(j) => on_joined(state, j),
        ServerEvent::WorkloadUpdated(w) => state.workload = Some(w),
        ServerEvent::SessionClosed(c) => {
            let me = my_id(state).map(str::to_string);
            let Some(chat) = state.chat_mut(&c.session_uuid) else {
                return;
            };
            let by = if Some(&c.closed_by) == me.as_ref() {
                "you".to_string()
            } else if Some(&c.closed_by) == chat.customer_id.as_ref() {
                "the customer".to_string()
            } else {
                c.closed_by.clone()
            };
            let name = chat.customer_name.clone();
            chat.closed = Some(by.clone());
            chat.typing = None;
            if state
                .typing_sent
                .as_ref()
                .is_some_and(|(s, _)| *s == c.session_uuid)
            {
                state.typing_sent = None;
            }
            if state
                .selected_chat()
                .is_some_and(|ch| ch.session_uuid == c.session_uuid)
            {
                state.composing = false;
            }
            state.set_flash(format!("chat with {name} closed by {by}"));
        }
        // Meant for customers, or informative only: the joined/taken
        // events already tell staff what they need.
        ServerEvent::TransferAccepted(_)
        | ServerEvent::AiMessageDelta(_)
        | ServerEvent::ChatSessionRestored(_)
        | ServerEvent::SessionStarted(_)
        | ServerEvent::TransferRequested(_)
        | ServerEvent::TransferFailed(_) => {}
        ServerEvent::Ack(_) | ServerEvent::Error(_) => {}
        // Issue 17: messages left while nobody was there.
        ServerEvent::NewLeftMessage(m) => {
            let id = m.message_id;
            let known = state.messages.iter().any(|x| x.message_id == id);
            state.messages.retain(|x| x.message_id != id);
            state.messages.push(m);
            state.messages.sort_by_key(|x| x.message_id);
            if !known && state.settings.bell {
                out.push(Command::Bell);
            }
        }
        ServerEvent::LeftMessageResolved(r) => {
            state.messages.retain(|x| x.message_id != r.message_id);
            state.clamp_selection();
        }
        ServerEvent::LeaveMessagePrompt(_) | ServerEvent::MessageLeft(_) => {}
        // Issue 16.
        ServerEvent::NoteAdded(n) => crate::annotations::on_note_added(state, n),
        ServerEvent::LabelsUpdated(u) => {
            crate::annotations::on_labels_updated(state, &u.session_uuid, u.labels)
        }
        ServerEvent::ChatHandedOver(h) => crate::handover::on_handed_over(state, h), // issue 16
    }
}

fn remove_offer(state: &mut State, transfer_request_id: i64) {
    state
        .queue
        .retain(|o| o.transfer_request_id != transfer_request_id);
    state.clamp_selection();
}

fn on_message(state: &mut State, m: Message, out: &mut Vec<Command>) {
    if let Some(p) = &mut state.preview
        && p.session_uuid == m.session_uuid
    {
        p.messages.insert(m.seq, m.clone());
    }
    let me = my_id(state).map(str::to_string);
    let visible = state
        .visible_chat()
        .is_some_and(|c| c.session_uuid == m.session_uuid);
    let bell = state.settings.bell;
    let Some(chat) = state.chat_mut(&m.session_uuid) else {
        return;
    };
    // A jump in seq means pushes were missed (a reconnect race): fetch
    // the gap rather than show a conversation with holes.
    let gap_after = chat
        .last_seq()
        .filter(|last| m.seq > last.saturating_add(1));
    let from_customer = m.sender_role == SenderRole::Customer;
    let mine = m.sender_role == SenderRole::Staff && m.sender_id == me;
    if from_customer {
        chat.typing = None;
    }
    let is_new = chat.merge(m);
    if is_new && !mine && !visible {
        chat.unread += 1;
        if from_customer && bell {
            out.push(Command::Bell);
        }
    }
    if let Some(after_seq) = gap_after {
        let session_uuid = chat.session_uuid.clone();
        request_resume(state, &session_uuid, after_seq, None, out);
    }
}

fn request_resume(
    state: &mut State,
    session_uuid: &str,
    after_seq: i64,
    before_seq: Option<i64>,
    out: &mut Vec<Command>,
) {
    let ev = ClientEvent::GetHistory(GetHistory {
        session_uuid: session_uuid.to_string(),
        before_seq,
        limit: Some(HISTORY_PAGE),
    });
    let pending = Pending::History {
        session_uuid: session_uuid.to_string(),
        purpose: HistoryPurpose::Resume { after_seq },
    };
    send(state, out, ev, Some(pending));
}

/// On every (re)connect: take the queue and workload as given, and bring
/// each of my open chats up to date from its last seq.
fn on_staff_data(state: &mut State, d: StaffData, out: &mut Vec<Command>) {
    // Issue 16: the team's canned replies, fresh on every connect.
    crate::canned::fetch(state, out);
    state.workload = Some(d.workload);
    state.online_staff = d.online_staff_count;
    state.queue = d.queue;
    state.sort_queue();
    state.messages = d.messages;
    state.messages.sort_by_key(|x| x.message_id);
    state.clamp_selection();
    if let Some(p) = &state.preview
        && !state
            .queue
            .iter()
            .any(|o| o.transfer_request_id == p.transfer_request_id)
    {
        state.preview = None;
    }
    let me = my_id(state).map(str::to_string);
    let mine: Vec<Session> = d
        .active_sessions
        .into_iter()
        .filter(|s| s.status != SessionStatus::Closed)
        .filter(|s| match (&s.staff_id, &me) {
            (Some(staff), Some(me)) => staff == me,
            (Some(_), None) => true,
            (None, _) => false,
        })
        .collect();
    for chat in &mut state.chats {
        if chat.is_open() && !mine.iter().any(|s| s.session_uuid == chat.session_uuid) {
            chat.closed = Some("the server while you were offline".into());
        }
    }
    for s in mine {
        let after_seq = match state.chat(&s.session_uuid) {
            Some(chat) => chat.last_seq().unwrap_or(0),
            None => {
                let name = s.user_name.clone().unwrap_or_else(|| s.user_id.clone());
                let mut chat = Chat::new(s.session_uuid.clone(), name);
                chat.customer_id = Some(s.user_id.clone());
                state.chats.push(chat);
                0
            }
        };
        request_resume(state, &s.session_uuid, after_seq, None, out);
        // Issue 16: notes and labels may have changed while away.
        crate::annotations::request_notes(state, out, &s.session_uuid);
    }
    state.clamp_selection();
}

fn on_joined(state: &mut State, j: StaffChatJoined) {
    let offer = state
        .queue
        .iter()
        .find(|o| o.session_uuid == j.session_uuid)
        .cloned();
    let name = j
        .customer_name
        .clone()
        .or_else(|| offer.as_ref().map(|o| o.customer_name.clone()))
        .unwrap_or_else(|| "customer".into());
    if let Some(o) = &offer {
        remove_offer(state, o.transfer_request_id);
    }
    let index = match state
        .chats
        .iter()
        .position(|c| c.session_uuid == j.session_uuid)
    {
        Some(i) => i,
        None => {
            state
                .chats
                .push(Chat::new(j.session_uuid.clone(), name.clone()));
            state.chats.len() - 1
        }
    };
    let chat = &mut state.chats[index];
    chat.customer_name = name;
    chat.customer_id = j
        .customer_id
        .or_else(|| offer.map(|o| o.customer_id))
        .or(chat.customer_id.take());
    chat.summary = Some(j.summary).filter(|s| !s.trim().is_empty());
    chat.closed = None;
    // Issue 16: what colleagues noted before, and the labels.
    crate::annotations::merge_notes(&mut chat.notes, j.notes);
    chat.labels = j.labels;
    // History arrives as the latest page; older pages may exist when the
    // first message we got is not seq 1.
    for m in j.history {
        chat.merge(m);
    }
    chat.has_more = chat.first_seq().is_some_and(|s| s > 1);
    state.preview = None;
    state.chat_sel = index;
    state.focus = crate::state::Focus::Chats;
    state.composing = false;
}

fn on_ack(state: &mut State, pending: Pending, data: Value, out: &mut Vec<Command>) {
    match pending {
        // Issue 16.
        Pending::Colleagues => match serde_json::from_value(data) {
            Ok(team) => crate::handover::on_colleagues(state, team),
            Err(e) => crate::handover::on_error(state, &e.to_string()),
        },
        Pending::HandOver { .. } => {}
        Pending::CustomerContext { session_uuid } => match serde_json::from_value(data) {
            Ok(ctx) => crate::customer_panel::on_context(state, &session_uuid, ctx),
            Err(e) => crate::customer_panel::on_context_error(state, &session_uuid, &e.to_string()),
        },
        Pending::Order { session_uuid } => {
            match serde_json::from_value::<concierge_shared::OrderLookup>(data) {
                Ok(l) => crate::customer_panel::on_order(state, &session_uuid, l.order),
                Err(e) => state.set_flash(format!("order look-up: {e}")),
            }
        }
        Pending::Accept {
            transfer_request_id,
        } => remove_offer(state, transfer_request_id),
        Pending::Decline {
            transfer_request_id,
        } => {
            remove_offer(state, transfer_request_id);
            if state
                .preview
                .as_ref()
                .is_some_and(|p| p.transfer_request_id == transfer_request_id)
            {
                state.preview = None;
            }
        }
        Pending::Send {
            session_uuid,
            client_msg_id,
        } => {
            let Ok(ack) = serde_json::from_value::<SendMessageAck>(data) else {
                tracing::warn!("send_message ack without the expected fields");
                return;
            };
            let me = state.me.clone();
            let Some(chat) = state.chat_mut(&session_uuid) else {
                return;
            };
            let Some(o) = chat.outgoing.get(&client_msg_id).cloned() else {
                return;
            };
            // The ack alone is enough to show the message as stored, in
            // case the room push to ourselves is not sent.
            chat.merge(Message {
                message_id: ack.message_id,
                session_uuid: session_uuid.clone(),
                seq: ack.seq,
                sender_id: me.as_ref().map(|m| m.user_id.clone()),
                sender_name: me.map(|m| m.user_name),
                sender_role: SenderRole::Staff,
                message_type: Default::default(),
                content: o.content,
                ai_generated: false,
                client_msg_id: Some(client_msg_id),
                created_at: ack.created_at,
                read_at: None,
            });
        }
        Pending::History {
            session_uuid,
            purpose,
        } => {
            let Ok(page) = serde_json::from_value::<HistoryPage>(data) else {
                tracing::warn!("get_history ack without the expected fields");
                return;
            };
            on_history(state, &session_uuid, purpose, page, out);
        }
        Pending::Answer { message_id } | Pending::CloseMessage { message_id } => {
            state.messages.retain(|x| x.message_id != message_id);
            state.clamp_selection();
            state.set_flash("message resolved");
        }
        // Issue 16.
        Pending::Note { .. } => {
            if let Ok(n) = serde_json::from_value(data) {
                crate::annotations::on_note_added(state, n);
            }
        }
        Pending::Notes { .. } => {
            if let Ok(page) = serde_json::from_value(data) {
                crate::annotations::on_session_notes(state, page);
            }
        }
        Pending::Labels { session_uuid } => {
            if let Some(labels) = data
                .get("labels")
                .and_then(|l| serde_json::from_value::<Vec<String>>(l.clone()).ok())
            {
                crate::annotations::on_labels_updated(state, &session_uuid, labels);
                state.set_flash("labels saved");
            }
        }
        Pending::LabelsInUse => crate::annotations::on_labels_in_use(state, data),
        Pending::MarkRead => {}
        Pending::Close { session_uuid } => {
            if let Some(chat) = state.chat_mut(&session_uuid) {
                chat.closed = Some("you".into());
            }
            if state
                .typing_sent
                .as_ref()
                .is_some_and(|(s, _)| *s == session_uuid)
            {
                state.typing_sent = None;
            }
            state.composing = false;
        }
        // Issue 16.
        Pending::CannedReplies => crate::canned::on_ack(state, data),
        Pending::Search { query, more } => crate::search::on_results(state, query, more, data),
        Pending::SearchTranscript { session_uuid } => {
            crate::search::on_transcript(state, &session_uuid, data)
        }
        Pending::Status { available } => {
            if let Some(w) = &mut state.workload {
                w.is_available = available;
            }
            state.set_flash(if available {
                "you are available for new chats"
            } else {
                "you are away: no new offers"
            });
        }
    }
}

fn on_history(
    state: &mut State,
    session_uuid: &str,
    purpose: HistoryPurpose,
    page: HistoryPage,
    out: &mut Vec<Command>,
) {
    let oldest = page.messages.iter().map(|m| m.seq).min();
    match purpose {
        HistoryPurpose::Preview => {
            if let Some(p) = &mut state.preview
                && p.session_uuid == session_uuid
            {
                p.loading = false;
                for m in page.messages {
                    p.messages.insert(m.seq, m);
                }
            }
        }
        HistoryPurpose::Older => {
            if let Some(chat) = state.chat_mut(session_uuid) {
                chat.loading_older = false;
                chat.has_more = page.has_more;
                for m in page.messages {
                    chat.merge(m);
                }
            }
        }
        HistoryPurpose::Resume { after_seq } => {
            let visible = state
                .visible_chat()
                .is_some_and(|c| c.session_uuid == session_uuid);
            let me = my_id(state).map(str::to_string);
            let Some(chat) = state.chat_mut(session_uuid) else {
                return;
            };
            let fresh = chat.messages.is_empty();
            for m in page.messages {
                let theirs = !(m.sender_role == SenderRole::Staff && m.sender_id == me);
                let missed = m.seq > after_seq;
                if chat.merge(m) && missed && theirs && !visible && !fresh {
                    chat.unread += 1;
                }
            }
            if fresh {
                chat.has_more = page.has_more;
            }
            // Still a hole between what we had and this page: walk back.
            if after_seq > 0
                && page.has_more
                && let Some(oldest) = oldest
                && oldest > after_seq.saturating_add(1)
            {
                let session_uuid = session_uuid.to_string();
                request_resume(state, &session_uuid, after_seq, Some(oldest), out);
            }
        }
    }
}

fn on_error(state: &mut State, pending: Pending, err: ErrorBody) {
    tracing::warn!(code = err.code.as_str(), message = %err.message, ?pending, "request failed");
    let msg = &err.message;
    match pending {
        // Issue 16.
        Pending::Colleagues | Pending::HandOver { .. } => crate::handover::on_error(state, msg),
        Pending::CustomerContext { session_uuid } => {
            crate::customer_panel::on_context_error(state, &session_uuid, msg)
        }
        Pending::Order { .. } => state.set_flash(format!("order: {msg}")),
        Pending::Accept {
            transfer_request_id,
        } => {
            // Taken by someone else, or gone: it is no longer an offer.
            if matches!(err.code, ErrorCode::Conflict | ErrorCode::NotFound) {
                remove_offer(state, transfer_request_id);
                if state
                    .preview
                    .as_ref()
                    .is_some_and(|p| p.transfer_request_id == transfer_request_id)
                {
                    state.preview = None;
                }
            }
            state.set_flash(format!("could not accept: {msg}"));
        }
        Pending::Decline { .. } => state.set_flash(format!("could not decline: {msg}")),
        Pending::Send {
            session_uuid,
            client_msg_id,
        } => {
            if let Some(chat) = state.chat_mut(&session_uuid)
                && let Some(o) = chat.outgoing.refused(&client_msg_id, false)
            {
                // Give the words back rather than lose them.
                if chat.draft.is_empty() {
                    chat.draft.set(&o.content);
                }
            }
            state.set_flash(format!("not sent ({}): {msg}", err.code.as_str()));
        }
        Pending::History {
            session_uuid,
            purpose,
        } => {
            match purpose {
                HistoryPurpose::Preview => {
                    if let Some(p) = &mut state.preview {
                        p.loading = false;
                    }
                }
                HistoryPurpose::Older => {
                    if let Some(chat) = state.chat_mut(&session_uuid) {
                        chat.loading_older = false;
                    }
                }
                HistoryPurpose::Resume { .. } => {}
            }
            state.set_flash(format!("history unavailable: {msg}"));
        }
        Pending::MarkRead => {}
        Pending::Close { .. } => state.set_flash(format!("could not close: {msg}")),
        Pending::Status { .. } => state.set_flash(format!("status not changed: {msg}")),
        Pending::Answer { .. } => state.set_flash(format!("answer not sent: {msg}")),
        Pending::CloseMessage { .. } => state.set_flash(format!("could not close: {msg}")),
        // Issue 16.
        Pending::Note { .. } => state.set_flash(format!("note not saved: {msg}")),
        Pending::Labels { .. } => state.set_flash(format!("labels not changed: {msg}")),
        Pending::Notes { .. } | Pending::LabelsInUse => {}
        // Issue 16: without the shared replies, the personal ones still work.
        Pending::CannedReplies => {}
        Pending::Search { .. } => crate::search::on_error(state, &err, false),
        Pending::SearchTranscript { .. } => crate::search::on_error(state, &err, true),
    }
}
