//! The compiled-in name lists: first names, surnames, first names that are also ordinary
//! words, people of history and fiction, and the words after a first name that are no
//! surname. What a word is in them is read where it stands in the text, without a copy.

use crate::lexer::Span;
use crate::sieve::keys;
use crate::wordmap::WordMap;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

const FIRST_NAMES: &str = include_str!("../../../data/names/first_names.txt");
const FIRST_NAMES_EXTRA: &str = include_str!("../../../data/names/first_names_extra.txt");
const FIRST_NAMES_ORDINARY: &str =
    include_str!("../../../data/names/first_names_ordinary_words.txt");
const SURNAMES: &str = include_str!("../../../data/names/surnames.txt");
const SURNAMES_EXTRA: &str = include_str!("../../../data/names/surnames_extra.txt");
const FAMOUS: &str = include_str!("../../../data/names/famous.txt");

/// Capitalised words that follow a first name without being a surname ("Maria Kyrka"),
/// and endings of place and organisation names.
const NOT_SURNAMES: &[&str] = &[
    "AB",
    "HB",
    "KB",
    "Kommun",
    "Kommuns",
    "Region",
    "Skola",
    "Skolan",
    "Förskola",
    "Kyrka",
    "Kyrkan",
    "Församling",
    "Stiftelse",
    "Stiftelsen",
    "Sjukhus",
    "Sjukhuset",
    "Park",
    "Parken",
    "Street",
    "Road",
    "Church",
    "Hospital",
    "School",
    "University",
    "College",
    "Municipality",
    "Council",
    "Airport",
    "Station",
    "Foundation",
    "Institute",
    "Center",
    "Centre",
    "Hall",
];
const NOT_SURNAME_ENDINGS: &[&str] = &[
    "skolan",
    "kommun",
    "huset",
    "gården",
    "förvaltningen",
    "nämnden",
    "enheten",
    "avdelningen",
    "verket",
    "gatan",
    "vägen",
    "kyrkan",
    "sjukhuset",
    "stiftelsen",
    "fonden",
    "parken",
    "torget",
    "platsen",
    "hallen",
    "badet",
    "biblioteket",
    "centrum",
    "myndigheten",
    "rådet",
];

/// The compiled-in name lists.
pub(crate) struct Lexicon {
    /// First names, surnames and first names that are ordinary words, in one map so that
    /// each word is looked up once.
    names: WordMap<Kind>,
    first_folded: HashSet<String>,
    /// People of history and characters of fiction: no one living.
    famous: HashSet<&'static str>,
}

/// What a word is in the name lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Kind {
    pub(super) first: bool,
    pub(super) surname: bool,
    /// A first name that is also an ordinary word ("Per", "Bo").
    pub(super) ordinary: bool,
}

impl Kind {
    pub(super) fn known(self) -> bool {
        self.first || self.surname
    }

    pub(super) fn plain_first(self) -> bool {
        self.first && !self.ordinary
    }
}

/// Whether `word` ends with one of `endings`.
fn has_ending(word: &str, endings: &[&str]) -> bool {
    endings.iter().any(|e| word.ends_with(e))
}

/// The part of a hyphenated word before its first hyphen.
fn before_hyphen(word: &str) -> Option<&str> {
    // A name is a few bytes long: a plain loop, where memchr would cost a call and its setup.
    let at = word.bytes().position(|b| b == b'-')?;
    Some(&word[..at])
}

fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    /// The lists, parsed on first use.
    pub(crate) fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            let first: Vec<&str> = entries(FIRST_NAMES)
                .chain(entries(FIRST_NAMES_EXTRA))
                .collect();
            let mut names: HashMap<&str, Kind> = HashMap::default();
            for &n in &first {
                names.entry(n).or_default().first = true;
            }
            for n in entries(FIRST_NAMES_ORDINARY) {
                names.entry(n).or_default().ordinary = true;
            }
            for n in entries(SURNAMES).chain(entries(SURNAMES_EXTRA)) {
                names.entry(n).or_default().surname = true;
            }
            Lexicon {
                first_folded: first.iter().map(|n| n.to_lowercase()).collect(),
                famous: entries(FAMOUS).collect(),
                names: WordMap::new(names.into_iter().map(|(n, kind)| (Box::from(n), kind))),
            }
        })
    }

    /// What `word` is: a first name (or a hyphenated one that starts with one), a surname
    /// (or one whose every part is), an ordinary word.
    pub(super) fn kind(&self, word: &str) -> Kind {
        let of = |w: &str| self.names.get_word(w).copied().unwrap_or_default();
        let whole = of(word);
        let Some(head) = before_hyphen(word) else {
            return whole;
        };
        Kind {
            first: whole.first || of(head).first,
            surname: whole.surname || word.split('-').all(|p| of(p).surname),
            ordinary: whole.ordinary,
        }
    }

    /// [`Lexicon::kind`] of the word `span` of `text`, which has no hyphen, read where it
    /// stands so that its keys are read without a copy.
    pub(super) fn kind_in(&self, text: &str, span: Span) -> Kind {
        let keys = keys(text.as_bytes(), span);
        self.names
            .get(text, span, &keys)
            .copied()
            .unwrap_or_default()
    }

    /// Whether `word`, as written, is a first name that is not also an ordinary word
    /// ("Kalle", "Fatima"; not "Per" or "Björn").
    pub(crate) fn is_plain_first_name(&self, word: &str) -> bool {
        self.names.get_word(word).is_some_and(|k| k.plain_first())
    }

    /// Whether `name`, as written or in the genitive ("Olof Palmes"), is someone of history
    /// or fiction.
    pub(super) fn is_famous(&self, name: &str) -> bool {
        // Each is two words or more: most names found are one.
        name.contains(' ')
            && (self.famous.contains(name)
                || name
                    .strip_suffix('s')
                    .is_some_and(|n| self.famous.contains(n)))
    }

    /// Whether a lower-case word is a first name (for e-mail local parts).
    pub(crate) fn is_first_name_folded(&self, word: &str) -> bool {
        self.first_folded.contains(word)
    }

    /// Any capitalised word that is not a first name that is also an ordinary word, nor a
    /// place or organisation word, can be the surname after a first name.
    pub(super) fn is_surname_like(word: &str, kind: Kind) -> bool {
        kind.surname
            || (word.chars().count() >= 2
                && !kind.ordinary
                && !NOT_SURNAMES.contains(&word)
                && !has_ending(&word.to_lowercase(), NOT_SURNAME_ENDINGS))
    }

    /// How sure we are that `a b` is a person's name, if at all.
    pub(super) fn pair(a: Kind, (b, b_kind): (&str, Kind)) -> Option<f32> {
        // Two first names ("Maria Magdalena", "Anna Maria") are a name only when a surname
        // follows; the next pair finds that.
        if b_kind.first && !b_kind.surname && !a.surname {
            return None;
        }
        if a.plain_first() && b_kind.surname {
            Some(0.95)
        } else if (a.plain_first() && Lexicon::is_surname_like(b, b_kind))
            || (a.first && b_kind.surname)
        {
            Some(0.85)
        } else if a.surname && b_kind.plain_first() {
            Some(0.8)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detectors::names::tests::names;

    #[test]
    fn no_one_famous_is_a_name() {
        for name in entries(FAMOUS) {
            for text in [
                format!("Skriv en text om {name} till utställningen."),
                format!("Vad vet vi om {name}s barndom?"),
            ] {
                assert_eq!(names(&text), Vec::<&str>::new(), "{text}");
            }
        }
    }

    #[test]
    fn every_name_is_found_where_it_stands() {
        let lex = Lexicon::get();
        let read = |word: &str| lex.kind_in(&format!("Hej {word}, sa hon."), (4, 4 + word.len()));
        let lists = [
            FIRST_NAMES,
            FIRST_NAMES_EXTRA,
            FIRST_NAMES_ORDINARY,
            SURNAMES,
            SURNAMES_EXTRA,
        ];
        for name in lists.into_iter().flat_map(entries) {
            assert_eq!(read(name), lex.kind(name), "{name}");
            assert_ne!(read(name), Kind::default(), "{name}");
        }
        assert_eq!(read("Kommunen"), Kind::default());
        assert!(lex.kind("Anna-Karin").first);
        assert!(lex.kind("Lindh-Berg").surname);
    }
}
