//! Capitalised runs: where a name starts and ends in the text, which words in front
//! of it are titles and roles ("U.S. Secretary of State | Marco Rubio", "campaign
//! spokesman | Jo Lee"), whether it names an organisation, and what gender its title
//! or first name implies. `entities` turns runs into entities.

use super::doc::Doc;
use super::lexicon::{self, Class};
use super::names::is_possessive;
use super::parties;
use super::pronouns::Gender;

/// A capitalised run split into its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Run {
    /// First token, titles included.
    pub first: usize,
    /// First token of the name proper (`end` when the run is only a title).
    pub name_start: usize,
    /// Token just past the run.
    pub end: usize,
    /// Whether the name is an organisation's ("State Department", "NBC").
    pub org: bool,
}

/// The end of the capitalised run starting at token `i` (`i` itself when none starts
/// there), before `hi`. A run is capitalised words, initials and titles, with "of" or a
/// particle inside ("Secretary of State", "Bank of America", "Beto de la Cruz"); a
/// possessive ends it; contractions ("I’m", "It’s") are not names.
#[inline]
pub(crate) fn run_end(doc: &Doc, i: usize, hi: usize) -> usize {
    // Most words are no name's start: answer those without the full walk.
    if i >= hi || !doc.is_capitalised(i) {
        return i;
    }
    capitalised_run_end(doc, i, hi)
}

/// [`run_end`] for a capitalised word at `i`.
fn capitalised_run_end(doc: &Doc, i: usize, hi: usize) -> usize {
    let mut k = i;
    while k < hi {
        let w = doc.word(k);
        // "Unicorp American Corp", "First Boston Corp": a word that is no name, in a
        // company's.
        let function_word = Class::DATE
            .or(Class::STOP)
            .or(Class::DETERMINER)
            .or(Class::PRONOUN);
        let in_company =
            || !doc.is_in(k, function_word) && company_follows(doc, k + 1, hi.min(k + 3));
        let fits = doc.is_capitalised(k)
            && !is_contraction(w)
            && (!doc.is_in(k, Class::NOT_NAME)
                || doc.is_in(k, Class::TITLE) && k + 1 < hi
                || in_company()
                || k > i && super::given_names::is_month_surname(doc, k)
                || k == i && super::given_names::is_month_name(doc, k));
        // "Secretary of State", "Bank of America", "Beto de la Cruz".
        let link = || {
            let after_title = doc.is_in(k - 1, Class::TITLE.or(Class::ROLE).or(Class::ORG));
            // "Securities and Exchange Commission": "and" inside an organisation's name,
            // not after a person's ("John Lee and Daily News editor Ann Kim").
            let person = (i..k).any(|j| doc.is_in(j, Class::MALE.or(Class::FEMALE)));
            let org_and = doc.is(k, "and")
                && !person
                && (k + 1..hi.min(k + 4))
                    .take_while(|&j| doc.is_capitalised(j))
                    .any(|j| doc.is_in(j, Class::ORG));
            // "Commission on Presidential Debates".
            let org_on = doc.is(k, "on")
                && doc.is_in(k - 1, Class::ORG)
                && !doc.is_in(k + 1, Class::DATE.or(Class::NOT_NAME));
            // "S and P", "AT and T": letters joined by "and" name one body; and
            // "Paton and Co Inc": a company's "and Co", after a person's name too.
            let and_joined = doc.is(k, "and") && {
                let (before, after) = (doc.word(k - 1), doc.word(k + 1));
                is_letters(before) && is_letters(after) && before.len().min(after.len()) == 1
                    || is_company_suffix(after)
            };
            (doc.is(k, "of") && after_title || is_particle(w) || org_and || org_on || and_joined)
                && doc.is_capitalised(k + 1)
        };
        if !(fits || k > i && link()) {
            break;
        }
        k += 1;
        // A possessive ends a name, unless a company's suffix follows ("Standard and
        // Poor's Corp").
        if is_possessive(w) && !company_follows(doc, k, hi.min(k + 3)) {
            break;
        }
    }
    // A joining word that nothing joins is no part of the name: "the Paris Group of
    // Six meeting" is "Paris Group".
    while k > i + 1 && (doc.is(k - 1, "of") || doc.is(k - 1, "and")) {
        k -= 1;
    }
    // A run of titles alone names nobody ("the Vice President said"); a title word after
    // a name or an honorific is a surname ("Howard Dean", "Mr. King").
    if (i..k).all(|j| doc.is_in(j, Class::TITLE) && !is_honorific(doc.word(j))) {
        return i;
    }
    // A lone common noun or quantifier capitalised at a sentence's start names nobody
    // ("Analysts said", "Critics say", "Some argue").
    let common = Class::ROLE.or(Class::ANON).or(Class::DETERMINER);
    if k == i + 1 && doc.is_in(i, common) && !doc.is_in(i, Class::TITLE.or(Class::ORG)) {
        return i;
    }
    k
}

