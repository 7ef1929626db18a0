//! Any OpenAI-compatible Chat Completions server: OpenAI itself, Ollama,
//! vLLM, llama.cpp's server, LM Studio.
//!
//! One [`OpenAiProvider::complete`] call is one streamed
//! `POST {base_url}/chat/completions`. Text deltas are handed to the sink as
//! they arrive; tool-call fragments are reassembled by their `index`.
//! Compatible servers differ in small ways this module absorbs:
//! - Ollama (and others) end a tool turn with `finish_reason: "stop"` and may
//!   send every tool call whole in one chunk, so a turn is a tool turn
//!   whenever any tool call was seen, whatever the finish reason.
//! - Some servers repeat the call `id` in every fragment, some omit `index`,
//!   and some number parallel calls all `0`: a fragment with a new `id` opens
//!   a new call; one without `index` continues the last call.
//! - Errors can arrive inside a 200 stream as `{"error": {...}}` (OpenAI,
//!   vLLM) or `{"object": "error", ...}` (older vLLM).

use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::time::Instant;

use crate::OpenAiConfig;
use crate::provider::{
    ChatMessage, ChatRole, DeltaSink, ModelRequest, ModelTurn, ProviderError, ToolCall, ToolSpec,
    Usage,
};
use crate::sse::transport::{self, truncate};

/// A client for one configured OpenAI-compatible endpoint.
pub struct OpenAiProvider {
    http: reqwest::Client,
    endpoint: String,
    api_key: Option<String>,
    model: String,
    max_tokens: u32,
    temperature: f32,
    timeout: Duration,
    stall_timeout: Duration,
}

impl std::fmt::Debug for OpenAiProvider {
    // The key must never reach a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenAiProvider")
            .field("endpoint", &self.endpoint)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("model", &self.model)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl OpenAiProvider {
    /// `timeout` bounds one whole request, connect to last byte.
    pub fn new(cfg: &OpenAiConfig, timeout: Duration) -> Result<Self, ProviderError> {
        let base = transport::base_url(&cfg.base_url)?;
        Ok(Self {
            http: transport::client(timeout)?,
            endpoint: format!("{base}/chat/completions"),
            // An empty key means "none" (local servers), not "Bearer ".
            api_key: cfg.api_key.clone().filter(|k| !k.trim().is_empty()),
            model: cfg.model.clone(),
            max_tokens: cfg.max_tokens,
            temperature: cfg.temperature,
            timeout,
            stall_timeout: transport::DEFAULT_STALL_TIMEOUT.min(timeout),
        })
    }

    /// Overrides how long the stream may go silent between two chunks
    /// (default 30 s, never more than the request timeout).
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
        let body = request_body(self, req);
        tracing::debug!(
            model = %self.model,
            messages = req.messages.len(),
            tools = req.tools.len(),
            "openai: sending chat completion request"
        );
        let mut http = self.http.post(&self.endpoint).json(&body);
        if let Some(key) = &self.api_key {
            http = http.bearer_auth(key);
        }
        let mut events = transport::open(
            "openai",
            http,
            deadline,
            self.stall_timeout,
            self.api_key.as_deref(),
        )
        .await?;

        let mut turn = TurnBuilder::default();
        while let Some(event) = events.next().await? {
            let data = event.data.trim();
            if data == "[DONE]" {
                return Ok(turn.finish());
            }
            if event.event == "error" {
                return Err(ProviderError::Stream(error_text(data)));
            }
            turn.apply(data, sink)?;
        }
        // Closed cleanly: fine after a finish reason (a few servers skip
        // [DONE]), a broken stream otherwise.
        if turn.finish_reason.is_some() {
            Ok(turn.finish())
        } else {
            Err(ProviderError::Stream(
                "stream ended before the model finished".to_owned(),
            ))
        }
    }
}

// ---- request -------------------------------------------------------------

#[derive(Serialize)]
struct RequestBody<'a> {
    model: &'a str,
    messages: Vec<WireMessage<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tools: Vec<WireTool<'a>>,
    max_tokens: u32,
    temperature: f32,
    stream: bool,
    stream_options: StreamOptions,
}

