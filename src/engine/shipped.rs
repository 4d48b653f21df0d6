//! The shipped content, compiled in: `build.rs` validated `content/*.json` with
//! `Content::parse` and wrote what it got as Rust (`engine::codegen`). Building these values
//! allocates their texts; nothing is parsed.

use std::collections::BTreeMap;

use super::bank::*;
use super::content::Content;
use super::model::*;

impl Content {
    /// The role model and both banks.
    pub fn shipped() -> Content {
        Content { model: model(), candidate: candidate(), team: team() }
    }

    /// Only the role model: the widget builds the one bank it shows, not both.
    pub fn shipped_model() -> Model {
        model()
    }

    pub fn shipped_bank(assessment: Assessment) -> Bank {
        match assessment {
            Assessment::Candidate => candidate(),
            Assessment::Team => team(),
        }
    }
}

fn s(text: &str) -> String {
    text.to_owned()
}

/// Inserted one by one: `BTreeMap::from` would sort, and each sort costs its own code.
fn map<V>(entries: Vec<(&str, V)>) -> BTreeMap<String, V> {
    let mut map = BTreeMap::new();
    for (key, value) in entries {
        map.insert(key.to_owned(), value);
    }
    map
}

include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
