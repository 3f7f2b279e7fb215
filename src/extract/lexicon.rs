//! Word lists for sources and cues: titles, role nouns, anonymity nouns, organisation
//! words, pronouns, function words, common first names and the place and thing words of
//! `places`, merged with the reporting verbs of `cues` into one table that classifies a
//! word in a single lookup.
//!
//! General English only: no list names a particular person, outlet or article.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::cues;
use super::given_names::{FEMALE_NAMES, MALE_NAMES};
use super::places::{PLACES, REGIONS, THINGS};
use super::slots::Slots;
use super::word_key::{medium_key, short_key, Key, KeyHasher, MEDIUM_BYTES, SHORT_BYTES};

pub(crate) use super::word_class::Class;

/// The classes of a word as written. Lists match case-insensitively, except that only
/// an all-lower-case word is a reporting verb ("Said" and "Post" are names more often)
/// or a noun of saying (`Class::LOWER_CASE_ONLY`).
pub(crate) fn classify(word: &str) -> Class {
    // A contracted verb ("’s", "’ve") is listed with a straight apostrophe.
    if let Some(verb) = word.strip_prefix('\u{2019}').filter(|v| v.len() <= 2) {
        let mut straight = [b'\'', 0, 0];
        straight[1..=verb.len()].copy_from_slice(verb.as_bytes());
        return classify(std::str::from_utf8(&straight[..=verb.len()]).unwrap_or(""));
    }
    let table = table();
    let bytes = word.as_bytes();
    let found = if bytes.len() <= SHORT_BYTES {
        short_key(bytes).map(|(key, upper)| (table.short.get(key), upper))
    } else if bytes.len() <= MEDIUM_BYTES {
        medium_key(bytes).map(|(key, upper)| (table.medium.get(key), upper))
    } else {
        Key::of(bytes)
            .map(|(key, upper)| (table.long.get(&key).copied().unwrap_or_default(), upper))
    };
    let Some((class, upper)) = found else {
        return Class::default();
    };
    if upper {
        class.without(Class::LOWER_CASE_ONLY)
    } else {
        class
    }
}

/// The merged lists, split by word length: the short words ("the", "said", "police"),
/// most of any text, sit in a small table of 8-byte keys that stays in the cache, and
/// the medium ones ("president") in one of 16-byte keys.
struct Table {
    /// Words of at most [`SHORT_BYTES`] bytes, by [`short_key`].
    short: Slots<u64>,
    /// Words of at most [`MEDIUM_BYTES`] bytes, by [`medium_key`].
    medium: Slots<u128>,
    /// Longer words.
    long: HashMap<Key, Class, BuildHasherDefault<KeyHasher>>,
}

/// The merged table, built on first use.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let lists = [
            (TITLES, Class::TITLE),
            (ROLES, Class::ROLE),
            (ANON, Class::ANON),
            (ORG_HEADS, Class::ORG),
            (NOT_NAMES, Class::NOT_NAME),
            (PRONOUNS, Class::PRONOUN),
            (DETERMINERS, Class::DETERMINER),
            (MALE_NAMES, Class::MALE),
            (FEMALE_NAMES, Class::FEMALE),
            (STOP, Class::STOP),
            (ADVERBS, Class::ADVERB),
            (DATES, Class::DATE),
            (PLACES, Class::PLACE),
            (THINGS, Class::THING),
            (REGIONS, Class::PLACE.or(Class::REGION)),
            (super::subjects::PREPOSITIONS, Class::PREPOSITION),
            (super::clauses::AUXILIARIES, Class::AUXILIARY),
            (super::clauses::MODALS, Class::MODAL),
            (super::np_words::ALONE, Class::ALONE),
            (super::np_words::MULTITUDES, Class::ALONE),
            (super::np_words::SUBJECT_PRONOUNS, Class::SUBJECT_PRONOUN),
            (cues::SPEECH_NOUNS, Class::SPEECH_NOUN),
            (super::np_words::NUMBER_WORDS, Class::NUMBER_WORD),
            (super::adverbs::TIME_UNITS, Class::TIME_UNIT),
        ];
        let entries = lists
            .iter()
            .flat_map(|&(list, class)| list.iter().map(move |&w| (w, class)))
            .chain(
                cues::VERBS
                    .iter()
                    .map(|&(form, bits)| (form, Class::of_verb(bits))),
            );
        let (mut short, mut medium) = (Vec::new(), Vec::new());
        let mut long: HashMap<Key, Class, BuildHasherDefault<KeyHasher>> = HashMap::default();
        for (word, class) in entries {
            // A word too long for a key could never be looked up (a test checks).
            let bytes = word.as_bytes();
            if bytes.len() <= SHORT_BYTES {
                short.extend(short_key(bytes).map(|(k, _)| (k, class)));
            } else if bytes.len() <= MEDIUM_BYTES {
                medium.extend(medium_key(bytes).map(|(k, _)| (k, class)));
            } else if let Some((k, _)) = Key::of(bytes) {
                let slot = long.entry(k).or_default();
                *slot = slot.or(class);
            }
        }
        Table {
            short: Slots::new(&short),
            medium: Slots::new(&medium),
            long,
        }
    })
}

