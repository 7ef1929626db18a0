//! An order to send somewhere else: "can you send KW-DE-304530 to my
//! office instead", "please change the delivery address on OBJ-58261",
//! "Bitte MB-AT-2512-0618 an meine Firmenadresse schicken statt nach
//! Hause", "make it a home delivery instead of click and collect". The
//! shops file these under changing an order, whatever their page on
//! delivery problems says about addresses.

use crate::text;

/// Words for "instead", in the languages the shops hear most; the
/// glossary reads few of them.
const INSTEAD: &[&str] = &[
    "instead",
    "statt",
    "stattdessen",
    "anstatt",
    "plutôt",
    "invece",
    "stället",
    "istedet",
    "istället",
    "zamiast",
    "namiesto",
    "místo",
    "helyett",
];

/// Verbs that send an order somewhere (the glossary's English and a few
/// common forms it leaves as they are).
const SEND: &[&str] = &[
    "send", "deliver", "ship", "go", "schicken", "schickt", "liefern", "livrer", "envoyer",
    "spedire", "enviar", "skicka", "sende", "wysłać",
];

/// Words of a line that is about someone else's data, an e-mail or a
/// parcel already lost, not about where an order is to go.
const NOT_A_REDIRECT: &[&str] = &[
    "else",
    "else's",
    "stranger",
    "stranger's",
    "invoice",
    "email",
    "e-mail",
    "mail",
    "lost",
    "went",
    "gift",
];

/// Whether `message` asks for an order to be delivered to another
/// address or in another way: an address changed, a parcel redirected,
/// or sent, delivered or picked up somewhere "instead".
pub fn redirects_delivery(message: &str) -> bool {
    let english = crate::glossary::with_english(message);
    let w = text::words(&english);
    let has = |set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
    if has(NOT_A_REDIRECT) {
        return false;
    }
    // "Lieferadresse", "leveringsadressen", "adresą", "aadressi": the word
    // for an address is "adres…" or "adress…" in most of the shops'
    // languages, alone or at the end of a compound.
    let address = w
        .iter()
        .any(|x| x == "address" || x.contains("adres") || x.contains("adress"));
    let redirect = w
        .iter()
        .any(|x| x.starts_with("redirect") || x.starts_with("umleit") || x.starts_with("redirig"));
    let instead = has(INSTEAD);
    let sent_to = has(SEND) && has(&["to", "à", "till", "til"]);
    let delivered_otherwise = has(&["delivery", "locker", "pickup", "collect"]);
    address || redirect || (instead && (sent_to || delivered_otherwise))
}

#[cfg(test)]
mod tests {
    use super::redirects_delivery;

    #[test]
    fn an_order_sent_elsewhere_is_a_redirect_and_other_addresses_are_not() {
        for line in [
            "can you send KW-DE-304530 to my office instead, I'm never home",
            "can you send it to my parents' address in Graz instead",
            "please change the delivery address on OBJ-58261, I've moved to Galway",
            "Bitte MB-AT-2512-0618 an meine Firmenadresse in Graz schicken statt nach Hause",
            "pouvez-vous livrer la commande 58244 à une autre adresse ?",
            "can you make DS-2025-10499 a home delivery instead of click and collect?",
            "can you deliver it to my office in Pipera instead",
            "Können Sie ZG-0041880 an meine Arbeitsadresse in Graz umleiten?",
            "redirect it to my work address in Turku please",
        ] {
            assert!(redirects_delivery(line), "{line}");
        }
        for line in [
            "I logged in and I can see someone else's address and orders in my account",
            "please send the gift card from RS-73130-IT to giulia.r@gmail.com instead",
            "you sent my knives back from sharpening to my old address and now the parcel is lost",
            "can you swap the M harness in NK-4472310 for an L before it ships",
            "can you deliver the drum kit on saturday instead? SM-48133-VLC",
            "please cancel DS-2025-10502",
        ] {
            assert!(!redirects_delivery(line), "{line}");
        }
    }
}
