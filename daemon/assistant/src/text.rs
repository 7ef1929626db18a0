//! Text normalisation shared by retrieval, intent and policy: word splitting
//! with contractions expanded, a small English stemmer (`stem`) and a
//! stopword list.
//!
//! Retrieval wants content terms only (stems, no stopwords); the policy needs
//! the function words ("can", "you", "not") to see sentence structure, so
//! both views are offered from one splitter.

mod stem;
pub use stem::stem;

/// Lowercased words with contractions expanded ("can't" -> "can", "not").
/// Digits are kept inside words so order ids and SKUs survive ("A-1001" ->
/// "a-1001" stays one word because shops write ids with dashes).
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // U+02BC is the apostrophe Ukrainian spelling prescribes inside words
    // ("зʼєднайте"): it drops out as the others do, so either spelling
    // reads "зєднайте".
    let normalised = text.replace(['\u{2019}', '\u{2018}', '`', '\u{2BC}'], "'");
    // Catalan writes a middle dot inside words ("anul·lar", "cancel·leu",
    // "al·lèrgens"): it stays in the word, as an apostrophe or a hyphen
    // does, instead of cutting it in two. The precomposed "ŀ" is the same
    // letters.
    let normalised = normalised.replace('\u{140}', "l·").replace('\u{13F}', "L·");
    // Country abbreviations would otherwise vanish ("us") or be opaque.
    let normalised = normalised
        .replace("the US", "the United States")
        .replace("USA", "United States")
        .replace("the UK", "the United Kingdom");
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<String>| {
        let w = current.trim_matches(|c| c == '\'' || c == '-' || c == '·');
        if !w.is_empty() {
            expand_contraction(&w.to_lowercase(), out);
        }
        current.clear();
    };
    for c in normalised.chars() {
        if c.is_alphanumeric() || c == '\'' || ((c == '-' || c == '·') && !current.is_empty()) {
            current.push(c);
        } else {
            flush(&mut current, &mut out);
        }
    }
    flush(&mut current, &mut out);
    out
}

fn expand_contraction(w: &str, out: &mut Vec<String>) {
    let special = match w {
        "can't" | "cant" | "cannot" => Some(("can", "not")),
        "won't" | "wont" => Some(("will", "not")),
        "shan't" => Some(("shall", "not")),
        "i'm" | "im" => Some(("i", "am")),
        // Customers often leave the apostrophe out.
        "dont" => Some(("do", "not")),
        "doesnt" => Some(("does", "not")),
        "didnt" => Some(("did", "not")),
        "isnt" => Some(("is", "not")),
        "arent" => Some(("are", "not")),
        "wasnt" => Some(("was", "not")),
        "werent" => Some(("were", "not")),
        "havent" => Some(("have", "not")),
        "hasnt" => Some(("has", "not")),
        "hadnt" => Some(("had", "not")),
        "couldnt" => Some(("could", "not")),
        "wouldnt" => Some(("would", "not")),
        "shouldnt" => Some(("should", "not")),
        _ => None,
    };
    if let Some((a, b)) = special {
        out.push(a.to_string());
        out.push(b.to_string());
        return;
    }
    for (suffix, expansion) in [
        ("n't", "not"),
        ("'d", "would"),
        ("'ll", "will"),
        ("'re", "are"),
        ("'ve", "have"),
        ("'m", "am"),
        ("'s", "is"),
    ] {
        if let Some(stem) = w.strip_suffix(suffix)
            && !stem.is_empty()
        {
            out.push(stem.to_string());
            out.push(expansion.to_string());
            return;
        }
    }
    // French and Italian elide an article or pronoun into the next word
    // ("l'orlo", "dell'ordine", "c'est", "qu'il"): the word after the
    // apostrophe is the one that means something.
    if let Some((head, rest)) = w.split_once('\'')
        && ELIDED.contains(&head)
        && !rest.is_empty()
    {
        out.push(head.to_string());
        out.push(rest.replace('\'', ""));
        return;
    }
    out.push(w.replace('\'', ""));
}

/// Elided French and Italian words before an apostrophe.
const ELIDED: &[&str] = &[
    "l", "d", "c", "j", "n", "s", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "dell", "all",
    "nell", "sull", "dall", "coll", "un", "quell", "quest", "dev",
];

