//! Secrecy: stamps ("SEKRETESS enligt 26 kap. 1 § OSL", "HEMLIG", also where they open a
//! quoted document: `Sammanfatta: "SEKRETESS. …"`), statements about the text
//! itself ("Denna handling omfattas av sekretess", "detta är sekretessbelagt"), protected
//! identity of a person, and explicit class markings ("Informationsklass: K2"). Law text and
//! guidance that talk *about* secrecy ("Sekretess gäller för uppgift om …", "hemliga
//! tvångsmedel", "hemlig tomte") are open.

use crate::category::{Category, InfoClass};
use crate::cue::{Cue, CueWord};
use crate::finding::{DetectorId, Finding};
use crate::registry::{compile, BuildError, Detector, Reach, Scan, TriggerUse};
use crate::text::{before, ceil_boundary, line_at};
use regex::{Captures, Match, Regex};

/// Words that make a clause conditional or reported: "om handlingen omfattas av sekretess".
const CONDITIONAL: &[&str] = &[
    "om ",
    "att ",
    "huruvida ",
    "när ",
    "if ",
    "whether ",
    "that ",
];

/// The trigger words of the stamps, headers and statements, and then those of the class
/// markings: every match holds one of its own within reach, and the two are searched for
/// only around their own ("klass" in "förskoleklass" opens no search for a stamp).
const TRIGGERS: [&[&str]; 2] = [
    &[
        "sekretess*",
        "hemlig*",
        "konfidentiell*",
        "confidential*",
        "secrecy*",
        "classified*",
        "lämnas ut*",
        "lämnas ej ut*",
        "lämnas inte ut*",
        "spridas*",
        "vidarebefordras*",
        "top secret*",
        "skyddad identitet",
    ],
    &["*klass*", "class*", "konfidentialitet*"],
];

/// Secrecy stamps and statements, and class markings.
pub(crate) struct SecrecyDetector {
    stamp: Regex,
    header: Regex,
    statement: Regex,
    deictic: Regex,
    marking: Regex,
    uses: TriggerUse,
}

/// Upper-case stamps: a stamp at the start of a line, or followed by a reference or a dash.
const UPPER_STAMPS: &[&str] = &[
    "SEKRETESS",
    "SEKRETESSBELAGD",
    "SEKRETESSBELAGT",
    "HEMLIG",
    "HEMLIGT",
    "KONFIDENTIELL",
    "KONFIDENTIELLT",
    "CONFIDENTIAL",
    "TOP SECRET",
    "BEGRÄNSAT HEMLIG",
    "KVALIFICERAT HEMLIG",
];
/// Title-case stamps: a line of their own, or followed by a dash or a colon.
const TITLE_STAMPS: &[&str] = &[
    "Hemlig",
    "Hemligt",
    "Konfidentiell",
    "Konfidentiellt",
    "Sekretessbelagd",
    "Sekretessbelagt",
    "Sekretessbelagda",
    "Begränsat hemlig",
    "Kvalificerat hemlig",
];
/// The words of a header ("Sekretess enligt 26 kap. 1 § OSL", "Sekretessmarkering: Ja",
/// "Skyddad identitet: Ja"),
/// folded, the longer of two that start alike first.
const HEADER_WORDS: [&str; 4] = [
    "sekretessmarkering",
    "sekretessprövad",
    "sekretess",
    "skyddad identitet",
];
/// Statements that open a line: "Omfattas av sekretess enligt 39 kap. 3 § OSL".
const LINE_STATEMENTS: &[&str] = &[
    "Omfattas av sekretess",
    "Sekretessbelagd handling",
    "Sekretessmarkerad handling",
];

