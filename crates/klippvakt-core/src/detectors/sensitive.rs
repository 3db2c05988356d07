//! Health, social-services and other GDPR art. 9/10 context. A term ("diagnos", "LVU",
//! "missbruk", a medicine name, "skyddad identitet") is sensitive personal data only when
//! the text is about an individual: a personal-data finding nearby, or in the same sentence
//! a person word ("patienten", "hon", "elevens mamma"), a first name ("Kalle har skyddad
//! identitet") or a role word that what happened follows ("Medarbetaren har varit
//! sjukskriven"), or a person word that opens the sentence before, or one individual on
//! the same line by age or school class ("(flicka, 14 år)", "Elev i 7B"). A brochure about
//! diabetes, a law, HR guidance, a routine ("Om patienten har diabetes ska …") or
//! aggregated statistics stay open. "MS" and "KOL" are diseases only in capitals.

use crate::category::{Category, InfoClass};
use crate::cue::{Cue, CueWord};
use crate::detectors::names::Lexicon;
use crate::finding::{DetectorId, Finding};
use crate::lexer::Span;
use crate::registry::{compile, longest, near, BuildError, Detector, Scan};
use crate::text::{is_word_char, line_at, sentence_at};
use regex::Regex;

const SENSITIVE_TERMS: &str = include_str!("../../data/terms/sensitive.txt");
const MEDICINES: &str = include_str!("../../data/terms/medicines.txt");

/// Words that point at one individual.
const PERSON_WORDS: &[&str] = &[
    "patienten",
    // As a journal or a care note abbreviates and spells them: "Pat. inkommer med …".
    "pat",
    "brukaren",
    "brukarn",
    "klienten",
    "eleven",
    "barnet",
    "modern",
    "fadern",
    "mamman",
    "pappan",
    "dottern",
    "sonen",
    "den boende",
    "vårdtagaren",
    "omsorgstagaren",
    "hyresgästen",
    "personen",
    "pojken",
    "flickan",
    "mannen",
    "kvinnan",
    "tonåringen",
    "kollegan",
    "åring",
    "åringen",
    "hon",
    "han",
    "henne",
    "honom",
    "hennes",
    "min patient",
    "vår brukare",
    "min klient",
    "the patient",
    "my client",
    "our client",
    "the client",
    "the child",
    "the resident",
    "the pupil",
    "she",
    "he",
    "her",
    "him",
    "his",
];

/// Words for someone at work, which guidance uses of anyone ("Medarbetaren ska lämna
/// läkarintyg från dag 8"): one is about someone only where what happened to them follows
/// ("Medarbetaren har varit sjukskriven sedan mars", see [`happened_after`]).
const ROLE_WORDS: &[&str] = &[
    "medarbetaren",
    "arbetstagaren",
    "den anställde",
    "den anställda",
    "the employee",
];

/// Terms that are diseases only in capitals: "MS" and "KOL", not "Ms Karlsson", "200 ms"
/// or "kol" (coal).
const CAPITALS_ONLY: &[&str] = &["ms", "kol"];

/// Violence and threats that name whom they were done to by a pronoun ("pappan slår
/// honom", "pojkvännen hotar henne"), whose pronoun is the person word. (Done to "mig", it
/// is a term only: "om någon slår mig" asks in general.)
const STRUCK: &[&str] = &[
    "slagit henne",
    "slagit honom",
    "slog henne",
    "slog honom",
    "slår henne",
    "slår honom",
    "hotar henne",
    "hotar honom",
    "hotade henne",
    "hotade honom",
];

/// Whose kin a phrase names ("elevens mamma", "patientens dotter"): one individual's, as
/// "mamman" is.
pub(crate) const WHOSE: &[&str] = &[
    "min",
    "elevens",
    "barnets",
    "patientens",
    "brukarens",
    "klientens",
];
/// Kin, one person each ("föräldrar" and "vårdnadshavare" are the language of guidance).
const KIN: &[&str] = &[
    "mamma", "pappa", "mor", "far", "bror", "syster", "dotter", "son", "sambo", "make", "maka",
    "fru", "kollega", "chef", "granne",
];

/// Every phrase of one of `whose` (such as [`WHOSE`]) and one of [`KIN`] as a cue of the
/// kind `cue`: a person word here, and what introduces a name for the names ("min bror
/// Johan", where "bror" alone does not: kin words such as "far" and "make" are ordinary
/// words too).
pub(crate) fn kin_phrases(
    whose: &'static [&'static str],
    cue: Cue,
) -> impl Iterator<Item = CueWord> {
    whose.iter().flat_map(move |whose| {
        KIN.iter()
            .map(move |kin| CueWord::parse(&format!("{whose} {kin}"), cue))
    })
}

/// Generic phrases that mention "han eller hon" without meaning anyone. As longer cue
/// words they hide the person words inside them.
const GENERIC_PERSON: &[&str] = &[
    "han eller hon",
    "hon eller han",
    "honom eller henne",
    "henne eller honom",
    "hans eller hennes",
    "han/hon",
    "hon/han",
    "hans/hennes",
    "hennes/hans",
    "honom/henne",
    "henne/honom",
    "he or she",
    "she or he",
    "his or her",
    "her or his",
    "him or her",
    "her or him",
    "he/she",
    "his/her",
    "him/her",
];

