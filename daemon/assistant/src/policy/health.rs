//! A customer who reacted to a product: a hand-over of its own
//! (`HandoverReason::Health`), since staff must hear it and the assistant
//! gives no medical advice.

/// "The yoga mat gave me a skin rash", "nach dem Protein bekomme ich
/// Bauchkrämpfe", "tinc la cara inflada": a bodily reaction the customer
/// has now. Allergy alone is no reaction ("I'm allergic to nuts, does it
/// contain any?" asks about ingredients), and a question whether a
/// product can cause one ("can it cause a rash?") asks about the product:
/// the customer's own words of having or getting it are needed, which
/// every symptom word below is, as a noun or a participle.
pub(super) fn bodily_reaction(words: &[String], english: &[String]) -> bool {
    const SYMPTOM: &[&str] = &[
        "rash",
        "rashes",
        "hives",
        "itchy",
        "itching",
        "swollen",
        "swelling",
        "blisters",
        "blistered",
        "cramps",
        "vomiting",
        "vomited",
        "nauseous",
        "dizzy",
        "burns",
        "burned",
        "burnt",
        "bleeding",
        "welts",
        // de, es, ca, fr, it, pt, nl, pl, cs
        "ausschlag",
        "bauchkrämpfe",
        "krämpfe",
        "juckreiz",
        "geschwollen",
        "erbrochen",
        "sarpullido",
        "erupción",
        "erupcion",
        "picor",
        "hinchada",
        "hinchado",
        "vómitos",
        "vomitos",
        "ronchas",
        "erupció",
        "inflada",
        "inflat",
        "irritació",
        "éruption",
        "eruption",
        "démangeaisons",
        "gonflé",
        "gonflée",
        "plaques",
        "eruzione",
        "prurito",
        "gonfio",
        "gonfia",
        "gonfiore",
        "vomitato",
        "irritação",
        "comichão",
        "inchado",
        "inchada",
        "uitslag",
        "jeuk",
        "opgezwollen",
        "wysypka",
        "wysypkę",
        "swędzenie",
        "opuchlizna",
        "spuchnięta",
        "vyrážka",
        "vyrážku",
        "svědění",
        "oteklý",
        "oteklá",
    ];
    let has = |w: &[String]| w.iter().any(|x| SYMPTOM.contains(&x.as_str()));
    // "Can it cause a rash?", "does it make you itchy": about the product.
    let about_the_product = words.iter().any(|x| {
        matches!(
            x.as_str(),
            "cause" | "causes" | "causing" | "prevent" | "against" | "treat" | "soothe" | "relief"
        )
    });
    // "lotion for itchy dry skin", "crema per pelle arrossata": what a
    // product is for.
    const FOR: &[&str] = &["for", "für", "pour", "para", "per", "voor", "na", "pro"];
    let product_for = words.iter().enumerate().any(|(i, x)| {
        SYMPTOM.contains(&x.as_str()) && i > 0 && FOR.contains(&words[i - 1].as_str())
    });
    // "What if I get a rash, can I return it?": a case, not a reaction.
    let conditional = words.iter().any(|x| {
        matches!(
            x.as_str(),
            "if" | "wenn" | "falls" | "jeśli" | "jeżeli" | "pokud"
        )
    });
    if product_for || conditional {
        return false;
    }
    let threw_up = words.windows(2).any(|p| p[0] == "threw" && p[1] == "up");
    (has(words) || has(english) || threw_up) && !about_the_product
}
