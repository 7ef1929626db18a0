//! A learned second look at the first few pages BM25 found. The hand-set
//! boosts (title words, the intent's topic, places) order most questions
//! well; where they do not, the right page is usually second or third
//! ("my sofa arrived with a tear" puts the fabric-samples page over the
//! one on damaged deliveries). The reranker scores each of the first
//! `DEPTH` pages by a linear model over:
//! - where BM25 put it, its share of the top score and its coverage;
//! - how much of the question one sentence of it holds (with its
//!   section's heading), and whether that sentence has the kind of
//!   answer asked for (a price, a time): a page that answers in one
//!   place, over one that shares the words across its length;
//! - how much of the question the page's heading is, and of the heading
//!   the question (the same word on both sides, whatever the word);
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
use super::{AnswerKind, Hit, Query, Sentence};

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
/// `page` is what the model reads of the page itself.
fn each_feature(
    query: &Query,
    topic: &str,
    hit: &Hit,
    rank: usize,
    top: f32,
    page: Page,
    mut each: impl FnMut(&str, f32),
) {
    let Page { heading, best } = page;
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
    each("sent", best.share);
    if best.whole {
        each("sent1", 1.0);
    }
    if best.kind {
        each("sentk", 1.0);
    }
    // How much of the question the heading is, and of the heading the
    // question: the pairs below learn which words point where, one word
    // at a time, and a word no tuning shop had (a new trade's "leesdoos",
    // "kaveklub") carries no weight there; the same word on both sides
    // does, whatever it is.
    let asked = &query.originals[..query.originals.len().min(MAX_PAIRED_WORDS)];
    let mut distinct: Vec<&String> = heading.iter().collect();
    distinct.sort_unstable();
    distinct.dedup();
    let same = distinct.iter().filter(|h| asked.contains(h)).count();
    if same > 0 {
        each("hs_q", same as f32 / asked.len() as f32);
        each("hs_h", same as f32 / distinct.len() as f32);
    }
    let kind = (query.kind != AnswerKind::Any).then(|| format!("{:?}", query.kind));
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
fn features(
    query: &Query,
    topic: &str,
    hit: &Hit,
    rank: usize,
    top: f32,
    page: Page,
) -> Vec<(String, f32)> {
    let mut f = Vec::new();
    each_feature(query, topic, hit, rank, top, page, |n, v| {
        f.push((n.to_string(), v));
    });
    f
}

/// What the page's best sentence holds of the question.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Best {
    /// The largest share of the question's own words (the first
    /// `MAX_PAIRED_WORDS`) that one sentence, with its section's heading,
    /// holds.
    share: f32,
    /// That sentence holds all of them, and there are two or more.
    whole: bool,
    /// A sentence with that share holds the kind of answer asked for.
    kind: bool,
}

impl Best {
    pub(super) fn of(query: &Query, sentences: &[Sentence]) -> Best {
        let words: Vec<&String> = query.originals.iter().take(MAX_PAIRED_WORDS).collect();
        if words.is_empty() {
            return Best::default();
        }
        let mut best = (0usize, false);
        for s in sentences {
            let n = words
                .iter()
                .filter(|w| s.terms.contains(w) || s.section.contains(w))
                .count();
            if n == 0 || n < best.0 {
                continue;
            }
            let kind = query.kind != AnswerKind::Any && query.kind.answered_by(&s.text);
            best = if n > best.0 {
                (n, kind)
            } else {
                (n, best.1 || kind)
            };
        }
        Best {
            share: best.0 as f32 / words.len() as f32,
            whole: words.len() >= 2 && best.0 == words.len(),
            kind: best.1,
        }
    }
}

/// The pages' own words the reranker reads, per article.
pub(super) struct Pages<'a> {
    /// Each page's id (what the training cases name).
    pub ids: &'a [String],
    /// Each page's heading in the glossary's English.
    pub headings: &'a [Vec<String>],
    /// Each page's sentences.
    pub sentences: &'a [Vec<Sentence>],
}

