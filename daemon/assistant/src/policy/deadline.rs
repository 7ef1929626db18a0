//! A delivery the customer needs by a date for certain ("the wine MUST be
//! at the venue by the 21st, can you guarantee that?", "der Wein muss bis
//! zum 27. da sein, garantiert"): a promise only staff can make, after
//! looking at the order and the carrier. "When must I order to get it by
//! Christmas?" and "if I order today, will it arrive by Friday?" ask how
//! long delivery takes, which the help pages answer.

/// Whether the line needs a delivery by a date, said with insistence.
pub(super) fn delivery_needed_by(w: &[String], english: &[String]) -> bool {
    // Necessity: "must", "need … delivered", "il faut", "tiene que".
    const MUST: &[&str] = &[
        "must", "need", "needs", "muss", "müssen", "faut", "doit", "doivent", "deve", "devono",
        "moet", "moeten", "musi", "tem",
    ];
    const MUST_PHRASE: &[&str] = &["have to", "has to", "tiene que", "tienen que", "tem de"];
    // Insistence on the date: a deadline word, or a guarantee asked for.
    const INSIST: &[&str] = &[
        "guarantee",
        "guaranteed",
        "garantiert",
        "garantie",
        "garantir",
        "garantizar",
        "garantizado",
        "garantire",
        "garantito",
        "absolutely",
        "absolument",
        "unbedingt",
        "assolutamente",
        "spätestens",
        "uiterlijk",
        "najpóźniej",
    ];
    const INSIST_PHRASE: &[&str] = &[
        "at the latest",
        "au plus tard",
        "sans faute",
        "sin falta",
        "a más tardar",
        "al più tardi",
        "senza fallo",
        "sem falta",
    ];
    // Arriving: the glossary's English, or German "da sein".
    const ARRIVE: &[&str] = &[
        "deliver",
        "delivered",
        "delivery",
        "arrive",
        "arrives",
        "arrived",
        "arrival",
        "venue",
    ];
    let line = w.join(" ");
    let has = |set: &[&str]| w.iter().chain(english).any(|x| set.contains(&x.as_str()));
    let said = |set: &[&str]| set.iter().any(|p| line.contains(p));
    // "When must I order…?", "if I order today…": how delivery goes.
    let asks_how = w.first().is_some_and(|f| {
        matches!(
            f.as_str(),
            "when" | "what" | "how" | "do" | "does" | "is" | "will" | "can" | "could"
        )
    });
    let conditional = w
        .iter()
        .any(|x| matches!(x.as_str(), "if" | "si" | "wenn" | "falls" | "se" | "als"));
    let arrive = has(ARRIVE) || line.contains("da sein");
    (has(MUST) || said(MUST_PHRASE))
        && (has(INSIST) || said(INSIST_PHRASE))
        && arrive
        && !asks_how
        && !conditional
}
