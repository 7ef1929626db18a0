//! The OpenAPI 3 document, written by hand with `serde_json` (small enough
//! to read in one go, no macro layer). The e2e suite checks it against the
//! real daemon: every documented path and method answers, and real bodies
//! carry every documented required property.

use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

fn r(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn ok(schema: Value) -> Value {
    json!({"description": "OK", "content": {"application/json": {"schema": schema}}})
}

fn err(desc: &str) -> Value {
    json!({"description": desc, "content": {"application/json": {"schema": r("Error")}}})
}

fn errors(codes: &[u16]) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    for c in codes {
        let d = match c {
            401 => "missing or invalid token",
            403 => "the caller's role may not do this",
            404 => "no such resource, or not the caller's",
            409 => "the resource's state does not allow this",
            422 => "invalid parameter or body",
            _ => "too many requests",
        };
        m.insert(c.to_string(), err(d));
    }
    m.insert("429".into(), err("too many requests"));
    m
}

fn op(summary: &str, params: Value, okr: Value, codes: &[u16]) -> Value {
    let mut responses = errors(codes);
    responses.insert("200".into(), okr);
    json!({
        "summary": summary,
        "parameters": params,
        "responses": responses,
    })
}

fn q(name: &str, schema: Value, desc: &str) -> Value {
    json!({"name": name, "in": "query", "required": false, "schema": schema, "description": desc})
}

fn p(name: &str) -> Value {
    json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}})
}

fn nullable(t: &str) -> Value {
    json!({"type": [t, "null"]})
}

fn obj(required: &[&str], props: Value) -> Value {
    json!({"type": "object", "required": required, "properties": props})
}

fn durations() -> Value {
    obj(
        &["count", "avgMs", "medianMs"],
        json!({"count": {"type": "integer"}, "avgMs": nullable("number"), "medianMs": nullable("number")}),
    )
}

