//! The reporting-verb lexicon: every form of the verbs that introduce what someone
//! said ("said", "told", "adding") or thinks ("believes", "wants"), with how each
//! verb behaves around its source.
//!
//! Only lower-case forms count: a capitalised "Said" or "Post" is a name or the start of
//! a headline far more often than a cue. Multi-word cues ("according to", "pointed
//! out") are assembled by `attribution` and `indirect` around these verbs.

use super::doc::Doc;
use super::lexicon;

pub(crate) use super::noun_use::{is_idiom, is_noun_use, is_quote_noun, is_report_noun};

/// A verb of saying, used for direct quotes wherever it stands.
const S: u8 = 1;
/// A verb of saying whose subject may follow it: "said Smith".
const I: u8 = S | 2;
/// A verb of saying whose object is the addressee, not the source: "told reporters".
const T: u8 = S | 4;
/// A verb that is a cue only with its particle: "put it", "went on", "fired back".
const P: u8 = S | 16;
/// A verb that names a topic, a cue only with its "about" ("talked about", "spoke
/// about"): reported content, never a quote's own cue.
const A: u8 = 8 | 16;
/// A verb of belief, intention or evidence ("believes", "wants", "shows"): reported
/// content, rarely a quote's own cue.
const B: u8 = 8;

/// A verb of seeming or judging ("appears", "seemed", "ruled"): a cue before its
/// complement ("appears to back", "seemed pleased", "ruled that"), not before a place
/// or a party ("appeared on television", "appear in person", "ruled against Utah").
const L: u8 = B | 64;

/// A verb of saying that is a cue only next to a quote ("Lee states: “...”", "“...,” she
/// continues"): as the verb of a reported clause it is rare, its other senses common.
const Q: u8 = I | 32;

/// How one verb form behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Verb(u8);

impl Verb {
    /// The verb with the behaviour bits of the table.
    pub(crate) fn from_bits(bits: u8) -> Verb {
        Verb(bits)
    }

    /// Whether the verb reports speech or writing.
    pub(crate) fn is_speech(self) -> bool {
        self.0 & S != 0
    }

    /// Whether the verb reports speech or writing only, not also belief ("agreed") or a
    /// topic, and needs no particle: "said", "told", "reported".
    pub(crate) fn reports_speech(self) -> bool {
        self.is_speech() && self.0 & (8 | 16) == 0
    }

    /// Whether the source may come after the verb ("said Smith").
    pub(crate) fn inverts(self) -> bool {
        self.0 & 2 != 0
    }

    /// Whether the verb is a cue only with its particle ("put it", "went on").
    pub(crate) fn needs_particle(self) -> bool {
        self.0 & 16 != 0
    }

    /// Whether the verb is a cue only next to a quote ("states", "continues").
    pub(crate) fn quote_only(self) -> bool {
        self.0 & 32 != 0
    }

    /// Whether the verb is one of seeming, a cue only before its complement.
    pub(crate) fn is_linking(self) -> bool {
        self.0 & 64 != 0
    }

    /// Whether the verb's object is an addressee ("told reporters").
    pub(crate) fn takes_addressee(self) -> bool {
        self.0 & 4 != 0
    }
}

/// Looks up a word; `None` unless it is a lower-case form of a reporting verb.
pub(crate) fn verb(word: &str) -> Option<Verb> {
    lexicon::classify(word).verb()
}

/// Whether a verb form is the -ing participle ("saying", "adding"), whose subject is
/// the one of the clause it hangs on.
pub(crate) fn is_participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing")
}

/// Whether a verb form can be a past participle ("was told", "has said"): the -ed
/// forms and the irregular ones in the table.
pub(crate) fn is_past_form(word: &str) -> bool {
    word.ends_with("ed")
        || matches!(
            word,
            "said"
                | "told"
                | "written"
                | "thought"
                | "felt"
                | "known"
                | "seen"
                | "shown"
                | "found"
                | "heard"
                | "understood"
                | "proven"
                | "forgotten"
                | "read"
                | "begun"
                | "learnt"
        )
}

/// Forms of "be" before a passive participle.
pub(crate) const BE: &[&str] = &["was", "were", "is", "are", "be", "been", "being"];

