//! Source phrases that start where their cue ends: the inverted subject of "said
//! Sen. Jo Lee, who chairs the panel", the source of "according to two officials
//! familiar with the talks". Same shallow grammar as `names`, read forwards.

use super::clauses;
use super::doc::Doc;
use super::lexicon::Class;
use super::names::{
    is_attaching, is_number, is_possessive, is_standalone_determiner, is_subject_pronoun, role, Np,
    NpKind, Role,
};
use super::tails;
use super::tokens::Tag;

/// The source phrase that starts at token `start`, ending before `hi`: the inverted
/// subject of "said Smith", the source of "according to two officials".
pub(crate) fn after(doc: &Doc, start: usize, hi: usize) -> Option<Np> {
    if start >= hi {
        return None;
    }
    if is_subject_pronoun(doc, start) {
        return Some(Np::single(start, NpKind::Pronoun));
    }
    let (mut end, head) = simple_after(doc, start, hi).or_else(|| titled_name(doc, start, hi))?;
    // "one of the organizers", "a spokesman for the campaign".
    loop {
        // "an adviser to Jo Lee": "to" attaches only to a role noun.
        let to = doc.is(end, "to")
            && doc.is_in(head, Class::ROLE)
            && (doc.is_capitalised(end + 1) || doc.is_in(end + 1, Class::DETERMINER));
        // "a professor at Yale, Jo Ray,": "at" and a name after a lower-case role noun,
        // the name ending the phrase ("an audience at Ohio's Union club" does not).
        let at_name = |e: usize| {
            doc.is(end, "at")
                && doc.is_in(head, Class::ROLE)
                && !doc.is_capitalised(head)
                && doc.is_capitalised(end + 1)
                && !doc.is_word(e)
        };
        let attaches = doc.is(end, "of")
            || doc.is(end, "for")
            || to
            || is_attaching(doc, end) && doc.is_in(end + 1, Class::DETERMINER);
        match simple_after(doc, end + 1, hi).filter(|&(e, _)| attaches || at_name(e)) {
            Some((e, _)) => end = e,
            None => break,
        }
    }
    // "said Jo Lee and others": the others share the source.
    if doc.is(end, "and") && doc.is(end + 1, "others") {
        end += 2;
    }
    // "Sen. Jo Park (D-Ohio)".
    if doc.is_punct(end, "(") {
        if let Some(close) = (end + 1..hi.min(end + 10)).find(|&k| doc.is_punct(k, ")")) {
            end = close + 1;
        }
    }
    // "said Sen. Jo Lee who represents the city": a relative clause without commas is
    // part of the phrase.
    // It ends before a second verb: "the man who hired him was to blame" is a clause.
    if doc.is(end, "who") {
        let clause = (end + 1..hi.min(end + 16))
            .take_while(|&k| {
                doc.is_word(k)
                    && doc.quote_of(k).is_none()
                    && (k == end + 1 || !clauses::opens_own_clause(doc, k))
            })
            .count();
        end += 1 + clause;
    }
    // "a person familiar with the matter", "a source close to him", "three people
    // briefed on the talks".
    if let Some(from) = tails::postmodifier_object(doc, end, doc.is_capitalised(head)) {
        let rest = (from..hi.min(from + 7))
            .take_while(|&k| {
                doc.is_word(k)
                    && (!doc.is_in(k, Class::STOP)
                        || doc.is_in(k, Class::DETERMINER)
                        || tails::is_object_pronoun(doc, k))
            })
            .last();
        if let Some(last) = rest {
            end = last + 1;
        }
    }
    Some(Np {
        tokens: start..end,
        head,
        kind: NpKind::Phrase,
        core_end: None,
    })
}

/// Whether the sentence goes on with its verb after the comma at token `e`, which
/// closes an inverted source in the middle of a clause: "The cost, said Lee, would be
/// high" (an auxiliary), not "..., said Lee, a pollster" (an apposition).
pub(crate) fn resumes_clause(doc: &Doc, e: usize, end: usize) -> bool {
    e + 1 < end
        && doc.is_punct(e, ",")
        && (clauses::is_auxiliary(doc, e + 1) || clauses::is_modal(doc, e + 1))
}

