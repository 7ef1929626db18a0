//! Canned replies in the reply box (issue 16): the team's shared ones,
//! fetched from the daemon, and my personal ones from `agent.toml`, which
//! win on a clash. `/code` completes with Tab; a complete code expands,
//! with `{customer.name}`, `{staff.name}` and `{order.id}` filled in.
//!
//! The shared replies are fetched with `list_canned_replies` on every
//! (re)connect and again each time the reply box opens, so a change an
//! admin made reaches the console at the latest when someone next starts
//! a reply (one small read; no push event needed across nodes).
//!
//! `{order.id}` is the most recent order number mentioned in the chat
//! ("order 1042", "order #1042", "order no. 1042", "#1042"). With none,
//! the variable stays as written and the status line says so; a reply
//! still holding a variable is never sent silently: the first Enter
//! warns, a second Enter sends it as it is.

use std::collections::BTreeMap;

use concierge_shared::canned::{
    CannedReplies, CannedReply, RESERVED_CODES, VARIABLES, placeholders,
};
use concierge_shared::{ClientEvent, ListCannedReplies};
use serde_json::Value;

use crate::state::{Chat, Pending, State};
use crate::update::{Command, send};

/// The shared replies as last fetched, and the reply-box guard.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shared {
    pub replies: Vec<CannedReply>,
    /// A draft I was warned holds an unfilled variable: sending exactly
    /// it again goes ahead.
    pub warned: Option<String>,
}

/// Where a reply comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Personal,
    Shared,
}

impl Source {
    pub fn label(self) -> &'static str {
        match self {
            Source::Personal => "mine",
            Source::Shared => "team",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub code: String,
    pub body: String,
    pub source: Source,
}

/// Every reply I can use, by code: shared ones, then personal ones over
/// them.
pub fn merged(state: &State) -> BTreeMap<String, Candidate> {
    let mut all = BTreeMap::new();
    for r in &state.shared_replies.replies {
        all.insert(
            r.code.clone(),
            Candidate {
                code: r.code.clone(),
                body: r.body.clone(),
                source: Source::Shared,
            },
        );
    }
    for (code, body) in &state.settings.canned {
        all.insert(
            code.clone(),
            Candidate {
                code: code.clone(),
                body: body.clone(),
                source: Source::Personal,
            },
        );
    }
    all
}

/// The code being typed: the whole draft is `/` and a word with no
/// space. Reply-box commands (`/note …`, `/order …`) are not codes.
pub fn typed_code(draft: &str) -> Option<&str> {
    let code = draft.trim().strip_prefix('/')?;
    if code.contains(char::is_whitespace) || RESERVED_CODES.contains(&code) {
        return None;
    }
    Some(code)
}

/// The replies whose code starts with `prefix`, by code.
pub fn completions(state: &State, prefix: &str) -> Vec<Candidate> {
    merged(state)
        .into_values()
        .filter(|c| c.code.starts_with(prefix))
        .collect()
}

/// What fills the variables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vars {
    pub customer_name: Option<String>,
    pub staff_name: Option<String>,
    pub order_id: Option<String>,
}

impl Vars {
    pub fn for_chat(state: &State, chat: &Chat) -> Self {
        Vars {
            customer_name: Some(chat.customer_name.trim().to_string()).filter(|n| !n.is_empty()),
            staff_name: state
                .me
                .as_ref()
                .map(|m| m.user_name.trim().to_string())
                .filter(|n| !n.is_empty()),
            order_id: last_order_number(chat.messages.values().rev().map(|m| m.content.as_str())),
        }
    }

    fn get(&self, var: &str) -> Option<&str> {
        match var {
            "customer.name" => self.customer_name.as_deref(),
            "staff.name" => self.staff_name.as_deref(),
            "order.id" => self.order_id.as_deref(),
            _ => None,
        }
    }
}

/// A body with its variables filled in, and those left as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expanded {
    pub text: String,
    pub unfilled: Vec<String>,
}

/// Fill every known variable that has a value; the rest stay `{…}`.
/// One pass, so a value that happens to hold `{…}` is kept as typed.
pub fn expand(body: &str, vars: &Vars) -> Expanded {
    let mut text = String::with_capacity(body.len());
    let mut unfilled: Vec<String> = Vec::new();
    let mut rest = body;
    while let Some(i) = rest.find('{') {
        text.push_str(&rest[..i]);
        let at = &rest[i..];
        let var = at
            .find('}')
            .map(|j| (&at[1..j], j))
            .filter(|(inner, _)| VARIABLES.contains(inner));
        match var {
            Some((inner, j)) => {
                match vars.get(inner) {
                    Some(value) => text.push_str(value),
                    None => {
                        text.push_str(&at[..=j]);
                        let token = format!("{{{inner}}}");
                        if !unfilled.contains(&token) {
                            unfilled.push(token);
                        }
                    }
                }
                rest = &at[j + 1..];
            }
            None => {
                text.push('{');
                rest = &at[1..];
            }
        }
    }
    text.push_str(rest);
    // Unknown ones of the same shape (a typo in a personal reply) too.
    for token in unfilled_in(body) {
        if !unfilled.contains(&token) && !VARIABLES.iter().any(|v| token == format!("{{{v}}}")) {
            unfilled.push(token);
        }
    }
    Expanded { text, unfilled }
}

