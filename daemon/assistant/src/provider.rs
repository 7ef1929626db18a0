//! The boundary every language-model provider sits behind.
//!
//! A provider turns a conversation (plus the tool specs it may call) into one
//! model turn: streamed text deltas and, possibly, tool calls. It knows
//! nothing about tools' effects, the escalation policy or the grounding
//! guard: those live in the orchestrator (`crate::Assistant`) so that every
//! provider obeys them alike.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Who said a line of the conversation handed to a model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChatRole {
    /// Instructions from the shop (the system prompt).
    System,
    /// The customer.
    User,
    /// The assistant itself (earlier replies, or a turn that called tools).
    Assistant,
    /// The result of a tool call, answering `tool_call_id`.
    Tool,
}

/// One entry of the conversation sent to a model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatMessage {
    pub role: ChatRole,
    pub content: String,
    /// Tool calls the assistant made in this turn (role `Assistant` only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tool_calls: Vec<ToolCall>,
    /// The call this message answers (role `Tool` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_call_id: Option<String>,
}

impl ChatMessage {
    pub fn system(content: impl Into<String>) -> Self {
        Self::plain(ChatRole::System, content)
    }
    pub fn user(content: impl Into<String>) -> Self {
        Self::plain(ChatRole::User, content)
    }
    pub fn assistant(content: impl Into<String>) -> Self {
        Self::plain(ChatRole::Assistant, content)
    }
    pub fn tool_result(call_id: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            role: ChatRole::Tool,
            content: content.into(),
            tool_calls: Vec::new(),
            tool_call_id: Some(call_id.into()),
        }
    }
    fn plain(role: ChatRole, content: impl Into<String>) -> Self {
        Self {
            role,
            content: content.into(),
            tool_calls: Vec::new(),
            tool_call_id: None,
        }
    }
}

/// A tool the model may call: name, description and JSON Schema of its
/// arguments (an object schema).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolSpec {
    pub name: String,
    pub description: String,
    pub parameters: serde_json::Value,
}

/// A tool call requested by the model, with its arguments reassembled into
/// one JSON text (providers stream them in fragments).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolCall {
    pub id: String,
    pub name: String,
    /// The raw JSON arguments as the model produced them; the orchestrator
    /// parses and validates them (a model may produce garbage).
    pub arguments: String,
}

/// What a provider is asked for one model turn.
#[derive(Debug, Clone)]
pub struct ModelRequest {
    pub messages: Vec<ChatMessage>,
    pub tools: Vec<ToolSpec>,
}

/// One finished model turn.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ModelTurn {
    /// All text the model produced in this turn (the concatenated deltas).
    pub text: String,
    /// Tool calls; non-empty means this is a tool turn, whatever
    /// `finish_reason` the server gave (some servers end it with `stop`).
    pub tool_calls: Vec<ToolCall>,
    pub usage: Option<Usage>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    pub input_tokens: u64,
    pub output_tokens: u64,
}

/// Why a provider could not finish a turn. The orchestrator decides what to
/// do (retry once when nothing was streamed, then apologise and hand over).
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    #[error("provider timed out")]
    Timeout,
    #[error("provider rate limited the request")]
    RateLimited { retry_after: Option<Duration> },
    #[error("provider rejected the credentials (HTTP {status}): check the API key setting")]
    Unauthorized { status: u16 },
    #[error("provider returned HTTP {status}")]
    Http { status: u16 },
    #[error("provider stream broke: {0}")]
    Stream(String),
    #[error("provider sent a response that could not be understood: {0}")]
    Protocol(String),
    #[error("could not reach provider: {0}")]
    Connect(String),
}

impl ProviderError {
    /// Worth one retry (when nothing has been streamed to the customer yet)?
    pub fn is_retryable(&self) -> bool {
        !matches!(self, ProviderError::Unauthorized { .. })
    }
}

/// Receives streamed text as it arrives, in order.
pub trait DeltaSink: Send {
    fn delta(&mut self, text: &str);
}

impl<F: FnMut(&str) + Send> DeltaSink for F {
    fn delta(&mut self, text: &str) {
        self(text)
    }
}