/// Titles written before a name ("Sen.", "Secretary", "Gov."): they belong to the role, not the name.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "adm", "adm.", "admiral", "agent", "alderman", "ambassador", "assemblyman", "assemblywoman",
    "attorney", "auditor", "bishop", "capt", "capt.", "captain", "chairman", "chairwoman",
    "chancellor", "clerk", "coach", "col", "col.", "colonel", "commander", "commissioner",
    "comptroller", "congressman", "congresswoman", "councilman", "councilmember",
    "councilwoman", "counselor", "dame", "dean", "delegate", "detective", "director", "dr",
    "dr.", "father", "gen", "gen.", "general", "gov", "gov.", "governor", "hon", "hon.", "imam",
    "inspector", "judge", "justice", "king", "lady", "lieutenant", "lord", "lt", "lt.",
    "magistrate", "maj", "maj.", "major", "marshal", "mayor", "minister", "miss", "mr", "mr.",
    "mrs", "mrs.", "ms", "ms.", "officer", "ombudsman", "pastor", "pope", "premier",
    "president", "president-elect", "prince", "princess", "prof", "prof.", "professor",
    "provost", "queen", "rabbi", "rep", "rep.", "reps.", "rev", "rev.", "reverend", "secretary",
    "sen", "sen.", "senator", "sens.", "sergeant", "sgt", "sgt.", "sheriff", "sir", "solicitor",
    "speaker", "superintendent", "treasurer", "trustee", "vice", "vice-president", "warden",
];

