//! The detector registry: every detector behind one trait, compiled once into a scanner that
//! makes one prefilter pass (the words of the text, the cue words among them, and where each
//! detector's trigger words are), then runs only the detectors that have something to look
//! at, and lets them search only around their trigger words or groups of digits.

use crate::cue::{Cue, CueHit, CueSet, CueWord, Fit};
use crate::finding::{DetectorId, Finding};
use crate::lexer::{lex, Span};
use crate::text::{fold, fold_at};
use regex::{Captures, Match, Regex};
use rustc_hash::FxHashMap;
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
    /// Where the trigger words of the detector are, in order.
    pub(crate) triggers: &'t [Span],
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

    /// Whether a cue of this kind lies wholly inside `start..end`.
    pub(crate) fn has_cue_in(&self, cue: Cue, start: usize, end: usize) -> bool {
        self.first_cue_in(cue, start, end).is_some()
    }

    /// The first cue of this kind that lies wholly inside `start..end`.
    pub(crate) fn first_cue_in(&self, cue: Cue, start: usize, end: usize) -> Option<&CueHit> {
        self.cues_in(cue, start, end).next()
    }

    /// The cues of this kind that lie wholly inside `start..end`, in order: the first hit
    /// in it is found by binary search, and the few after it one by one (the places asked
    /// about are a few dozen bytes long, or a sentence).
    pub(crate) fn cues_in(
        &self,
        cue: Cue,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &CueHit> + '_ {
        let first = self.cues.partition_point(|h| h.start < start);
        self.cues[first..]
            .iter()
            .take_while(move |h| h.start < end)
            .filter(move |h| h.cue == cue && h.end <= end)
    }

    /// The parts of the text where digits stand as `shape` says. Searching only there
    /// spares a pass over the whole text for each number pattern; a pattern searched there
    /// must only match text that lies inside such a part.
    pub(crate) fn near_digits(&self, shape: Digits) -> Windows {
        self.near_digits_where(shape, |_| true)
    }

    /// [`Scan::near_digits`] around only the groups for which `keep` holds; it is given
    /// the group's runs of digits.
    pub(crate) fn near_digits_where(
        &self,
        shape: Digits,
        keep: impl Fn(&[Span]) -> bool,
    ) -> Windows {
        digit_windows(self.text, self.digits, shape, keep)
    }

    /// The parts of the text around the detector's trigger words. Every match of a pattern
    /// searched there must hold one of them within `reach`.
    pub(crate) fn near_triggers(&self, reach: Reach) -> Windows {
        windows(self.text, self.triggers.iter().copied(), reach)
    }

    /// Whether an earlier finding overlaps `start..end`.
    pub(crate) fn taken(&self, start: usize, end: usize) -> bool {
        near(self.found, self.longest_found, start, end, 0)
            .next()
            .is_some()
    }
}

/// How far from its anchor (a trigger word, a group of digits) a match may begin and end:
/// up to `before` bytes before its start and `after` bytes after its end, and beyond that
/// to the nearest white space, so that a match that runs on without a space (a token, an
/// e-mail address, a number) is not cut.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reach {
    pub(crate) before: usize,
    pub(crate) after: usize,
}

impl Reach {
    /// The anchor widened to white space.
    pub(crate) const NONE: Reach = Reach {
        before: 0,
        after: 0,
    };
}

/// How the digits of a number stand: runs of digits at most `gap` bytes apart are one
/// group, a group of at least `min` digits in at least `runs` runs is searched, as far
/// around it as `reach`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Digits {
    pub(crate) min: usize,
    pub(crate) runs: usize,
    pub(crate) gap: usize,
    pub(crate) reach: Reach,
}

/// The groups of `digits` (runs, in order) that have the `shape`: the runs of each.
fn digit_groups(digits: &[Span], shape: Digits) -> impl Iterator<Item = &[Span]> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(&(start, mut end)) = digits.get(i) {
            let first = i;
            let mut count = end - start;
            i += 1;
            while let Some(&(s, e)) = digits.get(i).filter(|r| r.0 - end <= shape.gap) {
                count += e - s;
                end = e;
                i += 1;
            }
            if count >= shape.min && i - first >= shape.runs {
                return Some(&digits[first..i]);
            }
        }
        None
    })
}

