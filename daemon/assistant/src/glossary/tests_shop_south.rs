//! The shop vocabulary of Croatian, Serbian, Bosnian, Slovenian and
//! Bulgarian (`shop_south`).

use super::*;

/// What customers of shops ask in Croatian, Serbian and Bosnian, with
/// and without diacritics: ingredients, samples, points, expiry,
/// subscriptions, stock, spare parts, care and ways to pay and collect.
/// Each line gains the English a help page uses, so retrieval finds it.
#[test]
fn croatian_serbian_and_bosnian_shop_lines_gain_their_english() {
    let cases = [
        ("koji su sastojci ove kreme", "ingredients"),
        ("ima li popis sastojaka na stranici", "ingredients"),
        ("od čega se sastoji, koji je sastav", "ingredients"),
        ("je li ovo testirano na životinjama", "tested"),
        ("je li testirano na zivotinjama", "animals"),
        ("ima li jak miris", "fragrance"),
        ("smijem li koristiti kremu u trudnoći", "pregnancy"),
        ("je li sigurno tijekom dojenja", "breastfeeding"),
        ("imam osjetljivu kožu", "sensitive"),
        ("imam osjetljivu kožu", "skin"),
        ("dobivam li besplatne uzorke uz narudžbu", "samples"),
        ("možete li ga zamotati kao poklon", "gift wrapping"),
        ("mogu li dodati čestitku uz poklon", "gift message"),
        ("koliko bodova imam na kartici vjernosti", "points"),
        ("koliko bodova imam na kartici vjernosti", "loyalty"),
        ("koliki je rok trajanja", "shelf life"),
        ("poklon bon mi je istekao", "expire"),
        ("je li kupon još valjan", "valid"),
        ("mogu li vratiti raspakiran proizvod", "opened"),
        ("imate li dopunu za ovaj parfem", "refill"),
        ("kako pauzirati pretplatu", "pause"),
        ("kako pauzirati pretplatu", "subscription"),
        ("kako se odjaviti s newslettera", "unsubscribe"),
        ("kada će opet biti na stanju", "in stock"),
        ("da li imate na zalihama", "in stock"),
        ("obavijestite me kad stigne", "notify"),
        ("je li rasprodano", "sold out"),
        ("u kojoj boji dolazi", "colour"),
        ("od kojeg je materijala", "material"),
        ("kolika je težina bicikla", "weight"),
        ("koje su dimenzije stola", "dimensions"),
        ("cipele su premale, trebam veći broj", "small"),
        ("cipele su premale, trebam veći broj", "large"),
        ("trebam rezervne dijelove za usisavač", "spare parts"),
        ("gdje mogu naći upute za montažu", "instructions"),
        ("uputstvo za sastavljanje", "assembly"),
        ("punjač ne radi", "charger"),
        ("kako očistiti aparat i ukloniti kamenac", "descaling"),
        ("prodajete li kavu u zrnu", "beans"),
        ("imate li mljevenu kavu", "ground"),
        ("dostavljate li subotom", "saturday"),
        ("je li pošiljka osigurana", "insurance"),
        ("može li paket ostaviti kod susjeda", "neighbour"),
        ("trebam R1 račun na tvrtku", "vat number"),
        ("treba mi račun za preduzeće s PIB-om", "business"),
        ("mogu li platiti virmanom ili uplatnicom", "bank transfer"),
        ("plaćanje gotovinom pri preuzimanju", "cash"),
        ("plaćanje gotovinom pri preuzimanju", "pickup point"),
        ("koliki je porez na uvoz", "tax"),
        ("primate li kartice", "accept"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
}

/// The same questions in Slovenian, which shares some stems with
/// Croatian ("testiran", "dojenj", "montaž") and has its own for most.
#[test]
fn slovenian_shop_lines_gain_their_english() {
    let cases = [
        ("katere so sestavine te kreme", "ingredients"),
        ("ali je testirano na živalih", "animals"),
        ("ali ima močan vonj", "fragrance"),
        ("ali ga lahko uporabljam med nosečnostjo", "pregnancy"),
        ("je primerno med dojenjem", "breastfeeding"),
        ("imam zelo občutljivo kožo", "sensitive"),
        ("ali imate vzorce", "samples"),
        ("je embalaža reciklabilna", "packaging"),
        ("je embalaža reciklabilna", "recycling"),
        ("ali ga lahko zavijete kot darilo", "gift wrapping"),
        ("lahko dodam voščilnico", "gift message"),
        ("koliko točk imam", "points"),
        ("kako deluje program zvestobe", "loyalty"),
        ("ali je darilni bon še veljaven", "valid"),
        ("kakšen je rok uporabnosti", "shelf life"),
        ("kupon mi poteče jutri", "expire"),
        ("ali lahko vrnem neodprt izdelek", "unopened"),
        ("izdelek sem že odprl", "opened"),
        ("imate polnilo za ta parfum", "refill"),
        ("kako prekinem naročnino", "subscription"),
        ("ali je na zalogi v velikosti M", "in stock"),
        ("obvestite me, ko bo spet na voljo", "notify"),
        ("obvestite me, ko bo spet na voljo", "available"),
        ("je razprodano", "sold out"),
        ("iz katerega materiala je", "material"),
        ("koliko tehta", "weight"),
        ("ta jakna je premajhna", "small"),
        ("potrebujem nadomestne dele", "spare parts"),
        ("kje najdem navodila za sestavljanje", "instructions"),
        ("kje najdem navodila za sestavljanje", "assembly"),
        ("polnilec ne deluje", "charger"),
        ("polnilec ne deluje", "working"),
        ("kako poteka razvapnjevanje aparata", "descaling"),
        ("prodajate kavo v zrnju", "beans"),
        ("ali je paket zavarovan", "insurance"),
        ("lahko paket pustite pri sosedu", "neighbour"),
        (
            "potrebujem račun na podjetje z davčno številko",
            "vat number",
        ),
        ("lahko plačam z nakazilom", "bank transfer"),
        ("plačilo z gotovino ob prevzemu", "pickup point"),
        ("ali sprejemate kartice", "accept"),
        ("ali imate študentski popust", "student"),
        ("kakšna je razlika med modeloma", "difference"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
}

/// The same questions in Bulgarian, in Cyrillic.
#[test]
fn bulgarian_shop_lines_gain_their_english() {
    let cases = [
        ("какви са съставките на крема", "ingredients"),
        ("съдържа ли алергени", "allergens"),
        ("подходящ ли е за вегани", "vegan"),
        ("тествано ли е върху животни", "tested"),
        ("има ли силен аромат", "fragrance"),
        (
            "мога ли да го използвам по време на бременност",
            "pregnancy",
        ),
        ("безопасно ли е при кърмене", "breastfeeding"),
        ("имам чувствителна кожа", "sensitive"),
        ("получавам ли мостри с поръчката", "samples"),
        ("може ли да го опаковате като подарък", "gift wrapping"),
        ("мога ли да добавя картичка", "gift message"),
        ("колко точки имам", "points"),
        ("програма за лоялност", "loyalty"),
        ("какъв е срокът на годност", "shelf life"),
        ("ваучерът изтича ли скоро", "expire"),
        ("валиден ли е кодът", "valid"),
        ("мога ли да върна неотворен продукт", "unopened"),
        ("как да спра абонамента", "subscription"),
        ("искам да пропусна следващата доставка", "skip"),
        ("кога ще е отново наличен", "in stock"),
        ("продуктът е изчерпан", "sold out"),
        ("уведомете ме, когато е наличен", "notify"),
        ("в какъв цвят е", "colour"),
        ("от какъв материал е", "material"),
        ("какво е теглото", "weight"),
        ("размерът е малък", "small"),
        ("имате ли резервни части", "spare parts"),
        ("има ли упътване за монтаж", "instructions"),
        ("има ли упътване за монтаж", "assembly"),
        ("зарядното не работи", "charger"),
        ("батерията не се зарежда", "charging"),
        ("как се почиства кафемашината", "cleaning"),
        ("как се прави декалциране", "descaling"),
        ("продавате ли кафе на зърна", "beans"),
        ("доставяте ли в събота", "saturday"),
        ("пратката застрахована ли е", "insurance"),
        ("може ли да оставите пратката при съседа", "neighbour"),
        ("трябва ми фактура на фирма с ЕИК", "vat number"),
        ("мога ли да платя с банков превод", "bank transfer"),
        ("плащане в брой", "cash"),
        ("ще взема пратката от офис на Еконт", "pickup point"),
        ("приемате ли карти", "accept"),
        ("каква е разликата между моделите", "difference"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
}

/// The stems stop before words of another meaning: English words near
/// them, and the words of the other served languages that begin the
/// same way or are spelt alike. Polish "trudna" (difficult, Croatian
/// pregnant), "boję" typed plain ("boje", Croatian colours), "zasłona" (a
/// curtain; Croatian "zaslona", of the screen), Czech "věci" typed plain
/// ("veci", Croatian bigger) and "náměstí", Turkish "istek" (a request;
/// Croatian "istek", expiry), Dutch "varen" (Slovenian safe), French
/// "bon", Russian "сервиз" (a tea set; Bulgarian a repair shop), "кеш" (a
/// cache) and "количество" (a quantity, near Bulgarian "количка", a
/// cart), Bulgarian "експресия" (expression, near "експресна"), and
/// the English words "deli", "mere", "novice" and "disavow".
#[test]
fn shop_south_stems_leave_other_words_alone() {
    for w in [
        "student",
        "students",
        "material",
        "materials",
        "model",
        "models",
        "testing",
        "tested",
        "tester",
        "dimension",
        "dimensions",
        "recycle",
        "pakistan",
        "varnish",
        "disavow",
        "deli",
        "mere",
        "novice",
        "primates",
        "boje",
        "veci",
        "zaslona",
        "zaslony",
        "namesti",
        "istek",
        "istekli",
        "isteklerim",
        "varen",
        "bon",
        "pase",
        "brzy",
        "kamen",
        "stoga",
        "сервиз",
        "кеш",
        "експресия",
    ] {
        assert_eq!(english(w), None, "{w}");
    }
    for w in ["trudna", "trudny", "trudnosci"] {
        assert_ne!(english(w), Some("pregnancy pregnant"), "{w}");
    }
    assert_ne!(english("zasłona"), Some("screen"));
    assert_ne!(english("количество"), Some("cart basket"));
    // Slovenian "zaloga" (stock) is whole words only: Polish
    // "zalogować" logs in.
    assert_eq!(english("zalogować"), Some("log in"));
}
