//! A learned second look at the first few pages BM25 found. The hand-set
//! boosts (title words, the intent's topic, places) order most questions
//! well; where they do not, the right page is usually second or third
//! ("my sofa arrived with a tear" puts the fabric-samples page over the
//! one on damaged deliveries). The reranker scores each of the first
//! `DEPTH` pages by a linear model over:
//! - where BM25 put it, its share of the top score and its coverage;
//! - pairs of a customer's word and a word of the page's heading, in the
//!   glossary's English ("tear" and "damag"), the intent's topic and a
//!   heading word, and the kind of answer asked for and a heading word.
//!
//! The pairs are what a shop's own words cannot teach: which words of a
//! question point to which kind of page, learned from the tuning shops'
//! cases (`corpus/gen_rerank.py`, from the candidates `capture` records).
//! Heading words recur from shop to shop (delivery, returns, warranty,
//! damaged), which is what lets the pairs carry over to a new shop.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, OnceLock};

use super::{Hit, Query};

/// How many of BM25's first pages the reranker may reorder.
pub const DEPTH: usize = 6;
/// The most customer words paired with heading words (a long message's
/// later words add little but cost).
const MAX_PAIRED_WORDS: usize = 16;

/// The shipped weights, trained on every tuning shop.
const SHIPPED: &str = include_str!("../../corpus/rerank.tsv");

/// Which weights the reranker uses: a tuning tool trains without the shop
/// it measures and points here at its own file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Weights {
    Shipped,
    /// No reranking: BM25's order as the boosts leave it.
    Off,
    /// Weights read from this TSV text.
    Text(String),
}

static CHOSEN: OnceLock<Weights> = OnceLock::new();

/// Use `weights` instead of the shipped ones. Takes effect only before the
/// first ranking; false if weights were already chosen.
pub fn use_weights(weights: Weights) -> bool {
    CHOSEN.set(weights).is_ok()
}

#[derive(Debug, thiserror::Error)]
pub enum WeightsError {
    #[error("rerank weights line {line}: expected `feature<TAB>weight`")]
    Line { line: usize },
}

#[derive(Debug, Default)]
pub struct Reranker {
    weights: HashMap<String, f32>,
}

impl Reranker {
    pub fn parse(text: &str) -> Result<Self, WeightsError> {
        let mut weights = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (feature, w) = line
                .rsplit_once('\t')
                .and_then(|(f, w)| Some((f, w.trim().parse::<f32>().ok()?)))
                .ok_or(WeightsError::Line { line: i + 1 })?;
            weights.insert(feature.to_string(), w);
        }
        Ok(Reranker { weights })
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    fn score(&self, features: &[(String, f32)]) -> f32 {
        features
            .iter()
            .map(|(f, v)| self.weights.get(f).copied().unwrap_or(0.0) * v)
            .sum()
    }
}

/// The reranker in use. Weights that do not parse leave BM25's order (and
/// a test keeps the shipped file parsing).
pub fn reranker() -> &'static Reranker {
    static R: LazyLock<Reranker> = LazyLock::new(|| {
        let text = match CHOSEN.get().unwrap_or(&Weights::Shipped) {
            Weights::Shipped => SHIPPED,
            Weights::Off => "",
            Weights::Text(t) => t.as_str(),
        };
        Reranker::parse(text).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "rerank weights unreadable; keeping BM25's order");
            Reranker::default()
        })
    });
    &R
}

/// One ranking's candidates as the reranker sees them: each page's id and
/// features, in BM25's order.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Candidates {
    pub pages: Vec<(String, Vec<(String, f32)>)>,
}

static CAPTURED: Mutex<Option<Vec<Candidates>>> = Mutex::new(None);

/// Start (or stop) recording every ranking's candidates, for training.
pub fn capture(on: bool) {
    if let Ok(mut c) = CAPTURED.lock() {
        *c = on.then(Vec::new);
    }
}

/// The candidates recorded since the last call.
pub fn take_captured() -> Vec<Candidates> {
    CAPTURED
        .lock()
        .ok()
        .and_then(|mut c| c.as_mut().map(std::mem::take))
        .unwrap_or_default()
}

/// What the model knows of page `hit` at `rank` for `query`.
/// `topic` names the intent's topic ("none" without one); `heading` is the
/// page's heading in the glossary's English.
pub fn features(
    query: &Query,
    topic: &str,
    hit: &Hit,
    rank: usize,
    top: f32,
    heading: &[String],
) -> Vec<(String, f32)> {
    let mut f = vec![
        (format!("rank{rank}"), 1.0),
        (
            "ratio".to_string(),
            if top > 0.0 { hit.score / top } else { 0.0 },
        ),
        ("cov".to_string(), hit.coverage),
    ];
    if hit.heading {
        f.push(("head".to_string(), 1.0));
    }
    if hit.topic {
        f.push(("topic".to_string(), 1.0));
    }
    let kind = format!("{:?}", query.kind);
    // A page with a long list of tags would otherwise gather more pairs,
    // and with them more weight, than a page with a short heading.
    let share = 1.0 / (heading.len().max(1) as f32).sqrt();
    for h in heading {
        f.push((format!("t:{topic}|{h}"), share));
        if query.kind != super::AnswerKind::Any {
            f.push((format!("k:{kind}|{h}"), share));
        }
        for q in query.originals.iter().take(MAX_PAIRED_WORDS) {
            f.push((format!("q:{q}|{h}"), share));
        }
    }
    f
}

