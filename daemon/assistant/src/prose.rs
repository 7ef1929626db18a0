//! Help pages as sentences a customer can be sent: Markdown tables become
//! one sentence a row ("Express (DHL): cost €12.95, arrives next working
//! day."), lists become sentences (short ones joined to the line that
//! introduces them), emphasis and links lose their markup, and a sentence
//! wrapped over several lines stays whole.

/// The sentences of an article body, in order, each starting at its
/// beginning and ending with terminal punctuation.
pub fn article_sentences(markdown: &str) -> Vec<String> {
    article_passages(markdown)
        .into_iter()
        .map(|p| p.text)
        .collect()
}

/// One sentence of a help page with where it stands: the `##` heading of
/// its section (empty before the first), and whether it is a table row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub text: String,
    pub heading: String,
    pub row: bool,
    /// The numbered list (its steps and the line introducing them) this
    /// sentence belongs to: steps answer together.
    pub steps: Option<usize>,
}

/// Marks a numbered list item, and the line introducing one, until the
/// passages are built.
const STEP: char = '\u{1}';

/// The sentences of an article body with their section and kind, so that
/// a question can be answered from the section about it ("## Refunds") and
/// a table row can stand alone.
pub fn article_passages(markdown: &str) -> Vec<Passage> {
    let mut blocks: Vec<String> = Vec::new();
    // Per block: its section heading and whether it is a table row.
    let mut meta: Vec<(String, bool)> = Vec::new();
    let mut heading = String::new();
    let mark = |blocks: &Vec<String>, meta: &mut Vec<(String, bool)>, heading: &str, row: bool| {
        while meta.len() < blocks.len() {
            meta.push((heading.to_string(), row));
        }
    };
    let mut paragraph: Vec<String> = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    // The line that introduces the list being read ("What is covered:").
    let mut intro: Option<String> = None;

    let flush_paragraph = |paragraph: &mut Vec<String>, blocks: &mut Vec<String>| {
        if !paragraph.is_empty() {
            blocks.push(paragraph.join(" "));
            paragraph.clear();
        }
    };

    for raw in markdown.lines() {
        let line = raw.trim();
        if line.starts_with('|') {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_list(&mut list, &mut intro, &mut blocks);
            mark(&blocks, &mut meta, &heading, false);
            table.push(cells(line));
            continue;
        }
        mark(&blocks, &mut meta, &heading, false);
        flush_table(&mut table, &mut blocks);
        mark(&blocks, &mut meta, &heading, true);
        if let Some(item) = list_item(line) {
            if list.is_empty() && intro.is_none() {
                // The paragraph's last line ending in ':' introduces it.
                if paragraph.last().is_some_and(|l| l.ends_with(':')) {
                    intro = paragraph.pop();
                }
                flush_paragraph(&mut paragraph, &mut blocks);
            }
            let numbered = line.starts_with(|c: char| c.is_ascii_digit());
            list.push(if numbered {
                format!("{STEP}{}", inline(item))
            } else {
                inline(item)
            });
            continue;
        }
        if line.is_empty() && list.is_empty() && paragraph.last().is_some_and(|l| l.ends_with(':'))
        {
            // "How to return:", a blank line, then the steps.
            intro = paragraph.pop();
            flush_paragraph(&mut paragraph, &mut blocks);
            continue;
        }
        flush_list(&mut list, &mut intro, &mut blocks);
        if line.is_empty() || line.starts_with('#') {
            flush_paragraph(&mut paragraph, &mut blocks);
            mark(&blocks, &mut meta, &heading, false);
            if line.starts_with('#') {
                heading = inline(line.trim_start_matches('#').trim());
            }
            continue;
        }
        paragraph.push(inline(line.trim_start_matches('>').trim()));
    }
    mark(&blocks, &mut meta, &heading, false);
    flush_table(&mut table, &mut blocks);
    mark(&blocks, &mut meta, &heading, true);
    flush_list(&mut list, &mut intro, &mut blocks);
    flush_paragraph(&mut paragraph, &mut blocks);
    mark(&blocks, &mut meta, &heading, false);

    let mut out = Vec::new();
    let mut group = 0;
    let mut in_steps = false;
    for (b, (heading, row)) in blocks.into_iter().zip(meta) {
        let steps = match b.strip_prefix(STEP) {
            Some(_) => {
                if !in_steps {
                    group += 1;
                }
                Some(group)
            }
            None => None,
        };
        in_steps = steps.is_some();
        let b = b.trim_start_matches(STEP);
        for s in split_sentences(b) {
            push_sentence(&mut out, s, &heading, row, steps);
        }
    }
    out
}

