//! rolefit: an embeddable role-fit assessment (Product Owner, Product Manager, Project
//! Manager) that runs entirely in the visitor's browser.
//!
//! `engine` is the pure core (banks, flow, scoring, split); `config` turns the host's URL
//! parameters into a checked configuration; `contract` is the versioned message format
//! between widget and host page; `effects` decides what the shell carries out after each
//! change of the session; `lead` is the contact form's checks and request bodies; `ui` is the thin Yew shell over them.
//! Native tests import everything from here; `main.rs` only mounts the app.

// In the browser, memory comes from talc instead of Rust's default dlmalloc: 6.9 KB smaller
// (docs/performance.md). Set here, not in `main.rs`, so the browser tests run on it too. The
// widget is one thread; a build with atomics would keep the default.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

// Cargo.toml: a build has the candidate assessment, the team assessment, or both.
#[cfg(not(any(feature = "candidate", feature = "team")))]
compile_error!("build with the `candidate` or the `team` feature, or both (Cargo.toml)");

pub mod config;
pub mod contract;
pub mod effects;
pub mod engine;
pub mod lead;
pub mod ui;
