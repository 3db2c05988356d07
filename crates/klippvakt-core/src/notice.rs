//! The words of a notification: a title that names the tool and what was found, and a body
//! that quotes the rule (id and exact text), with where to report a personuppgiftsincident
//! when the pack links a rule to it. Never any of the clipboard text.

use crate::decision::{Decision, Verdict};
use crate::feed::Links;
use crate::language::{describe, Language};
use crate::policy::{PolicyPack, Rule};
use crate::tool::Tool;

/// What a desktop notification says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// "ChatGPT: personnummer och namn i urklipp".
    pub title: String,
    /// The most specific rule quoted in full, the rules linked to a feed link quoted too, the
    /// rest named.
    pub body: String,
    /// What clicking leads to besides the quick view: the incident link when a quoted rule
    /// names it, else the guideline.
    pub link: Option<String>,
}

impl Notice {
    /// The notice for a decision; `None` when the verdict is to say nothing.
    pub fn new(
        decision: &Decision,
        tool: &Tool,
        links: &Links,
        language: Language,
    ) -> Option<Notice> {
        if decision.verdict == Verdict::Allow {
            return None;
        }
        let found = describe(&decision.found, language);
        let title = match (language, found.is_empty()) {
            (Language::Sv, false) => format!("{}: {found} i urklipp", tool.name),
            (Language::En, false) => format!("{}: {found} on the clipboard", tool.name),
            (Language::Sv, true) => format!("{} är inte godkänt av kommunen", tool.name),
            (Language::En, true) => format!("{} is not approved by the municipality", tool.name),
        };
        let mut lines = Vec::new();
        let mut named = Vec::new();
        let mut link = None;
        for (i, rule) in decision.rules.iter().enumerate() {
            let rule_link = rule.link.as_deref().and_then(|l| links.get(l));
            if i == 0 || rule_link.is_some() {
                lines.push(quote(rule, language));
            } else {
                named.push(rule.id.as_str());
            }
            if let Some(url) = rule_link {
                lines.push(match language {
                    Language::Sv => format!("Rapportera här: {url}"),
                    Language::En => format!("Report it here: {url}"),
                });
                link.get_or_insert_with(|| url.to_string());
            }
        }
        if !named.is_empty() {
            lines.push(match language {
                Language::Sv => format!("Se även regel {}.", named.join(", ")),
                Language::En => format!("See also rule {}.", named.join(", ")),
            });
        }
        Some(Notice {
            title,
            body: lines.join("\n"),
            link: link.or_else(|| links.guideline.clone()),
        })
    }

    /// The reminder when text is copied out of `tool`: the pack's `copy_out` rules quoted in
    /// full. `None` when the pack has none.
    pub fn copy_out(
        tool: &Tool,
        pack: &PolicyPack,
        links: &Links,
        language: Language,
    ) -> Option<Notice> {
        let title = match language {
            Language::Sv => format!("Text från {}: du ansvarar för den", tool.name),
            Language::En => format!("Text from {}: you answer for it", tool.name),
        };
        let lines: Vec<String> = pack
            .copy_out_rules()
            .map(|rule| quote(rule, language))
            .collect();
        if lines.is_empty() {
            return None;
        }
        Some(Notice {
            title,
            body: lines.join("\n"),
            link: links.guideline.clone(),
        })
    }
}

/// "Regel D: Personuppgifter får inte …": the rule's id and exact text (the text is Swedish in
/// either language; only the word before the id changes).
fn quote(rule: &Rule, language: Language) -> String {
    let word = match language {
        Language::Sv => "Regel",
        Language::En => "Rule",
    };
    format!("{word} {}: {}", rule.id, rule.text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{classify, decide, Feed};

    fn notice(text: &str, tool: &str, language: Language) -> Option<Notice> {
        let feed = Feed::builtin();
        let tool = feed.tool(tool).expect("tool");
        let pack = feed.pack().expect("pack");
        let decision = decide(&classify(text), tool, pack);
        Notice::new(&decision, tool, &feed.links, language)
    }

    #[test]
    fn personal_data_names_what_quotes_d_and_e_and_links_incident_reporting() {
        let n = notice("pnr 920303-4138, Jonas Wikström", "chatgpt", Language::Sv).expect("warns");
        assert_eq!(n.title, "ChatGPT: personnummer och namn i urklipp");
        let lines: Vec<&str> = n.body.lines().collect();
        assert_eq!(
            lines[0],
            "Regel D: Personuppgifter får inte matas in i allmänt tillgängliga AI-system."
        );
        assert!(
            lines[1].starts_with("Regel E: Om personuppgifter matas in"),
            "{}",
            n.body
        );
        assert!(lines[2].starts_with("Rapportera här: https://") && lines[2].contains("incident"));
        assert_eq!(lines[3], "Se även regel A, U, X.");
        assert!(n.link.is_some_and(|l| l.contains("incidentrapportering")));
        assert!(!n.body.contains("920303") && !n.title.contains("Wikström"));
    }

    #[test]
    fn copy_out_reminder_quotes_m_to_o() {
        let feed = Feed::builtin();
        let tool = feed.tool("chatgpt").expect("tool");
        let pack = PolicyPack::builtin("soderkoping").expect("pack");
        let n = Notice::copy_out(tool, pack, &feed.links, Language::Sv).expect("reminds");
        assert_eq!(n.title, "Text från ChatGPT: du ansvarar för den");
        let lines: Vec<&str> = n.body.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0], "Regel M: Du är alltid ansvarig för att texten är faktamässigt korrekt, har rätt tonalitet och är fri från fördomar och annan bias.");
        assert!(lines[1].starts_with("Regel N: ") && lines[2].starts_with("Regel O: "));
        assert_eq!(n.link, feed.links.guideline);
        let en = Notice::copy_out(tool, pack, &feed.links, Language::En).expect("reminds");
        assert!(en.body.starts_with("Rule M: Du är"), "{}", en.body);
        let none = PolicyPack {
            copy_out: Vec::new(),
            ..pack.clone()
        };
        assert_eq!(
            Notice::copy_out(tool, &none, &feed.links, Language::Sv),
            None
        );
    }

    #[test]
    fn english_words_swedish_rules() {
        let n = notice("Mitt lösenord är Sommar2024!", "claude", Language::En).expect("warns");
        assert_eq!(n.title, "Claude: password on the clipboard");
        assert!(n.body.starts_with("Rule I: "), "{}", n.body);
        assert!(n.body.ends_with("See also rule A, U, X."), "{}", n.body);
    }

    #[test]
    fn unapproved_tool_with_open_text() {
        let n = notice("Skriv en dikt om hösten.", "deepseek", Language::Sv).expect("warns");
        assert_eq!(n.title, "DeepSeek är inte godkänt av kommunen");
        assert!(n.body.starts_with("Regel V: "), "{}", n.body);
    }

    #[test]
    fn open_text_says_nothing() {
        assert_eq!(
            notice("Skriv en dikt om hösten.", "chatgpt", Language::Sv),
            None
        );
    }
}
