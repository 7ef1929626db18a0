//! Anthropic's Messages API (`POST {base_url}/v1/messages`, streamed).
//!
//! The conversation maps onto Anthropic's shape like this:
//! - system messages become the top-level `system` field (joined by a blank
//!   line: the API has no system role inside `messages`);
//! - an assistant turn's tool calls become `tool_use` blocks after its text;
//! - tool results become `tool_result` blocks of a `user` message, and
//!   consecutive messages of one role are merged into one message, so the
//!   results of parallel calls travel together as the API requires;
//! - empty text is left out (the API refuses empty text blocks).
//!
//! The stream is a sequence of typed events (`message_start`,
//! `content_block_start/delta/stop`, `message_delta`, `message_stop`, `ping`,
//! `error`); `text_delta`s go to the sink, `input_json_delta`s are
//! reassembled per content block into the tool call's arguments.

use std::time::Duration;

use serde::Deserialize;
use serde_json::{Value, json};
use tokio::time::Instant;

use crate::AnthropicConfig;
use crate::provider::{
    ChatMessage, ChatRole, DeltaSink, ModelRequest, ModelTurn, ProviderError, ToolCall, Usage,
};
use crate::sse::transport::{self, truncate};

/// The API version this module speaks (event and block shapes depend on it).
const API_VERSION: &str = "2023-06-01";

/// A client for one configured Anthropic endpoint.
pub struct AnthropicProvider {
    http: reqwest::Client,
    endpoint: String,
    api_key: Option<String>,
    model: String,
    max_tokens: u32,
    timeout: Duration,
    stall_timeout: Duration,
}

impl std::fmt::Debug for AnthropicProvider {
    // The key must never reach a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AnthropicProvider")
            .field("endpoint", &self.endpoint)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("model", &self.model)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl AnthropicProvider {
    /// `timeout` bounds one whole request, connect to last byte.
    pub fn new(cfg: &AnthropicConfig, timeout: Duration) -> Result<Self, ProviderError> {
        let base = transport::base_url(&cfg.base_url)?;
        Ok(Self {
            http: transport::client(timeout)?,
            endpoint: format!("{base}/v1/messages"),
            api_key: cfg.api_key.clone().filter(|k| !k.trim().is_empty()),
            model: cfg.model.clone(),
            max_tokens: cfg.max_tokens,
            timeout,
            stall_timeout: transport::DEFAULT_STALL_TIMEOUT.min(timeout),
        })
    }

    /// Overrides how long the stream may go silent between two chunks
    /// (default 30 s, never more than the request timeout). Anthropic sends
    /// `ping` events while it thinks, so silence really means trouble.
    pub fn with_stall_timeout(mut self, stall: Duration) -> Self {
        self.stall_timeout = stall.min(self.timeout);
        self
    }

    /// Runs one model turn, streaming its text into `sink`.
    pub async fn complete(
        &self,
        req: &ModelRequest,
        sink: &mut dyn DeltaSink,
    ) -> Result<ModelTurn, ProviderError> {
        let deadline = Instant::now() + self.timeout;
        let body = request_body(&self.model, self.max_tokens, req);
        tracing::debug!(
            model = %self.model,
            messages = req.messages.len(),
            tools = req.tools.len(),
            "anthropic: sending messages request"
        );
        let mut http = self
            .http
            .post(&self.endpoint)
            .header("anthropic-version", API_VERSION)
            .json(&body);
        if let Some(key) = &self.api_key {
            http = http.header("x-api-key", key);
        }
        let mut events = transport::open(
            "anthropic",
            http,
            deadline,
            self.stall_timeout,
            self.api_key.as_deref(),
        )
        .await?;

        let mut turn = TurnBuilder::default();
        while let Some(event) = events.next().await? {
            if turn.apply(&event.event, &event.data, sink)? {
                return Ok(turn.finish());
            }
        }
        Err(ProviderError::Stream(
            "stream ended before message_stop".to_owned(),
        ))
    }
}

// ---- request -------------------------------------------------------------

/// The JSON body. Built as a `Value` because message content is either a
/// string or a list of typed blocks.
fn request_body(model: &str, max_tokens: u32, req: &ModelRequest) -> Value {
    let system: Vec<&str> = req
        .messages
        .iter()
        .filter(|m| m.role == ChatRole::System && !m.content.is_empty())
        .map(|m| m.content.as_str())
        .collect();
    let mut body = json!({
        "model": model,
        "max_tokens": max_tokens,
        "messages": wire_messages(&req.messages),
        "stream": true,
    });
    if !system.is_empty() {
        body["system"] = Value::String(system.join("\n\n"));
    }
    if !req.tools.is_empty() {
        body["tools"] = req
            .tools
            .iter()
            .map(|t| {
                json!({
                    "name": t.name,
                    "description": t.description,
                    "input_schema": t.parameters,
                })
            })
            .collect();
    }
    body
}

fn wire_messages(messages: &[ChatMessage]) -> Vec<Value> {
    let mut turns: Vec<(&'static str, Vec<Value>)> = Vec::new();
    for m in messages {
        let (role, blocks) = match m.role {
            ChatRole::System => continue,
            ChatRole::User => ("user", text_block(&m.content)),
            ChatRole::Assistant => {
                let mut blocks = text_block(&m.content);
                blocks.extend(m.tool_calls.iter().map(|c| {
                    json!({
                        "type": "tool_use",
                        "id": c.id,
                        "name": c.name,
                        "input": tool_input(&c.arguments),
                    })
                }));
                ("assistant", blocks)
            }
            ChatRole::Tool => (
                "user",
                vec![json!({
                    "type": "tool_result",
                    "tool_use_id": m.tool_call_id.as_deref().unwrap_or_default(),
                    "content": m.content,
                })],
            ),
        };
        if blocks.is_empty() {
            continue;
        }
        match turns.last_mut() {
            Some((last, existing)) if *last == role => existing.extend(blocks),
            _ => turns.push((role, blocks)),
        }
    }
    turns
        .into_iter()
        .map(|(role, blocks)| {
            // A lone text block is sent as a plain string, the common form.
            let content = match blocks.as_slice() {
                [only] if only["type"] == "text" => only["text"].clone(),
                _ => Value::Array(blocks),
            };
            json!({ "role": role, "content": content })
        })
        .collect()
}

fn text_block(text: &str) -> Vec<Value> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![json!({ "type": "text", "text": text })]
    }
}

