//! What the customer is told on a hand-over, and the summary staff read
//! before they accept the conversation.

use crate::citation;
use crate::policy::Assessment;
use crate::text;
use crate::tools::Ledger;
use crate::{HandoverReason, Intent, Speaker, Turn};

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
        HandoverReason::Health => {
            "I'm sorry to hear that. A reaction to one of our products, or an injury or a \
             danger from one, is something our team must hear about directly, so I'm passing \
             you to a colleague now. If anyone is hurt, please see a doctor or call your local \
             emergency number."
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

/// The reason of a hand-over the assistant already announced, read back
/// from its own customer-facing message in the history: a remote model's
/// answer may come before it, the page the matter rests on after it.
pub fn announced(text: &str) -> Option<HandoverReason> {
    HandoverReason::ALL
        .into_iter()
        .find(|r| text.contains(customer_message(*r)))
}

/// The staff summary, from the whole conversation: the reason, the
/// problem in one sentence (from the line that stated it, not only the
/// last), the orders involved with their statuses, what the assistant
/// already answered, any deadline or urgency, and how the mood went.
#[allow(clippy::too_many_arguments)]
pub fn summary(
    reason: HandoverReason,
    intent: Intent,
    turn: &Turn,
    message: &str,
    ledger: &Ledger,
    mentioned_orders: &[String],
    assessment: &Assessment,
    model_note: Option<&str>,
) -> String {
    let customer: Vec<&str> = turn
        .history
        .iter()
        .filter(|l| l.speaker == Speaker::Customer)
        .map(|l| l.text.as_str())
        .collect();
    let problem = problem_line(&customer).unwrap_or(message);
    // The problem first: the offer list shows only the start of the line.
    let mut s = format!(
        "Problem: \"{}\". Reason: {}. Intent: {}.",
        clip(first_sentence(problem), 200),
        reason.as_str(),
        intent.as_str()
    );
    if clip(first_sentence(problem), 200) != clip(first_sentence(message), 200) {
        s.push_str(&format!(" Last said: \"{}\".", clip(message, 160)));
    }
    let mut orders: Vec<String> = Vec::new();
    for o in &ledger.orders {
        orders.push(format!("{} ({})", o.order_id, o.status.as_str()));
    }
    for id in ledger.not_found.iter().chain(mentioned_orders) {
        if !orders
            .iter()
            .any(|x| x.to_lowercase().starts_with(&id.to_lowercase()))
        {
            orders.push(format!("{id} (not found on this customer's account)"));
        }
    }
    s.push_str(&format!(
        " Orders: {}.",
        if orders.is_empty() {
            "none named".to_string()
        } else {
            orders.join(", ")
        }
    ));
    let answered = answered(turn);
    s.push_str(&format!(
        " Already answered: {}.",
        if answered.is_empty() {
            "nothing yet".to_string()
        } else {
            answered.join("; ")
        }
    ));
    if let Some(u) = urgency(&customer) {
        s.push_str(&format!(" Urgency: \"{u}\"."));
    }
    s.push_str(&format!(" Mood: {}.", mood(&customer, assessment)));
    if !ledger.steps.is_empty() {
        s.push_str(&format!(" Assistant tried: {}.", ledger.steps.join("; ")));
    }
    if let Some(note) = model_note.filter(|n| !n.trim().is_empty()) {
        s.push_str(&format!(" Model's note: {}", note.trim()));
    }
    s
}

/// The help page the matter handed over rests on (`Reply::article`),
/// quoted to the customer in the hand-over or only named: staff see which
/// rule governs it ("the page on returns and exchanges" for goods to
/// swap) without looking it up.
pub fn with_page(mut summary: String, title: &str) -> String {
    summary.push_str(&format!(" Help page for the matter: \"{title}\"."));
    summary
}

/// The customer line that states the problem: the one with the most
/// content that is not a greeting, a request for a person or a complaint
/// about the chat itself; earlier lines win ties (customers open with it).
fn problem_line<'a>(customer: &[&'a str]) -> Option<&'a str> {
    customer
        .iter()
        .map(|l| {
            let a = crate::policy::assess(l);
            let mut weight = text::terms(l).len() as f32;
            if a.wants_person || a.anger >= crate::policy::ANGER_THRESHOLD {
                weight *= 0.5;
            }
            (*l, weight)
        })
        .fold(None, |best: Option<(&str, f32)>, (l, w)| match best {
            Some((_, bw)) if bw >= w => best,
            _ if w > 0.0 => Some((l, w)),
            _ => best,
        })
        .map(|(l, _)| l)
}

