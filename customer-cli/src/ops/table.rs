//! Aligned text tables from JSON rows, for the ops commands' terminal output.

use serde_json::Value;

/// One cell as text: strings bare, null as "-", other values as JSON.
pub fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "-".into(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// Columns to show: the preferred ones that occur in the rows, else every
/// scalar key of the first row (so new API fields show up untouched).
pub fn columns(rows: &[Value], preferred: &[&str]) -> Vec<String> {
    let present = |k: &str| rows.iter().any(|r| r.get(k).is_some());
    let picked: Vec<String> = preferred
        .iter()
        .filter(|k| present(k))
        .map(|k| k.to_string())
        .collect();
    if !picked.is_empty() {
        return picked;
    }
    rows.first()
        .and_then(Value::as_object)
        .map(|o| {
            o.iter()
                .filter(|(_, v)| !v.is_object() && !v.is_array())
                .map(|(k, _)| k.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// Render rows under a header; the last column is not padded.
pub fn render(rows: &[Value], cols: &[String]) -> String {
    let header: Vec<String> = cols.iter().map(|c| header_name(c)).collect();
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| cols.iter().map(|c| cell(r.get(c.as_str()))).collect())
        .collect();
    let widths: Vec<usize> = (0..cols.len())
        .map(|i| {
            std::iter::once(&header[i])
                .chain(body.iter().map(|r| &r[i]))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in std::iter::once(&header).chain(body.iter()) {
        let mut line = String::new();
        for (i, c) in row.iter().enumerate() {
            if i + 1 == row.len() {
                line.push_str(c);
            } else {
                line.push_str(c);
                line.push_str(&" ".repeat(widths[i] - c.chars().count() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `sessionUuid` → `SESSION UUID`.
fn header_name(key: &str) -> String {
    let mut s = String::new();
    for (i, c) in key.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            s.push(' ');
        }
        s.push(c.to_ascii_uppercase());
    }
    s
}

/// `key: value` lines for an object, nested keys joined with dots.
pub fn key_values(v: &Value) -> String {
    fn walk(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(o) => {
                for (k, x) in o {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&key, x, out);
                }
            }
            Value::Array(a) if a.iter().any(|x| x.is_object()) => {
                for (i, x) in a.iter().enumerate() {
                    walk(&format!("{prefix}[{i}]"), x, out);
                }
            }
            other => out.push((prefix.to_string(), cell(Some(other)))),
        }
    }
    let mut pairs = Vec::new();
    walk("", v, &mut pairs);
    let width = pairs
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    pairs
        .into_iter()
        .map(|(k, v)| format!("{k:<width$}  {v}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tables_align_and_show_missing_as_dash() {
        let rows = vec![
            json!({"sessionUuid":"a1","status":"waiting","staffId":null}),
            json!({"sessionUuid":"b22222","status":"active","staffId":"s1"}),
        ];
        let cols = columns(&rows, &["sessionUuid", "staffId", "status", "nope"]);
        assert_eq!(
            render(&rows, &cols),
            "SESSION UUID  STAFF ID  STATUS\na1            -         waiting\nb22222        s1        active\n"
        );
    }

    #[test]
    fn unknown_shapes_fall_back_to_scalar_keys() {
        let rows = vec![json!({"x":1,"nested":{"a":1}})];
        assert_eq!(columns(&rows, &["y"]), vec!["x".to_string()]);
    }

    #[test]
    fn stats_flatten_to_key_values() {
        assert_eq!(
            key_values(&json!({"sessions": 3, "csat": {"avg": 4.5}})),
            "csat.avg  4.5\nsessions  3\n"
        );
        assert_eq!(
            key_values(&json!({"reasons": [{"reason": "refund", "count": 2}], "x": [1, 2]})),
            "reasons[0].count   2\nreasons[0].reason  refund\nx                  [1,2]\n"
        );
    }
}
