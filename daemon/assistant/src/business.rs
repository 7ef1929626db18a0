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
    "producent",
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
    let words = text::words(line);
    words.iter().any(|w| {
        BUSINESS.iter().any(|b| w.starts_with(b))
            || BUSINESS_WORDS.contains(&w.as_str())
            || BUSINESS_ENDINGS.iter().any(|e| w.ends_with(e))
    }) || sells_through_the_shop(line)
        || speaks_as_an_organisation(&words)
}

/// "We run a boutique hotel in Valletta", "Wir sind ein Hotel in Graz",
/// "nous sommes un domaine en Beaujolais": the customer writes for an
/// organisation (a hotel, a school, a winery, an agency), whose wish to
/// talk to someone is trade with the shop, whatever it wants to buy or
/// offer. "We're a family of four" or "we are a bit lost" is no
/// organisation. Only languages whose "we are a" is no auxiliary of
/// another tense (Slavic "smo", "sme" also say "we did").
fn speaks_as_an_organisation(words: &[String]) -> bool {
    const FRAMES: &[&[&str]] = &[
        &["we", "are", "a"],
        &["we", "are", "an"],
        &["we're", "a"],
        &["we're", "an"],
        &["we", "run", "a"],
        &["we", "run", "an"],
        &["wir", "sind", "ein"],
        &["wir", "sind", "eine"],
        &["nous", "sommes", "un"],
        &["nous", "sommes", "une"],
        &["somos", "un"],
        &["somos", "una"],
        &["somos", "uma"],
        &["siamo", "un"],
        &["siamo", "una"],
        &["we", "zijn", "een"],
        &["wij", "zijn", "een"],
    ];
    // What follows "we are a" when the speakers are people, not a firm.
    const PEOPLE: &[&str] = &[
        "family",
        "couple",
        "bit",
        "little",
        "few",
        "lot",
        "household",
        "group",
        "customer",
        "client",
        "member",
        "familie",
        "famille",
        "familia",
        "famiglia",
        "gezin",
        "paar",
        "peu",
        "poco",
        "pouco",
        "beetje",
        "bisschen",
    ];
    FRAMES.iter().any(|frame| {
        words.windows(frame.len() + 1).any(|w| {
            w.iter().zip(*frame).all(|(a, b)| a == b) && !PEOPLE.contains(&w[frame.len()].as_str())
        })
    })
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

    /// An organisation speaking ("we run a boutique hotel", "wir sind eine
    /// Agentur", "nous sommes un domaine") is trade with the shop; people
    /// speaking as a family or a couple, or "a bit lost", are customers.
    #[test]
    fn an_organisation_speaking_is_business_and_a_family_is_not() {
        for line in [
            "we run a small guesthouse in Bled and would like to talk to someone about your towels",
            "Wir sind eine Schule in Linz und möchten mit jemandem über 20 Tablets sprechen",
            "nous sommes une crèche à Lyon, à qui puis-je parler pour des commandes régulières ?",
            "we're a dental practice looking to order gloves every month, who do we talk to?",
            "Jesteśmy producentem mebli, z kim mogę porozmawiać?",
        ] {
            assert!(matter(line), "{line}");
        }
        for line in [
            "we're a family of four, can someone help us pick a tent?",
            "we are a bit lost with the assembly, can I talk to someone?",
            "we are a couple and want two matching rings, can I speak to someone",
            "where are the parcels we ordered?",
        ] {
            assert!(!matter(line), "{line}");
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
