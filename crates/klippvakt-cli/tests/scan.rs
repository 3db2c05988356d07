//! `klippvakt-cli scan` as scripts call it: the JSON contract of DESIGN.md, many paths and
//! stdin, unreadable paths, invalid UTF-8, the size cap, and no matched text in the output.

mod common;

use common::{cli, fixture, json_lines, run_with_stdin, temp_file};
use std::process::Output;

const PNR: &str = "600101-3934";

fn scan_json(path: &std::path::Path) -> Output {
    cli()
        .args(["scan", "--format", "json"])
        .arg(path)
        .output()
        .expect("klippvakt-cli runs")
}

#[test]
fn json_has_one_object_per_input_in_order() {
    let out = cli()
        .args([
            "scan",
            "--format",
            "json",
            &fixture("sample-clipboard.txt"),
            &fixture("sample-open.txt"),
        ])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["source"]
        .as_str()
        .is_some_and(|s| s.ends_with("sample-clipboard.txt")));
    assert_eq!(lines[0]["class"], "K3");
    assert_eq!(
        lines[0]["categories"],
        serde_json::json!(["personal_data", "sensitive_personal_data"])
    );
    assert_eq!(lines[0]["truncated"], false);
    let finding = &lines[0]["findings"][0];
    for key in ["detector", "category", "start", "end", "confidence"] {
        assert!(!finding[key].is_null(), "finding has {key}: {finding}");
    }
    assert_eq!(lines[1]["class"], "K0");
    assert_eq!(lines[1]["categories"], serde_json::json!([]));
}

#[test]
fn stdin_is_read_when_no_path_or_dash_is_given() {
    for args in [
        vec!["scan", "--format", "json"],
        vec!["scan", "--format", "json", "-"],
    ] {
        let out = run_with_stdin(&args, format!("pnr {PNR}").as_bytes());
        assert!(out.status.success());
        let lines = json_lines(&out);
        assert_eq!(lines[0]["source"], "-");
        assert_eq!(lines[0]["categories"], serde_json::json!(["personal_data"]));
    }
}

#[test]
fn matched_text_is_never_printed() {
    for format in ["json", "text"] {
        let out = cli()
            .args(["scan", "--format", format, &fixture("sample-clipboard.txt")])
            .output()
            .expect("runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            !stdout.contains(PNR) && !stdout.contains("Hedlund"),
            "{format}: {stdout}"
        );
    }
}

#[test]
fn unreadable_path_is_an_error_and_the_others_are_still_reported() {
    let out = cli()
        .args([
            "scan",
            "--format",
            "json",
            "/nonexistent/klippvakt",
            &fixture("sample-open.txt"),
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot read '/nonexistent/klippvakt'"),
        "{stderr}"
    );
    assert_eq!(json_lines(&out).len(), 1);
}

#[test]
fn invalid_utf8_is_decoded_lossily_and_scanned() {
    let mut bytes = b"\xff\xfe Sokande ".to_vec();
    bytes.extend_from_slice(PNR.as_bytes());
    bytes.extend_from_slice(b" \xc3\x28 slut");
    let path = temp_file("invalid.txt", &bytes);
    let out = scan_json(&path);
    assert!(out.status.success());
    assert_eq!(
        json_lines(&out)[0]["categories"],
        serde_json::json!(["personal_data"])
    );
}

#[test]
fn inputs_over_the_cap_are_scanned_up_to_it_and_marked_truncated() {
    let mut text = "Öppen text om snöröjning och parkering. ".repeat(9 * 1024 * 1024 / 40);
    text.push_str(PNR);
    let path = temp_file("big.txt", text.as_bytes());
    let out = scan_json(&path);
    assert!(out.status.success());
    let line = &json_lines(&out)[0];
    assert_eq!(line["truncated"], true);
    // The number lies beyond the cap, so it was not read.
    assert_eq!(line["categories"], serde_json::json!([]));
}

#[test]
fn text_format_names_class_and_categories() {
    let out = cli()
        .args(["scan", &fixture("sample-clipboard.txt")])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("K3 personal_data, sensitive_personal_data"),
        "{stdout}"
    );
    assert!(stdout.contains("personnummer"), "{stdout}");
}

#[test]
fn usage_errors_exit_2() {
    let out = cli()
        .args(["scan", "--format", "xml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}
