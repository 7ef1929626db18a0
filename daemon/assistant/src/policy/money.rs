//! Money the customer says was handled wrongly: a refund short or
//! overdue, paid and not shown, credit gone, taken twice or after
//! cancelling, a fee or a deposit disputed, work returned worse (and, in
//! `beyond_orders`, a paused subscription charged, a gift card that never
//! came, a pay-later provider asking for a return), in the
//! served languages. Each is staff's to look at; a
//! question how such a case goes is not one.

use super::signals::{WAITED, asks_how_cases_go, negates};
use crate::text;

mod beyond_orders;
pub(super) use beyond_orders::{
    charged_while_paused, gift_card_never_came, provider_dunning_a_return,
};

/// Money returned short of what was paid ("the refund is less than I
/// paid", "only got a partial refund"): the amount is staff's to check.
/// Questions about how refunds work ("is the refund less if …") are not.
pub(super) fn money_wrongly_short(w: &[String]) -> bool {
    let refund = w.iter().any(|x| x.starts_with("refund"));
    let short = w.iter().any(|x| {
        matches!(
            x.as_str(),
            "less" | "partial" | "partially" | "short" | "shortchanged" | "underpaid"
        )
    }) || w.windows(2).any(|p| p[0] == "wrong" && p[1] == "amount");
    let general = w.iter().any(|x| {
        matches!(
            x.as_str(),
            "if" | "how" | "does" | "do" | "policy" | "usually" | "normally"
        )
    });
    refund && short && !general
}

/// Words about money coming back: "refund", "reimburse", "money back"
/// (in English, or in the glossary's English of another language).
pub fn money_back(w: &[String]) -> bool {
    w.iter()
        .any(|x| x.starts_with("refund") || x.starts_with("reimburs"))
        || w.windows(2).any(|p| p[0] == "money" && p[1] == "back")
}

/// Money back, or the money for a return ("în cât timp primesc banii
/// după retur?": when do I get the money after a return).
pub(super) fn money_for_a_return(w: &[String]) -> bool {
    money_back(w) || (w.iter().any(|x| x.starts_with("return")) && w.iter().any(|x| x == "money"))
}

/// A refund still missing after a wait ("where is my refund for 1042,
/// it's been 20 days", "Meine Rückerstattung ist nach drei Wochen immer
/// noch nicht da"): only staff can chase it. Read on the glossary's
/// English, so other languages count; questions about how long refunds
/// take ("how many days until …") do not.
pub(super) fn refund_overdue(w: &[String]) -> bool {
    // "Meine Retoure ist seit 3 Wochen bei euch und ich hab immer noch
    // kein Geld": a return and no money yet is a refund missing.
    let refund = money_for_a_return(w);
    let waited = w.iter().any(|x| WAITED.contains(&x.as_str()))
        || w.windows(2).any(|p| {
            matches!(
                p[0].as_str(),
                "been"
                    | "after"
                    | "nach"
                    | "seit"
                    | "dopo"
                    | "après"
                    | "depuis"
                    | "después"
                    | "desde"
                    | "sinds"
                    | "sedan"
                    | "od"
            ) && (p[1].chars().all(|c| c.is_ascii_digit())
                || matches!(
                    p[1].as_str(),
                    "a" | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "several"
                        | "weeks"
                        | "days"
                        | "drei"
                        | "zwei"
                        | "vier"
                        | "tre"
                        | "due"
                        | "trois"
                        | "deux"
                        | "tres"
                        | "dos"
                ))
        });
    let question = w.first().is_some_and(|x| {
        matches!(
            x.as_str(),
            "how"
                | "what"
                | "when"
                | "which"
                | "do"
                | "does"
                | "can"
                | "should"
                | "will"
                | "is"
                | "are"
                | "if"
        )
    });
    // "Återbetalningen har inte kommit, det har gått tre veckor": weeks
    // or months named in a line about a refund are a wait, in any
    // language, unless the line asks how or when.
    let asks_when = w
        .iter()
        .any(|x| matches!(x.as_str(), "how" | "when" | "if"));
    let weeks = super::waited::weeks_or_months(w) && !asks_when;
    refund && (waited || weeks) && !question
}

