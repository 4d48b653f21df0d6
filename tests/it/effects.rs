//! What the shell carries out after each change (`rolefit::effects`), one rule per test:
//! the host's events, storage, the stale result link and focus. Native and pure: these rules
//! used to live in the app's hooks, reached only by the end-to-end suite.

use crate::support::content;
use std::rc::Rc;

use rolefit::contract::Event;
use rolefit::effects::{effects, Effect, Host};
use rolefit::engine::session::{Command, Session};
use rolefit::engine::{Action, Answers, ChoiceIndex, Content, QuestionIndex};

const HOST: fn() -> Host = || Host { listening: true, send_answers: true, lang: rolefit::config::Lang::En };

/// The events among the effects of `before` → `after`, by type.
fn events(c: &Content, before: Option<&Session>, after: &Session, host: &Host) -> Vec<&'static str> {
    effects(before, after, host, &c.model, 0)
        .into_iter()
        .filter_map(|e| match e {
            Effect::Post(event) => Some(event.kind()),
            _ => None,
        })
        .collect()
}

fn apply(s: &Session, commands: &[Command]) -> Session {
    commands.iter().fold(s.clone(), |s, c| s.apply(c.clone()))
}

fn pick(q: usize, c: usize) -> Command {
    Command::Flow(Action::Pick(QuestionIndex(q), ChoiceIndex(c)))
}

/// A session on the candidate bank's result, every question answered with its first choice.
fn on_result(c: &Content) -> Session {
    let mut s = Session::new(Rc::new(c.candidate.clone())).apply(Command::Flow(Action::Start));
    for q in 0..c.candidate.len() {
        s = apply(&s, &[pick(q, 0), Command::Flow(Action::Next)]);
    }
    s.apply(Command::Flow(Action::Finish))
}

#[test]
fn the_first_render_says_ready_and_nothing_else() {
    let c = content();
    let s = Session::new(Rc::new(c.team.clone()));
    assert_eq!(events(&c, None, &s, &HOST()), ["ready"]);
    let all = effects(None, &s, &HOST(), &c.model, 0);
    assert!(!all.contains(&Effect::FocusHeading), "no focus moved before the visitor engages");
    assert!(all.contains(&Effect::DropSharedLink));
}

#[test]
fn resumed_progress_tells_the_host_which_question_it_opens_on() {
    // After a reload the run goes on: no new `started`, but the step shown, so the host page
    // (and embed.js's `abandoned`) knows where the visitor is.
    let c = content();
    let s = Session::new(Rc::new(c.candidate.clone()))
        .apply(Command::Flow(Action::Start))
        .apply(Command::Flow(Action::Pick(QuestionIndex(0), ChoiceIndex(0))))
        .apply(Command::Flow(Action::Next));
    assert_eq!(events(&c, None, &s, &HOST()), ["ready", "step"]);
}

#[test]
fn with_the_intro_off_the_first_render_also_starts_a_run() {
    let c = content();
    let s = Session::new(Rc::new(c.team.clone())).without_intro();
    assert_eq!(events(&c, None, &s, &HOST()), ["ready", "started", "step"]);
}

#[test]
fn a_host_that_cannot_listen_hears_nothing() {
    let c = content();
    let s = Session::new(Rc::new(c.team.clone()));
    let deaf = Host { listening: false, ..HOST() };
    assert!(events(&c, None, &s, &deaf).is_empty());
    assert!(events(&c, Some(&s), &s.apply(Command::Flow(Action::Start)), &deaf).is_empty());
}

#[test]
fn start_is_a_new_run_on_question_one() {
    let c = content();
    let s = Session::new(Rc::new(c.candidate.clone()));
    let started = s.apply(Command::Flow(Action::Start));
    assert_eq!(events(&c, Some(&s), &started, &HOST()), ["started", "step"]);
    let Some(Effect::Post(Event::Step { index, total, .. })) = effects(Some(&s), &started, &HOST(), &c.model, 0)
        .into_iter()
        .find(|e| matches!(e, Effect::Post(Event::Step { .. })))
    else {
        panic!("a step")
    };
    assert_eq!((index, total), (1, c.candidate.len()));
}