/// Reorder the first `DEPTH` of `hits` (BM25's order) by the model. `ids`
/// and `headings` are per article.
pub fn rerank(
    hits: &mut [Hit],
    query: &Query,
    topic: &str,
    ids: &[String],
    headings: &[Vec<String>],
) {
    let capturing = CAPTURED.lock().is_ok_and(|c| c.is_some());
    let scored = candidates(hits, query, topic, headings);
    if capturing
        && let Ok(mut c) = CAPTURED.lock()
        && let Some(c) = c.as_mut()
        && !scored.is_empty()
    {
        c.push(Candidates {
            pages: scored
                .iter()
                .map(|(h, f)| (ids.get(h.index).cloned().unwrap_or_default(), f.clone()))
                .collect(),
        });
    }
    reorder(reranker(), hits, &scored);
}

/// The first pages with their features; none for a question about where
/// to send something ("how long to France?"), which the pages that name
/// the place, their zones and references settle, and the word pairs know
/// nothing of.
fn candidates(
    hits: &[Hit],
    query: &Query,
    topic: &str,
    headings: &[Vec<String>],
) -> Vec<(Hit, Vec<(String, f32)>)> {
    if !query.places.is_empty() {
        return Vec::new();
    }
    let top = hits.first().map_or(0.0, |h| h.score);
    hits.iter()
        .take(DEPTH)
        .enumerate()
        .map(|(rank, h)| {
            let heading = headings.get(h.index).map_or(&[][..], Vec::as_slice);
            (*h, features(query, topic, h, rank, top, heading))
        })
        .collect()
}

/// The candidates in the model's order, taking the first places' scores
/// in that order, so that what adjusts scores later (`follow_references`)
/// starts from it.
fn reorder(r: &Reranker, hits: &mut [Hit], scored: &[(Hit, Vec<(String, f32)>)]) {
    if r.is_empty() || scored.is_empty() {
        return;
    }
    let mut order: Vec<(f32, Hit)> = scored.iter().map(|(h, f)| (r.score(f), *h)).collect();
    // Stable: equal scores keep BM25's order.
    order.sort_by(|a, b| b.0.total_cmp(&a.0));
    let scores: Vec<f32> = scored.iter().map(|(h, _)| h.score).collect();
    for ((slot, (_, h)), score) in hits.iter_mut().zip(order).zip(scores) {
        *slot = Hit { score, ..h };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_weights_parse() {
        let r = Reranker::parse(SHIPPED).expect("shipped weights parse");
        assert!(!r.is_empty());
    }

    #[test]
    fn a_line_without_a_weight_is_an_error() {
        assert!(matches!(
            Reranker::parse("rank0\t0.5\nq:tear|damag\n"),
            Err(WeightsError::Line { line: 2 })
        ));
    }

    fn hit(index: usize, score: f32) -> Hit {
        Hit {
            index,
            score,
            coverage: 0.5,
            heading: false,
            topic: false,
        }
    }

    fn headings() -> [Vec<String>; 2] {
        [
            vec!["fabric".to_string(), "sampl".to_string()],
            vec!["damag".to_string(), "deliveri".to_string()],
        ]
    }

    #[test]
    fn a_learned_pair_lifts_the_page_its_heading_names() {
        let r = Reranker::parse("q:tear|damag\t2.0\nrank0\t0.5\n").expect("parses");
        let query = Query::new("my sofa arrived with a tear");
        let mut hits = [hit(0, 5.0), hit(1, 4.9)];
        let scored = candidates(&hits, &query, "none", &headings());
        reorder(&r, &mut hits, &scored);
        // The damaged-delivery page is first, with the first place's score.
        assert_eq!((hits[0].index, hits[0].score), (1, 5.0));
        assert_eq!((hits[1].index, hits[1].score), (0, 4.9));
        // Without the pair, BM25's order stands.
        let r = Reranker::parse("rank0\t0.5\n").expect("parses");
        let mut hits = [hit(0, 5.0), hit(1, 4.9)];
        let scored = candidates(&hits, &query, "none", &headings());
        reorder(&r, &mut hits, &scored);
        assert_eq!(hits[0].index, 0);
    }

    #[test]
    fn where_to_send_something_is_left_to_the_pages_that_name_the_place() {
        let r = Reranker::parse("q:tear|damag\t2.0\n").expect("parses");
        let query = Query::new("can you ship a tear-free pack to france?");
        let mut hits = [hit(0, 5.0), hit(1, 4.9)];
        let scored = candidates(&hits, &query, "none", &headings());
        reorder(&r, &mut hits, &scored);
        assert_eq!(hits[0].index, 0);
    }
}
