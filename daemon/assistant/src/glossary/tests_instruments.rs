//! The names of instruments and a music shop's services (`instruments`).

use super::*;

/// A music shop's customers ask about guitars, strings, amplifiers,
/// lessons, tuning and repair in their own words: each line gains the
/// English a music shop's help pages use, so retrieval finds the page.
#[test]
fn a_music_shops_words_gain_their_english() {
    let mut missing = Vec::new();
    for (line, en) in [
        (
            "¿Cuánto cuesta una guitarra eléctrica para principiantes?",
            "electric",
        ),
        (
            "¿Cuánto cuesta una guitarra eléctrica para principiantes?",
            "beginner",
        ),
        ("¿Tenéis amplificadores de segunda mano?", "amplifier"),
        ("necesito una funda para mi violín", "gig bag"),
        (
            "mi guitarra está desafinada y hace un zumbido",
            "out of tune",
        ),
        ("¿dais clases de piano?", "lessons"),
        ("Was kosten neue Saiten für meine Gitarre?", "strings"),
        ("Mein Verstärker brummt", "amp"),
        ("Bietet ihr Klavierstimmen an?", "piano tuning"),
        ("Gibt es Gitarrenunterricht für Anfänger?", "lessons"),
        (
            "Kann ich ein Schlagzeug im Mietkauf bekommen?",
            "rent-to-own",
        ),
        ("Der Tonabnehmer meiner E-Gitarre rauscht", "pickups"),
        ("Ich suche einen Kopfhörer und ein Stimmgerät", "headphones"),
        ("Combien coûte l'accordage d'un piano ?", "tuning"),
        ("je cherche une housse pour ma guitare", "gig bag"),
        (
            "vous faites des cours de violon pour débutants ?",
            "beginner",
        ),
        ("mon ampli grésille", "buzzing"),
        ("Quanto costa una chitarra acustica?", "guitar"),
        ("avete corsi di batteria? cerco un insegnante", "teacher"),
        ("il mio violino è scordato", "out of tune"),
        ("vendete spartiti per pianoforte?", "sheet music"),
        ("Hoeveel kost een gitaar met versterker?", "amplifier"),
        ("Ik wil mijn oude gitaar inruilen", "trade-in"),
        (
            "Geven jullie lessen voor beginners? Mijn leraar is ziek",
            "teacher",
        ),
        ("Quanto custa um violão para iniciantes?", "acoustic guitar"),
        ("vocês têm aulas de guitarra?", "lessons"),
        ("Ile kosztują struny do gitary?", "strings"),
        ("Czy macie wzmacniacz do gitary basowej?", "amplifier"),
        ("szukam nauczyciela gry na skrzypcach", "violin"),
        ("moja gitara jest rozstrojona", "out of tune"),
        ("Hvad koster nye strenge til min guitar?", "strings"),
        ("Har I høretelefoner og højttalere?", "speaker"),
        ("Tilbyr dere undervisning for nybegynnere?", "beginner"),
        ("Vad kostar en elgitarr med förstärkare?", "electric guitar"),
        ("Säljer ni begagnade trummor?", "drums"),
        ("Paljonko kitaran vahvistin maksaa?", "guitar"),
        ("Paljonko kitaran vahvistin maksaa?", "amplifier"),
        ("Onko teillä viulu aloittelijalle?", "beginner"),
        ("Kolik stojí struny na kytaru?", "strings"),
        ("Nabízíte ladění klavíru?", "tuning"),
        ("Máte sluchátka a reproduktory?", "speaker"),
        ("Mennyibe kerül egy gitár és egy erősítő?", "amplifier"),
        ("Van zongora hangolás?", "tuning"),
        ("Cât costă o chitară pentru începători?", "beginner"),
        ("Aveți lecții de pian?", "lessons"),
        ("Πόσο κοστίζει μια ηλεκτρική κιθάρα;", "electric"),
        ("Κάνετε μαθήματα πιάνου για αρχάριους;", "lessons"),
        ("θέλω ακουστικά και ενισχυτή", "headphones"),
        ("Gitar dersi veriyor musunuz?", "lessons"),
        ("Bu kulaklık ne kadar?", "headphones"),
        ("Piyano akort ücreti ne kadar?", "tuning"),
        ("Kemanım akortsuz", "out of tune"),
    ] {
        if !with_english(line).contains(en) {
            missing.push((line, en, with_english(line)));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

/// The stems of the instruments table must not take English words a
/// customer writes, nor common words of the served languages that begin
/// the same way or are spelled the same with another meaning: French "en
/// cours" (in progress), Spanish "sello" (a stamp), Finnish "soitin" (I
/// called) and "vahvisti" (confirmed), Czech "nástroj" (a tool), French
/// "boxe" (boxing), the French tub "baquet", Spanish "grabar" (engrave),
/// and the English words near the stems ("strung", "according",
/// "trump", "flat", "partition", "principal", "microwave").
#[test]
fn a_music_shops_words_leave_others_alone() {
    let mut read = Vec::new();
    for w in [
        "strung",
        "stroke",
        "according",
        "accord",
        "trump",
        "flat",
        "fleet",
        "flaunt",
        "partial",
        "principal",
        "principle",
        "microwave",
        "microscope",
        "amplified",
        "harmony",
        "violent",
        "violet",
        "saxon",
        "museum",
        "mustang",
        "kite",
        "hang",
        "hangar",
        "teller",
        "cours",
        "sello",
        "soitin",
        "vahvisti",
        "nástroj",
        "boxe",
        "baquet",
        "grabar",
        "grabado",
        "bajo",
        "basso",
        "basse",
        "arco",
        "bogen",
        "noten",
        "stemmen",
        "stimmen",
        "ontstemd",
        "standaard",
        "soporte",
        "manche",
        "pastillas",
        "kostka",
        "pasek",
        "trubka",
        "kielet",
        "som",
        "ses",
        "perde",
        "sap",
        "reprise",
        "aufnahme",
        "registrazione",
        "kayıt",
        "askı",
        "micro-ondes",
        "fundación",
        "clase",
        "lengua",
        "acuerdo",
        "acorde",
    ] {
        if let Some(en) = english(w) {
            read.push((w, en));
        }
    }
    assert!(read.is_empty(), "{read:?}");
}
