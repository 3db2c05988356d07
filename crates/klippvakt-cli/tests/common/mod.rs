//! Helpers shared by the CLI's integration tests: run the binary, temp files, fixtures.
#![allow(dead_code)] // each test file uses its own subset

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The built binary.
pub fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_klippvakt-cli"))
}

/// A file under the workspace's `tests/fixtures/`.
pub fn fixture(name: &str) -> String {
    format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A file under the workspace's `installer/`.
pub fn installer(name: &str) -> String {
    format!("{}/../../installer/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` (or `$KLIPPVAKT_SHARED`): policy sources and labelled corpora.
pub fn shared() -> PathBuf {
    std::env::var_os("KLIPPVAKT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")))
}

/// A fresh directory for one test.
pub fn temp_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klippvakt-cli-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Writes `bytes` to `name` in this process's temp directory.
pub fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klippvakt-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

/// Runs the binary with `args`.
pub fn run(args: &[&str]) -> Output {
    cli().args(args).output().expect("klippvakt-cli runs")
}

/// Runs the binary with `args` and `stdin` as standard input.
pub fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = cli()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("klippvakt-cli starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("klippvakt-cli ends")
}

/// Each line of standard output as JSON.
pub fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// Standard output and standard error as text.
pub fn text(out: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
