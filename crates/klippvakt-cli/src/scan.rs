//! `klippvakt-cli scan`: classify each input and print one result per input, in order.

use crate::input;
use anyhow::Result;
use clap::{Args, ValueEnum};
use klippvakt_core::{classify, Category, Finding, InfoClass};
use serde::Serialize;
use std::process::ExitCode;

/// How results are printed.
#[derive(Debug, Clone, Copy, Default, ValueEnum)]
pub enum Format {
    /// For people: one summary line per input and one line per finding.
    #[default]
    Text,
    /// For scripts: one JSON object per input, one per line.
    Json,
}

/// Arguments of `scan`.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Files to classify; none or `-` reads standard input.
    paths: Vec<String>,
}

/// One line of `scan --format json` (DESIGN.md). It never holds the matched text.
#[derive(Debug, Serialize)]
struct ScanResult<'a> {
    source: &'a str,
    class: InfoClass,
    categories: &'a [Category],
    findings: &'a [Finding],
    truncated: bool,
}

/// Classifies every input; an unreadable one is reported on stderr, the rest still printed,
/// and the exit code is then 2.
pub fn run(args: &ScanArgs) -> Result<ExitCode> {
    let mut failed = false;
    for source in input::sources(&args.paths) {
        let input = match input::read(&source) {
            Ok(input) => input,
            Err(e) => {
                eprintln!("klippvakt-cli: {e:#}");
                failed = true;
                continue;
            }
        };
        let c = classify(&input.text);
        let result = ScanResult {
            source: &input.source,
            class: c.class,
            categories: &c.categories,
            findings: &c.findings,
            truncated: input.truncated || c.truncated,
        };
        match args.format {
            Format::Json => println!("{}", serde_json::to_string(&result)?),
            Format::Text => print_text(&result, &input.text),
        }
    }
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Positions are shown as line:column so that a person can look; the text itself is not.
fn print_text(r: &ScanResult<'_>, text: &str) {
    let categories: Vec<&str> = r.categories.iter().map(|c| c.as_str()).collect();
    let summary = if categories.is_empty() {
        "open".to_string()
    } else {
        categories.join(", ")
    };
    let truncated = if r.truncated {
        " (truncated: only the first 8 MiB were read)"
    } else {
        ""
    };
    println!("{}: {} {summary}{truncated}", r.source, r.class);
    // Findings come sorted by start: count lines once, moving forward.
    let (mut line, mut line_start, mut cursor) = (1, 0, 0);
    for f in r.findings {
        for (i, _) in text[cursor..f.start].match_indices('\n') {
            line += 1;
            line_start = cursor + i + 1;
        }
        cursor = f.start;
        let column = text[line_start..f.start].chars().count() + 1;
        println!(
            "  {line}:{column}\t{}\t{}\t{:.2}",
            f.detector.as_str(),
            f.category,
            f.confidence
        );
    }
}
