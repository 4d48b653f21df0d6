//! The thin Yew shell: components are functions of their props, the app holds one reducer
//! that delegates to `engine::session::Session::apply`, and browser APIs are touched only in
//! effects, event callbacks (`ui::browser`) and `mount`. Nothing here decides anything the
//! engine could decide.

pub mod app;
pub mod browser;
pub mod i18n;
pub mod intro;
pub mod locale;
#[cfg(target_arch = "wasm32")]
pub mod panic;
pub mod preview;
pub mod question_view;
pub mod result_view;
pub mod summary;

use std::rc::Rc;

use crate::config::{BankSource, Config};
use crate::engine::i18n::{localize_bank, localize_model};
use crate::engine::saves::Saves;
use crate::engine::session::{Keep, Session};
use crate::engine::share::{self, ShareError};
use crate::engine::{Assessment, Bank, Content};

pub use preview::PreviewReport;

pub use app::{App, AppProps};
pub use i18n::Texts;

/// What the page said at start-up, read by `mount` (or made up by a test).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Boot {
    /// The URL fragment without '#', e.g. `r=<code>` for a shared result.
    pub fragment: String,
    /// Every saved progress entry in this tab's and this device's storage (`engine::saves`):
    /// which one applies is decided once the bank on screen is known.
    pub saves: Saves,
    /// This page's address without the fragment; share links are built on it.
    pub page_url: String,
    /// The browser has the Web Share API.
    pub can_share: bool,
    /// This page runs in a frame, so a host can receive messages.
    pub framed: bool,
    /// The language chosen for this page (`ui::i18n::choose_language`).
    pub lang: String,
    /// Its translation catalog (UI strings and content), when not English and it loaded.
    pub catalog: Option<crate::engine::i18n::Catalog>,
}

/// A custom question bank as the host gave it: JSON text, or why it could not be loaded.
pub type CustomBank = Result<String, String>;

