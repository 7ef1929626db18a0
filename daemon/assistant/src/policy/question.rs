//! Whether a line asks or states, and what kind of asking it is: a calm
//! question for information, a general question about the rules, a
//! hypothetical, "just asking", a status question about an order, and a
//! customer only setting the scene. The hand-over rules read these to keep
//! questions about the rules with the help pages.

use super::Clause;
use super::signals::NOT;
use crate::glossary::MY;
use crate::text;

/// "Cómo funciona la cancelación", "jakie są zasady anulowania", "quel est
/// le numéro": the how, what and which of the first languages, opening a
/// question for information.
const FOREIGN_WH: &[&str] = &[
    "cómo", "como", "qué", "cuál", "cuáles", "comment", "quel", "quelle", "quels", "quelles",
    "wie", "welche", "welcher", "come", "quale", "quali", "hoe", "welke", "jak", "jaki", "jaka",
    "jakie", "hur", "vilka", "hvordan", "hvilke", "hogyan", "milyen", "cum", "jaký", "jaká",
    "jaké", "aký", "aká", "aké",
];

/// "Comment annuler ma commande ?", "Hoe kan ik mijn bestelling
/// annuleren?", "Hesabımı nasıl silerim?": how to do something, asked in
/// any served language. A how-to names the action without asking the
/// team to do it; the help pages answer it.
pub(crate) fn asks_how_to(message: &str) -> bool {
    const HOW: &[&str] = &[
        "how", "cómo", "como", "comment", "wie", "come", "hoe", "jak", "hur", "hvordan", "hogyan",
        "cum", "kako", "kaip", "kā", "kuidas", "πώς", "как", "як",
    ];
    let w = text::words(message);
    w.first().is_some_and(|x| HOW.contains(&x.as_str()))
        || w.iter().any(|x| x == "nasıl" || x == "nasil")
}

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
    let numbered = w.iter().any(|x| crate::orders::number_like(x));
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
    // "On peut annuler …?", "si può …?", "se puede …?": "can one", said
    // with the impersonal pronoun first.
    let one_can = matches!(
        (w.first().map(String::as_str), w.get(1).map(String::as_str)),
        (Some("on"), Some("peut" | "pourrait"))
            | (Some("si"), Some("può" | "puo" | "potrebbe"))
            | (Some("se"), Some("puede" | "pode" | "podría"))
    );
    (can_i_send_back && !numbered)
        || (one_can
            && !w
                .iter()
                .any(|x| OWN.contains(&x.as_str()) || MY.contains(&x.as_str()))
            && !numbered)
        || (w
            .first()
            .is_some_and(|x| OPENS.contains(&x.as_str()) || FOREIGN_WH.contains(&x.as_str()))
            && !w
                .iter()
                .any(|x| OWN.contains(&x.as_str()) || MY.contains(&x.as_str()))
            && !numbered)
}

/// "If" in the served languages.
const IF: &[&str] = &[
    "if", "jeśli", "jeżeli", "gdyby", "si", "wenn", "falls", "se", "als", "om", "dacă", "daca",
    "ha", "jestli", "pokud", "ak", "hvis",
];

