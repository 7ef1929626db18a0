//! Money on what is not an order's goods: a subscription the customer
//! paused and was charged for anyway, a gift card paid for that never
//! came, and a pay-later provider asking for money for a return. Each
//! is staff's to put right, as money taken on an order is (`money`).

use super::super::question::names_a_condition;
use super::super::signals::asks_how_cases_go;
use super::money_taken;

/// "Mon abonnement est en pause et j'ai quand même été débitée", "mijn
/// leesdoos staat op pauze en toch is er deze maand betaald", "ni drog
/// pengar fast prenumerationen är pausad": money taken for a subscription
/// the customer paused. Like a charge after cancelling, only staff can
/// see it and give it back; "if I pause, am I charged?" asks how it goes.
pub(in crate::policy) fn charged_while_paused(words: &[String], english: &[String]) -> bool {
    const PAUSED: &[&str] = &[
        "paused",
        "pausad",
        "pausat",
        "pausado",
        "pausada",
        "pausa",
        "pause",
        "pauze",
        "pausiert",
        "pauza",
        "pauzie",
        "pauzi",
        "pauzu",
        "pozastaven",
        "pozastavené",
        "pozastaveno",
        "szüneteltettem",
        "szünetel",
    ];
    let paused = words.iter().any(|x| PAUSED.contains(&x.as_str()))
        || english.iter().any(|x| x == "pause" || x == "paused");
    let taken = money_taken(words, english)
        || english.iter().any(|x| x == "paid")
        || words.iter().any(|x| x == "drog");
    paused && taken && !asks_how_cases_go(words) && !names_a_condition(words)
}

/// "The gift card I bought for my mum never reached her", "presentkortet
/// jag köpte kom aldrig fram", "подарочная карта так и не пришла": a gift
/// card paid for that never came. The help pages' steps (the spam
/// folder, sending it again) are for one that is late; one that never
/// came is for staff to trace and send again, or refund. "When does the
/// gift card arrive?" asks how it goes.
pub(in crate::policy) fn gift_card_never_came(words: &[String], english: &[String]) -> bool {
    const NEVER: &[&str] = &[
        "never",
        "aldrig",
        "aldri",
        "nikdy",
        "nigdy",
        "jamais",
        "nunca",
        "mai",
        "nooit",
        "soha",
        "niciodată",
        "никогда",
        "ніколи",
        "nikada",
        "nikoli",
        "niemals",
    ];
    const ARRIVED: &[&str] = &[
        "arrived", "arrive", "came", "come", "reached", "received", "receive", "got", "kom",
    ];
    // Arrived, with its negation fused: Czech and Slovak "nedorazil(a)",
    // "nepřišel", "neprišla".
    const NOT_ARRIVED: &[&str] = &[
        "nedorazil",
        "nedorazila",
        "nedorazilo",
        "nepřišel",
        "nepřišla",
        "nepřišlo",
        "neprišiel",
        "neprišla",
        "neprišlo",
    ];
    // The glossary's "gift card", "voucher gift card" split into words.
    let gift = english.iter().any(|x| x == "gift");
    let arrived = |x: &String| ARRIVED.contains(&x.as_str());
    // Never, not a plain "didn't arrive" (which the help pages answer):
    // Russian and Ukrainian say it "так и не" / "так і не".
    let so_never = words
        .windows(3)
        .any(|p| p[0] == "так" && matches!(p[1].as_str(), "и" | "і") && p[2] == "не");
    let never_came = words.iter().any(|x| NOT_ARRIVED.contains(&x.as_str()))
        || ((words.iter().any(|x| NEVER.contains(&x.as_str())) || so_never)
            && english.iter().any(arrived));
    gift && never_came && !asks_how_cases_go(words) && !names_a_condition(words)
}

/// "Klarna keeps asking me to pay for an order I returned", "Klarna mahnt
/// mich, obwohl ich zurückgeschickt hab", "Inbank keeps sending me payment
/// reminders for an order I returned": the payment provider disagrees
/// with the shop about a return. Only staff can tell the provider the
/// return arrived. Asked how it goes ("what if Klarna asks me to pay
/// before my return arrives?") it is the help pages'.
pub(in crate::policy) fn provider_dunning_a_return(words: &[String], english: &[String]) -> bool {
    const PROVIDER: &[&str] = &[
        "klarna", "afterpay", "clearpay", "riverty", "inbank", "paypo", "twisto", "scalapay",
        "alma", "payu", "zip",
    ];
    const DEMAND: &[&str] = &[
        "pay",
        "payment",
        "reminder",
        "reminders",
        "mahnt",
        "mahnung",
        "zahlungserinnerung",
        "rappel",
        "relance",
        "recordatorio",
        "sollecito",
        "herinnering",
        "herinneringen",
        "przypomnienie",
        "przypomnienia",
        "upomínka",
        "upomínky",
        "påminnelse",
        "påmindelse",
        "muistutus",
        "emlékeztető",
        "reamintire",
        "skolinga",
        // To pay, where the glossary has no "pay" for the form.
        "pague",
        "pagar",
        "zahlen",
        "betalen",
        "zapłacić",
        "zaplatit",
        "betala",
        "betale",
    ];
    if !words.iter().any(|x| PROVIDER.contains(&x.as_str())) {
        return false;
    }
    let demand = english.iter().any(|x| DEMAND.contains(&x.as_str()));
    let returned = english
        .iter()
        .any(|x| matches!(x.as_str(), "returned" | "return" | "zurückgeschickt"))
        || words
            .iter()
            .any(|x| x.starts_with("teruggestuurd") || x.starts_with("grąžin"));
    // "Do I still need to pay the invoice?": what the customer must do,
    // which the help pages say.
    let line = words.join(" ");
    let own_duty = [
        "do i ",
        "should i ",
        "must i ",
        "muss ich",
        "soll ich",
        "dois-je",
        "je dois",
        "tengo que",
        "debo ",
        "devo ",
        "moet ik",
        "czy muszę",
        "musím",
    ]
    .iter()
    .any(|p| line.contains(p));
    demand && returned && !own_duty && !asks_how_cases_go(words)
}
