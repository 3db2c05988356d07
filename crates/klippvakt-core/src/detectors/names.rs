//! Names of people: a compiled-in dictionary of first names and surnames (the most common in
//! Sweden plus common names of immigrant origin) read together with context. A first name
//! followed by a surname-like word is a name; a first name that is also an ordinary word
//! ("Per", "Bo", "Björn") needs a known surname; a lone name needs a cue before it
//! ("Hej Birgitta", "Klient: Rolf", "Jag ringde Karin"), a name before it in a list
//! ("Närvarande: Jonas, Petra"), or a verb only people do or an age after it ("Rolf
//! berättar", "Liam (8 år)", "Elsa 4B"), or another first name joined to it ("Marcus och
//! Jenny"). "Johansson, Maria:" is a name written surname first, and initials after a cue
//! ("Brukare K.L.") are a name too. People of history and fiction ("Selma Lagerlöf", "Anna
//! och Elsa"), listed in `data/names/famous.txt`, are no one's personal data.

use crate::category::{Category, InfoClass};
use crate::cue::{Cue, CueWord};
use crate::detectors::sensitive::{kin_phrases, WHOSE};
use crate::finding::{DetectorId, Finding};
use crate::lexer::Span;
use crate::registry::{Detector, Scan};
use crate::sieve::{keys, load, low_bytes};
use crate::text::{before, is_word_char, line_at};
use crate::wordmap::WordMap;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

const FIRST_NAMES: &str = include_str!("../../data/names/first_names.txt");
const FIRST_NAMES_EXTRA: &str = include_str!("../../data/names/first_names_extra.txt");
const FIRST_NAMES_ORDINARY: &str = include_str!("../../data/names/first_names_ordinary_words.txt");
const SURNAMES: &str = include_str!("../../data/names/surnames.txt");
const SURNAMES_EXTRA: &str = include_str!("../../data/names/surnames_extra.txt");
const FAMOUS: &str = include_str!("../../data/names/famous.txt");

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
    "colleague",
    "medarbetare",
    "medarbetaren",
    // In care and housing: "Vårdtagaren Berit", "Hyresgästen Knut", "Boende Margareta".
    "vårdtagare",
    "vårdtagaren",
    "omsorgstagaren",
    "boende",
    "hyresgäst",
    "hyresgästen",
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
    "närvarande",
    "frånvarande",
    "deltagare",
    "ansvarig",
    "attendees",
    "participants",
    "heter",
    "mitt namn är",
    "my name is",
    "mvh",
    "hälsningar",
    "namn",
    "name",
    "signed",
    "intervju med",
    "samtal med",
    "möte med",
    "lunch med",
    "fika med",
    // Whose parent someone is: "Till föräldrarna till Lucas", "Dear parents of Lucas".
    "föräldrar till",
    "föräldrarna till",
    "mamma till",
    "pappa till",
    "vårdnadshavare till",
    "parents of",
    "mother of",
    "father of",
    "familjen",
    // Kin in English, each one person ("Your daughter Emma").
    "son",
    "daughter",
    "mother",
    "father",
    "wife",
    "husband",
    "brother",
    "sister",
    "neighbour",
];

/// Possessives that make kin one individual's in a letter or a case ("din son Yusuf",
/// "hennes bror Ali") but anyone's in guidance that speaks to the reader ("Om din mamma
/// behöver hemtjänst"): before a kin word they introduce a name, and are no person word.
const ANYONES: &[&str] = &["din", "er", "hans", "hennes"];

/// Verbs only people do or have done to them, folded: a first name right before one is
/// someone ("Karin ringde", "Ahmed har frågat", "Gunnel beviljas färdtjänst", "Amina har
/// svårt att sova"). Before "har" or "är" alone it may name a program, an app
/// or a character ("Julia är ett programmeringsspråk", "Alma har stöd för e-arkiv").
const PERSON_VERBS: &[&str] = &[
    "berättar",
    "berättade",
    "berättat",
    "säger",
    "sa",
    "sade",
    "sagt",
    "uppger",
    "uppgav",
    "uppgett",
    "mår",
    "mådde",
    "mått",
    "ringer",
    "ringde",
    "ringt",
    "frågar",
    "frågade",
    "frågat",
    "svarar",
    "svarade",
    "svarat",
    "tycker",
    "tyckte",
    "tyckt",
    "känner",
    "kände",
    "önskar",
    "önskade",
    "önskat",
    "ansöker",
    "ansökte",
    "ansökt",
    "jobbar",
    "jobbade",
    "jobbat",
    "arbetar",
    "arbetade",
    "arbetat",
    "bor",
    "bodde",
    "bott",
    "fyller",
    "fyllde",
    "undrar",
    "undrade",
    "undrat",
    "går i pension",
    "gick i pension",
    "beviljas",
    "beviljades",
    "beviljats",
    "svårt att",
];

