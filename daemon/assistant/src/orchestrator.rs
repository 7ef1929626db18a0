//! One customer turn end to end, the same for every provider:
//! policy first (a person, an order change, an account problem or anger
//! go straight to staff), then the provider (embedded or a remote model
//! through the tool loop), then the grounding guard, then the "stuck" rule.

use crate::anthropic::AnthropicProvider;
use crate::conversation::{
    carried_handover, follows_up_on_order, history_order_ids, last_customer_line, page_discussed,
    previous_customer_line, turn_intent,
};
use crate::embedded::Embedded;
use crate::grounding::{self, SAFE_ANSWER};
use crate::handover;
use crate::intent;
use crate::openai::OpenAiProvider;
use crate::policy;
use crate::remote::{RemoteModel, RemoteTurn, separated};
use crate::team;
use crate::text;
use crate::tools::{Ledger, ToolBox};
use crate::{
    Assistant, AssistantConfig, AssistantError, DeltaSink, Handover, HandoverReason, Intent,
    Outcome, ProviderConfig, Reply, Speaker, Turn,
};

pub enum Backend {
    Embedded,
    Remote(RemoteModel),
}

impl Backend {
    pub fn from_config(cfg: &AssistantConfig) -> Result<Self, AssistantError> {
        match &cfg.provider {
            ProviderConfig::Embedded => Ok(Backend::Embedded),
            ProviderConfig::OpenAi(c) => OpenAiProvider::new(c, cfg.request_timeout)
                .map(|p| Backend::Remote(RemoteModel::OpenAi(p)))
                .map_err(|e| AssistantError::Config(format!("openai provider: {e}"))),
            ProviderConfig::Anthropic(c) => AnthropicProvider::new(c, cfg.request_timeout)
                .map(|p| Backend::Remote(RemoteModel::Anthropic(p)))
                .map_err(|e| AssistantError::Config(format!("anthropic provider: {e}"))),
        }
    }
}