/// Words of statute and guidance language: a sentence that speaks of "den enskilde" or
/// "någon närstående till denne", or cites "Lag (2013:406)", is about people in general,
/// so its person words ("barnet") point at nobody.
const GENERAL_LANGUAGE: &[&str] = &[
    "den enskilde",
    "denne",
    "den som",
    "någon",
    "var och en",
    "en person",
    "lag (*",
    "*§*",
    "anyone",
    "a person",
    "the individual",
];

/// Verbs that make the first name before them the subject of a sentence ("Kalle har
/// skyddad identitet", "Fatima är sjukskriven"), folded.
const SUBJECT_VERBS: &[&str] = &[
    "har",
    "hade",
    "är",
    "var",
    "blev",
    "blir",
    "fick",
    "får",
    "bor",
    "mår",
    "behöver",
    "ska",
    "skall",
    "vill",
    "kan",
    "måste",
    "saknar",
    "lider",
    "uppger",
    "berättar",
    "säger",
    "tar",
    "använder",
    "vårdas",
    "placerades",
    "placeras",
    "dömdes",
    "misstänks",
];

/// Verbs in the past tense that, right after the person word that opens a sentence, make
/// it tell what happened to someone ("Barnet placerades enligt 2 § LVU"), folded. Statutes
/// speak in the present tense.
const PAST_VERBS: &[&str] = &[
    "hade",
    "var",
    "blev",
    "fick",
    "placerades",
    "omhändertogs",
    "dömdes",
    "vårdades",
    "beviljades",
    "nekades",
    "uppgav",
    "berättade",
    "kom",
];

/// Verbs of one's own state after "jag" or "I", folded: a term at most two words after
/// them is about the writer ("Jag är sjukskriven", "Jag har sedan länge diabetes", "I have
/// been on sick leave"). See [`self_report`].
const OWN_STATE: &[&str] = &[
    "är", "var", "blev", "har", "hade", "fick", "lider", "am", "was", "have", "had", "got",
];

/// Words that open a condition, folded ("om" is also "about", see [`conditional`]).
const CONDITIONS: &[&str] = &["när", "ifall", "if", "when"];

/// How far (bytes) a term may stand from the personal-data finding it is about.
const WINDOW: usize = 300;

/// Words before a person noun that make it anyone ("varje elev i 4B").
const EVERY: &[&str] = &["varje", "alla", "någon", "ingen", "each", "every", "any"];

/// The pattern of one individual in folded text, in three forms:
/// - a person noun, then an age: "(flicka, 14 år)", "pojken 9 år", "en pojke (11)", "Den
///   sökande är 86 år". A bare number counts only in brackets (its ")" ends the match),
///   and "man" only with a comma or a bracket ("man, 45 år"), for "om man är 18 år" is
///   anyone;
/// - of some age, a person noun: "-årig kvinna", "-year-old boy", matched from the hyphen
///   so that the search skips ahead by its letters (see [`one_of_age`] for the rest);
/// - a pupil and a class: "Elev i 7B", "en elev i klass 9C" ("elever i 7B" are many).
fn individual_pattern() -> String {
    let noun = "flicka|flickan|pojke|pojken|kvinna|kvinnan|mannen|son|sonen|dotter|dottern|\
                sökande|sökanden|girl|boy|woman";
    let between = r"(?:(?:{noun})(?:,\s*|\s+(?:är\s+|is\s+)?|\s*\(\s*)|man(?:,\s*|\s*\(\s*))";
    let age = r"[0-9]{1,3}(?:(?:\s+år|\s+years|-årig|-åring)(?-u:\b)|\))";
    let one = "flicka|pojke|kvinna|man|kille|tjej|girl|boy|woman";
    let of_age = format!(r"-(?:årig|year-old)\s+(?:{one})(?-u:\b)");
    let pupil = r"(?-u:\b)(?:elev\s+i|pupil\s+in)\s+(?:klass\s+)?[0-9][a-h](?-u:\b)";
    let then_age = between.replace("{noun}", noun) + age;
    format!(r"(?-u:\b)(?:{then_age})|{of_age}|{pupil}")
}

/// Where one of some age starts, whose hyphen is at byte `hyphen` of `line`: "en 34",
/// "a 14" or "the 14" right before it ("15-åriga flickor" are many).
fn one_of_age(line: &str, hyphen: usize) -> Option<usize> {
    let before = &line[..hyphen];
    let number = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = before.len() - number.len();
    let lead = number.strip_suffix(' ')?;
    let article = ["en", "a", "the"].iter().find(|a| {
        lead.strip_suffix(**a)
            .is_some_and(|b| !b.ends_with(is_word_char))
    })?;
    (1..=3)
        .contains(&digits)
        .then(|| lead.len() - article.len())
}

/// Sensitive context about an individual.
pub(crate) struct SensitiveDetector {
    lexicon: &'static Lexicon,
    /// A person noun with an age or a school class: see [`individual_pattern`].
    individual: Regex,
}

impl SensitiveDetector {
    pub(crate) fn new() -> Result<Self, BuildError> {
        Ok(Self {
            lexicon: Lexicon::get(),
            individual: compile("sensitive_context", &individual_pattern())?,
        })
    }

