//! `klippvakt-cli tools`: the active feed as text and JSON, and which tool a window title is.

mod common;

use common::{cli, installer, run, text};
use serde_json::Value;

#[test]
fn a_closed_pipe_ends_it_quietly() {
    // `klippvakt-cli tools | head -0`: the reader is gone before anything is written.
    let mut child = cli()
        .args(["tools", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn json_is_the_builtin_feed_unless_a_feed_is_given() {
    let out = run(&["tools", "--format", "json"]);
    assert!(out.status.success());
    let feed: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(feed["schema"], 1);
    assert_eq!(feed["policy"], "soderkoping");
    let ids: Vec<&str> = feed["tools"]
        .as_array()
        .expect("tools")
        .iter()
        .filter_map(|t| t["id"].as_str())
        .collect();
    assert!(
        ids.contains(&"chatgpt") && ids.contains(&"deepseek"),
        "{ids:?}"
    );
    let out = run(&[
        "tools",
        "--format",
        "json",
        "--feed",
        &installer("sample-feed.json"),
    ]);
    let feed: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(feed["publisher"], "Exempelkommunen, IT-enheten");
    assert_eq!(feed["tools"][0]["kind"], "procured");
}

#[test]
fn text_lists_each_tool_with_its_approval() {
    let (stdout, _) = text(&run(&["tools"]));
    assert!(
        stdout
            .lines()
            .any(|l| l.contains("chatgpt") && l.contains("public") && l.contains("K0")),
        "{stdout}"
    );
    assert!(
        stdout
            .lines()
            .any(|l| l.contains("deepseek") && l.contains("unapproved")),
        "{stdout}"
    );
}

#[test]
fn match_title_names_the_tool_or_exits_1() {
    let out = run(&["tools", "--match-title", "ChatGPT - Google Chrome"]);
    assert_eq!(
        (out.status.code(), text(&out).0),
        (Some(0), "chatgpt\tChatGPT\n".to_string())
    );
    let out = run(&[
        "tools",
        "--match-title",
        "Rapport om ChatGPT.docx - Word",
        "--process",
        "WINWORD.EXE",
    ]);
    assert_eq!(
        (out.status.code(), text(&out).0),
        (Some(1), "no tool\n".to_string())
    );
    let out = run(&[
        "tools",
        "--match-title",
        "Sammanfatta",
        "--process",
        "ChatGPT.exe",
        "--format",
        "json",
    ]);
    let tool: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(tool["id"], "chatgpt");
    let out = run(&["tools", "--match-title", "x", "--format", "json"]);
    assert_eq!(text(&out).0, "null\n");
    assert_eq!(
        run(&["tools", "--process", "chrome.exe"]).status.code(),
        Some(2)
    );
}
