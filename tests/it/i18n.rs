//! Translations: every language has every key of the English UI strings and of the content
//! (model and both banks), with the same `{placeholders}`; a localised bank scores exactly
//! like the English one. Set ROLEFIT_DUMP_I18N=dir to write the English source catalog there.

use std::collections::BTreeMap;

use rolefit::engine::i18n::{localize_bank, source_texts, Catalog};
use rolefit::engine::Content;

fn english() -> Catalog {
    let c = Content::shipped();
    let mut all = source_texts(&c.model, &[&c.candidate, &c.team]);
    let ui: BTreeMap<String, String> =
        serde_json::from_str(include_str!("../../content/i18n/en.json")).expect("en.json");
    for (k, v) in ui {
        assert!(all.insert(k.clone(), v).is_none(), "UI key {k} collides with a content key");
    }
    all
}

#[test]
fn english_source_catalog_is_complete_and_unique() {
    let en = english();
    assert!(en.len() > 300, "{} keys", en.len());
    if let Ok(dir) = std::env::var("ROLEFIT_DUMP_I18N") {
        let path = std::path::Path::new(&dir).join("en.all.json");
        std::fs::write(&path, serde_json::to_string_pretty(&en).expect("json")).expect("write");
        println!("wrote {}", path.display());
    }
}

#[test]
fn localizing_with_the_english_catalog_changes_nothing() {
    let c = Content::shipped();
    let en = english();
    assert_eq!(localize_bank(c.team.clone(), &en), c.team);
    assert_eq!(localize_bank(c.candidate.clone(), &en), c.candidate);
}

/// `{name}` placeholders in a text, sorted.
fn placeholders(s: &str) -> Vec<String> {
    let mut out: Vec<String> =
        s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string())).collect();
    out.sort();
    out
}

/// Every shipped language has exactly the English keys, none empty, with the same
/// placeholders. This is where a missing string is found: not by a visitor.
#[test]
fn every_language_has_every_key() {
    let en = english();
    let mut problems = Vec::new();
    for lang in ["de", "es", "ar"] {
        let path = format!("content/i18n/{lang}.json");
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{path}: {e}"));
                continue;
            }
        };
        let catalog: Catalog = match serde_json::from_str(&text) {
            Ok(c) => c,
            Err(e) => {
                problems.push(format!("{path}: {e}"));
                continue;
            }
        };
        // A plural entry (`key#other` in English) needs this language's own categories.
        let mut expected: Vec<(String, &String)> = Vec::new();
        for (key, source) in &en {
            match key.split_once('#') {
                None => expected.push((key.clone(), source)),
                Some((base, "other")) => {
                    for c in rolefit::ui::locale::categories(lang) {
                        expected.push((format!("{base}#{c}"), source));
                    }
                }
                Some(_) => {}
            }
        }
        for (key, source) in &expected {
            match catalog.get(key) {
                None => problems.push(format!("{lang}: missing {key}")),
                Some(t) if t.trim().is_empty() => problems.push(format!("{lang}: empty {key}")),
                // A form for zero, one or two may say its number in words (Arabic's نقطتان).
                Some(t)
                    if placeholders(t) != placeholders(source)
                        && !(["#zero", "#one", "#two"].iter().any(|c| key.ends_with(c))
                            && placeholders(t)
                                == placeholders(source).into_iter().filter(|p| p != "n").collect::<Vec<_>>()) =>
                {
                    problems.push(format!(
                        "{lang}: {key} has placeholders {:?}, English has {:?}",
                        placeholders(t),
                        placeholders(source)
                    ))
                }
                Some(_) => {}
            }
        }
        for key in catalog.keys().filter(|k| !expected.iter().any(|(e, _)| e == *k)) {
            problems.push(format!(
                "{lang}: {key} is not a key of English or of this language's plurals (renamed or removed?)"
            ));
        }
    }
    assert!(problems.is_empty(), "{} translation problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn a_missing_translation_falls_back_to_english() {
    let mut catalog = Catalog::new();
    catalog.insert("intro.start".into(), "Los".into());
    catalog.insert("question.next".into(), "  ".into());
    let texts = rolefit::ui::i18n::Texts::with_catalog("de", &catalog);
    assert_eq!(texts.get("intro.start"), "Los");
    assert_eq!(texts.get("question.next"), "Continue", "an empty translation shows English");
    assert_eq!(texts.get("summary.title"), "Check your answers", "a missing one too");
    let c = Content::shipped();
    let mut partial = Catalog::new();
    partial.insert("team.size.prompt".into(), "Wie groß ist das Team?".into());
    let team = localize_bank(c.team.clone(), &partial);
    assert_eq!(team.questions()[0].prompt, "Wie groß ist das Team?");
    assert_eq!(team.questions()[1].prompt, c.team.questions()[1].prompt);
    assert_eq!(team.fingerprint(), c.team.fingerprint(), "share links work across languages");
}

