//! The app: one `use_reducer` over the engine's `Session`, the screen switch, and the
//! effects that carry out what the session decides (storage, the URL fragment, focus).
//! Browser APIs are used only inside effects and callbacks, through `ui::browser`.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::{Config, Lang};
use crate::contract::{self, Event as HostEvent};
use crate::effects::{self, Effect};
use crate::engine::model::Model;
use crate::engine::saves::{self, Saves, Store};
use crate::engine::session::{Command, Keep, Mode, Session, Storage, Write};
use crate::engine::share::{self, ShareError};
use crate::engine::{Action, Bank, ChoiceIndex, Outcome, QuestionIndex, Screen};

use super::browser;
use super::custom_bank::BankNotice;
use super::i18n::Texts;
use super::intro::{self, IntroProps};
use super::lead_form::LeadContext;
use super::preview::{self, PreviewReport};
use super::question_view::{self, QuestionViewProps};
use super::result_view::{self, ResultViewProps, ShareActions};
use super::summary::{self, SummaryProps};

#[derive(Properties, Clone)]
pub struct AppProps {
    pub model: Rc<Model>,
    pub texts: Rc<Texts>,
    /// Shared, not copied: the effect hooks and the call to action keep it past each render.
    pub config: Rc<Config>,
    /// The session to start with: fresh, resumed or a shared result (see `ui::start::props_for`).
    pub start: Rc<Session>,
    /// The host's question bank could not be used (the built-in one is shown): why. Read it
    /// through `AppProps::bank_notice`, which the builds without custom banks compile away.
    pub bank_notice: Option<BankNotice>,
    /// A shared link that could not be opened, shown above a fresh start.
    pub link_error: Option<ShareError>,
    /// Saved progress was found but made with an earlier version of the questions.
    pub saved_stale: bool,
    /// The saves found at start-up: those that a write replaces are removed with it.
    pub saves: Rc<Saves>,
    /// This page's address without the fragment and without this frame's id, host or test
    /// switch: the base of share links, which others open.
    pub page_url: String,
    /// This page's own address without the fragment (all but the test switch): the base of
    /// links that reload the widget in place (language, assessment), so an embedded widget
    /// stays connected to its host.
    pub self_url: String,
    pub can_share: bool,
    /// This page runs in a frame: without one (a link opened in its own tab), no host can
    /// receive the answers, so none are offered.
    pub framed: bool,
    /// The authors' preview report (`preview=true`).
    pub preview: Option<Rc<PreviewReport>>,
    /// The page's language.
    pub lang: Lang,
}

/// The app's props are made once, at start-up (`ui::start::props_for`), and never change:
/// the same props are the same value, and comparing field by field would only cost wasm.
impl PartialEq for AppProps {
    fn eq(&self, other: &AppProps) -> bool {
        std::ptr::eq(self, other)
    }
}

impl AppProps {
    /// The custom bank's notice. Only a build that reads custom banks has one (`ui::start`);
    /// saying so here lets the others leave out the notices' text and formatting.
    pub fn bank_notice(&self) -> Option<&BankNotice> {
        self.bank_notice.as_ref().filter(|_| cfg!(feature = "custom-banks"))
    }

    /// A host page can hear the widget: it runs in a frame and was given a valid `host`.
    /// Only then are events, heights and answers posted, and the call to action waits for one.
    pub fn host_listening(&self) -> bool {
        self.config.host.is_some() && self.framed
    }
}

/// The reducer's state: the engine's session and nothing else.
#[derive(Clone, PartialEq)]
pub struct State(pub Session);

impl Reducible for State {
    type Action = Command;

