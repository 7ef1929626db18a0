//! "Can you call me?", "em podeu trucar?", "potete richiamarmi?": a
//! customer asking to be phoned asks for a person, even with no word for
//! one in the line. This is the one reading of it, in English and in
//! every language the assistant serves (the glossary's "call back" of
//! Ukrainian and Russian included), from the forms a request takes (an imperative, an infinitive after "can you",
//! a subjunctive "que em truqui"), never from the verb alone: "will the
//! courier call me?", "me llamo Ana" and "can I call you?" ask nothing of
//! the team.

use super::Clause;
use super::signals::NOT;

/// One word that is itself a request to be phoned: an imperative or an
/// infinitive with the customer as its object, or a call-back noun.
const CALL_ME: &[&str] = &[
    // English
    "callback",
    "call-back",
    // Spanish
    "llamadme",
    "llámame",
    "llamame",
    "llámenme",
    "llamenme",
    "llámeme",
    "llameme",
    "llamarme",
    "rellamarme",
    // Catalan
    "truqueu-me",
    "trucar-me",
    "truqueu-nos",
    // Portuguese
    "ligar-me",
    "liguem-me",
    "ligue-me",
    "liga-me",
    "telefonar-me",
    "telefonem-me",
    "contactar-me",
    // Italian
    "chiamarmi",
    "richiamarmi",
    "chiamatemi",
    "richiamatemi",
    "chiamami",
    "richiamami",
    "telefonarmi",
    // French
    "rappelez-moi",
    "appelez-moi",
    "rappelle-moi",
    "appelle-moi",
    "téléphonez-moi",
    // German
    "zurückrufen",
    "zurückruf",
    "rückruf",
    "ruckruf",
    // Dutch
    "terugbellen",
    "terugbelverzoek",
    // Polish
    "oddzwonić",
    "oddzwonic",
    "oddzwońcie",
    "oddzwoncie",
    "oddzwoń",
    "zadzwońcie",
    "zadzwoncie",
    // Czech and Slovak
    "zavolejte",
    "zavolajte",
    // Romanian
    "sunați-mă",
    "sunati-ma",
    "sună-mă",
    // Swedish and Norwegian
    "återuppringning",
    // Greek
    "καλέστε",
    "τηλεφωνήστε",
    // Hungarian: "would you call me back?", "a call-back"
    "visszahívnának",
    "visszahívnátok",
    "visszahívna",
    "visszahívást",
    "visszahívni",
    // Swiss German "chönd Sie mi zrugglüte?", Maltese "jista' xi ħadd
    // iċemplili?" (call me, in one word)
    "zrugglüte",
    "zruggrüefe",
    "iċemplili",
    "ċemplili",
];

/// The verbs for phoning, as an infinitive or a request form that needs
/// the customer as its object beside it ("me podéis llamar", "mich
/// anrufen", "bel me").
const CALL: &[&str] = &[
    "call",
    "phone",
    "ring",
    "llamar",
    "llamen",
    "llaméis",
    "llameis",
    "llame",
    "trucar",
    "truqueu",
    "truqui",
    "truquin",
    "ligar",
    "liguem",
    "ligue",
    "telefonar",
    "chiamare",
    "richiamare",
    "chiamate",
    "richiamate",
    "appeler",
    "rappeler",
    "téléphoner",
    "anrufen",
    "ruft",
    "rufen",
    "bellen",
    "bel",
    "belt",
    "zadzwonić",
    "zadzwonic",
    "zadzwoni",
    "zavolat",
    "zavolali",
    "suna",
    "sunați",
    "sunati",
    "ringa",
    "ring",
    "ringe",
    "ringer",
    "καλέσετε",
    "πάρετε",
    "hívjanak",
    "hívjon",
    // Slovene, Croatian, Turkish
    "pokličete",
    "pokličite",
    "pokliče",
    "ozvať",
    "ozvali",
    "ozvite",
    "nazvati",
    "nazovite",
    "nazovete",
    "arayabilir",
    "arayın",
    "arar",
    // The later languages: Estonian, Lithuanian, Latvian, Finnish,
    // Bulgarian, Romanian's subjunctive, Swiss German.
    "helistage",
    "helistada",
    "helistaks",
    "paskambinti",
    "paskambinkite",
    "paskambintumėte",
    "piezvaniet",
    "piezvanīt",
    "piezvanītu",
    "soittakaa",
    "soittaa",
    "soittaisiko",
    "soittaisitteko",
    "обади",
    "обадете",
    "обадите",
    "sune",
    "aaflüte",
    "aalüüte",
    "aalüte",
];

