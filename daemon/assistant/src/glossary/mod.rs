//! Support vocabulary of the languages customers of European shops write
//! in, mapped to the English words help pages use, so that "Wie viel
//! kostet der Versand?" finds the shipping page and counts as a shipping
//! question: es, de, fr, it, nl, pt, pl (`west`), da, sv, nb, fi
//! (`north`), cs, sk, hu, ro, el (`east`). The vocabulary of what shops
//! of many trades sell (ingredients, samples, points, expiry, spare parts,
//! sizes, ways to pay and to collect) has tables of its own, looked up
//! after those: `shop_romance` (es, fr, it, pt), `shop_west` (de, nl, pl),
//! `shop_north`, `shop_east` (cs, sk, hu, ro) and `shop_greek`. The
//! languages added after them come last, so no word those tables read
//! changes meaning: hr, sr (Latin script), bs and sl (`south`), lt, lv,
//! et (`baltic`), bg (`bulgarian`), uk, ru (`east_slavic`) and ca
//! (`catalan`, only the words Spanish, French and Portuguese do not
//! already read); besides the support words they read who the customer
//! wants (a person, an operator, help, to talk, to be called back) and
//! the question words (how much, how long, when, where). `people` adds
//! who the customer wants, and the verbs of asking, in the first
//! languages.
//! `support_more` fills the gaps the support tables left in the first
//! sixteen languages (customer service and hours, today and the weekdays,
//! deleting personal data, unsubscribing, exchanging as a verb, money
//! back, a parcel that arrived, is late or is lost, toys, recalls,
//! installing, age, how long). `rentals` after it reads renting,
//! deposits and re-soling in the served languages, for shops that rent
//! out and repair what they sell, and `gear` after it the everyday names
//! of outdoor, sport and bike gear (tents, sleeping bags, skis, boots,
//! helmets, ropes, a bike's parts). Turkish (tr, `turkish`), added after
//! them, comes after those: its support words, who the customer wants, being
//! called back and the question words, read only where no earlier table
//! reads the word. After Turkish comes the shop vocabulary of the later
//! languages (`shop_south`: hr, sr, bs, sl, bg; `shop_baltic`: lt, lv,
//! et; `shop_east_slavic`: ru, uk, tr), and after it the everyday names
//! of what some trades sell, in every language served: glasses, lenses
//! and eye tests (`optics`), musical instruments and a music shop's
//! services (`instruments`), furniture, lighting and home textiles
//! (`home`), pets, their food and their gear (`pets`). A word typed without marks that no table reads is
//! looked up again among the Polish, Czech and Slovak keys with their
//! marks off ("czlowiek", "przyszla"; see `unmarked`). A line of Greek
//! typed in Latin letters ("akyrwste tin paraggelia") is read through the
//! Greek keys (`greeklish`). Only everyday
//! support words: nothing names a shop,
//! product or article. An entry starting with `=` matches the
//! whole word; others match its beginning, so a prefix must not begin an
//! English word a customer would write (the tests check a list of them).

mod baltic;
mod bulgarian;
mod catalan;
mod east;
mod east_slavic;
mod gear;
mod greeklish;
mod home;
mod instruments;
mod north;
mod optics;
mod people;
mod pets;
mod rentals;
mod shop_baltic;
mod shop_east;
mod shop_east_slavic;
mod shop_greek;
mod shop_north;
mod shop_romance;
mod shop_south;
mod shop_west;
mod south;
mod support_more;
mod turkish;
mod west;

/// Every language's entries, looked up in this order: the first entry
/// that matches a word decides, so an entry of one language shadows a
/// later one of another that starts the same way. The shop tables come
/// last, so they never take a word the support tables already read, and
/// the languages added after them after those; `support_more` after
/// those, so it only reads words no earlier table does, then Turkish,
/// then the later languages' shop words and the trades' names, which
/// only read words no earlier table does.
const TABLES: [&[(&str, &str)]; 29] = [
    west::WEST,
    north::NORTH,
    east::EAST,
    shop_romance::SHOP_ROMANCE,
    shop_west::SHOP_WEST,
    shop_north::SHOP_NORTH,
    shop_east::SHOP_EAST,
    shop_greek::SHOP_GREEK,
    south::SOUTH,
    baltic::BALTIC,
    bulgarian::BULGARIAN,
    people::PEOPLE,
    east_slavic::EAST_SLAVIC,
    catalan::CATALAN,
    support_more::WEST,
    support_more::EAST,
    support_more::NORTH,
    support_more::CASES,
    support_more::HOURS,
    rentals::RENTALS,
    gear::GEAR,
    turkish::TURKISH,
    shop_south::SHOP_SOUTH,
    shop_baltic::SHOP_BALTIC,
    shop_east_slavic::SHOP_EAST_SLAVIC,
    optics::OPTICS,
    instruments::INSTRUMENTS,
    home::HOME,
    pets::PETS,
];

