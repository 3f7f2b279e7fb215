//! The two US parties as qualifiers of a role: "the GOP front-runner" is the
//! Republican one, not the Democratic front-runner named last.

use super::runs::role_word;

/// Whether a word names one of the two parties: "Democratic", "Republican", "GOP".
pub(crate) fn is_party(word: &str) -> bool {
    ["democratic", "republican"].contains(&role_word(word).as_str())
}

/// Whether the role words of a phrase (`words`, as [`role_word`] gives them) name a
/// party other than one among an entity's `roles`.
pub(crate) fn differ(words: &[String], roles: &[String]) -> bool {
    words.iter().any(|w| is_party(w)) && roles.iter().any(|r| is_party(r) && !words.contains(r))
}
