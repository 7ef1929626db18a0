//! Rules that read a customer line as words, beside the clause frames of
//! `policy`: requests in other languages, money handled wrongly, "someone
//! who isn't a bot", and the domain a staff-only hand-over must be about.
//! Nothing here names a product, an article or a shop.

use super::Clause;
use crate::glossary::MY;
use crate::text;

/// A request in another language to cancel one's own order ("cancelen mi
/// pedido", "bitte stornieren Sie meine Bestellung 1042"), which the
/// English frames above cannot read. The verb's form tells a request from
/// a report: an infinitive or imperative asks, a participle ("storniert",
/// "annulée") or a noun ("Stornierung", "annulation") tells what happened
/// (a question about it, or money taken after it, which the reader judges).
pub(super) fn foreign_cancel_request(message: &str) -> bool {
    const NOT_A_REQUEST: &[&str] = &[
        "iert", "ado", "ada", "é", "ée", "és", "ées", "ato", "ata", "eerd", "owane", "owany",
        "owana", "ung", "tion", "ción", "cion", "mento", "ering", "anie", "owania", "ento",
    ];
    const CONDITIONAL: &[&str] = &[
        "si",
        "wenn",
        "falls",
        "se",
        "als",
        "jeśli",
        "jeżeli",
        "quand",
        "cuando",
        "wanneer",
        "quando",
        "kiedy",
        "якщо",
        "коли",
        "если",
        "когда",
    ];
    let w = text::words(message);
    let asks = w.iter().any(|x| {
        // English forms are the frames' business.
        let english_form = x.starts_with("cancell") || x.starts_with("canceled") || x == "cancel";
        !english_form
            && crate::glossary::english(x) == Some("cancel")
            && !NOT_A_REQUEST.iter().any(|e| x.ends_with(e))
    });
    let own = w
        .iter()
        .any(|x| MY.contains(&x.as_str()) || x.chars().filter(char::is_ascii_digit).count() >= 3);
    asks && own && !w.iter().any(|x| CONDITIONAL.contains(&x.as_str()))
}

/// A request in another language to change one's own order ("Können Sie
/// bei 1042 die Größe auf 43 ändern?", "cambien la dirección de mi
/// pedido"): the verb in the infinitive or imperative, the customer's own
/// order (a possessive or its number) and a word about the order, not the
/// account ("mein Passwort ändern" is the account's business).
pub(super) fn foreign_change_request(w: &[String], english: &[String]) -> bool {
    const CHANGE: &[&str] = &[
        "ändern",
        "umtauschen",
        "tauschen",
        "cambiar",
        "cambien",
        "cambiad",
        "modificar",
        "changer",
        "changez",
        "modifier",
        "modifiez",
        "échanger",
        "cambiare",
        "cambiate",
        "modificare",
        "sostituire",
        "wijzigen",
        "wijzig",
        "veranderen",
        "ruilen",
        "mudar",
        "mudem",
        "alterar",
        "trocar",
        "zmienić",
        "zmieńcie",
        "zmienic",
        "wymienić",
    ];
    const ORDER: &[&str] = &["order", "size", "address", "delivery", "parcel", "item"];
    let asks = w.iter().any(|x| CHANGE.contains(&x.as_str()));
    let own = w
        .iter()
        .any(|x| x.chars().filter(char::is_ascii_digit).count() >= 3)
        || w.iter().any(|x| MY.contains(&x.as_str()));
    let about_order = english.iter().any(|x| ORDER.contains(&x.as_str()));
    let account = english
        .iter()
        .any(|x| matches!(x.as_str(), "password" | "account" | "email" | "login"));
    asks && own && about_order && !account
}

