//! The pure engine: question banks, the flow through them, scoring, recommendations and
//! the responsibility split. It must not depend on anything web (yew, web_sys, js_sys,
//! gloo, wasm_bindgen), on a clock, on randomness or on storage: values in, values out.
//! `tests/it/tidy.rs` fails the build if that ever changes.

pub mod bank;
pub mod calibrate;
pub mod candidate;
pub mod codegen;
pub mod content;
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
pub mod shipped;
pub mod sort;
pub mod split;
pub mod step;
pub mod team;

pub use bank::{Assessment, Bank, ChoiceIndex, Question, QuestionId, QuestionIndex, QuestionKind, Signal};
pub use content::Content;
pub use error::BankError;
pub use flow::{Action, Answers, Flow, Screen};
pub use model::{Model, Role, RuleId};
pub use outcome::{Contribution, FiredRule, Outcome};
pub use split::{Person, Split};

/// Scores an answer set: the candidate's fit, or the change to the team. Answers to skipped
/// questions are ignored. Composes `candidate` and `team`, which share `outcome`'s types and
/// helpers, so no engine module imports the one that imports it.
///
/// A build without one assessment (Cargo.toml) has no code for it: no bank of it can exist
/// there, since `Content::shipped_bank` gives the build's own bank and only a build with both
/// parses custom banks.
pub fn evaluate(bank: &Bank, answers: &Answers, model: &Model) -> Outcome {
    match bank.assessment() {
        #[cfg(feature = "candidate")]
        Assessment::Candidate => candidate::evaluate(bank, answers, model),
        #[cfg(feature = "team")]
        Assessment::Team => team::evaluate(bank, answers, model),
        #[cfg(not(all(feature = "candidate", feature = "team")))]
        other => unreachable!("no {} bank in a build without that assessment", other.code()),
    }
}