/// Everything the app needs to render, decided once at start-up: which bank (shipped or the
/// host's), and whether the visitor opens a shared result, resumes saved progress, or starts
/// fresh. A custom bank that fails validation is reported and the shipped bank is used.
pub fn props_for(config: Config, boot: &Boot, custom: Option<CustomBank>) -> Result<AppProps, String> {
    let mut config = config;
    let broken =
        |errors: Vec<crate::engine::BankError>| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n");
    // Translations replace texts only; ids and weights are untouched, so scoring, share
    // links and saved progress are the same in every language.
    let mut model = Content::shipped_model().map_err(broken)?;
    if let Some(catalog) = &boot.catalog {
        model = localize_model(&model, catalog);
    }
    // Only the bank this page shows is parsed (a shared link to the other assessment parses
    // that one too).
    let shipped_bank = |assessment: Assessment| -> Result<Bank, String> {
        let bank = Content::shipped_bank(assessment, &model).map_err(broken)?;
        Ok(match &boot.catalog {
            Some(catalog) => localize_bank(&bank, catalog),
            None => bank,
        })
    };
    let texts = match &boot.catalog {
        Some(catalog) => Texts::with_catalog(&boot.lang, catalog),
        None => Texts::english(),
    };
    let source = match &config.bank {
        Some(BankSource::Url(u)) => u.as_str().to_string(),
        Some(BankSource::Inline) => "inline bank".to_string(),
        None => format!("built-in {} bank", config.assessment.code()),
    };
    let mut errors: Vec<String> = Vec::new();
    let custom_bank: Option<Bank> = match custom {
        None => None,
        Some(Err(e)) => {
            errors.push(e);
            None
        }
        Some(Ok(text)) => match Bank::parse(&text, &model) {
            Ok(bank) => Some(bank),
            Err(list) => {
                errors.extend(list.iter().map(|e| e.to_string()));
                None
            }
        },
    };
    if !errors.is_empty() {
        let first: Vec<&str> = errors.iter().take(3).map(String::as_str).collect();
        config.problems.push(format!(
            "The custom question bank ({source}) could not be used ({} problem{}: {}{}). The built-in questions are shown.",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" },
            first.join("; "),
            if errors.len() > 3 { "; …" } else { "" }
        ));
    }
    if let Some(bank) = &custom_bank {
        // The bank decides the assessment; the host's assessment parameter only picks a shipped bank.
        config.assessment = bank.assessment();
        config.assessment_fixed = true;
    }
    let own_bank = Rc::new(match custom_bank {
        Some(bank) => bank,
        None => shipped_bank(config.assessment)?,
    });
    // The visitor's own saved progress on the bank shown (never on a refused custom bank's
    // id: its saves would be read under one key and written under another), decoded once.
    let frame = config.frame.clone();
    let (own_save, saved_stale) = resume(&boot.saves, &own_bank, frame.as_deref());
    let resumed = || own_save.clone().unwrap_or_else(|| Session::new(own_bank.clone()));
    let (mut start, link_error) = match boot.fragment.strip_prefix("r=") {
        Some(code) => match shared(&shipped_bank, &own_bank, code) {
            // "Take it yourself" returns to the visitor's own progress on the link's bank: this
            // page's, or the other assessment's saved progress in this widget, which a fresh
            // start would overwrite.
            Ok(session) if session.flow.bank().id() == own_bank.id() => {
                (Session { own: Some(Rc::new(resumed())), ..session }, None)
            }
            Ok(session) => {
                let (own, _) = resume(&boot.saves, session.flow.bank(), frame.as_deref());
                (Session { own: own.map(Rc::new), ..session }, None)
            }
            Err(e) => (resumed(), Some(e)),
        },
        None => (resumed(), None),
    };
    if !config.show_intro {
        start = start.without_intro();
    }
    // The visitors' build has no preview (`ui::mount` sends `preview=true` to the authors' build).
    #[cfg(feature = "preview")]
    let preview = config.preview.then(|| Rc::new(preview::report(&source, &own_bank, &model, &errors)));
    #[cfg(not(feature = "preview"))]
    let preview = None;
    Ok(AppProps {
        model: Rc::new(model),
        texts: Rc::new(texts),
        lang: if boot.lang.is_empty() { "en".to_string() } else { boot.lang.clone() },
        config,
        start: Rc::new(start),
        link_error,
        saved_stale,
        saves: Rc::new(boot.saves.clone()),
        // Share links must not carry this frame's id, host or host page; links that reload
        // this frame (language, assessment) must keep them. Share links drop the preview too:
        // whoever opens a result link should see the result, not a report.
        page_url: crate::config::url_without_params(&boot.page_url, &["frame", "host", "page", "preview"]),
        self_url: crate::config::url_without_params(&boot.page_url, &[]),
        can_share: boot.can_share,
        framed: boot.framed,
        preview,
    })
}

/// The visitor's saved progress on `bank` in this widget: this tab's first (it keeps the
/// device opt-in if the device has a save too), else this device's; and whether, with no
/// save to resume, there are saves made with an earlier version of the questions (the
/// visitor is told).
fn resume(saves: &Saves, bank: &Rc<Bank>, frame: Option<&str>) -> (Option<Session>, bool) {
    let found = saves.find(bank, frame);
    let keep = if found.device.is_some() { Keep::ThisDevice } else { Keep::ThisTab };
    let session = found
        .tab
        .as_deref()
        .and_then(|s| Session::resume(bank.clone(), s, keep))
        .or_else(|| found.device.as_deref().and_then(|s| Session::resume(bank.clone(), s, Keep::ThisDevice)));
    let stale = found.earlier || [&found.tab, &found.device].into_iter().flatten().any(|s| Session::is_stale(bank, s));
    let stale = session.is_none() && stale;
    (session, stale)
}

