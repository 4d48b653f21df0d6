//! The thin Yew shell: components are functions of their props, the app holds one reducer
//! that delegates to `engine::session::Session::apply`, and browser APIs are touched only in
//! effects, event callbacks (`ui::browser`) and `mount`. Nothing here decides anything the
//! engine could decide.

pub mod app;
pub mod browser;
pub mod i18n;
pub mod intro;
pub mod question_view;
pub mod result_view;
pub mod summary;

use std::rc::Rc;

use crate::config::Config;
use crate::engine::session::{Keep, Session};
use crate::engine::share::{self, ShareError};
use crate::engine::Content;

pub use app::{App, AppProps};
pub use i18n::Texts;

/// What the page said at start-up, read by `mount` (or made up by a test).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Boot {
    /// The URL fragment without '#', e.g. `r=<code>` for a shared result.
    pub fragment: String,
    /// Saved progress for the configured bank: this tab's, and this device's if opted in.
    pub saved_tab: Option<String>,
    pub saved_device: Option<String>,
    /// This page's address without the fragment; share links are built on it.
    pub page_url: String,
    /// The browser has the Web Share API.
    pub can_share: bool,
}

/// Everything the app needs to render, decided once at start-up: which bank, and whether the
/// visitor opens a shared result, resumes saved progress, or starts fresh.
pub fn props_for(config: Config, boot: &Boot) -> Result<AppProps, String> {
    let content = Content::shipped().map_err(|errors| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))?;
    let model = Rc::new(content.model.clone());
    let own_bank = Rc::new(content.bank(config.assessment).clone());
    let resumed = || {
        let tab = boot.saved_tab.as_deref().and_then(|s| Session::resume(own_bank.clone(), s, keep(boot)));
        tab.or_else(|| boot.saved_device.as_deref().and_then(|s| Session::resume(own_bank.clone(), s, Keep::ThisDevice)))
            .unwrap_or_else(|| Session::new(own_bank.clone()))
    };
    let (start, link_error) = match boot.fragment.strip_prefix("r=") {
        Some(code) => match shared(&content, code) {
            Ok(session) => (session, None),
            Err(e) => (resumed(), Some(e)),
        },
        None => (resumed(), None),
    };
    Ok(AppProps {
        model,
        texts: Rc::new(Texts::english()),
        config,
        start: Rc::new(start),
        link_error,
        page_url: boot.page_url.clone(),
        can_share: boot.can_share,
    })
}

/// A tab restore keeps the device opt-in if the device has a save too.
fn keep(boot: &Boot) -> Keep {
    if boot.saved_device.is_some() {
        Keep::ThisDevice
    } else {
        Keep::ThisTab
    }
}

fn shared(content: &Content, code: &str) -> Result<Session, ShareError> {
    let bank = Rc::new(content.bank(share::peek_assessment(code)?).clone());
    let answers = share::decode(&bank, code, true)?;
    Ok(Session::shared(bank, answers))
}

/// Mounts the app on the page's `#rolefit` element (or the body).
#[cfg(target_arch = "wasm32")]
pub fn mount(config: Config) {
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser page has a document");
    let root = document.get_element_by_id("rolefit").or_else(|| document.body().map(Into::into));
    let root = root.expect("index.html has a #rolefit element");
    // The shipped banks' ids are their assessments' codes.
    let key = browser::storage_key(config.assessment.code());
    let boot = Boot {
        fragment: browser::fragment(),
        saved_tab: browser::read(false, &key),
        saved_device: browser::read(true, &key),
        page_url: browser::page_url(),
        can_share: browser::can_share(),
    };
    // Replace the static loading placeholder that reserved the widget's height.
    root.set_inner_html("");
    match props_for(config, &boot) {
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