/// Verbs of getting in touch, folded: a first name right after one is someone ("Fråga
/// Lisa om nycklarna", "Kontakta Erik"). They and the one-word [`PERSON_VERBS`] are cue
/// words of their own kind, for a first name after them, in a question, after an adverb
/// or as the object ("Hur mår Linnea?", "Idag ringde Ahmed", "Jag ringde Karin"); a name
/// that is also a word ("Fråga Siri") or a surname alone needs more.
const CONTACT_VERBS: &[&str] = &[
    "fråga",
    "ring",
    "ringa",
    "mejla",
    "maila",
    "kontakta",
    "träffa",
    "träffade",
    "träffat",
];

/// Whether what follows the first name `name` makes it someone: an age ("Liam (8 år)",
/// "Kalle, 12 år", "Ingrid, 84,"), a birth ("Tyra, född 2019"), a school class ("Ella i
/// 3A"), "who" ("Ahmed, who complained"), or one of [`PERSON_VERBS`] after one space,
/// after "har" or "hade", or after "som" ("Karin ringde", "Ahmed har frågat", "Kerstin
/// som undrar").
fn subject(scan: &Scan<'_>, name: Span) -> bool {
    let bytes = scan.text.as_bytes();
    let born_or_who = || {
        [", född ", ", who "]
            .iter()
            .any(|p| bytes[name.1..].starts_with(p.as_bytes()))
    };
    if age_follows(bytes, name.1) || class_follows(bytes, name.1) || born_or_who() {
        return true;
    }
    let rest = &scan.folded[name.1..];
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    // "Kerstin som undrar", "Greta som har ringt".
    let rest = rest.strip_prefix("som ").unwrap_or(rest);
    let rest = ["har ", "hade "]
        .iter()
        .find_map(|aux| rest.strip_prefix(aux))
        .unwrap_or(rest);
    PERSON_VERBS.iter().any(|verb| {
        rest.strip_prefix(verb)
            .is_some_and(|after| !after.starts_with(is_word_char))
    })
}

/// Whether a name written surname first ends at byte `at`: before a colon, a mail address,
/// a bracket, a tab or the end of the line ("Johansson, Maria: …", "Johansson, Maria
/// <maria.johansson@…>"). In running text, "Berg, Anna och Holm" may be a list of anything.
fn reversed_name_ends(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    rest.is_empty()
        || rest.starts_with([':', ';', ')', '\t', '\n', '\r'])
        || rest.starts_with(" <")
        || rest.starts_with(" (")
}

/// Whether an age follows byte `at`: " (8 år)", ", 12 år", " 7 år", " är 58 år", " (7)".
fn age_follows(bytes: &[u8], at: usize) -> bool {
    let rest = &bytes[at..];
    let leads: [&[u8]; 4] = [b" (", b", ", " är ".as_bytes(), b" "];
    let Some((lead, rest)) = leads
        .iter()
        .find_map(|lead| Some((*lead, rest.strip_prefix(*lead)?)))
    else {
        return false;
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let unit = &rest[digits..];
    (1..=3).contains(&digits)
        && (unit.starts_with(" år".as_bytes())
            || unit.starts_with(b" years")
            || (lead == b" (" && unit.starts_with(b")"))
            || (lead == b", " && unit.starts_with(b",")))
}

/// Whether the line around byte `at` speaks of names as words ("Vanligaste namnen",
/// "förslag på namn till bussarna, t.ex. Astrid och Evert").
fn about_names(scan: &Scan<'_>, at: usize) -> bool {
    let (start, end) = line_at(scan.text, at);
    scan.folded[start..end].contains("namn")
}

/// Where the initials that start at byte `at` end: two or three capitals, each followed by
/// a full stop ("K.L.", "E.K."), and no letter or digit right after.
fn initials_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Most places after a cue hold a word: a capital and a full stop are rare.
    if bytes.get(at + 1) != Some(&b'.') && bytes.get(at + 2) != Some(&b'.') {
        return None;
    }
    let mut end = at;
    let mut count = 0;
    while count < 3 {
        let Some(c) = text[end..].chars().next().filter(|c| c.is_uppercase()) else {
            break;
        };
        if bytes.get(end + c.len_utf8()) != Some(&b'.') {
            break;
        }
        end += c.len_utf8() + 1;
        count += 1;
    }
    let letter_after = text[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    (count >= 2 && !letter_after).then_some(end)
}

/// Whether a school class follows byte `at`: " i 3A", " i klass 5B", and as a list of
/// pupils writes it, " 4B", ", 4B", " (4B)".
fn class_follows(bytes: &[u8], at: usize) -> bool {
    let leads: [&[u8]; 4] = [b" i ", b" (", b", ", b" "];
    let Some(rest) = leads
        .iter()
        .find_map(|lead| bytes[at..].strip_prefix(*lead))
    else {
        return false;
    };
    let rest = rest.strip_prefix(b"klass ").unwrap_or(rest);
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && rest.get(digits).is_some_and(u8::is_ascii_uppercase)
        && !rest
            .get(digits + 1)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80)
}

