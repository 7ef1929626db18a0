//! Ranking articles and products against a customer's words: Okapi BM25
//! over weighted fields (title and tags count more than body text), plus
//! picking the sentences of an article that carry the answer.

use std::collections::HashMap;

use crate::kb::{Article, KnowledgeBase, Product};
use crate::text;

const K1: f32 = 1.2;
/// Synonyms help recall but must not outvote a word the customer wrote.
const SYNONYM_WEIGHT: f32 = 0.35;
const B: f32 = 0.75;
/// How much a question's word in a page's title adds, per unit of the
/// word's rarity among titles.
const TITLE_WEIGHT: f32 = 0.5;
/// The idf of a word in about half the articles or more.
const COMMON_IDF: f32 = std::f32::consts::LN_2;

/// A query: stemmed terms with weights (words of earlier turns weigh less).
#[derive(Debug, Clone, Default)]
pub struct Query {
    terms: Vec<(String, f32)>,
    /// Terms the customer actually wrote (not synonyms).
    originals: Vec<String>,
    /// Terms the customer wrote as proper names (capitalised inside a
    /// sentence): "Utrecht" alone does not make the weather a question
    /// about the Utrecht store.
    names: Vec<String>,
    /// Where the customer wants something sent ("do you ship to Japan",
    /// "Versand nach Österreich"): stems of the words after "to" in a
    /// question about sending. An article that names the place answers
    /// it; if none does, the one about other countries.
    places: Vec<String>,
    /// Whether a place is a town or island of the gazetteer's, whose
    /// region is among `places`.
    town: bool,
    /// What kind of answer the question wants.
    pub kind: AnswerKind,
    /// Amounts of money the question names ("a 1000 euro laptop").
    amounts: Vec<f64>,
    /// Sizes, weights and ages the question names ("for an 80 cm
    /// waist"), which a page's ranges may hold.
    measures: Vec<measures::Measure>,
    /// The days of the week the line itself names (Monday 0), read before
    /// any earlier line is added or a near spelling replaces a word.
    days: Vec<usize>,
}

mod answer_kind;
mod bands;
mod casing;
mod gazetteer;
mod measures;
mod outside;
mod places;
mod products;
pub mod quote;
mod references;
pub mod rerank;
mod sentence;
mod spelling;
pub mod weights;
pub use answer_kind::AnswerKind;
pub use outside::about_the_world;
use places::SENDING;
pub use places::places_in;
use sentence::Sentence;

impl Query {
    pub fn new(text: &str) -> Self {
        let (places, regions) = places::places_and_regions(text);
        let mut q = Query {
            kind: AnswerKind::of(text),
            places,
            town: !regions.is_empty(),
            amounts: bands::amounts(text),
            measures: measures::measures(text),
            ..Query::default()
        };
        q.add(text, 1.0);
        q.days = measures::days_named(q.terms());
        // A named town or island is as often at home as abroad: the
        // region or country it lies in, which is what pages name, picks
        // the page ("to Mallorca": the Balearic Islands).
        for r in &regions {
            q.push(r, SYNONYM_WEIGHT);
        }
        // A named country: the page about other countries is about it
        // even when it does not list this one. For a town, only if no
        // page names it or where it lies (`Retriever::abroad`).
        if !q.places.is_empty() && !q.town {
            q.push_abroad();
        }
        q
    }

    fn push_abroad(&mut self) {
        for syn in ["international", "countries", "abroad"] {
            self.push(&text::stem(syn), SYNONYM_WEIGHT);
        }
    }

    /// The line before a follow-up ("Versand in die Schweiz?" / "und wie
    /// ist das mit dem Zoll?"): its terms at `weight`, and where it asked
    /// to send things, unless the follow-up names a place of its own.
    pub fn add_context(&mut self, text: &str, weight: f32) {
        self.add(text, weight);
        if self.places.is_empty() {
            self.places = places_in(text);
        }
    }

