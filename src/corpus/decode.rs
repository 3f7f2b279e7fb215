//! Decoding article bytes: UTF-8 first, Windows-1252 (a superset of Latin-1's printable
//! range) for files that are not valid UTF-8.

use std::borrow::Cow;

/// Decodes `bytes` as UTF-8, or as Windows-1252 when that fails. Returns the text and
/// the name of the legacy encoding used, if any.
///
/// A UTF-8 byte-order mark is kept, so that char offsets match the file as other tools
/// (Python's `open().read()`) count them; the title parser skips it.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, Option<&'static str>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), None),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (Cow::Owned(text.into_owned()), Some("Windows-1252"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let (text, legacy) = decode("caf\u{e9} \u{201c}hi\u{201d}".as_bytes());
        assert_eq!(text, "caf\u{e9} \u{201c}hi\u{201d}");
        assert_eq!(legacy, None);
    }

    #[test]
    fn latin1_pound_sign_decodes() {
        let (text, legacy) = decode(b"costs \xA3400");
        assert_eq!(text, "costs \u{a3}400");
        assert_eq!(legacy, Some("Windows-1252"));
    }

    #[test]
    fn stray_byte_does_not_lose_the_rest() {
        let (text, legacy) = decode(b"M\xFCller said");
        assert_eq!(text, "M\u{fc}ller said");
        assert!(legacy.is_some());
    }

    #[test]
    fn bom_is_kept_for_offsets() {
        let (text, legacy) = decode(b"\xEF\xBB\xBFTitle");
        assert_eq!(text, "\u{feff}Title");
        assert_eq!(legacy, None);
    }
}
