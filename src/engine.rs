//! The pure engine: question banks, the flow through them, scoring, recommendations and
//! the responsibility split. It must not depend on anything web (yew, web_sys, js_sys,
//! gloo, wasm_bindgen), on a clock, on randomness or on storage: values in, values out.
//! `tests/it/tidy.rs` fails the build if that ever changes.

pub mod bank;
pub mod calibrate;
pub mod candidate;
pub mod error;
pub mod flow;
pub mod hash;
pub mod i18n;
pub mod model;
pub mod outcome;
pub mod reach;
pub mod report;
pub mod saves;
pub mod session;
pub mod share;
pub mod sort;
pub mod split;
pub mod step;
pub mod team;

pub use bank::{Assessment, Bank, ChoiceIndex, Question, QuestionId, QuestionIndex, QuestionKind, Signal};
pub use error::BankError;
pub use flow::{Action, Answers, Flow, Screen};
pub use model::{Model, Role, RuleId};
pub use outcome::{Contribution, FiredRule, Outcome};
pub use split::{Person, Split};

/// Scores an answer set: the candidate's fit, or the change to the team. Answers to skipped
/// questions are ignored. Composes `candidate` and `team`, which share `outcome`'s types and
/// helpers, so no engine module imports the one that imports it.
pub fn evaluate(bank: &Bank, answers: &Answers, model: &Model) -> Outcome {
    match bank.assessment() {
        Assessment::Candidate => candidate::evaluate(bank, answers, model),
        Assessment::Team => team::evaluate(bank, answers, model),
    }
}

/// The content that ships with the widget, parsed and validated. Any error here is a bug in
/// `content/`, caught by `tests/it/content.rs` long before a visitor could see it.
pub struct Content {
    pub model: Model,
    pub candidate: Bank,
    pub team: Bank,
}

impl Content {
    /// Parses the shipped content files. Returns every problem found, named by file and path.
    pub fn shipped() -> Result<Content, Vec<BankError>> {
        let model = Content::shipped_model()?;
        let candidate = Content::shipped_bank(Assessment::Candidate, &model)?;
        let team = Content::shipped_bank(Assessment::Team, &model)?;
        Ok(Content { model, candidate, team })
    }

    /// Only the shipped role model: the widget parses the one bank it shows, not both.
    pub fn shipped_model() -> Result<Model, Vec<BankError>> {
        Model::parse(include_str!("../content/model.json"))
    }

    /// One shipped bank, checked against `model`.
    pub fn shipped_bank(assessment: Assessment, model: &Model) -> Result<Bank, Vec<BankError>> {
        let text = match assessment {
            Assessment::Candidate => include_str!("../content/candidate.json"),
            Assessment::Team => include_str!("../content/team.json"),
        };
        Bank::parse(text, model).map(Bank::into_shipped)
    }

    pub fn bank(&self, assessment: Assessment) -> &Bank {
        match assessment {
            Assessment::Candidate => &self.candidate,
            Assessment::Team => &self.team,
        }
    }
}
