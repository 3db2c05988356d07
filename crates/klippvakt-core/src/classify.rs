//! `classify(text)`: runs every detector and sums the findings up into categories and an
//! information class.

use crate::category::{Category, InfoClass};
use crate::detectors;
use crate::finding::Finding;
use crate::registry::{BuildError, Registry};
use serde::Serialize;
use std::sync::OnceLock;

/// Texts longer than this are classified up to this many bytes (at a char boundary) and
/// reported as truncated. 8 MiB is far beyond any clipboard a person pastes into a chat.
pub const MAX_SCAN_BYTES: usize = 8 * 1024 * 1024;

/// What Klippvakt concluded about one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classification {
    /// The highest class any finding gives; K0 when nothing was found.
    pub class: InfoClass,
    /// The categories found, each once, in [`Category::ALL`] order.
    pub categories: Vec<Category>,
    /// Every finding, by position.
    pub findings: Vec<Finding>,
    /// Whether only the first [`MAX_SCAN_BYTES`] were classified.
    pub truncated: bool,
}

impl Classification {
    /// Whether the text holds anything at all to warn or advise about.
    pub fn is_open(&self) -> bool {
        self.categories.is_empty()
    }

    /// Whether one of the findings is of `category`.
    pub fn has(&self, category: Category) -> bool {
        self.categories.contains(&category)
    }
}

/// Every detector, compiled once. Build it once and classify many texts.
pub struct Classifier {
    registry: Registry,
}

impl Classifier {
    /// Compiles every built-in detector.
    pub fn new() -> Result<Classifier, BuildError> {
        Ok(Classifier {
            registry: Registry::new(detectors::all()?)?,
        })
    }

    /// Classifies `text` (up to [`MAX_SCAN_BYTES`]).
    pub fn classify(&self, text: &str) -> Classification {
        let (text, truncated) = cap(text);
        let findings = self.registry.run(text);
        let class = findings
            .iter()
            .map(|f| f.class)
            .max()
            .unwrap_or(InfoClass::K0);
        let categories = Category::ALL
            .into_iter()
            .filter(|c| findings.iter().any(|f| f.category == *c))
            .collect();
        Classification {
            class,
            categories,
            findings,
            truncated,
        }
    }
}

/// Classifies `text` with the built-in detectors (compiled on first use).
///
/// ```
/// use klippvakt_core::{classify, Category, InfoClass};
/// let c = classify("Kan du kolla om 920303-4138 är ett giltigt personnummer?");
/// assert_eq!(c.categories, [Category::PersonalData]);
/// assert_eq!(c.class, InfoClass::K2);
/// assert!(classify("Vad är skillnaden mellan en allmän och en offentlig handling?").is_open());
/// ```
pub fn classify(text: &str) -> Classification {
    static BUILT_IN: OnceLock<Classifier> = OnceLock::new();
    BUILT_IN
        .get_or_init(|| Classifier::new().expect("built-in detector patterns compile (tested)"))
        .classify(text)
}

/// The first [`MAX_SCAN_BYTES`] of `text`, cut at a char boundary, and whether it was cut.
fn cap(text: &str) -> (&str, bool) {
    if text.len() <= MAX_SCAN_BYTES {
        return (text, false);
    }
    let end = crate::text::floor_boundary(text, MAX_SCAN_BYTES);
    (&text[..end], true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_detectors_compile() {
        assert!(Classifier::new().is_ok());
    }

    #[test]
    fn nothing_found_is_k0_and_open() {
        let c = classify("Skriv en inbjudan till julfikat på fredag.");
        assert_eq!(c.class, InfoClass::K0);
        assert!(c.is_open());
        assert!(!c.truncated);
    }

    #[test]
    fn huge_text_is_truncated_at_a_char_boundary() {
        let text = "å".repeat(MAX_SCAN_BYTES / 2 + 3);
        let c = classify(&text);
        assert!(c.truncated);
    }
}
