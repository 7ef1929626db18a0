//! When the shop closes, and "when", in the first languages: "wann
//! schließt ihr heute?", "hoe laat sluiten jullie vandaag?", "när stänger
//! ni idag?" kept the question word as a word to search for and read no
//! closing, so the opening-hours page scored below the bar and the
//! answer was "I don't know". The verbs of closing read as "closed" (as
//! the adjectives already did), the question words as "when", which the
//! search then drops as English does. The later languages' "when"
//! (`=kada`, `=когда`, …) were already read.

pub(in crate::glossary) const HOURS: &[(&str, &str)] = &[
    // Closing, as the shop does it.
    ("=schließt", "closed"),
    ("=schliesst", "closed"),
    ("=schließen", "closed"),
    ("=schliessen", "closed"),
    ("=chiudete", "closed"),
    ("=chiude", "closed"),
    ("=chiudono", "closed"),
    ("=chiusura", "closed"),
    ("=chiuso", "closed"),
    ("=chiusi", "closed"),
    ("=sluiten", "closed"),
    ("=sluit", "closed"),
    ("zamyka", "closed"),
    ("=zamknięte", "closed"),
    ("=zamkniete", "closed"),
    ("zavírá", "closed"),
    ("=zavirate", "closed"),
    ("zatvára", "closed"),
    ("zatvara", "closed"),
    ("=zártok", "closed"),
    ("=zárnak", "closed"),
    ("zárás", "closed"),
    ("închide", "closed"),
    ("=inchideti", "closed"),
    ("=lukke", "closed"),
    ("=suljette", "closed"),
    ("=suljetteko", "closed"),
    ("=suljetaan", "closed"),
    ("=sulkeutuu", "closed"),
    ("κλείνε", "closed"),
    ("κλεινε", "closed"),
    ("zapira", "closed"),
    ("uždar", "closed"),
    ("slēdz", "closed"),
    ("sulge", "closed"),
    ("закрыва", "closed"),
    ("закрива", "closed"),
    ("зачиня", "closed"),
    ("затваря", "closed"),
    // "When", asked.
    ("=wann", "when"),
    ("=quand", "when"),
    ("=cuándo", "when"),
    ("=quando", "when"),
    ("=wanneer", "when"),
    ("=kiedy", "when"),
    ("=kdy", "when"),
    ("=kedy", "when"),
    ("=mikor", "when"),
    ("=hánykor", "when"),
    ("=când", "when"),
    ("=cand", "when"),
    ("=när", "when"),
    ("=hvornår", "when"),
    ("=milloin", "when"),
    ("=πότε", "when"),
    ("=ποτε", "when"),
];
