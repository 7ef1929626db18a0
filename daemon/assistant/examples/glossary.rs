//! What the glossary reads a word as.
//!
//! ```sh
//! # each word of the lines, and its English (or None)
//! cargo run -p concierge-assistant --example glossary "Kaution fürs Leihzelt?"
//! # English words of a word list (one a line) that gain glossary English
//! # (by a compound's last part): should stay a handful of rare words
//! cargo run -p concierge-assistant --example glossary -- --dict /usr/share/dict/american-english
//! ```

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, path] = args.as_slice()
        && flag == "--dict"
    {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(2);
            }
        };
        let mut gained = 0;
        for w in text.lines().map(str::to_lowercase) {
            if w.len() < 9 || !w.chars().all(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            let with = concierge_assistant::glossary::with_english(&w);
            if concierge_assistant::glossary::english(&w).is_none() && with != w {
                gained += 1;
                println!("{with}");
            }
        }
        println!("{gained} words gained English");
        return;
    }
    // Each word as the rules read it in its line: Greek typed in Latin
    // letters is read as Greek only in a line of it.
    for line in args {
        let words = concierge_assistant::text::words(&line);
        let english = concierge_assistant::glossary::english_of_words(&words);
        for (w, en) in words.iter().zip(english) {
            println!("{w} -> {en:?}");
        }
    }
}
