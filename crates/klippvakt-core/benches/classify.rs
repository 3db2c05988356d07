//! Criterion benchmarks of `classify`: a 64 KB clipboard-sized Swedish text and a 10 MB file
//! of mixed Swedish text (the labelled dev corpus and the real open texts, repeated).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use klippvakt_core::Classifier;
use std::hint::black_box;

fn corpus(bytes: usize) -> String {
    let shared = std::env::var("KLIPPVAKT_SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").to_string());
    let dir = format!("{shared}/corpus");
    let mut base = String::new();
    if let Ok(dev) = std::fs::read_to_string(format!("{dir}/dev.jsonl")) {
        for line in dev.lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                base.push_str(v["text"].as_str().unwrap_or_default());
                base.push_str("\n\n");
            }
        }
    }
    if let Ok(entries) = std::fs::read_dir(format!("{dir}/real-open")) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths.iter().filter(|p| !p.ends_with("SOURCES.md")) {
            base.push_str(&std::fs::read_to_string(p).unwrap_or_default());
        }
    }
    assert!(
        !base.is_empty(),
        "the shared corpus is needed beside the repository"
    );
    let mut text = String::with_capacity(bytes + base.len());
    while text.len() < bytes {
        text.push_str(&base);
    }
    let end = (0..=bytes)
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0);
    text.truncate(end);
    text
}

fn bench(c: &mut Criterion) {
    let classifier = Classifier::new().expect("built-in detectors compile");
    let mut group = c.benchmark_group("classify");
    for (name, size) in [("64KB", 64 * 1024), ("10MB", 10 * 1024 * 1024)] {
        let text = corpus(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if size > 1 << 20 {
            group.sample_size(10);
        }
        group.bench_function(name, |b| b.iter(|| classifier.classify(black_box(&text))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
