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
        // "my lips swelled up", "I think I reacted to the natural wine"
        "swelled",
        "reacted",
        // Vomiting, a rash, a swollen face, an infection, in the later
        // languages ("az új táptól a kutyám egész éjjel hányt", "sain
        // ihottuman koko kehoon", "у дитини висип").
        "hányt",
        "bruhal",
        "bruhala",
        "zvracal",
        "zvracala",
        "zvracel",
        "zvracela",
        "zwymiotował",
        "zwymiotowała",
        "wymiotował",
        "wymiotowała",
        "povraćao",
        "povraćala",
        "oksensi",
        "oksendas",
        "vemdēja",
        "vėmė",
        "vomitat",
        "vomitou",
        "vomitado",
        "вырвало",
        "блевал",
        "блювала",
        "блював",
        "повърна",
        "osip",
        "ihottuma",
        "ihottuman",
        "kiütés",
        "kiütéses",
        "lööve",
        "löövet",
        "izsitumi",
        "bėrimas",
        "bėrimą",
        "висип",
        "сыпь",
        "обрив",
        "geschwollenes",
        "geschwollene",
        "øjenbetændelse",
        "infektion",
        "infekce",
        "infekcja",
        "infezione",
        // The heart and the breath: "palpitations", "Herzrasen", "Atemnot".
        "palpitations",
        "fainted",
        "breathless",
        "wheezing",
        "herzrasen",
        "atemnot",
        "palpitaciones",
        "palpitazioni",
        "hartkloppingen",
        "kołatanie",
        "urticaria",
        "urticaire",
        "nesselsucht",
        "pokrzywka",
        "pokrzywki",
        "kopřivka",
        "brustschmerzen",
        "taquicardia",
        "tachycardie",
        // "la pelle tutta arrossata", "vomitó toda la noche", a swollen
        // battery ("der Akku ist aufgebläht") as much as a swollen face.
        "arrossata",
        "arrossato",
        "arrossamento",
        "vomitó",
        "vomito",
        "irritazione",
        "wysypki",
        "wysypkę",
        "wysypke",
        "aufgebläht",
        // Stinging, itching, swelling said as the customer has it now, in
        // the languages the lists above lacked ("svider ögonen och
        // ögonlocken är svullna", "всё лицо опухло", "otekle ustnice",
        // "το πρόσωπό μου κοκκίνισε"). Not the words for burning, which a
        // candle or a stove does too.
        "blotchy",
        "stinging",
        "svider",
        "svullna",
        "svullen",
        "svullet",
        "kliar",
        "utslag",
        "gezwollen",
        "jeukt",
        "kipeä",
        "turvonnut",
        "turvoksissa",
        "kutisee",
        "опухло",
        "опухли",
        "опухла",
        "чешется",
        "набрякло",
        "набрякли",
        "свербить",
        "otekle",
        "oteklo",
        "otekla",
        "otečen",
        "otečena",
        "srbi",
        "svrbi",
        "κοκκίνισε",
        "πρήστηκε",
        "πρήστηκαν",
        "φαγούρα",
        "pietūka",
        "niez",
        "ištino",
        "paistes",
        "otekly",
        "oteklé",
        "svědí",
        "juckt",
        "démange",
        "gonflés",
        "gonflées",
        "escuece",
        "hinchados",
        "hinchadas",
        "prude",
        "gonfi",
        "gonfie",
        "coça",
        "inchados",
        "inchadas",
        "swędzi",
        "spuchnięte",
        "spuchnięty",
        "spuchnięta",
        "viszket",
        "bedagadt",
        "feldagadt",
        "umflat",
        "umflată",
        "mâncărime",
        "ustură",
        "hævet",
        "hovne",
        "hoven",
        "klør",
        "svier",
        "reibst",
    ];
    // Said in a few words: "my chest feels tight", "I can't breathe
    // properly", "my heart won't slow down".
    // (`text::words` has spelt "can't" and "won't" out.)
    const ACUTE: &[&str] = &[
        "can not breathe",
        "could not breathe",
        "hard to breathe",
        "trouble breathing",
        "difficulty breathing",
        "short of breath",
        "chest pain",
        "chest hurts",
        "chest is tight",
        "chest feels tight",
        "tight chest",
        "heart is racing",
        "heart racing",
        "heart was racing",
        "heart will not slow",
        "heart is pounding",
        "passed out",
        "throat is closing",
        "keine luft",
        "no puedo respirar",
        "dolor en el pecho",
        "arrive pas à respirer",
        "peux pas respirer",
        "douleur dans la poitrine",
        "non riesco a respirare",
        "dolore al petto",
        "kan niet ademen",
        "nie mogę oddychać",
        "nemůžu dýchat",
        "não consigo respirar",
        // "Mijn oog is rood en doet pijn", "sirds dauzās".
        "doet pijn",
        "sirds dauzās",
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
    // "I had a bad reaction to the rosé", "ho avuto una reazione allergica
    // dopo il vostro vino": a reaction the customer had. Asked ("is there
    // a risk of an allergic reaction?") it is about the product.
    const REACTION: &[&str] = &[
        "allergic reaction",
        "bad reaction",
        "had a reaction",
        "réaction allergique",
        "reazione allergica",
        "reacción alérgica",
        "reaccion alergica",
        "reação alérgica",
        "allergische reaktion",
        "allergische reactie",
        "reakcja alergiczna",
        "reakcję alergiczną",
        "alergickou reakci",
        "allergisk reaktion",
        // "the sunscreen gave me an allergy", "me deu uma alergia".
        "gave me an allergy",
        "gave me a reaction",
        "me deu uma alergia",
        "me deu alergia",
        "me dio alergia",
        "me dio una alergia",
        "me ha dado alergia",
        "m'a donné une allergie",
        "mi ha dato allergia",
        "mi ha fatto venire",
        "hat mir eine allergie",
        "gaf me een allergie",
        "dało mi uczulenie",
        "mam uczulenie po",
    ];
    let asked = words.first().is_some_and(|x| {
        matches!(
            x.as_str(),
            "can"
                | "could"
                | "is"
                | "are"
                | "does"
                | "do"
                | "will"
                | "would"
                | "what"
                | "how"
                | "any"
        )
    });
    let line = words.join(" ");
    let reaction = !asked && REACTION.iter().any(|p| line.contains(p));
    // "My dog got sick after the chews", "kot się pochorował po nowej
    // karmie", "vergiftet": someone (or an animal) fell ill or was
    // poisoned, said as having happened.
    const FELL_ILL: &[&str] = &[
        "got sick after",
        "got ill after",
        "became ill",
        "fell ill",
        "was sick after",
        "been sick after",
        "sick after eating",
        "food poisoning",
        "poisoned",
        "poisoning",
        "krank geworden",
        "vergiftet",
        "vergiftung",
        "se puso malo",
        "se puso mala",
        "se ha puesto malo",
        "se ha puesto mala",
        "enfermó",
        "intoxicación",
        "intoxicado",
        "intoxicada",
        "envenenado",
        "envenenada",
        "tombé malade",
        "tombée malade",
        "intoxication",
        "intoxiqué",
        "intoxiquée",
        "empoisonné",
        "empoisonnée",
        "stato male",
        "stata male",
        "intossicazione",
        "intossicato",
        "intossicata",
        "avvelenato",
        "avvelenata",
        "ziek geworden",
        "vergiftiging",
        "vergiftigd",
        "ficou doente",
        "intoxicação",
        "envenenamento",
        "zachorował",
        "zachorowała",
        "pochorował",
        "pochorowała",
        "pochorowal",
        "pochorowala",
        "zatrucie",
        "zatruł",
        "zatruła",
        "otrava",
        "otrávil",
        "otrávila",
    ];
    let fell_ill = !asked && crate::text::has_whole_phrase(&line, FELL_ILL);
    let acute = ACUTE.iter().any(|p| line.contains(p));
    (has(words) || has(english) || threw_up || reaction || acute || fell_ill) && !about_the_product
}