/// "Przelewy24 pokazuje że zapłacone, a u was zamówienie 1042 jest
/// nieopłacone", "pagué … y el pedido 1042 sigue pendiente": paid, and
/// the order the line names shows unpaid or pending. The payment provider
/// and the shop disagree; staff reconcile them.
pub(super) fn paid_but_not_shown(words: &[String], english: &[String]) -> bool {
    let has = |set: &[&str]| english.iter().any(|x| set.contains(&x.as_str()));
    let order = words.iter().any(|x| crate::orders::number_like(x));
    // "Zapłaciłam", "bezahlt" read as "pay" (the verb's stem).
    order && has(&["paid", "pay"]) && has(&["unpaid", "pending"]) && !asks_how_cases_go(words)
}

/// "Zniknęło saldo z karty podarunkowej", "gift card balance is wrong,
/// it should be 85 not 0", "my points disappeared": credit the customer
/// had is gone. Only staff can look at it.
// Gone, or empty, in the customer's own language ("sind weg", "sono
// spariti", "har försvunnit", "is leeg"): words the glossary leaves
// alone, since most have an everyday meaning it must not read
// everywhere ("weg" is also a way).
const GONE: &[&str] = &[
    "weg",
    "verschwunden",
    "spariti",
    "sparito",
    "sparita",
    "scomparsi",
    "scomparso",
    "disparu",
    "disparus",
    "disparue",
    "disparues",
    "desaparecido",
    "desaparecidos",
    "desaparecieron",
    "desapareceram",
    "sumiram",
    "sumiu",
    "desapareceu",
    "desapareció",
    "desapareceram",
    "zniknęły",
    "zniknęło",
    "zniknął",
    "zmizely",
    "zmizelo",
    "zmizli",
    "eltűnt",
    "eltűntek",
    "izginile",
    "izginili",
    "izginilo",
    "nestali",
    "nestalo",
    "nestao",
    "borte",
    "borta",
    "försvunnit",
    "försvann",
    "forsvundet",
    "forsvandt",
    "væk",
    "kayboldu",
    "silindi",
    "leeg",
    "tomt",
    "vuota",
    "vacía",
    // The later languages: "dingo mano taškai", "dobropis mi zmizol
    // z účtu", "oi pontoi mou eksafanistikan".
    "dingo",
    "pradingo",
    "pazuda",
    "pazudis",
    "kadunud",
    "kadus",
    "kadonnut",
    "kadonneet",
    "katosi",
    "katosivat",
    "hävisi",
    "dispărut",
    "disparut",
    "исчез",
    "исчезли",
    "исчезла",
    "пропал",
    "пропали",
    "пропала",
    "зник",
    "зникла",
    "зникли",
    "пропав",
    "изчезна",
    "изчезнаха",
    "zmizol",
    "zmizla",
    "izginil",
    "izginila",
    "nestala",
    "eksafanistikan",
    "eksafanistike",
    "εξαφανίστηκαν",
    "εξαφανίστηκε",
];

/// Gone or emptied, in English or the customer's own words.
fn emptied(words: &[String], english: &[String]) -> bool {
    english
        .iter()
        .any(|x| matches!(x.as_str(), "disappeared" | "vanished" | "gone" | "missing"))
        || words.iter().any(|x| GONE.contains(&x.as_str()))
}

/// "Where do I see my store credit?" / "it was there yesterday and now
/// it's gone": credit asked about in one line and gone in the next. Only
/// staff can look at it, as when one line says both.
pub(super) fn credit_asked_then_gone(scene: &str, message: &str) -> bool {
    let both = format!("{scene}. {message}");
    let w = text::words(&both);
    let e = text::words(&crate::glossary::with_english(&both));
    let mw = text::words(message);
    let me = text::words(&crate::glossary::with_english(message));
    balance_gone(&w, &e) && emptied(&mw, &me) && !asks_how_cases_go(&mw)
}

