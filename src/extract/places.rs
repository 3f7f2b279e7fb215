//! Names that are no person's: words of place names, countries and US states, and the
//! head words of the names of things (laws, buildings, events). Part of `lexicon`'s
//! table; general English only.

/// Words of place names: a capitalised run holding one names a place, not a person.
#[rustfmt::skip]
pub(super) const PLACES: &[&str] = &[
    "africa", "african", "airport", "america", "american", "angeles", "arabia", "asia",
    "asian", "avenue", "bay", "beach", "canal", "capitol", "carolina", "central", "city",
    "coast", "county", "dakota", "diego", "district", "east", "eastern", "europe",
    "european", "fort", "francisco", "gulf", "hampshire", "hill", "island", "islands",
    "jersey", "kingdom", "korea", "lake", "las", "latin", "los", "mexico", "middle",
    "mount", "new", "north", "northern", "ocean", "orleans", "park", "peninsula",
    "province", "region", "republic", "river", "saint", "san", "santa", "sea", "south",
    "southern", "square", "st.", "states", "station", "strait", "street", "united",
    "valley", "vegas", "virginia", "west", "western", "york", "zealand",
];

/// Countries and US states (not those that are also common first names, such as
/// Georgia): a place's name on their own, never a person's ("China said").
#[rustfmt::skip]
pub(super) const REGIONS: &[&str] = &[
    "afghanistan", "alabama", "alaska", "albania", "algeria", "argentina", "arizona",
    "arkansas", "armenia", "australia", "austria", "azerbaijan", "bahrain", "bangladesh",
    "belarus", "belgium", "bolivia", "bosnia", "brazil", "britain", "bulgaria",
    "california", "cambodia", "canada", "chile", "china", "colombia", "colorado",
    "connecticut", "croatia", "cuba", "cyprus", "delaware", "denmark", "ecuador", "egypt",
    "england", "estonia", "ethiopia", "finland", "florida", "france", "germany", "ghana",
    "greece", "guatemala", "haiti", "hawaii", "honduras", "hungary", "iceland", "idaho",
    "illinois", "india", "indiana", "indonesia", "iowa", "iran", "iraq", "ireland",
    "israel", "italy", "japan", "kansas", "kazakhstan", "kentucky", "kenya", "kosovo",
    "kuwait", "latvia", "lebanon", "libya", "lithuania", "louisiana", "maine", "malaysia",
    "mali", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
    "montana", "morocco", "myanmar", "nebraska", "nepal", "netherlands", "nevada",
    "nicaragua", "nigeria", "norway", "ohio", "oklahoma", "oman", "oregon", "pakistan",
    "palestine", "panama", "pennsylvania", "peru", "philippines", "poland", "portugal",
    "qatar", "romania", "russia", "rwanda", "scotland", "serbia", "singapore", "slovakia",
    "somalia", "spain", "sudan", "sweden", "switzerland", "syria", "taiwan", "tennessee",
    "texas", "thailand", "tunisia", "turkey", "uganda", "uk", "ukraine", "us", "usa",
    "utah", "venezuela", "vermont", "vietnam", "wales", "wisconsin", "wyoming", "yemen",
    "zimbabwe",
];

/// Head words of the names of things: laws, buildings, events, programmes. A
/// capitalised run holding one names no person ("the Affordable Care Act", "Trump Tower").
#[rustfmt::skip]
pub(super) const THINGS: &[&str] = &[
    "act", "aids", "amendment", "arena", "atm", "casino", "cd", "conference",
    "convention", "dna", "dvd", "festival", "forum", "gdp", "grounds", "hiv", "hotel", "id",
    "initiative", "ipo", "partnership", "pc", "plaza", "program", "resort", "security",
    "stadium", "summit", "suv", "tower", "treaty", "tv", "vat",
];
