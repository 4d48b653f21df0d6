//! The panic hook: a panic must never leave a blank page. It logs the details to the
//! console for developers, shows the visitor a short panel in their language with a "Start
//! again" link, and drops this assessment's saved progress (this tab's and this device's)
//! so that a bad save cannot crash the widget again on reload; other assessments' saves
//! stay. Plain DOM calls only: after a panic the Yew app is gone.

use std::cell::RefCell;
use std::panic::PanicHookInfo;

use super::i18n::Texts;

thread_local! {
    /// The panel's title, message and link in the page's language, once it is known (until
    /// then, English, built only if a panic comes first: the English strings are not parsed
    /// a second time at every start-up).
    static PANEL: RefCell<Option<[String; 3]>> = const { RefCell::new(None) };
    /// The storage keys of the progress on screen (its own, and those it was resumed from),
    /// once the app runs.
    static PROGRESS_KEYS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn panel_texts(t: &Texts) -> [String; 3] {
    [t.get("error.title"), t.get("error.content"), t.get("result.restart")]
}

/// Installs the hook; call once, before mounting.
pub fn install() {
    // Through Yew, which would otherwise install its own hook when the app is rendered.
    yew::set_custom_panic_hook(Box::new(on_panic));
}

/// From now on, shows the panel in the page's language and drops the progress under
/// `progress_keys` (and only those) after a panic.
pub fn prepare(texts: &Texts, progress_keys: &[String]) {
    PANEL.with(|p| *p.borrow_mut() = Some(panel_texts(texts)));
    PROGRESS_KEYS.with(|k| *k.borrow_mut() = progress_keys.to_vec());
}

fn on_panic(info: &PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("rolefit panicked: {info}").into());
    recover();
}

/// What a panic leaves on screen and in storage: this assessment's saves dropped, and the
/// panel in place of the app. Public so the browser tests can check it without a panic,
/// which would end their wasm instance (no build has a switch to panic on purpose: a crafted
/// link could then drop a visitor's saves).
pub fn recover() {
    let Some(window) = web_sys::window() else { return };
    let keys = PROGRESS_KEYS.with(|k| k.borrow().clone());
    for storage in [window.session_storage(), window.local_storage()].into_iter().filter_map(|s| s.ok().flatten()) {
        for key in &keys {
            let _ = storage.remove_item(key);
        }
    }
    let Some(document) = window.document() else { return };
    let Some(root) = document.get_element_by_id("rolefit").or_else(|| document.body().map(Into::into)) else { return };
    // Origin first: a path that starts with "//" would otherwise make the link protocol-relative.
    let location = window.location();
    let restart = format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let [title, message, link] = PANEL.with(|p| p.borrow().clone()).unwrap_or_else(|| panel_texts(&Texts::english()));
    // Built with DOM calls, not markup strings: the URL is data, never parsed as HTML.
    let build = || -> Option<web_sys::Element> {
        let main = document.create_element("main").ok()?;
        main.set_class_name("rf rf-halt");
        let card = document.create_element("section").ok()?;
        card.set_class_name("rf-card");
        card.set_attribute("role", "alert").ok()?;
        let h = document.create_element("h2").ok()?;
        h.set_text_content(Some(&title));
        let p = document.create_element("p").ok()?;
        p.set_text_content(Some(&message));
        let a = document.create_element("a").ok()?;
        a.set_class_name("rf-button rf-primary");
        a.set_attribute("href", &restart).ok()?;
        a.set_text_content(Some(&link));
        card.append_child(&h).ok()?;
        card.append_child(&p).ok()?;
        card.append_child(&a).ok()?;
        main.append_child(&card).ok()?;
        Some(main)
    };
    if let Some(panel) = build() {
        root.set_inner_html("");
        let _ = root.append_child(&panel);
    }
}