/// Splits the run `first..end` into titles and name, and tells whether it names an
/// organisation. Organisation words count only in the name proper: "Air Force Gen. Jo
/// Lee" and "NYPD Commissioner Jo Lee" are people.
pub(crate) fn analyse(doc: &Doc, first: usize, end: usize) -> Run {
    let name_start = name_start(doc, first, end);
    let from = if name_start > first && name_start < end {
        name_start
    } else {
        first
    };
    // An acronym names a body ("IBM", "NATO"), unless it is a country's ("US"), a
    // thing's ("TV", "GDP") or a role's ("CEO").
    let not_body = Class::REGION.or(Class::THING).or(Class::ROLE);
    let is_org_word =
        |k: usize| doc.is_in(k, Class::ORG) || is_acronym(doc.word(k)) && !doc.is_in(k, not_body);
    let mut org = (from..end).any(is_org_word)
        || (first + 1..end).any(|k| doc.is(k, "and") && is_letters(doc.word(k - 1)));
    let mut name_start = name_start;
    // "Fox News Chris Wallace": a two- or three-word name after the organisation's.
    if org {
        let tail = (from..end)
            .rev()
            .take_while(|&k| {
                !is_org_word(k)
                    && !doc.is_in(k, Class::TITLE.or(Class::PLACE))
                    && doc.is_capitalised(k)
            })
            .count();
        // Not after "of" or "and": "Ministry of Foreign Affairs" is one body's name.
        let joined = end - tail > from && doc.word(end - tail - 1).starts_with(char::is_lowercase);
        if (2..=3).contains(&tail) && !joined {
            org = false;
            name_start = end - tail;
        }
    }
    // "Rival Hillary Clinton": a capitalised word before a first name is no part of it.
    if !org
        && doc.starts_sentence(first)
        && name_start == first
        && end >= name_start + 3
        && first_name_gender(doc.word(name_start)).is_none()
        && first_name_gender(doc.word(name_start + 1)).is_some()
    {
        name_start += 1;
    }
    Run {
        first,
        name_start: if org { first } else { name_start },
        end,
        org,
    }
}

/// Where the name proper starts in run `first..end`: after the titles, role words and
/// "of" phrases in front ("U.S. Secretary of State | Marco Rubio").
fn name_start(doc: &Doc, first: usize, end: usize) -> usize {
    let mut start = first;
    let mut k = first;
    while k + 1 < end {
        if doc.is_in(k, Class::TITLE) || doc.is_in(k, Class::ROLE) {
            start = k + 1;
        } else if doc.is(k, "of") && start == k {
            // "Secretary of State Marco Rubio": the word after "of" completes the title.
            start = k + 2;
            k += 1;
        }
        k += 1;
    }
    // A title alone ("Secretary of State") names nobody.
    if start >= end {
        return end;
    }
    // After a title a name has two words, or three with an initial or a particle:
    // "Director of National Intelligence Jo Lee" is "Jo Lee"; suffixes do not count
    // ("Joseph R. Biden Jr.").
    let mut last = end;
    while last > start + 1 && is_suffix(doc.word(last - 1)) {
        last -= 1;
    }
    let kept = is_initial(doc.word(last.saturating_sub(2)))
        || is_particle(doc.word(last.saturating_sub(2)));
    let of_title = (first..start).any(|k| doc.is(k, "of"));
    if start > first && last >= start + 3 && !kept && of_title {
        start = last - 2;
    }
    start
}

