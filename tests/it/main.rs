//! The native tests, as one integration crate: one link instead of one per file on a 2-core
//! machine, and one thread pool for all of them (the long reachability and calibration runs
//! go in parallel with the rest). Each module is named after what it tests; `support` holds
//! what they share. The browser tests (`tests/browser.rs`) are a crate of their own: they run
//! on wasm32 in Chromium.
#![cfg(not(target_arch = "wasm32"))]

mod support;

mod calibration;
mod config;
mod content;
mod cta;
mod effects;
mod engine;
mod fuzz;
mod i18n;
mod lead;
mod locale;
mod personas;
mod reachability;
mod render;
mod report;
mod saves;
mod share;
mod tidy;
