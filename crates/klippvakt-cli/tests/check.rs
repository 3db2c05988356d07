//! `klippvakt-cli check --tool ID` as scripts call it: the JSON contract of DESIGN.md, the dev
//! corpus against ChatGPT, Copilot's own rule, a procured tool from a feed file, usage errors.

mod common;

use common::{fixture, installer, json_lines, run, run_with_stdin, shared, temp_dir, text};
use serde_json::Value;

fn rule_ids(result: &Value) -> Vec<&str> {
    result["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .map(|r| r["id"].as_str().expect("rule id"))
        .collect()
}

#[test]
fn dev_corpus_against_chatgpt_warns_with_the_rule_the_content_needs() {
    let path = shared().join("corpus/dev.jsonl");
    let dev = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let cases: Vec<Value> = dev
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("case"))
        .collect();
    let dir = temp_dir("dev-corpus");
    let paths: Vec<String> = cases
        .iter()
        .map(|case| {
            let p = dir.join(case["id"].as_str().expect("id"));
            std::fs::write(&p, case["text"].as_str().expect("text")).expect("write case");
            p.to_string_lossy().into_owned()
        })
        .collect();
    let mut args = vec!["check", "--tool", "chatgpt", "--format", "json"];
    args.extend(paths.iter().map(String::as_str));
    let out = run(&args);
    assert!(out.status.success(), "{:?}", text(&out));
    let results = json_lines(&out);
    assert_eq!(results.len(), cases.len());
    let mut warned = 0;
    for (case, result) in cases.iter().zip(&results) {
        let id = case["id"].as_str().expect("id");
        let expect: Vec<&str> = case["expect"]
            .as_array()
            .expect("expect")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let has = |c: &str| expect.contains(&c);
        let rules = rule_ids(result);
        let verdict = result["verdict"].as_str().expect("verdict");
        if expect.iter().all(|c| *c == "copyright") {
            let wanted = if expect.is_empty() { "allow" } else { "advise" };
            assert_eq!(verdict, wanted, "{id}");
            continue;
        }
        warned += 1;
        assert_eq!(verdict, "warn", "{id}");
        let personal = has("personal_data") || has("sensitive_personal_data");
        for (needed, rule) in [
            (personal, "D"),
            (has("secrecy"), "G"),
            (has("other_sensitive"), "I"),
        ] {
            assert_eq!(rules.contains(&rule), needed, "{id}: {rule} in {rules:?}");
        }
        assert_eq!(rules.contains(&"E"), personal, "{id}: E goes with D");
    }
    assert!(warned > 50, "the corpus has {warned} warn cases");
}

#[test]
fn json_has_the_tool_the_rules_in_full_and_no_text() {
    let pnr = "920303-4138";
    let clip = format!("Hej! Kan du kolla personnummer {pnr} åt mig? /Jonas Wikström");
    let out = run_with_stdin(
        &["check", "--tool", "chatgpt", "--format", "json"],
        clip.as_bytes(),
    );
    assert!(out.status.success());
    let (stdout, _) = text(&out);
    assert!(
        !stdout.contains(pnr) && !stdout.contains("Wikström"),
        "{stdout}"
    );
    let r = &json_lines(&out)[0];
    assert_eq!(r["source"], "-");
    assert_eq!(
        r["tool"],
        serde_json::json!({"id": "chatgpt", "name": "ChatGPT", "kind": "public", "max_class": "K0"})
    );
    assert_eq!(
        (r["verdict"].as_str(), r["class"].as_str()),
        (Some("warn"), Some("K2"))
    );
    assert_eq!(r["categories"], serde_json::json!(["personal_data"]));
    let d = &r["rules"][0];
    assert_eq!(d["id"], "D");
    assert_eq!(d["section"], "3.1 Personuppgifter");
    assert_eq!(
        d["text"],
        "Personuppgifter får inte matas in i allmänt tillgängliga AI-system."
    );
    assert!(
        d.get("title").is_some(),
        "title is part of the contract, null when the guideline has none"
    );
    assert!(r["rules"][1]["link"]
        .as_str()
        .is_some_and(|l| l.contains("incidentrapportering")));
    assert_eq!(r["summary"], "personnummer och namn");
}

