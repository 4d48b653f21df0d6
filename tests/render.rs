//! Rendering tests, native: Yew's server renderer turns components into HTML without a
//! browser, and the tests assert on what a person would read (headings, labels, table cells).
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolefit::engine::outcome::evaluate;
use rolefit::engine::{Action, Assessment, Bank, ChoiceIndex, Content, Flow, QuestionIndex, Screen};
use rolefit::ui::question_view::{QuestionView, QuestionViewProps};
use rolefit::ui::result_view::{ResultView, ResultViewProps};
use rolefit::ui::{App, Texts};
use yew::{BaseComponent, Callback, LocalServerRenderer};

fn render<C: BaseComponent>(props: C::Properties) -> String {
    let rt = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, LocalServerRenderer::<C>::with_props(props).hydratable(false).render())
}

fn content() -> Content {
    Content::shipped().expect("valid content")
}

/// Answers every question with its first choice.
fn first_choices(bank: Rc<Bank>) -> Flow {
    let mut flow = Flow::new(bank).apply(Action::Start);
    while let Screen::Question(q) = flow.screen() {
        if !flow.can_continue() {
            flow = flow.apply(Action::Pick(q, ChoiceIndex(0)));
        }
        flow = flow.apply(Action::Next);
    }
    flow
}

#[test]
fn intro_renders_the_title_and_a_start_button() {
    let props = rolefit::ui::props_for(rolefit::config::Config::from_query("?assessment=team")).expect("props");
    let title = props.bank.title().to_string();
    let html = render::<App>(props);
    assert!(html.contains(&title), "{html}");
    assert!(html.contains(">Start</button>"), "{html}");
    assert!(!html.contains("rf-notice"), "no configuration problem shown");
}

#[test]
fn a_bad_parameter_is_shown_and_the_widget_still_renders() {
    let props = rolefit::ui::props_for(rolefit::config::Config::from_query("?assessment=hr")).expect("props");
    let html = render::<App>(props);
    assert!(html.contains("role=\"alert\""), "{html}");
    assert!(html.contains("assessment \"hr\" is not known"), "{html}");
    assert!(html.contains(">Start</button>"), "falls back to the candidate assessment");
}

#[test]
fn question_screen_renders_prompt_choices_and_progress() {
    let c = content();
    let q = c.candidate.question(QuestionIndex(0)).clone();
    let html = render::<QuestionView>(QuestionViewProps {
        question: q.clone(),
        mask: 0b10,
        position: 1,
        total: c.candidate.len(),
        can_continue: true,
        editing: false,
        texts: Rc::new(Texts::english()),
        on_pick: Callback::noop(),
        on_next: Callback::noop(),
        on_back: Callback::noop(),
    });
    assert!(html.contains(&format!("Question 1 of {}", c.candidate.len())), "{html}");
    assert!(html.contains("<legend>"), "the prompt is the fieldset's legend: {html}");
    assert!(html.contains(&q.prompt), "{html}");
    for choice in &q.choices {
        assert!(html.contains(&choice.label.replace('\'', "&#x27;")) || html.contains(&choice.label), "choice {} missing", choice.label);
    }
    assert_eq!(html.matches("type=\"radio\"").count(), q.choices.len());
    assert_eq!(html.matches(" checked").count(), 1, "exactly the chosen choice is checked: {html}");
}

fn result_html(assessment: Assessment) -> (String, rolefit::engine::Outcome, Content) {
    let c = content();
    let bank = Rc::new(c.bank(assessment).clone());
    let flow = first_choices(bank.clone());
    let model = Rc::new(c.model.clone());
    let outcome = evaluate(&bank, flow.answers(), &model);
    let html = render::<ResultView>(ResultViewProps {
        bank,
        model,
        answers: flow.answers().clone(),
        outcome: Rc::new(outcome.clone()),
        texts: Rc::new(Texts::english()),
        on_restart: Callback::noop(),
        on_back: Callback::noop(),
    });
    (html, outcome, c)
}

#[track_caller]
fn check_split_table(html: &str, outcome: &rolefit::engine::Outcome, c: &Content) {
    let table = &html[html.find("<table").expect("a table")..html.find("</table>").expect("table end")];
    // One column per person, one row per responsibility.
    assert_eq!(table.matches("<th scope=\"col\"").count(), outcome.split.people.len() + 1, "{table}");
    for r in &c.model.responsibilities {
        assert_eq!(table.matches(&format!(">{}</th>", r.label)).count(), 1, "row {} exactly once", r.label);
    }
    // Exactly one owner mark per responsibility.
    assert_eq!(table.matches("class=\"rf-own\"").count(), c.model.responsibilities.len(), "{table}");
}

#[test]
fn candidate_result_shows_fit_split_reasons_and_interview_questions() {
    let (html, outcome, c) = result_html(Assessment::Candidate);
    let title = &c.model.outcome(&outcome.id).expect("texts").title;
    assert!(html.contains(title.as_str()), "{html}");
    for role in ["Product Manager", "Product Owner", "Project Manager"] {
        assert!(html.contains(role), "{role}");
    }
    assert!(html.contains("Why"), "{html}");
    assert!(html.contains("Interview questions to prepare for"), "{html}");
    check_split_table(&html, &outcome, &c);
}

#[test]
fn team_result_shows_setup_split_and_next_steps() {
    let (html, outcome, c) = result_html(Assessment::Team);
    let text = c.model.outcome(&outcome.id).expect("texts");
    assert!(html.contains(&text.title.replace('\'', "&#x27;")) || html.contains(&text.title), "{html}");
    assert!(html.contains("Next steps"), "{html}");
    for step in &text.now {
        assert!(html.contains(step.as_str()), "step {step}");
    }
    for rule in &outcome.rules {
        assert!(html.contains(&format!("<strong>{}</strong>", rule.id.0)), "rule {} listed", rule.id.0);
    }
    check_split_table(&html, &outcome, &c);
}