/// The customer says the answers repeat themselves or miss the question
/// ("you keep sending me the same text", "you're just repeating the
/// tracking number", "Das haben Sie mir schon dreimal geschrieben"): after
/// an answer, the assistant is not helping.
pub(super) fn answers_go_in_circles(message: &str) -> bool {
    const PHRASES: &[&str] = &[
        "keep saying",
        "keep sending",
        "keep repeating",
        "keep telling",
        "just repeating",
        "are repeating",
        "same answer",
        "same text",
        "same thing",
        "same message",
        "same reply",
        "already told you",
        "told you already",
        "already said",
        "in circles",
        "not what i asked",
        "did not answer",
        "does not answer",
        "not answering",
        "not listening",
        "schon dreimal",
        "schon zweimal",
        "immer dasselbe",
        "immer das gleiche",
        "la même réponse",
        "toujours la même",
        "la misma respuesta",
        "siempre lo mismo",
        "la stessa risposta",
        "sempre la stessa",
        "steeds hetzelfde",
        "hetzelfde antwoord",
        "a mesma resposta",
        "ta sama odpowiedź",
    ];
    let line = text::words(message).join(" ");
    PHRASES.iter().any(|p| line.contains(p))
}

/// Money returned short of what was paid ("the refund is less than I
/// paid", "only got a partial refund"): the amount is staff's to check.
/// Questions about how refunds work ("is the refund less if …") are not.
pub(super) fn money_wrongly_short(w: &[String]) -> bool {
    let refund = w.iter().any(|x| x.starts_with("refund"));
    let short = w.iter().any(|x| {
        matches!(
            x.as_str(),
            "less" | "partial" | "partially" | "short" | "shortchanged" | "underpaid"
        )
    }) || w.windows(2).any(|p| p[0] == "wrong" && p[1] == "amount");
    let general = w.iter().any(|x| {
        matches!(
            x.as_str(),
            "if" | "how" | "does" | "do" | "policy" | "usually" | "normally"
        )
    });
    refund && short && !general
}

/// Words about money coming back: "refund", "reimburse", "money back"
/// (in English, or in the glossary's English of another language).
pub fn money_back(w: &[String]) -> bool {
    w.iter()
        .any(|x| x.starts_with("refund") || x.starts_with("reimburs"))
        || w.windows(2).any(|p| p[0] == "money" && p[1] == "back")
}

/// A refund still missing after a wait ("where is my refund for 1042,
/// it's been 20 days", "Meine Rückerstattung ist nach drei Wochen immer
/// noch nicht da"): only staff can chase it. Read on the glossary's
/// English, so other languages count; questions about how long refunds
/// take ("how many days until …") do not.
pub(super) fn refund_overdue(w: &[String]) -> bool {
    // "Still", "already", "ago" and "(time) has passed" in the first
    // languages ("ainda não chegou, já passou um mês", "minęły 3
    // tygodnie", "ya pasaron 3 semanas").
    const WAITED: &[&str] = &[
        "still",
        "ago",
        "already",
        "ainda",
        "já",
        "passou",
        "passaram",
        "pasaron",
        "pasado",
        "hace",
        "ya",
        "todavía",
        "aún",
        "toujours",
        "déjà",
        "ancora",
        "già",
        "passati",
        "passate",
        "fa",
        "schon",
        "vergangen",
        "nog",
        "geleden",
        "nadal",
        "wciąż",
        "już",
        "temu",
        "minęło",
        "minęły",
        "minął",
        "fortfarande",
        "sedan",
        "stadig",
        "siden",
        "ještě",
        "još",
        "încă",
    ];
    let refund = money_back(w);
    let waited = w.iter().any(|x| WAITED.contains(&x.as_str()))
        || w.windows(2).any(|p| {
            matches!(
                p[0].as_str(),
                "been" | "after" | "nach" | "dopo" | "après" | "después"
            ) && (p[1].chars().all(|c| c.is_ascii_digit())
                || matches!(
                    p[1].as_str(),
                    "a" | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "several"
                        | "weeks"
                        | "days"
                        | "drei"
                        | "zwei"
                        | "vier"
                        | "tre"
                        | "due"
                        | "trois"
                        | "deux"
                        | "tres"
                        | "dos"
                ))
        });
    let question = w.first().is_some_and(|x| {
        matches!(
            x.as_str(),
            "how"
                | "what"
                | "when"
                | "which"
                | "do"
                | "does"
                | "can"
                | "should"
                | "will"
                | "is"
                | "are"
                | "if"
        )
    });
    refund && waited && !question
}

/// Sentence negation in the glossary's languages ("no", "nie", "ne",
/// "nu", "не" …), for the foreign rules about asking for a person.
const NOT: &[&str] = &[
    "no", "not", "non", "pas", "nie", "ne", "ni", "nu", "nē", "не", "ikke", "inte", "não", "nao",
    "ei", "nem", "δεν", "niet",
];

