//! UI strings as data (`content/i18n/<lang>.json`, English compiled in by `build.rs`),
//! looked up by key with `{name}` placeholders. A missing key falls back to English, and
//! `tests/it/content.rs` checks that every key the UI uses exists. A text that counts
//! something has one entry per plural category of its language (`key#one`, `key#other`,
//! Arabic's six), chosen by `plural`; numbers and lists are written by `locale`. No web
//! imports: rendering tests see natively what a visitor sees.

use crate::engine::i18n::Catalog;

use crate::config::Lang;
use crate::engine::i18n::translation;

#[derive(Clone, Debug, PartialEq)]
pub struct Texts {
    lang: String,
    strings: Catalog,
}

/// Picks the language: the host's choice, else the first of the browser's preferred
/// languages that the widget ships, else English.
pub fn choose_language(configured: Option<Lang>, browser: &[String]) -> Lang {
    configured.or_else(|| browser.iter().find_map(|l| Lang::from_tag(l))).unwrap_or_default()
}

impl Texts {
    pub fn english() -> Texts {
        // Compiled in by build.rs; `tests/it/content.rs` checks every key the UI uses.
        Texts::new("en", crate::engine::shipped::ui_strings())
    }

    /// The texts of `lang`, exactly these strings (`english` and `with_catalog` are the
    /// widget's; a test can make the strings of a build with fewer features).
    pub fn new(lang: &str, strings: Catalog) -> Texts {
        Texts { lang: lang.to_string(), strings }
    }

    /// English overlaid with a translation catalog in `lang`: any key the catalog lacks (or
    /// leaves empty) stays English, so a gap shows English rather than a blank or a key. A
    /// plural entry counts as known when English has the same text in any category.
    pub fn with_catalog(lang: &str, catalog: &Catalog) -> Texts {
        let mut texts = Texts::english();
        texts.lang = lang.to_string();
        for k in catalog.keys() {
            let known = texts.strings.contains_key(k)
                || k.split_once('#').is_some_and(|(base, _)| texts.strings.contains_key(&format!("{base}#other")));
            if let Some(v) = translation(catalog, k).filter(|_| known) {
                texts.strings.insert(k.clone(), v.clone());
            }
        }
        texts
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The entry of `key` for `n`'s plural category in this language (else its `other`),
    /// with `{n}` written as the language writes numbers and each other `{name}` replaced.
    pub fn plural(&self, key: &str, n: u64, args: &[(&str, &str)]) -> String {
        let category = super::locale::plural(&self.lang, n);
        let entry = self
            .strings
            .get(&format!("{key}#{category}"))
            .or_else(|| self.strings.get(&format!("{key}#other")))
            .cloned()
            .unwrap_or_else(|| key.to_string());
        let number = self.number(n);
        let mut all: Vec<(&str, &str)> = vec![("n", &number)];
        all.extend_from_slice(args);
        fill_in(entry, &all)
    }

    /// `n` as this language writes numbers.
    pub fn number(&self, n: u64) -> String {
        super::locale::number(&self.lang, n)
    }

    /// The items as one list in this language ("a, b and c").
    pub fn list(&self, items: &[String]) -> String {
        super::locale::list(&self.lang, items)
    }

    /// The string for `key`, or the key itself so a gap is visible rather than blank.
    pub fn get(&self, key: &str) -> String {
        self.strings.get(key).cloned().unwrap_or_else(|| key.to_string())
    }

    /// The string for `key` with each `{name}` replaced.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill_in(self.get(key), args)
    }

    /// Whether `key` exists, as a text or as a plural entry (`key#other`).
    pub fn has(&self, key: &str) -> bool {
        self.strings.contains_key(key) || self.strings.contains_key(&format!("{key}#other"))
    }
}

fn fill_in(mut s: String, args: &[(&str, &str)]) -> String {
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}