/// The customer as the object: "me", "mich", "mij", "mnie" …
const ME: &[&str] = &[
    "me", "us", "em", "m'", "mi", "mich", "uns", "mij", "mnie", "nas", "mě", "mňa", "mă", "mig",
    "oss", "με", "moi", "visszam", "engem", "beni", "mulle", "minulle", "ми", "meg",
];

/// Lithuanian and Latvian "me" ("ar galite man paskambinti?"), only beside
/// their own call verbs: Swedish "man" is "one" ("vilket nummer ringer man
/// till?"), a question about the line.
const ME_BALTIC: &[&str] = &["man", "mani"];

/// Someone other than the team who may phone: a question about how
/// delivery works, not a request.
const THIRD_PARTY: &[&str] = &[
    "courier",
    "driver",
    "carrier",
    "delivery",
    "repartidor",
    "mensajero",
    "transportista",
    "missatger",
    "estafeta",
    "motorista",
    "corriere",
    "livreur",
    "transporteur",
    "kurier",
    "fahrer",
    "zusteller",
    "bezorger",
    "chauffeur",
    "kurýr",
    "curier",
    "bud",
    "chaufför",
    "sjåfør",
    // Their definite forms ("ringer sjåføren meg?": does the driver
    // call me?), now that Norwegian "meg" is the customer.
    "chauffören",
    "chaufføren",
    "sjåføren",
    "budet",
    "kuriren",
    "kurye",
    "kurir",
    "futár",
    "dostavljač",
    "dostavljavec",
];

/// Whether `w` asks the team to phone the customer.
pub(super) fn asks_to_be_called(w: &[String]) -> bool {
    let c = Clause::new(w);
    // "me llamo Ana", "mi chiamo Luca": a name, not a call.
    let a_name = c.has_phrase(&["me", "llamo"])
        || c.has_phrase(&["mi", "chiamo"])
        || c.has_phrase(&["je", "m'appelle"]);
    // "can I call you", "what number do I call", "when can I ring": the
    // customer phoning the shop is a question about the line.
    let english_question = w.first().is_some_and(|f| {
        matches!(
            f.as_str(),
            "what" | "which" | "when" | "where" | "how" | "who" | "does" | "do" | "will" | "is"
        )
    }) && !c.has_phrase(&["is", "it", "possible"]);
    let customer_phones = c.has_phrase(&["i", "call"]) || c.has_phrase(&["i", "ring"]);
    if c.has(THIRD_PARTY) || a_name || english_question || customer_phones {
        return false;
    }
    let Some(at) = call_at(&c) else {
        return false;
    };
    // "no need to call me" declines; a negation after the request ("call
    // me, not by email") is about something else, and so is the
    // customer's own "I can't call (during work hours), can you call me
    // instead?". Swedish "ni" is "you", not the Spanish or Slovene "nor".
    let customer_cannot_call = |i: usize| {
        i >= 2
            && w[i - 2] == "i"
            && w.get(i + 1)
                .is_some_and(|n| matches!(n.as_str(), "call" | "phone" | "ring"))
    };
    !w[..at]
        .iter()
        .enumerate()
        .any(|(i, x)| x != "ni" && NOT.contains(&x.as_str()) && !customer_cannot_call(i))
}

/// "No need to call me", "мені так і не передзвонили" (they never called
/// me back): a call named with a negation before it, which is no request
/// for one, whatever a reader leans to.
pub(super) fn call_negated(w: &[String]) -> bool {
    let c = Clause::new(w);
    let named = call_at(&c).or_else(|| {
        w.iter()
            .position(|x| matches!(crate::glossary::english(x), Some("call" | "call back")))
    });
    named.is_some_and(|at| {
        w[..at]
            .iter()
            .any(|x| x != "ni" && NOT.contains(&x.as_str()))
    })
}

