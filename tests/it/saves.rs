//! Where progress is kept, native: saves follow the bank actually shown and the widget they
//! were made in, an earlier version's saves are reported and replaced, and "take it
//! yourself" from a link to the other assessment continues that assessment's own progress.

use crate::support::content;
use std::rc::Rc;

use rolefit::config::Config;
use rolefit::engine::saves::{key, Saves, Store};
use rolefit::engine::session::{Command, Keep, Mode, Session, Write};
use rolefit::engine::{share, Action, Bank, ChoiceIndex, Flow, QuestionIndex, Screen};
use rolefit::ui::start::{props_for, Boot};

/// A save value of `bank` with the first question answered, on question 2.
fn progress(bank: &Bank) -> String {
    let flow = Flow::new(Rc::new(bank.clone()))
        .apply(Action::Start)
        .apply(Action::Pick(QuestionIndex(0), ChoiceIndex(0)))
        .apply(Action::Next);
    let session = Session { flow, ..Session::new(Rc::new(bank.clone())) };
    let Write::Set(value) = session.storage().tab else { panic!("started, so saved") };
    value
}

fn start(query: &str, saves: Saves, custom: Option<rolefit::ui::custom_bank::CustomBank>) -> Session {
    let boot = Boot { saves, ..Boot::default() };
    let props = props_for(Config::from_query(query), &boot, custom);
    (*props.start).clone()
}

fn on_question_2(s: &Session) -> bool {
    s.flow.screen() == Screen::Question(QuestionIndex(1))
}

#[test]
fn keys_tell_banks_versions_and_frames_apart() {
    let c = content();
    assert_eq!(key(&c.team, None), format!("rolefit.progress.team.{:08x}", c.team.fingerprint()));
    assert_eq!(
        key(&c.team, Some("rf-careers")),
        format!("rolefit.progress.team.{:08x}.rf-careers", c.team.fingerprint())
    );
    // A custom bank has keys of its own, even with a shipped bank's id.
    let copy = Bank::parse(include_str!("../../content/team.json"), &c.model).expect("parses");
    assert_eq!((copy.id(), copy.fingerprint()), ("team", c.team.fingerprint()));
    assert_eq!(key(&copy, None), format!("rolefit.progress.+team.{:08x}", c.team.fingerprint()));
}

#[test]
fn a_custom_copy_of_a_shipped_bank_leaves_the_shipped_banks_saves_alone() {
    let c = content();
    // A host's copy of team.json with one weight changed: same id, another fingerprint.
    let copy =
        include_str!("../../content/team.json").replacen(r#""weights": {"scale": 1}"#, r#""weights": {"scale": 2}"#, 1);
    let copy = Bank::parse(&copy, &c.model).expect("parses");
    let saves = crate::support::saves(&[
        (Store::Tab, &key(&c.team, None), &progress(&c.team)),
        (Store::Device, "rolefit.progress.team", &progress(&c.team)),
    ]);
    let found = saves.find(&copy, None);
    assert_eq!(found, rolefit::engine::saves::Found::default(), "nothing of the shipped bank's is read as the copy's");
    assert!(saves.superseded(&copy, None).is_empty(), "nor removed by the copy's first write");
    // And the other way round.
    let saves = crate::support::saves(&[(Store::Tab, &key(&copy, None), &progress(&copy))]);
    assert_eq!(saves.find(&c.team, None), rolefit::engine::saves::Found::default());
    assert!(saves.superseded(&c.team, None).is_empty());
}

#[test]
fn a_refused_custom_bank_resumes_the_built_in_banks_save() {
    let c = content();
    // Valid JSON with its own id, but it fails validation: the built-in team bank is shown.
    let broken = r#"{"id":"broken","assessment":"team","title":"x","intro":"x","questions":[]}"#;
    let saves = crate::support::saves(&[(Store::Tab, &key(&c.team, None), &progress(&c.team))]);
    let s = start("?assessment=team&bank=broken.json", saves, Some(Ok(broken.into())));
    assert_eq!(s.flow.bank().id(), "team");
    assert!(on_question_2(&s), "resumed under the shown bank's key");
}

#[test]
fn two_widgets_with_the_same_bank_keep_their_own_progress() {
    let c = content();
    let saves = crate::support::saves(&[(Store::Tab, &key(&c.candidate, Some("rf-1")), &progress(&c.candidate))]);
    assert!(on_question_2(&start("?frame=rf-1", saves.clone(), None)));
    assert_eq!(start("?frame=rf-2", saves.clone(), None).flow.screen(), Screen::Intro, "the other widget starts fresh");
    assert_eq!(start("", saves, None).flow.screen(), Screen::Intro, "and so does the widget's own page");
}

#[test]
fn a_save_from_before_versioned_keys_is_resumed_once_and_then_replaced() {
    let c = content();
    let legacy = "rolefit.progress.candidate";
    let saves = crate::support::saves(&[(Store::Device, legacy, &progress(&c.candidate))]);
    let s = start("", saves.clone(), None);
    assert!(on_question_2(&s) && s.keep == Keep::ThisDevice, "an update of the widget loses nobody's progress");
    assert_eq!(saves.superseded(&c.candidate, None), vec![(Store::Device, legacy.to_string())]);
    assert!(saves.superseded(&c.team, None).is_empty(), "another bank's saves are not touched");
}

#[test]
fn an_earlier_versions_save_is_reported_and_replaced_by_the_next_write() {
    let c = content();
    let earlier = format!("rolefit.progress.candidate.{:08x}", c.candidate.fingerprint() ^ 1);
    let saves = crate::support::saves(&[(Store::Tab, &earlier, "2:whatever")]);
    let found = saves.find(&c.candidate, None);
    assert!(found.earlier && found.tab.is_none());
    let props = props_for(Config::from_query(""), &Boot { saves: saves.clone(), ..Boot::default() }, None);
    assert!(props.saved_stale, "the visitor is told");
    assert_eq!(saves.superseded(&c.candidate, None), vec![(Store::Tab, earlier.clone())]);
    // Not another widget's, nor another bank's.
    assert!(saves.superseded(&c.candidate, Some("rf-1")).is_empty());
    assert!(!saves.find(&c.team, None).earlier);
}

#[test]
fn take_it_yourself_from_a_link_to_the_other_assessment_keeps_its_progress() {
    let c = content();
    // This widget shows the candidate assessment; the visitor has team progress kept on this
    // device in it, and opens a link to someone's team result.
    let team_save = progress(&c.team);
    let saves = crate::support::saves(&[(Store::Device, &key(&c.team, Some("rf-1")), &team_save)]);
    let answers =
        rolefit::engine::Answers::from_masks(&c.team, c.team.questions().iter().map(|_| 1).collect()).expect("valid");
    let code = share::encode(&c.team, &answers);
    let boot = Boot { saves, fragment: format!("r={code}"), ..Boot::default() };
    let props = props_for(Config::from_query("?assessment=candidate&frame=rf-1"), &boot, None);
    assert_eq!(props.start.mode, Mode::Shared);
    let own = props.start.apply(Command::TakeItYourself);
    assert_eq!(own.flow.bank().id(), "team");
    assert!(on_question_2(&own), "continues the visitor's own team progress");
    assert_eq!(own.keep, Keep::ThisDevice, "and keeps it on the device");
    // The next answer updates that save instead of removing it.
    let next = own.apply(Command::Flow(Action::Pick(QuestionIndex(1), ChoiceIndex(0))));
    assert!(matches!(next.storage().device, Write::Set(_)), "{:?}", next.storage());
}
