//! The Anthropic provider (Messages API, streamed).

use std::time::Duration;

use concierge_assistant::AnthropicConfig;
use concierge_assistant::anthropic::AnthropicProvider;
use concierge_assistant::provider::{ModelRequest, ProviderError, Usage};
use serde_json::{Value, json};

use super::fake::{FakeServer, Response};
use super::*;

const KEY: &str = "sk-ant-test-0123456789";

fn config(base_url: &str) -> AnthropicConfig {
    AnthropicConfig {
        base_url: base_url.to_owned(),
        api_key: Some(KEY.into()),
        model: "claude-test".into(),
        max_tokens: 512,
    }
}

fn provider(server: &FakeServer) -> AnthropicProvider {
    AnthropicProvider::new(&config(server.url()), Duration::from_secs(10)).unwrap()
}

async fn run(
    provider: &AnthropicProvider,
    req: &ModelRequest,
) -> (Result<ModelTurn, ProviderError>, Deltas) {
    let mut deltas = Deltas::default();
    let result = provider.complete(req, &mut deltas).await;
    (result, deltas)
}

/// One event as Anthropic writes it: `event:` line, `data:` line, blank.
fn ev(data: Value) -> String {
    let name = data["type"].as_str().expect("event type").to_owned();
    format!("event: {name}\ndata: {data}\n\n")
}

fn message_start(input_tokens: u64) -> String {
    ev(json!({"type": "message_start", "message": {
        "id": "msg_01", "type": "message", "role": "assistant", "content": [],
        "model": "claude-test", "stop_reason": null, "stop_sequence": null,
        "usage": {"input_tokens": input_tokens, "output_tokens": 1}}}))
}

fn text_start(index: usize) -> String {
    ev(json!({"type": "content_block_start", "index": index,
              "content_block": {"type": "text", "text": ""}}))
}

fn text_delta(index: usize, text: &str) -> String {
    ev(json!({"type": "content_block_delta", "index": index,
              "delta": {"type": "text_delta", "text": text}}))
}

fn tool_start(index: usize, id: &str, name: &str) -> String {
    ev(json!({"type": "content_block_start", "index": index,
              "content_block": {"type": "tool_use", "id": id, "name": name, "input": {}}}))
}

fn json_delta(index: usize, partial: &str) -> String {
    ev(json!({"type": "content_block_delta", "index": index,
              "delta": {"type": "input_json_delta", "partial_json": partial}}))
}

fn block_stop(index: usize) -> String {
    ev(json!({"type": "content_block_stop", "index": index}))
}

fn message_end(stop_reason: &str, output_tokens: u64) -> String {
    ev(json!({"type": "message_delta",
              "delta": {"stop_reason": stop_reason, "stop_sequence": null},
              "usage": {"output_tokens": output_tokens}}))
        + &ev(json!({"type": "message_stop"}))
}

const PING: &str = "event: ping\ndata: {\"type\": \"ping\"}\n\n";

