//! UI strings as data (`content/i18n/<lang>.json`), looked up by key with `{name}`
//! placeholders. A missing key falls back to English, and `tests/content.rs` checks that
//! every key the UI uses exists. No web imports: rendering tests use it natively.

use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Texts {
    strings: BTreeMap<String, String>,
}

const EN: &str = include_str!("../../content/i18n/en.json");

impl Texts {
    pub fn english() -> Texts {
        Texts { strings: serde_json::from_str(EN).expect("content/i18n/en.json is checked by tests/content.rs") }
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
