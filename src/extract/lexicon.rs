//! Word lists for sources: titles, role nouns, anonymity nouns, organisation words,
//! pronouns and common first names, with a case-insensitive lookup.
//!
//! General English only: no list names a particular person, outlet or article. The
//! reporting verbs live in `cues`.

/// Whether `word`, lower-cased, is in `list` (which is sorted and lower-case).
pub(crate) fn contains(list: &[&str], word: &str) -> bool {
    let mut buf = [0u8; 32];
    lower(word, &mut buf).is_some_and(|w| list.binary_search(&w).is_ok())
}

/// `word` in ASCII lower case, written into `buf`; `None` when it is too long or holds
/// other chars than ASCII (the lists hold none).
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Titles written before a name ("Sen.", "Secretary", "Gov."): they belong to the role, not the name.
#[rustfmt::skip]
pub(crate) const TITLES: &[&str] = &[
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
pub(crate) const ROLES: &[&str] = &[
    "activist", "activists", "ad", "administration", "administrator", "adviser", "advisers",
    "advisor", "advisors", "agency", "agent", "agents", "aide", "aide's", "aides", "allies",
    "ally", "ambassador", "analysis", "analyst", "analysts", "anchor", "article", "assistant",
    "associate", "associates", "attorney", "attorneys", "author", "authorities", "board",
    "book", "brother", "campaign", "candidate", "candidates", "chair", "chairman", "chairman's",
    "chairwoman", "chief", "co-founder", "coalition", "cofounder", "colleague", "colleagues",
    "columnist", "commentator", "commentators", "commissioner", "committee", "complaint",
    "congressman", "congressmen", "congresswoman", "consultant", "consultants", "correspondent",
    "council", "counsel", "court", "critic", "critics", "data", "daughter", "delegate",
    "delegates", "department", "deputies", "deputy", "diplomat", "diplomats", "director",
    "doctor", "doctors", "document", "documents", "donor", "donors", "economist", "economists",
    "editor", "editors", "email", "employee", "employees", "envoy", "executive", "executives",
    "expert", "experts", "father", "filing", "founder", "friend", "friends", "government",
    "governor", "governor's", "governors", "group", "head", "historian", "host", "husband",
    "insider", "insiders", "interlocutor", "interlocutors", "investigator", "investigators",
    "judge", "justice", "lawmaker", "lawmakers", "lawsuit", "lawyer", "lawyers", "leader",
    "leaders", "legislator", "legislators", "letter", "magazine", "man", "manager", "mayor",
    "mayors", "member", "members", "memo", "men", "message", "minister", "ministers", "mother",
    "network", "newspaper", "nominee", "nominees", "nurse", "observer", "observers", "office",
    "officer", "officers", "official", "official's", "officials", "operative", "operatives",
    "organization", "organizer", "organizers", "outlet", "owner", "panel", "paper", "parent",
    "parents", "partner", "party", "pastor", "people", "person", "physician", "police", "poll",
    "pollster", "pollsters", "president", "priest", "professor", "prosecutor", "prosecutors",
    "pundit", "pundits", "records", "release", "report", "reporter", "reporters",
    "representative", "representatives", "researcher", "researchers", "resident", "residents",
    "scientist", "scientists", "secretary", "secretary-general", "senator", "senators",
    "sister", "site", "son", "source", "sources", "spokesman", "spokesman's", "spokesmen",
    "spokespeople", "spokesperson", "spokeswoman", "spokeswomen", "staff", "staffer",
    "staffers", "statement", "story", "strategist", "strategists", "student", "students",
    "study", "supporter", "supporters", "survey", "teacher", "teachers", "team", "tweet",
    "veteran", "veterans", "vice-     chairman", "video", "voter", "voters", "website", "whip",
    "wife", "witness", "witnesses", "woman", "women", "worker", "workers", "writer",
];

/// Head nouns that make an unnamed source anonymous ("a senior administration official", "sources").
#[rustfmt::skip]
pub(crate) const ANON: &[&str] = &[
    "adviser", "advisers", "advisor", "advisors", "aide", "aides", "allies", "ally",
    "associate", "associates", "confidant", "confidants", "diplomat", "diplomats", "employee",
    "employees", "individual", "individuals", "insider", "insiders", "interlocutor",
    "interlocutors", "lawmaker", "lawmakers", "member", "members", "officer", "officers",
    "official", "officials", "operative", "operatives", "people", "person", "someone", "source",
    "sources", "spokesperson", "staffer", "staffers", "strategist", "strategists", "witness",
    "witnesses",
];

/// Words that end (or make) the name of an organisation rather than a person ("State Department").
#[rustfmt::skip]
pub(crate) const ORG_HEADS: &[&str] = &[
    "academy", "action", "administration", "agency", "alliance", "army", "assembly",
    "association", "bank", "blog", "board", "bulletin", "bureau", "cabinet", "campaign",
    "caucus", "center", "centre", "channel", "chronicle", "church", "cia", "club", "co.",
    "coalition", "college", "commission", "committee", "company", "congress", "corp.",
    "corporation", "council", "court", "daily", "department", "dispatch", "dnc", "enquirer",
    "examiner", "express", "fbi", "federation", "force", "foundation", "fund", "gazette", "gop",
    "government", "group", "guardian", "herald", "house", "inc.", "independent", "index",
    "insider", "institute", "irs", "journal", "legislature", "ltd.", "magazine", "mail",
    "media", "ministry", "monitor", "nation", "navy", "network", "news", "nsa", "observer",
    "office", "organisation", "organization", "pac", "parliament", "party", "police", "post",
    "press", "project", "radio", "register", "report", "republic", "reserve", "review", "rnc",
    "school", "senate", "service", "society", "standard", "street", "telegraph", "television",
    "times", "today", "tribune", "trust", "tv", "union", "university", "watch", "weekly",
    "wire",
];

/// Capitalised words that are never part of a person's name: function words, dates, party words.
#[rustfmt::skip]
pub(crate) const NOT_NAMES: &[&str] = &[
    "a", "about", "above", "according", "after", "again", "against", "all", "already", "also",
    "although", "always", "american", "americans", "among", "an", "and", "another", "anybody",
    "anyone", "anything", "apr.", "april", "as", "asked", "at", "aug.", "august", "because",
    "before", "below", "between", "both", "but", "by", "dear", "dec.", "december", "democrat",
    "democratic", "democrats", "despite", "down", "dr", "dr.", "during", "each", "early",
    "eight", "even", "every", "everybody", "everyone", "everything", "feb.", "february", "few",
    "first", "five", "for", "former", "four", "friday", "from", "gop", "gov.", "he", "her",
    "here", "hey", "his", "how", "however", "i", "if", "in", "instead", "into", "it", "its",
    "jan.", "january", "july", "june", "just", "last", "late", "less", "let", "let's", "lets",
    "like", "many", "mar.", "march", "may", "meanwhile", "monday", "more", "most", "mr", "mr.",
    "mrs", "mrs.", "ms", "ms.", "much", "my", "never", "new", "next", "nine", "no", "nobody",
    "nor", "not", "nothing", "nov.", "november", "now", "oct.", "october", "of", "off", "oh",
    "on", "once", "one", "only", "onto", "or", "other", "our", "out", "over", "please",
    "president", "rep.", "republican", "republicans", "said", "saturday", "says", "second",
    "sen.", "senator", "sept.", "september", "seven", "several", "she", "since", "six", "so",
    "some", "somebody", "someone", "something", "speaking", "still", "such", "sunday", "ten",
    "thank", "thanks", "that", "the", "their", "then", "there", "these", "they", "third",
    "this", "those", "though", "three", "through", "thursday", "to", "today", "tomorrow",
    "tonight", "toward", "towards", "tuesday", "two", "under", "unless", "until", "up", "upon",
    "we", "wednesday", "well", "what", "whatever", "when", "where", "whether", "which",
    "whichever", "while", "who", "whoever", "whom", "whose", "why", "with", "within", "without",
    "yes", "yesterday", "yet", "you", "your",
];

/// Pronouns that can stand for a source.
#[rustfmt::skip]
pub(crate) const PRONOUNS: &[&str] = &[
    "he", "her", "him", "his", "i", "it", "me", "she", "their", "them", "they", "us", "we",
    "who", "you",
];

/// Words that can open a noun phrase naming a source ("the", "two", "his").
#[rustfmt::skip]
pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "another", "both", "dozens", "eight", "eleven", "few", "five", "four", "her",
    "his", "hundreds", "its", "many", "multiple", "my", "nine", "numerous", "one", "other",
    "our", "seven", "several", "six", "some", "ten", "that", "the", "their", "these", "this",
    "those", "thousands", "three", "twelve", "two", "your",
];