/// The variables still in `text`, as written (`{order.id}`): the known
/// ones left unfilled, and anything of their shape (`{customer.nmae}` in a
/// personal reply, which the daemon would have refused in a shared one).
pub fn unfilled_in(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in placeholders(text) {
        let token = format!("{{{p}}}");
        if !out.contains(&token) {
            out.push(token);
        }
    }
    out
}

/// The most recent order number in `texts` (newest first): digits (3 to
/// 12) after the word "order" (optionally "#", "no.", "number"), or
/// after a "#". Within one message, the last one mentioned.
pub fn last_order_number<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    texts.into_iter().find_map(order_in)
}

fn order_in(text: &str) -> Option<String> {
    let digits = |w: &str| {
        let w = w.trim_start_matches('#');
        let w = w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        (3..=12).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
    };
    let clean = |w: &str| {
        w.trim_start_matches('#')
            .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
            .to_string()
    };
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if bare == "order" || bare == "orders" {
            let mut j = i + 1;
            while j < words.len()
                && j <= i + 2
                && matches!(
                    words[j].trim_end_matches([':', '.']),
                    "#" | "no" | "nr" | "number" | "num"
                )
            {
                j += 1;
            }
            if let Some(n) = words.get(j).filter(|n| digits(n)) {
                found = Some(clean(n));
            }
        } else if w.starts_with('#') && digits(w) {
            found = Some(clean(w));
        }
    }
    found
}

/// Ask the daemon for the shared replies (nothing while offline).
pub fn fetch(state: &mut State, out: &mut Vec<Command>) {
    let ev = ClientEvent::ListCannedReplies(ListCannedReplies {});
    send(state, out, ev, Some(Pending::CannedReplies));
}

pub fn on_ack(state: &mut State, data: Value) {
    match serde_json::from_value::<CannedReplies>(data) {
        Ok(r) => state.shared_replies.replies = r.replies,
        Err(_) => tracing::warn!("list_canned_replies ack without the expected fields"),
    }
}

/// Replace the draft `/code` with the reply, variables filled in, and
/// say in the status line what was left unfilled.
fn insert(state: &mut State, c: &Candidate) {
    let Some(chat) = state.selected_chat() else {
        return;
    };
    let vars = Vars::for_chat(state, chat);
    let e = expand(&c.body, &vars);
    if let Some(chat) = state.selected_chat_mut() {
        chat.draft.set(&e.text);
    }
    let from = match c.source {
        Source::Personal => "",
        Source::Shared => " (team)",
    };
    if e.unfilled.is_empty() {
        state.set_flash(format!("/{}{from} expanded: Enter sends", c.code));
    } else {
        state.set_flash(format!(
            "⚠ /{}{from}: {} not filled ({}): edit before sending",
            c.code,
            e.unfilled.join(" "),
            why_unfilled(&e.unfilled)
        ));
    }
}

fn why_unfilled(unfilled: &[String]) -> &'static str {
    if unfilled.iter().any(|u| u == "{order.id}") {
        "no order number in this chat"
    } else if unfilled
        .iter()
        .any(|u| !VARIABLES.iter().any(|v| *u == format!("{{{v}}}")))
    {
        "not a known variable"
    } else {
        "unknown here"
    }
}

/// Tab in the reply box. Returns whether the draft was a `/code`.
///
/// An exact code, or the only one starting so, expands. Several: the
/// draft grows to what they share, and the list above the box shows
/// them. None: the status line says so.
pub fn on_tab(state: &mut State) -> bool {
    let Some(prefix) = state
        .selected_chat()
        .and_then(|c| typed_code(&c.draft.text))
        .map(str::to_string)
    else {
        return false;
    };
    let all = merged(state);
    if let Some(exact) = all.get(&prefix) {
        let exact = exact.clone();
        insert(state, &exact);
        return true;
    }
    let matching: Vec<&Candidate> = all
        .values()
        .filter(|c| c.code.starts_with(&prefix))
        .collect();
    match matching.as_slice() {
        [] => state.set_flash(no_such(&prefix, &all)),
        [one] => {
            let one = (*one).clone();
            insert(state, &one);
        }
        several => {
            let common = common_prefix(several.iter().map(|c| c.code.as_str()));
            if common.len() > prefix.len()
                && let Some(chat) = state.selected_chat_mut()
            {
                chat.draft.set(&format!("/{common}"));
            }
            state.set_flash(format!("{} replies start with /{prefix}", several.len()));
        }
    }
    true
}

/// Enter on a draft that is a `/code`: an exact code expands (and is not
/// sent yet); anything else that looks like one is not sent either.
/// Returns whether the draft was a `/code`.
pub fn on_enter(state: &mut State) -> bool {
    let Some(code) = state
        .selected_chat()
        .and_then(|c| typed_code(&c.draft.text))
        .filter(|c| !c.is_empty())
        .map(str::to_string)
    else {
        return false;
    };
    let all = merged(state);
    match all.get(&code) {
        Some(c) => {
            let c = c.clone();
            insert(state, &c);
        }
        None => state.set_flash(no_such(&code, &all)),
    }
    true
}