/// Where a group of digit runs begins and ends.
fn group_span(runs: &[Span]) -> Option<Span> {
    Some((runs.first()?.0, runs.last()?.1))
}

/// The windows of `text` around the groups of `digits` that have the `shape` and for which
/// `keep` holds.
fn digit_windows(
    text: &str,
    digits: &[Span],
    shape: Digits,
    keep: impl Fn(&[Span]) -> bool,
) -> Windows {
    let groups = digit_groups(digits, shape).filter(|runs| keep(runs));
    windows(text, groups.filter_map(group_span), shape.reach)
}

/// Parts of a text to search, in order, apart, each ending at white space or at the end of
/// the text. Found once a detector and searched with each of its patterns.
pub(crate) struct Windows(Vec<Span>);

/// The windows of `text` around `anchors` (in order of start) as far as `reach`, widened to
/// white space and merged where they meet. Each byte is looked at at most once while
/// widening, so that a text without white space costs no more than one pass.
fn windows(text: &str, anchors: impl IntoIterator<Item = Span>, reach: Reach) -> Windows {
    let bytes = text.as_bytes();
    let mut windows: Vec<Span> = Vec::new();
    for (start, end) in anchors {
        let floor = windows.last().map_or(0, |w| w.1);
        let mut from = crate::text::floor_boundary(text, start.saturating_sub(reach.before));
        while from > floor && !bytes[from - 1].is_ascii_whitespace() {
            from -= 1;
        }
        let mut to = crate::text::ceil_boundary(text, end.saturating_add(reach.after));
        if to > floor {
            while to < bytes.len() && !bytes[to].is_ascii_whitespace() {
                to += 1;
            }
        }
        match windows.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => windows.push((from, to)),
        }
    }
    Windows(windows)
}

/// Which of a detector's patterns each of its trigger words is for, so that each pattern is
/// searched only around its own trigger words and not around all of them.
pub(crate) struct TriggerUse {
    /// The trigger words as the text holds them, folded: the patterns that need each, one
    /// bit a pattern.
    patterns_of: FxHashMap<String, u32>,
    patterns: usize,
    /// Every pattern's trigger words, each once, in order.
    words: Vec<&'static str>,
}

impl TriggerUse {
    /// `words[i]` are the trigger words (written as in [`Detector::trigger_words`]) one of
    /// which every match of pattern `i` holds within reach. At most 32 patterns: one bit each.
    pub(crate) fn new(words: &[&[&'static str]]) -> TriggerUse {
        debug_assert!(words.len() <= u32::BITS as usize, "one bit a pattern");
        let mut patterns_of: FxHashMap<String, u32> = FxHashMap::default();
        for (i, words) in words.iter().enumerate() {
            for w in *words {
                *patterns_of.entry(fold(&Fit::parse(w).0)).or_default() |= 1 << i;
            }
        }
        let mut all = words.concat();
        all.sort_unstable();
        all.dedup();
        TriggerUse {
            patterns_of,
            patterns: words.len(),
            words: all,
        }
    }

    /// The trigger words of all the patterns: the detector's
    /// [`Detector::trigger_words`].
    pub(crate) fn words(&self) -> &[&'static str] {
        &self.words
    }

    /// Each pattern's windows, in order: around the trigger words in `scan` that it needs,
    /// as far as `reach`. A trigger word found as part of a longer spelling is searched
    /// around with every pattern.
    pub(crate) fn windows(&self, scan: &Scan<'_>, reach: Reach) -> Vec<Windows> {
        let all = u32::MAX;
        let needed: Vec<u32> = scan
            .triggers
            .iter()
            .map(|&(s, e)| self.patterns_of.get(&scan.folded[s..e]).map_or(all, |&p| p))
            .collect();
        (0..self.patterns)
            .map(|i| {
                let near = scan.triggers.iter().zip(&needed);
                let anchors = near.filter(|(_, p)| *p & 1 << i != 0).map(|(&t, _)| t);
                windows(scan.text, anchors, reach)
            })
            .collect()
    }
}

/// What a search yields: a [`Match`], or the [`Captures`] of one where its groups are
/// wanted (finding the groups costs more).
pub(crate) trait Found<'t>: Sized {
    /// The first match of `re` in `hay` that starts at `at` or later.
    fn first(re: &Regex, hay: &'t str, at: usize) -> Option<Self>;
    /// Where the match is.
    fn span(&self) -> Span;
}

impl<'t> Found<'t> for Match<'t> {
    fn first(re: &Regex, hay: &'t str, at: usize) -> Option<Self> {
        re.find_at(hay, at)
    }

    fn span(&self) -> Span {
        (self.start(), self.end())
    }
}

impl<'t> Found<'t> for Captures<'t> {
    fn first(re: &Regex, hay: &'t str, at: usize) -> Option<Self> {
        re.captures_at(hay, at)
    }