const STOPWORDS: &[&str] = &[
    // Adverbs of how often or how exactly: "how long does a refund
    // usually take" asks what "how long does a refund take" asks, and a
    // page that happens to say "usually" is no better an answer.
    "usually",
    "normally",
    "generally",
    "typically",
    "roughly",
    "approximately",
    "a",
    "about",
    "above",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "else",
    "for",
    "from",
    "further",
    "get",
    "got",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "let",
    "like",
    "many",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "need",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "over",
    "own",
    "please",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "want",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "yes",
    "you",
    "your",
    "yours",
    "yourself",
    "hi",
    "hello",
    "hey",
    "thanks",
    "thank",
    "ok",
    "okay",
    "know",
    "tell",
    "wondering",
    "question",
    "anyone",
    "someone",
    "something",
    "thing",
    "things",
    "really",
    "still",
    "yet",
    "way",
    "ll",
    "d",
    "s",
    "t",
    "re",
    "ve",
    "m",
    "there's",
    "what's",
    "guys",
    // Words that frame a question without naming its topic ("how long
    // does X take", "what is your X policy", "how does X work").
    "long",
    "policy",
    "policies",
    "work",
    "works",
    "normal",
    "happen",
    "happens",
    "mean",
    "means",
    "use",
    "take",
    "takes",
    "possible",
    "able",
    "make",
    "go",
    "info",
    "information",
    "rule",
    "rules",
    "option",
    "options",
    "why",
    "whether",
    "ago",
    "anything",
    "everything",
    "question",
    "questions",
    "help",
    "wanted",
    "maybe",
    "ever",
    "said",
    "say",
    "see",
];

pub fn is_stopword(w: &str) -> bool {
    STOPWORDS.contains(&w)
}

/// "Where", in the languages the policy and the answer kinds read:
/// "where is my order" and "where is your shop" alike ("wheres": "where's"
/// typed without its apostrophe).
pub const WHERE: &[&str] = &[
    "where", "wheres", "dónde", "donde", "wo", "où", "dove", "waar", "onde", "gdzie", "kde", "hol",
    "unde", "var", "hvor", "πού", "που", "kur", "kus", "kje", "gdje", "къде", "де", "где",
];

/// Words for a street, written out, in the languages served: "via Roma
/// 5" is an address, not a place to ship to, and a sentence with one
/// gives a street address.
pub const STREETS: &[&str] = &[
    "street",
    "road",
    "avenue",
    "lane",
    "calle",
    "avenida",
    "plaza",
    "paseo",
    "carrer",
    "via",
    "viale",
    "corso",
    "piazza",
    "rue",
    "boulevard",
    "platz",
    "weg",
    "gasse",
    "allee",
    "straße",
    "strasse",
    "laan",
    "plein",
    "gracht",
    "rua",
    "praça",
    "ulica",
    "ulicy",
    "plac",
    "aleja",
    "utca",
    "út",
    "tér",
    "náměstí",
    "gatan",
    "gata",
    "gate",
    "vej",
    "gade",
    "cadde",
    "caddesi",
    "sokak",
];

/// The same, abbreviated before a street's name ("ul. Józefińska 14",
/// "Baker St. 221"): their dot ends no sentence.
pub const STREET_ABBREVIATIONS: &[&str] = &[
    "ul", "st", "rd", "ave", "av", "avda", "bd", "blvd", "str", "al", "nám", "sok", "mah", "вул",
    "ул",
];

/// The days of the week and the weekend, in English (other languages
/// reach them through the glossary): a time, never a place, and a
/// deadline when a customer names one.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "weekend",
];

/// Which of `WEEKDAYS` the stem `term` is (Monday 0), their stems
/// computed once: read for every word a near spelling might replace.
pub fn weekday_of_stem(term: &str) -> Option<usize> {
    static STEMS: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| WEEKDAYS.iter().map(|d| stem(d)).collect());
    STEMS.iter().position(|s| s == term)
}

/// Whether `text`, read as its words, holds one of `phrases` (lowercase
/// words separated by single spaces): "you keep sending me the same
/// text" holds "keep sending" whatever its punctuation and case.
/// Whether `line` ends as a question: with "?" (or the full-width "？"),
/// or, in a line of Greek letters, with ";" (or "\u{37e}"), which is
/// Greek's question mark. The rules that tell a question from a statement
/// ("do I need a lawyer?", "θέλω δικηγόρο;") all read it here.
pub fn ends_as_question(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with(['?', '？'])
        || (t.ends_with([';', '\u{37e}'])
            && t.chars().any(|c| ('\u{370}'..='\u{3ff}').contains(&c)))
}

pub fn has_phrase(text: &str, phrases: &[&str]) -> bool {
    let line = words(text).join(" ");
    phrases.iter().any(|p| line.contains(p))
}

