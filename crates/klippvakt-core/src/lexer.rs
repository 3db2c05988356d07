//! The words and the digit runs of a text, and where it has Latin-1 capitals, found in one
//! pass that tests a block of 64 bytes at a time (16 at a time with SSE2 on x86-64), so that
//! the cue words, the names and the number detectors look only where there is something to
//! look at instead of each walking the whole text.

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
    /// The second bytes of the Latin-1 capitals (À–Þ but ×: Å, Ä, Ö, É, …), in order: where
    /// [`crate::text::fold_at`] changes more than ASCII.
    pub(crate) capitals: Vec<usize>,
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
    let mut capitals = Vec::new();
    // Whether the last byte of the block before was 0xC3.
    let mut lead_before = 0u64;
    // The bytes of this block that belong to a character, not a letter or digit, that
    // began in the block before.
    let mut spilled = 0u64;
    let (blocks, rest) = bytes.as_chunks::<BLOCK>();
    // The last bytes, padded with zeros (which are none of the kinds tested).
    let mut last = [0u8; BLOCK];
    last[..rest.len()].copy_from_slice(rest);
    let padded = (!rest.is_empty()).then_some(&last);
    for (n, block) in blocks.iter().chain(padded).enumerate() {
        let base = n * BLOCK;
        let m = Masks::of(block);
        // Latin-1 letters are 0xC3 and a second byte other than those of × and ÷.
        let times_after = m.times >> 1
            | u64::from(
                bytes
                    .get(base + BLOCK)
                    .is_some_and(|&b| b == 0x97 || b == 0xB7),
            ) << 63;
        let after_lead = m.lead << 1 | lead_before;
        let latin = (m.lead & !times_after) | (after_lead & !m.times);
        lead_before = m.lead >> 63;
        push_bits(&mut capitals, base, after_lead & m.capital & !m.times);
        // Other non-ASCII bytes (dashes, quotes, no-break spaces, other scripts) are rare:
        // their characters are read one by one, and those that are not letters or digits
        // are taken out of the words.
        let other = m.high & !latin;
        let mut word = (m.letter | m.digit | m.high) & !spilled;
        spilled = 0;
        if other != 0 {
            let not_word = not_word_chars(text, base, other);
            word &= !(not_word as u64);
            spilled = (not_word >> BLOCK) as u64;
        }
        words.add(base, word);
        digits.add(base, m.digit);
    }
    Lexed {
        words: words.finish(bytes.len()),
        digits: digits.finish(bytes.len()),
        capitals,
    }
}

/// The bytes of the characters that start at the set bits of `starts` (bytes of the block
/// at `base`; those that do not start a character are skipped) and are not letters or
/// digits, one bit a byte from `base`: a character that starts near the end of the block
/// runs on into the bits of the next.
fn not_word_chars(text: &str, base: usize, mut starts: u64) -> u128 {
    let mut bits = 0u128;
    while starts != 0 {
        let j = starts.trailing_zeros() as usize;
        starts &= starts - 1;
        let at = base + j;
        let c = text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .filter(|c| !is_word_char(*c));
        if let Some(c) = c {
            bits |= ((1u128 << c.len_utf8()) - 1) << j;
        }
    }
    bits
}

/// Adds the positions of the set bits of a block's mask.
fn push_bits(out: &mut Vec<usize>, base: usize, mut mask: u64) {
    while mask != 0 {
        out.push(base + mask.trailing_zeros() as usize);
        mask &= mask - 1;
    }
}

/// What the bytes of one block are, one bit a byte (bit `j` for byte `j`).
#[derive(Debug, Default, PartialEq, Eq)]
struct Masks {
    /// ASCII letters.
    letter: u64,
    /// ASCII digits.
    digit: u64,
    /// Bytes of non-ASCII characters.
    high: u64,
    /// 0xC3, the first byte of the Latin-1 letters.
    lead: u64,
    /// 0x97 and 0xB7, the second bytes of × and ÷.
    times: u64,
    /// 0x80–0x9E, the second bytes of À–Þ after 0xC3.
    capital: u64,
}

