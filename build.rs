//! Compiles the shipped content into the widget. It parses `content/*.json` with the
//! engine's own parser (the files below, compiled into this script as well), fails the
//! build with the parser's messages if anything is wrong, and writes the validated values
//! as Rust to `$OUT_DIR/shipped.rs` for `engine::shipped`. See `engine::codegen`.

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

use engine::codegen::{module, Emit};
use engine::content::{Content, FILES};

fn main() {
    for file in FILES {
        println!("cargo:rerun-if-changed={file}");
    }
    println!("cargo:rerun-if-changed=src/engine");
    let read = |file: &str| std::fs::read_to_string(file).unwrap_or_else(|e| fail(&[format!("{file}: {e}")]));
    let [model, candidate, team] = FILES.map(read);
    let content = Content::parse(&model, &candidate, &team)
        .unwrap_or_else(|errors| fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>()));
    let items: [(&str, &str, &dyn Emit); 3] = [
        ("model", "Model", &content.model),
        ("candidate", "Bank", &content.candidate),
        ("team", "Bank", &content.team),
    ];
    let out = std::path::Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("shipped.rs");
    std::fs::write(&out, module(&items)).unwrap_or_else(|e| fail(&[format!("{}: {e}", out.display())]));
}

/// Ends the build with every problem, one per line, as the parser wrote them.
fn fail(problems: &[String]) -> ! {
    eprintln!("rolefit: the shipped content is invalid ({} problem(s)):", problems.len());
    for p in problems {
        eprintln!("  {p}");
    }
    std::process::exit(1);
}
