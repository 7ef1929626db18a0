//! Who the customer wants, read as words beside the clause frames of
//! `policy`: a person asked for in another language, "someone who isn't a
//! bot", whether anyone is there, a person asked about rather than for,
//! and a question whether a person is needed at all. A person declined,
//! or a request taken back, is `declined`'s.

use super::Clause;
use super::signals::NOT;
use crate::text;

/// A request for a person in a language the reader has hardly seen but
/// the glossary reads ("želim razgovarati s čovjekom", "noriu kalbėti su
/// žmogumi"): the glossary's English names a person and a wish to talk to
/// one. Asking to be called back is `callback`'s, in every language.
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
    let english = english_per_word(&w);
    let is = |i: usize, set: &[&str]| english[i].iter().any(|e| set.contains(e));
    let persons: Vec<usize> = (0..w.len())
        .filter(|&i| {
            is(
                i,
                &[
                    "person",
                    "human",
                    "operator",
                    "agent",
                    "staff",
                    "employee",
                    "manager",
                    "colleague",
                ],
            ) && !w.get(i + 1).is_some_and(|n| ELSE.contains(&n.as_str()))
        })
        .collect();
    // "Un membre de l'équipe", "le service client": the team, named as a
    // member or as the service (French).
    let team = w.iter().enumerate().any(|(i, x)| {
        x == "membre"
            && w[i + 1..(i + 4).min(w.len())].iter().any(|y| {
                matches!(
                    y.as_str(),
                    "léquipe" | "lequipe" | "équipe" | "equipe" | "votre" | "personnel"
                )
            })
    }) || w.windows(2).any(|p| p[0] == "service" && p[1] == "client");
    // The team stands where its word does ("passez-moi le service
    // client"), so a verb before it can be read as asking for it.
    let team_at = w
        .iter()
        .position(|x| x == "membre" || x == "service")
        .unwrap_or(0);
    let persons: Vec<usize> = if persons.is_empty() && team {
        vec![team_at]
    } else {
        persons
    };
    // To talk to, be put through to: a request whatever the order. Also
    // "mettez-moi en relation avec", "échanger avec", and someone "on the
    // phone" ("avoir quelqu'un au téléphone", "qqn au tel").
    const PHONE: &[&str] = &[
        "téléphone",
        "telephone",
        "tel",
        "tél",
        "telefon",
        "telefono",
        "teléfono",
        "telefone",
    ];
    let on_the_phone = w.windows(2).any(|p| {
        matches!(
            p[0].as_str(),
            "au" | "am" | "al" | "por" | "ao" | "per" | "przez"
        ) && PHONE.contains(&p[1].as_str())
    });
    let talk = (0..w.len()).any(|i| is(i, &["talk", "speak", "connect", "transfer"]))
        || w.windows(2).any(|p| {
            matches!(
                (p[0].as_str(), p[1].as_str()),
                ("en", "relation")
                    | ("échanger" | "déchanger" | "echanger" | "dechanger", "avec")
                    // Bulgarian "свържете ме с оператор": put me through;
                    // "свържете се с нас" is getting in touch.
                    | ("свържете" | "свържи", "ме")
            )
        })
        || on_the_phone;
    // A wish or a need asks for the person only with the person as its
    // object, right after it: "quiero saber si una persona puede
    // recogerlo" wants to know something.
    let wish = (0..w.len())
        .any(|d| is(d, &["want", "need"]) && persons.iter().any(|&p| p > d && p - d <= 4));
    // A person given or passed to the customer: "дайте оператора",
    // "dați-mi un coleg de la service", "passez-moi un collègue".
    const GIVE: &[&str] = &[
        "give",
        "дайте",
        "дай",
        "давайте",
        "gib",
        "gebt",
        "geben",
        "donnez",
        "donnez-moi",
        "dame",
        "deme",
        "datemi",
        "geef",
        "dajcie",
        "dejte",
        "daj",
        "dați-mi",
        "dati-mi",
        "dați",
        "dati",
        "passez-moi",
        "passe-moi",
        // "passez moi un conseiller", written without the hyphen.
        "passez",
        "passer",
        "passami",
        "passatemi",
        "pásame",
        "pasadme",
        "passa-me",
        // Icelandic "gefðu mér samband við þjónustufulltrúa".
        "gefðu",
        "gefið",
        // Finnish "saanko / saisinko ihmisen linjoille": may I have.
        "saanko",
        "saisinko",
        // Hungarian "munkatársat kérek": I ask for.
        "kérek",
        "kérnék",
        "kérem",
    ];
    const POLITE: &[&str] = &[
        "please",
        "pls",
        "favor",
        "favore",
        "plaît",
        "plait",
        "bitte",
        "proszę",
        "prosze",
        // "Ihminen kiitos", "personal, tack": thanks for please.
        "kiitos",
        "tack",
        "takk",
        "venligst",
        "vennligst",
    ];
    // "Оператора!", "¿un agente?", "jemand bitte": a line of a few words
    // that is the person and nothing to ask about, as English "agent pls".
    // Every other word is a function word, "please" or "give".
    let fragment = w.len() <= 4
        && !persons.is_empty()
        && w.iter().enumerate().all(|(i, x)| {
            persons.contains(&i)
                || POLITE.contains(&x.as_str())
                // "Υπάλληλο παρακαλώ", "operatora prosím": "please" in the
                // glossary's reading of any language.
                || english[i].contains(&"please")
                || GIVE.contains(&x.as_str())
                || crate::glossary::for_retrieval(x).is_empty()
        });
    // The person right after the verb that gives them.
    let given = (0..w.len())
        .any(|d| GIVE.contains(&w[d].as_str()) && persons.iter().any(|&p| p > d && p - d <= 4));
    // "Δεν θέλω ρομπότ, θέλω άνθρωπο", "ne želim robota, želim čovjeka":
    // a negation of the bot, a few words on, leaves the person asked for.
    let of_the_bot = |i: usize| {
        w[i + 1..(i + 4).min(w.len())]
            .iter()
            .any(|x| super::declined::names_the_bot(x))
    };
    let negated = (0..w.len())
        .any(|i| (super::signals::negates(&w, i) || english[i].contains(&"not")) && !of_the_bot(i));
    ((!persons.is_empty() && (talk || wish || given))
        || fragment
        || super::spoken_with::talks_with_someone(&w, &english))
        && !negated
        && !super::declined::declines_person_foreign(&w)
}