pub(super) fn balance_gone(words: &[String], english: &[String]) -> bool {
    // Points in their own words, often inside a compound ("Clubpunkte",
    // "hűségpontjaim", "bonuspoäng").
    const POINTS: &[&str] = &[
        "punkte",
        "punten",
        "punti",
        "puntos",
        "pontos",
        "poäng",
        "poeng",
        "točke",
        "bodovi",
        "punkty",
        "pontjaim",
        "pontok",
        "taškai",
        "taškų",
        "punkti",
        "punktid",
        "pisteet",
        "puncte",
        "баллы",
        "бали",
        "pontoi",
        "dobropis",
        "kredit",
    ];
    let has = |set: &[&str]| english.iter().any(|x| set.contains(&x.as_str()));
    let credit = has(&["balance", "credit", "points"])
        || words.iter().any(|x| POINTS.iter().any(|p| x.contains(p)));
    // A gift card or voucher holds credit ("mijn cadeaubon is leeg"), but
    // a card lost or wrong is the card, not its balance.
    let card = english.windows(2).any(|p| p[0] == "gift" && p[1] == "card") || has(&["voucher"]);
    // "Ist leer" (German): Spanish "leer" is to read.
    let empty_de = words
        .windows(2)
        .any(|p| matches!(p[0].as_str(), "ist" | "sind" | "war") && p[1] == "leer");
    let emptied = emptied(words, english) || empty_de;
    // "I had 640 points last week and now it says 40?? where did they go"
    let line = words.join(" ");
    let asked_where = [
        "where did they go",
        "where did it go",
        "where have they gone",
    ]
    .iter()
    .any(|p| line.contains(p));
    let gone = emptied || asked_where || has(&["wrong", "lost"]);
    ((credit && gone) || (card && emptied)) && !asks_how_cases_go(words)
}

/// The line says an order was cancelled: "cancelled", "cancellation"
/// ("после отмены заказа"), or Turkish, which cancels with a noun and a
/// verb ("iptal ettim", "iptal edildi" say it was done).
fn said_cancelled(words: &[String], english: &[String]) -> bool {
    english
        .iter()
        .any(|x| matches!(x.as_str(), "cancelled" | "canceled" | "cancellation"))
        || words.windows(2).any(|p| {
            p[0] == "iptal" && matches!(p[1].as_str(), "ettim" | "edildi" | "ettik" | "oldu")
        })
}

/// "Я скасувала замовлення …, але гроші все одно списали", "cancelled
/// and charged anyway": money taken for an order the customer cancelled.
pub(super) fn charged_after_cancelling(words: &[String], english: &[String]) -> bool {
    let has = |set: &[&str]| english.iter().any(|x| set.contains(&x.as_str()));
    // "FZ-73118 was cancelled, why do I still have a charge on my card":
    // a charge still there is money taken.
    let charge_standing = has(&["charge"]) && has(&["still", "card", "account", "statement"]);
    said_cancelled(words, english)
        && (money_taken(words, english) || charge_standing)
        && !asks_how_cases_go(words)
}

/// "Я отменил заказ, а деньги так и не вернули", "atcēlu pasūtījumu, bet
/// nauda joprojām nav atgriezta", "I cancelled two weeks ago and still
/// haven't got my money back": money not given back for an order the
/// customer cancelled. Only staff can trace it. "If I cancel, how soon is
/// the money back?" asks how it goes.
pub(super) fn kept_after_cancelling(words: &[String], english: &[String]) -> bool {
    // "Still", "never", "yet", and the negations `negates` leaves out;
    // not "already" or "ago", which a question when the money comes back
    // says too.
    const NOT_YET: &[&str] = &[
        "still",
        "never",
        "yet",
        "haven't",
        "hasn't",
        "нет",
        "nav",
        "nisu",
        "nicht",
        "joprojām",
        "dalej",
        "još",
        "вече",
        "още",
    ];
    let has = |set: &[&str]| english.iter().any(|x| set.contains(&x.as_str()));
    let money = has(&["money", "amount", "payment", "refund"]);
    let back = has(&["returned", "refunded", "back", "locked", "blocked"]);
    let not_yet = (0..words.len()).any(|i| negates(words, i))
        || words
            .iter()
            .chain(english)
            .any(|x| NOT_YET.contains(&x.as_str()))
        || english.iter().any(|x| x == "not");
    said_cancelled(words, english) && money && back && not_yet && !asks_how_cases_go(words)
}

