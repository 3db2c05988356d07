//! The words and the digit runs of a text, found in one pass that tests 64 bytes at a time
//! (the tests compile to vector instructions), so that the cue words, the names and the
//! number detectors look only where there is something to look at instead of each walking
//! the whole text.

use crate::text::is_word_char;

/// A byte range `start..end` of the text.
pub(crate) type Span = (usize, usize);

/// Where the words and the digits of a text are.
#[derive(Debug, Default)]
pub(crate) struct Lexed {
    /// Maximal runs of letters and digits (of any script, as [`is_word_char`]), in order.
    pub(crate) words: Vec<Span>,
    /// Maximal runs of the ASCII digits 0–9, in order.
    pub(crate) digits: Vec<Span>,
}

/// Bytes tested at a time.
const BLOCK: usize = 64;

/// Finds the words and digit runs of `text`.
pub(crate) fn lex(text: &str) -> Lexed {
    let bytes = text.as_bytes();
    // About one word in six bytes of ordinary text.
    let mut words = Edges {
        at: Vec::with_capacity(bytes.len() / 3),
    };
    let mut digits = Edges::default();
    // Non-ASCII bytes outside the Latin-1 letters (dashes, quotes, no-break spaces, other
    // scripts): rare; the words around them are split by their characters afterwards.
    let mut other = Vec::new();
    for (n, block) in bytes.chunks(BLOCK).enumerate() {
        // The block with the byte before it and the byte after it (0 beyond the text).
        let base = n * BLOCK;
        let mut window = [0u8; BLOCK + 2];
        window[0] = if base == 0 { 0 } else { bytes[base - 1] };
        window[1..=block.len()].copy_from_slice(block);
        window[BLOCK + 1] = bytes.get(base + BLOCK).copied().unwrap_or(0);
        let (mut word, mut digit, mut odd) = ([0u8; BLOCK], [0u8; BLOCK], [0u8; BLOCK]);
        for j in 0..BLOCK {
            let (before, b, after) = (window[j], window[j + 1], window[j + 2]);
            let is_digit = b.wrapping_sub(b'0') < 10;
            let is_letter = (b | 0x20).wrapping_sub(b'a') < 26;
            // Latin-1 letters are 0xC3 and a second byte other than those of × and ÷.
            let latin = (b == 0xC3 && after != 0x97 && after != 0xB7)
                || (before == 0xC3 && b != 0x97 && b != 0xB7);
            word[j] = u8::from(is_digit | is_letter | (b >= 0x80));
            digit[j] = u8::from(is_digit);
            odd[j] = u8::from(b >= 0x80 && !latin);
        }
        words.add(base, pack(&word));
        digits.add(base, pack(&digit));
        let mut odd = pack(&odd);
        while odd != 0 {
            other.push(base + odd.trailing_zeros() as usize);
            odd &= odd - 1;
        }
    }
    Lexed {
        words: split_at_other(text, words.finish(bytes.len()), &other),
        digits: digits.finish(bytes.len()),
    }
}

/// One bit a byte, set where `flags` holds 1: the flags (0 or 1) eight at a time, gathered
/// into a byte by one multiplication.
fn pack(flags: &[u8; BLOCK]) -> u64 {
    let mut bits = 0u64;
    for (k, eight) in flags.chunks_exact(8).enumerate() {
        let mut le = [0u8; 8];
        le.copy_from_slice(eight);
        let gathered = u64::from_le_bytes(le).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        bits |= gathered << (8 * k);
    }
    bits
}

/// Collects the runs of set bits of consecutive block masks: the positions where a bit
/// differs from the one before it, alternately starts and ends of runs.
#[derive(Default)]
struct Edges {
    at: Vec<usize>,
}

impl Edges {
    fn add(&mut self, base: usize, mask: u64) {
        let open = self.at.len() % 2 == 1;
        let mut edges = mask ^ ((mask << 1) | u64::from(open));
        while edges != 0 {
            self.at.push(base + edges.trailing_zeros() as usize);
            edges &= edges - 1;
        }
    }

    fn finish(mut self, len: usize) -> Vec<Span> {
        if self.at.len() % 2 == 1 {
            self.at.push(len);
        }
        self.at.chunks_exact(2).map(|p| (p[0], p[1])).collect()
    }
}

/// The runs, split around those of the `other` bytes (sorted) that start a character that
/// is not a letter or digit.
fn split_at_other(text: &str, runs: Vec<Span>, other: &[usize]) -> Vec<Span> {
    if other.is_empty() {
        return runs;
    }
    let mut out = Vec::with_capacity(runs.len());
    let mut next = 0;
    for (start, end) in runs {
        let mut from = start;
        while next < other.len() && other[next] < end {
            let at = other[next];
            next += 1;
            if at < from || !text.is_char_boundary(at) {
                continue;
            }
            if let Some(c) = text[at..].chars().next().filter(|c| !is_word_char(*c)) {
                if at > from {
                    out.push((from, at));
                }
                from = at + c.len_utf8();
            }
        }
        if end > from {
            out.push((from, end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The words and digit runs found character by character.
    fn slow(text: &str) -> (Vec<Span>, Vec<Span>) {
        let runs = |test: &dyn Fn(char) -> bool| {
            let mut spans = Vec::new();
            let mut open = None;
            for (i, c) in text.char_indices() {
                match (test(c), open) {
                    (true, None) => open = Some(i),
                    (false, Some(s)) => {
                        spans.push((s, i));
                        open = None;
                    }
                    _ => {}
                }
            }
            if let Some(s) = open {
                spans.push((s, text.len()));
            }
            spans
        };
        (runs(&is_word_char), runs(&|c| c.is_ascii_digit()))
    }

    fn words(text: &str) -> Vec<&str> {
        lex(text).words.iter().map(|&(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn words_split_at_punctuation_of_any_script() {
        assert_eq!(
            words("Åsa–Örn ”Ärlig” 3×4 a\u{a0}b §12 émigré"),
            ["Åsa", "Örn", "Ärlig", "3", "4", "a", "b", "12", "émigré"]
        );
    }

    #[test]
    fn runs_cross_block_edges() {
        let text = format!("{}åäö 1234 {}", "x".repeat(62), "9".repeat(70));
        let lexed = lex(&text);
        assert_eq!(lexed.words, slow(&text).0);
        assert_eq!(lexed.digits, [(69, 73), (74, 144)]);
    }

    proptest! {
        #[test]
        fn agrees_with_a_char_by_char_reading(text in "[a-zA-Z0-9 åÅöÖ×÷–”\u{a0}.\n-]{0,300}") {
            let lexed = lex(&text);
            prop_assert_eq!((lexed.words, lexed.digits), slow(&text));
        }
    }
}
