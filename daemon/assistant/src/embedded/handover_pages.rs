//! The page a hand-over rests on: quoted where it answers the line with
//! confidence, otherwise named for staff and the record (the matter's
//! page, the page on changing orders, the one for business enquiries).
//! Read by `orchestrator` when a turn is handed over.

use super::{Draft, Embedded};
use crate::conversation::contextual_query;
use crate::retrieval::{Query, Retriever};
use crate::tools::Ledger;
use crate::{Intent, Outcome, Turn};

/// Intents whose hand-overs can rest on a help page: the matter has a
/// topic. A bare request for a person, a complaint about the service or a
/// line outside the shop has none to quote.
const HANDOVER_TOPICS: &[Intent] = crate::intent::SHOP_MATTERS;

impl Embedded<'_> {
    /// The help page that governs a matter handed over to staff ("cancel
    /// 1042" and the page on changing an order), quoted where it answers
    /// the line with confidence: the customer learns the rule while they
    /// wait, and staff see which page the assistant pointed to. Never
    /// product or order data: on a hand-over the customer is told nothing
    /// about their orders (staff are). `question` is the line without the
    /// words for a person (`policy::what_is_asked`).
    pub fn page_for_handover(
        &self,
        turn: &Turn,
        question: &str,
        intent: Intent,
        ledger: &mut Ledger,
    ) -> Option<Draft> {
        if !HANDOVER_TOPICS.contains(&intent) {
            return None;
        }
        let draft = self.knowledge_answer(turn, question, intent, ledger);
        (draft.outcome == Outcome::Answered && draft.article.is_some() && !draft.product)
            .then_some(draft)
    }

    /// Whether page `id` is about `matter`'s topic by its title or tags
    /// (`Hit::topic`). A quote comes from the page the reranker put first,
    /// which can share the line's words and not its matter ("please cancel
    /// LK-20431" and the tea club's page, whose subscription the customer
    /// cancels themself).
    pub fn page_on_topic(&self, matter: Intent, id: &str) -> bool {
        let mut stems = crate::intent::topic_stems(matter);
        // "The kettlebell arrived cracked, send a new one" is an order to
        // change, and the page on damaged or wrong items is its rule.
        if matter == Intent::OrderStatus {
            stems.extend(crate::intent::topic_stems(Intent::Complaint));
        }
        self.tools
            .kb
            .articles
            .iter()
            .position(|a| a.id == id)
            .is_some_and(|index| self.tools.retriever.names_topic(index, &stems))
    }

    /// Whether page `id` is titled for a word of `question` that the page
    /// `instead` is not: a booking, a rental or a subscription to cancel
    /// has a page of its own, beside the page on changing orders. Not
    /// when the line says "order" ("add a gas cartridge to my order",
    /// "meine Bestellung auf Click & Collect umstellen"): that changes an
    /// order, whatever page shares another of its words.
    pub fn page_titled_beyond(&self, id: &str, instead: &str, question: &str) -> bool {
        let query = Query::new(question);
        if query.terms().any(|t| t == "order") {
            return false;
        }
        let articles = &self.tools.kb.articles;
        let at = |id: &str| articles.iter().position(|a| a.id == id);
        let (Some(index), Some(other)) = (at(id), at(instead)) else {
            return false;
        };
        self.tools.retriever.titled_beyond(index, other, &query)
    }

    /// The help page a complaint's matter falls under ("the buckle on my
    /// harness gave way", "a bottle arrived broken"): named for staff and
    /// the record, never quoted to someone who is hurt or angry. Read with
    /// a ledger of its own, so the summary does not list it as answered.
    pub fn page_governing(&self, turn: &Turn, question: &str) -> Option<String> {
        self.page_named(turn, question, Intent::Complaint)
    }

    /// The help page on a matter handed over when it could not be quoted
    /// with confidence ("please swap the blush in RS-73115 for the N°12"
    /// and the page on changing an order): named for staff and the
    /// record, never quoted.
    pub fn page_for_matter(&self, turn: &Turn, question: &str, matter: Intent) -> Option<String> {
        if !HANDOVER_TOPICS.contains(&matter) && matter != Intent::Complaint {
            return None;
        }
        if let Some(page) = self.page_named(turn, question, matter) {
            return Some(page);
        }
        let query = contextual_query(turn, question, self.assessment);
        if query.is_empty() {
            return None;
        }
        let r = self.tools.retriever;
        let hits = r.articles_on(&query, &crate::intent::topic_stems(matter));
        hits.iter()
            .take(3)
            .find(|h| h.topic)
            .map(|h| self.tools.kb.articles[h.index].id.clone())
    }

    /// "The tracking hasn't moved / yes I checked / ok, get me someone":
    /// a person asked for after the matter was told in earlier lines, the
    /// page on that matter.
    pub fn page_for_earlier_matter(&self, turn: &Turn) -> Option<String> {
        crate::conversation::earlier_customer_lines(turn).find_map(|line| {
            let matter = crate::intent::classify(line, &crate::policy::assess(line)).0;
            self.page_for_matter(turn, line, matter)
        })
    }

    /// The page that says whom businesses write to, for "we're a winery
    /// looking for a merchant, who can we talk to?" or "I'm a journalist
    /// writing about …, could someone contact me?" (`business::matter`).
    /// Shops say who handles the press, partnerships and supplying on a
    /// page of their own (most often the contact page); it is named for
    /// staff and the record, as a complaint's page is.
    pub fn page_for_business(&self) -> Option<String> {
        // The customer's line says who they are ("a winery in the Jura",
        // "influencerka s 30k sledilci"), in any language; the page says
        // whom businesses write to, in the shop's words for it. It is
        // looked up by those words.
        // A page answers when it has half of a query's words, so the
        // words shops use most ("Press and partnerships") are tried first.
        const BUSINESS_ENQUIRIES: &[&str] = &[
            "press partnerships",
            "media business",
            "wholesale collaborations",
        ];
        // Looked up among the pages alone: a product can share the word
        // ("press" and a French press), and this is never about one.
        // A shop with no page of its own for them says on its contact
        // page whom to write to.
        self.page_answering_any(BUSINESS_ENQUIRIES, false)
            .or_else(|| self.page_answering_any(&["contact"], true))
    }

    /// The shop's page on exchanges, or on returns and exchanges, if it
    /// has one: it governs goods that came and are to be swapped
    /// (`policy::exchanges_what_came`).
    pub fn page_on_exchanges(&self) -> Option<String> {
        const EXCHANGES: &[&str] = &["exchanges", "returns exchanges", "returns"];
        self.page_answering_any(EXCHANGES, true)
    }

    /// The shop's page on changing or cancelling an order, if it has one:
    /// it governs every order to change, cancel, add to or send elsewhere,
    /// whatever else the customer's line shares words with (the grind of
    /// the coffee to change, the pickup point to move to).
    pub fn page_on_order_changes(&self) -> Option<String> {
        const ORDER_CHANGES: &[&str] = &["change cancel order", "order changes"];
        self.page_answering_any(ORDER_CHANGES, true)
    }

    /// The first page that answers one of `queries` (tried in order)
    /// with confidence, among pages alone; with `by_title`, only one whose
    /// title or tags have a word of the query. For lookups by the words
    /// shops use for a page, not by the customer's.
    fn page_answering_any(&self, queries: &[&str], by_title: bool) -> Option<String> {
        let r = self.tools.retriever;
        queries.iter().find_map(|q| {
            r.articles_on(&Query::new(q), &[])
                .first()
                .filter(|h| (h.heading || !by_title) && Retriever::confident(h))
                .map(|h| self.tools.kb.articles[h.index].id.clone())
        })
    }

    fn page_named(&self, turn: &Turn, question: &str, intent: Intent) -> Option<String> {
        let mut scratch = Ledger::default();
        let draft = self.knowledge_answer(turn, question, intent, &mut scratch);
        if draft.outcome == Outcome::Answered && !draft.product {
            draft.article
        } else {
            None
        }
    }
}
