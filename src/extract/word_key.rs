//! Words as lookup keys. For the lexicon's table, a word of ASCII letters is packed,
//! eight bytes to a number and lower-cased eight at a time, into a key that hashes and
//! compares without a copy or a loop over its bytes; for the entity table's names, a
//! word is lower-cased with one apostrophe ("O’Neill" = "O'Neill"). The tokenizer's
//! runs of letters and digits are read eight bytes at a time the same way.

use std::hash::Hasher;

/// Longest word the lists can hold, in bytes.
const KEY_BYTES: usize = 32;

/// Longest word of the short table, in bytes: the word and its length fill one number.
pub(super) const SHORT_BYTES: usize = 7;

/// Longest word of the medium table, in bytes: two numbers, the second's top byte the
/// length.
pub(super) const MEDIUM_BYTES: usize = 15;

/// A word of at most [`KEY_BYTES`] ASCII bytes, lower-cased and packed into four
/// numbers with its length: hashed and compared without a copy or a byte loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Key {
    words: [u64; 4],
    len: u8,
}

impl Key {
    /// The key of `word`, and whether it had upper-case letters; `None` when it is too
    /// long or holds other chars than ASCII (the lists hold none).
    pub(super) fn of(word: &[u8]) -> Option<(Key, bool)> {
        if word.len() > KEY_BYTES {
            return None;
        }
        // Each eight bytes make one number, the first byte lowest (little-endian), and
        // are lower-cased eight at a time.
        let mut words = [0u64; 4];
        let (mut bits, mut capitals) = (0u64, 0u64);
        let mut lower = |w: &mut u64, chunk: &[u8]| {
            let x = load(chunk);
            let caps = ascii_capitals(x);
            bits |= x;
            capitals |= caps;
            // A capital's top bit moved to its 0x20 bit: "A" (0x41) becomes "a" (0x61).
            *w = x | caps >> 2;
        };
        // Most words fit in one number.
        if word.len() <= 8 {
            lower(&mut words[0], word);
        } else {
            for (w, chunk) in words.iter_mut().zip(word.chunks(8)) {
                lower(w, chunk);
            }
        }
        if bits & TOP_BITS != 0 {
            return None;
        }
        let len = u8::try_from(word.len()).ok()?;
        Some((Key { words, len }, capitals != 0))
    }
}

/// A word of at most [`SHORT_BYTES`] ASCII bytes as one number, lower-cased, with its
/// length in the top byte ("said" and "said\0" differ), and whether it had upper-case
/// letters.
#[inline]
pub(super) fn short_key(word: &[u8]) -> Option<(u64, bool)> {
    let x = load(word);
    if word.len() > SHORT_BYTES || x & TOP_BITS != 0 {
        return None;
    }
    let caps = ascii_capitals(x);
    Some((x | caps >> 2 | (word.len() as u64) << 56, caps != 0))
}

/// A word of 8 to 15 ASCII bytes as two numbers, lower-cased, with its length in the
/// top byte of the second, and whether it had upper-case letters: half the size of a
/// [`Key`], so more of the table's entries stay in the cache.
#[inline]
pub(super) fn medium_key(word: &[u8]) -> Option<(u128, bool)> {
    let (head, tail) = (word.get(..8)?, word.get(8..)?);
    let (x, y) = (load(head), load(tail));
    if word.len() > MEDIUM_BYTES || (x | y) & TOP_BITS != 0 {
        return None;
    }
    let (cx, cy) = (ascii_capitals(x), ascii_capitals(y));
    let high = y | cy >> 2 | (word.len() as u64) << 56;
    Some((
        u128::from(x | cx >> 2) | u128::from(high) << 64,
        cx | cy != 0,
    ))
}

/// The top bit of each of eight bytes.
const TOP_BITS: u64 = 0x8080_8080_8080_8080;

/// Up to eight bytes as one number, the first byte lowest (little-endian): two reads
/// that overlap in the middle rather than a loop over the bytes.
fn load(b: &[u8]) -> u64 {
    let n = b.len();
    let four = |at: usize| {
        b.get(at..at + 4)
            .and_then(|s| <[u8; 4]>::try_from(s).ok())
            .map_or(0, |s| u64::from(u32::from_le_bytes(s)))
    };
    let two = |at: usize| {
        b.get(at..at + 2)
            .and_then(|s| <[u8; 2]>::try_from(s).ok())
            .map_or(0, |s| u64::from(u16::from_le_bytes(s)))
    };
    match n {
        8.. => four(0) | four(4) << 32,
        4..=7 => four(0) | four(n - 4) << (8 * (n - 4)),
        2..=3 => two(0) | two(n - 2) << (8 * (n - 2)),
        1 => u64::from(b[0]),
        _ => 0,
    }
}

/// The top bit of each byte of `x` that is an ASCII capital ("A" to "Z"), eight bytes
/// at a time: adding to the low seven bits of a byte carries into its top bit from
/// "A" (0x41 + 0x3f) and from past "Z" (0x5b + 0x25), and no further.
fn ascii_capitals(x: u64) -> u64 {
    let low = x & !TOP_BITS;
    let from_a = low + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = low + 0x2525_2525_2525_2525;
    from_a & !past_z & !x & TOP_BITS
}

