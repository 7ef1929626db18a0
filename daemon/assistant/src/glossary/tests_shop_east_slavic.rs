//! The shop vocabulary of Russian, Ukrainian and Turkish
//! (`shop_east_slavic`).

use super::*;

/// Each line's words for English.
fn assert_lines(cases: &[(&str, &str)]) {
    for (line, expected) in cases {
        assert!(with_english(line).contains(expected), "{line}");
    }
}

/// A Russian customer asking what a cream contains, whether there are
/// samples, how to descale a machine or pay by transfer found no page:
/// the support table reads orders and returns, not what shops sell.
#[test]
fn russian_shop_lines_gain_their_english() {
    assert_lines(&[
        ("Какой состав у крема?", "ingredients"),
        ("Есть ли в нём аллергены?", "allergens"),
        ("У меня аллергия на орехи", "allergy"),
        ("Тестируется ли продукция на животных?", "tested"),
        ("Тестируется ли продукция на животных?", "animals"),
        ("Можно ли использовать при беременности?", "pregnancy"),
        ("Подходит ли крем при кормлении грудью?", "breastfeeding"),
        ("Подойдёт для чувствительной кожи?", "sensitive"),
        ("Подойдёт для чувствительной кожи?", "skin"),
        ("Есть ли пробники?", "samples"),
        ("Можете упаковать в подарок?", "gift wrapping"),
        ("Можно добавить поздравление к подарку?", "gift message"),
        ("Сколько у меня баллов?", "points"),
        ("Как проверить баланс подарочной карты?", "balance"),
        ("Какой срок годности у сыворотки?", "shelf life"),
        ("Мне прислали просроченный товар", "expired"),
        ("Промокод ещё действителен?", "valid"),
        ("Как приостановить подписку?", "pause"),
        ("Можно пропустить следующую доставку?", "skip"),
        ("Как отписаться от рассылки?", "unsubscribe"),
        ("Как отписаться от рассылки?", "newsletter"),
        ("Можно оформить предзаказ?", "pre-order"),
        ("Товар распродан, когда появится?", "sold out"),
        ("Товар распродан, когда появится?", "back in stock"),
        ("Уведомите меня, когда будет в наличии", "notify"),
        ("Где купить запчасти для блендера?", "spare parts"),
        ("Нужна инструкция по сборке", "assembly"),
        ("Сколько стоит установка?", "install"),
        ("Телефон не заряжается", "charging"),
        ("Зарядное устройство в комплекте?", "charger"),
        ("Аккумулятор быстро садится", "battery"),
        ("Треснул экран", "screen"),
        ("Как очистить кофемашину от накипи?", "descal"),
        ("Вы продаёте кофе в зёрнах или молотый?", "beans"),
        ("Вы продаёте кофе в зёрнах или молотый?", "ground"),
        ("Платье маломерит?", "small"),
        ("Сколько весит палатка?", "weight"),
        ("Совместим ли чехол с iPhone 15?", "compatible"),
        ("Есть ли студенческая скидка?", "student discount"),
        ("Можно оплатить банковским переводом?", "bank transfer"),
        ("Посылка застрахована?", "insurance"),
        ("Можно оставить посылку соседу?", "neighbour"),
        ("Нужна ли подпись при получении?", "signature"),
        ("Инструкция по уходу и стирке", "care wash"),
        ("Есть ли товар на складе?", "warehouse"),
        ("Это хрупкие вещи, осторожнее", "fragile"),
    ]);
}

/// The same questions in Ukrainian, in its own spelling ("складу" is the
/// composition, "з'явиться" loses its apostrophe).
#[test]
fn ukrainian_shop_lines_gain_their_english() {
    assert_lines(&[
        ("Що входить до складу крему?", "ingredients"),
        ("Чи є в ньому алергени?", "allergens"),
        ("У мене алергія на горіхи", "allergy"),
        ("Чи тестуєте на тваринах?", "tested"),
        ("Чи тестуєте на тваринах?", "animals"),
        ("Чи можна під час вагітності?", "pregnancy"),
        ("Чи можна при годуванні груддю?", "breastfeeding"),
        ("Підійде для чутливої шкіри?", "sensitive"),
        ("Підійде для чутливої шкіри?", "skin"),
        ("Чи є пробники?", "samples"),
        ("Можна отримати зразки?", "samples"),
        ("Можете запакувати як подарунок?", "gift wrapping"),
        ("Чи можна додати листівку з привітанням?", "gift message"),
        ("Скільки в мене балів?", "points"),
        ("Який термін придатності?", "shelf life"),
        ("Прийшов прострочений товар", "expired"),
        ("Сертифікат ще дійсний?", "valid"),
        ("Як призупинити підписку?", "pause"),
        ("Як відписатися від розсилки?", "unsubscribe"),
        ("Як відписатися від розсилки?", "newsletter"),
        ("Чи можна оформити передзамовлення?", "pre-order"),
        ("Товар розпроданий, коли з'явиться?", "sold out"),
        ("Товар розпроданий, коли з'явиться?", "back in stock"),
        ("Повідомте, коли буде в наявності", "notify"),
        ("Де купити запчастини?", "spare parts"),
        ("Чи потрібна збірка меблів?", "assembly"),
        ("Як встановити програму?", "install"),
        ("Телефон не заряджається", "charging"),
        ("Зарядний пристрій в комплекті?", "charger"),
        ("Акумулятор швидко сідає", "battery"),
        ("Тріснув екран", "screen"),
        ("Як очистити кавоварку від накипу?", "descal"),
        ("Кавомолка погано меле", "grinder"),
        ("Кава в зернах чи мелена?", "beans"),
        ("Кава в зернах чи мелена?", "ground"),
        ("Сукня маломірить?", "small"),
        ("З якого матеріалу куртка?", "material"),
        ("Скільки важить намет?", "weight"),
        ("Чи сумісний чохол з iPhone?", "compatible"),
        ("Чи є студентська знижка?", "student discount"),
        ("Можна оплатити банківським переказом?", "bank transfer"),
        ("Можна оплатити готівкою?", "cash"),
        ("Можна залишити посилку сусідові?", "neighbour"),
        ("Як доглядати за виробом, чи можна прати?", "wash"),
        ("Яка якість тканини?", "quality"),
        ("Яка якість тканини?", "fabric"),
    ]);
}

