//! A learned look at which sentence of the chosen page answers. The
//! hand-set scores of `chosen_sentences` weigh the question's words; a
//! page often has several sentences with them, and the one with the fact
//! asked for ("how long does the descaling take" -> "about 25 minutes")
//! is told apart by its shape: a duration, a price, a percentage, an
//! address, a "not". The model pairs the question's words (in the
//! glossary's English) and the kind of answer asked for with the shapes
//! of each sentence, next to the hand-set score's rank and share, learned
//! from the tuning shops' cases (`corpus/gen_rerank.py --quotes`).

use super::super::weights::{Learned, LinearModel, Recorder};
use super::super::{AnswerKind, Query, Sentence};
use crate::text;

/// The shipped weights, trained on every tuning shop.
const SHIPPED: &str = include_str!("../../../corpus/quote.tsv");

/// The most question words paired with a sentence's shapes.
const MAX_PAIRED_WORDS: usize = 16;

/// The model's weights: a tuning tool trains without the shop it
/// measures and chooses its own file here before the first quote.
pub static WEIGHTS: Learned = Learned::new(SHIPPED, "quote");

/// One quote's candidates as the model sees them: the page's id, and each
/// sentence's text and features, in the page's order.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Candidates {
    pub page: String,
    pub sentences: Vec<(String, Vec<(String, f32)>)>,
}

/// Every quote's candidates while capture is on, for training.
pub static CAPTURED: Recorder<Candidates> = Recorder::new();

/// What the hand-set scoring of `chosen_sentences` made of a page.
pub(super) struct HandSet<'a> {
    pub sentences: &'a [Sentence],
    /// Each sentence's hand-set score, in the page's order.
    pub scored: &'a [(usize, f32)],
    /// Each sentence's fit to the kind of answer asked for.
    pub fits: &'a [bool],
    pub names_title: bool,
    pub specific: bool,
}

/// Put `order` (the hand-set order of `hand`'s sentences) in the model's
/// order. False, leaving it, when the model has no weights. While
/// capturing, the sentences of `page` are recorded with their features.
pub(super) fn reorder(
    page: &str,
    query: &Query,
    hand: &HandSet,
    order: &mut [(usize, f32)],
) -> bool {
    reorder_with(
        WEIGHTS.model(),
        CAPTURED.is_on().then_some(page),
        query,
        hand,
        order,
    )
}

/// `reorder` with `model`, recording the sentences when `capture` names
/// their page.
fn reorder_with(
    model: &LinearModel,
    capture: Option<&str>,
    query: &Query,
    hand: &HandSet,
    order: &mut [(usize, f32)],
) -> bool {
    if model.is_empty() && capture.is_none() {
        return false;
    }
    let sentences = hand.sentences;
    let top = order.first().map_or(0.0, |x| x.1);
    let mut rank = vec![0; sentences.len()];
    for (r, &(i, _)) in order.iter().enumerate() {
        if let Some(slot) = rank.get_mut(i) {
            *slot = r;
        }
    }
    let seen = |i: usize| {
        let s = &sentences[i];
        Seen {
            rank: rank[i],
            ratio: match hand.scored.get(i) {
                Some(&(_, x)) if top > 0.0 => x / top,
                _ => 0.0,
            },
            fits: hand.fits.get(i).copied().unwrap_or(false),
            section: query.terms.iter().any(|(t, _)| s.section.contains(t)),
            whole: query.originals.len() >= 2
                && query.originals.iter().all(|t| s.terms.contains(t)),
            names_title: hand.names_title,
            specific: hand.specific,
        }
    };
    if let Some(page) = capture {
        CAPTURED.push(Candidates {
            page: page.to_string(),
            sentences: sentences
                .iter()
                .enumerate()
                .map(|(i, s)| (s.text.clone(), features(query, s, i, &seen(i))))
                .collect(),
        });
    }
    if model.is_empty() {
        return false;
    }
    let by: Vec<f32> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| score(model, query, s, i, &seen(i)))
        .collect();
    order.sort_by(|a, b| by[b.0].total_cmp(&by[a.0]).then(a.0.cmp(&b.0)));
    true
}

