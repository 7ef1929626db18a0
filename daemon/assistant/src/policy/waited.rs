//! "How long does a refund take?" and then "I've been waiting five weeks":
//! the answer to the first line is the shop's rule, and the second says
//! the rule was not kept. Neither line alone is a refund gone missing;
//! the pair is, and only staff can chase it. Written in every language
//! the shops' customers use, so the wait is read from its unit of time
//! (weeks, a month), which each language writes its own way, not from
//! the verb.

use crate::text;

/// Beginnings of the words for a week or a month, in the languages the
/// glossary reads. Days are left out: a refund asked about after ten
/// days may well be on time.
const LONG_WAIT: &[&str] = &[
    // weeks
    "week",
    "woche",
    "semana",
    "semaine",
    "settiman",
    "tydzie",
    "tygod",
    "týden",
    "týdn",
    "týžd",
    "hete",
    "hetet",
    "hetek",
    "uge",
    "uger",
    "vecka",
    "veckor",
    "uke",
    "uker",
    "viikko",
    "viiko",
    "nedēļ",
    "savait",
    "nädal",
    "седмиц",
    "тижн",
    "тиждень",
    "недел",
    "неділ",
    "tjedan",
    "tjedn",
    "teden",
    "tedn",
    "săptămân",
    "saptaman",
    "εβδομάδ",
    "hafta",
    // months
    "month",
    "monat",
    "meses",
    "mois",
    "mese",
    "mesi",
    "miesiąc",
    "miesięc",
    "měsíc",
    "mesiac",
    "hónap",
    "måned",
    "månad",
    "kuukau",
    "mēnes",
    "mėnes",
    "mėnuo",
    "месяц",
    "місяц",
    "mjesec",
    "mesec",
    "lună",
    "μήνα",
    "μήνες",
];

/// Whole words only: Spanish and Portuguese "mes", Estonian "kuu",
/// Hungarian "hét" (which begins "hétfő", Monday).
const LONG_WAIT_WHOLE: &[&str] = &["mes", "mês", "kuu", "kuud", "hét"];

/// Days, beside the weeks and months `weeks_or_months` reads.
const DAYS: &[&str] = &[
    "days", "dagen", "dage", "dagar", "dager", "dni", "dny", "dní", "zile", "días", "dias",
    "giorni", "jours", "tage", "tagen", "gün", "gündür", "dies", "napja", "nap",
];

/// A weekend is no wait.
const NOT_A_WAIT: &[&str] = &["weekend", "wochenend", "haftason"];

/// Whether the words name a wait of weeks or months ("tre veckor",
/// "minilo je 5 tednov", "praėjo mėnuo").
pub(super) fn weeks_or_months(words: &[String]) -> bool {
    words.iter().any(|w| {
        (LONG_WAIT.iter().any(|u| w.starts_with(u)) || LONG_WAIT_WHOLE.contains(&w.as_str()))
            && !NOT_A_WAIT.iter().any(|n| w.starts_with(n))
    })
}

/// Whether `message`, said after `scene` (the customer's line before),
/// tells that the money `scene` asked about is weeks or months late.
pub(super) fn refund_waited_for(scene: &str, message: &str) -> bool {
    let asked = text::words(&crate::glossary::with_english(scene));
    if !super::money::money_for_a_return(&asked) || crate::text::ends_as_question(message) {
        return false;
    }
    weeks_or_months(&text::words(message))
}

/// "Still", "yet" and "keep" beside `signals::WAITED` (still, already,
/// ago in the first languages), in the languages it lacks: what the
/// customer did did not last ("I did that in april and still get
/// e-mails", "padariau tai prieš du mėnesius, bet vis dar gaunu laiškus").
const STILL: &[&str] = &[
    "yet",
    "keep",
    "noch",
    "encore",
    "pořád",
    "stále",
    "még",
    "fortsatt",
    "edelleen",
    "vieläkin",
    "vis",
    "vedno",
    "uvijek",
    "ikka",
    "joprojām",
    "всё",
    "все",
    "ещё",
    "досі",
    "още",
    // Still, already and ago in the later languages ("πριν 2 μήνες και
    // ακόμα υπάρχει", "juba septembris", "два месяца назад").
    "πριν",
    "ακόμα",
    "ακόμη",
    "juba",
    "jau",
    "vēl",
    "назад",
    "уже",
    "вже",
    "тому",
    "вече",
];

