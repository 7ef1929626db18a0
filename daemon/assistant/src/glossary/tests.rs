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
        "avbryt",
        "peruuta",
        "peruuttakaa",
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

/// "Two times" in another language is "twice", as payment pages write
/// it; "times" alone, or a number before another word, is not.
#[test]
fn two_times_is_twice() {
    for line in [
        "Mi avete addebitato due volte lo stesso ordine",
        "Er is twee keer afgeschreven voor één bestelling",
        "Jeg har blitt belastet to ganger for samme ordre",
        "me habéis cobrado dos veces el pedido",
        "j'ai été débité deux fois",
    ] {
        assert!(with_english(line).contains("twice"), "{line}");
    }
    assert!(!with_english("tre volte").contains("twice"));
    assert!(!with_english("dos semanas").contains("twice"));
}

/// The shop opening, asked in the first languages, reads as "open" as
/// "when do you open?" does; German's "macht ... zu / auf" reads by its
/// particle at the line's end, and "zu" anywhere else stays a function
/// word.
#[test]
fn opening_and_closing_verbs_read_as_open_and_closed() {
    for (line, en) in [
        ("wann öffnet ihr morgen?", "open"),
        ("quand ouvrez-vous demain ?", "open"),
        ("a che ora aprite domani?", "open"),
        ("kdy otevíráte v sobotu?", "open"),
        ("när öppnar ni imorgon?", "open"),
        ("når åpner dere i morgen?", "open"),
        ("πότε ανοίγετε αύριο;", "open"),
        ("когда открываетесь завтра?", "open"),
        ("wann macht ihr heute zu?", "closed"),
        ("macht ihr sonntags auf?", "open"),
        ("à quelle heure fermez-vous ?", "closed"),
    ] {
        let read = for_retrieval(line);
        assert!(read.split(' ').any(|w| w == en), "{line}: {read}");
    }
    for line in [
        "das ist mir zu teuer",
        "ich gehe zu dem laden und mache auf",
    ] {
        let read = for_retrieval(line);
        assert!(
            !read.contains("closed") && !read.contains("open"),
            "{line}: {read}"
        );
    }
}

/// "V kolik" is "at what time", though "kolik" alone is "how much".
#[test]
fn v_kolik_asks_when() {
    let read = with_english("v kolik zavíráte?");
    assert!(
        read.contains("when") && !read.contains("how much"),
        "{read}"
    );
    assert!(with_english("kolik stojí doprava?").contains("how much"));
}

/// Today and tomorrow in the languages added after the first.
#[test]
fn today_and_tomorrow_in_the_later_languages() {
    for (line, en) in [
        ("radite li danas?", "today"),
        ("jeste li otvoreni sutra", "tomorrow"),
        ("ali delate jutri?", "tomorrow"),
        ("ar dirbate rytoj?", "tomorrow"),
        ("vai strādājat šodien?", "today"),
        ("kas olete täna avatud?", "today"),
        ("вы работаете завтра?", "tomorrow"),
        ("ви працюєте сьогодні?", "today"),
        ("работите ли утре?", "tomorrow"),
    ] {
        assert!(with_english(line).contains(en), "{line}");
    }
}

/// Lithuanian "antrą kartą" is "the second time", Polish "kartą" by card.
#[test]
fn lithuanian_times_are_not_cards() {
    for line in [
        "rašau jau antrą kartą",
        "dar kartą klausiu",
        "jau trecia karta rasau",
    ] {
        assert!(!with_english(line).contains("card"), "{line}");
    }
    assert!(with_english("zapłaciłem kartą").contains("card"));
    assert!(with_english("płacę tą kartą").contains("card"));
}

/// "How much do they cost" asks a price in the plural and the
/// conditional too, as "cuesta" and "coûte" do.
#[test]
fn costing_in_the_plural_and_the_conditional() {
    for w in [
        "cuestan",
        "costaría",
        "custam",
        "custaria",
        "coûtent",
        "coute",
        "coûterait",
        "costano",
        "costerebbe",
        "kosztować",
        "kosztowałby",
        "kerülnek",
        "kerülne",
    ] {
        assert_eq!(english(w), Some("cost"), "{w}");
    }
    assert_eq!(english("kosztowny"), None);
}
