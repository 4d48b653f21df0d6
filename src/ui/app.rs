//! The app: one `use_reducer` over the engine's `Flow`, the screen switch, focus and the
//! live region. Browser APIs are used only inside effects.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::engine::model::Model;
use crate::engine::{outcome, Action, Bank, ChoiceIndex, Flow, QuestionIndex, Screen};

use super::i18n::Texts;
use super::intro::Intro;
use super::question_view::QuestionView;
use super::result_view::ResultView;
use super::summary::Summary;

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub bank: Rc<Bank>,
    pub model: Rc<Model>,
    pub texts: Rc<Texts>,
    pub config: Config,
}

/// The reducer's state: the engine's flow and nothing else.
#[derive(Clone, PartialEq)]
pub struct State(pub Flow);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State(self.0.apply(action)))
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let bank = props.bank.clone();
    let state = use_reducer(move || State(Flow::new(bank)));
    let flow = &state.0;
    let texts = props.texts.clone();

    let act = |action: Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: ()| dispatcher.dispatch(action))
    };
    let on_pick = {
        let dispatcher = state.dispatcher();
        let screen = flow.screen();
        Callback::from(move |c: ChoiceIndex| {
            if let Screen::Question(q) = screen {
                dispatcher.dispatch(Action::Pick(q, c));
            }
        })
    };
    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |q: QuestionIndex| dispatcher.dispatch(Action::Edit(q)))
    };

    // Move focus to the new screen's heading after every step, but not on first load: the
    // widget must not pull focus away from the host page before the visitor engages.
    use_focus_heading(flow.screen());
    let result = (flow.screen() == Screen::Result)
        .then(|| Rc::new(outcome::evaluate(&props.bank, flow.answers(), &props.model)));
    let announcement = announcement(flow, result.as_deref(), &props.model, &texts);

    let body = match flow.screen() {
        Screen::Intro => html! {
            <Intro bank={props.bank.clone()} texts={texts.clone()} offer_other={!props.config.assessment_fixed}
                on_start={act(Action::Start)} />
        },
        Screen::Question(q) => {
            let (n, total) = flow.progress().unwrap_or((1, 1));
            html! {
                <QuestionView key={q.0} question={props.bank.question(q).clone()} mask={flow.answers().mask(q)}
                    position={n} total={total} can_continue={flow.can_continue()} editing={flow.is_editing()}
                    texts={texts.clone()} on_pick={on_pick} on_next={act(Action::Next)} on_back={act(Action::Back)} />
            }
        }
        Screen::Summary => html! {
            <Summary bank={props.bank.clone()} answers={flow.answers().clone()} visible={flow.visible()}
                complete={flow.is_complete()} texts={texts.clone()} on_edit={on_edit}
                on_finish={act(Action::Finish)} on_back={act(Action::Back)} />
        },
        Screen::Result => match result {
            Some(outcome) => html! {
                <ResultView bank={props.bank.clone()} model={props.model.clone()} answers={flow.answers().clone()}
                    outcome={outcome} texts={texts.clone()}
                    on_restart={act(Action::Restart)} on_back={act(Action::Back)} />
            },
            None => Html::default(),
        },
    };

    html! {
        <main class="rf" aria-label={texts.get("app.label")}>
            { for props.config.problems.iter().map(|p| html! { <p class="rf-notice" role="alert">{ p.clone() }</p> }) }
            { body }
            <p class="rf-sr" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </main>
    }
}

/// What the live region says for the current screen.
fn announcement(flow: &Flow, result: Option<&outcome::Outcome>, model: &Model, texts: &Texts) -> String {
    match flow.screen() {
        Screen::Intro => String::new(),
        Screen::Question(_) => {
            let (n, total) = flow.progress().unwrap_or((1, 1));
            texts.fill("question.progress", &[("n", &n.to_string()), ("total", &total.to_string())])
        }
        Screen::Summary => texts.get("summary.title"),
        Screen::Result => result.and_then(|o| model.outcome(&o.id)).map(|t| t.headline.clone()).unwrap_or_default(),
    }
}

#[hook]
fn use_focus_heading(screen: Screen) {
    let first = use_mut_ref(|| true);
    use_effect_with(screen, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        focus_by_id("rf-heading");
    });
}

fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}
