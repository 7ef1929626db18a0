//! The OpenAI-compatible provider (Chat Completions, streamed).

use std::sync::Arc;
use std::time::Duration;

use concierge_assistant::OpenAiConfig;
use concierge_assistant::openai::OpenAiProvider;
use concierge_assistant::provider::{ModelRequest, ProviderError, Usage};
use serde_json::json;
use tokio::sync::Notify;

use super::fake::{FakeServer, Response, closed_port_url};
use super::*;

const KEY: &str = "sk-test-0123456789";

fn config(base_url: &str, key: Option<&str>) -> OpenAiConfig {
    OpenAiConfig {
        base_url: format!("{base_url}/v1"),
        api_key: key.map(str::to_owned),
        model: "gpt-test".into(),
        max_tokens: 256,
        temperature: 0.2,
    }
}

fn provider(server: &FakeServer) -> OpenAiProvider {
    OpenAiProvider::new(&config(server.url(), Some(KEY)), Duration::from_secs(10)).unwrap()
}

async fn run(
    provider: &OpenAiProvider,
    req: &ModelRequest,
) -> (Result<ModelTurn, ProviderError>, Deltas) {
    let mut deltas = Deltas::default();
    let result = provider.complete(req, &mut deltas).await;
    (result, deltas)
}

/// One `data:` line of a chat.completion.chunk with the given choice delta.
fn chunk(delta: serde_json::Value, finish: Option<&str>) -> String {
    let c = json!({
        "id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1,
        "model": "gpt-test",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        "usage": null,
    });
    format!("data: {c}\n\n")
}

fn tool_frag(index: usize, id: Option<&str>, name: Option<&str>, args: &str) -> serde_json::Value {
    let mut f = json!({"index": index, "function": {"arguments": args}});
    if let Some(id) = id {
        f["id"] = json!(id);
        f["type"] = json!("function");
    }
    if let Some(name) = name {
        f["function"]["name"] = json!(name);
    }
    f
}

const USAGE: &str = "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\
    \"model\":\"gpt-test\",\"choices\":[],\"usage\":{\"prompt_tokens\":42,\"completion_tokens\":7,\
    \"total_tokens\":49}}\n\n";
const DONE: &str = "data: [DONE]\n\n";

