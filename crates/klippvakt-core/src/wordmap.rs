//! Word lists looked up by where a word stands in a text. A [`Sieve`] says "no" to most
//! words; the rest are found in a hash map keyed by the word's bytes read as two numbers, so
//! that neither hashing nor comparing walks the word byte by byte (keyed by the spelling, a
//! lookup hashed it byte by byte and compared it with `memcmp`).

use crate::lexer::Span;
use crate::sieve::{keys, load, low_bytes, Keys, Sieve};
use rustc_hash::FxHashMap;

/// Words up to this many bytes are keyed by two numbers; longer ones by their spelling.
const SHORT: usize = 16;

/// A word of at most [`SHORT`] bytes as two numbers: its word key (its first eight bytes
/// and its length, see [`keys`]) and its next eight bytes, zeros past its end. No two words
/// have the same: no byte of a word is zero, so the second number gives a longer word's
/// length, and with it the word key gives its eighth byte.
fn short_key(text: &[u8], (start, end): Span, keys: &Keys) -> (u64, u64) {
    let rest = (end - start).saturating_sub(8).min(8);
    (keys.word, load(text, start + 8) & low_bytes(rest))
}

/// Values by word.
#[derive(Debug)]
pub(crate) struct WordMap<V> {
    /// The word [`keys`] of the words.
    sieve: Sieve,
    /// The words of up to [`SHORT`] bytes, by [`short_key`].
    short: FxHashMap<(u64, u64), V>,
    /// The longer words, by spelling.
    long: FxHashMap<Box<str>, V>,
}

impl<V> WordMap<V> {
    /// A map of distinct words (not empty) and their values.
    pub(crate) fn new(entries: impl IntoIterator<Item = (Box<str>, V)>) -> WordMap<V> {
        let mut word_keys = Vec::new();
        let (mut short, mut long) = (FxHashMap::default(), FxHashMap::default());
        for (word, value) in entries {
            let span = (0, word.len());
            let keys = keys(word.as_bytes(), span);
            word_keys.push(keys.word);
            if word.len() <= SHORT {
                short.insert(short_key(word.as_bytes(), span, &keys), value);
            } else {
                long.insert(word, value);
            }
        }
        WordMap {
            sieve: Sieve::of(word_keys.into_iter()),
            short,
            long,
        }
    }

    /// The value of the word `span` of `text`, whose [`keys`] are `keys`.
    pub(crate) fn get(&self, text: &str, span: Span, keys: &Keys) -> Option<&V> {
        if !self.sieve.may_hold(keys.word) {
            None
        } else if span.1 - span.0 <= SHORT {
            self.short.get(&short_key(text.as_bytes(), span, keys))
        } else {
            self.long.get(&text[span.0..span.1])
        }
    }

    /// The value of `word`.
    pub(crate) fn get_word(&self, word: &str) -> Option<&V> {
        let span = (0, word.len());
        self.get(word, span, &keys(word.as_bytes(), span))
    }

    /// The number of words.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_found_where_it_stands_and_no_other() {
        let words = [
            "a",
            "ab",
            "abcdefgh",
            // The word key of "abcdefgh" too.
            "abcdefgix",
            "abcdefghi",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "abcdefghijklmnopqr",
            "åsa",
        ];
        let map = WordMap::new(words.iter().enumerate().map(|(i, w)| (Box::from(*w), i)));
        assert_eq!(map.len(), words.len());
        let text = words.join(" ");
        let mut start = 0;
        for (i, word) in words.iter().enumerate() {
            let span = (start, start + word.len());
            let found = map.get(&text, span, &keys(text.as_bytes(), span));
            assert_eq!(found, Some(&i), "{word}");
            assert_eq!(map.get_word(word), Some(&i), "{word}");
            start = span.1 + 1;
        }
        for other in [
            "b",
            "abc",
            "abcdefghij",
            "abcdefghijklmnopqrs",
            "abcdefghijklmnoq",
            "Åsa",
        ] {
            assert_eq!(map.get_word(other), None, "{other}");
        }
    }
}