/// "Kétszer vonták le az összeget", "naplatili ste mi dvaput", "iki kez
/// çekim yapıldı", "I har trukket beløbet to gange": the same money
/// taken twice, in the customer's own language (English has its clause
/// rule). Only staff can see the payments and give one back.
pub(super) fn charged_twice_foreign(words: &[String], english: &[String]) -> bool {
    // One word for "twice", or "two" before "times".
    const TWICE: &[&str] = &[
        "dvaput",
        "dvakrát",
        "dvakrat",
        "kétszer",
        "zweimal",
        "doppelt",
        "dwukrotnie",
        "divreiz",
    ];
    const TWO: &[&str] = &[
        "deux", "dos", "due", "duas", "dwa", "twee", "två", "to", "two",
    ];
    const TIMES: &[&str] = &[
        "fois", "veces", "volte", "vezes", "razy", "keer", "gånger", "gange", "ganger", "times",
    ];
    let has = |set: &[&str]| english.iter().any(|x| set.contains(&x.as_str()));
    let two_times = |w: &[String]| {
        w.windows(2)
            .any(|p| TWO.contains(&p[0].as_str()) && TIMES.contains(&p[1].as_str()))
    };
    let twice = has(&["twice", "double"])
        || words.iter().any(|x| TWICE.contains(&x.as_str()))
        || two_times(words)
        || two_times(english);
    // "¿Cómo funcionan los reembolsos si me cobran dos veces?": a case.
    let conditional = words.iter().any(|x| {
        matches!(
            x.as_str(),
            "if" | "si"
                | "se"
                | "wenn"
                | "falls"
                | "jeśli"
                | "jeżeli"
                | "pokud"
                | "ha"
                | "eğer"
                | "hvis"
                | "om"
                | "als"
                | "ako"
                | "če"
        )
    });
    twice && money_taken(words, english) && !conditional && !asks_how_cases_go(words)
}