impl Pages<'_> {
    fn page(&self, query: &Query, hit: &Hit) -> Page<'_> {
        Page {
            heading: self.headings.get(hit.index).map_or(&[][..], Vec::as_slice),
            best: self.best(query, hit),
        }
    }

    fn best(&self, query: &Query, hit: &Hit) -> Best {
        Best::of(
            query,
            self.sentences.get(hit.index).map_or(&[][..], Vec::as_slice),
        )
    }
}

/// What the model reads of one page: its heading in the glossary's
/// English, and its best sentence.
#[derive(Debug, Clone, Copy)]
struct Page<'a> {
    heading: &'a [String],
    best: Best,
}

/// Reorder the first `DEPTH` of `hits` (BM25's order) by the model.
pub(super) fn rerank(hits: &mut [Hit], query: &Query, topic: &str, pages: &Pages) {
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
                    let id = pages.ids.get(h.index).cloned().unwrap_or_default();
                    let f = features(query, topic, h, rank, top, pages.page(query, h));
                    (id, f)
                })
                .collect(),
        });
    }
    reorder(r, hits, query, topic, pages);
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
fn reorder(r: &LinearModel, hits: &mut [Hit], query: &Query, topic: &str, pages: &Pages) {
    if r.is_empty() || !reranks(query) {
        return;
    }
    let top = hits.first().map_or(0.0, |h| h.score);
    let depth = hits.len().min(DEPTH);
    let mut order: Vec<(f32, Hit)> = hits[..depth]
        .iter()
        .enumerate()
        .map(|(rank, h)| {
            let mut score = 0.0;
            each_feature(query, topic, h, rank, top, pages.page(query, h), |n, v| {
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

    fn sentence(text: &str, section: &str) -> Sentence {
        Sentence {
            text: text.to_string(),
            terms: crate::text::terms(text),
            section: crate::text::terms(section),
            row: false,
            howto: false,
            steps: None,
            shapes: Vec::new(),
        }
    }

    /// Two pages: fabric samples, and damaged deliveries. Each holds one
    /// sentence with "sofa" and "fabric", only the first a price.
    struct Shop {
        ids: Vec<String>,
        headings: Vec<Vec<String>>,
        sentences: Vec<Vec<Sentence>>,
    }

    impl Shop {
        fn new() -> Shop {
            Shop {
                ids: vec!["fabric-samples".into(), "damaged-deliveries".into()],
                headings: vec![
                    vec!["fabric".to_string(), "sampl".to_string()],
                    vec!["damag".to_string(), "deliveri".to_string()],
                ],
                sentences: vec![
                    vec![sentence("Each sofa fabric sample costs 2 EUR.", "Prices")],
                    vec![
                        sentence("A torn sofa fabric is a damaged delivery.", "Sofas"),
                        sentence("Send us a photo within 14 days.", "Claims"),
                    ],
                ],
            }
        }

        fn pages(&self) -> Pages<'_> {
            Pages {
                ids: &self.ids,
                headings: &self.headings,
                sentences: &self.sentences,
            }
        }
    }

    #[test]
    fn the_best_sentence_is_the_one_holding_most_of_the_question() {
        let shop = Shop::new();
        let query = Query::new("how much is a sofa fabric sample?");
        let [fabric, damaged] = [0, 1].map(|i| shop.pages().best(&query, &hit(i, 1.0)));
        assert!(fabric.whole && fabric.kind, "{fabric:?}");
        assert!(
            !damaged.whole && !damaged.kind && damaged.share > 0.0,
            "{damaged:?}"
        );
        assert!(fabric.share > damaged.share);
        // The section's heading counts as the sentence's own words.
        let query = Query::new("what do claims need?");
        let b = shop.pages().best(&query, &hit(1, 1.0));
        assert!(b.share > 0.0, "{b:?}");
        // A page with no sentences holds nothing.
        assert_eq!(Best::of(&query, &[]).share, 0.0);
    }

    #[test]
    fn a_learned_weight_for_one_sentence_holding_the_question_lifts_its_page() {
        let shop = Shop::new();
        let r = LinearModel::parse("sent1\t2.0\n").expect("parses");
        let query = Query::new("is my torn sofa a damaged delivery?");
        let mut hits = [hit(0, 5.0), hit(1, 4.9)];
        reorder(&r, &mut hits, &query, "none", &shop.pages());
        assert_eq!(hits[0].index, 1);
    }

    #[test]
    fn a_learned_pair_lifts_the_page_its_heading_names() {
        let r = LinearModel::parse("q:tear|damag\t2.0\nrank0\t0.5\n").expect("parses");
        let query = Query::new("my sofa arrived with a tear");
        let mut hits = [hit(0, 5.0), hit(1, 4.9)];
        let shop = Shop::new();
        reorder(&r, &mut hits, &query, "none", &shop.pages());
        // The damaged-delivery page is first, with the first place's score.
        assert_eq!((hits[0].index, hits[0].score), (1, 5.0));
        assert_eq!((hits[1].index, hits[1].score), (0, 4.9));
        // What capture records names the same pair, at its share.
        let f = features(
            &query,
            "none",
            &hit(1, 4.9),
            1,
            5.0,
            Page {
                heading: &shop.headings[1],
                best: Best::default(),
            },
        );
        assert!(
            f.iter()
                .any(|(n, v)| n == "q:tear|damag" && (*v - 0.5_f32.sqrt()).abs() < 1e-6),
            "{f:?}"
        );
        // Without the pair, BM25's order stands.
        let r = LinearModel::parse("rank0\t0.5\n").expect("parses");
        let mut hits = [hit(0, 5.0), hit(1, 4.9)];
        reorder(&r, &mut hits, &query, "none", &shop.pages());
        assert_eq!(hits[0].index, 0);
    }

    /// A word of the question that is the page's own heading word lifts
    /// the page whatever the word is: no tuning shop needs to have had it
    /// for the shares to count.
    #[test]
    fn a_heading_made_of_the_questions_own_words_lifts_its_page() {
        let shop = Shop::new();
        let query = Query::new("what does a fabric sample cost?");
        let page = |i: usize| Page {
            heading: &shop.headings[i],
            best: Best::default(),
        };
        let f = features(&query, "none", &hit(0, 4.9), 1, 5.0, page(0));
        let share = |n: &str| f.iter().find(|(k, _)| k == n).map(|&(_, v)| v);
        // Both heading words are the question's; the question has more.
        assert_eq!(share("hs_h"), Some(1.0), "{f:?}");
        assert!(share("hs_q").is_some_and(|v| v > 0.0 && v < 1.0), "{f:?}");
        // A heading with none of the question's words has neither.
        let f = features(&query, "none", &hit(1, 5.0), 0, 5.0, page(1));
        assert!(!f.iter().any(|(k, _)| k.starts_with("hs_")), "{f:?}");
        let r = LinearModel::parse("hs_q\t2.0\nhs_h\t2.0\n").expect("parses");
        let mut hits = [hit(1, 5.0), hit(0, 4.9)];
        reorder(&r, &mut hits, &query, "none", &shop.pages());
        assert_eq!(hits[0].index, 0);
    }

    #[test]
    fn where_to_send_something_is_left_to_the_pages_that_name_the_place() {
        let r = LinearModel::parse("q:tear|damag\t2.0\n").expect("parses");
        let query = Query::new("can you ship a tear-free pack to france?");
        let mut hits = [hit(0, 5.0), hit(1, 4.9)];
        reorder(&r, &mut hits, &query, "none", &Shop::new().pages());
        assert_eq!(hits[0].index, 0);
    }
}
