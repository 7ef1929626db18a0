//! Choosing the sentences of a help page that answer a question: by the
//! question's words, its section, the kind of answer it wants (a price, a
//! time, steps), table rows and price bands.

use super::{AnswerKind, COMMON_IDF, Query, Retriever, Sentence, bands, measures};
use crate::text;

pub mod learned;

/// How long a reply may grow by taking the sentence after the best one.
const EXTRA_SENTENCE_CHARS: usize = 300;

impl Retriever {
    /// The one or two sentences of an article that best answer `query`,
    /// in the article's own order. Sentences are quoted verbatim so the
    /// customer sees the shop's words, not a paraphrase.
    pub fn best_sentences(&self, article: usize, query: &Query) -> Vec<String> {
        let mut chosen = self.chosen_sentences(article, query);
        // "… Here is what to do.": a quote that ends by announcing what
        // follows is no answer by itself. A page that gives steps
        // ("Report it within 48 hours: 1. Take photos …") answers with
        // them in the announcement's place.
        if chosen.last().is_some_and(|s| announces(s))
            && let Some(steps) = self
                .sentences
                .get(article)
                .and_then(|s| first_short_steps(s))
        {
            chosen.pop();
            for s in steps {
                if !chosen.contains(&s.text) {
                    chosen.push(s.text.clone());
                }
            }
        }
        chosen
    }

