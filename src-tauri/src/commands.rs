//! Commands the quick view calls. Each is a thin wrapper over a plain function of the shared
//! state, so that the JSON the page sees is unit-tested without a window. Nothing a command
//! receives (the text in "Testa en text") is kept: it is classified and dropped.

use crate::state::{AppState, FeedStatus, Shared};
use klippvakt_core::{
    classify, decide, describe, Category, Feed, InfoClass, Language, Links, PolicyPack, Rule, Tool,
    ToolKind, Verdict,
};
use serde::Serialize;
use tauri::AppHandle;

/// Everything the quick view shows, in one answer.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Overview {
    language: Language,
    publisher: String,
    updated: String,
    policy: PackView,
    links: Links,
    feed_status: FeedStatus,
    paused_until: Option<String>,
    allow_pause: bool,
    focus_unavailable: bool,
    tools: Vec<ToolView>,
    last_warning: Option<WarningView>,
}

/// The guideline in force.
#[derive(Debug, Serialize)]
pub struct PackView {
    id: String,
    title: String,
}

/// A rule as the page quotes it.
#[derive(Debug, Clone, Serialize)]
pub struct RuleView {
    id: String,
    section: String,
    title: Option<String>,
    text: String,
}

impl From<&Rule> for RuleView {
    fn from(rule: &Rule) -> RuleView {
        RuleView {
            id: rule.id.clone(),
            section: rule.section.clone(),
            title: rule.title.clone(),
            text: rule.text.clone(),
        }
    }
}

/// Which list a tool is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Procured, approved for internal or confidential information (K1 and above).
    Internal,
    /// Open information (K0) only.
    Open,
    /// Not approved.
    Unapproved,
}

/// One tool of the feed with its group and governing rule.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolView {
    id: String,
    name: String,
    vendor: String,
    kind: ToolKind,
    max_class: InfoClass,
    personal_data: bool,
    note: String,
    group: Group,
    rule: Option<RuleView>,
}

/// What the last warning was about: never the clipboard text.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WarningView {
    at: String,
    title: String,
    tool: String,
    tool_name: String,
    verdict: String,
    class: InfoClass,
    categories: Vec<Category>,
    rules: Vec<RuleView>,
    link: Option<String>,
}

/// What "Testa en text" found.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TextCheck {
    class: InfoClass,
    categories: Vec<Category>,
    findings: Vec<Span>,
    truncated: bool,
    /// The verdict for the picked tool; `None` when no tool was picked or it is unknown.
    verdict: Option<ToolVerdict>,
}

/// A finding as the page highlights it: offsets in UTF-16 code units, as JavaScript counts.
#[derive(Debug, Serialize)]
pub struct Span {
    start: usize,
    end: usize,
    category: Category,
    /// "personnummer", "e-postadress".
    label: String,
}

/// The verdict for one tool.
#[derive(Debug, Serialize)]
pub struct ToolVerdict {
    tool: String,
    verdict: Verdict,
    rules: Vec<RuleView>,
}

/// The group a tool is listed in.
fn group(tool: &Tool) -> Group {
    match tool.kind {
        ToolKind::Unapproved => Group::Unapproved,
        _ if tool.max_class > InfoClass::K0 => Group::Internal,
        _ => Group::Open,
    }
}

fn tool_view(tool: &Tool, pack: &PolicyPack) -> ToolView {
    ToolView {
        id: tool.id.clone(),
        name: tool.name.clone(),
        vendor: tool.vendor.clone(),
        kind: tool.kind,
        max_class: tool.max_class,
        personal_data: tool.personal_data,
        note: tool.note.clone(),
        group: group(tool),
        rule: pack.tool_rule(tool.kind).map(RuleView::from),
    }
}

