//! The personnummer peer suite in `../shared/peer-tests/personnummer-meta/`: validation
//! agrees with every `valid` flag, every valid number is found in a sentence in all four
//! formats, and no organisation number is reported as personal data.

use klippvakt_core::{
    classify, is_organisation_number, is_valid_personnummer, Category, DetectorId,
};
use serde_json::Value;
use std::path::PathBuf;

fn load(name: &str) -> Value {
    let dir = std::env::var_os("KLIPPVAKT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")));
    let path = dir.join("peer-tests/personnummer-meta").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("valid JSON")
}

/// The fields of list.json and interim.json that hold the number in each written format.
const FORMAT_KEYS: [&str; 4] = [
    "long_format",
    "short_format",
    "separated_format",
    "separated_long",
];

fn str_field<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_else(|| panic!("{key} in {v}"))
}

/// The four ways people write a long-format number: `YYYYMMDDNNNN`, `YYYYMMDD-NNNN`,
/// `YYMMDD-NNNN` and `YYMMDDNNNN` (with `+` for 100 years or older in the short form).
fn formats(long: &str) -> [String; 4] {
    let (date, serial) = long.split_at(8);
    let year: u32 = long[..4].parse().expect("year");
    // The corpus is read in 2026; people born before 1926 write '+'.
    let sep = if year + 100 <= 2026 { '+' } else { '-' };
    [
        long.to_string(),
        format!("{date}-{serial}"),
        format!("{}{sep}{serial}", &date[2..]),
        format!("{}{serial}", &date[2..]),
    ]
}

fn found_identity(text: &str) -> bool {
    classify(text).findings.iter().any(|f| {
        matches!(
            f.detector,
            DetectorId::Personnummer | DetectorId::Samordningsnummer
        )
    })
}

#[test]
fn validation_agrees_with_list() {
    for entry in load("list.json").as_array().expect("array") {
        let valid = entry["valid"].as_bool().expect("valid");
        for key in FORMAT_KEYS {
            let s = str_field(entry, key);
            assert_eq!(
                is_valid_personnummer(s).is_some(),
                valid,
                "{s} ({key}) should be valid={valid}"
            );
        }
    }
}

#[test]
fn validation_agrees_with_structured() {
    let data = load("structured.json");
    for kind in ["ssn", "con"] {
        for (flag, expect) in [("valid", true), ("invalid", false)] {
            for v in data[kind]["string"][flag].as_array().expect("array") {
                let s = v.as_str().expect("string");
                assert_eq!(
                    is_valid_personnummer(s).is_some(),
                    expect,
                    "{s} ({kind}, {flag})"
                );
            }
            for v in data[kind]["integer"][flag].as_array().expect("array") {
                let s = v.as_u64().expect("integer").to_string();
                assert_eq!(
                    is_valid_personnummer(&s).is_some(),
                    expect,
                    "{s} ({kind}, integer {flag})"
                );
            }
        }
    }
}

#[test]
fn interim_numbers_are_not_personnummer_without_the_interim_option() {
    // Interim numbers (a letter in the serial) are valid only when a caller allows them;
    // Klippvakt's validator does not, so it must reject every one.
    for entry in load("interim.json").as_array().expect("array") {
        for key in FORMAT_KEYS {
            let s = str_field(entry, key);
            assert_eq!(is_valid_personnummer(s), None, "{s}");
        }
    }
}

#[test]
fn organisation_numbers_are_not_personal_data() {
    for entry in load("orgnumber.json").as_array().expect("array") {
        for key in ["short_format", "separated_format"] {
            let s = str_field(entry, key);
            assert!(is_organisation_number(s), "{s} is an organisation number");
            assert_eq!(is_valid_personnummer(s), None, "{s}");
            for text in [
                format!("Organisationsnummer {s}."),
                format!("Betala till {s} senast fredag."),
            ] {
                let c = classify(&text);
                assert!(!c.has(Category::PersonalData), "{text}: {:?}", c.findings);
            }
        }
    }
}

fn assert_all_found(file: &str) {
    let mut missed = Vec::new();
    let numbers = load(file);
    let numbers = numbers.as_array().expect("array");
    for n in numbers {
        let long = n.as_str().expect("string");
        assert!(is_valid_personnummer(long).is_some(), "{long} validates");
        for written in formats(long) {
            for text in [
                format!("Hej, kan du hjälpa mig med ärendet för {written} i dag?"),
                format!("{written} har ringt om sin ansökan."),
            ] {
                if !found_identity(&text) {
                    missed.push(text);
                }
            }
        }
    }
    assert!(
        missed.is_empty(),
        "{} of {} not found, e.g. {:?}",
        missed.len(),
        numbers.len() * 8,
        &missed[..missed.len().min(20)]
    );
}

#[test]
fn every_valid_personnummer_is_found_in_a_sentence() {
    assert_all_found("allPins.json");
}

#[test]
fn every_valid_samordningsnummer_is_found_in_a_sentence() {
    assert_all_found("allCoords.json");
}
