//! Common first names by gender, part of `lexicon`'s table: a known first name makes a
//! capitalised run a person's name and gives the gender a "he" or "she" must agree with.
//! Names common for both genders (Dana, Jordan, Kelly) are left out.

/// Common male first names.
#[rustfmt::skip]
pub(super) const MALE_NAMES: &[&str] = &[
    "aaron", "adam", "alan", "albert", "alex", "alexander", "andrew", "andy", "anthony",
    "antonio", "arthur", "austin", "barry", "ben", "benjamin", "bernard", "bernie", "bill",
    "billy", "blake", "bob", "bobby", "brad", "bradley", "brandon", "brett", "brian",
    "bruce", "bryan", "caleb", "cameron", "carl", "carlos", "charles", "charlie", "chris",
    "christian", "christopher", "chuck", "clarence", "clint", "cole", "colin", "cory",
    "craig", "curtis", "dale", "dan", "daniel", "danny", "darrell", "darren", "dave",
    "david", "dean", "dennis", "derek", "derrick", "devin", "dick", "dominic", "don",
    "donald", "doug", "douglas", "duncan", "dustin", "dwight", "dylan", "ed", "eddie",
    "edward", "edwin", "eli", "elijah", "elliot", "emmanuel", "enrique", "eric", "erik",
    "ernest", "ethan", "eugene", "evan", "felix", "fernando", "francis", "francisco",
    "francois", "frank", "franklin", "fred", "frederick", "gabriel", "garrett", "gary",
    "gavin", "george", "gerald", "gilbert", "glen", "glenn", "gordon", "greg", "gregory",
    "hank", "hans", "harold", "harry", "harvey", "hector", "henry", "herbert", "herman",
    "howard", "hugh", "hugo", "ian", "igor", "isaac", "ivan", "jack", "jacob", "jaime",
    "jake", "james", "jared", "jason", "javier", "jay", "jeff", "jeffrey", "jeremy",
    "jerome", "jerry", "jesse", "jim", "jimmie", "jimmy", "joaquin", "joe", "joel", "john",
    "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan",
    "julian", "julio", "justin", "karl", "keith", "ken", "kenneth", "kent", "kevin", "kirk",
    "kurt", "kyle", "lance", "larry", "lawrence", "leon", "leonard", "leroy", "lloyd",
    "lou", "louis", "lucas", "luis", "luke", "manuel", "marc", "marco", "marcus", "mario",
    "mark", "marshall", "martin", "marvin", "matt", "matthew", "maurice", "max", "melvin",
    "michael", "miguel", "mike", "mikhail", "mitch", "mitchell", "mohammed", "muhammad",
    "nathan", "nathaniel", "neal", "neil", "nicholas", "nick", "nigel", "noah", "norman",
    "oliver", "omar", "oscar", "owen", "pablo", "patrick", "paul", "pedro", "perry", "pete",
    "peter", "phil", "philip", "pierre", "preston", "rafael", "ralph", "ramon", "randall",
    "randy", "ray", "raymond", "reggie", "ricardo", "richard", "rick", "ricky", "rob",
    "robert", "rodney", "roger", "roland", "ron", "ronald", "roy", "rudy", "rupert",
    "russell", "ryan", "sam", "samuel", "saul", "scott", "sean", "sebastian", "sergei",
    "sergio", "seth", "shane", "shawn", "simon", "stan", "stanley", "stephen", "steve",
    "steven", "stuart", "ted", "theodore", "thomas", "tim", "timothy", "todd", "tom",
    "tommy", "tony", "travis", "trevor", "trey", "troy", "tyler", "vernon", "victor",
    "vincent", "vladimir", "wallace", "walter", "warren", "wayne", "wesley", "william",
    "willie", "xavier", "zach", "zachary",
];

