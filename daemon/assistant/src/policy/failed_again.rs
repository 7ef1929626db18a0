//! A fix that went wrong once more: the replacement sent to put a fault
//! right came damaged or wrong too, or a repair (or a warranty claim) did
//! not hold and the fault is back. A second claim on the same fault is
//! for staff to judge, not for the help pages' steps, which the customer
//! has been through once already.

use super::signals::asks_how_cases_go;

/// "Again" in the shops' languages, for a fix that went wrong once more.
/// Not Spanish and Portuguese "otra"/"outra" alone (another).
pub(super) const AGAIN: &[&str] = &[
    "again",
    "wieder",
    "erneut",
    "encore",
    "ancora",
    "novamente",
    "weer",
    "opnieuw",
    "znowu",
    "znów",
    "znovu",
    "zase",
    "znova",
    "opet",
    "ponovo",
    "ponovno",
    "spet",
    "megint",
    "újra",
    "ismét",
    "iar",
    "igen",
    "uudelleen",
    "taas",
    "jälleen",
    // The later languages: "po oprave v záruke opäť nefunguje",
    // "после ремонта снова не работает", "to je že drugič".
    "opäť",
    "снова",
    "знову",
    "отново",
    "jälle",
    "vėl",
    "atkal",
    "podruhé",
    "drugič",
    "nochmal",
    "nochmals",
    "igjen",
];

/// "Again" said in two words: "di nuovo", "de nuevo", "otra vez",
/// "de novo", "una volta ancora".
fn again_in_two_words(words: &[String]) -> bool {
    words.windows(2).any(|p| {
        matches!(
            (p[0].as_str(), p[1].as_str()),
            ("di", "nuovo")
                | ("de", "nuevo")
                | ("otra", "vez")
                | ("de", "novo")
                | ("de", "nouveau")
                // "a second time", "drugi put zaredom", "втори път"
                | ("second", "time")
                | ("drugi", "put")
                | ("drugi", "puta")
                | ("втори", "път")
                | ("второй", "раз")
                | ("другий", "раз")
                | ("po", "druhé")
                | ("outra", "vez")
                | ("segunda", "vez")
                | ("seconda", "volta")
                | ("deuxième", "fois")
                | ("zweiten", "mal")
                | ("toista", "kertaa")
        )
    })
}

/// Damaged, dented, cracked, in words the glossary leaves unread.
pub(super) const FAILED_FOREIGN: &[&str] = &[
    "zerbrochen",
    "zerbrochene",
    "rovinato",
    "rovinata",
    "rovinati",
    "danneggiato",
    "danneggiata",
    "rotto",
    "rotta",
    "promáčklá",
    "promáčknutá",
    "promáčknutý",
    "poškozená",
    "poškozený",
    "rozbitá",
    "rozbitý",
    "pęknięta",
    "pęknięty",
    "pęknięte",
    "uszkodzona",
    "uszkodzony",
    "rozbita",
    "rozbity",
    "trasig",
    "trasiga",
    "ødelagt",
    "ødelagte",
    "kapot",
    "kaputt",
    "cassé",
    "cassée",
    "abîmé",
    "abîmée",
    "dañado",
    "dañada",
    "roto",
    "rota",
    "danificado",
    "danificada",
    "partido",
    "partida",
    "quebrado",
    "quebrada",
    "надраскан",
    "надраскана",
    "zlá",
    "zlý",
    "zlé",
    "špatná",
    "špatný",
    "špatné",
];

/// "Doesn't work" in the shops' languages: the verb of working after a
/// negation ("ne dela", "nicht funktioniert", "no funciona"), or fused
/// with it ("nefunguje").
fn not_working(words: &[String]) -> bool {
    const WORKS: &[&str] = &[
        "work",
        "works",
        "working",
        "funktioniert",
        "geht",
        "marche",
        "fonctionne",
        "funciona",
        "funziona",
        "werkt",
        "działa",
        "funguje",
        "dela",
        "radi",
        "működik",
        "merge",
        "funcționează",
        "fungerar",
        "virker",
        "fungerer",
        "toimi",
        "работает",
        "працює",
        "работи",
        "veikia",
        "darbojas",
        "tööta",
    ];
    const FUSED: &[&str] = &[
        "nefunguje",
        "nefungeruje",
        "neveikia",
        "nedarbojas",
        "nefunkčný",
    ];
    words.iter().any(|x| FUSED.contains(&x.as_str()))
        || (0..words.len()).any(|i| {
            // Before the verb ("ne dela", "no funciona") or after it
            // ("funktioniert nicht", "werkt niet").
            WORKS.contains(&words[i].as_str())
                && (i.saturating_sub(2)..(i + 3).min(words.len()))
                    .any(|j| j != i && (super::signals::negates(words, j) || words[j] == "nicht"))
        })
}