/// Whether the cue word at `k` is a passive participle ("was told", "were asked"),
/// whose subject is the addressee, not the source.
pub(crate) fn is_passive(doc: &Doc, k: usize) -> bool {
    let past = is_past_form(doc.word(k));
    // "the memo seen by reporters said": a participle with its agent ("responded by
    // saying" is active).
    let agent = doc.is(k + 1, "by")
        && doc.is_word(k + 2)
        && !doc.word(k + 2).ends_with("ing")
        && !doc.word(k + 2).ends_with("ly");
    // "they’re told", "she’s seen as": a contracted "are", "am" or "is" ("he’s said"
    // is "has").
    let contracted_be = k > 0
        && super::clauses::contracted(doc, k - 1).is_some_and(|v| {
            v.eq_ignore_ascii_case("re")
                || v.eq_ignore_ascii_case("m")
                || v.eq_ignore_ascii_case("s") && doc.is(k + 1, "as")
        });
    past && (agent
        || contracted_be
        || k > 0 && BE.iter().chain(&["get", "got"]).any(|b| doc.is(k - 1, b)))
}

/// Whether the past form at `k` is passive across adverbs: "was not previously
/// reported", "has been widely derided".
pub(crate) fn is_passive_across(doc: &Doc, k: usize) -> bool {
    if !is_past_form(doc.word(k)) {
        return false;
    }
    let mut i = k;
    while i > 0 && super::adverbs::is_adverb(doc, i - 1) {
        i -= 1;
        if BE.iter().any(|b| doc.is(i, b)) {
            return true;
        }
    }
    false
}

/// Nouns of saying that a possessive source can own: "Lee's claim that ...", "his
/// promise to ...".
#[rustfmt::skip]
pub(super) const SPEECH_NOUNS: &[&str] = &[
    "accusation", "accusations", "admission", "answer", "argument", "arguments", "assertion",
    "assertions", "boast", "call", "catchphrase", "charge", "claim", "claims", "comment",
    "comments", "complaint", "criticism", "demand", "description", "insistence", "joke",
    "line", "mantra", "message", "motto", "plea", "pledge", "prediction", "promise",
    "promises", "question", "quip", "refrain", "remark", "remarks", "reply", "response",
    "slogan", "speech", "statement", "statements", "suggestion", "tweet", "vow", "warning",
    "words",
];

/// Whether token `k` is a noun of saying ("claim", "remarks").
pub(crate) fn is_speech_noun(doc: &Doc, k: usize) -> bool {
    doc.is_in(k, lexicon::Class::SPEECH_NOUN)
}

/// The end (exclusive) of the cue starting with the verb at token `k`: the verb
/// itself, or with its particle in "put it", "pointed out" (or "pointed to"), "went on",
/// "fired back", "referring to".
pub(crate) fn cue_end(doc: &Doc, k: usize) -> usize {
    let particle = match doc.word(k) {
        "put" | "puts" => "it",
        "point" | "points" | "pointed" | "pointing" | "spell" | "spelled" | "lay" | "laid" => "out",
        "went" | "goes" | "go" | "going" => "on",
        "gone" => "after",
        "fire" | "fired" | "fires" | "firing" | "shot" | "shoot" | "hit" | "hits" | "wrote" => {
            "back"
        }
        "chime" | "chimed" | "chimes" | "weigh" | "weighed" | "weighs" => "in",
        "speak" | "speaking" | "speaks" | "spoke" | "spoken" | "talk" | "talked" | "talking"
        | "talks" => "about",
        "refer" | "referred" | "referring" | "refers" => "to",
        _ => return k + 1,
    };
    // "pointed to the poll": the evidence a speaker points at.
    let pointed_to = particle == "out" && doc.word(k).starts_with("point") && doc.is(k + 1, "to");
    // "went after Trump as a “leech”": an attack, said ("has gone after" too); not the
    // base form ("vowed to go after them"), which plans an attack.
    let went_after = particle == "on" && !doc.is(k, "go") && doc.is(k + 1, "after");
    if doc.is(k + 1, particle) || pointed_to || went_after {
        k + 2
    } else {
        k + 1
    }
}