/// A request for a person in a language the reader has hardly seen but
/// the glossary reads ("želim razgovarati s čovjekom", "noriu kalbėti su
/// žmogumi"): the glossary's English names a person and a wish to talk to
/// one, or the glossary reads a word as "call back" (only the imperative
/// and infinitive of Ukrainian and Russian "передзвоніть", "перезвоните"
/// are, so a person calls, as "can you call me back" asks in English).
/// Only the glossary's words count, so English lines are the frames'
/// business; a negation anywhere in the line leaves it to the reader.
pub(super) fn foreign_person_request(message: &str) -> bool {
    // "Someone else" is another customer (who may collect, who paid),
    // never the shop's staff: "kann jemand anderes mein Paket abholen?".
    const ELSE: &[&str] = &[
        "anderes",
        "andere",
        "anders",
        "más",
        "mas",
        "otro",
        "otra",
        "autre",
        "altro",
        "altra",
        "inny",
        "inna",
        "innego",
        "jiný",
        "jiná",
        "iný",
        "iná",
        "annan",
        "anden",
        "annen",
        "outra",
        "outro",
        "altcineva",
        "más",
        "else",
    ];
    let w = text::words(message);
    let call_back = w
        .iter()
        .any(|x| crate::glossary::english(x) == Some("call back"));
    let english: Vec<Vec<&str>> = w
        .iter()
        .map(|x| {
            crate::glossary::english(x)
                .map(|e| e.split(' ').collect())
                .unwrap_or_default()
        })
        .collect();
    let is = |i: usize, set: &[&str]| english[i].iter().any(|e| set.contains(e));
    let persons: Vec<usize> = (0..w.len())
        .filter(|&i| {
            is(
                i,
                &["person", "human", "operator", "agent", "staff", "employee"],
            ) && !w.get(i + 1).is_some_and(|n| ELSE.contains(&n.as_str()))
        })
        .collect();
    // To talk to, be put through to: a request whatever the order.
    let talk = (0..w.len()).any(|i| is(i, &["talk", "speak", "connect", "transfer"]));
    // A wish or a need asks for the person only with the person as its
    // object, right after it: "quiero saber si una persona puede
    // recogerlo" wants to know something.
    let wish = (0..w.len())
        .any(|d| is(d, &["want", "need"]) && persons.iter().any(|&p| p > d && p - d <= 4));
    let negated = w.iter().any(|x| NOT.contains(&x.as_str()))
        || english.iter().flatten().any(|e| *e == "not");
    ((!persons.is_empty() && (talk || wish)) || call_back)
        && !negated
        && !declines_person_foreign(&w)
}

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
    ];
    w.iter().enumerate().any(|(i, x)| {
        if !PERSON.contains(&x.as_str()) {
            return false;
        }
        let before = &w[i.saturating_sub(3)..i];
        let no_one = before.iter().any(|n| NO_ONE.contains(&n.as_str()));
        let declined = w[..i].iter().enumerate().any(|(j, n)| {
            NOT.contains(&n.as_str())
                && w[j + 1..i]
                    .iter()
                    .take(3)
                    .any(|v| NEED.contains(&v.as_str()))
        });
        no_one || declined
    })
}

/// "is there anybody who isn't a bot", "someone real, not a bot": the
/// customer asks for a person by saying what they do not want.
pub(super) fn someone_not_a_bot(w: &[String]) -> bool {
    const SOMEONE: &[&str] = &[
        "anyone", "anybody", "someone", "somebody", "person", "human", "people",
    ];
    const MACHINE: &[&str] = &["bot", "robot", "machine", "automated", "ai", "chatbot"];
    let someone = w.iter().any(|x| SOMEONE.contains(&x.as_str()));
    let not_machine = w.iter().enumerate().any(|(i, x)| {
        MACHINE.contains(&x.as_str())
            && w[i.saturating_sub(3)..i]
                .iter()
                .any(|y| matches!(y.as_str(), "not" | "no" | "isnt" | "instead"))
    });
    someone && not_machine
}