/// A lowercase start means the splitter cut inside a sentence: join it to
/// the one before rather than send half a sentence.
fn push_sentence(
    out: &mut Vec<Passage>,
    s: String,
    heading: &str,
    row: bool,
    steps: Option<usize>,
) {
    let starts_lower = s
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() && !s.chars().nth(1).is_some_and(char::is_uppercase));
    match out.last_mut() {
        Some(prev) if starts_lower => {
            prev.text.push(' ');
            prev.text.push_str(&s);
        }
        _ => out.push(Passage {
            text: capitalised(&s),
            heading: heading.to_string(),
            row,
            steps,
        }),
    }
}

fn list_item(line: &str) -> Option<&str> {
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return Some(rest.trim());
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 2 {
        let rest = &line[digits..];
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(r.trim());
        }
    }
    None
}

fn cells(line: &str) -> Vec<String> {
    line.trim()
        .trim_matches('|')
        .split('|')
        .map(|c| inline(c.trim()))
        .collect()
}

fn is_separator(row: &[String]) -> bool {
    row.iter()
        .all(|c| !c.is_empty() && c.chars().all(|x| matches!(x, '-' | ':' | ' ')))
}

fn is_blank_cell(c: &str) -> bool {
    c.is_empty() || matches!(c, "-" | "—" | "–" | "n/a")
}

/// One sentence a data row: the first cell names the row, the others are
/// "header value" pairs.
fn flush_table(table: &mut Vec<Vec<String>>, blocks: &mut Vec<String>) {
    if table.is_empty() {
        return;
    }
    let rows = std::mem::take(table);
    let (header, body): (Vec<String>, &[Vec<String>]) = if rows.len() >= 2 && is_separator(&rows[1])
    {
        (rows[0].clone(), &rows[2..])
    } else {
        (Vec::new(), &rows[..])
    };
    for row in body.iter().filter(|r| !is_separator(r)) {
        let Some(name) = row.first().filter(|c| !is_blank_cell(c)) else {
            continue;
        };
        let parts: Vec<String> = row
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, c)| !is_blank_cell(c))
            .map(|(i, c)| {
                let c = c.trim_end_matches('.');
                match header.get(i).filter(|h| !h.is_empty()) {
                    // "Return within 30 days? | no": a column that asks
                    // is answered after a colon, or the answer would
                    // start a sentence of its own in lower case.
                    Some(h) if h.ends_with('?') => {
                        format!("{}: {}", lower_first(h.trim_end_matches('?')), c)
                    }
                    Some(h) => format!("{} {}", lower_first(h), c),
                    None => c.to_string(),
                }
            })
            .collect();
        if parts.is_empty() {
            if !header.is_empty() && row.len() > 1 {
                // "Software: Not returnable" rows keep the meaning of the
                // blank: nothing in that column.
                blocks.push(capitalised(&terminated(&format!(
                    "{}: none",
                    name.trim_end_matches('.')
                ))));
            }
            continue;
        }
        // A row stands as its own sentence: "up to €300: …" must not read
        // as the tail of the sentence before it.
        blocks.push(capitalised(&terminated(&format!(
            "{}: {}",
            name.trim_end_matches(['.', ':']),
            parts.join(", ")
        ))));
    }
}

/// Short items join the line that introduces them into one sentence;
/// longer ones (steps, items with sentences of their own) stand alone.
fn flush_list(list: &mut Vec<String>, intro: &mut Option<String>, blocks: &mut Vec<String>) {
    if list.is_empty() {
        if let Some(i) = intro.take().filter(|i| i.split_whitespace().count() > 4) {
            blocks.push(terminated(i.trim_end_matches(':')));
        }
        return;
    }
    let items = std::mem::take(list);
    let numbered = items.iter().all(|i| i.starts_with(STEP));
    let items: Vec<String> = items
        .iter()
        .map(|i| i.trim_start_matches(STEP).to_string())
        .collect();
    // Short items (an aside in brackets does not count: "bank transfer
    // (ships once the money arrives)") read as one sentence after their
    // introduction.
    let short = items
        .iter()
        .all(|i| unbracketed_words(i) <= 12 && !i.trim_end_matches('.').contains(". "));
    match intro.take() {
        Some(head) if short => {
            let parts: Vec<String> = items
                .iter()
                .map(|i| lower_first(i.trim_end_matches(['.', ';', ','])))
                .collect();
            blocks.push(terminated(&format!("{} {}", head, parts.join("; "))));
        }
        head => {
            // A bare label ("How to return:") says nothing on its own; a
            // longer introduction is a sentence.
            // Numbered steps (and the line introducing them) stay marked
            // as one group.
            let mark = if numbered {
                STEP.to_string()
            } else {
                String::new()
            };
            if let Some(h) = head.filter(|h| h.split_whitespace().count() > 4) {
                blocks.push(format!("{mark}{}", terminated(h.trim_end_matches(':'))));
            }
            // A list item stands whole: a lowercase start is the list's
            // style, not a cut sentence.
            for i in items {
                blocks.push(format!("{mark}{}", capitalised(&terminated(&i))));
            }
        }
    }
}

