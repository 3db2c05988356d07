//! Configuration, highest first (DESIGN.md): Group Policy (`HKLM\Software\Policies\Klippvakt`),
//! machine settings (`HKLM\Software\Klippvakt`, written by the MSI; on Linux
//! `/etc/klippvakt/config.toml`), user settings (`config.toml` in the user's config directory,
//! or the file given with `--config`), built-in defaults. Each source is a [`Layer`] of
//! optional values; [`Settings::merge`] takes, for each key, the highest layer that sets it.

use anyhow::{Context, Result};
use klippvakt_core::Language;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// How often the feed is fetched when IT says nothing.
pub const DEFAULT_REFRESH_HOURS: u32 = 6;

/// The settings the app runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Where IT publishes the feed; `None`: the built-in default feed only.
    pub feed_url: Option<String>,
    /// Public keys (base64) a feed must be signed with; empty: unsigned feeds are accepted.
    pub feed_public_keys: Vec<String>,
    /// A built-in pack in place of the one the feed names.
    pub policy_pack: Option<String>,
    /// Whether employees may pause Klippvakt from the tray.
    pub allow_pause: bool,
    /// The language of the tray, notifications and quick view.
    pub language: Language,
    /// Hours between feed fetches.
    pub refresh_hours: u32,
    /// A once-a-day reminder of rules M–O when text is copied out of an AI tool.
    pub copy_reminder: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            feed_url: None,
            feed_public_keys: Vec::new(),
            policy_pack: None,
            allow_pause: true,
            language: Language::Sv,
            refresh_hours: DEFAULT_REFRESH_HOURS,
            copy_reminder: false,
        }
    }
}

/// One source of settings: every key optional. In TOML the keys are snake_case; in the
/// registry they are the PascalCase names of DESIGN.md.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    /// `feed_url` / `FeedUrl`.
    pub feed_url: Option<String>,
    /// `feed_public_keys` / `FeedPublicKeys` (in the registry: separated by `;`, `,` or space).
    pub feed_public_keys: Option<Vec<String>>,
    /// `policy_pack` / `PolicyPack`.
    pub policy_pack: Option<String>,
    /// `allow_pause` / `AllowPause`.
    pub allow_pause: Option<bool>,
    /// `language` / `Language`.
    pub language: Option<Language>,
    /// `refresh_hours` / `RefreshHours`.
    pub refresh_hours: Option<u32>,
    /// `copy_reminder` / `CopyReminder`.
    pub copy_reminder: Option<bool>,
}

impl Layer {
    /// Parses a TOML settings file; an unknown key is an error that names it.
    pub fn from_toml(text: &str) -> Result<Layer> {
        Ok(toml::from_str(text)?)
    }

    /// Reads a TOML settings file; a missing file is an empty layer.
    pub fn from_file(path: &Path) -> Result<Layer> {
        Layer::from_toml(&read_if_present(path)?)
            .with_context(|| format!("settings file '{}' is not valid", path.display()))
    }