/// Turkish, with and without its letters ("icindekiler", "sarj",
/// "yikanabilir"), and a line opening with a capital İ.
#[test]
fn turkish_shop_lines_gain_their_english() {
    assert_lines(&[
        ("Bu kremin içindekiler neler?", "ingredients"),
        ("icindekiler neler", "ingredients"),
        ("İçerik listesi nerede?", "ingredients"),
        ("Alerjen içeriyor mu?", "allergens"),
        ("Fıstık alerjim var", "allergy"),
        ("Hayvanlar üzerinde test ediliyor mu?", "animals"),
        ("Hamilelikte kullanılabilir mi?", "pregnancy"),
        ("Emzirirken kullanabilir miyim?", "breastfeeding"),
        ("Hassas ciltler için uygun mu?", "sensitive"),
        ("Hassas ciltler için uygun mu?", "skin"),
        ("Numune var mı?", "samples"),
        ("Siparişime örnek ekler misiniz?", "sample"),
        ("Tebrik kartı ekleyebilir miyim?", "gift message"),
        ("Sadakat programı nasıl çalışıyor?", "loyalty"),
        ("Hediye çeki bakiyemi nasıl görürüm?", "balance"),
        ("SKT ne zaman?", "expiry"),
        ("Raf ömrü ne kadar?", "shelf life"),
        ("İndirim kodu hâlâ geçerli mi?", "valid"),
        ("Aboneliğimi nasıl duraklatabilirim?", "pause"),
        ("Ürün için önsipariş alıyor musunuz?", "pre-order"),
        ("Stok gelince haberdar eder misiniz?", "notify"),
        ("Yedek parça bulabilir miyim?", "spare parts"),
        ("Kurulum ücretli mi?", "install"),
        ("Kullanım kılavuzu var mı?", "instructions manual"),
        ("Pil dahil mi?", "battery"),
        ("Telefon şarj olmuyor", "charging"),
        ("sarj olmuyor", "charging"),
        ("Kahve makinesinde kireç çözme nasıl yapılır?", "descal"),
        ("Nasıl temizlenir?", "cleaning"),
        ("Makinede yıkanabilir mi?", "wash"),
        ("makinede yikanabilir mi", "wash"),
        ("Çekirdek kahve mi, öğütülmüş mü?", "beans"),
        ("Çekirdek kahve mi, öğütülmüş mü?", "ground"),
        ("Kapsüller hangi makineye uyumlu?", "capsules"),
        ("Kapsüller hangi makineye uyumlu?", "compatible"),
        ("Ağırlığı ne kadar?", "weight"),
        ("Boyutları nedir?", "dimensions"),
        ("Kargo sigortalı mı?", "insurance"),
        ("Kırılgan ürün, dikkatli paketleyin", "fragile"),
        ("Komşuma bırakabilir misiniz?", "neighbour"),
        ("Öğrenci indirimi var mı?", "student"),
        ("Kurumsal fatura alabilir miyim?", "business customer"),
        ("Geri dönüşüm için ne yapmalıyım?", "recycling"),
        ("Kumaşı nedir?", "fabric"),
    ]);
}

/// Words that begin like a stem of the table, or are one of its whole
/// words in another language, keep their own meaning: details are not
/// spare parts ("детали заказа"), pent-up anger is no limescale
/// ("накипело"), Bulgarian crunchy is not fragile ("хрупкав"), really is
/// not valid ("действительно", "дійсно"), subscribing is no signature,
/// Romanian "parcă" (as if) typed without its mark is no part, Spanish
/// "haber" is not Turkish, and English "atlas", "pilot",
/// "raft", "model" stay English.
#[test]
fn words_near_the_stems_keep_their_meaning() {
    for w in [
        "детали",
        "деталі",
        "компоненты",
        "накипело",
        "накипіло",
        "хрупкав",
        "хрупкава",
        "действительно",
        "дійсно",
        "подписаться",
        "підписатися",
        "складно",
        "складний",
        "весь",
        "вагон",
        "корм",
        "баллон",
        "сервиз",
        "пропуск",
        "отпуск",
        "запас",
        "образование",
        "сообщение",
        "parca",
        "haber",
        "sarja",
        "sarjad",
        "ciltli",
        "atlas",
        "atlantic",
        "pilot",
        "raft",
        "hamilton",
        "model",
        "models",
    ] {
        assert_eq!(english(w), None, "{w}");
    }
}
