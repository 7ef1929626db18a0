//! Rules that read a customer line as words, beside the clause frames of
//! `policy`, about the customer's case: requests in other languages to
//! cancel or change an order, a parcel called delivered and not here, a
//! replacement that went wrong again, a repair that did not hold, and the
//! domain a staff-only
//! hand-over must be about (a problem that outlasted the answers is
//! `unresolved`'s, money `money`'s). Who the customer wants
//! is `person`'s, and whether a line asks or states is `question`'s.
//! Nothing here names a product, an article or a shop.

use crate::glossary::MY;
use crate::text;

/// A request in another language to cancel one's own order ("cancelen mi
/// pedido", "bitte stornieren Sie meine Bestellung 1042"), which the
/// English frames above cannot read. The verb's form tells a request from
/// a report: an infinitive or imperative asks, a participle ("storniert",
/// "annulée") or a noun ("Stornierung", "annulation") tells what happened
/// (a question about it, or money taken after it, which the reader judges).
pub(super) fn foreign_cancel_request(message: &str) -> bool {
    const NOT_A_REQUEST: &[&str] = &[
        "iert", "ado", "ada", "é", "ée", "és", "ées", "ato", "ata", "eerd", "owane", "owany",
        "owana", "ung", "tion", "ción", "cion", "mento", "ering", "anie", "owania", "ento",
    ];
    const CONDITIONAL: &[&str] = &[
        "si",
        "wenn",
        "falls",
        "se",
        "als",
        "jeśli",
        "jeżeli",
        "quand",
        "cuando",
        "wanneer",
        "quando",
        "kiedy",
        "якщо",
        "коли",
        "если",
        "когда",
    ];
    let w = text::words(message);
    let en = crate::glossary::english_of_words(&w);
    let asks = w.iter().zip(&en).any(|(x, en)| {
        // English forms are the frames' business.
        let english_form = x.starts_with("cancell") || x.starts_with("canceled") || x == "cancel";
        !english_form && *en == Some("cancel") && !NOT_A_REQUEST.iter().any(|e| x.ends_with(e))
    });
    let own = w
        .iter()
        .any(|x| MY.contains(&x.as_str()) || crate::orders::number_like(x));
    // Turkish cancels with the noun and a verb of its own: "iptal edin",
    // "iptal etmek istiyorum" ask; "iptal edildi", "iptal ettim" tell.
    // The possessive is a suffix ("siparişimi").
    let turkish = w.windows(2).any(|p| {
        p[0] == "iptal"
            && matches!(
                p[1].as_str(),
                "edin" | "ediniz" | "edilsin" | "etmek" | "edebilir" | "eder" | "et"
            )
    }) && w
        .iter()
        .any(|x| x.starts_with("sipariş") || x.starts_with("siparis"));
    // "… annuler ma commande une fois expédiée ?", "una vez enviado":
    // once it has happened, a case, as "if" is (not "encore une fois",
    // again).
    let once = w.windows(2).enumerate().any(|(i, p)| {
        matches!(
            (p[0].as_str(), p[1].as_str()),
            ("une", "fois") | ("una", "vez") | ("uma", "vez") | ("una", "volta")
        ) && !(i > 0 && matches!(w[i - 1].as_str(), "encore" | "otra" | "outra" | "ancora"))
    }) || w
        .iter()
        .any(|x| matches!(x.as_str(), "sobald" | "zodra" | "once"));
    let request =
        (asks && own && !once && !w.iter().any(|x| CONDITIONAL.contains(&x.as_str()))) || turkish;
    request && !super::question::asks_how_to(message)
}

/// "Still", "already", "ago" and "(time) has passed" in the first
/// languages ("ainda não chegou, já passou um mês", "minęły 3
/// tygodnie", "ya pasaron 3 semanas").
pub(super) const WAITED: &[&str] = &[
    "still",
    "ago",
    "already",
    "ainda",
    "já",
    "passou",
    "passaram",
    "pasaron",
    "pasado",
    "hace",
    "ya",
    "todavía",
    "aún",
    "toujours",
    "déjà",
    "ancora",
    "già",
    "passati",
    "passate",
    "fa",
    "schon",
    "vergangen",
    "nog",
    "geleden",
    "nadal",
    "wciąż",
    "już",
    "temu",
    "minęło",
    "minęły",
    "minął",
    "fortfarande",
    "sedan",
    "stadig",
    "siden",
    "ještě",
    "još",
    "încă",
];

