//! The answer summary before the result: every asked question with its answer and a
//! button to change it.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Answers, Bank, QuestionIndex};

use super::i18n::Texts;

/// What the summary shows; a plain function of it, like the intro (`intro::IntroProps`).
pub struct SummaryProps {
    pub bank: Rc<Bank>,
    pub answers: Answers,
    pub visible: Vec<QuestionIndex>,
    pub complete: bool,
    pub texts: Rc<Texts>,
    pub on_edit: Callback<QuestionIndex>,
    pub on_finish: Callback<()>,
    pub on_back: Callback<()>,
}

/// The labels of the chosen choices, joined for reading.
pub fn answer_text(bank: &Bank, answers: &Answers, q: QuestionIndex) -> Vec<String> {
    answers.chosen(q).filter_map(|c| bank.question(q).choices.get(c.0)).map(|c| c.label.clone()).collect()
}

pub fn view(props: &SummaryProps) -> Html {
    let t = &props.texts;
    let rows = props.visible.iter().map(|&q| {
        let question = props.bank.question(q);
        let labels = answer_text(&props.bank, &props.answers, q);
        let on_edit = props.on_edit.reform(move |_: MouseEvent| q);
        html! {
            <li class="rf-summary-row" key={question.id.0.clone()}>
                <div class="rf-summary-text">
                    <span class="rf-summary-topic">{ &question.topic }</span>
                    <span class="rf-summary-answer">
                        if labels.is_empty() { { t.get("summary.unanswered") } } else { { t.list(&labels) } }
                    </span>
                </div>
                <button type="button" class="rf-button rf-small" onclick={on_edit}
                    aria-label={t.fill("summary.change_label", &[("topic", &question.topic)])}>
                    { t.get("summary.change") }
                </button>
            </li>
        }
    });
    html! {
        <section class="rf-card rf-summary">
            <h2 id="rf-heading" tabindex="-1">{ t.get("summary.title") }</h2>
            <p class="rf-lead">{ t.get("summary.lead") }</p>
            <ol class="rf-summary-list">{ for rows }</ol>
            <div class="rf-nav">
                <button type="button" class="rf-button" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.get("question.back") }</button>
                <button type="button" class="rf-button rf-primary" disabled={!props.complete}
                    onclick={props.on_finish.reform(|_: MouseEvent| ())}>{ t.get("summary.finish") }</button>
            </div>
        </section>
    }
}
