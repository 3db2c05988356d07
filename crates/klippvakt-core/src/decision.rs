//! `decide(classification, tool, pack)`: whether a text may go to a tool, which rules of the
//! guideline say so (most specific first), and a short Swedish summary of what was found.

use crate::category::Category;
use crate::classify::Classification;
use crate::finding::DetectorId;
use crate::language::{describe, Language};
use crate::policy::{PolicyPack, Rule, ToolKind};
use crate::tool::Tool;
use serde::Serialize;

/// What Klippvakt does about a text and a tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Say nothing.
    Allow,
    /// A soft hint (copyright).
    Advise,
    /// The content is above the tool's approval, or the tool is not approved.
    Warn,
}

impl Verdict {
    /// `allow`, `advise` or `warn`, as JSON has it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Allow => "allow",
            Verdict::Advise => "advise",
            Verdict::Warn => "warn",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A verdict with the rules to quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision<'p> {
    /// Allow, advise or warn.
    pub verdict: Verdict,
    /// The rules to quote, most specific first; empty for `allow`.
    pub rules: Vec<&'p Rule>,
    /// What was found in the quoted categories, each kind once, in the order of the text.
    pub found: Vec<DetectorId>,
    /// What was found, in Swedish, for a notification ("personnummer och namn").
    pub summary: String,
}

/// Decides about `classification` for `tool` under `pack`.
pub fn decide<'p>(
    classification: &Classification,
    tool: &Tool,
    pack: &'p PolicyPack,
) -> Decision<'p> {
    let warn_categories: Vec<Category> = classification
        .categories
        .iter()
        .copied()
        .filter(|c| *c != Category::Copyright)
        .collect();
    let personal = warn_categories
        .iter()
        .any(|c| matches!(c, Category::PersonalData | Category::SensitivePersonalData));
    let above_approval = match tool.kind {
        ToolKind::Public => !warn_categories.is_empty(),
        ToolKind::Procured => {
            classification.class > tool.max_class || (personal && !tool.personal_data)
        }
        ToolKind::Unapproved => true,
    };
    let (verdict, quoted): (Verdict, &[Category]) = if above_approval {
        (Verdict::Warn, &warn_categories)
    } else if classification.has(Category::Copyright) {
        (Verdict::Advise, &[Category::Copyright])
    } else {
        (Verdict::Allow, &[])
    };
    let mut rules: Vec<((usize, bool), &Rule)> = match verdict {
        Verdict::Allow => Vec::new(),
        _ => pack
            .rules
            .iter()
            .filter_map(|r| r.when.as_ref().map(|w| (r, w)))
            .filter(|(_, w)| w.tool_kinds.contains(&tool.kind))
            .filter(|(_, w)| w.tools.is_empty() || w.tools.contains(&tool.id))
            .filter(|(_, w)| !w.above_approval || above_approval)
            .filter(|(_, w)| {
                (w.categories.is_empty() && verdict == Verdict::Warn)
                    || w.categories.iter().any(|c| quoted.contains(c))
            })
            .map(|(r, w)| ((specificity(w.categories.len()), w.tools.is_empty()), r))
            .collect(),
    };
    // Most specific first: a rule about fewer kinds of content before a general one, a rule
    // about this very tool before one about every tool of its kind; the guideline's order
    // otherwise (the sort is stable).
    rules.sort_by_key(|(key, _)| *key);
    let rules = rules.into_iter().map(|(_, r)| r).collect();
    let found = match verdict {
        Verdict::Allow => Vec::new(),
        _ => found(classification, quoted),
    };
    Decision {
        verdict,
        rules,
        summary: describe(&found, Language::Sv),
        found,
    }
}

/// The detectors behind the findings in `categories`, each once, in the order of the text.
fn found(classification: &Classification, categories: &[Category]) -> Vec<DetectorId> {
    let mut found = Vec::new();
    for f in classification
        .findings
        .iter()
        .filter(|f| categories.contains(&f.category))
    {
        if !found.contains(&f.detector) {
            found.push(f.detector);
        }
    }
    found
}