    fn chosen_sentences(&self, article: usize, query: &Query) -> Vec<String> {
        let near = self.with_near_spellings(query);
        let query = near.as_ref().unwrap_or(query);
        let Some(sentences) = self.sentences.get(article) else {
            return Vec::new();
        };
        let heading = self.headings.get(article);
        let n = sentences.len() as f32;
        let sf = |t: &str| {
            sentences
                .iter()
                .filter(|s| s.terms.iter().any(|x| x == t))
                .count()
        };
        // A term weighs by how rare it is in the KB *and* within this
        // article; words of the title are what every sentence is about, so
        // they pick a sentence less than the question's other words.
        let weight = |t: &str, w: f32| {
            let local = (1.0 + n / (sf(t) as f32).max(1.0)).ln();
            let in_heading = heading.is_some_and(|h| h.iter().any(|x| x == t));
            w * self.articles.idf(t) * local * if in_heading { 0.5 } else { 1.0 }
        };
        // A question word in a section's heading ("## Refunds") speaks for
        // every sentence of that section, less than a word of the sentence.
        let scored: Vec<(usize, f32)> = sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let own: f32 = query
                    .terms
                    .iter()
                    .filter(|(t, _)| s.terms.contains(t))
                    .map(|(t, w)| weight(t, *w))
                    .sum();
                let section: f32 = query
                    .terms
                    .iter()
                    .filter(|(t, _)| s.section.contains(t))
                    .map(|(t, w)| 0.5 * weight(t, *w))
                    .sum();
                (i, own + section)
            })
            .collect();
        // Read once a sentence: `answered_by` tokenises the sentence, and
        // the fit is asked for several times below.
        let fit: Vec<bool> = sentences
            .iter()
            .map(|s| match query.kind {
                AnswerKind::Any => false,
                // "How do I …?": the steps of a section on how to do it.
                AnswerKind::HowTo => s.howto,
                kind => kind.answered_by(&s.text),
            })
            .collect();
        let fits = |i: usize| fit.get(i).copied().unwrap_or(false);
        // A sentence of the kind asked for ("how much" -> a price) wins
        // over one that only shares more words with the question.
        let top = scored.iter().map(|x| x.1).fold(0.0f32, f32::max);
        // "Where is your store?": the line that gives the street
        // ("Nordkante Bergsport, Leopoldstraße 31a, 6020 Innsbruck")
        // often shares no word with the question. On the page chosen for
        // it, it is the answer when no sentence of the kind shares one.
        let bare_address =
            query.kind == AnswerKind::Address && !scored.iter().any(|&(i, s)| s > 0.0 && fits(i));
        let scored: Vec<(usize, f32)> = scored
            .into_iter()
            .map(|(i, s)| {
                let fit = fits(i) && (s > 0.0 || bare_address);
                (i, if fit { s + top } else { s })
            })
            .collect();
        // An amount of money the question names picks the row of a price
        // band table that holds it ("for a 1000 euro laptop" -> "Over
        // €800: …"): that row is the answer.
        if let Some(s) = sentences
            .iter()
            .find(|s| s.row && query.amounts.iter().any(|&a| bands::holds(&s.text, a)))
        {
            return vec![s.text.clone()];
        }
        let mut order: Vec<(usize, f32)> = scored.clone();
        order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        // The question names only the article's topic ("what's your returns
        // policy?"): its opening sentences are the answer.
        // A title word still picks a sentence when few sentences use it
        // ("express" in a delivery page's tags and in one sentence), or
        // when a section is about it.
        // Every word of the question is in the title ("what payment
        // methods do you take?" and "Payment methods"): it names the page,
        // and a sentence that repeats one of its words ("try another
        // payment method") is no answer.
        let names_title = query.kind == AnswerKind::Any
            && !query.originals.is_empty()
            && self
                .titles
                .get(article)
                .is_some_and(|t| query.originals.iter().all(|o| t.contains(o)));
        let specific = !names_title
            && query.originals.iter().any(|t| {
                // A word most pages use (the shop's own trade: "tea") says
                // nothing about which sentence answers.
                if self.articles.idf(t) < COMMON_IDF {
                    return false;
                }
                let sf = sf(t);
                sf > 0 && (!heading.is_some_and(|h| h.contains(t)) || sf * 4 <= sentences.len())
            })
            // A word the page does not use, whose synonym a few of its
            // sentences do ("do gift cards expire?" and "valid for 24
            // months").
            || (query.originals.iter().any(|t| sf(t) == 0)
                && query.terms.iter().any(|(t, _)| {
                    let sf = sf(t);
                    !query.originals.contains(t)
                        && self.articles.idf(t) >= COMMON_IDF
                        && sf > 0
                        && sf * 4 <= sentences.len()
                }))
            || sentences.iter().any(|s| {
                // A section the question names in full ("## Refunds" and
                // "how long until I get my refund").
                !s.section.is_empty() && s.section.iter().all(|t| query.originals.contains(t))
            });
        // A sentence with every word of the question ("do I need an account
        // to order" and "Ordering as a guest is possible; you can create
        // an account later") answers it, even when each word alone is
        // the page's topic or common in the shop.
        let whole = (query.originals.len() >= 2)
            .then(|| {
                sentences
                    .iter()
                    .position(|s| query.originals.iter().all(|t| s.terms.contains(t)))
            })
            .flatten()
            .filter(|&i| {
                i > 0
                    && !query
                        .originals
                        .iter()
                        .all(|t| sentences[0].terms.contains(t))
            });
        // With its weights, the model orders the sentences and leads the
        // quote. The hand-set shortcuts below are its features, and the
        // answer when it has none; only a question that names the page
        // keeps getting the page's opening, whatever sentence repeats one
        // of its words.
        let learned = learned::reorder(
            self.ids.get(article).map_or("", String::as_str),
            query,
            &learned::HandSet {
                sentences,
                scored: &scored,
                fits: &fit,
                names_title,
                specific,
            },
            &mut order,
        );
        let mut specific = specific || (learned && !names_title);
        // A figure the question names picks the line whose range holds it
        // ("harness size for an 80 cm waist" -> "M: waist 76–86 cm"),
        // whatever else shares the question's words: it leads the quote.
        // So does a day of the week ("what time do you close? it's
        // tuesday" -> "Monday to Friday: 10:00–19:00").
        // The day is this line's (`Query::days`), not an earlier one's
        // ("they come on thursday …" / "will they carry it up the
        // stairs?").
        let stems: Vec<&str> = query.terms.iter().map(|(t, _)| t.as_str()).collect();
        let held = order
            .iter()
            .enumerate()
            .filter_map(|(rank, &(i, _))| {
                let line = &sentences.get(i)?.text;
                let h = measures::holding(line, &query.measures, &stems)
                    .max(u8::from(measures::holds_day(line, &query.days)));
                (h > 0).then_some((rank, h))
            })
            .max_by_key(|&(rank, h)| (h, std::cmp::Reverse(rank)));
        // A place the question names ("how long to italy", "do you ship
        // to germany"): a table's row for it is the answer, before rows
        // for other places that share the question's other words.
        let place = |i: usize| {
            sentences.get(i).is_some_and(|s| {
                s.row
                    && s.terms.iter().any(|t| {
                        query.places.contains(t)
                            || (query.originals.contains(t) && super::gazetteer::is_place_term(t))
                    })
            })
        };
        let placed = order.iter().position(|&(i, _)| place(i));
        let led = held.map(|(rank, _)| rank).or(placed);
        if let Some(rank) = led {
            let (i, s) = order.remove(rank);
            order.insert(0, (i, s.max(top).max(f32::MIN_POSITIVE)));
            specific = true;
        }
        if !specific
            && !names_title
            && let Some(i) = whole
        {
            return vec![sentences[i].text.clone()];
        }
        if !specific {
            // The opening sentences, unless the question wants a price or
            // a time that a later sentence gives: the best-matching one of
            // that kind, else the first.
            let fitting = order
                .iter()
                .find(|&&(i, s)| s > 0.0 && fits(i))
                .map(|&(i, _)| i)
                .or_else(|| (0..sentences.len()).find(|&i| fits(i)));
            // The second opening sentence only from the first one's
            // section: the next section is about something else, unless
            // it is the one of the kind asked for.
            return match fitting {
                Some(i) if i >= 1 => vec![sentences[0].text.clone(), sentences[i].text.clone()],
                _ => sentences
                    .iter()
                    .take(2)
                    .filter(|s| s.heading_eq(&sentences[0]))
                    .map(|s| s.text.clone())
                    .collect(),
            };
        }
        let mut picked: Vec<usize> = match order.first() {
            // Nothing in the body matched (the title did): the opening
            // sentence is the article's summary.
            Some(&(_, s)) if s <= 0.0 && !learned => vec![0],
            Some(&(i, _)) => vec![i],
            None => return Vec::new(),
        };
        // "How much is delivery?" on the page titled "Delivery options": a
        // row that matched only the page's own topic is no better than the
        // others, and the table's first row of the kind asked for is the
        // usual case ("Standard"), not the one that happens to repeat the
        // title's word ("Evening delivery").
        // A row chosen for the figure or the place the question names is
        // that case's, whatever words of the title it shares.
        if let (Some(f), Some(title)) = (sentences.get(picked[0]), self.titles.get(article))
            && led.is_none()
            && f.row
            && query.kind != AnswerKind::Any
        {
            let mut matched = query.originals.iter().filter(|t| f.terms.contains(t));
            let topic_only = matched.clone().next().is_some() && matched.all(|t| title.contains(t));
            if topic_only
                && let Some(i) = (0..sentences.len())
                    .find(|&i| sentences[i].row && sentences[i].heading_eq(f) && fits(i))
            {
                picked[0] = i;
            }
        }
        // A second sentence: another good match, or else the one after the
        // best in the same section (help pages tend to state a rule, then
        // what to do). A table row answers alone: the next row is another
        // case, and a weaker row or sentence elsewhere would only blur it.
        let first = picked[0];
        let best = order.first().map_or(0.0, |x| x.1);
        let first_row = sentences.get(first).is_some_and(|s| s.row);
        let strong = order
            .iter()
            .skip(1)
            .find(|&&(i, s)| s > 0.0 && i != first && s >= 0.5 * best)
            .map(|&(i, _)| i);
        let following = (first + 1 < sentences.len()
            && !first_row
            && sentences[first + 1].heading_eq(&sentences[first]))
        .then_some(first + 1);
        // The best sentence with a word of the question (not one most
        // pages use) that the first lacks: "do you deliver pallets to the
        // Netherlands" wants the country's row and the rule on pallets.
        let complement = sentences.get(first).and_then(|f| {
            let missing: Vec<&String> = query
                .originals
                .iter()
                .filter(|t| self.articles.idf(t) >= COMMON_IDF && !f.terms.contains(t))
                .collect();
            order
                .iter()
                .skip(1)
                .filter(|&&(i, s)| s > 0.0 && i != first)
                .find(|&&(i, _)| {
                    sentences
                        .get(i)
                        .is_some_and(|s| missing.iter().any(|t| s.terms.contains(t)))
                })
                .map(|&(i, _)| i)
        });
        let second = if first_row {
            // Another row only if it is nearly as good (the question
            // names two cases); a sentence beside the table if it matches.
            strong
                .filter(|&i| {
                    let row = sentences.get(i).is_some_and(|s| s.row);
                    !row || scored[i].1 >= 0.8 * best
                })
                .or(complement)
        } else {
            strong.or(following)
        };
        if let Some(i) = second {
            picked.push(i);
        }
        // Help pages state a rule, then its condition or what to do next:
        // the sentence after the best one in its section belongs to the
        // answer when the reply stays short.
        if let Some(f) = following
            && !picked.contains(&f)
        {
            let len: usize = picked
                .iter()
                .chain([&f])
                .filter_map(|&i| sentences.get(i))
                .map(|s| s.text.len())
                .sum();
            if len <= EXTRA_SENTENCE_CHARS {
                picked.push(f);
            }
        }
        // A step answers with its list: the third step alone is no help
        // with a pairing problem. Only short lists (with the line that
        // introduces them): a long one is a page, not an answer.
        if let Some(group) = sentences
            .get(first)
            .and_then(|s| s.steps)
            .and_then(|g| short_steps(sentences, g))
        {
            picked = group;
        }
        // "Within that window you can …", "This takes …": a sentence that
        // opens by pointing back needs the one it points to, just before
        // it in its section.
        let points_back = |i: usize| {
            sentences.get(i).is_some_and(|s| {
                !s.row
                    && text::words(&s.text)
                        .iter()
                        .take(3)
                        .any(|w| matches!(w.as_str(), "that" | "this" | "these" | "those" | "then"))
            })
        };
        if let Some(&f) = picked.iter().min()
            && f > 0
            && points_back(f)
            && sentences[f - 1].heading_eq(&sentences[f])
            && !sentences[f - 1].row
        {
            picked.push(f - 1);
        }
        join_rows_by_label(sentences, query, &mut picked);
        picked.sort_unstable();
        picked.dedup();
        picked
            .into_iter()
            .filter_map(|i| sentences.get(i).map(|s| s.text.clone()))
            .collect()
    }
}