impl SecrecyDetector {
    pub(crate) fn new() -> Result<Self, BuildError> {
        let name = "secrecy_marking";
        let stamps: Vec<&str> = UPPER_STAMPS
            .iter()
            .chain(TITLE_STAMPS)
            .chain(LINE_STATEMENTS)
            .copied()
            .collect();
        Ok(Self {
            stamp: compile(name, &format!(r"(?-u:\b)(?:{})(?-u:\b)", stamps.join("|")))?,
            header: compile(
                name,
                &format!(
                    r"(?-u:\b)(?:{})\s*(?:enligt|[–:—-])\s*(?:ja|yes|[0-9])?",
                    HEADER_WORDS.join("|")
                ),
            )?,
            statement: compile(
                name,
                r"omfattas av sekretess|är sekretessbelag(?:d|t|da)|innehåller (?:sekretessbelagda uppgifter|uppgifter som omfattas av sekretess)|är sekretessmarkerad|är sekretessklassad|är hemlig(?:t|a)?(?-u:\b)|får (?:inte|ej) (?:lämnas ut|spridas|vidarebefordras)|lämnas (?:inte|ej) ut|is confidential|is covered by secrecy|is subject to secrecy|is classified",
            )?,
            deictic: compile(
                name,
                r"(?:^|[^\p{L}])(?P<d>denna handling|den här handlingen|detta dokument|det här dokumentet|dokumentet|handlingen|handlingarna|uppgifterna (?:nedan|ovan|här)|informationen (?:nedan|ovan|här)|innehållet|detta|det här|mejlet|e-postmeddelandet|adressen|adressuppgifterna|meddelandet|bilagan|bilagorna|underlaget|rapporten|protokollet|this (?:document|information|e-?mail|message|report|file|attachment)|the (?:report|attachment)|the (?:information|document) below)\s+(?:[\p{L}.,]+\s+){0,2}$",
            )?,
            marking: compile(
                name,
                r"(?-u:\b)(?:informationsklass(?:ning)?|klassning|klassificering|skyddsklass|konfidentialitetsnivå|information class(?:ification)?)\s*:?\s*(?P<k>k[0-3])(?-u:\b)",
            )?,
            uses: TriggerUse::new(&TRIGGERS),
        })
    }

    /// Whether a stamp candidate stands as a stamp where it is.
    fn is_stamp(text: &str, start: usize, end: usize) -> bool {
        let word = &text[start..end];
        let (line_start, line_end) = line_at(text, start);
        let at_line_start = opens_line(&text[line_start..start]) || opens_quote(text, start, end);
        let rest = text[end..line_end].trim_start();
        let dash_follows = rest.starts_with(['–', ':', '—', '-']);
        if UPPER_STAMPS.contains(&word) {
            at_line_start || dash_follows || rest.is_empty() || rest.starts_with("enligt")
        } else if TITLE_STAMPS.contains(&word) {
            // "Hemligt enligt säkerhetsskyddslagen": a short line that cites its ground. A
            // longer one is a sentence about the word.
            let cites = rest.starts_with("enligt") && line_end - line_start <= SHORT_LINE;
            at_line_start && (dash_follows || rest.is_empty() || cites)
        } else {
            at_line_start
        }
    }

    /// Whether "Sekretess enligt …" / "Sekretessmarkering: Ja" (a match `m` of the header
    /// pattern in the folded text) is a stamp: an answer after a colon, or a short line of
    /// its own that cites OSL.
    fn is_header(text: &str, m: Match<'_>) -> bool {
        if answered(m.as_str()) {
            return true;
        }
        let (line_start, line_end) = line_at(text, m.start());
        let line = &text[line_start..line_end];
        let at_line_start = opens_line(&text[line_start..m.start()]);
        at_line_start
            && line.len() <= SHORT_LINE
            && (line.contains("OSL") || line.contains("offentlighets- och sekretesslagen"))
    }

    /// Whether a statement without a subject (a match `start..end` of the statement
    /// pattern) is a stamp: it ends a short line, and opens it or follows a stop or a dash
    /// ("Får ej lämnas ut", "OBS! Sekretess. Lämnas inte ut.", "Sekretessprövad handling –
    /// lämnas ej ut"). In running text the words before it are its subject ("Uppgift som
    /// avses i första stycket får inte lämnas ut").
    fn is_bare_statement(text: &str, start: usize, end: usize) -> bool {
        let (line_start, line_end) = line_at(text, start);
        let lead = text[line_start..start].trim_end();
        let opens = opens_line(lead) || lead.ends_with(['.', '!', ':', '–', '—', '-']);
        let ends = text[end..line_end]
            .trim_end_matches(['.', '!', ' ', '\t', '\r'])
            .is_empty();
        opens && ends && line_end - line_start <= SHORT_LINE
    }
}

/// Whether a match of the header pattern answers after a colon ("sekretessmarkering: ja"),
/// read from the match: its word, white space, the colon, white space and the answer
/// follow one another, and the answer ends it. Reading it so spares the regex engine a
/// second, slower pass for capture groups.
fn answered(header: &str) -> bool {
    let word = HEADER_WORDS
        .iter()
        .find(|w| header.starts_with(*w))
        .map_or(0, |w| w.len());
    let rest = header[word..].trim_start();
    rest.strip_prefix(':')
        .is_some_and(|answer| !answer.trim_start().is_empty())
}

