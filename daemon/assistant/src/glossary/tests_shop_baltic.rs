//! The shop vocabulary of Lithuanian, Latvian and Estonian
//! (`shop_baltic`).

use super::*;

/// Lithuanian customers ask about a product's make-up, samples, points,
/// stock, care and parts in their own words, inflected; each line must
/// gain the English the help page uses, or retrieval finds no page.
#[test]
fn lithuanian_shop_lines_gain_their_english() {
    let cases = [
        ("kokia šio kremo sudėtis?", "ingredients"),
        ("ar jūsų kosmetika testuojama su gyvūnais?", "animals"),
        ("ar kremas veganiškas", "vegan"),
        ("ar šis kremas tinka nėštumo metu?", "pregnancy"),
        ("ar galima naudoti žindymo laikotarpiu", "breastfeeding"),
        ("ar tinka jautriai odai?", "sensitive"),
        ("ar tinka jautriai odai?", "skin"),
        (
            "kvepalai su stipriu kvapu, ar yra bekvapis variantas",
            "fragrance-free",
        ),
        ("ar galite atsiųsti pavyzdėlių?", "samples"),
        ("ar turite pavyzdžių", "sample"),
        ("ar pakuotė perdirbama?", "packaging"),
        ("ar galite supakuoti kaip dovaną", "gift wrapping"),
        ("ar galima pridėti sveikinimą", "gift message"),
        ("kiek turiu taškų?", "points"),
        ("kaip veikia lojalumo programa", "loyalty points"),
        ("koks mano dovanų kortelės likutis", "balance"),
        ("ar kuponas dar galioja?", "valid"),
        ("galiojimo laikas pasibaigė", "expire"),
        ("ar galiu grąžinti neatidarytą prekę", "unopened"),
        ("kaip pristabdyti prenumeratą", "pause"),
        ("noriu atsiprenumeruoti naujienlaiškio", "unsubscribe"),
        ("kaip atsisakyti naujienlaiškio", "newsletter"),
        ("ar galima išankstinis užsakymas", "pre-order"),
        ("ar šis modelis yra sandėlyje", "in stock"),
        ("prekė išparduota, kada atsiras?", "sold out"),
        ("prekė išparduota, kada atsiras?", "restock"),
        ("praneškite, kai bus", "notify"),
        ("kokios spalvos yra?", "colour"),
        ("iš kokios medžiagos pagaminta striukė", "material"),
        ("koks dviračio svoris", "weight"),
        ("kokie lagamino matmenys", "dimensions"),
        ("ar siunta apdrausta", "insurance"),
        ("ar reikia parašo pristatant", "signature"),
        ("ar galite palikti pas kaimyną", "neighbour"),
        ("ar pristatote savaitgalį, šeštadienį?", "saturday"),
        ("ar yra nuolaida studentams", "student discount"),
        ("perku įmonei, reikia sąskaitos", "business customer"),
        ("ar galima mokėti pavedimu", "bank transfer"),
        ("ar galima sumokėti grynaisiais", "cash"),
        ("pamečiau čekį", "receipt"),
        ("kaip valyti kavos aparatą", "clean"),
        ("kaip nukalkinti aparatą", "descal"),
        ("kur galima sutaisyti", "repair"),
        ("kaip skalbti šią striukę", "wash"),
        ("kur rasti surinkimo instrukciją", "instructions"),
        ("ar parduodate atsargines dalis", "spare parts"),
        ("įkroviklis neveikia, telefonas nesikrauna", "charger"),
        ("ar šis kabelis suderinamas", "compatible"),
        ("ar parduodate kavos pupeles ir malūnėlius", "grinder"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
}

/// The same topics asked in Latvian, diacritics typed or dropped.
#[test]
fn latvian_shop_lines_gain_their_english() {
    let cases = [
        ("kāds ir šī krēma sastāvs?", "ingredients"),
        ("vai produkti ir testēti uz dzīvniekiem", "animals"),
        ("vai krēms ir vegānisks", "vegan"),
        ("vai drīkst lietot grūtniecības laikā", "pregnancy"),
        ("vai var lietot zīdīšanas laikā", "breastfeeding"),
        ("vai tas der jutīgai ādai", "sensitive"),
        ("vai tas der jutīgai ādai", "skin"),
        ("vai ir pieejami paraugi", "samples"),
        ("vai iepakojums ir pārstrādājams", "packaging"),
        ("vai varat iesaiņot kā dāvanu", "gift wrapping"),
        ("vai var pievienot apsveikumu", "gift message"),
        ("cik man ir punkti", "points"),
        ("kā darbojas lojalitātes programma", "loyalty points"),
        ("kāds ir dāvanu kartes atlikums", "balance"),
        ("kāds ir derīguma termiņš", "expiry"),
        ("vai var atgriezt neatvērtu preci", "unopened"),
        ("vai produkts bija aizzīmogots", "sealed"),
        ("kā apturēt abonementu", "pause"),
        ("kā atrakstīties no jaunumiem", "unsubscribe"),
        ("vai var veikt priekšpasūtījumu", "pre-order"),
        ("vai tas ir noliktavā", "in stock"),
        ("prece ir izpārdota", "sold out"),
        ("lūdzu paziņojiet, kad būs pieejams", "notify"),
        ("kādas krāsas ir pieejamas", "colour"),
        ("no kāda materiāla ir jaka", "material"),
        ("kāds ir velosipēda svars", "weight"),
        ("vai sūtījums ir apdrošināts", "insurance"),
        ("vai vajag parakstu", "signature"),
        ("vai var atstāt pie kaimiņa", "neighbour"),
        ("vai piegādājat sestdienās", "saturday"),
        ("vai ir atlaide studentiem", "student discount"),
        ("pērku uzņēmumam, vajag rēķinu", "business customer"),
        ("vai var maksāt ar pārskaitījumu", "bank transfer"),
        ("vai var samaksāt skaidrā naudā", "cash"),
        ("pazaudēju čeku", "receipt"),
        ("kā tīrīt kafijas automātu", "clean"),
        ("kā atkaļķot aparātu", "descal"),
        ("kā mazgāt šo jaku", "wash"),
        ("vai ir rezerves daļas", "spare parts"),
        ("lādētājs nestrādā, telefons nelādējas", "charger"),
        ("vai vads ir saderīgs ar šo modeli", "compatible"),
        ("vai pārdodat kafijas pupiņas un dzirnaviņas", "grinder"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
}

/// The same topics asked in Estonian, with its partitive and plural
/// forms, diacritics typed or dropped.
#[test]
fn estonian_shop_lines_gain_their_english() {
    let cases = [
        ("mis on selle kreemi koostisosad?", "ingredients"),
        ("kas tooteid testitakse loomadel", "animals"),
        ("kas see sobib allergilisele nahale", "allergic"),
        ("kas see sobib allergilisele nahale", "skin"),
        ("kas seda võib kasutada raseduse ajal", "pregnancy"),
        ("kas sobib imetamise ajal", "breastfeeding"),
        ("kas see sobib tundlikule nahale", "sensitive"),
        ("kas lõhnatu variant on olemas", "fragrance"),
        ("kas teil on näidiseid", "samples"),
        ("kas pakendi saab taaskasutada", "packaging"),
        ("kas saate kinkepakendisse panna", "gift wrapping"),
        ("kas saab lisada õnnitluse", "gift message"),
        ("kui palju mul punkte on", "points"),
        ("kuidas püsikliendiprogramm töötab", "loyalty points"),
        ("mis on kinkekaardi jääk", "balance"),
        ("kas kinkekaart kehtib veel", "valid"),
        ("toode on aegunud", "expire"),
        ("mis on säilivusaeg", "best before"),
        ("kas saan avamata toote tagastada", "unopened"),
        ("kas on täitepakend", "refill"),
        ("kuidas püsitellimust peatada", "pause"),
        ("kuidas uudiskirjast loobuda", "newsletter"),
        ("kas saab eeltellida", "pre-order"),
        ("kas see on laos", "in stock"),
        ("toode on välja müüdud", "sold out"),
        ("palun teavitage, kui on saadaval", "notify"),
        ("mis värvi see on", "colour"),
        ("millisest materjalist see on", "material"),
        ("kui palju jalgratas kaalub", "weight"),
        ("mis on kohvri mõõtmed", "dimensions"),
        ("kas pakk on kindlustatud", "insurance"),
        ("kas on vaja allkirja", "signature"),
        ("kas võib naabrile jätta", "neighbour"),
        ("kas toimetate laupäeval", "saturday"),
        ("kas on üliõpilastele soodustus", "student discount"),
        ("ostan ettevõttele, vajan arvet", "business customer"),
        ("kas saab maksta pangaülekandega", "bank transfer"),
        ("kas saab maksta sularahas", "cash"),
        ("kaotasin tšeki", "receipt"),
        ("kuidas kohvimasinast katlakivi eemaldada", "descal"),
        ("kuidas jopet pesta", "wash"),
        ("kas müüte varuosi", "spare parts"),
        ("laadija ei tööta, telefon ei lae", "charg"),
        ("kas see kaabel ühildub", "compatible"),
        ("kas müüte kohviube ja kohviveskeid", "grinder"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
}

/// The stems of `shop_baltic` stop short, so they must not take the
/// common words of the other served languages they begin (Finnish above
/// all, next to Estonian), nor English words: Turkish "oda" (room),
/// Scandinavian "sandel" (sandalwood), Swedish "varvid" and "varv",
/// Dutch "kaal" (bare), German "Lohn" (wage), Finnish "nahka" (leather),
/// "varvas" (a toe), "tasku" (a pocket), "jääkaappi" (fridge), Croatian
/// "sastaviti" (to assemble), Spanish "remontar", Norwegian "rase"
/// (race), Slovene "puhasta" (fluffy), Estonian "jutiga" and "kopsan".
/// Another table may read some of them with its own meaning
/// ("sastaviti" is assembling), so no key of this table may take them.
#[test]
fn shop_baltic_stems_leave_other_words_alone() {
    for w in [
        "oda",
        "sandel",
        "sandeltræ",
        "varvid",
        "varv",
        "varvas",
        "kaal",
        "lohn",
        "nahka",
        "tasku",
        "jääkaappi",
        "jääkiekko",
        "sastaviti",
        "sastavljanje",
        "remontar",
        "remontamos",
        "rasediskriminering",
        "puhasta",
        "jutiga",
        "kopsan",
        "ingredient",
        "ingredients",
        "materials",
        "vegans",
        "juridisk",
        "juridiska",
        "ube",
        "varve",
        "trap",
        "traps",
        "pest",
        "nest",
        "nestle",
        "peat",
        "mud",
        "paraguay",
        "matmenneske",
        "kiire",
        "pakene",
        "kangaroo",
        "tundra",
        "aegis",
        "laotian",
        "imetaja",
        "saadaan",
        "parannus",
        "laadin",
        "kehittää",
        "onnittelut",
        "taimi",
        "kohvi",
    ] {
        let taken = shop_baltic::SHOP_BALTIC
            .iter()
            .find(|(k, _)| match k.strip_prefix('=') {
                Some(exact) => w == exact,
                None => w.starts_with(k),
            });
        assert_eq!(taken, None, "{w}");
    }
}