/// `has_phrase` for whole words only: "nvm" is in "ok nvm", not in
/// "nvme".
pub fn has_whole_phrase(text: &str, phrases: &[&str]) -> bool {
    let line = words(text).join(" ");
    phrases.iter().any(|p| {
        line.match_indices(p).any(|(at, _)| {
            let before = line[..at].chars().next_back();
            let after = line[at + p.len()..].chars().next();
            before.is_none_or(|c| c == ' ') && after.is_none_or(|c| c == ' ')
        })
    })
}

/// Content terms for retrieval: words minus stopwords, stemmed.
pub fn terms(text: &str) -> Vec<String> {
    // "pick up" (and "picking up", "pick it up") is one word, "pickup":
    // its "up" is a stopword and "pick" alone is choosing.
    let is_pick = |w: &String| matches!(w.as_str(), "pick" | "picks" | "picking" | "picked");
    let is_object = |w: &String| {
        matches!(
            w.as_str(),
            "it" | "them" | "this" | "that" | "these" | "those" | "him" | "her" | "one"
        )
    };
    let mut joined: Vec<String> = Vec::new();
    for w in words(&clock_24h(text)) {
        if w == "up" {
            let n = joined.len();
            let object_between = n >= 2 && is_pick(&joined[n - 2]) && is_object(&joined[n - 1]);
            if object_between {
                joined.pop();
            }
            if joined.last().is_some_and(is_pick) {
                joined.pop();
                joined.push("pickup".to_string());
                continue;
            }
        }
        joined.push(w);
    }
    joined
        .into_iter()
        // "loose-leaf" should meet "loose"; ids with digits stay whole.
        .flat_map(|w| {
            if w.contains('-') && !w.chars().any(|c| c.is_ascii_digit()) {
                w.split('-').map(str::to_string).collect::<Vec<_>>()
            } else {
                vec![w]
            }
        })
        .filter(|w| !is_stopword(w))
        .map(|w| stem(&w))
        .filter(|w| !w.is_empty())
        .collect()
}

/// "before 2pm" as help pages write it, "before 14:00": clock times with
/// am/pm ("2pm", "2 pm", "2:30 p.m.") become 24-hour times, so that they
/// meet the page's words.
fn clock_24h(text: &str) -> String {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let (time, used) = match tokens.get(i + 1).and_then(|n| meridiem(n)) {
            Some(pm) => (hour_minute(t).map(|hm| (hm, pm)), 2),
            None => (split_meridiem(t), 1),
        };
        match time {
            Some(((h, m), pm)) if (1..=12).contains(&h) && m < 60 => {
                let h24 = match (h, pm) {
                    (12, false) => 0,
                    (12, true) => 12,
                    (h, true) => h + 12,
                    (h, false) => h,
                };
                // Keep what followed the time ("2pm?").
                let last = tokens[i + used - 1];
                let tail: String = last
                    .chars()
                    .rev()
                    .take_while(|c| !c.is_alphanumeric() && *c != '.')
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                out.push(format!("{h24:02}:{m:02}{tail}"));
                i += used;
            }
            _ => {
                out.push(t.to_string());
                i += 1;
            }
        }
    }
    out.join(" ")
}

/// "pm", "p.m.", "PM?" -> Some(true); "am" -> Some(false).
fn meridiem(t: &str) -> Option<bool> {
    let letters: String = t
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    match letters.as_str() {
        "pm" => Some(true),
        "am" => Some(false),
        _ => None,
    }
}

/// "2" or "2:30" -> (2, 0) or (2, 30).
fn hour_minute(t: &str) -> Option<(u32, u32)> {
    let (h, m) = t.split_once(':').unwrap_or((t, "0"));
    if h.is_empty() || h.len() > 2 || m.len() > 2 {
        return None;
    }
    Some((h.parse().ok()?, m.parse().ok()?))
}

/// "2pm", "2:30pm", "11am," -> the time and whether it is after noon.
fn split_meridiem(t: &str) -> Option<((u32, u32), bool)> {
    let core = t.trim_end_matches(|c: char| !c.is_alphanumeric());
    let digits_end = core.find(|c: char| !(c.is_ascii_digit() || c == ':'))?;
    let (num, rest) = core.split_at(digits_end);
    Some((hour_minute(num)?, meridiem(rest)?))
}