/// The glossary's English for each word, as words ("call back" is two),
/// empty where it reads none: the rules that need to know which word
/// said what.
/// "Kas siin on võimalik elava inimesega suhelda?", "vai tur ir kāds
/// dzīvs cilvēks?", "is there a living person there?": a real or living
/// person asked after is asked for, in whatever frame. Not "when are real
/// people on here?" or "is the chat answered by real people?" (the team's
/// hours and the chat, which the assistant answers), nor with a negation
/// ("I don't need a real person").
pub(super) fn real_person_asked_after(w: &[String]) -> bool {
    const REAL: &[&str] = &["real", "live", "living", "actual"];
    // "I need an actual optician to look at it with me": the shop's own
    // trades, asked for as real ones, as much as a person.
    const PERSON: &[&str] = &[
        "person",
        "persons",
        "human",
        "humans",
        "people",
        "agent",
        "operator",
        "someone",
        "somebody",
        "optician",
        "pharmacist",
        "technician",
        "mechanic",
        "specialist",
        "expert",
        "advisor",
        "adviser",
        "consultant",
        "stylist",
        "tailor",
        "jeweller",
        "jeweler",
        "florist",
        "sommelier",
        "barista",
        "fitter",
    ];
    let english = english_per_word(w);
    let is = |i: usize, set: &[&str]| {
        set.contains(&w[i].as_str()) || english[i].iter().any(|e| set.contains(e))
    };
    // "Real" or "alive" in the customer's language, on either side of the
    // person: "echte persoon", "prawdziwy człowiek", "je tam niekto
    // živý?", "тут есть кто-нибудь живой?"; after it with "de" or "di" in
    // the Romance languages ("quelqu'un de vrai", "alguien de verdad").
    const REAL_WORDS: &[&str] = &[
        "Quelqu'un de vrai",
        "alguien de verdad",
        "real",
        "vrai",
        "vraie",
        "réel",
        "réelle",
        "verdad",
        "vero",
        "vera",
        "verdadeiro",
        "verdadeira",
        "echt",
        "echte",
        "prawdziwy",
        "prawdziwa",
        "prawdziwego",
        "żywy",
        "żywego",
        "je tam niekto živý?",
        "тут есть кто-нибудь живой?",
        "živý",
        "živá",
        "živého",
        "živ",
        "živa",
        "stvaran",
        "stvarna",
        "stvarnog",
        "живой",
        "живого",
        "живий",
        "истински",
        "истинска",
        "oikea",
        "oikeaa",
        "oikean",
        "elav",
        "elava",
        "dzīvs",
        "dzīvu",
        "gyvas",
        "gyvu",
        "tikras",
        "tikru",
    ];
    let real_after = |k: usize| w.get(k).is_some_and(|x| REAL_WORDS.contains(&x.as_str()));
    let asked = (1..w.len())
        .any(|i| is(i, PERSON) && (is(i - 1, REAL) || REAL_WORDS.contains(&w[i - 1].as_str())))
        || (0..w.len()).any(|i| {
            is(i, PERSON)
                && (real_after(i + 1)
                    || (w.get(i + 1).is_some_and(|x| x == "de" || x == "di") && real_after(i + 2)))
        });
    // "Is the chat answered by real people?", "do kolika je v chatu živý
    // člověk?": who or when the chat is answered, a question about it.
    let about_hours = (0..w.len()).any(|i| {
        is(i, &["when", "answered"])
            || is(i, super::lexicon::INFO_TOPIC)
            || w[i].starts_with("chat")
    });
    asked && !about_hours && !(0..w.len()).any(|i| is(i, NOT))
}