/// Whether a sentence only announces what follows: "Here is what to do.",
/// "Follow these steps:".
fn announces(sentence: &str) -> bool {
    let lower = sentence.trim().to_lowercase();
    lower.ends_with(':')
        || [
            "here is what to do",
            "here's what to do",
            "here is how",
            "here's how",
            "as follows",
            "follow these steps",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// The most steps a list may have to be quoted whole: a longer one is a
/// page, not an answer.
const MAX_QUOTED_STEPS: usize = 5;

/// The sentences (by index) of the numbered list `group`, if it is short
/// enough to quote whole.
fn short_steps(sentences: &[Sentence], group: usize) -> Option<Vec<usize>> {
    let steps: Vec<usize> = (0..sentences.len())
        .filter(|&i| sentences[i].steps == Some(group))
        .collect();
    (steps.len() <= MAX_QUOTED_STEPS).then_some(steps)
}

/// The page's first numbered list of steps, if it is short enough to
/// quote whole.
fn first_short_steps(sentences: &[Sentence]) -> Option<Vec<&Sentence>> {
    let group = sentences.iter().find_map(|s| s.steps)?;
    let steps = short_steps(sentences, group)?;
    Some(steps.into_iter().filter_map(|i| sentences.get(i)).collect())
}

impl Retriever {
    /// "How long does delivery take to France?": the rates page's row for
    /// France says "EU Zone 1: countries …, standard €7.90", and another
    /// page's row for "EU Zone 1" has the time. When a quoted row of
    /// `article` lacks the kind of answer asked for, the row of another
    /// page with the same label (the text before its first colon) that
    /// has it: that page's index and the row.
    pub fn row_with_same_label(
        &self,
        article: usize,
        quote: &[String],
        query: &Query,
    ) -> Option<(usize, String)> {
        if query.kind == AnswerKind::Any || query.kind == AnswerKind::HowTo {
            return None;
        }
        let own = self.sentences.get(article)?;
        let label = quote.iter().find_map(|q| {
            let s = own.iter().find(|s| s.row && &s.text == q)?;
            if query.kind.answered_by(&s.text) {
                return None;
            }
            s.label()
        })?;
        self.sentences
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != article)
            .find_map(|(i, ss)| {
                ss.iter()
                    .find(|s| {
                        s.row && s.text.starts_with(&label) && query.kind.answered_by(&s.text)
                    })
                    .map(|s| (i, s.text.clone()))
            })
    }
}

/// "Can you ship to France?": one table names the place's zone ("EU
/// Zone 1: countries …, France"), another the zone's price and time
/// ("EU Zone 1: GLS, €9.90, 3–6 working days"). A quoted row that names
/// the place brings the page's rows with the same label (the text before
/// the first colon); the quoted rows of other places go.
fn join_rows_by_label(sentences: &[Sentence], query: &Query, picked: &mut Vec<usize>) {
    if query.places.is_empty() {
        return;
    }
    let names_place = |s: &Sentence| s.row && query.places.iter().any(|p| s.terms.contains(p));
    let placed: Vec<usize> = picked
        .iter()
        .copied()
        .filter(|&i| sentences.get(i).is_some_and(names_place))
        .collect();
    let labels: Vec<String> = placed
        .iter()
        .filter_map(|&i| sentences[i].label())
        .collect();
    let joined: Vec<usize> = (0..sentences.len())
        .filter(|&i| {
            let s = &sentences[i];
            s.row && !placed.contains(&i) && labels.iter().any(|l| s.text.starts_with(l.as_str()))
        })
        .collect();
    if joined.is_empty() {
        return;
    }
    picked.retain(|&i| sentences.get(i).is_some_and(|s| !s.row) || placed.contains(&i));
    picked.extend(joined);
}

impl Sentence {
    /// A table row's label, the text before its first colon with the
    /// colon ("EU Zone 1:"), by which rows of two tables join.
    fn label(&self) -> Option<String> {
        let (label, _) = self.text.split_once(':')?;
        (self.row && !label.is_empty() && label.len() <= 40).then(|| format!("{label}:"))
    }

    fn heading_eq(&self, other: &Sentence) -> bool {
        self.section == other.section
    }
}
