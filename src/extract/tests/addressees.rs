//! An object pronoun addressed by a cue is not part of the reported clause after it.

use super::*;

#[test]
fn an_object_pronoun_addressee_is_not_reported() {
    let got = reported(&["The ferry captain told him the harbor would close at noon."]);
    assert_eq!(
        got,
        triples(&[(
            "the harbor would close at noon",
            "The ferry captain",
            "told"
        )])
    );
    let got = reported(&["A clerk told her she had missed the filing deadline."]);
    assert_eq!(
        got,
        triples(&[("she had missed the filing deadline", "A clerk", "told")])
    );
    let got = reported(&["Vera Holm told me why the orchard had failed."]);
    assert_eq!(
        got,
        triples(&[("why the orchard had failed", "Vera Holm", "told")])
    );
}

#[test]
fn a_possessive_or_an_instruction_keeps_the_pronoun() {
    let got = reported(&["Vera Holm told reporters her orchard had failed."]);
    assert_eq!(
        got,
        triples(&[("her orchard had failed", "Vera Holm", "told")])
    );
    let got = reported(&["The coach told them to run the drill again."]);
    assert_eq!(
        got,
        triples(&[("them to run the drill again", "The coach", "told")])
    );
}
