//! The glossary's tests: lines of each language gain their English,
//! English words stay English, and no entry is shadowed.

use super::*;

#[test]
fn a_negation_before_opened_is_unopened() {
    assert!(for_retrieval("posso restituire un prodotto non aperto?").contains("unopened"));
    assert!(for_retrieval("¿puedo devolver un producto no abierto?").contains("unopened"));
    assert!(!for_retrieval("ho aperto il prodotto").contains("unopened"));
    assert!(with_english("pas ouvert").contains("unopened"));
}

#[test]
fn foreign_support_words_gain_their_english() {
    assert!(with_english("Wie viel kostet der Versand?").contains("shipping"));
    assert!(with_english("¿Dónde está mi pedido?").contains("order"));
    assert_eq!(english("contact"), None);
    assert_eq!(english("preisliste"), None);
}

/// One everyday line per language added after the first seven: each
/// gains the English of its support words.
#[test]
fn northern_and_central_european_lines_gain_their_english() {
    let cases = [
        ("hvor er min pakke", "parcel"),
        ("hvad koster fragten til Sverige", "shipping"),
        ("jeg vil returnere min ordre", "return"),
        ("kan jeg betale med gavekort", "gift card"),
        ("hur lång är leveranstiden", "delivery"),
        ("jag har glömt mitt lösenord", "password"),
        ("när kommer min beställning", "order"),
        ("hvor lang er garantien", "warranty"),
        ("har dere denne i størrelse 42", "size"),
        ("missä tilaukseni on", "order"),
        ("paljonko toimitus maksaa", "delivery"),
        ("haluan palauttaa tuotteen", "return"),
        ("kde je moje objednávka", "order"),
        ("kolik stojí doprava", "shipping"),
        ("chci vrátit zboží", "return"),
        ("zabudol som heslo", "password"),
        ("kedy príde moja zásielka", "parcel"),
        ("hol van a csomagom", "parcel"),
        ("mennyibe kerül a szállítás", "shipping"),
        ("elfelejtettem a jelszavam", "password"),
        ("unde este comanda mea", "order"),
        ("cât costă livrarea", "delivery"),
        ("vreau să returnez produsul", "return"),
        ("πού είναι η παραγγελία μου", "order"),
        ("πόσο κοστίζει η αποστολή", "shipping"),
        ("θέλω επιστροφή χρημάτων", "money"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
}

/// One everyday line per topic of the shop tables, in several
/// languages: each gains the English a help page uses.
#[test]
fn shop_and_product_lines_gain_their_english() {
    let cases = [
        ("¿qué ingredientes lleva esta crema?", "ingredients"),
        ("Enthält das Produkt Allergene?", "allergens"),
        ("c'est végan ?", "vegan"),
        ("è testato sugli animali?", "tested"),
        ("kan jeg bruge den når jeg er gravid", "pregnant"),
        ("czy mogę używać w ciąży", "pregnancy"),
        ("είναι κατάλληλο στην εγκυμοσύνη", "pregnancy"),
        ("Ist das für empfindliche Haut geeignet?", "sensitive"),
        ("jsou vhodné pro citlivou pleť", "skin"),
        ("Kann ich Proben bekommen?", "sample"),
        ("dostanę próbki do zamówienia?", "samples"),
        ("pot primi mostre gratuite", "samples"),
        ("quero embrulho para presente", "gift wrapping"),
        ("mogę dodać bilecik z życzeniami", "gift message"),
        ("hoeveel punten heb ik", "points"),
        ("jak zbierać punkty lojalnościowe", "loyalty"),
        ("wie hoch ist mein Punktestand", "points balance"),
        ("is de cadeaubon nog geldig", "valid"),
        ("qual a validade depois de aberto", "validity"),
        ("o que significa o símbolo na embalagem", "symbol"),
        ("qual è la scadenza dei prodotti", "expiry"),
        ("où mettre les emballages vides au recyclage", "recycling"),
        ("hur pausar jag min prenumeration", "subscription"),
        ("Ich möchte mein Abo kündigen", "subscription"),
        (
            "waar vind ik de handleiding voor de montage",
            "instructions",
        ),
        ("hol találom a használati útmutatót", "manual"),
        ("haluan tilata varaosia", "spare parts"),
        ("la batería no carga", "battery"),
        ("missä on laturi", "charger"),
        ("obrazovka je prasklá", "screen"),
        ("jak odvápnit kávovar", "descal"),
        ("come si pulisce il macinacaffè", "grinder"),
        ("vendéis café en grano", "beans"),
        ("jakie kapsułki pasują", "capsules"),
        ("me queda pequeño, ¿tenéis una talla más grande?", "small"),
        ("welche Farben gibt es", "colour"),
        ("z jakiego materiału jest", "material"),
        ("mennyi a súlya", "weight"),
        ("wann ist es wieder verfügbar", "in stock"),
        ("kiedy będzie dostępny, proszę o powiadomienie", "notify"),
        ("kan man förbeställa", "pre-order"),
        ("har dere prisgaranti", "price match"),
        ("avez-vous une réduction étudiant", "student"),
        ("potřebuji fakturu na IČO", "vat number"),
        ("lze platit na dobírku", "cash on delivery"),
        ("puedo pagar por transferencia", "bank transfer"),
        (
            "kan ik het naar een pakketautomaat laten sturen",
            "parcel locker",
        ),
        ("livrez-vous le samedi", "saturday"),
        ("is de zending verzekerd", "insurance"),
        ("trebuie semnătură la livrare", "signature"),
        ("kan pakken leveres til naboen", "neighbour"),
        ("czy trzeba płacić podatek", "tax"),
        ("z którego magazynu wysyłacie", "warehouse"),
        ("qual é a morada da loja", "address"),
        ("θέλω να κάνω παράπονο", "complaint"),
        ("συσκευάστε το προσεκτικά, είναι εύθραυστο", "fragile"),
        ("ποιο είναι το υπόλοιπο της δωροκάρτας μου", "balance"),
        ("¿aceptáis PayPal?", "accept"),
        ("quand est-ce que je reçois mon colis", "receive"),
        ("kiedy otrzymam paczkę", "receive"),
        ("quando ricevo il pacco", "receive"),
        ("wanneer krijg ik mijn pakket", "receive"),
        ("quando recebo a encomenda", "receive"),
        ("die Kaffeemaschine funktioniert nicht", "work"),
        ("la cafetera no funciona", "work"),
        ("l'appareil ne marche pas", "work"),
        ("nefunguje mi nabíječka", "not working"),
        ("on se turvallinen lapsille", "safe"),
        ("jaka jest różnica między modelami", "difference"),
        ("cuántos días tarda el envío", "days"),
        ("ist die Rücksendung kostenlos", "free"),
        ("το άρωμα είναι έντονο;", "fragrance"),
        ("je to bez parfemace", "fragrance"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
}

/// Cancelling is a request only in the imperative or infinitive: the
/// participles ("annulleret", "zrušena") say what happened, so they
/// must not read as the bare verb `foreign_cancel_request` looks for.
#[test]
fn participles_of_cancelling_are_not_the_verb() {
    for w in [
        "annulleret",
        "annullert",
        "zrušena",
        "peruutettu",
        "anulat",
        "ακυρώθηκε",
        "otkazana",
        "otkazano",
        "poništena",
        "stornirana",
        "anulirana",
        "preklicano",
        "odpovedano",
        "atšaukta",
        "atsauktas",
        "atcelts",
        "atcelta",
        "anulēts",
        "tühistatud",
        "tuhistati",
        "annuleeritud",
        "анулирана",
        "отказана",
        "отменена",
        "скасовано",
        "скасована",
        "скасований",
        "скасування",
        "скасували",
        "анульовано",
        "відмінено",
        "отменён",
        "отменено",
        "отменили",
        "отмена",
        "аннулирован",
        "аннулировали",
        "cancel·lada",
        "cancel·lat",
        "cancel·lats",
        "cancel·lades",
        "cancel·lació",
        "cancellada",
        "cancellat",
    ] {
        assert_ne!(english(w), Some("cancel"), "{w}");
    }
    for w in [
        "annuller",
        "avbeställ",
        "peruuta",
        "zrušte",
        "lemondani",
        "anulați",
        "ακυρώστε",
        "otkazati",
        "otkažite",
        "otkazite",
        "poništite",
        "stornirajte",
        "prekličite",
        "preklicati",
        "odpovedati",
        "atšaukti",
        "atšaukite",
        "atcelt",
        "atceliet",
        "tühistada",
        "tühistage",
        "tuhistage",
        "откажете",
        "анулирайте",
        "отменете",
        "скасуйте",
        "скасувати",
        "анулюйте",
        "відмініть",
        "отмените",
        "отменить",
        "аннулируйте",
        "cancel·leu",
        "cancel·lar",
        "cancel·li",
        "cancel·lin",
        "cancelleu",
        "cancellar",
        "anul·leu",
        "anul·lar",
    ] {
        assert_eq!(english(w), Some("cancel"), "{w}");
    }
}

/// Everyday lines in the languages added last (hr, sr, bs, sl, lt,
/// lv, et, bg): each gains the English of its support words.
#[test]
fn southern_baltic_and_bulgarian_lines_gain_their_english() {
    let cases = [
        // Croatian, Serbian, Bosnian
        ("Koliko košta dostava u Njemačku?", "cost"),
        ("Koliko košta dostava u Njemačku?", "germany"),
        ("Gdje je moja narudžba?", "where"),
        ("Gdje je moja narudžba?", "order"),
        ("Želim vratiti proizvod", "return"),
        ("Kada ću dobiti povrat novca?", "refund"),
        ("zaboravio sam lozinku", "password"),
        ("Želim razgovarati s čovjekom", "person"),
        ("Želim razgovarati s čovjekom", "talk"),
        ("Imate li besplatnu dostavu za Hrvatsku?", "free"),
        ("Imate li besplatnu dostavu za Hrvatsku?", "croatia"),
        ("paket je stigao oštećen", "damaged"),
        ("molim otkažite moju narudžbu", "cancel"),
        ("Gde je moja porudžbina, broj 1042", "order"),
        ("Da li šaljete u Srbiju?", "serbia"),
        ("Kako mogu platiti karticom?", "card"),
        ("Trebam račun za kupnju", "invoice"),
        ("koliko dugo traje isporuka u Bosnu", "how long"),
        ("Mogu li zamijeniti veličinu?", "size"),
        ("Koje je radno vrijeme trgovine?", "opening hours"),
        ("Mogu li dobiti operatera?", "operator"),
        // Slovenian
        ("Koliko stane poštnina v Avstrijo?", "shipping cost"),
        ("Koliko stane poštnina v Avstrijo?", "austria"),
        ("Kje je moje naročilo?", "order"),
        ("Ali imate brezplačno poštnino?", "free"),
        ("želim vračilo denarja", "refund"),
        ("pozabil sem geslo", "password"),
        ("rad bi govoril s človekom", "person"),
        ("dostava v Slovenijo", "slovenia"),
        // Lithuanian
        ("Kiek kainuoja pristatymas į Latviją?", "cost"),
        ("Kiek kainuoja pristatymas į Latviją?", "delivery"),
        ("Kur yra mano užsakymas?", "order"),
        ("Noriu grąžinti prekę", "return"),
        ("pamiršau slaptažodį", "password"),
        ("Noriu kalbėti su žmogumi", "person"),
        ("atšaukite mano užsakymą", "cancel"),
        ("siunta atkeliavo sugadinta", "damaged"),
        // Latvian
        ("Cik maksā piegāde uz Lietuvu?", "cost"),
        ("Cik maksā piegāde uz Lietuvu?", "lithuania"),
        ("Kur ir mans pasūtījums?", "order"),
        ("Es gribu atgriezt preci", "return"),
        ("kad es saņemšu naudas atmaksu", "refund"),
        ("Vēlos runāt ar cilvēku", "person"),
        ("aizmirsu paroli", "password"),
        // Estonian
        ("Kui palju maksab tarne Eestisse?", "how much"),
        ("Kui palju maksab tarne Eestisse?", "estonia"),
        ("Kus on minu tellimus?", "order"),
        ("Soovin toodet tagastada", "return"),
        ("millal ma saan raha tagasi", "money back"),
        ("Tahan rääkida inimesega", "person"),
        ("unustasin parooli", "password"),
        // Bulgarian
        ("Колко струва доставката до Гърция?", "cost"),
        ("Колко струва доставката до Гърция?", "greece"),
        ("Къде е моята поръчка?", "order"),
        ("Искам да върна продукта", "return"),
        ("Искам да говоря с човек", "person"),
        ("Искам да говоря със служител", "staff"),
        ("забравих си паролата", "password"),
        ("Моля, откажете поръчката ми", "cancel"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
}

/// Everyday lines in Ukrainian and Russian: each gains the English of
/// its support words, and the words of asking for a person, for a call
/// back and the question words read as the policy and retrieval expect.
#[test]
fn ukrainian_and_russian_lines_gain_their_english() {
    let cases = [
        // Ukrainian
        ("Де моє замовлення?", "where"),
        ("Де моє замовлення?", "order"),
        ("Скільки коштує доставка в Польщу?", "how much"),
        ("Скільки коштує доставка в Польщу?", "cost"),
        ("Скільки коштує доставка в Польщу?", "delivery"),
        ("Скільки коштує доставка в Польщу?", "poland"),
        ("Скільки часу займає доставка до Німеччини?", "how long"),
        ("Скільки часу займає доставка до Німеччини?", "germany"),
        ("як довго йде посилка в Україну", "how long"),
        ("як довго йде посилка в Україну", "parcel"),
        ("як довго йде посилка в Україну", "ukraine"),
        ("коли прийде моя посилка", "when"),
        ("коли прийде моя посилка", "arrive"),
        ("Хочу повернути товар", "return"),
        ("Коли я отримаю повернення коштів?", "refund"),
        ("Коли я отримаю повернення коштів?", "money"),
        ("Можна обміняти розмір?", "exchange"),
        ("Можна обміняти розмір?", "size"),
        ("скасуйте моє замовлення, будь ласка", "cancel"),
        ("з картки двічі списали гроші", "card"),
        ("з картки двічі списали гроші", "charged"),
        ("з картки двічі списали гроші", "twice"),
        ("мені зняли гроші, а замовлення не прийшло", "charged"),
        ("потрібен рахунок-фактура на компанію", "invoice"),
        ("чи є безкоштовна доставка?", "free"),
        ("чи є у вас знижка або промокод", "discount"),
        ("хочу купити подарункову картку", "gift card"),
        ("забув пароль від акаунту", "password"),
        ("забув пароль від акаунту", "account"),
        ("не можу увійти в особистий кабінет", "log in"),
        ("як змінити адресу доставки", "change"),
        ("як змінити адресу доставки", "address"),
        ("як змінити електронну пошту", "email"),
        ("посилка прийшла пошкоджена", "damaged"),
        ("товар зламаний", "broken"),
        ("мені прислали не той товар, неправильний розмір", "wrong"),
        ("у посилці бракує одного товару", "missing"),
        ("я не отримав замовлення", "receive"),
        ("трекінг показує доставлено, але посилки немає", "delivered"),
        ("трекінг показує доставлено, але посилки немає", "tracking"),
        ("номер ТТН не працює", "tracking"),
        ("замовлення запізнюється вже тиждень", "late"),
        ("чи є цей товар в наявності?", "in stock"),
        ("яка гарантія на кавоварку", "warranty"),
        ("який графік роботи магазину?", "opening hours"),
        ("який графік роботи магазину?", "store"),
        ("ви працюєте у вихідні?", "weekend"),
        ("ви відкриті в суботу?", "saturday"),
        ("доставляєте в Чехію?", "czech republic"),
        ("кур'єр не приїхав", "courier"),
        ("кур’єр не приїхав", "courier"),
        ("курʼєр не приїхав", "courier"),
        ("Яка ціна доставки?", "price"),
        ("як оплатити карткою", "payment"),
        ("як оплатити карткою", "card"),
        ("мій номер телефону змінився", "phone"),
        // asking for a person, or to be called back
        ("з'єднайте мене з оператором", "connect"),
        ("з’єднайте мене з оператором", "operator"),
        ("зʼєднайте мене з оператором", "connect"),
        ("можна поговорити з живою людиною?", "talk"),
        ("можна поговорити з живою людиною?", "person"),
        ("хочу говорити з менеджером", "want"),
        ("хочу говорити з менеджером", "staff"),
        ("потрібен консультант", "need"),
        ("потрібен консультант", "agent"),
        ("переключіть на співробітника", "transfer"),
        ("переключіть на співробітника", "staff"),
        ("передайте працівнику підтримки", "transfer"),
        ("передайте працівнику підтримки", "support"),
        ("передзвоніть мені, будь ласка", "call back"),
        // Russian
        ("Где мой заказ?", "where"),
        ("Где мой заказ?", "order"),
        ("Сколько стоит доставка в Германию?", "how much"),
        ("Сколько стоит доставка в Германию?", "cost"),
        ("Сколько стоит доставка в Германию?", "germany"),
        ("Сколько времени занимает доставка?", "how long"),
        ("как долго идёт посылка в Польшу", "how long"),
        ("как долго идёт посылка в Польшу", "parcel"),
        ("как долго идёт посылка в Польшу", "poland"),
        ("когда придёт мой заказ", "when"),
        ("Хочу вернуть товар и получить деньги", "return"),
        ("Хочу вернуть товар и получить деньги", "money"),
        ("как оформить возврат", "return refund"),
        ("отмените мой заказ пожалуйста", "cancel"),
        ("с карты дважды списали деньги", "charged"),
        ("с карты дважды списали деньги", "twice"),
        ("нужен счёт на оплату", "invoice"),
        ("есть ли бесплатная доставка?", "free"),
        ("есть скидка или промокод?", "discount"),
        ("подарочный сертификат", "gift"),
        ("забыл пароль от аккаунта", "password"),
        ("забыл пароль от аккаунта", "account"),
        ("посылка пришла повреждённая", "damaged"),
        ("товар сломан", "broken"),
        ("мне прислали не тот размер, ошибка в заказе", "wrong"),
        ("в посылке не хватает одного товара", "missing"),
        ("я не получил заказ", "receive"),
        ("статус: доставлено, но посылки нет", "delivered"),
        ("трек-номер не отслеживается", "tracking"),
        ("есть ли в наличии размер 42", "in stock"),
        ("какая гарантия?", "warranty"),
        ("часы работы магазина", "hours"),
        ("вы работаете в воскресенье?", "sunday"),
        ("доставляете в Чехию?", "czech republic"),
        ("курьер не приехал", "courier"),
        ("какой номер телефона службы поддержки?", "phone"),
        ("какой номер телефона службы поддержки?", "support"),
        // asking for a person, or to be called back
        ("соедините меня с оператором", "connect"),
        ("соедините меня с оператором", "operator"),
        ("хочу поговорить с живым человеком", "want"),
        ("хочу поговорить с живым человеком", "talk"),
        ("хочу поговорить с живым человеком", "person"),
        ("переключите на сотрудника", "transfer"),
        ("переключите на сотрудника", "staff"),
        ("нужен менеджер", "need"),
        ("позовите консультанта", "connect"),
        ("позовите консультанта", "agent"),
        ("перезвоните мне пожалуйста", "call back"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
    // Opened or not, for the returns rule.
    assert!(for_retrieval("чи можна повернути товар, якщо він не відкритий?").contains("unopened"));
    assert!(for_retrieval("можно вернуть товар, если упаковка не вскрыта?").contains("unopened"));
    assert!(with_english("я вже відкрила упаковку").contains("opened"));
    assert!(!with_english("я вже відкрила упаковку").contains("unopened"));
    // "Доброго дня" greets: no days in it.
    assert!(!with_english("Доброго дня! Де моє замовлення?").contains("days"));
    // Words of another meaning that begin like a support word.
    for w in [
        "почти",
        "четверть",
        "верно",
        "миттєво",
        "посилання",
        "сотрудничество",
        "співробітництво",
        "товариш",
        "менеджмент",
        "доступа",
    ] {
        assert_eq!(english(w), None, "{w}");
    }
    // Only asking to be called back reads "call back".
    for w in ["передзвонили", "перезвонили", "позвоните", "зателефонуйте"]
    {
        assert_eq!(english(w), Some("call"), "{w}");
    }
    assert_eq!(english("коштує"), Some("cost"));
    assert_eq!(english("кошти"), Some("money"));
}

/// Everyday lines in Catalan: each gains the English of its support
/// words, and the words of asking for a person, for a call back and the
/// question words read as the policy and retrieval expect. Words Spanish,
/// French or Portuguese spell the same way ("factura", "comanda",
/// "compte") are read by their tables.
#[test]
fn catalan_lines_gain_their_english() {
    let cases = [
        // orders, shipping and delivery
        ("on és la comanda FZ-73072?", "order"),
        ("quant costa l'enviament a Mallorca?", "how much"),
        ("quant costa l'enviament a Mallorca?", "cost"),
        ("quant costa l'enviament a Mallorca?", "ship"),
        ("quant triga el lliurament a Girona?", "how long"),
        ("quant triga el lliurament a Girona?", "delivery"),
        ("quants dies triga un encàrrec?", "how many"),
        ("quants dies triga un encàrrec?", "order"),
        ("encara no he rebut el paquet, s'ha perdut?", "still"),
        ("encara no he rebut el paquet, s'ha perdut?", "received"),
        ("encara no he rebut el paquet, s'ha perdut?", "parcel"),
        ("encara no he rebut el paquet, s'ha perdut?", "lost"),
        (
            "el seguiment diu que el transportista l'ha lliurat dilluns",
            "courier",
        ),
        (
            "el seguiment diu que el transportista l'ha lliurat dilluns",
            "delivered",
        ),
        (
            "el seguiment diu que el transportista l'ha lliurat dilluns",
            "tracking",
        ),
        (
            "el seguiment diu que el transportista l'ha lliurat dilluns",
            "monday",
        ),
        ("quan arribarà la meva comanda?", "when"),
        ("quan arribarà la meva comanda?", "arrive"),
        ("l'enviament és gratuït a partir de 50 euros?", "free"),
        ("on puc recollir la comanda?", "pickup"),
        ("podeu canviar l'adreça d'enviament?", "change"),
        ("podeu canviar l'adreça d'enviament?", "address"),
        // returns, refunds, exchanges, cancelling
        (
            "vull retornar un producte i que em torneu els diners",
            "return",
        ),
        (
            "vull retornar un producte i que em torneu els diners",
            "money",
        ),
        ("quan rebré el reemborsament?", "receive"),
        ("quan rebré el reemborsament?", "refund"),
        ("puc canviar la talla de les sabatilles?", "size"),
        ("voldria bescanviar-lo per una mida més gran", "exchange"),
        ("he de parlar amb algú per anul·lar una comanda?", "cancel"),
        ("cancel·leu la comanda FZ-73031, ja no la vull", "cancel"),
        ("la meva comanda està cancel·lada?", "cancelled"),
        // payment and account
        ("em podeu fer factura a nom de l'empresa?", "invoice"),
        ("em podeu fer factura a nom de l'empresa?", "business"),
        ("m'heu cobrat dues vegades la mateixa comanda", "charged"),
        // "Two times" is "twice", as payment pages write it.
        ("m'heu cobrat dues vegades la mateixa comanda", "twice"),
        ("puc pagar amb targeta o per transferència?", "card"),
        (
            "puc pagar amb targeta o per transferència?",
            "bank transfer",
        ),
        ("puc fer servir la targeta regal a la botiga?", "gift"),
        ("el meu codi de descompte no funciona", "code"),
        ("el meu codi de descompte no funciona", "discount"),
        ("quants punts tinc al compte?", "points"),
        ("quants punts tinc al compte?", "account"),
        (
            "he oblidat la contrasenya i no puc iniciar sessió",
            "password",
        ),
        (
            "he oblidat la contrasenya i no puc iniciar sessió",
            "log in",
        ),
        (
            "vaig demanar esborrar les meves dades personals fa un mes",
            "delete",
        ),
        (
            "vaig demanar esborrar les meves dades personals fa un mes",
            "personal data",
        ),
        ("com em dono de baixa del butlletí?", "newsletter"),
        // products, and what went wrong
        ("teniu aquest sabor en estoc?", "in stock"),
        ("teniu aquest sabor en estoc?", "flavour"),
        ("la proteïna vegana porta al·lèrgens?", "allergens"),
        ("m'heu enviat un producte equivocat", "shipped"),
        ("m'heu enviat un producte equivocat", "product"),
        ("m'heu enviat un producte equivocat", "wrong"),
        ("hi falten 6 barretes a la caixa", "missing"),
        ("el paquet ha arribat trencat", "arrived"),
        ("el paquet ha arribat trencat", "broken"),
        (
            "la caixa ha arribat rebregada i el producte està danyat",
            "damaged",
        ),
        // the store, its hours and days
        ("quin horari té la botiga?", "opening hours"),
        ("quin horari té la botiga?", "store"),
        ("obriu avui, dissabte o diumenge?", "open"),
        ("obriu avui, dissabte o diumenge?", "saturday"),
        ("obriu avui, dissabte o diumenge?", "sunday"),
        ("obriu avui, dissabte o diumenge?", "today"),
        ("quin és el telèfon d'atenció al client?", "phone"),
        (
            "quin és el telèfon d'atenció al client?",
            "customer service",
        ),
        // asking for a person, or to be called back
        ("vull parlar amb algú de l'equip", "want"),
        ("vull parlar amb algú de l'equip", "talk"),
        ("vull parlar amb algú de l'equip", "person"),
        ("em passeu amb una persona, si us plau?", "connect"),
        ("em passeu amb una persona, si us plau?", "please"),
        ("necessito parlar amb un treballador", "need"),
        ("necessito parlar amb un treballador", "employee"),
        ("voldria parlar amb un humà", "human"),
        ("truqueu-me demà al matí", "call back"),
        ("truqueu-me demà al matí", "tomorrow"),
        ("vull que em truqui algú", "call"),
        // complaints
        ("vull posar una reclamació, estic molt enfadat", "complaint"),
        ("vull posar una reclamació, estic molt enfadat", "angry"),
        ("és una vergonya, fa dues setmanes que espero", "disgrace"),
        ("és una vergonya, fa dues setmanes que espero", "week"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
    // Opened or not, for the returns rule.
    assert!(for_retrieval("puc retornar un producte sense obrir?").contains("unopened"));
    assert!(with_english("ja he obert la caixa").contains("opened"));
    assert!(!with_english("ja he obert la caixa").contains("unopened"));
    // Only asking to be called back reads "call back".
    for w in ["truqueu-me", "trucar-me", "truqueu-nos"] {
        assert_eq!(english(w), Some("call back"), "{w}");
    }
    for w in ["trucar", "truqueu", "truqui", "trucada"] {
        assert_eq!(english(w), Some("call"), "{w}");
    }
    // "Parleu anglès?" asks about the team, "ningú" is nobody, and a
    // jigsaw puzzle ("trencaclosques") or a crumpled box ("rebregada") is
    // no broken or received thing.
    for w in ["parleu", "ningú", "trencaclosques"] {
        assert_eq!(english(w), None, "{w}");
    }
    assert_eq!(english("rebregada"), Some("damaged"));
    // Catalan function words do not count against a page.
    assert_eq!(
        for_retrieval("on és la meva comanda?"),
        for_retrieval("on és la comanda?")
    );
}

/// Everyday lines in Turkish, with and without the Turkish letters
/// ("siparişim" and "siparisim"), lowercase and opening with a capital
/// İ: each gains the English of its support words, and the words of
/// asking for a person, for a call back and the question words read as
/// the policy and retrieval expect.
#[test]
fn turkish_lines_gain_their_english() {
    let cases = [
        // orders, shipping and delivery
        ("kargo ne kadar sürer?", "shipping"),
        ("kargo ne kadar sürer?", "how long"),
        ("kargo ne kadar surer", "shipping"),
        ("Siparişim nerede?", "order"),
        ("Siparişim nerede?", "where"),
        ("siparisim nerde 3 gündür bekliyorum", "order"),
        ("siparisim nerde 3 gündür bekliyorum", "where"),
        ("siparisim nerde 3 gündür bekliyorum", "days"),
        ("siparişim kargolandı mı?", "shipped"),
        ("siparisim kargolandi mi", "shipped"),
        ("kargom ne zaman gelir", "parcel"),
        ("kargom ne zaman gelir", "when"),
        ("kargom ne zaman gelir", "arrive"),
        ("kargo takip numarası çalışmıyor", "tracking"),
        ("kargo takip numarası çalışmıyor", "number"),
        ("kargo takip numarası çalışmıyor", "not working"),
        ("kurye gelmedi, hala bekliyorum", "courier"),
        ("kurye gelmedi, hala bekliyorum", "still"),
        ("teslim edildi görünüyor ama kargom gelmedi", "delivered"),
        ("teslim edildi görünüyor ama kargom gelmedi", "missing"),
        ("teslimat adresimi değiştirebilir miyim", "delivery"),
        ("teslimat adresimi değiştirebilir miyim", "address"),
        ("teslimat adresimi değiştirebilir miyim", "change"),
        ("kargom kayboldu galiba", "lost"),
        ("siparişim gecikti", "late"),
        ("Almanya'ya kargo ücreti ne kadar", "germany"),
        ("Almanya'ya kargo ücreti ne kadar", "cost"),
        ("Almanya'ya kargo ücreti ne kadar", "how much"),
        ("yurtdışına gönderim var mı", "abroad"),
        ("yurtdışına gönderim var mı", "shipping"),
        ("ücretsiz kargo var mı", "free"),
        ("ucretsiz kargo var mi", "free"),
        ("gümrük vergisi ödeyecek miyim", "customs"),
        // returns, refunds, exchanges, cancelling
        ("İade etmek istiyorum", "return"),
        ("İade etmek istiyorum", "want"),
        ("iade etmek istiyorum", "return"),
        ("iade süresi kaç gün", "period"),
        ("iade süresi kaç gün", "how many"),
        ("iade süresi kaç gün", "days"),
        ("paramı geri istiyorum", "money back"),
        ("parami geri istiyorum", "money back"),
        ("para iadem hala yapılmadı", "refund"),
        ("para iadem hala yapılmadı", "still"),
        ("açılmamış ürünü iade edebilir miyim", "unopened"),
        ("açılmamış ürünü iade edebilir miyim", "product"),
        ("bedenini değiştirmek istiyorum", "size"),
        ("bedenini değiştirmek istiyorum", "change"),
        ("değişim nasıl yapılıyor", "exchange"),
        ("degisim yapmak istiyorum, 42 numara olsun", "exchange"),
        ("degisim yapmak istiyorum, 42 numara olsun", "number"),
        ("siparişimi iptal etmek istiyorum", "order"),
        ("siparişimi iptal etmek istiyorum", "cancellation"),
        ("İptal edebilir misiniz", "cancellation"),
        // payment
        ("kartımdan iki kez para çekildi", "card"),
        ("kartımdan iki kez para çekildi", "twice"),
        ("kartımdan iki kez para çekildi", "charged"),
        ("kartimdan iki kere cekildi", "charged"),
        ("mükerrer çekim var", "double"),
        ("hediye kartı ile ödeme yapabilir miyim", "gift card"),
        ("hediye kartı ile ödeme yapabilir miyim", "payment"),
        ("kapıda ödeme var mı", "cash on delivery"),
        ("taksit yapıyor musunuz", "instalments"),
        ("havale ile ödedim ama sipariş onaylanmadı", "bank transfer"),
        ("havale ile ödedim ama sipariş onaylanmadı", "paid"),
        ("faturamı alabilir miyim", "invoice"),
        ("indirim kodum çalışmıyor", "discount"),
        ("indirim kodum çalışmıyor", "code"),
        ("indirim kodum çalışmıyor", "not working"),
        ("kupon kodu geçersiz diyor", "coupon"),
        ("bu ürünün fiyatı ne kadar", "price"),
        ("puanlarımı nasıl kullanırım", "points"),
        // damaged, broken, wrong, missing
        ("ürün hasarlı geldi", "damaged"),
        ("ürün hasarlı geldi", "arrived"),
        ("urun kirik geldi", "broken"),
        ("kutu ezik, ürün bozuk çıktı", "damaged"),
        ("kutu ezik, ürün bozuk çıktı", "broken"),
        ("ürün arızalı, garanti kapsamında mı", "broken"),
        ("ürün arızalı, garanti kapsamında mı", "warranty"),
        ("yanlış ürün gönderdiniz, yenisini gönderin", "wrong"),
        ("yanlış ürün gönderdiniz, yenisini gönderin", "send"),
        ("yanlış ürün gönderdiniz, yenisini gönderin", "new"),
        ("siparişimde bir ürün eksik", "missing"),
        ("pantolon yırtık geldi", "torn"),
        ("küçük geldi, bir büyük beden var mı", "small"),
        ("küçük geldi, bir büyük beden var mı", "size"),
        ("42 numara stokta var mı", "in stock"),
        ("bu renk tükendi mi", "sold out"),
        // account and data
        ("şifremi unuttum, giriş yapamıyorum", "password"),
        ("şifremi unuttum, giriş yapamıyorum", "log in"),
        ("sifremi unuttum giris yapamiyorum", "password"),
        ("hesabım kilitlendi", "account"),
        ("hesabım kilitlendi", "locked"),
        ("hesabımı ve kişisel verilerimi silin", "delete"),
        ("hesabımı ve kişisel verilerimi silin", "personal data"),
        ("kvkk kapsamında bilgilerimin silinmesini istiyorum", "gdpr"),
        (
            "kvkk kapsamında bilgilerimin silinmesini istiyorum",
            "delete",
        ),
        ("bültenden çıkmak istiyorum", "newsletter"),
        ("abonelikten nasıl çıkarım", "unsubscribe"),
        ("şifre sıfırlama bağlantısı gelmedi", "reset"),
        ("şifre sıfırlama bağlantısı gelmedi", "link"),
        // the store, its hours, reaching the shop
        ("mağazanızın adresi nedir", "store"),
        ("mağazanızın adresi nedir", "address"),
        ("magaza saat kacta aciliyor", "store"),
        ("magaza saat kacta aciliyor", "hours"),
        ("magaza saat kacta aciliyor", "when"),
        ("magaza saat kacta aciliyor", "open"),
        ("pazar günü açık mısınız", "sunday"),
        ("pazar günü açık mısınız", "open"),
        ("bayramda kapalı mısınız", "holiday"),
        ("bayramda kapalı mısınız", "closed"),
        ("cumartesi teslimat yapıyor musunuz", "saturday"),
        ("çalışma saatleriniz nedir", "hours"),
        (
            "müşteri hizmetleri telefon numaranız nedir",
            "customer service",
        ),
        ("müşteri hizmetleri telefon numaranız nedir", "phone"),
        ("e-posta adresinizi alabilir miyim", "email"),
        ("iletişim bilgileriniz nerede", "contact"),
        ("şikayetim var, bu tam bir rezalet", "complaint"),
        ("şikayetim var, bu tam bir rezalet", "disgrace"),
        ("bıktım artık, hayal kırıklığına uğradım", "fed up"),
        ("bıktım artık, hayal kırıklığına uğradım", "disappointed"),
        // asking for a person, or to be called back
        ("müşteri temsilcisiyle görüşmek istiyorum", "customer"),
        ("müşteri temsilcisiyle görüşmek istiyorum", "agent"),
        ("müşteri temsilcisiyle görüşmek istiyorum", "talk"),
        ("müşteri temsilcisiyle görüşmek istiyorum", "want"),
        ("musteri temsilcisiyle gorusmek istiyorum", "agent"),
        ("musteri temsilcisiyle gorusmek istiyorum", "talk"),
        ("bir insanla konuşmak istiyorum", "human"),
        ("bir insanla konuşmak istiyorum", "talk"),
        ("İnsanla konuşmak istiyorum, bot değil", "human"),
        ("gercek bir kisiyle konusmak istiyorum", "person"),
        ("gercek bir kisiyle konusmak istiyorum", "talk"),
        ("yetkili biriyle görüşebilir miyim", "staff"),
        ("yetkili biriyle görüşebilir miyim", "person"),
        ("yetkili biriyle görüşebilir miyim", "talk"),
        ("birisiyle konuşmam lazım", "person"),
        ("birisiyle konuşmam lazım", "need"),
        ("canlı desteğe bağlayın", "human"),
        ("canlı desteğe bağlayın", "support"),
        ("canlı desteğe bağlayın", "connect"),
        ("canli destege baglar misiniz", "connect"),
        ("operatöre aktarır mısınız", "operator"),
        ("operatöre aktarır mısınız", "transfer"),
        ("beni bir yöneticiye yönlendirin", "staff"),
        ("beni bir yöneticiye yönlendirin", "transfer"),
        ("temsilciye ihtiyacım var", "need"),
        ("Beni arayın lütfen", "call back"),
        ("Beni arayın lütfen", "please"),
        ("beni arayin", "call back"),
        ("geri arayın, numaram 0532 000 00 00", "call back"),
        ("beni ararmısınız", "call back"),
        ("yarın beni arayabilirmisiniz", "call back"),
        ("yarın beni arayabilirmisiniz", "tomorrow"),
        ("aranmak istiyorum", "call back"),
        ("bir yetkili beni arasın", "call back"),
        ("yardım eder misiniz", "help"),
        ("teşekkürler", "thanks"),
    ];
    for (line, english) in cases {
        assert!(with_english(line).contains(english), "{line}");
    }
    // "İ" lowercases to "i" and a combining dot: a line that opens with
    // it reads as one that does not.
    assert_eq!(english(&"İade".to_lowercase()), Some("return refund"));
    assert_eq!(english(&"İstiyorum".to_lowercase()), Some("want"));
    // Cancelling is the noun with a verb of its own after it: a request
    // ("iptal edin") and a report ("iptal edildi") read alike, as the
    // noun, never as the bare verb a cancel request is read from.
    for w in ["iptal", "iptali", "iptalini", "i\u{307}ptal"] {
        assert_eq!(english(w), Some("cancellation"), "{w}");
    }
    for w in ["edin", "edildi", "etmek", "oldu"] {
        assert_eq!(english(w), None, "{w}");
    }
    // A negation is a suffix: what did not come is missing, not arrived.
    assert_eq!(english("gelmedi"), Some("missing"));
    assert_eq!(english("ulaşmadı"), Some("missing"));
    assert_eq!(english("geldi"), Some("arrived"));
    // Only asking to be called reads "call back": "kurye arar mı?" asks
    // whether the courier phones, "aradım" says the customer did.
    for w in [
        "arayın",
        "arayin",
        "ararmısınız",
        "arayabilirmisiniz",
        "aranmak",
    ] {
        assert_eq!(english(w), Some("call back"), "{w}");
    }
    for w in ["arar", "arayabilir", "aradım", "aradim"] {
        assert_eq!(english(w), Some("call"), "{w}");
    }
    // "Türkçe konuşuyor musunuz?" asks about the team, "konuştum" tells
    // what happened; the other words begin like a support word and mean
    // something else ("arama" a search, "arasında" between, "verildi"
    // was given, "silikon" silicone, "kusura bakmayın" excuse me,
    // "sürekli" constantly, "pazarlık" bargaining, "bağlı" depends, and
    // "para" is Spanish and Portuguese "for").
    for w in [
        "konuşuyor",
        "konuştum",
        "konuşan",
        "arama",
        "arasında",
        "araba",
        "verildi",
        "silikon",
        "kusura",
        "sürekli",
        "pazarlık",
        "bağlı",
        "para",
        "bedenken",
        "saatke",
        "kisiel",
        "stoga",
    ] {
        assert_eq!(english(w), None, "{w}");
    }
    assert_eq!(english("pazartesi"), Some("monday"));
    assert_eq!(english("bağlantı"), Some("link"));
    assert_eq!(english("gönderin"), Some("send"));
}

/// Prefixes match the beginning of any word, English ones too: the
/// English words customers write about orders and products must keep
/// their own meaning (and stay out of `with_english`).
#[test]
fn english_words_stay_english() {
    for w in [
        "order",
        "orders",
        "return",
        "returned",
        "refund",
        "refunded",
        "delivered",
        "deliver",
        "shipping",
        "sender",
        "price",
        "prison",
        "pristine",
        "payment",
        "account",
        "password",
        "parcel",
        "cancel",
        "exchange",
        "size",
        "stock",
        "lager",
        "warranty",
        "repair",
        "invoice",
        "discount",
        "promo",
        "customs",
        "told",
        "toll",
        "login",
        "logged",
        "bolt",
        "program",
        "rate",
        "rates",
        "hint",
        "hints",
        "cat",
        "moms",
        "byte",
        "card",
        "czech",
        "store",
        "leverage",
        "contact",
        "phone",
        "plate",
        "platform",
        "platinum",
        "sale",
        "expedition",
        "transport",
        "kit",
        "kids",
        "fits",
        "far",
        "car",
        "magazine",
        "peru",
        "cost",
        "colour",
        "delivery",
        "gift",
        "voucher",
        "tracking",
        "track",
        "late",
        "sample",
        "samples",
        "points",
        "point",
        "plan",
        "battery",
        "batteries",
        "screen",
        "vegan",
        "vegans",
        "pregnant",
        "valid",
        "validity",
        "package",
        "packaging",
        "recycle",
        "recycling",
        "refill",
        "receive",
        "accept",
        "acceptable",
        "gift",
        "pause",
        "fragrance",
        "subscription",
        "manual",
        "instructions",
        "assembly",
        "assemble",
        "charger",
        "receipt",
        "ingredients",
        "ingredient",
        "allergies",
        "allergy",
        "allergic",
        "allergens",
        "perfume",
        "cable",
        "capsule",
        "capsules",
        "grinder",
        "beans",
        "material",
        "weight",
        "dimensions",
        "restock",
        "notify",
        "notification",
        "preorder",
        "student",
        "students",
        "newsletter",
        "express",
        "weekend",
        "saturday",
        "insurance",
        "signature",
        "neighbour",
        "warehouse",
        "address",
        "email",
        "chat",
        "complaint",
        "fragile",
        "balance",
        "use",
        "keep",
        "work",
        "safe",
        "difference",
        "different",
        "days",
        "free",
        "basket",
        "cart",
        "quality",
        "expire",
        "expired",
        "expiry",
        "expiration",
        "sealed",
        "opened",
        "skin",
        "sensitive",
        "sensible",
        "cleaning",
        "maintenance",
        "service",
        "spare",
        "parts",
        "small",
        "large",
        "primitive",
        "pastry",
        "gratuity",
        "preventable",
        "fungus",
        "fidelity",
        "sensibility",
        "decalcification",
        "preordained",
        "btw",
        "gross",
        "cores",
        // Checked against the prefixes of hr, sr, bs, sl, lt, lv, et.
        "caring",
        "placenta",
        "grazing",
        "rekindle",
        "tarnish",
        "tarn",
        "make",
        "makes",
        "pool",
        "poll",
        "term",
        "terminal",
        "kink",
        "kind",
        "person",
        "operator",
        "agent",
        "staff",
        "help",
        "talk",
        "speak",
        "want",
        "need",
        "time",
        "period",
        "number",
        "code",
        "support",
        "open",
        "pack",
        "packet",
        "poster",
        "telling",
        "teller",
        "soon",
        "some",
        "spanish",
        "italian",
        "courier",
        "paid",
        "plastic",
        "place",
        "kart",
        "curious",
        // Checked against the prefixes of `support_more`.
        "modification",
        "modifications",
        "arrive",
        "arrived",
        "lost",
        "delete",
        "remove",
        "remover",
        "replacement",
        "install",
        "installer",
        "installation",
        "toys",
        "recall",
        "safety",
        "today",
        "tomorrow",
        "monday",
        "friday",
        "holiday",
        "reset",
        "locked",
        "unsubscribe",
        "cheaper",
        "redirect",
        "credit",
        "data",
        "personal",
        "hours",
        "closed",
        "call",
        "link",
        "alter",
        "timer",
        "date",
        "sold",
        "cod",
        "hotline",
        "finder",
        "bloke",
        "pride",
        "maine",
        "concurrent",
        "bonus",
        "dotage",
        // Checked against the prefixes of Catalan, and the Catalan words
        // left out because they are English words ("on", "dies").
        "on",
        "dies",
        "target",
        "targeted",
        "torn",
        "tornado",
        "defect",
        "defective",
        "reclamation",
        "subscriptions",
        "transfer",
        "transferred",
        "cancelled",
        "cancellation",
        "cancelling",
        "quantity",
        "truck",
        "trucks",
        "description",
        "descent",
        "pass",
        "passes",
        "poseur",
        "rebate",
        "rebroadcast",
        "arrival",
        "horrible",
        "parlour",
        "botanic",
        "regalia",
        "rebuttal",
        // Checked against the prefixes of Turkish, and the Turkish words
        // left out because they are English words without their letters
        // ("satin", "sure", "gun").
        "insane",
        "insanity",
        "satin",
        "sure",
        "gun",
        "stoked",
        "silk",
        "silver",
        "silicone",
        "mustering",
        "deposit",
        "depot",
        "halal",
        "default",
        "geriatric",
        "personnel",
        "paragraph",
        "parameter",
        "karting",
    ] {
        assert_eq!(english(w), None, "{w}");
    }
}

/// Every entry is reachable: no earlier entry (of any language) takes
/// its words with a different meaning.
#[test]
fn no_entry_is_shadowed_by_another_meaning() {
    let mut shadowed = Vec::new();
    for (key, en) in TABLES.iter().flat_map(|t| t.iter()) {
        let word = key.trim_start_matches('=');
        if english(word) != Some(*en) {
            shadowed.push((*key, *en, english(word)));
        }
    }
    assert!(shadowed.is_empty(), "{shadowed:#?}");
}

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
