//! `klippvakt-cli tools`: the AI tools of the active feed and what each may receive, or which
//! tool a window title (and process) would be recognised as.

use crate::active;
use crate::format::Format;
use anyhow::Result;
use clap::Args;
use klippvakt_core::{Feed, Tool, Window};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `tools`.
#[derive(Debug, Args)]
pub struct ToolsArgs {
    /// A feed file in place of the built-in default feed.
    #[arg(long)]
    feed: Option<PathBuf>,
    /// Output format; JSON prints the whole feed.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Print the tool this window title would be recognised as (exit 1 if none).
    #[arg(long, value_name = "TITLE")]
    match_title: Option<String>,
    /// With --match-title: the window's process name or path ("chrome.exe").
    #[arg(long, value_name = "NAME", requires = "match_title")]
    process: Option<String>,
}

/// Lists the tools, or recognises one window.
pub fn run(args: &ToolsArgs) -> Result<ExitCode> {
    let feed = active::feed(args.feed.as_deref())?;
    if let Some(title) = &args.match_title {
        let window = Window {
            title,
            process: args.process.as_deref().unwrap_or(""),
        };
        let tool = feed.recognise(&window);
        match args.format {
            Format::Json => println!("{}", serde_json::to_string(&tool)?),
            Format::Text => match tool {
                Some(t) => println!("{}\t{}", t.id, t.name),
                None => println!("no tool"),
            },
        }
        return Ok(if tool.is_some() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    match args.format {
        Format::Json => println!("{}", serde_json::to_string(&*feed)?),
        Format::Text => print_text(&feed),
    }
    Ok(ExitCode::SUCCESS)
}

fn print_text(feed: &Feed) {
    let pack = feed.pack().map_or("?", |p| p.id.as_str());
    println!(
        "{} (updated {}, policy {pack}, {} tools)",
        feed.publisher,
        feed.updated,
        feed.tools.len()
    );
    for t in &feed.tools {
        println!(
            "  {:<12} {:<20} {:<12} {:<10} {}  personal data: {}",
            t.id,
            t.name,
            t.vendor,
            t.kind,
            t.max_class,
            yes_no(t)
        );
    }
}

fn yes_no(tool: &Tool) -> &'static str {
    if tool.personal_data {
        "yes"
    } else {
        "no"
    }
}
