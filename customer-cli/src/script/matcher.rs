//! Does a received frame meet an expectation, and if none did, what was
//! the closest and how did it differ (the expected-vs-got diff).

use serde_json::Value;

use super::parse::Expectation;

/// The event name and `data` of a raw server frame.
pub fn parts(frame: &Value) -> (&str, &Value) {
    static EMPTY: Value = Value::Null;
    (
        frame.get("event").and_then(Value::as_str).unwrap_or(""),
        frame.get("data").unwrap_or(&EMPTY),
    )
}

pub fn matches(want: &Expectation, frame: &Value) -> bool {
    let (event, data) = parts(frame);
    event == want.event && differences(want, data).is_empty()
}

/// Every way `data` falls short of the expectation (empty: it matches).
pub fn differences(want: &Expectation, data: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(subset) = &want.subset {
        subset_diff(subset, data, "", &mut out);
    }
    if let Some(needle) = &want.contains
        && !any_string_contains(data, needle)
    {
        out.push(format!("no text contains {needle:?}"));
    }
    out
}

/// `pattern` ⊆ `actual`: objects by key (extra keys in `actual` are fine),
/// arrays as an in-order subsequence, scalars by equality (numbers by value).
fn subset_diff(pattern: &Value, actual: &Value, path: &str, out: &mut Vec<String>) {
    let at = if path.is_empty() { "." } else { path };
    match (pattern, actual) {
        (Value::Object(p), Value::Object(a)) => {
            for (k, pv) in p {
                let sub = format!("{path}.{k}");
                match a.get(k) {
                    Some(av) => subset_diff(pv, av, &sub, out),
                    None => out.push(format!("{sub}: missing (expected {})", short(pv))),
                }
            }
        }
        (Value::Array(p), Value::Array(a)) => {
            let mut rest = a.iter();
            for (i, pv) in p.iter().enumerate() {
                if !rest.any(|av| subset_ok(pv, av)) {
                    out.push(format!(
                        "{path}[{i}]: no element matching {} (in order)",
                        short(pv)
                    ));
                    return;
                }
            }
        }
        (Value::Number(p), Value::Number(a)) if p.as_f64() == a.as_f64() => {}
        (p, a) if p == a => {}
        (p, a) => out.push(format!("{at}: expected {}, got {}", short(p), short(a))),
    }
}

fn subset_ok(pattern: &Value, actual: &Value) -> bool {
    let mut out = Vec::new();
    subset_diff(pattern, actual, "", &mut out);
    out.is_empty()
}

fn any_string_contains(v: &Value, needle: &str) -> bool {
    match v {
        Value::String(s) => s.contains(needle),
        Value::Array(a) => a.iter().any(|x| any_string_contains(x, needle)),
        Value::Object(o) => o.values().any(|x| any_string_contains(x, needle)),
        _ => false,
    }
}

/// A value in one line, cut to a readable length.
pub fn short(v: &Value) -> String {
    const MAX: usize = 160;
    let s = v.to_string();
    if s.chars().count() <= MAX {
        s
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

/// Why nothing matched, for the report: the closest frame with the right
/// event name and its differences, or the names that did arrive.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Miss {
    /// Frames seen and not consumed, as `event data` lines (newest last).
    pub got: Vec<String>,
    /// The differences from the closest frame of the expected event.
    pub diff: Vec<String>,
}

pub fn explain(want: &Expectation, seen: &[Value]) -> Miss {
    let got = seen
        .iter()
        .map(|f| {
            let (e, d) = parts(f);
            format!("{e} {}", short(d))
        })
        .collect();
    let closest = seen
        .iter()
        .filter(|f| parts(f).0 == want.event)
        .map(|f| differences(want, parts(f).1))
        .min_by_key(Vec::len);
    let diff = match closest {
        Some(d) => d,
        None if seen.is_empty() => vec!["nothing arrived".to_string()],
        None => vec![format!("no {} event arrived", want.event)],
    };
    Miss { got, diff }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn want(event: &str, subset: Option<Value>, contains: Option<&str>) -> Expectation {
        Expectation {
            event: event.into(),
            subset,
            contains: contains.map(str::to_string),
            within: None,
        }
    }

    #[test]
    fn subsets_match_by_key_and_ignore_extra_fields() {
        let f = json!({"event":"new_message","data":{"content":"Hi Carol","seq":3,"senderRole":"staff","x":[1,2,3]}});
        assert!(matches(&want("new_message", None, None), &f));
        assert!(matches(
            &want(
                "new_message",
                Some(json!({"seq":3.0,"senderRole":"staff"})),
                None
            ),
            &f
        ));
        assert!(matches(
            &want("new_message", Some(json!({"x":[1,3]})), Some("Carol")),
            &f
        ));
        assert!(!matches(
            &want("new_message", Some(json!({"x":[3,1]})), None),
            &f
        ));
        assert!(!matches(&want("ai_message", None, None), &f));
        assert!(!matches(&want("new_message", None, Some("Bob")), &f));
    }

    #[test]
    fn the_diff_names_each_difference_of_the_closest_frame() {
        let seen = vec![
            json!({"event":"ai_message","data":{"content":"Welcome"}}),
            json!({"event":"new_message","data":{"senderRole":"ai","content":"x"}}),
            json!({"event":"new_message","data":{"senderRole":"staff","content":"Hello"}}),
        ];
        let w = want(
            "new_message",
            Some(json!({"senderRole":"staff","content":"Hi","staffId":"s1"})),
            None,
        );
        let miss = explain(&w, &seen);
        assert_eq!(
            miss.diff,
            vec![
                r#".content: expected "Hi", got "Hello""#.to_string(),
                r#".staffId: missing (expected "s1")"#.to_string(),
            ]
        );
        assert_eq!(miss.got[0], r#"ai_message {"content":"Welcome"}"#);
        assert_eq!(
            explain(&want("session_closed", None, None), &seen).diff,
            vec!["no session_closed event arrived"]
        );
        assert_eq!(
            explain(&want("x", None, None), &[]).diff,
            vec!["nothing arrived"]
        );
    }
}