/// "A che ora c'è una persona in chat?", "hvornår kan man få fat i en
/// rigtig person?", "a table for six persons": when someone is there, or
/// people counted, asked about. The learned reader reads a person into
/// them; nobody is asked for.
pub(super) fn person_asked_about(w: &[String]) -> bool {
    const WHEN: &[&str] = &[
        "when", "wann", "quand", "cuándo", "cuando", "quando", "wanneer", "kiedy", "när",
        "hvornår", "når", "kdy", "mikor", "quan",
    ];
    const WHAT_TIME: &[&[&str]] = &[
        &["what", "time"],
        &["a", "che", "ora"],
        &["à", "quelle", "heure"],
        &["a", "qué", "hora"],
        &["a", "que", "hora"],
        &["que", "horas"],
        &["hoe", "laat"],
        &["um", "wie", "viel", "uhr"],
        &["o", "której"],
        &["hur", "dags"],
        &["hvad", "tid"],
        &["hva", "tid"],
        &["v", "kolik"],
    ];
    const PEOPLE: &[&str] = &[
        "people",
        "persons",
        "personen",
        "personer",
        "persone",
        "personnes",
        "personas",
        "pessoas",
        "osób",
        "osoby",
        "osob",
        "kişi",
        "kişilik",
    ];
    let english = english_per_word(w);
    let when = w
        .iter()
        .zip(&english)
        .any(|(x, e)| WHEN.contains(&x.as_str()) || e.contains(&"when"))
        || WHAT_TIME.iter().any(|p| Clause::new(w).has_phrase(p));
    // "für 6 Personen", "för sex personer": a number before the people.
    // Not Danish and Norwegian "to" (two), which is English "to": "I want
    // to talk to people".
    const NUMBER: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "ten", "zwei", "drei", "vier",
        "fünf", "sechs", "deux", "trois", "quatre", "cinq", "dos", "tres", "cuatro", "cinco",
        "seis", "due", "tre", "quattro", "cinque", "sei", "twee", "drie", "vijf", "zes", "två",
        "fyra", "fem", "sex", "fire", "seks", "dwie", "trzy", "cztery", "pięć", "sześć",
    ];
    let counted = w.windows(2).any(|win| {
        PEOPLE.contains(&win[1].as_str())
            && (win[0].chars().all(|c| c.is_ascii_digit()) || NUMBER.contains(&win[0].as_str()))
    });
    when || counted
}