/// The formal title right before the name, if any: "President" in "President Obama"
/// (honorifics such as "Mr." do not count).
pub(crate) fn formal_title<'a>(doc: &Doc<'a>, run: &Run) -> Option<&'a str> {
    let k = run.name_start.checked_sub(1).filter(|&k| k >= run.first)?;
    let w = doc.word(k);
    (doc.is_in(k, Class::TITLE) && !is_honorific(w)).then_some(w)
}

/// Whether the run is known to name a person: not a thing's name ("Trump Tower") nor a
/// place's ("United States", "China"), and a title or honorific, a common first name, a
/// role before it or in an appositive after it, a verb of saying next to it ("Lee
/// said", "said Lee", "Lee, who"), or two or more name words that are not a place's
/// ("Saudi Arabia") nor shouted in capitals.
pub(crate) fn is_person(doc: &Doc, run: &Run, roles: bool) -> bool {
    if run.org {
        return false;
    }
    // "the Affordable Care Act", "Trump Tower": a thing's name, whatever it did; "the
    // United States", "China": a place's (but "West" alone may be a surname).
    let name = run.name_start..run.end;
    let place = name.clone().all(|k| doc.is_in(k, Class::PLACE))
        && (name.len() >= 2 || doc.is_in(run.name_start, Class::REGION));
    if place || name.clone().any(|k| doc.is_in(k, Class::THING)) {
        return false;
    }
    let titled = run.name_start > run.first;
    let words = run.end - run.name_start;
    // A lone common noun at a sentence's start ("Delegates questioned ...") is no name.
    if words == 1
        && !titled
        && (doc.is_in(run.name_start, Class::ROLE) || doc.is_in(run.name_start, Class::ANON))
    {
        return false;
    }
    // A lone name after "the" ("The Hill reported") is a paper or a group.
    if words == 1 && !titled && run.first > 0 && doc.is(run.first - 1, "the") {
        return false;
    }
    let first_name = words >= 2
        && first_name_gender(doc.word(run.name_start)).is_some()
        && !doc.is_in(run.name_start, Class::PLACE);
    let mut next = run.end;
    while next < run.end + 3 && is_adverb_like(doc, next) {
        next += 1;
    }
    // "Lee said", "“...,” said Lee", "Lee, who": a speaker.
    let inverted = run.first > 1
        && doc.verb(run.first - 1).is_some_and(|v| v.inverts())
        && (doc.is_punct(run.first - 2, ",") || doc.quote_of(run.first - 2).is_some());
    let speaks = doc.verb(next).is_some_and(|v| v.is_speech())
        || inverted
        || doc.is_punct(run.end, ",") && doc.is(run.end + 1, "who");
    let plain_name = words >= 2
        && (run.name_start..run.end).all(|k| {
            let w = doc.word(k);
            !doc.is_in(k, Class::PLACE) && (w.chars().any(char::is_lowercase) || is_initial(w))
        });
    titled || first_name || roles || speaks || plain_name
}

/// Whether token `k` is a word that may sit between a name and its verb ("also").
fn is_adverb_like(doc: &Doc, k: usize) -> bool {
    doc.is_in(k, Class::ADVERB) || doc.is_word(k) && doc.word(k).ends_with("ly")
}

