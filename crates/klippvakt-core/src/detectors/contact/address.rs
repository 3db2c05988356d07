//! Home addresses: a street and number where the text says someone lives there.

use crate::category::{Category, InfoClass};
use crate::cue::{Cue, CueWord};
use crate::finding::{DetectorId, Finding};
use crate::registry::{compile, BuildError, Detector, Scan};
use crate::text::next_char;
use regex::Regex;

/// Words that make a street address someone's home ("lgh", "bor på", "Adress:").
const RESIDENCE: &[&str] = &[
    "lgh",
    "lägenhet",
    "bor på",
    "bor i",
    "boende på",
    "hemadress",
    "folkbokförd på",
    "bosatt på",
    "bosatt i",
    "bostadsadress",
    "vistelseadress",
    "folkbokföringsadress",
    "adress",
    "c/o",
    "home address",
    "lives at",
    // Who lives there, in complaints and case notes ("Familjen på Björkvägen 7 eldar").
    "familjen på",
    "grannen på",
    "grannarna på",
    "hyresgästen på",
    "hyresgästerna på",
];

/// Home addresses: a street and number in a residential context ("lgh 1102", "bor på",
/// "Adress:"). The address of a library or a town hall is not personal data.
pub(crate) struct AddressDetector {
    street: Regex,
}

impl AddressDetector {
    pub(crate) fn new() -> Result<Self, BuildError> {
        Ok(Self {
            // Found by its street-word ending; the start of the name is found by walking back.
            street: compile(
                "postal_address",
                r"(?:gatan|vägen|gränden|gränd|stigen|backen|backe|torget|torg|allén|allé|leden|slingan|liden|plan|väg|gata|stig)\s+[0-9]{1,4}(?:\s?[A-Ha-h](?-u:\b))?(?:\s*,?\s*lgh\s*[0-9]{4})?(?:\s*,?\s*[0-9]{3}\s?[0-9]{2}\s+\p{Lu}\p{Ll}+)?",
            )?,
        })
    }

    /// The start of the street name that ends at `suffix_start`, if it is capitalised.
    fn street_start(text: &str, suffix_start: usize) -> Option<usize> {
        let head = &text[..suffix_start];
        let start = head
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(suffix_start, |(i, _)| i);
        next_char(text, start)
            .filter(|c| c.is_uppercase())
            .map(|_| start)
    }
}

impl Detector for AddressDetector {
    fn cue_words(&self) -> Vec<CueWord> {
        CueWord::words(RESIDENCE, Cue::Residence).collect()
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        for m in self.street.find_iter(scan.text) {
            let Some(start) = Self::street_start(scan.text, m.start()) else {
                continue;
            };
            let residential =
                scan.has_cue_in(Cue::Residence, start.saturating_sub(30), m.end() + 12);
            if residential {
                out.push(Finding::new(
                    DetectorId::PostalAddress,
                    Category::PersonalData,
                    InfoClass::K1,
                    start,
                    m.end(),
                    0.75,
                ));
            }
        }
    }
}
