//! Sizes, weights, areas, volumes and ages a question names ("a harness
//! for an 80 cm waist", "an 8 kg baby", "my son is 14") and the ranges and
//! bounds of a help page's lines ("M: waist 76–86 cm", "pets up to 25 kg",
//! "Children under 16 need an adult"): the line whose range holds the
//! customer's figure is the answer. A figure counts only with its unit,
//! or for an age with the words that make it one; a bare number (an
//! order, a date) holds nothing.
//!
//! A day of the week is held the same way, by a line that names it or a
//! run of days that includes it ("it's a tuesday" and "Monday to Friday:
//! 10:00–19:00").
//!
//! Sums of money are not figures here: the line that answers "can I put a
//! €150 pair on layaway?" is the bound it misses ("any piece from €200"),
//! and "free from €120" holds every larger basket whatever was asked.
//! Price bands, whose row is the answer, are `bands`'.

/// What a figure measures. Figures compare only within one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Length,
    Mass,
    Area,
    Volume,
    Age,
}

/// A figure a question names, in the dimension's base unit (cm, g, m²,
/// ml, years).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    pub value: f64,
    pub dimension: Dimension,
}

/// A line's range or bound of one dimension, and the word it is about
/// ("waist" in "waist (cm) 92–100"), if any.
#[derive(Debug, Clone, PartialEq)]
struct Bound {
    dimension: Dimension,
    low: Limit,
    high: Limit,
    label: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Limit {
    None,
    Inclusive(f64),
    Exclusive(f64),
}

impl Bound {
    fn holds(&self, m: &Measure) -> bool {
        let v = m.value;
        self.dimension == m.dimension
            && match self.low {
                Limit::None => true,
                Limit::Inclusive(x) => v >= x,
                Limit::Exclusive(x) => v > x,
            }
            && match self.high {
                Limit::None => true,
                Limit::Inclusive(x) => v <= x,
                Limit::Exclusive(x) => v < x,
            }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Dash,
    Plus,
    /// A comma, colon, full stop or bracket: the end of a figure's
    /// context.
    Sep,
    Word(String),
}

/// The text as numbers, dashes and lower-case words: "7–17-year-olds" is
/// 7, –, 17, -, year, -, olds; "80cm" is 80, cm; "1,000" is 1000.
fn tokens(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let start = i;
            let mut s = String::new();
            while i < chars.len() {
                let d = chars[i];
                if d.is_ascii_digit() {
                    s.push(d);
                    i += 1;
                } else if (d == '.' || d == ',')
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit)
                {
                    // "1,000" groups thousands; "2,5" and "0.5" are
                    // fractions.
                    let run = chars[i + 1..]
                        .iter()
                        .take_while(|c| c.is_ascii_digit())
                        .count();
                    if d == ',' && run == 3 {
                        i += 1;
                    } else {
                        s.push('.');
                        i += 1;
                    }
                } else {
                    break;
                }
            }
            match s.parse() {
                Ok(v) => out.push(Tok::Num(v)),
                Err(_) => out.push(Tok::Word(chars[start..i].iter().collect())),
            }
        } else if c.is_alphabetic() {
            let mut s = String::new();
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '²' || chars[i] == '\'')
            {
                s.extend(chars[i].to_lowercase());
                i += 1;
            }
            out.push(Tok::Word(s));
        } else {
            match c {
                '–' | '—' | '-' => out.push(Tok::Dash),
                '+' => out.push(Tok::Plus),
                ',' | ';' | ':' | '.' | '(' | ')' | '?' | '!' | '/' => out.push(Tok::Sep),
                _ => {}
            }
            i += 1;
        }
    }
    out
}

/// The dimension of a unit, and its size in the dimension's base unit.
fn unit(word: &str) -> Option<(Dimension, f64)> {
    use Dimension::*;
    Some(match word {
        "mm" => (Length, 0.1),
        "cm" | "см" => (Length, 1.0),
        "g" | "gram" | "grams" | "г" => (Mass, 1.0),
        "kg" | "kilo" | "kilos" | "kilogram" | "kilograms" | "кг" => (Mass, 1000.0),
        "m2" | "m²" | "sqm" | "м2" | "м²" => (Area, 1.0),
        "ml" | "мл" => (Volume, 1.0),
        "litre" | "litres" | "liter" | "liters" => (Volume, 1000.0),
        _ => return None,
    })
}

fn is_year(word: &str) -> bool {
    matches!(word, "year" | "years" | "yr" | "yrs")
}

