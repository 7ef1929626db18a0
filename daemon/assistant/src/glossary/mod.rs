//! Support vocabulary of the languages customers of European shops write
//! in, mapped to the English words help pages use, so that "Wie viel
//! kostet der Versand?" finds the shipping page and counts as a shipping
//! question: es, de, fr, it, nl, pt, pl (`west`), da, sv, nb, fi
//! (`north`), cs, sk, hu, ro, el (`east`). The vocabulary of what shops
//! of many trades sell (ingredients, samples, points, expiry, spare parts,
//! sizes, ways to pay and to collect) has tables of its own, looked up
//! after those: `shop_romance` (es, fr, it, pt), `shop_west` (de, nl, pl),
//! `shop_north`, `shop_east` (cs, sk, hu, ro) and `shop_greek`. Only
//! everyday support words: nothing names a shop, product or article. An entry starting with `=`
//! matches the whole word; others match its beginning, so a prefix must
//! not begin an English word a customer would write (the tests check a
//! list of them).

mod east;
mod north;
mod shop_east;
mod shop_greek;
mod shop_north;
mod shop_romance;
mod shop_west;
mod west;

/// Every language's entries, looked up in this order: the first entry
/// that matches a word decides, so an entry of one language shadows a
/// later one of another that starts the same way. The shop tables come
/// last, so they never take a word the support tables already read.
const TABLES: [&[(&str, &str)]; 8] = [
    west::WEST,
    north::NORTH,
    east::EAST,
    shop_romance::SHOP_ROMANCE,
    shop_west::SHOP_WEST,
    shop_north::SHOP_NORTH,
    shop_east::SHOP_EAST,
    shop_greek::SHOP_GREEK,
];

/// The English support words for `word` (lowercased), if it is one of the
/// glossary's.
pub fn english(word: &str) -> Option<&'static str> {
    let first = word.chars().next()?;
    INDEX.get(&first)?.iter().find_map(|&(key, exact, en)| {
        let hit = if exact {
            word == key
        } else {
            word.starts_with(key)
        };
        hit.then_some(en)
    })
}

/// One glossary entry: its key without the `=`, whether it must match the
/// whole word, and its English.
type Entry = (&'static str, bool, &'static str);

/// The tables' entries by their key's first letter, in table order. A word
/// can only match a key that starts with its own first letter, so the
/// first hit in its bucket is the first hit in the tables; looking up a
/// word no longer scans every entry of every language (this runs for each
/// word of each line, several times a turn).
static INDEX: std::sync::LazyLock<std::collections::HashMap<char, Vec<Entry>>> =
    std::sync::LazyLock::new(|| {
        let mut index: std::collections::HashMap<char, Vec<Entry>> =
            std::collections::HashMap::new();
        for &(k, en) in TABLES.iter().flat_map(|t| t.iter()) {
            let (key, exact) = match k.strip_prefix('=') {
                Some(exact) => (exact, true),
                None => (k, false),
            };
            if let Some(first) = key.chars().next() {
                index.entry(first).or_default().push((key, exact, en));
            }
        }
        index
    });

