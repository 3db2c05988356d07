//! Criterion benchmarks of `classify` on mixed Swedish text built from `../shared/corpus`:
//! 64 KB of the labelled dev cases (dense with findings: the worst clipboard), 64 KB of the
//! real open texts (statutes and government text, no findings), and a 10 MB file of both
//! repeated (classified up to the 8 MiB cap; throughput counts the bytes classified).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use klippvakt_core::{Classifier, MAX_SCAN_BYTES};
use std::hint::black_box;

/// The dev cases and the real open texts, each as one string.
fn corpus_texts() -> (String, String) {
    let shared = std::env::var("KLIPPVAKT_SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").to_string());
    let dir = format!("{shared}/corpus");
    let lines = std::fs::read_to_string(format!("{dir}/dev.jsonl"))
        .expect("shared/corpus/dev.jsonl beside the repository");
    let mut dev = String::new();
    for line in lines.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("dev.jsonl parses");
        dev.push_str(v["text"].as_str().unwrap_or_default());
        dev.push_str("\n\n");
    }
    let mut paths: Vec<_> = std::fs::read_dir(format!("{dir}/real-open"))
        .expect("shared/corpus/real-open beside the repository")
        .flatten()
        .map(|e| e.path())
        .filter(|p| !p.ends_with("SOURCES.md"))
        .collect();
    paths.sort();
    let open = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect();
    (dev, open)
}

/// `base` repeated and cut to `bytes` at a char boundary.
fn sized(base: &str, bytes: usize) -> String {
    let mut text = base.repeat(bytes / base.len() + 1);
    let end = (0..=bytes)
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0);
    text.truncate(end);
    text
}

fn bench(c: &mut Criterion) {
    let classifier = Classifier::new().expect("built-in detectors compile");
    let (dev, open) = corpus_texts();
    let inputs = [
        ("64KB-dev-cases", sized(&dev, 64 * 1024)),
        ("64KB-open-texts", sized(&open, 64 * 1024)),
        (
            "10MB-mixed",
            sized(&format!("{dev}{open}"), 10 * 1024 * 1024),
        ),
    ];
    let mut group = c.benchmark_group("classify");
    for (name, text) in inputs {
        group.throughput(Throughput::Bytes(text.len().min(MAX_SCAN_BYTES) as u64));
        if text.len() > 1 << 20 {
            group.sample_size(10);
        }
        group.bench_function(name, |b| b.iter(|| classifier.classify(black_box(&text))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
