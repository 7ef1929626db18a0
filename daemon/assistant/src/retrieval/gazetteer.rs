//! Where a named place lies, for shipping questions: "do you ship to
//! Mallorca?" is answered by the page on the Balearic Islands, "envíos a
//! Girona" by the one on the Spanish mainland, "livraison à Lyon" by the
//! one on France. Help pages name regions and countries; customers name
//! islands and towns. General knowledge of Europe, no shop's own: the
//! islands and outlying regions shops commonly price apart, and each
//! country's largest towns, in their own and English spelling.

/// Names (lower case, as `text::words` gives them) and the words a help
/// page uses for the region or country they lie in.
const PLACES: &[(&[&str], &[&str])] = &[
    // Outlying regions that shops price apart.
    (
        &[
            "mallorca",
            "majorca",
            "menorca",
            "minorca",
            "ibiza",
            "eivissa",
            "formentera",
            "baleares",
            "balears",
            "balearen",
            "baléares",
            "baleari",
        ],
        &["balearic"],
    ),
    (
        &[
            "tenerife",
            "lanzarote",
            "fuerteventura",
            "canaria",
            "canarias",
            "kanaren",
            "canaries",
            "gomera",
            "hierro",
            "canarie",
        ],
        &["canary"],
    ),
    (
        &["açores", "acores", "azoren", "azzorre", "terceira"],
        &["azores"],
    ),
    (&["funchal"], &["madeira"]),
    (&["corse", "korsika", "ajaccio", "bastia"], &["corsica"]),
    (
        &[
            "sardegna",
            "sardinien",
            "sardaigne",
            "cerdeña",
            "cagliari",
            "sassari",
            "olbia",
        ],
        &["sardinia"],
    ),
    (
        &[
            "sicilia", "sizilien", "sicile", "palermo", "catania", "messina",
        ],
        &["sicily"],
    ),
    (
        &["jersey", "guernsey", "alderney", "sark"],
        &["channel", "islands"],
    ),
    (
        &["belfast", "derry", "londonderry"],
        &["northern", "ireland"],
    ),
    (
        &["orkney", "shetland", "hebrides", "skye", "inverness"],
        &["highlands"],
    ),
    (&["ahvenanmaa", "mariehamn"], &["åland", "aland"]),
    (&["kreta", "crète", "heraklion", "iraklio"], &["crete"]),
    (
        &[
            "rhodes",
            "rodos",
            "corfu",
            "kerkyra",
            "santorini",
            "mykonos",
            "naxos",
            "paros",
        ],
        &["greek"],
    ),
    (
        &[
            "texel",
            "terschelling",
            "ameland",
            "vlieland",
            "schiermonnikoog",
        ],
        &["wadden"],
    ),
    // The largest towns of each country: the country's own page is about
    // them. Not "mainland": every country has one, and the home country's
    // page would answer for a town abroad.
    (
        &[
            "madrid",
            "barcelona",
            "valencia",
            "sevilla",
            "seville",
            "zaragoza",
            "málaga",
            "malaga",
            "bilbao",
            "girona",
            "gerona",
            "murcia",
            "alicante",
            "valladolid",
            "granada",
            "córdoba",
            "cordoba",
            "salamanca",
            "santander",
            "oviedo",
            "gijón",
            "gijon",
            "pamplona",
            "tarragona",
            "lleida",
            "cádiz",
            "cadiz",
            "vigo",
            "coruña",
            "coruna",
            "toledo",
            "burgos",
            "almería",
            "almeria",
            "castellón",
            "castellon",
            "badajoz",
            "logroño",
        ],
        &["spain", "spanish"],
    ),
    (
        &[
            "lisboa", "lisbon", "porto", "oporto", "braga", "coimbra", "faro", "aveiro",
        ],
        &["portugal"],
    ),
    (
        &[
            "roma", "rome", "milano", "milan", "napoli", "naples", "torino", "turin", "firenze",
            "florence", "bologna", "venezia", "venice", "genova", "genoa", "verona", "bari",
        ],
        &["italy"],
    ),
    (
        &[
            "paris",
            "lyon",
            "marseille",
            "toulouse",
            "nice",
            "nantes",
            "bordeaux",
            "lille",
            "strasbourg",
            "montpellier",
            "rennes",
        ],
        &["france"],
    ),
    (
        &[
            "berlin",
            "hamburg",
            "münchen",
            "munich",
            "köln",
            "cologne",
            "frankfurt",
            "stuttgart",
            "düsseldorf",
            "dusseldorf",
            "leipzig",
            "dresden",
            "hannover",
            "nürnberg",
            "nuremberg",
            "bremen",
        ],
        &["germany"],
    ),
    (
        &[
            "amsterdam",
            "rotterdam",
            "utrecht",
            "eindhoven",
            "groningen",
        ],
        &["netherlands"],
    ),
    (
        &[
            "brussels",
            "bruxelles",
            "brussel",
            "antwerp",
            "antwerpen",
            "gent",
            "ghent",
            "liège",
        ],
        &["belgium"],
    ),
    (
        &["wien", "vienna", "graz", "salzburg", "innsbruck", "linz"],
        &["austria"],
    ),
    (
        &[
            "zürich", "zurich", "genf", "geneva", "genève", "basel", "bern", "lausanne", "lugano",
        ],
        &["switzerland"],
    ),
    (
        &[
            "london",
            "manchester",
            "birmingham",
            "leeds",
            "glasgow",
            "edinburgh",
            "liverpool",
            "bristol",
            "cardiff",
            "sheffield",
            "newcastle",
        ],
        &["united", "kingdom", "uk"],
    ),
    (&["dublin", "cork", "galway", "limerick"], &["ireland"]),
    (
        &[
            "warsaw", "warszawa", "kraków", "krakow", "gdańsk", "gdansk", "wrocław", "wroclaw",
            "poznań", "poznan", "łódź", "lodz",
        ],
        &["poland"],
    ),
    (&["prague", "praha", "brno"], &["czech"]),
    (
        &["copenhagen", "københavn", "aarhus", "odense"],
        &["denmark"],
    ),
    (
        &[
            "stockholm",
            "göteborg",
            "gothenburg",
            "malmö",
            "malmo",
            "uppsala",
        ],
        &["sweden"],
    ),
    (&["oslo", "bergen", "trondheim", "stavanger"], &["norway"]),
    (&["helsinki", "tampere", "turku", "espoo"], &["finland"]),
    (&["athens", "athina", "thessaloniki"], &["greece"]),
    (&["budapest", "debrecen"], &["hungary"]),
    (
        &["bucharest", "bucurești", "bucuresti", "cluj"],
        &["romania"],
    ),
    (&["zagreb"], &["croatia"]),
    (&["ljubljana"], &["slovenia"]),
    (&["bratislava", "košice", "kosice"], &["slovakia"]),
    // Not "Sofia": as often a person a present is sent to.
    (&["plovdiv", "varna"], &["bulgaria"]),
    (&["vilnius", "kaunas"], &["lithuania"]),
    (&["riga"], &["latvia"]),
    (&["tallinn", "tartu"], &["estonia"]),
    (&["istanbul", "ankara", "izmir"], &["turkey"]),
];

