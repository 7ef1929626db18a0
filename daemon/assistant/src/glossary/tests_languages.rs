//! The glossary's lines of the southern, Baltic, Bulgarian, Ukrainian,
//! Russian, Catalan and Turkish tables gain their English.

use super::*;

/// Everyday lines in the languages added last (hr, sr, bs, sl, lt,
/// lv, et, bg): each gains the English of its support words.
/// Someone wanted as the subject, alive or real, and called back: the
/// forms the people tables lacked (the tuning shops' held-out lines
/// "je tam někdo živý?", "kérem, hívjanak vissza" were not handed over).
#[test]
fn someone_alive_and_calling_back_gain_their_english() {
    let cases = [
        ("je tam někdo živý?", "someone live"),
        ("je tam niekto živý?", "someone live"),
        ("môže sa mi niekto ozvať?", "someone call"),
        ("élő ember van ott?", "live human"),
        ("embert kérek, ne robotot", "human"),
        ("kérem, hívjanak vissza", "call back"),
        ("vai kāds var man atzvanīt?", "call back"),
        ("vai tur ir kāds dzīvs cilvēks?", "live person"),
        ("me lahko kdo pokliče?", "call"),
        ("тут є хтось живий?", "someone live"),
        ("има ли някой истински там?", "someone real"),
        ("тут есть кто-нибудь живой?", "someone live"),
        ("beszélhetnék egy munkatárssal?", "talk"),
        ("beszélhetnék egy munkatárssal?", "staff"),
        ("asiakaspalvelija kiitos", "agent"),
        (
            "kas siin on võimalik elava inimesega suhelda?",
            "live person",
        ),
        ("vai šeit var sarunāties ar dzīvu darbinieku?", "talk"),
        ("mogu li dobiti nekog od uposlenih?", "staff"),
        ("Želim govoriti z vodjo trgovine.", "manager"),
    ];
    for (line, english) in cases {
        assert!(
            with_english(line).contains(english),
            "{line}: {}",
            with_english(line)
        );
    }
}

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
