//! Requests, in another language, to change one's own order: a size or
//! an address changed, an item added, swapped or taken out, a booking
//! moved, a parcel sent again. Only staff can touch an order once placed.

use crate::glossary::MY;

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
        "cambiatelo",
        "cambiatela",
        "cambialo",
        "cambiala",
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
        "змініть",
        "змінити",
        "поміняйте",
        "измените",
        "поменяйте",
        "изменить",
        // Moving a booking, switching how it is delivered.
        "spostare",
        "spostate",
        "verschieben",
        "umstellen",
        "umbuchen",
        "déplacer",
        "déplacez",
        "mover",
        "przesunąć",
        "przełożyć",
        "ændre",
        "endre",
        "ändra",
    ];
    // A rental booked is an order too ("la mia prenotazione del noleggio").
    // A booking or an appointment moved is the shop's calendar.
    const ORDER: &[&str] = &[
        "order",
        "size",
        "address",
        "delivery",
        "deliver",
        "parcel",
        "item",
        "rental",
        "booking",
        "appointment",
        "reservation",
    ];
    let asks = w
        .iter()
        .any(|x| CHANGE.contains(&x.as_str()) || STEMS.iter().any(|s| x.starts_with(s)));
    let own = w.iter().any(|x| crate::orders::number_like(x))
        || w.iter().any(|x| MY.contains(&x.as_str()));
    // An order's number ("PW-1-48333", "118802") is the order named.
    // Something moved from one day to another ("flytte min synsprøve fra
    // torsdag til lørdag") is a booking.
    let moved_to_a_day = w.iter().any(|x| MOVE.iter().any(|m| x.starts_with(m)))
        && english
            .iter()
            .any(|x| crate::text::WEEKDAYS.contains(&x.as_str()) || x == "tomorrow");
    let about_order = english.iter().any(|x| ORDER.contains(&x.as_str()))
        || w.iter()
            .any(|x| x.chars().filter(char::is_ascii_digit).count() >= 5)
        || moved_to_a_day;
    let account = english
        .iter()
        .any(|x| matches!(x.as_str(), "password" | "account" | "email" | "login"));
    // A parcel sent again is the customer's own without a "my".
    ((asks && own) || sends_again(w)) && about_order && !account
}

/// Verbs asking to add, swap, move or take out, in the languages the
/// exact list above lacks, as the beginnings of their request forms
/// (imperative, infinitive, conditional): "dodajcie 2 krzesła do
/// DD-2025-04870", "palun lisage tellimusele NP-884270 veel kaks",
/// "schimbați-mi jantele din comanda 7741177", "prestavite mojo
/// rezervacijo".
const STEMS: &[&str] = &[
    // Add
    "dodajcie",
    "dodać",
    "dodac",
    "додайте",
    "додати",
    "добавьте",
    "добавить",
    "добавете",
    "aggiungete",
    "aggiungere",
    "añadid",
    "añadir",
    "añadan",
    "agregar",
    "agreguen",
    "hinzufüg",
    "toevoegen",
    "adicionar",
    "adicionem",
    "acrescent",
    "ajouter",
    "ajoutez",
    "přidat",
    "přidejte",
    "pridať",
    "pridajte",
    "dodate",
    "dodajte",
    "dodati",
    "lisage",
    "lisada",
    "pievienot",
    "pievienojiet",
    "pridėti",
    "pridėkite",
    "pridekite",
    "hozzáad",
    "adăugați",
    "adaugati",
    "adăuga",
    "adauga",
    "tilføj",
    "lisätä",
    "lisätkää",
    "lägg",
    "legg",
    "dazupack",
    "dazuleg",
    "dazubuch",
    // Swap, change, move
    "schimbați",
    "schimbati",
    // Greek, Turkish, Bulgarian and Latvian ("μπορείτε να αλλάξετε τη
    // διεύθυνση στην παραγγελία …;", "adresini değiştirebilir misiniz?",
    // "сменете адреса на поръчка …", "nomainiet piegādes adresi").
    "αλλάξ",
    "αλλαξ",
    "değiştir",
    "degistir",
    "сменете",
    "смените",
    "променете",
    "nomainiet",
    "samainiet",
    "mainiet",
    "apmainīt",
    "nomainīt",
    "pakeisti",
    "pakeiskite",
    "prebaci",
    "zamijeni",
    "promijeni",
    "zamenja",
    "spremeni",
    "změnit",
    "změňte",
    "vyměnit",
    "vyměňte",
    "přesunout",
    "přesuňte",
    "zmeniť",
    "zmeňte",
    "vymeniť",
    "vymeňte",
    "presunúť",
    "módosít",
    "kicserél",
    "cserél",
    "vaihtaa",
    "vaihtakaa",
    "muuttakaa",
    "muutke",
    "vahetage",
    "vahetada",
    "troquem",
    "alterem",
    "byta",
    "bytte",
    "flytta",
    "flytte",
    "prestavi",
    "tauscht",
    // Take out
    "eruit",
    "entfernen",
    "streichen",
    "usuńcie",
    "usunąć",
    "odstraňte",
    "odstráňte",
];

