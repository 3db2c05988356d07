//! The `--format` option every command shares.

use clap::ValueEnum;

/// How results are printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    #[default]
    Text,
    /// For scripts: JSON, one object per line.
    Json,
}
