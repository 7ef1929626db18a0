//! Questions about the world rather than the shop: the time of day, the
//! weather, schoolwork, a poem, a joke, last night's result. No help page
//! or product answers them, however many pages name the city (a store's
//! address), a clock time or the season, and however many products are
//! named for the place ("Gin Lumière de Lyon" for the weather in Lyon).
//! The assistant says it does not know.

use std::cell::OnceCell;

use crate::text;

/// Any of the questions below: the world's, not the shop's.
pub fn about_the_world(text: &str) -> bool {
    let raw = text::words(text);
    let line = raw.join(" ");
    if asks_the_time_now(&line) {
        return true;
    }
    // The glossary's English is read only for a line that has one of the
    // words or phrases below: most lines have none, and this runs on
    // every line the intent is asked of.
    let cell = OnceCell::new();
    let english =
        || -> &[String] { cell.get_or_init(|| text::words(&crate::glossary::with_english(text))) };
    (weather(&line, &raw, &english) || something_else(&line, &raw, &english))
        && !about_the_shop(english())
}

/// Whether the line (its words joined by one space) has one of `phrases`.
fn phrase(line: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| line.contains(p))
}

fn has(words: &[String], list: &[&str]) -> bool {
    words.iter().any(|w| list.contains(&w.as_str()))
}

/// "What time is it in London right now?", "quelle heure est-il ?": the
/// time of day itself, which no help page is about, however many pages
/// give a clock time for something.
fn asks_the_time_now(line: &str) -> bool {
    const PHRASES: &[&str] = &[
        "time is it",
        "what is the time",
        "the time now",
        "time right now",
        "wie spät",
        "wie spat",
        "quelle heure est",
        "qué hora es",
        "que hora es",
        "che ore sono",
        "che ora è",
        "hoe laat is het",
        "que horas são",
        "que horas sao",
        "która godzina",
        "hvad er klokken",
        "vad är klockan",
        "hvor mye er klokka",
        "kolik je hodin",
        "koľko je hodín",
        "hány óra van",
        "cât e ceasul",
        "cât este ora",
        "koliko je sati",
        "która jest godzina",
        "котра година",
        "который час",
    ];
    phrase(line, PHRASES)
}