/// "How do I cancel the subscription?" / "can you just do it for me, the
/// page won't load", "please end my violin rental for me", "can you hold
/// OBJ-58279 for me until the 20th?", "kérlek mondjátok le helyettem a
/// Vorrat előfizetést": the customer asks the shop to do on their behalf
/// what they could not do themselves. Only staff can act on an order,
/// a booking or a subscription.
pub(super) fn do_it_for_me(w: &[String], english: &[String]) -> bool {
    const DO_IT: &[&str] = &[
        "do it for me",
        "do that for me",
        "do this for me",
        "come and do it",
        "do it yourselves",
        "do it yourself",
    ];
    // What is done to an order, a booking or a subscription.
    const ACT: &[&str] = &[
        "cancel", "skip", "hold", "end", "chase", "pause", "stop", "extend", "change",
    ];
    // "For me" as "on my behalf", in the served languages.
    const FOR_ME: &[&str] = &[
        "for me",
        "helyettem",
        "za mě",
        "za mnie",
        "za mňa",
        "por mí",
        "à ma place",
        "per me",
        "voor mij",
        "für mich",
        "minun puolestani",
        "pour moi",
        "para mí",
        "para mim",
        "för mig",
        "for mig",
        "for meg",
    ];
    // "¿Podéis saltar mi caja? no encuentro el botón": the customer could
    // not do it, said instead of "for me".
    const COULD_NOT: &[&str] = &[
        "no encuentro",
        "je n'y arrive pas",
        "je ne trouve pas",
        "ik vind de knop niet",
        "ich finde den button nicht",
        "ich finde den knopf nicht",
        "non trovo",
        "não encontro",
        "hittar inte",
        "kan ikke finde",
        "finner ikke",
    ];
    let line = w.join(" ");
    let has = |set: &[&str]| crate::text::has_whole_phrase(&line, set);
    // Hungarian cancels with a separable "le": "mondjátok le", "lemondani".
    let hungarian_cancel = w.iter().any(|x| x.starts_with("lemond"))
        || (w.iter().any(|x| x == "le") && w.iter().any(|x| x.starts_with("mondj")));
    let acts = english.iter().any(|x| ACT.contains(&x.as_str())) || hungarian_cancel;
    let asks = w.iter().any(|x| {
        matches!(
            x.as_str(),
            "can"
                | "could"
                | "please"
                | "pls"
                | "would"
                | "kérlek"
                | "potete"
                | "prosím"
                | "proszę"
                // "you" asked in the shops' languages
                | "pouvez"
                | "pouvez-vous"
                | "pourriez-vous"
                | "podéis"
                | "podrían"
                | "podem"
                | "potreste"
                | "kunnen"
                | "könnt"
                | "könnten"
                | "kunne"
                | "kunde"
        )
    }) || w.first().is_some_and(|x| ACT.contains(&x.as_str()));
    // "Potete disdire voi il mio FeedPlan?": "you" doing it, in Italian.
    let you_do_it = w.windows(2).any(|p| {
        matches!(
            p[0].as_str(),
            "disdire" | "annullare" | "cancellare" | "sospendere"
        ) && p[1] == "voi"
    });
    let conditional = w.iter().any(|x| x == "if") || line.contains("in case");
    let could_not = crate::text::has_whole_phrase(&w.join(" "), COULD_NOT);
    !conditional && (has(DO_IT) || (acts && asks && (has(FOR_ME) || could_not)) || you_do_it)
}

/// The verbs to move a booking, as the beginnings of their forms.
const MOVE: &[&str] = &[
    "flytt",
    "spost",
    "verschieb",
    "verleg",
    "přesun",
    "presun",
    "prestav",
    "déplac",
    "décal",
    "mover",
    "muev",
    "przesu",
    "przełoż",
    "umbuch",
    "verzet",
    "verplaats",
    "pomakn",
    "premest",
    "siirt",
    "perkel",
    "pārcel",
    "nihuta",
    "áthelyez",
    "mută",
    "перенес",
    "перенест",
    "перемест",
];

/// "Paramı geri istiyorum", "iade istiyorum", "paramı iade edin": money
/// back demanded in Turkish, which the reader, with few Turkish lines,
/// does not hand over as it does "I want my money back" or "quiero un
/// reembolso". The refund or the money back right before "I want" (or
/// the money with an imperative to refund or give back); "iade etmek
/// istiyorum" (I want to send it back) asks how returns go, and a
/// question ("iade alabilir miyim?") is no demand.
pub(super) fn turkish_refund_demand(w: &[String], english: &[String]) -> bool {
    const WANT: &[&str] = &["istiyorum", "istiyoruz", "talep"];
    const REFUND: &[&str] = &["iade", "iadesi", "iademi", "iadesini", "geri"];
    const GIVE_BACK: &[&str] = &["edin", "ediniz", "verin", "veriniz", "edilsin", "yapın"];
    let is = |x: &String, set: &[&str]| set.contains(&x.as_str());
    let wanted = w.windows(2).any(|p| is(&p[0], REFUND) && is(&p[1], WANT));
    // The money named ("paramı", "ücretimi"), as the glossary reads it.
    let given_back = english.iter().any(|x| x == "money")
        && w.windows(2)
            .any(|p| matches!(p[0].as_str(), "iade" | "geri") && is(&p[1], GIVE_BACK));
    let asks = w.iter().any(|x| {
        matches!(
            x.as_str(),
            "mi" | "mı" | "mu" | "mü" | "miyim" | "mıyım" | "nasıl"
        )
    });
    (wanted || given_back) && !asks
}