/// Every form, sorted, with its behaviour.
#[rustfmt::skip]
pub(crate) const VERBS: &[(&str, u8)] = &[
    ("accept", B), ("accepted", B), ("accepting", B), ("accepts", B), ("accuse", S),
    ("accused", S), ("accuses", S), ("accusing", S), ("acknowledge", I | B),
    ("acknowledged", I | B), ("acknowledges", I | B), ("acknowledging", I | B), ("add", I),
    ("added", I), ("adding", I), ("adds", I), ("admit", I), ("admits", I), ("admitted", I),
    ("admitting", I), ("admonish", I), ("admonished", I), ("admonishes", I), ("admonishing",
    I), ("advise", T), ("advised", T), ("advises", T), ("advising", T), ("affirm", I),
    ("affirmed", I), ("affirming", I), ("affirms", I), ("agree", I | B), ("agreed", I | B),
    ("agreeing", I | B), ("agrees", I | B), ("alert", I), ("alerted", I), ("alerting", I),
    ("alerts", I), ("allege", I | B), ("alleged", I | B), ("alleges", I | B), ("alleging", I
    | B), ("announce", I), ("announced", I), ("announces", I), ("announcing", I), ("answer",
    I), ("answered", I), ("answering", I), ("answers", I), ("anticipate", B),
    ("anticipated", B), ("anticipates", B), ("anticipating", B), ("appear", L), ("appeared",
    L), ("appearing", L), ("appears", L), ("applaud", S | B), ("applauded", S | B),
    ("applauding", S | B), ("applauds", S | B), ("argue", I | B), ("argued", I | B),
    ("argues", I | B), ("arguing", I | B), ("ask", I | T), ("asked", I | T), ("asking", I |
    T), ("asks", I | T), ("assail", S), ("assailed", S), ("assailing", S), ("assails", S),
    ("assert", I | B), ("asserted", I | B), ("asserting", I | B), ("asserts", I | B),
    ("assume", B), ("assumed", B), ("assumes", B), ("assuming", B), ("assure", T),
    ("assured", T), ("assures", T), ("assuring", T), ("attack", S), ("attacked", S),
    ("attacking", S), ("attest", I), ("attested", I), ("attesting", I), ("attests", I),
    ("aver", I), ("averred", I), ("averring", I), ("avers", I), ("backed", B), ("backing", B),
    ("bark", I), ("barked", I), ("barking", I), ("barks", I), ("beg", I), ("begged", I),
    ("begging", I), ("begs", I), ("believe", B), ("believed", B), ("believes", B),
    ("believing", B), ("bellow", I), ("bellowed", I), ("bellowing", I), ("bellows", I),
    ("bemoan", I), ("bemoaned", I), ("bemoaning", I), ("bemoans", I), ("blame", S),
    ("blamed", S), ("blames", S), ("blaming", S), ("blast", S), ("blasted", S), ("blasting",
    S), ("blasts", S), ("blog", I), ("blogged", I), ("blogging", I), ("blogs", I), ("boast",
    I), ("boasted", I), ("boasting", I), ("boasts", I), ("boom", I), ("boomed", I),
    ("booming", I), ("booms", I), ("brag", I), ("bragged", I), ("bragging", I), ("brags", I),
    ("brand", S), ("branded", S), ("branding", S), ("brands", S), ("brief", T), ("briefed",
    T), ("briefing", T), ("briefs", T), ("calculate", I | B), ("calculated", I | B),
    ("calculates", I | B), ("calculating", I | B), ("call", S), ("called", S), ("calling",
    S), ("calls", S), ("caution", I | B), ("cautioned", I | B), ("cautioning", I | B),
    ("cautions", I | B), ("celebrate", B), ("celebrated", B), ("celebrates", B),
    ("celebrating", B), ("challenge", I), ("challenged", I), ("challenges", I),
    ("challenging", I), ("chant", I), ("chanted", I), ("chanting", I), ("chants", I),
    ("characterise", S), ("characterised", S), ("characterises", S), ("characterising", S),
    ("characterize", S), ("characterized", S), ("characterizes", S), ("characterizing", S),
    ("charge", I), ("charged", I), ("charges", I), ("charging", I), ("cheer", I),
    ("cheered", I), ("cheering", I), ("cheers", I), ("chide", S), ("chided", S), ("chides",
    S), ("chiding", S), ("chime", I), ("chimed", I), ("chimes", I), ("chiming", I),
    ("chuckle", I), ("chuckled", I), ("chuckles", I), ("chuckling", I), ("cite", S),
    ("cited", S), ("cites", S), ("citing", S), ("claim", I | B), ("claimed", I | B),
    ("claiming", I | B), ("claims", I | B), ("clarified", I), ("clarifies", I), ("clarify",
    I), ("clarifying", I), ("commend", S), ("commended", S), ("commending", S), ("commends",
    S), ("commented", Q), ("commenting", Q), ("compare", S), ("compared", S), ("compares", S), ("comparing", S), ("complain", I),
    ("complained", I), ("complaining", I), ("complains", I), ("concede", I), ("conceded",
    I), ("concedes", I), ("conceding", I), ("conclude", I | B), ("concluded", I | B),
    ("concludes", I | B), ("concluding", I | B), ("concur", I), ("concurred", I),
    ("concurring", I), ("concurs", I), ("condemn", S), ("condemned", S), ("condemning", S),
    ("condemns", S), ("confess", I), ("confessed", I), ("confesses", I), ("confessing", I),
    ("confide", I), ("confided", I), ("confides", I), ("confiding", I), ("confirm", I),
    ("confirmed", I), ("confirming", I), ("confirms", I), ("consider", B), ("considered",
    B), ("considering", B), ("considers", B), ("contend", I | B), ("contended", I | B),
    ("contending", I | B), ("contends", I | B), ("continue", Q), ("continued", I), ("continues", Q), ("continuing", I),
    ("convey", I), ("conveyed", I), ("conveying", I), ("conveys", I), ("counsel", I),
    ("counseled", I), ("counseling", I), ("counsels", I), ("counter", I), ("countered", I),
    ("countering", I), ("counters", I), ("crack", I), ("cracked", I), ("cracking", I),
    ("cracks", I), ("credit", S), ("credited", S), ("crediting", S), ("credits", S),
    ("cried", I), ("cries", I), ("criticise", S), ("criticised", S), ("criticises", S),
    ("criticising", S), ("criticize", S), ("criticized", S), ("criticizes", S),
    ("criticizing", S), ("crow", I), ("crowed", I), ("crowing", I), ("crows", I), ("cry",
    I), ("crying", I), ("decide", B), ("decided", B), ("decides", B), ("deciding", B),
    ("declare", I), ("declared", I), ("declares", I), ("declaring", I), ("decline", B),
    ("declined", B), ("declines", B), ("declining", B), ("decree", I), ("decreed", I),
    ("decreeing", I), ("decrees", I), ("decried", S), ("decries", S), ("decry", S),
    ("decrying", S), ("defend", S), ("defended", S), ("defending", S), ("defends", S),
    ("demand", I), ("demanded", I), ("demanding", I), ("demands", I), ("demonstrate", B),
    ("demonstrated", B), ("demonstrates", B), ("demonstrating", B), ("denied", S),
    ("denies", S), ("denounce", S), ("denounced", S), ("denounces", S), ("denouncing", S),
    ("deny", S), ("denying", S), ("deride", S), ("derided", S), ("derides", S), ("deriding",
    S), ("describe", S), ("described", S), ("describes", S), ("describing", S), ("detail",
    I), ("detailed", I), ("detailing", I), ("details", I), ("disagree", B), ("disagreed",
    B), ("disagreeing", B), ("disagrees", B), ("discuss", B), ("discussed", B), ("discusses", B), ("discussing", B), ("dismiss", S), ("dismissed", S), ("dismisses",
    S), ("dismissing", S), ("dispute", B), ("disputed", B), ("disputes", B), ("disputing",
    B), ("doubt", B), ("doubted", B), ("doubting", B), ("doubts", B), ("dread", B),
    ("dreaded", B), ("dreading", B), ("dreads", B), ("dub", S), ("dubbed", S), ("dubbing",
    S), ("dubs", S), ("echo", I), ("echoed", I), ("echoes", I), ("echoing", I),
    ("editorialise", I), ("editorialised", I), ("editorialises", I), ("editorialising", I),
    ("editorialize", I), ("editorialized", I), ("editorializes", I), ("editorializing", I),
    ("elaborate", I), ("elaborated", I), ("elaborates", I), ("elaborating", I), ("emailed",
    T), ("emailing", T), ("emphasise", I), ("emphasised", I), ("emphasises", I),
    ("emphasising", I), ("emphasize", I), ("emphasized", I), ("emphasizes", I),
    ("emphasizing", I), ("encourage", S), ("encouraged", S), ("encourages", S),
    ("encouraging", S), ("endorse", B), ("endorsed", B), ("endorses", B), ("endorsing", B),
    ("enquire", I), ("enquired", I), ("enquires", I), ("enquiring", I), ("envisage", B),
    ("envisaged", B), ("envisages", B), ("envisaging", B), ("envision", B), ("envisioned",
    B), ("envisioning", B), ("envisions", B), ("estimate", B), ("estimated", B),
    ("estimates", B), ("estimating", B), ("exclaim", I), ("exclaimed", I), ("exclaiming",
    I), ("exclaims", I), ("exhort", S), ("exhorted", S), ("exhorting", S), ("exhorts", S),
    ("expect", B), ("expected", B), ("expecting", B), ("expects", B), ("explain", I),
    ("explained", I), ("explaining", I), ("explains", I), ("express", B), ("expressed", B), ("expresses", B), ("expressing", B), ("exult", I), ("exulted", I),
    ("exulting", I), ("exults", I), ("fault", S), ("faulted", S), ("faulting", S),
    ("faults", S), ("favor", B), ("favored", B), ("favoring", B), ("favors", B), ("favour",
    B), ("favoured", B), ("favouring", B), ("favours", B), ("fear", B), ("feared", B),
    ("fearing", B), ("fears", B), ("feel", B), ("feeling", B), ("feels", B), ("felt", B),
    ("figure", B), ("figured", B), ("figures", B), ("figuring", B), ("find", B), ("finding",
    B), ("finds", B), ("fire", P), ("fired", P), ("fires", P), ("firing", P), ("forecast",
    B), ("forecasted", B), ("forecasting", B), ("forecasts", B), ("foresee", B),
    ("foreseeing", B), ("foreseen", B), ("foresees", B), ("forget", B), ("forgets", B),
    ("forgetting", B), ("forgot", B), ("forgotten", B), ("found", B), ("fret", B),
    ("frets", B), ("fretted", B), ("fretting", B), ("fume", I), ("fumed", I), ("fumes", I),
    ("fuming", I), ("gasp", I), ("gasped", I), ("gasping", I), ("gasps", I), ("gloat", I),
    ("gloated", I), ("gloating", I), ("gloats", I), ("go", P), ("goes", P), ("going", P),
    ("gone", P), ("gripe", I), ("griped", I), ("gripes", I), ("griping", I), ("groan", I),
    ("groaned", I), ("groaning", I), ("groans", I), ("growl", I), ("growled", I),
    ("growling", I), ("growls", I), ("grumble", I), ("grumbled", I), ("grumbles", I),
    ("grumbling", I), ("guarantee", I), ("guaranteed", I), ("guaranteeing", I),
    ("guarantees", I), ("guess", B), ("guessed", B), ("guesses", B), ("guessing", B),
    ("gush", I), ("gushed", I), ("gushes", I), ("gushing", I), ("hail", S), ("hailed", S),
    ("hailing", S), ("hails", S),
    ("highlight", I), ("highlighted", I), ("highlighting", I), ("highlights", I), ("hint",
    I), ("hinted", I), ("hinting", I), ("hints", I), ("hit", P), ("hits", P), ("hitting",
    P), ("holler", I), ("hollered", I), ("hollering", I), ("hollers", I), ("hope", B),
    ("hoped", B), ("hopes", B), ("hoping", B), ("hypothesize", I), ("hypothesized", I),
    ("hypothesizes", I), ("hypothesizing", I), ("imagine", B), ("imagined", B), ("imagines",
    B), ("imagining", B), ("implied", B), ("implies", B), ("implore", T), ("implored", T),
    ("implores", T), ("imploring", T), ("imply", B), ("implying", B), ("indicate", B),
    ("indicated", B), ("indicates", B), ("indicating", B), ("inform", T), ("informed", T),
    ("informing", T), ("informs", T), ("inquire", I), ("inquired", I), ("inquires", I),
    ("inquiring", I), ("insinuate", I), ("insinuated", I), ("insinuates", I),
    ("insinuating", I), ("insist", I | B), ("insisted", I | B), ("insisting", I | B),
    ("insists", I | B), ("instruct", T), ("instructed", T), ("instructing", T),
    ("instructs", T), ("intend", B), ("intended", B), ("intending", B), ("intends", B),
    ("interject", I), ("interjected", I), ("interjecting", I), ("interjects", I),
    ("intimate", I), ("intimated", I), ("intimates", I), ("intimating", I), ("joke", I),
    ("joked", I), ("jokes", I), ("joking", I), ("josh", I), ("joshed", I), ("joshes", I),
    ("joshing", I), ("knew", B), ("know", B), ("knowing", B), ("knows", B), ("label", S),
    ("labeled", S), ("labeling", S), ("labelled", S), ("labelling", S), ("labels", S),
    ("laid", P), ("lambaste", S), ("lambasted", S), ("lambastes", S), ("lambasting", S),
    ("lament", I | B), ("lamented", I | B), ("lamenting", I | B), ("laments", I | B),
    ("laud", S), ("lauded", S), ("lauding", S), ("lauds", S), ("laugh", I), ("laughed", I),
    ("laughing", I), ("laughs", I), ("lay", P), ("laying", P), ("lays", P), ("learn", B),
    ("learned", B), ("learning", B), ("learns", B), ("learnt", B), ("lecture", I),
    ("lectured", I), ("lectures", I), ("lecturing", I), ("liken", S), ("likened", S),
    ("likening", S), ("likens", S), ("maintain", I | B), ("maintained", I | B),
    ("maintaining", I | B), ("maintains", I | B), ("marvel", I), ("marveled", I),
    ("marveling", I), ("marvels", I), ("mention", S), ("mentioned", S), ("mentioning", S),
    ("mentions", S), ("message", T), ("messaged", T), ("messaging", T),
    ("moan", I), ("moaned", I), ("moaning", I), ("moans", I), ("mock", S), ("mocked", S),
    ("mocking", S), ("mocks", S), ("mourn", I), ("mourned", I), ("mourning", I), ("mourns",
    I), ("mull", I), ("mulled", I), ("mulling", I), ("mulls", I), ("mumble", I), ("mumbled",
    I), ("mumbles", I), ("mumbling", I), ("murmur", I), ("murmured", I), ("murmuring", I),
    ("murmurs", I), ("muse", I), ("mused", I), ("muses", I), ("musing", I), ("mutter", I),
    ("muttered", I), ("muttering", I), ("mutters", I), ("narrate", I), ("narrated", I),
    ("narrates", I), ("narrating", I), ("note", I), ("noted", I), ("notes", I), ("notified",
    I), ("notifies", I), ("notify", I), ("notifying", I), ("noting", I), ("object", I),
    ("objected", I), ("objecting", I), ("objects", I), ("observe", I), ("observed", I),
    ("observes", I), ("observing", I), ("offer", I), ("offered", I), ("offering", I),
    ("offers", I), ("opine", I), ("opined", I), ("opines", I), ("opining", I), ("oppose",
    B), ("opposed", B), ("opposes", B), ("opposing", B), ("outline", I), ("outlined", I),
    ("outlines", I), ("outlining", I), ("plan", B), ("planned", B), ("planning", B),
    ("plans", B), ("plead", I), ("pleaded", I), ("pleading", I), ("pleads", I), ("pledge",
    I), ("pledged", I), ("pledges", I), ("pledging", I), ("point", P), ("pointed", P),
    ("pointing", P), ("points", P), ("ponder", I | B), ("pondered", I | B), ("pondering", I
    | B), ("ponders", I | B), ("portray", S), ("portrayed", S), ("portraying", S),
    ("portrays", S), ("posit", I), ("posited", I), ("positing", I), ("posits", I),
    ("post", I), ("posted", I), ("posting", I), ("posts", I), ("praise", S), ("praised", S),
    ("praises", S), ("praising", S), ("preach", I), ("preached", I), ("preaches", I),
    ("preaching", I), ("predict", I | B), ("predicted", I | B), ("predicting", I | B),
    ("predicts", I | B), ("prefer", B), ("preferred", B), ("preferring", B), ("prefers", B),
    ("presume", B), ("presumed", B), ("presumes", B), ("presuming", B), ("proclaim", I),
    ("proclaimed", I), ("proclaiming", I), ("proclaims", I), ("project", B), ("projected",
    B), ("projecting", B), ("projects", B), ("promise", I | T), ("promised", I | T),
    ("promises", I | T), ("promising", I | T), ("propose", B), ("proposed", B), ("proposes",
    B), ("proposing", B), ("protest", I), ("protested", I), ("protesting", I), ("protests",
    I), ("put", P), ("puts", P), ("putting", P), ("queried", I), ("queries", I), ("query",
    I), ("querying", I), ("question", S | B), ("questioned", S | B), ("questioning", S | B),
    ("questions", S | B), ("quip", I), ("quipped", I), ("quipping", I), ("quips", I),
    ("quote", I), ("quoted", I), ("quotes", I), ("quoting", I), ("rage", I), ("raged", I),
    ("rages", I), ("raging", I), ("rant", I), ("ranted", I), ("ranting", I), ("rants", I),
    ("rated", S), ("read", I), ("reading", I),
    ("reads", I), ("realise", B), ("realised", B), ("realises", B), ("realising", B),
    ("realize", B), ("realized", B), ("realizes", B), ("realizing", B),
    ("reasoned", I), ("reasoning", I), ("reasons", I), ("reassure", I), ("reassured", I),
    ("reassures", I), ("reassuring", I), ("rebut", I), ("rebuts", I),
    ("rebutted", I), ("rebutting", I), ("recall", I), ("recalled", I), ("recalling", I),
    ("recalls", I),
    ("recite", I), ("recited", I), ("recites", I), ("reciting", I), ("reckon", B),
    ("reckoned", B), ("reckoning", B), ("reckons", B), ("recognize", B), ("recognized", B),
    ("recognizes", B), ("recognizing", B), ("recommend", I), ("recommended", I),
    ("recommending", I), ("recommends", I), ("recount", I), ("recounted", I), ("recounting",
    I), ("recounts", I), ("refer", A), ("reference", B), ("referenced", B), ("references", B), ("referencing", B), ("referred", A), ("referring", A), ("refers", A),
    ("reflect", I), ("reflected", I), ("reflecting", I), ("reflects", I), ("refuse", B),
    ("refused", B), ("refuses", B), ("refusing", B), ("regret", B), ("regrets", B),
    ("regretted", B), ("regretting", B), ("reiterate", I), ("reiterated", I), ("reiterates",
    I), ("reiterating", I), ("reject", B), ("rejected", B), ("rejecting", B), ("rejects",
    B), ("rejoice", I), ("rejoiced", I), ("rejoices", I), ("rejoicing", I), ("rejoin", I),
    ("rejoined", I), ("rejoining", I), ("rejoins", I), ("relay", I), ("relayed", I),
    ("relaying", I), ("relays", I), ("remark", I), ("remarked", I), ("remarking", I),
    ("remarks", I), ("remember", B), ("remembered", B), ("remembering", B), ("remembers",
    B), ("remind", T), ("reminded", T), ("reminding", T), ("reminds", T), ("reminisce", I),
    ("reminisced", I), ("reminisces", I), ("reminiscing", I), ("repeat", I), ("repeated",
    I), ("repeating", I), ("repeats", I), ("replied", I), ("replies", I), ("reply", I),
    ("replying", I), ("report", I), ("reported", I), ("reporting", I), ("reports", I),
    ("respond", I), ("responded", I), ("responding", I), ("responds", I), ("retort", I),
    ("retorted", I), ("retorting", I), ("retorts", I), ("reveal", B), ("revealed", B),
    ("revealing", B), ("reveals", B), ("ridicule", S), ("ridiculed", S), ("ridicules", S),
    ("ridiculing", S), ("riff", I), ("riffed", I), ("riffing", I), ("riffs", I), ("rip", S),
    ("ripped", S), ("ripping", S), ("rips", S), ("roar", I), ("roared", I), ("roaring", I),
    ("roars", I), ("ruled", L), ("said", I), ("sang", Q), ("saw", B), ("say", I),
    ("saying", I), ("says", I), ("scoff", I), ("scoffed", I), ("scoffing", I), ("scoffs",
    I), ("scold", S), ("scolded", S), ("scolding", S), ("scolds", S), ("scream", I),
    ("screamed", I), ("screaming", I), ("screams", I), ("see", B), ("seeing", B), ("seem",
    L), ("seemed", L), ("seeming", L), ("seems", L), ("seen", B), ("sees", B), ("sense", B),
    ("sensed", B), ("senses", B), ("sensing", B), ("shoot", P), ("shooting", P), ("shoots",
    P), ("shot", P), ("shout", I), ("shouted", I), ("shouting", I), ("shouts", I), ("show",
    B), ("showed", B), ("showing", B), ("shown", B), ("shows", B), ("shriek", I),
    ("shrieked", I), ("shrieking", I), ("shrieks", I), ("sigh", I), ("sighed", I),
    ("sighing", I), ("sighs", I), ("signal", B), ("signaled", B), ("signaling", B),
    ("signalled", B), ("signals", B), ("sing", Q), ("singing", Q), ("sings",
    Q), ("slam", S), ("slammed", S), ("slamming", S), ("slams", S), ("snap", I), ("snapped",
    I), ("snapping", I), ("snaps", I), ("sniff", I), ("sniffed", I), ("sniffing", I),
    ("sniffs", I), ("speak", A), ("speaking", A), ("speaks", A),
    ("specified", I), ("specifies", I), ("specify", I), ("specifying", I),
    ("speculate", B), ("speculated", B), ("speculates", B), ("speculating", B), ("spell",
    P), ("spelled", P), ("spelling", P), ("spells", P), ("spoke", A), ("spoken", A),
    ("sputter", I), ("sputtered", I),
    ("sputtering", I), ("sputters", I), ("stammer", I), ("stammered", I), ("stammering", I),
    ("stammers", I), ("stated", I), ("states", Q), ("stating", I), ("stress", I), ("stressed", I),
    ("stresses", I), ("stressing", I), ("suggest", I), ("suggested", I), ("suggesting", I),
    ("suggests", I), ("sum", P), ("summarise", I),
    ("summarised", I), ("summarises", I), ("summarising", I), ("summarize", I),
    ("summarized", I), ("summarizes", I), ("summarizing", I), ("summed", P),
    ("summing", P), ("sums", P),
    ("support", B),
    ("supported", B), ("supporting", B), ("supports", B), ("suppose", B), ("supposed", B),
    ("supposes", B), ("supposing", B), ("surmise", I), ("surmised", I), ("surmises", I),
    ("surmising", I), ("suspect", B), ("suspected", B), ("suspecting", B), ("suspects", B),
    ("swear", I), ("swearing", I), ("swears", I), ("swore", I), ("talk", A), ("talked", A),
    ("talking", A), ("talks", A), ("tease", I), ("teased",
    I), ("teases", I), ("teasing", I), ("tell", T), ("telling", T), ("tells", T), ("term",
    S), ("termed", S), ("terming", S), ("terms", S), ("testified", I), ("testifies", I),
    ("testify", I), ("testifying", I), ("text", I | T), ("texted", I | T), ("texting", I |
    T), ("texts", I | T), ("thank", T), ("thanked", T), ("thanking", T), ("thanks", T),
    ("theorize", I), ("theorized", I), ("theorizes", I), ("theorizing", I), ("think", B),
    ("thinking", B), ("thinks", B), ("thought", B), ("thunder", I), ("thundered", I),
    ("thundering", I), ("thunders", I), ("told", T), ("tout", S), ("touted", S), ("touting",
    S), ("touts", S), ("trust", B), ("trusted", B), ("trusting", B), ("trusts", B),
    ("tweeted", I), ("tweeting", I), ("tweets", I), ("underscore", I), ("underscored", I),
    ("underscores", I), ("underscoring", I), ("understand", B), ("understanding", B),
    ("understands", B), ("understood", B), ("urge", T), ("urged", T), ("urges", T),
    ("urging", T), ("vent", I), ("vented", I), ("venting", I), ("vents", I), ("venture", I),
    ("ventured", I), ("ventures", I), ("venturing", I), ("view", B), ("viewed", B),
    ("viewing", B), ("views", B), ("voice", S), ("voiced", S), ("voices", S), ("voicing",
    S), ("volunteer", I), ("volunteered", I), ("volunteering", I), ("volunteers", I),
    ("voted", B), ("voting", B), ("vow", I), ("vowed", I), ("vowing", I), ("vows", I),
    ("want", B), ("wanted", B), ("wanting", B), ("wants", B), ("warn", I | T | B),
    ("warned", I | T | B), ("warning", I | T | B), ("warns", I | T | B), ("weigh", P),
    ("weighed", P), ("weighing", P), ("weighs", P), ("welcome", B), ("welcomed", B),
    ("welcomes", B), ("welcoming", B), ("went", P), ("whisper", I), ("whispered", I),
    ("whispering", I), ("whispers", I), ("wish", B), ("wished", B), ("wishes", B),
    ("wishing", B), ("wonder", I | B), ("wondered", I | B), ("wondering", I | B),
    ("wonders", I | B), ("worried", B), ("worries", B), ("worry", B), ("worrying", B),
    ("write", I), ("writes", I), ("writing", I), ("written", I), ("wrote", I), ("yell", I),
    ("yelled", I), ("yelling", I), ("yells", I),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(VERBS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn forms_carry_their_behaviour() {
        let said = verb("said").expect("said");
        assert!(said.is_speech() && said.inverts() && !said.takes_addressee());
        let told = verb("told").expect("told");
        assert!(told.takes_addressee() && !told.inverts());
        assert!(verb("believes").is_some_and(|v| !v.is_speech()));
        assert!(verb("Said").is_none());
        assert!(verb("table").is_none());
        assert!(is_participle("adding") && !is_participle("sing"));
        assert!(is_past_form("told") && !is_past_form("says"));
    }
}
