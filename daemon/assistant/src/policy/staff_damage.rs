//! "The drivers scratched my new parquet carrying the wardrobe in",
//! "your fitter scratched all 4 of my alloys", "a technikus, aki kijött,
//! tönkretette a padlót": the shop's own people damaged the customer's
//! home or things while delivering, installing or fitting. The shop
//! answers for its people; only staff can. Not a parcel that arrived
//! damaged (the carrier's, and the returns pages'), and not a question
//! what happens if.

/// The shop's people who come to the customer: drivers, fitters,
/// technicians, installers.
const ACTOR: &[&str] = &[
    "driver",
    "drivers",
    "courier",
    "couriers",
    "technician",
    "technicians",
    "fitter",
    "fitters",
    "installer",
    "installers",
    "engineer",
    "mechanic",
    "fahrer",
    "monteur",
    "monteure",
    "techniker",
    "livreur",
    "livreurs",
    "technicien",
    "repartidor",
    "repartidores",
    "técnico",
    "tecnico",
    "montador",
    "montatore",
    "bezorger",
    "bezorgers",
    "kurier",
    "kurierzy",
    "technik",
    "montér",
    "technikus",
    "szerelő",
    "szerelők",
    "kurir",
    "tehničar",
    "serviser",
    "monter",
    "монтажник",
    "курьер",
    "кур'єр",
    "техник",
    "технік",
    // "the delivery guys", "your piano tuner"
    "guys",
    "tuner",
];

/// Damaged, as done to something: scratched, ruined, dented, stained.
const DAMAGED: &[&str] = &[
    "scratched",
    "damaged",
    "ruined",
    "dented",
    "stained",
    "gouged",
    "zerkratzt",
    "beschädigt",
    "rayé",
    "abîmé",
    "rayado",
    "dañado",
    "graffiato",
    "rovinato",
    "danneggiato",
    "bekrast",
    "beschadigd",
    "porysowali",
    "porysował",
    "zarysowali",
    "zarysował",
    "uszkodzili",
    "uszkodził",
    "poškrábali",
    "poškrábal",
    "poškodili",
    "poškodil",
    "tönkretette",
    "tönkretették",
    "megkarcolta",
    "megkarcolták",
    "összekarcolta",
    "ogrebali",
    "ogrebao",
    "oštetili",
    "oštetio",
    "opraskali",
    "poškodovali",
    "поцарапали",
    "поцарапал",
    "повредили",
    "повредил",
    "подряпали",
    "подряпав",
    "пошкодили",
    "пошкодив",
];

pub(super) fn staff_damaged(words: &[String], english: &[String]) -> bool {
    let has = |set: &[&str]| words.iter().any(|x| set.contains(&x.as_str()));
    // A parcel or its box is the carrier's damage and the returns pages'.
    let parcel = english
        .iter()
        .any(|x| matches!(x.as_str(), "parcel" | "package" | "box" | "packaging"));
    let asked = words.iter().any(|x| {
        matches!(
            x.as_str(),
            "if" | "wenn" | "falls" | "si" | "se" | "jeśli" | "pokud" | "ha" | "dacă"
        )
    }) || words.first().is_some_and(|x| {
        matches!(
            x.as_str(),
            "what" | "who" | "do" | "does" | "can" | "will" | "is" | "are"
        )
    });
    has(ACTOR) && has(DAMAGED) && !parcel && !asked
}

/// "You lost one of the 3 rolls I dropped off", "you've lost the ticket
/// and nobody can find the chain", "my tyres disappeared from your tyre
/// hotel", "I sent 4 knives for sharpening and only 3 came back": the
/// shop lost what the customer left in its care. Not "you lost me" (the
/// customer is confused), and not a question whether it was lost.
pub(super) fn shop_lost_it(words: &[String]) -> bool {
    let line = words.join(" ");
    const LOST: &[&str] = &[
        "you lost",
        "you have lost",
        "you guys lost",
        "you people lost",
        "ihr habt verloren",
        "sie haben verloren",
        "avete perso",
        "vous avez perdu",
        "habéis perdido",
        "han perdido",
        "perderam",
        "zgubiliście",
        "ztratili jste",
        "jullie zijn kwijt",
        "har tappat bort",
        "har mistet",
    ];
    const GONE_FROM: &[&str] = &[
        "disappeared from your",
        "vanished from your",
        "missing from your",
        "gone from your",
    ];
    let lost = crate::text::has_whole_phrase(&line, LOST)
        && !crate::text::has_whole_phrase(&line, &["you lost me", "you have lost me"]);
    // "only 3 came back", "only two were returned"
    let fewer_back = words.windows(3).any(|w| {
        w[0] == "only"
            && (w[1].chars().all(|c| c.is_ascii_digit())
                || matches!(w[1].as_str(), "one" | "two" | "three" | "four" | "five"))
            && matches!(w[2].as_str(), "came" | "were" | "returned" | "got")
    });
    let asked = words.first().is_some_and(|x| {
        matches!(
            x.as_str(),
            "did" | "have" | "has" | "what" | "if" | "can" | "could" | "do" | "does" | "is"
        )
    }) || words.iter().any(|x| x == "if");
    (lost || crate::text::has_whole_phrase(&line, GONE_FROM) || fewer_back) && !asked
}

