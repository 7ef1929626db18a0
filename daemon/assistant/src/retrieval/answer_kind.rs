//! What kind of answer a question asks for ("how much" -> a price), and
//! whether a sentence gives it.

use crate::text;

mod contact;
use contact::{address, channel, gives_a_street, phone_number};

/// The kind of answer a question asks for: "how much" wants a price, "how
/// long" or "when" a time. A sentence of that kind is preferred when
/// quoting an article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AnswerKind {
    Price,
    Time,
    /// "What time …", "until when …": a clock time, not a number of days.
    Clock,
    /// "How many points per euro", "how long can the message be": a
    /// number.
    Count,
    /// "What's your phone number", "who do I contact about …": a phone
    /// number or an e-mail address.
    Channel,
    /// "Where is your shop?", "dónde está la tienda": a street address.
    Address,
    /// "How do I …", "how can I …", "how to …": steps.
    HowTo,
    #[default]
    Any,
}

impl AnswerKind {
    pub fn of(text: &str) -> Self {
        let w = text::words(text);
        let pair = |a: &str, b: &str| w.windows(2).any(|p| p[0] == a && p[1] == b);
        let any = |set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
        // "How many days", "ile dni", "hoeveel dagen": a time, though the
        // same words ask "how much" elsewhere.
        let how_many = pair("how", "many")
            || any(&[
                "ile",
                "hoeveel",
                "quanti",
                "quante",
                "quantos",
                "quantas",
                "cuántos",
                "cuántas",
                "combien",
                "wie",
                "hvor",
                "hur",
                "kolik",
                "hány",
                "скільки",
                "сколько",
                // Catalan
                "quants",
                "quantes",
            ]);
        // "How long can the message be": a length, not a time.
        let length = pair("how", "long") && w.last().is_some_and(|x| x == "be");
        // "How long" and "by when" in other languages, and the words for
        // a deadline ("prazo", "Frist", "délai", "return window"): a time,
        // though "quanto" alone asks a price.
        let how_long = [
            ("wie", "lange"),
            ("hoe", "lang"),
            ("quanto", "tempo"),
            ("cuánto", "tiempo"),
            ("cuanto", "tiempo"),
            ("combien", "temps"),
            ("jak", "długo"),
            ("hur", "länge"),
            ("hvor", "lang"),
            ("hvor", "længe"),
            ("hvor", "lenge"),
            ("jak", "dlouho"),
            ("ako", "dlho"),
            ("kuinka", "kauan"),
            ("hur", "lång"),
            ("kako", "dolgo"),
            ("kako", "dugo"),
            ("kiek", "laiko"),
            ("cik", "ilgi"),
            ("kui", "kaua"),
            ("колко", "време"),
            ("πόσο", "καιρό"),
            ("πόσες", "μέρες"),
            ("cât", "timp"),
            ("скільки", "часу"),
            ("як", "довго"),
            ("сколько", "времени"),
            ("как", "долго"),
            ("quant", "temps"),
        ]
        .iter()
        .any(|(a, b)| pair(a, b))
            // "¿Cuánto tarda?", "quanto demora?", "wie lange dauert": the
            // verb for taking time says it, whatever asks.
            || any(&[
                "tarda", "tardan", "tardará", "demora", "demoram", "dauert", "durează", "триває",
                "займає", "займе", "длится", "занимает", "займет", "займёт",
                // Catalan
                "triga", "trigarà", "triguen", "trigaran",
            ]);
        let deadline = any(&[
            "deadline",
            "window",
            "prazo",
            "plazo",
            "délai",
            "delai",
            "termine",
            "frist",
            "termijn",
            "termín",
            "lhůta",
            "lhůtu",
            "határidő",
            "termin",
            "terminie",
            "термін",
            "терміни",
            "строк",
            "срок",
            "сроки",
            "termini",
        ]);
        // "О котрій відкриваєтесь?", "во сколько закрываетесь?": a clock
        // time in Ukrainian and Russian.
        if pair("what", "time")
            || pair("until", "when")
            || pair("till", "when")
            || pair("о", "котрій")
            || pair("до", "котрої")
            || pair("во", "сколько")
            || pair("до", "скольки")
            // "A quina hora obriu?", "fins a quina hora?" (Catalan)
            || pair("quina", "hora")
            // "A che ora chiudete?", "v kolik zavíráte?": the glossary's
            // "at what hour" pairs.
            || crate::glossary::AT_WHAT_HOUR.iter().any(|(a, b)| pair(a, b))
        {
            AnswerKind::Clock
        } else if how_long || deadline || (how_many && any(TIME_UNITS)) {
            AnswerKind::Time
        } else if length {
            AnswerKind::Count
        } else if pair("how", "much")
            || any(&[
                "cost",
                "costs",
                "price",
                "prices",
                "fee",
                "fees",
                "expensive",
                "cheap",
                "kostet",
                "cuesta",
                "cuánto",
                "coûte",
                "costa",
                "quanto",
                "kost",
                "custa",
                "kosztuje",
                "prix",
                "preis",
                "precio",
                "prezzo",
                "prijs",
                "коштує",
                "коштують",
                "коштуватиме",
                "вартість",
                "ціна",
                "ціну",
                "стоит",
                "стоят",
                "стоимость",
                "цена",
                "цену",
                // Catalan ("quant costa", "quin preu té")
                "quant",
                "preu",
            ])
            // "Kolik stojí pánev?", "vad kostar", "mennyibe kerül": the
            // verb for costing in any language the glossary reads.
            || w.iter().any(|x| crate::glossary::english(x) == Some("cost"))
        {
            AnswerKind::Price
        } else if pair("how", "long")
            || pair("how", "fast")
            || pair("how", "soon")
            || pair("how", "quickly")
            // "How often do I change the mask?": every so many months.
            || pair("how", "often")
            || pair("how", "frequently")
            || pair("by", "when")
            || any(&[
                "when",
                "wann",
                "cuándo",
                "quand",
                "quando",
                "wanneer",
                "kiedy",
                "коли",
                "когда",
                "quan",
            ])
        {
            AnswerKind::Time
        } else if address(&w) {
            AnswerKind::Address
        } else if channel(&w) {
            AnswerKind::Channel
        } else if how_many || pair("what", "percentage") || pair("how", "old") {
            AnswerKind::Count
        } else if (w.first().is_some_and(|x| x == "how")
            && w.get(1)
                .is_some_and(|x| matches!(x.as_str(), "do" | "can" | "to" | "should")))
            // A how-to after a remark: "bit sad it's sold out, how do I get
            // a restock alert?"
            || w.windows(3).any(|x| {
                x[0] == "how" && matches!(x[1].as_str(), "do" | "can") && x[2] == "i"
            })
        {
            AnswerKind::HowTo
        } else {
            AnswerKind::Any
        }
    }