/// Head nouns of a source described by role or kind ("the spokesman", "a senior official", "the report").
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "academics", "activist", "activists", "actor", "actors", "actress", "ad",
    "administration", "administrator", "admirers", "adviser", "advisers", "advisor",
    "advisors", "advocate", "advocates", "agency", "agent", "agents", "aide", "aide's",
    "aides", "allies", "ally", "ambassador", "analysis", "analyst", "analysts", "anchor",
    "article", "artists", "assistant", "associate", "associates", "athlete", "athletes",
    "attendees", "attorney", "attorneys", "audience", "auditors", "author", "authorities",
    "backers", "billionaire", "bishop", "bishops", "blogger", "bloggers", "board", "book",
    "brother", "businessman", "businesswoman", "caller", "callers", "campaign", "candidate",
    "candidates", "celebrities", "celebrity", "ceo", "chair", "chairman", "chairman's",
    "chairwoman", "challengers", "chief", "citizens", "clergy", "cleric", "co-chair",
    "co-chairman", "co-chairwoman", "co-founder", "coach", "coalition", "cofounder",
    "colleague", "colleagues", "columnist", "comedian", "commanders", "commentator",
    "commentators", "commenter", "commenters", "commissioner", "committee", "complaint",
    "congressman", "congressmen", "congresswoman", "conservatives", "consultant",
    "consultants", "contenders", "contributor", "contributors", "correspondent", "council",
    "counsel", "court", "critic", "critics", "crowd", "data", "daughter", "defenders",
    "delegate", "delegates", "demographers", "demonstrator", "demonstrators", "department",
    "deputies", "deputy", "detractors", "developers", "diplomat", "diplomats", "director",
    "doctor", "doctors", "document", "documents", "donor", "donors", "economist",
    "economists", "editor", "editors", "electorate", "electors", "email", "employee",
    "employees", "endorsers", "entrepreneur", "environmentalists", "envoy", "evangelicals",
    "executive", "executives", "expert", "experts", "fans", "farmer", "farmers", "father",
    "filing", "filings", "filmmaker", "findings", "firm", "followers", "forecaster",
    "forecasters", "founder", "founders", "friend", "friends", "front-runner",
    "frontrunner", "fundraisers", "government", "governor", "governor's", "governors",
    "group", "groups", "hacker", "hackers", "head", "historian", "historians", "homeowners",
    "hopefuls", "host", "husband", "imam", "imams", "immigrant", "immigrants",
    "independents", "insider", "insiders", "inspectors", "interlocutor", "interlocutors",
    "investigator", "investigators", "investor", "investors", "journalist", "journalists",
    "judge", "judges", "jurors", "justice", "justices", "lawmaker", "lawmakers", "lawsuit", "lawyer",
    "lawyers", "leader", "leaders", "legislator", "legislators", "letter", "liberals",
    "libertarians", "listeners", "lobbyist", "lobbyists", "magazine", "majority", "man",
    "manager", "marchers", "mayor", "mayors", "member", "members", "memo", "men", "message",
    "millennials", "minister", "ministers", "moderates", "moderator", "moderators", "mogul",
    "monks", "mother", "mourners", "musician", "narrator", "negotiator", "negotiators",
    "network", "networks", "newspaper", "nominee", "nominees", "novelist", "nurse",
    "nurses", "objectors", "observer", "observers", "office", "officer", "officers", "official",
    "official's", "officials", "operative", "operatives", "opponent", "opponents",
    "organization", "organizations", "organizer", "organizers", "outlet", "outlets",
    "owner", "panel", "paper", "parent", "parents", "parishioners", "participant",
    "participants", "partner", "party", "pastor", "pastors", "patients", "people",
    "percent", "person", "personnel", "physician", "physicians", "planners", "plurality", "police",
    "politician", "politicians", "poll", "polls", "pollster", "pollsters", "preacher",
    "president", "priest", "priests", "producer", "professor", "progressives", "proponent",
    "proponents", "prosecutor", "prosecutors", "protester", "protesters", "pundit",
    "pundits", "rabbi", "rabbis", "rapper", "reader", "readers", "records", "regulator",
    "regulators", "release", "report", "reporter", "reporters", "reports", "representative",
    "representatives", "researcher", "researchers", "resident", "residents", "respondents",
    "retiree", "retirees", "rival", "rivals", "scholar", "scholars", "scientist",
    "scientists", "secretary", "secretary-general", "senator", "senators", "seniors",
    "shoppers", "singer", "sister", "site", "skeptic", "skeptics", "soldiers", "son",
    "source", "sources", "specialist", "specialists", "spokesman", "spokesman's",
    "spokesmen", "spokespeople", "spokesperson", "spokeswoman", "spokeswomen", "staff",
    "staffer", "staffers", "star", "statement", "statisticians", "story", "strategist",
    "strategists", "student", "students", "study", "superdelegates", "supporter",
    "supporters", "surrogate", "surrogates", "survey", "surveys", "teacher", "teachers",
    "team", "technologists", "theologians", "troops", "tweet", "tycoon", "unions", "user",
    "users", "veteran", "veterans", "vice-chairman", "video", "viewer", "viewers", "voter",
    "voters", "website", "whip", "wife", "witness", "witnesses", "woman", "women", "worker",
    "workers", "worshipers", "writer", "writers",
];