#[derive(Serialize)]
struct StreamOptions {
    include_usage: bool,
}

#[derive(Serialize)]
struct WireMessage<'a> {
    role: &'static str,
    /// `null` only for an assistant turn that is nothing but tool calls.
    content: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_calls: Vec<WireToolCall<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tool_call_id: Option<&'a str>,
}

#[derive(Serialize)]
struct WireToolCall<'a> {
    id: &'a str,
    r#type: &'static str,
    function: WireFunctionCall<'a>,
}

#[derive(Serialize)]
struct WireFunctionCall<'a> {
    name: &'a str,
    arguments: &'a str,
}

#[derive(Serialize)]
struct WireTool<'a> {
    r#type: &'static str,
    function: WireFunction<'a>,
}

#[derive(Serialize)]
struct WireFunction<'a> {
    name: &'a str,
    description: &'a str,
    parameters: &'a serde_json::Value,
}

fn request_body<'a>(p: &'a OpenAiProvider, req: &'a ModelRequest) -> RequestBody<'a> {
    RequestBody {
        model: &p.model,
        messages: req.messages.iter().map(wire_message).collect(),
        tools: req.tools.iter().map(wire_tool).collect(),
        max_tokens: p.max_tokens,
        temperature: p.temperature,
        stream: true,
        stream_options: StreamOptions {
            include_usage: true,
        },
    }
}

fn wire_message(m: &ChatMessage) -> WireMessage<'_> {
    let role = match m.role {
        ChatRole::System => "system",
        ChatRole::User => "user",
        ChatRole::Assistant => "assistant",
        ChatRole::Tool => "tool",
    };
    let tool_calls: Vec<_> = match m.role {
        ChatRole::Assistant => m
            .tool_calls
            .iter()
            .map(|c| WireToolCall {
                id: &c.id,
                r#type: "function",
                function: WireFunctionCall {
                    name: &c.name,
                    arguments: &c.arguments,
                },
            })
            .collect(),
        _ => Vec::new(),
    };
    let content = if m.content.is_empty() && !tool_calls.is_empty() {
        None
    } else {
        Some(m.content.as_str())
    };
    let tool_call_id = match m.role {
        ChatRole::Tool => {
            if m.tool_call_id.is_none() {
                tracing::warn!(
                    "openai: tool result without tool_call_id; the server will refuse it"
                );
            }
            Some(m.tool_call_id.as_deref().unwrap_or(""))
        }
        _ => None,
    };
    WireMessage {
        role,
        content,
        tool_calls,
        tool_call_id,
    }
}

fn wire_tool(t: &ToolSpec) -> WireTool<'_> {
    WireTool {
        r#type: "function",
        function: WireFunction {
            name: &t.name,
            description: &t.description,
            parameters: &t.parameters,
        },
    }
}

// ---- stream --------------------------------------------------------------

/// One `data:` payload. Everything is optional: compatible servers omit
/// fields freely, and OpenAI sends `"usage": null` on every chunk but the
/// last.
#[derive(Deserialize)]
struct Chunk {
    choices: Option<Vec<Choice>>,
    usage: Option<WireUsage>,
    error: Option<serde_json::Value>,
    object: Option<String>,
}

#[derive(Deserialize)]
struct Choice {
    delta: Option<Delta>,
    finish_reason: Option<String>,
}

#[derive(Deserialize)]
struct Delta {
    content: Option<String>,
    tool_calls: Option<Vec<ToolCallDelta>>,
}

#[derive(Deserialize)]
struct ToolCallDelta {
    index: Option<usize>,
    id: Option<String>,
    function: Option<FunctionDelta>,
}

#[derive(Deserialize)]
struct FunctionDelta {
    name: Option<String>,
    arguments: Option<String>,
}

#[derive(Deserialize)]
struct WireUsage {
    #[serde(default)]
    prompt_tokens: u64,
    #[serde(default)]
    completion_tokens: u64,
}

/// A tool call being reassembled.
struct PartialCall {
    /// The `index` the server gave it (calls are returned in this order).
    index: usize,
    id: String,
    name: String,
    arguments: String,
}

