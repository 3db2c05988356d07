//! The tool feed IT publishes (DESIGN.md, "Feed"): its schema, parsing with errors that name
//! the field and the tool at fault, the checks serde cannot make, and the built-in default
//! feed used until a feed has been fetched.

use crate::category::InfoClass;
use crate::policy::{PolicyError, PolicyPack, ToolKind};
use crate::tool::Tool;
use crate::window::{self, Window};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::OnceLock;

/// The feed schema this build reads.
pub const FEED_SCHEMA: u32 = 1;

/// The largest feed accepted. A real one is a few kilobytes; anything near this is not a feed.
pub const MAX_FEED_BYTES: usize = 1024 * 1024;

const DEFAULT_FEED: &str = include_str!("../feeds/default.json");

/// What a feed says: who publishes it, which rules apply, which AI tools are approved for what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feed {
    /// The format version (1).
    pub schema: u32,
    /// Who publishes it ("Söderköpings kommun, IT-enheten").
    pub publisher: String,
    /// When IT last changed it, as IT wrote it (RFC 3339).
    pub updated: String,
    /// The rules that apply: a built-in pack or the feed's own.
    pub policy: PolicySource,
    /// Where the guideline, incident reporting and the list of approved tools are.
    #[serde(default)]
    pub links: Links,
    /// The AI tools the feed knows.
    pub tools: Vec<Tool>,
}

/// The feed's `"policy"`: a built-in pack's id, or a pack of its own in the same format.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum PolicySource {
    /// A built-in pack ("soderkoping").
    Builtin(String),
    /// The feed's own pack, for a municipality without a built-in one.
    Inline(Box<PolicyPack>),
}

/// Links a notification or the quick view can open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Links {
    /// The guideline itself.
    #[serde(default)]
    pub guideline: Option<String>,
    /// Where to report a personuppgiftsincident.
    #[serde(default)]
    pub incident: Option<String>,
    /// IT's own page of approved tools.
    #[serde(default)]
    pub approved_tools: Option<String>,
}

impl Links {
    /// The link a rule names (`link = "incident"` in a pack).
    pub fn get(&self, name: &str) -> Option<&str> {
        match name {
            "guideline" => self.guideline.as_deref(),
            "incident" => self.incident.as_deref(),
            "approved_tools" => self.approved_tools.as_deref(),
            _ => None,
        }
    }
}

/// A feed that cannot be used. Every message says what is wrong and where.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum FeedError {
    /// Larger than [`MAX_FEED_BYTES`].
    #[error("the feed is {size} bytes, more than the {limit} bytes a feed may have; check that the address serves feed.json")]
    TooLarge {
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// Not JSON at all.
    #[error("the feed is not valid JSON ({0}); check that the address serves feed.json")]
    Syntax(String),
    /// JSON, but a field is missing, mistyped or wrong.
    #[error("{location}: {message}")]
    Invalid {
        /// Where: `feed`, `feed field 'schema'`, `tool 'chatgpt' (tools[0].max_class)`.
        location: String,
        /// What is wrong.
        message: String,
    },
}

