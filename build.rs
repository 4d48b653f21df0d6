//! Compiles the shipped content into the widget. It parses `content/*.json` (and the
//! English UI strings, `content/i18n/en.json`) with the
//! engine's own parser (the files below, compiled into this script as well), fails the
//! build with the parser's messages if anything is wrong, and writes the validated values
//! as static tables to `$OUT_DIR/shipped.rs` for `engine::shipped`. See `engine::codegen`.

#![allow(dead_code)]

#[path = "src/engine"]
mod engine {
    pub mod bank;
    pub mod codegen;
    pub mod content;
    pub mod error;
    pub mod hash;
    pub mod model;
    pub mod step;
}

use engine::codegen::{Compiled, Writer};
use engine::content::{shows_string, Content, FILES, UI_STRINGS};

fn main() {
    for file in FILES {
        println!("cargo:rerun-if-changed={file}");
    }
    println!("cargo:rerun-if-changed=src/engine");
    let read = |file: &str| std::fs::read_to_string(file).unwrap_or_else(|e| fail(&[format!("{file}: {e}")]));
    let [model, candidate, team] = FILES.map(read);
    let content = Content::parse(&model, &candidate, &team)
        .unwrap_or_else(|errors| fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>()));
    // Only the assessments this build has (Cargo.toml's `candidate` and `team` features), and
    // of the model only the texts they show.
    let (candidate, team) = (cfg!(feature = "candidate"), cfg!(feature = "team"));
    let mut source = String::from("// Written by build.rs from content/*.json; do not edit.\n");
    source.push_str(&table("MODEL", &content.model_for(candidate, team)));
    if candidate {
        source.push_str(&table("CANDIDATE", &content.candidate));
    }
    if team {
        source.push_str(&table("TEAM", &content.team));
    }
    // The English UI strings (content/i18n/en.json): a flat map of texts.
    println!("cargo:rerun-if-changed={UI_STRINGS}");
    let mut english: litemap::LiteMap<String, String> = serde_json::from_str(&read(UI_STRINGS))
        .unwrap_or_else(|e| fail(&[format!("{UI_STRINGS}: {e} (a JSON object of texts)")]));
    // Without the code or the assessment that shows them, a build has no use for some
    // (`content::shows_string`: feature strings, assessment strings, signals' names).
    let has_feature = |f: &str| std::env::var_os(format!("CARGO_FEATURE_{}", f.to_uppercase())).is_some();
    english.retain(|key, _| shows_string(key, has_feature));
    source.push_str(&table("UI_STRINGS", &english));
    let out = std::path::Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("shipped.rs");
    std::fs::write(&out, source).unwrap_or_else(|e| fail(&[format!("{}: {e}", out.display())]));
}

/// `pub static <name>: Tape`, holding `value`.
fn table(name: &str, value: &impl Compiled) -> String {
    let mut w = Writer::default();
    value.write(&mut w);
    w.source(name)
}

/// Ends the build with every problem, one per line, as the parser wrote them.
fn fail(problems: &[String]) -> ! {
    eprintln!("rolefit: the shipped content is invalid ({} problem(s)):", problems.len());
    for p in problems {
        eprintln!("  {p}");
    }
    std::process::exit(1);
}
