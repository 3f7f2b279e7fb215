//! The reporting-verb lexicon: every form of the verbs that introduce what someone
//! said ("said", "told", "adding") or thinks ("believes", "wants"), with how each
//! verb behaves around its source.
//!
//! Only lower-case forms count: a capitalised "Said" or "Post" is a name or the start of
//! a headline far more often than a cue. Multi-word cues ("according to", "pointed
//! out") are assembled by `attribution` and `indirect` around these verbs.

use super::doc::Doc;
use super::lexicon;

/// A verb of saying, used for direct quotes wherever it stands.
const S: u8 = 1;
/// A verb of saying whose subject may follow it: "said Smith".
const I: u8 = S | 2;
/// A verb of saying whose object is the addressee, not the source: "told reporters".
const T: u8 = S | 4;
/// A verb of belief, intention or evidence ("believes", "wants", "shows"): reported
/// content, rarely a quote's own cue.
const B: u8 = 8;

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

    /// Whether the source may come after the verb ("said Smith").
    pub(crate) fn inverts(self) -> bool {
        self.0 & 2 != 0
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

/// Whether the cue word at `k` is used as a noun ("the report", "his call").
pub(crate) fn is_noun_use(doc: &Doc, k: usize) -> bool {
    k > 0
        && [
            "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "my", "your",
        ]
        .iter()
        .any(|d| doc.is(k - 1, d))
}

/// Whether the cue word at `k` is a passive participle ("was told", "were asked"),
/// whose subject is the addressee, not the source.
pub(crate) fn is_passive(doc: &Doc, k: usize) -> bool {
    is_past_form(doc.word(k))
        && k > 0
        && [
            "was", "were", "is", "are", "be", "been", "being", "get", "got",
        ]
        .iter()
        .any(|b| doc.is(k - 1, b))
}

/// Every form, sorted, with its behaviour.
#[rustfmt::skip]
pub(crate) const VERBS: &[(&str, u8)] = &[
    ("accuse", S), ("accused", S), ("accuses", S), ("accusing", S), ("acknowledge", I | B),
    ("acknowledged", I | B), ("acknowledges", I | B), ("acknowledging", I | B), ("add", I),
    ("added", I), ("adding", I), ("adds", I), ("admit", I), ("admits", I), ("admitted", I),
    ("admitting", I), ("advise", T), ("advised", T), ("advises", T), ("advising", T), ("agree",
    I | B), ("agreed", I | B), ("agrees", I | B), ("agreing", I | B), ("allege", I), ("alleged",
    I), ("alleges", I), ("alleging", I), ("announce", I), ("announced", I), ("announces", I),
    ("announcing", I), ("answer", I), ("answered", I), ("answering", I), ("answers", I),
    ("anticipate", B), ("anticipated", B), ("anticipates", B), ("anticipating", B), ("appear",
    B), ("appeared", B), ("appearing", B), ("appears", B), ("applaud", S), ("applauded", S),
    ("applauding", S), ("applauds", S), ("argue", I), ("argued", I), ("argues", I), ("arguing",
    I), ("ask", I | T), ("asked", I | T), ("asking", I | T), ("asks", I | T), ("assert", I),
    ("asserted", I), ("asserting", I), ("asserts", I), ("assume", B), ("assumed", B),
    ("assumes", B), ("assuming", B), ("assure", T), ("assured", T), ("assures", T), ("assuring",
    T), ("attack", S), ("attacked", S), ("attacking", S), ("attacks", S), ("back", B),
    ("backed", B), ("backing", B), ("backs", B), ("beg", I), ("began", I), ("beged", I),
    ("begin", I), ("beging", I), ("beginning", I), ("begins", I), ("begs", I), ("begun", I),
    ("believe", B), ("believed", B), ("believes", B), ("believing", B), ("blame", S), ("blamed",
    S), ("blames", S), ("blaming", S), ("blast", S), ("blasted", S), ("blasting", S), ("blasts",
    S), ("boast", I), ("boasted", I), ("boasting", I), ("boasts", I), ("brand", S), ("branded",
    S), ("branding", S), ("brands", S), ("brief", T), ("briefed", T), ("briefing", T),
    ("briefs", T), ("call", S), ("called", S), ("calling", S), ("calls", S), ("caution", I),
    ("cautioned", I), ("cautioning", I), ("cautions", I), ("challenge", I), ("challenged", I),
    ("challenges", I), ("challenging", I), ("characterise", S), ("characterised", S),
    ("characterises", S), ("characterising", S), ("characterize", S), ("characterized", S),
    ("characterizes", S), ("characterizing", S), ("charge", I), ("charged", I), ("charges", I),
    ("charging", I), ("chide", S), ("chided", S), ("chides", S), ("chiding", S), ("chime", I),
    ("chimed", I), ("chimes", I), ("chiming", I), ("chuckle", I), ("chuckled", I), ("chuckles",
    I), ("chuckling", I), ("cite", S), ("cited", S), ("cites", S), ("citing", S), ("claim", I),
    ("claimed", I), ("claiming", I), ("claims", I), ("commend", S), ("commended", S),
    ("commending", S), ("commends", S), ("complain", I), ("complained", I), ("complaining", I),
    ("complains", I), ("concede", I), ("conceded", I), ("concedes", I), ("conceding", I),
    ("conclude", I), ("concluded", I), ("concludes", I), ("concluding", I), ("concur", I),
    ("concured", I), ("concuring", I), ("concurs", I), ("condemn", S), ("condemned", S),
    ("condemning", S), ("condemns", S), ("confess", I), ("confessed", I), ("confesses", I),
    ("confessing", I), ("confirm", I), ("confirmed", I), ("confirming", I), ("confirms", I),
    ("consider", B), ("considered", B), ("considering", B), ("considers", B), ("contend", I),
    ("contended", I), ("contending", I), ("contends", I), ("continue", I), ("continued", I),
    ("continues", I), ("continuing", I), ("counsel", I), ("counseled", I), ("counseling", I),
    ("counsels", I), ("counter", I), ("countered", I), ("countering", I), ("counters", I),
    ("cried", I), ("cries", I), ("criticise", S), ("criticised", S), ("criticises", S),
    ("criticising", S), ("criticize", S), ("criticized", S), ("criticizes", S), ("criticizing",
    S), ("cry", I), ("crying", I), ("decide", B), ("decided", B), ("decides", B), ("deciding",
    B), ("declare", I), ("declared", I), ("declares", I), ("declaring", I), ("decline", B),
    ("declined", B), ("declines", B), ("declining", B), ("decried", S), ("decries", S),
    ("decry", S), ("decrying", S), ("defend", S), ("defended", S), ("defending", S), ("defends",
    S), ("demand", I), ("demanded", I), ("demanding", I), ("demands", I), ("demonstrate", B),
    ("demonstrated", B), ("demonstrates", B), ("demonstrating", B), ("denied", S), ("denies",
    S), ("denounce", S), ("denounced", S), ("denounces", S), ("denouncing", S), ("deny", S),
    ("denying", S), ("deride", S), ("derided", S), ("derides", S), ("deriding", S), ("describe",
    S), ("described", S), ("describes", S), ("describing", S), ("disagree", B), ("disagreed",
    B), ("disagrees", B), ("disagreing", B), ("dismiss", S), ("dismissed", S), ("dismisses", S),
    ("dismissing", S), ("dispute", B), ("disputed", B), ("disputes", B), ("disputing", B),
    ("doubt", B), ("doubted", B), ("doubting", B), ("doubts", B), ("dub", S), ("dubbed", S),
    ("dubbing", S), ("dubs", S), ("elaborate", I), ("elaborated", I), ("elaborates", I),
    ("elaborating", I), ("email", T), ("emailed", T), ("emailing", T), ("emails", T),
    ("emphasise", I), ("emphasised", I), ("emphasises", I), ("emphasising", I), ("emphasize",
    I), ("emphasized", I), ("emphasizes", I), ("emphasizing", I), ("endorse", B), ("endorsed",
    B), ("endorses", B), ("endorsing", B), ("estimate", B), ("estimated", B), ("estimates", B),
    ("estimating", B), ("exclaim", I), ("exclaimed", I), ("exclaiming", I), ("exclaims", I),
    ("expect", B), ("expected", B), ("expecting", B), ("expects", B), ("explain", I),
    ("explained", I), ("explaining", I), ("explains", I), ("fault", S), ("faulted", S),
    ("faulting", S), ("faults", S), ("favor", B), ("favored", B), ("favoring", B), ("favors",
    B), ("favour", B), ("favoured", B), ("favouring", B), ("favours", B), ("fear", B),
    ("feared", B), ("fearing", B), ("fears", B), ("feel", B), ("feeling", B), ("feels", B),
    ("felt", B), ("figure", B), ("figured", B), ("figures", B), ("figuring", B), ("find", B),
    ("finding", B), ("finds", B), ("forecast", B), ("forecasted", B), ("forecasting", B),
    ("forecasts", B), ("forget", B), ("forgets", B), ("forgetting", B), ("forgot", B),
    ("forgotten", B), ("found", B), ("fume", I), ("fumed", I), ("fumes", I), ("fuming", I),
    ("growl", I), ("growled", I), ("growling", I), ("growls", I), ("grumble", I), ("grumbled",
    I), ("grumbles", I), ("grumbling", I), ("guess", B), ("guessed", B), ("guesses", B),
    ("guessing", B), ("gush", I), ("gushed", I), ("gushes", I), ("gushing", I), ("hail", S),
    ("hailed", S), ("hailing", S), ("hails", S), ("hear", B), ("heard", B), ("hearing", B),
    ("hears", B), ("hint", I), ("hinted", I), ("hinting", I), ("hints", I), ("hope", B),
    ("hoped", B), ("hopes", B), ("hoping", B), ("imagine", B), ("imagined", B), ("imagines", B),
    ("imagining", B), ("implied", B), ("implies", B), ("implore", T), ("implored", T),
    ("implores", T), ("imploring", T), ("imply", B), ("implying", B), ("indicate", B),
    ("indicated", B), ("indicates", B), ("indicating", B), ("inform", T), ("informed", T),
    ("informing", T), ("informs", T), ("insist", I | B), ("insisted", I | B), ("insisting", I |
    B), ("insists", I | B), ("instruct", T), ("instructed", T), ("instructing", T),
    ("instructs", T), ("intend", B), ("intended", B), ("intending", B), ("intends", B),
    ("interject", I), ("interjected", I), ("interjecting", I), ("interjects", I), ("joke", I),
    ("joked", I), ("jokes", I), ("joking", I), ("knew", B), ("know", B), ("knowing", B),
    ("known", B), ("knows", B), ("label", S), ("labeled", S), ("labeling", S), ("labelled", S),
    ("labelling", S), ("labels", S), ("lambaste", S), ("lambasted", S), ("lambastes", S),
    ("lambasting", S), ("lament", I), ("lamented", I), ("lamenting", I), ("laments", I),
    ("laugh", I), ("laughed", I), ("laughing", I), ("laughs", I), ("learn", B), ("learned", B),
    ("learning", B), ("learns", B), ("learnt", B), ("maintain", I), ("maintained", I),
    ("maintaining", I), ("maintains", I), ("marvel", I), ("marveled", I), ("marveling", I),
    ("marvels", I), ("mention", S), ("mentioned", S), ("mentioning", S), ("mentions", S),
    ("message", T), ("messaged", T), ("messages", T), ("messaging", T), ("mock", S), ("mocked",
    S), ("mocking", S), ("mocks", S), ("murmur", I), ("murmured", I), ("murmuring", I),
    ("murmurs", I), ("muse", I), ("mused", I), ("muses", I), ("musing", I), ("mutter", I),
    ("muttered", I), ("muttering", I), ("mutters", I), ("note", I), ("noted", I), ("notes", I),
    ("noting", I), ("object", I), ("objected", I), ("objecting", I), ("objects", I), ("observe",
    I), ("observed", I), ("observes", I), ("observing", I), ("offer", I), ("offered", I),
    ("offering", I), ("offers", I), ("opine", I), ("opined", I), ("opines", I), ("opining", I),
    ("oppose", B), ("opposed", B), ("opposes", B), ("opposing", B), ("plan", B), ("planned", B),
    ("planning", B), ("plans", B), ("plead", I), ("pleaded", I), ("pleading", I), ("pleads", I),
    ("pledge", I), ("pledged", I), ("pledges", I), ("pledging", I), ("post", I), ("posted", I),
    ("posting", I), ("posts", I), ("praise", S), ("praised", S), ("praises", S), ("praising",
    S), ("predict", I), ("predicted", I), ("predicting", I), ("predicts", I), ("prefer", B),
    ("prefered", B), ("prefering", B), ("prefers", B), ("proclaim", I), ("proclaimed", I),
    ("proclaiming", I), ("proclaims", I), ("project", B), ("projected", B), ("projecting", B),
    ("projects", B), ("promise", I | T), ("promised", I | T), ("promises", I | T), ("promising",
    I | T), ("propose", B), ("proposed", B), ("proposes", B), ("proposing", B), ("protest", I),
    ("protested", I), ("protesting", I), ("protests", I), ("prove", B), ("proved", B),
    ("proven", B), ("proves", B), ("proving", B), ("question", S), ("questioned", S),
    ("questioning", S), ("questions", S), ("quip", I), ("quiped", I), ("quiping", I), ("quips",
    I), ("quote", I), ("quoted", I), ("quotes", I), ("quoting", I), ("rage", I), ("raged", I),
    ("rages", I), ("raging", I), ("read", I), ("reading", I), ("reads", I), ("realise", B),
    ("realised", B), ("realises", B), ("realising", B), ("realize", B), ("realized", B),
    ("realizes", B), ("realizing", B), ("reason", I), ("reasoned", I), ("reasoning", I),
    ("reasons", I), ("recall", I), ("recalled", I), ("recalling", I), ("recalls", I), ("recite",
    I), ("recited", I), ("recites", I), ("reciting", I), ("reckon", B), ("reckoned", B),
    ("reckoning", B), ("reckons", B), ("recognize", B), ("recognized", B), ("recognizes", B),
    ("recognizing", B), ("recount", I), ("recounted", I), ("recounting", I), ("recounts", I),
    ("refer", S), ("refered", S), ("refering", S), ("refers", S), ("refuse", B), ("refused", B),
    ("refuses", B), ("refusing", B), ("reiterate", I), ("reiterated", I), ("reiterates", I),
    ("reiterating", I), ("reject", B), ("rejected", B), ("rejecting", B), ("rejects", B),
    ("remark", I), ("remarked", I), ("remarking", I), ("remarks", I), ("remember", B),
    ("remembered", B), ("remembering", B), ("remembers", B), ("remind", T), ("reminded", T),
    ("reminding", T), ("reminds", T), ("repeat", I), ("repeated", I), ("repeating", I),
    ("repeats", I), ("replied", I), ("replies", I), ("reply", I), ("replying", I), ("report",
    I), ("reported", I), ("reporting", I), ("reports", I), ("respond", I), ("responded", I),
    ("responding", I), ("responds", I), ("retort", I), ("retorted", I), ("retorting", I),
    ("retorts", I), ("reveal", B), ("revealed", B), ("revealing", B), ("reveals", B),
    ("ridicule", S), ("ridiculed", S), ("ridicules", S), ("ridiculing", S), ("rip", S),
    ("ripped", S), ("ripping", S), ("rips", S), ("said", I), ("saw", B), ("say", I), ("saying",
    I), ("says", I), ("scoff", I), ("scoffed", I), ("scoffing", I), ("scoffs", I), ("scold", S),
    ("scolded", S), ("scolding", S), ("scolds", S), ("scream", I), ("screamed", I),
    ("screaming", I), ("screams", I), ("see", B), ("seeing", B), ("seem", B), ("seemed", B),
    ("seeming", B), ("seems", B), ("seen", B), ("sees", B), ("shout", I), ("shouted", I),
    ("shouting", I), ("shouts", I), ("show", B), ("showed", B), ("showing", B), ("shown", B),
    ("shows", B), ("sigh", I), ("sighed", I), ("sighing", I), ("sighs", I), ("signal", B),
    ("signaled", B), ("signaling", B), ("signalled", B), ("signals", B), ("slam", S),
    ("slammed", S), ("slamming", S), ("slams", S), ("snap", I), ("snapped", I), ("snapping", I),
    ("snaps", I), ("sniff", I), ("sniffed", I), ("sniffing", I), ("sniffs", I), ("speculate",
    B), ("speculated", B), ("speculates", B), ("speculating", B), ("state", I), ("stated", I),
    ("states", I), ("stating", I), ("stress", I), ("stressed", I), ("stresses", I),
    ("stressing", I), ("suggest", I), ("suggested", I), ("suggesting", I), ("suggests", I),
    ("summarise", I), ("summarised", I), ("summarises", I), ("summarising", I), ("summarize",
    I), ("summarized", I), ("summarizes", I), ("summarizing", I), ("support", B), ("supported",
    B), ("supporting", B), ("supports", B), ("suspect", B), ("suspected", B), ("suspecting", B),
    ("suspects", B), ("tell", T), ("telling", T), ("tells", T), ("term", S), ("termed", S),
    ("terming", S), ("terms", S), ("testified", I), ("testifies", I), ("testify", I),
    ("testifying", I), ("text", T), ("texts", T), ("textted", T), ("textting", T), ("thank", T),
    ("thanked", T), ("thanking", T), ("thanks", T), ("think", B), ("thinking", B), ("thinks",
    B), ("thought", B), ("thunder", I), ("thundered", I), ("thundering", I), ("thunders", I),
    ("told", T), ("tout", S), ("touted", S), ("touting", S), ("touts", S), ("trust", B),
    ("trusted", B), ("trusting", B), ("trusts", B), ("tweet", I), ("tweeted", I), ("tweeting",
    I), ("tweets", I), ("understand", B), ("understanding", B), ("understands", B),
    ("understood", B), ("urge", T), ("urged", T), ("urges", T), ("urging", T), ("view", B),
    ("viewed", B), ("viewing", B), ("views", B), ("vote", B), ("voted", B), ("votes", B),
    ("voting", B), ("vow", I), ("vowed", I), ("vowing", I), ("vows", I), ("want", B), ("wanted",
    B), ("wanting", B), ("wants", B), ("warn", I | T), ("warned", I | T), ("warning", I | T),
    ("warns", I | T), ("whisper", I), ("whispered", I), ("whispering", I), ("whispers", I),
    ("wish", B), ("wished", B), ("wishes", B), ("wishing", B), ("wonder", I), ("wondered", I),
    ("wondering", I), ("wonders", I), ("worried", B), ("worries", B), ("worry", B), ("worrying",
    B), ("write", I), ("writes", I), ("writing", I), ("written", I), ("wrote", I), ("yell", I),
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