/// The English support words for `word` (lowercased), if it is one of the
/// glossary's.
pub fn english(word: &str) -> Option<&'static str> {
    let first = word.chars().next()?;
    INDEX
        .get(&first)?
        .iter()
        .find_map(|&(key, exact, en)| matches(word, key, exact).then_some(en))
        .or_else(|| word.is_ascii().then(|| unmarked(word)).flatten())
}

/// "Prosze", "doreczona", "wysylaliscie", "reklamace": Polish, Czech and
/// Slovak customers often type without their letters' marks. A word with
/// none is looked up among the keys that have one of those languages'
/// own letters (ą, ę, ł, ś, ż, ź, ć, ń, č, š, ž, ř, ě, ů, ľ, ť, ď, ň),
/// with every mark taken off. Only those keys: a French or Spanish key
/// unmarked is often another word ("livré" is "livre", a book), and a
/// short key unmarked is a word of a neighbouring language (Czech "daň",
/// tax, is Croatian "dan", day) or begins words of any language
/// ("płacen" begins "placenta"): a whole word needs five letters, a
/// beginning seven.
fn unmarked(word: &str) -> Option<&'static str> {
    let first = word.chars().next()?;
    UNMARKED
        .get(&first)?
        .iter()
        .find_map(|(key, exact, en)| matches(word, key, *exact).then_some(*en))
}

/// Whether `word` is the entry `key`: the whole word for an exact entry,
/// its beginning otherwise.
fn matches(word: &str, key: &str, exact: bool) -> bool {
    if exact {
        word == key
    } else {
        word.starts_with(key)
    }
}

