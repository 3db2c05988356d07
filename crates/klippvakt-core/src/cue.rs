//! Cue words: the context words detectors look for around a candidate (personnummer,
//! faktura, växel, patienten, diagnos, …), and trigger words: those that make a detector
//! worth running and say where to look (lösenord, sekretess, ©). All of them are found in
//! one pass over the words of the text and two small Aho-Corasick passes for those found
//! inside words; detectors then ask for the hits they care about.

use crate::lexer::Span;
use crate::sieve::{keys, prefix_lengths, Sieve, PREFIX_KEY_BYTES};
use crate::text::{fold, is_word_char, next_char, prev_char};
use crate::wordmap::WordMap;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};
use rustc_hash::FxHashMap;

/// The kinds of cue word. Each detector module declares the words of the kinds it uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cue {
    /// "personnummer", "pnr", "född": a number here is an identity number.
    IdentityContext,
    /// "faktura", "OCR", "ordernr": a bare number here is not an identity number.
    NotIdentityContext,
    /// "växel", "kontaktcenter": a phone number here belongs to an organisation.
    Switchboard,
    /// "mobil", "direkt", "privat": a phone number here belongs to a person.
    PersonalLine,
    /// "lgh", "bor på", "hemadress": an address here is a home.
    Residence,
    /// "Hej", "kollega", "sökande": the next capitalised word is a person's name.
    NameIntro,
    /// "ringde", "fråga": a first name right after one is someone ("Jag ringde Karin").
    PersonVerb,
    /// "patienten", "brukaren", "hon": the sentence is about one individual.
    PersonWord,
    /// "medarbetaren", "arbetstagaren": someone at work, or anyone in guidance.
    RoleWord,
    /// Words of statute and guidance language ("den enskilde", "§", "han eller hon"): a
    /// sentence with one speaks of people in general.
    GeneralLanguage,
    /// A health, social-services or other GDPR art. 9/10 term.
    Sensitive,
    /// A medicine name from the FASS list.
    Medicine,
    /// "skyddad identitet", "sekretessmarkering i folkbokföringen".
    ProtectedIdentity,
}

impl Cue {
    /// How many kinds there are (the last kind's number and one).
    const KINDS: usize = Cue::ProtectedIdentity as usize + 1;
}

/// How a cue word may sit in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    /// A whole word.
    Word,
    /// The start of a word ("missbruk" in "missbruket").
    Prefix,
    /// Anywhere inside a word ("missbruk" in "alkoholmissbruket").
    Infix,
}

impl Fit {
    /// Reads how a word-list entry fits: `term` is a whole word, `term*` a prefix and
    /// `*term*` an infix. The term is lower-cased.
    pub(crate) fn parse(line: &str) -> (String, Fit) {
        let (word, fit) = if let Some(w) = line.strip_prefix('*') {
            (w.trim_end_matches('*'), Fit::Infix)
        } else if let Some(w) = line.strip_suffix('*') {
            (w, Fit::Prefix)
        } else {
            (line, Fit::Word)
        };
        (word.to_lowercase(), fit)
    }
}

/// One cue word list entry.
#[derive(Debug, Clone)]
pub(crate) struct CueWord {
    pub(crate) word: String,
    pub(crate) cue: Cue,
    pub(crate) fit: Fit,
}

impl CueWord {
    /// Parses one word-list line (see [`Fit::parse`]).
    pub(crate) fn parse(line: &str, cue: Cue) -> CueWord {
        let (word, fit) = Fit::parse(line);
        CueWord { word, cue, fit }
    }

    /// Every entry of a word-list file: one per line, `#` starts a comment line.
    pub(crate) fn list(file: &str, cue: Cue) -> impl Iterator<Item = CueWord> + '_ {
        file.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(move |l| CueWord::parse(l, cue))
    }

    /// Entries for a fixed list of whole words or `*` forms.
    pub(crate) fn words<'a>(words: &'a [&'a str], cue: Cue) -> impl Iterator<Item = CueWord> + 'a {
        words.iter().map(move |w| CueWord::parse(w, cue))
    }
}

/// One cue word found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueHit {
    pub(crate) cue: Cue,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// What a cue or trigger word stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meaning {
    Cue(Cue),
    /// A trigger word of the detector with this index.
    Trigger(usize),
}

/// What one searched-for spelling stands for, and how it must fit in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    meaning: Meaning,
    fit: Fit,
}

/// Patterns shorter than this ("@", ":", "§") are found with `memmem` instead of by an
/// automaton: there they would make its vectorised (Teddy) search try nearly every byte.
const SHORT: usize = 3;

