//! The stemmer: a light suffix stripper, and the irregular forms and
//! other names that meet on one stem. Every term the retriever, the
//! readers and the rules compare goes through it.

/// A light suffix stripper (a subset of Porter's step 1 plus a few
/// derivational endings). Good enough to make "shipping", "shipped" and
/// "ships" meet, which is what matters for matching questions to articles.
pub fn stem(word: &str) -> String {
    // Irregular forms meet their verb: "I forgot my code" and "if you
    // forget it" are the same question.
    let word = IRREGULAR
        .iter()
        .find(|(forms, _)| forms.contains(&word))
        .map_or(word, |(_, base)| base);
    let w = word.to_string();
    if w.len() <= 3 || w.chars().any(|c| c.is_ascii_digit()) {
        return w;
    }
    let mut s = w;
    // Plurals.
    if let Some(b) = s.strip_suffix("sses") {
        s = format!("{b}ss");
    } else if let Some(b) = s.strip_suffix("ies") {
        s = format!("{b}y");
    } else if s.ends_with('s')
        && !s.ends_with("ss")
        && !s.ends_with("us")
        && !s.ends_with("is")
        && s.len() > 3
    {
        s.pop();
    }
    // Derivational endings, longest first.
    for (suffix, min_base) in [
        ("ations", 3),
        ("ation", 3),
        ("ment", 4),
        ("ness", 3),
        // "returnable", "refundable", "recyclable": whether the thing
        // itself can be done, the same word as the verb.
        ("able", 4),
        ("ible", 4),
        ("ing", 3),
        ("ed", 3),
        ("ly", 4),
        ("er", 4),
    ] {
        if let Some(base) = s.strip_suffix(suffix)
            && base.len() >= min_base
            && base.chars().any(is_vowel)
        {
            s = base.to_string();
            s = undouble(&s);
            break;
        }
    }
    if let Some(base) = s.strip_suffix('y')
        && base.len() >= 3
    {
        s = format!("{base}i");
    }
    if let Some(base) = s.strip_suffix('e')
        && base.len() >= 3
    {
        s = base.to_string();
    }
    // "Recalled" lost an l with its ending ("cancelled" -> "cancel");
    // "recall" and "recalls" lose it here, so the three meet.
    if s.len() > 4 && s.ends_with("ll") {
        s.pop();
    }
    s
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

fn undouble(s: &str) -> String {
    let b = s.as_bytes();
    if b.len() >= 2 {
        let (x, y) = (b[b.len() - 1], b[b.len() - 2]);
        // "cancelled" -> "cancel" but "call" stays: only long bases lose an l.
        let keep = matches!(x, b's' | b'z' | b'e' | b'o') || (x == b'l' && b.len() <= 4);
        if x == y && !keep {
            return s[..s.len() - 1].to_string();
        }
    }
    s.to_string()
}

/// Common English irregular verb forms and their base, for `stem`. Only
/// forms that are not also everyday words of their own ("left", "felt"),
/// an order status ("paid"), a stem another language uses ("took" would
/// meet "tak", thanks in Danish and yes in Polish), or a form the intent
/// cues and synonyms already name ("sent", "bought", "broken", "torn":
/// there the past form says more than the verb). Verbs whose base is a
/// stopword ("got", "told", "went", "made", "knew") are left out too:
/// mapped, they would put a stopword back among the terms. At the end,
/// names written two ways that must meet ("Czechia", "Czech Republic").
const IRREGULAR: &[(&[&str], &str)] = &[
    (&["forgot", "forgotten"], "forget"),
    (&["came"], "come"),
    (&["gave", "given"], "give"),
    (&["found"], "find"),
    (&["lost"], "lose"),
    (&["wrote", "written"], "write"),
    (&["chose", "chosen"], "choose"),
    (&["brought"], "bring"),
    (&["kept"], "keep"),
    (&["spent"], "spend"),
    (&["sold"], "sell"),
    (&["wore", "worn"], "wear"),
    (&["ate", "eaten"], "eat"),
    (&["froze", "frozen"], "freeze"),
    (&["shook", "shaken"], "shake"),
    (&["fell", "fallen"], "fall"),
    (&["held"], "hold"),
    (&["ran"], "run"),
    (&["drove", "driven"], "drive"),
    (&["threw", "thrown"], "throw"),
    (&["began", "begun"], "begin"),
    // A country's short name and its long one: pages write "Czechia",
    // customers and the glossary's English "Czech Republic" ("doprava do
    // Česka").
    (&["czechia"], "czech"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::terms;

    #[test]
    fn inflections_meet_on_one_stem() {
        assert_eq!(stem("shipping"), stem("shipped"));
        assert_eq!(stem("ships"), stem("ship"));
        assert_eq!(stem("refunds"), stem("refunded"));
        assert_eq!(stem("cancelled"), stem("cancel"));
        assert_eq!(stem("recalled"), stem("recall"));
        assert_eq!(stem("recalls"), stem("recall"));
        assert_eq!(stem("installed"), stem("install"));
        assert_eq!(stem("deliveries"), stem("delivery"));
        assert_eq!(stem("returns"), "return");
        // "Are sale items returnable?" is about returning them.
        assert_eq!(stem("returnable"), stem("return"));
        assert_eq!(stem("recyclable"), stem("recycle"));
        assert_eq!(stem("refundable"), stem("refunded"));
        // Short bases keep their ending: "table", "cable", "payable".
        assert_eq!(stem("table"), "tabl");
        assert_eq!(stem("cable"), "cabl");
    }

    #[test]
    fn irregular_forms_meet_their_verb() {
        assert_eq!(terms("I forgot my code"), terms("I forget my code"));
        assert_eq!(stem("brought"), stem("bring"));
        // A status word and another language's word stay themselves.
        assert_ne!(stem("paid"), stem("pay"));
        assert_ne!(stem("tak"), stem("took"));
        assert_eq!(stem("czechia"), stem("czech"));
    }
}
