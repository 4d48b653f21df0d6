//! The thin Yew shell: components are functions of their props, the app holds one reducer
//! that delegates to `engine::Flow::apply`, and browser APIs are touched only in effects
//! and in `mount`. Nothing here decides anything the engine could decide.

pub mod app;
pub mod i18n;
pub mod intro;
pub mod question_view;
pub mod result_view;
pub mod summary;

use std::rc::Rc;

use crate::config::Config;
use crate::engine::Content;

pub use app::{App, AppProps};
pub use i18n::Texts;

/// Everything the app needs to render, parsed once at start-up.
pub fn props_for(config: Config) -> Result<AppProps, String> {
    let content = Content::shipped().map_err(|errors| {
        errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
    })?;
    let bank = Rc::new(content.bank(config.assessment).clone());
    Ok(AppProps { bank, model: Rc::new(content.model), texts: Rc::new(Texts::english()), config })
}

/// Mounts the app on the page's `#rolefit` element (or the body).
#[cfg(target_arch = "wasm32")]
pub fn mount(config: Config) {
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser page has a document");
    let root = document.get_element_by_id("rolefit").or_else(|| document.body().map(Into::into));
    let root = root.expect("index.html has a #rolefit element");
    // Replace the static loading placeholder that reserved the widget's height.
    root.set_inner_html("");
    match props_for(config) {
        Ok(props) => {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        Err(message) => {
            // Only a broken build can get here (tests/content.rs parses the same files).
            web_sys::console::error_1(&message.clone().into());
            root.set_text_content(Some(&format!("The assessment could not start: {message}")));
        }
    }
}
