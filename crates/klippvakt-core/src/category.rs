//! What a finding is evidence of, and the information classes K0–K3 that findings add up to.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What a finding is evidence of (DESIGN.md, "Categories and classes").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Identifies a living person: identity numbers, names, personal contact details.
    PersonalData,
    /// GDPR art. 9/10 data and social-services matters about an individual.
    SensitivePersonalData,
    /// The text is itself marked or stated to be covered by secrecy.
    Secrecy,
    /// Credentials, keys, connection strings, internal security details.
    OtherSensitive,
    /// An explicit copyright marker; only ever gives an advice.
    Copyright,
}

impl Category {
    /// Every category, in the order they are reported.
    pub const ALL: [Category; 5] = [
        Category::PersonalData,
        Category::SensitivePersonalData,
        Category::Secrecy,
        Category::OtherSensitive,
        Category::Copyright,
    ];

    /// The name used in JSON and on the command line, e.g. `personal_data`.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::PersonalData => "personal_data",
            Category::SensitivePersonalData => "sensitive_personal_data",
            Category::Secrecy => "secrecy",
            Category::OtherSensitive => "other_sensitive",
            Category::Copyright => "copyright",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Information class on the K0–K3 scale of Swedish municipal classification models.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum InfoClass {
    /// Öppen information.
    #[default]
    K0,
    /// Intern eller begränsad information.
    K1,
    /// Konfidentiell information.
    K2,
    /// Konfidentiell information där ett röjande kan orsaka allvarlig skada.
    K3,
}

impl InfoClass {
    /// `K0` … `K3`.
    pub fn as_str(self) -> &'static str {
        match self {
            InfoClass::K0 => "K0",
            InfoClass::K1 => "K1",
            InfoClass::K2 => "K2",
            InfoClass::K3 => "K3",
        }
    }

    /// Parses `K0` … `K3` (either case).
    pub fn parse(s: &str) -> Option<InfoClass> {
        match s.trim() {
            "K0" | "k0" => Some(InfoClass::K0),
            "K1" | "k1" => Some(InfoClass::K1),
            "K2" | "k2" => Some(InfoClass::K2),
            "K3" | "k3" => Some(InfoClass::K3),
            _ => None,
        }
    }
}

impl fmt::Display for InfoClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_ordered_by_severity() {
        assert!(InfoClass::K0 < InfoClass::K1);
        assert!(InfoClass::K2 < InfoClass::K3);
    }

    #[test]
    fn class_names_round_trip() {
        for c in [InfoClass::K0, InfoClass::K1, InfoClass::K2, InfoClass::K3] {
            assert_eq!(InfoClass::parse(c.as_str()), Some(c));
        }
        assert_eq!(InfoClass::parse("K4"), None);
    }

    #[test]
    fn category_names_match_serde() {
        for c in Category::ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.as_str()));
        }
    }
}