/// The new one, in the languages of the shops: "the new one", "die neue",
/// "de nya", "la nuova", "nowa".
const NEW_ONE: &[&str] = &[
    "new",
    "neue",
    "neuen",
    "neuer",
    "neues",
    "nouvelle",
    "nouveau",
    "nueva",
    "nuevo",
    "nuova",
    "nuovo",
    "nova",
    "novo",
    "nieuwe",
    "nowa",
    "nowy",
    "nowe",
    "nya",
    "nye",
    "nová",
    "nový",
    "nové",
    "yeni",
    "новият",
    "новия",
    "новата",
    "новото",
    "новый",
    "новая",
    "новий",
    "нова",
];

/// "The replacement bottle arrived broken too", "auch die Ersatzflasche
/// kam zerbrochen an", "der Ersatz ist wieder falsch": what was sent to
/// put a fault right went wrong again. Only staff can sort it out.
pub(super) fn replacement_failed_again(words: &[String], english: &[String]) -> bool {
    let replacement = words.iter().any(|x| {
        x.starts_with("replacement")
            || x.starts_with("ersatz")
            || x.starts_with("sostitutiv")
            || x.starts_with("remplacement")
            || x.starts_with("reemplazo")
            || x.starts_with("reposición")
            || x.starts_with("substitui")
            || x.starts_with("vervang")
            || x.starts_with("zamienn")
            || x.starts_with("korvaav")
            || x.starts_with("nadomest")
            || x.starts_with("zamjensk")
            || x.starts_with("náhradn")
            || x.starts_with("asendus")
            || x.starts_with("pakaitin")
            || x.starts_with("înlocui")
            || x.starts_with("заменн")
            || x.starts_with("замін")
            || x.starts_with("заместващ")
            || x.starts_with("ersättning")
            || x.starts_with("erstatning")
            || x.starts_with("sustituci")
            || x.starts_with("aizvietot")
            || x.starts_with("výmen")
    }) || words
        .windows(3)
        .any(|p| p[0] == "sent" && p[1] == "another" && p[2] == "one")
        // "the new ones came broken too", "de nya kom också trasiga":
        // the new one is the replacement, when it went wrong too.
        || words.iter().any(|x| NEW_ONE.contains(&x.as_str()));
    // German "zerbrochen", which the glossary leaves unread, beside the
    // glossary's English.
    let failed = words.iter().any(|x| FAILED_FOREIGN.contains(&x.as_str()))
        || not_working(words)
        || english.iter().any(|x| {
            matches!(
                x.as_str(),
                "broken"
                    | "broke"
                    | "damaged"
                    | "smashed"
                    | "cracked"
                    | "wrong"
                    | "leaking"
                    | "faulty"
                    | "dead"
                    | "crushed"
                    | "scratched"
                    | "dented"
                    | "zerbrochen"
                    | "zerbrochene"
            )
        });
    // What was sent to put it right went wrong "too" (or again, `AGAIN`).
    const TOO: &[&str] = &[
        "too",
        "also",
        "auch",
        "también",
        "otra",
        "anche",
        "aussi",
        "également",
        "também",
        "ook",
        "też",
        "tudi",
        "také",
        "tiež",
        "također",
        "myös",
        "ka",
        "taip",
        "arī",
        "și",
        "тоже",
        "також",
        "също",
        "också",
        "også",
        "taky",
        "ebenfalls",
    ];
    replacement
        && failed
        && (words
            .iter()
            .any(|x| AGAIN.contains(&x.as_str()) || TOO.contains(&x.as_str()))
            || again_in_two_words(words))
        && !words
            .iter()
            .any(|x| matches!(x.as_str(), "if" | "wenn" | "falls" | "si" | "jeśli" | "als"))
}

