//! The script format: one step per line, `#` starts a comment.
//!
//! ```text
//! timeout 10                              # default seconds for `expect`
//! connect carol customer Carol ${RUN}     # dev-login: mint a token (name = rest of line)
//! connect sam staff Sam                   # staff and admin the same way
//! connect bob token ${BOB_TOKEN}          # or a ready token
//! expect carol session_started
//! expect carol ai_message {"senderRole":"ai"} contains "welcome" within 5
//! say carol Where is my order?
//! human carol I'd like a person           # request_staff, optional reason
//! expect sam new_transfer_request {"customerName":"Carol"}
//! accept sam                              # the latest offer sam saw (or: accept sam 42)
//! say sam Hello Carol
//! close carol
//! rate carol 5 Very helpful               # rating 1–5, optional comment
//! send carol {"event":"typing_start","data":{"sessionUuid":"${session:carol}"}}
//! sleep 0.5
//! disconnect carol
//! ```
//!
//! `${NAME}` is an environment variable, `${RUN}` a short id unique to the
//! run (fresh customers each time); `${session:ACTOR}` (only in `send`) is
//! that actor's current session.

use std::time::Duration;

use concierge_shared::Role;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Login {
    Dev { role: Role, name: String },
    Token(String),
}

/// What an `expect` looks for.
#[derive(Debug, Clone, PartialEq)]
pub struct Expectation {
    pub event: String,
    /// Every key here must be in the event's `data` with an equal value.
    pub subset: Option<Value>,
    /// Some string value in `data` must contain this.
    pub contains: Option<String>,
    pub within: Option<Duration>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Timeout(Duration),
    Connect {
        actor: String,
        login: Login,
    },
    Say {
        actor: String,
        text: String,
    },
    Human {
        actor: String,
        reason: Option<String>,
    },
    Accept {
        actor: String,
        transfer: Option<i64>,
    },
    Close {
        actor: String,
    },
    Rate {
        actor: String,
        rating: u8,
        comment: Option<String>,
    },
    Send {
        actor: String,
        frame: String,
    },
    Expect {
        actor: String,
        want: Expectation,
    },
    Disconnect {
        actor: String,
    },
    Sleep(Duration),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// 1-based line in the file.
    pub line: usize,
    /// The line as written (for messages).
    pub text: String,
    pub action: Action,
}

/// Parse a script. `var` resolves `${NAME}`; `run_id` is `${RUN}`.
pub fn parse(
    text: &str,
    run_id: &str,
    var: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<Step>, ParseError> {
    let mut steps = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let err = |message: String| ParseError { line, message };
        let trimmed = strip_comment(raw).trim();
        if trimmed.is_empty() {
            continue;
        }
        let expanded = expand(trimmed, run_id, var).map_err(err)?;
        let action = parse_line(&expanded).map_err(err)?;
        steps.push(Step {
            line,
            text: trimmed.to_string(),
            action,
        });
    }
    Ok(steps)
}

/// `#` starts a comment unless inside a JSON string or quotes.
fn strip_comment(line: &str) -> &str {
    let mut in_str = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_str => escaped = true,
            '"' => in_str = !in_str,
            '#' if !in_str && (i == 0 || line[..i].ends_with(char::is_whitespace)) => {
                return &line[..i];
            }
            _ => {}
        }
    }
    line
}

