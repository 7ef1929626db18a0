//! Train the learned readers (hand-over, wide, intent) from the corpora
//! and store their weights in `corpus/*.weights`, which the binary
//! includes: run it after changing a corpus (`corpus/*.tsv`), the
//! features or the trainer. A test fails until the stored weights are
//! what the corpora train.
//!
//! ```sh
//! cargo run --release -p concierge-assistant --example store_readers
//! ```

use std::path::Path;

fn main() -> anyhow::Result<()> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for (name, stored, trained) in concierge_assistant::stored_and_trained_readers() {
        let path = dir.join(name);
        if stored == trained.as_slice() {
            println!("{}: unchanged ({} bytes)", path.display(), trained.len());
            continue;
        }
        std::fs::write(&path, &trained)?;
        println!("{}: written ({} bytes)", path.display(), trained.len());
    }
    Ok(())
}
