//! The app: one `use_reducer` over the engine's `Session`, the screen switch, and the
//! effects that carry out what the session decides (storage, the URL fragment, focus).
//! Browser APIs are used only inside effects and callbacks, through `ui::browser`.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::contract::{self, Event as HostEvent};
use crate::engine::model::Model;
use crate::engine::saves::{self, Saves, Store};
use crate::engine::session::{Command, Keep, Mode, Session, Write};
use crate::engine::share::{self, ShareError};
use crate::engine::{outcome, Action, ChoiceIndex, QuestionIndex, Screen};

use super::browser;
use super::i18n::Texts;
use super::intro::Intro;
use super::preview::{self, PreviewReport};
use super::question_view::QuestionView;
use super::result_view::{ResultView, ShareActions};
use super::summary::Summary;

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub model: Rc<Model>,
    pub texts: Rc<Texts>,
    pub config: Config,
    /// The session to start with: fresh, resumed or a shared result (see `ui::props_for`).
    pub start: Rc<Session>,
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
    /// The page's language code.
    pub lang: String,
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
    let flow = &session.flow;
    let bank = flow.bank().clone();
    let texts = props.texts.clone();

    let send = |command: Command| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: ()| dispatcher.dispatch(command.clone()))
    };
    let act = |action: Action| send(Command::Flow(action));
    let on_pick = {
        let dispatcher = state.dispatcher();
        let screen = flow.screen();
        Callback::from(move |c: ChoiceIndex| {
            if let Screen::Question(q) = screen {
                dispatcher.dispatch(Command::Flow(Action::Pick(q, c)));
            }
        })
    };
    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |q: QuestionIndex| dispatcher.dispatch(Command::Flow(Action::Edit(q))))
    };
    let on_keep = {
        let dispatcher = state.dispatcher();
        Callback::from(move |on: bool| {
            dispatcher.dispatch(Command::Keep(if on { Keep::ThisDevice } else { Keep::ThisTab }))
        })
    };

    // The visitor's consent to send answers to the host: given for the result on screen only,
    // so it is cleared when the visitor leaves it (to change an answer, or to start again).
    let consented = use_state_eq(|| false);
    {
        let consented = consented.clone();
        use_effect_with(flow.screen(), move |screen| {
            if *screen != Screen::Result {
                consented.set(false);
            }
        });
    }
    use_storage(session, &props.saves, props.config.frame.as_deref());
    use_fragment(session.mode);
    use_focus_heading(flow.screen());
    use_host_events(session, &props.config, &props.model, *consented, &props.lang);
    use_height_reporting(&props.config, props.framed);
    // Ctrl+P prints the whole result: its disclosures open first.
    use_effect_with((), |_| {
        let listener = browser::on_before_print();
        move || drop(listener)
    });

    let result =
        (flow.screen() == Screen::Result).then(|| Rc::new(outcome::evaluate(&bank, flow.answers(), &props.model)));
    let announcement = match flow.screen() {
        Screen::Intro => String::new(),
        Screen::Question(_) => {
            let (n, total) = flow.progress().unwrap_or((1, 1));
            texts.fill("question.progress", &[("n", &texts.number(n as u64)), ("total", &texts.number(total as u64))])
        }
        Screen::Summary => texts.get("summary.title"),
        Screen::Result => {
            result.as_ref().and_then(|o| props.model.outcome(&o.id)).map(|t| t.headline.clone()).unwrap_or_default()
        }
    };

    let keep_controls = (session.mode == Mode::Own && flow.screen() != Screen::Intro).then(|| {
        let on_change = on_keep.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlInputElement>().checked());
        let on_forget = send(Command::Forget).reform(|_: MouseEvent| ());
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
    });

    let body = match flow.screen() {
        Screen::Intro => html! {
            <Intro bank={bank.clone()} texts={texts.clone()} offer_other={!props.config.assessment_fixed}
                lang={props.lang.clone()} self_url={props.self_url.clone()} on_start={act(Action::Start)} />
        },
        Screen::Question(q) => {
            let (n, total) = flow.progress().unwrap_or((1, 1));
            html! {
                <QuestionView key={q.0} question={bank.question(q).clone()} mask={flow.answers().mask(q)}
                    position={n} total={total} can_continue={flow.can_continue()} editing={flow.is_editing()}
                    can_go_back={flow.is_editing() || n > 1 || !session.skip_intro}
                    texts={texts.clone()} on_pick={on_pick} on_next={act(Action::Next)} on_back={act(Action::Back)} />
            }
        }
        Screen::Summary => html! {
            <Summary bank={bank.clone()} answers={flow.answers().clone()} visible={flow.visible()}
                complete={flow.is_complete()} texts={texts.clone()} on_edit={on_edit}
                on_finish={act(Action::Finish)} on_back={act(Action::Back)} />
        },
        Screen::Result => match &result {
            Some(outcome) => {
                let code = share::encode(&bank, flow.answers());
                // Embedded: the link opens this result on the host's page, in this frame.
                let url = match (&props.config.page, &props.config.frame) {
                    (Some(page), Some(frame)) => format!("{}#{frame}={code}", page.as_str()),
                    _ => format!("{}#r={code}", props.page_url),
                };
                let title = props.model.outcome(&outcome.id).map(|t| t.title.clone()).unwrap_or_default();
                let on_copy = {
                    let status = status.clone();
                    let texts = texts.clone();
                    let url = url.clone();
                    Callback::from(move |_: ()| {
                        let status = status.clone();
                        let texts = texts.clone();
                        browser::copy(&url, move |ok| {
                            status.set(texts.get(if ok { "share.copied" } else { "share.copy_failed" }))
                        });
                    })
                };
                let share_actions = ShareActions {
                    url: url.clone(),
                    can_share: props.can_share,
                    on_copy,
                    on_share: Callback::from(move |_: ()| browser::share(&title, &url)),
                    on_print: Callback::from(|_: ()| browser::print()),
                };
                let c = &props.config;
                let cta = c
                    .cta_url
                    .as_ref()
                    .map(|u| (c.cta_label.clone().unwrap_or_else(|| texts.get("cta.default")), u.as_str().to_string()));
                // A host that listens hears the click before its page is replaced: the link's own
                // navigation would race the message (the host page can unload before handling
                // it), so a plain click posts first and navigates the top window a moment later.
                // Clicks with a modifier (a new tab) keep the link's own behaviour.
                let on_cta = {
                    let (host, frame, id) = (c.host.clone(), c.frame.clone(), outcome.id.clone());
                    let url = cta.as_ref().map(|(_, u)| u.clone()).unwrap_or_default();
                    let framed = props.framed;
                    Callback::from(move |e: MouseEvent| {
                        let plain = e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
                        if framed && host.is_some() && plain {
                            e.prevent_default();
                            browser::navigate_top_soon(url.clone());
                        }
                        browser::post_to_host(
                            host.as_deref(),
                            &HostEvent::Cta { outcome: Some(id.clone()) }.to_message(frame.as_deref()),
                        )
                    })
                };
                // Asked only when the host opted in and can receive messages.
                let consent_for = (c.send_answers && c.host.is_some() && props.framed && session.mode == Mode::Own)
                    .then(|| {
                        texts.fill(
                            "consent.label",
                            &[("who", &c.company.clone().unwrap_or_else(|| texts.get("consent.who_default")))],
                        )
                    });
                let on_consent = {
                    let consented = consented.clone();
                    Callback::from(move |on: bool| consented.set(on))
                };
                html! {
                    <ResultView bank={bank.clone()} model={props.model.clone()} answers={flow.answers().clone()}
                        outcome={outcome.clone()} texts={texts.clone()} shared={session.mode == Mode::Shared}
                        share={share_actions} status={(*status).clone()}
                        cta={cta} on_cta={on_cta} consent_for={consent_for} consented={*consented} on_consent={on_consent}
                        on_restart={act(Action::Restart)} on_back={act(Action::Back)}
                        on_take={send(Command::TakeItYourself)} />
                }
            }
            None => Html::default(),
        },
    };

    let brand = (props.config.company.is_some() || props.config.logo.is_some()).then(|| {
        let company = props.config.company.clone().unwrap_or_default();
        html! {
            <div class="rf-brand">
                if let Some(logo) = &props.config.logo {
                    <img src={logo.as_str().to_string()} alt={if company.is_empty() { String::new() } else { texts.fill("brand.logo", &[("company", &company)]) }} />
                }
                if !company.is_empty() { <span>{ company.clone() }</span> }
            </div>
        }
    });

    html! {
        <main class="rf" aria-label={texts.get("app.label")}>
            { for brand }
            { for props.config.problems.iter().map(|p| html! { <p class="rf-notice" role="alert">{ p.clone() }</p> }) }
            { preview::panel(props.preview.as_ref(), &props.model, &texts) }
            // Shown until the visitor does anything: derived, so nothing extra to keep in state.
            if let (Some(e), true) = (&props.link_error, session == &*props.start) {
                <p class="rf-notice" role="alert">{ texts.get(&format!("link.error.{}", e.key())) }</p>
            }
            if props.saved_stale && props.link_error.is_none() && session == &*props.start {
                <p class="rf-notice" role="alert">{ texts.get("saved.error.bank") }</p>
            }
            { body }
            { for keep_controls }
            <p class="rf-sr" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </main>
    }
}

