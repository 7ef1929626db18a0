//! Why the embedded assistant read a line the way it did: the policy's
//! assessment, the intent, and the top help pages and products with their
//! scores. A developer's tool for reading a *tuning* set's misses:
//!
//! ```sh
//! cargo run -p concierge-assistant --example explain -- [--every-shop-out] KB_DIR "line" ["line" ...]
//! ```
//!
//! `--every-shop-out` trains the learned readers on the hand-written
//! corpus alone (`HoldOut::EveryShop`): a line a tuning shop's customer
//! said is then read as a shop never seen would read it.

use std::path::Path;

use concierge_assistant::kb::KnowledgeBase;
use concierge_assistant::retrieval::{Query, Retriever};
use concierge_assistant::{intent, policy};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1).peekable();
    if args.next_if(|a| a == "--every-shop-out").is_some() {
        concierge_assistant::linear::hold_out(concierge_assistant::linear::HoldOut::EveryShop);
    }
    let dir = args
        .next()
        .ok_or("usage: explain [--every-shop-out] KB_DIR LINE...")?;
    let kb = KnowledgeBase::load(Path::new(&dir))?;
    let r = Retriever::new(&kb);
    for line in args {
        let a = policy::assess(&line);
        let (i, p) = intent::classify(&line, &a);
        let (label, lp) = policy::model::model().predict(&line);
        let (wide, wp) = policy::model::wide().predict(&line);
        println!("== {line}");
        println!(
            "   handover={:?} intent={i:?} ({p:.2}) reader={label:?} ({lp:.2}) wide={wide:?} ({wp:.2})",
            a.handover()
        );
        println!("   {a:?}");
        println!(
            "   english: {}",
            concierge_assistant::glossary::with_english(&line)
        );
        let q = Query::new(&line);
        println!(
            "   kind={:?} terms={:?}",
            q.kind,
            q.terms().collect::<Vec<_>>()
        );
        let hits = r.articles_on(&q, &intent::topic_stems(i));
        if let Some(h) = hits.first() {
            println!("   quote: {}", r.best_sentences(h.index, &q).join(" "));
        }
        for h in hits.iter().take(4) {
            let id = kb.articles.get(h.index).map_or("?", |a| a.id.as_str());
            println!(
                "   A {id:<24} score={:.2} cov={:.2} heading={} topic={} subject={:?}",
                h.score,
                h.coverage,
                h.heading,
                h.topic,
                r.subject_words(h.index, &q)
            );
        }
        for h in r.products(&q).iter().take(2) {
            let id = kb.products.get(h.index).map_or("?", |p| p.sku.as_str());
            println!(
                "   P {id:<24} score={:.2} cov={:.2} heading={}",
                h.score, h.coverage, h.heading
            );
        }
    }
    Ok(())
}