/// "The drivers didn't come on Friday, I waited from 10 to 6", "die
/// Kursleiterin ist zweimal nicht gekommen", "kierowcy w ogóle nie
/// przyjechali, czekałem cały dzień": the shop's people did not turn up
/// when they were booked. Only staff can answer for it. Not a question
/// what happens if they do not.
pub(super) fn no_show(words: &[String]) -> bool {
    const DID_NOT_COME: &[&str] = &[
        "did not come",
        "did not show",
        "never came",
        "never showed",
        "no one came",
        "nobody came",
        "nobody showed",
        "nicht gekommen",
        "nicht erschienen",
        "niemand gekommen",
        "nie przyjechali",
        "nie przyjechał",
        "nie przyszedł",
        "nikt nie przyjechał",
        "no vinieron",
        "no vino",
        "no se presentó",
        "não apareceu",
        "não apareceram",
        "não vieram",
        "non sono venuti",
        "non è venuto",
        "non si è presentato",
        "ne sont pas venus",
        "n'est pas venu",
        "personne n'est venu",
        "zijn niet gekomen",
        "is niet gekomen",
        "niemand gekomen",
        "kom inte",
        "kom ikke",
        "nepřijeli",
        "nepřišel",
    ];
    // Said as having happened: waited for, booked, or twice.
    const WAITED: &[&str] = &[
        "waited",
        "waiting",
        "booked",
        "appointment",
        "slot",
        "gewartet",
        "termin",
        "czekałem",
        "czekałam",
        "esperé",
        "esperei",
        "aspettato",
        "attendu",
        "gewacht",
        "väntade",
        "ventet",
        "čekal",
        "čekala",
        "zweimal",
        "twice",
        "again",
    ];
    let line = words.join(" ");
    let asked = words.iter().any(|x| {
        matches!(
            x.as_str(),
            "if" | "wenn" | "falls" | "si" | "se" | "jeśli" | "als" | "om"
        )
    });
    crate::text::has_whole_phrase(&line, DID_NOT_COME)
        && words.iter().any(|x| WAITED.contains(&x.as_str()))
        && !asked
}

#[cfg(test)]
mod tests {
    use super::{shop_lost_it, staff_damaged};

    #[test]
    fn the_shops_people_did_not_turn_up() {
        let no_show = |m: &str| super::no_show(&crate::text::words(m));
        for m in [
            "well they didn't come on friday, I waited from 10 to 6",
            "die Kursleiterin ist zweimal nicht gekommen",
            "kierowcy w ogóle nie przyjechali, czekałem cały dzień",
            "the technician never came, I had booked the morning slot",
        ] {
            assert!(no_show(m), "{m}");
        }
        for m in [
            "what happens if the drivers don't come?",
            "wenn der Fahrer nicht gekommen ist, was dann?",
            "my parcel never came",
        ] {
            assert!(!no_show(m), "{m}");
        }
    }

    #[test]
    fn the_shop_lost_what_the_customer_left_with_it() {
        let lost = |m: &str| shop_lost_it(&crate::text::words(m));
        for m in [
            "you lost one of the 3 rolls I dropped off for developing",
            "I left a watch in for repair, you've lost the ticket and now nobody can find it",
            "my winter tyres disappeared from your tyre hotel",
            "I sent 4 knives for sharpening and only 3 came back",
        ] {
            assert!(lost(m), "{m}");
        }
        // A piece missing from a parcel is the returns pages' (and the
        // tuning shops label it so).
        assert!(!lost("a piece is missing from my parcel"));
        for m in [
            "sorry, you lost me, what do I click?",
            "did you lose my parcel?",
            "what happens if you lost my tyres?",
            "I lost my receipt, can I still return it?",
        ] {
            assert!(!lost(m), "{m}");
        }
    }

    fn read(m: &str) -> bool {
        let w = crate::text::words(m);
        let e = crate::text::words(&crate::glossary::with_english(m));
        staff_damaged(&w, &e)
    }

    #[test]
    fn the_shops_people_damaged_the_customers_things() {
        for m in [
            "hi / the drivers scratched my new parquet carrying the wardrobe in and just left",
            "the setup technician came 3 hours late and scratched my worktop",
            "your fitter scratched all 4 of my alloys during fitting today",
            "the delivery guys scratched the parquet bringing the piano in",
            "a technikus, aki kijött, elkésett három órát és tönkretette a padlót",
        ] {
            assert!(read(m), "{m}");
        }
        for m in [
            "what if the driver scratches my floor?",
            "the courier left the box outside and the parcel was damaged",
            "my worktop is scratched, which polish do you sell?",
        ] {
            assert!(!read(m), "{m}");
        }
    }
}