/// Words that make a bare number near them an age: "Children under 16",
/// "age, as a guide 7–9", "ages 3 and up".
fn is_age_word(word: &str) -> bool {
    matches!(
        word,
        "age" | "ages" | "aged" | "children" | "child" | "kids" | "kid" | "minors" | "teenagers"
    )
}

/// People whose age a customer gives bare: "my daughter is 14".
fn is_young_person(word: &str) -> bool {
    matches!(
        word,
        "daughter"
            | "son"
            | "kid"
            | "kids"
            | "child"
            | "boy"
            | "girl"
            | "grandson"
            | "granddaughter"
            | "niece"
            | "nephew"
            | "teen"
            | "teenager"
    )
}

fn word(t: Option<&Tok>) -> Option<&str> {
    match t {
        Some(Tok::Word(w)) => Some(w),
        _ => None,
    }
}

/// The figures with a unit a customer's line names.
pub fn measures(text: &str) -> Vec<Measure> {
    let toks = tokens(text);
    let young = toks
        .iter()
        .any(|t| matches!(t, Tok::Word(w) if is_young_person(w)));
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Tok::Num(v) = *t else { continue };
        let before = i.checked_sub(1).and_then(|j| word(toks.get(j)));
        let mut after = i + 1;
        if toks.get(after) == Some(&Tok::Dash) {
            after += 1;
        }
        let next = word(toks.get(after));
        let measure = |(dimension, size): (Dimension, f64)| Measure {
            value: v * size,
            dimension,
        };
        let found = if let Some(u) = next.and_then(unit) {
            Some(measure(u))
        } else if next == Some("yo")
            || next.is_some_and(is_year) && {
                // "8 year old", "8-year-old", "8 years old".
                let mut k = after + 1;
                if toks.get(k) == Some(&Tok::Dash) {
                    k += 1;
                }
                word(toks.get(k)).is_some_and(|w| w == "old" || w == "olds")
            }
            || young && before.is_some_and(|w| matches!(w, "is" | "she's" | "he's" | "aged"))
        {
            Some(Measure {
                value: v,
                dimension: Dimension::Age,
            })
        } else {
            None
        };
        out.extend(found);
    }
    out
}

/// The ranges and bounds a help page's line states with their unit:
/// "76–86 cm", "from 7 to 9 kg", "up to 25 kg", "under 16" after
/// "children", "7–17-year-olds", "from 12 years" after "age", "3+".
fn bounds(text: &str) -> Vec<Bound> {
    let toks = tokens(text);
    let mut out = Vec::new();
    let num = |j: usize| match toks.get(j) {
        Some(Tok::Num(v)) => Some(*v),
        _ => None,
    };
    // The unit written with the figures from `first` to `last`: after
    // them ("25 kg", "17-year-olds"), or in brackets before ("(cm)
    // 92–100").
    let unit_near = |first: usize, last: usize| -> Option<(Dimension, f64)> {
        let mut k = last + 1;
        if toks.get(k) == Some(&Tok::Dash) {
            k += 1;
        }
        if let Some(w) = word(toks.get(k)) {
            if let Some(u) = unit(w) {
                return Some(u);
            }
            if is_year(w) {
                return Some((Dimension::Age, 1.0));
            }
        }
        // "waist (cm) 92–100": the unit in brackets just before.
        let mut k = first;
        while k > 0 && toks[k - 1] == Tok::Sep {
            k -= 1;
        }
        k.checked_sub(1)
            .and_then(|j| word(toks.get(j)))
            .and_then(unit)
    };
    // A bare figure is an age when an age word is a few words before.
    let aged = |first: usize| {
        toks[first.saturating_sub(5)..first]
            .iter()
            .any(|t| matches!(t, Tok::Word(w) if is_age_word(w)))
    };
    // The word a figure is about: the last word before it that is not a
    // unit or a bound's own word.
    let label = |first: usize| {
        toks[..first].iter().rev().take(4).find_map(|t| match t {
            Tok::Word(w) if unit(w).is_none() && !is_bound_word(w) => Some(w.clone()),
            _ => None,
        })
    };
    let mut i = 0;
    while i < toks.len() {
        let Some(a) = num(i) else {
            i += 1;
            continue;
        };
        // "a–b", "a to b", "a cm – b cm".
        let mut j = i + 1;
        if word(toks.get(j)).and_then(unit).is_some() && j + 1 < toks.len() {
            j += 1;
        }
        let joined = toks.get(j) == Some(&Tok::Dash) || word(toks.get(j)) == Some("to");
        let k = j + 1;
        if joined && let Some(b) = num(k) {
            let dimension = unit_near(i, k).or_else(|| aged(i).then_some((Dimension::Age, 1.0)));
            if let Some((dimension, size)) = dimension {
                out.push(Bound {
                    dimension,
                    low: Limit::Inclusive(a.min(b) * size),
                    high: Limit::Inclusive(a.max(b) * size),
                    label: label(i),
                });
            }
            i = k + 1;
            continue;
        }
        let w1 = i.checked_sub(1).and_then(|j| word(toks.get(j)));
        let w2 = i.checked_sub(2).and_then(|j| word(toks.get(j)));
        // The bound, and how many words before the figure state it.
        let (low, high, said) = match (w2, w1) {
            (Some("up"), Some("to")) => (Limit::None, Limit::Inclusive(a), 2),
            (_, Some("max" | "maximum")) => (Limit::None, Limit::Inclusive(a), 1),
            (Some("less" | "fewer"), Some("than")) => (Limit::None, Limit::Exclusive(a), 2),
            (_, Some("under" | "below")) => (Limit::None, Limit::Exclusive(a), 1),
            (Some("more"), Some("than")) => (Limit::Exclusive(a), Limit::None, 2),
            (_, Some("over" | "above")) => (Limit::Exclusive(a), Limit::None, 1),
            (Some("at"), Some("least")) => (Limit::Inclusive(a), Limit::None, 2),
            (_, Some("from" | "min" | "minimum")) => (Limit::Inclusive(a), Limit::None, 1),
            _ if toks.get(i + 1) == Some(&Tok::Plus) => (Limit::Inclusive(a), Limit::None, 0),
            _ => {
                i += 1;
                continue;
            }
        };
        let start = i - said;
        let dimension = unit_near(i, i).or_else(|| aged(start).then_some((Dimension::Age, 1.0)));
        if let Some((dimension, size)) = dimension {
            let scale = |l: Limit| match l {
                Limit::Inclusive(x) => Limit::Inclusive(x * size),
                Limit::Exclusive(x) => Limit::Exclusive(x * size),
                Limit::None => Limit::None,
            };
            out.push(Bound {
                dimension,
                low: scale(low),
                high: scale(high),
                label: label(start),
            });
        }
        i += 1;
    }
    out
}