/// "Cómo funciona la cancelación", "jakie są zasady anulowania", "quel est
/// le numéro": the how, what and which of the first languages, opening a
/// question for information.
const FOREIGN_WH: &[&str] = &[
    "cómo", "como", "qué", "cuál", "cuáles", "comment", "quel", "quelle", "quels", "quelles",
    "wie", "welche", "welcher", "come", "quale", "quali", "hoe", "welke", "jak", "jaki", "jaka",
    "jakie", "hur", "vilka", "hvordan", "hvilke", "hogyan", "milyen", "cum", "jaký", "jaká",
    "jaké", "aký", "aká", "aké",
];

/// "Quel est le numéro du service client ?", "jaký je email na zákaznický
/// servis": a calm question for information. The reader's "upset" there
/// comes from the support words it has mostly seen in complaints; a
/// question that opens with what, which or how and has no negation,
/// no "!" and no anger word is not anger. "Why" is left out: "why is it
/// late again" can be.
pub(super) fn calm_question(message: &str) -> bool {
    const WH: &[&str] = &["what", "whats", "which", "where", "when", "who", "how"];
    let w = text::words(message);
    let opens = w
        .first()
        .is_some_and(|x| WH.contains(&x.as_str()) || FOREIGN_WH.contains(&x.as_str()));
    opens
        && !message.contains('!')
        && !w.iter().any(|x| NOT.contains(&x.as_str()))
        && super::anger(message) == 0.0
}

/// "Is Klarna one of them in Sweden?", "does the price include VAT?": a
/// question about how things are, with nothing of the customer's own in
/// it. Staff-only work is the customer's own money or order; not one
/// staff line of the reader's corpus opens like this, so the reader may
/// not read one into it.
pub(super) fn general_question(message: &str) -> bool {
    // English openers, and the commonest "can one / is it / does"
    // openers of the glossary's first languages ("puedo cancelar un
    // pedido …?", "kann man …", "est-ce que …").
    const OPENS: &[&str] = &[
        "is", "are", "do", "does", "what", "how", "when", "which", "will", "whats", "puedo",
        "puede", "kann", "gibt", "ist", "posso", "puis", "peut", "est", "kan", "czy", "pode",
    ];

    // The customer's own: English pronouns, and possessives elsewhere (a
    // foreign verb carries its "I" in its ending, so only "my" tells).
    const OWN: &[&str] = &["i", "me", "my", "mine", "we", "us", "our", "myself"];
    let w = text::words(message);
    let numbered = w
        .iter()
        .any(|x| x.chars().filter(char::is_ascii_digit).count() >= 3);
    // "Can I return a baby bottle I opened but never used?": the "I" of a
    // can-I question about sending something back is any customer; the
    // rule answers it, unless the line names its own order.
    let can_i_send_back = (w.starts_with(&["can".into(), "i".into()])
        || w.starts_with(&["could".into(), "i".into()])
        || w.starts_with(&["may".into(), "i".into()]))
        && w.get(2)
            .is_some_and(|x| matches!(x.as_str(), "return" | "exchange" | "send"))
        && !w
            .iter()
            .any(|x| matches!(x.as_str(), "my" | "mine" | "order" | "orders"));
    (can_i_send_back && !numbered)
        || (w
            .first()
            .is_some_and(|x| OPENS.contains(&x.as_str()) || FOREIGN_WH.contains(&x.as_str()))
            && !w
                .iter()
                .any(|x| OWN.contains(&x.as_str()) || MY.contains(&x.as_str()))
            && !numbered)
}