    fn reduce(self: Rc<Self>, command: Command) -> Rc<Self> {
        Rc::new(State(self.0.apply(command)))
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let start = props.start.clone();
    let state = use_reducer(move || State((*start).clone()));
    // Transient feedback ("Link copied"): not part of the assessment, so not in the session.
    let status = use_state(String::new);
    let session = &state.0;
    let texts = &props.texts;
    use_effects(session, props);
    use_shared_link_reload();
    use_height_reporting(&props.config, props.host_listening());
    // Ctrl+P prints the whole result: its disclosures open first.
    use_effect_with((), |_| {
        let listener = browser::on_before_print();
        move || drop(listener)
    });
    let result = (session.flow.screen() == Screen::Result)
        .then(|| Rc::new(crate::engine::evaluate(session.flow.bank(), session.flow.answers(), &props.model)));
    // Shown until the visitor does anything: derived, so nothing extra to keep in state.
    let untouched = session == &*props.start;
    let d = state.dispatcher();
    html! {
        <main class="rf" aria-label={texts.get("app.label")}>
            { brand(&props.config, texts) }
            { for props.config.problems.iter().map(ToString::to_string).chain(props.bank_notice().map(ToString::to_string)).map(|p| html! { <p class="rf-notice" role="alert">{ p }</p> }) }
            { preview::panel(props.preview.as_ref(), &props.model, texts) }
            if let (Some(e), true) = (&props.link_error, untouched) {
                <p class="rf-notice" role="alert">{ texts.get(&format!("link.error.{}", e.key())) }</p>
            }
            if props.saved_stale && props.link_error.is_none() && untouched {
                <p class="rf-notice" role="alert">{ texts.get("saved.error.bank") }</p>
            }
            { screen(props, session, result.as_ref(), &d, &status) }
            { keep_controls(session, texts, &d) }
            <p class="rf-sr" aria-live="polite" aria-atomic="true">{ announcement(session, result.as_deref(), props) }</p>
        </main>
    }
}

type Dispatch = UseReducerDispatcher<State>;

/// A callback that sends `command` to the session.
fn send(d: &Dispatch, command: Command) -> Callback<()> {
    let d = d.clone();
    Callback::from(move |_: ()| d.dispatch(command.clone()))
}

/// What the live region reads out for the screen: the question's position, the summary's
/// title, or the result's headline.
fn announcement(session: &Session, result: Option<&Outcome>, props: &AppProps) -> String {
    let texts = &props.texts;
    match session.flow.screen() {
        Screen::Intro => String::new(),
        Screen::Question(_) => {
            let (n, total) = session.flow.progress().unwrap_or((1, 1));
            texts.fill("question.progress", &[("n", &texts.number(n as u64)), ("total", &texts.number(total as u64))])
        }
        Screen::Summary => texts.get("summary.title"),
        Screen::Result => result.and_then(|o| o.id.texts(&props.model)).map(|t| t.headline.clone()).unwrap_or_default(),
    }
}

/// The host's company name and logo above the assessment, if it set them.
fn brand(config: &Config, texts: &Texts) -> Html {
    if config.company.is_none() && config.logo.is_none() {
        return Html::default();
    }
    let company = config.company.clone().unwrap_or_default();
    let alt = if company.is_empty() { String::new() } else { texts.fill("brand.logo", &[("company", &company)]) };
    html! {
        <div class="rf-brand">
            if let Some(logo) = &config.logo {
                <img src={logo.as_str().to_string()} alt={alt} />
            }
            if !company.is_empty() { <span>{ company.clone() }</span> }
        </div>
    }
}

/// "Keep my answers on this device" and "Forget my answers", once the visitor has started
/// their own assessment.
fn keep_controls(session: &Session, texts: &Texts, d: &Dispatch) -> Html {
    if session.mode != Mode::Own || session.flow.screen() == Screen::Intro {
        return Html::default();
    }
    let on_change = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            d.dispatch(Command::Keep(if on { Keep::ThisDevice } else { Keep::ThisTab }))
        })
    };
    let on_forget = send(d, Command::Forget).reform(|_: MouseEvent| ());
    html! {
        <div class="rf-keep">
            <label class="rf-keep-toggle">
                <input type="checkbox" checked={session.keep == Keep::ThisDevice} onchange={on_change} />
                <span>{ texts.get("keep.label") }</span>
            </label>
            if session.keep == Keep::ThisDevice {
                <button type="button" class="rf-linkbutton" onclick={on_forget}>{ texts.get("keep.forget") }</button>
            }
        </div>
    }
}

/// The screen the session is on.
fn screen(
    props: &AppProps,
    session: &Session,
    result: Option<&Rc<Outcome>>,
    d: &Dispatch,
    status: &UseStateHandle<String>,
) -> Html {
    let (flow, texts) = (&session.flow, &props.texts);
    let bank = flow.bank().clone();
    let act = |action: Action| send(d, Command::Flow(action));
    match flow.screen() {
        Screen::Intro => intro::view(&IntroProps {
            bank,
            texts: texts.clone(),
            offer_other: !props.config.assessment_fixed,
            lang: props.lang,
            self_url: props.self_url.clone(),
            on_start: act(Action::Start),
        }),
        Screen::Question(q) => {
            let (n, total) = flow.progress().unwrap_or((1, 1));
            let on_pick = {
                let d = d.clone();
                Callback::from(move |c: ChoiceIndex| d.dispatch(Command::Flow(Action::Pick(q, c))))
            };
            question_view::view(&QuestionViewProps {
                question: bank.question(q).clone(),
                mask: flow.answers().mask(q),
                position: n,
                total,
                can_continue: flow.can_continue(),
                editing: flow.is_editing(),
                can_go_back: flow.is_editing() || n > 1 || !session.skip_intro,
                texts: texts.clone(),
                on_pick,
                on_next: act(Action::Next),
                on_back: act(Action::Back),
            })
        }
        Screen::Summary => {
            let on_edit = {
                let d = d.clone();
                Callback::from(move |q: QuestionIndex| d.dispatch(Command::Flow(Action::Edit(q))))
            };
            summary::view(&SummaryProps {
                bank,
                answers: flow.answers().clone(),
                visible: flow.visible(),
                complete: flow.is_complete(),
                texts: texts.clone(),
                on_edit,
                on_finish: act(Action::Finish),
                on_back: act(Action::Back),
            })
        }
        Screen::Result => match result {
            Some(outcome) => result_screen(props, session, outcome, d, status),
            None => Html::default(),
        },
    }
}

