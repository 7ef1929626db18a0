//! The account's problems read through the glossary, beside the English
//! clause rule (`Clause::account_problem`): a login that keeps failing
//! after the customer tried, and mail that keeps coming after they
//! unsubscribed. Private data and a person to look at it.

use super::signals::NOT;

/// "J'ai fait mot de passe oublié plusieurs fois, aucun mail … je suis
/// bloqué", "Passwort zurücksetzen funktioniert nicht … seit 3 Tagen",
/// "I've been trying to log in for a week, reset doesn't work": getting in
/// failed, and the customer tried more than once or for days. A single
/// "didn't get the reset email" is the help pages' (the spam folder, the
/// lockout that ends by itself), and so is a question.
pub(super) fn login_failed_after_trying(
    words: &[String],
    english: &[String],
    message: &str,
) -> bool {
    const FAIL: &[&str] = &[
        "not",
        "doesn't",
        "doesnt",
        "didn't",
        "didnt",
        "fails",
        "failed",
        "nicht",
        "keine",
        "kein",
        "aucun",
        "aucune",
        "bloqué",
        "bloquée",
        "ningún",
        "nessuna",
        "nessun",
        "geen",
        "żadnego",
        // "Kommer aldrig", "ingen mail", "fæ engan tölvupóst", "письма нет",
        // "у спамі теж нема", "saite nepienāk".
        "never",
        "aldrig",
        "aldri",
        "ingen",
        "engan",
        "enginn",
        "ekki",
        "нет",
        "нема",
        "nepienāk",
    ];
    const TRIED: &[&str] = &[
        "trying",
        "tried",
        "several",
        "times",
        "again",
        "plusieurs",
        "fois",
        "mehrmals",
        "wieder",
        "varias",
        "veces",
        "volte",
        "diverse",
        "vezes",
        "keer",
        "meerdere",
        "kilka",
        "razy",
        // "Tre gange", "fem gånger", "þrisvar", "kolme kertaa", "trešo
        // reizi", "тричі", "5 раз"; "prøvet", "försökt", "reynt": tried.
        "gange",
        "gånger",
        "ganger",
        "þrisvar",
        "kertaa",
        "reizi",
        "тричі",
        "трижды",
        "раз",
        "раза",
        "разів",
        "prøvet",
        "försökt",
        "reynt",
    ];
    // "Seit 3 Tagen", "depuis une semaine", "for a week".
    const SINCE: &[&str] = &["seit", "depuis", "desde", "da", "sinds", "od", "for"];
    const SPAN: &[&str] = &[
        "day",
        "days",
        "week",
        "weeks",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "jours",
        "semaine",
        "semaines",
        "días",
        "semana",
        "semanas",
        "giorni",
        "settimana",
        "dagen",
        "dni",
        "tydzień",
    ];
    let any = |set: &[&str]| {
        words
            .iter()
            .chain(english)
            .any(|x| set.contains(&x.as_str()))
    };
    let access = english
        .iter()
        .any(|x| matches!(x.as_str(), "password" | "reset" | "login"))
        || words.windows(2).any(|p| p[0] == "log" && p[1] == "in");
    let failed = any(FAIL) || any(NOT);
    let since = words.iter().enumerate().any(|(i, x)| {
        SINCE.contains(&x.as_str())
            && words[i + 1..(i + 4).min(words.len())]
                .iter()
                .any(|y| SPAN.contains(&y.as_str()))
    });
    let tried = any(TRIED) || since;
    access && failed && tried && !crate::text::ends_as_question(message)
}