/// "Still", "already" or "ago" in the served languages (`signals::WAITED`
/// and `STILL`), or "still" said in two words ("vis dar", "все ще", "до
/// сих пор"): what the customer did has not taken. Lithuanian "dar"
/// alone is Spanish "to give" ("dar de baja"), so it counts after "vis".
pub(super) fn still_or_already(words: &[String]) -> bool {
    words
        .iter()
        .any(|x| super::signals::WAITED.contains(&x.as_str()) || STILL.contains(&x.as_str()))
        || words.windows(2).any(|p| {
            matches!(
                (p[0].as_str(), p[1].as_str()),
                ("vis", "dar") | ("все", "ще") | ("до", "сих")
            )
        })
}

/// "How do I delete my account?" and then "I did that in April and still
/// get your e-mails": the deletion the first line asks about was done and
/// did not happen. Private data: the account's business, which staff put
/// right.
pub(super) fn deletion_done_and_undone(scene: &str, message: &str) -> bool {
    let asked = text::words(&crate::glossary::with_english(scene));
    let has = |set: &[&str]| asked.iter().any(|x| set.contains(&x.as_str()));
    let about_deleting =
        has(&["delete", "deleted", "deletion"]) && has(&["account", "data", "profile"]);
    let w = text::words(message);
    let undone = still_or_already(&w) || weeks_or_months(&w);
    about_deleting && undone && !crate::text::ends_as_question(message)
}

/// "Meine Küchenmaschine ist seit 6 Wochen in der Reparatur und ich höre
/// nichts", "il mio sax è in riparazione da due mesi", "reklamace
/// kávovaru trvá už 40 dní": a repair or a warranty claim that has taken
/// weeks, and is still not back. The warranty page's steps were followed
/// when it was sent in; chasing the workshop is staff's. "How long does
/// a repair take?" asks, and "it came back after 3 weeks, all fine" has
/// nothing still waiting.
pub(super) fn repair_waited_for(words: &[String], message: &str) -> bool {
    // The workshop or the warranty, beside the repair stems.
    const WORKSHOP: &[&str] = &[
        "garantia",
        "garanți",
        "garanci",
        "gwarancj",
        "záruk",
        "taller",
        "werkstatt",
        "workshop",
        "atelier",
        "officina",
    ];
    // Still waiting: since, for, already, and no word or no one.
    const STILL_WAITING: &[&str] = &[
        "seit",
        "since",
        "for",
        "da",
        "fa",
        "desde",
        "depuis",
        "sinds",
        "od",
        "už",
        "már",
        "acum",
        "trvá",
        "taking",
        "nothing",
        "nichts",
        "nada",
        "niets",
        "nic",
        "semmi",
        "semmilyen",
        "nimic",
        "ningú",
        "nadie",
        "nikdo",
        "nobody",
        "niemand",
        "personne",
        "nessuno",
    ];
    // "40 dní", "20 de zile": a wait in days, two weeks or more.
    let many_days = (0..words.len()).any(|i| {
        let at = |k: usize| words.get(i + k).map(String::as_str).unwrap_or("");
        words[i].parse::<u32>().is_ok_and(|n| n >= 14)
            && (DAYS.contains(&at(1)) || (at(1) == "de" && DAYS.contains(&at(2))))
    });
    let repair = words.iter().any(|x| {
        super::failed_again::REPAIRED
            .iter()
            .any(|s| x.starts_with(s))
            || WORKSHOP.iter().any(|s| x.starts_with(s))
    });
    let waiting =
        words.iter().any(|x| STILL_WAITING.contains(&x.as_str())) || still_or_already(words);
    repair
        && (weeks_or_months(words) || many_days)
        && waiting
        && !super::question::names_a_condition(words)
        && !crate::text::ends_as_question(message)
}

