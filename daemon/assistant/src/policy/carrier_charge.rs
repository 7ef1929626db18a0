//! "Then why does DHL want 146 CHF from me?", "Pósturinn rukkaði mig um
//! virðisaukaskatt þó að ég hafi þegar borgað hann", "DHL traži 320 evra":
//! a carrier or the post billed the customer (customs, VAT, a fee) for
//! what the shop said was paid or included. Staff take it up with the
//! carrier and refund what was charged twice; the customs page only
//! says what should have happened.

/// Carriers and national posts by the names customers write.
const CARRIER: &[&str] = &[
    "dhl",
    "ups",
    "fedex",
    "gls",
    "dpd",
    "tnt",
    "posten",
    "posti",
    "pósturinn",
    "postnord",
    "bring",
    "poczta",
    "correos",
    "ctt",
    "omniva",
    "inpost",
    "poste",
    "poşta",
    "posta",
    "pošta",
    "poštou",
    "поща",
    "почта",
    "пошта",
    "nova",
    "packeta",
    "zásilkovna",
    "evri",
    "hermes",
    "royal",
    "postnl",
    "bpost",
    "colissimo",
    "chronopost",
    "seur",
    "d'poscht",
    "poscht",
];

/// Billed, charged, wanting money, in the customer's words.
const BILLED: &[&str] = &[
    "bill",
    "billed",
    "bills",
    "charge",
    "charged",
    "charges",
    "want",
    "wants",
    "wanted",
    "demand",
    "demands",
    "demanded",
    "fee",
    "rukkaði",
    "rukkar",
    "traži",
    "tražio",
    "kräver",
    "krævede",
    "kreve",
    "krever",
    "verlangt",
    "chce",
    "chtějí",
    "žádá",
    "pýta",
    "követel",
    "kér",
    "vaatii",
    "nõuab",
    "pieprasa",
    "reikalauja",
    "cere",
    "хочет",
    "хоче",
    "иска",
    "vuole",
    "exige",
    "pide",
    "réclame",
];

pub(super) fn carrier_billed_me(words: &[String]) -> bool {
    // "Swiss post", "the post": the English word alone is also a verb.
    let post = words.windows(2).any(|p| {
        p[1] == "post" && matches!(p[0].as_str(), "swiss" | "the" | "royal" | "la" | "austrian")
    });
    let has = |set: &[&str]| words.iter().any(|x| set.contains(&x.as_str()));
    // "Does DHL charge for delivery to Norway?": a question how it goes,
    // unless it asks why it happened ("then why does DHL want …").
    let why = words.iter().any(|x| {
        matches!(
            x.as_str(),
            "why"
                | "warum"
                | "pourquoi"
                | "perché"
                | "waarom"
                | "dlaczego"
                | "proč"
                | "prečo"
                | "miért"
                | "miksi"
                | "miks"
                | "kodėl"
                | "kāpēc"
                | "zašto"
                | "zakaj"
                | "почему"
                | "чому"
                | "защо"
                | "varför"
                | "hvorfor"
                | "hvers"
        )
    });
    let asked = words.first().is_some_and(|x| {
        matches!(
            x.as_str(),
            "does" | "do" | "will" | "can" | "is" | "are" | "what" | "how" | "if" | "would"
        )
    }) || words
        .iter()
        .any(|x| matches!(x.as_str(), "if" | "will" | "would" | "when"));
    // Money named: an amount, or customs, VAT, a tax.
    let money = words.iter().any(|x| x.chars().any(|c| c.is_ascii_digit()))
        || words.iter().any(|x| {
            x.starts_with("vat")
                || x.starts_with("customs")
                || x.starts_with("virðisauka")
                || x.starts_with("zoll")
                || x.starts_with("mwst")
                || x.starts_with("tax")
                || x.starts_with("dph")
                || x.starts_with("moms")
                || x.starts_with("pdv")
                || x.starts_with("áfa")
                || x.starts_with("ндс")
                || x.starts_with("пдв")
        });
    (has(CARRIER) || post) && has(BILLED) && money && (why || !asked)
}

#[cfg(test)]
mod tests {
    use super::carrier_billed_me;

    fn read(m: &str) -> bool {
        carrier_billed_me(&crate::text::words(m))
    }

    #[test]
    fn a_carrier_billed_the_customer() {
        for m in [
            "then why does DHL want 146 CHF from me? that's not 8.1%",
            "DHL traži 320 evra za Z50 II, ZG-0041866, to ne može biti 20%",
            "Pósturinn rukkaði mig um virðisaukaskatt þó að ég hafi þegar borgað hann hjá ykkur",
            "then why did posten just send me a bill for my lenses? 450 kr",
        ] {
            assert!(read(m), "{m}");
        }
        for m in [
            "does DHL charge customs to Norway?",
            "what does the post charge for a parcel to Malta?",
            "DHL brought it today, thanks",
            "small order to zurich, will swiss post charge me vat",
            "I want to post the 2 jackets back",
        ] {
            assert!(!read(m), "{m}");
        }
    }
}