/// Stems of "repaired" in the shops' languages. "oprav" alone would take
/// Czech "opravdu" (really), hence the longer forms.
pub(super) const REPAIRED: &[&str] = &[
    "repair",
    "fixed",
    "mended",
    "serviced",
    "repar",
    "répar",
    "ripar",
    "consert",
    "gerepar",
    "napraw",
    "opraven",
    "opravil",
    "oprava",
    "poprav",
    "javít",
    "megjavít",
    "korjat",
    "korjau",
    "lagad",
    "lagat",
    "oprave",
    "opravě",
    "opravy",
    "ремонт",
    "parandat",
    "parandus",
    "remont",
    "taisym",
    "suremont",
    "serwis",
    "servis",
    // Sent in under the warranty once ("schon einmal in der
    // Reklamation", "went off under warranty once already").
    "reklamation",
    "reklamac",
    "reklamác",
    "warrant",
    "garantie",
    "garanzia",
    "garantía",
    "gewährleist",
    // "Pod garancijom", "a garancia alatt", "w ramach gwarancji", "v
    // záruce", "takuussa": the warranty in the languages whose word
    // for it the lines above miss.
    "garanc",
    "gwarancj",
    "záruk",
    "záruc",
    "takuu",
    "jamstv",
];

/// "The machine your workshop repaired has stopped again with the same
/// fault", "aparat je popravljen u jamstvu i opet ne radi", "megjavították,
/// és megint ugyanaz a hiba": a repair that did not hold. A second claim on
/// the same fault is for staff to judge, not for the warranty page's steps
/// (which the customer has been through once already).
pub(super) fn repair_failed_again(words: &[String], english: &[String]) -> bool {
    // "Too" and "also" are not enough here ("it was repaired too" says
    // nothing went wrong), only `AGAIN` or the same fault.
    // Or the same fault: "same" alone may be the same day it was done.
    const SAME: &[&str] = &[
        "same",
        "gleiche",
        "gleichen",
        "denselben",
        "même",
        "mismo",
        "misma",
        "stesso",
        "stessa",
        "mesmo",
        "mesma",
        "zelfde",
        "dezelfde",
        "samme",
        "samma",
        "isti",
        "ista",
        "isto",
        "ugyanaz",
        "ugyanazt",
        "rovnaká",
        "rovnaký",
        "stejná",
        "stejný",
        "enaka",
        "enak",
        "sama",
        "същата",
        "същия",
        "же",
        "сама",
        "самая",
    ];
    const FAULT: &[&str] = &[
        "fault",
        "problem",
        "issue",
        "error",
        "defect",
        "thing",
        "kvar",
        "hiba",
        "fehler",
        "problème",
        "problema",
        "fout",
        "feil",
        "fel",
        "vika",
        "napaka",
        "greška",
        "závada",
        "usterka",
        "błąd",
        "defekt",
        "defeito",
        "difetto",
        "guasto",
        "avería",
        "panne",
        "chyba",
        "проблема",
        "дефект",
        "viga",
        "gedimas",
        "kļūda",
        "defekts",
        "поломка",
        "поломку",
        "несправність",
        "неисправность",
    ];
    // The fault came back: "vika palasi heti", "le défaut est revenu",
    // "the problem is back".
    const CAME_BACK: &[&str] = &[
        "back",
        "returned",
        "palasi",
        "revenu",
        "revenue",
        "tornato",
        "tornata",
        "volvió",
        "voltou",
        "wrócił",
        "wróciła",
        "vrátil",
        "vrátila",
        "повернулася",
        "вернулась",
        "zurück",
    ];
    let repaired = words.iter().any(|x| REPAIRED.iter().any(|s| x.starts_with(s)))
        // "the diamond you reset has fallen out again"; a password reset
        // that did not work is the account rules'.
        || (words.iter().any(|x| x == "reset")
            && !words
                .iter()
                .any(|x| matches!(x.as_str(), "password" | "login" | "log" | "code" | "link")));
    let again = words
        .iter()
        .chain(english)
        .any(|x| AGAIN.contains(&x.as_str()))
        || again_in_two_words(words)
        || words.iter().enumerate().any(|(i, x)| {
            SAME.contains(&x.as_str())
                && words[i + 1..]
                    .iter()
                    .take(2)
                    .any(|y| FAULT.contains(&y.as_str()))
        })
        || words.iter().enumerate().any(|(i, x)| {
            FAULT.contains(&x.as_str())
                && words[i + 1..]
                    .iter()
                    .take(2)
                    .any(|y| CAME_BACK.contains(&y.as_str()))
        });
    repaired && again && !asks_how_cases_go(words) && !words.iter().any(|x| x == "if")
}
