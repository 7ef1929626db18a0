//! Issue 16: the customer beside the chat: their other sessions, newest
//! first, with rating and hand-off summary.

use concierge_shared::protocol::{PastSession, Timestamp};

use super::StoreError;
use super::db::Db;
use super::read::{session_cols, session_from_row};
use crate::args;

/// Sessions listed beside a chat.
pub const PAST_SESSIONS: i64 = 20;

/// `customer_id`'s sessions other than `except`, newest first.
pub fn past_sessions(
    db: &mut Db<'_>,
    customer_id: &str,
    except: &str,
) -> Result<Vec<PastSession>, StoreError> {
    let rows = db.query(
        concat!(
            "SELECT ",
            session_cols!(),
            ", (SELECT r.rating FROM session_ratings r WHERE r.session_id = chat_sessions.id)
             FROM chat_sessions WHERE user_id = ?1 AND uuid != ?2
             ORDER BY created_at DESC, id DESC LIMIT ?3"
        ),
        args![customer_id, except, PAST_SESSIONS],
        |r| {
            let s = session_from_row(r)?;
            let rating: Option<i64> = r.get(15)?;
            Ok(PastSession {
                session_uuid: s.uuid,
                created_at: Timestamp::from_millis(s.created_at),
                closed_at: s.closed_at.map(Timestamp::from_millis),
                status: s.status,
                session_type: s.session_type,
                staff_id: s.staff_id,
                rating: rating.and_then(|v| u8::try_from(v).ok()),
                summary: s.summary.filter(|x| !x.is_empty()),
            })
        },
    )?;
    Ok(rows)
}
