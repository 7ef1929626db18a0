//! A person declined, or a request taken back: "Ich brauche keinen
//! Menschen, nur die Rückgabefrist", "no need to put me through", "no
//! wait, forget it", "no no, not you, just tell me where the button is".
//! English declines in its clause frames (`Clause::declines_person`);
//! these read the other languages, and the taking back in all of them.

use super::Clause;
use crate::text;

/// "Ich brauche keinen Menschen, nur die Rückgabefrist", "no necesito una
/// persona": a person named in another language, with a negation just
/// before. English has its own rule (`Clause::declines_person`).
pub(super) fn declines_person_foreign(w: &[String]) -> bool {
    const PERSON: &[&str] = &[
        "mensch",
        "menschen",
        "mitarbeiter",
        "mitarbeiterin",
        "persona",
        "personne",
        "persoon",
        "mens",
        "pessoa",
        "człowieka",
        "człowiek",
        "osoby",
        "osoba",
        "humano",
        "humain",
        "umano",
        "operatore",
        "operador",
        "opérateur",
        "medewerker",
        "konsultanta",
        "conseiller",
        "menneske",
        "människa",
        "ihmistä",
        "ihminen",
        "člověka",
        "človeka",
        // Not "om": Swedish, Danish and Dutch "about", "if".
        "embert",
        "ember",
        "άνθρωπο",
        "agent",
        "agente",
        "agenten",
        "operator",
        "operatora",
        "operatorem",
        "konsultant",
        "konsultantem",
        "pracownik",
        "pracownikiem",
        // South and East Slavic: "ne želim razgovarati s čovjekom".
        "čovjek",
        "čovjeka",
        "čovjekom",
        "osobom",
        "človek",
        "človekom",
        "человек",
        "человеком",
        "людина",
        "людиною",
        "оператором",
        // Nobody, as the one not needed ("não preciso de falar com
        // ninguém"), and a person in the later languages.
        "ninguém",
        "ninguem",
        "nadie",
        "nessuno",
        "niemand",
        "nikogo",
        "nikoho",
        "nikoga",
        "nikog",
        "senkit",
        "никого",
        "нікого",
        "cilvēku",
        "cilvēka",
        "žmogaus",
        "inimest",
        "inimese",
    ];
    // "keinen Menschen", "nessun operatore", "sin una persona": the
    // negation is the person's own determiner or preposition.
    const NO_ONE: &[&str] = &[
        "kein",
        "keinen",
        "keine",
        "keiner",
        "geen",
        "nessun",
        "nessuno",
        "ningún",
        "ninguna",
        "aucun",
        "aucune",
        "sin",
        "senza",
        "ohne",
        "zonder",
        "sem",
        "bez",
        "nepotřebuji",
        "nepotrebujem",
        // "Jag behöver ingen människa", "man nevajag cilvēku", "nereikia
        // žmogaus": a determiner or verb that is the negation itself.
        "ingen",
        "nevajag",
        "nereikia",
        "nebereikia",
    ];
    // "no necesito una persona", "non ho bisogno di un operatore": a
    // sentence negation declines only with a verb of needing or wanting
    // after it. "No, una persona por favor" answers a question and asks.
    const NEED: &[&str] = &[
        "necesito",
        "quiero",
        "falta",
        "ho",
        "bisogno",
        "voglio",
        "serve",
        "servono",
        "besoin",
        "veux",
        "preciso",
        "quero",
        "potrzebuję",
        "potrzebuje",
        "chcę",
        "chce",
        "brauche",
        "will",
        "möchte",
        "nodig",
        "wil",
        "behöver",
        "trenger",
        "behøver",
        "vil",
        "kell",
        "akarok",
        "tarvitse",
        "halua",
        "χρειάζομαι",
        "θέλω",
        "need",
        "want",
        "želim",
        "trebam",
        "hoću",
        "hočem",
        "potrebujem",
        "chci",
        "potřebuji",
        "хочу",
        "потрібен",
        "потрібна",
        "нужен",
        "нужна",
        "treba",
        "vajag",
        "reikia",
        "vaja",
        "nevoie",
    ];
    // "Hoef niemand te spreken", "no necesito a nadie": nobody needed,
    // with no word for a person at all.
    const NOBODY_NEEDED: &[&[&str]] = &[
        &["hoef", "niemand"],
        &["hoeft", "niemand"],
        &["brauche", "niemanden"],
        &["brauche", "keinen"],
        &["necesito", "a", "nadie"],
        &["necesito", "nadie"],
        &["preciso", "de", "ninguém"],
        &["preciso", "de", "ninguem"],
        &["serve", "nessuno"],
        &["potrzebuję", "nikogo"],
        &["potrzebuje", "nikogo"],
    ];
    if NOBODY_NEEDED.iter().any(|p| Clause::new(w).has_phrase(p)) {
        return true;
    }
    w.iter().enumerate().any(|(i, x)| {
        if !PERSON.contains(&x.as_str()) {
            return false;
        }
        let before = &w[i.saturating_sub(3)..i];
        let no_one = before.iter().any(|n| NO_ONE.contains(&n.as_str()));
        // "Δεν θέλω ρομπότ, θέλω άνθρωπο": what is not wanted is the bot.
        let declined = w[..i].iter().enumerate().any(|(j, _)| {
            let after = || w[j + 1..i].iter().take(3);
            super::signals::negates(w, j)
                && after().any(|v| NEED.contains(&v.as_str()))
                && !after().any(|v| names_the_bot(v))
        });
        no_one || declined
    })
}