/// Writes what the session says to sessionStorage and localStorage after each change, under
/// this widget's key for the bank on screen (`engine::saves`). The first write also removes
/// what it replaces: a save from before keys had versions and frames, or of an earlier
/// version of the questions.
#[hook]
fn use_storage(session: &Session, found: &Rc<Saves>, frame: Option<&str>) {
    let frame = frame.map(str::to_string);
    let found = found.clone();
    use_effect_with(session.clone(), move |s| {
        let bank = s.flow.bank();
        let key = saves::key(bank, frame.as_deref());
        let storage = s.storage();
        for (store, write) in [(Store::Tab, storage.tab), (Store::Device, storage.device)] {
            let device = store == Store::Device;
            match write {
                Write::Set(v) => browser::write(device, &key, Some(&v)),
                Write::Remove => browser::write(device, &key, None),
                Write::Leave => continue,
            }
            for (_, old) in found.superseded(bank, frame.as_deref()).iter().filter(|(s, _)| *s == store) {
                browser::write(device, old, None);
            }
        }
    });
}

/// Tells the host page what happens, as the embed contract promises: ready once, started,
/// each step, completed (once per result), and the answers only after the visitor's consent.
#[hook]
fn use_host_events(session: &Session, config: &Config, model: &Rc<Model>, consented: bool, lang: &str) {
    let lang = lang.to_string();
    // What was last reported, so each event goes out once per change.
    let previous = use_mut_ref(|| None::<(Screen, Option<(usize, usize)>, bool, bool, u32)>);
    let (host, frame) = (config.host.clone(), config.frame.clone());
    let send = move |e: HostEvent| browser::post_to_host(host.as_deref(), &e.to_message(frame.as_deref()));
    let flow = &session.flow;
    let deps = (flow.screen(), flow.progress(), session.mode, flow.answers().clone(), consented, session.runs);
    let bank = flow.bank().clone();
    let model = model.clone();
    let send_answers = config.send_answers;
    use_effect_with(deps, move |(screen, progress, mode, answers, consented, runs)| {
        let empty = answers.masks().iter().all(|&m| m == 0);
        let on_question = matches!(screen, Screen::Question(_));
        let before = previous.borrow_mut().replace((*screen, *progress, *consented, empty, *runs));
        let Some((was, was_progress, was_consented, was_empty, was_runs)) = before else {
            send(HostEvent::Ready {
                assessment: bank.assessment().code().into(),
                bank: bank.id().into(),
                lang: lang.clone(),
            });
            if on_question && empty {
                // The host skipped the intro: the visitor starts on the first question.
                send(HostEvent::Started { assessment: bank.assessment().code().into() });
                if let Some((index, total)) = progress {
                    send(HostEvent::Step { index: *index, total: *total });
                }
            }
            return;
        };
        // A run starts when the visitor leaves the intro, or, with the intro off, whenever they
        // are sent back from answers they had to an empty first question: restart, forget (on
        // question 1 too, where only `runs` changes) or "take it yourself". Unticking the last
        // box is not a new run, nor is forgetting before answering anything.
        let had_answers = was == Screen::Result || !was_empty;
        let fresh_run = on_question && empty && had_answers && (was != *screen || *runs != was_runs);
        let new_run = (was == Screen::Intro && on_question) || fresh_run;
        if new_run {
            send(HostEvent::Started { assessment: bank.assessment().code().into() });
        }
        if let (Screen::Question(_), Some((index, total))) = (screen, progress) {
            if new_run || (was, was_progress) != (*screen, *progress) {
                send(HostEvent::Step { index: *index, total: *total });
            }
        }
        if *screen == Screen::Result && *mode == Mode::Own {
            let outcome = outcome::evaluate(&bank, answers, &model);
            if was != Screen::Result {
                send(contract::completed(&outcome));
            }
            if *consented && !was_consented && send_answers {
                send(contract::answers(&bank, answers, &outcome));
            }
        }
    });
}

