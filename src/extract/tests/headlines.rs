//! Headlines: "Lee: ..." and "Lee Says ..." carry an attribution; labels and headlines
//! of other shapes do not, and the body's rules never run on a headline.

use super::*;

/// (content, speaker, mention, cue) of the headline's attribution, for an article with
/// headline `headline` and body `body`; also checks every record is in its paragraph.
fn headline(headline: &str, body: &[&str]) -> Option<(String, String, String, String)> {
    let mut text = format!("{headline}\n");
    let mut spans = Vec::new();
    for p in body {
        text.push('\n');
        spans.push(text.len()..text.len() + p.len());
        text.push_str(p);
        text.push('\n');
    }
    let found = extract_article(&text, Some(0..headline.len()), &spans);
    for a in &found {
        let paragraph = if a.paragraph == 0 {
            0..headline.len()
        } else {
            spans[a.paragraph - 1].clone()
        };
        assert!(paragraph.start <= a.quote.start && a.quote.end <= paragraph.end);
    }
    let a = found.into_iter().find(|a| a.paragraph == 0)?;
    Some((
        text[a.quote].to_string(),
        a.speaker.unwrap_or_default(),
        a.mention,
        a.cue,
    ))
}

fn owned(parts: [&str; 4]) -> Option<(String, String, String, String)> {
    let [a, b, c, d] = parts.map(str::to_string);
    Some((a, b, c, d))
}

#[test]
fn a_source_before_a_colon_resolves_against_the_body() {
    let body = ["Senator Dana Whitcombe spoke in Tulsa on Monday."];
    assert_eq!(
        headline("Whitcombe: The bridge plan is dead.", &body),
        owned([
            "The bridge plan is dead",
            "Dana Whitcombe",
            "Whitcombe",
            ":"
        ])
    );
}

#[test]
fn a_source_and_a_present_tense_cue() {
    assert_eq!(
        headline("Orchard Growers Warn Of A Dry Summer", &[]),
        owned([
            "Of A Dry Summer",
            "Orchard Growers",
            "Orchard Growers",
            "Warn"
        ])
    );
    assert_eq!(
        headline("Mayor Pell says ferry fares will rise", &[]),
        owned(["ferry fares will rise", "Mayor Pell", "Mayor Pell", "says"])
    );
}

#[test]
fn what_is_said_then_the_source_and_a_cue() {
    assert_eq!(
        headline("Ferry fares will rise in May, harbor officials say.", &[]),
        owned([
            "Ferry fares will rise in May",
            "harbor officials",
            "harbor officials",
            "say"
        ])
    );
}

#[test]
fn labels_and_other_headlines_carry_no_attribution() {
    for title in [
        "Exclusive: The ferry deal nobody saw",
        "Budget Update: Talks resume on Friday",
        "The Latest: Storm closes the coast road",
        "At 3:30 the polls closed early",
        "Ferry fares rise again in the spring",
        "Lee, Park split on the budget deal",
        "Rain, then sun, the forecast for the long weekend",
        "Whitcombe: Yes",
    ] {
        assert_eq!(headline(title, &[]), None, "{title}");
    }
}

#[test]
fn body_rules_do_not_run_on_the_headline() {
    // A quote and "Says Lee" would be a direct quote in the body; in a headline the
    // shape is not one of the two read, so nothing is found there.
    let found = headline(
        "\u{201c}We Will Build It,\u{201d} Says Lee",
        &["Lee said so."],
    );
    assert_eq!(found, None);
}
