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
use crate::registry::{Detector, Scan};
use crate::text::before;
use case::{capitalised_words, title_case, Capitalised};
use context::{
    about_names, addressed, before_a_place_noun, compound, initials_end, names_a_company,
    names_a_place, reversed_name_ends, subject,
};
use lexicon::Kind;
pub(crate) use lexicon::Lexicon;

mod case;
mod context;
mod lexicon;

/// Words that join parts of one name ("Nguyen Van Minh", "Ludwig van Beethoven").
const PARTICLES: &[&str] = &[
    "Van", "Thi", "Von", "De", "Af", "Al", "El", "Bin", "Le", "Da", "Di", "Du",
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
    // A rota: "Måndag: Hanna, Tisdag: Oskar", only with the colon.
    "måndag:",
    "tisdag:",
    "onsdag:",
    "torsdag:",
    "fredag:",
    "lördag:",
    "söndag:",
    "monday:",
    "tuesday:",
    "wednesday:",
    "thursday:",
    "friday:",
    "saturday:",
    "sunday:",
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

/// Verbs of getting in touch, helping, thanking and quoting, and a few phrases, folded: a
/// first name right after one is someone ("Fråga Lisa om nycklarna", "Kontakta Erik",
/// "Tack till Amanda", "Jag och Lisa"). They and the one-word [`PERSON_VERBS`] are cue
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
    // Helping, thanking, talking with, giving to, quoting someone: "Kan du hjälpa Sofia",
    // "Tack till Amanda", "Jag pratade med Lena", "Ge Olle en kopia", "Enligt Katarina".
    "hjälpa",
    "hjälper",
    "hjälpte",
    "hjälpt",
    "tacka",
    "tackar",
    "tackade",
    "tack till",
    "prata med",
    "pratar med",
    "pratade med",
    "pratat med",
    "tala med",
    "talar med",
    "talade med",
    "talat med",
    "ge",
    "gav",
    "enligt",
    // What came from someone: "underskrift från Gustav" (not "från" alone: "Exportera
    // från Alma" names a library system).
    "mejl från",
    "underskrift från",
    "meddelande från",
    "svar från",
    "hälsning från",
    // The same in English: "Could you help Sophie", "I talked to Lena".
    "ask",
    "asked",
    "call",
    "called",
    "contact",
    "contacted",
    "email",
    "emailed",
    "meet",
    "met",
    "help",
    "helped",
    "thank",
    "thanks to",
    "talk to",
    "talked to",
    "spoke to",
    "spoke with",
    "according to",
    // "Jag och Lisa har gått igenom budgeten".
    "jag och",
];

/// Pronouns that may stand between a verb and its object when a sentence opens with an
/// adverb: "Igår träffade jag Mohammed", "Sedan ringde vi Karin".
const INVERTED: &[&str] = &[" jag ", " vi ", " du ", " ni "];

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
                let rest = &scan.folded[h.end..];
                if let Some(pronoun) = INVERTED.iter().find(|p| rest.starts_with(*p)) {
                    at.push((h.end + pronoun.len(), Intro::Verb));
                }
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
                    if names_a_place(text, v.1) || names_a_company(text, v.1) {
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
                Some(Intro::Verb) => kinds[i].plain_first() && !compound(a),
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
                        && !compound(second)
                        && !lex.is_famous(&text[w.0..v.1])
                        && !about_names(scan, w.0)
                })
            };
            let confidence = if introduced {
                0.75
            } else if kinds[i].plain_first() && (subject(scan, w) || addressed(text, w) || paired())
            {
                0.6
            } else {
                continue;
            };
            // "Enligt Vilhelmina kommun": a place.
            if !before_a_place_noun(text, w.1) {
                spans.push((w.0, w.1, confidence));
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

#[cfg(test)]
pub(crate) mod tests {
    use crate::classify;

    pub(crate) fn names(text: &str) -> Vec<&str> {
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
        object_of_a_verb: "Kan du hjälpa Malin? Ge Olle en kopia. Jag pratade med Lena. Tack till Amanda!" => ["Malin", "Olle", "Lena", "Amanda"];
        quoted_or_signed_by: "Enligt Katarina ska mötet flyttas. Vi saknar underskrift från Gustav." => ["Katarina", "Gustav"];
        after_an_inverted_pronoun: "Igår träffade jag Mohammed på biblioteket." => ["Mohammed"];
        cleft_and_pair_with_the_writer: "Det var Erik som hittade felet. Lisa och jag har gått igenom budgeten, jag och Olle." => ["Erik", "Lisa", "Olle"];
        systems_after_the_same_words: "Exportera från Alma. Enligt Skolverket ska det göras. Ge Julia-koden en titt." => [];
        object_in_english: "Yesterday I met Mohammed. Could you help Sophie? Thanks to Amanda! I talked to Lena. According to Katarina, no. It was Erik who found it." => ["Mohammed", "Sophie", "Amanda", "Lena", "Katarina", "Erik"];
        things_in_english: "Use Julia or Python. Ask Alexa or Siri. Help Desk hours. Thanks to Microsoft." => [];
        places_and_feasts_after_the_same_words: "Enligt Vilhelmina kommun är vägen stängd. Det var Lucia som firades. Tack till Kristina församling! Enligt Maria kyrkoråd, nej. Kontakta Victoria station." => [];
        company_named_after_someone: "Stina Bil AB har levererat fordonen." => [];
        rota: "Måndag: Hanna, Tisdag: Oskar, Onsdag: Fatima. Friday: Leo" => ["Hanna", "Oskar", "Fatima", "Leo"];
        days_without_a_colon: "Möte på måndag Hanna-salen, fredag Ingen undervisning. Tisdag: Ingen lunch" => [];
        spoken_to: "Tack för samtalet idag, Jessica! Kan du ringa mig, Ahmed?" => ["Jessica", "Ahmed"];
        a_word_spoken_to: "Vad gör vi nu, Klara? Tack, Sverige!" => [];
        title_and_foreign_surname: "Dear Mr. Johnson, thank you" => ["Johnson"];
    }
}