/// Where the run of ASCII letters and digits from byte `at` of `bytes` ends, read
/// eight bytes at a time (the tokenizer's inner loop).
pub(super) fn alnum_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(eight) = bytes
        .get(at..at + 8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
    {
        let other = !ascii_alnum(u64::from_le_bytes(eight)) & TOP_BITS;
        if other != 0 {
            return at + (other.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    at
}

/// The top bit of each byte of `x` that is an ASCII letter or digit, by the carries of
/// [`ascii_capitals`]: a digit is from "0" (0x30) and not past "9" (0x39); a letter,
/// with its 0x20 bit set, from "a" (0x61) and not past "z" (0x7a).
fn ascii_alnum(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & !TOP_BITS;
    let digit = (low + (0x80 - 0x30) * ONES) & !(low + (0x7f - 0x39) * ONES);
    let folded = low | (0x20 * ONES);
    let letter = (folded + (0x80 - 0x61) * ONES) & !(folded + (0x7f - 0x7a) * ONES);
    (digit | letter) & !x & TOP_BITS
}

impl std::hash::Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let [a, b, c, d] = self.words;
        state.write_u64(a ^ b.rotate_left(17) ^ c.rotate_left(31) ^ d.rotate_left(47));
    }
}

/// Mixes the one number [`Key`] hashes to (a multiply and a fold: the table's probes
/// read the top bits).
#[derive(Default)]
pub(super) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(self.0.rotate_left(8) ^ u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        let product = u128::from(n ^ self.0) * 0x9e37_79b9_7f4a_7c15;
        self.0 = (product as u64) ^ ((product >> 64) as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A lookup key for a name word: lower case, one apostrophe ("O’Neill" = "O'Neill").
pub(crate) fn key(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.to_lowercase().replace('\u{2019}', "'")
}

/// Calls `f` with the key of `word`, without allocating for a short ASCII word.
pub(crate) fn with_key<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let out = &mut buf[..word.len()];
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        if let Ok(k) = std::str::from_utf8(out) {
            return f(k);
        }
    }
    f(&key(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks that `marks` sets the top bit of a byte exactly when `is` holds of it, for
    /// every byte value at every place among seven spaces.
    fn check_every_byte(marks: fn(u64) -> u64, is: fn(&u8) -> bool) {
        for b in 0..=255u8 {
            for at in 0..8 {
                let x = u64::from(b) << (8 * at) | 0x2020_2020_2020_2020 & !(0xff << (8 * at));
                let expected = if is(&b) { 0x80 << (8 * at) } else { 0 };
                assert_eq!(marks(x), expected, "byte {b:#x} at {at}");
            }
        }
    }

    #[test]
    fn capitals_are_found_in_every_byte_and_nowhere_else() {
        check_every_byte(ascii_capitals, u8::is_ascii_uppercase);
    }

    #[test]
    fn letters_and_digits_are_found_in_every_byte_and_nowhere_else() {
        check_every_byte(ascii_alnum, u8::is_ascii_alphanumeric);
        let text = b"Holtz-Eakin said 2024 was good; abcdefghijklmnopqrstuvwxyz0123456789!";
        for at in 0..text.len() {
            let slow = (at..text.len())
                .find(|&k| !text[k].is_ascii_alphanumeric())
                .unwrap_or(text.len());
            assert_eq!(alnum_end(text, at), slow, "from {at}");
        }
    }

    #[test]
    fn a_key_is_the_lower_case_word_and_its_length() {
        let (key, upper) = Key::of(b"President-Elect").unwrap();
        assert!(upper);
        assert_eq!(key, Key::of(b"president-elect").unwrap().0);
        assert_ne!(key, Key::of(b"president-elec").unwrap().0);
        assert!(Key::of("caf\u{e9}".as_bytes()).is_none());
        assert!(Key::of(&[b'a'; 33]).is_none());
        for word in [
            "", "a", "Al", "the", "SAID", "police", "Capitol", "Senator", "r",
        ] {
            let (key, upper) = short_key(word.as_bytes()).unwrap();
            assert_eq!(
                short_key(word.to_lowercase().as_bytes()),
                Some((key, false))
            );
            assert_eq!(upper, word.bytes().any(|b| b.is_ascii_uppercase()));
            assert_eq!(key >> 56, word.len() as u64);
        }
        assert_ne!(short_key(b"said"), short_key(b"said\0"));
        assert!(short_key(b"Senators").is_none() && short_key("n\u{e9}".as_bytes()).is_none());
        for word in [
            "Senators",
            "spokeswoman",
            "Vice-President",
            "administration",
        ] {
            let (key, upper) = medium_key(word.as_bytes()).unwrap();
            assert_eq!(
                medium_key(word.to_lowercase().as_bytes()),
                Some((key, false))
            );
            assert_eq!(upper, word.bytes().any(|b| b.is_ascii_uppercase()));
        }
        assert_ne!(medium_key(b"spokesman"), medium_key(b"spokesman\0"));
        assert!(medium_key(b"Senator").is_none() && medium_key(b"administrations").is_some());
        assert!(medium_key(b"administrationss").is_none());
    }
}