    /// Add the terms of `text` at `weight`, plus general-vocabulary synonyms
    /// at half weight (customers say "parcel" where articles say "order").
    pub fn add(&mut self, text: &str, weight: f32) {
        // Single capitalised words inside a sentence are proper names
        // (places, people); runs of them ("Apple Pay") name a thing the
        // shop may well sell or take.
        let tokens: Vec<&str> = text.split_whitespace().collect();
        let capital = |t: &str| {
            t.trim_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        };
        for (i, token) in tokens.iter().enumerate() {
            let sentence_start = i == 0 || tokens[i - 1].ends_with(['.', '?', '!']);
            let next_capital = tokens.get(i + 1).is_some_and(|n| capital(n));
            let prev_capital = i > 0 && !sentence_start && capital(tokens[i - 1]);
            if capital(token) && !sentence_start && !next_capital && !prev_capital {
                for t in text::terms(token) {
                    if !self.names.contains(&t) {
                        self.names.push(t);
                    }
                }
            }
        }
        let text = &phrasal(&crate::glossary::for_retrieval(text));
        for t in text::terms(text) {
            for syn in synonyms(&t) {
                self.push(&text::stem(syn), weight * SYNONYM_WEIGHT);
            }
            self.push(&t, weight);
            if !self.originals.contains(&t) {
                self.originals.push(t);
            }
        }
    }

    fn push(&mut self, term: &str, weight: f32) {
        match self.terms.iter_mut().find(|(t, _)| t == term) {
            Some((_, w)) => *w = w.max(weight),
            None => self.terms.push((term.to_string(), weight)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().map(|(t, _)| t.as_str())
    }
}

/// English phrasal verbs whose particle changes what the verb's word
/// would find: "sign for a parcel" is a signature, not signing in.
fn phrasal(words: &str) -> String {
    const PHRASES: &[(&str, &str)] = &[(" sign for ", " signature for ")];
    let mut out = format!(" {words} ");
    for (from, to) in PHRASES {
        out = out.replace(from, to);
    }
    out.trim().to_string()
}

/// Shop-independent synonyms of everyday support vocabulary (words in,
/// words out). Kept small: each pair is a way customers and help pages
/// commonly word the same thing. Keys are matched by their stem, so that
/// "courier" (stem "couri") and "voucher" ("vouch") are found.
const SYNONYMS: &[(&[&str], &[&str])] = &[
    (&["parcel", "package"], &["parcel", "package", "shipment"]),
    (&["delivery", "deliver"], &["delivery", "shipping"]),
    (&["ship"], &["delivery"]),
    (&["sent"], &["dispatch", "ship"]),
    (&["cost", "fee", "charge"], &["cost", "price", "fee"]),
    (&["price"], &["cost"]),
    // "sign" alone is as often a parcel's signature ("do I have to sign
    // for it?") as signing in; the account page says "sign in" itself.
    (&["login", "log", "signin"], &["sign", "login", "password"]),
    (&["sign"], &["signature"]),
    (&["amex"], &["american", "express"]),
    (&["money"], &["refund"]),
    (&["send", "back"], &["return"]),
    (&["phone", "call"], &["phone", "contact", "call"]),
    (&["mail"], &["email"]),
    // "email address for support?": reaching the shop's service team.
    (&["support", "helpdesk"], &["contact", "service"]),
    (&["open", "hours"], &["hours", "open", "contact"]),
    (&["coupon", "voucher", "promo"], &["discount", "code"]),
    (&["accept"], &["take", "pay"]),
    (
        &[
            "broken", "broke", "faulty", "damaged", "crack", "torn", "crush", "dent", "scratch",
            "smash", "shatter",
        ],
        &["damaged", "faulty", "defect"],
    ),
    (&["track"], &["tracking", "status"]),
    // "Do gift cards expire?" and "valid for 24 months".
    (&["expire", "expiry", "expiration"], &["valid", "validity"]),
    // "what's the return window / period": how many days.
    (&["window", "period"], &["days", "within"]),
    (&["dispatch", "post"], &["ship", "send", "post"]),
    (&["courier"], &["carrier", "delivery"]),
    (&["pickup"], &["collect"]),
    (&["country", "abroad", "overseas"], &["international"]),
    // "Where is your shop?" and "Our store in Kraków": a shop's own
    // premises, whichever word the page uses.
    (&["shop", "store"], &["store", "shop"]),
];

fn synonyms(stem: &str) -> &'static [&'static str] {
    // The keys' stems, computed once.
    static STEMMED: std::sync::LazyLock<Vec<(Vec<String>, &'static [&'static str])>> =
        std::sync::LazyLock::new(|| {
            SYNONYMS
                .iter()
                .map(|(keys, out)| (keys.iter().map(|k| text::stem(k)).collect(), *out))
                .collect()
        });
    STEMMED
        .iter()
        .find(|(keys, _)| keys.iter().any(|k| k == stem))
        .map_or(&[], |(_, out)| *out)
}

