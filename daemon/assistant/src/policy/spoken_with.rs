//! Whom the customer would talk *with*, in the languages that say so
//! with a preposition ("gribu runāt ar farmaceitu", "lahko govorim s
//! serviserjem?", "Kann ich mit einem Techniker reden?"), a case ending
//! (Hungarian "beszélhetnék egy szerelővel", Estonian "kas saab
//! apteekriga rääkida?"), a word after the noun (Finnish "haluaisin
//! jutella farmaseutin kanssa") or a "with" left at the end (Swedish "vem
//! kan vi prata med?"). Whoever one talks with is a person, whatever the
//! shop calls them (a pharmacist, a fitter, "Mihai de la montaj"), as
//! `Clause::role_spoken_to` reads English "talk to X"; "with whom can we
//! talk?" asks for one too. Not the assistant ("with you", "with a bot"),
//! not the customer's own people ("with my husband"), and not a thing the
//! glossary reads ("s objednávkou").

/// "With" as a word of its own, before the one talked with.
const WITH: &[&str] = &[
    "ar", "su", "s", "z", "se", "ze", "so", "sa", "cu", "mit", "met", "med", "con", "col", "com",
    "avec", "à", "au", "με", "me", "amb", "við", "с", "со", "з", "із", "зі", "le",
];

/// Words between "with" and the one talked with: articles, "your",
/// "real". Not "one (of)": "con uno de ustedes" is with one of the team.
const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "the",
    "un",
    "una",
    "um",
    "uma",
    "une",
    "ein",
    "einem",
    "einer",
    "einen",
    "een",
    "en",
    "et",
    "ett",
    "egy",
    "la",
    "l",
    "il",
    "lo",
    "o",
    "de",
    "del",
    "dos",
    "das",
    "da",
    "do",
    "dem",
    "den",
    "der",
    "your",
    "jūsu",
    "jusu",
    "jūsų",
    "jusu",
    "vašim",
    "vaším",
    "vašo",
    "vašom",
    "vašega",
    "vašeg",
    "vašu",
    "вашим",
    "вашою",
    "вашого",
    "вашего",
    "ihrem",
    "ihrer",
    "uw",
    "jeres",
    "deres",
    "teie",
    "rigtig",
    "echten",
    "echtem",
    "vostro",
    "vostra",
    "votre",
    "vuestro",
    "vuestra",
];

/// The assistant and the customer's own people: talking with them asks
/// for no one.
const NO_ONE: &[&str] = &[
    "you",
    "u",
    "vous",
    "toi",
    "te",
    "ti",
    "tebou",
    "tebe",
    "tobą",
    "vami",
    "vámi",
    "vama",
    "wami",
    "jums",
    "jumis",
    "tavimi",
    "tevi",
    "tevis",
    "вами",
    "вас",
    "тобой",
    "тобою",
    "вамі",
    "тобі",
    "dir",
    "euch",
    "ihnen",
    "dich",
    "jou",
    "jullie",
    "dig",
    "deg",
    "dere",
    "er",
    "jer",
    "você",
    "vocês",
    "voi",
    "usted",
    "ustedes",
    "vosotros",
    "σας",
    "εσάς",
    "εσένα",
    "sas",
    "esas",
    "vosaltres",
    "vostè",
    "þig",
    "ykkur",
    "mnou",
    "mną",
    "мной",
    "мною",
    "mani",
    "manimi",
    "me",
    "my",
    "mi",
    "mio",
    "mia",
    "mon",
    "ma",
    "mes",
    "mein",
    "meinem",
    "meiner",
    "mijn",
    "min",
    "mitt",
    "mina",
    "meu",
    "minha",
    "mojim",
    "mojo",
    "mojom",
    "mým",
    "mojim",
    "mano",
    "savo",
    "manu",
    "savu",
    "моим",
    "моей",
    "моїм",
    "моєю",
];

/// Hungarian "with" endings on the words that are the customer or the
/// assistant: "veled", "önnel", "bottal".
const NO_ONE_HU: &[&str] = &[
    "velem",
    "veled",
    "velünk",
    "veletek",
    "önnel",
    "önökkel",
    "magával",
    "magukkal",
    "bottal",
    "robottal",
    "chatbottal",
    "géppel",
];

/// The same in Estonian ("-ga") and Finnish (the word before "kanssa").
const NO_ONE_ET_FI: &[&str] = &[
    "minuga",
    "sinuga",
    "teiega",
    "botiga",
    "robotiga",
    "vestlusrobotiga",
    "masinaga",
    "teidän",
    "sinun",
    "minun",
    "botin",
    "robotin",
    "chatbotin",
];

