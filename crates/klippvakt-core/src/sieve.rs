//! A quick "no" for word lookups: a Bloom filter with one hash over a word's key. Most
//! words of a text are in none of the word lists, and one bit test in a table that stays in
//! the cache dismisses them where a hash-map lookup would hash, probe and compare.

use crate::lexer::Span;

/// A set of keys that answers "perhaps" or "no".
#[derive(Debug)]
pub(crate) struct Sieve {
    bits: Vec<u64>,
    /// 64 less the base-2 logarithm of the number of bits.
    shift: u32,
}

/// Bits of a sieve for each key in it: about one key in this many that is not in it
/// passes. 32 rather than 16 let half as many words of a statute text through to a lookup
/// that then missed: 16 KiB for the four thousand cue heads.
const BITS_PER_KEY: usize = 32;

impl Sieve {
    /// A sieve that holds `keys`.
    pub(crate) fn of(keys: impl ExactSizeIterator<Item = u64>) -> Sieve {
        let bits = (keys.len() * BITS_PER_KEY).next_power_of_two().max(64);
        let mut sieve = Sieve {
            bits: vec![0; bits / 64],
            shift: 64 - bits.trailing_zeros(),
        };
        for key in keys {
            sieve.insert(key);
        }
        sieve
    }

    /// The bit of a key: the top bits of a multiplicative hash.
    fn bit(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    fn insert(&mut self, key: u64) {
        let bit = self.bit(key);
        self.bits[bit / 64] |= 1 << (bit % 64);
    }

    /// False if the key was never inserted; true if it was, and now and then otherwise.
    pub(crate) fn may_hold(&self, key: u64) -> bool {
        let bit = self.bit(key);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// A number whose low `n` bytes are set and the rest clear, for `n` from 0 to 8: the bytes
/// of a [`load`] that belong to a word of `n` bytes. (Two shifts, as one by 64 is none.)
pub(crate) fn low_bytes(n: usize) -> u64 {
    !(u64::MAX << (4 * n) << (4 * n))
}

/// Eight bytes of `text` from `at` as one little-endian number, zeros past its end.
pub(crate) fn load(text: &[u8], at: usize) -> u64 {
    match text.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(eight) => u64::from_le_bytes(*eight),
        None => {
            let mut eight = [0; 8];
            let rest = text.get(at..).unwrap_or_default();
            eight[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(eight)
        }
    }
}

/// Bytes of a word that its prefix key holds: prefixes must be this long or longer.
pub(crate) const PREFIX_KEY_BYTES: usize = 4;

/// Word lengths above this are all one length in a [`Keys::prefix_and_length`].
const LENGTHS: usize = 8;

/// The keys of one word of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Keys {
    /// The key of the whole word: its length and its first bytes, up to eight. Long words
    /// that differ only after their eighth byte share it, and the lookup after the sieve
    /// tells them apart: reading their last bytes too cost more on every word than those
    /// few lookups.
    pub(crate) word: u64,
    /// The key of its first [`PREFIX_KEY_BYTES`]. A shorter word has a key no prefix has.
    pub(crate) prefix: u64,
    /// The prefix key and the length of the word: a sieve of prefixes holds it for each
    /// length a word that starts with one can have, so that a common short word that
    /// starts like a long prefix ("för" and "företagshälsovård") does not pass.
    pub(crate) prefix_and_length: u64,
}

/// The [`Keys::prefix_and_length`] of a word of `len` bytes that starts with the prefix of
/// key `prefix`.
fn prefix_and_length(prefix: u64, len: usize) -> u64 {
    prefix | (len.min(LENGTHS) as u64) << 56
}

/// The [`Keys::prefix_and_length`] of every word that can start with a prefix of `len`
/// bytes and key `prefix`.
pub(crate) fn prefix_lengths(prefix: u64, len: usize) -> impl Iterator<Item = u64> {
    (len.min(LENGTHS)..=LENGTHS).map(move |n| prefix_and_length(prefix, n))
}

/// The keys of the word `span` of `text` (not empty). Computed without a branch on the
/// length, which in a text changes from word to word too irregularly for a processor to
/// guess.
pub(crate) fn keys(text: &[u8], (start, end): Span) -> Keys {
    let len = end - start;
    // [`low_bytes`], in one shift: a word is never empty, and on every word of a text the
    // second shift that 0 bytes needs was measured at 1 % of `classify`.
    let kept = |n: usize| u64::MAX >> (64 - 8 * len.min(n) as u32);
    let first = load(text, start);
    let prefix = first & kept(PREFIX_KEY_BYTES);
    Keys {
        word: (first & kept(8)) ^ (len as u64).rotate_right(8),
        prefix,
        prefix_and_length: prefix_and_length(prefix, len),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn low_bytes_keeps_none_to_all_eight() {
        assert_eq!(low_bytes(0), 0);
        assert_eq!(low_bytes(1), 0xFF);
        assert_eq!(low_bytes(7), 0x00FF_FFFF_FFFF_FFFF);
        assert_eq!(low_bytes(8), u64::MAX);
    }

    fn key(word: &str) -> u64 {
        keys(word.as_bytes(), (0, word.len())).word
    }

    #[test]
    fn a_sieve_holds_what_was_put_in_and_lets_little_else_through() {
        let words: Vec<String> = (0..400).map(|i| format!("ord{i}")).collect();
        let sieve = Sieve::of(words.iter().map(|w| key(w)));
        assert!(words.iter().all(|w| sieve.may_hold(key(w))));
        let others = (0..10_000)
            .map(|i| format!("annat{i}"))
            .filter(|w| sieve.may_hold(key(w)))
            .count();
        assert!(others < 1_000, "{others} of 10 000 other words passed");
    }

    #[test]
    fn keys_tell_words_and_their_lengths_apart() {
        let words = [
            "a",
            "ab",
            "ba",
            "abc",
            "abcd",
            "abcde",
            "abcdefgh",
            "abcdefghi",
        ];
        let keys: Vec<u64> = words.iter().map(|w| key(w)).collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(
                !keys[i + 1..].contains(k),
                "{} has the key of a later word",
                words[i]
            );
        }
    }

    #[test]
    fn a_key_is_of_the_word_alone_wherever_it_stands() {
        let text = b"ab abcdefghijk abc";
        for (word, span) in [("ab", (0, 2)), ("abcdefghijk", (3, 14)), ("abc", (15, 18))] {
            assert_eq!(keys(text, span).word, key(word), "{word}");
        }
        let prefix = |text: &[u8], span| keys(text, span).prefix;
        assert_eq!(prefix(text, (3, 14)), prefix(b"abcd", (0, 4)));
        assert_ne!(prefix(text, (15, 18)), prefix(b"abc ", (0, 4)));
        assert_ne!(prefix(text, (0, 2)), prefix(b"ab a", (0, 4)));
    }

    #[test]
    fn a_prefix_reaches_the_lengths_of_the_words_it_can_start() {
        let prefix = keys(b"abcde", (0, 5)).prefix;
        let lengths: Vec<u64> = prefix_lengths(prefix, 5).collect();
        for word in ["abcde", "abcdef", "abcdefghijklmn"] {
            let keys = keys(word.as_bytes(), (0, word.len()));
            assert!(lengths.contains(&keys.prefix_and_length), "{word}");
        }
        let short = keys(b"abcd", (0, 4)).prefix_and_length;
        assert!(!lengths.contains(&short));
    }
}