fn is_bound_word(w: &str) -> bool {
    matches!(
        w,
        "up" | "to"
            | "max"
            | "maximum"
            | "less"
            | "fewer"
            | "than"
            | "under"
            | "below"
            | "more"
            | "over"
            | "above"
            | "at"
            | "least"
            | "from"
            | "min"
            | "minimum"
            | "as"
            | "a"
            | "guide"
    )
}

/// How well `line` holds one of `measures`: 0 when none of its ranges
/// does, 1 when one does, 2 when that range's word ("waist") is among
/// the question's `stems` too.
pub fn holding(line: &str, measures: &[Measure], stems: &[&str]) -> u8 {
    if measures.is_empty() {
        return 0;
    }
    bounds(line)
        .iter()
        .filter(|b| measures.iter().any(|m| b.holds(m)))
        .map(|b| {
            let named = b
                .label
                .as_ref()
                .is_some_and(|l| stems.contains(&crate::text::stem(l).as_str()));
            if named { 2 } else { 1 }
        })
        .max()
        .unwrap_or(0)
}

/// The days of the week, Monday first, as `text::WEEKDAYS` names them.
const DAYS: usize = 7;

/// A day's number (Monday 0) from its name or its usual short form.
fn day(word: &str) -> Option<usize> {
    let short = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    crate::text::WEEKDAYS[..DAYS]
        .iter()
        .position(|d| *d == word)
        .or_else(|| short.iter().position(|d| *d == word))
}

/// The days of the week a question names ("what time do you close
/// today? it's tuesday", "und am Sonntag?"), read from its terms, which
/// carry the glossary's English.
pub fn days_named<'a>(stems: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
    let mut out: Vec<usize> = stems
        .into_iter()
        .filter_map(crate::text::weekday_of_stem)
        .filter(|&d| d < DAYS)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `line` names one of `days`, or a run of days that holds one
