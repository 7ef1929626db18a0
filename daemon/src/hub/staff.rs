//! Staff: presence on this node, status and settings, workload, going
//! offline (their chats go back to the queue). Presence is the sockets'
//! truth; the `staff` row only records it.

use concierge_shared::protocol::{
    ErrorBody, ErrorCode, Role, ServerEvent, StaffData, StaffOffline, StaffOnline,
    StaffStatusChange, StaffStatusUpdated, Workload,
};
use serde::Serialize;

use super::core::{After, Conversations, Reply};
use super::now_ms;
use super::transfer::GiveUp;
use crate::auth::User;
use crate::cluster::ClusterEvent;
use crate::ids::TransferId;
use crate::routing::Offers;
use crate::store::Op;

/// A staff member as the HTTP API shows them.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffView {
    pub staff_id: String,
    pub name: String,
    pub is_online: bool,
    pub is_available: bool,
    pub max_concurrent_chats: u32,
    pub current_chats: u32,
    pub sessions: Vec<String>,
}

impl Conversations {
    pub(super) fn join_staff(&mut self, user: &User) -> StaffData {
        self.routing.ensure_staff(&user.id, &user.name, None, true);
        // A reconnect within the grace period keeps everything.
        self.staff_grace.remove(&user.id);
        let was_online = self.routing.staff(&user.id).is_some_and(|s| s.online);
        // Offers that become possible go to this staff member through the
        // queue in staff_data, not as separate events.
        let offers = self.routing.set_status(&user.id, Some(true), None);
        let others: Offers = offers
            .into_iter()
            .map(|(id, to)| (id, to.into_iter().filter(|s| *s != user.id).collect()))
            .collect();
        self.send_offers(others);
        if !was_online {
            let frame = Self::frame(
                ServerEvent::StaffOnline(StaffOnline {
                    staff_id: user.id.clone(),
                    user_name: user.name.clone(),
                }),
                None,
            );
            self.send_staff_room(&frame, Some(&user.id));
            self.persist_presence(&user.id, None);
        }
        self.update_gauges();
        let queue = self.routing.queue().map(|r| self.offer_of(r)).collect();
        let active_sessions = self
            .sessions
            .values()
            .filter(|s| s.staff_id.as_deref() == Some(user.id.as_str()))
            .map(|s| s.to_wire())
            .collect();
        StaffData {
            workload: self.workload(&user.id),
            online_staff_count: self.routing.online_count(),
            queue,
            active_sessions,
            messages: self.offline.staff_list(), // issue 17
        }
    }

    pub(super) fn persist_presence(&mut self, staff: &str, max: Option<Option<u32>>) {
        if let Some(s) = self.routing.staff(staff) {
            self.publish(|| ClusterEvent::Staff {
                staff: staff.to_string(),
                name: s.name.clone(),
                online: s.online,
                available: s.available,
                max,
            });
            let op = Op::UpsertStaff {
                staff_id: staff.to_string(),
                name: s.name.clone(),
                is_online: s.online,
                is_available: s.available,
                now: now_ms(),
            };
            self.submit(vec![op], After::Nothing);
        }
    }

    pub(super) fn workload(&self, staff: &str) -> Workload {
        match self.routing.staff(staff) {
            Some(s) => Workload {
                max_concurrent_chats: s.max,
                current_chats: s.current(),
                is_available: s.available,
            },
            None => Workload {
                max_concurrent_chats: self.cfg.max_concurrent_chats,
                current_chats: 0,
                is_available: true,
            },
        }
    }

    pub(super) fn send_workload(&self, staff: &str) {
        let frame = Self::frame(ServerEvent::WorkloadUpdated(self.workload(staff)), None);
        self.send_user(staff, &frame);
    }

    pub(super) fn status_change(&mut self, user: &User, reply: Reply, s: StaffStatusChange) {
        if !user.role.is_staff() {
            self.error(&reply, ErrorCode::Forbidden, "only staff have a status");
            return;
        }
        if s.is_online == Some(false) {
            self.ack(&reply, serde_json::json!({}));
            self.go_offline(&user.id);
            return;
        }
        let offers = self
            .routing
            .set_status(&user.id, s.is_online, s.is_available);
        self.ack(&reply, serde_json::json!({}));
        self.announce_status(&user.id);
        self.send_workload(&user.id);
        self.send_offers(offers);
        self.persist_presence(&user.id, None);
        self.update_gauges();
    }

