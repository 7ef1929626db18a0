//! Questions about reaching or finding the shop: a channel (a phone
//! number, an e-mail address) or the street address of its premises, in
//! the served languages, and the sentences that give them.

use crate::text;

/// "Where is your shop?", "what's the store's address", "gdzie jest
/// sklep", "wo ist euer Laden": where (or the address of) a place of the
/// shop's own. "Where is my order" names no such place; "email address"
/// neither.
pub(super) fn address(w: &[String]) -> bool {
    const ADDRESS: &[&str] = &[
        "address",
        "located",
        "location",
        "dirección",
        "direccion",
        "indirizzo",
        "adresse",
        "adres",
        "adresa",
        "endereço",
        "endereco",
        "adreça",
        "adreca",
        "adresą",
        "адреса",
        "адрес",
        "adresi",
    ];
    const PREMISES: &[&str] = &[
        "shop",
        "store",
        "office",
        "showroom",
        "warehouse",
        "outlet",
        "boutique",
        "tienda",
        "negozio",
        "magasin",
        "laden",
        "geschäft",
        "filiale",
        "winkel",
        "sklep",
        "sklepu",
        "loja",
        "botiga",
        "obchod",
        "prodejna",
        "bolt",
        "üzlet",
        "parduotuvė",
        "veikals",
        "pood",
        "trgovina",
        "prodavnica",
        "магазин",
        "магазину",
        "butik",
        "mağaza",
        "mağazanız",
        "mağazanın",
        "butikk",
        "butiken",
        "forretning",
        "butikken",
    ];
    let any = |set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
    // "Store credit", "shop card": not the premises.
    let premises = w.iter().enumerate().any(|(i, x)| {
        PREMISES.contains(&x.as_str())
            && !w
                .get(i + 1)
                .is_some_and(|n| matches!(n.as_str(), "credit" | "card" | "cards" | "points"))
    });
    let located = w
        .windows(3)
        .any(|x| x[0] == "where" && matches!(x[1].as_str(), "are" | "r") && x[2] == "you")
        && any(&["located", "based"]);
    // The question opens with "where": "return it to the store where I
    // bought it" asks something else.
    let asks_where = w.iter().take(4).any(|x| text::WHERE.contains(&x.as_str()));
    ((asks_where || any(ADDRESS)) && premises) || located
}

/// A sentence naming a street ("ul. Józefińska 14", "Calle Mayor 12",
/// "Hauptstraße 5"); the caller checks for the number.
pub(super) fn gives_a_street(sentence: &str) -> bool {
    text::words(sentence).iter().any(|x| {
        text::STREETS.contains(&x.as_str())
            || text::STREET_ABBREVIATIONS.contains(&x.as_str())
            || ["straße", "strasse", "straat", "gatan", "gade", "vej"]
                .iter()
                .any(|end| x.ends_with(end))
    })
}

/// Does the question ask for a way to reach someone: a phone number
/// ("what's your phone number", "the number to call") or an address to
/// write to ("email address for support?", "who do I contact about …")?
/// Questions about the customer's own ("change my email address") are not.
pub(super) fn channel(w: &[String]) -> bool {
    let any = |set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
    let phone = w.iter().any(|x| {
        [
            "phone",
            "telephon",
            "telefon",
            "téléphon",
            "hotline",
            "телефон",
        ]
        .iter()
        .any(|p| x.starts_with(p))
    }) || (any(&["number"]) && any(&["call", "ring"]));
    let mail = any(&["email", "e-mail", "mail"])
        && any(&[
            "address",
            "to",
            "support",
            "service",
            "contact",
            "sales",
            "press",
            "wholesale",
        ]);
    let who = w.windows(2).any(|p| p[0] == "who" && p[1] == "do") && any(&["contact", "write"]);
    // "Jaki jest numer do biura obsługi klienta", "qual è il numero del
    // servizio clienti", "welche E-Mail-Adresse hat der Kundendienst",
    // "cual es el email de atención al cliente": a number or an e-mail
    // of the customer service, in the served languages.
    let service = w.iter().any(|x| SERVICE.iter().any(|s| x.starts_with(s)));
    let number = any(&[
        "number",
        "numer",
        "numero",
        "número",
        "numéro",
        "nummer",
        "číslo",
        "cislo",
        "numurs",
        "numeris",
        "номер",
    ]);
    let foreign_mail = w
        .iter()
        .any(|x| x.starts_with("e-mail") || x.starts_with("email"));
    let service_channel = service && (number || foreign_mail);
    // The customer's own: "change my email address", "my phone number",
    // and in Cyrillic "мій номер телефону", "моя пошта" (the glossary's
    // "my" words of Bulgarian, Ukrainian and Russian; the Latin ones are
    // left as they were).
    let cyrillic_my = |x: &str| {
        crate::glossary::MY.contains(&x) && x.chars().next().is_some_and(|c| c >= '\u{400}')
    };
    // "My customer number": the customer's own, a word between.
    let own_number = w
        .windows(3)
        .any(|p| matches!(p[0].as_str(), "my" | "our") && p[2] == "number");
    let own = own_number
        || w.windows(2).any(|p| {
            (matches!(p[0].as_str(), "my" | "our") || cyrillic_my(&p[0]))
                && [
                    "phone",
                    "number",
                    "email",
                    "e-mail",
                    "mail",
                    "telephon",
                    "mobile",
                    "телефон",
                    "номер",
                    "пошт",
                    "почт",
                ]
                .iter()
                .any(|c| p[1].starts_with(c))
        });
    (phone || mail || who || service_channel) && !own
}

/// Words (by their start) for the customer service itself.
const SERVICE: &[&str] = &[
    "customer",
    "service",
    "support",
    "helpline",
    "hotline",
    "obsług",
    "servizio",
    "servicio",
    "atención",
    "atencion",
    "klantenservice",
    "kundendienst",
    "kundenservice",
    "kundeservice",
    "kundtjänst",
    "zákaznick",
    "zakaznick",
    "infolinia",
    "ügyfélszolgálat",
    "apoio",
    "atendimento",
    "asistenț",
    "služb",
    "підтримк",
    "поддержк",
];

/// A phone number: seven digits or more, written with spaces, dashes,
/// brackets or a plus between them ("+45 33 14 27 60").
pub(super) fn phone_number(sentence: &str) -> bool {
    let mut digits = 0;
    for c in sentence.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 7 {
                return true;
            }
        } else if !matches!(c, ' ' | '-' | '+' | '(' | ')' | '.') {
            digits = 0;
        }
    }
    false
}
