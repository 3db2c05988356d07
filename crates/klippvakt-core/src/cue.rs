//! Cue words: the context words detectors look for around a candidate (personnummer,
//! faktura, växel, patienten, diagnos, …). All cues of all detectors are found in one
//! Aho-Corasick pass over the text; detectors then ask for the hits they care about.

use crate::text::{is_word_char, next_char, prev_char};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

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
    /// "patienten", "brukaren", "hon": the sentence is about one individual.
    PersonWord,
    /// A health, social-services or other GDPR art. 9/10 term.
    Sensitive,
    /// A medicine name from the FASS list.
    Medicine,
    /// "skyddad identitet", "sekretessmarkering i folkbokföringen".
    ProtectedIdentity,
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

/// One cue word list entry. In word-list files, `term*` is a prefix and `*term*` an infix.
#[derive(Debug, Clone)]
pub(crate) struct CueWord {
    pub(crate) word: String,
    pub(crate) cue: Cue,
    pub(crate) fit: Fit,
}

impl CueWord {
    /// Parses one word-list line (`term`, `term*` or `*term*`).
    pub(crate) fn parse(line: &str, cue: Cue) -> CueWord {
        let (word, fit) = if let Some(w) = line.strip_prefix('*') {
            (w.trim_end_matches('*'), Fit::Infix)
        } else if let Some(w) = line.strip_suffix('*') {
            (w, Fit::Prefix)
        } else {
            (line, Fit::Word)
        };
        CueWord {
            word: word.to_lowercase(),
            cue,
            fit,
        }
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

/// All cue words, compiled once into one automaton.
#[derive(Debug)]
pub(crate) struct CueSet {
    automaton: AhoCorasick,
    /// For each automaton pattern (a distinct spelling): every cue it stands for and how
    /// each must fit ("patienten" is both a name introduction and a person word).
    entries: Vec<Vec<(Cue, Fit)>>,
}

impl CueSet {
    /// Compiles the words. Case is ignored for ASCII letters by the automaton; for words
    /// with å, ä, ö or other letters the upper-case and capitalised spellings are added.
    pub(crate) fn new(
        words: impl IntoIterator<Item = CueWord>,
    ) -> Result<CueSet, aho_corasick::BuildError> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<(Cue, Fit)>> = Vec::new();
        for w in words {
            let mut spellings = vec![w.word.clone()];
            if !w.word.is_ascii() {
                spellings.extend([w.word.to_uppercase(), capitalise(&w.word)]);
            }
            spellings.sort();
            spellings.dedup();
            for s in spellings {
                let i = *index.entry(s.clone()).or_insert_with(|| {
                    patterns.push(s);
                    entries.push(Vec::new());
                    patterns.len() - 1
                });
                if !entries[i].contains(&(w.cue, w.fit)) {
                    entries[i].push((w.cue, w.fit));
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)?;
        Ok(CueSet { automaton, entries })
    }

    /// Every cue hit in `text`, in order of start. Where cue words overlap, the longest
    /// leftmost one is taken ("telefonnummer" rather than "telefon").
    pub(crate) fn find(&self, text: &str) -> Vec<CueHit> {
        let mut hits = Vec::new();
        for m in self.automaton.find_iter(text) {
            let starts_word = !prev_char(text, m.start()).is_some_and(is_word_char);
            let ends_word = !next_char(text, m.end()).is_some_and(is_word_char);
            for &(cue, fit) in &self.entries[m.pattern().as_usize()] {
                let fits = match fit {
                    Fit::Word => starts_word && ends_word,
                    Fit::Prefix => starts_word,
                    Fit::Infix => true,
                };
                if fits {
                    hits.push(CueHit {
                        cue,
                        start: m.start(),
                        end: m.end(),
                    });
                }
            }
        }
        hits
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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
            .chain(CueWord::words(&["pnr"], Cue::IdentityContext)),
        )
        .unwrap()
    }

    fn found(text: &str) -> Vec<&str> {
        set()
            .find(text)
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
}
