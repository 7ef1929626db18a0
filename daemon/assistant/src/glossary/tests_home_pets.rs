//! The names of furniture and home goods (`home`) and of pets and their
//! food and gear (`pets`).

use super::*;

/// A furniture shop's customers ask about sofas, mattresses, wardrobes,
/// curtains, lamps and stains in their own words; each line gains the
/// English a furniture or lighting help page uses.
#[test]
fn furniture_and_lighting_words_gain_their_english() {
    for (line, en) in [
        ("¿Cuánto cuesta el sofá de tres plazas?", "sofa"),
        ("¿Tenéis sillas a juego con la mesa?", "chair"),
        ("El colchón llegó con una mancha", "stain"),
        ("¿La almohada es lavable?", "pillow"),
        ("Wie lange dauert die Lieferung der Matratze?", "mattress"),
        ("Ist der Kleiderschrank schon montiert?", "wardrobe"),
        ("Der Sessel hat einen Fleck", "armchair"),
        ("Der Sessel hat einen Fleck", "stain"),
        (
            "Gibt es die Deckenleuchte auch in Schwarz?",
            "ceiling light",
        ),
        ("Liefert ihr mit Zweimannlieferung?", "two-person delivery"),
        ("Combien coûte le canapé d'angle ?", "sofa"),
        ("Mon fauteuil est arrivé avec une rayure", "scratch"),
        ("Les rideaux sont-ils doublés ?", "curtain"),
        ("Quanto costa il divano letto?", "sofa"),
        ("Quanto costa il divano letto?", "bed"),
        ("Il tavolo di rovere ha un graffio", "oak"),
        ("Hoeveel kost een eettafel van eiken?", "dining table"),
        ("Mijn dekbed heeft vlekken", "duvet"),
        ("Zijn de gordijnen op maat?", "curtain"),
        ("Quanto custa o sofá com almofadas?", "cushion"),
        ("A gaveta do roupeiro está partida", "drawer"),
        ("Ile kosztuje szafa przesuwna?", "wardrobe"),
        ("Czy materac jest w zestawie z łóżkiem?", "bed"),
        ("Na dywanie jest plama", "rug"),
        ("Hvad koster et spisebord?", "dining table"),
        ("Sengen kom med en ridse", "scratch"),
        ("Finns soffan i grått?", "sofa"),
        ("Har dere gardiner i lin?", "curtain"),
        ("Paljonko sohva maksaa?", "sofa"),
        ("Patjan päällinen on likainen", "cover"),
        ("Kolik stojí pohovka?", "sofa"),
        ("Matrace má skvrnu", "stain"),
        ("Mennyibe kerül a szekrény?", "wardrobe"),
        ("Mennyi a szállítás a kanapéra?", "sofa"),
        ("Cât costă canapeaua extensibilă?", "sofa"),
        ("Salteaua are o pată", "mattress"),
        ("Πόσο κοστίζει ο καναπές;", "sofa"),
        ("Η ντουλάπα ήρθε χωρίς πόδια", "wardrobe"),
        ("Koltuk takımı ne kadar?", "armchair"),
        ("Perdesi kısa geldi", "curtain"),
    ] {
        assert!(
            with_english(line).contains(en),
            "{line}: {}",
            with_english(line)
        );
    }
}