pub(super) fn english_per_word(w: &[String]) -> Vec<Vec<&'static str>> {
    crate::glossary::english_of_words(w)
        .into_iter()
        .map(|e| e.map(|e| e.split(' ').collect()).unwrap_or_default())
        .collect()
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

/// "Who can we talk to about a partnership?", "who can I actually speak
/// to?": asking who one may talk to asks for that person (a wh-question
/// is otherwise information). "Who do I talk to about a data request"
/// asks for a channel, and stays the reader's.
pub(super) fn who_can_we_talk_to(w: &[String]) -> bool {
    w.iter().enumerate().any(|(i, x)| {
        let at = |k: usize, set: &[&str]| w.get(i + k).is_some_and(|y| set.contains(&y.as_str()));
        let talk = |k: usize| at(k, &["talk", "speak", "chat"]);
        x == "who"
            && at(1, &["can", "could", "may", "might"])
            && at(2, &["i", "we"])
            && (talk(3) || (at(3, &["actually", "just", "really", "then"]) && talk(4)))
    })
}

/// "hello??? is anyone actually there": a customer in a chat that seems
/// empty asks whether a person is on the other end. The whole line is
/// that and nothing else: "when are you open? is anyone there?" asks
/// about the team's hours, which the assistant answers.
#[cfg(test)]
pub(super) fn anyone_there(w: &[String]) -> bool {
    anyone_there_in(w, w)
}

/// `anyone_there`, asked in one sentence of a longer line ("is anyone
/// from the team online? need help with an order"): the sentence is the
/// question, and the whole line may name no topic of information or
/// negate.
pub(super) fn anyone_there_in(sentence: &[String], line: &[String]) -> bool {
    let w = sentence;
    let has = |set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
    let in_line = |set: &[&str]| line.iter().any(|x| set.contains(&x.as_str()));
    let phrase = |a: &str, b: &str| w.windows(2).any(|p| p[0] == a && p[1] == b);
    // "Anyone from the shop online?", "any staff online?": the same, as
    // a fragment.
    let online = w.len() <= 6
        && has(&["online"])
        && has(&["anyone", "anybody", "staff", "somebody", "someone"]);
    let there = w.len() <= 6
        && (phrase("is", "anyone")
            || phrase("is", "anybody")
            || phrase("anyone", "there")
            || phrase("anybody", "there"))
        && has(&["there", "here"]);
    (online || there) && !in_line(super::lexicon::INFO_TOPIC) && !in_line(NOT)
}

