//! The labelled corpora in `../shared/corpus/`: every dev case's categories match exactly,
//! and no real open text (whole file or paragraph) gets any category but `copyright`.

use klippvakt_core::{classify, Category};
use std::path::PathBuf;

fn shared() -> PathBuf {
    std::env::var_os("KLIPPVAKT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")))
}

fn names(categories: &[Category]) -> Vec<&'static str> {
    categories.iter().map(|c| c.as_str()).collect()
}

#[test]
fn dev_corpus_categories_match_exactly() {
    let path = shared().join("corpus/dev.jsonl");
    let dev = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut ids = std::collections::HashSet::new();
    let mut differ = Vec::new();
    let mut total = 0;
    for line in dev.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).expect("dev.jsonl line parses");
        let id = case["id"].as_str().expect("id");
        assert!(ids.insert(id.to_string()), "duplicate id {id}");
        let mut expect: Vec<&str> = case["expect"]
            .as_array()
            .expect("expect")
            .iter()
            .map(|v| v.as_str().expect("category"))
            .collect();
        for e in &expect {
            assert!(
                Category::ALL.iter().any(|c| c.as_str() == *e),
                "{id}: unknown category {e}"
            );
        }
        expect.sort();
        let mut got = names(&classify(case["text"].as_str().expect("text")).categories);
        got.sort();
        total += 1;
        if got != expect {
            differ.push(format!(
                "{id}: expected {expect:?}, got {got:?} ({})",
                case["note"].as_str().unwrap_or("")
            ));
        }
    }
    assert_eq!(total, 120, "dev.jsonl has 120 cases");
    assert!(
        differ.is_empty(),
        "{} of {total} cases differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}

#[test]
fn real_open_texts_are_open_whole_and_by_paragraph() {
    let dir = shared().join("corpus/real-open");
    let mut failures = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("dir entry").path();
        if path.extension().is_none_or(|e| e != "md") || path.ends_with("SOURCES.md") {
            continue;
        }
        files += 1;
        let raw = std::fs::read_to_string(&path).expect("readable");
        // The first line is a provenance comment, not clipboard text.
        let body = raw.split_once('\n').map_or("", |(_, rest)| rest);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let pieces = std::iter::once(body).chain(body.split("\n\n"));
        for piece in pieces {
            let c = classify(piece);
            let bad: Vec<_> = c
                .findings
                .iter()
                .filter(|f| f.category != Category::Copyright)
                .collect();
            if let Some(f) = bad.first() {
                let shown = &piece[f.start..f.end];
                failures.push(format!(
                    "{name}: {:?} {:?} on {shown:?}",
                    f.detector, f.category
                ));
            }
        }
    }
    assert_eq!(files, 19);
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} open texts flagged:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