/// A rule about fewer categories is more specific; one about any content least of all.
fn specificity(categories: usize) -> usize {
    if categories == 0 {
        usize::MAX
    } else {
        categories
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::category::InfoClass;
    use crate::classify;

    fn tool(kind: ToolKind, max_class: InfoClass, personal_data: bool) -> Tool {
        Tool {
            kind,
            max_class,
            personal_data,
            ..Tool::any_public("t", "T")
        }
    }

    fn check(pack: &str, text: &str, tool: &Tool) -> (Verdict, Vec<String>, String) {
        let pack = PolicyPack::builtin(pack).expect("built-in pack");
        let d = decide(&classify(text), tool, pack);
        (
            d.verdict,
            d.rules.iter().map(|r| r.id.clone()).collect(),
            d.summary,
        )
    }

    const PNR: &str =
        "Kan du kolla om 920303-4138 är ett giltigt personnummer? Det är Jonas Wikström.";
    const SECRET: &str = "SEKRETESS enligt 19 kap. 3 § OSL\nAnbudsutvärdering";
    const PASSWORD: &str = "Mitt lösenord är Sommar2024!";
    const SENSITIVE: &str = "Patienten Lars Persson, 19560312-1234, har KOL.";
    const COPYRIGHT: &str = "© Norrbygdens Tidning 2025. Sammanfatta artikeln.";
    const OPEN: &str = "Skriv en inbjudan till julfikat på fredag.";

    macro_rules! table {
        ($($name:ident: $pack:expr, $text:expr, $tool:expr => $verdict:ident, [$($rule:expr),*];)*) => {$(
            #[test]
            fn $name() {
                let (verdict, rules, _) = check($pack, $text, &$tool);
                assert_eq!(verdict, Verdict::$verdict);
                assert_eq!(rules, vec![$($rule.to_string()),*] as Vec<String>);
            }
        )*};
    }

    fn public() -> Tool {
        tool(ToolKind::Public, InfoClass::K0, false)
    }
    fn unapproved() -> Tool {
        tool(ToolKind::Unapproved, InfoClass::K0, false)
    }
    fn copilot() -> Tool {
        Tool {
            id: "copilot".into(),
            ..public()
        }
    }
    fn procured_k2_personal() -> Tool {
        tool(ToolKind::Procured, InfoClass::K2, true)
    }
    fn procured_k1_no_personal() -> Tool {
        tool(ToolKind::Procured, InfoClass::K1, false)
    }

    table! {
        public_personal_data: "soderkoping", PNR, public() => Warn, ["D", "E", "A", "U", "X"];
        public_sensitive: "soderkoping", SENSITIVE, public() => Warn, ["D", "E", "A", "U", "X"];
        public_secrecy: "soderkoping", SECRET, public() => Warn, ["G", "A", "U", "X"];
        public_other_sensitive: "soderkoping", PASSWORD, public() => Warn, ["I", "A", "U", "X"];
        public_copyright: "soderkoping", COPYRIGHT, public() => Advise, ["5", "R"];
        public_open: "soderkoping", OPEN, public() => Allow, [];
        copilot_personal_cites_7_1: "soderkoping", PNR, copilot() => Warn, ["D", "E", "7.1", "A", "U", "X"];
        copilot_secrecy_cites_7_1: "soderkoping", SECRET, copilot() => Warn, ["G", "7.1", "A", "U", "X"];
        copilot_open: "soderkoping", OPEN, copilot() => Allow, [];
        unapproved_open: "soderkoping", OPEN, unapproved() => Warn, ["V"];
        unapproved_personal: "soderkoping", PNR, unapproved() => Warn, ["V"];
        procured_within_approval: "soderkoping", PNR, procured_k2_personal() => Allow, [];
        procured_class_above: "soderkoping", SENSITIVE, procured_k2_personal() => Warn, ["C"];
        procured_no_personal_data: "soderkoping", PNR, procured_k1_no_personal() => Warn, ["C"];
        procured_secrecy_above: "soderkoping", SECRET, procured_k1_no_personal() => Warn, ["F"];
        procured_credentials_above: "soderkoping", PASSWORD, procured_k1_no_personal() => Warn, ["H"];
        procured_copyright: "soderkoping", COPYRIGHT, procured_k2_personal() => Advise, ["5", "R"];
        kommun_public_personal: "kommunriktlinje", PNR, public() => Warn, ["2.1:3", "2.2:1", "2.2:2"];
        kommun_public_secrecy: "kommunriktlinje", SECRET, public() => Warn, ["2.2:1", "2.2:2"];
        kommun_public_copyright: "kommunriktlinje", COPYRIGHT, public() => Advise, ["2.1:4"];
        kommun_procured_above: "kommunriktlinje", SENSITIVE, procured_k2_personal() => Warn, ["2.2:4"];
        kommun_public_open: "kommunriktlinje", OPEN, public() => Allow, [];
        kommun_unapproved_open: "kommunriktlinje", OPEN, unapproved() => Warn, ["2.2:4"];
        kommun_unapproved_personal: "kommunriktlinje", PNR, unapproved() => Warn, ["2.1:3", "2.2:1", "2.2:2", "2.2:4"];
        kommun_procured_within: "kommunriktlinje", PNR, procured_k2_personal() => Allow, [];
    }

    #[test]
    fn summary_names_what_was_found_in_swedish() {
        assert_eq!(
            check("soderkoping", PNR, &public()).2,
            "personnummer och namn"
        );
        assert_eq!(
            check("soderkoping", SECRET, &public()).2,
            "sekretessmarkering"
        );
        assert_eq!(check("soderkoping", OPEN, &public()).2, "");
    }
}