/// "If I pause, am I charged?", "what if the gift card never comes": an
/// "if" anywhere in the line makes what it tells a case that may happen,
/// not one of the customer's own. The case rules share this reading.
pub(super) fn names_a_condition(words: &[String]) -> bool {
    words.iter().any(|x| IF.contains(&x.as_str()))
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
    let w = text::words(message);
    let opens = HOW
        .iter()
        .any(|o| w.len() > o.len() && w[..o.len()].iter().zip(o.iter()).all(|(a, b)| a == b));
    // "Se eu for cobrado duas vezes, o que acontece?", "if I'm charged
    // twice, what happens?": the case first, the question after it.
    let case_first = w.first().is_some_and(|x| IF.contains(&x.as_str()))
        && HOW.iter().any(|o| Clause::new(&w).has_phrase(o));
    // "Si j'annule 5 jours avant, je suis remboursé ?", "y si no pago el
    // IGIC, me devolvéis el dinero?", "když kurz zruším týden předem,
    // dostanu peníze zpět?": a question that opens on the case, with no
    // "how" or "what happens" in it.
    const AND: &[&str] = &["and", "y", "e", "et", "und", "en", "i", "a", "och", "og"];
    let opens_on_if = |x: &String| IF.contains(&x.as_str()) || x == "když" || x == "kdyby";
    let if_at = match w.first() {
        Some(x) if AND.contains(&x.as_str()) => w.get(1),
        first => first,
    };
    // Spanish "se" is no "if" ("¿se me cobró dos veces?", "se ha
    // perdido mi paquete?"); Portuguese and Italian "se" is.
    let spanish_se = w.windows(2).take(2).any(|p| {
        p[0] == "se"
            && (matches!(
                p[1].as_str(),
                "me" | "te" | "le" | "lo" | "la" | "nos" | "os" | "les" | "ha" | "han" | "puede"
            ) || p[1].ends_with('ó'))
    });
    let asked_on_a_case =
        if_at.is_some_and(opens_on_if) && !spanish_se && crate::text::ends_as_question(message);
    (opens && names_a_condition(&w)) || case_first || asked_on_a_case
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
        "undrade bara",
        "samo me zanima",
        "samo zanima me",
        "spør bare",
        "spørger bare",
    ];
    text::has_phrase(message, PHRASES)
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

/// The verbs an English yes/no question about an order's status opens
/// with ("was 1042 cancelled", "has it shipped", "did you refund it").
const STATUS_AUX: &[&str] = &["was", "is", "has", "have", "did", "were", "are"];

/// "a encomenda FZ-73112 foi entregue?", "¿dónde está mi pedido 1042?",
/// "track order 1042 please": a short line naming an order and asking
/// where it is or whether it reached a status, in any language the
/// glossary reads, with nothing gone wrong in it. A question for the
/// order tools, as `asks_status` is in English.
pub fn asks_where_or_status(message: &str) -> bool {
    const STATUS: &[&str] = &[
        "delivered",
        "shipped",
        "arrived",
        "arrive",
        "cancelled",
        "canceled",
        "refunded",
        "processed",
        "sent",
        "dispatched",
        // "¿se ha pagado bien mi pedido CP58325?"
        "paid",
        "track",
        "tracking",
        "status",
    ];
    const WRONG: &[&str] = &[
        "still",
        "never",
        "wrong",
        "missing",
        "damaged",
        "broken",
        "late",
        "lost",
        "twice",
        "charged",
        "nothing",
        "but",
        "yet",
        "again",
        "days",
        "weeks",
        "week",
        "complaint",
    ];
    // Most lines name no order: they are done before the glossary is read.
    let w = text::words(message);
    let names_order = w.iter().any(|x| crate::orders::number_like(x));
    if !names_order || w.len() > 10 || message.contains('!') || super::anger(message) > 0.0 {
        return false;
    }
    let english = text::words(&crate::glossary::with_english(message));
    // Catalan "on és / on està": "on" alone is English.
    let catalan_where = w
        .windows(2)
        .any(|p| p[0] == "on" && matches!(p[1].as_str(), "és" | "es" | "està" | "esta"));
    let asks = w.iter().any(|x| text::WHERE.contains(&x.as_str()))
        || catalan_where
        || english.iter().any(|x| STATUS.contains(&x.as_str()));
    // "was it cancelled or not": a question tag, not a negation.
    let negated = english.iter().enumerate().any(|(i, x)| {
        (NOT.contains(&x.as_str()) || x == "not")
            && !(i > 0 && matches!(english[i - 1].as_str(), "or" | "o" | "ou" | "oder" | "of"))
    });
    // Asked as a question, or as "where is / track …" first; a statement
    // ("staat op bezorgd maar …", "przyszedł z pękniętą …") reports.
    let first = w.first().map(String::as_str).unwrap_or("");
    // "was FZ-73044 cancelled", "is 1042 paid": English puts the verb
    // first in a yes/no question, with or without its mark.
    let question = (crate::text::ends_as_question(message) && !message.contains("??"))
        || text::WHERE.contains(&first)
        || matches!(first, "track" | "tracking" | "status")
        || STATUS_AUX.contains(&first);
    question && asks && !negated && !english.iter().any(|x| WRONG.contains(&x.as_str()))
}