/// A word for the assistant as a machine, in any of the glossary's
/// languages ("robot", "ρομπότ", "robota").
pub(super) fn names_the_bot(w: &str) -> bool {
    matches!(w, "bot" | "robot" | "chatbot")
        || matches!(crate::glossary::english(w), Some("robot" | "bot"))
}

/// "No need to put me through, just the hours", "don't transfer me": the
/// customer declines being passed on, without naming a person.
pub(super) fn declines_being_put_through(w: &[String]) -> bool {
    const PASS: &[&str] = &[
        "put", "transfer", "connect", "pass", "forward", "hand", "escalate",
    ];
    const MACHINE: &[&str] = &["bot", "robot", "machine", "ai", "chatbot"];
    !w.iter().any(|x| MACHINE.contains(&x.as_str()))
        && w.iter().enumerate().any(|(i, x)| {
            PASS.contains(&x.as_str())
                && w.get(i + 1).is_some_and(|n| n == "me")
                && w[i.saturating_sub(4)..i]
                    .iter()
                    .any(|y| matches!(y.as_str(), "no" | "not" | "never" | "without"))
        })
}

/// "No wait, forget it. What's the phone number?", "a zresztą nieważne":
/// the customer takes back what they asked before. A hand-over announced
/// for that earlier line is not carried into this one (the line's own
/// request, "forget it, let me talk to someone", still counts).
pub fn withdraws(message: &str) -> bool {
    const TAKEN_BACK: &[&str] = &[
        "never mind",
        "nevermind",
        "nvm",
        "forget it",
        "forget that",
        "scratch that",
        "no wait",
        // German, Dutch, Scandinavian
        "vergiss es",
        "schon gut",
        "ach egal",
        "doch nicht",
        "laat maar",
        "glem det",
        "glöm det",
        // Romance
        "olvídalo",
        "olvidalo",
        "da igual",
        "déjalo",
        "és igual",
        "oblida-ho",
        "laisse tomber",
        "peu importe",
        "lascia stare",
        "lascia perdere",
        "non importa",
        "esquece",
        "deixa pra lá",
        "deixa para lá",
        // Slavic, Finnish
        "nieważne",
        "nie ważne",
        "zapomeň",
        "nevadí",
        "unohda",
        "забудьте",
        "неважливо",
        "неважно",
        // "Actually no", "after all not", in the later languages too
        // ("no ei sittenkään", "vlastne nie, aký máte e-mail?").
        "actually no",
        "ei sittenkään",
        "vlastne nie",
        "vlastně ne",
        "tak nic",
        "jednak nie",
        "toch niet",
        "eigentlich nicht",
        "en fait non",
        "finalement non",
        "anzi no",
        "mejor no",
        "na verdade não",
        "afinal não",
        "nej förresten",
        "alligevel ikke",
        "mégsem",
        "mégse",
        "nu mai contează",
        "las-o",
        "nema veze",
        "zaboravi",
        "pozabi",
        "ni treba",
        "tomēr ne",
        "nebereikia",
        "pole vaja",
        "не надо",
        "не треба",
        "няма значение",
        "δεν πειράζει",
        "ξέχνα το",
        // "no no, not you, just tell me where I do it", "I mean I'll do it
        // myself": the customer will act, and wants the steps.
        "not you just",
        "will do it myself",
        "can do it myself",
        "rather do it myself",
        // "a staff member please" / "hmm no, I'll ring you myself":
        // the customer will call.
        "hmm no",
        "will ring you myself",
        "will call you myself",
        "no do not do it",
    ];
    text::has_whole_phrase(message, TAKEN_BACK)
}

/// "Just tell me the phone number", "kerro vain, kuinka kauan lahjakortti
/// on voimassa", "samo mi recite broj telefona": the customer wants only
/// to be told something. After a hand-over was announced, that is the
/// request taken back for a question of information, as "never mind"
/// is; on its own, it is no request to withdraw anything.
pub fn asks_only_to_be_told(message: &str) -> bool {
    const ONLY_TELL: &[&str] = &[
        "just tell me",
        "just give me",
        "only tell me",
        "just say",
        "sag mir einfach",
        "sag mir nur",
        "sagen sie mir einfach",
        "sagen sie mir nur",
        "dites-moi juste",
        "dites-moi seulement",
        "dis-moi juste",
        "solo dime",
        "dime solo",
        "solo dígame",
        "dígame solo",
        "mi dica solo",
        "dimmi solo",
        "só me diga",
        "diga-me só",
        "diz-me só",
        "zeg me gewoon",
        "zeg me alleen",
        "zeg gewoon",
        "po prostu powiedz",
        "po prostu powiedzcie",
        "powiedzcie tylko",
        "jen mi řekněte",
        "len mi povedzte",
        "samo povejte",
        "samo mi povejte",
        "samo mi recite",
        "recite mi samo",
        "samo mi reci",
        "spuneți-mi doar",
        "spune-mi doar",
        "csak mondja meg",
        "csak mondd meg",
        "kerro vain",
        "kertokaa vain",
        "öelge lihtsalt",
        "lihtsalt öelge",
        "vienkārši pasakiet",
        "vienkārši pasaki",
        "tiesiog pasakykite",
        "tiesiog pasakyk",
        "просто скажите",
        "просто скажи",
        "просто скажіть",
        "кажете ми само",
        "просто кажете",
        "απλά πείτε μου",
        "απλώς πείτε μου",
        "säg bara",
        "sig bare",
        "si bare",
        "sadece söyleyin",
        "sadece söyle",
    ];
    text::has_whole_phrase(message, ONLY_TELL)
}