#[tokio::test]
async fn text_split_at_awkward_boundaries_streams_in_order() {
    let stream = [
        message_start(25),
        text_start(0),
        PING.to_owned(),
        text_delta(0, "Your parcel "),
        text_delta(0, "ships tomorrow — café "),
        text_delta(0, "🚚"),
        block_stop(0),
        message_end("end_turn", 15),
    ]
    .concat();
    let cuts = [
        offset_of(&stream, "event:", 2) + 3,
        offset_of(&stream, "data:", 3) + 4,
        offset_of(&stream, "\n\n", 4) + 1,
        inside_char(&stream, "—"),
        inside_char(&stream, "é"),
        inside_char(&stream, "🚚") + 2,
    ];
    let server = FakeServer::start(vec![Response::sse().split(&stream, &cuts)]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    let turn = streamed(result, &deltas);
    assert_eq!(deltas.0, ["Your parcel ", "ships tomorrow — café ", "🚚"]);
    assert!(turn.tool_calls.is_empty());
    assert_eq!(
        turn.usage,
        Some(Usage {
            input_tokens: 25,
            output_tokens: 15
        })
    );

    let req = server.request();
    assert_eq!(req.method, "POST");
    assert_eq!(req.path, "/v1/messages");
    assert_eq!(req.header("x-api-key"), Some(KEY));
    assert_eq!(req.header("anthropic-version"), Some("2023-06-01"));
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(req.header("authorization"), None);
    assert_eq!(
        req.json(),
        json!({
            "model": "claude-test",
            "max_tokens": 512,
            "system": "You are Concierge.",
            "messages": [{"role": "user", "content": "Where is my parcel?"}],
            "stream": true,
        })
    );
}

#[tokio::test]
async fn tools_tool_use_and_merged_tool_results_are_sent_in_anthropic_form() {
    let stream = [
        message_start(80),
        text_start(0),
        text_delta(0, "Both are on their way."),
        block_stop(0),
        message_end("end_turn", 9),
    ]
    .concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;
    let mut req = request_with_tool_round();
    // A second system line (e.g. the shop's facts) joins the first.
    req.messages.insert(1, ChatMessage::system("Shop: Demo."));
    req.messages.push(ChatMessage::user("And the invoice?"));

    let (result, deltas) = run(&provider(&server), &req).await;
    streamed(result, &deltas);

    assert_eq!(
        server.request().json(),
        json!({
            "model": "claude-test",
            "max_tokens": 512,
            "system": "You are Concierge.\n\nShop: Demo.",
            "messages": [
                {"role": "user", "content": "Where are A-1001 and A-1002?"},
                {"role": "assistant", "content": [
                    {"type": "text", "text": "Let me check."},
                    {"type": "tool_use", "id": "call_1", "name": "get_order",
                     "input": {"orderId": "A-1001"}},
                    {"type": "tool_use", "id": "call_2", "name": "get_order",
                     "input": {"orderId": "A-1002"}},
                ]},
                // Both results, then the customer's next line, in one user turn.
                {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": "call_1",
                     "content": "{\"status\":\"shipped\"}"},
                    {"type": "tool_result", "tool_use_id": "call_2",
                     "content": "{\"status\":\"packing\"}"},
                    {"type": "text", "text": "And the invoice?"},
                ]},
            ],
            "tools": [
                {"name": "get_order",
                 "description": "Look up one of the customer's orders",
                 "input_schema": {"type": "object",
                                  "properties": {"orderId": {"type": "string"}},
                                  "required": ["orderId"]}},
                {"name": "transfer_to_human",
                 "description": "Hand the chat to staff",
                 "input_schema": {"type": "object", "properties": {}}},
            ],
            "stream": true,
        })
    );
}

#[tokio::test]
async fn tool_only_assistant_turn_has_no_empty_text_block() {
    let stream = [message_start(5), message_end("end_turn", 1)].concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;
    let mut only_calls = ChatMessage::assistant("");
    only_calls.tool_calls = vec![call("toolu_9", "transfer_to_human", "")];
    let req = ModelRequest {
        messages: vec![
            ChatMessage::user("a person please"),
            only_calls,
            ChatMessage::tool_result("toolu_9", "queued"),
        ],
        tools: Vec::new(),
    };

    let (result, deltas) = run(&provider(&server), &req).await;
    assert_eq!(streamed(result, &deltas).text, "");

    let sent = server.request().json();
    assert_eq!(sent.get("system"), None);
    assert_eq!(sent.get("tools"), None);
    assert_eq!(
        sent["messages"],
        json!([
            {"role": "user", "content": "a person please"},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_9", "name": "transfer_to_human", "input": {}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_9", "content": "queued"}]},
        ])
    );
}

