//! `/stats`: the shop's figures for a time window, staff and admin only.
//!
//! Loading ([`load`]) is plain SQL into [`Facts`]; the figures come from
//! [`compute`], a pure function tested with hand-made tables. Every figure
//! is about the conversations *started* in `[from, to)` (and their transfer
//! requests, replies and ratings, whenever those happened), except
//! `messages`, which counts messages *sent* in the window. docs/api.md
//! defines each figure in one sentence.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::{ApiError, ApiResult, Caller, Params, parse_time, rfc3339};
use crate::args;
use crate::server::AppState;
use crate::store::{Db, StoreError};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// The longest window one request may ask for.
const MAX_WINDOW_MS: i64 = 366 * DAY_MS;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionFact {
    pub id: i64,
    pub created_at: i64,
    pub closed_at: Option<i64>,
    /// First customer line, and the first assistant line after it.
    pub first_customer_at: Option<i64>,
    pub first_ai_reply_at: Option<i64>,
    pub staff_wrote: bool,
    pub rating: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TransferFact {
    pub session_id: i64,
    pub created_at: i64,
    /// pending | accepted | failed | cancelled
    pub status: String,
    pub resolved_at: Option<i64>,
    pub staff_id: Option<String>,
    pub reason: Option<String>,
    /// First staff line in the session at or after the request.
    pub first_staff_reply_at: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    pub sessions: Vec<SessionFact>,
    pub transfers: Vec<TransferFact>,
    /// Messages sent in the window, by sender role.
    pub messages_by_role: BTreeMap<String, i64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Durations {
    pub count: usize,
    pub avg_ms: Option<f64>,
    pub median_ms: Option<f64>,
}

impl Durations {
    fn of(mut v: Vec<i64>) -> Self {
        v.sort_unstable();
        let n = v.len();
        let avg_ms = (n > 0).then(|| v.iter().map(|x| *x as f64).sum::<f64>() / n as f64);
        let median_ms = (n > 0).then(|| {
            if n % 2 == 1 {
                v[n / 2] as f64
            } else {
                (v[n / 2 - 1] as f64 + v[n / 2] as f64) / 2.0
            }
        });
        Durations {
            count: n,
            avg_ms,
            median_ms,
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Messages {
    pub total: i64,
    pub by_role: BTreeMap<String, i64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    pub reason: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Abandonment {
    pub requests: usize,
    pub abandoned: usize,
    pub failed: usize,
    pub rate: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Csat {
    pub average: Option<f64>,
    pub ratings: usize,
    pub response_rate: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StaffStats {
    pub staff_id: String,
    pub chats: usize,
    pub first_response: Durations,
    pub csat_average: Option<f64>,
    pub ratings: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    pub from: String,
    pub to: String,
    pub conversations: usize,
    pub messages: Messages,
    pub ai_only: usize,
    pub ai_only_share: Option<f64>,
    pub escalations: usize,
    pub escalation_rate: Option<f64>,
    pub escalation_reasons: Vec<Reason>,
    pub first_response_ai: Durations,
    pub first_response_human: Durations,
    pub queue_wait: Durations,
    pub resolution: Durations,
    pub abandonment: Abandonment,
    pub csat: Csat,
    pub per_staff: Vec<StaffStats>,
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

fn mean(v: &[i64]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().map(|x| *x as f64).sum::<f64>() / v.len() as f64)
}

/// The figures, from the facts alone.
pub fn compute(f: &Facts, from: i64, to: i64) -> Stats {
    let conversations = f.sessions.len();
    let escalated: std::collections::HashSet<i64> =
        f.transfers.iter().map(|t| t.session_id).collect();
    let ai_only = f
        .sessions
        .iter()
        .filter(|s| !escalated.contains(&s.id) && !s.staff_wrote)
        .count();
    let escalations = f
        .sessions
        .iter()
        .filter(|s| escalated.contains(&s.id))
        .count();

    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    for t in &f.transfers {
        let r = t
            .reason
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .unwrap_or("unspecified");
        *reasons.entry(r.to_string()).or_default() += 1;
    }
    let mut escalation_reasons: Vec<Reason> = reasons
        .into_iter()
        .map(|(reason, count)| Reason { reason, count })
        .collect();
    escalation_reasons.sort_by(|a, b| b.count.cmp(&a.count).then(a.reason.cmp(&b.reason)));

    let first_ai = f
        .sessions
        .iter()
        .filter_map(|s| Some(s.first_ai_reply_at? - s.first_customer_at?))
        .collect();
    let accepted: Vec<&TransferFact> = f
        .transfers
        .iter()
        .filter(|t| t.status == "accepted")
        .collect();
    let human = |t: &TransferFact| t.first_staff_reply_at.map(|at| at - t.created_at);
    let first_human = accepted.iter().filter_map(|t| human(t)).collect();
    let queue_wait = accepted
        .iter()
        .filter_map(|t| t.resolved_at.map(|at| at - t.created_at))
        .collect();
    let closed: Vec<&SessionFact> = f
        .sessions
        .iter()
        .filter(|s| s.closed_at.is_some())
        .collect();
    let resolution = closed
        .iter()
        .filter_map(|s| s.closed_at.map(|at| at - s.created_at))
        .collect();

    let requests = f.transfers.len();
    let abandoned = f
        .transfers
        .iter()
        .filter(|t| t.status == "cancelled")
        .count();
    let failed = f.transfers.iter().filter(|t| t.status == "failed").count();

    let ratings: Vec<i64> = f.sessions.iter().filter_map(|s| s.rating).collect();
    let rating_of: BTreeMap<i64, i64> = f
        .sessions
        .iter()
        .filter_map(|s| s.rating.map(|r| (s.id, r)))
        .collect();

    let mut by_staff: BTreeMap<String, Vec<&TransferFact>> = BTreeMap::new();
    for t in &accepted {
        if let Some(id) = &t.staff_id {
            by_staff.entry(id.clone()).or_default().push(t);
        }
    }
    let per_staff = by_staff
        .into_iter()
        .map(|(staff_id, ts)| {
            let rated: Vec<i64> = ts
                .iter()
                .filter_map(|t| rating_of.get(&t.session_id).copied())
                .collect();
            StaffStats {
                staff_id,
                chats: ts.len(),
                first_response: Durations::of(ts.iter().filter_map(|t| human(t)).collect()),
                csat_average: mean(&rated),
                ratings: rated.len(),
            }
        })
        .collect();

    Stats {
        from: rfc3339(from),
        to: rfc3339(to),
        conversations,
        messages: Messages {
            total: f.messages_by_role.values().sum(),
            by_role: f.messages_by_role.clone(),
        },
        ai_only,
        ai_only_share: ratio(ai_only, conversations),
        escalations,
        escalation_rate: ratio(escalations, conversations),
        escalation_reasons,
        first_response_ai: Durations::of(first_ai),
        first_response_human: Durations::of(first_human),
        queue_wait: Durations::of(queue_wait),
        resolution: Durations::of(resolution),
        abandonment: Abandonment {
            requests,
            abandoned,
            failed,
            rate: ratio(abandoned, requests),
        },
        csat: Csat {
            average: mean(&ratings),
            ratings: ratings.len(),
            response_rate: ratio(ratings.len(), closed.len()),
        },
        per_staff,
    }
}

/// Read the facts for conversations started in `[from, to)`.
pub fn load(db: &mut Db<'_>, from: i64, to: i64) -> Result<Facts, StoreError> {
    let sessions = db.query(
        "SELECT s.id, s.created_at, s.closed_at,
            fc.at,
            (SELECT min(m.created_at) FROM chat_messages m
              WHERE m.session_id = s.id AND m.sender_role = 'ai' AND m.seq > fc.seq),
            EXISTS (SELECT 1 FROM chat_messages m
              WHERE m.session_id = s.id AND m.sender_role = 'staff'),
            (SELECT rating FROM session_ratings r WHERE r.session_id = s.id)
         FROM chat_sessions s
         LEFT JOIN (SELECT session_id, min(seq) AS seq, min(created_at) AS at
                    FROM chat_messages WHERE sender_role = 'customer' GROUP BY session_id) fc
           ON fc.session_id = s.id
         WHERE s.created_at >= ?1 AND s.created_at < ?2
         ORDER BY s.id",
        args![from, to],
        |r| {
            Ok(SessionFact {
                id: r.get(0)?,
                created_at: r.get(1)?,
                closed_at: r.get(2)?,
                first_customer_at: r.get(3)?,
                first_ai_reply_at: r.get(4)?,
                staff_wrote: r.get(5)?,
                rating: r.get(6)?,
            })
        },
    )?;
    let transfers = db.query(
        "SELECT t.session_id, t.created_at, t.status, t.resolved_at, t.staff_id, t.reason,
            (SELECT min(m.created_at) FROM chat_messages m
              WHERE m.session_id = t.session_id AND m.sender_role = 'staff'
                AND m.created_at >= t.created_at
                AND (t.staff_id IS NULL OR m.sender_id = t.staff_id))
         FROM chat_transfer_requests t JOIN chat_sessions s ON s.id = t.session_id
         WHERE s.created_at >= ?1 AND s.created_at < ?2
         ORDER BY t.id",
        args![from, to],
        |r| {
            Ok(TransferFact {
                session_id: r.get(0)?,
                created_at: r.get(1)?,
                status: r.get(2)?,
                resolved_at: r.get(3)?,
                staff_id: r.get(4)?,
                reason: r.get(5)?,
                first_staff_reply_at: r.get(6)?,
            })
        },
    )?;
    let messages_by_role = db
        .query(
            "SELECT sender_role, count(*) FROM chat_messages
             WHERE created_at >= ?1 AND created_at < ?2 GROUP BY sender_role",
            args![from, to],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
        .into_iter()
        .collect();
    Ok(Facts {
        sessions,
        transfers,
        messages_by_role,
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatsQuery {
    from: Option<String>,
    to: Option<String>,
}

/// The window: `to` defaults to now, `from` to seven days before `to`.
pub fn window(q: &StatsQuery, now: i64) -> ApiResult<(i64, i64)> {
    let to = q.to.as_deref().map(|v| parse_time("to", v)).transpose()?;
    let to = to.unwrap_or(now);
    let from = q
        .from
        .as_deref()
        .map(|v| parse_time("from", v))
        .transpose()?;
    let from = from.unwrap_or(to.saturating_sub(7 * DAY_MS));
    if from >= to {
        return Err(ApiError::Invalid("from must be before to".into()));
    }
    if to - from > MAX_WINDOW_MS {
        return Err(ApiError::Invalid(
            "the window may span at most 366 days".into(),
        ));
    }
    Ok((from, to))
}

pub async fn handler(
    State(app): State<AppState>,
    caller: Caller,
    Params(q): Params<StatsQuery>,
) -> ApiResult<Response> {
    caller.require_staff()?;
    let now = concierge_shared::protocol::Timestamp::now().millis();
    let (from, to) = window(&q, now)?;
    let (facts, left) = app
        .store
        .read(move |c| {
            Ok((
                load(c, from, to)?,
                crate::store::offline::message_stats(c, from, to)?,
            ))
        })
        .await?;
    let mut body =
        serde_json::to_value(compute(&facts, from, to)).map_err(|_| ApiError::Internal)?;
    // Issue 17: messages left while nobody was there, with their own
    // response time (left → answered).
    body["leftMessages"] = serde_json::to_value(left).map_err(|_| ApiError::Internal)?;
    // Issue 16: sessions per label, of the conversations started in the
    // window, most used first.
    let labels = app
        .store
        .read(move |c| crate::store::annotations::label_counts(c, Some(from), Some(to)))
        .await?;
    body["labels"] = serde_json::to_value(labels).map_err(|_| ApiError::Internal)?;
    Ok(axum::Json(body).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(id: i64) -> SessionFact {
        SessionFact {
            id,
            created_at: 1_000 * id,
            ..Default::default()
        }
    }

    #[test]
    fn an_empty_window_has_counts_of_zero_and_no_rates() {
        let s = compute(&Facts::default(), 0, 1);
        assert_eq!(s.conversations, 0);
        assert_eq!(s.ai_only_share, None);
        assert_eq!(s.csat.average, None);
        assert_eq!(s.first_response_ai.avg_ms, None);
    }

    #[test]
    fn figures_follow_their_definitions() {
        let mut a = session(1); // assistant only, rated 4
        a.first_customer_at = Some(1_100);
        a.first_ai_reply_at = Some(1_400);
        a.closed_at = Some(5_000);
        a.rating = Some(4);
        let mut b = session(2); // escalated, accepted by s1, rated 2
        b.first_customer_at = Some(2_000);
        b.first_ai_reply_at = Some(2_100);
        b.closed_at = Some(12_000);
        b.staff_wrote = true;
        b.rating = Some(2);
        let c = session(3); // escalated, abandoned, still open
        let facts = Facts {
            sessions: vec![a, b, c],
            transfers: vec![
                TransferFact {
                    session_id: 2,
                    created_at: 3_000,
                    status: "accepted".into(),
                    resolved_at: Some(4_000),
                    staff_id: Some("s1".into()),
                    reason: Some("refund".into()),
                    first_staff_reply_at: Some(4_500),
                },
                TransferFact {
                    session_id: 3,
                    created_at: 3_500,
                    status: "cancelled".into(),
                    reason: None,
                    ..Default::default()
                },
            ],
            messages_by_role: [("customer".to_string(), 3), ("ai".to_string(), 2)].into(),
        };
        let s = compute(&facts, 0, 100_000);
        assert_eq!(s.conversations, 3);
        assert_eq!(s.messages.total, 5);
        assert_eq!(s.ai_only, 1);
        assert_eq!(s.escalations, 2);
        assert_eq!(s.escalation_rate, Some(2.0 / 3.0));
        assert_eq!(s.escalation_reasons[0].count, 1);
        assert_eq!(s.first_response_ai.avg_ms, Some(200.0));
        assert_eq!(s.first_response_ai.median_ms, Some(200.0));
        assert_eq!(s.first_response_human.avg_ms, Some(1_500.0));
        assert_eq!(s.queue_wait.avg_ms, Some(1_000.0));
        assert_eq!(s.resolution.avg_ms, Some((4_000.0 + 10_000.0) / 2.0));
        assert_eq!(s.abandonment.rate, Some(0.5));
        assert_eq!(s.csat.average, Some(3.0));
        assert_eq!(s.csat.response_rate, Some(1.0));
        assert_eq!(s.per_staff.len(), 1);
        assert_eq!(s.per_staff[0].csat_average, Some(2.0));
    }

    #[test]
    fn bad_windows_are_refused() {
        let q = |f: &str, t: &str| StatsQuery {
            from: Some(f.into()),
            to: Some(t.into()),
        };
        assert!(window(&q("10", "5"), 0).is_err());
        assert!(window(&q("x", "5"), 0).is_err());
        assert_eq!(window(&q("0", "5"), 0).ok(), Some((0, 5)));
    }
}
