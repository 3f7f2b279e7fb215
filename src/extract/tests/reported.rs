//! Indirect attributions: reported clauses and their sources.

use super::*;

#[test]
fn indirect_attributions() {
    let (text, spans) = article(&[
        "The plant will close in June, according to two people familiar with the plans.",
        "City officials said the bridge would reopen in May.",
    ]);
    let found: Vec<_> = extract(&text, &spans)
        .into_iter()
        .map(|a| (text[a.quote].to_string(), a.mention, a.cue, a.anonymous))
        .collect();
    assert_eq!(
        found,
        [
            (
                "The plant will close in June".to_string(),
                "two people familiar with the plans".to_string(),
                "according to".to_string(),
                true
            ),
            (
                "the bridge would reopen in May".to_string(),
                "City officials".to_string(),
                "said".to_string(),
                true
            ),
        ]
    );
}
