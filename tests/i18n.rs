//! Translations: every language has every key of the English UI strings and of the content
//! (model and both banks), with the same `{placeholders}`; a localised bank scores exactly
//! like the English one. Set ROLEFIT_DUMP_I18N=dir to write the English source catalog there.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use rolefit::engine::i18n::{localize_bank, source_texts, Catalog};
use rolefit::engine::Content;

fn english() -> Catalog {
    let c = Content::shipped().expect("content");
    let mut all = source_texts(&c.model, &[&c.candidate, &c.team]);
    let ui: BTreeMap<String, String> =
        serde_json::from_str(include_str!("../content/i18n/en.json")).expect("en.json");
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
    let c = Content::shipped().expect("content");
    let en = english();
    assert_eq!(localize_bank(&c.team, &en), c.team);
    assert_eq!(localize_bank(&c.candidate, &en), c.candidate);
}
