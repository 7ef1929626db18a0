//! Escalation rules on wordings of the later languages (the Baltic and
//! South Slavic ones, Bulgarian, Russian and Ukrainian, Turkish, Greek,
//! Swiss German), none of them a tuning set's line: an order in the
//! account the customer did not place, a deletion that did not happen,
//! a call back, someone real asked after, and a replacement that failed
//! once more; and, in any language, money taken for a subscription the
//! customer paused, a gift card that never came, a customer who says
//! they asked before, a question that opens on a case that may happen,
//! a repair that has taken weeks, a reaction in words the symptom lists
//! lacked, a real one of the shop's trades asked for, and a payment
//! provider asking for money for a return; and a person asked for in the
//! languages the glossary read thinly (Greek in both alphabets, Maltese,
//! Basque, Icelandic), next to the bot the customer does not want.

use super::*;

#[test]
fn an_order_in_the_account_the_customer_did_not_place() {
    for m in [
        "na mom računu se pojavila narudžba 55120 koju nisam napravila",
        "в аккаунте появился заказ 5512, я его не оформлял",
        "în cont am o comandă nouă pe care nu am plasat-o",
        "hesabımda yapmadığım iki sipariş görünüyor",
        "v mém účtu je objednávka, kterou jsem neudělal",
        "a fiókomban van két rendelés, amit nem én adtam le",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::Account), "{m}");
    }
    for m in [
        // Placing one is a how-to; not being able to is no stranger's.
        "kako napraviti narudžbu bez računa?",
        "не могу оформить заказ в аккаунте, что делать?",
        "nu pot plasa comanda din cont",
    ] {
        assert_ne!(reason(m), Some(HandoverReason::Account), "{m}");
    }
}

#[test]
fn a_deletion_asked_for_long_ago_that_did_not_happen() {
    for m in [
        "Zatražila sam brisanje podataka prije mjesec dana, a još uvijek mi šaljete mailove",
        "Просила удалить мои данные ещё в марте, но рассылка приходит до сих пор",
        "palusin oma konto kustutada, aga see on ikka olemas",
        "Meine Löschanfrage für das Konto wurde einfach ignoriert",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::Account), "{m}");
    }
    for m in [
        "kako zatražiti brisanje podataka?",
        "как удалить мои данные?",
    ] {
        assert_eq!(reason(m), None, "{m}");
    }
}

#[test]
fn a_call_back_asked_for_in_the_later_languages() {
    for m in [
        "kas te saaksite mulle homme helistada?",
        "gal galite man paskambinti rytoj?",
        "chönd Sie mi zrugglüte, bitte?",
        "prosím o spätné zavolanie zajtra ráno",
        "soittakaa minulle, kiitos",
        "обадете ми се утре, моля",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::CustomerRequest), "{m}");
    }
    for m in [
        // Swedish "man" is "one": which number one rings.
        "vilket nummer ringer man till er?",
        "kuriers man piezvanīja vakar",
    ] {
        assert_ne!(reason(m), Some(HandoverReason::CustomerRequest), "{m}");
    }
}

#[test]
fn someone_real_or_alive_asked_after() {
    for m in [
        "ima li ovdje netko stvaran?",
        "есть тут кто-нибудь живой вообще?",
        "има ли някой истински?",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::CustomerRequest), "{m}");
    }
    for m in [
        "ne treba mi netko stvaran, samo cijena",
        "je li vaš savjetnik stvaran ili bot?",
    ] {
        assert_ne!(reason(m), Some(HandoverReason::CustomerRequest), "{m}");
    }
}

#[test]
fn a_replacement_that_failed_once_more() {
    for m in [
        "the replacement kettle is dead too",
        "das Ersatzgerät funktioniert auch nicht",
        "nová pračka zase nefunguje",
        "la pieza de sustitución también llegó rota",
        "и новият чайник дойде надраскан, втори път",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::OrderChange), "{m}");
    }
    for m in [
        "what if the replacement doesn't work either?",
        "funktioniert der Ersatzakku auch mit dem alten Modell?",
    ] {
        assert_eq!(reason(m), None, "{m}");
    }
}

#[test]
fn a_subscription_charged_while_paused() {
    for m in [
        "my refill plan is paused but you charged me this month anyway",
        "mein Abo ist pausiert und trotzdem habt ihr abgebucht",
        "la mia scatola è in pausa ma mi avete addebitato il mese",
        "předplatné mám pozastavené a stejně jste mi strhli peníze",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::OrderChange), "{m}");
    }
    for m in [
        "if I pause my subscription, am I charged that month?",
        "how do I pause my plan before I'm charged?",
    ] {
        assert!(!assess(m).staff_only, "{m}");
    }
}

#[test]
fn a_gift_card_that_never_came() {
    for m in [
        "the e-gift card I sent my brother never arrived, not even in spam",
        "la tarjeta regalo que compré nunca llegó a mi hermana",
        "dárkový poukaz pro mámu nikdy nepřišel",
        "подарункова картка так і не прийшла",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::OrderChange), "{m}");
    }
    for m in [
        // Late, not never: the help pages' steps first.
        "the gift card email didn't arrive",
        "when does the gift card arrive?",
        "what if the gift card never arrives?",
    ] {
        assert!(!assess(m).staff_only, "{m}");
    }
}

