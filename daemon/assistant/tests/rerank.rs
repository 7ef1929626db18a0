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
    // And the page it cites is one of them.
    let cited = r.article.expect("a page answers");
    assert!(pages.contains(&cited.as_str()), "{cited}");
}
