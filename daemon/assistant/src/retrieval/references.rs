//! Help pages that send the reader to another page for a place ("Malta
//! and Cyprus are on our page about islands and remote areas"): found
//! once per knowledge base, followed when a question names the place.

use super::places::SENDING;
use super::{Hit, Query, Retriever};
use crate::text;

impl Retriever {
    /// Find the sentences that send the reader to another page: "our page
    /// about/on X", where X's words are most of another page's title.
    pub(super) fn with_references(mut self) -> Self {
        let titles = &self.titles;
        self.refers = self
            .sentences
            .iter()
            .enumerate()
            .map(|(a, sentences)| {
                sentences
                    .iter()
                    .filter_map(|s| {
                        let lower = s.text.to_lowercase();
                        let at = ["page about ", "page on ", "page for ", "section on "]
                            .iter()
                            .find_map(|m| lower.find(m).map(|i| i + m.len()))?;
                        let named = text::terms(&lower[at..]);
                        let target = titles
                            .iter()
                            .enumerate()
                            .filter(|(b, t)| *b != a && !t.is_empty())
                            .map(|(b, t)| {
                                (b, t.iter().filter(|x| named.contains(x)).count(), t.len())
                            })
                            // Most of the title's words, and at least two.
                            .filter(|&(_, n, len)| n >= 2 && n * 2 >= len)
                            .max_by_key(|&(_, n, _)| n)?
                            .0;
                        Some((s.terms.clone(), target))
                    })
                    .collect()
            })
            .collect();
        self
    }

    /// "Can you ship to Malta?": the page that names Malta says "Malta
    /// and Cyprus are on our page about islands and remote areas". The
    /// page it sends the reader to answers for the place, so it ranks
    /// just above the one that sent it.
    pub(super) fn follow_references(&self, query: &Query, hits: &mut Vec<Hit>) {
        if query.places.is_empty() {
            return;
        }
        let names_place = |terms: &[String]| query.places.iter().any(|p| terms.contains(p));
        // What else the customer asks about the place ("express", "free",
        // "customs"), beside sending it there.
        let asked: Vec<&String> = query
            .originals
            .iter()
            .filter(|t| !query.places.contains(t) && !SENDING.iter().any(|s| t.starts_with(s)))
            .collect();
        let mut lifts: Vec<(usize, Hit)> = Vec::new();
        for h in hits.iter() {
            let Some(refers) = self.refers.get(h.index) else {
                continue;
            };
            // "Switzerland: €14.90, no free shipping" answers "free shipping
            // to Switzerland?" here, whatever the page says to read too.
            let answered_here = self.sentences.get(h.index).is_some_and(|ss| {
                ss.iter().any(|s| {
                    names_place(&s.terms)
                        && !refers.iter().any(|(r, _)| *r == s.terms)
                        && asked.iter().any(|t| s.terms.contains(t))
                })
            });
            if answered_here {
                continue;
            }
            for (terms, target) in refers {
                if names_place(terms) {
                    lifts.push((*target, *h));
                }
            }
        }
        for (target, from) in lifts {
            match hits.iter_mut().find(|x| x.index == target) {
                Some(t) => {
                    t.score = t.score.max(from.score * 1.05);
                    t.coverage = t.coverage.max(from.coverage);
                }
                None => hits.push(Hit {
                    index: target,
                    score: from.score * 1.05,
                    ..from
                }),
            }
        }
    }
}