/// Patterns in one automaton at most. Teddy, the vectorised search, slows down with many
/// patterns (it tries more false candidates): groups of 16 of about the same length were
/// measured four times as fast as one automaton of 59 trigger words. An automaton of only a
/// few patterns is slow too (it is given another prefilter: three patterns took twenty
/// times as long as sixteen), so the patterns are shared out evenly among as few automata
/// as hold them. Most trigger words are only looked for where a word starts, in the word
/// pass, so that few are left here.
const GROUP: usize = 16;

/// Spellings searched for in the whole text, each standing for one or more [`Entry`]:
/// Aho-Corasick automata of at most [`GROUP`] patterns each, shared out evenly, and
/// `memmem` for the shortest. Every
/// occurrence is found, overlapping ones too; where spellings of one automaton start at the
/// same byte only the longest is reported, so a trigger word found anywhere inside a longer
/// spelling is listed with the longer one too, and is never hidden.
#[derive(Debug)]
struct Patterns {
    groups: Vec<AhoCorasick>,
    /// Patterns in each automaton but the last.
    size: usize,
    short: Vec<memchr::memmem::Finder<'static>>,
    /// For each pattern, the groups' in order and then the short ones: what it stands for.
    entries: Vec<Vec<Entry>>,
}

impl Patterns {
    fn new(spellings: Vec<(String, Entry)>) -> Result<Patterns, aho_corasick::BuildError> {
        let mut distinct: Vec<(String, Vec<Entry>)> = Vec::new();
        for (spelling, entry) in &spellings {
            match distinct.iter_mut().find(|(s, _)| s == spelling) {
                Some((_, entries)) if entries.contains(entry) => {}
                Some((_, entries)) => entries.push(*entry),
                None => distinct.push((spelling.clone(), vec![*entry])),
            }
        }
        for (spelling, entries) in &mut distinct {
            for (inner, entry) in &spellings {
                let trigger = matches!(entry.meaning, Meaning::Trigger(_));
                let anywhere = trigger && entry.fit == Fit::Infix;
                if anywhere && spelling.contains(inner.as_str()) && !entries.contains(entry) {
                    entries.push(*entry);
                }
            }
        }
        distinct.sort_by_key(|(s, _)| s.len());
        let (long, short): (Vec<_>, Vec<_>) =
            distinct.into_iter().partition(|(s, _)| s.len() >= SHORT);
        // As many automata as groups of GROUP need, with the patterns shared out evenly.
        let size = long
            .len()
            .div_ceil(long.len().div_ceil(GROUP).max(1))
            .max(1);
        let groups = long
            .chunks(size)
            .map(|group| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(group.iter().map(|(s, _)| s))
            })
            .collect::<Result<_, _>>()?;
        let finders = short
            .iter()
            .map(|(s, _)| memchr::memmem::Finder::new(s.as_bytes()).into_owned())
            .collect();
        Ok(Patterns {
            groups,
            size,
            short: finders,
            entries: long.into_iter().chain(short).map(|(_, e)| e).collect(),
        })
    }

    /// Every occurrence in `folded`, overlapping ones too (where spellings of one automaton
    /// start at the same byte, the longest): what it stands for, its start and its end.
    fn find<'p>(
        &'p self,
        folded: &'p str,
    ) -> impl Iterator<Item = (&'p [Entry], usize, usize)> + 'p {
        let long = self
            .groups
            .iter()
            .enumerate()
            .flat_map(move |(g, automaton)| {
                let mut at = 0;
                std::iter::from_fn(move || {
                    let input = Input::new(folded).range(at..);
                    let m = automaton.find(input)?;
                    at = m.start() + 1;
                    Some((g * self.size + m.pattern().as_usize(), m.start(), m.end()))
                })
            });
        let first_short = self
            .groups
            .iter()
            .map(AhoCorasick::patterns_len)
            .sum::<usize>();
        let short = self.short.iter().enumerate().flat_map(move |(k, finder)| {
            let len = finder.needle().len();
            finder
                .find_iter(folded.as_bytes())
                .map(move |at| (first_short + k, at, at + len))
        });
        long.chain(short)
            .map(|(pattern, start, end)| (self.entries[pattern].as_slice(), start, end))
    }
}

/// What one pass over a text found: cue hits in order of start, and for each detector
/// where its trigger words occur, in order of start.
#[derive(Debug)]
pub(crate) struct CuePass {
    pub(crate) hits: Vec<CueHit>,
    pub(crate) triggers: Vec<Vec<Span>>,
}