/// "Sent the photos 6 days ago, no reply at all", "jeg sendte bilder for
/// en uke siden og har ikke hørt noe", "jag skickade LOT-numret för 10
/// dagar sedan, inget har hänt": something sent to the shop days or weeks
/// ago, and no word back. A claim the shop sat on is staff's to chase;
/// the line's topic (the claim, the return) stays its intent.
pub(super) fn sent_and_no_word(words: &[String], message: &str) -> bool {
    const SENT: &[&str] = &[
        "sent",
        "submitted",
        "filled",
        "emailed",
        "uploaded",
        "gestuurd",
        "ingediend",
        "geschickt",
        "gesendet",
        "eingereicht",
        "envoyé",
        "envoyée",
        "envoyés",
        "enviado",
        "enviados",
        "enviei",
        "inviato",
        "inviata",
        "mandato",
        "mandata",
        "wysłałem",
        "wysłałam",
        "złożyłem",
        "złożyłam",
        "poslal",
        "poslala",
        "odeslal",
        "odeslala",
        "sendte",
        "skickade",
        "trimis",
        "gönderdim",
    ];
    const SILENCE: &[&str] = &[
        "no reply",
        "no answer",
        "no response",
        "nobody replied",
        "no one replied",
        "nobody answered",
        "heard nothing",
        "not heard",
        "nothing happened",
        "nothing has happened",
        "ikke hørt",
        "inte hört",
        "inget har hänt",
        "ingenting har hänt",
        "ikke sket noget",
        "ingenting har skjedd",
        "niets gehoord",
        "niks gehoord",
        "nichts gehört",
        "nichts passiert",
        "nic się nie dzieje",
        "cisza",
        "rien reçu",
        "aucune nouvelle",
        "nessuna notizia",
        "ninguna noticia",
        "nada ainda",
        "nu am primit nimic",
        "nic se neděje",
        "ses yok",
        "cevap yok",
    ];
    let sent = words.iter().any(|x| SENT.contains(&x.as_str()));
    let waited = weeks_or_months(words) || words.iter().any(|x| DAYS.contains(&x.as_str()));
    let case = words.iter().any(|x| {
        matches!(
            x.as_str(),
            "if" | "si" | "wenn" | "falls" | "jeśli" | "what"
        )
    });
    sent && waited
        && !case
        && (text::has_whole_phrase(message, SILENCE) || super::unresolved::nobody_answers(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refund_asked_about_then_waited_for_weeks() {
        for (scene, message) in [
            ("how long does a refund take?", "I've been waiting 5 weeks"),
            (
                "¿cuánto tarda el reembolso?",
                "llevo cinco semanas esperando",
            ),
            (
                "wie lange dauert eine Erstattung?",
                "ich warte jetzt seit fünf Wochen",
            ),
            ("ile trwa zwrot pieniędzy?", "czekam już ponad miesiąc"),
            ("mennyi ideig tart a visszatérítés?", "már öt hete várok"),
            (
                "hvor lang tid tager en tilbagebetaling?",
                "jeg har ventet i seks uger",
            ),
            ("сколько ждать возврата денег?", "уже месяц жду"),
            (
                "în cât timp primesc banii după retur?",
                "au trecut 5 săptămâni de la returul barelor",
            ),
        ] {
            assert!(refund_waited_for(scene, message), "{scene} | {message}");
        }
    }

    #[test]
    fn a_deletion_asked_about_then_done_and_undone() {
        for (scene, message) in [
            (
                "how do I delete my account",
                "I did that in august and I still get e-mails about my dog's food",
            ),
            (
                "kaip ištrinti paskyrą?",
                "padariau tai prieš du mėnesius, bet vis dar gaunu laiškus",
            ),
            (
                "hvordan sletter jeg kontoen min?",
                "det gjorde jeg for to måneder siden, og den finnes fortsatt",
            ),
            (
                "как удалить аккаунт?",
                "я удалил его ещё в апреле, а письма всё приходят",
            ),
        ] {
            assert!(
                deletion_done_and_undone(scene, message),
                "{scene} | {message}"
            );
        }
        for (scene, message) in [
            ("how do I delete my account", "ok thanks, done"),
            (
                "how do I delete my account",
                "and is it still possible later?",
            ),
            ("where is my parcel?", "I still get no e-mails"),
        ] {
            assert!(
                !deletion_done_and_undone(scene, message),
                "{scene} | {message}"
            );
        }
    }

    #[test]
    fn other_pairs_are_not() {
        for (scene, message) in [
            // Not about money back.
            ("how long does delivery take?", "I've been waiting 5 weeks"),
            // A question about the rule, not a wait.
            (
                "how long does a refund take?",
                "and if it takes more than 2 weeks?",
            ),
            // No long wait.
            (
                "how long does a refund take?",
                "ok thanks, I'll keep an eye out",
            ),
            ("how long does a refund take?", "I sent it back on monday"),
            (
                "how long does a refund take?",
                "I sent it back last weekend",
            ),
            (
                "mennyi ideig tart a visszatérítés?",
                "hétfőn küldtem vissza",
            ),
        ] {
            assert!(!refund_waited_for(scene, message), "{scene} | {message}");
        }
    }
}
