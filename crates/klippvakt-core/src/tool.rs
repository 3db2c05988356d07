//! AI tools as the feed describes them: who makes them, how they are approved (kind, highest
//! information class, personal data) and how to recognise them on screen.

use crate::category::InfoClass;
use crate::policy::ToolKind;
use serde::{Deserialize, Serialize};

/// How a tool shows itself: window-title fragments, process names, web domains.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolMatch {
    /// Fragments of the window or browser-tab title ("ChatGPT").
    #[serde(default)]
    pub window_title: Vec<String>,
    /// Executable names ("ChatGPT.exe").
    #[serde(default)]
    pub process: Vec<String>,
    /// Web domains ("chatgpt.com").
    #[serde(default)]
    pub domains: Vec<String>,
}

/// One AI tool in the feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tool {
    /// Stable id ("chatgpt").
    pub id: String,
    /// Display name ("ChatGPT").
    pub name: String,
    /// Who makes it ("OpenAI").
    pub vendor: String,
    /// How it is approved.
    pub kind: ToolKind,
    /// The highest information class it may receive.
    pub max_class: InfoClass,
    /// Whether it may receive personal data.
    pub personal_data: bool,
    /// How to recognise it.
    #[serde(rename = "match", default)]
    pub matching: ToolMatch,
    /// IT's note for employees.
    #[serde(default)]
    pub note: String,
}

impl Tool {
    /// Any publicly available AI tool: open information (K0) only, no personal data. For
    /// questions about a kind of tool rather than a tool of the feed ("what if this went to
    /// a public AI system?").
    pub fn any_public(id: &str, name: &str) -> Tool {
        Tool {
            id: id.to_string(),
            name: name.to_string(),
            vendor: String::new(),
            kind: ToolKind::Public,
            max_class: InfoClass::K0,
            personal_data: false,
            matching: ToolMatch::default(),
            note: String::new(),
        }
    }
}