/// Head nouns that make an unnamed source anonymous ("a senior administration official", "sources").
#[rustfmt::skip]
const ANON: &[&str] = &[
    "adviser", "advisers", "advisor", "advisors", "aide", "aides", "allies", "ally",
    "analyst", "analysts", "associate", "associates", "banker", "bankers", "broker", "brokers",
    "confidant", "confidants", "critic", "critics", "dealer", "dealers", "diplomat", "diplomats", "economist", "economists", "employee", "employees",
    "expert", "experts", "individual", "individuals", "insider", "insiders", "interlocutor",
    "interlocutors", "lawmaker", "lawmakers", "member", "members", "observer", "observers",
    "officer", "officers",
    "official", "officials", "operative", "operatives", "people", "person", "someone", "source",
    "sources", "spokesperson", "staffer", "staffers", "strategist", "strategists", "trader",
    "traders", "witness", "witnesses",
];

/// Words that end (or make) the name of an organisation rather than a person ("State Department").
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "academy", "action", "administration", "agency", "airlines", "alliance", "army",
    "assembly", "association", "bank", "blog", "board", "bulletin", "bureau", "cabinet",
    "campaign", "caucus", "center", "centre", "channel", "chronicle", "church", "cia",
    "club", "co", "co.", "coalition", "college", "command", "commission", "committee",
    "company", "congress", "corp", "corp.", "corporation", "corps", "council", "court", "daily", "department",
    "dispatch", "dnc", "enquirer", "examiner", "express", "fbi", "federation", "force",
    "foundation", "fund", "gazette", "gop", "government", "group", "guardian", "herald",
    "hospital", "house", "inc", "inc.", "independent", "index", "industries", "insider",
    "institute", "irs", "journal", "league", "legislature", "llc", "ltd", "ltd.",
    "magazine", "mail",
    "ministry", "monitor", "museum", "nation", "navy", "network", "news", "nsa", "observer",
    "office", "organisation", "organization", "pac", "parliament", "party", "plc",
    "police",
    "post", "press", "project", "radio", "register", "report", "republic", "reserve",
    "review", "rnc", "school", "senate", "service", "society", "standard", "street",
    "telegraph", "television", "times", "today", "tribune", "trust", "union",
    "university", "watch", "weekly", "wire",
];

/// Capitalised words that are never part of a person's name: function words, dates, party words.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "a", "about", "above", "according", "across", "after", "again", "against", "all",
    "almost", "along", "already", "also", "although", "always", "american", "americans",
    "amid", "amidst", "among", "an", "and", "another", "anybody", "anyone", "anything",
    "apr.", "april", "around", "as", "asked", "at", "aug.", "august", "because",
    "before", "below", "beside", "besides", "between", "beyond", "both",
    "but", "by", "dear", "dec.", "december", "democrat", "democratic", "democrats",
    "despite", "down", "dr", "dr.", "during", "each", "early", "eight", "either",
    "even", "every", "everybody", "everyone", "everything", "except", "feb.",
    "february", "few", "first", "five", "for", "former", "four", "friday", "from",
    "gop", "gov.", "he", "her", "here", "hey", "his", "how", "however", "i", "if", "in",
    "including", "indeed", "inside", "instead", "into", "it", "its", "jan.", "january",
    "july", "june", "just", "last", "late", "less", "let", "let's", "lets", "like",
    "many", "mar.", "march", "may", "maybe", "meanwhile", "monday", "more", "most",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "much", "my", "near", "nearly", "neither",
    "never", "next", "nine", "no", "nobody", "nor", "not", "nothing", "nov.",
    "november", "now", "oct.", "october", "of", "off", "oh", "on", "once", "one",
    "only", "onto", "or", "other", "our", "out", "outside", "over", "per", "perhaps",
    "please", "president", "rep.", "republican", "republicans", "roughly", "said",
    "saturday", "says", "second", "sen.", "senator", "sept.", "september", "seven",
    "several", "she", "since", "six", "so", "some", "somebody", "someone", "something",
    "speaking", "still", "such", "sunday", "ten", "thank", "thanks", "that", "the",
    "their", "then", "there", "these", "they", "third", "this", "those", "though",
    "three", "through", "thursday", "to", "today", "tomorrow", "tonight", "toward",
    "towards", "tuesday", "two", "under", "unless", "unlike", "until", "up", "upon",
    "via", "we", "wednesday", "well", "what", "whatever", "when", "where", "whereas",
    "whether", "which", "whichever", "while", "who", "whoever", "whom", "whose", "why",
    "with", "within", "without", "yes", "yesterday", "yet", "you", "your",
];