/// "director of communications Jo Lee", "master of ceremonies Jo Lee": a lower-case
/// title of two nouns joined by "of" before a name; returns the end and the name's head.
fn titled_name(doc: &Doc, start: usize, hi: usize) -> Option<(usize, usize)> {
    let lower = |k: usize| doc.is_word(k) && !doc.is_capitalised(k) && !doc.is_in(k, Class::STOP);
    if !(lower(start)
        && doc.is(start + 1, "of")
        && lower(start + 2)
        && doc.is_capitalised(start + 3))
    {
        return None;
    }
    let (end, head) = simple_after(doc, start + 3, hi)?;
    doc.is_capitalised(head).then_some((end, head))
}

/// A phrase without attachments starting at `start`: returns its end and head.
fn simple_after(doc: &Doc, start: usize, hi: usize) -> Option<(usize, usize)> {
    if start >= hi {
        return None;
    }
    let mut end = start;
    let mut last_head = None;
    // The head before a link: "Jo Lee" in "Jo Lee for Morning Consult".
    let mut linked_head = None;
    let mut determined = false;
    while end < hi {
        match role(doc, end) {
            Role::Determiner if end == start => determined = true,
            // "a 2008 campaign veteran", "the two officials": a number after the determiner.
            Role::Determiner
                if end == start + 1
                    && ["a", "an", "the"].iter().any(|a| doc.is(start, a))
                    && is_number(doc, end) => {}
            // "a Wednesday editorial": a day before the noun it dates.
            _ if end == start + 1
                && determined
                && doc.is_in(end, Class::DATE)
                && doc.is_capitalised(end)
                && doc.is_word(end + 1)
                && !doc.is_capitalised(end + 1)
                && !doc.is_in(end + 1, Class::STOP) => {}
            Role::Head => {
                last_head = Some(end);
                // "said Lee's introducer": an owner determines the noun after it.
                if is_possessive(doc.word(end)) {
                    last_head = None;
                    determined = true;
                }
            }
            Role::Link
                if end > start && last_head == Some(end - 1) && doc.is_capitalised(end + 1) =>
            {
                linked_head = linked_head.or(last_head);
            }
            Role::Modifier if last_head.is_none() => {}
            // "Air Force 1st Lt. Jo Lee": a modifier between two capitalised words;
            // "Ohio political consultant Jo Lee": or before a role noun and a name.
            Role::Modifier
                if last_head == Some(end.wrapping_sub(1))
                    && role(doc, end + 1) == Role::Head
                    && (doc.is_capitalised(end + 1)
                        || doc.is_in(end + 1, Class::ROLE.or(Class::TITLE))
                            && doc.is_capitalised(end + 2)
                            && role(doc, end + 2) == Role::Head) => {}
            _ => break,
        }
        end += 1;
    }
    // "the email said", "wrote one commenter": a lower-case noun after a determiner.
    if last_head.is_none() && determined && end > start + 1 && role(doc, end - 1) == Role::Modifier
    {
        return Some((end, end - 1));
    }
    // "another said", "one of the aides": a determiner standing alone.
    if last_head.is_none() && determined && is_standalone_determiner(doc, start) {
        return Some((start + 1, start));
    }
    let head = linked_head.or(last_head)?;
    let last = last_head?;
    if head != last {
        return Some((last + 1, head));
    }
    // "the printed Cruz slate card.": common nouns after a name, up to the phrase's end.
    if determined && !doc.is_in(head, Class::ROLE) {
        let noun = |k: usize| {
            role(doc, k) == Role::Modifier && !doc.word(k).ends_with("ed")
                || !doc.is_capitalised(k)
                    && (doc.is_in(k, Class::ROLE) || doc.is_in(k, Class::ANON))
        };
        let nouns = (head + 1..hi.min(head + 5))
            .take_while(|&k| noun(k))
            .count();
        let after = head + 1 + nouns;
        // Or up to a relative: "said a former U.S. law enforcement official who ...".
        let closed = after >= hi || doc.tag(after).is_some_and(|t| t != Tag::Word);
        if nouns > 0 && (closed || doc.is(after, "who")) {
            return Some((after, after - 1));
        }
    }
    Some((head + 1, head))
}

