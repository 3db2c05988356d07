//! How a capitalised word is written: title case ("Anna", "Lindh-Berg", "O'Brien"), in
//! capitals ("ANNA") or neither ("McDonald"), and which words of a text start with a capital.

use crate::lexer::Span;
use crate::sieve::{load, low_bytes};

/// The capitalised words of a text.
pub(super) struct Capitalised {
    /// Title-case words ("Anna", "Lindh-Berg", "O'Brien"), in order.
    pub(super) title: Vec<Span>,
    /// Which of `title` are parts joined by hyphens or apostrophes: only these can hold a
    /// hyphen.
    pub(super) joined: Vec<usize>,
    /// Words in capitals of two letters or more ("ANNA"), in order.
    pub(super) upper: Vec<Span>,
}

/// The words that start with a capital: title-case words ("Anna", "Lindh-Berg",
/// "O'Brien") and words in capitals of two letters or more ("ANNA"), as byte ranges, read
/// from the text's `words` (see [`crate::lexer`]).
pub(super) fn capitalised_words(text: &str, words: &[Span]) -> Capitalised {
    let mut found = Capitalised {
        // About one word in six starts with a capital in the densest texts.
        title: Vec::with_capacity(words.len() / 4),
        joined: Vec::new(),
        upper: Vec::new(),
    };
    let mut i = 0;
    while i < words.len() {
        let (start, mut end) = words[i];
        i += 1;
        let first_end = end;
        let capital = match text.as_bytes()[start] {
            b if b.is_ascii() => b.is_ascii_uppercase(),
            _ => text[start..].chars().next().is_some_and(char::is_uppercase),
        };
        if !capital {
            continue;
        }
        // Parts joined by a hyphen or an apostrophe: "Lindh-Berg", "O'Brien".
        while let Some(&(next, next_end)) = words.get(i) {
            // "-", "'" or "’", compared as bytes: no test of char boundaries.
            let joined = matches!(&text.as_bytes()[end..next], b"-" | b"'" | b"\xE2\x80\x99")
                && text[next..].chars().next().is_some_and(char::is_alphabetic);
            if !joined {
                break;
            }
            end = next_end;
            i += 1;
        }
        let (len, case) = case_of(text, (start, end));
        match case {
            Case::Title if end != first_end => {
                found.joined.push(found.title.len());
                found.title.push((start, start + len));
            }
            Case::Title => found.title.push((start, start + len)),
            Case::Upper => found.upper.push((start, start + len)),
            Case::Other => {}
        }
    }
    found
}

/// How a capitalised word is written.
#[derive(Debug, PartialEq, Eq)]
enum Case {
    /// "Anna", "Lindh-Berg", "O'Brien": a capital and then small letters; after a hyphen
    /// or an apostrophe, any letter and then small ones. "McDonald" is not.
    Title,
    /// "ANNA": no small letters, two capitals or more.
    Upper,
    /// Neither ("McDonald", "A").
    Other,
}

impl Case {
    /// The case of a word read letter by letter: with small letters or not, written as a
    /// title or not (each part a capital and then small letters), with `capitals`
    /// capitals (or 2 for two or more).
    fn of(small: bool, title: bool, capitals: usize) -> Case {
        if small {
            if title {
                Case::Title
            } else {
                Case::Other
            }
        } else if capitals >= 2 {
            Case::Upper
        } else {
            Case::Other
        }
    }
}

/// How the word `span` of `text` is written, read up to its first digit ("Anna2" is
/// "Anna"), and the length of that part.
fn case_of(text: &str, span: Span) -> (usize, Case) {
    if let Some(short) = short_ascii_case(text.as_bytes(), span) {
        return short;
    }
    // Most longer words are letters of ASCII and Latin-1 (Å, Ä, Ö, É, …) and digits: read
    // byte by byte, in one pass; anything else is read char by char.
    let word = &text[span.0..span.1];
    let bytes = word.as_bytes();
    // Small letters and capitals.
    let mut counts = [0usize; 2];
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii_alphabetic() {
            counts[usize::from(b.is_ascii_uppercase())] += 1;
        } else if b.is_ascii_digit() {
            break;
        } else {
            // À–Þ but × are capitals, ß–ÿ but ÷ small letters.
            match (b, bytes.get(at + 1)) {
                (0xC3, Some(&second)) if second != 0x97 && second != 0xB7 => {
                    counts[usize::from(second < 0x9F)] += 1;
                    at += 1;
                }
                _ => return case_of_parts(word),
            }
        }
        at += 1;
    }
    let [small, capitals] = counts;
    let first_capital = match bytes {
        [b'A'..=b'Z', ..] => true,
        [0xC3, second, ..] => *second < 0x9F && *second != 0x97,
        _ => false,
    };
    // Every letter has a case, so one capital, and that the first, makes a title.
    (
        at,
        Case::of(small > 0, first_capital && capitals == 1, capitals),
    )
}

