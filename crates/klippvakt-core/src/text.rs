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

/// Byte range of the sentence that holds byte `i`: bounded by line breaks and by `.`, `!`
/// or `?` followed by white space.
pub(crate) fn sentence_at(text: &str, i: usize) -> (usize, usize) {
    let (line_start, line_end) = line_at(text, i);
    let line = &text[line_start..line_end];
    let rel = i - line_start;
    let is_stop = |w: &[u8]| matches!(w[0], b'.' | b'!' | b'?') && w[1].is_ascii_whitespace();
    let bytes = line.as_bytes();
    let start = bytes[..rel.min(bytes.len())]
        .windows(2)
        .rposition(is_stop)
        .map_or(0, |p| p + 2);
    let end = bytes
        .get(rel..)
        .and_then(|tail| tail.windows(2).position(is_stop))
        .map_or(line.len(), |p| rel + p + 1);
    (line_start + start, line_start + end)
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
    fn sentences_and_lines() {
        let t = "Första meningen. Andra här! Tredje\nny rad";
        let (s, e) = sentence_at(t, 20);
        assert_eq!(&t[s..e], "Andra här!");
        let (s, e) = line_at(t, t.len() - 1);
        assert_eq!(&t[s..e], "ny rad");
    }
}
