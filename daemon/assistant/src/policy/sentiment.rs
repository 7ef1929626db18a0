//! The anger score the sentiment rule reads: strong words, swearing,
//! shouting and stacked punctuation. Disappointment alone only adds a
//! little.

use crate::text;

const ANGER_STRONG: &[&str] = &[
    "furious",
    "livid",
    "outraged",
    "outrageous",
    "angry",
    "pissed",
    "unacceptable",
    "ridiculous",
    "disgrace",
    "disgraceful",
    "disgusting",
    "pathetic",
    "useless",
    "scam",
    "scammers",
    "rip-off",
    "ripoff",
    "incompetent",
    "worst",
    "horrible",
    "appalling",
    "fuming",
    "joke",
    "shocking",
    "infuriating",
    "sick",
    "fed",
    "absurd",
    "insane",
    "terrible",
    "awful",
    "lousy",
    "garbage",
    "rubbish",
    "idiots",
    "clowns",
    "thieves",
    "stupid",
    "hate",
];
const PROFANITY: &[&str] = &[
    "damn", "damned", "hell", "wtf", "crap", "shit", "fuck", "fucking", "bloody", "bullshit",
];
const ANNOYED: &[&str] = &[
    "disappointed",
    "annoyed",
    "frustrated",
    "upset",
    "unhappy",
    "fed-up",
];

/// A rough anger score: strong words and swearing weigh 2, shouting and
/// stacked exclamation marks 1, annoyance 1. Negated words ("not angry")
/// do not count.
pub fn anger(message: &str) -> f32 {
    let w = text::words(message);
    let mut score = 0.0;
    for (i, x) in w.iter().enumerate() {
        let negated = i > 0 && matches!(w[i - 1].as_str(), "not" | "no" | "never");
        if negated {
            continue;
        }
        if ANGER_STRONG.contains(&x.as_str()) || PROFANITY.contains(&x.as_str()) {
            // "worst case", "sick of" vs "sick" alone: strong only as a
            // judgement, so "what is the worst case" (a question) is halved.
            // "tell me a joke" asks for one; "this is a joke" judges.
            let asked_for = x == "joke"
                && w[..i]
                    .iter()
                    .any(|p| matches!(p.as_str(), "tell" | "know" | "hear" | "another" | "funny"));
            score += if asked_for || (x == "worst" && w.get(i + 1).is_some_and(|n| n == "case")) {
                0.0
            } else {
                2.0
            };
        } else if ANNOYED.contains(&x.as_str()) {
            score += 1.0;
        }
    }
    let shouted = message
        .split_whitespace()
        .filter(|t| {
            let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
            letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
        })
        .count();
    if shouted >= 2 {
        score += 1.5;
    }
    if message.contains("!!") || message.contains("?!") || message.contains("!?") {
        score += 1.0;
    }
    let lower = message.to_lowercase();
    for p in [
        "how many times",
        "third time",
        "still nothing",
        "never again",
        "had enough",
        "waste of time",
        // Said of a shop's staff, it is never friendly.
        "you people",
    ] {
        if lower.contains(p) {
            score += 1.0;
        }
    }
    score
}