/// The overview of `shared`.
pub fn overview_of(shared: &Shared) -> Overview {
    let pack = shared.pack();
    Overview {
        language: shared.settings.language,
        publisher: shared.feed.publisher.clone(),
        updated: shared.feed.updated.clone(),
        policy: PackView {
            id: pack.id.clone(),
            title: pack.title.clone(),
        },
        links: shared.feed.links.clone(),
        feed_status: shared.feed_status.clone(),
        paused_until: shared
            .paused()
            .then(|| shared.paused_until.map(|t| t.to_rfc3339()))
            .flatten(),
        allow_pause: shared.settings.allow_pause,
        focus_unavailable: shared.focus_unavailable.is_some(),
        tools: shared
            .feed
            .tools
            .iter()
            .map(|t| tool_view(t, pack))
            .collect(),
        last_warning: shared.last_warning.as_ref().map(|w| WarningView {
            at: w.at.clone(),
            title: w.title.clone(),
            tool: w.record.tool.clone(),
            tool_name: w.record.tool_name.clone(),
            verdict: w.record.verdict.clone(),
            class: w.record.class,
            categories: w.record.categories.clone(),
            rules: w
                .record
                .rules
                .iter()
                .filter_map(|id| pack.rule(id))
                .map(RuleView::from)
                .collect(),
            link: w.link.clone(),
        }),
    }
}

/// Classifies `text` and decides for `tool_id` (when it is a tool of `feed`).
pub fn check_text_with(
    feed: &Feed,
    pack: &PolicyPack,
    language: Language,
    text: &str,
    tool_id: Option<&str>,
) -> TextCheck {
    let classification = classify(text);
    let to_utf16 = Utf16Offsets::new(
        text,
        classification
            .findings
            .iter()
            .flat_map(|f| [f.start, f.end]),
    );
    let findings = classification
        .findings
        .iter()
        .map(|f| Span {
            start: to_utf16.of(f.start),
            end: to_utf16.of(f.end),
            category: f.category,
            label: describe(&[f.detector], language),
        })
        .collect();
    let verdict = tool_id.and_then(|id| feed.tool(id)).map(|tool| {
        let decision = decide(&classification, tool, pack);
        ToolVerdict {
            tool: tool.id.clone(),
            verdict: decision.verdict,
            rules: decision.rules.iter().map(|r| RuleView::from(*r)).collect(),
        }
    });
    TextCheck {
        class: classification.class,
        categories: classification.categories,
        findings,
        truncated: classification.truncated,
        verdict,
    }
}

/// UTF-16 offsets of a set of byte offsets, counted in one walk over the text.
struct Utf16Offsets {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl Utf16Offsets {
    fn new(text: &str, offsets: impl Iterator<Item = usize>) -> Utf16Offsets {
        let mut bytes: Vec<usize> = offsets.map(|o| o.min(text.len())).collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut units = Vec::with_capacity(bytes.len());
        let (mut at, mut count) = (0, 0);
        for &b in &bytes {
            count += text.get(at..b).map_or(0, |s| s.encode_utf16().count());
            at = b;
            units.push(count);
        }
        Utf16Offsets { bytes, units }
    }

    /// The UTF-16 offset of byte offset `byte` (one given to `new`).
    fn of(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            Err(i) => self.units.get(i.saturating_sub(1)).copied().unwrap_or(0),
        }
    }
}

/// The quick view's data.
#[tauri::command]
pub fn overview(state: tauri::State<'_, AppState>) -> Overview {
    overview_of(&state.lock())
}

/// "Testa en text": what Klippvakt finds in `text`, and the verdict for `tool`.
#[tauri::command]
pub fn check_text(
    state: tauri::State<'_, AppState>,
    text: String,
    tool: Option<String>,
) -> TextCheck {
    let now = state.lock().snapshot();
    check_text_with(&now.feed, now.pack(), now.language, &text, tool.as_deref())
}

/// Switches the language of the tray, notifications and quick view, and saves the choice in
/// the user's settings file for the next start (where IT sets the language, IT's setting
/// ranks higher then). The switch holds even when saving fails; the error says why.
#[tauri::command]
pub fn set_language(
    app: AppHandle,
    state: tauri::State<'_, AppState>,
    language: Language,
) -> Result<(), String> {
    let file = {
        let mut shared = state.lock();
        shared.settings.language = language;
        shared.settings_file.clone()
    };
    crate::tray::refresh(&app);
    // No config directory (no home): nothing to save in, as nothing is read at start.
    let Some(file) = file else {
        return Ok(());
    };
    crate::settings::save_language(&file, language).map_err(|e| {
        log::warn!("settings: {e:#}");
        format!("{e:#}")
    })
}