    /// An individual on the line `start..end`: a person noun with an age ("(flicka, 14
    /// år)", "en 34-årig kvinna") or a school class ("Elev i 7B"). Speaking of one person's
    /// age or class, the line is about that person, in statute words or not; "barn som är
    /// 12 år" speaks of any child, and so do "varje elev i 4B" and "en 17-årig pojke som
    /// begår brott" (one of an age that a clause defines).
    fn individual(&self, scan: &Scan<'_>, (start, end): Span) -> Option<Span> {
        let line = &scan.folded[start..end];
        let every = |at: usize| {
            let before = line[..at].trim_end();
            EVERY.iter().any(|w| {
                before
                    .strip_suffix(w)
                    .is_some_and(|b| !b.ends_with(is_word_char))
            })
        };
        let (from, to) = self.individual.find_iter(line).find_map(|m| {
            let from = if m.as_str().starts_with('-') {
                // "en 17-årig pojke som begår brott": one that a clause defines is anyone.
                one_of_age(line, m.start()).filter(|_| !line[m.end()..].starts_with(" som "))?
            } else {
                m.start()
            };
            (!every(from)).then_some((from, m.end()))
        })?;
        Some((start + from, start + to))
    }

    /// Who the sentence `start..end` of the text is about: its first person word
    /// ("patienten", "hon"), else its first first name that a verb follows ("Kalle har",
    /// "Fatima är"), else its first role word that what happened follows ("Medarbetaren
    /// har varit …"), else the person word that opens the sentence before
    /// ([`person_before`]). Where the sentence speaks of people in general, only a person
    /// word that tells what happened opens it ([`narrated`]).
    fn person_in(&self, scan: &Scan<'_>, (start, end): Span) -> Option<Span> {
        if scan.has_cue_in(Cue::GeneralLanguage, start, end) {
            return narrated(scan, (start, end));
        }
        let person_word = scan
            .cues_in(Cue::PersonWord, start, end)
            .map(|h| (h.start, h.end))
            .find(|&word| !conditional(scan, start, word));
        let first_name = || {
            let first_word = scan.words.partition_point(|w| w.0 < start);
            scan.words[first_word..]
                .windows(2)
                .take_while(|pair| pair[1].1 <= end)
                .find(|pair| self.subject(scan, pair[0], pair[1]))
                .map(|pair| pair[0])
        };
        let role = || {
            scan.cues_in(Cue::RoleWord, start, end)
                .map(|h| (h.start, h.end))
                .find(|&word| !conditional(scan, start, word) && happened_after(scan, word.1))
        };
        person_word
            .or_else(first_name)
            .or_else(role)
            .or_else(|| person_before(scan, start))
    }

    /// Whether the word `name` is a first name that the next word, after one space, makes
    /// the subject ("Kalle har", not "Can you" or "lex Maria ska"). (One that an age
    /// follows, "Liam (8 år)", is a name finding.)
    fn subject(&self, scan: &Scan<'_>, name: Span, next: Span) -> bool {
        let bytes = scan.text.as_bytes();
        let word = &scan.text[name.0..name.1];
        let verb = || {
            bytes[name.1..next.0] == *b" " && SUBJECT_VERBS.contains(&&scan.folded[next.0..next.1])
        };
        // A byte test first: most words of a sentence start with a small ASCII letter.
        (bytes[name.0].is_ascii_uppercase() || !bytes[name.0].is_ascii())
            && word.starts_with(char::is_uppercase)
            && verb()
            && self.lexicon.is_plain_first_name(word)
            // "lex Maria", "lex Sarah": the duties to report, named after people.
            && !scan.folded[..name.0].ends_with("lex ")
    }
}

/// The person word that opens the sentence `start..end`, if a verb in the past tense
/// follows it ("Barnet placerades enligt 2 § LVU", "Han dömdes för misshandel enligt 3
/// kap. 5 § brottsbalken").
fn narrated(scan: &Scan<'_>, sentence: Span) -> Option<Span> {
    opening_person(scan, sentence).filter(|person| past_verb_after(scan, person.1))
}

/// The person word that opens the sentence before the one that starts at `start`, on the
/// same line, where that one is not general language: a case note goes on about the person
/// it has named ("Pojken, 9 år, har berättat … Skolan har sett blåmärken."). A routine
/// opens its sentences with a verb ("Informera brukaren om tiden. Läkemedel delas ut …").
fn person_before(scan: &Scan<'_>, start: usize) -> Option<Span> {
    let bytes = scan.text.as_bytes();
    let stop = scan.text[..start].trim_end_matches(' ').len();
    if stop == 0 || !matches!(bytes[stop - 1], b'.' | b'!' | b'?') {
        return None;
    }
    let (before_start, before_end) = sentence_at(scan.text, stop - 1);
    if scan.has_cue_in(Cue::GeneralLanguage, before_start, before_end) {
        return None;
    }
    opening_person(scan, (before_start, before_end))
}

/// The person word that opens the sentence `start..end`.
fn opening_person(scan: &Scan<'_>, (start, end): Span) -> Option<Span> {
    let &(first, _) = scan
        .words
        .get(scan.words.partition_point(|w| w.0 < start))?;
    let person = scan.first_cue_in(Cue::PersonWord, first, end)?;
    (person.start == first).then_some((first, person.end))
}

