//! Every browser side effect of the shell in one place: storage, the URL fragment,
//! clipboard, Web Share, print and focus. Called only from effects and event callbacks,
//! never while rendering. Each fails soft: storage can be blocked in a third-party frame,
//! the clipboard can be refused, and the widget must go on working either way.

use wasm_bindgen::JsCast;

use crate::engine::Assessment;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn store(device: bool) -> Option<web_sys::Storage> {
    let w = window()?;
    let s = if device { w.local_storage() } else { w.session_storage() };
    s.ok().flatten()
}

/// Every saved progress entry in both stores (`engine::saves` picks the one that applies).
pub fn read_saves() -> crate::engine::saves::Saves {
    use crate::engine::saves::{Saves, Store, PREFIX};
    let mut saves = Saves::default();
    for (device, kind) in [(false, Store::Tab), (true, Store::Device)] {
        let Some(s) = store(device) else { continue };
        let keys: Vec<String> = (0..s.length().unwrap_or(0)).filter_map(|i| s.key(i).ok().flatten()).collect();
        for key in keys.iter().filter(|k| k.starts_with(PREFIX)) {
            if let Some(value) = s.get_item(key).ok().flatten() {
                saves.insert(kind, key, &value);
            }
        }
    }
    saves
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

/// A translation catalog: a JSON object of texts, read with the browser's own JSON parser
/// (the visitors' build has no other use for one that reads JSON).
pub fn parse_catalog(text: &str) -> Result<crate::engine::i18n::Catalog, String> {
    use wasm_bindgen::JsCast;
    let value = js_sys::JSON::parse(text).map_err(|_| "it is not valid JSON".to_string())?;
    if !is_json_object(&value) {
        return Err("it is not a JSON object of texts".to_string());
    }
    let mut catalog = crate::engine::i18n::Catalog::new();
    for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        let key = pair.get(0).as_string().unwrap_or_default();
        match pair.get(1).as_string() {
            Some(text) => catalog.insert(key, text),
            None => return Err(format!("\"{key}\" is not a text")),
        };
    }
    Ok(catalog)
}

/// A response's body for `lead::failure_of`: a JSON object's reason fields, read with the
/// browser's JSON parser, or the text.
pub fn response_body(text: &str) -> crate::lead::Body {
    let object = js_sys::JSON::parse(text).ok().filter(is_json_object);
    let Some(object) = object else { return crate::lead::Body::not_an_object(text) };
    let field = |from: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(from, &wasm_bindgen::JsValue::from_str(name)).ok().and_then(|v| v.as_string())
    };
    let errors = js_sys::Reflect::get(&object, &"errors".into())
        .ok()
        .filter(js_sys::Array::is_array)
        .map(|list| js_sys::Array::from(&list).iter().filter_map(|e| field(&e, "message")).collect())
        .unwrap_or_default();
    crate::lead::Body::Json { message: field(&object, "message"), error: field(&object, "error"), errors }
}

/// What `JSON.parse` made of a text is an object (`{…}`), not a list or a single value.
fn is_json_object(value: &wasm_bindgen::JsValue) -> bool {
    value.is_object() && !js_sys::Array::is_array(value)
}

/// The widget's builds, each published as `<name>.html` beside the others with its cargo
/// features (Cargo.toml).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Build {
    /// `index.html`: the visitors' page, the candidate assessment.
    Candidate,
    /// `team.html`: the visitors' page of the team assessment.
    Team,
    /// `preview.html`: the authors' preview and custom banks, and the contact form too.
    Authors,
    /// `lead.html`: the contact form.
    Lead,
}

impl Build {
    /// The page's name without `.html` (a host with clean URLs serves it without).
    pub fn name(self) -> &'static str {
        match self {
            Build::Candidate => "index",
            Build::Team => "team",
            Build::Authors => "preview",
            Build::Lead => "lead",
        }
    }

    /// The visitors' page of an assessment.
    pub fn of(assessment: Assessment) -> Build {
        match assessment {
            Assessment::Candidate => Build::Candidate,
            Assessment::Team => Build::Team,
        }
    }
}

