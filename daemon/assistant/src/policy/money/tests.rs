//! The money rules on customer lines (and the hand-overs tried beside
//! them), through the whole assessment.

use crate::HandoverReason;

fn reason(m: &str) -> Option<HandoverReason> {
    crate::policy::assess(m).handover()
}

/// Money the shop took or kept, disputed: a damage fee, a deposit.
#[test]
fn a_charge_or_a_kept_deposit_disputed_goes_to_staff() {
    for m in [
        "ok but you charged me that and the pole was already cracked when i got it",
        "Die Kaution wurde wegen angeblichem Belagschaden einbehalten, das stimmt nicht.",
        "Vous m'avez facturé des dégâts sur les skis de location qui existaient déjà",
        "you kept my whole €150 deposit for the tent and nobody can tell me why",
    ] {
        assert!(reason(m).is_some(), "{m}");
    }
    for m in [
        "how much is the deposit for skis?",
        "what do you charge if the tent is already damaged when I return it?",
        "I already paid for order 1042, when does it ship?",
    ] {
        assert_eq!(reason(m), None, "{m}");
    }
}

/// Money taken twice, or after cancelling, in the customer's language.
#[test]
fn charged_twice_or_after_cancelling_in_other_languages_goes_to_staff() {
    for m in [
        "Kétszer vonták le az összeget a kártyámról",
        "Naplatili ste mi dvaput istu narudžbu",
        "I har trukket beløbet to gange",
        "Dere trakk penger etter at jeg kansellerte ordren",
        "Siparişi iptal ettim ama yine de para çekildi",
        "после отмены заказа с карты всё равно списали деньги",
        "kodėl po atšaukimo nuskaitė pinigus už užsakymą?",
        "naročilo sem preklicala, denar pa mi je še vedno odtegnjen",
        "tilaus peruttiin, silti tililtä lähti 40 euroa",
        "pasūtījums ir atcelts, bet jūs noņēma naudu",
        "order 1042 was cancelled but there's still a charge on my card",
    ] {
        assert!(reason(m).is_some(), "{m}");
    }
    for m in [
        "cómo funcionan los reembolsos si me cobran dos veces",
        "trakk du i døra to ganger?",
    ] {
        assert_eq!(reason(m), None, "{m}");
    }
}

/// Credit that vanished, said in the customer's own language.
#[test]
fn points_or_a_card_balance_gone_in_other_languages_go_to_staff() {
    for m in [
        "Meine Clubpunkte sind weg, gestern waren noch 450 drauf",
        "i miei punti fedeltà sono spariti dal conto",
        "Mina bonuspoäng har försvunnit",
        "Mijn cadeaubon is leeg terwijl ik hem nooit heb gebruikt",
    ] {
        assert!(reason(m).is_some(), "{m}");
    }
    for m in [
        "lost my gift card, can you replace it",
        "¿cómo puedo leer el saldo de la tarjeta regalo?",
        "do points expire?",
    ] {
        assert_eq!(reason(m), None, "{m}");
    }
}

/// A near miss beside a failure, a deposit still held, work that came
/// back worse, and a fee refused with its amount.
#[test]
fn near_misses_held_deposits_and_work_that_came_back_worse_go_to_staff() {
    for m in [
        "the buckle on my harness slipped while abseiling. nobody hurt but it was scary",
        "Il set da ferrata si è strappato al primo utilizzo, potevo farmi male",
        "Die Kaution für die Lawinenausrüstung ist nach 2 Wochen immer noch auf meiner Karte blockiert",
        "Meine Ski sind vom Service mit einem Kratzer im Belag zurückgekommen",
        "the damage report says the tent was torn but it wasnt. i don't accept the 40 euro",
    ] {
        assert!(reason(m).is_some(), "{m}");
    }
    for m in [
        "how long is the deposit blocked on my card?",
        "my skis came back from the service, thanks, they look great",
        "is a via ferrata scary for kids?",
    ] {
        assert_eq!(reason(m), None, "{m}");
    }
}

/// A return and no money yet, after a wait, is a refund missing.
#[test]
fn a_return_with_no_money_after_weeks_is_a_refund_overdue() {
    let m = "Meine Retoure ist seit 3 Wochen bei euch und ich hab immer noch kein Geld";
    assert!(reason(m).is_some(), "{m}");
    let m = "wie lange dauert die Rückerstattung nach der Retoure?";
    assert_eq!(reason(m), None, "{m}");
}

#[test]
fn short_refunds() {
    let words = crate::text::words;
    assert!(super::money_wrongly_short(&words(
        "my refund was less than the price"
    )));
    assert!(!super::money_wrongly_short(&words(
        "is the refund less if I used a voucher?"
    )));
}

/// Money not given back for an order the customer cancelled, in English
/// and in the customer's language; how a refund after cancelling goes is
/// the help pages' to tell.
#[test]
fn money_not_given_back_after_cancelling_goes_to_staff() {
    for m in [
        "I cancelled 1042 ten days ago and the money is still not back",
        "я отменила заказ, а деньги так и не вернули",
        "otkazala sam narudžbu, a novac još nije vraćen",
        "atcēlu pasūtījumu, bet nauda joprojām nav atgriezta",
    ] {
        assert!(reason(m).is_some(), "{m}");
    }
    for m in [
        "if I cancel, how soon is the money back on my card?",
        "how long until the money is back after a cancellation?",
        "will there be a cancellation charge?",
    ] {
        assert_eq!(reason(m), None, "{m}");
    }
}
