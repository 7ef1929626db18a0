//! Issue 16: the customer beside the chat. A staff member handling a chat
//! reads its customer's other sessions and orders (`get_customer_context`)
//! or one of their orders by number (`lookup_order`).
//!
//! Orders come from the assistant's own [`OrderSource`], so they are
//! scoped exactly as the assistant's tools are: only the chat's customer's
//! orders, an order of someone else answering as a missing one. The
//! customer is taken from the chat, never from the request, so a staff
//! member cannot look up another customer's order through this. Answered
//! on the asking connection only; nothing is stored or sent to anyone else.

use concierge_assistant::kb::Order;
use concierge_assistant::orders::OrderSource;
use concierge_shared::protocol::{
    CustomerContext, ErrorBody, ErrorCode, LookupOrder, OrderCard, OrderLine, OrderLookup,
    SessionStatus,
};

use crate::auth::User;
use crate::server::AppState;
use crate::store::{SessionRow, StoreError, desk_customer, read};

/// Longest order number accepted.
pub const MAX_ORDER_ID_CHARS: usize = 64;

fn not_handling() -> ErrorBody {
    ErrorBody::new(
        ErrorCode::NotFound,
        "you are not handling a chat with that id",
    )
}

/// The open chat `uuid`, if `user` is the staff member handling it.
async fn handled(app: &AppState, user: &User, uuid: String) -> Result<SessionRow, ErrorBody> {
    if !user.role.is_staff() {
        return Err(ErrorBody::new(
            ErrorCode::Forbidden,
            "only staff look at a customer beside a chat",
        ));
    }
    let row = app
        .store
        .read(move |db| read::session_by_uuid(db, &uuid))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "session read failed");
            ErrorBody::unavailable("try again")
        })?;
    match row {
        Some(r) if r.status != SessionStatus::Closed && r.staff_id.as_deref() == Some(&user.id) => {
            Ok(r)
        }
        _ => Err(not_handling()),
    }
}

pub fn card(o: &Order) -> OrderCard {
    OrderCard {
        order_id: o.order_id.clone(),
        status: o.status.as_str().to_string(),
        items: o
            .items
            .iter()
            .map(|i| OrderLine {
                sku: i.sku.clone(),
                qty: i.qty,
            })
            .collect(),
        total: o.total,
        currency: o.currency.clone(),
        carrier: o.carrier.clone(),
        tracking_number: o.tracking_number.clone(),
        updated_at: o.updated_at.to_rfc3339(),
    }
}

pub async fn context(
    app: &AppState,
    user: &User,
    session_uuid: String,
) -> Result<CustomerContext, ErrorBody> {
    let row = handled(app, user, session_uuid).await?;
    let (customer, except) = (row.user_id.clone(), row.uuid.clone());
    let sessions = app
        .store
        .read(move |db| desk_customer::past_sessions(db, &customer, &except))
        .await
        .map_err(|e: StoreError| {
            tracing::error!(error = %e, "past sessions read failed");
            ErrorBody::unavailable("try again")
        })?;
    let source: &OrderSource = app.assistant.orders();
    let (orders, orders_unavailable) = match source.list(&row.user_id).await {
        Ok(list) => (list.iter().map(card).collect(), false),
        Err(e) => {
            tracing::warn!(error = %e, "order listing for staff failed");
            (Vec::new(), true)
        }
    };
    Ok(CustomerContext {
        session_uuid: row.uuid,
        customer_id: row.user_id,
        customer_name: Some(row.user_name),
        sessions,
        orders,
        orders_unavailable,
    })
}

pub async fn lookup(app: &AppState, user: &User, l: LookupOrder) -> Result<OrderLookup, ErrorBody> {
    let order_id = l.order_id.trim().trim_start_matches('#').to_string();
    if order_id.is_empty() {
        return Err(ErrorBody::new(ErrorCode::BadRequest, "orderId is empty"));
    }
    let row = handled(app, user, l.session_uuid).await?;
    match app.assistant.orders().lookup(&row.user_id, &order_id).await {
        Ok(Some(o)) => Ok(OrderLookup {
            session_uuid: row.uuid,
            order: card(&o),
        }),
        // Someone else's order answers exactly like a missing one.
        Ok(None) => Err(ErrorBody::new(
            ErrorCode::NotFound,
            format!("this customer has no order {order_id}"),
        )),
        Err(e) => {
            tracing::warn!(error = %e, "order lookup for staff failed");
            Err(ErrorBody::unavailable(
                "the order system is unavailable right now",
            ))
        }
    }
}