/// A cue or trigger word that is longer than a whole word: a phrase that starts with a
/// word ("han eller hon", "lag (*", "ghp_*") or a prefix ("missbruk*").
#[derive(Debug)]
struct Longer {
    spelling: String,
    entry: Entry,
}

/// What a word of the text may be or begin.
#[derive(Debug, Default)]
struct Head {
    /// What the word itself stands for.
    meanings: Vec<Meaning>,
    /// The phrases that start with the word.
    phrases: Vec<Longer>,
}

/// All cue words and trigger words, compiled once. Most are looked up word by word among
/// the words of the folded text (see [`crate::text::fold`] and [`crate::lexer`]), so that
/// case is ignored for å, ä and ö too; the rest (words found inside other words, and those
/// that start with something other than a letter or digit) are [`Patterns`].
#[derive(Debug)]
pub(crate) struct CueSet {
    /// Whole words and the first words of phrases.
    heads: WordMap<Head>,
    /// Prefixes (all of [`PREFIX_KEY_BYTES`] or more), by their prefix [`keys`].
    prefixes: FxHashMap<u64, Vec<Longer>>,
    /// The prefix keys and lengths of the words that can start with a prefix.
    prefix_keys: Sieve,
    /// Cue words searched for in the whole text.
    inside: Patterns,
    /// Trigger words searched for in the whole text.
    triggers: Patterns,
    detectors: usize,
}

impl CueSet {
    /// Compiles the cue words and, for each detector in order, its trigger words (written
    /// as in word lists, see [`Fit::parse`]).
    pub(crate) fn new(
        words: impl IntoIterator<Item = CueWord>,
        triggers: &[&[&str]],
    ) -> Result<CueSet, aho_corasick::BuildError> {
        let mut lists = Lists::default();
        for w in words {
            let meaning = Meaning::Cue(w.cue);
            lists.add(
                fold(&w.word),
                Entry {
                    meaning,
                    fit: w.fit,
                },
            );
        }
        for (d, words) in triggers.iter().enumerate() {
            for w in *words {
                let (word, fit) = Fit::parse(w);
                let meaning = Meaning::Trigger(d);
                lists.add(fold(&word), Entry { meaning, fit });
            }
        }
        let Lists {
            heads,
            prefixes,
            inside,
            triggers: searched_triggers,
        } = lists;
        let prefix_keys: Vec<u64> = prefixes
            .iter()
            .flat_map(|(&key, longer)| longer.iter().map(move |l| (key, l.spelling.len())))
            .flat_map(|(key, len)| prefix_lengths(key, len))
            .collect();
        Ok(CueSet {
            heads: WordMap::new(heads),
            prefix_keys: Sieve::of(prefix_keys.into_iter()),
            prefixes,
            inside: Patterns::new(inside)?,
            triggers: Patterns::new(searched_triggers)?,
            detectors: triggers.len(),
        })
    }

    /// Every cue hit in `folded` (the folded text, whose words are `words`), in order of
    /// start, and where each detector's trigger words are. Where cue words overlap, the longest
    /// leftmost one is taken ("telefonnummer" rather than "telefon", "han eller hon" rather
    /// than "han").
    pub(crate) fn find(&self, folded: &str, words: &[Span]) -> CuePass {
        let mut pass = CuePass {
            hits: Vec::new(),
            triggers: vec![Vec::new(); self.detectors],
        };
        let bytes = folded.as_bytes();
        for &(start, end) in words {
            let keys = keys(bytes, (start, end));
            if let Some(head) = self.heads.get(folded, (start, end), &keys) {
                for &meaning in &head.meanings {
                    pass.record(meaning, start, end);
                }
                pass.record_longer(folded, start, &head.phrases);
            }
            if self.prefix_keys.may_hold(keys.prefix_and_length) {
                if let Some(prefixes) = self.prefixes.get(&keys.prefix) {
                    pass.record_longer(folded, start, prefixes);
                }
            }
        }
        for (entries, start, end) in self.inside.find(folded).chain(self.triggers.find(folded)) {
            for entry in entries.iter().filter(|e| e.fits(folded, start, end)) {
                pass.record(entry.meaning, start, end);
            }
        }
        pass.hits = leftmost_longest(std::mem::take(&mut pass.hits));
        for spans in &mut pass.triggers {
            spans.sort_unstable();
        }
        pass
    }
}