#[test]
fn picking_an_answer_is_no_step_and_moving_on_is_one() {
    let c = content();
    let s = Session::new(Rc::new(c.candidate.clone())).apply(Command::Flow(Action::Start));
    let picked = s.apply(pick(0, 1));
    assert!(events(&c, Some(&s), &picked, &HOST()).is_empty());
    assert!(matches!(effects(Some(&s), &picked, &HOST(), &c.model, 0)[..], [Effect::Store(_)]), "only the save");
    assert_eq!(events(&c, Some(&picked), &picked.apply(Command::Flow(Action::Next)), &HOST()), ["step"]);
}

#[test]
fn a_new_screen_moves_focus_and_the_same_screen_does_not() {
    let c = content();
    let s = Session::new(Rc::new(c.candidate.clone()));
    let started = s.apply(Command::Flow(Action::Start));
    assert!(effects(Some(&s), &started, &HOST(), &c.model, 0).contains(&Effect::FocusHeading));
    assert!(!effects(Some(&started), &started.apply(pick(0, 0)), &HOST(), &c.model, 0).contains(&Effect::FocusHeading));
}

#[test]
fn an_unchanged_session_does_nothing() {
    let c = content();
    let s = on_result(&c);
    assert!(effects(Some(&s), &s, &HOST(), &c.model, 0).is_empty());
}

#[test]
fn a_result_is_completed_once_and_again_after_a_change() {
    let c = content();
    let result = on_result(&c);
    let summary = result.apply(Command::Flow(Action::Back));
    assert_eq!(events(&c, Some(&summary), &summary.apply(Command::Flow(Action::Finish)), &HOST()), ["completed"]);
    assert!(events(
        &c,
        Some(&result),
        &result.apply(Command::Keep(rolefit::engine::session::Keep::ThisDevice)),
        &HOST()
    )
    .is_empty());
}

#[test]
fn answers_go_only_with_consent_and_only_if_the_host_asked() {
    let c = content();
    let result = on_result(&c);
    let consented = result.apply(Command::Consent(true));
    assert_eq!(events(&c, Some(&result), &consented, &HOST()), ["answers"]);
    let not_asked = Host { send_answers: false, ..HOST() };
    assert!(events(&c, Some(&result), &consented, &not_asked).is_empty());
    assert!(events(&c, Some(&result), &result, &HOST()).is_empty(), "no consent, no answers");
    let kept = consented.apply(Command::Keep(rolefit::engine::session::Keep::ThisDevice));
    assert!(events(&c, Some(&consented), &kept, &HOST()).is_empty(), "sent once per consent, not on every change");
}

#[test]
fn consent_is_for_the_result_on_screen_only() {
    let c = content();
    let consented = on_result(&c).apply(Command::Consent(true));
    let back = consented.apply(Command::Flow(Action::Back));
    assert!(!back.consented, "leaving the result clears it");
    let again = back.apply(Command::Flow(Action::Finish));
    assert!(!again.consented && events(&c, Some(&back), &again, &HOST()) == ["completed"], "asked again");
    let on_question = Session::new(Rc::new(c.candidate.clone())).apply(Command::Flow(Action::Start));
    assert!(!on_question.apply(Command::Consent(true)).consented, "only on a result");
}

#[test]
fn with_the_intro_off_restart_and_forget_start_new_runs() {
    let c = content();
    let s = Session::new(Rc::new(c.team.clone())).without_intro();
    let answered = s.apply(pick(0, 0));
    let forgotten = answered.apply(Command::Forget);
    assert_eq!(events(&c, Some(&answered), &forgotten, &HOST()), ["started", "step"], "forget on question 1");
    assert!(events(&c, Some(&s), &s.apply(Command::Forget), &HOST()).is_empty(), "forget before answering");
    let moved = answered.apply(Command::Flow(Action::Next));
    assert_eq!(events(&c, Some(&moved), &moved.apply(Command::Flow(Action::Restart)), &HOST()), ["started", "step"]);
}

#[test]
fn a_shared_result_is_not_the_visitors_and_taking_it_yourself_drops_the_link() {
    let c = content();
    let bank = Rc::new(c.candidate.clone());
    let answers = Answers::from_masks(&bank, bank.questions().iter().map(|_| 1).collect()).expect("valid");
    let shared = Session::shared(bank, answers);
    let first = effects(None, &shared, &HOST(), &c.model, 0);
    assert!(!first.contains(&Effect::DropSharedLink), "the link stays while it is shown");
    assert_eq!(events(&c, None, &shared, &HOST()), ["ready"], "no completed for someone else's result");
    let own = shared.apply(Command::TakeItYourself);
    assert!(effects(Some(&shared), &own, &HOST(), &c.model, 0).contains(&Effect::DropSharedLink));
}