/// Whether the person word `word` of the sentence that starts at `start` is whoever a
/// condition holds for, as routines speak ("Om patienten har diabetes ska …", "… när
/// eleven får en diagnos"): a condition word stands right before it ("om" only where a
/// clause starts, for "information om patienten" is about someone), and no verb in the
/// past tense follows it ("När patienten kom in fick hon …" tells what happened).
fn conditional(scan: &Scan<'_>, start: usize, word: Span) -> bool {
    let at = scan.words.partition_point(|w| w.0 < word.0);
    let Some(&condition) = at.checked_sub(1).and_then(|i| scan.words.get(i)) else {
        return false;
    };
    if condition.0 < start || scan.text.as_bytes()[condition.1..word.0] != *b" " {
        return false;
    }
    let opens_clause = || {
        let lead = scan.text[start..condition.0].trim_end();
        lead.is_empty() || lead.ends_with(',')
    };
    let condition = &scan.folded[condition.0..condition.1];
    let opens = CONDITIONS.contains(&condition) || (condition == "om" && opens_clause());
    opens && !past_verb_after(scan, word.1)
}

/// Whether the term that ends at `end` is the first word of the name of a unit, as a list of
/// staff writes where they work ("Hemtjänst Norr", "Psykiatri Syd"): it starts with a
/// capital and then small letters, and a word that does too follows after one space.
fn names_a_unit(text: &str, end: usize) -> bool {
    let title = |word: &str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    };
    // Most terms are followed by a small letter or a sign: that is tested first.
    if !text[end..].strip_prefix(' ').is_some_and(title) {
        return false;
    }
    let start = text[..end]
        .rfind(|c: char| !is_word_char(c))
        .map_or(0, |at| {
            at + text[at..].chars().next().map_or(1, char::len_utf8)
        });
    title(&text[start..end])
}

/// The "jag" or "I" of a writer who tells of their own state right before the term that
/// starts at `term` ("Jag har varit sjukskriven", "Jag har fått diagnosen …"): it, a verb of
/// [`OWN_STATE`] and at most two more words, one space apart. Not after "om", "ifall" or
/// "if" ("Om jag blir sjukskriven …" asks in general), and not with more words between
/// ("Jag var på ett möte om missbruk" speaks of the meeting).
fn self_report(scan: &Scan<'_>, term: usize) -> Option<Span> {
    let k = scan.words.partition_point(|w| w.1 <= term);
    // The word the term starts in; a term of signs between words has none.
    scan.words.get(k).filter(|w| w.0 <= term)?;
    let word = |i: usize| &scan.folded[scan.words[i].0..scan.words[i].1];
    let spaced = |i: usize| scan.text.as_bytes()[scan.words[i].1..scan.words[i + 1].0] == *b" ";
    // The term's word, then back over at most two words to the verb and "jag".
    for verb in (k.saturating_sub(3)..k).rev() {
        let me = verb.checked_sub(1)?;
        if !spaced(verb) || !spaced(me) {
            return None;
        }
        if OWN_STATE.contains(&word(verb)) && matches!(word(me), "jag" | "i") {
            let asks = me
                .checked_sub(1)
                .is_some_and(|i| spaced(i) && matches!(word(i), "om" | "ifall" | "if"));
            return (!asks).then_some(scan.words[me]);
        }
    }
    None
}

/// Whether a verb in the past tense follows byte `at` after one space.
fn past_verb_after(scan: &Scan<'_>, at: usize) -> bool {
    let next = scan.words.partition_point(|w| w.0 < at);
    scan.words.get(next).is_some_and(|&(s, e)| {
        scan.text.as_bytes()[at..s] == *b" " && PAST_VERBS.contains(&&scan.folded[s..e])
    })
}

/// Whether what happened follows byte `at`: a verb in the past tense, or "har varit" or
/// "har haft" (or "has been"), after one space ("… har varit sjukskriven sedan mars").
fn happened_after(scan: &Scan<'_>, at: usize) -> bool {
    let perfect = [" har varit ", " har haft ", " has been ", " has had "];
    past_verb_after(scan, at) || perfect.iter().any(|p| scan.folded[at..].starts_with(p))
}

impl Detector for SensitiveDetector {
    fn cue_words(&self) -> Vec<CueWord> {
        CueWord::list(SENSITIVE_TERMS, Cue::Sensitive)
            .chain(CueWord::list(MEDICINES, Cue::Medicine))
            .chain(CueWord::words(PERSON_WORDS, Cue::PersonWord))
            .chain(CueWord::words(STRUCK, Cue::Sensitive))
            .chain(CueWord::words(ROLE_WORDS, Cue::RoleWord))
            .chain(kin_phrases(WHOSE, Cue::PersonWord))
            .chain(CueWord::words(GENERIC_PERSON, Cue::GeneralLanguage))
            .chain(CueWord::words(GENERAL_LANGUAGE, Cue::GeneralLanguage))
            .collect()
    }