    /// Does `sentence` give this kind of answer?
    pub fn answered_by(self, sentence: &str) -> bool {
        let has_digit = sentence.chars().any(|c| c.is_ascii_digit());
        match self {
            AnswerKind::Price => {
                sentence.contains(['€', '$', '£', '¥', '₺', '₴', '₽', '₹'])
                    || (has_digit
                        && text::words(sentence)
                            .iter()
                            .any(|x| CURRENCIES.contains(&x.as_str())))
                    || text::words(sentence).iter().any(|x| x == "free")
            }
            AnswerKind::Time => {
                has_digit
                    && text::words(sentence).iter().any(|x| {
                        let x = x.as_str();
                        x.starts_with("day")
                            || x.starts_with("hour")
                            || x.starts_with("week")
                            || x.starts_with("minute")
                            || x.starts_with("month")
                    })
                    || clock_time(sentence)
                    || text::words(sentence)
                        .iter()
                        .any(|x| matches!(x.as_str(), "same" | "next" | "tomorrow" | "today"))
            }
            AnswerKind::Clock => clock_time(sentence),
            AnswerKind::Count => has_digit,
            AnswerKind::Channel => sentence.contains('@') || phone_number(sentence),
            AnswerKind::Address => has_digit && gives_a_street(sentence),
            AnswerKind::HowTo | AnswerKind::Any => true,
        }
    }
}