/// Whether the stamp `start..end` is a security classification under the Protective
/// Security Act (säkerhetsskyddslagen), which DESIGN.md puts at K3: one of its classes
/// that no secrecy stamp uses ("Begränsat hemlig", "Kvalificerat hemlig"), or any stamp
/// whose line cites the act ("HEMLIG – säkerhetsskydd").
fn security_class(scan: &Scan<'_>, start: usize, end: usize) -> bool {
    let (line_start, line_end) = line_at(scan.text, start);
    let word = &scan.folded[start..end];
    word.starts_with("begränsat")
        || word.starts_with("kvalificerat")
        || scan.folded[line_start..line_end].contains("säkerhetsskydd")
}

/// The longest line that is read as a stamp of its own, in bytes.
const SHORT_LINE: usize = 100;

/// Whether what stands before a word on its line is only white space and the marks a
/// heading or a stamp is written with (`*`, `#`, `>`, `_`, `-`): the word opens the line.
fn opens_line(lead: &str) -> bool {
    lead.chars()
        .all(|c| c.is_whitespace() || "*#>_-".contains(c))
}

/// Whether the word `start..end` opens a quotation, as a document pasted into a question
/// starts (`Sammanfatta: "SEKRETESS. Handlingen …"`), and is not quoted alone (`Vad
/// betyder "SEKRETESS"?`).
fn opens_quote(text: &str, start: usize, end: usize) -> bool {
    let lead = &text[..start];
    let quoted = ['"', '“', '„', '«']
        .iter()
        .find_map(|q| lead.strip_suffix(*q))
        .is_some_and(|before| before.is_empty() || before.ends_with(char::is_whitespace));
    quoted && !text[end..].starts_with(['"', '”', '»'])
}

impl Detector for SecrecyDetector {
    fn trigger_words(&self) -> &[&'static str] {
        self.uses.words()
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        let text = scan.text;
        let secrecy = |start, end, confidence| {
            Finding::new(
                DetectorId::SecrecyMarking,
                Category::Secrecy,
                InfoClass::K2,
                start,
                end,
                confidence,
            )
        };
        // "Omfattas av sekretess", "innehåller uppgifter som omfattas av sekretess",
        // "information class: K2": the trigger word may stand inside the marking.
        let reach = Reach {
            before: 40,
            after: 32,
        };
        let windows = self.uses.windows(scan, reach);
        let (near, near_markings) = (&windows[0], &windows[1]);
        for m in near.search::<Match>(&self.stamp, text) {
            if Self::is_stamp(text, m.start(), m.end()) {
                let mut stamp = secrecy(m.start(), m.end(), 0.9);
                if security_class(scan, m.start(), m.end()) {
                    stamp.class = InfoClass::K3;
                }
                out.push(stamp);
            }
        }
        for m in near.search::<Match>(&self.header, scan.folded) {
            if Self::is_header(text, m) {
                out.push(secrecy(m.start(), m.end(), 0.9));
            }
        }
        for m in near.search::<Match>(&self.statement, scan.folded) {
            let (line_start, _) = line_at(text, m.start());
            let lead_start = ceil_boundary(text, m.start().saturating_sub(60).max(line_start));
            let Some(d) = self
                .deictic
                .captures(&scan.folded[lead_start..m.start()])
                .and_then(|c| c.name("d"))
            else {
                if Self::is_bare_statement(text, m.start(), m.end()) {
                    out.push(secrecy(m.start(), m.end(), 0.85));
                }
                continue;
            };
            let start = lead_start + d.start();
            let before_deictic = before(text, start, 12).to_lowercase();
            if !CONDITIONAL.iter().any(|c| before_deictic.ends_with(c)) {
                out.push(secrecy(start, m.end(), 0.85));
            }
        }
        for caps in near_markings.search::<Captures>(&self.marking, scan.folded) {
            let (Some(m), Some(k)) = (caps.get(0), caps.name("k")) else {
                continue;
            };
            let class = InfoClass::parse(k.as_str()).unwrap_or_default();
            let category = match class {
                InfoClass::K0 => continue,
                InfoClass::K1 => Category::OtherSensitive,
                InfoClass::K2 | InfoClass::K3 => Category::Secrecy,
            };
            out.push(Finding::new(
                DetectorId::ClassMarking,
                category,
                class,
                m.start(),
                m.end(),
                0.95,
            ));
        }
        out.sort_by_key(|f| (f.start, f.end));
        out.dedup_by(|b, a| b.start < a.end && a.detector == b.detector);
    }
}

