//! The boot sequence in the browser: read the language and fetch its catalog, load the
//! host's bank (by URL, or by message for an inline one), read the page (fragment, saves),
//! then mount the app, each step in its own task. The only DOM entry point; wasm only.

use std::rc::Rc;

use crate::config::{BankSource, Config, Lang, Problem};

use super::app::App;
use super::browser::{self, Build};
use super::custom_bank::{CustomBank, Unavailable};
use super::start::{props_for, Boot};
use super::{i18n, panic};

/// Mounts the app on the page's `#rolefit` element (or the body). With a custom bank, it is
/// loaded first (the static placeholder stays until then).
pub fn mount(config: Config) {
    let Some(config) = for_this_build(config) else { return };
    for p in &config.problems {
        browser::warn(&format!("rolefit: {p}"));
    }
    let theme = config.theme.code();
    let lang = i18n::choose_language(config.lang, &browser::languages());
    browser::set_root(theme, lang.code(), lang.is_rtl(), config.accent.as_ref(), config.transparent);
    wasm_bindgen_futures::spawn_local(async move {
        // The rest runs in later tasks: instantiating the wasm is one long task already.
        browser::yield_now().await;
        // English is compiled in; another language is one same-origin JSON file, fetched only
        // when needed. If it fails, the widget runs in English and says why in the console.
        let catalog = if lang == Lang::En {
            None
        } else {
            let loaded = browser::fetch_text(&format!("i18n/{}.json", lang.code()), MAX_TRANSLATION)
                .await
                .map_err(|e| e.to_string())
                .and_then(|t| browser::parse_catalog(&t));
            match loaded {
                Ok(c) => Some(c),
                Err(e) => {
                    browser::warn(&format!(
                        "rolefit: the {} translation could not be loaded ({e}); showing English.",
                        lang.code()
                    ));
                    browser::set_root(theme, "en", false, None, config.transparent);
                    None
                }
            }
        };
        let lang = if catalog.is_some() { lang } else { Lang::En };
        let language = Language { lang, catalog };
        // Without the feature, `for_this_build` has sent the page on or dropped the bank; said
        // here too, it lets the compiler leave the loading of banks out of the other builds.
        match config.bank.clone().filter(|_| cfg!(feature = "custom-banks")) {
            None => render(config, language, None).await,
            Some(BankSource::Url(url)) => {
                let text = browser::fetch_text(url.as_str(), crate::contract::MAX_INLINE_BANK)
                    .await
                    .map_err(Unavailable::Fetch);
                render(config, language, Some(text)).await;
            }
            // Only a host page that frames the widget can send a bank: without one, say so now.
            Some(BankSource::Inline) if !host_listens(&config) => {
                render(config, language, Some(Err(Unavailable::NoHostToSend))).await;
            }
            Some(BankSource::Inline) => wait_for_inline_bank(config, language),
        }
    });
}

/// The preview and custom banks are for authors and hosts with their own questions, and the
/// contact form for hosts that turn it on, so they live in their own builds (Cargo.toml,
/// `preview`, `custom-banks`, `lead`): a page of another build that asks for one goes to the
/// build that has it (None: the page is being replaced; `web/boot.js` usually did so before
/// the wasm arrived), or, where that cannot work, goes without, saying why. The contact form
/// only shows in a frame its host listens to (`app`), so only such a page goes for it.
///
/// Each visitors' page has one assessment (`index.html` the candidate's, `team.html` the
/// team's): a page asked for the other one, by `assessment=` or by a shared result's link,
/// goes to the page that has it; where that page does not open, it shows its own assessment
/// (and a shared link's notice says why it cannot open the result).
fn for_this_build(mut config: Config) -> Option<Config> {
    let preview = cfg!(not(feature = "preview")) && config.preview;
    let bank = cfg!(not(feature = "custom-banks")) && config.bank.is_some();
    let lead = cfg!(not(feature = "lead")) && config.asks_for_lead() && host_listens(&config);
    if !(preview || bank || lead) {
        return for_this_assessment(config);
    }
    if browser::open_build(if preview || bank { Build::Authors } else { Build::Lead }) {
        return None;
    }
    if preview {
        config.preview = false;
        config.problems.push(Problem::PreviewUnavailable);
    }
    if bank {
        config.bank = None;
        config.problems.push(Problem::CustomBanksUnavailable);
    }
    if lead {
        config.lead = None;
        config.problems.push(Problem::LeadUnavailable);
    }
    for_this_assessment(config)
}