/// Pronouns that can stand for a source.
#[rustfmt::skip]
const PRONOUNS: &[&str] = &[
    "he", "her", "him", "his", "i", "it", "me", "she", "their", "them", "they", "us", "we",
    "who", "you",
];

/// Words that can open a noun phrase naming a source ("the", "two", "his").
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "a", "an", "another", "both", "dozens", "each", "eight", "either", "eleven", "every",
    "few", "five", "four", "her", "his", "hundreds", "its", "many", "multiple", "my",
    "neither", "nine", "numerous", "one", "other", "our", "seven", "several", "six", "some",
    "ten", "that", "the", "their", "these", "this", "those", "thousands", "three", "twelve",
    "two", "your",
];

/// Words that end a noun phrase: verbs of being and helping, prepositions,
/// conjunctions, adverbs and pronouns that start a clause.
#[rustfmt::skip]
const STOP: &[&str] = &[
    "'d", "'ll", "'m", "'re", "'s", "'ve", "about", "above", "according", "across", "after",
    "again", "against", "ago", "all", "already", "also", "although", "am", "among", "and",
    "any", "are", "around", "as", "asked", "at", "be", "because", "been", "before", "being",
    "below", "besides", "between", "but", "by", "can", "could", "despite", "did", "do",
    "does", "during", "either", "even", "ever", "for", "from", "had", "has", "have",
    "having", "here", "how", "however", "if", "in", "indeed", "instead", "into", "is", "it",
    "its", "just", "like", "likewise", "may", "maybe", "me", "meanwhile", "might", "more",
    "moreover", "most", "must", "neither", "never", "nevertheless", "no", "nonetheless",
    "nor", "not", "now", "of", "off", "oh", "on", "once", "only", "or", "otherwise", "out",
    "over", "perhaps", "quite", "rather", "said", "shall", "should", "since", "so",
    "speaking", "still", "such", "than", "that", "then", "there", "therefore", "though",
    "through", "thus", "to", "too", "under", "unless", "unlike", "until", "up", "upon",
    "very", "was", "well", "were", "what", "whatever", "when", "where", "whereas",
    "whether", "which", "while", "who", "whoever", "whom", "whose", "why", "will", "with",
    "within", "without", "would", "yes", "yet",
];

/// Words a cue may be separated from its subject by: "he also said", "she has long
/// argued", "officials later told".
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "'d", "'ll", "'m", "'re", "'s", "'ve", "again", "already", "also", "always", "are",
    "be", "been", "can", "cannot", "could", "did", "do", "does", "earlier", "even",
    "eventually", "ever", "finally", "first", "further", "had", "has", "have", "however",
    "indeed", "initially", "instead", "is", "just", "last", "later", "long", "may", "might",
    "must", "never", "nonetheless", "not", "now", "often", "once", "only", "originally",
    "previously", "quite", "recently", "repeatedly", "reportedly", "should", "similarly",
    "simply", "since", "sometimes", "soon", "still", "then", "together", "too", "was",
    "were", "will", "would", "yet",
];

