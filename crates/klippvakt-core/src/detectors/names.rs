//! Names of people: a compiled-in dictionary of first names and surnames (the most common in
//! Sweden plus common names of immigrant origin) read together with context. A first name
//! followed by a surname-like word is a name; a first name that is also an ordinary word
//! ("Per", "Bo", "Björn") needs a known surname; a lone name needs a cue before it
//! ("Hej Birgitta", "Klient: Rolf").

use crate::category::{Category, InfoClass};
use crate::cue::{Cue, CueWord};
use crate::finding::{DetectorId, Finding};
use crate::lexer::Span;
use crate::registry::{Detector, Scan};
use crate::text::before;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

const FIRST_NAMES: &str = include_str!("../../data/names/first_names.txt");
const FIRST_NAMES_EXTRA: &str = include_str!("../../data/names/first_names_extra.txt");
const FIRST_NAMES_ORDINARY: &str = include_str!("../../data/names/first_names_ordinary_words.txt");
const SURNAMES: &str = include_str!("../../data/names/surnames.txt");
const SURNAMES_EXTRA: &str = include_str!("../../data/names/surnames_extra.txt");

/// Words that join parts of one name ("Nguyen Van Minh", "Ludwig van Beethoven").
const PARTICLES: &[&str] = &[
    "Van", "Thi", "Von", "De", "Af", "Al", "El", "Bin", "Le", "Da", "Di", "Du",
];

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

/// Words after which a single capitalised name is a person ("Hej Birgitta").
const NAME_INTROS: &[&str] = &[
    "hej",
    "hejsan",
    "hallå",
    "hi",
    "hello",
    "dear",
    "kära",
    "bästa",
    "kontakt",
    "kontaktperson",
    "handläggare",
    "handläggaren",
    "sökande",
    "sökanden",
    "klient",
    "klienten",
    "patient",
    "patienten",
    "brukare",
    "brukaren",
    "elev",
    "eleven",
    "kollega",
    "kollegan",
    "medarbetare",
    "medarbetaren",
    "mr",
    "mrs",
    "ms",
    "dr",
    "herr",
    "fru",
    "prof",
    "mamma",
    "pappa",
    "mamman",
    "pappan",
    "sonen",
    "dottern",
    "anmälare",
    "anmäld",
    "vårdnadshavare",
    "ordförande",
    "sekreterare",
    "justerare",
    "heter",
    "mvh",
    "hälsningar",
    "namn",
    "name",
    "signed",
    "intervju med",
];

/// Titles: after one of these, any capitalised word is a surname ("Mr Johnson").
const TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "herr", "fru", "prof"];

/// What stands before a lone capitalised word.
enum Intro {
    /// A title.
    Title,
    /// A greeting, a role or a label.
    Other,
}

/// The compiled-in name lists.
pub(crate) struct Lexicon {
    first: HashSet<&'static str>,
    first_folded: HashSet<String>,
    ordinary: HashSet<&'static str>,
    surnames: HashSet<&'static str>,
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
            let first: HashSet<&str> = entries(FIRST_NAMES)
                .chain(entries(FIRST_NAMES_EXTRA))
                .collect();
            Lexicon {
                first_folded: first.iter().map(|n| n.to_lowercase()).collect(),
                first,
                ordinary: entries(FIRST_NAMES_ORDINARY).collect(),
                surnames: entries(SURNAMES).chain(entries(SURNAMES_EXTRA)).collect(),
            }
        })
    }

    fn is_first(&self, word: &str) -> bool {
        self.first.contains(word)
            || word
                .split_once('-')
                .is_some_and(|(a, _)| self.first.contains(a))
    }

    /// Whether a lower-case word is a first name (for e-mail local parts).
    pub(crate) fn is_first_name_folded(&self, word: &str) -> bool {
        self.first_folded.contains(word)
    }

    fn is_plain_first(&self, word: &str) -> bool {
        self.is_first(word) && !self.ordinary.contains(word)
    }

    fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains(word) || word.split('-').all(|p| self.surnames.contains(p))
    }

    /// Any capitalised word that is not a first name that is also an ordinary word, nor a
    /// place or organisation word, can be the surname after a first name.
    fn is_surname_like(&self, word: &str) -> bool {
        self.is_surname(word)
            || (word.chars().count() >= 2
                && !self.ordinary.contains(word)
                && !NOT_SURNAMES.contains(&word)
                && !NOT_SURNAME_ENDINGS
                    .iter()
                    .any(|e| word.to_lowercase().ends_with(e)))
    }

    /// How sure we are that `a b` is a person's name, if at all.
    fn pair(&self, a: &str, b: &str) -> Option<f32> {
        // Two first names ("Maria Magdalena", "Anna Maria") are a name only when a surname
        // follows; the next pair finds that.
        if self.is_first(b) && !self.is_surname(b) && !self.is_surname(a) {
            return None;
        }
        let plain_first = self.is_plain_first(a);
        if plain_first && self.is_surname(b) {
            Some(0.95)
        } else if (plain_first && self.is_surname_like(b))
            || (self.is_first(a) && self.is_surname(b))
        {
            Some(0.85)
        } else if self.is_surname(a) && self.is_plain_first(b) {
            Some(0.8)
        } else {
            None
        }
    }
}