/// "How do refunds work if I'm charged twice?", "jak działa zwrot,
/// jeśli pobrano mi dwa razy?", "what happens if my parcel is lost": a
/// rule asked for a case that may happen. The case names money taken or
/// an order gone wrong, but nothing has happened to be put right.
pub(super) fn hypothetical(message: &str) -> bool {
    const HOW: &[&[&str]] = &[
        &["how", "do"],
        &["how", "does"],
        &["what", "happens"],
        &["what", "do", "i", "do"],
        &["what", "should", "i", "do"],
        &["jak", "działa"],
        &["co", "się", "stanie"],
        &["cómo", "funciona"],
        &["qué", "pasa"],
        &["que", "pasa"],
        &["wie", "funktioniert"],
        &["was", "passiert"],
        &["comment", "fonctionne"],
        &["comment", "ça", "marche"],
        &["que", "se", "passe"],
        &["come", "funziona"],
        &["cosa", "succede"],
        &["hoe", "werkt"],
        &["wat", "gebeurt"],
        &["como", "funciona"],
        &["o", "que", "acontece"],
        &["hur", "fungerar"],
        &["vad", "händer"],
        &["hvordan", "fungerer"],
        &["hvad", "sker"],
        &["jak", "funguje"],
        &["co", "se", "stane"],
        &["ako", "funguje"],
        &["cum", "funcționează"],
        &["ce", "se", "întâmplă"],
    ];
    const IF: &[&str] = &[
        "if", "jeśli", "jeżeli", "gdyby", "si", "wenn", "falls", "se", "als", "om", "dacă", "daca",
        "ha", "jestli", "pokud", "ak", "hvis",
    ];
    let w = text::words(message);
    let opens = HOW
        .iter()
        .any(|o| w.len() > o.len() && w[..o.len()].iter().zip(o.iter()).all(|(a, b)| a == b));
    opens && w.iter().any(|x| IF.contains(&x.as_str()))
}

/// "Laut Tracking zugestellt, aber nichts angekommen", "status
/// dostarczone, a paczki nie ma": the carrier says delivered and the
/// customer has nothing. A claim with the carrier only staff can open.
/// Read through the glossary's "delivered" and a negation or "nothing"
/// of the line's own language; a question how such cases go (with "if")
/// is the hypothetical's.
pub(super) fn delivered_but_not_here(words: &[String], english: &[String]) -> bool {
    const NOTHING: &[&str] = &[
        "nothing",
        "nichts",
        "nic",
        "rien",
        "nada",
        "niente",
        "niets",
        "ingenting",
        "intet",
        "semmi",
        "nimic",
        "nič",
        "nieko",
        "nekas",
        "midagi",
    ];
    let delivered = english.iter().any(|x| x == "delivered");
    let missing = words
        .iter()
        .any(|x| NOT.contains(&x.as_str()) || NOTHING.contains(&x.as_str()))
        || english.iter().any(|x| x == "not" || x == "missing");
    let question = words
        .iter()
        .any(|x| matches!(x.as_str(), "if" | "what" | "how"));
    // "Was it delivered? I'm not at home today" asks the status.
    let asks = words.first().is_some_and(|x| {
        matches!(
            x.as_str(),
            "was" | "is" | "has" | "have" | "did" | "will" | "czy" | "ist" | "wurde" | "est"
        )
    });
    delivered && missing && !question && !asks
}

