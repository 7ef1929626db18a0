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

#[cfg(test)]
mod tests {
    use super::staff_damaged;

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