/// "You charged me for damage that was already there", "die Kaution
/// wurde einbehalten, das stimmt nicht", "Obciążyliście mnie za
/// uszkodzenie nart, które były już uszkodzone": the customer disputes
/// money the shop took or kept (a damage fee, a deposit). Only staff
/// can look at the case and give it back. A charge, or a deposit kept,
/// with the customer's disagreement or their account of why it is wrong
/// ("it was already cracked", "I returned it").
pub(super) fn charge_disputed(words: &[String], english: &[String]) -> bool {
    // Kept back, rather than taken: a deposit.
    const KEPT: &[&str] = &[
        "kept",
        "withheld",
        "einbehalten",
        "trattenuto",
        "trattenuta",
        "retenue",
        "retenu",
        "ingehouden",
        "zatrzymaliście",
        "zatrzymano",
        "zadrželi",
        "zadržali",
        "retenido",
        "retido",
    ];
    // Billed for something: a fee the customer did not expect.
    const BILLED: &[&str] = &[
        "facturé",
        "facturés",
        "facturée",
        "rekenen",
        "rekenden",
        "zaračunali",
        "obciążyliście",
        "obciążono",
        "cobrasteis",
        "cobraram",
        "addebitato",
        "berechnet",
        "verrechnet",
        "fakturerade",
        "faktureret",
    ];
    const DEPOSIT: &[&str] = &[
        "deposit",
        "kaution",
        "cauzione",
        "caution",
        "borg",
        "borgsom",
        "kaucja",
        "kaucji",
        "kauce",
        "kavcija",
        "kavcijo",
        "depozit",
        "fianza",
        "depósito",
        "caução",
    ];
    // Refused outright ("i don't accept the €40"): with an amount named,
    // that alone disputes a charge.
    const REFUSE: &[&str] = &[
        "don't accept",
        "dont accept",
        "do not accept",
        "not true",
        "stimmt nicht",
        "nicht einverstanden",
        "non sono d'accordo",
        "non è vero",
        "niet akkoord",
        "niet mee akkoord",
        "pas d'accord",
        "no estoy de acuerdo",
        "não concordo",
        "nie zgadzam",
        "nesouhlasím",
        "ne strinjam",
        "ne slažem",
        "nem értek egyet",
        "kabul etmiyorum",
    ];
    // Why the charge is wrong: the damage was there already, the thing
    // was returned, nobody says why.
    const WRONG_BECAUSE: &[&str] = &[
        "in ordnung",
        "zurückgegeben",
        "already",
        "schon",
        "bereits",
        "già",
        "déjà",
        "ya estaba",
        "já estava",
        "al in",
        "już",
        "již",
        "už",
        "že bila",
        "već",
        "wasn't",
        "wasnt",
        "was not",
        "returned it",
        "brought it back",
        "nobody can tell me why",
        "didn't cause",
        "nezpůsobil",
    ];
    // Held on the card: a deposit not released.
    const HELD: &[&str] = &[
        "blocked",
        "blockiert",
        "gesperrt",
        "bloccata",
        "bloccato",
        "bloqueado",
        "bloqueada",
        "bloqué",
        "bloquée",
        "geblokkeerd",
        "zablokowana",
        "zablokowane",
    ];
    let any = |set: &[&str]| words.iter().any(|x| set.contains(&x.as_str()));
    let line = words.join(" ");
    let said = |set: &[&str]| {
        set.iter()
            .any(|p| line.split(' ').any(|w| w == *p) || (p.contains(' ') && line.contains(p)))
    };
    let amount = words.iter().any(|x| x.chars().any(|c| c.is_ascii_digit()));
    let took = money_taken(words, english) || any(BILLED) || (amount && said(REFUSE));
    let kept = any(DEPOSIT) && any(KEPT);
    // "Die Kaution ist nach 2 Wochen immer noch blockiert": a deposit
    // still held after a wait is one to chase, disagreement or not.
    let held_on = any(DEPOSIT)
        && any(HELD)
        && words
            .iter()
            .chain(english)
            .any(|x| WAITED.contains(&x.as_str()) || x == "noch");
    let disagree = said(REFUSE) || said(WRONG_BECAUSE);
    ((took || kept) && disagree || held_on) && !asks_how_cases_go(words)
}

/// "Die Daunenjacke ist vom Waschservice total verklumpt zurückgekommen",
/// "my skis came back from the service with a scratch": what the shop's
/// own service or workshop returned worse than it went in. Staff look at
/// the work and put it right.
pub(super) fn service_made_it_worse(words: &[String], english: &[String]) -> bool {
    const CAME_BACK: &[&str] = &[
        "zurückgekommen",
        "zurückbekommen",
        "tornato",
        "tornata",
        "tornati",
        "revenu",
        "revenue",
        "revenus",
        "teruggekomen",
        "teruggekregen",
        "volvió",
        "volvieron",
        "voltou",
        "wróciły",
        "wróciła",
        "wrócił",
        "vrátily",
        "vrátila",
        "vrátil",
    ];
    const WORSE: &[&str] = &[
        "scratch",
        "scratched",
        "scratches",
        "kratzer",
        "zerkratzt",
        "verklumpt",
        "graffio",
        "graffiato",
        "rayure",
        "rayé",
        "kras",
        "krassen",
        "rayado",
        "arranhado",
        "porysowane",
        "poškrábané",
        "worse",
    ];
    let line = words.join(" ");
    let came_back = words.iter().any(|x| CAME_BACK.contains(&x.as_str()))
        || line.contains("came back")
        || line.contains("got back");
    let service = english
        .iter()
        .any(|x| matches!(x.as_str(), "service" | "repair" | "resole" | "workshop"))
        || words
            .iter()
            .any(|x| x.contains("service") || x.contains("werkstatt"));
    let worse = words.iter().any(|x| WORSE.contains(&x.as_str()))
        || english
            .iter()
            .any(|x| matches!(x.as_str(), "damaged" | "broken"));
    came_back && service && worse && !asks_how_cases_go(words)
}