/// Reports the content's height to the host so the frame fits it exactly (no inner scrollbar).
#[hook]
fn use_height_reporting(config: &Config, framed: bool) {
    let (host, frame) = (config.host.clone(), config.frame.clone());
    use_effect_with((), move |_| {
        // Nobody to tell when not framed by a host: no observer, and no work after each layout.
        let active = host.is_some() && framed;
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
        let observer = if active {
            browser::observe_height(move |height| {
                browser::post_to_host(host.as_deref(), &HostEvent::Height { height }.to_message(frame.as_deref()));
            })
        } else {
            None
        };
        move || {
            drop(sized);
            if let Some((o, _callback)) = observer {
                o.disconnect();
            }
        }
    });
}

/// Once the visitor is on their own assessment, a `#r=` link in the address bar is stale.
/// A result link pasted into this tab later only changes the fragment; start over through
/// the same boot path as a fresh page so it is checked and shown the same way.
#[hook]
fn use_fragment(mode: Mode) {
    use_effect_with(mode, |mode| {
        if *mode == Mode::Own && browser::fragment().starts_with("r=") {
            browser::clear_fragment();
        }
    });
    use_effect_with((), |_| {
        let listener = browser::on_hash_change(|| {
            if browser::fragment().starts_with("r=") {
                browser::reload();
            }
        });
        move || drop(listener)
    });
}

/// Moves focus to the new screen's heading after every step, but not on first load: the
/// widget must not pull focus away from the host page before the visitor engages.
#[hook]
fn use_focus_heading(screen: Screen) {
    let first = use_mut_ref(|| true);
    use_effect_with(screen, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        browser::focus_by_id("rf-heading");
    });
}
