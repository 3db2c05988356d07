//! Which AI tool a window is, from its title and process name, against the feed's patterns.
//!
//! Browsers put the page title first and their own name last ("ChatGPT - Google Chrome",
//! "Claude — Mozilla Firefox", "Copilot - Personal - Microsoft\u{200b} Edge"), and pages put
//! the site name in one segment of their title ("Sammanfatta - Claude"). So a title pattern
//! matches a browser window when it equals one segment of the page title, or when a segment is
//! an address on one of the tool's domains. Any other window matches only by process name or
//! by a title that is exactly the pattern (a desktop app called "ChatGPT"): a Word document
//! called "Rapport om ChatGPT.docx - Word" is not ChatGPT.

use crate::tool::Tool;

/// The focused window as the platform reports it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Window<'a> {
    /// The window title.
    pub title: &'a str,
    /// The executable's name or path ("chrome.exe", "/usr/lib/firefox/firefox"); empty when
    /// unknown.
    pub process: &'a str,
}

/// Browser names as they end a window title.
const BROWSER_TITLES: &[&str] = &[
    "google chrome",
    "chromium",
    "microsoft edge",
    "mozilla firefox",
    "firefox",
    "brave",
    "opera",
    "vivaldi",
    "librewolf",
    "waterfox",
    "safari",
];

/// Browser executables, without ".exe".
const BROWSER_PROCESSES: &[&str] = &[
    "chrome",
    "google-chrome",
    "chromium",
    "chromium-browser",
    "msedge",
    "microsoft-edge",
    "firefox",
    "firefox-esr",
    "firefox-bin",
    "brave",
    "brave-browser",
    "opera",
    "vivaldi",
    "vivaldi-bin",
    "librewolf",
    "waterfox",
    "epiphany",
];

/// What separates the parts of a title.
const SEPARATORS: &[&str] = &[" - ", " – ", " — ", " | ", " · ", " • ", ": "];

/// The first tool in feed order that `window` shows: by process name first, then by title.
pub fn recognise<'t>(tools: &'t [Tool], window: &Window<'_>) -> Option<&'t Tool> {
    let process = process_name(window.process);
    if !process.is_empty() {
        let by_process = tools.iter().find(|t| {
            t.matching
                .process
                .iter()
                .any(|p| process_name(p) == process)
        });
        if by_process.is_some() {
            return by_process;
        }
    }
    let title = normalise(window.title);
    let segments = segments(&title);
    let browser_at = segments
        .iter()
        .rposition(|s| {
            BROWSER_TITLES.iter().any(|b| {
                s.strip_prefix(b)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
            })
        })
        .filter(|&i| i > 0);
    let page = match browser_at {
        Some(i) => &segments[..i],
        None if BROWSER_PROCESSES.contains(&process.as_str()) => &segments[..],
        None => {
            return tools.iter().find(|t| {
                t.matching
                    .window_title
                    .iter()
                    .any(|p| normalise(p) == title)
            })
        }
    };
    tools.iter().find(|t| {
        t.matching.window_title.iter().any(|p| {
            let p = normalise(p);
            page.iter().any(|s| *s == p) || page_title(&title, page.len()) == p
        }) || t
            .matching
            .domains
            .iter()
            .any(|d| page.iter().any(|s| on_domain(s, &d.to_lowercase())))
    })
}

/// Lower case, one kind of space, no zero-width characters (Edge writes "Microsoft\u{200b}
/// Edge"), no unread counter in front ("(3) ChatGPT"), and Edge's "and 4 more pages" gone.
fn normalise(title: &str) -> String {
    let mut t: String = title
        .chars()
        .filter(|c| !matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}'))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    if let Some(rest) = t.strip_prefix('(') {
        if let Some((count, after)) = rest.split_once(") ") {
            if !count.is_empty() && count.bytes().all(|b| b.is_ascii_digit()) {
                t = after.to_string();
            }
        }
    }
    t.trim().to_string()
}

/// The parts of a title between separators, trimmed, with Edge's tab count dropped.
fn segments(title: &str) -> Vec<&str> {
    let mut parts = vec![title];
    for sep in SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(|p| strip_more_pages(p.trim()))
        .filter(|p| !p.is_empty())
        .collect()
}

/// "chatgpt and 4 more pages" → "chatgpt"; "chatgpt och 4 sidor till" → "chatgpt".
fn strip_more_pages(segment: &str) -> &str {
    for (joiner, tails) in [
        (
            " and ",
            &["more page", "more pages", "more tab", "more tabs"][..],
        ),
        (
            " och ",
            &["sida till", "sidor till", "flik till", "flikar till"][..],
        ),
    ] {
        if let Some((head, tail)) = segment.rsplit_once(joiner) {
            if let Some((n, rest)) = tail.split_once(' ') {
                if n.bytes().all(|b| b.is_ascii_digit()) && tails.contains(&rest) {
                    return head;
                }
            }
        }
    }
    segment
}

/// The page's own title: everything before the browser's segments. Patterns that contain a
/// separator ("Le Chat - Mistral AI") are compared with it whole.
fn page_title(title: &str, page_segments: usize) -> &str {
    let mut end = 0;
    let mut seen = 0;
    while seen < page_segments {
        let next = SEPARATORS
            .iter()
            .filter_map(|s| title[end..].find(s).map(|i| (i, s.len())))
            .min();
        match next {
            Some((i, len)) => {
                seen += 1;
                if seen == page_segments {
                    return title[..end + i].trim();
                }
                end += i + len;
            }
            None => return title,
        }
    }
    title
}