/// `tool_use.input` must be a JSON object; arguments a model produced
/// earlier may not be one (the orchestrator already reported that to it).
fn tool_input(arguments: &str) -> Value {
    match serde_json::from_str::<Value>(arguments) {
        Ok(v @ Value::Object(_)) => v,
        _ => {
            tracing::debug!("anthropic: tool call arguments are not a JSON object; sending {{}}");
            json!({})
        }
    }
}

// ---- stream --------------------------------------------------------------

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum StreamEvent {
    MessageStart {
        message: MessageStart,
    },
    ContentBlockStart {
        index: usize,
        content_block: BlockStart,
    },
    ContentBlockDelta {
        index: usize,
        delta: BlockDelta,
    },
    ContentBlockStop,
    MessageDelta {
        #[serde(default)]
        delta: MessageDeltaBody,
        usage: Option<WireUsage>,
    },
    MessageStop,
    Ping,
    Error {
        error: Value,
    },
    /// Event types added after this module was written are skipped, as the
    /// API's versioning policy asks.
    #[serde(other)]
    Unknown,
}

#[derive(Deserialize)]
struct MessageStart {
    usage: Option<WireUsage>,
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum BlockStart {
    Text {
        #[serde(default)]
        text: String,
    },
    ToolUse {
        id: String,
        name: String,
    },
    /// Thinking, server tools and whatever comes next: not for the customer.
    #[serde(other)]
    Other,
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum BlockDelta {
    TextDelta {
        text: String,
    },
    InputJsonDelta {
        partial_json: String,
    },
    #[serde(other)]
    Other,
}

#[derive(Deserialize, Default)]
struct MessageDeltaBody {
    stop_reason: Option<String>,
}

#[derive(Deserialize)]
struct WireUsage {
    input_tokens: Option<u64>,
    output_tokens: Option<u64>,
}

enum Block {
    Text,
    Tool(ToolCall),
    Ignored,
}

#[derive(Default)]
struct TurnBuilder {
    text: String,
    /// Content blocks by their `index`.
    blocks: Vec<(usize, Block)>,
    input_tokens: Option<u64>,
    output_tokens: Option<u64>,
    stop_reason: Option<String>,
}

impl TurnBuilder {
    /// Applies one event; `true` once the message is complete.
    fn apply(
        &mut self,
        name: &str,
        data: &str,
        sink: &mut dyn DeltaSink,
    ) -> Result<bool, ProviderError> {
        let event: StreamEvent = match serde_json::from_str(data) {
            Ok(event) => event,
            // An error event whose body is not the documented JSON is still
            // an error, not a protocol mystery.
            Err(_) if name == "error" => return Err(ProviderError::Stream(truncate(data))),
            Err(e) => {
                return Err(ProviderError::Protocol(format!(
                    "messages stream event `{name}` is not valid: {e}"
                )));
            }
        };
        match event {
            StreamEvent::MessageStart { message } => {
                if let Some(u) = message.usage {
                    self.add_usage(u);
                }
            }
            StreamEvent::ContentBlockStart {
                index,
                content_block,
            } => {
                let block = match content_block {
                    BlockStart::Text { text } => {
                        self.push_text(&text, sink);
                        Block::Text
                    }
                    BlockStart::ToolUse { id, name } => Block::Tool(ToolCall {
                        id,
                        name,
                        arguments: String::new(),
                    }),
                    BlockStart::Other => Block::Ignored,
                };
                self.blocks.push((index, block));
            }
            StreamEvent::ContentBlockDelta { index, delta } => match delta {
                BlockDelta::TextDelta { text } => self.push_text(&text, sink),
                BlockDelta::InputJsonDelta { partial_json } => match self.block(index) {
                    Some(Block::Tool(call)) => call.arguments.push_str(&partial_json),
                    _ => {
                        return Err(ProviderError::Protocol(format!(
                            "input_json_delta for content block {index}, which is not a tool_use"
                        )));
                    }
                },
                BlockDelta::Other => {}
            },
            StreamEvent::ContentBlockStop | StreamEvent::Ping | StreamEvent::Unknown => {}
            StreamEvent::MessageDelta { delta, usage } => {
                if delta.stop_reason.is_some() {
                    self.stop_reason = delta.stop_reason;
                }
                if let Some(u) = usage {
                    self.add_usage(u);
                }
            }
            StreamEvent::MessageStop => return Ok(true),
            StreamEvent::Error { error } => {
                let kind = error.get("type").and_then(Value::as_str).unwrap_or("error");
                let message = error.get("message").and_then(Value::as_str).unwrap_or("");
                return Err(ProviderError::Stream(truncate(&format!(
                    "{kind}: {message}"
                ))));
            }
        }
        Ok(false)
    }

    fn push_text(&mut self, text: &str, sink: &mut dyn DeltaSink) {
        if !text.is_empty() {
            sink.delta(text);
            self.text.push_str(text);
        }
    }

    fn block(&mut self, index: usize) -> Option<&mut Block> {
        self.blocks
            .iter_mut()
            .rev()
            .find(|(i, _)| *i == index)
            .map(|(_, b)| b)
    }

    /// `message_start` carries the input count, `message_delta` the running
    /// output count (cumulative, so the last one wins).
    fn add_usage(&mut self, u: WireUsage) {
        if u.input_tokens.is_some() {
            self.input_tokens = u.input_tokens;
        }
        if u.output_tokens.is_some() {
            self.output_tokens = u.output_tokens;
        }
    }

    fn finish(self) -> ModelTurn {
        let mut blocks = self.blocks;
        blocks.sort_by_key(|(i, _)| *i);
        let tool_calls: Vec<ToolCall> = blocks
            .into_iter()
            .filter_map(|(_, b)| match b {
                Block::Tool(mut call) => {
                    // A tool without parameters streams no input at all.
                    if call.arguments.trim().is_empty() {
                        call.arguments = "{}".to_owned();
                    }
                    Some(call)
                }
                _ => None,
            })
            .collect();
        tracing::debug!(
            stop_reason = self.stop_reason.as_deref().unwrap_or("none"),
            tool_calls = tool_calls.len(),
            "anthropic: turn finished"
        );
        let usage = (self.input_tokens.is_some() || self.output_tokens.is_some()).then(|| Usage {
            input_tokens: self.input_tokens.unwrap_or(0),
            output_tokens: self.output_tokens.unwrap_or(0),
        });
        ModelTurn {
            text: self.text,
            tool_calls,
            usage,
        }
    }
}
