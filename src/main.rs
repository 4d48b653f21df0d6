//! The binary: reads the configuration from the page's URL, installs the panic panel and
//! mounts the app, on the allocator below. Nothing else.

// Talc in place of the default dlmalloc: smaller and faster in wasm. The widget is one thread.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let config = rolefit::config::Config::from_query(&query);
    rolefit::ui::panic::install();
    rolefit::ui::boot::mount(config);
}

// The binary is only meaningful in the browser; natively the library is what gets tested.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("rolefit is a web widget: build it with `scripts/build` (see README.md).");
}