/// Words that, after a name in the genitive, make it the name of a place: "Olof Palmes
/// gata", "Gustav Adolfs torg", "Raoul Wallenbergs skola".
const PLACE_WORDS: &[&str] = &[
    "gata", "gatan", "väg", "vägen", "plats", "platsen", "torg", "torget", "allé", "gränd", "park",
    "parken", "skola", "skolan", "kyrka", "kyrkan", "hus", "huset", "sjukhus",
];

/// Whether the name that ends at `end` is in the genitive and a place word follows it.
fn names_a_place(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    text[..end].ends_with('s')
        && PLACE_WORDS.iter().any(|w| {
            rest.strip_prefix(w)
                .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
        })
}

/// The most characters of a first name not in the lists ("Xiaoling", "Wojtek"): longer
/// capitalised words are more often compounds ("Kundtjänst", "Stadsbyggnadskontoret").
const FIRST_NAME_CHARS: usize = 9;

/// Titles: after one of these, any capitalised word is a surname ("Mr Johnson").
const TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "herr", "fru", "prof"];

/// What stands before a lone capitalised word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Intro {
    /// A title.
    Title,
    /// A greeting, a role or a label.
    Other,
    /// A verb of people ([`CONTACT_VERBS`], [`PERSON_VERBS`]): only for a plain first name.
    Verb,
}

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
struct Kind {
    first: bool,
    surname: bool,
    /// A first name that is also an ordinary word ("Per", "Bo").
    ordinary: bool,
}

impl Kind {
    fn known(self) -> bool {
        self.first || self.surname
    }

