//! Property tests over `classify`: whatever the text, no panic, and every finding lies inside
//! the text on char boundaries, with a category that agrees with the classification.

use klippvakt_core::{classify, InfoClass};
use proptest::prelude::*;

/// Pieces that steer random text towards the detectors' edges: digits and separators,
/// Swedish letters, names, cue words, stamps and key prefixes.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9 +\\-–.:/@]{1,14}",
        "[a-zåäöA-ZÅÄÖé]{1,10}",
        Just("Anna Holm ".to_string()),
        Just("personnummer ".to_string()),
        Just("SEKRETESS ".to_string()),
        Just("diagnos ".to_string()),
        Just("lösenord: ".to_string()),
        Just("sk-".to_string()),
        Just("-----BEGIN PRIVATE KEY-----".to_string()),
        Just("\n".to_string()),
        any::<char>().prop_map(String::from),
    ]
}

fn check(text: &str) {
    let c = classify(text);
    for f in &c.findings {
        assert!(
            f.start < f.end && f.end <= text.len(),
            "{f:?} outside {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{f:?} splits a char"
        );
        assert!(c.categories.contains(&f.category));
        assert!(f.class <= c.class);
        assert!((0.5..=1.0).contains(&f.confidence), "{f:?}");
    }
    if c.findings.is_empty() {
        assert_eq!(c.class, InfoClass::K0);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn steered_text(pieces in prop::collection::vec(piece(), 0..40)) {
        check(&pieces.concat());
    }
}

#[test]
fn binary_looking_text_is_handled() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(100_000).collect();
    check(&String::from_utf8_lossy(&bytes));
}
