//! The thin Yew shell: components are functions of their props, the app holds one reducer
//! that delegates to `engine::session::Session::apply` and performs what `effects` decides,
//! and browser APIs are touched only in `browser`, called from that effect, from event
//! callbacks and from `boot`. Nothing here decides anything the engine could decide.
//! Reading order: `start` (what the page opens with), `app`, the screens, `browser`, `boot`.

pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod boot;
pub mod browser;
pub mod custom_bank;
pub mod i18n;
pub mod intro;
pub mod lead_form;
pub mod locale;
#[cfg(target_arch = "wasm32")]
pub mod panic;
pub mod preview;
pub mod question_view;
pub mod result_view;
pub mod start;
pub mod summary;

/// Markup without events of its own (maud's, which escapes every value spliced into it),
/// handed to Yew as one raw node: the wasm carries a string per run of static markup instead
/// of the code `html!` generates for every element, and the browser parses it in one go.
/// Yew replaces the node only when the text changes, so an open disclosure stays open.
pub fn raw(markup: maud::Markup) -> yew::Html {
    yew::Html::from_html_unchecked(markup.into_string().into())
}