fn expand(
    line: &str,
    run_id: &str,
    var: &dyn Fn(&str) -> Option<String>,
) -> Result<String, String> {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find('}')
            .ok_or_else(|| "unclosed ${ in line".to_string())?;
        let name = &after[..end];
        if name == "RUN" {
            out.push_str(run_id);
        } else if name.starts_with("session:") {
            // Resolved when the step runs.
            out.push_str(&format!("${{{name}}}"));
        } else {
            let v = var(name).ok_or_else(|| format!("environment variable {name} is not set"))?;
            out.push_str(&v);
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn split_word(s: &str) -> (&str, &str) {
    let s = s.trim_start();
    match s.split_once(char::is_whitespace) {
        Some((w, r)) => (w, r.trim_start()),
        None => (s, ""),
    }
}

fn seconds(s: &str) -> Result<Duration, String> {
    let v: f64 = s
        .trim_end_matches('s')
        .parse()
        .map_err(|_| format!("expected seconds, got {s:?}"))?;
    if !(0.0..=3600.0).contains(&v) {
        return Err(format!("seconds must be between 0 and 3600, got {v}"));
    }
    Ok(Duration::from_secs_f64(v))
}

fn need_actor(actor: &str, verb: &str) -> Result<String, String> {
    if actor.is_empty() {
        return Err(format!("`{verb}` needs an actor name"));
    }
    if !actor
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    {
        return Err(format!(
            "actor names are letters, digits, - and _; got {actor:?}"
        ));
    }
    Ok(actor.to_string())
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn parse_line(line: &str) -> Result<Action, String> {
    let (verb, rest) = split_word(line);
    let (actor, args) = split_word(rest);
    Ok(match verb {
        "timeout" => Action::Timeout(seconds(rest.trim())?),
        "sleep" => Action::Sleep(seconds(rest.trim())?),
        "connect" => {
            let actor = need_actor(actor, verb)?;
            let (how, who) = split_word(args);
            let login = match how {
                "token" if !who.is_empty() => Login::Token(who.to_string()),
                "customer" | "staff" | "admin" if !who.is_empty() => Login::Dev {
                    role: match how {
                        "customer" => Role::Customer,
                        "staff" => Role::Staff,
                        _ => Role::Admin,
                    },
                    name: who.to_string(),
                },
                _ => {
                    return Err(
                        "usage: connect ACTOR customer|staff|admin NAME, or connect ACTOR token JWT"
                            .into(),
                    );
                }
            };
            Action::Connect { actor, login }
        }
        "say" => {
            if args.is_empty() {
                return Err("usage: say ACTOR TEXT".into());
            }
            Action::Say {
                actor: need_actor(actor, verb)?,
                text: args.to_string(),
            }
        }
        "human" => Action::Human {
            actor: need_actor(actor, verb)?,
            reason: opt(args),
        },
        "accept" => Action::Accept {
            actor: need_actor(actor, verb)?,
            transfer: match args {
                "" => None,
                id => Some(
                    id.parse()
                        .map_err(|_| format!("transfer request id must be a number, got {id:?}"))?,
                ),
            },
        },
        "close" => Action::Close {
            actor: need_actor(actor, verb)?,
        },
        "disconnect" => Action::Disconnect {
            actor: need_actor(actor, verb)?,
        },
        "rate" => {
            let (n, comment) = split_word(args);
            let rating = match n.parse::<u8>() {
                Ok(r @ 1..=5) => r,
                _ => return Err(format!("rating must be 1 to 5, got {n:?}")),
            };
            Action::Rate {
                actor: need_actor(actor, verb)?,
                rating,
                comment: opt(comment),
            }
        }
        "send" => {
            // Checked as JSON now (placeholders are inside strings), sent as written.
            if serde_json::from_str::<Value>(args).is_err() {
                return Err("usage: send ACTOR {\"event\":…,\"data\":{…}} (one JSON frame)".into());
            }
            Action::Send {
                actor: need_actor(actor, verb)?,
                frame: args.to_string(),
            }
        }
        "expect" => Action::Expect {
            actor: need_actor(actor, verb)?,
            want: parse_expectation(args)?,
        },
        "" => return Err("empty step".into()),
        other => {
            return Err(format!(
                "unknown step {other:?}; steps are timeout, connect, expect, say, human, accept, close, rate, send, sleep, disconnect"
            ));
        }
    })
}

fn parse_expectation(args: &str) -> Result<Expectation, String> {
    let (event, mut rest) = split_word(args);
    if event.is_empty() || !event.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return Err(
            "usage: expect ACTOR EVENT [{json subset}] [contains \"text\"] [within SECS]".into(),
        );
    }
    let mut want = Expectation {
        event: event.to_string(),
        subset: None,
        contains: None,
        within: None,
    };
    if rest.starts_with('{') || rest.starts_with('[') {
        let mut de = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
        let value = match de.next() {
            Some(Ok(v)) => v,
            Some(Err(e)) => return Err(format!("bad JSON pattern: {e}")),
            None => return Err("missing JSON pattern".into()),
        };
        want.subset = Some(value);
        rest = rest[de.byte_offset()..].trim_start();
    }
    while !rest.is_empty() {
        let (word, after) = split_word(rest);
        match word {
            "contains" => {
                let mut de = serde_json::Deserializer::from_str(after).into_iter::<String>();
                match de.next() {
                    Some(Ok(s)) => want.contains = Some(s),
                    _ => return Err("contains needs a quoted string: contains \"text\"".into()),
                }
                rest = after[de.byte_offset()..].trim_start();
            }
            "within" => {
                let (secs, after) = split_word(after);
                want.within = Some(seconds(secs)?);
                rest = after;
            }
            other => return Err(format!("unexpected {other:?} in expect")),
        }
    }
    Ok(want)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn p(text: &str) -> Result<Vec<Step>, ParseError> {
        parse(text, "r1", &|name| {
            (name == "TOK").then(|| "abc".to_string())
        })
    }

    #[test]
    fn the_documented_example_parses() {
        let doc = include_str!("parse.rs");
        let example: String = doc
            .lines()
            .skip_while(|l| !l.starts_with("//! ```text"))
            .skip(1)
            .take_while(|l| !l.starts_with("//! ```"))
            .map(|l| format!("{}\n", l.trim_start_matches("//!").trim_start()))
            .collect();
        let steps = parse(&example, "r1", &|_| Some("x".into())).unwrap();
        assert_eq!(steps.len(), 16);
    }

    #[test]
    fn expect_with_everything() {
        let s = p(r#"expect carol ai_message {"senderRole":"ai", "x": [1]} contains "a # b" within 2.5 # why"#)
            .unwrap();
        assert_eq!(
            s[0].action,
            Action::Expect {
                actor: "carol".into(),
                want: Expectation {
                    event: "ai_message".into(),
                    subset: Some(json!({"senderRole":"ai","x":[1]})),
                    contains: Some("a # b".into()),
                    within: Some(Duration::from_millis(2500)),
                }
            }
        );
    }

    #[test]
    fn connect_forms_and_variables() {
        let s = p("connect c customer Carol ${RUN}\nconnect b token ${TOK}\n").unwrap();
        assert_eq!(
            s[0].action,
            Action::Connect {
                actor: "c".into(),
                login: Login::Dev {
                    role: Role::Customer,
                    name: "Carol r1".into()
                }
            }
        );
        assert_eq!(s[1].line, 2);
        assert_eq!(
            s[1].action,
            Action::Connect {
                actor: "b".into(),
                login: Login::Token("abc".into())
            }
        );
    }

    #[test]
    fn errors_name_the_line() {
        let e = p("# fine\n\nsay carol hi\nrate carol 9\n").unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.message.contains("1 to 5"));
        assert_eq!(p("connect x ${NOPE}").unwrap_err().line, 1);
        assert!(
            p("dance carol")
                .unwrap_err()
                .message
                .contains("unknown step")
        );
        assert!(p("expect carol x {bad").is_err());
        assert!(p("expect carol x within").is_err());
        assert!(p("send carol not json").is_err());
    }

    #[test]
    fn session_placeholders_survive_to_run_time() {
        let s =
            p(r#"send c {"event":"typing_start","data":{"sessionUuid":"${session:c}"}}"#).unwrap();
        let Action::Send { frame, .. } = &s[0].action else {
            panic!()
        };
        assert!(frame.contains("${session:c}"));
    }
}