/// Opens a shared result with the page's own bank when the link is for its assessment (a
/// custom bank's links open where that bank is configured), else the shipped bank.
fn shared(
    shipped: &dyn Fn(Assessment) -> Result<Bank, String>,
    own: &Rc<Bank>,
    code: &str,
) -> Result<Session, ShareError> {
    let assessment = share::peek_assessment(code)?;
    let bank = if own.assessment() == assessment {
        own.clone()
    } else {
        // The shipped content is checked by tests/it/content.rs; should it ever fail, the
        // link is reported as not matching this widget.
        Rc::new(shipped(assessment).map_err(|_| ShareError::OtherBank)?)
    };
    let answers = share::decode(&bank, code, true)?;
    Ok(Session::shared(bank, answers))
}

/// Mounts the app on the page's `#rolefit` element (or the body). With a custom bank, it is
/// loaded first (the static placeholder stays until then).
#[cfg(target_arch = "wasm32")]
pub fn mount(config: Config) {
    // The preview is for authors only, so it lives in its own build (Cargo.toml, `preview`).
    #[cfg(not(feature = "preview"))]
    let config = {
        let mut config = config;
        if config.preview {
            if browser::open_preview_build() {
                return;
            }
            config.preview = false;
            config.problems.push(
                "preview=true needs the authors' build (preview.html beside index.html), which is not available \
                 here; the assessment is shown without the preview."
                    .into(),
            );
        }
        config
    };
    for p in &config.problems {
        browser::warn(&format!("rolefit: {p}"));
    }
    let theme = match config.theme {
        crate::config::Theme::Light => "light",
        crate::config::Theme::Dark => "dark",
        crate::config::Theme::System => "system",
    };
    let lang = i18n::choose_language(config.lang.as_deref(), &browser::languages());
    browser::set_root(theme, &lang, i18n::is_rtl(&lang), config.accent.as_ref());
    wasm_bindgen_futures::spawn_local(async move {
        // The rest runs in later tasks: instantiating the wasm is one long task already.
        browser::yield_now().await;
        // English is compiled in; another language is one same-origin JSON file, fetched only
        // when needed. If it fails, the widget runs in English and says why in the console.
        let catalog = if lang == "en" {
            None
        } else {
            let loaded = browser::fetch_text(&format!("i18n/{lang}.json"), MAX_TRANSLATION)
                .await
                .and_then(|t| serde_json::from_str::<crate::engine::i18n::Catalog>(&t).map_err(|e| e.to_string()));
            match loaded {
                Ok(c) => Some(c),
                Err(e) => {
                    browser::warn(&format!(
                        "rolefit: the {lang} translation could not be loaded ({e}); showing English."
                    ));
                    browser::set_root(theme, "en", false, None);
                    None
                }
            }
        };
        let lang = if catalog.is_some() { lang } else { "en".to_string() };
        let language = Language { lang, catalog };
        match config.bank.clone() {
            None => render(config, language, None).await,
            Some(BankSource::Url(url)) => {
                let text = browser::fetch_text(url.as_str(), crate::contract::MAX_INLINE_BANK).await;
                render(config, language, Some(text)).await;
            }
            // Only a host page that frames the widget can send a bank: without one, say so now.
            Some(BankSource::Inline) if config.host.is_none() || !browser::is_framed() => {
                let why = "bank=inline needs a host page that frames the widget and sends the bank (with a valid host)";
                render(config, language, Some(Err(why.into()))).await;
            }
            Some(BankSource::Inline) => wait_for_inline_bank(config, language),
        }
    });
}

/// A translation file larger than this is refused (each is about a tenth of it).
#[cfg(target_arch = "wasm32")]
const MAX_TRANSLATION: usize = 512 * 1024;

/// The page's language and its catalog, carried from `mount` to `render`.
#[cfg(target_arch = "wasm32")]
struct Language {
    lang: String,
    catalog: Option<crate::engine::i18n::Catalog>,
}

/// While waiting for an inline bank: the configuration, and the listener and timer to drop
/// (which unregisters them) once the bank or the timeout arrives.
#[cfg(target_arch = "wasm32")]
type Waiting = Option<(Config, Language, Option<gloo::events::EventListener>, Option<gloo::timers::callback::Timeout>)>;

