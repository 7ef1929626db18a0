//! The article reranker on the path a live conversation takes:
//! `Assistant::reply` on a KB written to disk, with the shipped weights.
//! In a test binary of its own, because capture is process-wide.

mod common;

use common::{ask, embedded, kb_dir};
use concierge_assistant::retrieval::rerank;

#[tokio::test]
async fn a_reply_ranks_its_pages_through_the_shipped_reranker() {
    let d = kb_dir(&[
        (
            "articles/fabric-samples.md",
            "---\nid: fabric-samples\ntags: [fabric, samples]\n---\n# Fabric samples\n\n\
             Order up to six fabric samples for your sofa. They arrive in 3-5 days.\n",
        ),
        (
            "articles/damaged-delivery.md",
            "---\nid: damaged-delivery\ntags: [damaged, broken, delivery]\n---\n\
             # Damaged delivery\n\n\
             If your sofa arrived damaged, take photos and write to us within 48 hours.\n",
        ),
    ]);
    let a = embedded(Some(d.path()));
    assert!(
        !rerank::WEIGHTS.model().is_empty(),
        "the shipped weights are in use"
    );
    rerank::CAPTURED.capture(true);
    let r = ask(&a, "c1", "my sofa arrived with a tear in the fabric").await;
    let rankings = rerank::CAPTURED.take();
    rerank::CAPTURED.capture(false);
    // The reply's pages went through the reranker, each with its features.
    let pages: Vec<&str> = rankings
        .iter()
        .flat_map(|c| c.pages.iter().map(|(id, _)| id.as_str()))
        .collect();
    assert!(
        pages.contains(&"damaged-delivery") && pages.contains(&"fabric-samples"),
        "{pages:?}"
    );
    assert!(
        rankings
            .iter()
            .flat_map(|c| &c.pages)
            .all(|(_, f)| f.iter().any(|(n, _)| n == "cov"))
    );
    // Each page is read with its best sentence: the damaged-delivery
    // page's holds "sofa" and "arrived" of the question, a share of it.
    let sent = |page: &str| {
        rankings
            .iter()
            .flat_map(|c| &c.pages)
            .find(|(id, _)| id == page)
            .and_then(|(_, f)| f.iter().find(|(n, _)| n == "sent").map(|(_, v)| *v))
    };
    assert!(
        sent("damaged-delivery").is_some_and(|v| v > 0.0 && v < 1.0),
        "{:?}",
        sent("damaged-delivery")
    );
    assert!(sent("fabric-samples").is_some());
    // The fabric-samples page's heading shares "fabric" with the
    // question: how much of each the other is, for any word.
    let shares = |page: &str| {
        rankings
            .iter()
            .flat_map(|c| &c.pages)
            .find(|(id, _)| id == page)
            .map(|(_, f)| {
                f.iter()
                    .filter(|(n, _)| n.starts_with("hs_"))
                    .map(|(n, v)| (n.as_str(), *v))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let fabric = shares("fabric-samples");
    assert!(
        fabric.contains(&("hs_h", 0.5)) && fabric.iter().any(|&(n, v)| n == "hs_q" && v > 0.0),
        "{fabric:?}"
    );
    // And the page it cites is one of them.
    let cited = r.article.expect("a page answers");
    assert!(pages.contains(&cited.as_str()), "{cited}");
}