    pub(super) fn announce_status(&self, staff: &str) {
        if let Some(st) = self.routing.staff(staff) {
            let frame = Self::frame(
                ServerEvent::StaffStatusUpdated(StaffStatusUpdated {
                    staff_id: staff.to_string(),
                    is_online: st.online,
                    is_available: st.available,
                }),
                None,
            );
            self.send_staff_room(&frame, None);
        }
    }

    /// A staff member is gone: their chats go back to the front of the
    /// queue (or to the assistant when nobody is left).
    pub(super) fn go_offline(&mut self, staff: &str) {
        let was_online = self.routing.staff(staff).is_some_and(|s| s.online);
        let held = self.routing.go_offline(staff);
        // A request held back for them goes to everyone now (issue 17).
        let offers = self.routing.refresh_offers();
        self.send_offers(offers);
        if was_online {
            let frame = Self::frame(
                ServerEvent::StaffOffline(StaffOffline {
                    staff_id: staff.to_string(),
                }),
                None,
            );
            self.send_staff_room(&frame, Some(staff));
            self.announce_status(staff);
            self.persist_presence(staff, None);
        }
        let name = self
            .routing
            .staff(staff)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| staff.to_string());
        for session in held {
            let summary = self.sessions.get(&session).map(|s| s.handoff_summary(None));
            self.start_transfer(
                &session,
                Some(format!("{name} is no longer available.")),
                summary,
                None,
                true,
                None,
            );
        }
        if self.routing.online_count() == 0 {
            let waiting: Vec<(TransferId, String)> = self
                .routing
                .queue()
                .map(|r| (r.id, r.session.clone()))
                .collect();
            for (id, session) in waiting {
                self.fail_request(None, id, &session, GiveUp::NobodyOnline);
            }
        }
        self.update_gauges();
    }

    pub(super) fn staff_views(&self) -> Vec<StaffView> {
        let mut v: Vec<StaffView> = self
            .routing
            .all_staff()
            .map(|(id, s)| StaffView {
                staff_id: id.clone(),
                name: s.name.clone(),
                is_online: s.online,
                is_available: s.available,
                max_concurrent_chats: s.max,
                current_chats: s.current(),
                sessions: s.chats.iter().cloned().collect(),
            })
            .collect();
        v.sort_by(|a, b| a.staff_id.cmp(&b.staff_id));
        v
    }

    pub(super) fn staff_update(
        &mut self,
        staff: &str,
        max: Option<Option<u32>>,
        available: Option<bool>,
        actor: &User,
    ) -> Result<StaffView, ErrorBody> {
        if actor.role != Role::Admin {
            return Err(ErrorBody::new(ErrorCode::Forbidden, "admin only"));
        }
        if self.routing.staff(staff).is_none() {
            return Err(ErrorBody::new(ErrorCode::NotFound, "no such staff member"));
        }
        let now = now_ms();
        let mut ops = Vec::new();
        if let Some(m) = max {
            let offers = self.routing.set_max(staff, m);
            self.send_offers(offers);
            ops.push(Op::SetStaffMax {
                staff_id: staff.to_string(),
                max: m,
                now,
            });
        }
        if let Some(a) = available {
            let offers = self.routing.set_status(staff, None, Some(a));
            self.send_offers(offers);
            self.announce_status(staff);
        }
        ops.push(Op::Audit {
            actor_id: actor.id.clone(),
            actor_role: actor.role.as_str().to_string(),
            action: "settings",
            target: Some(staff.to_string()),
            details: Some(format!("max={max:?} available={available:?}")),
            now,
        });
        self.submit(ops, After::Nothing);
        self.persist_presence(staff, max);
        self.send_workload(staff);
        self.update_gauges();
        self.staff_views()
            .into_iter()
            .find(|v| v.staff_id == staff)
            .ok_or_else(|| ErrorBody::new(ErrorCode::NotFound, "no such staff member"))
    }
}
