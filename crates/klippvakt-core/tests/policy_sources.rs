//! Every rule text of the built-in packs is compared with its source document in
//! `../shared/policy-sources/`, so that no rule is silently reworded: the clean text, turned
//! into a pattern that allows exactly the OCR's errors (a Swedish letter read as any one or
//! two characters, "AI" read as "Al", "i" as "1" or "i1", "l" as "i", "f" as "t", words run
//! together or broken at a line end), must occur in the OCR text.

use klippvakt_core::builtin_packs;
use regex::Regex;
use std::path::PathBuf;

/// The pattern that matches `clean` as the OCR may have rendered it.
fn ocr_pattern(clean: &str) -> String {
    let mut p = String::from("(?s)");
    for c in clean.chars() {
        let piece = match c {
            'å' | 'ä' | 'ö' | 'é' | 'Å' | 'Ä' | 'Ö' => ".{1,2}".to_string(),
            ' ' => r"\s*".to_string(),
            '-' | '–' | '—' => r"[-–—.]\s*".to_string(),
            'I' => "[IlT1]".to_string(),
            'i' => "[i1l]{1,2}".to_string(),
            'l' => "[l1Ii]".to_string(),
            'f' => "[ft]".to_string(),
            'o' | 'O' | '0' => "[oO0]".to_string(),
            c => regex::escape(&c.to_string()),
        };
        p.push_str(&piece);
    }
    p
}

#[test]
fn every_rule_text_stands_in_its_source() {
    let dir = std::env::var_os("KLIPPVAKT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")));
    let mut missing = Vec::new();
    for pack in builtin_packs() {
        let path = dir.join("policy-sources").join(&pack.source);
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for rule in &pack.rules {
            let re = Regex::new(&ocr_pattern(&rule.text)).expect("pattern compiles");
            if !re.is_match(&source) {
                missing.push(format!("{} {}: {}", pack.id, rule.id, rule.text));
            }
            let heading = Regex::new(&ocr_pattern(&rule.section)).expect("pattern compiles");
            if !heading.is_match(&source) {
                missing.push(format!("{} {} section: {}", pack.id, rule.id, rule.section));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not found in the source:\n{}",
        missing.join("\n")
    );
}

#[test]
fn a_reworded_rule_is_caught() {
    let source = "D. Personuppgifter far inte matas in 1 allmant tillgingliga Al-system.";
    assert!(Regex::new(&ocr_pattern(
        "Personuppgifter får inte matas in i allmänt tillgängliga AI-system."
    ))
    .unwrap()
    .is_match(source));
    assert!(!Regex::new(&ocr_pattern(
        "Personuppgifter får aldrig matas in i allmänt tillgängliga AI-system."
    ))
    .unwrap()
    .is_match(source));
}