/// A pet shop's customers ask about food, litter, leads, fleas and the
/// vet for their dogs, cats and puppies in their own words; each line
/// gains the English a pet shop's help page uses.
#[test]
fn pet_words_gain_their_english() {
    for (line, en) in [
        ("¿Tenéis comida para cachorros?", "puppy"),
        ("Mi perro tiene pulgas", "fleas"),
        ("Mi perro tiene pulgas", "dog"),
        ("¿El rascador sirve para gatitos?", "scratching post"),
        ("¿Qué arenero recomendáis para dos gatos?", "litter box"),
        ("Hat das Trockenfutter Getreide?", "dry food"),
        ("Welche Leine passt zu meinem Welpen?", "leash"),
        ("Welche Leine passt zu meinem Welpen?", "puppy"),
        ("Katzenstreu klumpt nicht", "litter"),
        ("Brauche ich eine Wurmkur für meine Katze?", "wormer"),
        ("Le chiot peut-il manger ces friandises ?", "treats"),
        ("Quelle litière pour un chaton ?", "kitten"),
        ("Mon chien a des tiques", "ticks"),
        ("Il guinzaglio è troppo corto per il mio gatto", "leash"),
        ("La lettiera per gatti è profumata?", "litter"),
        ("Hoeveel kost de krabpaal?", "scratching post"),
        ("Mijn hond heeft vlooien", "fleas"),
        ("Is dit natvoer graanvrij?", "grain-free"),
        ("O meu cão precisa de uma coleira nova", "collar"),
        ("A ração é para gatinhos?", "kitten"),
        ("Czy ta karma jest dla szczeniaka?", "puppy"),
        ("Mój pies ma pchły", "fleas"),
        ("Jaki żwirek dla kota polecacie?", "litter"),
        ("Har I godbidder til hvalpe?", "treats"),
        ("Min hund har fått fästingar", "ticks"),
        ("Passer halsbåndet til en kattunge?", "kitten"),
        ("Onko tämä kissanhiekka pölytöntä?", "litter"),
        ("Koiran valjaat ovat liian pienet", "harness"),
        ("Kolik stojí krmivo pro štěně?", "puppy"),
        ("Kolik stojí krmivo pro štěně?", "food"),
        ("Mačka nechce jesť granuly", "cat"),
        ("Potřebuji obojek proti klíšťatům", "ticks"),
        ("Mennyi a kutyatáp szállítása?", "food"),
        ("Van bolhák elleni nyakörv?", "collar"),
        ("Cât costă hrana pentru pisici?", "cat"),
        ("Câinele meu are purici", "fleas"),
        ("Πόσο κάνει η τροφή για γάτα;", "food"),
        ("Ο σκύλος μου έχει ψύλλους", "fleas"),
        ("Kedi kumu ne zaman gelir?", "litter"),
        ("Köpeğim için tasma arıyorum", "leash"),
        ("Veteriner onaylı mı?", "vet"),
    ] {
        assert!(
            with_english(line).contains(en),
            "{line}: {}",
            with_english(line)
        );
    }
}

/// The stems and words the home and pet tables left out or made whole
/// words, because they begin an English word ("armadillo", "madrassa",
/// "transporting", "veterinary", "Tasmania") or are an English word or a
/// common word of another served language with another meaning (Spanish
/// "pude", Dutch "voer" and "verhoging", Swedish "kissar" and "köpeavtal",
/// Danish "skuffet", Hungarian "köpeny", Lithuanian "gardinti", Czech
/// "kreslit", Turkish "kat" and "yaş", Slovene "kot", Slovak "stena",
/// Polish "kanapka"), read as nothing; the words an earlier table reads
/// keep that reading.
#[test]
fn home_and_pet_words_leave_others_alone() {
    for w in [
        // The island customers ship to, Portuguese wood.
        "madeira",
        "armadillo",
        "madrassa",
        "madras",
        "transporting",
        "veterinary",
        "veterinarian",
        "tasmania",
        "granule",
        "stolen",
        "stole",
        "stol",
        "lit",
        "killing",
        "chat",
        "chats",
        "cane",
        "pies",
        "mama",
        "bur",
        "polka",
        "ladder",
        "hoes",
        "plank",
        "lades",
        "pude",
        "pienso",
        "cojinete",
        "cuscinetto",
        "kanapka",
        "szafir",
        "szafran",
        "verhoging",
        "voer",
        "teken",
        "kast",
        "leer",
        "bank",
        "kissar",
        "firande",
        "köpeavtal",
        "köpeny",
        "hyldeblomst",
        "skuffet",
        "skuffelse",
        "alom",
        "gardinti",
        "kreslit",
        "štěnice",
        "plet",
        "stena",
        "stene",
        "peste",
        "perde",
        "caminha",
        "perna",
        "bolha",
        "kat",
        "kot",
        "masa",
        "yaş",
        "kuru",
        "balıkesir",
        "parazit",
        "peiling",
        "saltear",
        "salteado",
        "leke",
        "pære",
        "trekk",
        "tapete",
        "tischler",
        "decke",
        "geschirr",
        "futter",
        "foder",
        "laisse",
        "bureau",
        "commode",
        "ampoule",
        "matto",
        "spiegelei",
    ] {
        assert_eq!(english(w), None, "{w}");
    }
    assert_eq!(english("stof"), Some("fabric material"));
    assert_eq!(english("lampadina"), Some("lamp"));
    assert_eq!(english("tenda"), Some("tent"));
    assert_eq!(english("matelas"), Some("mat sleeping mat"));
}