/// The cue and trigger words sorted by how they are found, while a [`CueSet`] is built.
#[derive(Default)]
struct Lists {
    heads: FxHashMap<Box<str>, Head>,
    prefixes: FxHashMap<u64, Vec<Longer>>,
    /// Cue words searched for in the whole text.
    inside: Vec<(String, Entry)>,
    /// Trigger words searched for in the whole text.
    triggers: Vec<(String, Entry)>,
}

impl Lists {
    /// Adds a folded spelling: whole words and phrases go with the word they start with,
    /// prefixes by their key; infixes, what starts with something other than a word, and
    /// prefixes too short for a key are searched for in the whole text.
    fn add(&mut self, spelling: String, entry: Entry) {
        let lead = spelling
            .find(|c| !is_word_char(c))
            .unwrap_or(spelling.len());
        let whole = lead == spelling.len();
        let prefix = whole && entry.fit == Fit::Prefix;
        if entry.fit == Fit::Infix || lead == 0 || (prefix && lead < PREFIX_KEY_BYTES) {
            let searched = match entry.meaning {
                Meaning::Cue(_) => &mut self.inside,
                Meaning::Trigger(_) => &mut self.triggers,
            };
            searched.push((spelling, entry));
        } else if prefix {
            let key = keys(spelling.as_bytes(), (0, lead)).prefix;
            let longer = Longer { spelling, entry };
            self.prefixes.entry(key).or_default().push(longer);
        } else {
            let head = self.heads.entry(spelling[..lead].into()).or_default();
            if !whole {
                head.phrases.push(Longer { spelling, entry });
            } else if !head.meanings.contains(&entry.meaning) {
                head.meanings.push(entry.meaning);
            }
        }
    }
}

impl Entry {
    /// Whether the spelling found at `start..end` of `folded` fits there as it must.
    fn fits(self, folded: &str, start: usize, end: usize) -> bool {
        let starts_word = || !prev_char(folded, start).is_some_and(is_word_char);
        match self.fit {
            Fit::Word => starts_word() && ends_word(folded, end),
            Fit::Prefix => starts_word(),
            Fit::Infix => true,
        }
    }
}

impl CuePass {
    fn record(&mut self, meaning: Meaning, start: usize, end: usize) {
        match meaning {
            Meaning::Cue(cue) => self.hits.push(CueHit { cue, start, end }),
            Meaning::Trigger(d) => self.triggers[d].push((start, end)),
        }
    }

    /// Records the phrases or prefixes `candidates` that the word at `start` begins with.
    fn record_longer(&mut self, folded: &str, start: usize, candidates: &[Longer]) {
        for c in candidates {
            let end = start + c.spelling.len();
            if folded.as_bytes()[start..].starts_with(c.spelling.as_bytes())
                && c.entry.fits(folded, start, end)
            {
                self.record(c.entry.meaning, start, end);
            }
        }
    }
}

/// Whether no letter or digit follows byte `i`.
fn ends_word(text: &str, i: usize) -> bool {
    !next_char(text, i).is_some_and(is_word_char)
}

