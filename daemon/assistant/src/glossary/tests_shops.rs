//! The glossary's shop and support words of later rounds: reaching the
//! shop, tailoring, return compounds, support gaps of the first languages
//! and their false friends, rentals and deposits, compounds and gear
//! names.

use super::*;

#[test]
fn reaching_the_shop_tailoring_and_dutch_return_compounds() {
    for (line, english) in [
        ("qual è il numero del servizio clienti?", "number"),
        ("qual è il numero del servizio clienti?", "service"),
        ("hoe lang is de retourtermijn", "return"),
        ("quanto costa l'orlo dei pantaloni", "hem"),
        ("combien coûte l'ourlet", "hem"),
        ("et c'est gratuit à partir de combien ?", "free"),
        ("muss ich anrufen, um etwas zurückzugeben?", "return"),
        ("musím volať kvôli vráteniu tovaru?", "return"),
    ] {
        assert!(with_english(line).contains(english), "{line}");
    }
}

/// Everyday support lines of the first sixteen languages whose words
/// only `support_more` reads: reaching the shop, the customer's data,
/// what is done to an order, money, parcels, toys and time.
#[test]
fn support_gaps_of_the_first_languages_gain_their_english() {
    let cases = [
        // Polish
        ("jaki jest numer do biura obsługi klienta", "customer"),
        ("w jakich godzinach działa infolinia", "hours"),
        ("w jakich godzinach działa infolinia", "phone"),
        ("jak usunąć moje dane osobowe", "delete"),
        ("jak usunąć moje dane osobowe", "personal data"),
        ("chcę wymienić puzzle na inne", "exchange"),
        ("czy dopasowujecie cenę", "price match"),
        ("czy mogę to zwrócić, jeśli zabawka przyszła zepsuta", "toy"),
        ("paczka nie dotarła, chyba się zgubiła", "arrived"),
        ("kurier się spóźnia", "late"),
        ("czy sklep jest czynny jutro", "tomorrow"),
        ("czy ta zabawka została wycofana ze sprzedaży", "recall"),
        ("jak długo trwa dostawa", "how long"),
        // German
        ("kann ich den Artikel umtauschen", "exchange"),
        ("bitte löschen Sie meine Daten gemäß DSGVO", "delete"),
        ("bitte löschen Sie meine Daten gemäß DSGVO", "gdpr"),
        (
            "wie melde ich mich vom Newsletter ab, abmelden geht nicht",
            "unsubscribe",
        ),
        ("mein Konto ist gesperrt", "locked"),
        ("ich möchte mein Geld zurück", "money back"),
        ("haben Sie am Feiertag geschlossen", "holiday"),
        ("haben Sie am Feiertag geschlossen", "closed"),
        ("gibt es eine Rückrufaktion für das Spielzeug", "recall"),
        ("das Paket ist noch nicht angekommen", "arrived"),
        // Spanish
        (
            "¿cuál es el horario de atención al cliente?",
            "customer service",
        ),
        ("¿abrís hoy?", "today"),
        ("quiero eliminar mis datos personales", "personal data"),
        ("¿igualáis el precio si es más barato?", "price match"),
        ("el paquete llegó con retraso", "late"),
        ("¿cuánto tiempo tarda?", "how long"),
        // French
        ("je veux supprimer mes données personnelles", "delete"),
        ("comment me désabonner de la newsletter", "unsubscribe"),
        ("la livraison est en retard", "late"),
        ("êtes-vous ouverts le lundi", "monday"),
        ("le jouet est déchiré", "torn"),
        // Italian
        ("siete aperti oggi", "today"),
        ("come posso disiscrivermi", "unsubscribe"),
        ("il mio pacco è perso", "lost"),
        ("il giocattolo è sicuro per un bambino di 3 anni", "toy"),
        // Dutch
        (
            "hoe kan ik me uitschrijven voor de nieuwsbrief",
            "newsletter",
        ),
        ("zijn jullie vandaag gesloten", "closed"),
        ("kan ik het omruilen voor een andere maat", "exchange"),
        ("ik wil mijn geld terug", "money back"),
        // Portuguese
        ("quero apagar os meus dados pessoais", "personal data"),
        ("a encomenda chegou atrasada", "late"),
        ("quanto tempo demora a entrega", "how long"),
        // Czech and Slovak
        ("chci smazat své údaje", "delete"),
        ("balík nedorazil, ztracený", "lost"),
        ("hračka přišla rozbitá", "arrived"),
        ("zásielka mešká", "late"),
        ("chcem zmazať svoje osobné údaje", "personal data"),
        // Hungarian
        ("szeretném törölni a személyes adataimat", "delete"),
        ("a csomag elveszett", "lost"),
        ("holnap nyitva vannak", "tomorrow"),
        // Romanian
        ("vreau să șterg datele personale", "delete"),
        ("coletul a întârziat", "late"),
        ("cât timp durează livrarea", "how long"),
        // Swedish, Danish, Norwegian
        ("jag vill radera mina personuppgifter", "personal data"),
        ("har ni öppet idag", "today"),
        ("jeg vil slette min konto", "delete"),
        ("pakken er forsinket", "late"),
        ("jeg vil avmelde nyhetsbrevet", "unsubscribe"),
        // Finnish
        ("oletteko auki tänään", "open"),
        ("paketti on myöhässä", "late"),
        ("lelu saapui rikki", "toy"),
        // Greek
        ("θέλω να διαγράψω τα προσωπικά μου δεδομένα", "delete"),
        ("είστε ανοιχτά σήμερα", "today"),
        ("το δέμα καθυστερεί", "late"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
}

/// Words of the first languages that look like support words and are
/// not: "batería baja" is a low battery, "instrukcja obsługi" a manual,
/// "ich finde" I find, "laat me weten" let me know, "il personale" the
/// staff, Czech "osobní odběr" collecting in person, Hungarian
/// "törölköző" a towel, Greek "αργίλιο" aluminium, "επαναφορτιζόμενη"
/// rechargeable.
#[test]
fn false_friends_of_the_gap_words_stay_unread() {
    for w in [
        "baja",
        "buono",
        "finde",
        "laat",
        "personale",
        "obsługi",
        "bok",
        "ritirato",
        "retirer",
        "osobní",
        "törölköző",
        "αργίλιο",
        "επαναφορτιζόμενη",
        "smažené",
        "dodají",
        "usund",
    ] {
        assert_eq!(english(w), None, "{w}");
    }
    // "Cambiar", "cambiare", "ändern" change an order: read as an
    // exchange, a possessive would make every order change a return.
    for w in ["cambiar", "cambiare", "modificar", "zmienić", "změnit"] {
        assert_eq!(english(w), Some("change"), "{w}");
    }
}

/// "Czy wysyłacie w poniedziałek", "posíláte v pátek": a weekday after
/// "w" or "v" is when, not where. Its English has two words, so
/// `places_in` does not take it for a destination.
#[test]
fn a_weekday_after_w_or_v_is_no_destination() {
    assert!(crate::retrieval::places_in("czy wysyłacie w poniedziałek").is_empty());
    assert!(crate::retrieval::places_in("posíláte v pátek").is_empty());
    assert!(with_english("czy wysyłacie w poniedziałek").contains("monday"));
    assert!(with_english("la spedizione è in ritardo").contains("late"));
    assert!(crate::retrieval::places_in("la spedizione è in ritardo").is_empty());
}

#[test]
fn renting_deposits_and_resoling_gain_their_english() {
    for (line, want) in [
        ("Kaution fürs Leihzelt?", "deposit"),
        ("klettersteigset leihen für 1 tag", "rent"),
        ("cauzione per gli sci a noleggio?", "rental"),
        (
            "¿Cuánto cuesta alquilar esquís de travesía una semana?",
            "rent",
        ),
        (
            "Ile kosztuje wypożyczenie nart skiturowych na dzień?",
            "rent",
        ),
        ("Quanto costa risuolare le scarpette?", "resole"),
    ] {
        let english = with_english(line);
        assert!(
            english.split_whitespace().any(|w| w == want),
            "{line}: {english}"
        );
    }
}

/// "Swap it for me" as shops' customers write it, in the forms the
/// exchange stems missed (an imperative, a conditional, "ň").
#[test]
fn asking_for_a_swap_reads_as_an_exchange() {
    for line in [
        "vymeňte mi v objednávke topánky za veľkosť 43",
        "a 03831-ben lévő egyik No. 7-et kicserélnétek Budai Cremára?",
        "schimbați-mi jantele din comanda 7741177 cu varianta neagră",
        "tauscht's mir bei KW-AT-304318 eine Beere gegen Schoko",
        "então troquem o anel da encomenda 58248 por um tamanho P",
    ] {
        let english = with_english(line);
        assert!(
            english.split_whitespace().any(|w| w == "exchange"),
            "{line}: {english}"
        );
    }
}

/// A compound whose last part is a glossary word reads as that part; an
/// English word's ending does not.
#[test]
fn a_compounds_last_part_gives_its_english() {
    assert!(with_english("Welche Gurtgröße bei 90 cm Hüfte?").contains("size"));
    assert!(with_english("Meine Clubpunkte sind weg").contains("points"));
    for w in [
        "manufacturer",
        "challenge",
        "scintillating",
        "programmer",
        "understanding",
    ] {
        assert_eq!(with_english(w), w, "{w}");
    }
}

/// Everyday lines about outdoor, sport and bike gear in several
/// languages: each gains the English noun help pages and products use,
/// a compound by its last part.
#[test]
fn gear_names_gain_their_english() {
    for (line, want) in [
        ("Ile kosztuje śpiwór?", "sleeping"),
        ("¿Tenéis cascos de bici?", "helmet"),
        ("¿Tenéis cascos de bici?", "bike"),
        ("Schlafsack für minus 10 Grad?", "sleeping"),
        ("Welcher Kinderklettergurt passt ab 6 Jahren?", "harness"),
        ("Wanderstöcke aus Carbon?", "poles"),
        ("Wie wechsle ich den Reifen am Fahrrad?", "tyre"),
        (
            "Quanto costa il noleggio degli sci e degli scarponi?",
            "boots",
        ),
        ("Avez-vous une lampe frontale ?", "headlamp"),
        ("hvor meget koster en sovepose", "sleeping"),
        ("Finns hjälmen i storlek M?", "helmet"),
        ("Chci reklamovat spacák, zip nefunguje", "sleeping"),
        ("Mennyibe kerül a hátizsák?", "backpack"),
        ("Koliko košta šator za 4 osobe?", "tent"),
        ("Kask rowerowy dla dziecka", "helmet"),
        ("Bisiklet kilidi var mı?", "lock"),
        ("Mi si è rotta la catena della bici", "chain"),
        ("Mijn fietsslot is kapot", "lock"),
        ("Har dere stegjern til fjellsko?", "crampons"),
        ("¿Cuánto cuesta alquilar un hornillo?", "stove"),
        ("Czy macie rękawice narciarskie?", "gloves"),
    ] {
        let english = with_english(line);
        assert!(
            english.split_whitespace().any(|w| w == want),
            "{line}: {english}"
        );
    }
    // Dutch "tent" is English already, and English words stay English.
    assert!(with_english("Wat kost het huren van een tent?").contains("tent"));
    for w in [
        "helmet",
        "scarp",
        "skid",
        "cascade",
        "cordage",
        "pneumatic",
        "crampon",
    ] {
        assert_eq!(english(w), None, "{w}");
    }
}

/// An optician's customers ask about glasses, lenses, frames and eye
/// tests in their own words; each reads as the English a lens page uses.
#[test]
fn an_opticians_words_gain_their_english() {
    for (line, en) in [
        (
            "¿cuánto cuestan unas gafas con lentes progresivas?",
            "varifocal",
        ),
        ("necesito lentillas mensuales", "contact lenses"),
        ("Was kostet ein Sehtest?", "eye test"),
        ("Sind Gleitsichtgläser entspiegelt?", "anti-reflective"),
        ("Ich brauche Kontaktlinsen", "contact lenses"),
        ("mein Brillengestell ist gebrochen", "frame"),
        (
            "combien coûtent des lunettes de vue avec verres antireflet",
            "coating",
        ),
        ("ma monture est rayée", "scratched"),
        ("quanto costano gli occhiali progressivi?", "glasses"),
        ("hoeveel kost een oogmeting", "eye test"),
        ("mijn montuur is kapot", "frame"),
        ("ik wil contactlenzen bestellen", "contact lenses"),
        ("quanto custam óculos com lentes progressivas", "glasses"),
        (
            "czy mogę zamówić okulary z soczewkami progresywnymi",
            "lenses",
        ),
        ("moje oprawki są porysowane", "scratched"),
        ("kan jeg booke en synsprøve", "eye test"),
        ("hvad koster kontaktlinser", "contact lenses"),
        ("vad kostar glasögon med progressiva glas", "glasses"),
        ("mitä piilolinssit maksavat", "contact lenses"),
        ("kolik stojí brýle s progresivními čočkami", "varifocal"),
        ("mennyibe kerül egy szemüveg", "glasses"),
        ("cât costă ochelarii de vedere", "glasses"),
        ("πόσο κοστίζουν τα γυαλιά", "glasses"),
        ("gözlük çerçevesi kırıldı", "frame"),
    ] {
        assert!(
            with_english(line).contains(en),
            "{line}: {}",
            with_english(line)
        );
    }
}

/// Words an optician's table must not take: getting in touch stays
/// contact, and Dutch "stel" (suppose) is no frame.
#[test]
fn an_opticians_words_leave_others_alone() {
    assert_eq!(english("kontakt"), Some("contact"));
    assert_eq!(english("kontaktieren"), english("kontakt"));
    for w in [
        "stel",
        "brilliant",
        "lentil",
        "ocular",
        "glassware",
        "progress",
    ] {
        assert_eq!(english(w), None, "{w}");
    }
}