pub fn document() -> Value {
    let time = json!({"type": "string", "description": "RFC 3339 or milliseconds since the epoch"});
    let session_props = json!({
        "sessionUuid": {"type": "string"}, "userId": {"type": "string"},
        "userName": {"type": "string"}, "staffId": nullable("string"),
        "sessionType": {"type": "string", "enum": ["ai", "human"]},
        "status": {"type": "string", "enum": ["active", "waiting", "closed"]},
        "createdAt": {"type": "string", "format": "date-time"},
        "updatedAt": {"type": "string", "format": "date-time"},
        "closedAt": nullable("string"), "lastSeq": {"type": "integer"},
        "closedBy": nullable("string"),
    });
    let session_req = [
        "sessionUuid",
        "userId",
        "staffId",
        "sessionType",
        "status",
        "createdAt",
        "updatedAt",
        "closedAt",
        "lastSeq",
        "closedBy",
    ];
    let mut detail_props = session_props.clone();
    if let Value::Object(m) = &mut detail_props {
        m.insert(
            "transfers".into(),
            json!({"type": "array", "items": r("Transfer")}),
        );
        m.insert(
            "rating".into(),
            json!({"oneOf": [r("Rating"), {"type": "null"}]}),
        );
        m.insert("summary".into(), nullable("string"));
    }
    let mut detail_req = session_req.to_vec();
    detail_req.extend(["transfers", "rating"]);
    let mut paths = serde_json::Map::new();
    paths.insert("/sessions".into(), json!({"get": op("List sessions, newest first",
                json!([
                    q("status", json!({"type": "string", "enum": ["active", "waiting", "closed"]}), "session status"),
                    q("type", json!({"type": "string", "enum": ["ai", "human"]}), "session type"),
                    q("staff", json!({"type": "string"}), "assigned staff id"),
                    q("customer", json!({"type": "string"}), "customer id (customers always see only their own)"),
                    q("from", time.clone(), "created at or after"),
                    q("to", time.clone(), "created before"),
                    q("limit", json!({"type": "integer", "minimum": 1, "maximum": 200, "default": 50}), "page size"),
                    q("cursor", json!({"type": "string"}), "nextCursor of the previous page"),
                ]),
                ok(r("SessionPage")), &[401, 422])}));
    paths.insert(
        "/sessions/{uuid}".into(),
        json!({"get": op("One session with its transfers and rating",
                json!([p("uuid")]), ok(r("SessionDetail")), &[401, 404])}),
    );
    paths.insert("/sessions/{uuid}/messages".into(), json!({"get": op("Messages by seq",
                json!([p("uuid"),
                    q("afterSeq", json!({"type": "integer", "minimum": 0, "default": 0}), "messages with seq greater than this"),
                    q("limit", json!({"type": "integer", "minimum": 1, "maximum": 200, "default": 100}), "page size")]),
                ok(r("MessagePage")), &[401, 404, 422])}));
    paths.insert("/sessions/{uuid}/transcript".into(), json!({"get": {
                "summary": "The whole conversation as Markdown (default) or JSON",
                "parameters": [p("uuid"), q("format", json!({"type": "string", "enum": ["md", "json"]}), "md or json")],
                "responses": {
                    "200": {"description": "OK", "content": {
                        "text/markdown": {"schema": {"type": "string"}},
                        "application/json": {"schema": r("Transcript")}}},
                    "401": err("missing or invalid token"), "404": err("no such session"),
                    "422": err("invalid format")}}}));
    paths.insert(
        "/sessions/{uuid}/close".into(),
        json!({"post": op("Close an open session",
                json!([p("uuid")]), ok(r("Closed")), &[401, 404, 409])}),
    );
    paths.insert("/staff".into(), json!({"get": op("Staff presence, availability and workload (staff, admin)",
                json!([]), ok(obj(&["items"], json!({"items": {"type": "array", "items": r("Staff")}}))), &[401, 403])}));
    paths.insert("/staff/{id}".into(), json!({"put": {
                "summary": "Change a staff member's settings (admin; audited)",
                "parameters": [p("id")],
                "requestBody": {"required": true, "content": {"application/json": {"schema": obj(&[], json!({
                    "maxConcurrentChats": {"type": ["integer", "null"], "minimum": 1, "description": "null returns to the default"},
                    "isAvailable": {"type": "boolean"}}))}}},
                "responses": {"200": ok(r("Staff")), "401": err("missing or invalid token"),
                    "403": err("admin only"), "404": err("no such staff member"),
                    "422": err("invalid body")}}}));
    paths.insert("/stats".into(), json!({"get": op("Analytics for conversations started in [from, to) (staff, admin)",
                json!([q("from", time.clone(), "default: 7 days before to"), q("to", time.clone(), "default: now")]),
                ok(r("Stats")), &[401, 403, 422])}));
    paths.insert(
        "/customers/{id}/export".into(),
        json!({"get": op("Everything stored about a customer (admin, or the customer; audited)",
                json!([p("id")]), ok(r("Export")), &[401, 403, 404])}),
    );
    paths.insert(
        "/customers/{id}".into(),
        json!({"delete": op("Erase a customer's personal data and message content (admin; audited)",
                json!([p("id")]), ok(r("Forgotten")), &[401, 403, 404])}),
    );
    paths.insert("/webhooks/dead".into(), json!({"get": op("Webhook dead letters, oldest first (admin)",
                json!([q("limit", json!({"type": "integer", "minimum": 1, "maximum": 500, "default": 100}), "at most this many")]),
                ok(r("DeadLetterPage")), &[401, 403, 422])}));
    paths.insert(
        "/webhooks/dead/{eventId}".into(),
        json!({"delete": op("Drop a dead letter unsent; its session's later events go on (admin; audited)",
                json!([p("eventId")]), ok(r("DeadLetterAction")), &[401, 403, 404])}),
    );
    paths.insert(
        "/webhooks/dead/{eventId}/replay".into(),
        json!({"post": op("Send a dead letter again from its first attempt; its session resumes (admin; audited)",
                json!([p("eventId")]), ok(r("DeadLetterAction")), &[401, 403, 404])}),
    );
    // Issue 17: business hours.
    paths.insert(
        "/hours".into(),
        json!({
            "get": op("The business hours in force and whether staff are expected now", json!([]), ok(r("Hours")), &[401]),
            "put": op("Replace the business hours (admin; audited)", json!([]), ok(r("Hours")), &[401, 403, 422]),
            "delete": op("Forget the hours set here: the config file's apply again (admin; audited)", json!([]), ok(r("Hours")), &[401, 403]),
        }),
    );
    // Issue 16: shared canned replies and full-text search.
    paths.insert(
        "/canned-replies".into(),
        json!({"get": op("The team's shared canned replies, by code (staff, admin)", json!([]), ok(r("CannedReplies")), &[401, 403])}),
    );
    let mut put_canned = op(
        "Create (201) or replace (200) a shared canned reply (admin; audited)",
        json!([p("code")]),
        ok(r("CannedReply")),
        &[401, 403, 422],
    );
    put_canned["responses"]["201"] = json!({"description": "Created", "content": {"application/json": {"schema": r("CannedReply")}}});
    put_canned["requestBody"] = json!({"required": true, "content": {"application/json": {"schema":
        obj(&["body"], json!({"body": {"type": "string", "maxLength": 2000,
            "description": "may use {customer.name}, {staff.name} and {order.id}"}}))}}});
    paths.insert(
        "/canned-replies/{code}".into(),
        json!({
            "put": put_canned,
            "delete": op("Delete a shared canned reply (admin; audited)", json!([p("code")]),
                ok(obj(&["deleted"], json!({"deleted": {"type": "string"}}))), &[401, 403, 404, 422]),
        }),
    );
    paths.insert(
        "/search".into(),
        json!({"get": op("Full-text search over transcripts, newest first (customers: their own sessions)",
            json!([
                {"name": "q", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 200},
                 "description": "words to find, all of them; punctuation and operators are ignored"},
                q("limit", json!({"type": "integer", "minimum": 1, "maximum": 50, "default": 20}), "at most this many"),
                q("cursor", json!({"type": "string"}), "the previous page's nextCursor"),
            ]),
            ok(r("SearchResults")), &[401, 422])}),
    );
    // The web widget's guest tokens: no bearer, but a browser Origin that
    // WIDGET_ALLOWED_ORIGINS allows (docs/widget.md).
    paths.insert(
        "/guest".into(),
        json!({"post": {
            "summary": "A customer token for a web visitor (browser pages on an allowed origin only)",
            "security": [],
            "requestBody": {"required": false, "content": {"application/json": {"schema":
                obj(&[], json!({"guestKey": {"type": "string", "description": "the key from an earlier answer, to stay the same visitor"}}))}}},
            "responses": {
                "200": ok(r("GuestToken")),
                "403": err("no Origin header, or an origin not in WIDGET_ALLOWED_ORIGINS"),
                "422": err("a body that is not {\"guestKey\"?: string}, or a key this daemon did not issue"),
                "429": err("too many guest tokens from this address (Retry-After)"),
            }}}),
    );
    paths.insert("/openapi.json".into(), json!({"get": {"summary": "This document", "security": [],
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}}}));
    let mut schemas = serde_json::Map::new();
    schemas.insert("Error".into(), json!(obj(&["error", "message"], json!({
                    "error": {"type": "string", "enum": ["unauthorized", "forbidden", "not_found", "method_not_allowed", "conflict", "invalid_request", "rate_limited", "unavailable", "internal"]},
                    "message": {"type": "string"}}))));
    schemas.insert("Hours".into(), json!(obj(&["hours", "openNow", "staffAvailable", "staffExpected", "nextOpening"], json!({
                    "hours": {"oneOf": [{"type": "null"}, obj(&["timezone", "weekly", "closed"], json!({
                        "timezone": {"type": "string"}, "weekly": {"type": "string"},
                        "closed": {"type": "array", "items": {"type": "string"}}}))]},
                    "openNow": {"type": "boolean"}, "staffAvailable": {"type": "boolean"},
                    "staffExpected": {"type": "boolean"}, "nextOpening": nullable("string")}))));
    schemas.insert("CannedReply".into(), json!(obj(&["code", "body", "updatedBy", "updatedAt"], json!({
                    "code": {"type": "string", "pattern": "^[a-z0-9_-]{1,32}$"}, "body": {"type": "string"},
                    "updatedBy": {"type": "string"}, "updatedAt": {"type": "string", "format": "date-time"}}))));
    schemas.insert(
        "CannedReplies".into(),
        json!(obj(
            &["replies"],
            json!({
                    "replies": {"type": "array", "items": r("CannedReply")}})
        )),
    );
    schemas.insert("SearchResults".into(), json!(obj(&["items", "nextCursor"], json!({
                    "items": {"type": "array", "items": obj(
                        &["sessionUuid", "seq", "messageId", "senderRole", "snippet", "createdAt", "customerId", "customerName"],
                        json!({"sessionUuid": {"type": "string"}, "seq": {"type": "integer"}, "messageId": {"type": "integer"},
                               "senderRole": {"type": "string", "enum": ["customer", "staff", "ai", "system"]},
                               "snippet": {"type": "string", "description": "matched words between **"},
                               "createdAt": {"type": "string", "format": "date-time"},
                               "customerId": {"type": "string"}, "customerName": nullable("string")}))},
                    "nextCursor": nullable("string")}))));
    schemas.insert(
        "GuestToken".into(),
        json!(obj(
            &["token", "guestKey", "userId", "expiresAt"],
            json!({
                    "token": {"type": "string"}, "guestKey": {"type": "string"},
                    "userId": {"type": "string"}, "expiresAt": {"type": "string"}})
        )),
    );
    schemas.insert("Session".into(), json!(obj(&session_req, session_props)));
    schemas.insert(
        "SessionDetail".into(),
        json!(obj(&detail_req, detail_props)),
    );
    schemas.insert("SessionPage".into(), json!(obj(&["items", "nextCursor"], json!({
                    "items": {"type": "array", "items": r("Session")}, "nextCursor": nullable("string")}))));
    schemas.insert("Message".into(), json!(obj(&["messageId", "sessionUuid", "seq", "senderId", "senderName", "senderRole", "messageType", "content", "aiGenerated", "clientMsgId", "createdAt", "readAt"], json!({
                    "messageId": {"type": "integer"}, "sessionUuid": {"type": "string"}, "seq": {"type": "integer"},
                    "senderId": nullable("string"), "senderName": nullable("string"),
                    "senderRole": {"type": "string", "enum": ["customer", "staff", "ai", "system"]},
                    "messageType": {"type": "string", "enum": ["text", "system", "transfer_request"]},
                    "content": {"type": "string"}, "aiGenerated": {"type": "boolean"},
                    "clientMsgId": nullable("string"), "createdAt": {"type": "string"}, "readAt": nullable("string")}))));
    schemas.insert("MessagePage".into(), json!(obj(&["items", "hasMore", "nextAfterSeq"], json!({
                    "items": {"type": "array", "items": r("Message")}, "hasMore": {"type": "boolean"},
                    "nextAfterSeq": nullable("integer")}))));
    schemas.insert(
        "Transcript".into(),
        json!(obj(
            &["session", "messages"],
            json!({
                    "session": r("Session"), "messages": {"type": "array", "items": r("Message")}})
        )),
    );
    schemas.insert("Transfer".into(), json!(obj(&["transferRequestId", "status", "reason", "staffId", "createdAt", "resolvedAt", "outcome"], json!({
                    "transferRequestId": {"type": "integer"},
                    "status": {"type": "string", "enum": ["pending", "accepted", "failed", "cancelled"]},
                    "reason": nullable("string"), "staffId": nullable("string"), "createdAt": {"type": "string"},
                    "resolvedAt": nullable("string"), "outcome": nullable("string")}))));
    schemas.insert("Rating".into(), json!(obj(&["rating", "comment", "createdAt"], json!({
                    "rating": {"type": "integer", "minimum": 1, "maximum": 5}, "comment": nullable("string"),
                    "createdAt": {"type": "string"}}))));
    schemas.insert(
        "Closed".into(),
        json!(obj(
            &["sessionUuid", "closedAt"],
            json!({
                    "sessionUuid": {"type": "string"}, "closedAt": {"type": "string"}})
        )),
    );
    schemas.insert("Staff".into(), json!(obj(&["staffId", "name", "isOnline", "isAvailable", "maxConcurrentChats", "currentChats", "sessions"], json!({
                    "staffId": {"type": "string"}, "name": {"type": "string"}, "isOnline": {"type": "boolean"},
                    "isAvailable": {"type": "boolean"}, "maxConcurrentChats": {"type": "integer"},
                    "currentChats": {"type": "integer"}, "sessions": {"type": "array", "items": {"type": "string"}}}))));
    schemas.insert("Durations".into(), json!(durations()));
    schemas.insert("Stats".into(), json!(obj(&["from", "to", "conversations", "messages", "aiOnly", "aiOnlyShare", "escalations", "escalationRate", "escalationReasons", "firstResponseAi", "firstResponseHuman", "queueWait", "resolution", "abandonment", "csat", "perStaff"], json!({
                    "from": {"type": "string"}, "to": {"type": "string"},
                    "conversations": {"type": "integer"},
                    "messages": obj(&["total", "byRole"], json!({"total": {"type": "integer"}, "byRole": {"type": "object", "additionalProperties": {"type": "integer"}}})),
                    "aiOnly": {"type": "integer"}, "aiOnlyShare": nullable("number"),
                    "escalations": {"type": "integer"}, "escalationRate": nullable("number"),
                    "escalationReasons": {"type": "array", "items": obj(&["reason", "count"], json!({"reason": {"type": "string"}, "count": {"type": "integer"}}))},
                    "firstResponseAi": r("Durations"), "firstResponseHuman": r("Durations"),
                    "queueWait": r("Durations"), "resolution": r("Durations"),
                    "abandonment": obj(&["requests", "abandoned", "failed", "rate"], json!({
                        "requests": {"type": "integer"}, "abandoned": {"type": "integer"},
                        "failed": {"type": "integer"}, "rate": nullable("number")})),
                    "csat": obj(&["average", "ratings", "responseRate"], json!({
                        "average": nullable("number"), "ratings": {"type": "integer"}, "responseRate": nullable("number")})),
                    "perStaff": {"type": "array", "items": obj(&["staffId", "chats", "firstResponse", "csatAverage", "ratings"], json!({
                        "staffId": {"type": "string"}, "chats": {"type": "integer"}, "firstResponse": r("Durations"),
                        "csatAverage": nullable("number"), "ratings": {"type": "integer"}}))}}))));
    schemas.insert(
        "Export".into(),
        json!(obj(
            &["customerId", "exportedAt", "user", "sessions"],
            json!({
                    "customerId": {"type": "string"}, "exportedAt": {"type": "string"},
                    "user": {"type": ["object", "null"]},
                    "sessions": {"type": "array", "items": r("SessionDetail")}})
        )),
    );
    schemas.insert("Forgotten".into(), json!(obj(&["customerId", "sessions", "messages", "webhookEvents"], json!({
                    "customerId": {"type": "string"}, "sessions": {"type": "integer"}, "messages": {"type": "integer"},
                    "webhookEvents": {"type": "integer", "description": "webhook events not yet delivered that were purged"}}))));
    schemas.insert("DeadLetter".into(), json!(obj(&["eventId", "event", "sessionUuid", "createdAt", "attempts", "lastError", "deadAt", "held"], json!({
                    "eventId": {"type": "string"}, "event": {"type": "string"}, "sessionUuid": {"type": "string"},
                    "createdAt": {"type": "string"}, "attempts": {"type": "integer"}, "lastError": nullable("string"),
                    "deadAt": {"type": "string"},
                    "held": {"type": "integer", "description": "later events of the session waiting behind it"}}))));
    schemas.insert("DeadLetterPage".into(), json!(obj(&["items", "total"], json!({
                    "items": {"type": "array", "items": r("DeadLetter")}, "total": {"type": "integer"}}))));
    schemas.insert(
        "DeadLetterAction".into(),
        json!(obj(
            &["eventId", "sessionUuid", "action"],
            json!({
                    "eventId": {"type": "string"}, "sessionUuid": {"type": "string"},
                    "action": {"type": "string", "enum": ["replayed", "dropped"]}})
        )),
    );
    super::annotations::openapi(&mut paths, &mut schemas); // issue 16
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Concierge HTTP API",
            "version": "1",
            "description": "Sessions, staff, analytics and customer data. Authenticate with the same JWT as the WebSocket: Authorization: Bearer <token>. See docs/api.md."
        },
        "servers": [{"url": "/api/v1"}],
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
            "schemas": schemas,
        }
    })
}

pub async fn handler() -> Response {
    axum::Json(document()).into_response()
}