impl Feed {
    /// Parses and checks a feed from its exact bytes.
    pub fn parse(bytes: &[u8]) -> Result<Feed, FeedError> {
        if bytes.len() > MAX_FEED_BYTES {
            return Err(FeedError::TooLarge {
                size: bytes.len(),
                limit: MAX_FEED_BYTES,
            });
        }
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| FeedError::Syntax(e.to_string()))?;
        if !value.is_object() {
            return Err(invalid(
                "feed".into(),
                "the feed must be a JSON object with schema, publisher, updated, policy and tools"
                    .into(),
            ));
        }
        let feed: Feed = serde_path_to_error::deserialize(&value).map_err(|e| {
            let path = e.path().to_string();
            invalid(locate(&value, &path), e.into_inner().to_string())
        })?;
        feed.check()?;
        Ok(feed)
    }

    /// The feed built into the binary: the AI tools staff meet, all public K0 but DeepSeek
    /// (not approved), under the `soderkoping` pack.
    pub fn builtin() -> &'static Feed {
        static FEED: OnceLock<Feed> = OnceLock::new();
        FEED.get_or_init(|| {
            Feed::parse(DEFAULT_FEED.as_bytes()).expect("the built-in feed parses (tested)")
        })
    }

    /// The rules that apply. Always `Some` for a feed from [`Feed::parse`].
    pub fn pack(&self) -> Option<&PolicyPack> {
        match &self.policy {
            PolicySource::Builtin(id) => PolicyPack::builtin(id),
            PolicySource::Inline(pack) => Some(pack),
        }
    }

    /// The tool with this id.
    pub fn tool(&self, id: &str) -> Option<&Tool> {
        self.tools.iter().find(|t| t.id == id)
    }

    /// The tool a window shows, if any: by process name, else by title (see [`Window`]).
    pub fn recognise(&self, window: &Window<'_>) -> Option<&Tool> {
        window::recognise(&self.tools, window)
    }

    /// What serde cannot check: the schema version, the policy, unique ids, and that a
    /// public tool claims no more than public tools may have.
    fn check(&self) -> Result<(), FeedError> {
        if self.schema != FEED_SCHEMA {
            return Err(invalid(
                "feed field 'schema'".into(),
                format!(
                    "schema {} is not one this Klippvakt reads (it reads {FEED_SCHEMA}); publish a schema {FEED_SCHEMA} feed or update Klippvakt",
                    self.schema
                ),
            ));
        }
        match &self.policy {
            PolicySource::Builtin(id) if PolicyPack::builtin(id).is_none() => {
                return Err(invalid(
                    "feed field 'policy'".into(),
                    format!(
                        "'{id}' is not a built-in policy pack ({}); name one of them or put the pack itself in the feed",
                        PolicyPack::builtin_ids().join(", ")
                    ),
                ));
            }
            PolicySource::Inline(pack) => pack
                .check()
                .map_err(|e: PolicyError| invalid("feed field 'policy'".into(), e.to_string()))?,
            PolicySource::Builtin(_) => {}
        }
        for (i, tool) in self.tools.iter().enumerate() {
            let here = || format!("tool '{}' (tools[{i}])", tool.id);
            if tool.id.trim().is_empty() {
                return Err(invalid(
                    here(),
                    "the id is empty; give every tool an id".into(),
                ));
            }
            if let Some(first) = self.tools[..i].iter().position(|t| t.id == tool.id) {
                return Err(invalid(
                    here(),
                    format!("the id is already used by tools[{first}]; ids must be unique"),
                ));
            }
            if tool.kind == ToolKind::Public
                && (tool.max_class > InfoClass::K0 || tool.personal_data)
            {
                return Err(invalid(
                    here(),
                    format!(
                        "a public tool may only receive open information (K0) and no personal data, but it says max_class {} and personal_data {}; make it \"procured\" once it has been analysed",
                        tool.max_class, tool.personal_data
                    ),
                ));
            }
        }
        Ok(())
    }
}

fn invalid(location: String, message: String) -> FeedError {
    FeedError::Invalid { location, message }
}

/// "tool 'gemini' (`tools[2].personal_data`)" for a path inside a tool, "feed field 'x'" else.
fn locate(value: &serde_json::Value, path: &str) -> String {
    if path == "." {
        return "feed".into();
    }
    let Some(rest) = path.strip_prefix("tools[") else {
        return format!("feed field '{path}'");
    };
    let id = rest
        .split(']')
        .next()
        .and_then(|i| i.parse::<usize>().ok())
        .and_then(|i| value["tools"][i]["id"].as_str());
    match id {
        Some(id) => format!("tool '{id}' ({path})"),
        None => format!("tool without an id ({path})"),
    }
}