/// Pauses warnings for an hour, or resumes them; refused when IT forbids pausing.
#[tauri::command]
pub fn set_paused(app: AppHandle, paused: bool) -> Result<(), String> {
    crate::tray::set_paused(&app, paused).map_err(|e| e.to_string())
}

/// Opens a link of the feed (`guideline`, `incident`, `approved_tools`) in the browser. Only
/// the feed's links can be opened this way.
#[tauri::command]
pub fn open_link(
    app: AppHandle,
    state: tauri::State<'_, AppState>,
    name: String,
) -> Result<(), String> {
    open_feed_link(&app, &state, &name)
}

/// Opens the feed's link `name` in the browser (also the tray's "Riktlinjen").
pub fn open_feed_link(app: &AppHandle, state: &AppState, name: &str) -> Result<(), String> {
    use tauri_plugin_opener::OpenerExt;
    let url = state.lock().feed.links.get(name).map(str::to_string);
    let url = url.ok_or_else(|| format!("the feed has no link '{name}'"))?;
    app.opener()
        .open_url(url, None::<&str>)
        .map_err(|e| format!("the link could not be opened: {e}"))
}

/// Fetches the feed now.
#[tauri::command]
pub fn fetch_feed(refresh: tauri::State<'_, crate::FeedRefresh>) {
    refresh.now();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::monitor::Record;
    use crate::settings::Settings;
    use crate::state::{FeedSource, LastWarning};
    use std::sync::Arc;

    fn shared(feed: Feed) -> Shared {
        Shared {
            settings: Settings::default(),
            feed: Arc::new(feed),
            feed_status: FeedStatus {
                source: FeedSource::Builtin,
                verified_by: None,
                error: None,
                last_attempt: None,
            },
            paused_until: None,
            last_warning: None,
            focus_unavailable: None,
            settings_file: None,
        }
    }

    fn sample_feed() -> Feed {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../installer/sample-feed.json");
        let text = std::fs::read_to_string(path).expect("sample feed");
        Feed::parse(text.as_bytes()).expect("parses")
    }

    /// The answers the mocked IPC of the browser tests (`tests/ui/`) gives must be what the
    /// commands answer. `KLIPPVAKT_BLESS=1 cargo test -p klippvakt` rewrites them.
    #[test]
    fn browser_test_fixtures_are_what_the_commands_answer() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/ui/fixtures");
        let mut s = shared(sample_feed());
        s.feed_status = FeedStatus {
            source: FeedSource::Network,
            verified_by: Some("Zm9vYmFy".into()),
            error: None,
            last_attempt: Some("2026-11-23T09:00:00+01:00".into()),
        };
        s.last_warning = Some(chatgpt_warning());
        let feed = s.feed.clone();
        let pack = feed.pack().expect("pack");
        let answers = [
            ("overview.json", serde_json::to_value(overview_of(&s))),
            (
                "check-text.json",
                serde_json::to_value(check_text_with(
                    &feed,
                    pack,
                    Language::Sv,
                    FIXTURE_TEXT,
                    Some("chatgpt"),
                )),
            ),
        ];
        for (name, answer) in answers {
            let answer = answer.expect("json");
            let path = format!("{dir}/{name}");
            if std::env::var_os("KLIPPVAKT_BLESS").is_some() {
                let text = serde_json::to_string_pretty(&answer).expect("json") + "\n";
                std::fs::write(&path, text).expect("fixture written");
            }
            let fixture: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).expect("fixture"))
                    .expect("fixture parses");
            assert_eq!(
                fixture, answer,
                "{name} is stale: KLIPPVAKT_BLESS=1 cargo test -p klippvakt"
            );
        }
    }

    /// The text `tests/ui/fixtures/check-text.json` answers for.
    const FIXTURE_TEXT: &str = "Kan du kolla 920303-4138 åt mig? Hälsningar Jonas Wikström";

    fn chatgpt_warning() -> LastWarning {
        LastWarning {
            at: "2026-11-23T10:00:00+01:00".into(),
            record: Record::chatgpt_example(),
            title: "ChatGPT: personnummer i urklipp".into(),
            body: "Regel D: …".into(),
            link: Some("https://intranet/incident".into()),
        }
    }

    #[test]
    fn overview_groups_tools_with_their_rule() {
        let json = serde_json::to_value(overview_of(&shared(sample_feed()))).expect("json");
        assert_eq!(json["language"], "sv");
        assert_eq!(json["policy"]["id"], "soderkoping");
        assert_eq!(json["feedStatus"]["source"], "builtin");
        assert_eq!(json["pausedUntil"], serde_json::Value::Null);
        let tools = json["tools"].as_array().expect("tools");
        let by_id = |id: &str| {
            tools
                .iter()
                .find(|t| t["id"] == id)
                .unwrap_or_else(|| panic!("{id}"))
        };
        let copilot = by_id("copilot");
        assert_eq!(copilot["group"], "open");
        assert_eq!(copilot["maxClass"], "K0");
        assert_eq!(copilot["personalData"], false);
        assert_eq!(copilot["vendor"], "Microsoft");
        assert_eq!(copilot["rule"]["id"], "A");
        assert!(copilot["rule"]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("Allmänt tillgängliga AI-system")));
        let procured = by_id("kommun-ai");
        assert_eq!(procured["group"], "internal");
        assert_eq!(procured["personalData"], true);
        assert_eq!(procured["rule"]["id"], "B");
        assert_eq!(by_id("deepseek")["group"], "unapproved");
    }

    #[test]
    fn last_warning_quotes_rules_in_full_and_holds_no_text() {
        let mut s = shared(Feed::builtin().clone());
        s.last_warning = Some(chatgpt_warning());
        let json = serde_json::to_value(overview_of(&s)).expect("json");
        let w = &json["lastWarning"];
        assert_eq!(w["toolName"], "ChatGPT");
        assert_eq!(w["class"], "K2");
        assert_eq!(w["categories"][0], "personal_data");
        assert_eq!(w["rules"][0]["id"], "D");
        assert_eq!(
            w["rules"][0]["text"],
            "Personuppgifter får inte matas in i allmänt tillgängliga AI-system."
        );
        assert_eq!(w["rules"][1]["id"], "E");
        assert_eq!(w["link"], "https://intranet/incident");
    }

    #[test]
    fn check_text_highlights_in_utf16_and_decides_for_the_tool() {
        let feed = Feed::builtin();
        let pack = feed.pack().expect("pack");
        // "åäö 😀 " is 7 UTF-16 units (the emoji takes two) but 13 bytes.
        let text = "åäö 😀 pnr 920303-4138";
        let check = check_text_with(feed, pack, Language::Sv, text, Some("chatgpt"));
        let json = serde_json::to_value(&check).expect("json");
        assert_eq!(json["class"], "K2");
        assert_eq!(json["categories"][0], "personal_data");
        let span = &json["findings"][0];
        assert_eq!(span["label"], "personnummer");
        let units: Vec<u16> = text.encode_utf16().collect();
        let (start, end) = (
            span["start"].as_u64().expect("start") as usize,
            span["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(String::from_utf16_lossy(&units[start..end]), "920303-4138");
        assert_eq!(json["verdict"]["tool"], "chatgpt");
        assert_eq!(json["verdict"]["verdict"], "warn");
        assert_eq!(json["verdict"]["rules"][0]["id"], "D");

        let english = check_text_with(feed, pack, Language::En, text, None);
        assert_eq!(english.findings[0].label, "personal identity number");
        assert!(english.verdict.is_none());
        let open = check_text_with(feed, pack, Language::Sv, "Hej!", Some("nope"));
        assert_eq!(open.class, InfoClass::K0);
        assert!(open.findings.is_empty() && open.verdict.is_none());
    }
}
