//! Concierge's AI assistant.
//!
//! The daemon calls [`Assistant::reply`] for each customer turn in a session
//! the assistant is handling; `concierged eval` calls the very same function.
//!
//! Map (where things live):
//! - `provider`: the boundary every model provider sits behind (types only).
//! - `kb`: the KB format of `docs/EVAL.md` and the built-in demo shop.
//! - `text`, `retrieval`: tokenizer/stemmer and BM25 ranking.
//! - `intent`, `policy`: intent labels and the escalation policy (shared by
//!   every provider; decides from the customer's words, not the model's).
//! - `orders`, `tools`: order lookups (file or shop API) and the tools.
//! - `embedded`: the offline provider; `remote`: the tool loop, retry and
//!   guarded streaming around remote models.
//! - `grounding`: no order number or status reaches a customer unless a
//!   tool returned it this turn.
//! - `handover`: hand-over messages and staff summaries.
//! - `orchestrator`: one turn end to end ([`Assistant::reply`]).
//! - `eval`: the `concierged eval` scorer, through the same code path.
//!
//! The API of this file (config, `Turn`, `Reply`, `Handover`, `Intent`) is
//! what the daemon codes against and stays stable.

// Nothing a model, a shop API or a KB file controls may panic the daemon.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod anthropic;
pub mod business;
pub mod citation;
pub mod conversation;
pub mod embedded;
pub mod eval;
pub mod glossary;
pub mod grounding;
pub mod handover;
pub mod intent;
pub mod kb;
pub mod linear;
pub mod openai;
mod orchestrator;
pub mod order_ids;
pub mod orders;
pub mod policy;
pub mod prose;
pub mod provider;
pub mod remote;
pub mod retrieval;
pub mod sse;
pub mod team;
pub mod text;
pub mod tools;

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

static READERS_READY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the learned readers are trained: until then a turn that reads
/// a line waits for them.
pub fn readers_ready() -> bool {
    READERS_READY.load(std::sync::atomic::Ordering::Acquire)
}

/// Every learned reader's weights trained afresh from the corpora compiled
/// in, with what the binary stores for it now: file name (in `corpus/`),
/// stored bytes, trained bytes. Training is deterministic, so the two
/// are equal byte for byte unless a corpus, the features or the trainer
/// changed since `store_readers` last ran.
pub fn stored_and_trained_readers() -> Vec<(&'static str, &'static [u8], Vec<u8>)> {
    let mut out: Vec<_> = policy::model::stored_and_trained().into();
    out.push(intent::reader::stored_and_trained());
    out
}