fn first_sentence(s: &str) -> &str {
    let s = s.trim();
    match s.find(['.', '?', '!', '\n']) {
        Some(i) if i > 15 => &s[..=i],
        _ => s,
    }
}

fn clip(s: &str, max: usize) -> String {
    let mut out: String = s.trim().chars().take(max).collect();
    if s.trim().chars().count() > max {
        out.push('…');
    }
    out
}

/// What the assistant already told the customer: the help pages it quoted
/// and the first sentence of its other answers (hand-over notices left out).
fn answered(turn: &Turn) -> Vec<String> {
    let n = turn.history.len();
    let mut out: Vec<String> = Vec::new();
    // An answer follows something the customer said: what the assistant
    // says before the customer's first line is the session's welcome,
    // which answered nothing.
    for l in turn.history[..n.saturating_sub(1)]
        .iter()
        .skip_while(|l| l.speaker != Speaker::Customer)
        .filter(|l| l.speaker == Speaker::Assistant)
    {
        let item = match citation::first_title(&l.text) {
            Some(title) => format!("help page \"{title}\""),
            None => clip(first_sentence(&l.text), 90),
        };
        if !out.contains(&item) {
            out.push(item);
        }
    }
    let skip = out.len().saturating_sub(4);
    out.into_iter().skip(skip).collect()
}

const URGENT: &[&str] = &[
    "urgent",
    "urgently",
    "asap",
    "today",
    "tonight",
    "tomorrow",
    "deadline",
    "before",
    "by",
    "birthday",
    "christmas",
    "trip",
    "holiday",
    "wedding",
    "immediately",
    "dringend",
    "heute",
    "morgen",
    "urgente",
    "hoy",
    "mañana",
    "demain",
    "aujourd'hui",
    "domani",
    "oggi",
    "morgen",
    "vandaag",
    "pilne",
    "jutro",
    "dzisiaj",
    "amanhã",
    "hoje",
];

/// The customer's words about time pressure, if any (latest first).
fn urgency(customer: &[&str]) -> Option<String> {
    for line in customer.iter().rev() {
        for sentence in line.split(['.', '!', '?', '\n']) {
            let w = text::words(sentence);
            // A day of the week is time pressure as much as the words
            // for it.
            let pressing = |x: &str| URGENT.contains(&x) || text::WEEKDAYS.contains(&x);
            let by_day = w
                .windows(2)
                .any(|p| matches!(p[0].as_str(), "by" | "before" | "until") && pressing(&p[1]));
            let strong = w
                .iter()
                .any(|x| pressing(x) && !matches!(x.as_str(), "by" | "before"));
            if by_day || strong {
                return Some(clip(sentence, 120));
            }
        }
    }
    None
}

/// How the mood went over the customer's lines: "neutral", or a path such
/// as "neutral, then frustrated, then angry".
fn mood(customer: &[&str], now: &Assessment) -> String {
    let mut path: Vec<&'static str> = Vec::new();
    let last = customer.len().saturating_sub(1);
    for (i, l) in customer.iter().enumerate() {
        let label = if i == last {
            now.sentiment_label()
        } else {
            crate::policy::assess(l).sentiment_label()
        };
        if path.last() != Some(&label) {
            path.push(label);
        }
    }
    if path.is_empty() {
        path.push(now.sentiment_label());
    }
    path.join(", then ")
}