#[test]
fn copilot_cites_section_7_1() {
    let out = run_with_stdin(
        &["check", "--tool", "copilot", "--format", "json"],
        b"pnr 920303-4138",
    );
    assert_eq!(
        rule_ids(&json_lines(&out)[0]),
        ["D", "E", "7.1", "A", "U", "X"]
    );
}

#[test]
fn the_other_pack_can_be_chosen() {
    let out = run_with_stdin(
        &[
            "check",
            "--tool",
            "chatgpt",
            "--pack",
            "kommunriktlinje",
            "--format",
            "json",
        ],
        b"pnr 920303-4138",
    );
    assert_eq!(rule_ids(&json_lines(&out)[0]), ["2.1:3", "2.2:1", "2.2:2"]);
    assert_eq!(
        json_lines(&out)[0]["rules"][0]["title"],
        "Rapportera avvikelser"
    );
}

#[test]
fn a_procured_tool_from_a_feed_file_takes_what_it_is_approved_for() {
    let feed = installer("sample-feed.json");
    let args = [
        "check",
        "--tool",
        "kommun-ai",
        "--feed",
        &feed,
        "--format",
        "json",
    ];
    let ok = run_with_stdin(&args, b"Anna Berg, 920303-4138, ringer om fakturan.");
    let r = &json_lines(&ok)[0];
    assert_eq!(
        (r["verdict"].as_str(), r["tool"]["kind"].as_str()),
        (Some("allow"), Some("procured"))
    );
    let above = run_with_stdin(&args, b"Patienten Anna Berg, 920303-4138, har diabetes.");
    let r = &json_lines(&above)[0];
    assert_eq!(
        (r["verdict"].as_str(), r["class"].as_str()),
        (Some("warn"), Some("K3"))
    );
    assert_eq!(rule_ids(r), ["C"]);
}

#[test]
fn unapproved_tools_always_warn_with_rule_v() {
    let out = run(&[
        "check",
        "--tool",
        "deepseek",
        "--format",
        "json",
        &fixture("sample-open.txt"),
    ]);
    let r = &json_lines(&out)[0];
    assert_eq!(
        (r["verdict"].as_str(), rule_ids(r)),
        (Some("warn"), vec!["V"])
    );
}

#[test]
fn text_format_quotes_the_rules() {
    let out = run_with_stdin(&["check", "--tool", "chatgpt"], b"pnr 920303-4138");
    let (stdout, _) = text(&out);
    assert!(
        stdout.starts_with("-: warn: ChatGPT (public, K0), K2 text with personnummer"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  D (3.1 Personuppgifter): Personuppgifter får inte matas in"),
        "{stdout}"
    );
    let out = run_with_stdin(
        &["check", "--tool", "chatgpt"],
        b"Skriv en inbjudan till julfikat.",
    );
    assert_eq!(text(&out).0, "-: allow: ChatGPT (public, K0), K0 text\n");
}

#[test]
fn usage_errors_name_what_is_wrong_and_exit_2() {
    let out = run_with_stdin(&["check", "--tool", "bard"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out)
            .1
            .contains("no tool 'bard'; its tools are: chatgpt, copilot"),
        "{:?}",
        text(&out)
    );
    let out = run_with_stdin(&["check", "--tool", "chatgpt", "--pack", "goteborg"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out)
        .1
        .contains("no built-in policy pack 'goteborg'; use one of: soderkoping, kommunriktlinje"));
    let bad = temp_dir("bad-feed").join("feed.json");
    std::fs::write(&bad, r#"{"schema": 1, "publisher": "IT", "updated": "x", "policy": "soderkoping", "tools": [{"id": "a", "name": "A"}]}"#).expect("write");
    let out = run_with_stdin(
        &["check", "--tool", "a", "--feed", &bad.to_string_lossy()],
        b"x",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out)
            .1
            .contains("tool 'a' (tools[0]): missing field `vendor`"),
        "{:?}",
        text(&out)
    );
    let out = run(&["check"]);
    assert_eq!(out.status.code(), Some(2));
}