/// "Can I cancel before it ships? Just asking", "jen se ptám na postup":
/// the customer says outright that the question is about the rule.
pub(super) fn just_asking(message: &str) -> bool {
    const PHRASES: &[&str] = &[
        "just asking",
        "just wondering",
        "only asking",
        "out of curiosity",
        "hypothetically",
        "asking for later",
        "nur eine frage",
        "frage nur",
        "solo pregunto",
        "sólo pregunto",
        "je demande juste",
        "juste une question",
        "chiedo solo",
        "solo una domanda",
        "ik vraag het alleen",
        "só pergunto",
        "só para saber",
        "tylko pytam",
        "pytam tylko",
        "jen se ptám",
        "len sa pýtam",
        "jag bara undrar",
        "spør bare",
        "spørger bare",
    ];
    let line = text::words(message).join(" ");
    PHRASES.iter().any(|p| line.contains(p))
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

/// "To Germany?", "and to": a line this short, with no word for a person,
/// for talking or for being put through, is not a request for one, however
/// the reader leans (a few letters decide its reading).
pub(super) fn too_short_to_ask_for_someone(message: &str) -> bool {
    let w = text::words(message);
    let english = text::words(&crate::glossary::with_english(message));
    let names = english.iter().any(|x| {
        super::lexicon::PERSON.contains(&x.as_str())
            || super::lexicon::SUPPORT.contains(&x.as_str())
            || super::lexicon::TALK.contains(&x.as_str())
            || super::lexicon::CONTACT.contains(&x.as_str())
            || super::lexicon::ROUTE.contains(&x.as_str())
            || matches!(
                x.as_str(),
                "human" | "operator" | "employee" | "connect" | "transfer" | "callback"
            )
    });
    w.len() <= 4 && !names
}

/// "Do I need to talk to someone to return a gift?", "muss ich mit einem
/// Mitarbeiter sprechen, um etwas zurückzugeben?", "devo parlare con
/// qualcuno per cambiare taglia?": whether the way to do something goes
/// through a person is a question about the procedure, which the help
/// pages answer. It names a person without asking for one.
pub(super) fn asks_if_a_person_is_needed(message: &str) -> bool {
    // English openers read as a question by their word order, with or
    // without a question mark.
    const OPENERS: &[&[&str]] = &[
        &["do", "i", "need"],
        &["do", "i", "have", "to"],
        &["do", "we", "need"],
        &["do", "we", "have", "to"],
        &["does", "one", "need"],
        &["must", "i"],
        &["should", "i"],
        &["is", "it", "necessary"],
        &["is", "it", "required"],
        &["have", "i", "got", "to"],
    ];
    // Their counterparts elsewhere, only in a question.
    const FOREIGN: &[&[&str]] = &[
        &["muss", "ich"],
        &["müssen", "wir"],
        &["brauche", "ich"],
        &["moet", "ik"],
        &["behöver", "jag"],
        &["måste", "jag"],
        &["skal", "jeg"],
        &["må", "jeg"],
        &["skal", "eg"],
        &["preciso"],
        &["tenho", "que"],
        &["tenho", "de"],
        &["fel", "kell"],
        &["kell"],
        &["trebuie"],
        &["musím"],
        &["musim"],
        &["faut", "il"],
        &["dois", "je"],
        &["est", "ce", "que", "je", "dois"],
        &["devo"],
        &["tengo", "que"],
        &["hay", "que"],
        &["necesito"],
        &["czy", "muszę"],
        &["czy", "musze"],
        &["czy", "trzeba"],
        &["muszę"],
        &["potrebujem"],
        &["je", "nutné"],
        &["je", "potřeba"],
        &["treba"],
    ];
    let w = text::words(message);
    let start = w
        .iter()
        .position(|x| {
            !matches!(
                x.as_str(),
                "hi" | "hello" | "hey" | "so" | "ok" | "okay" | "and"
            )
        })
        .unwrap_or(w.len());
    let opens = |set: &[&[&str]]| {
        set.iter().any(|o| {
            w.len() >= start + o.len()
                && w[start..start + o.len()]
                    .iter()
                    .zip(o.iter())
                    .all(|(a, b)| a == b)
        })
    };
    opens(OPENERS) || (message.trim_end().ends_with('?') && opens(FOREIGN))
}

/// "Still can't get in, the link says expired", "it's been 15 days and
/// nothing", "sigue sin funcionar": the problem outlasted the answer.
/// After an answer this means the answer did not help. A bare "doesn't
/// work" is not enough: it often explains the problem the answer is
/// about ("the link doesn't work, I clicked it after two hours").
pub(super) fn problem_persists(message: &str) -> bool {
    const PHRASES: &[&str] = &[
        "and nothing",
        "still nothing",
        "nothing happened",
        "nothing has happened",
        "every single time",
        "same error",
        "same problem",
        "immer noch nicht",
        "immer noch kein",
        "noch immer nicht",
        "toujours pas",
        "toujours rien",
        "sigue sin",
        "todavía no",
        "todavia no",
        "sigue igual",
        "ancora non",
        "ancora niente",
        "nog steeds niet",
        "nog steeds geen",
        "ainda não",
        "continua sem",
        "nadal nie",
        "wciąż nie",
        "dalej nie",
        "fortfarande inte",
        "stadig ikke",
    ];
    let w = text::words(message);
    let line = w.join(" ");
    if PHRASES.iter().any(|p| line.contains(p)) {
        return true;
    }
    // "still" and a failure within the next few words ("still can't get
    // in", "still the same", "still says expired").
    w.iter().enumerate().any(|(i, x)| {
        x == "still"
            && w[i + 1..(i + 5).min(w.len())].iter().any(|y| {
                matches!(
                    y.as_str(),
                    "not" | "no" | "nothing" | "never" | "same" | "wrong" | "broken" | "expired"
                )
            })
    })
}

/// "I ordered trainers last week", "ich bin Goldmitglied": a customer
/// setting the scene before saying what they need. Nothing is asked and
/// nothing is said to be wrong (no question, request, negation or word
/// of trouble, in English or through the glossary), so there is nothing
/// yet for staff to do, however much the line talks about orders.
pub(super) fn sets_the_scene(message: &str) -> bool {
    const ASKED_OR_WRONG: &[&str] = &[
        "want", "need", "like", "pleas", "can", "could", "would", "will", "should", "help",
        "cancel", "refund", "return", "exchang", "chang", "send", "fix", "replac", "swap", "wrong",
        "broke", "damag", "missing", "late", "twice", "doubl", "charg", "lost", "stolen", "empty",
        "fault", "defect", "problem", "issu", "error", "still", "yet", "again", "never", "nothing",
        "not", "no", "without", "why", "how", "what", "when", "where", "which", "who", "but",
        "refus", "reject", "fail", "declin", "expir", "block", "hack", "instead", "money", "back",
        "only", "else", "mistak", "accident", "cheaper", "differ",
    ];
    if message.contains('?') || message.contains('!') {
        return false;
    }
    // Read only where every word is read: an English line, opening with
    // the customer as its subject ("I ordered …", "we bought …"). In other
    // languages a word of trouble the glossary lacks would go unseen.
    let words = text::words(message);
    let english = text::words(&crate::glossary::with_english(message));
    let subject = words
        .iter()
        .find(|w| {
            !matches!(
                w.as_str(),
                "hi" | "hello" | "hey" | "so" | "well" | "ok" | "okay"
            )
        })
        .is_some_and(|w| matches!(w.as_str(), "i" | "im" | "ive" | "we" | "weve"));
    if !subject || words.len() > 12 || english.len() != words.len() {
        return false;
    }
    !words.iter().any(|w| {
        w.ends_with("nt")
            || ASKED_OR_WRONG
                .iter()
                .any(|s| w == s || (s.len() >= 4 && w.starts_with(s)))
    })
}

/// Whether a line is about what only staff handle: money, an order, its
/// delivery, or an exchange. The learned reader's `staff` reading needs
/// one of these (in English or through the glossary); "the reset email
/// never came" or "bluetooth keeps disconnecting" has none.
pub(super) fn staff_matter(message: &str) -> bool {
    const STEMS: &[&str] = &[
        "order",
        "purchas",
        "bought",
        "buy",
        "parcel",
        "packag",
        "shipment",
        "ship",
        "deliver",
        "courier",
        "carrier",
        "track",
        "post",
        "refund",
        "reimburs",
        "pay",
        "paid",
        "money",
        "card",
        "bank",
        "debit",
        "bill",
        "credit",
        "price",
        "invoic",
        "exchang",
        "swap",
        "return",
        "cancel",
        "voucher",
        "gift",
        "discount",
        "coupon",
        "fee",
        "cost",
        "amount",
        "euro",
        "dollar",
        "pound",
        "item",
        "receiv",
        "sent",
        "arriv",
        "wrong",
        "missing",
        "damag",
        "broken",
        "size",
        "colour",
        "color",
        "subscri",
        "klarna",
        "paypal",
        "account",
        "statement",
        "transaction",
        "took",
        "taken",
        "stolen",
        "claim",
        "lost",
        "instal",
        "deposit",
        "cash",
        "tax",
        "vat",
        "duti",
        "customs",
        "receipt",
        "overcharg",
        "point",
        "loyalt",
        "balanc",
        // money and credit in the glossary's languages
        "diner",
        "geld",
        "dinheir",
        "denar",
        "soldi",
        "pieni",
        "crédit",
        "credit",
        "saldo",
        "guthab",
        "gutschein",
        "tegoed",
        "avoir",
        "bon",
        "buon",
        "vale",
        "środk",
        "konci",
    ];
    let english = crate::glossary::with_english(message);
    let w = text::words(&english);
    w.iter().any(|x| {
        x.chars().any(|c| c.is_ascii_digit())
            || x.contains(['€', '$', '£'])
            || matches!(
                x.as_str(),
                "charge" | "charged" | "charges" | "twice" | "double"
            )
            || STEMS.iter().any(|s| x.starts_with(s))
    })
}

/// Whether every clause of `message` asks if an order reached a status
/// ("was order 1042 cancelled?"): a question for the order tools.
pub fn asks_status(message: &str) -> bool {
    super::clauses(message).iter().all(|clause| {
        let w = text::words(clause);
        // A clause that is only the order's number ("…? VEL-58418")
        // asks nothing of its own.
        let only_id = w.len() == 1 && w[0].chars().filter(char::is_ascii_digit).count() >= 3;
        w.is_empty() || only_id || Clause::new(&w).asks_status()
    })
}

impl Clause<'_> {
    /// A yes/no question whether an order reached a status ("was my order
    /// cancelled?", "has 1042 shipped yet?"), with nothing else in it.
    pub(super) fn asks_status(&self) -> bool {
        let mut h = self.head();
        // "VEL-58461 was it delivered": the order's number first.
        if self
            .w
            .get(h)
            .is_some_and(|x| x.chars().filter(char::is_ascii_digit).count() >= 3)
        {
            h += 1;
        }
        let aux = matches!(
            self.w.get(h).map(String::as_str),
            Some("was" | "is" | "has" | "have" | "did" | "were" | "are")
        );
        let status = self.has(&[
            "cancelled",
            "canceled",
            "refunded",
            "shipped",
            "delivered",
            "dispatched",
            "sent",
            "processed",
        ]) || self.has(&["arrive", "arrived"])
            || self.has_phrase(&["get", "there"])
            || self.has_phrase(&["got", "there"])
            || self.has_phrase(&["gone", "through"])
            || self.has_phrase(&["go", "through"])
            || self.has_phrase(&["went", "through"]);
        // "Yet" alone is no complaint: "is 1042 refunded yet?" asks.
        let complaint = self.has(&[
            "but", "still", "twice", "charged", "never", "not", "nothing", "no", "missing",
            "wrong", "empty",
        ]);
        aux && status && !complaint && self.w.len() <= 10
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        text::words(s)
    }

    #[test]
    fn every_staff_line_of_the_corpus_is_a_staff_matter() {
        let missed: Vec<&str> = super::super::model::CORPUS
            .lines()
            .filter_map(|l| l.strip_prefix("staff\t"))
            .filter(|l| !staff_matter(l))
            .collect();
        assert!(missed.is_empty(), "{missed:#?}");
    }

    #[test]
    fn lines_without_money_or_orders_are_not_staff_matters() {
        assert!(!staff_matter("the reset email never came"));
        assert!(!staff_matter("my headphones keep disconnecting"));
        assert!(staff_matter("I was charged twice"));
        assert!(staff_matter("pobrano mi dwa razy"));
    }

    #[test]
    fn requests_to_cancel_in_other_languages() {
        assert!(foreign_cancel_request("cancelen mi pedido por favor"));
        assert!(foreign_cancel_request(
            "bitte stornieren Sie meine Bestellung 1042"
        ));
        assert!(!foreign_cancel_request(
            "wurde meine Bestellung 1042 storniert?"
        ));
        assert!(!foreign_cancel_request(
            "nach der Stornierung wurde abgebucht"
        ));
        assert!(!foreign_cancel_request("si cancelo mi pedido, ¿qué pasa?"));
        assert!(!foreign_cancel_request("please cancel my order"));
        assert!(foreign_cancel_request("otkažite moju narudžbu"));
        assert!(foreign_cancel_request("atšaukite mano užsakymą"));
    }

    #[test]
    fn short_refunds_and_not_a_bot() {
        assert!(money_wrongly_short(&words(
            "my refund was less than the price"
        )));
        assert!(!money_wrongly_short(&words(
            "is the refund less if I used a voucher?"
        )));
        assert!(someone_not_a_bot(&words("anyone here who is not a bot?")));
        assert!(!someone_not_a_bot(&words("are you a bot?")));
        assert!(!someone_not_a_bot(&words(
            "I don't need a person, the bot is fine"
        )));
    }
}
