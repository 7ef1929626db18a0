//! Loading KB directories from real files: what loads, and the typed
//! errors for what does not.

use std::fs;

use concierge_assistant::kb::{KbError, KnowledgeBase};
use concierge_assistant::{Assistant, AssistantConfig, AssistantError};

mod common;

fn config(dir: &std::path::Path) -> AssistantConfig {
    common::config(Some(dir))
}

#[test]
fn a_partial_kb_loads_with_the_missing_parts_empty() {
    let d = tempfile::tempdir().unwrap();
    fs::create_dir(d.path().join("articles")).unwrap();
    fs::write(
        d.path().join("articles/faq.md"),
        "# FAQ\nWe are open daily.",
    )
    .unwrap();
    fs::write(
        d.path().join("articles/ship.md"),
        "---\nid: shipping\ntags: [delivery]\n---\n# Shipping\nWe ship in 2 days.",
    )
    .unwrap();
    fs::write(d.path().join("articles/notes.txt"), "not an article").unwrap();
    fs::write(
        d.path().join("products.json"),
        r#"[{"sku":"A1","name":"Mug","description":"A mug","price":9.5,"currency":"EUR","stock":3}]"#,
    )
    .unwrap();
    let kb = KnowledgeBase::load(d.path()).unwrap();
    let ids: Vec<&str> = kb.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["faq", "shipping"]);
    assert_eq!(kb.articles[1].tags, ["delivery"]);
    assert_eq!(kb.products.len(), 1);
    assert!(kb.products[0].tags.is_empty());
    assert!(kb.orders.is_empty());
}

#[test]
fn malformed_files_are_named_in_the_error() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("orders.json"),
        r#"[{"orderId":"1","status":"lost"}]"#,
    )
    .unwrap();
    match KnowledgeBase::load(d.path()) {
        Err(e @ KbError::Json { .. }) => assert!(e.path().ends_with("orders.json")),
        other => panic!("{other:?}"),
    }
    fs::remove_file(d.path().join("orders.json")).unwrap();
    fs::create_dir(d.path().join("articles")).unwrap();
    fs::write(d.path().join("articles/a.md"), "# A\nx").unwrap();
    fs::write(d.path().join("articles/b.md"), "---\nid: a\n---\n# B\ny").unwrap();
    assert!(matches!(
        KnowledgeBase::load(d.path()),
        Err(KbError::DuplicateId { .. })
    ));
    // The assistant refuses to start on a broken KB rather than answer
    // from half of it.
    match Assistant::new(config(d.path())) {
        Err(AssistantError::Kb { path, reason }) => {
            assert!(path.ends_with("b.md"), "{path:?}");
            assert!(reason.contains("\"a\""), "{reason}");
        }
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("loaded a KB with duplicate ids"),
    }
}

#[test]
fn a_missing_directory_is_an_error_not_an_empty_shop() {
    let d = tempfile::tempdir().unwrap();
    let gone = d.path().join("nope");
    assert!(matches!(
        KnowledgeBase::load(&gone),
        Err(KbError::NotADirectory { .. })
    ));
}
