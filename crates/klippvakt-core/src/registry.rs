//! The detector registry: every detector behind one trait, compiled once into a scanner that
//! makes one prefilter pass (one Aho-Corasick pass over the case-folded text for every cue
//! word and every detector's trigger words) and then runs only the detectors that have
//! something to look at.

use crate::cue::{Cue, CueHit, CueSet, CueWord};
use crate::finding::Finding;
use crate::lexer::{lex, Span};
use crate::text::fold;
use regex::{Captures, Regex};
use std::fmt;

/// A pattern of a built-in detector did not compile. Only a broken build can cause it; the
/// message names the detector and the pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError {
    /// The detector (module) whose pattern failed.
    pub detector: &'static str,
    /// What failed to compile, with the compiler's reason.
    pub message: String,
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "detector '{}': {}", self.detector, self.message)
    }
}

impl std::error::Error for BuildError {}

/// Compiles one detector pattern, naming the detector on failure.
pub(crate) fn compile(detector: &'static str, pattern: &str) -> Result<Regex, BuildError> {
    Regex::new(pattern).map_err(|e| BuildError {
        detector,
        message: format!("error compiling pattern '{pattern}': {e}"),
    })
}

/// What a detector sees: the text, the cue words found in it, and the findings of the
/// detectors that ran before it (names before health context, for instance).
pub(crate) struct Scan<'t> {
    pub(crate) text: &'t str,
    /// `text` case-folded byte for byte (same offsets), for case-insensitive patterns.
    pub(crate) folded: &'t str,
    /// The words of `text` (see [`crate::lexer`]).
    pub(crate) words: &'t [Span],
    /// The runs of ASCII digits in `text`.
    pub(crate) digits: &'t [Span],
    pub(crate) cues: &'t [CueHit],
    pub(crate) found: &'t [Finding],
    /// The length of the longest of `found`.
    pub(crate) longest_found: usize,
}

impl<'t> Scan<'t> {
    /// The hits of one kind of cue, in order.
    pub(crate) fn cues(&self, cue: Cue) -> impl Iterator<Item = &CueHit> + '_ {
        self.cues.iter().filter(move |h| h.cue == cue)
    }

    /// The cue hits that start inside `from..to`, found by binary search.
    pub(crate) fn cues_starting_in(&self, from: usize, to: usize) -> &[CueHit] {
        let lo = self.cues.partition_point(|h| h.start < from);
        let hi = lo + self.cues[lo..].partition_point(|h| h.start < to);
        &self.cues[lo..hi]
    }

    /// Whether a cue of this kind lies wholly inside `start..end`.
    pub(crate) fn has_cue_in(&self, cue: Cue, start: usize, end: usize) -> bool {
        self.cues_starting_in(start, end)
            .iter()
            .any(|h| h.cue == cue && h.end <= end)
    }

    /// The captures of `re` in the parts of the text where digits stand as `shape` says,
    /// in order. `re` must only match text that lies inside such a part: searching only
    /// there spares a pass over the whole text for each number pattern.
    pub(crate) fn near_digits<'s>(
        &'s self,
        re: &'s Regex,
        shape: Digits,
    ) -> impl Iterator<Item = Captures<'t>> + 's {
        let text: &'t str = self.text;
        digit_windows(text, self.digits, shape)
            .into_iter()
            .flat_map(move |(from, to)| {
                // The text is cut after the window (at a byte that is not an ASCII word
                // byte, so `\b` reads the same), while the search starts inside it and
                // sees what stands before.
                let hay = &text[..to];
                let mut at = from;
                std::iter::from_fn(move || {
                    let caps = re.captures_at(hay, at)?;
                    let whole = caps.get(0)?;
                    at = if whole.is_empty() {
                        crate::text::ceil_boundary(hay, whole.end() + 1)
                    } else {
                        whole.end()
                    };
                    Some(caps)
                })
            })
    }

    /// Whether an earlier finding overlaps `start..end`.
    pub(crate) fn taken(&self, start: usize, end: usize) -> bool {
        near(self.found, self.longest_found, start, end, 0)
            .next()
            .is_some()
    }
}

/// How the digits of a number stand: runs of digits at most `gap` bytes apart are one
/// group, a group of at least `min` digits is searched, from `before` bytes before it to
/// `after` bytes after it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Digits {
    pub(crate) min: usize,
    pub(crate) gap: usize,
    pub(crate) before: usize,
    pub(crate) after: usize,
}