/// Function words of the glossary's languages: noise for retrieval.
/// Words of the added languages that English customers write with a
/// meaning of their own ("on", "in", "mine", "pot", "care", "ale", "van")
/// are left out.
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    // es
    "el", "la", "los", "las", "un", "una", "de", "del", "en", "y", "que", "mi", "mis", "por",
    "para", "con", "es", "se", "lo", "al", "puedo", "hay", "como", "cómo", "qué", "dónde",
    "su", "sus", "tu", "tus", "esta", "esto", "pero", "muy", "más", "ya", "también",
    // de
    "der", "das", "dem", "ein", "eine", "einen", "und", "ist", "ich", "mein", "meine", "nach",
    "mit", "für", "wie", "viel", "was", "wo", "kann", "ihr", "sie", "es", "zu", "auf", "bei",
    "noch", "nicht", "sind", "habe", "wird", "werden", "gibt", "einem", "einer", "eines", "vom",
    "zum", "zur", "dass", "oder", "aber", "wenn", "schon", "auch", "sich", "mich",
    // fr
    "le", "les", "une", "des", "du", "et", "est", "je", "ma", "mon", "mes", "pour", "avec",
    "combien", "quel", "quelle", "vous", "pouvez", "peux", "temps", "au", "aux", "ce", "cette",
    "ces", "sur", "dans", "mais", "ou", "qui", "elle", "nous", "votre", "vos", "ne", "sont",
    "avez",
    // it
    "il", "lo", "gli", "di", "della", "del", "per", "con", "è", "sono", "posso", "mio", "mia",
    "dove", "quale", "che", "uno", "nel", "nella", "sul", "anche", "questo", "questa",
    // nl
    "de", "het", "een", "en", "is", "ik", "mijn", "naar", "met", "voor", "hoe", "duurt", "waar",
    "wat", "kan", "jullie", "te", "om", "dat", "niet", "ook", "bij", "nog", "heb", "heeft",
    "zijn", "uw",
    // pt
    "o", "os", "as", "um", "uma", "do", "da", "em", "e", "meu", "minha", "com", "onde", "posso",
    "vocês", "não", "seu", "sua", "isso", "também", "já",
    // pl
    "czy", "jak", "ile", "mój", "moja", "moje", "do", "na", "w", "z", "i", "jest", "się", "nie",
    "dla", "gdzie", "kiedy", "jaki", "jaka", "jakie", "przez", "mam",
    // da, sv, nb
    "jeg", "jag", "min", "mit", "mitt", "og", "och", "det", "den", "er", "är", "til",
    "till", "på", "har", "hvor", "hvad", "hva", "hur", "vad", "hvordan", "ikke", "inte", "af",
    "av", "med", "fra", "från", "för", "ni", "dere", "vil", "vill", "skal", "ska", "vi", "ett",
    // fi
    "minun", "mun", "minulla", "mulla", "ja", "kuinka", "paljon", "mikä", "missä", "mitä",
    "voinko", "onko", "ei", "teillä", "teidän", "olen", "voi", "kun", "että", "tämä",
    // cs, sk
    "je", "mi", "můj", "moji", "môj", "moju", "kde", "jsem", "som", "mám", "můžu", "mohu",
    "môžem", "prosím", "pre", "od", "po", "sa", "ako", "kdy", "nebo", "také", "který", "která",
    "které",
    // hu
    "az", "hogy", "hol", "nem", "meg", "és", "egy", "mikor", "hogyan", "kérem", "tudok",
    "lehet", "ezt", "azt", "már", "még", "csak", "vagy",
    // ro
    "și", "si", "cu", "pe", "unde", "mea", "meu", "este", "nu", "vă", "va", "rog", "cum", "când",
    "cand", "din", "pentru", "în", "să", "mai", "sunt",
    // el
    "το", "τη", "την", "η", "ο", "οι", "τα", "του", "της", "μου", "και", "να", "στο", "στη",
    "στην", "για", "με", "από", "πού", "που", "πώς", "πως", "είναι", "θα", "δεν", "μπορώ",
    "ένα", "μια", "σε", "στα", "στις", "στους", "τις", "τους", "ένας", "αυτό", "αυτή", "έχω",
    "έχετε", "ή", "όταν",
];

/// `text` for retrieval: function words of the glossary's languages
/// dropped and glossary words replaced by their English, so that a question
/// in German weighs as much as the same question in English.
pub fn for_retrieval(text: &str) -> String {
    let words = crate::text::words(text);
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| !FUNCTION_WORDS.contains(&w.as_str()))
        .map(|(i, w)| {
            english_after(i.checked_sub(1).and_then(|p| words.get(p)), w).unwrap_or(w.as_str())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` followed by the English words for any glossary words in it.
pub fn with_english(text: &str) -> String {
    let words = crate::text::words(text);
    let extra: Vec<&str> = words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| english_after(i.checked_sub(1).and_then(|p| words.get(p)), w))
        .collect();
    if extra.is_empty() {
        text.to_string()
    } else {
        format!("{text} {}", extra.join(" "))
    }
}

/// Negations written as their own word ("non aperto", "pas ouvert", "no
/// abierto", "nicht geöffnet"): returning an unopened product is the rule
/// most returns pages state, and "opened" alone would read the opposite
/// (or as opening hours).
const NEGATORS: &[&str] = &[
    // Not "nu" (Danish and Swedish "now") nor "ne".
    "non", "not", "no", "nicht", "pas", "niet", "nie", "não", "nao", "ikke", "inte", "ei", "sin",
    "senza", "ohne", "zonder", "sem", "bez", "uden", "utan",
];

/// The English of `word`, read with the word before it.
fn english_after(prev: Option<&String>, word: &str) -> Option<&'static str> {
    let en = english(word)?;
    let negated = prev.is_some_and(|p| NEGATORS.contains(&p.as_str()));
    Some(match en {
        "opened" | "opened open" if negated => "unopened",
        "used" if negated => "unused",
        _ => en,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reaching_the_shop_tailoring_and_dutch_return_compounds() {
        for (line, english) in [
            ("qual è il numero del servizio clienti?", "number"),
            ("qual è il numero del servizio clienti?", "service"),
            ("hoe lang is de retourtermijn", "return"),
            ("quanto costa l'orlo dei pantaloni", "hem"),
            ("combien coûte l'ourlet", "hem"),
            ("et c'est gratuit à partir de combien ?", "free"),
        ] {
            assert!(with_english(line).contains(english), "{line}");
        }
    }

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
        ] {
            assert_eq!(english(w), Some("cancel"), "{w}");
        }
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
}