/// Sentences of a paragraph of prose, keeping their punctuation. Markdown
/// list items and headings count as sentences of their own.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim().trim_start_matches(['-', '*', '#', '>']).trim();
        if line.is_empty() {
            continue;
        }
        let mut current = String::new();
        let chars: Vec<char> = line.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            current.push(c);
            let ends = matches!(c, '.' | '!' | '?')
                && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
                && !current.trim_end().ends_with("e.g.")
                && !current.trim_end().ends_with("i.e.");
            if ends {
                let s = current.trim().to_string();
                if !s.is_empty() {
                    out.push(s);
                }
                current.clear();
            }
        }
        let s = current.trim().to_string();
        if !s.is_empty() {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picking_a_thing_up_is_a_pickup_with_or_without_the_thing_between() {
        for line in [
            "can I pick up my order",
            "my sister will pick it up for me",
            "who can pick them up",
        ] {
            assert!(terms(line).iter().any(|t| t == "pickup"), "{line}");
        }
        // Choosing is not collecting, and a noun between is left alone
        // ("pick the size up" is rare; "pick a size, then up to 3").
        assert!(!terms("pick a colour").iter().any(|t| t == "pickup"));
        assert!(!terms("pick the size up").iter().any(|t| t == "pickup"));
    }

    #[test]
    fn a_question_ends_with_a_question_mark_or_a_greek_one() {
        assert!(ends_as_question("do I need a lawyer?  "));
        assert!(ends_as_question("θέλω δικηγόρο;"));
        assert!(ends_as_question("πού είναι το δέμα μου\u{37e}"));
        // ";" ends a question only in Greek.
        assert!(!ends_as_question("I paid twice; refund one"));
        assert!(!ends_as_question("θέλω δικηγόρο."));
    }

    #[test]
    fn a_whole_phrase_is_bounded_by_words() {
        assert!(has_whole_phrase("OK, nvm!", &["nvm"]));
        assert!(has_whole_phrase("no wait, forget it", &["forget it"]));
        assert!(!has_whole_phrase("my nvme drive", &["nvm"]));
        assert!(!has_whole_phrase("forget items", &["forget it"]));
        // Unlike has_phrase, which finds words inside words.
        assert!(has_phrase("my nvme drive", &["nvm"]));
    }

    #[test]
    fn contractions_expand_so_negation_is_visible() {
        assert_eq!(
            words("I don't need a human"),
            ["i", "do", "not", "need", "a", "human"]
        );
        assert_eq!(words("Can't log in"), ["can", "not", "log", "in"]);
        assert_eq!(words("I’d like"), ["i", "would", "like"]);
        assert_eq!(words("they arent mine"), ["they", "are", "not", "mine"]);
    }

    #[test]
    fn an_elided_article_comes_off_the_word() {
        assert_eq!(
            words("quanto costa l'orlo dell'ordine"),
            ["quanto", "costa", "l", "orlo", "dell", "ordine"]
        );
        assert_eq!(words("c'est gratuit"), ["c", "est", "gratuit"]);
        // English keeps its own: "it's", "don't", "o'clock".
        assert_eq!(words("it's"), ["it", "is"]);
        assert_eq!(words("o'clock"), ["oclock"]);
    }

    #[test]
    fn a_catalan_middle_dot_stays_in_its_word() {
        assert_eq!(
            words("cancel·leu la comanda, no vull al·lèrgens"),
            ["cancel·leu", "la", "comanda", "no", "vull", "al·lèrgens"]
        );
        assert_eq!(words("anuŀlar"), ["anul·lar"]);
        assert_eq!(words("Barcelona · Girona·"), ["barcelona", "girona"]);
    }

    #[test]
    fn ids_survive_tokenising() {
        assert_eq!(terms("where is order #A-1001?"), ["order", "a-1001"]);
    }

    #[test]
    fn sentences_split_on_terminal_punctuation_only() {
        let s =
            sentences("Orders ship in 2 days. We use e.g. DHL! Price is 9.99 EUR\n- a list item");
        assert_eq!(
            s,
            [
                "Orders ship in 2 days.",
                "We use e.g. DHL!",
                "Price is 9.99 EUR",
                "a list item"
            ]
        );
    }

    #[test]
    fn clock_times_meet_in_24_hours() {
        assert_eq!(terms("order before 2pm"), terms("order before 14:00"));
        assert_eq!(terms("open at 9 am?"), terms("open at 09:00?"));
        assert_eq!(terms("until 12:30 p.m."), terms("until 12:30"));
        // Not times: a price, a count, "I am", "pm me".
        assert_eq!(clock_24h("it costs 2 euros"), "it costs 2 euros");
        assert_eq!(
            clock_24h("open 7 days, I am sure"),
            "open 7 days, I am sure"
        );
        assert_eq!(clock_24h("pm me"), "pm me");
    }
}