/// The result with what the page around it offers: the share link (on the host's page when
/// embedded), the call to action, and the consent box when the host asked for the answers.
fn result_screen(
    props: &AppProps,
    session: &Session,
    outcome: &Rc<Outcome>,
    d: &Dispatch,
    status: &UseStateHandle<String>,
) -> Html {
    let (flow, texts, c) = (&session.flow, &props.texts, &props.config);
    let code = share::encode(flow.bank(), flow.answers());
    // Embedded: the link opens this result on the host's page, in this frame.
    let url = match (&c.page, &c.frame) {
        (Some(page), Some(frame)) => format!("{}#{frame}={code}", page.as_str()),
        _ => format!("{}#r={code}", props.page_url),
    };
    let title = outcome.id.texts(&props.model).map(|t| t.title.clone()).unwrap_or_default();
    let on_copy = {
        let (status, texts, url) = (status.clone(), texts.clone(), url.clone());
        Callback::from(move |_: ()| {
            let (status, texts) = (status.clone(), texts.clone());
            browser::copy(&url, move |ok| status.set(texts.get(if ok { "share.copied" } else { "share.copy_failed" })));
        })
    };
    let share_actions = ShareActions {
        url: url.clone(),
        can_share: props.can_share,
        on_copy,
        on_share: Callback::from(move |_: ()| browser::share(&title, &url)),
        on_print: Callback::from(|_: ()| browser::print()),
    };
    let ctas = c.ctas_for(outcome);
    let buttons: Vec<(String, String)> =
        ctas.iter().map(|b| (b.label.clone().unwrap_or_else(|| texts.get("cta.default")), b.url.clone())).collect();
    // A host that listens hears the click before its page is replaced: the link's own
    // navigation would race the message (the host page can unload before handling it), so a
    // plain click posts first and navigates the top window a moment later. Clicks with a
    // modifier (a new tab) keep the link's own behaviour.
    let on_cta = {
        let (config, id, listening) = (c.clone(), outcome.id.code(), props.host_listening());
        Callback::from(move |(e, i): (MouseEvent, usize)| {
            let Some(cta) = ctas.get(i) else { return };
            let plain = e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
            if listening && plain {
                e.prevent_default();
                browser::navigate_top_soon(cta.url.clone());
            }
            let event = HostEvent::Cta { outcome: Some(id.clone()), cta: cta.source.clone() };
            browser::post_to_host(config.host.as_deref(), &event.to_message(&config.sender()))
        })
    };
    // The contact form: own results only, and only where a host page frames the widget and
    // listens: a link to the widget's own page cannot make it collect contacts for anyone.
    // Only the builds with the `lead` feature have it (`ui::boot` forwards the others).
    let shown = cfg!(feature = "lead") && session.mode == Mode::Own && props.host_listening();
    let lead = c.lead.as_ref().filter(|_| shown);
    let lead = lead.map(|form| {
        let consented = c.send_answers && session.consented;
        let answers = consented.then(|| contract::answer_details(flow.bank(), flow.answers()));
        let context = LeadContext {
            host: c.host.clone(),
            frame: c.frame.clone(),
            variant: c.variant.clone(),
            pass: c.pass.clone(),
            company: c.company.clone(),
            assessment: flow.bank().assessment().code().to_string(),
            outcome: outcome.id.code(),
            title: outcome.id.texts(&props.model).map(|t| t.title.clone()).unwrap_or_default(),
            page: c.page.as_ref().map_or_else(|| props.page_url.clone(), |p| p.as_str().to_string()),
            answers,
        };
        (form.clone(), context)
    });
    // Asked only when the host opted in and can receive messages.
    let consent_for = (c.send_answers && props.host_listening() && session.mode == Mode::Own).then(|| {
        texts.fill("consent.label", &[("who", &c.company.clone().unwrap_or_else(|| texts.get("consent.who_default")))])
    });
    let on_consent = {
        let d = d.clone();
        Callback::from(move |on: bool| d.dispatch(Command::Consent(on)))
    };
    let act = |action: Action| send(d, Command::Flow(action));
    result_view::view(&ResultViewProps {
        bank: flow.bank().clone(),
        model: props.model.clone(),
        answers: flow.answers().clone(),
        outcome: outcome.clone(),
        texts: texts.clone(),
        shared: session.mode == Mode::Shared,
        share: share_actions,
        status: (**status).clone(),
        ctas: buttons,
        on_cta,
        lead,
        consent_for,
        consented: session.consented,
        on_consent,
        on_restart: act(Action::Restart),
        on_back: act(Action::Back),
        on_take: send(d, Command::TakeItYourself),
    })
}