#[tokio::test]
async fn text_and_parallel_tool_use_blocks_are_reassembled() {
    let stream = [
        message_start(40),
        text_start(0),
        text_delta(0, "Checking both."),
        block_stop(0),
        tool_start(1, "toolu_a", "get_order"),
        json_delta(1, ""),
        json_delta(1, "{\"orderId\": \"A-1"),
        json_delta(1, "001\"}"),
        block_stop(1),
        tool_start(2, "toolu_b", "get_order"),
        json_delta(2, "{\"orderId\""),
        PING.to_owned(),
        json_delta(2, ": \"A-1002\"}"),
        block_stop(2),
        tool_start(3, "toolu_c", "transfer_to_human"),
        block_stop(3),
        message_end("tool_use", 60),
    ]
    .concat();
    let cuts = [
        offset_of(&stream, "A-1", 0) + 2,
        offset_of(&stream, "partial_json", 2) + 4,
    ];
    let server = FakeServer::start(vec![Response::sse().split(&stream, &cuts)]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    let turn = streamed(result, &deltas);
    assert_eq!(deltas.0, ["Checking both."]);
    assert_eq!(
        turn.tool_calls,
        [
            call("toolu_a", "get_order", "{\"orderId\": \"A-1001\"}"),
            call("toolu_b", "get_order", "{\"orderId\": \"A-1002\"}"),
            // No input_json_delta at all: no arguments.
            call("toolu_c", "transfer_to_human", "{}"),
        ]
    );
    assert_eq!(
        turn.usage,
        Some(Usage {
            input_tokens: 40,
            output_tokens: 60
        })
    );
}

#[tokio::test]
async fn thinking_blocks_and_unknown_events_are_skipped() {
    let stream = [
        message_start(3),
        ev(json!({"type": "content_block_start", "index": 0,
                  "content_block": {"type": "thinking", "thinking": ""}})),
        ev(json!({"type": "content_block_delta", "index": 0,
                  "delta": {"type": "thinking_delta", "thinking": "hmm"}})),
        block_stop(0),
        ev(json!({"type": "some_future_event", "x": 1})),
        text_start(1),
        text_delta(1, "Hello"),
        block_stop(1),
        message_end("end_turn", 2),
    ]
    .concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    assert_eq!(streamed(result, &deltas).text, "Hello");
    assert_eq!(deltas.0, ["Hello"]);
}

#[tokio::test]
async fn error_event_after_http_200_is_a_stream_error() {
    let stream = [
        message_start(25),
        text_start(0),
        text_delta(0, "Hel"),
        "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \
         \"message\": \"Overloaded\"}}\n\n"
            .to_owned(),
    ]
    .concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    match result {
        Err(ProviderError::Stream(msg)) => assert_eq!(msg, "overloaded_error: Overloaded"),
        other => panic!("expected Stream error, got {other:?}"),
    }
    assert_eq!(deltas.0, ["Hel"]);
}

#[tokio::test]
async fn http_errors_map_to_their_variants() {
    let body = r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
    let server = FakeServer::start(vec![
        Response::status(429, body).header("retry-after", "12"),
        Response::status(401, body),
        Response::status(403, body),
        Response::status(500, body),
        Response::status(529, body),
    ])
    .await;
    let provider = provider(&server);
    let mut results = Vec::new();
    for _ in 0..5 {
        results.push(run(&provider, &simple_request()).await.0);
    }

    assert!(
        matches!(&results[0], Err(ProviderError::RateLimited { retry_after: Some(d) }) if *d == Duration::from_secs(12)),
        "{:?}",
        results[0]
    );
    assert!(matches!(
        results[1],
        Err(ProviderError::Unauthorized { status: 401 })
    ));
    assert!(matches!(
        results[2],
        Err(ProviderError::Unauthorized { status: 403 })
    ));
    assert!(matches!(
        results[3],
        Err(ProviderError::Http { status: 500 })
    ));
    assert!(matches!(
        results[4],
        Err(ProviderError::Http { status: 529 })
    ));
    assert!(!format!("{provider:?}").contains(KEY));
}

#[tokio::test]
async fn stall_mid_stream_is_a_timeout() {
    let server = FakeServer::start(vec![
        Response::sse()
            .chunk(message_start(1) + &text_start(0) + &text_delta(0, "Hi"))
            .stall(),
    ])
    .await;
    let provider =
        AnthropicProvider::new(&config(server.url()), Duration::from_millis(300)).unwrap();

    let (result, deltas) = run(&provider, &simple_request()).await;

    assert!(matches!(result, Err(ProviderError::Timeout)), "{result:?}");
    assert_eq!(deltas.0, ["Hi"]);
}

#[tokio::test]
async fn connection_dropped_mid_stream_is_a_stream_error() {
    let half = message_start(1)
        + &text_start(0)
        + &text_delta(0, "Hi")
        + "event: content_block_delta\ndata: {\"ty";
    let server = FakeServer::start(vec![Response::sse().chunk(half).drop_connection()]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    assert!(
        matches!(result, Err(ProviderError::Stream(_))),
        "{result:?}"
    );
    assert_eq!(deltas.0, ["Hi"]);
}

#[tokio::test]
async fn clean_close_without_message_stop_is_a_stream_error() {
    let body = message_start(1) + &text_start(0) + &text_delta(0, "Hi") + &block_stop(0);
    let server = FakeServer::start(vec![Response::sse().close_delimited().chunk(body)]).await;

    let (result, _) = run(&provider(&server), &simple_request()).await;

    match result {
        Err(ProviderError::Stream(msg)) => assert_eq!(msg, "stream ended before message_stop"),
        other => panic!("expected Stream error, got {other:?}"),
    }
}

#[tokio::test]
async fn garbage_event_is_a_protocol_error() {
    let server = FakeServer::start(vec![
        Response::sse().chunk("event: message_start\ndata: {not json\n\n"),
    ])
    .await;
    let (result, _) = run(&provider(&server), &simple_request()).await;
    assert!(
        matches!(result, Err(ProviderError::Protocol(_))),
        "{result:?}"
    );
}