/// A BM25 index over documents given as weighted term lists.
#[derive(Debug, Default)]
pub struct Bm25 {
    docs: Vec<HashMap<String, f32>>,
    lens: Vec<f32>,
    avg_len: f32,
    df: HashMap<String, usize>,
}

impl Bm25 {
    pub fn new(docs: Vec<Vec<(String, f32)>>) -> Self {
        let mut index = Bm25::default();
        for doc in docs {
            let mut tf: HashMap<String, f32> = HashMap::new();
            let mut len = 0.0;
            for (term, w) in doc {
                *tf.entry(term).or_default() += w;
                len += w;
            }
            for term in tf.keys() {
                *index.df.entry(term.clone()).or_default() += 1;
            }
            index.docs.push(tf);
            index.lens.push(len);
        }
        let n = index.docs.len().max(1) as f32;
        index.avg_len = index.lens.iter().sum::<f32>() / n;
        index
    }

    pub fn contains(&self, doc: usize, term: &str) -> bool {
        self.docs.get(doc).is_some_and(|d| d.contains_key(term))
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Inverse document frequency (the "plus one" form, never negative).
    /// Unknown terms get the highest value: a word the KB never uses is
    /// exactly what makes a question unanswerable from it.
    pub fn idf(&self, term: &str) -> f32 {
        let n = self.docs.len() as f32;
        let df = self.df.get(term).copied().unwrap_or(0) as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    pub fn score(&self, doc: usize, query: &Query) -> f32 {
        let (Some(tf), Some(&len)) = (self.docs.get(doc), self.lens.get(doc)) else {
            return 0.0;
        };
        let norm = K1 * (1.0 - B + B * len / self.avg_len.max(1e-6));
        query
            .terms
            .iter()
            .map(|(term, qw)| {
                let f = tf.get(term).copied().unwrap_or(0.0);
                if f == 0.0 {
                    return 0.0;
                }
                qw * self.idf(term) * f * (K1 + 1.0) / (f + norm)
            })
            .sum()
    }

    /// Share of the query's (idf-weighted) meaning found in the document:
    /// a length-independent confidence that BM25's raw score lacks.
    pub fn coverage(&self, doc: usize, query: &Query) -> f32 {
        let Some(tf) = self.docs.get(doc) else {
            return 0.0;
        };
        let (mut hit, mut all) = (0.0, 0.0);
        for (term, qw) in &query.terms {
            // A word the KB never uses counts half: typos and chit-chat
            // should not sink a clear question, but a question made only of
            // such words still scores zero.
            let known = if self.df.contains_key(term) { 1.0 } else { 0.5 };
            let w = qw * self.idf(term) * known;
            all += w;
            if tf.contains_key(term) {
                hit += w;
            }
        }
        if all == 0.0 { 0.0 } else { hit / all }
    }

    /// Documents with a positive score, best first (ties: lower index).
    pub fn rank(&self, query: &Query) -> Vec<Hit> {
        let mut hits: Vec<Hit> = (0..self.docs.len())
            .map(|i| Hit {
                index: i,
                score: self.score(i, query),
                coverage: self.coverage(i, query),
                heading: false,
                topic: false,
            })
            .filter(|h| h.score > 0.0)
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
        hits
    }
}

/// The stems of the words that ask a price ("how much", "cost",
/// "expensive"): they say a price is wanted, not what it is the price of.
pub(crate) const PRICE_WORDS: &[&str] = &["cost", "pric", "fee", "much", "expens", "cheap"];

/// Whether `term` is a word that asks for an answer of `kind` rather
/// than names what it is about: "what does shipping cost?" shares "cost"
/// with every sentence that says what something costs, and says by it
/// only that a price is wanted. Whole stems: "feed" is pet food.
fn asks_the_kind(kind: AnswerKind, term: &str) -> bool {
    kind == AnswerKind::Price && PRICE_WORDS.contains(&term)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub index: usize,
    pub score: f32,
    pub coverage: f32,
    /// A word of the question (not a synonym) is in the title or tags.
    pub heading: bool,
    /// The title or tags name the topic the question's intent is about.
    pub topic: bool,
}

fn weighted(text: &str, weight: f32, out: &mut Vec<(String, f32)>) {
    out.extend(text::terms(text).into_iter().map(|t| (t, weight)));
}

fn article_doc(a: &Article) -> Vec<(String, f32)> {
    let mut d = Vec::new();
    weighted(&a.title, 3.0, &mut d);
    weighted(&a.tags.join(" "), 2.0, &mut d);
    weighted(&a.id.replace(['-', '_'], " "), 1.0, &mut d);
    weighted(&a.body, 1.0, &mut d);
    d
}

/// An article's heading (title, tags, id) as distinct terms in the
/// glossary's English: "Dostawa" and "Delivery" are one concept.
fn concepts(a: &Article) -> Vec<String> {
    let heading = format!(
        "{} {} {}",
        a.title,
        a.tags.join(" "),
        a.id.replace(['-', '_'], " ")
    );
    let mut terms = text::terms(&crate::glossary::for_retrieval(&heading));
    let mut seen = std::collections::HashSet::new();
    terms.retain(|t| seen.insert(t.clone()));
    terms
}

fn product_doc(p: &Product) -> Vec<(String, f32)> {
    let mut d = Vec::new();
    weighted(&p.name, 3.0, &mut d);
    d.push((p.sku.to_lowercase(), 3.0));
    weighted(&p.tags.join(" "), 2.0, &mut d);
    weighted(&p.description, 1.0, &mut d);
    d
}

/// The indexes over one KB, built once at start-up.
#[derive(Debug)]
pub struct Retriever {
    articles: Bm25,
    products: Bm25,
    /// Per article, its sentences and their terms (for quoting).
    sentences: Vec<Vec<Sentence>>,
    /// Per article, the terms of its title and tags.
    headings: Vec<Vec<String>>,
    /// The same as an index of their own, for how rare a word is among
    /// headings rather than bodies.
    heading_index: Bm25,
    /// Per article, the terms of its title alone.
    titles: Vec<Vec<String>>,
    /// Per article, its title and each of its tags as term sequences, for
    /// phrases ("gift cards", "change order").
    phrases: Vec<Vec<Vec<String>>>,
    /// Per product, the terms of its name and its SKU.
    product_names: Vec<Vec<String>>,
    /// The terms of every product's name and tags: the words of what the
    /// shop sells.
    product_words: std::collections::HashSet<String>,
    /// What the shop's order numbers look like.
    pub order_ids: crate::order_ids::OrderIds,
    /// The KB's own words, for reading near spellings.
    vocabulary: spelling::Vocabulary,
    /// Words the KB only ever writes as names ("Milano", "Switzerland",
    /// "London"): a customer who writes them in lower case still names a
    /// place or a brand, not the topic of a page.
    proper_nouns: std::collections::HashSet<String>,
    /// Words the KB writes in lower case inside a sentence: a customer
    /// who capitalises one ("Warum ist der Euro-Preis …", as German does
    /// every noun) writes a common word, not a name.
    common_words: std::collections::HashSet<String>,
    /// Per article, its sentences that send the reader to another page
    /// ("Malta and Cyprus are on our page about islands and remote
    /// areas"): the sentence's terms and the page it names.
    refers: Vec<Vec<(Vec<String>, usize)>>,
    /// Per article, its id (what the reranker's training cases name).
    ids: Vec<String>,
    /// Per article, the terms of its id ("feedplan", "gift cards").
    id_terms: Vec<Vec<String>>,
    /// Per article, the terms of its title, tags and id in the glossary's
    /// English: what the reranker pairs a question's words with.
    concepts: Vec<Vec<String>>,
}

impl Retriever {
    pub fn new(kb: &KnowledgeBase) -> Self {
        let headings: Vec<Vec<String>> = kb
            .articles
            .iter()
            .map(|a| text::terms(&format!("{} {}", a.title, a.tags.join(" "))))
            .collect();
        let articles = Bm25::new(kb.articles.iter().map(article_doc).collect());
        let products = Bm25::new(kb.products.iter().map(product_doc).collect());
        let (proper_nouns, common_words) = casing::proper_and_common(
            kb.articles
                .iter()
                .flat_map(|a| [a.title.as_str(), a.body.as_str()])
                .chain(kb.products.iter().map(|p| p.description.as_str())),
        );
        Self {
            order_ids: crate::order_ids::OrderIds::new(kb, &[]),
            vocabulary: spelling::Vocabulary::new(&articles, &products),
            proper_nouns,
            common_words,
            articles,
            heading_index: Bm25::new(
                headings
                    .iter()
                    .map(|h| h.iter().map(|t| (t.clone(), 1.0)).collect())
                    .collect(),
            ),
            headings,
            titles: kb.articles.iter().map(|a| text::terms(&a.title)).collect(),
            phrases: kb
                .articles
                .iter()
                .map(|a| {
                    std::iter::once(&a.title)
                        .chain(&a.tags)
                        .map(|t| text::terms(t))
                        .filter(|t| t.len() >= 2)
                        .collect()
                })
                .collect(),
            products,
            product_words: kb
                .products
                .iter()
                .flat_map(|p| text::terms(&format!("{} {}", p.name, p.tags.join(" "))))
                .collect(),
            product_names: kb
                .products
                .iter()
                .map(|p| {
                    let mut t = text::terms(&p.name);
                    t.push(p.sku.to_lowercase());
                    t
                })
                .collect(),
            sentences: kb
                .articles
                .iter()
                .map(|a| {
                    crate::prose::article_passages(&a.body)
                        .into_iter()
                        .map(Sentence::from)
                        .collect()
                })
                .collect(),
            refers: Vec::new(),
            ids: kb.articles.iter().map(|a| a.id.clone()).collect(),
            id_terms: kb
                .articles
                .iter()
                .map(|a| text::terms(&a.id.replace(['-', '_'], " ")))
                .collect(),
            concepts: kb.articles.iter().map(concepts).collect(),
        }
        .with_references()
    }

    pub fn articles(&self, query: &Query) -> Vec<Hit> {
        self.articles_on(query, &[])
    }

    /// Whether article `index`'s title or tags have a word the customer
    /// wrote in `query` that article `other`'s title and tags lack (and
    /// that most pages do not use): "cancel my avalanche kit rental" and
    /// the page "Rentals", beside the page on changing orders.
    pub fn titled_beyond(&self, index: usize, other: usize, query: &Query) -> bool {
        let (Some(own), Some(theirs)) = (self.headings.get(index), self.headings.get(other)) else {
            return false;
        };
        query
            .originals
            .iter()
            .any(|t| own.contains(t) && !theirs.contains(t) && self.articles.idf(t) >= COMMON_IDF)
    }

    /// Whether `term` (stemmed) is a word of a product's name or tags.
    pub fn is_product_word(&self, term: &str) -> bool {
        self.product_words.contains(term)
    }

    /// Whether article `index`'s title or tags have the (stemmed) term
    /// `term`.
    pub fn heading_has(&self, index: usize, term: &str) -> bool {
        self.headings
            .get(index)
            .is_some_and(|h| h.iter().any(|t| t == term))
    }

    /// Whether article `index`'s text has the (stemmed) term `term`.
    pub fn article_has(&self, index: usize, term: &str) -> bool {
        self.articles.contains(index, term)
    }

    /// Whether article `index`'s title or tags name the topic of
    /// `topic_stems` (`Hit::topic`).
    pub fn names_topic(&self, index: usize, topic_stems: &[&str]) -> bool {
        self.headings.get(index).is_some_and(|heading| {
            heading
                .iter()
                .any(|t| topic_stems.iter().any(|s| t.starts_with(s)))
        })
    }

    /// Articles ranked for `query`, with those whose title or tags name the
    /// detected topic (`topic_stems`, general support vocabulary from the
    /// intent) lifted a little: "can I exchange boots for a bigger size?"
    /// is about returns even though "size" has its own article.
    pub fn articles_on(&self, query: &Query, topic_stems: &[&str]) -> Vec<Hit> {
        let near = self.with_near_spellings(query);
        let query = near.as_ref().unwrap_or(query);
        let abroad = self.abroad(query);
        let query = abroad.as_ref().unwrap_or(query);
        let mut hits = self.articles.rank(query);
        for h in &mut hits {
            let Some(heading) = self.headings.get(h.index) else {
                continue;
            };
            h.heading = query.originals.iter().any(|t| heading.contains(t));
            // A page is about what its title says. A word such as "return"
            // is in most pages' bodies, so BM25 gives it little weight, yet
            // only one title has it: counted by how few titles share it,
            // it points at the page that is about it.
            h.score += TITLE_WEIGHT * self.title_match(h.index, query);
            h.topic = self.names_topic(h.index, topic_stems);
            // Only proper names in common: not an answer to this question.
            // Unless the page is about the question's topic: "do you take
            // PayPal?" names a brand, and the payment page that names it
            // answers, where "the weather in Utrecht" has no topic.
            // And unless the names are all the customer wrote ("do you
            // take BLIK?", "klarna?"): then the name is what is asked about.
            let is_name = |t: &str| {
                (query.names.iter().any(|n| n == t) && !self.common_words.contains(t))
                    || self.proper_nouns.contains(t)
            };
            let only_names =
                !query.originals.is_empty() && query.originals.iter().all(|t| is_name(t));
            // A name that is the page's own id and no place is the
            // shop's name for the thing the page is about ("FeedPlan",
            // "Scatola"): asked about, whatever else is said. A town in a
            // store page's title is not enough: the weather there is not
            // a question about the store.
            let own_name = query.originals.iter().any(|t| {
                is_name(t)
                    && self.id_terms.get(h.index).is_some_and(|id| id.contains(t))
                    && !gazetteer::is_place_term(t)
            });
            let substantive = h.topic
                || only_names
                || own_name
                || query
                    .terms
                    .iter()
                    .filter(|(t, _)| !is_name(t))
                    .any(|(t, _)| self.articles.contains(h.index, t));
            if !substantive {
                h.coverage = 0.0;
                h.heading = false;
            }
            if h.topic {
                h.score *= 1.5;
            }
            // Two of the customer's words in a row that are the title or a
            // tag's words in a row ("gift cards"): the page is named by
            // the question, more than one that has the words apart.
            if self.phrase_match(h.index, query) {
                h.score *= 1.3;
            }
            // "What time do I need to order by?": a page with a sentence
            // of the kind asked for (a clock time, a price) that shares a
            // word of the question has the answer, more than one that
            // only shares the words.
            if matches!(
                query.kind,
                AnswerKind::Price
                    | AnswerKind::Time
                    | AnswerKind::Clock
                    | AnswerKind::Channel
                    | AnswerKind::Address
            ) && self.sentences.get(h.index).is_some_and(|ss| {
                ss.iter().any(|x| {
                    query.kind.answered_by(&x.text)
                        && (query.originals.iter().any(|t| {
                            x.terms.contains(t)
                                && self.articles.idf(t) >= COMMON_IDF
                                && !asks_the_kind(query.kind, t)
                        }))
                })
            }) {
                h.score *= 1.3;
            }
            // "Can you ship to X?": the page that names X states the rule
            // for X, and is an answer even if it words "ship" otherwise.
            if query
                .places
                .iter()
                .any(|p| self.articles.contains(h.index, p))
            {
                h.score *= 2.0;
                h.coverage = h.coverage.max(0.5);
                // The page whose title or tags name the place ("Delivery
                // in France") is about it, more than one that mentions it;
                // but only a page about sending it there: "Customs: UK,
                // Norway" names the place and is about something else.
                let about_sending = heading.iter().any(|t| {
                    !query.places.contains(t)
                        && (query.originals.contains(t) || SENDING.iter().any(|s| t.starts_with(s)))
                });
                if about_sending && query.places.iter().any(|p| heading.contains(p)) {
                    h.score *= 1.5;
                }
            }
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
        let topic = topic_stems.first().copied().unwrap_or("none");
        let pages = rerank::Pages {
            ids: &self.ids,
            headings: &self.concepts,
            sentences: &self.sentences,
        };
        rerank::rerank(&mut hits, query, topic, &pages);
        // After the reranker: a page that sends the reader to another for
        // a place yields to that page whatever the order it was given.
        self.follow_references(query, &mut hits);
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
        hits
    }

    /// Whether two consecutive words of the customer's are two
    /// consecutive words of article `index`'s title or of one of its tags.
    fn phrase_match(&self, index: usize, query: &Query) -> bool {
        let Some(phrases) = self.phrases.get(index) else {
            return false;
        };
        query.originals.windows(2).any(|pair| {
            phrases
                .iter()
                .any(|p| p.windows(2).any(|w| w[0] == pair[0] && w[1] == pair[1]))
        })
    }

    /// The heading-field weight of `query`'s own words in article
    /// `index`'s title and tags: each word found counts by its inverse
    /// frequency among the headings, not among the bodies.
    fn title_match(&self, index: usize, query: &Query) -> f32 {
        query
            .terms
            .iter()
            .filter(|(t, _)| query.originals.contains(t) && self.heading_index.contains(index, t))
            // A place in a title says where a page applies, not what it is
            // about: "Customs for the UK" is no better an answer to "are
            // returns from the UK free?" than "Returns" for naming the UK,
            // though place names are rare in titles and weigh a lot.
            .map(|(t, qw)| {
                let place = if query.places.contains(t) || self.proper_nouns.contains(t) {
                    0.5
                } else {
                    1.0
                };
                qw * self.heading_index.idf(t) * place
            })
            .sum()
    }

    /// "Do you ship to Lyon?" in a shop whose pages name neither Lyon nor
    /// France: the town is abroad, and the page about other countries is
    /// about it.
    fn abroad(&self, query: &Query) -> Option<Query> {
        if !query.town
            || query
                .places
                .iter()
                .any(|p| self.articles.df.contains_key(p))
        {
            return None;
        }
        let mut q = query.clone();
        q.push_abroad();
        Some(q)
    }

    /// Whether article `index` shares a word of the question that says
    /// what it is about: not a word asking for the kind of answer ("how
    /// much does the Timek teddy cost?" shares only "cost" with a page
    /// of prices for something else), not a name, and not one that about
    /// half the pages use.
    pub fn shares_a_subject_word(&self, index: usize, query: &Query) -> bool {
        query
            .originals
            .iter()
            .any(|t| self.is_subject_word(index, query, t))
    }

    /// The words `shares_a_subject_word` counts (for reading misses).
    pub fn subject_words<'q>(&self, index: usize, query: &'q Query) -> Vec<&'q str> {
        query
            .originals
            .iter()
            .filter(|t| self.is_subject_word(index, query, t))
            .map(String::as_str)
            .collect()
    }

    fn is_subject_word(&self, index: usize, query: &Query, t: &str) -> bool {
        !asks_the_kind(query.kind, t)
            && !query.names.iter().any(|n| n == t)
            && !t.chars().all(|c| c.is_ascii_digit())
            && self.articles.idf(t) >= COMMON_IDF
            && self.articles.contains(index, t)
    }

    /// Is this hit an answer rather than incidental word overlap?
    pub fn confident(hit: &Hit) -> bool {
        hit.coverage >= 0.5 || (hit.heading && hit.coverage >= 0.15)
    }
}

#[cfg(test)]
mod tests;