/// Load the learned readers (hand-over, wide, intent), or wait until the
/// thread that loads them is done. The weights are stored in the binary
/// and load in milliseconds; when a tuning tool holds a shop out, or a
/// corpus changed without storing the readers again, they are trained
/// instead, which blocks for seconds on a first call:
/// an async caller runs it where blocking is allowed (the daemon, with
/// `spawn_blocking`, before a first turn), so that turns waiting for the
/// readers do not hold the runtime's workers, and with them every other
/// connection's acks.
pub fn wait_for_readers() {
    policy::model::model();
    policy::model::wide();
    intent::reader::warm();
    READERS_READY.store(true, std::sync::atomic::Ordering::Release);
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
    /// Example order ids ("W2231450") whose shape marks a token as an
    /// order number, in addition to the ids in `orders.json`; for shops
    /// whose orders come from their API.
    pub order_id_examples: Vec<String>,
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
    /// The offline assistant on `kb_dir` (`None`: the demo shop), with no
    /// order API: what `eval`, the tuning tools and tests run.
    pub fn embedded(kb_dir: Option<PathBuf>) -> Self {
        AssistantConfig {
            provider: ProviderConfig::Embedded,
            kb_dir,
            orders_api: None,
            request_timeout: Duration::from_secs(5),
            max_tool_rounds: 3,
            shop_name: "Shop".into(),
            order_id_examples: vec![],
        }
    }

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

impl From<kb::KbError> for AssistantError {
    fn from(e: kb::KbError) -> Self {
        AssistantError::Kb {
            path: e.path().to_path_buf(),
            reason: e.to_string(),
        }
    }
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
    /// Assistant replies in a row, up to this turn, that failed to help
    /// (see [`Outcome::failures_after`]); feeds the "stuck after two
    /// failures" rule.
    pub failed_attempts: u32,
    /// Whether the team can be reached now, when the daemon says; `None`
    /// in `eval` and tests that do not care.
    pub team: Option<team::TeamOutlook>,
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
    /// The customer reacted to a product (a rash, swelling, cramps), or
    /// someone was hurt by one or put in danger when it failed: staff must
    /// hear it, and the assistant gives no medical advice.
    Health,
    /// The assistant failed to help twice.
    Stuck,
    /// The model called `transfer_to_human`.
    ModelDecision,
    /// The provider failed (after one retry).
    ProviderFailure,
}

impl HandoverReason {
    /// Every reason, for reading one back from what was said (kept beside
    /// the enum so a new reason is added to both).
    pub const ALL: [HandoverReason; 8] = [
        HandoverReason::CustomerRequest,
        HandoverReason::OrderChange,
        HandoverReason::Account,
        HandoverReason::Sentiment,
        HandoverReason::Health,
        HandoverReason::Stuck,
        HandoverReason::ModelDecision,
        HandoverReason::ProviderFailure,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            HandoverReason::CustomerRequest => "customer_request",
            HandoverReason::OrderChange => "order_change",
            HandoverReason::Account => "account",
            HandoverReason::Sentiment => "sentiment",
            HandoverReason::Health => "health",
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
    /// The KB article the reply rests on: the page it quotes, or, on a
    /// hand-over that quotes none, the page whose matter the chat was
    /// about (the one cited earlier, or the one a complaint falls under).
    pub article: Option<String>,
    pub handover: Option<Handover>,
    /// Whether it answered, declined or failed; the daemon counts failures
    /// in a row from it.
    pub outcome: Outcome,
}

/// What one reply did for the customer. The daemon and `eval` keep the
/// count of failures in a row from it, the one the "stuck" hand-over reads
/// ([`policy::stuck`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It answered: a page, an order, a product, a greeting.
    Answered,
    /// A question about the world (the weather, homework, a joke) plainly
    /// declined. That is the right answer, so it is no failure; but it
    /// helped with nothing of the shop's either, so it leaves the count as
    /// it was: "fail, fail, the weather, fail" is a customer stuck.
    Declined,
    /// It could not answer: no page or order matched, the order system or
    /// the provider failed.
    Failed,
}

impl Outcome {
    pub fn answered_if(answered: bool) -> Self {
        if answered {
            Outcome::Answered
        } else {
            Outcome::Failed
        }
    }

    /// The count of failures in a row after a reply with this outcome,
    /// given the count before it.
    pub fn failures_after(self, before: u32) -> u32 {
        match self {
            Outcome::Answered => 0,
            Outcome::Declined => before,
            Outcome::Failed => before.saturating_add(1),
        }
    }
}

/// The assistant: one per daemon, shared by every conversation.
pub struct Assistant {
    config: AssistantConfig,
    kb: kb::KnowledgeBase,
    retriever: retrieval::Retriever,
    orders: orders::OrderSource,
    backend: orchestrator::Backend,
    /// Bad credentials are logged once, not on every turn.
    unauthorized_logged: std::sync::atomic::AtomicBool,
}

impl Assistant {
    pub fn new(config: AssistantConfig) -> Result<Self, AssistantError> {
        let kb = match &config.kb_dir {
            Some(dir) => kb::KnowledgeBase::load(dir)?,
            None => kb::KnowledgeBase::demo()?,
        };
        let orders = match &config.orders_api {
            Some(api) => orders::OrderSource::Api(
                orders::OrdersApi::new(api, config.request_timeout)
                    .map_err(|e| AssistantError::Config(e.to_string()))?,
            ),
            None => orders::OrderSource::Local(kb.orders.clone()),
        };
        let backend = orchestrator::Backend::from_config(&config)?;
        // Load the readers now, off the caller's thread: milliseconds from
        // the stored weights, seconds where they must be trained (a tuning
        // tool holding a shop out), which neither start-up nor a first
        // turn should wait for whole.
        std::thread::spawn(|| {
            let started = std::time::Instant::now();
            wait_for_readers();
            tracing::debug!(
                ms = started.elapsed().as_millis() as u64,
                "hand-over and intent readers ready"
            );
        });
        tracing::info!(
            provider = config.provider_name(),
            articles = kb.articles.len(),
            products = kb.products.len(),
            orders_api = config.orders_api.is_some(),
            "assistant ready"
        );
        let mut retriever = retrieval::Retriever::new(&kb);
        retriever.order_ids = order_ids::OrderIds::new(&kb, &config.order_id_examples);
        Ok(Self {
            retriever,
            kb,
            orders,
            backend,
            config,
            unauthorized_logged: std::sync::atomic::AtomicBool::new(false),
        })
    }

    pub fn provider_name(&self) -> &'static str {
        self.config.provider_name()
    }

    /// The order source the tools use: the same lookups, scoped to a
    /// customer the same way, for staff looking at a customer's orders
    /// beside a chat (issue 16).
    pub fn orders(&self) -> &orders::OrderSource {
        &self.orders
    }

    /// The loaded knowledge base (for status pages and tests).
    pub fn knowledge_base(&self) -> &kb::KnowledgeBase {
        &self.kb
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
    /// Never fails: provider trouble ends in an apology and a hand-over.
    pub async fn reply(&self, turn: &Turn, sink: &mut dyn DeltaSink) -> Reply {
        orchestrator::reply(self, turn, sink).await
    }
}

#[cfg(test)]
mod tests {
    /// The weights the binary ships are the ones its corpora train: a
    /// corpus edited without storing the readers again would leave every
    /// daemon training for seconds on its first turn, and a change to the
    /// features would leave the shipped weights reading lines otherwise.
    #[test]
    fn the_stored_readers_are_what_their_corpora_train() {
        for (name, stored, trained) in super::stored_and_trained_readers() {
            assert!(
                stored == trained.as_slice(),
                "corpus/{name} is not what the corpora train ({} bytes stored, {} trained): \
                 run `cargo run --release -p concierge-assistant --example store_readers`",
                stored.len(),
                trained.len()
            );
        }
    }
}
