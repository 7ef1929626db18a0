//! Money amounts in a question and the price bands of table rows ("up to
//! €300", "€300 to €800", "over €800"), so that "the plan for a 1000 euro
//! laptop" is answered from the row whose band holds 1000.

/// Amounts of money the text names: a number with a currency sign or
/// followed by a currency word ("€1,000", "1000 euro", "$40").
pub fn amounts(text: &str) -> Vec<f64> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let signed = t.contains(['€', '$', '£']);
        let worded = tokens.get(i + 1).is_some_and(|n| {
            let n = n
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '€')
                .to_lowercase();
            matches!(
                n.as_str(),
                "euro" | "euros" | "eur" | "€" | "dollar" | "dollars" | "usd" | "pounds" | "gbp"
            )
        });
        if let Some(v) = number(t).filter(|_| signed || worded) {
            out.push(v);
        }
    }
    out
}

/// The band of a table row's first cell (the text before its first ':'),
/// when that cell is a price band.
fn band(row: &str) -> Option<(f64, f64)> {
    let cell = row.split(':').next()?.to_lowercase();
    if !cell.contains(['€', '$', '£']) {
        return None;
    }
    let values: Vec<f64> = cell.split_whitespace().filter_map(number).collect();
    let has = |w: &str| cell.contains(w);
    match values.as_slice() {
        [a, b] => Some((a.min(*b), a.max(*b))),
        [a] if has("up to") || has("under") || has("below") || has("less than") => Some((0.0, *a)),
        [a] if has("over") || has("above") || has("more than") || has("from") => {
            Some((*a, f64::INFINITY))
        }
        _ => None,
    }
}

/// Whether `row` is a price band that holds `amount`.
pub fn holds(row: &str, amount: f64) -> bool {
    band(row).is_some_and(|(lo, hi)| amount >= lo && amount <= hi)
}

/// "€1,299.00" -> 1299.0; "€300" -> 300.0.
fn number(token: &str) -> Option<f64> {
    let digits: String = token
        .trim_matches(|c: char| !c.is_ascii_digit())
        .chars()
        .filter(|&c| c != ',')
        .collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_need_a_currency() {
        assert_eq!(amounts("the plan for a 1000 euro laptop"), [1000.0]);
        assert_eq!(amounts("a €1,299 TV"), [1299.0]);
        assert!(amounts("order 1042 of 2 weeks ago").is_empty());
    }

    #[test]
    fn rows_hold_amounts_in_their_band() {
        assert!(holds("Up to €300: 2 years €39.", 250.0));
        assert!(!holds("Up to €300: 2 years €39.", 1000.0));
        assert!(holds("€300 to €800: 2 years €79.", 500.0));
        assert!(holds("Over €800: 2 years €129.", 1000.0));
        assert!(!holds("Express (DHL): cost €12.95.", 12.95));
    }
}