/// "Ich bekomme immer noch euren Newsletter, obwohl ich mich dreimal
/// abgemeldet habe", "I unsubscribed and I still get your emails": the
/// customer's wish about their data was ignored.
pub(super) fn unsubscribe_ignored(words: &[String]) -> bool {
    const UNSUBSCRIBED: &[&str] = &[
        "unsubscribed",
        "abgemeldet",
        "désabonné",
        "désabonnée",
        "désinscrit",
        "désinscrite",
        "disiscritto",
        "disiscritta",
        "afgemeld",
        "uitgeschreven",
        "wypisałem",
        "wypisałam",
    ];
    const STILL: &[&str] = &[
        "still", "noch", "toujours", "ancora", "sigo", "sigue", "todavía", "nog", "steeds",
        "nadal", "wciąż", "ainda",
    ];
    let any = |set: &[&str]| words.iter().any(|x| set.contains(&x.as_str()));
    any(UNSUBSCRIBED) && any(STILL)
}

/// "Na mom računu je narudžba koju nisam napravio", "в моём аккаунте
/// заказ, который я не делал", "Hesabımda benim vermediğim bir sipariş
/// var": an order in the customer's account that they did not place.
/// Someone else is at work in the account, which only a person can look
/// into. The English clause rule (`Clause::account_problem`) reads "an
/// order I didn't place"; this reads the other languages, through the
/// glossary's "order" and "account" and a negated verb of making or
/// placing, so "how do I place an order in my account?" is not one.
pub(super) fn order_not_placed(words: &[String], english: &[String]) -> bool {
    // Made, placed or ordered: past forms, as they begin, so that "I
    // can't place an order in my account" ("не могу оформить заказ")
    // is not one.
    const MADE: &[&str] = &[
        "napravio",
        "napravila",
        "naručio",
        "naručila",
        "narucio",
        "narucila",
        "izvršio",
        "izvršila",
        "naredil",
        "oddal",
        "naročil",
        "делал",
        "сделал",
        "оформил",
        "оформлял",
        "заказывал",
        "заказал",
        "робив",
        "робила",
        "зробив",
        "зробила",
        "оформив",
        "оформлюв",
        "замовляв",
        "замовив",
        "замовила",
        "правил",
        "направил",
        "поръчвал",
        "поръчал",
        "făcut",
        "facut",
        "plasat",
        "comandat",
        "teinud",
        "tellinud",
        "esitanud",
        "έκανα",
        "παρήγγειλα",
        "adtam",
        "rendeltem",
        "aufgegeben",
        "bestellt",
        "getätigt",
        "passé",
        "passée",
        "commandé",
        "commandée",
        "fait",
        "faite",
        "hice",
        "hecho",
        "realicé",
        "pedí",
        "fatto",
        "effettuato",
        "ordinato",
        "geplaatst",
        "gedaan",
        "besteld",
        "gemaakt",
        "złożył",
        "składał",
        "zamawiał",
        "robił",
        "fiz",
        "fez",
        "encomendei",
        "efetuei",
        "gjort",
        "gjorde",
        "lagt",
        "beställt",
        "lavet",
        "afgivet",
        "bestilt",
        "tehnyt",
        "tilannut",
    ];
    // A negation fused with the verb: Baltic "ne-", Czech and Slovak
    // "ne-", Turkish "-me-/-ma-" before the relative ending.
    const NOT_MADE: &[&str] = &[
        "neveicu",
        "neveicām",
        "nedariau",
        "neužsakiau",
        "neudělal",
        "neudělala",
        "neobjednal",
        "neobjednala",
        "neurobil",
        "neurobila",
        "vermediğim",
        "vermedim",
        "yapmadığım",
        "yapmadım",
        "vermediğimiz",
    ];
    let has = |w: &str| english.iter().any(|x| x == w);
    let order = has("order") || has("orders");
    let made_not = words.iter().any(|x| NOT_MADE.contains(&x.as_str()))
        || (0..words.len()).any(|i| {
            super::signals::negates(words, i)
                && words[i + 1..(i + 4).min(words.len())]
                    .iter()
                    .any(|y| MADE.iter().any(|s| y.starts_with(s)))
        });
    order && has("account") && made_not && !super::signals::asks_how_cases_go(words)
}
