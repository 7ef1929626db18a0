//! Questions about the world rather than the shop: the time of day, the
//! weather. No help page or product answers them, however many pages name
//! the city (a store's address), a clock time or the season, and however
//! many products are named for the place ("Gin Lumière de Lyon" for the
//! weather in Lyon). The assistant says it does not know.

use crate::text;

/// "What time is it in London right now?", "quelle heure est-il ?": the
/// time of day itself, which no help page is about, however many pages
/// give a clock time for something.
pub fn asks_the_time_now(text: &str) -> bool {
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
    text::has_phrase(text, PHRASES)
}

/// "What's the weather like in Vienna?", "wird es morgen regnen?", "jaka
/// będzie jutro pogoda?": the forecast, asked of a place or a day. A line
/// about the shop's own matters that names the weather is not one ("will
/// the snow delay my delivery", "the parcel was left in the rain", "is the
/// jacket fine in wet weather": no day, no forecast asked).
pub fn asks_the_weather(text: &str) -> bool {
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
    const WHEN: &[&str] = &[
        "tomorrow",
        "today",
        "tonight",
        "weekend",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    // The shop's own matters: a delivery the weather may hold up is a
    // question about the delivery.
    const SHOP: &[&str] = &[
        "order", "deliver", "ship", "parcel", "package", "courier", "dispatch", "arriv", "post",
    ];
    let words = text::words(&crate::glossary::with_english(text));
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if words.iter().any(|w| SHOP.iter().any(|s| w.starts_with(s))) {
        return false;
    }
    text::has_phrase(text, FORECAST) || ((has(WEATHER) || has(FALLS)) && has(WHEN))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_of_day_itself_is_no_shop_question() {
        for line in [
            "what time is it in london right now",
            "whats the time now in new york",
            "quelle heure est-il à Paris ?",
            "wie spät ist es in Berlin",
        ] {
            assert!(asks_the_time_now(line), "{line}");
        }
        for line in [
            "what time do you open on saturday",
            "what time does the courier come",
            "is it too late to change my order",
        ] {
            assert!(!asks_the_time_now(line), "{line}");
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
