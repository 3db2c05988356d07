//! The one-way flow of the app: a watcher event → `classify` → `decide` → a notice to show.
//! The monitor keeps only what the flow needs between events: the clipboard's classification
//! and a hash of its text (never the text), the focused window, and the notification gate.

use crate::watch::{Clip, Event, FocusedWindow};
use klippvakt_core::{
    classify, decide, Category, Classification, Feed, InfoClass, Language, Notice,
    NotificationGate, PolicyPack, Tool, Verdict, Window,
};
use serde::Serialize;
use std::hash::{Hash, Hasher};

/// What the monitor needs to know from the rest of the app for one event.
pub struct Context<'a> {
    /// The active feed.
    pub feed: &'a Feed,
    /// The pack in force (settings may override the feed's).
    pub pack: &'a PolicyPack,
    /// The notification language.
    pub language: Language,
    /// Paused by the user: classify, but say nothing.
    pub paused: bool,
    /// Milliseconds since some fixed point, for the gate.
    pub now_ms: u64,
    /// Remind of the rules for AI output when text is copied out of an AI tool.
    pub copy_reminder: bool,
    /// Today, as a day number: the copy-out reminder comes at most once a day.
    pub day: i64,
}

/// A warning to show, and what the audit log and the quick view keep of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    /// The notification's words.
    pub notice: Notice,
    /// What is recorded: ids and categories, never text.
    pub record: Record,
}

/// What is kept of a warning (audit log, "Senaste varning"). No clipboard text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    /// The tool's id (`"*"` when focus could not be read and the warning came at copy time).
    pub tool: String,
    /// The tool's display name.
    pub tool_name: String,
    /// `allow`, `advise`, `warn`, or `remind` (copied out of an AI tool).
    pub verdict: String,
    /// The clipboard's class.
    pub class: InfoClass,
    /// Its categories.
    pub categories: Vec<Category>,
    /// The rules quoted, most specific first.
    pub rules: Vec<String>,
}

#[cfg(test)]
impl Record {
    /// A warning about a personnummer for ChatGPT, for tests of what is kept of warnings.
    pub fn chatgpt_example() -> Record {
        Record {
            tool: "chatgpt".into(),
            tool_name: "ChatGPT".into(),
            verdict: "warn".into(),
            class: InfoClass::K2,
            categories: vec![Category::PersonalData],
            rules: vec!["D".into(), "E".into()],
        }
    }
}

struct Clipboard {
    hash: u64,
    classification: Classification,
}

/// The state between events.
#[derive(Default)]
pub struct Monitor {
    clipboard: Option<Clipboard>,
    window: Option<FocusedWindow>,
    focus_unavailable: bool,
    gate: NotificationGate,
    reminded_on: Option<i64>,
}

impl Monitor {
    /// A monitor that has seen nothing yet.
    pub fn new() -> Monitor {
        Monitor::default()
    }

    /// Takes one event; returns the warning to show, if any.
    pub fn handle(&mut self, event: Event, ctx: &Context<'_>) -> Option<Alert> {
        match event {
            Event::Clipboard(Clip::Text(text)) => {
                let classification = classify(&text);
                let hash = hash(&text);
                drop(text);
                self.clipboard = Some(Clipboard {
                    hash,
                    classification,
                });
                if self.focus_unavailable {
                    return self.at_copy_time(ctx);
                }
                // Copied while an AI tool has focus: most likely copied *out of* it. The
                // warning is for text going in; this may earn the reminder about using output.
                self.copied_out(ctx)
            }
            Event::Clipboard(Clip::Other | Clip::Empty) => {
                self.clipboard = None;
                None
            }
            Event::Focus(window) => {
                self.window = window;
                let tool = self.focused_tool(ctx)?;
                self.alert(tool, ctx)
            }
            Event::FocusUnavailable(_) => {
                self.focus_unavailable = true;
                None
            }
        }
    }

    /// The feed tool the focused window belongs to.
    fn focused_tool<'f>(&self, ctx: &Context<'f>) -> Option<&'f Tool> {
        let window = self.window.as_ref()?;
        ctx.feed.recognise(&Window {
            title: &window.title,
            process: &window.process,
        })
    }

    /// Once a day, when configured: text copied while an AI tool has focus gets the pack's
    /// rules about using AI output.
    fn copied_out(&mut self, ctx: &Context<'_>) -> Option<Alert> {
        if !ctx.copy_reminder || ctx.paused || self.reminded_on == Some(ctx.day) {
            return None;
        }
        let tool = self.focused_tool(ctx)?;
        let clip = self.clipboard.as_ref()?;
        let notice = Notice::copy_out(tool, ctx.pack, &ctx.feed.links, ctx.language)?;
        if !self.gate.admit(clip.hash, &tool.id, ctx.now_ms) {
            return None;
        }
        self.reminded_on = Some(ctx.day);
        Some(Alert {
            notice,
            record: Record {
                tool: tool.id.clone(),
                tool_name: tool.name.clone(),
                verdict: "remind".into(),
                class: clip.classification.class,
                categories: clip.classification.categories.clone(),
                rules: ctx.pack.copy_out.clone(),
            },
        })
    }

    fn alert(&mut self, tool: &Tool, ctx: &Context<'_>) -> Option<Alert> {
        let clip = self.clipboard.as_ref()?;
        let decision = decide(&clip.classification, tool, ctx.pack);
        if decision.verdict == Verdict::Allow || ctx.paused {
            return None;
        }
        if !self.gate.admit(clip.hash, &tool.id, ctx.now_ms) {
            return None;
        }
        let notice = Notice::new(&decision, tool, &ctx.feed.links, ctx.language)?;
        Some(Alert {
            notice,
            record: Record {
                tool: tool.id.clone(),
                tool_name: tool.name.clone(),
                verdict: decision.verdict.to_string(),
                class: clip.classification.class,
                categories: clip.classification.categories.clone(),
                rules: decision.rules.iter().map(|r| r.id.clone()).collect(),
            },
        })
    }

    /// Where focus cannot be read: warn when K2 or higher is copied, as if for any public AI
    /// tool.
    fn at_copy_time(&mut self, ctx: &Context<'_>) -> Option<Alert> {
        let class = self.clipboard.as_ref()?.classification.class;
        if class < InfoClass::K2 {
            return None;
        }
        self.alert(&any_public_tool(ctx.language), ctx)
    }
}

