//! Translations of content: a flat map from stable text keys (defined by `Model::walk_texts`
//! and `Bank::walk_texts`) to text. Extraction lists the English source; localisation
//! replaces texts whose key the map has and keeps English for the rest. Pure.

use litemap::LiteMap;

use super::bank::Bank;
use super::model::Model;

pub type Catalog = LiteMap<String, String>;

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

/// The model with every text the catalog has replaced (in place: the shipped model is
/// built for this page and not needed in English once translated).
pub fn localize_model(mut model: Model, catalog: &Catalog) -> Model {
    model.walk_texts(&mut replace_from(catalog));
    model
}

/// The bank with every text the catalog has replaced, in place as the model's.
pub fn localize_bank(mut bank: Bank, catalog: &Catalog) -> Bank {
    bank.walk_texts(&mut replace_from(catalog));
    bank
}

/// Replaces a text with its translation, where the catalog has one.
fn replace_from(catalog: &Catalog) -> impl FnMut(&str, &mut String) + '_ {
    move |key, text| {
        if let Some(t) = translation(catalog, key) {
            *text = t.clone();
        }
    }
}