    fn plain_first(self) -> bool {
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
    fn kind(&self, word: &str) -> Kind {
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
    fn kind_in(&self, text: &str, span: Span) -> Kind {
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
    fn is_famous(&self, name: &str) -> bool {
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
    fn is_surname_like(word: &str, kind: Kind) -> bool {
        kind.surname
            || (word.chars().count() >= 2
                && !kind.ordinary
                && !NOT_SURNAMES.contains(&word)
                && !has_ending(&word.to_lowercase(), NOT_SURNAME_ENDINGS))
    }

    /// How sure we are that `a b` is a person's name, if at all.
    fn pair(a: Kind, (b, b_kind): (&str, Kind)) -> Option<f32> {
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
}

/// Where a name may start right after an introduction, found once a text: at most three
/// bytes of " :,." after a name-introduction cue ("Hej", "Klient:", "Mr").
struct Introductions {
    /// Where a name may start and what introduces it, by position; where two cues reach
    /// the same position, the earlier cue first.
    at: Vec<(usize, Intro)>,
    /// How many of `at` lie before the position last asked about: positions are asked
    /// about in order, so each is stepped past once instead of searched for each word.
    passed: usize,
}

impl Introductions {
    fn new(scan: &Scan<'_>) -> Introductions {
        let mut at = Vec::new();
        for h in scan.cues(Cue::NameIntro) {
            // The cue word as it was found: folded, so no copy is lower-cased.
            let word = &scan.folded[h.start..h.end];
            // The English titles only capitalised: "200 ms. Hon …" is no title.
            let small = scan.text.as_bytes()[h.start].is_ascii_lowercase();
            if small && ["mr", "mrs", "ms"].contains(&word) {
                continue;
            }
            let title = TITLES.contains(&word);
            let gap = scan.text.as_bytes()[h.end..]
                .iter()
                .take(3)
                .take_while(|b| matches!(b, b' ' | b':' | b',' | b'.'))
                .count();
            for p in h.end..=h.end + gap {
                at.push((p, if title { Intro::Title } else { Intro::Other }));
            }
        }
        for h in scan.cues(Cue::PersonVerb) {
            if scan.text.as_bytes().get(h.end) == Some(&b' ') {
                at.push((h.end + 1, Intro::Verb));
            }
        }
        at.sort_by_key(|&(p, _)| p);
        Introductions { at, passed: 0 }
    }

    /// Which introduction, if any, stands right before `start`: a title ("Mr", "fru") or
    /// another ("Hej", "Klient:", a signature's "/"). Asked in order of `start`.
    fn before(&mut self, text: &str, start: usize) -> Option<Intro> {
        if let Some(intro) = self.cue_before(start) {
            return Some(intro);
        }
        // A signature line: "/Birgitta". Most words have no slash before them at all.
        let slash = text.as_bytes()[..start]
            .iter()
            .rev()
            .take(8)
            .find(|&&b| b != b' ')
            == Some(&b'/');
        if slash {
            let lead = before(text, start, 8).trim_end_matches(' ');
            if let Some(rest) = lead.strip_suffix('/') {
                let rest = rest.trim_end_matches([' ', '\t']);
                if rest.ends_with('\n') || (rest.is_empty() && start <= 8) {
                    return Some(Intro::Other);
                }
            }
        }
        None
    }

    /// Which introduction by a cue word, if any, stands right before `start`: only these
    /// are titles. Asked in order of `start`.
    fn cue_before(&mut self, start: usize) -> Option<Intro> {
        debug_assert!(
            self.passed == 0 || self.at[self.passed - 1].0 < start,
            "asked in order"
        );
        while self.at.get(self.passed).is_some_and(|&(p, _)| p < start) {
            self.passed += 1;
        }
        let (p, intro) = *self.at.get(self.passed)?;
        (p == start).then_some(intro)
    }
}

impl Detector for NameDetector {
    fn cue_words(&self) -> Vec<CueWord> {
        let one_word_verbs = PERSON_VERBS.iter().filter(|v| !v.contains(' '));
        CueWord::words(NAME_INTROS, Cue::NameIntro)
            .chain(kin_phrases(WHOSE, Cue::NameIntro))
            .chain(kin_phrases(ANYONES, Cue::NameIntro))
            .chain(CueWord::words(CONTACT_VERBS, Cue::PersonVerb))
            .chain(one_word_verbs.map(|v| CueWord::parse(v, Cue::PersonVerb)))
            .collect()
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        let text = scan.text;
        let lex = self.lexicon;
        let Capitalised {
            title: words,
            joined,
            upper,
        } = capitalised_words(text, scan.words);
        let mut intros = Introductions::new(scan);
        let adjacent = |a: (usize, usize), b: (usize, usize)| {
            matches!(&text[a.1..b.0], " " | "\t" | ";" | "\u{a0}")
        };
        let mut kinds: Vec<Kind> = words.iter().map(|&w| lex.kind_in(text, w)).collect();
        // The few joined words are looked up a second time, part by part: asking of every
        // word whether it is one cost more (callgrind: 1 000 more mispredicted branches).
        for &i in &joined {
            kinds[i] = lex.kind(&text[words[i].0..words[i].1]);
        }
        let mut spans: Vec<(usize, usize, f32)> = Vec::new();
        // Whether the word at `start` comes next in a list after the last name found
        // ("Närvarande: Jonas, Petra och Ali"): a name introduces the next.
        let listed = |spans: &[(usize, usize, f32)], start: usize| {
            spans.last().is_some_and(|&(_, end, _)| {
                (2..=5).contains(&start.wrapping_sub(end))
                    && matches!(
                        &text.as_bytes()[end..start],
                        b", " | b" och " | b" and " | b" & "
                    )
            })
        };
        for (i, &w) in words.iter().enumerate() {
            let a = &text[w.0..w.1];
            // Every pair starts with a known first name or surname; most capitalised words
            // are neither, and only a title ("Mr Johnson") or, when short enough to be a
            // first name and before a known surname, a cue word ("Ansvarig: Ahmet Yilmaz")
            // can make them a name ("Kontakt: Stadsbyggnadskontoret Lund" is none).
            if !kinds[i].known() {
                let intro = intros.cue_before(w.0).filter(|i| *i != Intro::Verb);
                let Some(intro) = intro.or_else(|| listed(&spans, w.0).then_some(Intro::Other))
                else {
                    continue;
                };
                if !Lexicon::is_surname_like(a, kinds[i]) {
                    continue;
                }
                let first_like = || {
                    a.chars().count() <= FIRST_NAME_CHARS
                        && !TITLES.iter().any(|t| a.eq_ignore_ascii_case(t))
                };
                let surname_after = words
                    .get(i + 1)
                    .filter(|&&v| kinds[i + 1].surname && adjacent(w, v) && first_like());
                if let Some(v) = surname_after {
                    spans.push((w.0, v.1, 0.75));
                } else if intro == Intro::Title {
                    spans.push((w.0, w.1, 0.8));
                }
                continue;
            }
            let mut next = i + 1;
            // Skip joining particles: "Nguyen Van Minh".
            while next + 1 < words.len()
                && words[next].1 - words[next].0 <= 3
                && PARTICLES.contains(&&text[words[next].0..words[next].1])
                && adjacent(words[next - 1], words[next])
            {
                next += 1;
            }
            if let Some(&v) = words.get(next).filter(|&&v| adjacent(words[next - 1], v)) {
                if let Some(conf) = Lexicon::pair(kinds[i], (&text[v.0..v.1], kinds[next])) {
                    if names_a_place(text, v.1) {
                        continue;
                    }
                    // Take in the first names before it: "Anna Maria Holm".
                    let mut start = i;
                    while start > 0
                        && adjacent(words[start - 1], words[start])
                        && kinds[start - 1].first
                    {
                        start -= 1;
                    }
                    spans.push((words[start].0, v.1, conf));
                    continue;
                }
            }
            // "Johansson, Maria:" as a chat, a mail header or a list of staff writes it.
            if let Some(&v) = words.get(i + 1).filter(|v| {
                kinds[i].surname
                    && kinds[i + 1].plain_first()
                    && text[w.1..v.0] == *", "
                    && reversed_name_ends(text, v.1)
            }) {
                spans.push((w.0, v.1, 0.8));
                continue;
            }
            let introduced = match intros.before(text, w.0) {
                Some(Intro::Verb) => kinds[i].plain_first(),
                // A surname alone after a name is more often a place ("Anna Berg, Lund").
                intro => intro.is_some() || (kinds[i].first && listed(&spans, w.0)),
            };
            // Two first names joined as people are ("Marcus och Jenny tar fram …"): the
            // second is then found as the next of a list. Not a compound ("Emil och
            // Ida-böckerna"), and not where the line speaks of names ("förslag på namn
            // till bussarna: Astrid och Evert").
            let paired = || {
                words.get(i + 1).is_some_and(|&v| {
                    let second = &text[v.0..v.1];
                    kinds[i + 1].plain_first()
                        && matches!(&text[w.1..v.0], " och " | " and " | " & ")
                        && !second
                            .split('-')
                            .skip(1)
                            .any(|p| p.starts_with(char::is_lowercase))
                        && !lex.is_famous(&text[w.0..v.1])
                        && !about_names(scan, w.0)
                })
            };
            if introduced {
                spans.push((w.0, w.1, 0.75));
            } else if kinds[i].plain_first() && (subject(scan, w) || paired()) {
                spans.push((w.0, w.1, 0.6));
            }
        }

        // Initials after a cue: "Brukare K.L. (f. 1938)", "Klient: E.K., 91 år".
        for &(at, intro) in &intros.at {
            if let Some(end) = initials_end(text, at).filter(|_| intro != Intro::Verb) {
                spans.push((at, end, 0.7));
            }
        }

        // Names in capitals ("NAMN: ANNA SVENSSON") count only as a known first name and a
        // known surname.
        for pair in upper.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if text[a.1..b.0] == *" "
                && lex.kind(&title_case(&text[a.0..a.1])).first
                && lex.kind(&title_case(&text[b.0..b.1])).surname
            {
                spans.push((a.0, b.1, 0.85));
            }
        }
        spans.retain(|&(start, end, _)| !lex.is_famous(&text[start..end]));
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

/// The capitalised words of a text.
struct Capitalised {
    /// Title-case words ("Anna", "Lindh-Berg", "O'Brien"), in order.
    title: Vec<Span>,
    /// Which of `title` are parts joined by hyphens or apostrophes: only these can hold a
    /// hyphen.
    joined: Vec<usize>,
    /// Words in capitals of two letters or more ("ANNA"), in order.
    upper: Vec<Span>,
}

/// The words that start with a capital: title-case words ("Anna", "Lindh-Berg",
/// "O'Brien") and words in capitals of two letters or more ("ANNA"), as byte ranges, read
/// from the text's `words` (see [`crate::lexer`]).
fn capitalised_words(text: &str, words: &[Span]) -> Capitalised {
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
    use super::{case_of, case_of_parts, entries, Case, Kind, Lexicon};
    use super::{
        FAMOUS, FIRST_NAMES, FIRST_NAMES_EXTRA, FIRST_NAMES_ORDINARY, SURNAMES, SURNAMES_EXTRA,
    };
    use crate::classify;
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
        two_first_names: "Patrik och Susanne Holm" => ["Patrik", "Susanne Holm"];
        english_title_in_small_letters: "Svarstiden var 200 ms. Hon mätte igen. Ms Karlsson" => ["Karlsson"];
        initials_after_a_cue: "Brukare K.L. (f. 1938) och Klient: E.K., 91 år" => ["K.L.", "E.K."];
        initials_without_a_cue: "Enligt K.L. och Brukare K. Lund och Klient: E.ON." => [];
        parents_of_someone: "Dear parents of Lucas, och till föräldrarna till Wilma" => ["Lucas", "Wilma"];
        parents_of_anyone: "Föräldrar till barn med autism och parents of Children" => [];
        lunch_with_someone: "Lunch med Kristina från Region Gävleborg. Lunch med Region Gävleborg." => ["Kristina"];
        famous_and_living: "Skriv om Selma Lagerlöf. Ring Selma Lindgren." => ["Selma Lindgren"];
        famous_pair_of_fiction: "Anna och Elsa i Frozen, Anna och Emil i matsalen" => ["Anna", "Emil"];
        paired_first_names: "Mötesanteckningar: Marcus och Jenny tar fram en ny logga." => ["Marcus", "Jenny"];
        paired_with_an_ordinary_word: "Marcus och Per" => [];
        paired_with_a_compound: "Emil och Ida-böckerna är populära." => [];
        paired_as_names_of_things: "Förslag på namn till bussarna, t.ex. Astrid och Evert." => [];
        first_name_before_a_word: "Marcus och Tarzan" => [];
        care_and_housing_intros: "Vårdtagaren Berit fick fel dos. Hyresgästen Knut ramlade. Boende Margareta föll." => ["Berit", "Knut", "Margareta"];
        boende_before_a_place: "Boende Solgården och boende i Sandviken" => [];
        pupils_by_class: "Elsa 4B – utreds. Hugo (2A) och Noah, 5C." => ["Elsa", "Hugo", "Noah"];
        class_needs_a_class: "Elsa 2024, Hugo 4 B och Noah 5Cx" => [];
        double_first_name: "Rektor Anna Maria Holm" => ["Anna Maria Holm"];
        hyphenated: "Ring Anna-Karin Lindh-Berg eller Maj-Britt Holm" => ["Anna-Karin Lindh-Berg", "Maj-Britt Holm"];
        first_names_without_surname: "Maria Magdalena församling hyr lokalen." => [];
        preposition_is_no_intro: "Skicka ett mejl till Karin om mötet." => [];
        place_is_no_surname: "Maria Kyrka och Sofia Skolan" => [];
        organisation: "Nordisk Kontorsservice AB" => [];
        sentence_start_word: "Vi behöver tolk. Skriv en inbjudan." => [];
        lone_first_name_without_cue: "Rolf, ett namn från fornnordiskan" => [];
        lone_first_name_with_cue: "Klient: Rolf berättar" => ["Rolf"];
        first_name_of_a_colleague: "Our colleague Erik has passed away." => ["Erik"];
        first_name_of_an_attendee: "Närvarande: Jonas, Petra. Ansvarig: Ali" => ["Jonas", "Petra", "Ali"];
        names_in_a_list: "Deltagare: Xiaoling Zhang, Wojtek Nowak och Linnea." => ["Xiaoling Zhang", "Wojtek Nowak", "Linnea"];
        place_after_a_name: "Anna Svensson, Lund och Uppsala" => ["Anna Svensson"];
        first_name_after_kin: "Min kollega Johan och min bror Erik" => ["Johan", "Erik"];
        first_name_after_my_patient: "Jag pratade med min patient Karin i dag." => ["Karin"];
        surname_first_in_a_chat: "[10:42] Johansson, Maria: Kan du kolla ärendet?" => ["Johansson, Maria"];
        surname_first_in_a_header: "Från: Holm, Erik <erik.holm@norrby.se>" => ["Holm, Erik"];
        place_before_a_comma: "Vi åker till Lund, Sofia och Erik kommer också." => [];
        first_name_of_anyones_kin: "Hej Fatima, din son Yusuf och hennes bror Ali" => ["Fatima", "Yusuf", "Ali"];
        unknown_first_name_after_cue: "Deltagare: Xiaoling Zhang. Ansvarig: Ahmet Yilmaz" => ["Xiaoling Zhang", "Ahmet Yilmaz"];
        compound_before_surname_after_cue: "Kontakt: Stadsbyggnadskontoret Lund" => [];
        title_stays_out_of_the_name: "Dear Mr Andersson, thank you." => ["Andersson"];
        first_name_granted_or_struggling: "Gunnel beviljas färdtjänst. Amina har svårt att sova." => ["Gunnel", "Amina"];
        first_name_before_a_verb_of_people: "Karin ringde i går. Ahmed har frågat om mötet." => ["Karin", "Ahmed"];
        first_name_after_a_verb_of_people: "Jag ringde Karin i morse. Hur mår Linnea? Fråga Lisa om nycklarna." => ["Karin", "Linnea", "Lisa"];
        word_name_after_a_verb: "Fråga Siri om vädret. Jag ringde Berg." => [];
        first_name_after_other_verbs: "Vi valde Julia för analysen och läste Alma-handboken." => [];
        first_name_before_som: "Ett svar till Kerstin som undrar, och Greta som har ringt." => ["Kerstin", "Greta"];
        first_name_after_a_talk_with: "Samtal med Jonas 14/3. Möte med familjen Al-Hassan." => ["Jonas", "Al-Hassan"];
        first_name_with_an_age_between_commas: "Vårdplanen för Ingrid, 84, som har KOL." => ["Ingrid"];
        first_name_and_birth: "Ärendet gäller Tyra, född 2019." => ["Tyra"];
        first_name_in_english: "Your daughter Emma has a place. Reply to Ahmed, who complained." => ["Emma", "Ahmed"];
        first_name_going_into_retirement: "Eva går i pension i juni." => ["Eva"];
        first_name_with_an_age: "Orosanmälan om Liam (8 år) och Kalle, 12 år." => ["Liam", "Kalle"];
        first_name_with_a_bare_age: "Her son Liam (7) was bitten, and Noah 9 years old." => ["Liam", "Noah"];
        first_name_and_class: "Ella i 3A vill byta till piano, Omar i klass 9C också." => ["Ella", "Omar"];
        first_name_and_a_room: "Maria i 3Aula och Maria i 3 A" => [];
        first_name_and_her_age: "Agneta är 58 år. Elsa fyller år på lördag." => ["Agneta", "Elsa"];
        first_name_without_a_verb: "Boken om Karin, och Karin utan verb." => [];
        first_name_naming_a_program: "Julia är ett programmeringsspråk. Alma har stöd för e-arkiv." => [];
        first_name_before_a_longer_word: "Maja berättelser" => [];
        lex_maria_is_a_duty: "Enligt lex Maria ska vårdgivaren anmäla." => [];
        assistant_named_like_a_person: "Siri svarar på frågor." => [];
        ordinary_word_first_name_before_a_verb: "Klara frågor ställs." => [];
        my_name_is: "Mitt namn är Fredrik och jag jobbar på IT." => ["Fredrik"];
        my_name_is_in_english: "Hello, my name is Fatima." => ["Fatima"];
        capitals: "NAMN: ANNA SVENSSON" => ["ANNA SVENSSON"];
        capitals_not_names: "SEKRETESS ENLIGT OSL" => [];
        street_named_after_a_person: "Olof Palmes gata 12, 111 22 Stockholm" => [];
        school_named_after_a_person: "Eleverna på Raoul Wallenbergs skola" => [];
        genitive_name_before_a_word: "Anna Holms gatukök och Olof Palms gatlopp" => ["Anna Holms", "Olof Palms"];
        title_and_foreign_surname: "Dear Mr. Johnson, thank you" => ["Johnson"];
    }
}
