//! A *tuning* case replayed turn by turn: every reply's intent, hand-over
//! and article, not only the judged last one. For reading multi-turn
//! misses; never for the unseen shops.
//!
//! ```sh
//! cargo run -p concierge-assistant --example trace -- KB_DIR|demo CASES.jsonl ID [ID ...]
//! ```

use std::path::Path;

use concierge_assistant::eval::{load_cases, play};
use concierge_assistant::{Assistant, AssistantConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: trace KB_DIR|demo CASES.jsonl ID...";
    let kb = args.next().ok_or(usage)?;
    let cases = load_cases(Path::new(&args.next().ok_or(usage)?))?;
    let assistant = Assistant::new(AssistantConfig::embedded(
        (kb != "demo").then(|| kb.clone().into()),
    ))?;
    let rt = tokio::runtime::Runtime::new()?;
    for id in args {
        let Some(case) = cases.iter().find(|c| c.id == id) else {
            println!("{id}: no such case");
            continue;
        };
        println!("== {id} (customer {})", case.customer_id);
        rt.block_on(play(&assistant, case, |message, reply| {
            println!("  > {message}");
            println!(
                "    intent={:?} handover={:?} article={:?} outcome={:?}",
                reply.intent,
                reply.handover.as_ref().map(|h| h.reason),
                reply.article,
                reply.outcome
            );
            println!("    < {}", reply.text.replace('\n', " "));
        }));
    }
    Ok(())
}