/// The hits, in order of start, less those that overlap a longer or earlier hit of their
/// own kind ("telefonnummer" rather than "telefon") or of general language, which hides
/// every kind ("han eller hon" rather than "han"). A longer cue of another kind hides
/// nothing: "min patient" is a person word and leaves the "patient" inside it, which
/// introduces a name ("min patient Karin"). Hits on the same span are all kept
/// ("patienten" is both a name introduction and a person word).
fn leftmost_longest(mut hits: Vec<CueHit>) -> Vec<CueHit> {
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    // For each kind, the end of the last hit of that kind kept.
    let mut reach = [0usize; Cue::KINDS];
    // The span of the general-language hit kept that reaches furthest.
    let mut general = (0, 0);
    let mut kept: Vec<CueHit> = Vec::with_capacity(hits.len());
    for h in hits {
        let span = (h.start, h.end);
        let own = h.start >= reach[h.cue as usize];
        let hidden = h.start < general.1 && span != general;
        if own && !hidden {
            reach[h.cue as usize] = h.end;
            if h.cue == Cue::GeneralLanguage {
                general = span;
            }
            kept.push(h);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> CueSet {
        CueSet::new(
            CueWord::words(
                &["vård", "missbruk*", "*diagnos*", "ångest"],
                Cue::Sensitive,
            )
            .chain(CueWord::words(
                &["pnr", "personnummer"],
                Cue::IdentityContext,
            )),
            &[&["*nummer*"], &["*kod*"]],
        )
        .unwrap()
    }

    fn pass_of(set: &CueSet, text: &str) -> CuePass {
        set.find(&fold(text), &crate::lexer::lex(text).words)
    }

    fn pass(text: &str) -> CuePass {
        pass_of(&set(), text)
    }

    fn found(text: &str) -> Vec<&str> {
        pass(text)
            .hits
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect()
    }

    #[test]
    fn whole_words_only_match_whole_words() {
        assert_eq!(found("lokalvårdare och vård"), ["vård"]);
    }

    #[test]
    fn prefixes_and_infixes() {
        assert_eq!(found("Missbruket, alkoholmissbruk"), ["Missbruk"]);
        assert_eq!(found("Huvuddiagnosen"), ["diagnos"]);
    }

    #[test]
    fn case_is_ignored_for_swedish_letters_too() {
        assert_eq!(
            found("ÅNGEST Ångest ångest PNR"),
            ["ÅNGEST", "Ångest", "ångest", "PNR"]
        );
    }

    #[test]
    fn a_longer_phrase_hides_the_words_inside_it() {
        let set = CueSet::new(
            CueWord::words(&["han", "hon"], Cue::PersonWord).chain(CueWord::words(
                &["han eller hon", "lag (*", "*§*"],
                Cue::GeneralLanguage,
            )),
            &[&["*@*"]],
        )
        .unwrap();
        let text = "Om han eller hon enligt Lag (2013:406) 3 § vill. Han ringde a@b.se";
        let pass = pass_of(&set, text);
        let hits: Vec<&str> = pass.hits.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(hits, ["han eller hon", "Lag (", "§", "Han"]);
        let at = text.find('@').unwrap_or_default();
        assert_eq!(
            pass.triggers,
            [[(at, at + 1)]],
            "a one-byte trigger word is found too"
        );
    }

    #[test]
    fn a_longer_phrase_of_another_kind_hides_nothing() {
        let set = CueSet::new(
            CueWord::words(&["patient", "hon"], Cue::NameIntro)
                .chain(CueWord::words(&["min patient", "hon"], Cue::PersonWord))
                .chain(CueWord::words(&["patient"], Cue::IdentityContext))
                .chain(CueWord::words(&["min patient har"], Cue::PersonWord))
                .chain(CueWord::words(&["hon eller han"], Cue::GeneralLanguage)),
            &[],
        )
        .unwrap();
        let text = "Min patient har ont, hon eller han";
        let hits: Vec<(Cue, &str)> = pass_of(&set, text)
            .hits
            .iter()
            .map(|h| (h.cue, &text[h.start..h.end]))
            .collect();
        assert_eq!(
            hits,
            [
                (Cue::PersonWord, "Min patient har"),
                (Cue::NameIntro, "patient"),
                (Cue::IdentityContext, "patient"),
                (Cue::GeneralLanguage, "hon eller han"),
            ]
        );
    }

    fn triggered(text: &str) -> Vec<Vec<&str>> {
        pass(text)
            .triggers
            .iter()
            .map(|spans| spans.iter().map(|&(s, e)| &text[s..e]).collect())
            .collect()
    }

    #[test]
    fn triggers_inside_longer_words_are_not_hidden() {
        assert_eq!(triggered("Personnummer saknas"), [vec!["nummer"], vec![]]);
        assert_eq!(triggered("portkod"), [vec![], vec!["kod"]]);
        assert_eq!(triggered("inget här"), [Vec::<&str>::new(), vec![]]);
    }

    #[test]
    fn trigger_words_fit_as_written() {
        let words: &[&str] = &["pass*", "dob", "sk-*", "*kod*", "eyj*"];
        let set = CueSet::new(Vec::new(), &[words]).unwrap();
        let text =
            "Passnummer, anpassad, DOB: 1990, dobbel, sk-proj-x, risk-x, portkod, eyJhb, heyJ";
        let spans = &pass_of(&set, text).triggers[0];
        let found: Vec<&str> = spans.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["Pass", "DOB", "sk-", "kod", "eyJ"]);
    }

    #[test]
    fn overlapping_trigger_words_are_all_found() {
        let set = CueSet::new(Vec::new(), &[&["*kodnu*"], &["*nummer*"], &["*numme*"]]).unwrap();
        let text = "Kodnummer och KODNUMMER";
        let spans = pass_of(&set, text).triggers;
        // "numme" is reported with the longer word that holds it.
        let nummer = vec![(3, 9), (17, 23)];
        assert_eq!(spans, [vec![(0, 5), (14, 19)], nummer.clone(), nummer]);
    }
}