/// Names of people.
pub(crate) struct NameDetector {
    lexicon: &'static Lexicon,
}

impl NameDetector {
    pub(crate) fn new() -> Self {
        Self {
            lexicon: Lexicon::get(),
        }
    }

    /// Which cue, if any, stands right before `start`: a title ("Mr", "fru") or another
    /// introduction ("Hej", "Klient:", a signature's "/").
    fn introduction(&self, scan: &Scan<'_>, start: usize) -> Option<Intro> {
        let gap_ok = |from: usize| {
            scan.text.get(from..start).is_some_and(|g| {
                g.len() <= 3 && g.chars().all(|c| matches!(c, ' ' | ':' | ',' | '.'))
            })
        };
        // A signature line: "/Birgitta".
        let lead = before(scan.text, start, 8).trim_end_matches(' ');
        if let Some(rest) = lead.strip_suffix('/') {
            let rest = rest.trim_end_matches([' ', '\t']);
            if rest.ends_with('\n') || (rest.is_empty() && start <= 8) {
                return Some(Intro::Other);
            }
        }
        scan.cues_starting_in(start.saturating_sub(40), start)
            .iter()
            .find(|h| h.cue == Cue::NameIntro && h.end <= start && gap_ok(h.end))
            .map(|h| {
                let word = scan.text[h.start..h.end].to_lowercase();
                if TITLES.contains(&word.as_str()) {
                    Intro::Title
                } else {
                    Intro::Other
                }
            })
    }
}

impl Detector for NameDetector {
    fn cue_words(&self) -> Vec<CueWord> {
        CueWord::words(NAME_INTROS, Cue::NameIntro).collect()
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        let text = scan.text;
        let lex = self.lexicon;
        let (words, upper) = capitalised_words(text, scan.words);
        let adjacent = |a: (usize, usize), b: (usize, usize)| {
            matches!(&text[a.1..b.0], " " | "\t" | ";" | "\u{a0}")
        };
        let mut spans: Vec<(usize, usize, f32)> = Vec::new();
        for (i, &w) in words.iter().enumerate() {
            let a = &text[w.0..w.1];
            // Every pair starts with a known first name or surname; most capitalised words
            // are neither, and only a title ("Mr Johnson") can make them a name.
            let known = lex.is_first(a) || lex.is_surname(a);
            if !known {
                if matches!(self.introduction(scan, w.0), Some(Intro::Title))
                    && lex.is_surname_like(a)
                {
                    spans.push((w.0, w.1, 0.8));
                }
                continue;
            }
            let mut next = i + 1;
            // Skip joining particles: "Nguyen Van Minh".
            while next + 1 < words.len()
                && PARTICLES.contains(&&text[words[next].0..words[next].1])
                && adjacent(words[next - 1], words[next])
            {
                next += 1;
            }
            if let Some(&v) = words.get(next).filter(|&&v| adjacent(words[next - 1], v)) {
                if let Some(conf) = lex.pair(a, &text[v.0..v.1]) {
                    // Take in the first names before it: "Anna Maria Holm".
                    let mut start = i;
                    while start > 0
                        && adjacent(words[start - 1], words[start])
                        && lex.is_first(&text[words[start - 1].0..words[start - 1].1])
                    {
                        start -= 1;
                    }
                    spans.push((words[start].0, v.1, conf));
                    continue;
                }
            }
            if self.introduction(scan, w.0).is_some() {
                spans.push((w.0, w.1, 0.75));
            }
        }

        // Names in capitals ("NAMN: ANNA SVENSSON") count only as a known first name and a
        // known surname.
        for pair in upper.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if text[a.1..b.0] == *" "
                && lex.is_first(&title_case(&text[a.0..a.1]))
                && lex.is_surname(&title_case(&text[b.0..b.1]))
            {
                spans.push((a.0, b.1, 0.85));
            }
        }
        spans.sort_by_key(|s| s.0);
        // Merge overlapping spans ("Anna Karin Holm" gives two pairs): one finding a name.
        let mut merged: Vec<(usize, usize, f32)> = Vec::new();
        for s in spans {
            match merged.last_mut() {
                Some(last) if s.0 < last.1 => {
                    last.1 = last.1.max(s.1);
                    last.2 = last.2.max(s.2);
                }
                _ => merged.push(s),
            }
        }
        out.extend(merged.into_iter().map(|(start, end, conf)| {
            Finding::new(
                DetectorId::PersonName,
                Category::PersonalData,
                InfoClass::K1,
                start,
                end,
                conf,
            )
        }));
    }
}