/// The assessment half of `for_this_build`: a build with both keeps the configuration.
fn for_this_assessment(mut config: Config) -> Option<Config> {
    if !config.assessment.in_this_build() && !config.assessment_fixed {
        // The host chose none: the page's own, with the intro's link to the other.
        config.assessment = config.assessment.other();
    }
    let shared =
        browser::fragment().strip_prefix("r=").and_then(|code| crate::engine::share::peek_assessment(code).ok());
    let wanted = shared.unwrap_or(config.assessment);
    if !wanted.in_this_build() && browser::open_build(Build::of(wanted)) {
        return None;
    }
    if !config.assessment.in_this_build() {
        config.problems.push(Problem::AssessmentUnavailable { wanted: config.assessment });
        config.assessment = config.assessment.other();
    }
    Some(config)
}

/// Whether a host page frames the widget and named itself (`host`), so it can receive the
/// widget's messages and send it a bank: before the app exists, what `AppProps::host_listening`
/// says once it does.
fn host_listens(config: &Config) -> bool {
    config.host.is_some() && browser::is_framed()
}

/// A translation file larger than this is refused (each is about a tenth of it).
const MAX_TRANSLATION: usize = 512 * 1024;

/// The page's language and its catalog, carried from `mount` to `render`.
struct Language {
    lang: Lang,
    catalog: Option<crate::engine::i18n::Catalog>,
}

/// While waiting for an inline bank: the configuration, and the listener and timer to drop
/// (which unregisters them) once the bank or the timeout arrives.
type Waiting = Option<(Config, Language, Option<gloo::events::EventListener>, Option<gloo::timers::callback::Timeout>)>;

/// How long the widget waits for the host's inline bank.
const INLINE_BANK_WAIT_S: u32 = 10;

/// Waits (up to `INLINE_BANK_WAIT_S`) for the host to send its bank by message, then renders.
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
                Ok(HostMessage::BankUnavailable(why)) => Err(Unavailable::HostCannotSend(why)),
                Err(HostMessageError::Refused(why)) => Err(Unavailable::HostRefused(why)),
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
        gloo::timers::callback::Timeout::new(INLINE_BANK_WAIT_S * 1000, move || {
            if let Some((config, language, _, _)) = slot.borrow_mut().take() {
                let late = Err(Unavailable::HostSilent { seconds: INLINE_BANK_WAIT_S });
                wasm_bindgen_futures::spawn_local(render(config, language, Some(late)));
            }
        })
    };
    // Tell the embed script we are listening; it answers with the bank.
    let request = crate::contract::Event::BankRequest {};
    browser::post_to_host(config.host.as_deref(), &request.to_message(&config.sender()));
    *slot.borrow_mut() = Some((config, language, listener, Some(timeout)));
}

/// Reads what the page knows (fragment, saved progress), builds the content and mounts the
/// app, each in its own task: on a slow phone each takes tens of milliseconds, and together
/// they would block the page (and its host) for well over a hundred.
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
    let props = props_for(config, &boot, custom);
    // A save that may have caused the panic is dropped, whichever key it was read under.
    let (bank, frame) = (props.start.flow.bank(), props.config.frame.as_deref());
    let mut keys = vec![crate::engine::saves::key(bank, frame)];
    keys.extend(props.saves.superseded(bank, frame).into_iter().map(|(_, k)| k));
    panic::prepare(&props.texts, &keys);
    // The URL's problems were logged at mount; the bank's are known only now.
    if let Some(p) = props.bank_notice() {
        browser::warn(&format!("rolefit: {p}"));
    }
    browser::yield_now().await;
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
