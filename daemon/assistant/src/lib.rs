//! Concierge's AI assistant.
//!
//! The daemon calls [`Assistant::reply`] for each customer turn in a session
//! the assistant is handling; `concierged eval` calls the very same function.
//!
//! Map (where things live):
//! - `provider`: the boundary every model provider sits behind (types only).
//!
//! PLACEHOLDER: the knowledge base, retrieval, escalation policy, tools, the
//! embedded provider and the remote providers are being written; the API of
//! this file (config, `Turn`, `Reply`, `Handover`, `Intent`) is what the
//! daemon codes against and should stay stable.

pub mod provider;
pub mod sse;
pub mod openai;
pub mod anthropic;

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use provider::DeltaSink;

/// Which provider answers, with its settings.
#[derive(Clone)]
pub enum ProviderConfig {
    /// Offline: retrieval over the KB, order tools, intent rules.
    Embedded,
    OpenAi(OpenAiConfig),
    Anthropic(AnthropicConfig),
}

#[derive(Clone)]
pub struct OpenAiConfig {
    /// e.g. `https://api.openai.com/v1` (the path `/chat/completions` is appended).
    pub base_url: String,
    pub api_key: Option<String>,
    pub model: String,
    pub max_tokens: u32,
    pub temperature: f32,
}

#[derive(Clone)]
pub struct AnthropicConfig {
    /// e.g. `https://api.anthropic.com` (the path `/v1/messages` is appended).
    pub base_url: String,
    pub api_key: Option<String>,
    pub model: String,
    pub max_tokens: u32,
}

/// Where order lookups go.
#[derive(Clone, Debug)]
pub struct OrdersApiConfig {
    /// Base URL of the shop's order API; `GET {url}/orders/{orderId}` and
    /// `GET {url}/orders?customerId={id}`.
    pub url: String,
    pub token: Option<String>,
}

#[derive(Clone)]
pub struct AssistantConfig {
    pub provider: ProviderConfig,
    /// KB directory in the EVAL.md format; `None` means the demo shop built
    /// into the binary.
    pub kb_dir: Option<PathBuf>,
    pub orders_api: Option<OrdersApiConfig>,
    /// Time allowed for one provider request (connect to last byte).
    pub request_timeout: Duration,
    /// Tool rounds allowed per customer turn.
    pub max_tool_rounds: usize,
    /// The shop's name, used in the welcome message and prompts.
    pub shop_name: String,
}

impl std::fmt::Debug for AssistantConfig {
    // Keys must never reach a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AssistantConfig")
            .field("provider", &self.provider_name())
            .field("kb_dir", &self.kb_dir)
            .field("orders_api", &self.orders_api.as_ref().map(|o| &o.url))
            .finish_non_exhaustive()
    }
}

impl AssistantConfig {
    pub fn provider_name(&self) -> &'static str {
        match self.provider {
            ProviderConfig::Embedded => "embedded",
            ProviderConfig::OpenAi(_) => "openai",
            ProviderConfig::Anthropic(_) => "anthropic",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AssistantError {
    #[error("cannot load knowledge base from {path}: {reason}")]
    Kb { path: PathBuf, reason: String },
    #[error("invalid assistant configuration: {0}")]
    Config(String),
}

/// Who said a line of the stored conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    Customer,
    Assistant,
    Staff,
    System,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryLine {
    pub speaker: Speaker,
    pub text: String,
}

/// One customer turn to answer: the conversation so far, oldest first, whose
/// last line is the customer's message being answered.
#[derive(Debug, Clone)]
pub struct Turn {
    /// From the authenticated session; tools never take it from the model.
    pub customer_id: String,
    pub customer_name: String,
    pub history: Vec<HistoryLine>,
    /// Earlier assistant replies in this session that did not help
    /// (see [`Reply::helped`]); feeds the "stuck after two failures" rule.
    pub failed_attempts: u32,
}

/// The intent labels of EVAL.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    Greeting,
    Thanks,
    Goodbye,
    OrderStatus,
    ReturnRefund,
    Shipping,
    ProductInfo,
    Payment,
    Account,
    Complaint,
    HumanRequest,
    Other,
}

impl Intent {
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::Greeting => "greeting",
            Intent::Thanks => "thanks",
            Intent::Goodbye => "goodbye",
            Intent::OrderStatus => "order_status",
            Intent::ReturnRefund => "return_refund",
            Intent::Shipping => "shipping",
            Intent::ProductInfo => "product_info",
            Intent::Payment => "payment",
            Intent::Account => "account",
            Intent::Complaint => "complaint",
            Intent::HumanRequest => "human_request",
            Intent::Other => "other",
        }
    }
}

/// Why the assistant hands a conversation to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HandoverReason {
    /// The customer asked for a person.
    CustomerRequest,
    /// Cancel, refund or change an order: staff must act.
    OrderChange,
    /// Account problem needing private data.
    Account,
    /// The customer is angry.
    Sentiment,
    /// The assistant failed to help twice.
    Stuck,
    /// The model called `transfer_to_human`.
    ModelDecision,
    /// The provider failed (after one retry).
    ProviderFailure,
}

impl HandoverReason {
    pub fn as_str(self) -> &'static str {
        match self {
            HandoverReason::CustomerRequest => "customer_request",
            HandoverReason::OrderChange => "order_change",
            HandoverReason::Account => "account",
            HandoverReason::Sentiment => "sentiment",
            HandoverReason::Stuck => "stuck",
            HandoverReason::ModelDecision => "model_decision",
            HandoverReason::ProviderFailure => "provider_failure",
        }
    }
}

/// A typed hand-over decision with the summary staff read before accepting.
#[derive(Debug, Clone, PartialEq)]
pub struct Handover {
    pub reason: HandoverReason,
    /// Intent, what the assistant tried, order ids involved, sentiment.
    pub summary: String,
}

/// The assistant's answer to one turn.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// The full text to store and show (deltas already streamed add up to it
    /// unless the grounding guard replaced it).
    pub text: String,
    pub intent: Intent,
    /// The KB article the reply rests on.
    pub article: Option<String>,
    pub handover: Option<Handover>,
    /// False when the assistant could not answer (no match, provider
    /// failure); the daemon counts these per session.
    pub helped: bool,
}

/// The assistant: one per daemon, shared by every conversation.
pub struct Assistant {
    config: AssistantConfig,
}

impl Assistant {
    pub fn new(config: AssistantConfig) -> Result<Self, AssistantError> {
        Ok(Self { config })
    }

    pub fn provider_name(&self) -> &'static str {
        self.config.provider_name()
    }

    /// The first message of every new session.
    pub fn welcome(&self, customer_name: &str) -> String {
        format!(
            "Hi {customer_name}, welcome to {}! I'm the shop's assistant. Ask me about orders, \
             shipping, returns or products, or ask for a person at any time.",
            self.config.shop_name
        )
    }

    /// Answer the last customer line of `turn`, streaming text into `sink`.
    pub async fn reply(&self, turn: &Turn, sink: &mut dyn DeltaSink) -> Reply {
        let _ = turn;
        let text = "I'm sorry, I can't answer that yet.".to_string();
        sink.delta(&text);
        Reply {
            text,
            intent: Intent::Other,
            article: None,
            handover: None,
            helped: false,
        }
    }
}