    /// A layer from registry-style values (`name` → string): how Windows hands them over.
    /// Values that do not parse are returned as warnings and left unset. (Read from the
    /// registry on Windows only; tested on every platform.)
    #[cfg_attr(not(windows), allow(dead_code))]
    pub fn from_values(get: impl Fn(&str) -> Option<String>) -> (Layer, Vec<String>) {
        // An empty value (what the MSI writes for a property left out) is no value.
        let get = |name: &str| {
            debug_assert!(VALUE_NAMES.contains(&name), "{name} is not in VALUE_NAMES");
            get(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let mut warnings = Vec::new();
        let mut flag = |name: &str| {
            let value = get(name)?;
            match value.as_str() {
                "1" | "true" | "True" | "TRUE" => Some(true),
                "0" | "false" | "False" | "FALSE" => Some(false),
                other => {
                    warnings.push(format!("{name} = '{other}' is not 0 or 1; ignored"));
                    None
                }
            }
        };
        let allow_pause = flag("AllowPause");
        let copy_reminder = flag("CopyReminder");
        let language = get("Language").and_then(|v| {
            let parsed = Language::parse(&v);
            if parsed.is_none() {
                warnings.push(format!("Language = '{v}' is not sv or en; ignored"));
            }
            parsed
        });
        let refresh_hours = get("RefreshHours").and_then(|v| {
            let parsed = v.parse().ok();
            if parsed.is_none() {
                warnings.push(format!("RefreshHours = '{v}' is not a number; ignored"));
            }
            parsed
        });
        let layer = Layer {
            feed_url: get("FeedUrl"),
            feed_public_keys: get("FeedPublicKeys").map(|v| {
                v.split([';', ',', ' ', '\n'])
                    .filter(|k| !k.is_empty())
                    .map(str::to_string)
                    .collect()
            }),
            policy_pack: get("PolicyPack"),
            allow_pause,
            language,
            refresh_hours,
            copy_reminder,
        };
        (layer, warnings)
    }
}

/// The registry value names the app reads (Group Policy and the MSI's key). The ADMX template
/// and the MSI must use exactly these (tested).
pub const VALUE_NAMES: [&str; 7] = [
    "FeedUrl",
    "FeedPublicKeys",
    "PolicyPack",
    "AllowPause",
    "Language",
    "RefreshHours",
    "CopyReminder",
];

impl Settings {
    /// For each key the value of the first layer (highest first) that sets it, else the
    /// default.
    pub fn merge(layers: &[Layer]) -> Settings {
        let d = Settings::default();
        macro_rules! pick {
            ($field:ident) => {
                layers.iter().find_map(|l| l.$field.clone())
            };
        }
        Settings {
            feed_url: pick!(feed_url).or(d.feed_url),
            feed_public_keys: pick!(feed_public_keys).unwrap_or(d.feed_public_keys),
            policy_pack: pick!(policy_pack).or(d.policy_pack),
            allow_pause: pick!(allow_pause).unwrap_or(d.allow_pause),
            language: pick!(language).unwrap_or(d.language),
            refresh_hours: pick!(refresh_hours).unwrap_or(d.refresh_hours).max(1),
            copy_reminder: pick!(copy_reminder).unwrap_or(d.copy_reminder),
        }
    }

    /// Reads every source of this platform; `user_file` is the user's own settings (see
    /// [`user_settings_file`]). A source that cannot be read is skipped with a warning:
    /// settings never stop protection.
    pub fn load(user_file: Option<&Path>) -> (Settings, Vec<String>) {
        let mut layers = Vec::new();
        let mut warnings = Vec::new();
        for (layer, mut w) in crate::platform::machine_layers() {
            layers.push(layer);
            warnings.append(&mut w);
        }
        if let Some(path) = user_file {
            match Layer::from_file(path) {
                Ok(layer) => layers.push(layer),
                Err(e) => warnings.push(format!("{e:#}")),
            }
        }
        (Settings::merge(&layers), warnings)
    }
}

/// The text of a settings file; a missing one is empty.
fn read_if_present(path: &Path) -> Result<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(e).with_context(|| format!("cannot read '{}'", path.display())),
    }
}

/// The user's own settings file: the one given with `--config`, else `config.toml` in the
/// user's config directory.
pub fn user_settings_file(given: Option<&Path>) -> Option<PathBuf> {
    given
        .map(Path::to_path_buf)
        .or_else(|| crate::paths::config_dir().map(|d| d.join("config.toml")))
}