/// Whether every clause of `message` asks if an order reached a status
/// ("was order 1042 cancelled?"): a question for the order tools.
pub fn asks_status(message: &str) -> bool {
    let clauses = super::clauses(message);
    let mut asked = false;
    for clause in &clauses {
        let w = text::words(clause);
        // A clause that is only the order's number ("…? VEL-58418")
        // asks nothing of its own.
        let only_id = w.len() == 1 && crate::orders::number_like(&w[0]);
        if w.is_empty() || only_id {
            continue;
        }
        let c = Clause::new(&w);
        if c.asks_status() {
            asked = true;
        } else if !asked || c.complains() {
            // Before the question, or a complaint after it ("has it
            // arrived? it's still not here"): not a plain status question.
            return false;
        }
        // A remark after the question ("my neighbour might have taken it
        // in") leaves it a status question.
    }
    asked
}

impl Clause<'_> {
    /// A yes/no question whether an order reached a status ("was my order
    /// cancelled?", "has 1042 shipped yet?"), with nothing else in it.
    pub(super) fn asks_status(&self) -> bool {
        // "was FZ-73044 cancelled or not": a question tag, which asks
        // whether, and says nothing went wrong.
        let w = match self.w {
            [rest @ .., or, no] if or == "or" && matches!(no.as_str(), "not" | "no") => rest,
            w => w,
        };
        let c = Clause::new(w);
        let mut h = c.head();
        // "VEL-58461 was it delivered": the order's number first.
        if w.get(h).is_some_and(|x| crate::orders::number_like(x)) {
            h += 1;
        }
        let aux = w.get(h).map(String::as_str);
        let status = c.has(&[
            "cancelled",
            "canceled",
            "refunded",
            "shipped",
            "delivered",
            "dispatched",
            "sent",
            "processed",
        ]) || c.has(&["arrive", "arrived"])
            || c.has_phrase(&["get", "there"])
            || c.has_phrase(&["got", "there"])
            || c.has_phrase(&["gone", "through"])
            || c.has_phrase(&["go", "through"])
            || c.has_phrase(&["went", "through"])
            // "did you refund the order CL-251018-0255": after "did", the
            // verb comes in its plain form.
            || aux == Some("did")
                && c.has(&["refund", "cancel", "ship", "deliver", "dispatch", "send", "process"]);
        let aux = aux.is_some_and(|x| STATUS_AUX.contains(&x));
        aux && status && !c.complains() && w.len() <= 10
    }

    /// A word of something gone wrong. "Yet" alone is none: "is 1042
    /// refunded yet?" asks.
    pub(super) fn complains(&self) -> bool {
        self.has(&[
            "but", "still", "twice", "charged", "never", "not", "nothing", "no", "missing",
            "wrong", "empty", "damaged", "broken", "lost", "late", "without",
        ])
    }
}

/// "tilausnumero on 104545", "order number: AD-2025-118760", "KD-204511":
/// a line that only gives an order's number, as a customer answers "what
/// is your order number?". It asks for nothing: what the conversation
/// needs was said before it, and a reader's leaning on the words for
/// "order" in a language it barely knows is no reason to hand over.
pub(super) fn only_an_order_number(message: &str) -> bool {
    const SAID_AROUND_IT: &[&str] = &[
        "order",
        "number",
        "no",
        "nr",
        "nº",
        "is",
        "it's",
        "its",
        "my",
        "the",
        "here",
        "it",
        "this",
        "ref",
        "reference",
    ];
    let w = text::words(message);
    let names_order = w.iter().any(|x| crate::orders::number_like(x));
    names_order
        && w.len() <= 5
        && w.iter().all(|x| {
            // The number itself, or a short word ("on", "ho" of "HO/25/04417").
            x.chars().any(|c| c.is_ascii_digit())
                || x.chars().count() <= 2
                || SAID_AROUND_IT.contains(&x.as_str())
                || crate::glossary::english(x)
                    .is_some_and(|e| e.split(' ').all(|e| SAID_AROUND_IT.contains(&e)))
        })
}