/// An unmarked key, whether it must match the whole word, and its English,
/// by the key's first letter.
type UnmarkedIndex = std::collections::HashMap<char, Vec<(String, bool, &'static str)>>;

/// The keys `unmarked` reads, with their marks off, by their first letter
/// and in table order: every English word of every line that no table
/// reads is looked up here, so it must not scan them all (as `INDEX`).
static UNMARKED: std::sync::LazyLock<UnmarkedIndex> = std::sync::LazyLock::new(|| {
    const OWN: &str = "ąęłśżźćńčšžřěůľťďň";
    let mut keys = UnmarkedIndex::new();
    for &(k, en) in TABLES.iter().flat_map(|t| t.iter()) {
        let (key, exact) = match k.strip_prefix('=') {
            Some(exact) => (exact, true),
            None => (k, false),
        };
        // A mark on the last letter is an ending ("materiał",
        // "doręczoną"): there the unmarked word is often an English
        // or Latin one ("material").
        if !key.chars().any(|c| OWN.contains(c))
            || key.chars().last().is_some_and(|c| !c.is_ascii())
        {
            continue;
        }
        let Some(plain) = key.chars().map(plain_letter).collect::<Option<String>>() else {
            continue;
        };
        if plain.chars().count() >= if exact { 5 } else { 7 }
            && let Some(first) = plain.chars().next()
        {
            keys.entry(first).or_default().push((plain, exact, en));
        }
    }
    keys
});

/// A letter of the Latin alphabets of Central Europe without its mark;
/// `None` for one of another script.
fn plain_letter(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c);
    }
    Some(match c {
        'ą' | 'á' | 'ä' => 'a',
        'ę' | 'é' | 'ě' => 'e',
        'í' => 'i',
        'ó' | 'ô' | 'ö' => 'o',
        'ú' | 'ů' | 'ü' => 'u',
        'ł' | 'ľ' | 'ĺ' => 'l',
        'ś' | 'š' => 's',
        'ż' | 'ź' | 'ž' => 'z',
        'ć' | 'č' => 'c',
        'ń' | 'ň' => 'n',
        'ř' | 'ŕ' => 'r',
        'ý' => 'y',
        'ť' => 't',
        'ď' => 'd',
        _ => return None,
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
/// meaning of their own ("on", "in", "mine", "pot", "care", "ale", "van",
/// "me", "to", "no", "man", "u") are left out, and so are words the
/// glossary reads ("koliko", "kur", "kada").
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
    // hr, sr, bs
    "moj", "moju", "mog", "mojoj", "mojom", "sam", "li", "ili", "ali", "ako", "još", "jos",
    "kako", "što", "šta", "za", "iz", "ovo", "ova", "ovaj", "taj", "bih", "bi", "smo", "ste",
    "su", "vas", "vaš", "vaša", "vašu", "vam", "nam", "imam", "imate", "molim", "nije", "nisam",
    "mogu", "možete", "mozete", "može", "moze", "mene", "meni", "koji", "koja", "kojem",
    // sl
    "sem", "lahko", "prosim", "kaj", "ki", "pa", "tudi", "še", "bo", "so", "ima", "vaše",
    // lt
    "mano", "aš", "yra", "ir", "į", "iš", "ar", "kaip", "prašau", "galiu", "galite", "jūs",
    "jūsų", "jusu", "mūsų", "nėra", "dar", "jau", "tik", "apie", "prie", "mane", "mes",
    // lv
    "manu", "es", "un", "vai", "uz", "kā", "ka", "lūdzu", "ludzu", "varu",
    "varat", "jums", "jūsu", "vēl", "tikai", "arī", "nav", "kas", "mēs",
    // et
    "minu", "mu", "mina", "seda", "teie", "teil", "palun", "saan", "kuidas", "mis", "ning",
    "et", "veel", "juba", "ainult", "oma", "olen", "kas", "kui",
    // bg
    "моята", "моя", "моят", "моето", "моите", "на", "и", "в", "във", "за", "от", "до", "с",
    "със", "е", "са", "съм", "да", "ли", "как", "какво", "може", "мога", "можете", "моля",
    "ми", "ме", "се", "ще", "не", "този", "тази", "това", "вие", "вас", "ви", "има", "имам",
    "но", "или", "ако", "още", "вече", "само", "също", "при", "по", "към",
    // uk (not the question words the glossary reads: "де", "коли", "скільки")
    "мій", "моє", "мої", "мого", "мою", "моїх", "моєї", "моєму", "моїм", "моїй", "моєю", "і", "й",
    "та", "а", "але", "або", "чи", "що", "щоб", "як", "який", "яка", "яке", "які", "якого", "якої",
    "якщо", "це", "цей", "ця", "ці", "цього", "цієї", "той", "ті", "я", "ви", "вам", "вами", "ми",
    "нам", "мене", "мені", "мною", "ваш", "ваша", "ваше", "ваші", "вашого", "вашої", "вашому",
    "свій", "своє", "свою", "свого", "своїх", "він", "вона", "воно", "вони", "його", "її", "їх",
    "є", "був", "була", "було", "були", "буде", "бути", "можна", "можу", "можете", "можемо", "будь",
    "ласка", "дякую", "привіт", "вітаю", "добрий", "доброго", "здрастуйте", "так", "ні", "ще",
    "вже", "лише", "тільки", "також", "теж", "дуже", "у", "з", "із", "зі", "від", "для", "про",
    "через", "після", "без", "під", "над", "між", "же", "ж", "би", "б", "ось", "тут", "там",
    // ru (not "где", "когда", "сколько")
    "мой", "моё", "мое", "мои", "моего", "моих", "моей", "моему", "моим", "моём", "моем", "что",
    "чтобы", "какой", "какая", "какое", "какие", "который", "которая", "которые", "если", "это",
    "этот", "эта", "эти", "этого", "тот", "я", "вы", "вам", "вами", "мы", "нас", "нам", "меня",
    "мне", "мной", "ваша", "ваше", "ваши", "вашего", "вашей", "свой", "свою", "своего", "он", "она",
    "оно", "они", "его", "её", "ее", "их", "есть", "был", "была", "было", "были", "будет", "быть",
    "можно", "могу", "можете", "можем", "пожалуйста", "спасибо", "привет", "здравствуйте", "добрый",
    "нет", "ещё", "еще", "уже", "только", "также", "тоже", "очень", "во", "со", "к", "ко", "о",
    "об", "из", "для", "про", "после", "под", "над", "между", "бы", "вот",
    // ca (not "on", "a", "us", "he", "hi", "pot", "pots", "van", "fa", "cap", "sense",
    // "tot", "totes", "molt", "tens", "hem", the elided "l", "d", "m", "s",
    // which are also sizes and vitamins, nor "quan", "quant", "encara",
    // "vull", which the glossary reads)
    "els", "unes", "dels", "amb", "què", "ens", "meva", "meus", "meves", "teu", "teva", "teus",
    "teves", "seva", "seus", "seves", "nostre", "nostra", "nostres", "vostre", "vostra",
    "vostres", "aquest", "aquesta", "aquests", "aquestes", "això", "aquell", "aquella", "allò",
    "aquí", "allà", "també", "però", "perquè", "molta", "moltes", "més", "quin", "quina",
    "quins", "quines", "són", "sóc", "està", "estic", "estan", "estem", "esteu", "tinc",
    "teniu", "té", "tenim", "tenen", "puc", "podeu", "podem", "poden", "podria", "podríeu",
    "vaig", "heu", "feu", "faig", "vosaltres", "nosaltres", "elles", "bona", "doncs", "sobre",
    "ningú", "només", "tota", "cada", "massa", "poc", "mateix", "mateixa", "així", "llavors",
    "acord",
    // More of the commonest function words, politeness and greetings of
    // the first languages (ninth round): left in, a word no page can
    // contain counts against every page, so a German question scored
    // lower than the same question in English. Not the ones that are also
    // English content words or shop words ("van", "son", "plus", "ten",
    // Portuguese "eu" and the EU).
    // de
    "die", "den", "des", "nur", "bitte", "kein", "keine", "keinen", "nein", "hallo", "danke",
    "wir", "du", "mir", "dir", "uns", "ihnen", "im", "aus", "über", "ob", "sehr", "dann",
    "jetzt", "hier", "eigentlich", "mal", "denn", "bin", "hat", "haben",
    // fr
    "pas", "se", "sa", "ses", "leur", "bonjour", "merci", "si", "très", "tout", "toute", "moi",
    "toi", "lui", "on", "quoi", "comment", "quand", "où", "suis", "ai", "êtes", "faut",
    // es
    "me", "te", "nos", "hola", "gracias", "cuál", "cual", "cuando", "cuándo", "sí", "este",
    "ese", "esa", "eso", "todo", "vuestro", "vuestra", "nuestro", "usted", "ustedes", "tengo",
    "tienen", "estoy",
    // it
    "ma", "ci", "vi", "non", "come", "quando", "ciao", "grazie", "dei", "delle", "degli",
    "alla", "dal", "dalla", "nei", "ho", "ha", "hanno", "avete", "voi", "io", "lei", "tu",
    "ti", "mi",
    // nl
    "op", "je", "u", "er", "aan", "als", "maar", "ze", "wij", "hallo", "bedankt", "dank",
    "wel", "geen", "alleen", "hebben", "ben",
    // da, sv, nb
    "hej", "tack", "tak", "ingen", "bara", "kun", "også", "också", "kommer", "du", "jer",
    // pl
    "mnie", "już", "jeszcze", "tylko", "bardzo", "dzień", "dobry", "proszę", "jestem",
    // pt
    "no", "na", "nos", "nas", "ao", "aos", "olá", "obrigado", "obrigada", "você",
    "mas", "mais", "muito", "tenho", "estou",
];

/// `text` for retrieval: function words of the glossary's languages
/// dropped and glossary words replaced by their English, so that a question
/// in German weighs as much as the same question in English.
pub fn for_retrieval(text: &str) -> String {
    let words = crate::text::words(text);
    let greek = greeklish::is_greeklish(&words);
    words
        .iter()
        .enumerate()
        // A separable verb's particle is a function word that then means
        // something.
        .filter(|&(i, w)| {
            !FUNCTION_WORDS.contains(&w.as_str()) || separable_particle(&words, i).is_some()
        })
        // Its "macht" then says nothing the particle does not.
        .filter(|(_, w)| {
            !(MACHEN.contains(&w.as_str())
                && words
                    .len()
                    .checked_sub(1)
                    .is_some_and(|last| separable_particle(&words, last).is_some()))
        })
        // The first word of "at what hour" ("v kolik", "mis kell") asks
        // with the second, which reads as "when"; alone it is a letter or
        // a word to search for.
        .filter(|&(i, w)| {
            !words
                .get(i + 1)
                .is_some_and(|next| AT_WHAT_HOUR.contains(&(w.as_str(), next.as_str())))
        })
        .map(|(i, w)| in_line(&words, i, greek).unwrap_or(w.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `english` of each of a line's words, Greek typed in Latin letters
/// included: for the rules that need to know which word said what.
pub fn english_of_words(words: &[String]) -> Vec<Option<&'static str>> {
    let greek = greeklish::is_greeklish(words);
    words
        .iter()
        .map(|w| english(w).or_else(|| greek.then(|| greeklish::english(w)).flatten()))
        .collect()
}

/// The English of the line's `i`th word: the tables', else, in a line of
/// Greek typed in Latin letters (`greek`), the Greek tables' read through
/// `greeklish`, else a German separable verb's particle.
fn in_line(words: &[String], i: usize, greek: bool) -> Option<&'static str> {
    let w = &words[i];
    english_after(i.checked_sub(1).and_then(|p| words.get(p)), w)
        .or_else(|| greek.then(|| greeklish::english(w)).flatten())
        .or_else(|| separable_particle(words, i))
}

/// The forms of "machen" a German separable verb of closing or opening
/// takes in a customer's question.
const MACHEN: &[&str] = &["macht", "machen", "machst", "machts", "macht's"];

/// "Wann macht ihr heute zu?", "macht ihr sonntags auf?": German closes
/// and opens with "machen" and a particle that ends the clause, and
/// neither word reads as anything alone ("zu" is also "too" and "to").
/// The particle at the line's end, after a form of "machen", reads as
/// the verb would.
fn separable_particle(words: &[String], i: usize) -> Option<&'static str> {
    let en = match words[i].as_str() {
        "zu" => "closed",
        "auf" => "open",
        _ => return None,
    };
    (i + 1 == words.len() && words[..i].iter().any(|w| MACHEN.contains(&w.as_str()))).then_some(en)
}

/// "My" in the glossary's languages: what makes an order or an account
/// the customer's own ("mi pedido", "meine Bestellung", "moju narudžbu").
/// Not German "mit" (with), though it is Danish "my".
#[rustfmt::skip]
pub const MY: &[&str] = &[
    "mi", "mis", "mein", "meine", "meinen", "meiner", "ma", "mon", "mes", "mio", "mia", "miei",
    "mie", "mijn", "meu", "minha", "meus", "minhas", "mój", "moja", "moje", "mojego", "moją",
    "moich", "moi", "min", "mitt", "mina", "moju", "mojo", "mano", "manu", "minu", "моята", "моя",
    "моите", "мій", "моє", "мої", "мого", "мою", "моїх", "моєї", "моєму", "моїм", "моїй", "моєю",
    "мой", "моё", "мое", "мои", "моего", "моих", "моей", "моему", "моим", "моём", "моем", "meva",
    "meus", "meves",
];

/// `text` followed by the English words for any glossary words in it.
pub fn with_english(text: &str) -> String {
    let words = crate::text::words(text);
    let greek = greeklish::is_greeklish(&words);
    let extra: Vec<&str> = (0..words.len())
        .filter_map(|i| in_line(&words, i, greek))
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
    // Not "nu" (Danish and Swedish "now") nor "ne"; Cyrillic "не" is only
    // ever "not" ("не відкритий", "не вскрыт"). Catalan "sense" (without)
    // is an English word too, but never before a word read as opened or
    // used ("sense obrir", "sense usar").
    "не", "non", "not", "no", "nicht", "pas", "niet", "nie", "não", "nao", "ikke", "inte", "ei",
    "sin", "senza", "ohne", "zonder", "sem", "bez", "uden", "utan", "sense",
];

/// "Two" in the served languages, read only before a word for "times"
/// (Norwegian and Danish "to" is also English, but not before "gange").
const TWO: &[&str] = &[
    "two", "due", "twee", "to", "två", "dois", "duas", "dos", "deux", "zwei", "dwa", "dva", "dvě",
    "două", "doua", "kaksi", "δύο", "iki", "dvije", "dvaput", "dvi", "divas", "kaks", "два", "дві",
    "dues",
];

/// "At what hour", two words that ask "when" ("a che ora chiudete?",
/// "hoe laat sluiten jullie?", "o której zamykacie?"): the second reads
/// as "when", which the search drops as it does in English, instead of
/// staying a word to search for. Only where the hour word reads as
/// nothing: "à quelle heure", "¿a qué hora" find the hours page by it.
/// Czech "kolik" alone reads as "how much", which after "v" it is not
/// ("v kolik zavíráte?", at what time do you close), so that reading
/// gives way too.
pub(crate) const AT_WHAT_HOUR: &[(&str, &str)] = &[
    ("che", "ora"),
    ("hoe", "laat"),
    ("o", "której"),
    ("o", "ktorej"),
    ("v", "kolik"),
    ("o", "kolkej"),
    ("ce", "oră"),
    ("ce", "ora"),
    ("koliko", "sati"),
    ("mis", "kell"),
    ("τι", "ώρα"),
    ("τι", "ωρα"),
];

/// "Times" as in "two times", in the served languages.
const TIMES: &[&str] = &[
    "volte",
    "keer",
    "maal",
    "gange",
    "ganger",
    "gånger",
    "vezes",
    "veces",
    "fois",
    "mal",
    "razy",
    "krát",
    "krat",
    "ori",
    "kertaa",
    "φορές",
    "kez",
    "puta",
    "reizes",
    "kartus",
    "korda",
    "пъти",
    "рази",
    "раза",
    "vegades",
    "cops",
];

/// Lithuanian words that make the next "kartą" a time ("antrą kartą",
/// the second time; "dar kartą", once more) and not Polish "kartą" (by
/// card, "płacę kartą"). Not "tą": Polish "tą kartą" is "with that card".
const LT_TIME_BEFORE: &[&str] = &[
    "pirmą",
    "antrą",
    "trečią",
    "ketvirtą",
    "penktą",
    "dar",
    "vieną",
    "kiekvieną",
    "paskutinį",
    "šį",
    "kitą",
    "kelintą",
    "pirma",
    "antra",
    "trecia",
    "ketvirta",
    "kiekviena",
    "paskutini",
];

/// The English of `word`, read with the word before it.
fn english_after(prev: Option<&String>, word: &str) -> Option<&'static str> {
    if matches!(word, "kartą" | "karta")
        && prev.is_some_and(|p| LT_TIME_BEFORE.contains(&p.as_str()))
    {
        return None;
    }
    // "Due volte", "twee keer", "to gange": charged twice is what payment
    // pages say ("Charged twice?"); "times" alone finds any page with a
    // delivery time, so it is left out here.
    if prev.is_some_and(|p| TWO.contains(&p.as_str())) && TIMES.contains(&word) {
        return Some("twice");
    }
    // "Kom i stykker" (Danish, Norwegian): in pieces.
    if prev.is_some_and(|p| p == "i") && word == "stykker" {
        return Some("broken");
    }
    // "Прислали не тот товар", "gavau ne tą prekę": not the one ordered.
    if prev.is_some_and(|p| p == "не") && matches!(word, "тот" | "ту" | "той" | "те")
        || prev.is_some_and(|p| p == "ne") && word == "tą"
    {
        return Some("wrong");
    }
    if prev.is_some_and(|p| AT_WHAT_HOUR.contains(&(p.as_str(), word)))
        && english(word).is_none_or(|en| en == "how much")
    {
        return Some("when");
    }
    let en = english(word).or_else(|| compound_tail(word))?;
    let negated = prev.is_some_and(|p| NEGATORS.contains(&p.as_str()));
    Some(match en {
        "opened" | "opened open" if negated => "unopened",
        "used" if negated => "unused",
        _ => en,
    })
}

