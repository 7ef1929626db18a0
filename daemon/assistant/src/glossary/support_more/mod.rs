//! Everyday support words of the first sixteen languages (es, de, fr, it,
//! nl, pt, pl, cs, sk, hu, ro, sv, da, nb, fi, el) that the support and
//! shop tables lacked: reaching the shop (customer service, a hotline,
//! calling, hours, open and closed, today, tomorrow, the weekdays,
//! holidays), the customer's data (delete, personal data, GDPR,
//! unsubscribe, locked, reset, link, code), what is done to an order
//! (exchange as a verb, replace, change, add, remove, redirect), money
//! (money back, twice, credit, cheaper, price match, the company's tax
//! number), what happens to a parcel (it arrived, it is late, lost or
//! torn), products (toys, recalls, safety, installing, age) and time
//! (how long, takes, hours). "¿Abrís hoy?", "jak usunąć moje dane
//! osobowe" and "chcę wymienić puzzle na inne" used to keep only their
//! function words. Looked up last, so no word an earlier table reads
//! changes meaning.
//!
//! Verbs that mean both "change" and "exchange" ("cambiar", "cambiare")
//! read as "change": with a possessive they are an order change, and an
//! exchange there would make it a return. Words that are English too
//! ("chat", "code", "link", "newsletter", "hotline", "timer", "alter",
//! "date", "sold", "cod", "remover") are left out, and so are words an
//! earlier entry already takes with another meaning ("telefonnummer" is
//! the phone's, "geschenkkarte" the gift's, "paczkomat" the parcel's,
//! Finnish "poistaa" Slovak insurance's) and words with a commoner other
//! meaning ("batería baja" is low, "buono" good, "instrukcja obsługi" a
//! manual, "ich finde" I find, "laat me weten" let me know, "il
//! personale" the staff, Czech "osobní odběr" collecting in person).
//! French and Italian forms of "arrive" are left out too: their own
//! letters already read as "arriv", and the English a second time would
//! outweigh "cassé" in "arrivé cassé".
//!
//! `hours` reads the verbs of closing and the question words for "when"
//! ("wann schließt ihr heute?", "när stänger ni idag?").
//!
//! Words that often follow "in", "en", "w" or "v" in a sending question
//! ("in ritardo", "en retard", "w poniedziałek", "v pátek") read as two
//! English words, so `retrieval::places_in` does not take them for a
//! destination.

mod cases;
mod east;
mod hours;
mod north;
mod west;

pub(super) use cases::CASES;
pub(super) use east::EAST;
pub(super) use hours::HOURS;
pub(super) use north::NORTH;
pub(super) use west::WEST;
