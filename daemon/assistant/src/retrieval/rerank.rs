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

use super::weights::{Learned, LinearModel, Recorder};
use super::{Hit, Query};

/// How many of BM25's first pages the reranker may reorder.
pub const DEPTH: usize = 6;
/// The most customer words paired with heading words (a long message's
/// later words add little but cost).
const MAX_PAIRED_WORDS: usize = 16;

/// The shipped weights, trained on every tuning shop.
const SHIPPED: &str = include_str!("../../corpus/rerank.tsv");

/// The reranker's weights: a tuning tool trains without the shop it
/// measures and chooses its own file here before the first ranking.
pub static WEIGHTS: Learned = Learned::new(SHIPPED, "rerank");

/// One ranking's candidates as the reranker sees them: each page's id and
/// features, in BM25's order.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Candidates {
    pub pages: Vec<(String, Vec<(String, f32)>)>,
}

/// Every ranking's candidates while capture is on, for training.
pub static CAPTURED: Recorder<Candidates> = Recorder::new();

/// What the model knows of page `hit` at `rank` for `query`, each feature
/// handed to `each` with its value. One buffer is reused for every name:
/// a ranking has thousands of pairs, and scoring only needs to look each
/// one up. `topic` names the intent's topic ("none" without one);
/// `heading` is the page's heading in the glossary's English.
fn each_feature(
    query: &Query,
    topic: &str,
    hit: &Hit,
    rank: usize,
    top: f32,
    heading: &[String],
    mut each: impl FnMut(&str, f32),
) {
    use std::fmt::Write;
    let mut name = String::new();
    let _ = write!(name, "rank{rank}");
    each(&name, 1.0);
    each("ratio", if top > 0.0 { hit.score / top } else { 0.0 });
    each("cov", hit.coverage);
    if hit.heading {
        each("head", 1.0);
    }
    if hit.topic {
        each("topic", 1.0);
    }
    let kind = (query.kind != super::AnswerKind::Any).then(|| format!("{:?}", query.kind));
    // A page with a long list of tags would otherwise gather more pairs,
    // and with them more weight, than a page with a short heading.
    let share = 1.0 / (heading.len().max(1) as f32).sqrt();
    let mut pair = |prefix: &str, left: &str, h: &str| {
        name.clear();
        let _ = write!(name, "{prefix}:{left}|{h}");
        each(&name, share);
    };
    for h in heading {
        pair("t", topic, h);
        if let Some(kind) = &kind {
            pair("k", kind, h);
        }
        for q in query.originals.iter().take(MAX_PAIRED_WORDS) {
            pair("q", q, h);
        }
    }
}

/// The features of `each_feature`, owned: what `capture` records.
pub fn features(
    query: &Query,
    topic: &str,
    hit: &Hit,
    rank: usize,
    top: f32,
    heading: &[String],
) -> Vec<(String, f32)> {
    let mut f = Vec::new();
    each_feature(query, topic, hit, rank, top, heading, |n, v| {
        f.push((n.to_string(), v));
    });
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
    let r = WEIGHTS.model();
    let capturing = CAPTURED.is_on();
    if (r.is_empty() && !capturing) || !reranks(query) {
        return;
    }
    if capturing {
        let top = hits.first().map_or(0.0, |h| h.score);
        CAPTURED.push(Candidates {
            pages: hits
                .iter()
                .take(DEPTH)
                .enumerate()
                .map(|(rank, h)| {
                    let heading = headings.get(h.index).map_or(&[][..], Vec::as_slice);
                    let id = ids.get(h.index).cloned().unwrap_or_default();
                    (id, features(query, topic, h, rank, top, heading))
                })
                .collect(),
        });
    }
    reorder(r, hits, query, topic, headings);
}

/// Whether the reranker has a say: not for a question about where to
/// send something ("how long to France?"), which the pages that name the
/// place, their zones and references settle, and the word pairs know
/// nothing of.
fn reranks(query: &Query) -> bool {
    query.places.is_empty()
}

/// The first `DEPTH` pages in the model's order, taking the first places'
/// scores in that order, so that what adjusts scores later
/// (`follow_references`) starts from it.
fn reorder(
    r: &LinearModel,
    hits: &mut [Hit],
    query: &Query,
    topic: &str,
    headings: &[Vec<String>],
) {
    if r.is_empty() || !reranks(query) {
        return;
    }
    let top = hits.first().map_or(0.0, |h| h.score);
    let depth = hits.len().min(DEPTH);
    let mut order: Vec<(f32, Hit)> = hits[..depth]
        .iter()
        .enumerate()
        .map(|(rank, h)| {
            let heading = headings.get(h.index).map_or(&[][..], Vec::as_slice);
            let mut score = 0.0;
            each_feature(query, topic, h, rank, top, heading, |n, v| {
                score += r.weight(n) * v;
            });
            (score, *h)
        })
        .collect();
    // Stable: equal scores keep BM25's order.
    order.sort_by(|a, b| b.0.total_cmp(&a.0));
    let scores: Vec<f32> = hits[..depth].iter().map(|h| h.score).collect();
    for ((slot, (_, h)), score) in hits.iter_mut().zip(order).zip(scores) {
        *slot = Hit { score, ..h };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_weights_parse() {
        let r = LinearModel::parse(SHIPPED).expect("shipped weights parse");
        assert!(!r.is_empty());
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
        let r = LinearModel::parse("q:tear|damag\t2.0\nrank0\t0.5\n").expect("parses");
        let query = Query::new("my sofa arrived with a tear");
        let mut hits = [hit(0, 5.0), hit(1, 4.9)];
        reorder(&r, &mut hits, &query, "none", &headings());
        // The damaged-delivery page is first, with the first place's score.
        assert_eq!((hits[0].index, hits[0].score), (1, 5.0));
        assert_eq!((hits[1].index, hits[1].score), (0, 4.9));
        // What capture records names the same pair, at its share.
        let f = features(&query, "none", &hit(1, 4.9), 1, 5.0, &headings()[1]);
        assert!(
            f.iter()
                .any(|(n, v)| n == "q:tear|damag" && (*v - 0.5_f32.sqrt()).abs() < 1e-6),
            "{f:?}"
        );
        // Without the pair, BM25's order stands.
        let r = LinearModel::parse("rank0\t0.5\n").expect("parses");
        let mut hits = [hit(0, 5.0), hit(1, 4.9)];
        reorder(&r, &mut hits, &query, "none", &headings());
        assert_eq!(hits[0].index, 0);
    }

    #[test]
    fn where_to_send_something_is_left_to_the_pages_that_name_the_place() {
        let r = LinearModel::parse("q:tear|damag\t2.0\n").expect("parses");
        let query = Query::new("can you ship a tear-free pack to france?");
        let mut hits = [hit(0, 5.0), hit(1, 4.9)];
        reorder(&r, &mut hits, &query, "none", &headings());
        assert_eq!(hits[0].index, 0);
    }
}