    fn span(&self) -> Span {
        self.get(0).map_or((0, 0), |m| (m.start(), m.end()))
    }
}

impl Windows {
    /// The windows, in order and apart: for a reader other than a regex, which must read
    /// only from a window's start and only as far as its end, as [`Windows::search`] does.
    pub(crate) fn spans(&self) -> &[Span] {
        &self.0
    }

    /// The matches of `re` in `hay` (the text or the folded text, which have the same
    /// offsets) that begin inside a window, searched only there. A window ends at white
    /// space or the end of the text, so `\b` and `\s` read there as in the whole text.
    pub(crate) fn search<'w, 't, F: Found<'t>>(
        &'w self,
        re: &'w Regex,
        hay: &'t str,
    ) -> impl Iterator<Item = F> + use<'w, 't, F> {
        self.0.iter().flat_map(move |&(from, to)| {
            // The text is cut after the window, while the search starts inside it and sees
            // what stands before.
            let hay = &hay[..to];
            let mut at = from;
            std::iter::from_fn(move || {
                let found = F::first(re, hay, at)?;
                let (start, end) = found.span();
                at = if start == end {
                    crate::text::ceil_boundary(hay, end + 1)
                } else {
                    end
                };
                Some(found)
            })
        })
    }
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
    /// Words whose presence makes the detector worth running, in any case and written as in
    /// word lists: `term` a whole word, `term*` where a word starts (most of them: they
    /// are looked for in the one pass over the words), `*term*` anywhere. Where they are
    /// is in [`Scan::triggers`]. None: it always runs (its patterns start with digits or
    /// capitals, which it finds faster itself than a word list could say).
    fn trigger_words(&self) -> &[&'static str] {
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
        let lexed = lex(text);
        let folded = fold_at(text, &lexed.capitals);
        let pass = self.cues.find(&folded, &lexed.words);
        let mut found: Vec<Finding> = Vec::new();
        let mut longest_found = 0;
        for (i, d) in self.detectors.iter().enumerate() {
            let wanted = d.trigger_words().is_empty() && d.trigger_cues().is_empty()
                || !pass.triggers[i].is_empty()
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
                    triggers: &pass.triggers[i],
                    cues: &pass.hits,
                    found: &found,
                    longest_found,
                },
                &mut out,
            );
            if out.is_empty() {
                continue;
            }
            longest_found = longest_found.max(longest(&out));
            // Kept sorted so that later detectors look around a position by binary search.
            merge(&mut found, out);
        }
        found
    }
}

/// The order findings are kept in: by position, then by detector.
fn order(f: &Finding) -> (usize, usize, DetectorId) {
    (f.start, f.end, f.detector)
}