#[test]
fn language_choice_prefers_host_then_browser_then_english() {
    use rolefit::config::Lang;
    use rolefit::ui::i18n::choose_language;
    assert_eq!(choose_language(Some(Lang::Ar), &["de-DE".into()]), Lang::Ar);
    assert_eq!(choose_language(None, &["fr-FR".into(), "es-MX".into(), "de".into()]), Lang::Es);
    assert_eq!(choose_language(None, &["fr".into()]), Lang::En);
    assert_eq!(choose_language(None, &[]), Lang::En);
}

/// The glossary's forbidden variants per language (`content/i18n/glossary.md`): for each
/// section `## <lang>: ...`, every backticked item in a table row's third column.
fn forbidden_terms(glossary: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut lang = String::new();
    for line in glossary.lines() {
        if let Some(head) = line.strip_prefix("## ") {
            lang = head.split(':').next().unwrap_or("").trim().to_string();
            continue;
        }
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
        if lang.is_empty() || !line.trim_start().starts_with('|') || cells.len() < 3 || cells[0] == "concept" {
            continue;
        }
        for item in cells[2].split('`').skip(1).step_by(2) {
            out.push((lang.clone(), cells[0].to_string(), item.to_string()));
        }
    }
    out
}

/// Texts of `catalog` that use a variant the glossary forbids for `lang`.
fn glossary_problems(glossary: &str, lang: &str, catalog: &Catalog) -> Vec<String> {
    let mut problems = Vec::new();
    for (l, concept, term) in forbidden_terms(glossary) {
        if l != lang {
            continue;
        }
        for (key, text) in catalog {
            if text.to_lowercase().contains(&term.to_lowercase()) {
                problems.push(format!("{lang}: {key} uses \"{term}\" for {concept}: {text}"));
            }
        }
    }
    problems
}

#[test]
fn every_language_keeps_to_its_glossary() {
    let glossary = std::fs::read_to_string("content/i18n/glossary.md").expect("content/i18n/glossary.md");
    let mut problems = Vec::new();
    for lang in ["de", "es", "ar"] {
        let terms = forbidden_terms(&glossary).into_iter().filter(|(l, _, _)| l == lang).count();
        assert!(terms >= 3, "{lang}: the glossary forbids at least three variants ({terms})");
        let catalog: Catalog =
            serde_json::from_str(&std::fs::read_to_string(format!("content/i18n/{lang}.json")).expect("catalog"))
                .expect("json");
        problems.extend(glossary_problems(&glossary, lang, &catalog));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_glossary_check_finds_a_planted_term() {
    let glossary = std::fs::read_to_string("content/i18n/glossary.md").expect("glossary");
    let mut catalog: Catalog =
        serde_json::from_str(&std::fs::read_to_string("content/i18n/ar.json").expect("catalog")).expect("json");
    catalog.insert("role.po.kpi.0".into(), "سرعة السباق".into());
    assert!(!glossary_problems(&glossary, "ar", &catalog).is_empty(), "the race for sprint is caught");
}