/// "What's the weather like in Vienna?", "wird es morgen regnen?", "jaka
/// będzie jutro pogoda?": the forecast, asked of a place or a day. A line
/// about the shop's own matters that names the weather is not one ("will
/// the snow delay my delivery", "the parcel was left in the rain", "is the
/// jacket fine in wet weather": no day, no forecast asked).
fn weather<'a>(line: &str, raw: &[String], english: &dyn Fn() -> &'a [String]) -> bool {
    // Asking for the forecast in so many words: these phrases mean
    // nothing else, even where the language's word for the weather is
    // also its word for time ("quel temps", "che tempo", "vrijeme").
    const FORECAST: &[&str] = &[
        "weather like",
        "weather forecast",
        "weather going to",
        "will it rain",
        "is it going to rain",
        "will it snow",
        "is it going to snow",
        "wettervorhersage",
        "wie wird das wetter",
        "wie ist das wetter",
        "wird es regnen",
        "regnet es",
        "wird es schneien",
        "quel temps fait",
        "fait quel temps",
        "quel temps fera",
        "quel temps va",
        "va-t-il pleuvoir",
        "va t il pleuvoir",
        "il va pleuvoir",
        "qué tiempo hace",
        "que tiempo hace",
        "qué tiempo hará",
        "que tiempo hara",
        "qué tiempo va a hacer",
        "que tiempo va a hacer",
        "va a llover",
        "va a nevar",
        "che tempo fa",
        "che tempo farà",
        "che tempo fara",
        "pioverà",
        "wat voor weer",
        "hoe wordt het weer",
        "weerbericht",
        "weersverwachting",
        "hoe is het weer",
        "wat is het weer",
        "gaat het regenen",
        "que tempo vai fazer",
        "como vai estar o tempo",
        "previsão do tempo",
        "previsao do tempo",
        "vai chover",
        "jaka będzie pogoda",
        "jaka bedzie pogoda",
        "będzie padać",
        "jaké bude počasí",
        "jake bude pocasi",
        "aké bude počasie",
        "ake bude pocasie",
        "kakvo će biti vrijeme",
        "kakvo ce biti vrijeme",
        "kakvo je vrijeme",
        "vremenska prognoza",
        "kakšno bo vreme",
        "kaksno bo vreme",
        "kakšno je vreme",
        "vremenska napoved",
        "ce vreme",
        "cum e vremea",
        "cum va fi vremea",
        "milyen idő lesz",
        "milyen az idő",
        "hvordan bliver vejret",
        "hvordan er vejret",
        "hvordan blir været",
        "hur blir vädret",
        "hur är vädret",
        "millainen sää",
        "mikä on sää",
        "hava durumu",
        "hava nasıl",
        "τι καιρό θα κάνει",
        "πώς θα είναι ο καιρός",
        "ο καιρός",
        "какво ще е времето",
        "какая погода",
        "яка погода",
    ];
    // A word that only names the weather; it asks for a forecast when the
    // line names a day or a time ("Wetter morgen in Graz", "pogoda w
    // weekend").
    const WEATHER: &[&str] = &[
        "weather",
        "wetter",
        "météo",
        "meteo",
        "pogoda",
        "pogodę",
        "pogody",
        "počasí",
        "pocasi",
        "počasie",
        "pocasie",
        "időjárás",
        "idojaras",
        "vejret",
        "vädret",
        "sää",
        "vremea",
    ];
    // Verbs for rain or snow that are nothing else, asked of a day: "wird
    // es morgen in Linz regnen?" ("rain" and "snow" are also the nouns of
    // a rain jacket or snow chains, so English has only its phrases).
    const FALLS: &[&str] = &[
        "regnen",
        "schneien",
        "pleuvoir",
        "pleuvra",
        "neiger",
        "llover",
        "lloverá",
        "llovera",
        "nevar",
        "nevará",
        "piovere",
        "pioverà",
        "piovera",
        "nevicare",
        "nevicherà",
        "regenen",
        "sneeuwen",
        "chover",
        "choverá",
        "padać",
        "pršet",
        "pršať",
        "sataako",
        "regna",
        "snöa",
    ];
    // A day: the week's (`text::WEEKDAYS`, the weekend with them), or
    // these.
    const DAY: &[&str] = &["tomorrow", "today", "tonight"];
    phrase(line, FORECAST)
        || ((has(raw, WEATHER) || has(raw, FALLS))
            && (has(english(), DAY) || has(english(), text::WEEKDAYS)))
}

/// The shop's own matters, in the glossary's English: a line that names
/// one is about the shop, whatever else it asks ("will the snow delay my
/// delivery", "do you sell homework planners").
const SHOP: &[&str] = &[
    "order", "deliver", "ship", "parcel", "package", "courier", "dispatch", "arriv", "post",
    "sell", "buy", "price", "cost", "stock", "refund", "return",
];

fn about_the_shop(words: &[String]) -> bool {
    words.iter().any(|w| SHOP.iter().any(|s| w.starts_with(s)))
}