/// The source of "according to", starting at token `start`: the whole phrase up to a
/// comma or the clause's end (before `hi`) when it is short ("a CNN/ORC poll released
/// Monday", "two officials and a person familiar with the talks"); its head is the
/// first phrase's.
pub(crate) fn according_source(doc: &Doc, start: usize, hi: usize) -> Option<Np> {
    let end = (start..hi.min(start + 25))
        .find(|&k| {
            doc.tag(k) != Some(Tag::Word)
                && !doc.is_punct(k, "/")
                && !doc.is_punct(k, "-")
                && !doc.is_punct(k, "(")
                && !doc.is_punct(k, ")")
        })
        .unwrap_or(hi);
    let reaches = end == hi || doc.tag(end) != Some(Tag::Word) && end < start + 25;
    // "according to early returns", "according to exit polls": a phrase with no
    // determiner and a lower-case head, all of it up to the punctuation closing it.
    let plain = || {
        let speechless = (start..end).all(|k| doc.verb(k).is_none());
        // Not "according to the “...”": a phrase cut by a quote mark.
        let closed = end == hi || doc.tag(end) == Some(Tag::Punct);
        let headed = end > start && !doc.is_in(end - 1, Class::STOP.or(Class::DETERMINER));
        (reaches && headed && closed && speechless && doc.is_word(start)).then(|| Np {
            tokens: start..end,
            head: end - 1,
            kind: NpKind::Phrase,
            core_end: None,
        })
    };
    let np = after(doc, start, hi).or_else(plain)?;
    let has_verb = (np.tokens.end..end).any(|k| doc.verb(k).is_some());
    if reaches && end > np.tokens.end && !has_verb && np.kind == NpKind::Phrase {
        return Some(Np {
            tokens: start..end,
            ..np
        });
    }
    Some(np)
}

/// The name owning a possessive at token `last` ("Donald Trump’s", "the campaign's"):
/// the phrase ending there, possessive included.
pub(crate) fn possessor(doc: &Doc, last: usize, lo: usize) -> Option<Np> {
    let mut start = last;
    while start > lo
        && (doc.is_capitalised(start - 1) || doc.is_in(start - 1, Class::TITLE))
        && !is_possessive(doc.word(start - 1))
    {
        start -= 1;
    }
    // "the company's", not "(ruled) that Lee's": a name takes no demonstrative.
    let clause_that = doc.is(start.wrapping_sub(1), "that") && doc.is_capitalised(start);
    if start > lo && doc.is_in(start - 1, Class::DETERMINER) && !clause_that {
        start -= 1;
    }
    let named =
        doc.is_capitalised(last) || doc.is_in(last, Class::ROLE) || doc.is_in(last, Class::ANON);
    named.then_some(Np {
        tokens: start..last + 1,
        head: last,
        kind: NpKind::Phrase,
        core_end: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Doc<'_> {
        Doc::new(text, std::slice::from_ref(&(0..text.len())))
    }

    #[test]
    fn inverted_subjects_after_their_cue() {
        let table = [
            (
                "said one member of Congress.",
                Some("one member of Congress"),
            ),
            ("said Tom Reyes, a pollster.", Some("Tom Reyes")),
            (
                "said a person familiar with the talks.",
                Some("a person familiar with the talks"),
            ),
            ("said in a statement.", None),
        ];
        for (text, want) in table {
            let d = doc(text);
            let got = after(&d, 1, d.tokens.len()).map(|np| d.slice(np.tokens).to_string());
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }
}
