//! Business with the shop rather than a customer's own matter: a
//! partnership or collaboration, the press, supplying, reselling or
//! stocking the shop, sponsoring. A person asked for about it is handed
//! over with the page that says whom businesses write to
//! (`Embedded::page_for_business`).

use crate::text;

/// Beginnings of the words for business with the shop, in the served
/// languages: a partnership or collaboration, the press, supplying,
/// reselling or stocking, sponsoring. Not "partner" alone (a customer's
/// partner) nor "press" (pressure), which are whole words below.
const BUSINESS: &[&str] = &[
    "partnership",
    "partnerschaft",
    "partenariat",
    "partnerstw",
    "collaborat",
    "cooperat",
    "journalist",
    "magazine",
    "interview",
    "supplier",
    "wholesale",
    "reseller",
    "stockist",
    "sponsor",
    "ambassador",
    "endorsement",
    "influencer",
    "followers",
    "blogger",
    "b2b",
    "colaboraci",
    "colaboraç",
    "collaborazion",
    "zusammenarbeit",
    "samenwerk",
    "współprac",
    "spoluprác",
    "együttműköd",
    "colabor",
    "yhteistyö",
    "koostöö",
    "sadarbīb",
    "bendradarb",
    "сотрудничеств",
    "співпрац",
    "сътрудничеств",
    "sodelovan",
    "suradnj",
    "samarbet",
    "samarbejd",
    "samarbeid",
    "novinář",
    "novinár",
    "dziennikar",
    "újságíró",
    "toimittaja",
    "ajakirjanik",
    "žurnālist",
    "žurnalist",
    "журналист",
    "журналіст",
    "bloger",
    "viszonteladás",
    "återförsälj",
    "forhandler",
    "jälleenmyy",
    "fornecedor",
    "proveedor",
    "fornitore",
    "lieferant",
    "leverancier",
    "dostawc",
    "dodavatel",
    "spoluprac",
    "sodelova",
    "revendre",
    "revender",
    "rivendere",
    "sledilc",
    "follower",
    "manufactur",
    "stocking",
    "kooperat",
    "partener",
    "партньор",
    "партнер",
    "партнёр",
    "reporter",
    "periodist",
    "redakt",
    "publisher",
    "supplying",
    "revended",
    "оптов",
    "hurtow",
    "velkoobchod",
    "veľkoobchod",
    "nagyker",
    "großhandel",
    "grosshandel",
    "mayorist",
    "ingross",
    "groothandel",
    "ansprechpartner",
    "patrocin",
    "δημοσιογράφ",
    // The press, wholesale and distribution in the first languages
    // ("journaliste", "giornalista", "grossiste", "distribuidor").
    "jornalist",
    "giornalist",
    "grossist",
    "atacadist",
    "distributor",
    "distribuidor",
    "distributeur",
    "distributore",
    "wederverkoper",
    "prasow",
];

/// Ends of compound words for the same ("Tierfutterhersteller", a pet
/// food maker).
const BUSINESS_ENDINGS: &[&str] = &["hersteller", "produzent"];

/// Selling one's own goods through the shop ("we'd love to sell them
/// with you", "selling my game in your shop") or working with it.
fn sells_through_the_shop(line: &str) -> bool {
    let l = line.to_lowercase();
    let words = text::words(&l);
    // "Do you sell it in your shop?" is a customer's question.
    let sells = words
        .windows(2)
        .any(|w| matches!(w[1].as_str(), "sell" | "selling") && w[0] != "you");
    let with_shop = ["your shop", "your store", "with you", "through you"]
        .iter()
        .any(|p| l.contains(p));
    (sells && with_shop)
        || ["working together", "work together"]
            .iter()
            .any(|p| l.contains(p))
}

/// Whole words for the same: the press, supplying or stocking the shop.
const BUSINESS_WORDS: &[&str] = &[
    "press",
    "presse",
    "prensa",
    "stampa",
    "partners",
    "partnerek",
    "supply",
    "resell",
    "brand",
    "producer",
    "imprensa",
    "prasa",
    "pers",
    "verlag",
];

/// Whether a line is about business with the shop rather than a
/// customer's own matter.
pub fn matter(line: &str) -> bool {
    text::words(line).iter().any(|w| {
        BUSINESS.iter().any(|b| w.starts_with(b))
            || BUSINESS_WORDS.contains(&w.as_str())
            || BUSINESS_ENDINGS.iter().any(|e| w.ends_with(e))
    }) || sells_through_the_shop(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn business_with_the_shop_in_the_words_shops_hear_it() {
        for line in [
            "we make handmade dog collars and would love to talk to someone about selling them with you",
            "I'm a game designer and would love to talk to someone about selling my game in your shop",
            "I'm a wedding planner in Kildare and would love to talk to someone about working together",
            "Wir sind ein Tierfutterhersteller aus der Steiermark und suchen einen Ansprechpartner für den Einkauf.",
            "avem un service în Brașov și vrem să devenim partener, cu cine pot vorbi?",
            "имаме сервиз в Русе и искаме да станем ваш партньор, с кого да говоря?",
            "Мы таксопарк в Кишинёве, хотим обсудить с менеджером оптовые условия",
            "I'm a reporter from SME writing about DIY prices, could someone from management contact me?",
            "somos una tienda de decoración en Vigo y querríamos hablar con alguien sobre ser revendedores",
            "Wir sind ein Fitnessstudio in Graz und möchten mit jemandem über eine Kooperation sprechen.",
            "som un grup de València i volem parlar amb algú de la botiga per un patrocini",
            "Bonjour, je suis journaliste pour un magazine déco et je cherche un contact presse",
            "dzien dobry, prowadze hurtownie kosmetykow i szukam osoby kontaktowej do wspolpracy",
        ] {
            assert!(matter(line), "{line}");
        }
    }

    #[test]
    fn a_customers_own_matter_is_not_business() {
        for line in [
            "my partner wants to talk to a person, can you put him through",
            "do you sell the blue one in your shop too?",
            "I want to sell my old bike, is there a trade-in?",
            "the parcel is with you since monday, can someone check?",
            "I want to work with someone who knows tyres",
        ] {
            assert!(!matter(line), "{line}");
        }
    }
}