/// ("Tuesday to Friday", "Mon–Sat", "Friday to Monday"): the opening
/// hours, prices or rules for the day asked about.
pub fn holds_day(line: &str, days: &[usize]) -> bool {
    if days.is_empty() {
        return false;
    }
    let toks = tokens(line);
    let at = |j: usize| word(toks.get(j)).and_then(day);
    (0..toks.len()).any(|i| {
        let Some(a) = at(i) else { return false };
        let joined = toks.get(i + 1) == Some(&Tok::Dash)
            || matches!(
                word(toks.get(i + 1)),
                Some("to" | "through" | "until" | "till")
            );
        match at(i + 2).filter(|_| joined) {
            // The run wraps past Sunday in "Friday to Monday".
            Some(b) => days
                .iter()
                .any(|&d| (d + DAYS - a) % DAYS <= (b + DAYS - a) % DAYS),
            None => days.contains(&a),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Dimension::*;

    fn m(value: f64, dimension: Dimension) -> Measure {
        Measure { value, dimension }
    }

    #[test]
    fn a_line_names_figures_with_their_unit() {
        assert_eq!(measures("harness size for 80cm waist?"), [m(80.0, Length)]);
        assert_eq!(
            measures("what size nappies for an 8 kg baby"),
            [m(8000.0, Mass)]
        );
        assert_eq!(measures("a candle for a 35 m2 room"), [m(35.0, Area)]);
        assert_eq!(measures("a 1,500 g bag"), [m(1500.0, Mass)]);
        assert_eq!(measures("my 14 yo wants to come"), [m(14.0, Age)]);
        assert_eq!(measures("violin for an 8 year old"), [m(8.0, Age)]);
        assert_eq!(measures("for my 8-year-old"), [m(8.0, Age)]);
        assert_eq!(measures("my daughter is 14, can she come?"), [m(14.0, Age)]);
    }

    #[test]
    fn bare_numbers_are_no_figures() {
        assert!(measures("where is order 1042").is_empty());
        assert!(measures("is the motor covered after 3 years?").is_empty());
        assert!(measures("I am 14 minutes away").is_empty());
        assert!(measures("order 12 is 3 days late").is_empty());
        // Sums of money are price bands' (`bands`), not figures.
        assert!(measures("my basket is 350 zł, €40 more").is_empty());
    }

    #[test]
    fn ranges_hold_figures_of_their_unit() {
        let waist = m(80.0, Length);
        assert_eq!(
            holding("M: waist 76–86 cm, leg loops 54–59 cm.", &[waist], &[]),
            1
        );
        assert_eq!(
            holding("S: waist 66–76 cm, leg loops 50–55 cm.", &[waist], &[]),
            0
        );
        assert_eq!(holding("M: waist 76–86 cm.", &[waist], &["waist"]), 2);
        assert_eq!(
            holding("L: chest (cm) 104–112, waist (cm) 76–84", &[waist], &[]),
            1
        );
        assert_eq!(
            holding("3: baby's weight 6–10 kg.", &[m(8000.0, Mass)], &[]),
            1
        );
        assert_eq!(
            holding("Cloud Bed L: pets up to 25 kg.", &[m(22000.0, Mass)], &[]),
            1
        );
        assert_eq!(
            holding("Cloud Bed L: pets up to 25 kg.", &[m(26000.0, Mass)], &[]),
            0
        );
        // A length does not hold a weight.
        assert_eq!(holding("3: length 6–10 cm.", &[m(8000.0, Mass)], &[]), 0);
    }

    #[test]
    fn a_day_is_held_by_its_name_or_a_run_of_days() {
        let tuesday = days_named(["close", "todai", "tuesdai"]);
        assert_eq!(tuesday, [1]);
        assert!(holds_day("Monday to Friday: hours 10:00–19:00.", &tuesday));
        assert!(holds_day("Open Mon–Sat 9:00–18:00.", &tuesday));
        assert!(!holds_day("Saturday: hours 10:00–14:00.", &tuesday));
        assert!(!holds_day("Wednesday to Sunday: 12:00–22:00.", &tuesday));
        assert!(holds_day(
            "weekend (Friday to Monday) €42",
            &days_named(["sundai"])
        ));
        assert!(holds_day(
            "Sunday and public holidays: closed.",
            &days_named(["sundai"])
        ));
        assert!(!holds_day("Open every day.", &[]));
    }

    #[test]
    fn ages_need_an_age_word_or_a_year() {
        let fourteen = m(14.0, Age);
        assert_eq!(
            holding(
                "Children under 16 need an adult with them.",
                &[fourteen],
                &[]
            ),
            1
        );
        assert_eq!(
            holding(
                "Children under 12 need an adult with them.",
                &[fourteen],
                &[]
            ),
            0
        );
        assert_eq!(
            holding(
                "Students and 7–17-year-olds: cover charge €4.",
                &[fourteen],
                &[]
            ),
            1
        );
        assert_eq!(
            holding(
                "1/2: age, as a guide 7–9, arm length 52–56 cm.",
                &[m(8.0, Age)],
                &[]
            ),
            1
        );
        assert_eq!(
            holding("Orders under 16 items ship free.", &[fourteen], &[]),
            0
        );
        assert_eq!(holding("Delivery in 10–20 days.", &[fourteen], &[]), 0);
    }
}
