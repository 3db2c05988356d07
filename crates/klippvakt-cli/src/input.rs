//! Reading the texts to classify: files or standard input, capped at the core's size limit,
//! invalid UTF-8 decoded lossily.

use anyhow::{Context, Result};
use klippvakt_core::MAX_SCAN_BYTES;
use std::io::Read;
use std::process::ExitCode;

/// One text to classify.
pub struct Input {
    /// The path as given, or `-` for standard input.
    pub source: String,
    /// The text, at most [`MAX_SCAN_BYTES`] bytes of it.
    pub text: String,
    /// Whether the input was longer than the cap.
    pub truncated: bool,
}

/// Reads `source` (`-` is standard input), never more than the cap plus one byte.
pub fn read(source: &str) -> Result<Input> {
    let mut bytes = Vec::new();
    let limit = MAX_SCAN_BYTES as u64 + 1;
    if source == "-" {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
    } else {
        std::fs::File::open(source)
            .and_then(|f| f.take(limit).read_to_end(&mut bytes))
            .with_context(|| format!("cannot read '{source}'"))?;
    }
    let truncated = bytes.len() > MAX_SCAN_BYTES;
    bytes.truncate(MAX_SCAN_BYTES);
    Ok(Input {
        source: source.to_string(),
        text: String::from_utf8_lossy(&bytes).into_owned(),
        truncated,
    })
}

/// The sources named on the command line: none means standard input.
fn sources(paths: &[String]) -> Vec<String> {
    if paths.is_empty() {
        vec!["-".to_string()]
    } else {
        paths.to_vec()
    }
}

/// Reads each source in turn and hands it to `each`. An unreadable source is reported on
/// stderr and the rest still processed; the exit code is then 2.
pub fn for_each(paths: &[String], mut each: impl FnMut(Input) -> Result<()>) -> Result<ExitCode> {
    let mut failed = false;
    for source in sources(paths) {
        match read(&source) {
            Ok(input) => each(input)?,
            Err(e) => {
                eprintln!("klippvakt-cli: {e:#}");
                failed = true;
            }
        }
    }
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