/// Common female first names.
#[rustfmt::skip]
pub(super) const FEMALE_NAMES: &[&str] = &[
    "abby", "abigail", "adriana", "alexandra", "alexis", "alice", "alicia", "alison",
    "allison", "alyssa", "amanda", "amber", "amy", "ana", "andrea", "angela", "anita",
    "ann", "anna", "anne", "annie", "ashley", "audrey", "barbara", "beth", "bethany",
    "betty", "beverly", "bonnie", "brenda", "brittany", "brooke", "camille", "candace",
    "carla", "carly", "carmen", "carol", "caroline", "carolyn", "carrie", "catherine",
    "cathy", "cecilia", "charlotte", "chelsea", "cheryl", "chloe", "christina", "christine",
    "cindy", "claire", "claudia", "colleen", "connie", "courtney", "crystal", "cynthia",
    "danielle", "deanna", "debbie", "deborah", "debra", "denise", "diana", "diane",
    "dolores", "donna", "doris", "dorothy", "eileen", "elaine", "eleanor", "elena", "elisa",
    "elise", "elizabeth", "ella", "ellen", "emily", "emma", "erica", "erika", "erin",
    "esther", "eva", "evelyn", "felicia", "fiona", "frances", "gabriela", "gabrielle",
    "gail", "gina", "gloria", "gwen", "haley", "hannah", "heather", "heidi", "helen",
    "hillary", "holly", "ingrid", "irene", "isabel", "isabella", "jackie", "jacqueline",
    "jane", "janet", "janice", "jeanne", "jenna", "jennifer", "jenny", "jessica", "jill",
    "joan", "joann", "joanna", "jocelyn", "josephine", "joyce", "juanita", "judith", "judy",
    "julia", "julie", "kara", "karen", "karin", "kate", "katherine", "kathleen", "kathy",
    "kayla", "kendra", "kimberly", "kirsten", "kristen", "kristin", "kristina", "laura",
    "lauren", "laurie", "leah", "lena", "lillian", "lily", "linda", "lisa", "lois",
    "loretta", "lori", "louise", "lucy", "lydia", "madeleine", "madeline", "marcia",
    "margaret", "maria", "marian", "marie", "marilyn", "marina", "marjorie", "marsha",
    "martha", "mary", "maureen", "maxine", "megan", "melanie", "melinda", "melissa",
    "michele", "michelle", "miranda", "molly", "monica", "nadia", "nancy", "naomi",
    "natalie", "nicole", "nikki", "nina", "nora", "norma", "olivia", "pam", "pamela",
    "patricia", "patty", "paula", "peggy", "phyllis", "priscilla", "rachael", "rachel",
    "rebecca", "regina", "renee", "rhonda", "rita", "roberta", "rosa", "rose", "rosemary",
    "ruth", "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shelley",
    "sherry", "shirley", "sonia", "sophia", "stacey", "stacy", "stephanie", "susan",
    "suzanne", "sylvia", "tamara", "tammy", "tanya", "tara", "teresa", "theresa", "tiffany",
    "tina", "valerie", "vanessa", "vera", "veronica", "vicki", "victoria", "virginia",
    "vivian", "wanda", "wendy", "yvonne", "zoe",
];

/// Whether the capitalised "Will" at token `i` is a first name: before a capitalised
/// word that is no function word, inside a sentence ("said Will Doyle"), not opening a
/// question ("Will Congress act?").
pub(super) fn is_modal_name(doc: &super::doc::Doc, i: usize) -> bool {
    let opens = |k: usize| {
        doc.sentence_of(k)
            .is_none_or(|s| doc.sentences[s].tokens.start == k)
    };
    doc.word(i) == "Will"
        && doc.is_capitalised(i + 1)
        && !doc.is_in(i + 1, super::lexicon::Class::STOP)
        && i > 0
        && !opens(i)
        // Nor after a quote mark opening the sentence: "“Will they come?”".
        && (doc.is_word(i - 1) || !opens(i - 1))
}

/// Whether token `k` is a month that is a surname too, after a given name: "Theresa May".
pub(super) fn is_month_surname(doc: &super::doc::Doc, k: usize) -> bool {
    k > 0
        && ["May", "June", "April", "August"].contains(&doc.word(k))
        && doc.is_in(
            k - 1,
            super::lexicon::Class::MALE.or(super::lexicon::Class::FEMALE),
        )
}

/// Whether the capitalised "April" or "June" at token `i` is a first name: before a
/// capitalised word that is no function word, date or place, and not after a word that
/// is no verb ("In April Congress voted", "last June Lee said").
pub(super) fn is_month_name(doc: &super::doc::Doc, i: usize) -> bool {
    use super::lexicon::Class;
    ["April", "June"].contains(&doc.word(i))
        && doc.is_word(i + 1)
        && doc.is_capitalised(i + 1)
        && !doc.is_in(i + 1, Class::NOT_NAME.or(Class::DATE).or(Class::PLACE))
        && !super::np_words::is_number(doc, i + 1)
        && (i == 0 || !doc.is_word(i - 1) || doc.verb(i - 1).is_some())
}