/// Every publicly available AI tool, for warnings at copy time.
fn any_public_tool(language: Language) -> Tool {
    match language {
        Language::Sv => Tool::any_public("*", "AI-tjänster"),
        Language::En => Tool::any_public("*", "AI services"),
    }
}

fn hash(text: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use klippvakt_core::MIN_INTERVAL_MS;

    fn ctx(now_ms: u64) -> Context<'static> {
        let feed = Feed::builtin();
        Context {
            feed,
            pack: feed.pack().expect("pack"),
            language: Language::Sv,
            paused: false,
            now_ms,
            copy_reminder: false,
            day: 1,
        }
    }

    fn text(t: &str) -> Event {
        Event::Clipboard(Clip::Text(t.into()))
    }

    fn focus(title: &str) -> Event {
        Event::Focus(Some(FocusedWindow {
            title: title.into(),
            process: String::new(),
        }))
    }

    const PNR: &str = "Kan du kolla 920303-4138 åt mig?";

    #[test]
    fn personal_data_then_chatgpt_focus_warns_once() {
        let mut m = Monitor::new();
        assert_eq!(m.handle(text(PNR), &ctx(0)), None, "copying says nothing");
        let alert = m
            .handle(focus("ChatGPT - Google Chrome"), &ctx(1))
            .expect("warns");
        assert_eq!(alert.notice.title, "ChatGPT: personnummer i urklipp");
        assert_eq!(alert.record.tool, "chatgpt");
        assert_eq!(alert.record.rules[0], "D");
        assert_eq!(alert.record.categories, [Category::PersonalData]);
        assert_eq!(m.handle(focus("Dokument - Word"), &ctx(2)), None);
        let later = 10 * MIN_INTERVAL_MS;
        assert_eq!(
            m.handle(focus("ChatGPT - Google Chrome"), &ctx(later)),
            None,
            "same content and tool"
        );
    }

    #[test]
    fn open_text_other_windows_and_pause_say_nothing() {
        let mut m = Monitor::new();
        m.handle(text("Skriv en dikt om hösten."), &ctx(0));
        assert_eq!(m.handle(focus("ChatGPT - Google Chrome"), &ctx(1)), None);
        m.handle(text(PNR), &ctx(2));
        assert_eq!(
            m.handle(focus("Rapport om ChatGPT.docx - Word"), &ctx(3)),
            None
        );
        let paused = Context {
            paused: true,
            ..ctx(4)
        };
        assert_eq!(m.handle(focus("ChatGPT - Google Chrome"), &paused), None);
        assert!(
            m.handle(focus("Claude - Google Chrome"), &ctx(5)).is_some(),
            "after pause"
        );
    }

    #[test]
    fn images_clear_the_clipboard_state() {
        let mut m = Monitor::new();
        m.handle(text(PNR), &ctx(0));
        m.handle(Event::Clipboard(Clip::Other), &ctx(1));
        assert_eq!(m.handle(focus("ChatGPT - Google Chrome"), &ctx(2)), None);
    }

    #[test]
    fn without_focus_k2_warns_at_copy_time() {
        let mut m = Monitor::new();
        m.handle(Event::FocusUnavailable("wayland".into()), &ctx(0));
        assert_eq!(
            m.handle(text("Jonas Wikström ringde."), &ctx(1)),
            None,
            "K1 stays quiet"
        );
        let alert = m
            .handle(text(PNR), &ctx(2 * MIN_INTERVAL_MS))
            .expect("K2 warns");
        assert_eq!(alert.notice.title, "AI-tjänster: personnummer i urklipp");
        assert_eq!(alert.record.tool, "*");
    }

    #[test]
    fn copy_out_reminder_once_a_day_when_configured() {
        let reminding = |now_ms, day| Context {
            copy_reminder: true,
            day,
            ..ctx(now_ms)
        };
        let mut m = Monitor::new();
        m.handle(focus("ChatGPT - Google Chrome"), &ctx(0));
        assert_eq!(m.handle(text("Svar ett"), &ctx(1)), None, "off by default");
        let alert = m
            .handle(text("Svar två"), &reminding(2, 1))
            .expect("reminds");
        assert_eq!(alert.notice.title, "Text från ChatGPT: du ansvarar för den");
        assert!(alert.notice.body.starts_with("Regel M: "));
        assert_eq!(alert.record.verdict, "remind");
        assert_eq!(alert.record.rules, ["M", "N", "O"]);
        let later = 10 * MIN_INTERVAL_MS;
        assert_eq!(
            m.handle(text("Svar tre"), &reminding(later, 1)),
            None,
            "once a day"
        );
        assert!(
            m.handle(text("Svar fyra"), &reminding(2 * later, 2))
                .is_some(),
            "next day"
        );
        m.handle(focus("Dokument - Word"), &ctx(3 * later));
        assert_eq!(
            m.handle(text("Svar fem"), &reminding(4 * later, 3)),
            None,
            "not copied from an AI tool"
        );
    }
}
