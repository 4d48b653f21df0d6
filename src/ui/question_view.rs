//! One question: a fieldset whose legend is the heading, native radio buttons or check
//! boxes (so arrow keys, Space and screen readers work as everywhere), Enter to continue.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{ChoiceIndex, Question, QuestionKind};

use super::i18n::Texts;

#[derive(Properties, PartialEq)]
pub struct QuestionViewProps {
    pub question: Question,
    /// The chosen choices, one bit each.
    pub mask: u16,
    /// 1-based position among the questions asked, and how many are asked.
    pub position: usize,
    pub total: usize,
    pub can_continue: bool,
    /// Changing one answer from the summary: Back returns there.
    pub editing: bool,
    /// False on the first question when the host turned the intro off: there is nothing before it.
    pub can_go_back: bool,
    pub texts: Rc<Texts>,
    pub on_pick: Callback<ChoiceIndex>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
}

/// The question on its own, as a component (the native rendering tests use it); the app
/// calls `view`, like the result's (`result_view::ResultView`).
#[component]
pub fn QuestionView(props: &QuestionViewProps) -> Html {
    view(props)
}

/// The form is keyed by its question, so the next question is a new form rather than this
/// one patched in place (measured faster, and no state of one question's inputs carries over).
pub fn view(props: &QuestionViewProps) -> Html {
    let t = &props.texts;
    let q = &props.question;
    let name = format!("rf-q-{}", q.id.0);
    let multiple = matches!(q.kind, QuestionKind::Multiple { .. });
    let onsubmit = {
        let on_next = props.on_next.clone();
        let can = props.can_continue;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if can {
                on_next.emit(());
            }
        })
    };
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    let progress = t.fill(
        "question.progress",
        &[("n", &t.number(props.position as u64)), ("total", &t.number(props.total as u64))],
    );
    // Choice ids live under "-c-", so a choice called "help" or "max" cannot take the hints' ids.
    let help_id = format!("{name}-help");
    let limit = match q.kind {
        QuestionKind::Multiple { max } => {
            let full = crate::engine::flow::limit_reached(q, props.mask);
            Some(t.fill(
                if full { "question.multiple_full" } else { "question.multiple" },
                &[("max", &t.number(max as u64))],
            ))
        }
        _ => None,
    };
    let max_id = format!("{name}-max");
    let described_by: Vec<&str> = [q.help.as_ref().map(|_| help_id.as_str()), limit.as_ref().map(|_| max_id.as_str())]
        .into_iter()
        .flatten()
        .collect();

    let choices = q.choices.iter().enumerate().map(|(i, c)| {
        let id = format!("{name}-c-{}", c.id.0);
        let checked = props.mask & (1 << i) != 0;
        let onchange = props.on_pick.reform(move |_: Event| ChoiceIndex(i));
        html! {
            <label class="rf-choice" for={id.clone()} key={c.id.0.clone()}>
                <input type={if multiple { "checkbox" } else { "radio" }} id={id} name={name.clone()}
                    value={c.id.0.clone()} checked={checked} onchange={onchange} />
                <span>{ &c.label }</span>
            </label>
        }
    });
    // State as data attributes and `:has`, not class lists: a class that is not a literal goes
    // through Yew's `Classes`, an index set the visitors' build otherwise does without.
    let layout = matches!(q.kind, QuestionKind::Scale).then_some("scale");
    html! {
        <form class="rf-card rf-question" key={q.id.0.clone()} onsubmit={onsubmit} novalidate=true>
            <div class="rf-progress">
                <span class="rf-progress-text">{ progress }</span>
                // The text says it; the bar only shows it (and needs no style attribute, which a
                // strict Content-Security-Policy would block).
                <progress class="rf-progress-bar" aria-hidden="true" max={props.total.max(1).to_string()}
                    value={props.position.to_string()}></progress>
            </div>
            <fieldset aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}>
                <legend><h2 id="rf-heading" tabindex="-1">{ &q.prompt }</h2></legend>
                if let Some(help) = &q.help {
                    <p class="rf-help" id={help_id.clone()}>{ help }</p>
                }
                if let Some(limit) = limit {
                    // A live region: at the limit, a further tick is refused, and this says why.
                    <p class="rf-help" id={max_id.clone()} role="status">{ limit }</p>
                }
                <div class="rf-choices" data-layout={layout}>{ for choices }</div>
            </fieldset>
            <div class="rf-nav">
                if props.can_go_back {
                    <button type="button" class="rf-button" onclick={on_back}>
                        { t.get(if props.editing { "question.to_summary" } else { "question.back" }) }
                    </button>
                }
                <button type="submit" class="rf-button rf-primary" disabled={!props.can_continue}>{ t.get("question.next") }</button>
            </div>
        </form>
    }
}
