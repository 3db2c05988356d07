//! Policy packs: one municipality's AI guideline as data. Each rule carries its id ("D",
//! "2.2:1"), section, exact text and the conditions under which it is quoted (content
//! categories × tool kind), so that the rules table is data, not code. Two packs are built
//! in; a feed may carry its own pack in the same TOML format.

use crate::category::Category;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const SODERKOPING: &str = include_str!("../policies/soderkoping.toml");
const KOMMUNRIKTLINJE: &str = include_str!("../policies/kommunriktlinje.toml");

/// How an AI tool is approved (DESIGN.md, "tool").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToolKind {
    /// Publicly available: open information (K0) only, no personal data.
    Public,
    /// Procured and analysed: its own highest class and personal-data flag.
    Procured,
    /// Not approved at all.
    Unapproved,
}

impl ToolKind {
    /// The name the feed uses: `public`, `procured`, `unapproved`.
    pub fn as_str(self) -> &'static str {
        match self {
            ToolKind::Public => "public",
            ToolKind::Procured => "procured",
            ToolKind::Unapproved => "unapproved",
        }
    }
}

impl std::fmt::Display for ToolKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// When a rule is quoted in a verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    /// Any of these content categories (empty: whatever the content).
    pub categories: Vec<Category>,
    /// Any of these tool kinds.
    pub tool_kinds: Vec<ToolKind>,
    /// Only when the content is above what the tool is approved for.
    #[serde(default)]
    pub above_approval: bool,
    /// Only for these tool ids (section 7.1 is about Copilot); empty: any tool.
    #[serde(default)]
    pub tools: Vec<String>,
}

/// One rule of a guideline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// "D", "7.1", "2.2:1".
    pub id: String,
    /// The section heading it stands under.
    pub section: String,
    /// A short title, where the guideline gives one.
    #[serde(default)]
    pub title: Option<String>,
    /// The rule's exact text.
    pub text: String,
    /// When it is quoted; `None`: shown in the guideline view only.
    #[serde(default)]
    pub when: Option<When>,
    /// A feed link to show with it (`"incident"`: where to report an incident).
    #[serde(default)]
    pub link: Option<String>,
}

/// One municipality's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyPack {
    /// "soderkoping", "kommunriktlinje".
    pub id: String,
    /// The guideline's title.
    pub title: String,
    /// The document the texts come from.
    pub source: String,
    /// The rules, in the guideline's order.
    pub rules: Vec<Rule>,
    /// The rules a reminder quotes when text is copied *out of* an AI tool (Söderköping's M–O:
    /// you answer for the result). Empty: the pack has no such reminder.
    #[serde(default)]
    pub copy_out: Vec<String>,
    /// The rule that governs each kind of tool, shown beside it in the list of tools
    /// (Söderköping: A for public tools, B for the rest).
    #[serde(default)]
    pub tool_rules: ToolRules,
}

/// The rule id that governs each kind of tool; `None`: the pack names none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolRules {
    /// For publicly available tools.
    pub public: Option<String>,
    /// For procured tools.
    pub procured: Option<String>,
    /// For tools that are not approved.
    pub unapproved: Option<String>,
}

impl ToolRules {
    /// The rule id for `kind`.
    pub fn get(&self, kind: ToolKind) -> Option<&str> {
        match kind {
            ToolKind::Public => self.public.as_deref(),
            ToolKind::Procured => self.procured.as_deref(),
            ToolKind::Unapproved => self.unapproved.as_deref(),
        }
    }

    fn ids(&self) -> impl Iterator<Item = &String> {
        [&self.public, &self.procured, &self.unapproved]
            .into_iter()
            .flatten()
    }
}

/// A policy pack that cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyError {
    /// The TOML does not describe a pack.
    #[error("policy pack is not valid: {0}")]
    Parse(#[from] toml::de::Error),
    /// Two rules share an id.
    #[error("policy pack '{pack}' has two rules with id '{rule}'")]
    DuplicateRule {
        /// The pack.
        pack: String,
        /// The repeated id.
        rule: String,
    },
    /// `copy_out` or `tool_rules` names a rule the pack does not have.
    #[error("policy pack '{pack}' refers to rule '{rule}', which it does not have")]
    UnknownRule {
        /// The pack.
        pack: String,
        /// The missing id.
        rule: String,
    },
}

impl PolicyPack {
    /// Parses a pack in the TOML format of the built-in ones.
    pub fn from_toml(text: &str) -> Result<PolicyPack, PolicyError> {
        let pack: PolicyPack = toml::from_str(text)?;
        pack.check()?;
        Ok(pack)
    }

    /// What the format cannot say: rule ids are unique, and `copy_out` and `tool_rules` name
    /// rules that exist.
    pub(crate) fn check(&self) -> Result<(), PolicyError> {
        let mut ids = std::collections::HashSet::new();
        if let Some(rule) = self.rules.iter().find(|r| !ids.insert(r.id.as_str())) {
            return Err(PolicyError::DuplicateRule {
                pack: self.id.clone(),
                rule: rule.id.clone(),
            });
        }
        let mut references = self.copy_out.iter().chain(self.tool_rules.ids());
        match references.find(|id| !ids.contains(id.as_str())) {
            Some(rule) => Err(PolicyError::UnknownRule {
                pack: self.id.clone(),
                rule: rule.clone(),
            }),
            None => Ok(()),
        }
    }

