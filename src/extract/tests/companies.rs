//! Companies: one speaker however the article shortens the name, and never linked to
//! another company through the "Inc" or "Corp" they share.

use super::*;

/// The resolved speaker of each attribution, in text order.
fn speakers(paragraphs: &[&str]) -> Vec<Option<String>> {
    let (text, spans) = article(paragraphs);
    extract(&text, &spans)
        .into_iter()
        .map(|a| a.speaker)
        .collect()
}

fn named(names: &[&str]) -> Vec<Option<String>> {
    names.iter().map(|n| Some(n.to_string())).collect()
}

#[test]
fn a_company_goes_by_its_full_name_however_it_is_shortened() {
    assert_eq!(
        speakers(&[
            "Brindle Copper Mining Corp said it would close the smelter.",
            "Brindle Copper said the market was weak. It said prices would recover.",
            "Brindle said the mine would reopen in May.",
        ]),
        named(&[
            "Brindle Copper Mining Corp",
            "Brindle Copper Mining Corp",
            "Brindle Copper Mining Corp",
            "Brindle Copper Mining Corp",
        ])
    );
}

#[test]
fn companies_sharing_inc_are_different_companies() {
    assert_eq!(
        speakers(&[
            "Halvard Freight Inc said it bought two ships.",
            "Osk Timber Inc said it sold its mill.",
            "Halvard said the ships were new.",
        ]),
        named(&[
            "Halvard Freight Inc",
            "Osk Timber Inc",
            "Halvard Freight Inc"
        ])
    );
}

#[test]
fn a_company_name_holds_possessives_and_words_that_are_no_names() {
    assert_eq!(
        speakers(&[
            "Dalby's Investors Service Inc said it cut the rating.",
            "Norvale American Corp said it raised its dividend.",
            "Tobin Paton and Co Inc said it bought the stake.",
        ]),
        named(&[
            "Dalby's Investors Service Inc",
            "Norvale American Corp",
            "Tobin Paton and Co Inc",
        ])
    );
}

#[test]
fn letters_joined_by_and_are_one_name() {
    assert_eq!(
        speakers(&["J and B said it downgraded the bonds."]),
        named(&["J and B"])
    );
    // Two acronyms are two bodies, not one name.
    let two = speakers(&["The UN and EU said the talks would resume."]);
    assert_ne!(two, named(&["UN and EU"]));
}

#[test]
fn a_body_named_with_of_keeps_its_whole_name() {
    // Two capitalised words after "of" end a body's name; they are no person's.
    assert_eq!(
        speakers(&[
            "Later, the Ministry of Coastal Works said the pier was safe.",
            "Harbor Radio Jo Tamsin said the pier was old.",
        ]),
        named(&["Ministry of Coastal Works", "Jo Tamsin"])
    );
}

#[test]
fn the_opening_a_sentence_is_no_part_of_a_body_s_name() {
    // Mid-sentence "The" belongs to a name ("The Ledger"); at a sentence's start it is
    // capitalised anyway.
    assert_eq!(
        speakers(&[
            "The Harbor Commission said the pier was safe.",
            "A reader sent a photo to The Ledger. The Ledger said the pier was old.",
        ]),
        named(&["Harbor Commission", "The Ledger"])
    );
}