/// Markup off: `**bold**`, `__bold__`, `` `code` ``, `[text](url)`.
fn inline(s: &str) -> String {
    let mut t = quote_labels(s)
        .replace("**", "")
        .replace("__", "")
        .replace('`', "");
    t = strip_single_emphasis(&t);
    // [text](url) -> text
    while let Some(open) = t.find('[') {
        let Some(close) = t[open..].find("](").map(|c| open + c) else {
            break;
        };
        let Some(end) = t[close..].find(')').map(|e| close + e) else {
            break;
        };
        let label = t[open + 1..close].to_string();
        t.replace_range(open..=end, &label);
    }
    t.trim().to_string()
}

/// A bold label that ends in a question or exclamation mark (a button:
/// "**Forgot password?**") is quoted, so that its mark does not read as
/// the end of the sentence around it.
fn quote_labels(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find("**") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("**") else {
            break;
        };
        let label = &after[..close];
        out.push_str(&rest[..open]);
        if label.ends_with(['?', '!']) {
            out.push('"');
            out.push_str(label);
            out.push('"');
        } else {
            out.push_str(label);
        }
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    out
}

/// Words of a list item outside brackets.
fn unbracketed_words(item: &str) -> usize {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in item.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside.split_whitespace().count()
}

/// `*My orders*` -> `My orders`: a star that opens (before a word) and one
/// that closes (after a word) are markup; a lone star ("5 * 2") is not.
fn strip_single_emphasis(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let opens = |i: usize| {
        (i == 0 || !chars[i - 1].is_alphanumeric())
            && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())
    };
    let Some(open) = (0..chars.len()).find(|&i| chars[i] == '*' && opens(i)) else {
        return s.to_string();
    };
    let close = (open + 2..chars.len()).find(|&i| {
        chars[i] == '*'
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_none_or(|c| !c.is_alphanumeric())
    });
    match close {
        Some(close) => {
            let mut out: String = chars[..open].iter().collect();
            out.extend(&chars[open + 1..close]);
            out.push_str(&strip_single_emphasis(
                &chars[close + 1..].iter().collect::<String>(),
            ));
            out
        }
        None => s.to_string(),
    }
}

fn terminated(s: &str) -> String {
    let s = s.trim().trim_end_matches([':', ';', ',']);
    if s.ends_with(['.', '!', '?']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), s.chars().nth(1)) {
        // Keep acronyms and brand capitals ("VAT", "iDEAL", "DHL").
        (Some(f), Some(n)) if f.is_uppercase() && !n.is_uppercase() => {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_string(),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), s.chars().nth(1)) {
        (Some(f), Some(n)) if f.is_lowercase() && !n.is_uppercase() => {
            f.to_uppercase().chain(c).collect()
        }
        _ => s.to_string(),
    }
}

const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "approx", "incl", "excl", "vs", "no", "nr", "ca", "min", "max", "mr",
    "mrs", "dr",
];