    fn trigger_cues(&self) -> &'static [Cue] {
        &[Cue::Sensitive, Cue::Medicine, Cue::ProtectedIdentity]
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        let personal: Vec<&Finding> = scan
            .found
            .iter()
            .filter(|f| f.category == Category::PersonalData)
            .collect();
        let longest_personal = longest(&personal);
        let mut persons: Vec<Span> = Vec::new();
        let mut last: Option<(Span, Option<Span>)> = None;
        let terms = scan.cues.iter().filter(|h| {
            let term = matches!(
                h.cue,
                Cue::Sensitive | Cue::Medicine | Cue::ProtectedIdentity
            );
            let capitals_only =
                || h.end - h.start <= 3 && CAPITALS_ONLY.contains(&&scan.folded[h.start..h.end]);
            let in_capitals = || {
                !scan.text[h.start..h.end]
                    .bytes()
                    .any(|b| b.is_ascii_lowercase())
            };
            term && (!capitals_only() || in_capitals()) && !names_a_unit(scan.text, h.end)
        });
        for hit in terms {
            let near_person = near(&personal, longest_personal, hit.start, hit.end, WINDOW)
                .next()
                .is_some();
            if !near_person {
                // The terms of one sentence ask about the same sentence, which is found
                // once: a statute's sentences are long, and it names many terms.
                let (sentence, person) = match last {
                    Some(((start, end), person)) if (start..end).contains(&hit.start) => {
                        ((start, end), person)
                    }
                    _ => {
                        let sentence = sentence_at(scan.text, hit.start);
                        let person = self
                            .person_in(scan, sentence)
                            .or_else(|| self.individual(scan, line_at(scan.text, hit.start)));
                        (sentence, person)
                    }
                };
                last = Some((sentence, person));
                match person.or_else(|| self_report(scan, hit.start)) {
                    Some(person) => persons.push(person),
                    None => continue,
                }
            }
            out.push(Finding::new(
                DetectorId::SensitiveContext,
                Category::SensitivePersonalData,
                InfoClass::K3,
                hit.start,
                hit.end,
                if near_person { 0.85 } else { 0.65 },
            ));
        }
        // Sensitive personal data is always personal data: where only a person word or a
        // first name tied the term to someone, that word is the personal-data finding.
        if personal.is_empty() {
            persons.sort_unstable();
            persons.dedup();
            out.extend(persons.into_iter().map(|(start, end)| {
                Finding::new(
                    DetectorId::PersonReference,
                    Category::PersonalData,
                    InfoClass::K1,
                    start,
                    end,
                    0.6,
                )
            }));
        }
        // Overlapping cue hits ("diagnos" inside "diagnoserna") give one finding.
        out.dedup_by(|b, a| a.detector == b.detector && b.start < a.end);
    }
}

#[cfg(test)]
mod tests {