/// "Is there a service to remove the old treadmill?", "bank transfer
/// details pls": the only word for a person or for being put through
/// names something the shop offers (a service of its own, not customer
/// service) or a way to pay (a transfer of money, not of the customer).
/// The reader learned "service pls" and "transfer pls" as requests; in
/// such a line it may not read one.
pub(super) fn names_no_one(message: &str) -> bool {
    use super::lexicon::{CONTACT, PERSON, ROUTE, TALK};
    let english = text::words(&crate::glossary::with_english(message));
    let to_me = |i: usize| {
        english
            .get(i + 1)
            .is_some_and(|n| matches!(n.as_str(), "me" | "us"))
    };
    let someone = english.iter().enumerate().any(|(i, x)| {
        let x = x.as_str();
        PERSON.contains(&x)
            || TALK.contains(&x)
            || CONTACT.contains(&x)
            || matches!(
                x,
                "human" | "operator" | "employee" | "callback" | "connect" | "escalate"
            )
            || (ROUTE.contains(&x) && to_me(i))
    });
    // The line's own words, in their order (the glossary's English comes
    // after them, unordered).
    let w = text::words(message);
    let before = |i: usize| i.checked_sub(1).map(|b| w[b].as_str());
    let next = |i: usize| w.get(i + 1).map(String::as_str);
    let offered = w.iter().enumerate().any(|(i, x)| match x.as_str() {
        // "a service to remove it", "the assembly service": named by what
        // it does, where customer service is named by whom it serves.
        "service" | "services" => {
            matches!(next(i), Some("to" | "for"))
                || before(i).is_some_and(|b| {
                    !matches!(
                        b,
                        "customer" | "client" | "a" | "an" | "the" | "your" | "to" | "with"
                    )
                })
        }
        // Money moved: "bank transfer", "by transfer", "transfer details".
        "transfer" => {
            matches!(
                before(i),
                Some("bank" | "wire" | "money" | "sepa" | "by" | "via" | "instant")
            ) || matches!(
                next(i),
                Some("details" | "order" | "orders" | "payment" | "reference" | "fee" | "receipt")
            )
        }
        _ => false,
    });
    offered && !someone
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
pub fn asks_if_a_person_is_needed(message: &str) -> bool {
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
        &["faut-il"],
        &["dois-je"],
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
        // Catalan: "he de parlar amb algú per anul·lar una comanda?"
        &["he", "de"],
        &["haig", "de"],
        &["hem", "de"],
        &["cal"],
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
    // Danish "må jeg få snakke med en person?" is "may I", not "must I".
    let may_i = w.get(start + 2).is_some_and(|x| x == "få");
    opens(OPENERS) || (crate::text::ends_as_question(message) && opens(FOREIGN) && !may_i)
}

/// "Do I have to call customer service to return something?", "no need
/// for an agent, what's the return window?": a line that names a person
/// without asking for one (`declined` is the policy's reading of that)
/// asks about the rest. The words for a person, the support function or
/// reaching them are dropped, in English and through the glossary,
/// unless the line is about reaching the team itself (its hours, its
/// number, its channels). `None` when nothing is left or nothing is
/// dropped.
pub fn what_is_asked(message: &str, declined: bool) -> Option<String> {
    const TEAM: &[&str] = &[
        "hours",
        "hour",
        "open",
        "opening",
        "number",
        "phone",
        "email",
        "emails",
        "e-mail",
        "e-mails",
        "chat",
        "available",
        "languages",
        "language",
    ];
    const PEOPLE: &[&str] = &[
        "person", "human", "operator", "employee", "customer", "service", "team", "call", "contact",
    ];
    if !declined {
        return None;
    }
    let english_of = |w: &str| -> Vec<String> {
        crate::glossary::english(w)
            .map(|e| e.split(' ').map(str::to_string).collect())
            .unwrap_or_default()
    };
    let words = text::words(message);
    let about_the_team = crate::retrieval::AnswerKind::of(message)
        == crate::retrieval::AnswerKind::Channel
        || words.iter().any(|w| {
            TEAM.contains(&w.as_str()) || english_of(w).iter().any(|e| TEAM.contains(&e.as_str()))
        });
    if about_the_team {
        return None;
    }
    let people = |w: &str| {
        super::lexicon::PERSON.contains(&w)
            || super::lexicon::SUPPORT.contains(&w)
            || super::lexicon::TALK.contains(&w)
            || super::lexicon::CONTACT.contains(&w)
            || PEOPLE.contains(&w)
            || english_of(w).iter().any(|e| {
                PEOPLE.contains(&e.as_str())
                    || super::lexicon::PERSON.contains(&e.as_str())
                    || super::lexicon::TALK.contains(&e.as_str())
            })
    };
    let rest: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !people(w))
        .collect();
    (rest.len() < words.len() && !text::terms(&rest.join(" ")).is_empty()).then(|| rest.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_asked_leaves_the_people_out() {
        let asked = |m: &str| what_is_asked(m, super::super::assess(m).declined_person);
        let rest =
            asked("do i have to call customer service to return something").unwrap_or_default();
        assert!(
            rest.contains("return") && !rest.contains("service"),
            "{rest}"
        );
        assert!(
            asked("non serve un operatore, quanto costa la confezione regalo?")
                .is_some_and(|r| r.contains("confezione") && !r.contains("operatore"))
        );
        // About reaching the team: the words stay.
        assert_eq!(
            asked("I don't need a person, what are your customer service hours?"),
            None
        );
        assert_eq!(
            what_is_asked("how fast does customer service answer emails", true),
            None
        );
        // Nothing declined: nothing changes.
        assert_eq!(asked("I want to talk to a person about my return"), None);
    }

    #[test]
    fn not_a_bot() {
        let words = text::words;
        assert!(someone_not_a_bot(&words("anyone here who is not a bot?")));
        assert!(!someone_not_a_bot(&words("are you a bot?")));
        assert!(!someone_not_a_bot(&words(
            "I don't need a person, the bot is fine"
        )));
    }
}