/// Carries out what `effects::effects` decides after each change of the session: storage
/// writes, host events, the stale result link, focus. Decides nothing itself.
#[hook]
fn use_effects(session: &Session, props: &AppProps) {
    let previous = use_mut_ref(|| None::<Session>);
    let host =
        effects::Host { listening: props.host_listening(), send_answers: props.config.send_answers, lang: props.lang };
    // When the screen on view appeared (the browser's clock), for the `step` event's time.
    let shown_at = use_mut_ref(browser::now_ms);
    let (model, found, config) = (props.model.clone(), props.saves.clone(), props.config.clone());
    use_effect_with(session.clone(), move |after| {
        let before = previous.borrow_mut().replace(after.clone());
        let now = browser::now_ms();
        let shown_ms = (now - *shown_at.borrow()).max(0.0) as u64;
        let on_view = |s: &Session| (s.flow.screen(), s.flow.progress());
        if before.as_ref().is_none_or(|b| on_view(b) != on_view(after)) {
            *shown_at.borrow_mut() = now;
        }
        let frame = config.frame.as_deref();
        for effect in effects::effects(before.as_ref(), after, &host, &model, shown_ms) {
            match effect {
                Effect::Store(storage) => store(after.flow.bank(), storage, &found, frame),
                Effect::Post(event) => {
                    browser::post_to_host(config.host.as_deref(), &event.to_message(&config.sender()))
                }
                Effect::DropSharedLink => {
                    if browser::fragment().starts_with("r=") {
                        browser::clear_fragment();
                    }
                }
                Effect::FocusHeading => browser::focus_by_id("rf-heading"),
            }
        }
    });
}

/// Writes `storage` under this widget's key for `bank` (`engine::saves`). The first write also
/// removes what it replaces: a save from before keys had versions and frames, or of an
/// earlier version of the questions.
fn store(bank: &Bank, storage: Storage, found: &Saves, frame: Option<&str>) {
    let key = saves::key(bank, frame);
    let replaced = found.superseded(bank, frame);
    for (store, write) in [(Store::Tab, storage.tab), (Store::Device, storage.device)] {
        let device = store == Store::Device;
        match write {
            Write::Set(v) => browser::write(device, &key, Some(&v)),
            Write::Remove => browser::write(device, &key, None),
            Write::Leave => continue,
        }
        for (_, old) in replaced.iter().filter(|(s, _)| *s == store) {
            browser::write(device, old, None);
        }
    }
}

/// Reports the content's height to the host so the frame fits it exactly (no inner scrollbar),
/// and Escape pressed inside the widget (a popup closes on it).
#[hook]
fn use_height_reporting(config: &Rc<Config>, active: bool) {
    let (host, config) = (config.host.clone(), config.clone());
    use_effect_with((), move |_| {
        // Nobody to tell when not framed by a host: no observer, and no work after each layout.
        // The host says when it sizes the frame; only then is the overflow hidden.
        let sized = active.then(|| {
            let host = host.clone();
            browser::on_host_message(move |origin, data| {
                if let Ok(contract::HostMessage::Sized) = contract::parse_host_message(&origin, host.as_deref(), &data)
                {
                    browser::mark_sized_by_host();
                }
            })
        });
        let escape = active.then(|| {
            let (host, config) = (host.clone(), config.clone());
            browser::on_escape(move || {
                browser::post_to_host(host.as_deref(), &HostEvent::Escape {}.to_message(&config.sender()))
            })
        });
        let observer = if active {
            browser::observe_height(move |height| {
                browser::post_to_host(host.as_deref(), &HostEvent::Height { height }.to_message(&config.sender()));
            })
        } else {
            None
        };
        move || {
            drop((sized, escape));
            if let Some((o, _callback)) = observer {
                o.disconnect();
            }
        }
    });
}

/// A result link pasted into this tab later only changes the fragment; start over through
/// the same boot path as a fresh page so it is checked and shown the same way.
#[hook]
fn use_shared_link_reload() {
    use_effect_with((), |_| {
        let listener = browser::on_hash_change(|| {
            if browser::fragment().starts_with("r=") {
                browser::reload();
            }
        });
        move || drop(listener)
    });
}
