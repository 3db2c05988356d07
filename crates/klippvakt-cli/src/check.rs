//! `klippvakt-cli check --tool ID`: what Klippvakt would say if each input were pasted into
//! that tool: the verdict, the class and categories, and the rules it would quote.

use crate::active;
use crate::format::Format;
use crate::input;
use anyhow::{Context, Result};
use clap::Args;
use klippvakt_core::{classify, decide, Category, Feed, InfoClass, Tool, ToolKind, Verdict};
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The tool's id in the feed (`klippvakt-cli tools` lists them).
    #[arg(long)]
    tool: String,
    /// A feed file in place of the built-in default feed.
    #[arg(long)]
    feed: Option<PathBuf>,
    /// A built-in policy pack in place of the one the feed names.
    #[arg(long)]
    pack: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Files to check; none or `-` reads standard input.
    paths: Vec<String>,
}

/// One line of `check --format json` (DESIGN.md). It never holds the matched text.
#[derive(Debug, Serialize)]
struct CheckResult<'a> {
    source: &'a str,
    tool: ToolSummary<'a>,
    verdict: Verdict,
    class: InfoClass,
    categories: &'a [Category],
    rules: Vec<RuleQuote<'a>>,
    /// What was found, in Swedish, as the notification says it.
    summary: &'a str,
}

#[derive(Debug, Serialize)]
struct ToolSummary<'a> {
    id: &'a str,
    name: &'a str,
    kind: ToolKind,
    max_class: InfoClass,
}

#[derive(Debug, Serialize)]
struct RuleQuote<'a> {
    id: &'a str,
    title: Option<&'a str>,
    text: &'a str,
    section: &'a str,
    /// The address of the link the rule names (incident reporting), when the feed has it.
    #[serde(skip_serializing_if = "Option::is_none")]
    link: Option<&'a str>,
}

/// Checks every input against the tool.
pub fn run(args: &CheckArgs) -> Result<ExitCode> {
    let feed = active::feed(args.feed.as_deref())?;
    let pack = active::pack(&feed, args.pack.as_deref())?;
    let tool = find_tool(&feed, &args.tool)?;
    input::for_each(&args.paths, |input| {
        let c = classify(&input.text);
        let d = decide(&c, tool, pack);
        let result = CheckResult {
            source: &input.source,
            tool: ToolSummary {
                id: &tool.id,
                name: &tool.name,
                kind: tool.kind,
                max_class: tool.max_class,
            },
            verdict: d.verdict,
            class: c.class,
            categories: &c.categories,
            rules: d
                .rules
                .iter()
                .map(|r| RuleQuote {
                    id: &r.id,
                    title: r.title.as_deref(),
                    text: &r.text,
                    section: &r.section,
                    link: r.link.as_deref().and_then(|l| feed.links.get(l)),
                })
                .collect(),
            summary: &d.summary,
        };
        match args.format {
            Format::Json => println!("{}", serde_json::to_string(&result)?),
            Format::Text => print_text(&result),
        }
        Ok(())
    })
}

fn find_tool<'f>(feed: &'f Feed, id: &str) -> Result<&'f Tool> {
    feed.tool(id).with_context(|| {
        let ids: Vec<&str> = feed.tools.iter().map(|t| t.id.as_str()).collect();
        format!(
            "the feed has no tool '{id}'; its tools are: {}",
            ids.join(", ")
        )
    })
}

fn print_text(r: &CheckResult<'_>) {
    let tool = format!("{} ({}, {})", r.tool.name, r.tool.kind, r.tool.max_class);
    match r.verdict {
        Verdict::Allow => println!("{}: allow: {tool}, {} text", r.source, r.class),
        _ if r.summary.is_empty() => println!(
            "{}: {}: {tool}, {} text; the tool is not approved",
            r.source, r.verdict, r.class
        ),
        _ => println!(
            "{}: {}: {tool}, {} text with {}",
            r.source, r.verdict, r.class, r.summary
        ),
    }
    for rule in &r.rules {
        println!("  {} ({}): {}", rule.id, rule.section, rule.text);
        if let Some(link) = rule.link {
            println!("     {link}");
        }
    }
}