/// Saves the employee's choice of language in their settings file, so that it holds at the
/// next start too (unless IT sets the language, which ranks higher). Only the `language`
/// line is written: every other line, comments too, is kept as it was. The file is replaced
/// whole, never left half written.
pub fn save_language(path: &Path, language: Language) -> Result<()> {
    let old = read_if_present(path)?;
    let line = format!("language = \"{}\"", language.as_str());
    let mut lines: Vec<&str> = old.lines().collect();
    let is_language = |l: &&str| {
        l.trim_start()
            .strip_prefix("language")
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    };
    match lines.iter().position(is_language) {
        Some(i) => lines[i] = &line,
        None => lines.push(&line),
    }
    let mut new = lines.join("\n");
    new.push('\n');
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder '{}'", dir.display()))?;
    }
    let partial = path.with_extension("toml.partial");
    std::fs::write(&partial, new)
        .and_then(|()| std::fs::rename(&partial, path))
        .with_context(|| format!("cannot save the language in '{}'", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn highest_layer_wins_per_key() {
        let policy = Layer {
            allow_pause: Some(false),
            ..Layer::default()
        };
        let machine = Layer::from_toml(
            "feed_url = \"https://intranet/ai/feed.json\"\nfeed_public_keys = [\"a\", \"b\"]\nallow_pause = true\n",
        )
        .expect("toml");
        let user = Layer::from_toml("language = \"en\"\nfeed_url = \"https://elsewhere\"\n")
            .expect("toml");
        let s = Settings::merge(&[policy, machine, user]);
        assert_eq!(s.feed_url.as_deref(), Some("https://intranet/ai/feed.json"));
        assert_eq!(s.feed_public_keys, ["a", "b"]);
        assert!(!s.allow_pause, "Group Policy forbids pausing");
        assert_eq!(s.language, Language::En, "only the user set it");
        assert_eq!(s.refresh_hours, DEFAULT_REFRESH_HOURS);
    }

    #[test]
    fn a_saved_language_keeps_every_other_line() {
        let dir = scratch("saved");
        let path = dir.join("klippvakt").join("config.toml");
        save_language(&path, Language::En).expect("saved in a new file and folder");
        let layer = Layer::from_file(&path).expect("valid");
        assert_eq!(layer.language, Some(Language::En));

        let mine = "# mine\nfeed_url = \"https://x\"\n  language= \"en\"\ncopy_reminder = true\n";
        std::fs::write(&path, mine).expect("write");
        save_language(&path, Language::Sv).expect("saved");
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(
            text,
            "# mine\nfeed_url = \"https://x\"\nlanguage = \"sv\"\ncopy_reminder = true\n"
        );
        let settings = Settings::merge(&[Layer::from_file(&path).expect("still valid")]);
        assert_eq!(settings.language, Language::Sv);
        assert!(settings.copy_reminder);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_language_that_cannot_be_saved_says_where() {
        let dir = scratch("unsaved");
        std::fs::create_dir_all(&dir).expect("create");
        // A folder where the file should be.
        let err = save_language(&dir, Language::En).unwrap_err();
        assert!(
            format!("{err:#}").contains(&dir.display().to_string()),
            "{err:#}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A folder of its own for one test, left empty.
    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("klippvakt-settings-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn no_layers_is_the_default() {
        assert_eq!(Settings::merge(&[]), Settings::default());
        assert!(Settings::default().allow_pause);
    }

    #[test]
    fn unknown_keys_are_named() {
        let err = Layer::from_toml("feedurl = \"x\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("feedurl"), "{err}");
    }

    #[test]
    fn registry_values_parse_like_the_msi_writes_them() {
        let values: HashMap<&str, &str> = [
            ("FeedUrl", "https://intranet/ai/feed.json"),
            ("FeedPublicKeys", "key1;key2 key3"),
            ("PolicyPack", "kommunriktlinje"),
            ("AllowPause", "0"),
            ("Language", "en-US"),
            ("RefreshHours", "banana"),
        ]
        .into();
        let (layer, warnings) = Layer::from_values(|n| values.get(n).map(|v| v.to_string()));
        assert_eq!(
            layer.feed_public_keys,
            Some(vec!["key1".into(), "key2".into(), "key3".into()])
        );
        assert_eq!(layer.allow_pause, Some(false));
        assert_eq!(layer.language, Some(Language::En));
        assert_eq!(layer.refresh_hours, None);
        assert_eq!(
            warnings,
            ["RefreshHours = 'banana' is not a number; ignored"]
        );
        let (empty, warnings) = Layer::from_values(|_| Some(" ".into()));
        assert_eq!(
            empty,
            Layer::default(),
            "an empty MSI property sets nothing"
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn every_value_name_is_read() {
        let asked = std::cell::RefCell::new(Vec::new());
        Layer::from_values(|name| {
            asked.borrow_mut().push(name.to_string());
            None
        });
        let mut asked = asked.into_inner();
        asked.sort();
        let mut names = VALUE_NAMES.map(str::to_string).to_vec();
        names.sort();
        assert_eq!(asked, names);
    }

    /// Every `attr="…"` value in `text`.
    fn attribute_values<'t>(text: &'t str, attr: &str) -> Vec<&'t str> {
        let needle = format!("{attr}=\"");
        text.match_indices(&needle)
            .filter_map(|(at, _)| {
                let rest = &text[at + needle.len()..];
                rest.find('"').map(|end| &rest[..end])
            })
            .collect()
    }

    fn installer_file(path: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../installer")
            .join(path);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn group_policy_templates_name_what_the_app_reads_in_both_languages() {
        let admx = installer_file("policy/Klippvakt.admx");
        let names = attribute_values(&admx, "valueName");
        assert!(!names.is_empty());
        for name in &names {
            assert!(
                VALUE_NAMES.contains(name),
                "ADMX value {name} is not read by the app"
            );
        }
        for name in VALUE_NAMES {
            assert!(names.contains(&name), "ADMX has no policy for {name}");
        }
        assert!(admx.contains(r#"key="Software\Policies\Klippvakt""#));
        for language in ["sv-SE", "en-US"] {
            let adml = installer_file(&format!("policy/{language}/Klippvakt.adml"));
            let ids = attribute_values(&adml, "id");
            for kind in ["string", "presentation"] {
                let marker = format!("$({kind}.");
                for (at, _) in admx.match_indices(&marker) {
                    let rest = &admx[at + marker.len()..];
                    let id = &rest[..rest.find(')').unwrap_or(0)];
                    assert!(ids.contains(&id), "{language}: no {kind} '{id}'");
                }
            }
        }
    }

    #[test]
    fn the_msi_writes_what_the_app_reads() {
        let wxs = installer_file("settings.wxs");
        let start = wxs
            .find(r#"<RegistryKey Root="HKLM" Key="Software\Klippvakt">"#)
            .expect("the settings key");
        let block = &wxs[start..start + wxs[start..].find("</RegistryKey>").expect("end")];
        let names = attribute_values(block, "Name");
        assert!(names.len() >= 5, "{names:?}");
        for name in names {
            assert!(
                VALUE_NAMES.contains(&name),
                "MSI value {name} is not read by the app"
            );
        }
    }

    #[test]
    fn a_missing_file_is_an_empty_layer() {
        let layer = Layer::from_file(Path::new("/nonexistent/klippvakt.toml")).expect("empty");
        assert_eq!(layer, Layer::default());
    }
}
