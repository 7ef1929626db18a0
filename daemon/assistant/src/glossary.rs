//! Support vocabulary of the languages customers of European shops write
//! in (es, de, fr, it, nl, pt, pl), mapped to the English words help pages
//! use, so that "Wie viel kostet der Versand?" finds the shipping page and
//! counts as a shipping question. Only everyday support words: nothing
//! names a shop, product or article. An entry starting with `=` matches
//! the whole word; others match its beginning.

const GLOSSARY: &[(&str, &str)] = &[
    // shipping and delivery
    ("envío", "shipping delivery"),
    ("envio", "shipping delivery"),
    ("enviá", "shipping"),
    ("enviam", "ship"),
    ("=envían", "ship"),
    ("entrega", "delivery"),
    ("versand", "shipping"),
    ("verschick", "shipping"),
    ("liefer", "delivery deliver"),
    ("zustell", "delivery"),
    ("livraison", "delivery shipping"),
    ("livrez", "deliver ship"),
    ("livrer", "deliver"),
    ("expédi", "shipping dispatch"),
    ("spedizion", "shipping"),
    ("spedi", "ship shipping"),
    ("consegn", "delivery deliver"),
    ("verzend", "shipping"),
    ("verzond", "shipping"),
    ("bezorg", "delivery deliver"),
    ("levering", "delivery"),
    ("wysył", "shipping ship"),
    ("wysyl", "shipping ship"),
    ("dostaw", "delivery"),
    ("dostarcz", "delivery deliver"),
    ("doręcz", "delivered delivery"),
    ("=enviar", "ship"),
    // countries
    ("deutschland", "germany"),
    ("alemania", "germany"),
    ("allemagne", "germany"),
    ("germania", "germany"),
    ("duitsland", "germany"),
    ("niemiec", "germany"),
    ("=niemcy", "germany"),
    ("alemanha", "germany"),
    ("österreich", "austria"),
    ("autriche", "austria"),
    ("oostenrijk", "austria"),
    ("=austrii", "austria"),
    ("frankreich", "france"),
    ("=francia", "france"),
    ("frankrijk", "france"),
    ("francj", "france"),
    ("frança", "france"),
    ("italien", "italy"),
    ("=italia", "italy"),
    ("italië", "italy"),
    ("włoch", "italy"),
    ("itália", "italy"),
    ("spanien", "spain"),
    ("españa", "spain"),
    ("espagne", "spain"),
    ("spagna", "spain"),
    ("spanje", "spain"),
    ("hiszpani", "spain"),
    ("espanha", "spain"),
    ("polen", "poland"),
    ("pologne", "poland"),
    ("=polonia", "poland"),
    ("polsk", "poland"),
    ("=polski", "poland"),
    ("polónia", "poland"),
    ("belgien", "belgium"),
    ("bélgica", "belgium"),
    ("belgique", "belgium"),
    ("belgio", "belgium"),
    ("belgië", "belgium"),
    ("belgii", "belgium"),
    ("schweiz", "switzerland"),
    ("suiza", "switzerland"),
    ("suisse", "switzerland"),
    ("svizzera", "switzerland"),
    ("zwitserland", "switzerland"),
    ("szwajcari", "switzerland"),
    ("suíça", "switzerland"),
    ("niederlande", "netherlands"),
    ("=holanda", "netherlands"),
    ("nederland", "netherlands"),
    ("pays-bas", "netherlands"),
    ("=holandii", "netherlands"),
    // returns, refunds, exchanges, cancelling
    ("devol", "return"),
    ("reembols", "refund"),
    ("rücksend", "return"),
    ("zurückschick", "return send back"),
    ("zurücksend", "return send back"),
    ("zurückgeb", "return"),
    ("rückgab", "return"),
    ("retoure", "return"),
    ("rückerstatt", "refund"),
    ("erstatt", "refund"),
    ("umtausch", "exchange"),
    ("=retour", "return"),
    ("retourner", "return"),
    ("renvoy", "return send back"),
    ("rembours", "refund"),
    ("échang", "exchange"),
    ("=reso", "return"),
    ("restitu", "return"),
    ("rimbors", "refund"),
    ("retourn", "return"),
    ("terugstur", "return send back"),
    ("terugbetal", "refund"),
    ("=ruilen", "exchange"),
    ("zwrot", "return refund"),
    ("zwróc", "return"),
    ("wymian", "exchange"),
    ("stornier", "cancel"),
    ("annul", "cancel"),
    ("anul", "cancel"),
    ("cancela", "cancel"),
    ("cancele", "cancel"),
    // orders and parcels
    ("pedido", "order"),
    ("bestellung", "order"),
    ("commande", "order"),
    ("=ordine", "order"),
    ("bestelling", "order"),
    ("encomenda", "order"),
    ("zamówieni", "order"),
    ("zamowieni", "order"),
    ("paquete", "parcel"),
    ("=paket", "parcel"),
    ("=colis", "parcel"),
    ("=pacco", "parcel"),
    ("pakket", "parcel"),
    ("pacote", "parcel"),
    ("paczk", "parcel"),
    ("sendungsnummer", "tracking"),
    ("seguimiento", "tracking"),
    ("suivi", "tracking"),
    ("tracciamento", "tracking"),
    ("rastreio", "tracking"),
    // payment
    ("=pago", "payment pay"),
    ("=pagar", "pay"),
    ("pagament", "payment"),
    ("=pagare", "pay"),
    ("=pagam", "pay"),
    ("bezahl", "pay payment"),
    ("zahlung", "payment"),
    ("=zahlen", "pay"),
    ("paiement", "payment"),
    ("=payer", "pay"),
    ("betal", "pay payment"),
    ("płat", "payment pay"),
    ("zapłac", "pay"),
    ("płac", "pay"),
    ("cobr", "charged"),
    ("abgebucht", "charged"),
    ("belastet", "charged"),
    ("abbuch", "charge"),
    ("débit", "charged"),
    ("prélev", "charged"),
    ("addebit", "charged"),
    ("afgeschreven", "charged"),
    ("afschrijving", "charge"),
    ("pobran", "charged"),
    ("obciąż", "charged"),
    ("tarjeta", "card"),
    ("=karte", "card"),
    ("kreditkarte", "credit card"),
    ("=carte", "card"),
    ("=carta", "card"),
    ("cartão", "card"),
    ("cartõ", "card"),
    ("=kaart", "card"),
    ("=karta", "card"),
    ("=kartą", "card"),
    ("factura", "invoice"),
    ("rechnung", "invoice"),
    ("facture", "invoice"),
    ("fattura", "invoice"),
    ("factuur", "invoice"),
    ("fatura", "invoice"),
    ("faktur", "invoice"),
    ("aceptan", "accept"),
    ("aceitam", "accept"),
    ("akzeptier", "accept"),
    ("acceptez", "accept"),
    ("accettate", "accept"),
    ("akceptuj", "accept"),
    ("achteraf", "pay later"),
    ("gutschein", "voucher gift card"),
    ("guthaben", "credit"),
    ("tegoed", "credit"),
    // account
    ("=cuenta", "account"),
    ("=konto", "account"),
    ("=compte", "account"),
    ("=conta", "account"),
    ("contraseña", "password"),
    ("passwort", "password"),
    ("wachtwoord", "password"),
    ("=senha", "password"),
    ("hasło", "password"),
    ("=hasla", "password"),
    // products and warranty
    ("garantía", "warranty"),
    ("garantie", "warranty"),
    ("garanzia", "warranty"),
    ("garantia", "warranty"),
    ("gwarancj", "warranty"),
    ("precio", "price"),
    ("=preis", "price"),
    ("=prix", "price"),
    ("prezzo", "price"),
    ("=prijs", "price"),
    ("preço", "price"),
    ("=cena", "price"),
    ("=cuánto", "how much"),
    ("=cuanto", "how much"),
    ("=cuesta", "cost"),
    ("=kostet", "cost"),
    ("=kosten", "cost"),
    ("=coûte", "cost"),
    ("=quanto", "how much"),
    ("=costa", "cost"),
    ("=kost", "cost"),
    ("=hoeveel", "how much"),
    ("=custa", "cost"),
    ("=ile", "how much"),
    ("kosztuj", "cost"),
    ("disponible", "in stock"),
    ("lieferbar", "in stock"),
    ("=disponibile", "in stock"),
    ("=dostępn", "in stock"),
    // contact and opening hours
    ("erreich", "contact reach"),
    ("kontakt", "contact"),
    ("contacto", "contact"),
    ("contactar", "contact"),
    ("contacter", "contact"),
    ("contatt", "contact"),
    ("=contato", "contact"),
    ("contactee", "contact"),
    ("bereik", "contact reach"),
    ("horario", "opening hours"),
    ("horário", "opening hours"),
    ("horaire", "opening hours"),
    ("=orari", "opening hours"),
    ("=orario", "opening hours"),
    ("öffnungszeit", "opening hours"),
    ("openingstijd", "opening hours"),
    ("otwarc", "opening hours"),
    ("teléfono", "phone"),
    ("telefon", "phone"),
    ("téléphone", "phone"),
    ("=telefono", "phone"),
    ("telefoon", "phone"),
    ("=telefone", "phone"),
    ("=tienda", "store"),
    ("=laden", "store"),
    ("filiale", "store"),
    ("magasin", "store"),
    ("boutique", "store"),
    ("negozio", "store"),
    ("=winkel", "store"),
    ("=loja", "store"),
    ("=sklep", "store"),
    ("recoger", "pickup collect"),
    ("abhol", "pickup collect"),
    ("=retrait", "pickup collect"),
    ("=ritiro", "pickup collect"),
    ("ophal", "pickup collect"),
    ("odbi", "pickup collect"),
];