/// Currencies written as words or codes after or before an amount
/// ("16,99 zł", "CHF 12", "249 kr", "1 500 Ft").
const CURRENCIES: &[&str] = &[
    "eur", "euro", "euros", "usd", "gbp", "chf", "zł", "zl", "pln", "kr", "sek", "nok", "dkk",
    "kč", "czk", "huf", "ft", "ron", "lei", "leu", "bgn", "лв", "try", "tl", "uah", "грн", "rub",
    "руб", "isk", "rsd", "din", "kn", "hrk", "cad", "aud", "nzd", "jpy", "yen", "inr", "zar",
];

/// A clock time ("14:00"; the splitter drops the colon, so it is looked
/// for in the sentence itself).
fn clock_time(sentence: &str) -> bool {
    sentence
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
}

/// Units of time in the glossary's commoner languages, for "how many days".
const TIME_UNITS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "hours",
    "dni",
    "dnia",
    "tygodni",
    "dagen",
    "weken",
    "dage",
    "dagar",
    "dager",
    "uger",
    "veckor",
    "días",
    "dias",
    "semanas",
    "jours",
    "semaines",
    "giorni",
    "settimane",
    "tage",
    "tagen",
    "wochen",
    "monate",
    "mois",
    "meses",
    "mesi",
    "maanden",
    "dnů",
    "dní",
    "napig",
    "napot",
    "днів",
    "дні",
    "дня",
    "дней",
    "тижнів",
    "тижні",
    "недель",
    "недели",
    "годин",
    "часов",
    // Catalan
    "dies",
    "setmanes",
    "mesos",
    "hores",
];

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn kinds_of_answer() {
        for (q, kind) in [
            ("how many days do i have to return it", AnswerKind::Time),
            ("how often do I change the nebulizer mask", AnswerKind::Time),
            ("ile dni mam na zwrot?", AnswerKind::Time),
            ("hoeveel dagen heb ik", AnswerKind::Time),
            ("quanto tempo ho per fare un reso", AnswerKind::Time),
            ("qual é o prazo para trocar de tamanho?", AnswerKind::Time),
            ("y cuánto tarda?", AnswerKind::Time),
            ("hur lång tid tar leveransen till sverige", AnswerKind::Time),
            ("kako dolgo traja dostava v slovenijo", AnswerKind::Time),
            ("скільки часу займає доставка?", AnswerKind::Time),
            ("як довго йде посилка", AnswerKind::Time),
            // Catalan
            ("quant temps tinc per tornar-ho?", AnswerKind::Time),
            ("quants dies triga l'enviament a girona", AnswerKind::Time),
            ("quan arribarà la comanda?", AnswerKind::Time),
            ("quin és el termini de devolució", AnswerKind::Time),
            ("a quina hora obriu dissabte?", AnswerKind::Clock),
            ("quant costa l'enviament a andorra?", AnswerKind::Price),
            ("quin preu té la funda?", AnswerKind::Price),
            // The verb for costing, read by the glossary.
            ("kolik stojí pánev 24 cm?", AnswerKind::Price),
            ("vad kostar frakten?", AnswerKind::Price),
            ("mennyibe kerül a tanfolyam?", AnswerKind::Price),
            ("koliko košta dostava?", AnswerKind::Price),
            ("cât costă livrarea?", AnswerKind::Price),
            ("kiek kainuoja pristatymas?", AnswerKind::Price),
            (
                "jaki jest numer do biura obsługi klienta",
                AnswerKind::Channel,
            ),
            (
                "qual è il numero del servizio clienti?",
                AnswerKind::Channel,
            ),
            (
                "cual es el email de atencion al cliente?",
                AnswerKind::Channel,
            ),
            (
                "Wie lautet eure E-Mail-Adresse für den Kundenservice?",
                AnswerKind::Channel,
            ),
            ("what's my customer number", AnswerKind::Any),
            ("where is your shop", AnswerKind::Address),
            ("hi, where is the store in madrid?", AnswerKind::Address),
            ("what's the address of your showroom", AnswerKind::Address),
            ("gdzie jest wasz sklep?", AnswerKind::Address),
            ("wo ist euer Laden", AnswerKind::Address),
            ("where are you located", AnswerKind::Address),
            ("where is my order", AnswerKind::Any),
            ("where can I see my store credit", AnswerKind::Any),
            (
                "can i return it to the store where i bought it",
                AnswerKind::Any,
            ),
            ("скільки днів на повернення?", AnswerKind::Time),
            ("коли прийде моє замовлення", AnswerKind::Time),
            ("сколько времени идёт доставка", AnswerKind::Time),
            ("как долго ждать возврат денег", AnswerKind::Time),
            ("когда придёт мой заказ?", AnswerKind::Time),
            ("скільки коштує доставка в Польщу?", AnswerKind::Price),
            ("сколько стоит доставка?", AnswerKind::Price),
            ("о котрій ви відкриваєтесь?", AnswerKind::Clock),
            ("во сколько закрывается магазин?", AnswerKind::Clock),
            ("який номер телефону служби підтримки?", AnswerKind::Channel),
            (
                "какой номер телефона службы поддержки?",
                AnswerKind::Channel,
            ),
            ("як змінити мій номер телефону", AnswerKind::Any),
            ("cuánto cuesta el envío?", AnswerKind::Price),
            ("quanto costa la spedizione?", AnswerKind::Price),
            ("ile kosztuje wysyłka?", AnswerKind::Price),
            ("how many points do i get per euro", AnswerKind::Count),
            (
                "can i add a gift message? how long can it be",
                AnswerKind::Count,
            ),
            (
                "whats your customer service phone number",
                AnswerKind::Channel,
            ),
            (
                "what's the number to call if i want to talk to someone later?",
                AnswerKind::Channel,
            ),
            ("email address for support?", AnswerKind::Channel),
            ("customer service email?", AnswerKind::Channel),
            (
                "who do i contact about stocking your products",
                AnswerKind::Channel,
            ),
            ("how do i change my email address", AnswerKind::HowTo),
            (
                "bit sad it's sold out, how do i get a restock alert?",
                AnswerKind::HowTo,
            ),
            (
                "can i change my phone number on my account",
                AnswerKind::Any,
            ),
            ("what time does your phone line close", AnswerKind::Clock),
        ] {
            assert_eq!(AnswerKind::of(q), kind, "{q}");
        }
    }

    #[test]
    fn phone_numbers_and_addresses_answer_a_channel_question() {
        assert!(AnswerKind::Channel.answered_by("Call us on +45 33 14 27 60."));
        assert!(AnswerKind::Channel.answered_by("Write to partners@shop.example."));
        assert!(!AnswerKind::Channel.answered_by("We call you back within 1 working day."));
        assert!(!AnswerKind::Channel.answered_by("Orders over €1,000,000 are rare."));
        // "Constitution Day on 5 June" is a date, not the time a line closes.
        assert!(!AnswerKind::Clock.answered_by("Closed on Constitution Day, 5 June."));
        assert!(AnswerKind::Clock.answered_by("Phone: Monday–Friday 09:00–16:00"));
        assert!(AnswerKind::Price.answered_by("DPD courier: price 16,99 zł, 1-2 working days."));
        assert!(AnswerKind::Price.answered_by("Express costs 249 kr."));
        assert!(!AnswerKind::Price.answered_by("DPD courier: 1-2 working days."));
        assert!(AnswerKind::Address.answered_by("Józefińska 14, ul. Kraków"));
        assert!(AnswerKind::Address.answered_by("Visit us at Calle Mayor 12, Madrid."));
        assert!(AnswerKind::Address.answered_by("Our showroom: Hauptstraße 5, Berlin."));
        assert!(!AnswerKind::Address.answered_by("Returns are free within 30 days."));
    }
}
