//! Every browser side effect of the shell in one place: storage, the URL fragment,
//! clipboard, Web Share, print and focus. Called only from effects and event callbacks,
//! never while rendering. Each fails soft: storage can be blocked in a third-party frame,
//! the clipboard can be refused, and the widget must go on working either way.

use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The storage key for a bank's saved progress.
pub fn storage_key(bank_id: &str) -> String {
    format!("rolefit.progress.{bank_id}")
}

fn store(device: bool) -> Option<web_sys::Storage> {
    let w = window()?;
    let s = if device { w.local_storage() } else { w.session_storage() };
    s.ok().flatten()
}

pub fn read(device: bool, key: &str) -> Option<String> {
    store(device)?.get_item(key).ok().flatten()
}

/// Writes `value`, or removes the key when it is None. Removing a key that is absent is
/// free, so this never creates an entry before the visitor starts.
pub fn write(device: bool, key: &str, value: Option<&str>) {
    let Some(s) = store(device) else { return };
    let _ = match value {
        Some(v) => s.set_item(key, v),
        None => s.remove_item(key),
    };
}

/// The page's URL fragment without the '#'.
pub fn fragment() -> String {
    window().and_then(|w| w.location().hash().ok()).map(|h| h.trim_start_matches('#').to_string()).unwrap_or_default()
}

/// Drops the fragment from the address bar without a reload or a history entry.
pub fn clear_fragment() {
    let Some(w) = window() else { return };
    let (Ok(path), Ok(search)) = (w.location().pathname(), w.location().search()) else { return };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// Calls `f` whenever the URL fragment changes; the listener lives as long as the handle.
pub fn on_hash_change(f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let w = window()?;
    Some(gloo::events::EventListener::new(&w, "hashchange", move |_| f()))
}

pub fn reload() {
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}

/// This page's address without the fragment.
pub fn page_url() -> String {
    let Some(w) = window() else { return String::new() };
    let l = w.location();
    format!("{}{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default(), l.search().unwrap_or_default())
}

/// Copies text; `done` receives whether it worked.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = window() else { return done(false) };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Whether the browser has the Web Share API (mostly phones).
pub fn can_share() -> bool {
    window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

pub fn share(title: &str, url: &str) {
    let Some(w) = window() else { return };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    // The visitor may cancel the share sheet: that rejection is not an error.
    let promise = w.navigator().share_with_data(&data);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

pub fn focus_by_id(id: &str) {
    let el = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}