/// The English support words for `word` (lowercased), if it is one of the
/// glossary's.
pub fn english(word: &str) -> Option<&'static str> {
    GLOSSARY.iter().find_map(|(k, en)| {
        let hit = match k.strip_prefix('=') {
            Some(exact) => word == exact,
            None => word.starts_with(k),
        };
        hit.then_some(*en)
    })
}

/// Function words of the glossary's languages: noise for retrieval.
const FUNCTION_WORDS: &[&str] = &[
    // es
    "el", "la", "los", "las", "un", "una", "de", "del", "en", "y", "que", "mi", "mis", "por",
    "para", "con", "es", "se", "lo", "al", "puedo", "hay", "como", "cómo", "qué", "dónde",
    // de
    "der", "das", "dem", "ein", "eine", "einen", "und", "ist", "ich", "mein", "meine", "nach",
    "mit", "für", "wie", "viel", "was", "wo", "kann", "ihr", "sie", "es", "zu", "auf", "bei",
    "noch", "nicht", // fr
    "le", "les", "une", "des", "du", "et", "est", "je", "ma", "mon", "mes", "pour", "avec",
    "combien", "quel", "quelle", "vous", "pouvez", "peux", "temps", "au", "aux", // it
    "il", "lo", "gli", "di", "della", "del", "per", "con", "è", "sono", "posso", "mio", "mia",
    "dove", "quale", "che", // nl
    "de", "het", "een", "en", "is", "ik", "mijn", "naar", "met", "voor", "hoe", "duurt", "waar",
    "wat", "kan", "jullie", // pt
    "o", "os", "as", "um", "uma", "do", "da", "em", "e", "meu", "minha", "com", "onde", "posso",
    "vocês", // pl
    "czy", "jak", "ile", "mój", "moja", "moje", "do", "na", "w", "z", "i", "jest", "się",
];

/// `text` for retrieval: function words of the glossary's languages
/// dropped and glossary words replaced by their English, so that a question
/// in German weighs as much as the same question in English.
pub fn for_retrieval(text: &str) -> String {
    crate::text::words(text)
        .iter()
        .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
        .map(|w| english(w).unwrap_or(w.as_str()).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` followed by the English words for any glossary words in it.
pub fn with_english(text: &str) -> String {
    let extra: Vec<&str> = crate::text::words(text)
        .iter()
        .filter_map(|w| english(w))
        .collect();
    if extra.is_empty() {
        text.to_string()
    } else {
        format!("{text} {}", extra.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_support_words_gain_their_english() {
        assert!(with_english("Wie viel kostet der Versand?").contains("shipping"));
        assert!(with_english("¿Dónde está mi pedido?").contains("order"));
        assert_eq!(english("contact"), None);
        assert_eq!(english("preisliste"), None);
    }
}
