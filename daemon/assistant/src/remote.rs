//! The orchestration around remote models: system prompt, the tool loop
//! (at most `max_tool_rounds`), one retry when a call fails before anything
//! reached the customer, and a guarded stream that holds text back until a
//! sentence is complete and grounded.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::anthropic::AnthropicProvider;
use crate::grounding::{self, SAFE_ANSWER};
use crate::kb::KnowledgeBase;
use crate::openai::OpenAiProvider;
use crate::provider::{ChatMessage, DeltaSink, ModelRequest, ModelTurn, ProviderError};
use crate::tools::{self, Ledger, ToolBox};
use crate::{Speaker, Turn};

/// The remote models the orchestrator can drive (enum dispatch: a closed
/// set, no trait objects); tests add a scripted fake.
pub enum RemoteModel {
    OpenAi(OpenAiProvider),
    Anthropic(AnthropicProvider),
    #[cfg(test)]
    Fake(fake::FakeProvider),
}

impl RemoteModel {
    pub fn name(&self) -> &'static str {
        match self {
            RemoteModel::OpenAi(_) => "openai",
            RemoteModel::Anthropic(_) => "anthropic",
            #[cfg(test)]
            RemoteModel::Fake(_) => "fake",
        }
    }

    async fn complete(
        &self,
        req: &ModelRequest,
        sink: &mut dyn DeltaSink,
    ) -> Result<ModelTurn, ProviderError> {
        match self {
            RemoteModel::OpenAi(p) => p.complete(req, sink).await,
            RemoteModel::Anthropic(p) => p.complete(req, sink).await,
            #[cfg(test)]
            RemoteModel::Fake(f) => f.complete(req, sink).await,
        }
    }
}

/// The outcome of the remote part of a turn.
#[derive(Debug)]
pub struct RemoteOutcome {
    /// Everything streamed to the customer (the reply text).
    pub text: String,
    /// The provider failed (after the retry, if one was allowed).
    pub provider_error: bool,
    /// The reply answered something (not an error, empty or replaced).
    pub helped: bool,
}

pub struct RemoteTurn<'a> {
    pub model: &'a RemoteModel,
    pub tools: &'a ToolBox<'a>,
    pub kb: &'a KnowledgeBase,
    pub shop_name: &'a str,
    pub max_tool_rounds: usize,
    pub unauthorized_logged: &'a AtomicBool,
}

pub fn system_prompt(shop_name: &str) -> String {
    format!(
        "You are the customer-support assistant of the online shop {shop_name}. Answer briefly and \
         only from what the tools return: use search_kb for policies and help topics, \
         search_products for products, lookup_order or list_my_orders for the customer's orders. \
         Never state an order number, order status, price or policy that a tool did not give you \
         in this conversation. Quote the relevant facts (status, carrier, tracking number, \
         price, stock, the article's sentence). If the customer asks for a person, or needs an \
         order cancelled, refunded or changed, or has an account problem, call transfer_to_human \
         with a short summary. Do not ask for passwords or card numbers. Write whole plain \
         sentences: no Markdown tables, bullet lists or bold. If the tools do not answer the \
         question, or it is not about the shop, say plainly that you do not know and offer a \
         person; never answer with an unrelated article."
    )
}

fn history_messages(shop_name: &str, turn: &Turn) -> Vec<ChatMessage> {
    let mut prompt = system_prompt(shop_name);
    // Only the daemon knows whether people are there now; the model is
    // told, so that "are you open?" gets the live answer.
    if let Some(team) = &turn.team {
        prompt.push_str(
            " The team right now, to tell a customer who asks whether or when \
                         someone is there: ",
        );
        prompt.push_str(&team.sentence());
    }
    let mut m = vec![ChatMessage::system(prompt)];
    for line in &turn.history {
        match line.speaker {
            Speaker::Customer => m.push(ChatMessage::user(&line.text)),
            // Staff lines are the shop speaking, as the assistant does.
            Speaker::Assistant | Speaker::Staff => m.push(ChatMessage::assistant(&line.text)),
            Speaker::System => {}
        }
    }
    m
}

