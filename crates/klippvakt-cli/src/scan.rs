//! `klippvakt-cli scan`: classify each input and print one result per input, in order.

use crate::format::Format;
use crate::input;
use anyhow::{Context, Result};
use clap::Args;
use klippvakt_core::{classify, decide, Category, Finding, InfoClass, PolicyPack, Tool};
use serde::Serialize;
use std::process::ExitCode;

/// Arguments of `scan`.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Also name the rules of this built-in pack that a public AI tool would be warned with.
    #[arg(long)]
    pack: Option<String>,
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
    /// With `--pack`: the rule ids quoted if this went to a public AI tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    rules: Option<Vec<&'a str>>,
}

/// Classifies every input; an unreadable one is reported on stderr, the rest still printed,
/// and the exit code is then 2.
pub fn run(args: &ScanArgs) -> Result<ExitCode> {
    let pack = match &args.pack {
        Some(id) => Some(crate::active::pack(
            klippvakt_core::Feed::builtin(),
            Some(id),
        )?),
        None => None,
    };
    let public = Tool::any_public("public", "public AI system");
    input::for_each(&args.paths, |input| {
        let c = classify(&input.text);
        let decision = pack.map(|p: &PolicyPack| decide(&c, &public, p));
        let result = ScanResult {
            source: &input.source,
            class: c.class,
            categories: &c.categories,
            findings: &c.findings,
            truncated: input.truncated || c.truncated,
            rules: decision
                .as_ref()
                .map(|d| d.rules.iter().map(|r| r.id.as_str()).collect()),
        };
        match args.format {
            Format::Json => println!(
                "{}",
                serde_json::to_string(&result).context("cannot print JSON")?
            ),
            Format::Text => print_text(&result, &input.text),
        }
        Ok(())
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
    if let Some(rules) = r.rules.as_ref().filter(|r| !r.is_empty()) {
        println!("  rules for a public AI tool: {}", rules.join(", "));
    }
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
