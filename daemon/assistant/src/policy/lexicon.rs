//! The words the policy's clause rules look for: people, verbs of
//! talking and routing, desires, order actions and nouns, account words.
//! English only; other languages reach the rules through `signals` and
//! the learned reader.

pub(super) const PERSON: &[&str] = &[
    "human",
    "humans",
    "person",
    "people",
    "agent",
    "agents",
    "representative",
    "representatives",
    "rep",
    "someone",
    "somebody",
    "staff",
    "employee",
    "operator",
    "manager",
    "supervisor",
    "colleague",
    "team",
    "advisor",
    "adviser",
    "associate",
    "individual",
    "anyone",
    "anybody",
    "man",
    "woman",
    "lady",
    "guy",
];
/// Nouns that are people only with a qualifier ("a real person") or that
/// name the support function rather than a person.
pub(super) const SUPPORT: &[&str] = &["support", "service", "helpdesk", "desk"];
pub(super) const TALK: &[&str] = &["talk", "speak", "chat", "discuss", "converse"];
pub(super) const CONTACT: &[&str] = &[
    "call", "phone", "ring", "contact", "email", "text", "reach", "message",
];
pub(super) const ROUTE: &[&str] = &[
    "connect", "transfer", "put", "escalate", "forward", "pass", "hand", "get", "bring", "give",
    "find", "send", "switch",
];
pub(super) const DESIRE: &[&str] = &[
    "want", "need", "like", "wish", "prefer", "demand", "insist", "request", "rather", "love",
    "require",
];
pub(super) const MODAL: &[&str] = &["can", "could", "would", "will", "may", "might"];
pub(super) const INFO_WH: &[&str] = &["what", "when", "which", "where", "who", "whose"];
/// Words that make a clause about opening times or channels, i.e. asking
/// for information about the team rather than for the team.
pub(super) const INFO_TOPIC: &[&str] = &[
    "hours",
    "hour",
    "open",
    "opening",
    "number",
    "address",
    "times",
    "time",
    "weekend",
    "weekends",
    "sunday",
    "saturday",
    "available",
    "availability",
    "phone",
    "languages",
    "language",
    "days",
    "closed",
    "holiday",
    "holidays",
];
pub(super) const NEGATION: &[&str] = &["not", "no", "never", "without", "nobody"];
pub(super) const FILLER: &[&str] = &[
    "please",
    "pls",
    "plz",
    "now",
    "just",
    "ok",
    "okay",
    "hey",
    "hi",
    "hello",
    "a",
    "an",
    "the",
    "real",
    "actual",
    "live",
    "living",
    "some",
    "right",
    "away",
    "asap",
    "thanks",
    "thank",
    "you",
    "sir",
    "immediately",
    "quick",
    "quickly",
    "one",
    "your",
    "of",
    "from",
    "with",
    "to",
];

pub(super) const ORDER_ACTION: &[&str] = &[
    "cancel",
    "cancelled",
    "canceled",
    "cancelling",
    "canceling",
    "refund",
    "refunded",
    "refunding",
    "reimburse",
    "change",
    "changing",
    "modify",
    "amend",
    "edit",
    "update",
    "swap",
    "exchange",
    "switch",
    "add",
    "remove",
    "redirect",
    "reroute",
    "stop",
    "undo",
    "reverse",
    // A booking is moved: "move my ski rental reservation to sunday".
    "move",
    "reschedule",
    "postpone",
    // "can you extend my rental until wednesday", "hold my order until
    // friday", "bump 58261 to express".
    "extend",
    "hold",
    "bump",
    "upgrade",
];
pub(super) const ORDER_NOUN: &[&str] = &[
    "order",
    "orders",
    "reservation",
    "booking",
    "rental",
    "purchase",
    "purchases",
    "parcel",
    "package",
    "shipment",
    "delivery",
    "address",
    "item",
    "items",
    "size",
    "colour",
    "color",
    "quantity",
    "payment",
    "money",
    "refund",
    "it",
    "this",
    "that",
    "them",
    "me",
    "one",
];
pub(super) const ACCOUNT_NOUN: &[&str] = &[
    "account", "email", "e-mail", "login", "username", "profile", "password", "name", "log",
    "sign", "access",
];
pub(super) const SECURITY: &[&str] = &[
    "hacked",
    "hack",
    "hacker",
    "compromised",
    "unauthorized",
    "unauthorised",
    "stolen",
    "fraud",
    "fraudulent",
    "phishing",
    "breached",
];
pub(super) const TRIED: &[&str] = &[
    "after", "already", "tried", "still", "again", "keeps", "keep", "even", "several", "multiple",
    "twice", "times",
];
/// Words of a login that failed after trying. Not "locked": an account
/// locked after too many tries unlocks by itself, and help pages say when.
pub(super) const FAIL: &[&str] = &[
    "not", "unable", "fails", "failed", "failing", "broken", "error", "won't", "doesn't", "stuck",
];