/// Europe's countries and the ones shops commonly name beside them, in
/// English and in their own languages, lower case: a customer writes "i'm
/// in ireland" or "wysyłka do polski" without a capital as often as with.
const COUNTRIES: &[&str] = &[
    "albania",
    "andorra",
    "austria",
    "österreich",
    "osterreich",
    "autriche",
    "belgium",
    "belgië",
    "belgie",
    "belgique",
    "belgien",
    "bulgaria",
    "croatia",
    "hrvatska",
    "cyprus",
    "czechia",
    "czech",
    "česko",
    "cesko",
    "denmark",
    "danmark",
    "dänemark",
    "estonia",
    "eesti",
    "finland",
    "suomi",
    "france",
    "frankreich",
    "francia",
    "frankrijk",
    "germany",
    "deutschland",
    "allemagne",
    "alemania",
    "germania",
    "duitsland",
    "niemcy",
    "greece",
    "ελλάδα",
    "hungary",
    "magyarország",
    "magyarorszag",
    "iceland",
    "ireland",
    "éire",
    "irland",
    "irlanda",
    "irlande",
    "italy",
    "italia",
    "italien",
    "italie",
    "latvia",
    "latvija",
    "liechtenstein",
    "lithuania",
    "lietuva",
    "luxembourg",
    "luxemburg",
    "malta",
    "monaco",
    "netherlands",
    "nederland",
    "holland",
    "norway",
    "norge",
    "noreg",
    "norwegen",
    "noruega",
    "poland",
    "polska",
    "polen",
    "pologne",
    "polonia",
    "portugal",
    "romania",
    "românia",
    "rumänien",
    "serbia",
    "srbija",
    "slovakia",
    "slovensko",
    "slovenia",
    "slovenija",
    "spain",
    "españa",
    "espana",
    "spanien",
    "espagne",
    "spagna",
    "spanje",
    "sweden",
    "sverige",
    "schweden",
    "suecia",
    "switzerland",
    "schweiz",
    "suisse",
    "svizzera",
    "suiza",
    "turkey",
    "türkiye",
    "turkiye",
    "ukraine",
    "україна",
    "uk",
    "britain",
    "england",
    "scotland",
    "wales",
    "usa",
    "america",
    "canada",
    "australia",
    "japan",
    "china",
];