/// Replaces this page with the same address on `build`'s page beside it (query and fragment
/// kept, no history entry). Returns false, and does nothing, where that cannot work: on
/// `build`'s own page, whether or not its address ends in `.html` (`index`'s may also be the
/// folder's address), or from a page named as a build with more (the authors' has everything,
/// the contact form's both assessments). So each forward goes up, or across between the two
/// visitors' pages (and only for what neither larger build was asked for), and a host
/// answering a missing file with `index.html`, or redirecting `lead.html` to `lead`, cannot
/// send a page round in circles. `web/boot.js` decides the same before the wasm.
pub fn open_build(build: Build) -> bool {
    let Some(w) = window() else { return false };
    let l = w.location();
    let Ok(path) = l.pathname() else { return false };
    let page = path.rsplit('/').next().unwrap_or_default();
    let page = page.strip_suffix(".html").unwrap_or(page);
    let page = if page.is_empty() { Build::Candidate.name() } else { page };
    // Up towards the build with everything, or across between the two visitors' pages; never
    // down from a page named as a larger build (which some server answered with a smaller).
    let rank = |name: &str| match name {
        "preview" => 2,
        "lead" => 1,
        _ => 0,
    };
    if page == build.name() || rank(page) > rank(build.name()) {
        return false;
    }
    let (search, hash) = (l.search().unwrap_or_default(), l.hash().unwrap_or_default());
    l.replace(&format!("{}.html{search}{hash}", build.name())).is_ok()
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

/// Calls `f` when Escape is pressed in this page and nothing in it used the key.
pub fn on_escape(f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let w = window()?;
    Some(gloo::events::EventListener::new(&w, "keydown", move |e| {
        if let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() {
            if k.key() == "Escape" && !k.default_prevented() {
                f();
            }
        }
    }))
}

pub fn reload() {
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}

/// The browser's preferred languages, most preferred first.
pub fn languages() -> Vec<String> {
    let Some(w) = window() else { return Vec::new() };
    let list: Vec<String> = w.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        w.navigator().language().into_iter().collect()
    } else {
        list
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
        open_for_print();
        let _ = w.print();
    }
}

/// Opens every disclosure of the result, so a printout or PDF shows all of it.
pub fn open_for_print() {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let Ok(list) = doc.query_selector_all("details.rf-more") else { return };
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            let _ = el.set_attribute("open", "");
        }
    }
}

/// Opens the result's disclosures before the browser's own print command (Ctrl+P) too.
pub fn on_before_print() -> Option<gloo::events::EventListener> {
    let w = window()?;
    Some(gloo::events::EventListener::new(&w, "beforeprint", |_| open_for_print()))
}

/// Moves focus to the element with this id (a new screen's heading), if there is one.
///
/// Focus moves in the next animation frame: `focus()` forces a synchronous style and layout,
/// which in the click handler would run on top of the frame's own; in the frame it is done
/// once (the measurement is in docs/performance.md).
pub fn focus_by_id(id: &str) {
    let id = id.to_string();
    let Some(w) = window() else { return };
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || focus_now(&id));
    let _ = w.request_animation_frame(callback.unchecked_ref());
}

fn focus_now(id: &str) {
    let el = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

// ---- Embedding: messages to and from the host page, sizing, page-level settings. ----

/// Whether this page runs inside a frame.
pub fn is_framed() -> bool {
    window().is_some_and(|w| w.parent().ok().flatten().is_some_and(|p| p != w))
}

/// Posts a contract message to the parent page, addressed to `host` only, so no other
/// page that frames the widget can read it. Does nothing when not framed or no host is set.
pub fn post_to_host(host: Option<&str>, message: &crate::contract::Message<'_>) {
    let (Some(host), Some(w)) = (host, window()) else { return };
    let Some(parent) = w.parent().ok().flatten().filter(|p| *p != w) else { return };
    let value = serde_json::to_string(message).ok().and_then(|text| js_sys::JSON::parse(&text).ok());
    if let Some(value) = value {
        let _ = parent.post_message(&value, host);
    }
}

/// How long the call to action waits between telling the host and replacing its page.
const CTA_NAVIGATION_DELAY_MS: u32 = 150;

/// The browser's clock in milliseconds (`Date.now()`; js-sys has it, no web-sys feature).
/// Natively (tests) it is always 0.
pub fn now_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now()
    } else {
        0.0
    }
}

/// Navigates the top window to `url` shortly, after a message to the host has been posted,
/// so the host's handler runs before its page unloads.
pub fn navigate_top_soon(url: String) {
    gloo::timers::callback::Timeout::new(CTA_NAVIGATION_DELAY_MS, move || {
        let Some(w) = window() else { return };
        let navigated = w.top().ok().flatten().is_some_and(|top| top.location().set_href(&url).is_ok());
        if !navigated {
            let _ = w.open_with_url_and_target(&url, "_top");
        }
    })
    .forget();
}

