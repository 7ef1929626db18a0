//! Someone hurt, or put in danger, by a product: an injury, a fall when a
//! part gave way, a burn or a cut, a device that caught fire, smoked or
//! gave a shock. Staff must hear it and may need to warn others; like a
//! bodily reaction (`health`), it is a `HandoverReason::Health`
//! hand-over.

/// "My daughter got hurt, the harness strap came loose", "Ich hab mich
/// beim Sturz verletzt, weil die Schnalle nachgegeben hat", "the
/// carabiner opened by itself, that's dangerous": someone was hurt, or a
/// product failed in a way that put someone in danger. Whatever the
/// trade (a harness, a toy, a heater), staff must hear it and may need to
/// warn others. The customer's own words of being hurt, or of a fall, or
/// of danger beside a failure; a question what happens if ("what if I
/// fall?", "is it dangerous to…?") has no failure and no one hurt.
pub(super) fn hurt_or_endangered(words: &[String], english: &[String]) -> bool {
    // Being hurt, in the customer's words: participles and nouns that say
    // it happened.
    const HURT: &[&str] = &[
        "injured",
        "injury",
        "injuries",
        "bruised",
        "bruises",
        // emergency departments, burnt skin, an asthma attack
        "urgências",
        "urgencias",
        "urgences",
        "notaufnahme",
        "queimei",
        "quemé",
        "oparzyłem",
        "oparzyłam",
        "popálil",
        "popálila",
        "asthmaanfall",
        "hospital",
        "wounded",
        "sprained",
        "fractured",
        "concussion",
        "stitches",
        "verletzt",
        "verletzung",
        "krankenhaus",
        "verbrannt",
        "ferito",
        "ferita",
        "ospedale",
        "blessé",
        "blessée",
        "blessure",
        "hôpital",
        "herido",
        "herida",
        "lesión",
        "ferido",
        "ferida",
        "machuquei",
        "machucou",
        "gewond",
        "ziekenhuis",
        "bezeerd",
        "zraniłem",
        "zraniłam",
        "zranił",
        "zraniła",
        "ranny",
        "szpital",
        "zranil",
        "zranila",
        "nemocnici",
        "úraz",
        "poškodoval",
        "bolnišnici",
        "ozlijedio",
        "ozlijedila",
        "bolnici",
        "megsérültem",
        "megsérült",
        "kórházban",
        "yaralandı",
        "yaralandım",
        "hastanede",
        "skadade",
        "skadad",
        "sjukhus",
        "skadet",
        "sykehus",
        // Burnt or scalded, and a doctor's visit because of it, in the
        // later languages ("gorący olej poparzył mi rękę", "leforrázta a
        // kezemet, orvoshoz kellett mennem").
        "poparzył",
        "poparzyła",
        "poparzyłem",
        "poparzyłam",
        "leforrázta",
        "leforráztam",
        "megégett",
        "megégettem",
        "opekla",
        "opekel",
        "opekao",
        "palovamma",
        "apdedzinājos",
        "nudegiau",
        "põletasin",
        "обжёгся",
        "обжегся",
        "обожглась",
        "обпікся",
        "обпеклася",
        "orvoshoz",
        "orvosnál",
        "lääkärissä",
        "lääkäriin",
    ];
    // A fall, or an accident, said as having happened.
    const FELL: &[&str] = &[
        "fell",
        "accident",
        "gestürzt",
        "sturz",
        "unfall",
        "caduto",
        "caduta",
        "cadendo",
        "tombé",
        "tombée",
        "chute",
        "gevallen",
        "ongeluk",
        "upadł",
        "upadła",
        "wypadek",
        "spadl",
        "spadla",
        "nehoda",
        "padel",
        "pao",
        "leesett",
        "düştüm",
        "düştü",
        "föll",
        "faldt",
        "falt",
    ];
    const DANGER: &[&str] = &[
        "dangerous",
        "unsafe",
        "gefährlich",
        "pericoloso",
        "dangereux",
        "peligroso",
        "perigoso",
        "gevaarlijk",
        "niebezpieczne",
        "niebezpieczny",
        "nebezpečné",
        "nevarno",
        "opasno",
        "veszélyes",
        "tehlikeli",
        "farlig",
        "farligt",
    ];
    // A part that gave way: torn, opened, slipped, snapped, bent.
    const FAILED: &[&str] = &[
        "tore",
        "torn",
        "ripped",
        "snapped",
        "slipped",
        "loose",
        "opened",
        "failed",
        "cracked",
        "gerissen",
        "aufgegangen",
        "aufgebogen",
        "nachgegeben",
        "strappato",
        "strappata",
        "aperta",
        "aperto",
        "ouvert",
        "ouverte",
        "déchiré",
        "losschoot",
        "gescheurd",
        "otworzył",
        "pękł",
        "povolila",
        "odprl",
        "puknuo",
        "kinyílt",
        "açıldı",
        "sönder",
    ];
    let any = |set: &[&str]| words.iter().any(|x| set.contains(&x.as_str()));
    let broken = any(FAILED)
        || english
            .iter()
            .any(|x| matches!(x.as_str(), "broken" | "broke" | "damaged" | "defective"));
    // "What if I fall?", "could I get hurt?": a case, not an event. (Not
    // "se" or "si": as often a reflexive as "if".)
    let conditional = words.iter().any(|x| {
        matches!(
            x.as_str(),
            "if" | "wenn" | "falls" | "jeśli" | "jeżeli" | "pokud"
        )
    });
    let could = words.first().is_some_and(|x| {
        matches!(
            x.as_str(),
            "can" | "could" | "is" | "are" | "will" | "would" | "does" | "do"
        )
    });
    if conditional || could {
        return false;
    }
    // "I got hurt", "he's hurt"; "the shoes hurt my feet" is about a fit.
    let got_hurt = words.iter().enumerate().any(|(i, x)| {
        x == "hurt"
            && i > 0
            && matches!(
                words[i - 1].as_str(),
                "got" | "get" | "was" | "were" | "been" | "is" | "s" | "am" | "m" | "badly"
            )
    });
    // "Nobody hurt but it was scary", "potevo farmi male", "Gott sei Dank
    // ist nix passiert": a near miss beside a failure is danger too.
    const NEAR_MISS: &[&str] = &[
        "scary",
        "could have been",
        "nearly fell",
        "almost fell",
        "potevo farmi male",
        "poteva farsi male",
        "nix passiert",
        "nichts passiert",
        "hätte mich",
        "aurais pu",
        "had kunnen",
        "mogłem",
        "mogłam",
    ];
    let line = words.join(" ");
    let near_miss = NEAR_MISS.iter().any(|p| line.contains(p));
    // "I cut myself opening the box", "je me suis coupé", "ich habe mich
    // an der Flasche geschnitten": a cut the customer got.
    const CUT: &[&str] = &[
        "cut myself",
        "cut my hand",
        "cut my finger",
        "me suis coupé",
        "me suis coupée",
        "mi sono tagliato",
        "mi sono tagliata",
        "me corté",
        "me he cortado",
        "cortei me",
        "me gesneden",
        "cortou o dedo",
        "cortei o dedo",
        "se machucou",
        "skaleczyłem",
        "skaleczyłam",
    ];
    let cut = CUT.iter().any(|p| line.contains(p))
        || (words.iter().any(|x| x == "mich" || x == "mir")
            && words.iter().any(|x| x == "geschnitten"));
    // "The battery caught fire on the charger", "der Akku ist beim Laden
    // explodiert": a product that burned or blew up put someone in danger
    // whether or not anyone was hurt.
    const FIRE: &[&str] = &[
        "caught fire",
        "burst into flames",
        "exploded",
        "blew up",
        "explodiert",
        "fing feuer",
        "in brand geraten",
        "preso fuoco",
        "esploso",
        "esplosa",
        "pris feu",
        "a explosé",
        "prendió fuego",
        "se incendió",
        "explotó",
        "pegou fogo",
        "explodiu",
        "vlam gevat",
        "ontplofte",
        "ontploft",
        "zapalił się",
        "zapaliła się",
        "wybuchł",
        "wybuchła",
        "začal hořet",
        "začala hořet",
        "vybuchl",
        "vybuchla",
        "zapalio se",
        "zapalila se",
        "eksplodirao",
        "kigyulladt",
        "felrobbant",
        "a luat foc",
        "a explodat",
        "syttyi",
        "räjähti",
        "fattade eld",
        "exploderade",
        "tok fyr",
        "eksploderte",
        "загорелся",
        "загорелась",
        "взорвался",
        "взорвалась",
        "загорівся",
        "загорілася",
        "вибухнув",
        "вибухнула",
        "избухна",
        "prendido fuego",
        "lecieć dym",
        "leciał dym",
        "šel kouř",
        "začal se kouřit",
        "füstölni kezdett",
        // Smoke from a device: "hat gequalmt", "started smoking".
        "started smoking",
        "began smoking",
        "smoke came out",
        "smoke coming out",
        "gequalmt",
        "qualmte",
        "geraucht hat",
        "a fumé",
        "de la fumée",
        "fumait",
        "fatto fumo",
        "uscito fumo",
        "usciva fumo",
        "echó humo",
        "echaba humo",
        "salió humo",
        "soltou fumaça",
        "saiu fumaça",
        "soltou fumo",
        "saiu fumo",
        "rookte",
        "begon te roken",
        "rook uit",
        "dymił",
        "dymiła",
        "dymilo",
        "dymiło",
        "zaczął dymić",
        "zaczęła dymić",
        "echar humo",
        "echando humo",
        // A burning smell from a device: "olor a quemado", "Brandgeruch".
        "burning smell",
        "smell of burning",
        "smells of burning",
        "olor a quemado",
        "brandgeruch",
        "odeur de brûlé",
        "odeur de brulé",
        "puzza di bruciato",
        "odore di bruciato",
        "cheiro a queimado",
        "cheiro de queimado",
        "brandlucht",
        "zapach spalenizny",
        "swąd",
    ];
    // "Got a shock from the machine when I touched the casing": a
    // product that gives electric shocks is as dangerous as one that
    // burns.
    const SHOCK: &[&str] = &[
        "electric shock",
        "got a shock",
        "gave me a shock",
        "gives me a shock",
        "got shocked",
        "electrocuted",
        "stromschlag",
        "scossa elettrica",
        "preso la scossa",
        "presa la scossa",
        "descarga eléctrica",
        "me dio corriente",
        "choc électrique",
        "décharge électrique",
        "choque elétrico",
        "levei um choque",
        "elektrische schok",
        "schok gekregen",
        "porażenie prądem",
        "poraził mnie prąd",
        "kopnął mnie prąd",
        "kopnął prąd",
        "kopl mě proud",
        "dostal jsem elektrickou ránu",
        "áramütés",
        "megrázott az áram",
        "elektrisk stöt",
        "fick en stöt",
        "sähköisku",
        "strujni udar",
        "udarila me struja",
        "ударило током",
        "удар током",
        "вдарило струмом",
        "удар струмом",
        "m-a electrocutat",
        "m-a curentat",
        // "deu choque quando liguei", "me dio calambre al enchufarlo",
        // "kreeg een schok", "hat mir einen Schlag gegeben".
        "deu choque",
        "deu um choque",
        "levei choque",
        "tomei choque",
        "tomei um choque",
        "dio calambre",
        "dio un calambre",
        "da calambre",
        "da corriente",
        "dio corriente",
        "ha dato la scossa",
        "dà la scossa",
        "prende la scossa",
        "kreeg een schok",
        "een schok gekregen",
        "geeft een schok",
        "gaf een schok",
        "gaf me een schok",
        "gaf mij een schok",
        "einen schlag bekommen",
        "einen schlag gegeben",
        "einen stromschlag",
        "m'a électrocuté",
        "m'a électrocutée",
    ];
    // Sparks from a device, a burn from it, a trip to the emergency
    // room or an asthma attack: "fierbătorul a făcut scântei", "me
    // queimei com a cera da vela", "tive uma crise de asma com o difusor".
    const EMERGENCY: &[&str] = &[
        "sparks",
        "sparked",
        "scântei",
        "funken",
        "scintille",
        "étincelles",
        "chispas",
        "faíscas",
        "iskry",
        "jiskry",
        "emergency room",
        "pronto soccorso",
        "spoedeisende hulp",
        "mi sono bruciato",
        "mi sono bruciata",
        "je me suis brûlé",
        "je me suis brûlée",
        "asthma attack",
        "crise de asma",
        "ataque de asma",
        "crise d'asthme",
        "attacco d'asma",
        "atak astmy",
    ];
    let fire = crate::text::has_whole_phrase(&line, FIRE)
        || crate::text::has_whole_phrase(&line, SHOCK)
        || crate::text::has_whole_phrase(&line, EMERGENCY);
    // Scalded, blistered, burnt by it, a child who swallowed or drank
    // something: in the glossary's English too.
    const BURNT: &[&str] = &[
        "scalded",
        "blistering",
        "blistered",
        "blisters",
        "swallowed",
    ];
    const BURNT_PHRASE: &[&str] = &[
        "burned my",
        "burnt my",
        "burned myself",
        "burnt myself",
        "burned his",
        "burned her",
        "hurt his back",
        "hurt her back",
        "hurt my back",
        "hurt himself",
        "hurt herself",
        "hurt myself",
        "just drank",
        "has drunk",
    ];
    let burnt = any(BURNT)
        || english.iter().any(|x| BURNT.contains(&x.as_str()))
        || crate::text::has_whole_phrase(&line, BURNT_PHRASE);
    any(HURT)
        || burnt
        || got_hurt
        || cut
        || fire
        || (any(FELL) && broken)
        || ((any(DANGER) || near_miss) && broken)
}