/// Money taken from the customer: the glossary's "charged" or "debited",
/// or the verb in the customer's language where the glossary has none.
/// Some are everyday verbs (Norwegian "trakk" is pulled, Turkish "çekim"
/// a shot): those need money beside them.
/// "The January storage bill is wrong, you charged €18 x 4", "facture
/// fausse, vous me comptez une caisse que j'ai retirée", "la factura está
/// mal, me cobráis cajas que ya retiré": the customer's own bill, said to
/// be wrong. Staff check it and put it right. Asked ("what if my invoice
/// is wrong?", "is the invoice wrong?") it is the help pages'.
pub(super) fn bill_wrong(words: &[String], english: &[String], message: &str) -> bool {
    const BILL: &[&str] = &["bill", "invoice", "billing"];
    const WRONG: &[&str] = &[
        "wrong",
        "incorrect",
        "fausse",
        "faux",
        "erronée",
        "erroné",
        "incorrecte",
        "mal",
        "falsch",
        "fehlerhaft",
        "sbagliata",
        "sbagliato",
        "errata",
        "errónea",
        "equivocada",
        "errada",
        "fout",
        "onjuist",
        "błędna",
        "nieprawidłowa",
    ];
    let bill = english.iter().any(|x| BILL.contains(&x.as_str()));
    let wrong = words
        .iter()
        .chain(english)
        .any(|x| WRONG.contains(&x.as_str()));
    let conditional = words
        .iter()
        .any(|x| matches!(x.as_str(), "if" | "wenn" | "falls" | "si" | "se" | "als"));
    bill && wrong
        && !conditional
        && !crate::text::ends_as_question(message)
        && !asks_how_cases_go(words)
}

fn money_taken(words: &[String], english: &[String]) -> bool {
    const TAKEN: &[&str] = &[
        "levonták",
        "levontak",
        "naplatili",
        "naplatio",
        "naplatila",
        "strhli",
        "strhlo",
        "pobrali",
        "pobrano",
        "ściągnęli",
        "abgebucht",
        "addebitato",
        "addebitati",
        "prélevé",
        "débité",
        "cobrado",
        "cobraron",
        "afgeschreven",
        // The later languages: Slovene and Croatian, Bulgarian,
        // Lithuanian ("zaračunali", "таксувахте", "nuskaitėte").
        "zaračunali",
        "zaračunala",
        "zaračunal",
        "таксувахте",
        "таксуваха",
        "таксуван",
        "удържахте",
        "nuskaitėte",
        "nuskaitė",
        "nuskaičiavote",
        "nuskaičiavo",
        "nuskaičiuota",
        "nuskaityta",
    ];
    // Taken, said with the money named beside it: "ücret alındı",
    // "взехте пари", "nauda noņemta", "võeti raha".
    const PULLED: &[&str] = &[
        "vonták",
        "trakk",
        "trak",
        "trukket",
        "çekim",
        "çekildi",
        "alındı",
        "aldınız",
        "kesildi",
        "взехте",
        "изтеглихте",
        "noņemta",
        "noņēmāt",
        "noņemti",
        "norakstīta",
        "norakstījāt",
        "võeti",
        "võtsite",
        "noņēma",
        // "Tililtäni lähti 169 euroa": it left my account.
        "lähti",
    ];
    const MONEY: &[&str] = &[
        "beløbet",
        "beløpet",
        "beløb",
        "beløp",
        "summen",
        "összeget",
        "összeg",
        "penger",
        "penge",
        "pengar",
        "para",
        "parayı",
        "paramı",
        "ücret",
        "ücreti",
        "euroa",
    ];
    let money = words.iter().any(|x| MONEY.contains(&x.as_str()))
        || english
            .iter()
            .any(|x| matches!(x.as_str(), "money" | "card" | "amount" | "payment"));
    english
        .iter()
        .any(|x| matches!(x.as_str(), "charged" | "debited" | "taken"))
        || words.iter().any(|x| TAKEN.contains(&x.as_str()))
        || (money && words.iter().any(|x| PULLED.contains(&x.as_str())))
}

#[cfg(test)]
mod tests;