impl RemoteTurn<'_> {
    pub async fn run(
        &self,
        turn: &Turn,
        ledger: &mut Ledger,
        sink: &mut dyn DeltaSink,
    ) -> RemoteOutcome {
        let mut messages = history_messages(self.shop_name, turn);
        let specs = tools::specs();
        let mut shown = String::new();
        let mut retried = false;
        let mut rounds = 0usize;
        loop {
            // On the last allowed round the model gets no tools, so it must
            // answer with what it has.
            let tools = if rounds < self.max_tool_rounds {
                specs.clone()
            } else {
                Vec::new()
            };
            let req = ModelRequest {
                messages: messages.clone(),
                tools,
            };
            let mut guarded = GuardedSink::new(sink, ledger, self.kb);
            let result = self.model.complete(&req, &mut guarded).await;
            let tripped_before_end = guarded.tripped;
            match result {
                Ok(out) => {
                    guarded.finish();
                    let (released, tripped) =
                        (guarded.released, guarded.tripped || tripped_before_end);
                    shown.push_str(&released);
                    if tripped {
                        tracing::warn!(
                            provider = self.model.name(),
                            "reply named an order fact no tool returned; replaced"
                        );
                        let safe = separated(&shown, SAFE_ANSWER);
                        sink.delta(&safe);
                        shown.push_str(&safe);
                        return RemoteOutcome {
                            text: shown,
                            provider_error: false,
                            helped: false,
                        };
                    }
                    if out.tool_calls.is_empty() || rounds >= self.max_tool_rounds {
                        if shown.trim().is_empty() {
                            // A model that says nothing must not leave the customer in silence.
                            let text = "I'm sorry, I couldn't find an answer to that. Could you rephrase it, or ask for a person?";
                            sink.delta(text);
                            return RemoteOutcome {
                                text: text.to_string(),
                                provider_error: false,
                                helped: false,
                            };
                        }
                        return RemoteOutcome {
                            text: shown,
                            provider_error: false,
                            helped: true,
                        };
                    }
                    rounds += 1;
                    let mut assistant = ChatMessage::assistant(out.text.clone());
                    assistant.tool_calls = out.tool_calls.clone();
                    messages.push(assistant);
                    for call in &out.tool_calls {
                        let result = self.tools.execute(&turn.customer_id, call, ledger).await;
                        messages.push(ChatMessage::tool_result(call.id.clone(), result));
                    }
                    if ledger.transfer.is_some() {
                        return RemoteOutcome {
                            text: shown,
                            provider_error: false,
                            helped: true,
                        };
                    }
                }
                Err(e) => {
                    // Whatever passed the guard did reach the customer.
                    let released = guarded.released;
                    shown.push_str(&released);
                    if let ProviderError::Unauthorized { status } = e {
                        if !self.unauthorized_logged.swap(true, Ordering::Relaxed) {
                            tracing::error!(
                                provider = self.model.name(),
                                status,
                                "the AI provider rejected the API key: set OPENAI_API_KEY or \
                                 ANTHROPIC_API_KEY to a valid key (or AI_PROVIDER=embedded)"
                            );
                        }
                    } else {
                        tracing::warn!(provider = self.model.name(), error = %e, retried, "provider call failed");
                    }
                    if e.is_retryable() && !retried && shown.is_empty() {
                        retried = true;
                        continue;
                    }
                    return RemoteOutcome {
                        text: shown,
                        provider_error: true,
                        helped: false,
                    };
                }
            }
        }
    }
}

/// `extra` prefixed with a paragraph break when text was already shown.
pub fn separated(shown: &str, extra: &str) -> String {
    if shown.trim().is_empty() {
        extra.to_string()
    } else {
        format!("\n\n{extra}")
    }
}

/// Forwards streamed text one complete sentence at a time, each checked by
/// the grounding guard; after the first ungrounded sentence nothing more is
/// forwarded.
struct GuardedSink<'s, 'l> {
    inner: &'s mut dyn DeltaSink,
    ledger: &'l Ledger,
    kb: &'l KnowledgeBase,
    pending: String,
    released: String,
    tripped: bool,
}

impl<'s, 'l> GuardedSink<'s, 'l> {
    fn new(inner: &'s mut dyn DeltaSink, ledger: &'l Ledger, kb: &'l KnowledgeBase) -> Self {
        Self {
            inner,
            ledger,
            kb,
            pending: String::new(),
            released: String::new(),
            tripped: false,
        }
    }

    fn release(&mut self, upto: usize) {
        let chunk: String = self.pending.drain(..upto).collect();
        if self.tripped {
            return;
        }
        // The guard reads the whole reply so far: a status in this sentence
        // may be about an order named in the previous one.
        let candidate = format!("{}{}", self.released, chunk);
        if grounding::guard(&candidate, self.ledger, self.kb).is_err() {
            self.tripped = true;
            return;
        }
        self.inner.delta(&chunk);
        self.released.push_str(&chunk);
    }

    fn finish(&mut self) {
        let n = self.pending.len();
        if n > 0 {
            self.release(n);
        }
    }
}

impl DeltaSink for GuardedSink<'_, '_> {
    fn delta(&mut self, text: &str) {
        self.pending.push_str(text);
        // Release up to the last sentence end followed by whitespace.
        let bytes = self.pending.as_bytes();
        let mut cut = None;
        for i in 0..bytes.len().saturating_sub(1) {
            if matches!(bytes[i], b'.' | b'!' | b'?' | b'\n') && bytes[i + 1].is_ascii_whitespace()
            {
                cut = Some(i + 2);
            }
        }
        if let Some(c) = cut {
            self.release(c);
        }
    }
}

#[cfg(test)]
pub mod fake {
    //! A scripted provider for orchestrator tests.
    use std::collections::VecDeque;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use crate::provider::{DeltaSink, ModelRequest, ModelTurn, ProviderError};

    pub enum Step {
        /// Stream these deltas, then return the turn (text = concatenation).
        Turn {
            deltas: Vec<String>,
            tool_calls: Vec<crate::provider::ToolCall>,
        },
        /// Stream these deltas, then fail.
        Fail {
            deltas: Vec<String>,
            error: ProviderError,
        },
    }

    pub struct FakeProvider {
        pub script: Mutex<VecDeque<Step>>,
        pub calls: AtomicUsize,
        pub requests: Mutex<Vec<ModelRequest>>,
    }

    impl FakeProvider {
        pub fn new(steps: Vec<Step>) -> Self {
            Self {
                script: Mutex::new(steps.into()),
                calls: AtomicUsize::new(0),
                requests: Mutex::new(Vec::new()),
            }
        }

        pub async fn complete(
            &self,
            req: &ModelRequest,
            sink: &mut dyn DeltaSink,
        ) -> Result<ModelTurn, ProviderError> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            if let Ok(mut r) = self.requests.lock() {
                r.push(req.clone());
            }
            let step = self.script.lock().ok().and_then(|mut s| s.pop_front());
            match step {
                Some(Step::Turn { deltas, tool_calls }) => {
                    for d in &deltas {
                        sink.delta(d);
                    }
                    Ok(ModelTurn {
                        text: deltas.concat(),
                        tool_calls,
                        usage: None,
                    })
                }
                Some(Step::Fail { deltas, error }) => {
                    for d in &deltas {
                        sink.delta(d);
                    }
                    Err(error)
                }
                None => Err(ProviderError::Protocol("script exhausted".into())),
            }
        }
    }
}