/// Whether the line asks to talk with someone. `english` is the
/// glossary's English for each of `w`'s words; lines in English are
/// `Clause`'s business and have no glossary verb to talk.
pub(super) fn talks_with_someone(w: &[String], english: &[Vec<&str>]) -> bool {
    let talks: Vec<usize> = (0..w.len())
        .filter(|&i| english[i].iter().any(|e| matches!(*e, "talk" | "speak")))
        .collect();
    let near = |i: usize| talks.iter().any(|&t| i != t && i.abs_diff(t) <= 4);
    let someone = |i: usize| {
        let x = w[i].as_str();
        !NO_ONE.contains(&x)
            && !WITH.contains(&x)
            && !x.starts_with("bot")
            && !x.starts_with("robot")
            && !x.starts_with("chatbot")
            && !x.starts_with("assist")
            && !x.starts_with("asist")
            && !matches!(x, "ai" | "ia" | "ki")
            // A thing the glossary reads is what the talk is about.
            && english[i].iter().all(|e| PERSONS.contains(e))
    };
    let after_with = (0..w.len()).any(|i| {
        WITH.contains(&w[i].as_str())
            && near(i)
            && (i + 1..w.len())
                .find(|&j| !DETERMINERS.contains(&w[j].as_str()))
                .is_some_and(someone)
    });
    // Hungarian "-val/-vel" (after a consonant, doubling it: "munkatárssal",
    // "emberrel") and Estonian "-ga".
    let by_ending = (0..w.len()).any(|i| {
        let x = w[i].as_str();
        let chars: Vec<char> = x.chars().collect();
        let n = chars.len();
        let hu = n >= 5
            && (x.ends_with("val")
                || x.ends_with("vel")
                || ((x.ends_with("al") || x.ends_with("el"))
                    && chars[n - 3] == chars[n - 4]
                    && !"aeiouáéíóöőúüű".contains(chars[n - 3])))
            && !NO_ONE_HU.contains(&x);
        let et = n >= 5 && x.ends_with("ga") && !NO_ONE_ET_FI.contains(&x);
        (hu || et) && near(i) && someone(i)
    });
    // Finnish "X:n kanssa": the one talked with comes before it.
    let kanssa = (1..w.len()).any(|i| {
        w[i] == "kanssa" && near(i) && !NO_ONE_ET_FI.contains(&w[i - 1].as_str()) && someone(i - 1)
    });
    // "Vem kan vi prata med?", "hvem kan jeg snakke med?".
    let stranded = talks.iter().any(|&t| {
        w[..t].iter().any(|x| x == "vem" || x == "hvem")
            && w[t + 1..].last().is_some_and(|x| x == "med")
    });
    after_with || by_ending || kanssa || stranded
}

/// The glossary's English for a person: the one word that may stand
/// where the one talked with does.
const PERSONS: &[&str] = &[
    "person",
    "human",
    "operator",
    "agent",
    "staff",
    "employee",
    "someone",
    "live",
    "living",
    "manager",
    "colleague",
    "real",
    "expert",
    "specialist",
    "technician",
];

#[cfg(test)]
mod tests {
    use super::talks_with_someone;

    fn reads(line: &str) -> bool {
        let w = crate::text::words(line);
        talks_with_someone(&w, &super::super::person::english_per_word(&w))
    }

    #[test]
    fn whoever_one_talks_with_is_a_person() {
        for m in [
            "gribu runāt ar farmaceitu",
            "vai varu runāt ar jūsu vadītāju?",
            "lahko govorim s serviserjem?",
            "Želim govoriti z vodjo trgovine.",
            "Dobrý den, rád bych mluvil s vedoucím prodejny.",
            "Kann ich mit einem Techniker reden?",
            "se poate să vorbesc cu Mihai de la montaj?",
            "posso falar com um dos joalheiros?",
            "quiero hablar con uno de ustedes",
            "haluaisin jutella farmaseutin kanssa",
            "onko mahdollista jutella ihan oikean työntekijän kanssa?",
            "beszélhetnék egy szerelővel",
            "kas saab apteekriga rääkida?",
            "má ég fá að tala við starfsmann?",
            "mporw na milisw me kapoion?",
            // With whom: who can we talk to.
            "met wie kan ik praten?",
            "cu cine pot vorbi despre o colaborare?",
            "su kuo galėčiau pasikalbėti?",
            "kivel beszélhetnénk viszonteladásról?",
            "kellega saaks rääkida?",
            "vem kan vi prata med?",
        ] {
            assert!(reads(m), "{m}");
        }
    }

    #[test]
    fn talking_with_the_assistant_or_ones_own_is_no_one() {
        for m in [
            "gribu runāt ar jums par pasūtījumu",
            "chci mluvit s robotem",
            "kann ich mit dir über die Lieferung reden?",
            "quiero hablar con mi marido primero",
            "beszélhetek veled a szállításról?",
            "kas saab teiega rääkida?",
            "voinko jutella teidän kanssa?",
            "kan jeg snakke med dere om levering?",
            "mit der Bestellung reden",
            // No verb to talk: what happened with someone is the story.
            "a chaten tegnap nagyon udvariatlan volt velem a kolléga",
            "paket je prišel s kurirjem",
        ] {
            assert!(!reads(m), "{m}");
        }
    }
}