#[test]
fn a_customer_who_says_they_asked_before() {
    for m in [
        "second time I'm asking: the delivery note for my order is missing the company name",
        "ya os escribí la semana pasada, la factura sigue sin el CIF",
        "ho già scritto due volte, la fattura è ancora sbagliata",
        "već sam vam pisala, dostavnica i dalje nema OIB",
        "уже писала вам, в чеке до сих пор нет названия фирмы",
    ] {
        assert!(reason(m).is_some(), "{m}");
    }
    for m in [
        "can I write to you in Slovene?",
        "the second time I ordered, the box was smaller",
    ] {
        assert!(!assess(m).staff_only, "{m}");
    }
}

#[test]
fn a_question_that_opens_on_a_case_asks_a_rule() {
    for m in [
        "si j'annule la réservation 3 jours avant, je suis remboursée ?",
        "se eu cancelar a encomenda amanhã, recebo o dinheiro de volta?",
        "y si devuelvo la mitad del pedido, me reembolsáis el envío?",
        "když objednávku zruším zítra, vrátíte mi peníze?",
        "and if I cancel the order before it ships, do I get a refund?",
    ] {
        let a = assess(m);
        assert!(!a.staff_only && !a.order_change, "{m}");
    }
    for m in [
        // Said, not asked; and Spanish "se" is no "if".
        "si, cancelled the order yesterday and you charged me anyway",
        "¿se me cobró dos veces el pedido?",
    ] {
        assert!(reason(m).is_some(), "{m}");
    }
}

#[test]
fn a_repair_or_warranty_claim_that_has_taken_weeks() {
    for m in [
        "my espresso machine has been in your workshop for 5 weeks now",
        "la mia bici è in riparazione da un mese e nessuno mi dice niente",
        "reklamace pračky trvá už 35 dní",
        "am trimis aparatul în garanție acum 30 de zile și tot nimic",
    ] {
        assert!(assess(m).staff_only, "{m}");
    }
    for m in [
        "how long does a repair under warranty take, 2 weeks?",
        "the repair took 3 weeks but it works perfectly now",
        "if the repair takes more than 2 weeks, do I get a loan machine",
    ] {
        assert!(!waited::repair_waited_for(&text::words(m), m), "{m}");
    }
}

#[test]
fn a_reaction_to_a_product_in_the_words_the_lists_lacked() {
    for m in [
        "efter den nya krämen är kinderna svullna och det kliar",
        "po novi kremi so mi otekle veke",
        "после вашего шампуня голова чешется и кожа опухла",
        "my son's cheeks are all blotchy since the new cream",
        "mijn huid doet pijn sinds die nieuwe zonnecrème",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::Health), "{m}");
    }
    for m in [
        "is the cream for itchy skin, or for dry skin?",
        "if my eyes get swollen, can I return the drops?",
    ] {
        assert_ne!(reason(m), Some(HandoverReason::Health), "{m}");
    }
}

#[test]
fn a_real_one_of_the_shops_trades_asked_for() {
    for m in [
        "can an actual mechanic look at the brakes?",
        "an actual jeweller should look at the clasp",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::CustomerRequest), "{m}");
    }
    for m in [
        "are your opticians real opticians or sales staff?",
        "is the pharmacist in the chat a real pharmacist?",
    ] {
        assert_ne!(reason(m), Some(HandoverReason::CustomerRequest), "{m}");
    }
}

/// The stored readers, which have read every tuning shop, already read
/// these lines; the rule is for a shop whose customers they never read
/// (leave-one-shop-out, six hand-overs), so the rule is tested itself.
#[test]
fn a_payment_provider_asking_for_money_for_a_return() {
    let dunning = |m: &str| {
        let english = text::words(&crate::glossary::with_english(m));
        money::provider_dunning_a_return(&text::words(m), &english)
    };
    for m in [
        "Riverty sends me reminders for the jacket I returned two weeks ago",
        "Klarna me pide que pague un pedido que devolví hace un mes",
        "Klarna mi chiede di pagare un ordine che ho reso",
        "Klarna mi posílá upomínky za objednávku, kterou jsem vrátil",
    ] {
        assert!(dunning(m), "{m}");
        assert!(assess(m).staff_only, "{m}");
    }
    for m in [
        "i paid with klarna and returned stuff, do i still need to pay the invoice?",
        "what if Klarna asks me to pay before my return arrives?",
        "can I pay with Klarna and return it if it doesn't fit?",
    ] {
        assert!(!dunning(m), "{m}");
    }
}

/// A person, an agent or a call asked for in Greek (its own letters and
/// Latin ones), Maltese, Basque and Icelandic; and "not a robot, a
/// person" in Greek and Croatian, where the negation is the bot's.
#[test]
fn a_person_asked_for_in_the_thinly_read_languages() {
    for m in [
        "θέλω εκπρόσωπο",
        "υπάλληλο παρακαλώ",
        "thelo ypallilo parakalo",
        "mporei kapoios na me parei tilefwno?",
        "nixtieq nitkellem ma' persuna",
        "ċempilli jekk jogħġbok",
        "pertsona batekin hitz egin nahi dut",
        "deitu iezadazue, mesedez",
        "hringið í mig",
        "gefðu mér samband við þjónustufulltrúa",
        "δεν θέλω ρομπότ, θέλω άνθρωπο",
        "ne želim robota, želim čovjeka",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::CustomerRequest), "{m}");
    }
    // The person declined, and the line's numbers and hours asked.
    for m in [
        "δεν θέλω άνθρωπο, μόνο τις ώρες",
        "ne želim čovjeka, samo radno vrijeme",
        "ποιο είναι το τηλέφωνό σας;",
        "x'inhu n-numru tat-telefon tagħkom?",
        "zein da zuen telefono zenbakia?",
        "hvert er símanúmerið ykkar?",
        "Ég hringi á morgun",
    ] {
        assert_eq!(reason(m), None, "{m}");
    }
}