/// Sentence negation in the glossary's languages ("no", "nie", "ne",
/// "nu", "не" …), for the foreign rules about asking for a person.
pub(super) const NOT: &[&str] = &[
    "no", "not", "non", "pas", "nie", "ne", "ni", "nu", "nē", "не", "ikke", "inte", "não", "nao",
    "ei", "nem", "δεν", "niet",
];

/// Whether `w[i]` negates the sentence: one of `NOT`, but not Dutch "nu"
/// (now) where a Dutch word follows it ("nu wil ik een mens spreken"),
/// which Romanian "nu" (not) never has after it.
pub(super) fn negates(w: &[String], i: usize) -> bool {
    const DUTCH_AFTER_NU: &[&str] = &[
        "wil", "ik", "is", "graag", "even", "toch", "echt", "heb", "moet", "kan", "dan", "al",
        "wel", "een", "de", "het", "meteen", "direct", "zou", "gaat", "wilt",
    ];
    let Some(x) = w.get(i) else { return false };
    NOT.contains(&x.as_str())
        && !(x == "nu"
            && w.get(i + 1)
                .is_some_and(|n| DUTCH_AFTER_NU.contains(&n.as_str())))
}

/// "Laut Tracking zugestellt, aber nichts angekommen", "status
/// dostarczone, a paczki nie ma": the carrier says delivered and the
/// customer has nothing. A claim with the carrier only staff can open.
/// Read through the glossary's "delivered" and a negation or "nothing"
/// of the line's own language; a question how such cases go (with "if")
/// is the hypothetical's.
pub(super) fn delivered_but_not_here(words: &[String], english: &[String]) -> bool {
    const NOTHING: &[&str] = &[
        "nothing",
        "nichts",
        "nic",
        "rien",
        "nada",
        "niente",
        "niets",
        "ingenting",
        "intet",
        "semmi",
        "nimic",
        "nič",
        "nieko",
        "nekas",
        "midagi",
        "nix",
        "inget",
        "yok",
        "nije",
        // Croatian, Slovene, Latvian: "nisam ništa primio", "nisem prejel
        // ničesar", "neko neesmu saņēmis".
        "ništa",
        "nista",
        "nisam",
        "ničesar",
        "nicesar",
        "nisem",
        "neko",
        "neesmu",
        "sincs",
        "nincs",
        "τίποτα",
        // Dutch, the Cyrillic languages, and the locker found empty.
        "niks",
        "нічого",
        "ничего",
        "нищо",
        "mitään",
        "empty",
    ];
    // Where a customer looks before writing: the neighbours, the parcel
    // room. Having looked, "what now?" is no longer a question how such
    // cases go.
    const NEIGHBOURS: &[&str] = &[
        "neighbours",
        "neighbors",
        "neighbour",
        "neighbor",
        "nachbarn",
        "voisins",
        "vecinos",
        "vicini",
        "buren",
        "sąsiadów",
        "sąsiadami",
        "sousedů",
        "sousedy",
        "sosede",
        "susjede",
        "susjeda",
        "szomszédoknál",
        "szomszédok",
        "komşulara",
        "komşular",
        "grannarna",
        "naboerne",
        "naboene",
        "vizinhos",
        "vecini",
        "szomszédokat",
        "szomszédoktól",
        "naabritelt",
        "naabrid",
        "naabreid",
        "kaimynų",
        "kaimynus",
        "kaimiņiem",
        "kaimiņus",
        "naapureilta",
        "naapurit",
        "сусідів",
        "соседей",
        "съседите",
    ];
    // "Kézbesítve", "levererat", "teslim edildi": delivered, where the
    // glossary reads the verb's stem.
    let delivered = english.iter().any(|x| x == "delivered")
        || words.iter().any(|x| {
            matches!(
                x.as_str(),
                "kézbesítve"
                    | "kézbesítették"
                    | "kézbesítettként"
                    | "kättetoimetatuks"
                    | "kättetoimetatud"
                    | "levererat"
                    | "levererad"
                    | "geleverd"
                    | "toimitetuksi"
                    | "toimitettu"
            )
        });
    // "Pas besoin d'un humain, … livrées avec un étui": a person
    // declined, not a parcel missing.
    let no_need = |i: usize| {
        words.get(i + 1).is_some_and(|n| {
            matches!(
                n.as_str(),
                "besoin" | "need" | "hace" | "necesito" | "preciso" | "serve"
            )
        })
    };
    let none =
        words.iter().enumerate().any(|(i, x)| {
            (NOT.contains(&x.as_str()) && !no_need(i)) || NOTHING.contains(&x.as_str())
        }) || english.iter().any(|x| x == "not" || x == "missing");
    // The neighbours asked, in the customer's words, or in the glossary's
    // English beside a "nothing" ("ρώτησα γείτονες … τίποτα"): "can it be
    // delivered to my neighbour?" names them without having looked.
    let looked = words.iter().any(|x| NEIGHBOURS.contains(&x.as_str()))
        || (none && english.iter().any(|x| x.starts_with("neighbo")));
    let missing = none || looked;
    let question = !looked
        && words
            .iter()
            .any(|x| matches!(x.as_str(), "if" | "what" | "how"));
    // "Was it delivered? I'm not at home today" asks the status.
    let asks = words.first().is_some_and(|x| {
        matches!(
            x.as_str(),
            "was" | "is" | "has" | "have" | "did" | "will" | "czy" | "ist" | "wurde" | "est"
        )
    });
    delivered && missing && !question && !asks
}

