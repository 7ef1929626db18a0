//! A problem that outlasted the answers: nobody at the shop answers, the
//! answers go in circles, the fault is still there, or the customer has
//! waited a counted span already. After an answer, each of these says the
//! assistant is not helping. Moved out of `signals`, which reads the
//! customer's case itself.

use crate::text;

/// "Nobody answers", "я вже втретє пишу і ніхто не відповідає": the
/// customer has tried to reach the shop and got no one. That is
/// frustration with the shop, whatever else the line says.
pub(super) fn nobody_answers(message: &str) -> bool {
    const PHRASES: &[&str] = &[
        "nobody answers",
        "nobody replies",
        "nobody responds",
        "no one answers",
        "no one replies",
        "no one responds",
        "nobody is answering",
        "no one is answering",
        "niemand antwortet",
        "niemand reagiert",
        "nadie responde",
        "nadie contesta",
        "personne ne répond",
        "nessuno risponde",
        "niemand reageert",
        "niemand antwoordt",
        "ninguém responde",
        "nikt nie odpowiada",
        "nikt nie odpisuje",
        "nikdo neodpovídá",
        "nikto neodpovedá",
        "ніхто не відповідає",
        "никто не отвечает",
    ];
    // "Ich habe vor einer Woche Fotos geschickt, keine Antwort": no answer
    // said as a fact, in the customer's language. Asked, or as a case ("if
    // there's no answer at the door"), it is a question.
    const NO_ANSWER: &[&str] = &[
        "keine antwort",
        "pas de réponse",
        "aucune réponse",
        "sin respuesta",
        "ninguna respuesta",
        "nessuna risposta",
        "geen antwoord",
        "geen reactie",
        "brak odpowiedzi",
        "sem resposta",
        "nenhuma resposta",
    ];
    let w = text::words(message);
    let case = w.iter().any(|x| {
        matches!(
            x.as_str(),
            "if" | "si" | "wenn" | "falls" | "se" | "als" | "jeśli"
        )
    });
    text::has_phrase(message, PHRASES)
        || (text::has_phrase(message, NO_ANSWER) && !case && !message.trim_end().ends_with('?'))
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
        // "Ve l'ho già detto tre volte", "ya van tres veces".
        "già detto",
        "déjà dit",
        "ya lo he dicho",
        "ya te lo dije",
        "ya lo dije",
        "ya van tres veces",
        "já disse",
        "al gezegd",
        "już mówiłem",
        "już mówiłam",
        "schon gesagt",
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
        "powtarzam",
        "po raz trzeci",
        "po raz kolejny",
        "zum dritten mal",
        "por tercera vez",
        "pour la troisième fois",
        "per la terza volta",
        "voor de derde keer",
        "pela terceira vez",
        "одне й те саме",
        "одне і те саме",
        "одно и то же",
        "повторюєте",
        "повторяете",
        "втретє",
        "в третий раз",
        // Going round in circles, in the other served languages.
        "in tondo",
        "in cerchio",
        "en rond",
        "en círculos",
        "en circulos",
        "em círculos",
        "em circulos",
        "im kreis",
        "in cirkels",
        "in kringetjes",
        "w kółko",
        "w kolko",
        "v krogu",
        "u krug",
        "dokola",
        "v kruhu",
        "i ring",
        "i cirkler",
        "körbe",
        "körökben",
        "în cerc",
        "aynı cevabı",
        "aynı şeyi",
        "samme svar",
        "samma svar",
        "ugyanazt",
        "isti odgovor",
        "isto odgovor",
        "enak odgovor",
        "stejnou odpověď",
        // Writing or asking for the third time, in the languages added
        // later ("уже третий раз спрашиваю", "že tretjič pišem", "jau
        // trečią kartą rašau"), and the same answer again ("atbilde ir tā
        // pati", "te kordate sama asja", "mou grafete to idio keimeno").
        "third time",
        "3rd time",
        "третий раз",
        "третій раз",
        "трети път",
        "tretjič",
        "potřetí",
        "potretie",
        "treći put",
        "trzeci raz",
        "trešo reizi",
        "trečią kartą",
        "trecia karta",
        "kolmas kord",
        "kolmandat korda",
        "kolmatta kertaa",
        "harmadszor",
        "treia oară",
        "treia oara",
        "tredje gången",
        "tredje gang",
        "τρίτη φορά",
        "triti fora",
        "tā pati",
        "tas pats",
        "tą patį",
        "sama asja",
        "sama vastus",
        "sama vastaus",
        "to idio",
        "το ίδιο",
        "isto pišem",
        // The answers do not help: said after one, of the answers.
        "doesn't help",
        "does not help",
        "not helping",
        "isn't helping",
        "не помогает",
        "не допомагає",
        "не помага",
        "nepadeda",
        "ei aita",
        "nepalīdz",
        "nu ajută",
        "nu ajuta",
        "nem segít",
        "ei auta",
        "nepomáhá",
        "nepomáha",
        "ne pomaga",
        "ne pomaže",
        "nie pomaga",
        "hilft nicht",
        "helpt niet",
        "hjälper inte",
        "hjælper ikke",
        "hjelper ikke",
        "no ayuda",
        "não ajuda",
        "non aiuta",
        "n'aide pas",
        "δεν βοηθά",
        "den voithaei",
    ];
    text::has_phrase(message, PHRASES)
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
        // "I did that in September and it still exists"
        "still exists",
        "existe toujours",
        "existe encore",
        "existiert immer noch",
        "existiert noch",
        "esiste ancora",
        "sigue existiendo",
        "todavía existe",
        "ainda existe",
        "bestaat nog",
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
    if PHRASES.iter().any(|p| line.contains(p)) || still_waiting(&w, message) {
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

/// "Ich warte schon seit 4 Wochen", "aspetto da un mese", "ik wacht al 5
/// weken", "já passou um mês", "it's been 2 months": after an answer, the
/// customer has waited a span of time already. A question ("do I have to
/// wait two weeks?") asks how long it takes.
fn still_waiting(w: &[String], message: &str) -> bool {
    const WAITING: &[&str] = &[
        "waiting",
        "waited",
        "been",
        "warte",
        "warten",
        "aspetto",
        "aspettando",
        "wacht",
        "espero",
        "esperando",
        "attends",
        "attendons",
        "czekam",
        "čekám",
        "väntar",
        "venter",
        "passou",
        "passaram",
        "passed",
        "περιμένω",
        "πέρασαν",
        "πέρασε",
    ];
    const SPAN: &[&str] = &[
        "days",
        "weeks",
        "week",
        "month",
        "months",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "monat",
        "monaten",
        "giorni",
        "settimana",
        "settimane",
        "mese",
        "mesi",
        "dagen",
        "week",
        "weken",
        "maand",
        "maanden",
        "días",
        "dias",
        "semana",
        "semanas",
        "mes",
        "meses",
        "mês",
        "jours",
        "semaine",
        "semaines",
        "mois",
        "dni",
        "tygodnie",
        "tygodni",
        "miesiąc",
        "dny",
        "týdny",
        "měsíc",
        "dagar",
        "veckor",
        "månad",
        "dage",
        "uger",
        "måned",
        "ημέρες",
        "μέρες",
        "εβδομάδες",
        "μήνα",
    ];
    // A span is counted ("4 Wochen", "un mese", "several days"): "mes"
    // alone is French for "my", "espero … buenos días" a wish.
    const COUNT: &[&str] = &[
        "a",
        "an",
        "one",
        "two",
        "three",
        "four",
        "several",
        "few",
        "un",
        "une",
        "una",
        "uno",
        "um",
        "uma",
        "ein",
        "eine",
        "einer",
        "einem",
        "zwei",
        "drei",
        "vier",
        "mehreren",
        "deux",
        "trois",
        "quatre",
        "plusieurs",
        "due",
        "tre",
        "quattro",
        "alcuni",
        "dos",
        "tres",
        "cuatro",
        "varios",
        "varias",
        "dois",
        "duas",
        "três",
        "twee",
        "drie",
        "vier",
        "dwa",
        "dwie",
        "trzy",
        "kilka",
        "två",
        "tre",
        "to",
        "flere",
        "několik",
        "dva",
        "tři",
        "δύο",
        "τρεις",
        "τρία",
    ];
    let counted = w.windows(2).any(|p| {
        SPAN.contains(&p[1].as_str())
            && (COUNT.contains(&p[0].as_str()) || p[0].chars().all(|c| c.is_ascii_digit()))
    });
    let has = |set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
    !message.trim_end().ends_with('?') && has(WAITING) && counted
}
