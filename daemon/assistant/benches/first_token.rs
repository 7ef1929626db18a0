//! Time from the fake provider writing its first token to the sink
//! receiving the first delta: what the provider layer adds to the customer's
//! time-to-first-word (HTTP chunk decoding, SSE parsing, JSON decoding).
//! The model's own latency is not in it, by construction.
//!
//! `cargo bench -p concierge-assistant --bench first_token`

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use concierge_assistant::anthropic::AnthropicProvider;
use concierge_assistant::openai::OpenAiProvider;
use concierge_assistant::provider::{ChatMessage, ModelRequest};
use concierge_assistant::{AnthropicConfig, OpenAiConfig};
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/providers/fake.rs"]
mod fake;

use fake::{FakeServer, Response};

type Mark = Arc<Mutex<Option<Instant>>>;

const OPENAI_FIRST: &str = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":\
    [{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}]}\n\n";
const OPENAI_REST: &str = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":\
    [{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";

const ANTHROPIC_HEAD: &str = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":\
    {\"usage\":{\"input_tokens\":5,\"output_tokens\":1}}}\n\nevent: content_block_start\ndata: \
    {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n";
const ANTHROPIC_FIRST: &str = "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\
    \"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hello\"}}\n\n";
const ANTHROPIC_REST: &str = "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\
    \"index\":0}\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";

fn request() -> ModelRequest {
    ModelRequest {
        messages: vec![ChatMessage::user("Hi")],
        tools: Vec::new(),
    }
}

/// Runs `iters` requests through `complete` and sums, for each, the time
/// from the fake's mark (taken right before it writes the first token) to
/// the first delta reaching the sink.
async fn measure<F, Fut>(iters: u64, head: &str, first: &str, rest: &str, complete: F) -> Duration
where
    F: Fn(String, Arc<Mutex<Option<Instant>>>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let marks: Vec<Mark> = (0..iters).map(|_| Mark::default()).collect();
    let responses = marks
        .iter()
        .map(|m| {
            let mut r = Response::sse();
            if !head.is_empty() {
                r = r.chunk(head);
            }
            r.mark(m.clone()).chunk(first).chunk(rest)
        })
        .collect();
    let server = FakeServer::start(responses).await;
    let mut total = Duration::ZERO;
    for mark in marks {
        let seen = Mark::default();
        complete(server.url().to_owned(), seen.clone()).await;
        let written = mark.lock().unwrap().expect("fake wrote the first token");
        let received = seen.lock().unwrap().expect("sink got a delta");
        total += received.saturating_duration_since(written);
    }
    total
}

fn first_token(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let mut group = c.benchmark_group("first_token");
    group.sample_size(30);

    group.bench_function("openai", |b| {
        b.iter_custom(|iters| {
            rt.block_on(measure(
                iters,
                "",
                OPENAI_FIRST,
                OPENAI_REST,
                |url, seen| async move {
                    let cfg = OpenAiConfig {
                        base_url: url,
                        api_key: None,
                        model: "m".into(),
                        max_tokens: 16,
                        temperature: 0.0,
                    };
                    let p = OpenAiProvider::new(&cfg, Duration::from_secs(10)).expect("provider");
                    let mut sink = |_: &str| {
                        seen.lock().unwrap().get_or_insert_with(Instant::now);
                    };
                    p.complete(&request(), &mut sink).await.expect("turn");
                },
            ))
        })
    });

    group.bench_function("anthropic", |b| {
        b.iter_custom(|iters| {
            rt.block_on(measure(
                iters,
                ANTHROPIC_HEAD,
                ANTHROPIC_FIRST,
                ANTHROPIC_REST,
                |url, seen| async move {
                    let cfg = AnthropicConfig {
                        base_url: url,
                        api_key: None,
                        model: "m".into(),
                        max_tokens: 16,
                    };
                    let p =
                        AnthropicProvider::new(&cfg, Duration::from_secs(10)).expect("provider");
                    let mut sink = |_: &str| {
                        seen.lock().unwrap().get_or_insert_with(Instant::now);
                    };
                    p.complete(&request(), &mut sink).await.expect("turn");
                },
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, first_token);
criterion_main!(benches);