/// Whether `word` (lower case) names a country.
pub fn is_country(word: &str) -> bool {
    static SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| COUNTRIES.iter().copied().collect());
    SET.contains(word)
}

/// Whether `term` (a stem, as `text::terms` gives) is a place this table
/// knows: a country, a region or a town.
pub fn is_place_term(term: &str) -> bool {
    static STEMS: std::sync::LazyLock<std::collections::HashSet<String>> =
        std::sync::LazyLock::new(|| {
            PLACES
                .iter()
                .flat_map(|(names, region)| names.iter().chain(region.iter()))
                .chain(COUNTRIES.iter())
                .flat_map(|n| crate::text::terms(n))
                .collect()
        });
    STEMS.contains(term)
}

/// The words a help page uses for where `word` lies; empty when it names
/// no place this table knows.
pub fn region_of(word: &str) -> &'static [&'static str] {
    // Looked up for every word of every question: a map, built once.
    static BY_NAME: std::sync::LazyLock<
        std::collections::HashMap<&'static str, &'static [&'static str]>,
    > = std::sync::LazyLock::new(|| {
        PLACES
            .iter()
            .flat_map(|(names, region)| names.iter().map(move |n| (*n, *region)))
            .collect()
    });
    BY_NAME.get(word).copied().unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn islands_and_towns_lie_in_their_region_or_country() {
        assert_eq!(region_of("mallorca"), ["balearic"]);
        assert_eq!(region_of("tenerife"), ["canary"]);
        assert_eq!(region_of("girona"), ["spain", "spanish"]);
        assert_eq!(region_of("lyon"), ["france"]);
        assert!(region_of("treadmill").is_empty());
    }

    #[test]
    fn countries_are_known_in_lower_case_and_their_own_languages() {
        for c in ["ireland", "österreich", "polska", "schweiz", "norge"] {
            assert!(is_country(c), "{c}");
        }
        for w in ["in", "treadmill", "sofia", "lyon"] {
            assert!(!is_country(w), "{w}");
        }
    }

    #[test]
    fn every_name_is_in_one_place_only() {
        let mut seen = std::collections::HashSet::new();
        for (names, _) in PLACES {
            for n in *names {
                assert!(seen.insert(*n), "{n} twice");
                assert_eq!(n.to_lowercase(), *n, "{n} is not lower case");
            }
        }
    }
}
