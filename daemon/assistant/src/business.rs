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
];

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
];

/// Whether a line is about business with the shop rather than a
/// customer's own matter.
pub fn matter(line: &str) -> bool {
    text::words(line)
        .iter()
        .any(|w| BUSINESS.iter().any(|b| w.starts_with(b)) || BUSINESS_WORDS.contains(&w.as_str()))
}