/// The words that start with a capital: title-case words ("Anna", "Lindh-Berg",
/// "O'Brien") and words in capitals of two letters or more ("ANNA"), as byte ranges, read
/// from the text's `words` (see [`crate::lexer`]).
fn capitalised_words(text: &str, words: &[Span]) -> (Vec<Span>, Vec<Span>) {
    let (mut title, mut upper) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < words.len() {
        let (start, mut end) = words[i];
        i += 1;
        let capital = match text.as_bytes()[start] {
            b if b.is_ascii() => b.is_ascii_uppercase(),
            _ => text[start..].chars().next().is_some_and(char::is_uppercase),
        };
        if !capital {
            continue;
        }
        // Parts joined by a hyphen or an apostrophe: "Lindh-Berg", "O'Brien".
        while let Some(&(next, next_end)) = words.get(i) {
            let joined = matches!(&text[end..next], "-" | "'" | "’")
                && text[next..].chars().next().is_some_and(char::is_alphabetic);
            if !joined {
                break;
            }
            end = next_end;
            i += 1;
        }
        // Letters only: a digit ends the name ("Anna2").
        let end = text[start..end]
            .find(|c: char| c.is_ascii_digit())
            .map_or(end, |p| start + p);
        let word = &text[start..end];
        if word.chars().any(char::is_lowercase) {
            if is_title_case(word) {
                title.push((start, end));
            }
        } else if word.chars().filter(|c| c.is_uppercase()).count() >= 2 {
            upper.push((start, end));
        }
    }
    (title, upper)
}

/// Each part starts with a capital followed only by small letters: "Anna", "Lindh-Berg",
/// "al-Hassan" is not, "McDonald" is not.
fn is_title_case(word: &str) -> bool {
    word.split(['-', '\'', '’']).enumerate().all(|(i, part)| {
        let mut chars = part.chars();
        match chars.next() {
            Some(first) => (first.is_uppercase() || i > 0) && chars.all(char::is_lowercase),
            None => false,
        }
    })
}

/// "ANNA-KARIN" → "Anna-Karin".
fn title_case(word: &str) -> String {
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
    use crate::classify;

    fn names(text: &str) -> Vec<&str> {
        classify(text)
            .findings
            .iter()
            .filter(|f| f.detector == crate::finding::DetectorId::PersonName)
            .map(|f| &text[f.start..f.end])
            .collect()
    }

    macro_rules! names {
        ($($name:ident: $text:expr => [$($n:expr),*];)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(names($text), vec![$($n),*] as Vec<&str>, "{}", $text);
            }
        )*};
    }

    names! {
        swedish_pair: "Min kollega Anna Holm ska börja." => ["Anna Holm"];
        unknown_surname: "Kan du svara Ahmad Karimi?" => ["Ahmad Karimi"];
        ordinary_word_first_name_with_surname: "Referens: Per Olsson, arbetsledare" => ["Per Olsson"];
        ordinary_word_first_name_alone: "Kostnaden per år. Per Capita" => [];
        three_part_name: "Till: Nguyen Van Minh" => ["Nguyen Van Minh"];
        csv_columns: "201508274840;Alice;Nordström;4A" => ["Alice;Nordström"];
        greeting: "Hej Birgitta, tack för ditt mejl" => ["Birgitta"];
        signature: "Ring mig.\n/Birgitta" => ["Birgitta"];
        two_first_names: "Patrik och Susanne Holm" => ["Susanne Holm"];
        double_first_name: "Rektor Anna Maria Holm" => ["Anna Maria Holm"];
        first_names_without_surname: "Maria Magdalena församling hyr lokalen." => [];
        preposition_is_no_intro: "Skicka ett mejl till Karin om mötet." => [];
        place_is_no_surname: "Maria Kyrka och Sofia Skolan" => [];
        organisation: "Nordisk Kontorsservice AB" => [];
        sentence_start_word: "Vi behöver tolk. Skriv en inbjudan." => [];
        lone_first_name_without_cue: "Rolf berättar att" => [];
        lone_first_name_with_cue: "Klient: Rolf berättar" => ["Rolf"];
        capitals: "NAMN: ANNA SVENSSON" => ["ANNA SVENSSON"];
        capitals_not_names: "SEKRETESS ENLIGT OSL" => [];
        title_and_foreign_surname: "Dear Mr. Johnson, thank you" => ["Johnson"];
    }
}