/// [`case_of`] a word of up to eight ASCII letters and digits, all its bytes tested at once
/// as one number: most words are, and a loop over them would end at a different byte for
/// each, which a processor cannot guess. `None` for any other word.
fn short_ascii_case(text: &[u8], (start, end): Span) -> Option<(usize, Case)> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let len = end - start;
    if !(1..=8).contains(&len) {
        return None;
    }
    let word = low_bytes(len);
    let v = load(text, start) & word;
    // The high bits of the word's bytes.
    let inside = word & HIGH;
    if v & HIGH != 0 {
        return None;
    }
    // For bytes below 0x80, bit 7 of (byte | 0x80) - c is set where the byte is c or more.
    let at_least = |c: u8| ((v | HIGH) - ONES * u64::from(c)) & HIGH;
    let within = |lo: u8, hi: u8| at_least(lo) & !at_least(hi + 1);
    let digits = within(b'0', b'9') & inside;
    // The bytes before the first digit.
    let part = inside & ((digits & digits.wrapping_neg()) >> 7).wrapping_sub(1);
    let (capitals, small) = (within(b'A', b'Z') & part, within(b'a', b'z') & part);
    if capitals | small != part {
        return None;
    }
    // No bit count: the baseline x86-64 this is built for has no instruction for it.
    let one_or_more = usize::from(capitals != 0);
    let two_or_more = usize::from(capitals & capitals.wrapping_sub(1) != 0);
    let title = capitals == 0x80;
    let case = Case::of(small != 0, title, one_or_more + two_or_more);
    let len = if digits == 0 {
        len
    } else {
        digits.trailing_zeros() as usize / 8
    };
    Some((len, case))
}

/// [`case_of`] any word, parts joined by hyphens and apostrophes too: one pass over its
/// characters.
fn case_of_parts(word: &str) -> (usize, Case) {
    let mut len = word.len();
    let (mut lower, mut capitals, mut title) = (false, 0, true);
    // Whether the next character starts a part, and whether that part is the first.
    let (mut part_start, mut first_part) = (true, true);
    for (at, c) in word.char_indices() {
        if c.is_ascii_digit() {
            len = at;
            break;
        }
        if matches!(c, '-' | '\'' | '’') {
            title &= !part_start;
            (part_start, first_part) = (true, false);
            continue;
        }
        let (is_lower, is_upper) = (c.is_lowercase(), c.is_uppercase());
        lower |= is_lower;
        capitals += usize::from(is_upper);
        title &= if part_start {
            is_upper || !first_part
        } else {
            is_lower
        };
        part_start = false;
    }
    (len, Case::of(lower, title && !part_start, capitals))
}

/// "ANNA-KARIN" → "Anna-Karin".
pub(super) fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = c == '-';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn latin_words_read_byte_by_byte_as_char_by_char(word in "[A-Za-z0-9åäöÅÄÖéÉßÞþÿ×÷ł@\\[`{/:-]{0,12}") {
            // Read alone and where the text goes on after it.
            let text = format!("{word}Ab9å");
            prop_assert_eq!(case_of(&word, (0, word.len())), case_of_parts(&word));
            prop_assert_eq!(case_of(&text, (0, word.len())), case_of_parts(&word));
        }
    }

    #[test]
    fn the_case_of_a_word_is_read_up_to_a_digit() {
        let cases = [
            ("Anna", (4, Case::Title)),
            ("Lindh-Berg", (10, Case::Title)),
            ("O’Brien", (9, Case::Title)),
            ("Ängel", (6, Case::Title)),
            ("Anna2b", (4, Case::Title)),
            ("McDonald", (8, Case::Other)),
            ("Anna-", (5, Case::Other)),
            ("ANNA", (4, Case::Upper)),
            ("ÅSA", (4, Case::Upper)),
            ("A", (1, Case::Other)),
        ];
        for (word, expected) in cases {
            assert_eq!(case_of(word, (0, word.len())), expected, "{word}");
        }
    }
}