/// "What do I do if …", "can I …", "how does …": the line asks how such a
/// case goes rather than stating one of the customer's own. One test for
/// the case rules below (a wrong delivery, paid and unpaid, a balance
/// gone, a charge after cancelling, a failed deletion).
pub(super) fn asks_how_cases_go(words: &[String]) -> bool {
    // "My order arrived broken, what should I do?" asks what to do.
    let line = words.join(" ");
    [
        "what should i do",
        "what do i do",
        "what can i do",
        "what now",
        "what happens now",
    ]
    .iter()
    .any(|p| line.contains(p))
        || words.first().is_some_and(|x| {
            matches!(
                x.as_str(),
                "how"
                    | "what"
                    | "why"
                    | "can"
                    | "could"
                    | "do"
                    | "does"
                    | "is"
                    | "are"
                    | "if"
                    | "when"
                    | "will"
            )
        })
        || words.iter().any(|x| x == "if")
}

/// "Wrong colour stroller arrived, i ordered grey 1042", "falscher Artikel
/// geliefert, Bestellung 1042", "przyszły 2 książki zamiast 3, 1042": a
/// wrong, damaged or short delivery stated about an order the line names.
/// Only staff can put it right. A question how such a case goes ("what
/// do I do if …", "can I return …") is the help pages'.
pub(super) fn wrong_delivery(words: &[String], english: &[String]) -> bool {
    const WRONG: &[&str] = &[
        "wrong",
        "instead",
        "damaged",
        "broken",
        "torn",
        "scratched",
        "cracked",
        "missing",
        "faulty",
        "defect",
        "leaked",
        "leaking",
        "bent",
        "dented",
    ];
    let order = words.iter().any(|x| crate::orders::number_like(x));
    let wrong = english.iter().any(|x| WRONG.contains(&x.as_str()));
    order && wrong && !asks_how_cases_go(words)
}

/// "I libri sono arrivati strappati, potete mandarne altri?", "kan I
/// sende den rigtige?": a request in another language to send another or
/// a new one, after something went wrong (read through the glossary).
pub(super) fn foreign_send_another(words: &[String], english: &[String]) -> bool {
    let has = |set: &[&str]| english.iter().any(|x| set.contains(&x.as_str()));
    // "Der Stapelturm kam zerbrochen an, bitte schicken Sie Ersatz".
    let damaged = words
        .iter()
        .any(|x| super::failed_again::FAILED_FOREIGN.contains(&x.as_str()));
    // "Do you send a new one if it arrives broken?" asks the rule.
    let conditional = has(&[
        "if", "when", "whether", "si", "wenn", "se", "als", "jeśli", "om",
    ]);
    // "… kapot bij aankomst, ik wil een nieuwe", "… möchte es umtauschen".
    let wants_another = has(&["want"]) && has(&["new", "another", "exchange", "replacement"]);
    (has(&["send"]) || wants_another)
        && has(&[
            "another",
            "new",
            "right",
            "correct",
            "replacement",
            "exchange",
        ])
        && (damaged
            || has(&[
                "wrong", "damaged", "broken", "torn", "missing", "faulty", "defect", "instead",
            ]))
        && !conditional
}