/// Waits (up to 10 s) for the host to send its bank by message, then renders.
#[cfg(target_arch = "wasm32")]
fn wait_for_inline_bank(config: Config, language: Language) {
    use std::cell::RefCell;
    let slot: Rc<RefCell<Waiting>> = Rc::new(RefCell::new(None));
    let host = config.host.clone();
    // A bank, or a refusal from the host (it has no bank to send, or sent one the widget
    // cannot take), ends the wait at once; anything else (another script's message) is logged.
    let on_message = {
        let slot = slot.clone();
        move |origin: String, data: crate::contract::HostEnvelope| {
            use crate::contract::{HostMessage, HostMessageError};
            let bank = match crate::contract::parse_host_message(&origin, host.as_deref(), &data) {
                Ok(HostMessage::Bank(bank)) => Ok(bank),
                Ok(HostMessage::BankUnavailable(why)) => Err(format!("the host page could not send it: {why}")),
                Err(HostMessageError::Refused(why)) => {
                    Err(format!("the host page sent a message the widget refused: {why}"))
                }
                Err(e @ HostMessageError::Ignored(_)) => return browser::warn(&format!("rolefit: {e}")),
                // Not about the bank (and too early: the app has not reported a height yet).
                Ok(HostMessage::Sized) => return,
            };
            if let Some((config, language, _, _)) = slot.borrow_mut().take() {
                wasm_bindgen_futures::spawn_local(render(config, language, Some(bank)));
            }
        }
    };
    let listener = browser::on_host_message(on_message);
    let timeout = {
        let slot = slot.clone();
        gloo::timers::callback::Timeout::new(10_000, move || {
            if let Some((config, language, _, _)) = slot.borrow_mut().take() {
                let late = Err("the host page did not send the inline bank within 10 seconds".into());
                wasm_bindgen_futures::spawn_local(render(config, language, Some(late)));
            }
        })
    };
    // Tell the embed script we are listening; it answers with the bank.
    let (host, frame) = (config.host.clone(), config.frame.clone());
    *slot.borrow_mut() = Some((config, language, listener, Some(timeout)));
    browser::post_to_host(host.as_deref(), &crate::contract::Event::BankRequest {}.to_message(frame.as_deref()));
}

/// Reads what the page knows (fragment, saved progress), parses the content and mounts the
/// app, each in its own task: on a slow phone each takes tens of milliseconds, and together
/// they would block the page (and its host) for well over a hundred.
#[cfg(target_arch = "wasm32")]
async fn render(config: Config, language: Language, custom: Option<CustomBank>) {
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser page has a document");
    let root = document.get_element_by_id("rolefit").or_else(|| document.body().map(Into::into));
    let root = root.expect("index.html has a #rolefit element");
    let boot = Boot {
        fragment: browser::fragment(),
        saves: browser::read_saves(),
        page_url: browser::page_url(),
        can_share: browser::can_share(),
        framed: browser::is_framed(),
        lang: language.lang,
        catalog: language.catalog,
    };
    browser::yield_now().await;
    match props_for(config, &boot, custom) {
        Ok(props) => {
            // A save that may have caused the panic is dropped, whichever key it was read under.
            let (bank, frame) = (props.start.flow.bank(), props.config.frame.as_deref());
            let mut keys = vec![crate::engine::saves::key(bank, frame)];
            keys.extend(props.saves.superseded(bank, frame).into_iter().map(|(_, k)| k));
            panic::prepare(&props.texts, &keys);
            for p in props.config.problems.iter().filter(|p| p.starts_with("The custom question bank")) {
                browser::warn(&format!("rolefit: {p}"));
            }
            browser::yield_now().await;
            root.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        Err(message) => {
            // Only a broken build can get here (tests/it/content.rs parses the same files).
            web_sys::console::error_1(&message.clone().into());
            root.set_inner_html("");
            root.set_text_content(Some(&format!("The assessment could not start: {message}")));
        }
    }
}
