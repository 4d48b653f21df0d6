//! UI strings as data (`content/i18n/<lang>.json`), looked up by key with `{name}`
//! placeholders. A missing key falls back to English, and `tests/content.rs` checks that
//! every key the UI uses exists. No web imports: rendering tests use it natively.

use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Texts {
    strings: BTreeMap<String, String>,
}

const EN: &str = include_str!("../../content/i18n/en.json");

/// The languages the widget ships, with their own names for the switcher.
pub const LANGUAGE_NAMES: [(&str, &str); 4] =
    [("en", "English"), ("de", "Deutsch"), ("es", "Español"), ("ar", "العربية")];

/// Languages written right to left.
pub fn is_rtl(lang: &str) -> bool {
    lang == "ar"
}

/// Picks the language: the host's choice, else the first of the browser's preferred
/// languages that the widget ships, else English.
pub fn choose_language(configured: Option<&str>, browser: &[String]) -> String {
    if let Some(lang) = configured {
        return lang.to_string();
    }
    browser
        .iter()
        .filter_map(|l| l.split(['-', '_']).next())
        .map(str::to_ascii_lowercase)
        .find(|l| LANGUAGE_NAMES.iter().any(|(code, _)| code == l))
        .unwrap_or_else(|| "en".to_string())
}

impl Texts {
    pub fn english() -> Texts {
        Texts { strings: serde_json::from_str(EN).expect("content/i18n/en.json is checked by tests/content.rs") }
    }

    /// English overlaid with a translation catalog: any key the catalog lacks (or leaves
    /// empty) stays English, so a gap shows English rather than a blank or a key.
    pub fn with_catalog(catalog: &BTreeMap<String, String>) -> Texts {
        let mut texts = Texts::english();
        for (k, v) in catalog {
            if texts.strings.contains_key(k) && !v.trim().is_empty() {
                texts.strings.insert(k.clone(), v.clone());
            }
        }
        texts
    }

    /// The string for `key`, or the key itself so a gap is visible rather than blank.
    pub fn get(&self, key: &str) -> String {
        self.strings.get(key).cloned().unwrap_or_else(|| key.to_string())
    }

    /// The string for `key` with each `{name}` replaced.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut s = self.get(key);
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    pub fn has(&self, key: &str) -> bool {
        self.strings.contains_key(key)
    }
}