/// "Gurtgröße", "Clubpunkte", "Kletterschuhgröße": a compound of the
/// Germanic languages, whose last part decides what it is (a harness
/// size is a size) and is often a glossary word when the whole is not.
/// Long words only, with four letters at least before the part and six
/// in it, so that an English word's ending is not read as one.
fn compound_tail(word: &str) -> Option<&'static str> {
    // English derivations ("manufacturer", "scintillating") end so;
    // the compounds read here do not.
    const ENGLISH_ENDINGS: &[&str] = &[
        "ing", "tion", "sion", "ed", "ate", "ates", "ive", "ives", "ity", "ure", "urer", "urers",
        "ures", "mer", "mers", "ism", "ist", "ous", "ors",
    ];
    let at: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
    if at.len() < 9
        || !word.chars().all(char::is_alphabetic)
        || ENGLISH_ENDINGS.iter().any(|e| word.ends_with(e))
    {
        return None;
    }
    // The longest part first, of six letters at least (five in a word
    // with letters English does not write: "Gurtgröße").
    let shortest = if word.is_ascii() { 6 } else { 5 };
    at[4..=at.len() - shortest]
        .iter()
        .find_map(|&i| english(&word[i..]))
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_home_pets;
#[cfg(test)]
mod tests_instruments;
#[cfg(test)]
mod tests_languages;
#[cfg(test)]
mod tests_shop_baltic;
#[cfg(test)]
mod tests_shop_east_slavic;
#[cfg(test)]
mod tests_shop_south;
#[cfg(test)]
mod tests_shops;
