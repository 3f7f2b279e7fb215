//! The lexicon's tables: word keys to word classes, with open addressing. Keys sit in
//! one dense array probed from the key's hash, so a lookup reads a cache line or two
//! and compares numbers; the classes sit in another, read once on a hit.

use super::word_class::Class;

/// A word key as the lexicon packs it (`word_key::short_key`, `medium_key`): never 0
/// for a word, as the key holds its length; 0 marks an empty slot.
pub(super) trait SlotKey: Copy + Eq + Default {
    /// The key as one number to hash.
    fn spread(self) -> u64;
}

impl SlotKey for u64 {
    #[inline]
    fn spread(self) -> u64 {
        self
    }
}

impl SlotKey for u128 {
    #[inline]
    fn spread(self) -> u64 {
        self as u64 ^ ((self >> 64) as u64).rotate_left(29)
    }
}

/// Keys to classes; at most half the slots are taken, so a probe soon meets its key or
/// an empty slot.
pub(super) struct Slots<K> {
    keys: Vec<K>,
    classes: Vec<Class>,
    /// 64 less the bits of a slot number.
    shift: u32,
}

impl<K: SlotKey> Slots<K> {
    /// The table of `entries`; a key given more than once has the union of its classes.
    /// The empty key is left out.
    pub(super) fn new(entries: &[(K, Class)]) -> Slots<K> {
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = Slots {
            keys: vec![K::default(); size],
            classes: vec![Class::default(); size],
            shift: 64 - size.trailing_zeros(),
        };
        for &(key, class) in entries.iter().filter(|(k, _)| *k != K::default()) {
            let at = table.slot(key);
            table.keys[at] = key;
            table.classes[at] = table.classes[at].or(class);
        }
        table
    }

    /// The classes of `key` (none if it is not in the table). A key not found reads no
    /// class: most words of a text are in no list, and each array read may miss the
    /// cache.
    #[inline]
    pub(super) fn get(&self, key: K) -> Class {
        match self.probe(key) {
            Ok(at) => self.classes.get(at).copied().unwrap_or_default(),
            Err(_) => Class::default(),
        }
    }

    /// The slot holding `key`, or the empty one where it would go.
    fn slot(&self, key: K) -> usize {
        match self.probe(key) {
            Ok(at) | Err(at) => at,
        }
    }

    /// `Ok` with the slot holding `key`, or `Err` with the empty slot where it would go.
    #[inline]
    fn probe(&self, key: K) -> Result<usize, usize> {
        let mask = self.keys.len() - 1;
        let hash = key.spread().wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift;
        let mut at = hash as usize & mask;
        // Ends: at most half the slots are taken.
        while let Some(&k) = self.keys.get(at) {
            if k == key {
                return Ok(at);
            }
            if k == K::default() {
                return Err(at);
            }
            at = (at + 1) & mask;
        }
        Err(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_with_its_classes_and_nothing_else() {
        let entries: Vec<(u64, Class)> = (1..=1000u64)
            .map(|k| ((k << 8) | (k % 7), Class::TITLE))
            .chain([((5 << 8) | 5, Class::ROLE)])
            .collect();
        let table = Slots::new(&entries);
        for &(key, _) in &entries {
            let class = table.get(key);
            assert!(class.has(Class::TITLE), "{key}");
            assert_eq!(class.has(Class::ROLE), key == (5 << 8) | 5);
        }
        for key in [0, 1, 1001 << 8, u64::MAX] {
            assert_eq!(table.get(key), Class::default());
        }
        let wide = Slots::new(&[(1u128 << 100, Class::DATE), (3, Class::ANON)]);
        assert!(wide.get(1 << 100).has(Class::DATE) && wide.get(3).has(Class::ANON));
        assert_eq!(wide.get(1 << 64), Class::default());
    }
}
