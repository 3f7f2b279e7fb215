//! Markup left in the text: a tag's attribute values are no quotes.

use super::*;

#[test]
fn an_attribute_value_of_a_tag_is_no_quote() {
    let got = direct(&[
        "<post post-author=\"@citydesk\" post-date=\"March 3, 2019\">The bridge is \
         closed.</post>",
    ]);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_quote_after_an_equals_sign_with_a_space_is_still_a_quote() {
    let got = direct(&["The sign read = \u{201c}Closed for repairs,\u{201d} said Lee."]);
    assert_eq!(got.len(), 1, "{got:?}");
}