/// Whether the run has an honorific before the name ("Mr.", "Ms.", "Dr.").
pub(crate) fn has_honorific(doc: &Doc, run: &Run) -> bool {
    (run.first..run.name_start).any(|k| is_honorific(doc.word(k)))
}

/// The role words of a run, lower case and with abbreviations spelled out: the
/// lower-case role nouns just before it and the titles inside it ("campaign
/// spokesman", "u.s. secretary of state"). `floor` is the sentence start.
pub(crate) fn role_words(doc: &Doc, run: &Run, floor: usize) -> Vec<String> {
    let mut start = run.first;
    // "Democratic front-runner Jo Lee": lower-case role words, and a party before them.
    while start > floor
        && (doc.is_in(start - 1, Class::ROLE) && !doc.is_capitalised(start - 1)
            || start < run.first && parties::is_party(doc.word(start - 1)))
    {
        start -= 1;
    }
    let has_role = start < run.first
        || (run.first..run.name_start)
            .any(|k| doc.is_in(k, Class::TITLE) || doc.is_in(k, Class::ROLE));
    if !has_role || run.org {
        return Vec::new();
    }
    (start..run.name_start)
        .filter(|&k| doc.is_word(k))
        .map(|k| role_word(doc.word(k)))
        .collect()
}

/// For "Jo Lee, a Democratic pollster,": the words of an appositive right after the
/// run ending before token `end`, up to its head noun.
pub(crate) fn appositive_role_words(doc: &Doc, end: usize) -> Vec<String> {
    if !doc.is_punct(end, ",") {
        return Vec::new();
    }
    let det = end + 1;
    if !(doc.is(det, "a") || doc.is(det, "an") || doc.is(det, "the")) {
        return Vec::new();
    }
    let words: Vec<usize> = (det + 1..det + 7)
        .take_while(|&k| doc.is_word(k) && !doc.is(k, "who") && !doc.is_in(k, Class::STOP))
        .collect();
    // "Jo Lee, the mayor, said" or "..., the mayor." is an appositive; "in Lee, the
    // mayor said" is not.
    let closed = words
        .last()
        .is_some_and(|&k| doc.tag(k + 1).is_none_or(|t| t != super::tokens::Tag::Word));
    match words.iter().rposition(|&k| doc.is_in(k, Class::ROLE)) {
        Some(last) if closed => words[..=last]
            .iter()
            .map(|&k| role_word(doc.word(k)))
            .collect(),
        _ => Vec::new(),
    }
}

/// A role word in lower case, abbreviations spelled out ("Sen." -> "senator"), a party
/// by one name ("GOP" -> "republican").
pub(crate) fn role_word(word: &str) -> String {
    let w = word.to_lowercase();
    let full = match w.as_str() {
        "sen." | "sens." => "senator",
        "rep." | "reps." | "congressman" | "congresswoman" => "representative",
        "gov." => "governor",
        "gen." => "general",
        "lt." => "lieutenant",
        "col." => "colonel",
        "sgt." => "sergeant",
        "capt." => "captain",
        "adm." => "admiral",
        "prof." => "professor",
        "dr." => "doctor",
        "pres." => "president",
        "spokeswoman" | "spokesperson" => "spokesman",
        "chairwoman" | "chair" => "chairman",
        "gop" => "republican",
        "democrat" => "democratic",
        _ => return w,
    };
    full.to_string()
}

