//! Escalation rules on the gaps the eight-language probe conversations
//! (`corpus/probes-conversations.tsv`) found: a business asking for a
//! contact, harm to a pet or from a device, a person asked for in French
//! and Dutch, and the negatives beside them (a rule asked for, a channel
//! asked for).

use super::*;

#[test]
fn a_business_asking_for_a_contact_is_for_the_team() {
    for m in [
        "hi, I write for a cycling magazine and would like a press contact for a review piece",
        "Bonjour, je suis journaliste pour un magazine déco et je cherche un contact presse",
        "dzien dobry, prowadze hurtownie kosmetykow i szukam osoby kontaktowej do wspolpracy",
        "Wir sind ein Verlag aus Köln und suchen einen Ansprechpartner für eine Lesung",
        "somos distribuidores en México y queremos hablar con alguien sobre colaboración",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::CustomerRequest), "{m}");
    }
    // A channel asked for as information, a matter with nobody asked for,
    // and one declined, are the help pages'.
    for m in [
        "what's the email for press enquiries?",
        "do you sell wholesale?",
        "no need for a press contact, just the opening hours",
        "is my personal data safe with you?",
    ] {
        assert_eq!(reason(m), None, "{m}");
    }
}

#[test]
fn a_pet_or_a_person_made_ill_and_a_device_that_smoked_or_shocked() {
    for m in [
        "mi perro vomitó toda la noche despues de comer las chuches",
        "mijn hond is ziek geworden van de kauwstaven, dierenarts vermoedt dat het daaraan ligt",
        "kot sie pochorowal po nowej karmie, weterynarz podejrzewa zatrucie",
        "my cat got sick after eating the new kibble",
        "dopo aver usato il siero ho la pelle tutta arrossata e brucia",
        "o protetor solar me deu uma alergia horrível",
        "der akku vom bluetooth lautsprecher ist aufgebläht und hat gequalmt",
        "o carregador do celular deu choque quando liguei na tomada",
        "me dio calambre el teclado al enchufarlo",
        "the charger started smoking on my desk",
    ] {
        assert!(assess(m).health, "{m}");
    }
    for m in [
        "is this food safe if my dog has a sensitive stomach?",
        "I got sick of waiting, where is my order 1042?",
        "do you sell a cream for arrossata skin?",
    ] {
        assert!(!assess(m).health, "{m}");
    }
}

#[test]
fn a_person_asked_for_in_french_and_dutch() {
    for m in [
        "ok merci. maintenant passez moi un conseiller",
        "oke. nu wil ik een mens spreken",
        "y a quelqu'un de vrai derrière ou c'est que des robots ?",
        "serait-il possible qu'un conseiller me téléphone demain entre 12h et 14h ?",
    ] {
        assert_eq!(reason(m), Some(HandoverReason::CustomerRequest), "{m}");
    }
    // Romanian "nu" (not) is a negation; Dutch "nu" (now) before a
    // Dutch word is not.
    let w = |l: &str| crate::text::words(l);
    assert!(signals::negates(&w("nu vreau un operator"), 0));
    assert!(!signals::negates(&w("nu wil ik een mens spreken"), 0));
}

#[test]
fn a_rule_or_a_channel_asked_for_stays_with_the_assistant() {
    for m in [
        "on peut annuler une commande déjà expédiée ?",
        "si può annullare un ordine già spedito?",
        "mi date la mail dell'assistenza clienti?",
        "est ce que je peux annuler ma commande une fois expédiée ?",
        "se eu for cobrado duas vezes o que acontece?",
        "pas besoin d'un humain, dites moi juste si les lunettes sont livrées avec un étui",
        "hoef niemand te spreken, zeg me gewoon of de parfum ook in 30ml is",
    ] {
        assert_eq!(reason(m), None, "{m}");
    }
    // "Encore une fois" is again, not once: the request stands.
    assert_eq!(
        reason("annulez ma commande 48213, je le dis encore une fois"),
        Some(HandoverReason::OrderChange)
    );
}

#[test]
fn credit_that_vanished_in_portuguese() {
    assert!(reason("meu saldo do vale-presente sumiu").is_some());
    assert!(reason("os meus pontos desapareceram da conta").is_some());
}

#[test]
fn polish_written_without_its_marks_reads_as_with_them() {
    for (plain, marked) in [
        ("czlowiek", "człowiek"),
        ("przyszla", "przyszła"),
        ("wyslijcie", "wyślijcie"),
    ] {
        assert!(crate::glossary::english(plain).is_some(), "{plain}");
        assert_eq!(
            crate::glossary::english(plain),
            crate::glossary::english(marked),
            "{plain}"
        );
    }
    for m in [
        "prosze o telefon, 601 234 567",
        "czy moge porozmawiac z czlowiekiem?",
    ] {
        assert!(reason(m).is_some(), "{m}");
    }
    // A French or Spanish word unmarked is often another word: "livre"
    // (a book) is not "livré" (delivered).
    assert_eq!(crate::glossary::english("livre"), None);
}

#[test]
fn a_device_that_smells_of_burning_or_shocks_is_a_danger() {
    for m in [
        "el calentador de biberones empezo a echar humo y olor a quemado",
        "de waterkoker gaf een schok toen ik hem aanraakte",
        "meu filho se machucou com uma peça do brinquedo que quebrou, cortou o dedo",
    ] {
        assert!(assess(m).health, "{m}");
    }
}