#[tokio::test]
async fn text_split_at_awkward_boundaries_streams_in_order() {
    // CRLF line ends, a comment, and cuts inside "data:", inside "\r\n" and
    // inside three multi-byte characters.
    let stream = [
        ": OPENROUTER PROCESSING\r\n\r\n".to_owned(),
        chunk(json!({"role": "assistant", "content": ""}), None),
        chunk(json!({"content": "Your parcel "}), None),
        chunk(json!({"content": "ships tomorrow — café "}), None),
        chunk(json!({"content": "🚚"}), None),
        chunk(json!({}), Some("stop")),
        USAGE.to_owned(),
        DONE.to_owned(),
    ]
    .concat()
    .replace("\n\n", "\r\n\r\n");
    let cuts = [
        offset_of(&stream, "data:", 1) + 2,
        offset_of(&stream, "\r\n", 3) + 1,
        inside_char(&stream, "—"),
        inside_char(&stream, "é"),
        inside_char(&stream, "🚚") + 1,
        offset_of(&stream, "[DONE]", 0) + 3,
    ];
    let server = FakeServer::start(vec![Response::sse().split(&stream, &cuts)]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    let turn = streamed(result, &deltas);
    assert_eq!(deltas.0, ["Your parcel ", "ships tomorrow — café ", "🚚"]);
    assert_eq!(turn.text, "Your parcel ships tomorrow — café 🚚");
    assert!(turn.tool_calls.is_empty());
    assert_eq!(
        turn.usage,
        Some(Usage {
            input_tokens: 42,
            output_tokens: 7
        })
    );

    let req = server.request();
    assert_eq!(req.method, "POST");
    assert_eq!(req.path, "/v1/chat/completions");
    assert_eq!(
        req.header("authorization"),
        Some("Bearer sk-test-0123456789")
    );
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(
        req.json(),
        json!({
            "model": "gpt-test",
            "messages": [
                {"role": "system", "content": "You are Concierge."},
                {"role": "user", "content": "Where is my parcel?"},
            ],
            "max_tokens": 256,
            "temperature": 0.2,
            "stream": true,
            "stream_options": {"include_usage": true},
        })
    );
}

#[tokio::test]
async fn tools_assistant_tool_calls_and_tool_results_are_sent_in_openai_form() {
    let stream = [
        chunk(json!({"content": "Both are on their way."}), Some("stop")),
        DONE.into(),
    ]
    .concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;

    let (result, deltas) = run(&provider(&server), &request_with_tool_round()).await;
    streamed(result, &deltas);

    assert_eq!(
        server.request().json(),
        json!({
            "model": "gpt-test",
            "messages": [
                {"role": "system", "content": "You are Concierge."},
                {"role": "user", "content": "Where are A-1001 and A-1002?"},
                {"role": "assistant", "content": "Let me check.", "tool_calls": [
                    {"id": "call_1", "type": "function",
                     "function": {"name": "get_order", "arguments": "{\"orderId\":\"A-1001\"}"}},
                    {"id": "call_2", "type": "function",
                     "function": {"name": "get_order", "arguments": "{\"orderId\":\"A-1002\"}"}},
                ]},
                {"role": "tool", "tool_call_id": "call_1", "content": "{\"status\":\"shipped\"}"},
                {"role": "tool", "tool_call_id": "call_2", "content": "{\"status\":\"packing\"}"},
            ],
            "tools": [
                {"type": "function", "function": {
                    "name": "get_order",
                    "description": "Look up one of the customer's orders",
                    "parameters": {"type": "object",
                                   "properties": {"orderId": {"type": "string"}},
                                   "required": ["orderId"]}}},
                {"type": "function", "function": {
                    "name": "transfer_to_human",
                    "description": "Hand the chat to staff",
                    "parameters": {"type": "object", "properties": {}}}},
            ],
            "max_tokens": 256,
            "temperature": 0.2,
            "stream": true,
            "stream_options": {"include_usage": true},
        })
    );
}

#[tokio::test]
async fn assistant_turn_of_only_tool_calls_sends_null_content() {
    let stream = [chunk(json!({"content": "ok"}), Some("stop")), DONE.into()].concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;
    let mut only_calls = ChatMessage::assistant("");
    only_calls.tool_calls = vec![call("call_9", "transfer_to_human", "{}")];
    let req = ModelRequest {
        messages: vec![
            ChatMessage::user("a person please"),
            only_calls,
            ChatMessage::tool_result("call_9", "queued"),
        ],
        tools: Vec::new(),
    };

    let (result, deltas) = run(&provider(&server), &req).await;
    streamed(result, &deltas);

    assert_eq!(
        server.request().json()["messages"][1],
        json!({"role": "assistant", "content": null, "tool_calls": [
            {"id": "call_9", "type": "function",
             "function": {"name": "transfer_to_human", "arguments": "{}"}}]})
    );
}

#[tokio::test]
async fn local_server_without_key_gets_no_authorization_header() {
    let stream = [chunk(json!({"content": "hi"}), Some("stop")), DONE.into()].concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;
    // Trailing slash as people paste it: must not become "//chat".
    let mut cfg = config(server.url(), Some("  "));
    cfg.base_url.push('/');
    let provider = OpenAiProvider::new(&cfg, Duration::from_secs(10)).unwrap();

    let (result, deltas) = run(&provider, &simple_request()).await;

    assert_eq!(streamed(result, &deltas).text, "hi");
    let req = server.request();
    assert_eq!(req.path, "/v1/chat/completions");
    assert_eq!(req.header("authorization"), None);
}

#[tokio::test]
async fn tool_call_fragments_are_reassembled_across_chunks() {
    let stream = [
        chunk(
            json!({"role": "assistant", "content": null,
                     "tool_calls": [tool_frag(0, Some("call_abc"), Some("get_order"), "")]}),
            None,
        ),
        chunk(
            json!({"tool_calls": [tool_frag(0, None, None, "{\"order")]}),
            None,
        ),
        chunk(
            json!({"tool_calls": [tool_frag(0, None, None, "Id\": \"A-10")]}),
            None,
        ),
        chunk(
            json!({"tool_calls": [tool_frag(0, None, None, "01\"}")]}),
            None,
        ),
        chunk(json!({}), Some("tool_calls")),
        DONE.into(),
    ]
    .concat();
    // Also cut one event in the middle of its JSON.
    let cuts = [offset_of(&stream, "A-10", 0) + 2];
    let server = FakeServer::start(vec![Response::sse().split(&stream, &cuts)]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    let turn = streamed(result, &deltas);
    assert!(deltas.0.is_empty());
    assert_eq!(
        turn.tool_calls,
        [call("call_abc", "get_order", "{\"orderId\": \"A-1001\"}")]
    );
    assert_eq!(turn.usage, None);
}

#[tokio::test]
async fn parallel_tool_calls_interleaved_come_back_in_index_order() {
    let stream = [
        chunk(json!({"content": "Checking both."}), None),
        chunk(json!({"tool_calls": [tool_frag(0, Some("call_a"), Some("get_order"), "{\"orderId\":")]}), None),
        chunk(json!({"tool_calls": [tool_frag(1, Some("call_b"), Some("get_order"), "")]}), None),
        chunk(json!({"tool_calls": [tool_frag(1, None, None, "{\"orderId\":\"A-1002\"}")]}), None),
        chunk(json!({"tool_calls": [tool_frag(0, None, None, "\"A-1001\"}")]}), None),
        chunk(json!({}), Some("tool_calls")),
        USAGE.into(),
        DONE.into(),
    ]
    .concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    let turn = streamed(result, &deltas);
    assert_eq!(deltas.0, ["Checking both."]);
    assert_eq!(
        turn.tool_calls,
        [
            call("call_a", "get_order", "{\"orderId\":\"A-1001\"}"),
            call("call_b", "get_order", "{\"orderId\":\"A-1002\"}"),
        ]
    );
    assert_eq!(turn.usage.map(|u| u.output_tokens), Some(7));
}

#[tokio::test]
async fn whole_tool_calls_in_one_chunk_ending_with_stop_are_a_tool_turn() {
    // Ollama's shape: every call whole in one chunk, finish_reason "stop".
    let stream = [
        chunk(
            json!({"role": "assistant", "content": "", "tool_calls": [
                {"id": "call_x1", "index": 0, "type": "function",
                 "function": {"name": "get_order", "arguments": "{\"orderId\":\"A-1\"}"}},
                {"id": "call_x2", "index": 1, "type": "function",
                 "function": {"name": "transfer_to_human", "arguments": "{}"}},
            ]}),
            Some("stop"),
        ),
        DONE.into(),
    ]
    .concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    let turn = streamed(result, &deltas);
    assert_eq!(
        turn.tool_calls,
        [
            call("call_x1", "get_order", "{\"orderId\":\"A-1\"}"),
            call("call_x2", "transfer_to_human", "{}"),
        ]
    );
}

#[tokio::test]
async fn calls_all_numbered_zero_but_with_distinct_ids_stay_apart() {
    let stream = [
        chunk(json!({"tool_calls": [tool_frag(0, Some("c1"), Some("get_order"), "{\"orderId\":\"A\"}")]}), None),
        chunk(json!({"tool_calls": [tool_frag(0, Some("c2"), Some("get_order"), "{\"orderId\":\"B\"}")]}), None),
        chunk(json!({"tool_calls": [{"id": "c3", "function": {"name": "transfer_to_human"}}]}), Some("stop")),
        DONE.into(),
    ]
    .concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    assert_eq!(
        streamed(result, &deltas).tool_calls,
        [
            call("c1", "get_order", "{\"orderId\":\"A\"}"),
            call("c2", "get_order", "{\"orderId\":\"B\"}"),
            call("c3", "transfer_to_human", "{}"),
        ]
    );
}

#[tokio::test]
async fn error_object_after_http_200_is_a_stream_error() {
    let stream = [
        chunk(json!({"content": "Hel"}), None),
        "data: {\"error\":{\"message\":\"The server had an error while processing your request.\",\
         \"type\":\"server_error\",\"code\":null}}\n\n"
            .into(),
    ]
    .concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    match result {
        Err(ProviderError::Stream(msg)) => {
            assert_eq!(
                msg,
                "The server had an error while processing your request."
            )
        }
        other => panic!("expected Stream error, got {other:?}"),
    }
    assert_eq!(deltas.0, ["Hel"]);
}

#[tokio::test]
async fn too_many_requests_carries_retry_after_seconds() {
    let server = FakeServer::start(vec![
        Response::status(
            429,
            r#"{"error":{"message":"Rate limit reached","type":"requests"}}"#,
        )
        .header("retry-after", "7"),
    ])
    .await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    assert!(
        matches!(result, Err(ProviderError::RateLimited { retry_after: Some(d) }) if d == Duration::from_secs(7)),
        "{result:?}"
    );
    assert!(deltas.0.is_empty());
}

#[tokio::test]
async fn too_many_requests_carries_retry_after_http_date() {
    let at = chrono::Utc::now() + chrono::Duration::seconds(120);
    let date = at.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let server = FakeServer::start(vec![
        Response::status(429, "{}").header("retry-after", &date),
    ])
    .await;

    let (result, _) = run(&provider(&server), &simple_request()).await;

    match result {
        // Whole seconds in the header, and time passes: 118–120 s.
        Err(ProviderError::RateLimited {
            retry_after: Some(d),
        }) => {
            assert!(
                d <= Duration::from_secs(120) && d >= Duration::from_secs(118),
                "{d:?}"
            )
        }
        other => panic!("expected RateLimited, got {other:?}"),
    }
}

#[tokio::test]
async fn too_many_requests_without_header_has_no_retry_after() {
    let server = FakeServer::start(vec![Response::status(429, "{}")]).await;
    let (result, _) = run(&provider(&server), &simple_request()).await;
    assert!(
        matches!(
            result,
            Err(ProviderError::RateLimited { retry_after: None })
        ),
        "{result:?}"
    );
}

#[tokio::test]
async fn bad_key_is_unauthorized_and_never_echoed() {
    let body = r#"{"error":{"message":"Incorrect API key provided: sk-test-0123456789.","code":"invalid_api_key"}}"#;
    let server = FakeServer::start(vec![
        Response::status(401, body),
        Response::status(403, body),
    ])
    .await;
    let provider = provider(&server);

    let (first, _) = run(&provider, &simple_request()).await;
    let (second, _) = run(&provider, &simple_request()).await;

    let first = first.unwrap_err();
    assert!(
        matches!(first, ProviderError::Unauthorized { status: 401 }),
        "{first:?}"
    );
    assert!(!first.is_retryable());
    assert!(
        matches!(second, Err(ProviderError::Unauthorized { status: 403 })),
        "{second:?}"
    );
    assert!(!first.to_string().contains(KEY));
    assert!(!format!("{provider:?}").contains(KEY));
    assert!(format!("{provider:?}").contains("<redacted>"));
}

#[tokio::test]
async fn server_error_is_http_with_status() {
    let server = FakeServer::start(vec![Response::status(500, r#"{"error":"boom"}"#)]).await;
    let (result, _) = run(&provider(&server), &simple_request()).await;
    assert!(
        matches!(result, Err(ProviderError::Http { status: 500 })),
        "{result:?}"
    );
}

#[tokio::test]
async fn stall_mid_stream_hits_the_request_timeout() {
    let server = FakeServer::start(vec![
        Response::sse()
            .chunk(chunk(json!({"content": "Hi"}), None))
            .stall(),
    ])
    .await;
    let provider =
        OpenAiProvider::new(&config(server.url(), None), Duration::from_millis(300)).unwrap();

    let (result, deltas) = run(&provider, &simple_request()).await;

    assert!(matches!(result, Err(ProviderError::Timeout)), "{result:?}");
    assert_eq!(deltas.0, ["Hi"]);
}

#[tokio::test]
async fn silence_between_chunks_hits_the_stall_timeout_before_the_deadline() {
    let server = FakeServer::start(vec![
        Response::sse()
            .chunk(chunk(json!({"content": "Hi"}), None))
            .stall(),
    ])
    .await;
    let provider = OpenAiProvider::new(&config(server.url(), None), Duration::from_secs(60))
        .unwrap()
        .with_stall_timeout(Duration::from_millis(300));

    let (result, _) =
        tokio::time::timeout(Duration::from_secs(30), run(&provider, &simple_request()))
            .await
            .expect("the stall timeout, not the 60 s deadline, must end the request");

    assert!(matches!(result, Err(ProviderError::Timeout)), "{result:?}");
}

#[tokio::test]
async fn server_that_never_answers_times_out() {
    let server = FakeServer::start(vec![Response::hang()]).await;
    let provider =
        OpenAiProvider::new(&config(server.url(), None), Duration::from_millis(300)).unwrap();
    let (result, _) = run(&provider, &simple_request()).await;
    assert!(matches!(result, Err(ProviderError::Timeout)), "{result:?}");
}

#[tokio::test]
async fn connection_dropped_mid_stream_is_a_stream_error() {
    let half = chunk(json!({"content": "Your order"}), None) + "data: {\"choi";
    let server = FakeServer::start(vec![Response::sse().chunk(half).drop_connection()]).await;

    let (result, deltas) = run(&provider(&server), &simple_request()).await;

    assert!(
        matches!(result, Err(ProviderError::Stream(_))),
        "{result:?}"
    );
    assert_eq!(deltas.0, ["Your order"]);
}

#[tokio::test]
async fn clean_close_before_done_or_finish_is_a_stream_error() {
    let body = chunk(json!({"content": "Your order"}), None);
    let server = FakeServer::start(vec![Response::sse().close_delimited().chunk(body)]).await;

    let (result, _) = run(&provider(&server), &simple_request()).await;

    match result {
        Err(ProviderError::Stream(msg)) => {
            assert_eq!(msg, "stream ended before the model finished")
        }
        other => panic!("expected Stream error, got {other:?}"),
    }
}

#[tokio::test]
async fn finish_reason_then_close_without_done_is_accepted() {
    let body = chunk(json!({"content": "Done."}), Some("stop"));
    let server = FakeServer::start(vec![Response::sse().chunk(body)]).await;
    let (result, deltas) = run(&provider(&server), &simple_request()).await;
    assert_eq!(streamed(result, &deltas).text, "Done.");
}

#[tokio::test]
async fn unreachable_server_is_a_connect_error() {
    let url = closed_port_url().await;
    let provider = OpenAiProvider::new(&config(&url, Some(KEY)), Duration::from_secs(5)).unwrap();
    let (result, _) = run(&provider, &simple_request()).await;
    match result {
        Err(e @ ProviderError::Connect(_)) => assert!(!e.to_string().contains(KEY)),
        other => panic!("expected Connect, got {other:?}"),
    }
}

#[tokio::test]
async fn garbage_data_is_a_protocol_error() {
    let server =
        FakeServer::start(vec![Response::sse().chunk("data: <html>oops</html>\n\n")]).await;
    let (result, _) = run(&provider(&server), &simple_request()).await;
    assert!(
        matches!(result, Err(ProviderError::Protocol(_))),
        "{result:?}"
    );
}

#[tokio::test]
async fn invalid_base_url_is_refused_at_construction() {
    let mut cfg = config("", None);
    cfg.base_url = "localhost:11434".into();
    assert!(matches!(
        OpenAiProvider::new(&cfg, Duration::from_secs(1)),
        Err(ProviderError::Connect(_))
    ));
}

#[tokio::test]
async fn deltas_reach_the_sink_before_the_stream_ends() {
    // The fake holds the rest of the answer back until the sink has seen
    // the first delta: a provider that buffered the body would never get it.
    let gate = Arc::new(Notify::new());
    let server = FakeServer::start(vec![
        Response::sse()
            .chunk(chunk(json!({"content": "first"}), None))
            .wait_for(gate.clone())
            .chunk(
                [
                    chunk(json!({"content": " second"}), Some("stop")),
                    DONE.into(),
                ]
                .concat(),
            ),
    ])
    .await;
    let provider = provider(&server);
    let mut seen = Vec::new();
    let mut sink = |t: &str| {
        seen.push(t.to_owned());
        gate.notify_one();
    };

    let result = tokio::time::timeout(
        Duration::from_secs(5),
        provider.complete(&simple_request(), &mut sink),
    )
    .await
    .expect("first delta was not delivered while the stream was open");

    assert_eq!(result.unwrap().text, "first second");
    assert_eq!(seen, ["first", " second"]);
}

#[tokio::test]
async fn null_choices_deltas_and_tool_calls_are_tolerated() {
    let stream = [
        "data: {\"id\":\"x\",\"choices\":null,\"usage\":null}\n\n".to_owned(),
        "data: {\"choices\":[{\"index\":0,\"delta\":null,\"finish_reason\":null}]}\n\n".to_owned(),
        chunk(json!({"content": "ok", "tool_calls": null}), Some("stop")),
        DONE.into(),
    ]
    .concat();
    let server = FakeServer::start(vec![Response::sse().chunk(stream)]).await;
    let (result, deltas) = run(&provider(&server), &simple_request()).await;
    let turn = streamed(result, &deltas);
    assert_eq!(turn.text, "ok");
    assert!(turn.tool_calls.is_empty());
}