    /// The rule that governs tools of `kind`.
    pub fn tool_rule(&self, kind: ToolKind) -> Option<&Rule> {
        self.tool_rules.get(kind).and_then(|id| self.rule(id))
    }

    /// The rules of the copy-out reminder, in the order `copy_out` gives.
    pub fn copy_out_rules(&self) -> impl Iterator<Item = &Rule> {
        self.copy_out.iter().filter_map(|id| self.rule(id))
    }

    /// The built-in pack with this id (`soderkoping`, `kommunriktlinje`).
    pub fn builtin(id: &str) -> Option<&'static PolicyPack> {
        builtin_packs().iter().find(|p| p.id == id)
    }

    /// The ids of the built-in packs, for messages that list them.
    pub fn builtin_ids() -> Vec<&'static str> {
        builtin_packs().iter().map(|p| p.id.as_str()).collect()
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// Every built-in pack, parsed on first use.
pub fn builtin_packs() -> &'static [PolicyPack] {
    static PACKS: OnceLock<Vec<PolicyPack>> = OnceLock::new();
    PACKS.get_or_init(|| {
        [SODERKOPING, KOMMUNRIKTLINJE]
            .iter()
            .map(|t| PolicyPack::from_toml(t).expect("built-in policy packs parse (tested)"))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_packs_parse() {
        let s = PolicyPack::builtin("soderkoping").expect("soderkoping");
        let letters: Vec<&str> = s
            .rules
            .iter()
            .map(|r| r.id.as_str())
            .filter(|id| id.len() == 1 && id.chars().all(|c| c.is_ascii_uppercase()))
            .collect();
        let expected: Vec<String> = ('A'..='Y').map(String::from).collect();
        assert_eq!(letters, expected);
        assert!(s.rule("5").is_some() && s.rule("7.1").is_some());
        let k = PolicyPack::builtin("kommunriktlinje").expect("kommunriktlinje");
        let ids: Vec<&str> = k.rules.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "2.1:1", "2.1:2", "2.1:3", "2.1:4", "2.2:1", "2.2:2", "2.2:3", "2.2:4", "2.2:5",
                "2.2:6", "2.2:7"
            ]
        );
    }

    #[test]
    fn duplicate_rule_ids_are_an_error_naming_the_rule() {
        let text = "id = \"x\"\ntitle = \"t\"\nsource = \"s\"\n[[rules]]\nid = \"A\"\nsection = \"1\"\ntext = \"a\"\n[[rules]]\nid = \"A\"\nsection = \"1\"\ntext = \"b\"\n";
        let err = PolicyPack::from_toml(text).unwrap_err().to_string();
        assert!(err.contains("'A'"), "{err}");
    }

    #[test]
    fn copy_out_rules_exist_and_are_checked() {
        let s = PolicyPack::builtin("soderkoping").expect("soderkoping");
        let ids: Vec<&str> = s.copy_out_rules().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["M", "N", "O"]);
        let k = PolicyPack::builtin("kommunriktlinje").expect("kommunriktlinje");
        assert_eq!(k.copy_out_rules().count(), 2);
        let text = "id = \"x\"\ntitle = \"t\"\nsource = \"s\"\ncopy_out = [\"Z\"]\n[[rules]]\nid = \"A\"\nsection = \"1\"\ntext = \"a\"\n";
        let err = PolicyPack::from_toml(text).unwrap_err().to_string();
        assert!(err.contains("refers to rule 'Z'"), "{err}");
        let text = text.replace("copy_out = [\"Z\"]", "tool_rules = { public = \"Y\" }");
        let err = PolicyPack::from_toml(&text).unwrap_err().to_string();
        assert!(err.contains("refers to rule 'Y'"), "{err}");
    }

    #[test]
    fn every_kind_of_tool_has_its_rule() {
        for (pack, public, other) in [
            ("soderkoping", "A", "B"),
            ("kommunriktlinje", "2.2:2", "2.2:4"),
        ] {
            let p = PolicyPack::builtin(pack).expect("pack");
            let id = |kind| p.tool_rule(kind).map(|r| r.id.as_str());
            assert_eq!(id(ToolKind::Public), Some(public), "{pack}");
            assert_eq!(id(ToolKind::Procured), Some(other), "{pack}");
            assert_eq!(id(ToolKind::Unapproved), Some(other), "{pack}");
        }
    }

    #[test]
    fn missing_field_is_named() {
        let err = PolicyPack::from_toml(
            "id = \"x\"\ntitle = \"t\"\nsource = \"s\"\n[[rules]]\nid = \"A\"\ntext = \"a\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("section"), "{err}");
    }
}
