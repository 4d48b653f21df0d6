//! The content that ships with the widget: the role model and the two banks. `build.rs`
//! makes it with `Content::parse` when the widget is built and compiles the result in
//! (`engine::shipped` has `Content::shipped`), so an invalid file fails the build with the
//! parser's messages and a visitor's browser parses no JSON for it.

use super::bank::{Assessment, Bank, Signal};
use super::error::BankError;
use super::model::{Model, RuleId};

pub struct Content {
    pub model: Model,
    pub candidate: Bank,
    pub team: Bank,
}

/// Where the shipped content's files are, from the crate's root (`build.rs` reads them).
pub const FILES: [&str; 3] = ["content/model.json", "content/candidate.json", "content/team.json"];

/// The English UI strings, compiled in the same way (`engine::shipped::ui_strings`).
pub const UI_STRINGS: &str = "content/i18n/en.json";

/// UI strings only some builds can show, by key prefix: the cargo feature whose code (one
/// file) names them, or none for the texts only `web/boot.js` shows, before any wasm runs.
/// `build.rs` leaves them out of the other builds; `tests/it/tidy.rs` checks that no other
/// file names them.
pub const FEATURE_STRINGS: [(&str, Option<(&str, &str)>); 3] = [
    ("boot.", None),
    ("lead.", Some(("lead", "src/ui/lead_form.rs"))),
    ("preview.", Some(("preview", "src/ui/preview.rs"))),
];

/// UI strings only one assessment's intro or result shows, by key prefix: a build without
/// that assessment (Cargo's `candidate` and `team` features, named by the assessments'
/// codes) leaves them out. `tests/it/render.rs` renders each assessment's intro and results
/// with only the strings its build keeps and compares them with the same rendered with all.
pub const ASSESSMENT_STRINGS: [(&str, Assessment); 32] = [
    ("intro.candidate.", Assessment::Candidate),
    ("intro.switch.candidate", Assessment::Candidate),
    ("intro.team.", Assessment::Team),
    ("intro.switch.team", Assessment::Team),
    ("candidate.", Assessment::Candidate),
    ("confidence.", Assessment::Candidate),
    ("result.kicker.candidate", Assessment::Candidate),
    ("result.fit", Assessment::Candidate),
    ("result.best_fit", Assessment::Candidate),
    ("result.margin", Assessment::Candidate),
    ("result.roles", Assessment::Candidate),
    ("result.horizon", Assessment::Candidate),
    ("result.strengths", Assessment::Candidate),
    ("result.growth", Assessment::Candidate),
    ("result.week", Assessment::Candidate),
    ("result.interview", Assessment::Candidate),
    ("result.kicker.team", Assessment::Team),
    ("result.next", Assessment::Team),
    ("result.now", Assessment::Team),
    ("result.shares", Assessment::Team),
    ("result.fill", Assessment::Team),
    ("person.founder", Assessment::Team),
    ("person.insider", Assessment::Team),
    ("person.existing", Assessment::Team),
    ("person.hire", Assessment::Team),
    ("person.stopgap", Assessment::Team),
    ("person.po-per-product", Assessment::Team),
    ("person.pm-per-line", Assessment::Team),
    ("person.client", Assessment::Team),
    ("person.committee", Assessment::Team),
    ("person.covering", Assessment::Team),
    ("person.covers.", Assessment::Team),
];

/// Whether a build with `has_feature` shows the UI string `key`: not one of `FEATURE_STRINGS`
/// without its feature, nor of `ASSESSMENT_STRINGS` without its assessment, nor the name of
/// a signal (`signal.<name>`, in the result's reasons) of an assessment the build leaves out.
/// A bank weighs only its own assessment's signals (`Bank::parse`).
pub fn shows_string(key: &str, has_feature: impl Fn(&str) -> bool) -> bool {
    let of_a_kept_assessment = |signal: Signal| {
        [Assessment::Candidate, Assessment::Team]
            .into_iter()
            .any(|a| Signal::allowed(a).contains(&signal) && has_feature(a.code()))
    };
    let signal_shown = key.strip_prefix("signal.").and_then(Signal::from_name).is_none_or(of_a_kept_assessment);
    signal_shown
        && ASSESSMENT_STRINGS.iter().all(|(prefix, a)| !key.starts_with(prefix) || has_feature(a.code()))
        && FEATURE_STRINGS
            .iter()
            .all(|(prefix, owner)| !key.starts_with(prefix) || owner.is_some_and(|(f, _)| has_feature(f)))
}

impl Content {
    /// Parses and validates the texts of `FILES`, in that order, marking the banks as
    /// shipped. Returns every problem found, named by file and path.
    pub fn parse(model: &str, candidate: &str, team: &str) -> Result<Content, Vec<BankError>> {
        let model = Model::parse(model)?;
        let candidate = Bank::parse(candidate, &model);
        let team = Bank::parse(team, &model);
        match (candidate, team) {
            (Ok(candidate), Ok(team)) => {
                Ok(Content { model, candidate: candidate.into_shipped(), team: team.into_shipped() })
            }
            (candidate, team) => Err([candidate.err(), team.err()].into_iter().flatten().flatten().collect()),
        }
    }

    /// The model as a build with only these assessments needs it (`Model::only_for`), the
    /// rules their banks' answers cite kept.
    pub fn model_for(&self, candidate: bool, team: bool) -> Model {
        let banks = [(candidate, &self.candidate), (team, &self.team)];
        let cited: Vec<RuleId> = banks
            .iter()
            .filter(|(kept, _)| *kept)
            .flat_map(|(_, bank)| {
                bank.questions().iter().flat_map(|q| &q.choices).flat_map(|c| c.rules.iter().cloned())
            })
            .collect();
        self.model.clone().only_for(candidate, team, &cited)
    }

    pub fn bank(&self, assessment: Assessment) -> &Bank {
        match assessment {
            Assessment::Candidate => &self.candidate,
            Assessment::Team => &self.team,
        }
    }
}
