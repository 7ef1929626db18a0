//! What the customer is told on a hand-over, and the summary staff read
//! before they accept the conversation.

use crate::policy::Assessment;
use crate::tools::Ledger;
use crate::{HandoverReason, Intent};

/// The customer-facing hand-over message; same for every provider.
pub fn customer_message(reason: HandoverReason) -> &'static str {
    match reason {
        HandoverReason::CustomerRequest => {
            "Of course. I'm handing you over to a member of our team now; they will see this \
             conversation, so you won't need to repeat yourself."
        }
        HandoverReason::OrderChange => {
            "Cancellations, refunds and changes to an order are made by our team, so I'm passing \
             you to a colleague now. They will see this conversation and the order details."
        }
        HandoverReason::Account => {
            "For your security, account problems like this are handled by a person who can verify \
             your details. I'm connecting you with our team now."
        }
        HandoverReason::Sentiment => {
            "I'm sorry about this. I'm bringing in a member of our team right away to sort it out \
             with you."
        }
        HandoverReason::Stuck => {
            "I'm sorry I haven't been able to help with this. I'm passing you to a colleague who \
             can take a closer look."
        }
        HandoverReason::ModelDecision => {
            "I'm passing you to a member of our team who can help with this. They will see this \
             conversation."
        }
        HandoverReason::ProviderFailure => {
            "I'm sorry, I'm having a technical problem and can't answer right now. I'm passing \
             you to a member of our team, who will reply here."
        }
    }
}

/// The staff summary: the customer's intent, what the assistant tried,
/// order ids involved and sentiment, in one short paragraph.
pub fn summary(
    reason: HandoverReason,
    intent: Intent,
    message: &str,
    ledger: &Ledger,
    mentioned_orders: &[String],
    assessment: &Assessment,
    model_note: Option<&str>,
) -> String {
    let mut quoted: String = message.chars().take(200).collect();
    if message.chars().count() > 200 {
        quoted.push('…');
    }
    let tried = if ledger.steps.is_empty() {
        "nothing yet (handed over straight away)".to_string()
    } else {
        ledger.steps.join("; ")
    };
    let mut orders: Vec<String> = Vec::new();
    for o in &ledger.orders {
        orders.push(format!("{} ({})", o.order_id, o.status.as_str()));
    }
    for id in ledger.not_found.iter().chain(mentioned_orders) {
        if !orders.iter().any(|x| x.starts_with(id.as_str())) {
            orders.push(format!("{id} (not found on this customer's account)"));
        }
    }
    let orders = if orders.is_empty() {
        "none".to_string()
    } else {
        orders.join(", ")
    };
    let mut s = format!(
        "Reason: {}. Intent: {}. Customer said: \"{quoted}\". Assistant tried: {tried}. \
         Orders: {orders}. Sentiment: {}.",
        reason.as_str(),
        intent.as_str(),
        assessment.sentiment_label()
    );
    if let Some(note) = model_note.filter(|n| !n.trim().is_empty()) {
        s.push_str(&format!(" Model's note: {}", note.trim()));
    }
    s
}