/// Common male first names (a small general list, for he/she agreement).
#[rustfmt::skip]
pub(crate) const MALE_NAMES: &[&str] = &[
    "aaron", "adam", "alan", "albert", "alex", "alexander", "andrew", "andy", "anthony",
    "arthur", "barry", "ben", "benjamin", "bernard", "bernie", "bill", "billy", "bob", "bobby",
    "brad", "bradley", "brandon", "brett", "brian", "bruce", "bryan", "carl", "carlos",
    "charles", "charlie", "chris", "christopher", "chuck", "clarence", "cory", "craig", "dan",
    "daniel", "danny", "darrell", "dave", "david", "dean", "dennis", "derek", "dick", "don",
    "donald", "doug", "douglas", "duncan", "dwight", "ed", "eddie", "edward", "elijah", "eric",
    "ernest", "eugene", "evan", "frank", "franklin", "fred", "frederick", "gary", "george",
    "gerald", "glenn", "gordon", "greg", "gregory", "hank", "harold", "harry", "henry",
    "howard", "ian", "isaac", "jack", "jacob", "jake", "james", "jared", "jason", "jay", "jeff",
    "jeffrey", "jerry", "jesse", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon",
    "jonathan", "jordan", "jose", "joseph", "josh", "joshua", "juan", "justin", "keith", "ken",
    "kenneth", "kevin", "kirk", "kyle", "larry", "lawrence", "lee", "leonard", "lou", "louis",
    "luis", "luke", "marco", "marcus", "mark", "martin", "matt", "matthew", "max", "michael",
    "mike", "mitch", "mitchell", "nathan", "neil", "nicholas", "nick", "noah", "norman",
    "oliver", "patrick", "paul", "pete", "peter", "phil", "philip", "ralph", "randy", "ray",
    "raymond", "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "roy", "russell",
    "ryan", "sam", "samuel", "scott", "sean", "sergio", "seth", "stephen", "steve", "steven",
    "stuart", "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony",
    "travis", "trey", "troy", "tyler", "victor", "vincent", "walter", "wayne", "william",
    "willie",
];