/// Calls `f` with the content's height whenever it changes (content, fonts, images). The
/// body is measured, not the document: a document is never shorter than its frame, so its
/// height could grow but never shrink back.
pub fn observe_height(
    f: impl Fn(u32) + 'static,
) -> Option<(web_sys::ResizeObserver, wasm_bindgen::closure::Closure<dyn Fn()>)> {
    use wasm_bindgen::closure::Closure;
    let document = window()?.document()?;
    let root: web_sys::Element = document.body()?.into();
    let measure = root.clone();
    let callback: Closure<dyn Fn()> = Closure::new(move || {
        let height = measure.get_bounding_client_rect().height().ceil().max(0.0);
        f(height as u32);
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    Some((observer, callback))
}

/// Listens for messages from the parent page: `f(origin, envelope of the posted value)`.
/// Messages from any other window are dropped here; origin and shape are checked by `contract`.
pub fn on_host_message(
    f: impl Fn(String, crate::contract::HostEnvelope) + 'static,
) -> Option<gloo::events::EventListener> {
    let w = window()?;
    let parent = w.parent().ok().flatten();
    Some(gloo::events::EventListener::new(&w, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        // Identity, not `instanceof Window`: the parent's window belongs to another realm.
        let from_parent = match (event.source(), &parent) {
            (Some(source), Some(parent)) => js_sys::Object::is(source.as_ref(), parent.as_ref()),
            _ => false,
        };
        if !from_parent {
            return;
        }
        f(event.origin(), envelope(&event.data()));
    }))
}

/// Reads the fields the contract checks from a posted value, keeping each one's JSON type.
/// A text longer than the contract takes is not copied into the widget's memory at all: its
/// length is read first (in UTF-16 units, never more than its UTF-8 bytes).
fn envelope(data: &wasm_bindgen::JsValue) -> crate::contract::HostEnvelope {
    use crate::contract::{Field, HostEnvelope};
    let is_plain_object = |v: &wasm_bindgen::JsValue| v.is_object() && !js_sys::Array::is_array(v);
    let text = |s: &js_sys::JsString, object: bool| Field::text_of(s.length() as usize, object, || String::from(s));
    let field = |key: &str| {
        let v = js_sys::Reflect::get(data, &key.into()).unwrap_or_default();
        if v.is_undefined() {
            Field::Missing
        } else if let Some(s) = v.dyn_ref::<js_sys::JsString>() {
            text(s, false)
        } else if let Some(n) = v.as_f64() {
            Field::Number(n)
        } else if is_plain_object(&v) {
            js_sys::JSON::stringify(&v).map_or(Field::Other, |s| text(&s, true))
        } else {
            Field::Other
        }
    };
    HostEnvelope::read(is_plain_object(data), field)
}

/// Lets the browser run its other tasks (input, paint, the host page's scripts) before going
/// on: start-up runs as a few short tasks instead of one long one that blocks the page.
pub async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = window().map(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if scheduled != Some(true) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Posts `body` as JSON to `url` (the host's lead endpoint, HubSpot), giving up after
/// `timeout_ms`: the response's status and text, or `Failure::Network`/`TimedOut`.
pub async fn post_json(url: &str, body: &str, timeout_ms: u32) -> Result<(u16, String), crate::lead::Failure> {
    use crate::lead::Failure;
    use wasm_bindgen_futures::JsFuture;
    let w = window().ok_or(Failure::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    if let Ok(headers) = web_sys::Headers::new() {
        let _ = headers.set("Content-Type", "application/json");
        init.set_headers(&headers);
    }
    let deadline = Deadline::on(&init, timeout_ms);
    let failed = || if deadline.passed() { Failure::TimedOut } else { Failure::Network };
    let response = JsFuture::from(w.fetch_with_str_and_init(url, &init)).await.map_err(|_| failed())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| Failure::Network)?;
    // Only a refusal's reason is read from the body, and at most 200 characters of it are
    // shown: a body that says it is larger than 64 KB is not read at all.
    if declared_length(&response).is_some_and(|n| n > 64 * 1024) {
        return Ok((response.status(), String::new()));
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|t| t.as_string()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok((response.status(), text))
}

/// A request that gives up after `ms`: `on` puts its abort signal on the request; dropping
/// it (when the request's function returns) cancels the timer.
struct Deadline {
    controller: Option<web_sys::AbortController>,
    _timer: Option<gloo::timers::callback::Timeout>,
}

impl Deadline {
    fn on(init: &web_sys::RequestInit, ms: u32) -> Deadline {
        let controller = web_sys::AbortController::new().ok();
        if let Some(c) = &controller {
            init.set_signal(Some(&c.signal()));
        }
        let timer = controller.clone().map(|c| gloo::timers::callback::Timeout::new(ms, move || c.abort()));
        Deadline { controller, _timer: timer }
    }

    /// Whether the request was given up: the time ran out (or `abort` was called).
    fn passed(&self) -> bool {
        self.controller.as_ref().is_some_and(|c| c.signal().aborted())
    }

    fn abort(&self) {
        if let Some(c) = &self.controller {
            c.abort();
        }
    }
}

/// The length a response declares (`Content-Length`), if it declares one.
fn declared_length(response: &web_sys::Response) -> Option<u64> {
    response.headers().get("content-length").ok().flatten().and_then(|v| v.trim().parse::<u64>().ok())
}

/// How long a custom bank or a translation may take before the widget gives up on it.
const FETCH_TIMEOUT_MS: u32 = 10_000;

/// Fetches a text resource (a custom question bank, a translation) of at most `max` bytes,
/// giving up after `FETCH_TIMEOUT_MS` so a server that never answers cannot keep the widget
/// loading forever. A larger file is refused from its `Content-Length`, or, without one, as
/// soon as more than `max` bytes have arrived: it is never read whole.
pub async fn fetch_text(url: &str, max: usize) -> Result<String, super::custom_bank::FetchError> {
    use super::custom_bank::FetchError;
    use wasm_bindgen_futures::JsFuture;
    let w = window().ok_or(FetchError::NoWindow)?;
    let init = web_sys::RequestInit::new();
    let deadline = Deadline::on(&init, FETCH_TIMEOUT_MS);
    let url_ = || url.to_string();
    let failed = |otherwise: FetchError| {
        if deadline.passed() {
            FetchError::TimedOut { url: url_(), seconds: FETCH_TIMEOUT_MS / 1000 }
        } else {
            otherwise
        }
    };
    let too_large = || FetchError::TooLarge { url: url_(), max };
    let response = JsFuture::from(w.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| failed(FetchError::Network { url: url_() }))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Unreadable { url: url_() })?;
    if !response.ok() {
        return Err(FetchError::Status { url: url_(), status: response.status() });
    }
    if declared_length(&response).is_some_and(|n| n > max as u64) {
        deadline.abort();
        return Err(too_large());
    }
    // Read chunk by chunk, counting (a server may send no length, or a wrong one).
    let Some(body) = response.body() else { return Ok(String::new()) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| failed(FetchError::Unreadable { url: url_() }))?;
        if js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).unwrap_or_default();
        let Some(part) = value.dyn_ref::<js_sys::Uint8Array>() else {
            return Err(failed(FetchError::Unreadable { url: url_() }));
        };
        if bytes.len() + part.length() as usize > max {
            let _ = reader.cancel();
            return Err(too_large());
        }
        bytes.extend_from_slice(&part.to_vec());
    }
    // As `Response.text()` does: a byte-order mark is not part of the text (dropped in place).
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|_| FetchError::NotUtf8 { url: url_() })
}

