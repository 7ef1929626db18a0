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
            // "I'd hate for it to expire", "I would hate to lose it": a
            // wish, not anger.
            let wish = x == "hate"
                && ((i > 0 && matches!(w[i - 1].as_str(), "d" | "would"))
                    || w.get(i + 1).is_some_and(|n| n == "for"));
            score +=
                if asked_for || wish || (x == "worst" && w.get(i + 1).is_some_and(|n| n == "case"))
                {
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

/// Whether a line shows any feeling at all: an anger word, an
/// exclamation, a negation ("nobody answers", "still not here"), or words
/// of waiting, repeating or complaining, in English or through the
/// glossary. The reader's "upset" on a line with none of these ("is
/// Barça playing this weekend", "and to Norway?") comes from words it
/// saw in complaints, not from the customer's mood.
pub(super) fn feeling_shown(message: &str) -> bool {
    const MARKS: &[&str] = &[
        "not",
        "no",
        "never",
        "nobody",
        "nothing",
        "still",
        "again",
        "already",
        "wait",
        "waiting",
        "waited",
        "complaint",
        "complain",
        "wrong",
        "bad",
        "angry",
        "disappointed",
        "terrible",
        "worst",
        "problem",
        "why",
        "seriously",
        "really",
        "enough",
        "ignored",
        "ignoring",
        "answer",
        "reply",
        "weeks",
        "days",
        "months",
        "week",
        "month",
        "time",
        "keep",
        "same",
        "circles",
        "repeat",
        "repeating",
        "nowhere",
        "hopeless",
        "useless",
    ];
    // Waiting, a time span, shame and "enough" in the glossary's first
    // languages, where the glossary leaves them unread.
    const FOREIGN: &[&str] = &[
        "esperando",
        "espero",
        "semana",
        "semanas",
        "vergüenza",
        "verguenza",
        "molesto",
        "molesta",
        "harto",
        "harta",
        "mal",
        "reicht",
        "warte",
        "warten",
        "woche",
        "wochen",
        "attends",
        "attendre",
        "semaine",
        "semaines",
        "honte",
        "marre",
        "aspetto",
        "settimana",
        "settimane",
        "vergogna",
        "czekam",
        "tydzień",
        "tygodnie",
        "wstyd",
        "wacht",
        "wachten",
        "weken",
        "vergonha",
        "čekám",
        "týden",
        "týdny",
        "väntar",
        "vecka",
        "veckor",
        "venter",
        "uke",
        "uger",
        "uge",
        "περιμένω",
        "εβδομάδα",
        "εβδομάδες",
    ];
    if anger(message) > 0.0
        || message.contains('!')
        || super::model::model().has_upset_word(message)
    {
        return true;
    }
    let english = crate::glossary::with_english(message);
    text::words(&english).iter().any(|w| {
        MARKS.contains(&w.as_str())
            || FOREIGN.contains(&w.as_str())
            || super::signals::NOT.contains(&w.as_str())
    })
}

/// "The staff were not rude at all, thanks", "no problem at all": a mood
/// word denied outright. The line praises or reassures; a reader that
/// counts "not" and "rude" as upset reads it backwards.
pub(super) fn mood_denied(message: &str) -> bool {
    const MOOD: &[&str] = &[
        "rude",
        "bad",
        "wrong",
        "problem",
        "problems",
        "issue",
        "issues",
        "unhappy",
        "upset",
        "angry",
        "disappointed",
        "unfriendly",
        "impolite",
        "complaint",
        "complaints",
    ];
    let w = text::words(message);
    w.iter().enumerate().any(|(i, x)| {
        MOOD.contains(&x.as_str())
            && w[i.saturating_sub(2)..i]
                .iter()
                .any(|b| matches!(b.as_str(), "not" | "no" | "never" | "nothing"))
            && w.get(i + 1).is_some_and(|a| a == "at")
            && w.get(i + 2).is_some_and(|a| a == "all")
    })
}

/// "If I don't get my refund by Friday I'm taking this to my lawyer", "je
/// vais saisir la DGCCRF", "vi denuncio", "os voy a denunciar": a threat
/// of lawyers, courts or the consumer authority. Whatever the shop, such a
/// line is for a person, never for the help pages. A question ("do I need
/// a lawyer to…?") threatens no one; French "avocat" is also an avocado,
/// so it counts only beside a word that makes it the profession's.
pub(super) fn legal_threat(w: &[String], message: &str) -> bool {
    const LEGAL: &[&str] = &[
        "lawyer",
        "lawyers",
        "solicitor",
        "attorney",
        "sue",
        "suing",
        "lawsuit",
        "ombudsman",
        "dgccrf",
        "tribunal",
        "procès",
        "anwalt",
        "anwältin",
        "rechtsanwalt",
        "verbraucherzentrale",
        "verklagen",
        "avvocato",
        "avvocati",
        "denuncio",
        "denuncerò",
        "denunciare",
        "abogado",
        "abogados",
        "denunciar",
        "denunciaré",
        "denunciaros",
        "denunciarles",
        "denunciaremos",
        "advogado",
        "advocaat",
        "adwokat",
        "adwokata",
        "prawnika",
        // Consumer authorities by name: a complaint to them is a threat
        // the shop's people answer.
        "konsumentverket",
        "forbrukerrådet",
        "forbrugerrådet",
        "kuluttajaneuvonta",
        "anpc",
        "ptac",
        "ccpc",
        "uokik",
        "čoi",
        "odvjetniku",
        "odvjetnika",
        // The later languages' authorities by their short names: Bulgaria's
        // consumer commission, Slovakia's trade inspection, Lithuania's
        // consumer rights service, Italy's consumer associations.
        "кзп",
        "vvtat",
        "codacons",
        "altroconsumo",
        "consumentenbond",
        "geschillencommissie",
    ];
    // Going to court, an inspectorate or the consumer authority, in the
    // languages added later ("podám na vás žalobu", "obrátím se na Českou
    // obchodní inspekci", "prijavit ću vas inspekciji", "iesniegšu
    // sūdzību Veselības inspekcijā", "обращусь в общество защиты прав
    // потребителей"): the beginnings of the words, in their case forms.
    const LEGAL_STEMS: &[&str] = &[
        "žalob",
        "inspekc",
        "inspekci",
        "inspektor",
        "tarbijakaits",
        "spotřebitel",
        "spotrebiteľ",
        "potrošač",
        "potrošnik",
        "patērētāj",
        "потребител",
        "споживач",
        // Lawyers, lawsuits, courts and the consumer's own bodies in the
        // languages the lists above left out, and the Slovene spelling of
        // the inspectorate ("grem na tržni inšpektorat", "ще ви съдя",
        // "θα κάνω μήνυση", "kreipsiuosi į advokatą").
        "inšpekc",
        "inšpektor",
        "odvetnik",
        "tožb",
        "tužb",
        "tužit",
        "advokat",
        "advokát",
        "advokaat",
        "адвокат",
        "δικηγόρ",
        "δικηγορ",
        "dikigor",
        "μήνυσ",
        "δικαστήρι",
        "καταναλωτ",
        "ügyvéd",
        "békéltető",
        "forbrugerombud",
        "forbrugerklage",
        "reklamationsnämnd",
        "kuluttajariita",
        "kuluttaja-asiamie",
        "schlichtungsstelle",
        "rzecznik",
        "avukat",
        "tüketici",
        "mahkeme",
        "съдя",
    ];
    const PHRASES: &[&str] = &[
        "legal action",
        "small claims",
        "trading standards",
        "porter plainte",
        "porte plainte",
        "rechtliche schritte",
        "azioni legali",
        "acciones legales",
        // "I'm filing a complaint with <the authority>", whatever it is
        // called where the customer lives.
        "filing a complaint with",
        "file a complaint with",
        "lodge a complaint with",
        "lodging a complaint with",
        "report you to",
        "consumer protection",
        "consumer centre",
        "consumer center",
        "mise en demeure",
        "livro de reclamações",
        "hoja de reclamaciones",
        "hoja de reclamación",
        "queixa na deco",
        "livro de reclamacoes",
        "des consommateurs",
        "verbraucherzentrum",
        "в суд",
        "do sądu",
        "до суду",
        "в съда",
        "на съд",
        "k soudu",
        "u soudu",
        "na súd",
        "na sud",
        "vor gericht",
        "į teismą",
        "tiesā",
        "kohtusse",
        "vartotojų teis",
        "oficina del consumidor",
        "defensa del consumidor",
        "defesa do consumidor",
        "asociación de consumidores",
        "protecția consumatorului",
        "protecţia consumatorului",
        "protectia consumatorului",
        "associazione consumatori",
        "associazione dei consumatori",
    ];
    if text::ends_as_question(message) {
        return false;
    }
    let line = w.join(" ");
    let avocat = w.iter().enumerate().any(|(i, x)| {
        matches!(x.as_str(), "avocat" | "avocats")
            && (i > 0 && matches!(w[i - 1].as_str(), "mon" | "notre" | "un")
                || w.iter()
                    .any(|y| matches!(y.as_str(), "saisir" | "contacter" | "justice")))
    });
    // Hungarian consumer protection in its case forms
    // ("fogyasztóvédelemhez fordulok").
    let authority = w.iter().any(|x| x.starts_with("fogyasztóvéd"));
    avocat
        || authority
        || w.iter().any(|x| LEGAL.contains(&x.as_str()))
        || w.iter()
            .any(|x| LEGAL_STEMS.iter().any(|l| x.starts_with(l)))
        || PHRASES.iter().any(|p| line.contains(p))
}

/// "The guy at the shop was really rude to my wife", "la vendeuse a été
/// très désagréable avec moi", "der Verkäufer war unhöflich zu mir": a
/// complaint about how the shop's people behaved, which only the shop can
/// answer for. The word must be said of someone: followed by "to" or
/// "with" someone, or after a person ("he", "the driver"). "A disagreeable
/// taste", "sorry to be rude" and "not rude at all" are not.
pub(super) fn staff_conduct(w: &[String]) -> bool {
    const RUDE: &[&str] = &[
        "rude",
        "condescending",
        "arrogant",
        "herablassend",
        "condescendant",
        "condiscendente",
        "impolite",
        "insulting",
        "disrespectful",
        "unhöflich",
        "unfreundlich",
        "beleidigend",
        "désagréable",
        "desagreable",
        "impoli",
        "impolie",
        "insultant",
        "irrespectueux",
        "irrespectueuse",
        "méprisant",
        "méprisante",
        "scortese",
        "maleducato",
        "maleducata",
        "sgarbato",
        "sgarbata",
        "grosero",
        "grosera",
        "maleducado",
        "maleducada",
        "grosseiro",
        "grosseira",
        "mal-educado",
        "onbeleefd",
        "onvriendelijk",
        "niegrzeczny",
        "niegrzeczna",
        "nieuprzejmy",
        "nieuprzejma",
        "chamski",
        "chamska",
        "oförskämd",
        "uhøflig",
        "ohövlig",
        "otrevlig",
        "borde",
        "mal-educada",
        "niemiły",
        "niemiła",
        "nepříjemný",
        "nepříjemná",
        "nepríjemný",
        "nepríjemná",
        "nezdvořilý",
        "nezdvořilá",
        "udvariatlan",
        "αγενής",
        "nevljudan",
        "nevljudna",
        "nevljuden",
        "nepristojna",
        "nepristojen",
        "epäkohtelias",
        "töykeä",
        "ebaviisakas",
        "nepieklājīgs",
        "nepieklājīga",
        "nemandagus",
        "nemandagi",
        "nepoliticos",
        "nepoliticoasă",
        "грубый",
        "грубая",
        "грубий",
        "груба",
        "неввічливий",
        "неввічлива",
    ];
    // To or with someone: "rude to my wife", "désagréable avec moi".
    const TOWARDS: &[&str] = &[
        "to",
        "with",
        "towards",
        "avec",
        "envers",
        "zu",
        "gegenüber",
        "mit",
        "con",
        "conmigo",
        "tegen",
        "wobec",
        "com",
        "mot",
        "comigo",
        "velem",
        "dla",
        "μαζί",
        "mnou",
        "mig",
        "meg",
    ];
    // Someone the word is said of.
    const ACTOR: &[&str] = &[
        "he",
        "she",
        "they",
        "staff",
        "driver",
        "courier",
        "guy",
        "employee",
        "seller",
        "sommelier",
        "vendeur",
        "vendeuse",
        "livreur",
        "livreuse",
        "er",
        "sie",
        "verkäufer",
        "verkäuferin",
        "mitarbeiter",
        "mitarbeiterin",
        "fahrer",
        "lui",
        "lei",
        "commesso",
        "commessa",
        "corriere",
        "él",
        "ella",
        "vendedor",
        "vendedora",
        "dependiente",
        "dependienta",
        "repartidor",
        "ele",
        "ela",
        "hij",
        "zij",
        "medewerker",
        "bezorger",
        "verkoper",
        "ona",
        "sprzedawca",
        "sprzedawczyni",
        "kurier",
        // "The optician who did my eye test was rude", and the shop's
        // people in the later languages.
        "who",
        "pani",
        "pan",
        "prodavač",
        "prodavačka",
        "predavač",
        "eladó",
        "kolléga",
        "kolega",
        "senhora",
        "senhor",
        "υπάλληλος",
        "työntekijä",
        "myyjä",
        "müüja",
        "pārdevēja",
        "pārdevējs",
        "darbinieks",
        "pardavėja",
        "pardavėjas",
        "продавец",
        "продавщица",
        "продавець",
        "консультант",
        "фармацевт",
        "сотрудник",
        "співробітник",
    ];
    const SPOKE_BADLY: &[&str] = &[
        "parlé très mal",
        "mal parlé",
        "parlé mal",
        "laughed at",
        "yelled at",
        "shouted at",
        "crié dessus",
        "angeschrien",
        "ha urlato",
        "me gritó",
        // Shouted at, hung up on, was rude to (a verb of its own in
        // Russian and Ukrainian).
        "kiabált velem",
        "huusi meille",
        "huusi minulle",
        "křičel na mě",
        "křičela na mě",
        "kričal name",
        "kričala name",
        "vikao na mene",
        "vikala na mene",
        "нагрубил",
        "нагрубила",
        "нагрубив",
        "нагрубили",
        "hung up on",
        "lade på mitt i",
        "lade på luren",
        "się rozłączyła",
        "się rozłączył",
        "rozłączyła się",
        "rozłączył się",
        "me colgó",
        "m'a raccroché",
        "einfach aufgelegt",
        "desligou-me na cara",
        "desligou na minha cara",
        "trattato malissimo",
        "trattata malissimo",
        "trattato male",
        "trattata male",
        "treated me badly",
        "treated us badly",
        "treated my",
        // Danish and Slovene "rude" is also "outrageous" ("uforskammet
        // dyrt", "nesramno drago"): rude only towards someone, "var
        // uforskammet over for min mor", "je bila nesramna do mene".
        "uforskammet over for",
        "uforskammede over for",
        "nesramna do",
        "nesramen do",
        "nesramni do",
        "nesramna z",
        "nesramen z",
    ];
    let line = w.join(" ");
    let said_of_someone = w.iter().enumerate().any(|(i, x)| {
        if !RUDE.contains(&x.as_str()) {
            return false;
        }
        let before = &w[i.saturating_sub(4)..i];
        let excused = i > 0
            && matches!(
                w[i - 1].as_str(),
                "be" | "being" | "sound" | "sounds" | "seem" | "seems"
            );
        let negated = before.iter().any(|b| {
            matches!(
                b.as_str(),
                "not" | "never" | "pas" | "nicht" | "non" | "niet" | "nie" | "no" | "nada"
            )
        });
        let towards = w[i + 1..(i + 3).min(w.len())]
            .iter()
            .any(|a| TOWARDS.contains(&a.as_str()));
        let actor = w[..i].iter().any(|a| ACTOR.contains(&a.as_str()));
        !excused && !negated && (towards || actor)
    });
    said_of_someone || SPOKE_BADLY.iter().any(|p| line.contains(p))
}