/// Common female first names (a small general list, for he/she agreement).
#[rustfmt::skip]
pub(crate) const FEMALE_NAMES: &[&str] = &[
    "abigail", "alice", "alicia", "alison", "allison", "amanda", "amy", "ana", "andrea",
    "angela", "ann", "anna", "anne", "barbara", "betty", "beverly", "brenda", "carly", "carol",
    "caroline", "carolyn", "catherine", "cathy", "charlotte", "cheryl", "christina",
    "christine", "cindy", "claire", "claudia", "cynthia", "dana", "debbie", "deborah", "debra",
    "denise", "diana", "diane", "donna", "doris", "dorothy", "elaine", "eleanor", "elizabeth",
    "ellen", "emily", "emma", "erin", "evelyn", "frances", "gina", "gloria", "grace", "hannah",
    "heather", "helen", "hillary", "hope", "irene", "jane", "janet", "janice", "jean",
    "jennifer", "jessica", "jill", "joan", "joanna", "joyce", "judith", "judy", "julia",
    "julie", "karen", "kate", "katherine", "kathleen", "kathy", "kay", "kelly", "kim",
    "kimberly", "kirsten", "laura", "lauren", "linda", "lisa", "loretta", "lori", "louise",
    "lynn", "margaret", "maria", "marie", "marilyn", "martha", "mary", "megan", "melissa",
    "michelle", "nancy", "natalie", "nicole", "nikki", "olivia", "pam", "pamela", "patricia",
    "patty", "paula", "peggy", "rachel", "rebecca", "rose", "ruth", "sally", "samantha",
    "sandra", "sara", "sarah", "sharon", "shirley", "stephanie", "susan", "suzanne", "tammy",
    "teresa", "theresa", "tina", "tracy", "valerie", "victoria", "virginia", "wendy",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lower_case_and_unique() {
        for list in [
            TITLES,
            ROLES,
            ANON,
            ORG_HEADS,
            NOT_NAMES,
            PRONOUNS,
            DETERMINERS,
            MALE_NAMES,
            FEMALE_NAMES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", &list[..3]);
            assert!(list.iter().all(|w| w.to_ascii_lowercase() == *w));
        }
    }

    #[test]
    fn lookup_ignores_case_and_rejects_long_or_foreign_words() {
        assert!(contains(TITLES, "Sen."));
        assert!(contains(ANON, "OFFICIALS"));
        assert!(!contains(ANON, "officials\u{2019}"));
        assert!(!contains(ANON, &"x".repeat(100)));
    }
}
