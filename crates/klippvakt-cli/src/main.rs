//! `klippvakt-cli`: Klippvakt's classifier and policy on the command line, for IT and tests.
//! All argument parsing and printing lives here; the decisions are in `klippvakt-core`.

mod input;
mod scan;

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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(args) => scan::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("klippvakt-cli: {e:#}");
            ExitCode::from(2)
        }
    }
}