/// Words for protected identity. The sensitive-context detector decides whether they are
/// about an individual; this detector adds that such a person's data is also secret.
const PROTECTED_IDENTITY: &[&str] = &[
    "skyddad identitet",
    "skyddade personuppgifter",
    "sekretessmarkering i folkbokföringen",
    "sekretessmarkerad i folkbokföringen",
    "sekretessmarkering",
    "sekretessmarkerad",
    "kvarskrivning",
    "kvarskriven",
    "fingerade personuppgifter",
    "protected identity",
];

/// A person with protected identity: secrecy as well as sensitive personal data.
pub(crate) struct ProtectedIdentityDetector;

impl Detector for ProtectedIdentityDetector {
    fn cue_words(&self) -> Vec<CueWord> {
        CueWord::words(PROTECTED_IDENTITY, Cue::ProtectedIdentity).collect()
    }

    fn trigger_cues(&self) -> &'static [Cue] {
        &[Cue::ProtectedIdentity]
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        for f in scan
            .found
            .iter()
            .filter(|f| f.detector == DetectorId::SensitiveContext)
        {
            if scan.has_cue_in(Cue::ProtectedIdentity, f.start, f.end) {
                out.push(Finding::new(
                    DetectorId::ProtectedIdentity,
                    Category::Secrecy,
                    InfoClass::K3,
                    f.start,
                    f.end,
                    f.confidence,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Whether each header in `text` answers after a colon, read by [`answered`] and as the
    /// header pattern's capture groups have it.
    fn answers(text: &str) -> (Vec<bool>, Vec<bool>) {
        let plain = SecrecyDetector::new().expect("the patterns compile").header;
        let grouped = plain
            .as_str()
            .replacen("(?:enligt", "(?P<sep>enligt", 1)
            .replacen("(?:ja|", "(?P<ans>ja|", 1);
        let groups = Regex::new(&grouped).expect("the pattern compiles");
        assert_eq!(
            groups.captures_len(),
            3,
            "the separator and the answer are groups"
        );
        let read = plain.find_iter(text).map(|m| answered(m.as_str()));
        let captured = groups
            .captures_iter(text)
            .map(|c| c.name("ans").is_some() && c.name("sep").is_some_and(|s| s.as_str() == ":"));
        (read.collect(), captured.collect())
    }

    #[test]
    fn a_header_answers_after_a_colon() {
        let text = "sekretessmarkering: ja, sekretess enligt 3, sekretessprövad:\u{a0}7, \
                    sekretess: nej, sekretessmarkering -1";
        let (read, captured) = answers(text);
        assert_eq!(read, [true, false, true, false, false]);
        assert_eq!(read, captured);
    }

    proptest! {
        #[test]
        fn headers_are_read_as_the_capture_groups_have_them(
            text in "(?:sekretess|markering|prövad|enligt| |\u{a0}|\n|:|–|-|ja|yes|nej|7|x){0,10}"
        ) {
            let (read, captured) = answers(&text);
            prop_assert_eq!(read, captured);
        }
    }

    #[test]
    fn a_security_classification_is_k3_and_a_secrecy_stamp_k2() {
        let class = |text| crate::classify(text).class;
        assert_eq!(class("Begränsat hemlig\nRiskanalys"), InfoClass::K3);
        assert_eq!(class("HEMLIG – enligt säkerhetsskyddslagen"), InfoClass::K3);
        assert_eq!(class("KVALIFICERAT HEMLIG"), InfoClass::K3);
        assert_eq!(class("HEMLIG – sekretess enligt OSL"), InfoClass::K2);
        assert_eq!(class("SEKRETESS enligt 19 kap. 3 § OSL"), InfoClass::K2);
    }

    categories! {
        stamp_with_reference: "SEKRETESS enligt 19 kap. 3 § OSL\nAnbudsutvärdering" => [Secrecy];
        stamp_dash: "SEKRETESS – 26 kap. 1 § OSL" => [Secrecy];
        quoted_stamp: "Sammanfatta: \"SEKRETESS. Handlingen rör IT-säkerheten.\"" => [Secrecy];
        quoted_word: "Vad betyder \"SEKRETESS\" i rubriken på en handling?" => [];
        hemlig_stamp: "HEMLIG – sekretess enligt OSL\nUtkast" => [Secrecy];
        protected_identity_header: "Skyddad identitet: Ja\nÄrende: Ansökan om bostad" => [Secrecy];
        protected_identity_stamp: "Skyddad identitet – adressen får inte lämnas ut." => [Secrecy];
        protected_identity_heading: "Skyddad identitet: information till handläggare\nSkyddad identitet – så hanterar du posten" => [];
        address_in_guidance: "Om den enskilde har skyddad identitet får adressen inte lämnas ut." => [];
        title_case_header: "Sekretess enligt 19 kap. 1 § OSL\nKommunen planerar" => [Secrecy];
        line_start_statement: "Omfattas av sekretess enligt 39 kap. 3 § OSL\nUtredning" => [Secrecy];
        this_document: "Denna handling omfattas av sekretess och får inte vidarebefordras." => [Secrecy];
        information_below: "Obs! Uppgifterna nedan omfattas av sekretess enligt 19 kap. 1 § OSL." => [Secrecy];
        chatty: "detta är sekretessbelagt så skicka inte vidare" => [Secrecy];
        marking_label: "Sekretessmarkering: Ja, 19 kap. 1 § OSL (2025-02-11)" => [Secrecy];
        english_report: "This report is confidential and may not be distributed." => [Secrecy];
        the_minutes: "Protokollet är sekretessbelagt." => [Secrecy];
        english_statement: "CONFIDENTIAL – covered by secrecy under Chapter 31" => [Secrecy];
        class_marking_k2: "Informationsklass: K2\nBudget" => [Secrecy];
        class_marking_k1: "Informationsklass: K1" => [OtherSensitive];
        class_marking_k0: "Informationsklass: K0" => [];
        confidentiality_level: "Konfidentialitetsnivå: K2" => [Secrecy];
        quoting_the_law: "\"Sekretess gäller inom socialtjänsten för uppgift om en enskilds personliga förhållanden\"" => [];
        conditional: "Prövningen gäller om handlingen omfattas av sekretess." => [];
        holds_secret_information: "Handlingen innehåller sekretessbelagda uppgifter." => [Secrecy];
        this_mail_holds_secret_information: "Mejlet innehåller uppgifter som omfattas av sekretess." => [Secrecy];
        whether_the_document_holds_secrets: "Myndigheten ska pröva om handlingen innehåller uppgifter som omfattas av sekretess." => [];
        a_document_that_may_hold_secrets: "Om en handling innehåller sekretessbelagda uppgifter ska den maskas." => [];
        if_the_document_holds_secrets: "Pröva om handlingen innehåller sekretessbelagda uppgifter." => [];
        asking_about_marking: "Hur gör registrator en sekretessmarkering enligt 5 kap. 5 § OSL?" => [];
        secret_santa: "Vi kör \"hemlig tomte\" – max 100 kr" => [];
        secret_surveillance: "Hemliga tvångsmedel ska få användas för att förhindra brott." => [];
        guideline_heading: "## Sekretess\nSekretess innebär ett förbud att röja uppgifter." => [];
        withheld_line: "Får ej lämnas ut" => [Secrecy];
        withheld_line_in_capitals: "FÅR EJ LÄMNAS UT\nProtokoll" => [Secrecy];
        withheld_after_a_stamp: "OBS! Sekretess. Lämnas inte ut." => [Secrecy];
        withheld_after_a_dash: "Sekretessprövad handling – lämnas ej ut" => [Secrecy];
        withheld_in_a_sentence: "Uppgift som avses i första stycket får inte lämnas ut." => [];
        withheld_on_a_condition: "Lämnas ej ut utan sekretessprövning hos registrator" => [];
        released: "Allmänna handlingar som får lämnas ut ska diarieföras." => [];
        stamp_citing_its_ground: "Hemligt enligt säkerhetsskyddslagen\nPlan" => [Secrecy];
        title_stamp_citing_osl: "Sekretessbelagt enligt OSL 26:1" => [Secrecy];
        security_class_stamp: "Begränsat hemlig\nRiskanalys" => [Secrecy];
        security_class_in_capitals: "KVALIFICERAT HEMLIG – 2 kap. säkerhetsskyddslagen" => [Secrecy];
        speaking_of_a_security_class: "Uppgifter i klassen begränsat hemlig ska skyddas." => [];
        protected_identity_of_named_pupil: "Eleven Alva Sjöberg i klass 3A har skyddad identitet." => [PersonalData, SensitivePersonalData, Secrecy];
        protected_identity_in_general: "Hur hanterar vi elever med skyddad identitet i klasslistor?" => [];
    }
}