/// Split a block on sentence ends, not on abbreviations or decimals.
fn split_sentences(block: &str) -> Vec<String> {
    let chars: Vec<char> = block.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        if !chars.get(i + 1).is_none_or(|n| n.is_whitespace()) {
            continue;
        }
        let word: String = current
            .trim_end_matches(['.', '!', '?'])
            .rsplit(|x: char| x.is_whitespace() || x == '(')
            .next()
            .unwrap_or("")
            .to_lowercase();
        let next_lower = chars[i + 1..]
            .iter()
            .find(|x| !x.is_whitespace())
            .is_some_and(|x| x.is_lowercase());
        if c == '.'
            && (ABBREVIATIONS.contains(&word.as_str())
                || crate::text::STREET_ABBREVIATIONS.contains(&word.as_str())
                || next_lower)
        {
            continue;
        }
        let s = current.trim().to_string();
        if !s.is_empty() {
            out.push(s);
        }
        current.clear();
    }
    let s = current.trim().to_string();
    if !s.is_empty() {
        out.push(terminated(&s));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_street_abbreviation_ends_no_sentence() {
        assert_eq!(
            split_sentences("Kiddo has one shop: ul. Józefińska 14, Kraków. Parking is free."),
            [
                "Kiddo has one shop: ul. Józefińska 14, Kraków.",
                "Parking is free."
            ]
        );
    }

    #[test]
    fn tables_become_one_sentence_a_row() {
        let md = "Costs:\n\n| Method | Cost | Arrives |\n|---|---|---|\n| **Express** (DHL) | €12.95 | Next day |\n| Software | — | — |\n";
        let s = article_sentences(md);
        assert!(
            s.contains(&"Express (DHL): cost €12.95, arrives Next day.".to_string()),
            "{s:?}"
        );
        assert!(
            s.iter().all(|x| !x.contains('|') && !x.contains("**")),
            "{s:?}"
        );
    }

    #[test]
    fn a_column_that_asks_is_answered_after_a_colon() {
        let md = "| Item | Return within 30 days? |\n|---|---|\n| Gift cards | no |\n";
        assert_eq!(
            article_sentences(md),
            ["Gift cards: return within 30 days: no."]
        );
    }

    #[test]
    fn a_row_starting_lowercase_is_its_own_sentence() {
        let md = "Cover on top of the warranty.\n\n| Device price | 2 years |\n|---|---|\n| up to €300 | €39 |\n";
        let s = article_sentences(md);
        assert_eq!(
            s,
            ["Cover on top of the warranty.", "Up to €300: 2 years €39."],
            "{s:?}"
        );
    }

    #[test]
    fn numbered_steps_are_one_group_with_their_introduction() {
        let md = "Most problems are solved in three steps:\n\n1. Remove the device from the list of known devices in the settings of your phone.\n2. Hold the power button for ten seconds until the light flashes blue and red twice.\n3. Pair it again from the Bluetooth settings of your phone and wait for the tone.\n\nStill broken? See the warranty page.\n";
        let p = article_passages(md);
        let groups: Vec<Option<usize>> = p.iter().map(|x| x.steps).collect();
        assert_eq!(
            groups,
            [Some(1), Some(1), Some(1), Some(1), None, None],
            "{p:?}"
        );
        assert!(p.iter().all(|x| !x.text.contains('\u{1}')), "{p:?}");
    }

    #[test]
    fn short_lists_join_their_introduction() {
        let md = "What is covered:\n- defects in manufacture\n- dead pixels\n\nHow to return:\n\n1. Open **My orders**.\n2. Print the label.\n";
        let s = article_sentences(md);
        assert_eq!(
            s[0],
            "What is covered: defects in manufacture; dead pixels."
        );
        assert_eq!(s[1], "How to return: open My orders; print the label.");
        let long = "Steps:\n1. Open My orders and choose the order you want to send back to us today.\n2. Print the label.\n";
        let s = article_sentences(long);
        assert_eq!(
            s,
            [
                "Open My orders and choose the order you want to send back to us today.",
                "Print the label."
            ]
        );
    }

    #[test]
    fn sections_rows_and_single_stars_are_kept_apart() {
        let md = "Intro line.\n\n| Zone | Cost |\n|---|---|\n| One | €5 |\n\n## Refunds\n\nOpen *My orders* first.\n\nWe take:\n- cards\n- bank transfer (your order ships once the money arrives, usually in 1 to 2 days)\n";
        let p = article_passages(md);
        let texts: Vec<&str> = p.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Intro line.",
                "One: cost €5.",
                "Open My orders first.",
                "We take: cards; bank transfer (your order ships once the money arrives, usually in 1 to 2 days)."
            ]
        );
        assert_eq!(
            p.iter()
                .map(|x| (x.heading.as_str(), x.row))
                .collect::<Vec<_>>(),
            [
                ("", false),
                ("", true),
                ("Refunds", false),
                ("Refunds", false)
            ]
        );
        assert_eq!(strip_single_emphasis("5 * 2 and *this*"), "5 * 2 and this");
        assert_eq!(
            inline("Click **Forgot password?** on the **sign-in** page"),
            "Click \"Forgot password?\" on the sign-in page"
        );
    }

    #[test]
    fn wrapped_sentences_stay_whole() {
        let md = "If you are unsure about any step,\nstop and contact us. We use e.g. DHL.\nPrices are approx. 3 EUR";
        let s = article_sentences(md);
        assert_eq!(
            s,
            [
                "If you are unsure about any step, stop and contact us.",
                "We use e.g. DHL.",
                "Prices are approx. 3 EUR."
            ]
        );
    }
}
