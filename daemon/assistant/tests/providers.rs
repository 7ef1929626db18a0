//! The remote providers against a fake provider speaking each wire format
//! byte for byte (see `providers/fake.rs`).
//!
//! Every test asserts exact values: the JSON the provider sent, the deltas
//! the sink got (in order), the finished turn, or the error variant.

// The helpers live beside this file in `providers/` (a crate root's
// modules would otherwise be looked for in `tests/`, where cargo would take
// each file for a test binary of its own).
#[path = "providers/fake.rs"]
mod fake;

#[path = "providers/anthropic.rs"]
mod anthropic;
#[path = "providers/openai.rs"]
mod openai;

use concierge_assistant::provider::{
    ChatMessage, DeltaSink, ModelRequest, ModelTurn, ProviderError, ToolCall, ToolSpec,
};
use serde_json::json;

/// Collects deltas so a test can check their order and concatenation.
#[derive(Default)]
struct Deltas(Vec<String>);

impl DeltaSink for Deltas {
    fn delta(&mut self, text: &str) {
        self.0.push(text.to_owned());
    }
}

impl Deltas {
    fn joined(&self) -> String {
        self.0.concat()
    }
}

/// A successful turn whose streamed deltas must add up to its text.
fn streamed(result: Result<ModelTurn, ProviderError>, deltas: &Deltas) -> ModelTurn {
    let turn = match result {
        Ok(turn) => turn,
        Err(e) => panic!("expected a turn, got {e:?}"),
    };
    assert_eq!(deltas.joined(), turn.text, "deltas must add up to the text");
    turn
}

fn simple_request() -> ModelRequest {
    ModelRequest {
        messages: vec![
            ChatMessage::system("You are Concierge."),
            ChatMessage::user("Where is my parcel?"),
        ],
        tools: Vec::new(),
    }
}

fn order_tool() -> ToolSpec {
    ToolSpec {
        name: "get_order".into(),
        description: "Look up one of the customer's orders".into(),
        parameters: json!({
            "type": "object",
            "properties": {"orderId": {"type": "string"}},
            "required": ["orderId"],
        }),
    }
}

fn handover_tool() -> ToolSpec {
    ToolSpec {
        name: "transfer_to_human".into(),
        description: "Hand the chat to staff".into(),
        parameters: json!({"type": "object", "properties": {}}),
    }
}

/// A conversation that went through one round of two parallel tool calls.
fn request_with_tool_round() -> ModelRequest {
    let mut assistant = ChatMessage::assistant("Let me check.");
    assistant.tool_calls = vec![
        call("call_1", "get_order", r#"{"orderId":"A-1001"}"#),
        call("call_2", "get_order", r#"{"orderId":"A-1002"}"#),
    ];
    ModelRequest {
        messages: vec![
            ChatMessage::system("You are Concierge."),
            ChatMessage::user("Where are A-1001 and A-1002?"),
            assistant,
            ChatMessage::tool_result("call_1", r#"{"status":"shipped"}"#),
            ChatMessage::tool_result("call_2", r#"{"status":"packing"}"#),
        ],
        tools: vec![order_tool(), handover_tool()],
    }
}

fn call(id: &str, name: &str, arguments: &str) -> ToolCall {
    ToolCall {
        id: id.into(),
        name: name.into(),
        arguments: arguments.into(),
    }
}

/// Byte offset of the `nth` (0-based) occurrence of `needle` in `hay`.
fn offset_of(hay: &str, needle: &str, nth: usize) -> usize {
    hay.match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} occurs fewer than {} times", nth + 1))
        .0
}

/// A cut strictly inside the first multi-byte character of `needle`.
fn inside_char(hay: &str, needle: &str) -> usize {
    let at = offset_of(hay, needle, 0);
    assert!(needle.chars().next().unwrap().len_utf8() > 1);
    let cut = at + 1;
    assert!(!hay.is_char_boundary(cut));
    cut
}

/// The orchestrator runs turns on spawned tokio tasks: the providers'
/// futures must be `Send` (this fails to compile otherwise).
#[allow(dead_code)]
fn complete_futures_are_send(
    openai: &concierge_assistant::openai::OpenAiProvider,
    anthropic: &concierge_assistant::anthropic::AnthropicProvider,
    req: &ModelRequest,
    sink: &mut dyn DeltaSink,
) {
    fn is_send<T: Send>(_: &T) {}
    is_send(&openai.complete(req, sink));
    is_send(&anthropic.complete(req, sink));
}
