//! Translations of content: a flat map from stable text keys (defined by `Model::walk_texts`
//! and `Bank::walk_texts`) to text. Extraction lists the English source; localisation
//! replaces texts whose key the map has and keeps English for the rest. Pure.

use std::collections::BTreeMap;

use super::bank::Bank;
use super::model::Model;

pub type Catalog = BTreeMap<String, String>;

/// Every translatable text of the model and the banks, keyed.
pub fn source_texts(model: &Model, banks: &[&Bank]) -> Catalog {
    let mut out = Catalog::new();
    let mut model = model.clone();
    model.walk_texts(&mut |k, v| {
        out.insert(k.to_string(), v.clone());
    });
    for bank in banks {
        let mut bank = (*bank).clone();
        bank.walk_texts(&mut |k, v| {
            out.insert(k.to_string(), v.clone());
        });
    }
    out
}

/// A catalog's text for `key`, if it has a usable one: a blank translation keeps the English,
/// rather than showing the visitor nothing.
pub fn translation<'c>(catalog: &'c Catalog, key: &str) -> Option<&'c String> {
    catalog.get(key).filter(|t| !t.trim().is_empty())
}

/// The model with every text the catalog has replaced.
pub fn localize_model(model: &Model, catalog: &Catalog) -> Model {
    let mut model = model.clone();
    model.walk_texts(&mut |k, v| {
        if let Some(t) = translation(catalog, k) {
            *v = t.clone();
        }
    });
    model
}

/// The bank with every text the catalog has replaced.
pub fn localize_bank(bank: &Bank, catalog: &Catalog) -> Bank {
    let mut bank = bank.clone();
    bank.walk_texts(&mut |k, v| {
        if let Some(t) = translation(catalog, k) {
            *v = t.clone();
        }
    });
    bank
}