/// What the hand-set scoring knew of a sentence.
struct Seen {
    /// Its place in the hand-set order.
    rank: usize,
    /// Its hand-set score over the best one's.
    ratio: f32,
    /// Whether it is of the kind of answer asked for.
    fits: bool,
    /// Whether a question word is in its section's heading.
    section: bool,
    /// Whether it has every word of the question.
    whole: bool,
    /// Whether the question only names the page's title ("what payment
    /// methods do you take?").
    names_title: bool,
    /// Whether a word of the question points to some sentences more
    /// than others (else the opening sentences are the usual answer).
    specific: bool,
}

/// The shapes of answer a sentence holds.
pub(in crate::retrieval) fn shapes(t: &str, row: bool, howto: bool) -> Vec<&'static str> {
    let mut out = Vec::new();
    if AnswerKind::Price.answered_by(t) {
        out.push("money");
    }
    if AnswerKind::Time.answered_by(t) {
        out.push("time");
    }
    if AnswerKind::Clock.answered_by(t) {
        out.push("clock");
    }
    if t.chars().any(|c| c.is_ascii_digit()) {
        out.push("digit");
    }
    if t.contains('%') {
        out.push("pct");
    }
    if AnswerKind::Channel.answered_by(t) {
        out.push("channel");
    }
    if t.split_whitespace()
        .any(|w| w.contains('/') && w.contains('.') && !w.contains("@"))
    {
        out.push("link");
    }
    let words = text::words(t);
    if words.iter().any(|w| {
        matches!(
            w.as_str(),
            "not" | "no" | "cannot" | "never" | "only" | "nor" | "without"
        )
    }) {
        out.push("neg");
    }
    if words.iter().any(|w| w == "free") {
        out.push("free");
    }
    // A number and its unit: "25 minutes", "2 years", "20 kg".
    for pair in words.windows(2) {
        if !pair[0].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let unit = pair[1].as_str();
        let shape = if unit.starts_with("day") || unit == "working" {
            "n-day"
        } else if unit.starts_with("hour") || unit == "h" {
            "n-hour"
        } else if unit.starts_with("minut") || unit == "min" {
            "n-min"
        } else if unit.starts_with("week") {
            "n-week"
        } else if unit.starts_with("month") {
            "n-month"
        } else if unit.starts_with("year") {
            "n-year"
        } else if matches!(
            unit,
            "kg" | "g" | "ml" | "l" | "cm" | "mm" | "m" | "w" | "v"
        ) {
            "n-measure"
        } else {
            continue;
        };
        if !out.contains(&shape) {
            out.push(shape);
        }
    }
    if row {
        out.push("row");
    }
    if howto {
        out.push("howto");
    }
    out
}

/// Every feature of sentence `i` for `query`, handed to `each`.
fn each_feature(
    query: &Query,
    s: &Sentence,
    i: usize,
    seen: &Seen,
    mut each: impl FnMut(&str, f32),
) {
    use std::fmt::Write;
    let mut name = String::new();
    let _ = write!(name, "r{}", seen.rank.min(7));
    each(&name, 1.0);
    name.clear();
    let _ = write!(name, "i{}", i.min(3));
    each(&name, 1.0);
    each("ratio", seen.ratio);
    // The hand-set score's share, in steps: the best, near it, far.
    each(
        match seen.ratio {
            r if r >= 0.999 => "rb:top",
            r if r >= 0.8 => "rb:8",
            r if r >= 0.5 => "rb:5",
            r if r > 0.2 => "rb:2",
            r if r > 0.0 => "rb:0",
            _ => "rb:none",
        },
        1.0,
    );
    if seen.fits {
        each("fits", 1.0);
    }
    if seen.section {
        each("sect", 1.0);
    }
    if seen.whole {
        each("whole", 1.0);
    }
    // The place the customer asks about ("do you ship to Sweden?"): its
    // row, not the first row of the table.
    if query.places.iter().any(|p| s.terms.contains(p)) {
        each("place", 1.0);
    }
    if query.names.iter().any(|p| s.terms.contains(p)) {
        each("name", 1.0);
    }
    // Where in the page, by how the question points into it.
    let pointing = match (seen.names_title, seen.specific) {
        (true, _) => "title",
        (false, true) => "specific",
        (false, false) => "general",
    };
    name.clear();
    let _ = write!(name, "{pointing}|i{}", i.min(3));
    each(&name, 1.0);
    let n = query.originals.len().max(1) as f32;
    let own = query
        .originals
        .iter()
        .filter(|t| s.terms.contains(t))
        .count() as f32;
    each("own", own / n);
    let words = s.text.split_whitespace().count();
    if words < 6 {
        each("short", 1.0);
    } else if words > 30 {
        each("long", 1.0);
    }
    let kind = (query.kind != AnswerKind::Any).then(|| format!("{:?}", query.kind));
    let share = 1.0 / (query.terms.len().clamp(1, MAX_PAIRED_WORDS) as f32).sqrt();
    for shape in &s.shapes {
        name.clear();
        let _ = write!(name, "s:{shape}");
        each(&name, 1.0);
        if let Some(kind) = &kind {
            name.clear();
            let _ = write!(name, "k:{kind}|{shape}");
            each(&name, 1.0);
        }
        for (q, _) in query.terms.iter().take(MAX_PAIRED_WORDS) {
            name.clear();
            let _ = write!(name, "q:{q}|{shape}");
            each(&name, share);
        }
    }
}