/// The windows of `text` around the groups of `digits` (runs, in order) that have the
/// `shape`, widened to the nearest bytes that are not ASCII word bytes and merged where
/// they meet.
fn digit_windows(text: &str, digits: &[Span], shape: Digits) -> Vec<Span> {
    let bytes = text.as_bytes();
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut windows: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < digits.len() {
        let (start, mut end) = digits[i];
        let mut count = end - start;
        i += 1;
        while let Some(&(s, e)) = digits.get(i).filter(|r| r.0 - end <= shape.gap) {
            count += e - s;
            end = e;
            i += 1;
        }
        if count < shape.min {
            continue;
        }
        let mut from = crate::text::floor_boundary(text, start.saturating_sub(shape.before));
        while from > 0 && word_byte(bytes[from - 1]) {
            from -= 1;
        }
        let mut to = crate::text::ceil_boundary(text, end + shape.after);
        while to < bytes.len() && word_byte(bytes[to]) {
            to += 1;
        }
        match windows.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => windows.push((from, to)),
        }
    }
    windows
}

/// The length in bytes of the longest finding.
pub(crate) fn longest<F: std::borrow::Borrow<Finding>>(findings: &[F]) -> usize {
    findings
        .iter()
        .map(|f| f.borrow().end - f.borrow().start)
        .max()
        .unwrap_or(0)
}

/// The findings (sorted by start) that overlap `start..end` widened by `reach` bytes on each
/// side, found by binary search.
/// `longest` is the length of the longest finding in `sorted` ([`longest`]).
pub(crate) fn near<'f, F: std::borrow::Borrow<Finding>>(
    sorted: &'f [F],
    longest: usize,
    start: usize,
    end: usize,
    reach: usize,
) -> impl Iterator<Item = &'f F> + 'f {
    let from = start.saturating_sub(reach + longest);
    let lo = sorted.partition_point(|f| f.borrow().start < from);
    sorted[lo..]
        .iter()
        .take_while(move |f| f.borrow().start < end + reach)
        .filter(move |f| f.borrow().end + reach > start)
}

/// One recogniser. Adding one is a file in `detectors/` and one line in `detectors::all`.
pub(crate) trait Detector: Send + Sync {
    /// Words (any case, found anywhere) whose presence makes the detector worth running.
    /// None: it always runs (its patterns start with digits or capitals, which it finds
    /// faster itself than a word list could say).
    fn trigger_words(&self) -> &'static [&'static str] {
        &[]
    }
    /// Cue words this detector looks for.
    fn cue_words(&self) -> Vec<CueWord> {
        Vec::new()
    }
    /// Kinds of cue whose presence alone makes the detector run.
    fn trigger_cues(&self) -> &'static [Cue] {
        &[]
    }
    /// Adds what it finds in the text to `out`.
    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>);
}

/// Every detector, compiled once: scan many texts with [`Registry::run`].
pub(crate) struct Registry {
    detectors: Vec<Box<dyn Detector>>,
    cues: CueSet,
}

impl Registry {
    pub(crate) fn new(detectors: Vec<Box<dyn Detector>>) -> Result<Registry, BuildError> {
        let words = detectors
            .iter()
            .flat_map(|d| d.cue_words())
            .collect::<Vec<_>>();
        let triggers: Vec<&[&str]> = detectors.iter().map(|d| d.trigger_words()).collect();
        let cues = CueSet::new(words, &triggers).map_err(|e| BuildError {
            detector: "registry",
            message: format!("error compiling the cue and trigger words: {e}"),
        })?;
        Ok(Registry { detectors, cues })
    }

    /// Runs every detector that the prefilter lets through; findings sorted by position.
    pub(crate) fn run(&self, text: &str) -> Vec<Finding> {
        let folded = fold(text);
        let lexed = lex(text);
        let pass = self.cues.find(&folded, &lexed.words);
        let mut found: Vec<Finding> = Vec::new();
        for (i, d) in self.detectors.iter().enumerate() {
            let wanted = d.trigger_words().is_empty() && d.trigger_cues().is_empty()
                || pass.triggered[i]
                || d.trigger_cues()
                    .iter()
                    .any(|c| pass.hits.iter().any(|h| h.cue == *c));
            if !wanted {
                continue;
            }
            let mut out = Vec::new();
            d.detect(
                &Scan {
                    text,
                    folded: &folded,
                    words: &lexed.words,
                    digits: &lexed.digits,
                    cues: &pass.hits,
                    found: &found,
                    longest_found: longest(&found),
                },
                &mut out,
            );
            found.extend(out);
            // Kept sorted so that later detectors look around a position by binary search.
            found.sort_by_key(|f| (f.start, f.end, f.detector));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn windows(text: &str, shape: Digits) -> Vec<&str> {
        let digits = lex(text).digits;
        digit_windows(text, &digits, shape)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn digit_windows_hold_whole_numbers_and_merge() {
        let pnr = Digits {
            min: 10,
            gap: 5,
            before: 0,
            after: 0,
        };
        let text = "Dnr 2024-12, pnr 19810830 – 9132, och 850101-1235x samt 12 34";
        assert_eq!(windows(text, pnr), ["19810830 – 9132", "850101-1235x"]);
        let near = Digits {
            min: 2,
            gap: 1,
            before: 3,
            after: 3,
        };
        assert_eq!(windows("SE45 5000 ab", near), ["SE45 5000 ab"]);
    }
}