/// "Can you help me with my maths homework", "tu peux m'aider à écrire
/// une lettre de motivation", "write me a poem about mountains", "¿me
/// cuentas un chiste?", "who won the Legia match yesterday", "kuka voitti
/// eilen Leijonien pelin?": schoolwork, writing to order, jokes and
/// results, which no shop's help pages are about. Their words match a
/// price-match page ("maths"), a warranty form ("write") or a product named
/// for the club's city all the same.
fn something_else<'a>(line: &str, raw: &[String], english: &dyn Fn() -> &'a [String]) -> bool {
    const SCHOOLWORK: &[&str] = &[
        "homework",
        "hausaufgabe",
        "hausaufgaben",
        "devoirs",
        "deberes",
        "compiti",
        "huiswerk",
        "lekser",
        "läxa",
        "läxor",
        "läxan",
        "lektier",
        "kotitehtävä",
        "kotitehtävät",
        "kotitehtäviä",
        "läksyt",
        "házi",
        "házit",
        "házifeladat",
        "házimat",
        "ödev",
        "ödevim",
        "ödevimde",
    ];
    const SCHOOLWORK_PHRASES: &[&str] = &[
        "praca domowa",
        "pracy domowej",
        "pracę domową",
        "pracą domową",
        "zadanie domowe",
        "zadaniu domowym",
        "domácí úkol",
        "domáca úloha",
        "domaća zadaća",
        "domaću zadaću",
        "domača naloga",
        "tema de casa",
        "temele pentru",
        "trabalho de casa",
        "lição de casa",
        "lettre de motivation",
        "cover letter",
        "anschreiben für",
        "carta de presentación",
    ];
    // Writing to order: a poem, a song, a caption, an essay ("can you
    // write me a letter confirming the warranty" is the shop's, so no
    // letters).
    const COMPOSED: &[&str] = &[
        "poem", "poems", "poème", "gedicht", "poesia", "poesía", "poema", "wiersz", "wierszyk",
        "dikt", "digt", "runo", "runon", "vers", "verset", "pjesmu", "pesem", "şiir", "lyrics",
        "songtext", "caption", "essay", "aufsatz", "limerick", "haiku",
    ];
    const JOKE: &[&str] = &[
        "joke",
        "witz",
        "blague",
        "chiste",
        "barzelletta",
        "mop",
        "grap",
        "dowcip",
        "kawał",
        "vtip",
        "vits",
        "vitsi",
        "vitsin",
        "skämt",
        "vicc",
        "viccet",
        "banc",
        "fıkra",
        "anekdot",
    ];
    // "This is a joke", "c'est une blague": an angry customer, not a
    // request for one.
    const NO_JOKE: &[&str] = &[
        "is a joke",
        "what a joke",
        "such a joke",
        "ist ein witz",
        "ein witz ist",
        "est une blague",
        "c'est une blague",
        "es un chiste",
        "è una barzelletta",
        "is een grap",
        "to jakiś żart",
        "je vtip",
        "on vitsi",
        "är ett skämt",
    ];
    // A result: who won, or who will be champion, of a game or a day.
    const WON: &[&str] = &[
        "won",
        "win",
        "gewonnen",
        "gagné",
        "gagne",
        "ganó",
        "gano",
        "vinto",
        "vinse",
        "wygrał",
        "wygrała",
        "wygrali",
        "vann",
        "vandt",
        "vant",
        "vyhrál",
        "vyhráli",
        "voitti",
        "nyerte",
        "nyert",
        "câștigat",
        "castigat",
        "pobijedio",
        "pobijedili",
        "zmagal",
        "kazandı",
        "meister",
        "champion",
        "campeón",
        "campione",
        "kampioen",
        "mistrz",
        "mestari",
        "bajnok",
    ];
    const GAME: &[&str] = &[
        "game",
        "match",
        "race",
        "final",
        "derby",
        "spiel",
        "partido",
        "partita",
        "wedstrijd",
        "mecz",
        "zápas",
        "peli",
        "pelin",
        "leikinn",
        "leik",
        "kamp",
        "kampen",
        "meccs",
        "meccset",
        "utakmicu",
        "tekmo",
        "maç",
        "maçı",
        "yesterday",
        "tonight",
        "gestern",
        "ayer",
        "ieri",
        "gisteren",
        "wczoraj",
        "igår",
        "går",
        "gær",
        "eilen",
        "tegnap",
        "jučer",
        "včera",
        "dün",
        "heuer",
    ];
    let result = has(raw, WON)
        && (phrase(line, &["last night", "this year", "hier soir"]) || has(english(), GAME));
    has(raw, SCHOOLWORK)
        || phrase(line, SCHOOLWORK_PHRASES)
        || has(raw, COMPOSED)
        || (has(raw, JOKE) && !phrase(line, NO_JOKE))
        || result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asks_the_weather(text: &str) -> bool {
        let raw = text::words(text);
        let english = text::words(&crate::glossary::with_english(text));
        !about_the_shop(&english) && weather(&raw.join(" "), &raw, &|| &english)
    }

    fn asks_for_something_else(text: &str) -> bool {
        let raw = text::words(text);
        let english = text::words(&crate::glossary::with_english(text));
        !about_the_shop(&english) && something_else(&raw.join(" "), &raw, &|| &english)
    }

    #[test]
    fn the_time_of_day_itself_is_no_shop_question() {
        for line in [
            "what time is it in london right now",
            "whats the time now in new york",
            "quelle heure est-il à Paris ?",
            "wie spät ist es in Berlin",
        ] {
            assert!(about_the_world(line), "{line}");
        }
        for line in [
            "what time do you open on saturday",
            "what time does the courier come",
            "is it too late to change my order",
        ] {
            assert!(!about_the_world(line), "{line}");
        }
    }

    #[test]
    fn schoolwork_poems_jokes_and_results_are_no_shop_questions() {
        for line in [
            "can you help me with my maths homework, what's 15% of 240",
            "me ayudas con los deberes de música?",
            "kannst du mir bei den Hausaufgaben helfen",
            "pomożesz mi z pracą domową z fizyki?",
            "tu peux m'aider à écrire une lettre de motivation",
            "write me a poem about chairs lol",
            "can you write lyrics for my band",
            "¿Me cuentas un chiste?",
            "erzähl mir einen Witz",
            "who won the game last night",
            "did the Rovers win yesterday?",
            "l'OL a gagné hier soir ?",
            "kuka voitti eilen pelin?",
            "wer wird heuer Meister?",
        ] {
            assert!(asks_for_something_else(line), "{line}");
        }
        for line in [
            "this is a joke, my order is two weeks late",
            "das ist ein Witz, wo bleibt mein Paket",
            "do you sell homework planners?",
            "can you write me a letter confirming the warranty",
            "I won a voucher in your giveaway, how do I use it",
            "how do I play this game",
            "the game I ordered is missing a piece",
            "what's the price of the puzzle with the poem on the box",
        ] {
            assert!(!asks_for_something_else(line), "{line}");
        }
    }

    #[test]
    fn the_forecast_is_no_shop_question() {
        for line in [
            "what's the weather like in Graz?",
            "weather in Tallinn tomorrow",
            "is it going to rain in Ghent this weekend",
            "wird es morgen in Linz regnen?",
            "quel temps fait-il à Namur ?",
            "¿qué tiempo hace hoy en Bilbao?",
            "che tempo farà sabato a Bari",
            "hoe wordt het weer in Gent",
            "jaka będzie pogoda w Gdańsku?",
            "pogoda na jutro w Łodzi",
            "aké bude počasie v Košiciach",
            "kakvo će biti vrijeme u Zadru",
            "hur blir vädret i Malmö",
            "millainen sää on Oulussa huomenna",
            "cum va fi vremea la Iași?",
        ] {
            assert!(asks_the_weather(line), "{line}");
        }
        for line in [
            "will the snow delay my delivery to Graz?",
            "the parcel was left outside in the rain",
            "is the Tundra jacket fine in wet weather?",
            "I need a rain jacket for the weekend",
            "snow chains for saturday's trip, which size?",
            "the machine came in freezing weather, can I switch it on straight away?",
            "does the weather in Scotland hold up shipping tomorrow?",
            "what's the best tent for windy weather",
            "hoeveel tijd heb ik om weer te retourneren",
            "quanto tempo demora a entrega?",
            "où est votre magasin à Lyon ?",
            "are you open tomorrow",
        ] {
            assert!(!asks_the_weather(line), "{line}");
        }
    }
}