/// Whether a title segment is an address on `domain` or a subdomain of it (`chatgpt.com/c/1`,
/// `https://www.perplexity.ai/search`).
fn on_domain(segment: &str, domain: &str) -> bool {
    let address = segment
        .strip_prefix("https://")
        .or_else(|| segment.strip_prefix("http://"))
        .unwrap_or(segment);
    let host = address.split(['/', ' ', '?', '#']).next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|sub| sub.ends_with('.'))
}

/// "C:\Program Files\Google\Chrome\chrome.exe" → "chrome".
fn process_name(process: &str) -> String {
    let base = process.rsplit(['/', '\\']).next().unwrap_or("").trim();
    let lower = base.to_lowercase();
    lower.strip_suffix(".exe").unwrap_or(&lower).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::Feed;

    fn recognised(title: &str, process: &str) -> Option<String> {
        Feed::builtin()
            .recognise(&Window { title, process })
            .map(|t| t.id.clone())
    }

    macro_rules! windows {
        ($($name:ident: $title:expr, $process:expr => $tool:expr;)*) => {$(
            #[test]
            fn $name() {
                let expected: Option<&str> = $tool;
                assert_eq!(recognised($title, $process).as_deref(), expected, "{:?}", $title);
            }
        )*};
    }

    windows! {
        chrome_windows: "ChatGPT - Google Chrome", "chrome.exe" => Some("chatgpt");
        chrome_linux: "ChatGPT - Google Chrome", "/opt/google/chrome/chrome" => Some("chatgpt");
        chrome_unread_counter: "(2) ChatGPT - Google Chrome", "chrome.exe" => Some("chatgpt");
        chrome_without_process: "Claude - Google Chrome", "" => Some("claude");
        chromium_linux: "Gemini - Chromium", "chromium" => Some("gemini");
        edge_zero_width_space: "Copilot - Personal - Microsoft\u{200b} Edge", "msedge.exe" => Some("copilot");
        edge_more_pages: "ChatGPT and 4 more pages - Work - Microsoft\u{200b} Edge", "msedge.exe" => Some("chatgpt");
        edge_swedish_more_pages: "ChatGPT och 2 sidor till - Personligt - Microsoft\u{200b} Edge", "msedge.exe" => Some("chatgpt");
        edge_m365_copilot: "Microsoft 365 Copilot - Microsoft\u{200b} Edge", "msedge.exe" => Some("copilot");
        firefox_windows: "Claude — Mozilla Firefox", "firefox.exe" => Some("claude");
        firefox_linux_conversation: "Sammanfatta protokollet - Claude — Mozilla Firefox", "firefox-esr" => Some("claude");
        firefox_private: "Perplexity — Mozilla Firefox Private Browsing", "firefox" => Some("perplexity");
        firefox_linux_title_only: "Le Chat - Mistral AI — Mozilla Firefox", "" => Some("le-chat");
        copilot_tagline: "Microsoft Copilot: Your AI companion - Google Chrome", "chrome.exe" => Some("copilot");
        gemini_google_prefix: "Google Gemini - Google Chrome", "chrome.exe" => Some("gemini");
        deepseek: "DeepSeek - Into the Unknown - Google Chrome", "chrome.exe" => Some("deepseek");
        grok: "Grok - Microsoft\u{200b} Edge", "msedge.exe" => Some("grok");
        meta_ai: "Meta AI - Google Chrome", "chrome.exe" => Some("meta-ai");
        address_as_title: "chatgpt.com/c/67a1 - Google Chrome", "chrome.exe" => Some("chatgpt");
        address_with_scheme: "https://www.perplexity.ai/search?q=x — Mozilla Firefox", "firefox" => Some("perplexity");
        desktop_chatgpt_by_process: "Sammanfatta", "C:\\Program Files\\WindowsApps\\OpenAI.ChatGPT\\ChatGPT.exe" => Some("chatgpt");
        desktop_claude_by_title: "Claude", "electron" => Some("claude");
        desktop_copilot_app: "Copilot", "Copilot.exe" => Some("copilot");
        word_document_about_chatgpt: "Rapport om ChatGPT.docx - Word", "WINWORD.EXE" => None;
        word_document_named_chatgpt: "ChatGPT - Word", "WINWORD.EXE" => None;
        word_without_process: "Rapport om ChatGPT.docx - Word", "" => None;
        explorer_folder: "ChatGPT-exporter", "explorer.exe" => None;
        news_about_chatgpt: "OpenAI släpper ny version av ChatGPT - DN.se - Google Chrome", "chrome.exe" => None;
        intranet_page_about_copilot: "Riktlinje för Copilot i kommunen - Intranät - Microsoft\u{200b} Edge", "msedge.exe" => None;
        github_copilot: "GitHub Copilot · Your AI pair programmer - Google Chrome", "chrome.exe" => None;
        lookalike_domain: "notchatgpt.com - Google Chrome", "chrome.exe" => None;
        domain_in_path: "example.com/chatgpt.com - Google Chrome", "chrome.exe" => None;
        terminal: "anna@kommun: ~/chatgpt", "gnome-terminal-server" => None;
        empty: "", "" => None;
        only_browser: "Google Chrome", "chrome.exe" => None;
    }

    #[test]
    fn process_names_compare_without_path_case_or_exe() {
        assert_eq!(process_name("C:\\X\\ChatGPT.EXE"), "chatgpt");
        assert_eq!(process_name("/usr/bin/claude"), "claude");
        assert_eq!(process_name(""), "");
    }
}
