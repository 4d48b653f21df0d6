//! The binary: reads the configuration from the page's URL, installs the panic panel and
//! mounts the app. Nothing else.

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