/// Weekdays and months: capitalised, but never part of a source's name.
#[rustfmt::skip]
const DATES: &[&str] = &[
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "friday",
    "january", "july", "june", "march", "monday", "nov", "november", "oct", "october",
    "saturday", "sept", "september", "sunday", "thursday", "today", "tonight", "tuesday",
    "wednesday", "yesterday",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word list of the table (the verbs are `cues`').
    const LISTS: [&[&str]; 15] = [
        TITLES,
        ROLES,
        ANON,
        ORG_HEADS,
        NOT_NAMES,
        PRONOUNS,
        DETERMINERS,
        MALE_NAMES,
        FEMALE_NAMES,
        STOP,
        ADVERBS,
        DATES,
        PLACES,
        THINGS,
        REGIONS,
    ];

    #[test]
    fn lists_are_sorted_lower_case_and_unique() {
        for list in LISTS {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", &list[..3]);
            assert!(list.iter().all(|w| w.to_ascii_lowercase() == *w));
        }
    }

    #[test]
    fn every_listed_word_has_a_key() {
        let verbs = cues::VERBS.iter().map(|&(form, _)| form);
        for word in LISTS.into_iter().flatten().copied().chain(verbs) {
            assert!(Key::of(word.as_bytes()).is_some(), "{word}");
        }
    }

    #[test]
    fn lookup_ignores_case_and_rejects_long_or_foreign_words() {
        assert!(classify("Sen.").has(Class::TITLE));
        assert!(classify("OFFICIALS").has(Class::ANON));
        assert!(!classify("officials\u{2019}").has(Class::ANON));
        assert!(!classify(&"x".repeat(100)).has(Class::ANON));
        assert!(classify("Secretary-General").has(Class::ROLE));
        // The length is part of the key: a word padded with NULs is another word.
        assert!(classify("said\0").verb().is_none());
        assert!(classify("secretary").has(Class::TITLE) && classify("secretary").has(Class::ROLE));
    }

    /// The exact lists and their classes.
    const EXACT_LISTS: [(&[&str], Class); 9] = [
        (super::super::subjects::PREPOSITIONS, Class::PREPOSITION),
        (super::super::clauses::AUXILIARIES, Class::AUXILIARY),
        (super::super::clauses::MODALS, Class::MODAL),
        (super::super::np_words::ALONE, Class::ALONE),
        (super::super::np_words::MULTITUDES, Class::ALONE),
        (
            super::super::np_words::SUBJECT_PRONOUNS,
            Class::SUBJECT_PRONOUN,
        ),
        (cues::SPEECH_NOUNS, Class::SPEECH_NOUN),
        (super::super::np_words::NUMBER_WORDS, Class::NUMBER_WORD),
        (super::super::adverbs::TIME_UNITS, Class::TIME_UNIT),
    ];

    #[test]
    fn an_exact_class_holds_its_lists_words_and_no_other() {
        let verbs = cues::VERBS.iter().map(|&(form, _)| form);
        let exact = EXACT_LISTS
            .iter()
            .flat_map(|(list, _)| list.iter().copied());
        let every: Vec<&str> = LISTS
            .into_iter()
            .flatten()
            .copied()
            .chain(verbs)
            .chain(exact)
            .collect();
        for (_, class) in EXACT_LISTS {
            assert!(Class::EXACT.has(class));
            for &word in &every {
                let listed = EXACT_LISTS
                    .iter()
                    .any(|(list, c)| *c == class && list.contains(&word));
                assert_eq!(classify(word).has(class), listed, "{word}");
                assert!(word.to_ascii_lowercase() == word && Key::of(word.as_bytes()).is_some());
            }
        }
        // As `Doc::is` matches them, ASCII case aside; but a noun of saying only as
        // written in the list.
        assert!(classify("Into").has(Class::PREPOSITION) && classify("WOULD").has(Class::MODAL));
        assert!(classify("claims").has(Class::SPEECH_NOUN));
        assert!(!classify("Claims").has(Class::SPEECH_NOUN));
    }

    #[test]
    fn only_lower_case_words_are_verbs() {
        assert!(classify("said").verb().is_some());
        assert!(classify("Said").verb().is_none());
        assert!(classify("Post").verb().is_none());
        assert!(classify("table").verb().is_none());
    }
}
