//! Naming participles ("a company called Brightline"), "support" as a noun before a
//! preposition ("30 percent support in the poll") and a plural before its verb ("the
//! tax plans would") are no cues; nor is a title quoted after a naming participle ("a
//! class called “Rhyme”") a quote that ends its clause.

use super::*;

/// The cues of the reported clauses of an article.
fn cues(paragraphs: &[&str]) -> Vec<String> {
    reported(paragraphs)
        .into_iter()
        .map(|(_, _, c)| c)
        .collect()
}

#[test]
fn a_thing_called_by_its_name_is_no_speech() {
    for text in [
        "The council bought a mapping program called Brightline Atlas to draw the map.",
        "Organizers booked a local band called Paper Lanterns for the rally.",
        "The mayor opened a small bakery named Golden Crust on Main Street last year.",
        // A group or a firm can speak, but "a group called" names it.
        "A new group called Future Now ran its first round of ads in Iowa.",
        "Organizers hired a firm called Delta Polling to count the votes.",
    ] {
        assert!(cues(&[text]).is_empty(), "{text}: {:?}", reported(&[text]));
    }
}

#[test]
fn a_call_for_something_and_calling_someone_names_stay_speech() {
    assert_eq!(
        cues(&["A group of nurses called for a new vote on the contract."]),
        vec!["called"]
    );
    assert_eq!(
        cues(&["A spokesman called Reyes a reckless gambler."]),
        vec!["called"]
    );
}

#[test]
fn support_before_a_preposition_is_a_noun() {
    for text in [
        "The governor drew 31 percent support in the latest survey of likely voters.",
        "The measure won little support among rural voters, and its backers gave up.",
        "Her rival has 40 percent support; the rest of the field trails far behind.",
    ] {
        assert!(
            !cues(&[text]).iter().any(|c| c == "support"),
            "{text}: {:?}",
            reported(&[text])
        );
    }
}

#[test]
fn support_as_a_verb_stays_a_cue() {
    for text in [
        "Most of the delegates support Reyes, the organizers said.",
        "The union said it would not support the plan in its current form.",
        "Lee voiced support for the new tax on sugary drinks.",
    ] {
        assert!(
            reported(&[text]).iter().any(|(_, _, c)| c == "support"),
            "{text}: {:?}",
            reported(&[text])
        );
    }
}

#[test]
fn a_participle_after_a_preposition_or_a_verb_describes_a_noun() {
    for text in [
        "The mayor holds a wide lead in pledged delegates after the spring contests.",
        "The number of reported thefts fell by half last spring.",
        "The council met to investigate alleged abuses at the jail.",
        "The board is probing alleged fraud in the county.",
    ] {
        assert!(cues(&[text]).is_empty(), "{text}: {:?}", reported(&[text]));
    }
    assert!(
        cues(&["The delegates pledged support for Reyes at the convention."])
            .iter()
            .any(|c| c == "pledged")
    );
    assert!(cues(&["The guards alleged abuses at the jail."])
        .iter()
        .any(|c| c == "alleged"));
}

#[test]
fn a_reporter_credit_reports_nothing() {
    let text = "Dana Whitfield reported from Denver.";
    assert!(cues(&[text]).is_empty(), "{text}: {:?}", reported(&[text]));
    assert_eq!(
        cues(&["Whitfield reported from Denver that the count had stopped."]),
        vec!["reported"]
    );
}

#[test]
fn a_plural_before_a_modal_or_a_bare_particle_verb_is_a_noun() {
    // "plans" and "estimates" are the subjects of "would" and "put"; after a subject,
    // "believes" is still the cue of what follows.
    assert_eq!(
        reported(&[
            "The city tax plans would cut rates for most families.",
            "Early estimates put the cost of the bridge at $2 million.",
            "It is a rule the mayor believes will fail in court.",
        ]),
        triples(&[("will fail in court", "the mayor", "believes")])
    );
}

#[test]
fn a_thing_called_by_a_quoted_title_is_no_speech_and_no_clause_break() {
    let got = direct(&[
        "On Sunday, Vole shared a syllabus for a 2002 poetry class called \u{201c}Rhyme\u{201d} \
         on his page, writing \u{201c}Allow me to do the research for the reporter.\u{201d}",
    ]);
    let found: Vec<(&str, &str, &str)> = got
        .iter()
        .map(|q| (q.0.as_str(), q.2.as_str(), q.3.as_str()))
        .collect();
    assert_eq!(
        found,
        [(
            "Allow me to do the research for the reporter.",
            "Vole",
            "writing"
        )]
    );
}