impl<'de> Deserialize<'de> for PolicySource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Source;
        impl<'de> Visitor<'de> for Source {
            type Value = PolicySource;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a built-in pack id such as \"soderkoping\", or a policy pack object")
            }
            fn visit_str<E: de::Error>(self, id: &str) -> Result<PolicySource, E> {
                Ok(PolicySource::Builtin(id.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<PolicySource, A::Error> {
                PolicyPack::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(|pack| PolicySource::Inline(Box::new(pack)))
            }
        }
        deserializer.deserialize_any(Source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn valid() -> Value {
        json!({
            "schema": 1,
            "publisher": "Söderköpings kommun, IT-enheten",
            "updated": "2026-11-01T08:00:00Z",
            "policy": "soderkoping",
            "links": {"guideline": "https://intranet/ai", "incident": "https://intranet/incident"},
            "tools": [
                {"id": "chatgpt", "name": "ChatGPT", "vendor": "OpenAI", "kind": "public",
                 "max_class": "K0", "personal_data": false,
                 "match": {"window_title": ["ChatGPT"], "process": ["ChatGPT.exe"],
                           "domains": ["chatgpt.com"]},
                 "note": "Endast öppen information."},
                {"id": "kommun-ai", "name": "Kommunens AI", "vendor": "Leverantör AB",
                 "kind": "procured", "max_class": "K2", "personal_data": true}
            ]
        })
    }

    fn parse(v: &Value) -> Result<Feed, FeedError> {
        Feed::parse(&serde_json::to_vec(v).expect("json"))
    }

    fn error(v: &Value) -> String {
        parse(v).expect_err("should be rejected").to_string()
    }

    #[test]
    fn a_valid_feed_parses() {
        let feed = parse(&valid()).expect("valid");
        assert_eq!(feed.pack().map(|p| p.id.as_str()), Some("soderkoping"));
        assert_eq!(
            feed.links.get("incident"),
            Some("https://intranet/incident")
        );
        let t = feed.tool("kommun-ai").expect("tool");
        assert_eq!(
            (t.kind, t.max_class, t.personal_data),
            (ToolKind::Procured, InfoClass::K2, true)
        );
        assert!(t.matching.window_title.is_empty() && t.note.is_empty());
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let mut v = valid();
        v["future"] = json!({"anything": [1, 2]});
        v["tools"][0]["icon"] = json!("chatgpt.png");
        v["tools"][0]["match"]["bundle_id"] = json!(["com.openai.chat"]);
        v["links"]["wiki"] = json!("https://wiki");
        assert_eq!(parse(&v), parse(&valid()));
    }

    #[test]
    fn each_missing_feed_field_is_named() {
        for field in ["schema", "publisher", "updated", "policy", "tools"] {
            let mut v = valid();
            v.as_object_mut().expect("object").remove(field);
            let err = error(&v);
            assert!(
                err.contains(&format!("missing field `{field}`")),
                "{field}: {err}"
            );
        }
    }

    #[test]
    fn each_missing_tool_field_is_named_with_the_tool() {
        for field in ["name", "vendor", "kind", "max_class", "personal_data"] {
            let mut v = valid();
            v["tools"][1].as_object_mut().expect("tool").remove(field);
            let err = error(&v);
            assert!(
                err.starts_with("tool 'kommun-ai' (tools[1])")
                    && err.contains(&format!("missing field `{field}`")),
                "{field}: {err}"
            );
        }
        let mut v = valid();
        v["tools"][1].as_object_mut().expect("tool").remove("id");
        assert!(error(&v).contains("tool without an id (tools[1])"));
    }

    #[test]
    fn wrong_types_name_the_field_and_the_tool() {
        let cases = [
            ("/schema", json!("1"), "feed field 'schema'"),
            ("/publisher", json!(7), "feed field 'publisher'"),
            ("/tools", json!({}), "feed field 'tools'"),
            (
                "/links/incident",
                json!(false),
                "feed field 'links.incident'",
            ),
            ("/policy", json!(3), "feed field 'policy'"),
            (
                "/tools/0/personal_data",
                json!("nej"),
                "tool 'chatgpt' (tools[0].personal_data)",
            ),
            (
                "/tools/0/max_class",
                json!("K9"),
                "tool 'chatgpt' (tools[0].max_class)",
            ),
            (
                "/tools/0/kind",
                json!("free"),
                "tool 'chatgpt' (tools[0].kind)",
            ),
            (
                "/tools/0/match/window_title",
                json!("ChatGPT"),
                "tool 'chatgpt' (tools[0].match.window_title)",
            ),
            (
                "/tools/1/name",
                json!(["x"]),
                "tool 'kommun-ai' (tools[1].name)",
            ),
        ];
        for (pointer, wrong, location) in cases {
            let mut v = valid();
            *v.pointer_mut(pointer).expect(pointer) = wrong;
            let err = error(&v);
            assert!(err.starts_with(location), "{pointer}: {err}");
        }
    }

    #[test]
    fn values_serde_cannot_check_are_named() {
        let mut v = valid();
        v["schema"] = json!(2);
        assert!(error(&v).contains("schema 2 is not one this Klippvakt reads"));
        let mut v = valid();
        v["policy"] = json!("goteborg");
        let err = error(&v);
        assert!(
            err.contains("'goteborg' is not a built-in policy pack (soderkoping, kommunriktlinje)"),
            "{err}"
        );
        let mut v = valid();
        v["tools"][1]["id"] = json!("chatgpt");
        assert!(error(&v).contains("tool 'chatgpt' (tools[1]): the id is already used by tools[0]"));
        let mut v = valid();
        v["tools"][0]["max_class"] = json!("K2");
        assert!(error(&v).contains(
            "tool 'chatgpt' (tools[0]): a public tool may only receive open information"
        ));
        let mut v = valid();
        v["tools"][0]["id"] = json!(" ");
        assert!(error(&v).contains("the id is empty"));
    }

    #[test]
    fn a_feed_may_carry_its_own_pack() {
        let mut v = valid();
        v["policy"] = json!({
            "id": "ekby", "title": "Riktlinje för AI", "source": "ekby.pdf",
            "rules": [{"id": "1", "section": "Regler", "text": "Inga personuppgifter.",
                       "when": {"categories": ["personal_data"], "tool_kinds": ["public"]}}]
        });
        let feed = parse(&v).expect("own pack");
        let pack = feed.pack().expect("pack");
        assert_eq!((pack.id.as_str(), pack.rules.len()), ("ekby", 1));
        v["policy"]["rules"][0]
            .as_object_mut()
            .expect("rule")
            .remove("text");
        let err = error(&v);
        assert!(
            err.starts_with("feed field 'policy.rules[0]'") && err.contains("`text`"),
            "{err}"
        );
    }

    #[test]
    fn garbage_is_rejected_with_a_clear_message() {
        let big = vec![0xA5u8; 5 * 1024 * 1024];
        let err = Feed::parse(&big).unwrap_err();
        assert_eq!(
            err,
            FeedError::TooLarge {
                size: big.len(),
                limit: MAX_FEED_BYTES
            }
        );
        let small: Vec<u8> = (0..100_000u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(matches!(Feed::parse(&small), Err(FeedError::Syntax(_))));
        let err = Feed::parse(b"<html><body>Logga in</body></html>")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("the feed is not valid JSON"), "{err}");
        assert!(matches!(Feed::parse(b""), Err(FeedError::Syntax(_))));
        let err = error(&json!([1, 2]));
        assert!(
            err.starts_with("feed: the feed must be a JSON object"),
            "{err}"
        );
    }

    #[test]
    fn the_builtin_feed_is_honest() {
        let feed = Feed::builtin();
        assert_eq!(feed.pack().map(|p| p.id.as_str()), Some("soderkoping"));
        for id in [
            "chatgpt",
            "copilot",
            "gemini",
            "claude",
            "perplexity",
            "le-chat",
            "deepseek",
            "grok",
            "meta-ai",
        ] {
            let tool = feed.tool(id).unwrap_or_else(|| panic!("{id} missing"));
            let expected = if id == "deepseek" {
                ToolKind::Unapproved
            } else {
                ToolKind::Public
            };
            assert_eq!(
                (tool.kind, tool.max_class, tool.personal_data),
                (expected, InfoClass::K0, false)
            );
            assert!(
                !tool.matching.window_title.is_empty() && !tool.matching.domains.is_empty(),
                "{id}"
            );
            assert!(!tool.note.is_empty(), "{id}");
        }
        assert!(feed.links.incident.is_some());
    }
}