#[derive(Default)]
struct TurnBuilder {
    text: String,
    calls: Vec<PartialCall>,
    usage: Option<Usage>,
    finish_reason: Option<String>,
}

impl TurnBuilder {
    fn apply(&mut self, data: &str, sink: &mut dyn DeltaSink) -> Result<(), ProviderError> {
        let chunk: Chunk = serde_json::from_str(data).map_err(|e| {
            ProviderError::Protocol(format!("chat completion chunk is not valid JSON: {e}"))
        })?;
        if chunk.error.is_some() || chunk.object.as_deref() == Some("error") {
            return Err(ProviderError::Stream(error_text(data)));
        }
        if let Some(u) = chunk.usage {
            self.usage = Some(Usage {
                input_tokens: u.prompt_tokens,
                output_tokens: u.completion_tokens,
            });
        }
        for choice in chunk.choices.unwrap_or_default() {
            if let Some(delta) = choice.delta {
                if let Some(text) = delta.content.filter(|t| !t.is_empty()) {
                    sink.delta(&text);
                    self.text.push_str(&text);
                }
                for call in delta.tool_calls.unwrap_or_default() {
                    self.apply_call(call);
                }
            }
            if let Some(reason) = choice.finish_reason {
                self.finish_reason = Some(reason);
            }
        }
        Ok(())
    }

    fn apply_call(&mut self, frag: ToolCallDelta) {
        let id = frag.id.filter(|id| !id.is_empty());
        let slot = match frag.index {
            Some(index) => self.calls.iter().rposition(|c| c.index == index),
            // No index: a fragment continues the call before it.
            None => self.calls.len().checked_sub(1),
        };
        // A different id at a known index is a new call (servers that
        // number every call 0).
        let slot = slot.filter(|&i| match &id {
            Some(id) => self.calls[i].id.is_empty() || self.calls[i].id == *id,
            None => true,
        });
        let i = match slot {
            Some(i) => i,
            None => {
                let index = frag.index.unwrap_or(self.calls.len());
                self.calls.push(PartialCall {
                    index,
                    id: String::new(),
                    name: String::new(),
                    arguments: String::new(),
                });
                self.calls.len() - 1
            }
        };
        let call = &mut self.calls[i];
        if let Some(id) = id {
            call.id = id;
        }
        if let Some(f) = frag.function {
            // The name comes whole in the first fragment; a server that
            // repeats it must not make it "get_orderget_order".
            if let Some(name) = f.name.filter(|n| !n.is_empty()) {
                if call.name.is_empty() {
                    call.name = name;
                } else if call.name != name {
                    call.name.push_str(&name);
                }
            }
            if let Some(args) = f.arguments {
                call.arguments.push_str(&args);
            }
        }
    }

    fn finish(self) -> ModelTurn {
        let mut calls = self.calls;
        // Stable: calls sharing an index keep their arrival order.
        calls.sort_by_key(|c| c.index);
        let tool_calls = calls
            .into_iter()
            .enumerate()
            .map(|(n, c)| ToolCall {
                // A missing id would leave the tool result unanswerable.
                id: if c.id.is_empty() {
                    format!("call_{n}")
                } else {
                    c.id
                },
                name: c.name,
                // A call without arguments means "no arguments".
                arguments: if c.arguments.trim().is_empty() {
                    "{}".to_owned()
                } else {
                    c.arguments
                },
            })
            .collect::<Vec<_>>();
        tracing::debug!(
            finish_reason = self.finish_reason.as_deref().unwrap_or("none"),
            tool_calls = tool_calls.len(),
            "openai: turn finished"
        );
        ModelTurn {
            text: self.text,
            tool_calls,
            usage: self.usage,
        }
    }
}

/// The human-readable part of an in-stream error payload.
fn error_text(data: &str) -> String {
    let value: serde_json::Value = match serde_json::from_str(data) {
        Ok(v) => v,
        Err(_) => return truncate(data),
    };
    let message = value
        .pointer("/error/message")
        .or_else(|| value.get("message"))
        .or_else(|| value.get("error").filter(|e| e.is_string()))
        .and_then(|m| m.as_str());
    match message {
        Some(m) => truncate(m),
        None => truncate(data),
    }
}