/// Where the request to be phoned is: a word that is one (an imperative,
/// an infinitive with its object, a call-back noun, or a word the
/// glossary reads as "call back", as Ukrainian "передзвоніть"), the noun
/// asked for ("give me a call", "telefon od kogoś"), or a call verb with
/// the customer as its object within two words either side ("call me",
/// "me podéis llamar", "mich bitte anrufen").
fn call_at(c: &Clause) -> Option<usize> {
    let w = c.w;
    w.iter()
        .position(|x| {
            CALL_ME.contains(&x.as_str()) || crate::glossary::english(x) == Some("call back")
        })
        .or_else(|| {
            [
                &["give", "me", "a", "call"][..],
                &["a", "call", "from"],
                &["telefon", "od"],
                // "Može poziv od vašeg tehničara?"
                &["poziv", "od"],
                &["telefonema", "de"],
                // "Proszę o kontakt telefoniczny", "prosim za povratni klic".
                &["o", "kontakt", "telefoniczny"],
                // "Proszę o telefon (zwrotny), 601 234 567": a call asked
                // for, with or without the marks.
                &["proszę", "o", "telefon"],
                &["prosze", "o", "telefon"],
                &["o", "telefon", "zwrotny"],
                &["povratni", "klic"],
                // "Prosím o spätné zavolanie".
                &["spätné", "zavolanie"],
                &["spatne", "zavolanie"],
                // "Je souhaite être rappelé", "vorrei essere richiamato".
                &["être", "rappelé"],
                &["être", "rappelée"],
                &["essere", "richiamato"],
                &["essere", "richiamata"],
                &["zurückgerufen", "werden"],
                // "Serait-il possible qu'un conseiller me téléphone ?":
                // the subjunctive, after its object.
                &["me", "téléphone"],
                &["me", "telephone"],
                &["me", "rappelle"],
                // Basque "deitu iezadazue", Icelandic "hringið í mig",
                // Greek in Latin letters "na me parei tilefwno" (take me
                // by phone).
                &["deitu", "iezadazue"],
                &["deitu", "iezadazu"],
                &["hringið", "í", "mig"],
                &["hringdu", "í", "mig"],
                &["me", "parei", "tilefwno"],
                &["me", "parei", "tilefono"],
                &["me", "parete", "tilefwno"],
                &["me", "parete", "tilefono"],
                // Hungarian leaves the customer unsaid: "hívjanak vissza",
                // "vissza tudnak hívni?" (can you call back?).
                &["hívjanak", "vissza"],
                &["hívjon", "vissza"],
                &["vissza", "tudnak", "hívni"],
                &["vissza", "tudnának", "hívni"],
                &["vissza", "tudna", "hívni"],
                &["vissza", "tudnátok", "hívni"],
            ]
            .iter()
            .find_map(|p| c.phrase_at(p))
        })
        .or_else(|| {
            (0..w.len()).find(|&i| {
                let baltic = w[i].starts_with("paskamb") || w[i].starts_with("piezvan");
                CALL.contains(&w[i].as_str())
                    && (i.saturating_sub(3)..(i + 3).min(w.len())).any(|j| {
                        j != i
                            && (ME.contains(&w[j].as_str())
                                || (baltic && ME_BALTIC.contains(&w[j].as_str())))
                    })
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    fn called(line: &str) -> bool {
        asks_to_be_called(&text::words(line))
    }

    #[test]
    fn a_request_to_be_phoned_in_many_languages() {
        for line in [
            "can you call me please",
            "is it possible to have someone phone me tomorrow morning about a warranty claim?",
            "give me a call on 0612345678",
            "me podeis llamar? prefiero hablar por telefono",
            "em podeu trucar, si us plau?",
            "d'acord, però vull que em truqui algú",
            "podem ligar-me? é mais fácil por telefone",
            "potete richiamarmi? grazie",
            "pouvez-vous me rappeler demain ?",
            "Können Sie mich bitte anrufen?",
            "kunnen jullie mij terugbellen",
            "poproszę o telefon od kogoś z obsługi",
            "zavolejte mi prosím",
            "kan ni ringa mig?",
            "ring me back when you can",
            "please call me back, not by email",
            "передзвоніть мені, будь ласка",
            "Proszę o kontakt telefoniczny",
            "Me lahko pokličete nazaj?",
            "Visszahívnának?",
            "Beni geri arayabilir misiniz?",
            "Možete li me nazvati?",
            "Prosim za povratni klic glede reklamacije jakne",
            "kan dere ringe meg i morgen?",
            "hívjanak vissza kérem",
            "vissza tudnak hívni?",
            "можете ли да ми се обадите?",
        ] {
            assert!(called(line), "{line}");
        }
    }

    #[test]
    fn phoning_named_without_a_request() {
        for line in [
            "what number do I call for returns?",
            "can I call you instead of chatting?",
            "will the courier call me before delivery?",
            "¿me llamará el repartidor antes de entregar?",
            "me llamo Ana y quiero saber el plazo de devolución",
            "no hace falta que me llaméis, solo quiero saber el precio",
            "do you call me when the order ships?",
            "no need to call me back, just tell me the price",
            "when can I ring you?",
            "kurye beni arar mı?",
            "ringer sjåføren meg før levering?",
            "ringer budet meg først?",
            "nem kell visszahívni",
        ] {
            assert!(!called(line), "{line}");
        }
    }
}