impl Masks {
    #[cfg(target_arch = "x86_64")]
    fn of(block: &[u8; BLOCK]) -> Masks {
        // SAFETY: SSE2 is part of x86-64 itself: every processor this build runs on has it.
        unsafe { Masks::sse2(block) }
    }

    /// Tests 16 bytes at a time with SSE2 instructions.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "sse2")]
    fn sse2(block: &[u8; BLOCK]) -> Masks {
        use std::arch::x86_64::{
            __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8,
            _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        };
        // Byte values as the signed bytes the comparisons take.
        let splat = |b: u8| _mm_set1_epi8(i8::from_ne_bytes([b]));
        let bits = |v: __m128i| u64::from(_mm_movemask_epi8(v) as u16);
        let within = |v, lo: u8, hi: u8| {
            _mm_and_si128(
                _mm_cmpgt_epi8(v, splat(lo - 1)),
                _mm_cmplt_epi8(v, splat(hi + 1)),
            )
        };
        let mut m = Masks::default();
        for (k, sixteen) in block.as_chunks::<16>().0.iter().enumerate() {
            // SAFETY: an unaligned load of the 16 bytes of `sixteen`.
            let v = unsafe { _mm_loadu_si128(sixteen.as_ptr().cast()) };
            let shift = 16 * k;
            m.letter |= bits(within(_mm_or_si128(v, splat(0x20)), b'a', b'z')) << shift;
            m.digit |= bits(within(v, b'0', b'9')) << shift;
            m.high |= bits(v) << shift;
            m.lead |= bits(_mm_cmpeq_epi8(v, splat(0xC3))) << shift;
            let times = _mm_or_si128(
                _mm_cmpeq_epi8(v, splat(0x97)),
                _mm_cmpeq_epi8(v, splat(0xB7)),
            );
            m.times |= bits(times) << shift;
            // 0x80–0x9E are the signed bytes below 0x9F.
            m.capital |= bits(_mm_cmplt_epi8(v, splat(0x9F))) << shift;
        }
        m
    }

    #[cfg(not(target_arch = "x86_64"))]
    fn of(block: &[u8; BLOCK]) -> Masks {
        Masks::byte_by_byte(block)
    }

    /// The same, a byte at a time: for other processors, and to test the vector version.
    #[cfg(any(test, not(target_arch = "x86_64")))]
    fn byte_by_byte(block: &[u8; BLOCK]) -> Masks {
        let mut m = Masks::default();
        for (j, &b) in block.iter().enumerate() {
            m.letter |= u64::from(b.is_ascii_alphabetic()) << j;
            m.digit |= u64::from(b.is_ascii_digit()) << j;
            m.high |= u64::from(b >= 0x80) << j;
            m.lead |= u64::from(b == 0xC3) << j;
            m.times |= u64::from(b == 0x97 || b == 0xB7) << j;
            m.capital |= u64::from((0x80..=0x9E).contains(&b)) << j;
        }
        m
    }
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

    #[test]
    fn a_dash_or_a_quote_across_a_block_edge_splits_the_words() {
        for pad in 52..64 {
            for mark in ["–", "”", "\u{a0}", "\u{1F600}", "×"] {
                let text = format!("{} Åsa{mark}Örn ab{mark}cd", "x".repeat(pad));
                assert_eq!(lex(&text).words, slow(&text).0, "{pad} {mark}");
            }
        }
    }

    proptest! {
        #[test]
        fn masks_agree_with_a_byte_by_byte_reading(bytes in proptest::collection::vec(any::<u8>(), 64)) {
            let mut block = [0u8; BLOCK];
            block.copy_from_slice(&bytes);
            prop_assert_eq!(Masks::of(&block), Masks::byte_by_byte(&block));
        }

        #[test]
        fn agrees_with_a_char_by_char_reading(text in "[a-zA-Z0-9 åÅöÖÉ×÷–”\u{a0}.\n-]{0,300}") {
            let lexed = lex(&text);
            prop_assert_eq!(crate::text::fold_at(&text, &lexed.capitals), crate::text::fold(&text));
            prop_assert_eq!((lexed.words, lexed.digits), slow(&text));
        }
    }
}