pub async fn reply(a: &Assistant, turn: &Turn, sink: &mut dyn DeltaSink) -> Reply {
    let Some(message) = last_customer_line(turn) else {
        let text = "How can I help you today?".to_string();
        sink.delta(&text);
        return Reply {
            text,
            intent: Intent::Greeting,
            article: None,
            handover: None,
            outcome: Outcome::Answered,
        };
    };
    let assessment = policy::assess(message);
    let mut intent = turn_intent(turn, message, &assessment);
    if follows_up_on_order(turn, message, &assessment, &a.retriever) {
        intent = Intent::OrderStatus;
    }
    let tools = ToolBox {
        kb: &a.kb,
        retriever: &a.retriever,
        orders: &a.orders,
    };
    let mut ledger = Ledger::default();
    let mut mentioned = a.retriever.order_ids.find(&text::words(message));
    if mentioned.is_empty() {
        mentioned = history_order_ids(turn, &a.retriever);
    }
    // Staff see every order the conversation named, not only this line's.
    for l in turn
        .history
        .iter()
        .filter(|l| l.speaker == Speaker::Customer)
    {
        for id in a.retriever.order_ids.find(&text::words(&l.text)) {
            if !mentioned.iter().any(|m| m.eq_ignore_ascii_case(&id)) {
                mentioned.push(id);
            }
        }
    }

    // Customer lines the assistant already answered, for "asked again".
    let n = turn.history.len();
    let answered: Vec<&str> = turn.history[..n.saturating_sub(1)]
        .iter()
        .enumerate()
        .filter(|(i, l)| {
            l.speaker == Speaker::Customer
                && turn.history[i + 1..n.saturating_sub(1)]
                    .iter()
                    .any(|x| x.speaker == Speaker::Assistant)
        })
        .map(|(_, l)| l.text.as_str())
        .collect();
    let reason = assessment
        .handover()
        .or_else(|| {
            policy::frustrated_after_answers(message, answered.len())
                .then_some(HandoverReason::Sentiment)
        })
        .or_else(|| policy::repeats_earlier(&answered, message).then_some(HandoverReason::Stuck))
        .or_else(|| {
            policy::persists_after_answers(message, answered.len()).then_some(HandoverReason::Stuck)
        })
        .or_else(|| carried_handover(turn, &assessment, intent))
        .or_else(|| {
            previous_customer_line(turn).and_then(|scene| policy::case_across_lines(scene, message))
        });
    // The matter's topic, before a mood renames it: the page a hand-over
    // can point to is about this.
    let matter = intent;
    // Frustration is what a conversation handed over for it is about.
    let intent = if matches!(
        reason,
        Some(HandoverReason::Sentiment | HandoverReason::Health)
    ) {
        Intent::Complaint
    } else {
        intent
    };
    let handover_for = |reason: HandoverReason, ledger: &Ledger, note: Option<&str>| Handover {
        reason,
        summary: handover::summary(
            reason,
            intent,
            turn,
            message,
            ledger,
            &mentioned,
            &assessment,
            note,
        ),
    };

    if let Some(reason) = reason {
        // Look the orders up (scoped to this customer) so staff see them in
        // the summary; the customer is told nothing about them here.
        for id in mentioned.iter().take(3) {
            tools.lookup_order(&turn.customer_id, id, &mut ledger).await;
        }
        let embedded = Embedded {
            tools: &tools,
            shop_name: &a.config.shop_name,
            assessment: &assessment,
        };
        // "What's the return window, and can I speak to an agent anyway?":
        // a person asked for beside a question; the question and its
        // topic are read without the words for the person.
        let asked = policy::what_is_asked(message, true);
        let matter = match &asked {
            Some(rest) if matter == Intent::HumanRequest => {
                intent::classify(rest, &policy::assess(rest)).0
            }
            _ => matter,
        };
        // Business with the shop (the press, a supplier, a partnership):
        // the page that says whom businesses write to is named for staff,
        // and no page of the customers' help is quoted to them.
        let business_matter = crate::business::matter(message);
        let business = business_matter
            .then(|| embedded.page_for_business())
            .flatten();
        // An order to send elsewhere ("to my office instead", "change the
        // delivery address"), whichever reader put it in staff's hands,
        // rests on the page on changing orders, not on a quote from the
        // page on delivery problems, which shares its words about
        // addresses and is on the matter's topic.
        let order_matter = matter == Intent::OrderStatus && !business_matter;
        let redirect = order_matter && policy::redirects_delivery(message);
        // An order to change or cancel: the page on changing orders is
        // the one to quote or name. Goods that came, to exchange ("swap
        // the 42s for 43 by post", "not fitted"): the shop's page on
        // returns and exchanges.
        let order_page = (order_matter && (assessment.order_change || redirect))
            .then(|| {
                policy::exchanges_what_came(message)
                    .then(|| embedded.page_on_exchanges())
                    .flatten()
                    .or_else(|| embedded.page_on_order_changes())
            })
            .flatten();
        let question = asked.as_deref().unwrap_or(message);
        // The page named for staff and the record when nothing is quoted,
        // looked up once, and only when it is needed.
        let named_once = std::cell::OnceCell::new();
        let named = || {
            named_once
                .get_or_init(|| {
                    if business_matter {
                        // Business with no page for it names none of the
                        // customers' pages.
                        return business.clone();
                    }
                    // How the shop's people behaved is no help page's
                    // matter: none is named for staff.
                    if assessment.staff_conduct {
                        return None;
                    }
                    order_page
                        .clone()
                        // Nothing in this line to quote ("fine, human please" after
                        // an answer): the hand-over is about the page the customer
                        // was already given.
                        .or_else(|| page_discussed(turn, &a.kb))
                        .or_else(|| {
                            // A complaint, or a reaction or injury (whose line is
                            // often read as no topic at all).
                            (matter == Intent::Complaint || reason == HandoverReason::Health)
                                .then(|| embedded.page_governing(turn, message))
                                .flatten()
                                .or_else(|| embedded.page_for_matter(turn, message, matter))
                                .or_else(|| embedded.page_for_earlier_matter(turn))
                        })
                })
                .clone()
        };
        let page = (!business_matter)
            .then(|| embedded.page_for_handover(turn, question, matter, &mut ledger))
            .flatten()
            .filter(|d| grounding::guard(&d.text, &ledger, &a.kb).is_ok())
            // A quote from a page about another topic than the matter's
            // ("cancel my order" and the wine club's page, a refund that
            // never came and the opening hours) tells the waiting customer
            // nothing and points staff to the wrong page. It stays when it
            // is the page staff would be pointed to anyway.
            // A change asked with no order named, whose thing has a page
            // of its own ("cancel my rental for tomorrow" and "Rentals",
            // "move my table booking"): a booking, a rental or a
            // subscription is that page's rule, not the page on changing
            // orders. With an order named, the line changes the order
            // (its items, its delivery), whatever page shares a word. A
            // redirect keeps only those two (`redirect` above).
            .filter(|d| {
                d.article.as_deref().is_some_and(|id| {
                    (!(redirect && order_page.is_some()) && embedded.page_on_topic(matter, id))
                        || (mentioned.is_empty()
                            && order_page
                                .as_deref()
                                .is_some_and(|o| embedded.page_titled_beyond(id, o, question)))
                }) || named() == d.article
            });
        let told = handover::customer_message(reason);
        // The quote names its page ("(From our help page …)").
        let (text, article) = match page {
            Some(d) => (
                format!("{told} While you wait, this may help: {}", d.text),
                d.article,
            ),
            None => (told.to_string(), named()),
        };
        sink.delta(&text);
        let mut for_staff = handover_for(reason, &ledger, None);
        // The page the matter rests on reaches staff, not only `eval`.
        if let Some(page) = article.as_deref().and_then(|id| a.kb.article(id)) {
            for_staff.summary = handover::with_page(for_staff.summary, &page.title);
        }
        return Reply {
            text,
            intent,
            article,
            handover: Some(for_staff),
            outcome: Outcome::Answered,
        };
    }

    match &a.backend {
        Backend::Embedded => {
            let embedded = Embedded {
                tools: &tools,
                shop_name: &a.config.shop_name,
                assessment: &assessment,
            };
            let draft = embedded.answer(turn, message, intent, &mut ledger).await;
            let (mut text, mut article, mut outcome) = (draft.text, draft.article, draft.outcome);
            let heading = article
                .as_deref()
                .and_then(|id| a.kb.article(id))
                .map(|art| format!("{} {}", art.title, art.tags.join(" ")));
            // An order question answered from an article was about that
            // article's topic after all.
            let intent = if draft.order_status {
                // The status of an order the line names, and perhaps a page
                // on the rest of the line: still a question about the order.
                intent
            } else if intent == Intent::OrderStatus && article.is_some() && draft.off_topic {
                intent::from_evidence(Intent::Other, heading.as_deref(), draft.product, message)
            } else if draft.product
                && article.is_none()
                && matches!(intent, Intent::Payment | Intent::OrderStatus)
                && tools
                    .retriever
                    .order_ids
                    .find(&text::words(message))
                    .is_empty()
            {
                // Answered with a product's own data and no order named:
                // "price of the X?" or "does the X charge a laptop?" was
                // about the product, whatever a word of it cued.
                Intent::ProductInfo
            } else if intent == Intent::ProductInfo
                && draft.outcome == Outcome::Failed
                && !draft.product
                && article.is_none()
                && intent::only_a_recommendation(message)
            {
                // "Can you recommend a good pizza place?": a recommendation
                // the range and the pages have nothing for is asked of
                // something outside the shop.
                Intent::Other
            } else {
                let settled =
                    intent::from_evidence(intent, heading.as_deref(), draft.product, message);
                match heading.as_deref() {
                    Some(h) if !draft.product => intent::from_page(settled, h, message),
                    _ => settled,
                }
            };
            if let Err(v) = grounding::guard(&text, &ledger, &a.kb) {
                tracing::warn!(?v, "embedded reply failed the grounding guard; replaced");
                text = SAFE_ANSWER.to_string();
                article = None;
            }
            // "Are you open?" gets the live answer: the article (if any)
            // says the opening times, only the daemon knows who is there.
            if let Some(team) = &turn.team
                && team::asks_about_team(message)
                && matches!(
                    intent,
                    Intent::Other | Intent::Greeting | Intent::HumanRequest
                )
            {
                let live = team.sentence();
                text = if outcome == Outcome::Answered && article.is_some() {
                    format!("{live} {text}")
                } else {
                    article = None;
                    live
                };
                outcome = Outcome::Answered;
            }
            if policy::stuck(turn.failed_attempts, outcome) {
                let reason = HandoverReason::Stuck;
                let text = handover::customer_message(reason).to_string();
                sink.delta(&text);
                return Reply {
                    text,
                    intent,
                    article: None,
                    handover: Some(handover_for(reason, &ledger, None)),
                    outcome: Outcome::Failed,
                };
            }
            sink.delta(&text);
            Reply {
                text,
                intent,
                article,
                handover: None,
                outcome,
            }
        }
        Backend::Remote(model) => {
            let run = RemoteTurn {
                model,
                tools: &tools,
                kb: &a.kb,
                shop_name: &a.config.shop_name,
                max_tool_rounds: a.config.max_tool_rounds,
                unauthorized_logged: &a.unauthorized_logged,
            };
            let out = run.run(turn, &mut ledger, sink).await;
            let mut text = out.text;
            // The article the reply rests on: one it cites, else the first
            // the model was given.
            let article = ledger
                .articles
                .iter()
                .find(|id| text.contains(id.as_str()))
                .or(ledger.articles.first())
                .cloned();
            let outcome = Outcome::answered_if(out.helped);
            let mut reason = out
                .provider_error
                .then_some(HandoverReason::ProviderFailure);
            let model_note = ledger.transfer.as_ref().map(|(r, s)| format!("{r}: {s}"));
            if reason.is_none() && ledger.transfer.is_some() {
                reason = Some(HandoverReason::ModelDecision);
            }
            if reason.is_none() && policy::stuck(turn.failed_attempts, outcome) {
                reason = Some(HandoverReason::Stuck);
            }
            let handover = reason.map(|r| {
                let extra = separated(&text, handover::customer_message(r));
                sink.delta(&extra);
                text.push_str(&extra);
                handover_for(r, &ledger, model_note.as_deref())
            });
            Reply {
                text,
                intent,
                article,
                handover,
                outcome,
            }
        }
    }
}

#[cfg(test)]
mod tests;