/// Before sending: a draft still holding a variable is held back once,
/// with a warning; the same draft sent again goes out as it is.
pub fn hold_unfilled(state: &mut State) -> bool {
    let Some(text) = state.selected_chat().map(|c| c.draft.text.clone()) else {
        return false;
    };
    let unfilled = unfilled_in(&text);
    if unfilled.is_empty() || state.shared_replies.warned.as_deref() == Some(text.as_str()) {
        state.shared_replies.warned = None;
        return false;
    }
    state.set_flash(format!(
        "⚠ the reply still holds {}: edit it, or Enter again sends it as is",
        unfilled.join(" ")
    ));
    state.shared_replies.warned = Some(text);
    true
}

fn no_such(code: &str, all: &BTreeMap<String, Candidate>) -> String {
    if all.is_empty() {
        format!("no canned reply /{code} (none configured)")
    } else {
        let known: Vec<String> = all.keys().map(|k| format!("/{k}")).collect();
        format!("no canned reply /{code}; known: {}", known.join(" "))
    }
}

fn common_prefix<'a>(mut codes: impl Iterator<Item = &'a str>) -> String {
    let Some(first) = codes.next() else {
        return String::new();
    };
    let mut common = first.to_string();
    for c in codes {
        let n = common
            .chars()
            .zip(c.chars())
            .take_while(|(a, b)| a == b)
            .count();
        common = common.chars().take(n).collect();
    }
    common
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(order: Option<&str>) -> Vars {
        Vars {
            customer_name: Some("Carol".into()),
            staff_name: Some("Sam".into()),
            order_id: order.map(str::to_string),
        }
    }

    #[test]
    fn every_variable_with_a_value_is_filled() {
        let e = expand(
            "Hi {customer.name}, {staff.name} here: order {order.id} ships today. {customer.name}!",
            &vars(Some("1042")),
        );
        assert_eq!(e.text, "Hi Carol, Sam here: order 1042 ships today. Carol!");
        assert!(e.unfilled.is_empty());
    }

    #[test]
    fn a_variable_without_a_value_stays_and_is_reported() {
        let e = expand("Order {order.id} for {customer.name}", &vars(None));
        assert_eq!(e.text, "Order {order.id} for Carol");
        assert_eq!(e.unfilled, ["{order.id}"]);
        let none = Vars::default();
        let e = expand("{staff.name} / {customer.name}", &none);
        assert_eq!(e.unfilled, ["{staff.name}", "{customer.name}"]);
        // Other braces are text, untouched; an unknown variable's shape
        // (a typo in a personal reply) is reported, never filled.
        let e = expand("use {x} or {a b} or {customer.nmae}", &none);
        assert_eq!(e.text, "use {x} or {a b} or {customer.nmae}");
        assert_eq!(e.unfilled, ["{customer.nmae}"]);
        assert_eq!(
            unfilled_in("{x} {order.id} {a.b} {order.id}"),
            ["{order.id}", "{a.b}"]
        );
    }

    #[test]
    fn a_value_holding_braces_is_not_expanded_again() {
        let v = Vars {
            customer_name: Some("{staff.name}".into()),
            staff_name: Some("Sam".into()),
            order_id: None,
        };
        // The value is text: it must survive as typed.
        let e = expand("Hi {customer.name}", &v);
        assert_eq!(e.text, "Hi {staff.name}");
    }

    #[test]
    fn the_latest_order_number_is_found() {
        let newest_first = [
            "thanks",
            "it was order #1042, or maybe order no. 1043",
            "my order 999 arrived",
        ];
        assert_eq!(
            last_order_number(newest_first.into_iter()).as_deref(),
            Some("1043")
        );
        assert_eq!(order_in("Order: 55512.").as_deref(), Some("55512"));
        assert_eq!(order_in("see #20417").as_deref(), Some("20417"));
        assert_eq!(order_in("order number 1042?").as_deref(), Some("1042"));
        assert_eq!(order_in("I ordered 3 items"), None);
        assert_eq!(order_in("order 12"), None);
        assert_eq!(order_in("order 1234567890123"), None);
        assert_eq!(order_in("call 555 1234"), None);
        assert_eq!(last_order_number(["hello"].into_iter()), None);
    }

    #[test]
    fn codes_are_typed_after_a_slash_without_spaces() {
        assert_eq!(typed_code("/ref"), Some("ref"));
        assert_eq!(typed_code(" /refund "), Some("refund"));
        assert_eq!(typed_code("/"), Some(""));
        assert_eq!(typed_code("/note hello"), None);
        assert_eq!(typed_code("/order 1042"), None);
        assert_eq!(typed_code("/note"), None);
        assert_eq!(typed_code("hello /x"), None);
    }

    #[test]
    fn the_common_prefix_of_codes() {
        assert_eq!(
            common_prefix(["refund", "refuse", "ref"].into_iter()),
            "ref"
        );
        assert_eq!(common_prefix(["abc"].into_iter()), "abc");
    }
}