/// Page-level settings that CSS reads from the root element: theme, language and direction,
/// and the host's accent colours as custom properties (set through the CSSOM,
/// which a strict Content-Security-Policy allows, unlike style attributes).
pub fn set_root(theme: &str, lang: &str, rtl: bool, accent: Option<&crate::config::Accent>, transparent: bool) {
    let Some(root) = root_element() else { return };
    let _ = root.set_attribute("data-theme", theme);
    if transparent {
        let _ = root.class_list().add_1("rf-transparent");
    }
    let _ = root.set_attribute("lang", lang);
    let _ = root.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
    if let (Some(a), Some(el)) = (accent, root.dyn_ref::<web_sys::HtmlElement>()) {
        let style = el.style();
        let _ = style.set_property("--rf-host-accent-light", &a.on_light);
        let _ = style.set_property("--rf-host-ink-light", &a.ink_light);
        let _ = style.set_property("--rf-host-accent-dark", &a.on_dark);
        let _ = style.set_property("--rf-host-ink-dark", &a.ink_dark);
    }
}

/// The host sizes this frame to the content (it said so: `HostMessage::Sized`): no inner
/// scrollbar from now on. Until then the page scrolls, so a frame nobody sizes is not clipped.
pub fn mark_sized_by_host() {
    if let Some(root) = root_element() {
        let _ = root.class_list().add_1("rf-framed");
    }
}

fn root_element() -> Option<web_sys::Element> {
    window()?.document()?.document_element()
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