/// Adds `new` to `found` (in [`order`]) and keeps it in order: one merge from the back
/// instead of sorting everything found so far again after each detector. Of two findings
/// in the same place, the one already found comes first.
fn merge(found: &mut Vec<Finding>, mut new: Vec<Finding>) {
    new.sort_by_key(order);
    let mut old = found.len();
    found.extend_from_slice(&new);
    for at in (0..found.len()).rev() {
        let Some(&last) = new.last() else {
            break;
        };
        if old > 0 && order(&found[old - 1]) > order(&last) {
            found[at] = found[old - 1];
            old -= 1;
        } else {
            found[at] = last;
            new.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::category::{Category, InfoClass};

    #[test]
    fn merged_findings_are_in_order_and_the_earlier_first_in_a_tie() {
        let at = |detector, start, end| {
            let category = Category::PersonalData;
            Finding::new(detector, category, InfoClass::K1, start, end, 0.9)
        };
        let (a, b) = (DetectorId::PersonName, DetectorId::Email);
        let mut found = vec![at(a, 0, 4), at(a, 10, 14), at(a, 10, 14), at(a, 30, 34)];
        let new = vec![at(b, 40, 44), at(a, 10, 14), at(b, 2, 3), at(b, 0, 4)];
        let mut expected = [found.clone(), new.clone()].concat();
        expected.sort_by_key(order);
        merge(&mut found, new);
        assert_eq!(found, expected);
        merge(&mut found, Vec::new());
        assert_eq!(found, expected);
    }

    /// Where `w` first stands in `text`.
    fn span_of(text: &str, w: &str) -> Span {
        let at = text.find(w).unwrap_or_default();
        (at, at + w.len())
    }

    fn cut(text: &str, windows: Windows) -> Vec<&str> {
        windows.0.into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    fn digit_windows(text: &str, shape: Digits) -> Vec<&str> {
        let digits = lex(text).digits;
        cut(text, super::digit_windows(text, &digits, shape, |_| true))
    }

    #[test]
    fn digit_windows_hold_whole_numbers_and_merge() {
        let pnr = Digits {
            min: 10,
            runs: 1,
            gap: 5,
            reach: Reach::NONE,
        };
        let text = "Dnr 2024-12, pnr 19810830 – 9132, och 850101-1235x samt 12 34";
        assert_eq!(
            digit_windows(text, pnr),
            ["19810830 – 9132,", "850101-1235x"]
        );
        let near = Digits {
            min: 2,
            runs: 1,
            gap: 1,
            reach: Reach {
                before: 3,
                after: 3,
            },
        };
        assert_eq!(digit_windows("SE45 5000 ab", near), ["SE45 5000 ab"]);
        let four_parts = Digits {
            min: 4,
            runs: 4,
            gap: 1,
            reach: Reach::NONE,
        };
        assert_eq!(
            digit_windows("SFS 2009:400, 1234 och 81.2.69.160.", four_parts),
            ["81.2.69.160."]
        );
    }

    #[test]
    fn windows_widen_to_white_space_and_merge() {
        let text = "a token=sk-abc123 och sk-def sedan\nlång";
        let anchor = |w| span_of(text, w);
        assert_eq!(
            cut(
                text,
                windows(text, [anchor("sk-a"), anchor("sk-d")], Reach::NONE)
            ),
            ["token=sk-abc123", "sk-def"]
        );
        let wide = Reach {
            before: 4,
            after: 6,
        };
        assert_eq!(
            cut(text, windows(text, [anchor("sk-a"), anchor("sk-d")], wide)),
            ["token=sk-abc123 och sk-def sedan"]
        );
        assert_eq!(
            cut(text, windows(text, [anchor("ng")], Reach::NONE)),
            ["lång"],
            "a window ends at the end of the text"
        );
    }

    #[test]
    fn each_pattern_is_searched_around_its_own_trigger_words() {
        let text = "kod 1234 här, sedan url://x och en lång mening, sist portkod: 9";
        let anchor = |w| span_of(text, w);
        // "portkod" stands for a trigger word found inside a longer spelling.
        let triggers = [anchor("kod"), anchor("://"), anchor("portkod")];
        let scan = Scan {
            text,
            folded: text,
            words: &[],
            digits: &[],
            triggers: &triggers,
            cues: &[],
            found: &[],
            longest_found: 0,
        };
        let uses = TriggerUse::new(&[&["*kod*", "code*"], &["*://*"]]);
        let windows = uses.windows(&scan, Reach::NONE);
        let found: Vec<Vec<&str>> = windows.into_iter().map(|w| cut(text, w)).collect();
        assert_eq!(
            found,
            [vec!["kod", "portkod:"], vec!["url://x", "portkod:"]]
        );
    }

    #[test]
    fn windows_in_text_without_white_space_cover_it_once() {
        let text = "12-".repeat(1000);
        let shape = Digits {
            min: 2,
            runs: 1,
            gap: 1,
            reach: Reach::NONE,
        };
        assert_eq!(digit_windows(&text, shape), [text.as_str()]);
    }
}