/// "Skicka paketet igen", "pošaljite ga ponovno", "kunnen jullie het
/// opnieuw sturen?": a verb to send and a word for again (or "rather",
/// sent elsewhere: "küldjétek inkább GLS-sel haza").
fn sends_again(w: &[String]) -> bool {
    const SEND: &[&str] = &[
        "skicka",
        "sende",
        "send",
        "sturen",
        "versturen",
        "pošalj",
        "pošlj",
        "siųsk",
        "saatke",
        "nosūt",
        "küldj",
        "wyślij",
        "renvoy",
        "reenvi",
        "reenví",
        "rispedit",
        "надішл",
        "отправьт",
        "изпрат",
        "zašlete",
        "pošlite",
    ];
    // The shared words for again (`failed_again::AGAIN`), and the parts of
    // "once more" and "anew" a send takes ("še enkrat", "dar kartą", "de
    // nuevo", "di nuovo"), and "rather" (sent elsewhere).
    const ONCE_MORE: &[&str] = &[
        "nogmaals", "enkrat", "uuesti", "vēlreiz", "inkább", "kartą", "nuevo", "di", "nouveau",
        "ещё", "още",
    ];
    let send = w.iter().any(|x| SEND.iter().any(|s| x.starts_with(s)));
    send && w.iter().any(|x| {
        super::failed_again::AGAIN.contains(&x.as_str()) || ONCE_MORE.contains(&x.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::foreign_change_request;

    fn asks(line: &str) -> bool {
        let w = crate::text::words(line);
        let english = crate::text::words(&crate::glossary::with_english(line));
        foreign_change_request(&w, &english)
    }

    #[test]
    fn adding_swapping_moving_or_sending_again_in_more_languages() {
        for m in [
            "to dodajcie 2 krzesła zamek do DD-2025-04870",
            "тоді додайте наматрацник до DD-2025-04880",
            "ali lahko k naročilu PW-1-48333 dodate še eno vrečo sena?",
            "palun lisage tellimusele NP-884270 veel kaks boosterit",
            "puteți adăuga și prezoane la comanda 7741305?",
            "¿podéis añadir una cadena de plata al pedido OBJ 58229?",
            "schimbați-mi jantele din comanda 7741177 cu varianta neagră",
            "možete li mi zamijeniti hranu iz narudžbe PW-2-47905 za drugi okus?",
            "palun vahetage tellimuses 118790 üks piimasegu teise astme vastu",
            "ar galite pakeisti pristatymo adresą užsakyme 58268?",
            "doe dan in 10485 de agenda eruit aub",
            "skicka paketet igen, jag hann inte hämta det",
            "pošljite paket PW-1-47955 še enkrat, prosim",
            // A booking moved from one day to another.
            "kan i flytte min synsprøve fra torsdag til lørdag?",
            "potete spostare il mio appuntamento di sabato a martedì?",
        ] {
            assert!(asks(m), "{m}");
        }
    }

    fn for_me(line: &str) -> bool {
        let w = crate::text::words(line);
        let english = crate::text::words(&crate::glossary::with_english(line));
        super::do_it_for_me(&w, &english)
    }

    #[test]
    fn asked_to_do_it_on_the_customers_behalf() {
        for m in [
            "can you just do it for me, the page won't load on my phone",
            "please end my violin rental for me, i can't find the button anywhere",
            "grand, can you hold OBJ-58279 for me until the 20th of january?",
            "can someone chase GLS for me",
            "kérlek mondjátok le helyettem a Kávéklubot, nem tudok belépni",
            "potete disdire voi il mio FeedPlan? dal telefono non ci riesco",
        ] {
            assert!(for_me(m), "{m}");
        }
        for m in [
            "can you recommend a size for me?",
            "is the 30-day return good for me if I'm abroad?",
            "can i just do it online?",
            "can you hold some extra skeins for me in case I run short?",
            "could you check the stock for me",
        ] {
            assert!(!for_me(m), "{m}");
        }
    }

    #[test]
    fn the_rule_in_general_or_another_thing_changed_is_no_request() {
        for m in [
            // Whether orders can be changed at all: no order of one's own.
            "kan ik een bestelling nog wijzigen?",
            "ar galima pakeisti pristatymo būdą?",
            // The account's business.
            "prašau pakeisti mano slaptažodį",
            // Moving things on a Friday, no booking of one's own.
            "flytter I også møbler på fredag?",
            // Sending, with no again.
            "kada siųsite užsakymą 58268?",
        ] {
            assert!(!asks(m), "{m}");
        }
    }
}