/// The model's score of a sentence.
fn score(model: &LinearModel, query: &Query, s: &Sentence, i: usize, seen: &Seen) -> f32 {
    let mut score = 0.0;
    each_feature(query, s, i, seen, |n, v| {
        score += model.weight(n) * v;
    });
    score
}

/// The features, owned: what capture records.
fn features(query: &Query, s: &Sentence, i: usize, seen: &Seen) -> Vec<(String, f32)> {
    let mut f = Vec::new();
    each_feature(query, s, i, seen, |n, v| f.push((n.to_string(), v)));
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_weights_parse() {
        let r = LinearModel::parse(SHIPPED).expect("shipped weights parse");
        assert!(!r.is_empty());
    }

    fn sentence(text: &str) -> Sentence {
        Sentence {
            text: text.to_string(),
            terms: text::terms(text),
            section: Vec::new(),
            row: false,
            howto: false,
            steps: None,
            shapes: shapes(text, false, false),
        }
    }

    #[test]
    fn a_learned_pair_lifts_the_sentence_with_the_fact_asked_for() {
        let sentences = [
            sentence("Descaling removes the limescale that builds up in the boiler."),
            sentence("The program runs for about 25 minutes."),
        ];
        let query = Query::new("how long does descaling take");
        // The hand-set order: the sentence with the question's word first.
        let scored = [(0, 2.0), (1, 0.0)];
        let hand = HandSet {
            sentences: &sentences,
            scored: &scored,
            fits: &[false, true],
            names_title: false,
            specific: true,
        };
        let model = LinearModel::parse("k:Time|n-min\t3.0\nrb:top\t1.0\n").expect("parses");
        let mut order = scored;
        assert!(reorder_with(&model, None, &query, &hand, &mut order));
        assert_eq!(order.map(|(i, _)| i), [1, 0]);
        // Without the pair the hand-set order stands; without weights the
        // order is left alone.
        let model = LinearModel::parse("rb:top\t1.0\n").expect("parses");
        let mut order = scored;
        assert!(reorder_with(&model, None, &query, &hand, &mut order));
        assert_eq!(order.map(|(i, _)| i), [0, 1]);
        assert!(!reorder_with(
            &LinearModel::default(),
            None,
            &query,
            &hand,
            &mut order
        ));
    }

    #[test]
    fn capture_records_each_sentence_with_its_shapes() {
        let sentences = [sentence(
            "Write to help@example.com: we answer within 2 days.",
        )];
        let query = Query::new("what is your email");
        let hand = HandSet {
            sentences: &sentences,
            scored: &[(0, 1.0)],
            fits: &[true],
            names_title: false,
            specific: true,
        };
        CAPTURED.capture(true);
        let mut order = [(0, 1.0)];
        assert!(!reorder_with(
            &LinearModel::default(),
            Some("a-page-only-this-test-names"),
            &query,
            &hand,
            &mut order
        ));
        let got = CAPTURED.take();
        CAPTURED.capture(false);
        let c = got
            .iter()
            .find(|c| c.page == "a-page-only-this-test-names")
            .expect("recorded");
        let names: Vec<&str> = c.sentences[0].1.iter().map(|(n, _)| n.as_str()).collect();
        for want in [
            "s:channel",
            "s:time",
            "n-day",
            "q:email|channel",
            "r0",
            "rb:top",
        ] {
            assert!(names.iter().any(|n| n.ends_with(want)), "{want}: {names:?}");
        }
    }
}
