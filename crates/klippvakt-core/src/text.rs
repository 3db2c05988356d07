//! Small helpers for looking around a byte offset in UTF-8 text: neighbouring characters,
//! windows snapped to char boundaries, lines and sentences.

/// The character that ends just before byte `i`, if any.
pub(crate) fn prev_char(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The character that starts at byte `i`, if any.
pub(crate) fn next_char(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Whether `c` continues a word (letters and digits of any script).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `text` opens with `word` as a whole word: no letter or digit follows it.
pub(crate) fn opens_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|after| !after.starts_with(is_word_char))
}

/// Whether byte `i` of `bytes` is an ASCII letter, digit or `_`: part of a word to the
/// patterns' ASCII `(?-u:\b)`. Past the end there is none.
pub(crate) fn word_byte(bytes: &[u8], i: usize) -> bool {
    bytes
        .get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

/// Whether `start..end` of `bytes` stands alone as the patterns' ASCII `(?-u:\b)` reads
/// it: no ASCII letter, digit or `_` right before it or right after it.
pub(crate) fn stands_alone(bytes: &[u8], (start, end): (usize, usize)) -> bool {
    !(start.checked_sub(1).is_some_and(|i| word_byte(bytes, i)) || word_byte(bytes, end))
}

/// The largest char boundary at or below `i`.
pub(crate) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or above `i`.
pub(crate) fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Up to `n` bytes that end at `i`, snapped inward to char boundaries.
pub(crate) fn before(text: &str, i: usize, n: usize) -> &str {
    let i = floor_boundary(text, i);
    &text[ceil_boundary(text, i.saturating_sub(n))..i]
}

/// Up to `n` bytes that start at `i`, snapped inward to char boundaries.
pub(crate) fn after(text: &str, i: usize, n: usize) -> &str {
    let i = ceil_boundary(text, i);
    &text[i..floor_boundary(text, i.saturating_add(n))]
}

/// `text` with ASCII capitals and the capitals of Latin-1 (Å, Ä, Ö, É, Ü, …) lower-cased
/// byte for byte: every byte offset into the result is the same offset into `text`, so
/// case-insensitive searches can run case-sensitively on the folded copy.
pub(crate) fn fold(text: &str) -> String {
    let bytes = text.as_bytes();
    let capitals: Vec<usize> = memchr::memchr_iter(0xC3, bytes)
        .map(|i| i + 1)
        .filter(|&i| {
            bytes
                .get(i)
                .is_some_and(|&b| (0x80..=0x9E).contains(&b) && b != 0x97)
        })
        .collect();
    fold_at(text, &capitals)
}

/// [`fold`] of a text where the Latin-1 capitals are known: `capitals` are their second
/// bytes, as the lexer finds them ([`crate::lexer::Lexed::capitals`]).
pub(crate) fn fold_at(text: &str, capitals: &[usize]) -> String {
    // Lower-casing ASCII keeps the text valid UTF-8 without checking it again.
    let mut folded = text.to_ascii_lowercase();
    // U+00C0..=U+00DE except U+00D7 (×) are 0xC3 0x80..=0x9E; lower case is +0x20. They are
    // rare (a capital Å, Ä or Ö), so each is replaced in place by its two-byte lower case.
    for &i in capitals {
        let Some(start) = i.checked_sub(1) else {
            continue;
        };
        if let Some(c) = text.get(start..i + 1).and_then(|pair| pair.chars().next()) {
            let lower = char::from_u32(u32::from(c) + 0x20).unwrap_or(c);
            folded.replace_range(start..i + 1, lower.encode_utf8(&mut [0; 4]));
        }
    }
    folded
}

/// How far line and sentence look-ups search in each direction: a "line" in a text with no
/// line breaks is this window, so that looking around every candidate stays linear.
const LINE_REACH: usize = 2048;

/// Byte range of the line that holds byte `i` (without its line break), at most
/// [`LINE_REACH`] bytes to either side.
pub(crate) fn line_at(text: &str, i: usize) -> (usize, usize) {
    let from = ceil_boundary(text, i.saturating_sub(LINE_REACH));
    let to = floor_boundary(text, i.saturating_add(LINE_REACH));
    let start = text[from..i].rfind('\n').map_or(from, |p| from + p + 1);
    let end = text[i..to].find('\n').map_or(to, |p| i + p);
    (start, end)
}

/// Whether byte `p` of `bytes` ends a sentence: `.`, `!` or `?` before white space, but not
/// a full stop before a small letter, which ends an abbreviation.
fn ends_sentence(bytes: &[u8], p: usize) -> bool {
    let small_after = || match bytes.get(p + 2) {
        Some(b) if b.is_ascii_lowercase() => true,
        // å, ä, ö, é and the other small Latin-1 letters.
        Some(0xC3) => bytes.get(p + 3).is_some_and(|b| *b >= 0xA0),
        _ => false,
    };
    matches!(bytes[p], b'.' | b'!' | b'?')
        && bytes.get(p + 1).is_some_and(u8::is_ascii_whitespace)
        && !(bytes[p] == b'.' && small_after())
}

/// Byte range of the sentence that holds byte `i`: bounded by line breaks and by `.`, `!`
/// or `?` followed by white space, at most [`LINE_REACH`] bytes to either side. A full
/// stop before a small letter ends an abbreviation, not a sentence ("Pat. inkommer med
/// …", "t.ex. hemtjänst").
pub(crate) fn sentence_at(text: &str, i: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let is_stop = |p: usize| ends_sentence(bytes, p);
    // Back to the line's start, or to two bytes after the last stop before it (a stop may
    // stand one byte before the window, as its white space is in it). The stops and line
    // breaks are found with `memchr`: a statute's sentences run to hundreds of bytes.
    let low = i.saturating_sub(LINE_REACH);
    let (bound, first_stop) = match memchr::memrchr(b'\n', &bytes[low..i]) {
        Some(p) => (low + p + 1, low + p + 1),
        None => (low, low.saturating_sub(1)),
    };
    // A stop two bytes or more before `i`.
    let before_i = i.saturating_sub(1).max(first_stop);
    let last_stop = memchr::memrchr3_iter(b'.', b'!', b'?', &bytes[first_stop..before_i])
        .map(|p| first_stop + p)
        .find(|&p| is_stop(p));
    let start = last_stop.map_or(bound, |p| p + 2);
    // On to the line's end, or through the first stop.
    let high = (i + LINE_REACH).min(bytes.len());
    let line_end = memchr::memchr(b'\n', &bytes[i..high]).map_or(high, |p| i + p);
    let end = memchr::memchr3_iter(b'.', b'!', b'?', &bytes[i..line_end])
        .map(|p| i + p)
        .find(|&p| is_stop(p))
        .map_or(line_end, |p| p + 1);
    (ceil_boundary(text, start), floor_boundary(text, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_snap_to_char_boundaries() {
        let t = "åäö abc";
        assert_eq!(before(t, 3, 2), "å");
        assert_eq!(after(t, 0, 3), "å");
        assert_eq!(before(t, 7, 100), "åäö ");
    }

    #[test]
    fn folding_keeps_offsets() {
        let t = "ÅSA Örn É × Ć ÄR";
        let f = fold(t);
        assert_eq!(f, "åsa örn é × Ć är");
        assert_eq!(f.len(), t.len());
    }

    #[test]
    fn sentences_and_lines() {
        let t = "Första meningen. Andra här! Tredje\nny rad";
        let (s, e) = sentence_at(t, 20);
        assert_eq!(&t[s..e], "Andra här!");
        let (s, e) = line_at(t, t.len() - 1);
        assert_eq!(&t[s..e], "ny rad");
    }

    /// [`sentence_at`] as it was first written, byte by byte in both directions (the test of
    /// a stop is shared: it is what both must agree on where to apply).
    fn sentence_by_bytes(text: &str, i: usize) -> (usize, usize) {
        let bytes = text.as_bytes();
        let is_stop = |p: usize| ends_sentence(bytes, p);
        let low = i.saturating_sub(LINE_REACH);
        let mut start = i;
        while start > low && bytes[start - 1] != b'\n' && !(start >= 2 && is_stop(start - 2)) {
            start -= 1;
        }
        let high = (i + LINE_REACH).min(bytes.len());
        let mut end = i;
        while end < high && bytes[end] != b'\n' && !is_stop(end) {
            end += 1;
        }
        if end < high && bytes[end] != b'\n' {
            end += 1;
        }
        (ceil_boundary(text, start), floor_boundary(text, end))
    }

    proptest::proptest! {
        #[test]
        fn sentences_are_found_as_byte_by_byte(
            text in r"(?:[aA.!? \n]|å|é|\. a|\. Å|[a ]{300}){0,40}",
            at in 0usize..20_000,
        ) {
            let i = floor_boundary(&text, at % (text.len() + 1));
            proptest::prop_assert_eq!(sentence_at(&text, i), sentence_by_bytes(&text, i));
        }
    }

    #[test]
    fn an_abbreviation_ends_no_sentence() {
        let t = "Journal: Pat. inkommer med smärta, t.ex. i bröstet. Åter om en vecka. Öm.";
        let (s, e) = sentence_at(t, 20);
        assert_eq!(
            &t[s..e],
            "Journal: Pat. inkommer med smärta, t.ex. i bröstet."
        );
        let (s, e) = sentence_at(t, t.len() - 2);
        assert_eq!(&t[s..e], "Öm.");
    }
}