/// The gender a title implies.
pub(crate) fn title_gender(word: &str) -> Option<Gender> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    match w.as_str() {
        "mr" | "congressman" | "spokesman" | "chairman" | "king" | "prince" | "sir" | "lord"
        | "father" | "councilman" | "assemblyman" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "congresswoman" | "spokeswoman" | "chairwoman" | "queen"
        | "princess" | "lady" | "dame" | "councilwoman" | "assemblywoman" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender a common first name implies.
pub(crate) fn first_name_gender(name: &str) -> Option<Gender> {
    let class = lexicon::classify(name);
    if class.has(Class::MALE) {
        Some(Gender::Male)
    } else if class.has(Class::FEMALE) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Whether a word is an honorific ("Mr.", "Mrs.", "Ms.", "Miss", "Dr.").
fn is_honorific(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Messrs" | "MR" | "MRS" | "MS"
    )
}

/// Whether a word closes a company's name: "Inc", "Corp.", "Ltd".
pub(crate) fn is_company_suffix(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    ["co", "corp", "inc", "llc", "ltd", "plc"]
        .iter()
        .any(|s| w.eq_ignore_ascii_case(s))
}

/// Whether a word is a name suffix ("Jr.", "III").
pub(crate) fn is_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Jr" | "Sr" | "II" | "III" | "IV"
    )
}

/// Whether a word is an initial ("E.").
fn is_initial(word: &str) -> bool {
    word.len() == 2 && word.ends_with('.')
}

/// Whether a word is a lower-case name particle ("de", "van", "bin").
pub(crate) fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "del" | "della" | "van" | "von" | "der" | "bin" | "al" | "la" | "le" | "da" | "dos"
    )
}

/// Whether a word is a contraction ("I’m", "It’s", "Don’t"), not a name.
#[inline]
pub(crate) fn is_contraction(word: &str) -> bool {
    // Both marks start with a byte no plain letter has: ' (0x27) and ’ (0xE2 ...).
    word.bytes().any(|b| b == b'\'' || b == 0xe2) && is_marked_contraction(word)
}

/// [`is_contraction`] for a word with a mark.
fn is_marked_contraction(word: &str) -> bool {
    let Some(at) = word.find(['\'', '\u{2019}']) else {
        return false;
    };
    // "O’Neill" and "D’Amato" keep a capital after the mark.
    let after = &word[at..].trim_start_matches(['\'', '\u{2019}']);
    !is_possessive(word) && !after.starts_with(|c: char| c.is_uppercase())
}

/// Whether a word is an acronym of an organisation ("FBI", "NAACP").
/// Whether a company's suffix closes the capitalised words from `k` on, before `hi`.
fn company_follows(doc: &Doc, k: usize, hi: usize) -> bool {
    (k..hi)
        .take_while(|&j| doc.is_capitalised(j))
        .any(|j| is_company_suffix(doc.word(j)))
}

/// Whether a word is one or two capital letters: "S", "AT".
fn is_letters(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase() || c == '&')
}

/// A name word without its possessive ending ("Lee’s", "Sanders’").
pub(crate) fn strip_possessive(word: &str) -> &str {
    super::np_words::possessive_stem(word).unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<(String, String, bool)> {
        let doc = Doc::new(text, std::slice::from_ref(&(0..text.len())));
        let mut out = Vec::new();
        let mut i = 0;
        while i < doc.tokens.len() {
            let end = run_end(&doc, i, doc.tokens.len());
            if end > i {
                let run = analyse(&doc, i, end);
                out.push((
                    doc.slice(run.first..run.name_start).to_string(),
                    doc.slice(run.name_start..run.end).to_string(),
                    run.org,
                ));
                i = end;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn titles_split_from_names() {
        let got = runs("U.S. Secretary of State Ana Ruiz met Retired Air Force Gen. Tom Oakes.");
        assert_eq!(
            got,
            [
                ("U.S. Secretary of State".into(), "Ana Ruiz".into(), false),
                ("Retired Air Force Gen.".into(), "Tom Oakes".into(), false),
            ]
        );
    }

    #[test]
    fn organisations_and_contractions() {
        let got =
            runs("I\u{2019}m told the State Department and NBC agreed with Kay O\u{2019}Neill.");
        assert_eq!(
            got,
            [
                ("".into(), "State Department".into(), true),
                ("".into(), "NBC".into(), true),
                ("".into(), "Kay O\u{2019}Neill".into(), false),
            ]
        );
    }
}