    categories! {
        diagnosis_of_named_pupil: "Noah Lindgren i 8B har diagnoserna ADHD och dyslexi." => [PersonalData, SensitivePersonalData];
        medicine_list_for_named_resident: "Läkemedelslista för Harald Lindberg: Waran 2,5 mg" => [PersonalData, SensitivePersonalData];
        person_word_alone: "Patienten har fått diagnosen typ 2-diabetes och behöver insulin." => [PersonalData, SensitivePersonalData];
        brochure_about_disease: "Skriv en broschyr om vad typ 2-diabetes är och vanliga symtom." => [];
        law_about_lss: "Vilka insatser finns i 9 § LSS? Gör en tabell." => [];
        aggregated_statistics: "År 2024 inkom 1 284 orosanmälningar gällande 903 barn." => [];
        anyones_mother: "Om din mamma behöver hemtjänst kan du ansöka hos kommunen." => [];
        generic_he_or_she: "Om han eller hon har ett missbruk ska nämnden utreda." => [];
        generic_he_slash_she: "Om eleven har en diagnos ska han/hon erbjudas stöd." => [];
        generic_his_slash_her: "Vårdnadshavare ska informeras om hans/hennes diagnos." => [];
        statute_language: "Detsamma gäller uppgift om en gravid person eller någon närstående till denne, till skydd för det väntade barnet." => [];
        named_without_sensitive_term: "Lönerevision: Karin Åberg 38 500 → 39 900" => [PersonalData];
        resident_parking_is_not_health: "Sökande: Fredrik Nilsson. Ärende: boendeparkering." => [PersonalData];
        union_membership: "Sofia Karlsson har bett att hennes fackliga företrädare ska delta." => [PersonalData, SensitivePersonalData];
        depending_on_is_not_addiction: "Anna Holm kommer, beroende på vädret." => [PersonalData];
        fracture_after_a_fall: "Patienten föll i badrummet och fick en fraktur på handleden." => [PersonalData, SensitivePersonalData];
        wheelchair_user: "Färdtjänst beviljas för Ingrid Holm, rullstolsburen." => [PersonalData, SensitivePersonalData];
        fall_prevention_guidance: "Hur förebygger vi fallolyckor och trycksår i äldreomsorgen?" => [];
        pills_not_taken: "Hon berättar att hon inte tagit sina tabletter sedan i fredags." => [PersonalData, SensitivePersonalData];
        beaten_at_break: "Min son Elias har blivit slagen på rasten flera gånger." => [PersonalData, SensitivePersonalData];
        beaten_by_the_father: "Modern uppger att fadern har slagit henne inför barnen." => [PersonalData, SensitivePersonalData];
        struck_pronoun: "Jag vill anmäla att en lärare slog honom på rasten." => [PersonalData, SensitivePersonalData];
        struck_in_general: "Vad gör man om någon slår mig?" => [];
        girl_of_fourteen_in_lvu_minutes: "Ärende: Ansökan om vård enligt 2 § LVU för N.N. (flicka, 14 år)" => [PersonalData, SensitivePersonalData];
        applicant_of_86: "Den sökande är 86 år, har hemtjänst och har fallit två gånger." => [PersonalData, SensitivePersonalData];
        age_limit_in_guidance: "Barn som är 12 år eller äldre ska höras i LVU-ärenden." => [];
        ages_in_general: "Hemtjänst ges till personer över 65 år." => [];
        daughter_with_gluten_intolerance: "Min dotter Alva har glutenintolerans, kan skolmaten anpassas?" => [PersonalData, SensitivePersonalData];
        boy_of_eleven_in_brackets: "Ärendet gäller en pojke (11) som utsatts för kränkningar." => [PersonalData, SensitivePersonalData];
        boy_and_a_count: "Pojke 11 kränkningar och flicka 9 anmälningar i statistiken." => [];
        age_of_anyone: "Om man är 18 år kan man ansöka om ekonomiskt bistånd i eget namn." => [];
        age_of_a_man: "Anmälan gäller en man, 45 år, med missbruk." => [PersonalData, SensitivePersonalData];
        journal_abbreviation: "Sammanfatta journalen: Pat. inkommer med bröstsmärta, EKG utan anmärkning." => [PersonalData, SensitivePersonalData];
        spoken_spelling: "Rätta stavningen: Brukarn har diabetes typ 1." => [PersonalData, SensitivePersonalData];
        pain_in_general: "Smärta i ländryggen är en vanlig orsak till sjukskrivning." => [];
        nursing_home_decision: "Min pappa Göran har fått beslut om särskilt boende men vill inte flytta." => [PersonalData, SensitivePersonalData];
        nursing_home_in_general: "Ansök om särskilt boende hos biståndshandläggaren." => [];
        teased_for_a_hearing_aid: "Min dotter Klara i 2B blir retad för sin hörapparat." => [PersonalData, SensitivePersonalData];
        drinking_again_and_threatened: "Klienten Sandra sa att hon har börjat dricka igen och att pojkvännen hotar henne." => [PersonalData, SensitivePersonalData];
        threats_in_general: "Om någon hotar dig, ring polisen. Börja inte dricka för att sova." => [];
        bruises_of_a_pupil: "Dear parents of Lucas, we have noticed bruises on his arms." => [PersonalData, SensitivePersonalData];
        pain_in_the_wallet: "Han säger att det gör ont i plånboken när elpriset stiger." => [];
        fall_in_english: "Resident in room 14, Mrs Eriksson, had a fall last night, no fracture, pain relief given." => [PersonalData, SensitivePersonalData];
        fall_prevention_in_english: "Falls are common in care homes; pain relief should be reviewed yearly." => [];
        burnt_out: "Min medarbetare Johan har berättat att han är utbränd och har börjat på antidepressiva." => [PersonalData, SensitivePersonalData];
        impaired_mobility: "Beslutet gäller dig, Karl-Erik Strand, med anledning av din rörelsenedsättning." => [PersonalData, SensitivePersonalData];
        ms_in_capitals: "Leila har MS och kan inte gå i trappor. Han har KOL." => [PersonalData, SensitivePersonalData];
        ms_as_a_title: "Dear Ms Karlsson, thank you for your application." => [PersonalData];
        ms_and_kol_in_small_letters: "Han mätte svarstiden till 200 ms. Hon grillar med kol." => [];
        wrong_dose_in_care: "Vårdtagaren Berit på avd 2 fick fel dos Alvedon på kvällen." => [PersonalData, SensitivePersonalData];
        fall_of_a_tenant: "Hyresgästen Knut ramlade i duschen och har ont i höften." => [PersonalData, SensitivePersonalData];
        stitches_of_a_resident: "Boende Margareta föll i badrummet och fick sy fem stygn." => [PersonalData, SensitivePersonalData];
        sick_leave_of_someone: "Per Holmgren har haft 14 sjukfrånvarotillfällen senaste året." => [PersonalData, SensitivePersonalData];
        sick_leave_statistics: "Sjukfrånvaron i kommunen var 7,2 procent och rehabsamtal ska hållas från dag 15." => [];
        beaten_at_home: "Min kollega Therese har berättat att hon blir slagen av sin sambo." => [PersonalData, SensitivePersonalData];
        pupils_in_student_health: "Elsa 4B – misstänkt dyslexi, utreds av specialpedagog." => [PersonalData, SensitivePersonalData];
        bullied_son: "Skriv ett mejl till rektor: Min son har blivit mobbad i flera veckor och mår dåligt." => [PersonalData, SensitivePersonalData];
        bullying_in_general: "Skolans plan mot mobbning ska följas upp varje år." => [];
        no_wish_to_live: "Samtal med Jonas 14/3: han berättar att han inte vill leva längre." => [PersonalData, SensitivePersonalData];
        neighbour_with_dementia: "Min granne på nedervåningen har demens och ringer mitt i natten." => [PersonalData, SensitivePersonalData];
        memory_problems: "Anhörig till Sven Larsson ringde och var orolig för hans minnesproblem." => [PersonalData, SensitivePersonalData];
        sick_leave_of_the_writer: "Jag har varit sjukskriven sedan i måndags och vet inte när jag är tillbaka." => [PersonalData, SensitivePersonalData];
        diagnosis_of_the_writer: "Hej! Jag har sedan länge diabetes och behöver äta på fasta tider." => [PersonalData, SensitivePersonalData];
        writer_in_english: "I have been on sick leave since Monday." => [PersonalData, SensitivePersonalData];
        writer_at_a_meeting_on_a_term: "Jag var på ett möte om missbruk igår. Skriv en sammanfattning." => [];
        writer_asking_in_general: "Vad gäller om jag är sjukskriven under semestern?" => [];
        writer_with_a_question_on_a_law: "Jag har en fråga om LSS." => [];
        staff_at_a_unit: "Anställningsnr;Namn;Enhet\n10234;Karin Öberg;Hemtjänst Norr\n10872;Ali Rahimi;Hemtjänst Syd" => [PersonalData];
        home_care_for_someone: "Karin Öberg har hemtjänst två gånger om dagen." => [PersonalData, SensitivePersonalData];
        sleep_and_headaches: "Hälsosamtalet med Elias i 7C visade att han har svårt att sova och ofta har huvudvärk." => [PersonalData, SensitivePersonalData];
        sleep_in_general: "Många tonåringar har svårt att sova. Skriv tips till elevhälsans sida." => [];
        self_harm_of_a_pupil: "Angående: Tindra Sjögren 9A\nTindra har berättat för mig att hon skadar sig själv." => [PersonalData, SensitivePersonalData];
        impaired_sight_and_transport_service: "Bo Nilsson bor på vårt äldreboende och behöver färdtjänst p.g.a. nedsatt syn." => [PersonalData, SensitivePersonalData];
        clash_is_no_cut: "Det skär sig mellan henne och kollegorna på enheten." => [];
        transport_service_in_general: "Färdtjänst beställs senast dagen före resan via beställningscentralen." => [];
        epileptic_seizure: "Brukaren på rum 14, Sonja, har haft ett epileptiskt anfall i natt." => [PersonalData, SensitivePersonalData];
        memory_problems_in_general: "Minnesproblem är vanliga efter en stroke. Skriv en broschyr." => [];
        age_before_the_noun: "En 34-årig kvinna har utsatts för våld i hemmet." => [PersonalData, SensitivePersonalData];
        age_before_the_noun_in_english: "The 14-year-old boy has ADHD and needs support." => [PersonalData, SensitivePersonalData];
        one_of_an_age_that_a_clause_defines: "En 17-årig pojke som begår brott kan dömas till ungdomsvård." => [];
        pupil_in_a_class: "Elev i 7B med misstänkt ätstörning, kurator kontaktar hemmet." => [PersonalData, SensitivePersonalData];
        every_pupil_in_a_class: "Skolsköterskan träffar varje elev i 4B för hälsosamtal." => [];
        domestic_violence_in_general: "How should schools respond to domestic violence?" => [];
        age_of_a_thing: "Byggnaden är 120 år och har mögel som ger allergi. Åldersgränsen är 18 år för bistånd." => [];
        tablets_in_general: "Hur många tabletter paracetamol får en vuxen ta per dygn?" => [];
        english_letter_about_home_care: "Dear Mr Andersson, your application for home care has been approved." => [PersonalData, SensitivePersonalData];
        english_absence_for_anxiety: "Fatima (12) has been absent from school due to anxiety." => [PersonalData, SensitivePersonalData];
        english_illness_of_a_colleague: "Our colleague Erik has passed away after a short illness." => [PersonalData, SensitivePersonalData];
        english_guidance_on_anxiety: "How can schools support pupils with anxiety?" => [];
        employee_on_sick_leave: "Medarbetaren har varit sjukskriven sedan mars." => [PersonalData, SensitivePersonalData];
        employee_in_the_past: "Medarbetaren hade ett missbruk som arbetsgivaren kände till." => [PersonalData, SensitivePersonalData];
        employee_in_english: "The employee has been on sick leave since March." => [PersonalData, SensitivePersonalData];
        employee_in_hr_guidance: "Medarbetaren ska lämna läkarintyg från dag 8 av sjukskrivningen." => [];
        employee_in_a_condition: "När medarbetaren har varit sjukskriven i fyra veckor ska chefen agera." => [];
        employee_offered_rehabilitation: "Chefen ansvarar för att medarbetaren erbjuds rehabiliteringssamtal." => [];
        employee_in_an_english_condition: "If the employee has been on sick leave for 14 days, notify HR." => [];
        my_colleague: "Min kollega är sjukskriven för utmattningssyndrom." => [PersonalData, SensitivePersonalData];
        the_colleague: "Kollegan har varit sjukskriven i tre veckor." => [PersonalData, SensitivePersonalData];
        first_name_alone: "Kalle har skyddad identitet." => [PersonalData, SensitivePersonalData, Secrecy];
        first_name_with_a_latin_capital: "Östen har fått diagnosen KOL." => [PersonalData, SensitivePersonalData];
        first_name_with_diagnosis: "Fatima är sjukskriven för utmattningssyndrom." => [PersonalData, SensitivePersonalData];
        first_name_that_is_a_word: "Per capita ökade sjukskrivningarna." => [];
        first_name_without_a_verb: "Can you explain what depression is?" => [];
        lex_maria: "Enligt lex Maria ska vårdgivaren anmäla en felaktig diagnos." => [];
        lex_sarah: "Lex Sarah är en skyldighet att rapportera missbruk och vanvård." => [];
        person_refuses_medicine: "Brukaren vägrar ta sina mediciner." => [PersonalData, SensitivePersonalData];
        pupil_with_concentration_difficulties: "Eleven Omar har ett åtgärdsprogram pga koncentrationssvårigheter." => [PersonalData, SensitivePersonalData];
        school_guidance_on_npf: "Hur kan skolan stötta elever med NPF?" => [];
        support_programme_in_the_school_law: "Eleven och elevens vårdnadshavare ska ges möjlighet att delta när ett åtgärdsprogram utarbetas." => [];
        record_note: "Journalanteckning: Patienten sov dåligt i natt." => [PersonalData, SensitivePersonalData];
        english_person_word: "Her son was placed in foster care under LVU last week." => [PersonalData, SensitivePersonalData];
        english_resident: "The resident has dementia and needs help with medication." => [PersonalData, SensitivePersonalData];
        english_taken_into_care: "Her daughter was taken into care last year." => [PersonalData, SensitivePersonalData];
        english_named_patient: "Mr. Ali Reza, born 12 May 1990, suffers from schizophrenia." => [PersonalData, SensitivePersonalData];
        english_about_a_disease: "Dementia is a syndrome that affects memory and thinking." => [];
        english_about_foster_care: "How does foster care work in Sweden?" => [];
        english_he_or_she: "If he or she has an addiction, the board must investigate." => [];
        english_his_or_her: "If a pupil has diabetes, his or her teacher should be told." => [];
        english_him_or_her: "Offer him/her a referral to the psychiatric clinic." => [];
        first_name_with_an_age: "Vi har tagit emot en orosanmälan om Liam (8 år) från skolan." => [PersonalData, SensitivePersonalData];
        first_name_with_an_age_after_a_comma: "Kalle, 12 år, har skyddad identitet." => [PersonalData, SensitivePersonalData, Secrecy];
        years_are_no_age: "Vera 2000 års utgåva handlar om demens." => [];
        anonymised_boy: "Pojken, 9 år, har berättat för mentor att pappan slår honom och att han har blåmärken." => [PersonalData, SensitivePersonalData];
        the_sentence_before: "Pojken, 9 år, har berättat att pappan slår honom. Skolan har sett blåmärken." => [PersonalData, SensitivePersonalData];
        not_after_a_routine: "Informera brukaren om tiden. Läkemedel delas ut kl. 8." => [];
        not_across_lines: "Kontakta patienten.\nMissbruk är vanligt hos unga vuxna." => [];
        not_from_general_language: "Den enskilde ska informeras. Missbruk är vanligt." => [];
        anonymised_woman: "Kvinnan har diagnosen bipolär sjukdom och medicineras med litium." => [PersonalData, SensitivePersonalData];
        applicant_in_guidance: "Sökanden ska bifoga läkarintyg till ansökan om bostadsanpassning." => [];
        youth_in_general: "Ungdomen i dag mår sämre än förr: psykisk ohälsa ökar." => [];
        my_mother: "Min mamma har fått cancer, hur ska jag prata med mina barn?" => [PersonalData, SensitivePersonalData];
        statute_on_the_father: "Är modern gift med en man när barnet föds, ska mannen anses som barnets far enligt 1 kap. 1 § föräldrabalken om han inte dömts." => [];
        pupils_mother: "Elevens mamma har cancer och kan inte hämta i dag." => [PersonalData, SensitivePersonalData];
        patients_daughter: "Patientens dotter uppger att modern dricker mycket." => [PersonalData, SensitivePersonalData];
        best_interests_of_the_child: "Barnets bästa ska beaktas vid alla beslut om LVU." => [];
        guardians_in_guidance: "Elevens vårdnadshavare ska informeras om skolans arbete med NPF." => [];
        routine_for_a_patient: "Om patienten har diabetes ska sjuksköterskan kontaktas." => [];
        routine_for_a_resident: "När brukaren har en demensdiagnos ska handläggaren göra en ny bedömning." => [];
        routine_for_a_pupil: "Elevens vårdnadshavare ska informeras när eleven får en diagnos." => [];
        routine_after_a_comma: "Behandling erbjuds, om klienten har ett missbruk." => [];
        what_happened_when: "När patienten kom in fick hon diagnosen sepsis." => [PersonalData, SensitivePersonalData];
        when_in_the_past: "När brukaren var inlagd på sjukhus tappade hon i vikt." => [PersonalData, SensitivePersonalData];
        about_the_patient: "Skriv en sammanfattning om patienten som har diabetes." => [PersonalData, SensitivePersonalData];
        named_in_a_condition: "Om Kalle har feber ska han stanna hemma, han har astma." => [PersonalData, SensitivePersonalData];
        kin_in_the_past_citing_the_law: "Elevens mamma dömdes enligt 3 kap. 5 § brottsbalken." => [PersonalData, SensitivePersonalData];
        placement_citing_the_law: "Barnet placerades enligt 2 § LVU i ett familjehem." => [PersonalData, SensitivePersonalData];
        sentence_citing_the_penal_code: "Han dömdes för misshandel enligt 3 kap. 5 § brottsbalken." => [PersonalData, SensitivePersonalData];
        statute_on_placement: "Barnet ska placeras enligt 2 § LVU om det finns en påtaglig risk." => [];
        child_of_an_age: "LVU-placering av en 14-åring i Luleå" => [PersonalData, SensitivePersonalData];
        the_person: "Personen är troende muslim." => [PersonalData, SensitivePersonalData];
        father_in_prison: "Vårdnadshavaren uppger att pappan sitter i fängelse." => [PersonalData, SensitivePersonalData];
        penalty_in_a_statute: "Den som bryter mot förbudet döms till böter eller fängelse i högst sex månader." => [];
        first_name_in_general_language: "Om den enskilde, till exempel Kalle, har ett missbruk ska nämnden utreda." => [];
    }
}
