//! `klippvakt-cli`: Klippvakt's classifier and policy on the command line, for IT and tests.
//! All argument parsing and printing lives here; the decisions are in `klippvakt-core`.

mod active;
mod check;
mod feed;
mod format;
mod input;
mod scan;
mod tools;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Klippvakt on the command line: classify text locally, nothing leaves the machine.
#[derive(Debug, Parser)]
#[command(name = "klippvakt-cli", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Classify files or standard input: class, categories and where things were found.
    Scan(scan::ScanArgs),
    /// What Klippvakt would say if the text were pasted into a tool: verdict and rules.
    Check(check::CheckArgs),
    /// The AI tools of the feed, or which tool a window title would be recognised as.
    Tools(tools::ToolsArgs),
    /// Keys, signing and checking of the feed IT publishes.
    #[command(subcommand)]
    Feed(feed::FeedCommand),
}

fn main() -> ExitCode {
    // `klippvakt-cli tools | head` must end quietly, as other Unix tools do, not panic on the
    // closed pipe: the default action of SIGPIPE ends the process (Rust ignores it).
    #[cfg(unix)]
    // SAFETY: called first in main, before any thread exists; SIG_DFL is a valid handler.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(args) => scan::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Tools(args) => tools::run(&args),
        Command::Feed(command) => feed::run(&command),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("klippvakt-cli: {e:#}");
            ExitCode::from(2)
        }
    }
}
