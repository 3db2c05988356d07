//! Health, social-services and other GDPR art. 9/10 context. A term ("diagnos", "LVU",
//! "missbruk", a medicine name, "skyddad identitet") is sensitive personal data only when the text is about an
//! individual: a personal-data finding nearby, or a person word ("patienten", "hon") in the
//! same sentence. A brochure about diabetes, a law or aggregated statistics stay open.

use crate::category::{Category, InfoClass};
use crate::cue::{Cue, CueHit, CueWord};
use crate::finding::{DetectorId, Finding};
use crate::registry::{longest, near, Detector, Scan};
use crate::text::sentence_at;

const SENSITIVE_TERMS: &str = include_str!("../../data/terms/sensitive.txt");
const MEDICINES: &str = include_str!("../../data/terms/medicines.txt");

/// Words that point at one individual.
const PERSON_WORDS: &[&str] = &[
    "patienten",
    "brukaren",
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
];

/// Generic phrases that mention "han eller hon" without meaning anyone. As longer cue
/// words they hide the person words inside them.
const GENERIC_PERSON: &[&str] = &[
    "han eller hon",
    "hon eller han",
    "honom eller henne",
    "henne eller honom",
    "hans eller hennes",
    "he or she",
    "she or he",
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

/// How far (bytes) a term may stand from the personal-data finding it is about.
const WINDOW: usize = 300;

/// Sensitive context about an individual.
pub(crate) struct SensitiveDetector;

impl Detector for SensitiveDetector {
    fn cue_words(&self) -> Vec<CueWord> {
        CueWord::list(SENSITIVE_TERMS, Cue::Sensitive)
            .chain(CueWord::list(MEDICINES, Cue::Medicine))
            .chain(CueWord::words(PERSON_WORDS, Cue::PersonWord))
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
        let person_words: Vec<&CueHit> = scan.cues(Cue::PersonWord).collect();
        let mut used_person_words = Vec::new();
        let terms = scan.cues.iter().filter(|h| {
            matches!(
                h.cue,
                Cue::Sensitive | Cue::Medicine | Cue::ProtectedIdentity
            )
        });
        for hit in terms {
            let near_person = near(&personal, longest_personal, hit.start, hit.end, WINDOW)
                .next()
                .is_some();
            let person_word = if near_person || person_words.is_empty() {
                None
            } else {
                let (start, end) = sentence_at(scan.text, hit.start);
                let first_in_sentence = person_words.partition_point(|p| p.start < start);
                person_words
                    .get(first_in_sentence)
                    .filter(|p| p.end <= end)
                    .filter(|_| !scan.has_cue_in(Cue::GeneralLanguage, start, end))
            };
            if !near_person && person_word.is_none() {
                continue;
            }
            if let (false, Some(p)) = (near_person, person_word) {
                used_person_words.push(**p);
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
        // Sensitive personal data is always personal data: where only a person word tied the
        // term to someone, that word is the personal-data finding.
        if personal.is_empty() {
            used_person_words.sort_by_key(|h| h.start);
            used_person_words.dedup();
            out.extend(used_person_words.into_iter().map(|h| {
                Finding::new(
                    DetectorId::PersonReference,
                    Category::PersonalData,
                    InfoClass::K1,
                    h.start,
                    h.end,
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
        generic_he_or_she: "Om han eller hon har ett missbruk ska nämnden utreda." => [];
        statute_language: "Detsamma gäller uppgift om en gravid person eller någon närstående till denne, till skydd för det väntade barnet." => [];
        named_without_sensitive_term: "Lönerevision: Karin Åberg 38 500 → 39 900" => [PersonalData];
        resident_parking_is_not_health: "Sökande: Fredrik Nilsson. Ärende: boendeparkering." => [PersonalData];
        union_membership: "Sofia Karlsson har bett att hennes fackliga företrädare ska delta." => [PersonalData, SensitivePersonalData];
        depending_on_is_not_addiction: "Anna Holm kommer, beroende på vädret." => [PersonalData];
    }
}