/// "Zażądałam usunięcia konta miesiąc temu i nadal dostaję newsletter",
/// "I deleted my account weeks ago and it's still there": a deletion that
/// did not happen. Private data: the account's business.
pub(super) fn deletion_failed(words: &[String], english: &[String]) -> bool {
    let has = |set: &[&str]| english.iter().any(|x| set.contains(&x.as_str()));
    // Still or ago (`waited::still_or_already`), or a request ignored
    // ("Meine Löschanfrage wurde ignoriert").
    const IGNORED: &[&str] = &[
        "ignoriert",
        "ignored",
        "ignorée",
        "ignorato",
        "ignorata",
        "ignorada",
        "ignorado",
        "genegeerd",
        "zignorowany",
        "zignorowana",
        "zignorowano",
    ];
    let waited = super::waited::still_or_already(english)
        || english.iter().any(|x| IGNORED.contains(&x.as_str()));
    has(&["delete", "deleted", "deletion"])
        && has(&["account", "data", "profile"])
        && waited
        && !asks_how_cases_go(words)
}

/// Whether a line is about what only staff handle: money, an order, its
/// delivery, or an exchange. The learned reader's `staff` reading needs
/// one of these (in English or through the glossary); "the reset email
/// never came" or "bluetooth keeps disconnecting" has none.
pub(super) fn staff_matter(message: &str) -> bool {
    const VOUCHER: &[&str] = &["bon", "bons", "buono", "buoni", "vale", "vales"];
    const STEMS: &[&str] = &[
        "order",
        "purchas",
        "bought",
        "buy",
        "parcel",
        "packag",
        "shipment",
        "ship",
        "deliver",
        "courier",
        "carrier",
        "track",
        "post",
        "refund",
        "reimburs",
        "pay",
        "paid",
        "money",
        "card",
        "bank",
        "debit",
        "bill",
        "credit",
        "price",
        "invoic",
        "exchang",
        "swap",
        "return",
        "cancel",
        "voucher",
        "gift",
        "discount",
        "coupon",
        "fee",
        "cost",
        "amount",
        "euro",
        "dollar",
        "pound",
        "item",
        "receiv",
        "sent",
        "arriv",
        "wrong",
        "missing",
        "damag",
        "broken",
        "size",
        "colour",
        "color",
        "subscri",
        "klarna",
        "paypal",
        "account",
        "statement",
        "transaction",
        "took",
        "taken",
        "stolen",
        "claim",
        "lost",
        "instal",
        "deposit",
        "cash",
        "tax",
        "vat",
        "duti",
        "customs",
        "receipt",
        "overcharg",
        "point",
        "loyalt",
        "balanc",
        // money and credit in the glossary's languages
        "diner",
        "geld",
        "dinheir",
        "denar",
        "soldi",
        "pieni",
        "crédit",
        "credit",
        "saldo",
        "guthab",
        "gutschein",
        "tegoed",
        "avoir",
        "środk",
        "konci",
    ];
    let english = crate::glossary::with_english(message);
    let w = text::words(&english);
    w.iter().any(|x| {
        x.chars().any(|c| c.is_ascii_digit())
            || x.contains(['€', '$', '£'])
            || matches!(
                x.as_str(),
                "charge" | "charged" | "charges" | "twice" | "double"
            )
            || STEMS.iter().any(|s| x.starts_with(s))
            // A voucher, whole words only: "bonjour", "bon dia",
            // "buongiorno" and "valeur" are not money.
            || VOUCHER.contains(&x.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_staff_line_of_the_corpus_is_a_staff_matter() {
        let missed: Vec<&str> = super::super::model::CORPUS
            .lines()
            .filter_map(|l| l.strip_prefix("staff\t"))
            .filter(|l| !staff_matter(l))
            .collect();
        assert!(missed.is_empty(), "{missed:#?}");
    }

    #[test]
    fn lines_without_money_or_orders_are_not_staff_matters() {
        assert!(!staff_matter("the reset email never came"));
        assert!(!staff_matter("my headphones keep disconnecting"));
        assert!(staff_matter("I was charged twice"));
        assert!(staff_matter("pobrano mi dwa razy"));
    }

    #[test]
    fn requests_to_cancel_in_other_languages() {
        assert!(foreign_cancel_request("cancelen mi pedido por favor"));
        assert!(foreign_cancel_request(
            "bitte stornieren Sie meine Bestellung 1042"
        ));
        assert!(!foreign_cancel_request(
            "wurde meine Bestellung 1042 storniert?"
        ));
        assert!(!foreign_cancel_request(
            "nach der Stornierung wurde abgebucht"
        ));
        assert!(!foreign_cancel_request("si cancelo mi pedido, ¿qué pasa?"));
        assert!(!foreign_cancel_request("please cancel my order"));
        assert!(foreign_cancel_request("otkažite moju narudžbu"));
        assert!(foreign_cancel_request("atšaukite mano užsakymą"));
    }
}
