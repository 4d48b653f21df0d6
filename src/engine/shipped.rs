//! The shipped content, compiled in: `build.rs` validated `content/*.json` with
//! `Content::parse` and wrote what it got as static tables (`engine::codegen`), read back
//! here. Reading allocates the texts; nothing is parsed or validated.

use litemap::LiteMap;

use super::bank::{Assessment, Bank};
use super::codegen::{Reader, Tape};
use super::content::Content;
use super::model::Model;

impl Content {
    /// The role model and both banks (builds with both assessments: the tests, the authors').
    #[cfg(all(feature = "candidate", feature = "team"))]
    pub fn shipped() -> Content {
        Content { model: Reader::read(&MODEL), candidate: Reader::read(&CANDIDATE), team: Reader::read(&TEAM) }
    }

    /// Only the role model: the widget builds the one bank it shows, not both.
    pub fn shipped_model() -> Model {
        Reader::read(&MODEL)
    }

    /// The shipped bank of `assessment`, or, in a build without it (`Assessment::in_this_build`),
    /// the one bank the build has: callers that must not show another check first.
    pub fn shipped_bank(assessment: Assessment) -> Bank {
        Reader::read(match assessment {
            #[cfg(feature = "candidate")]
            Assessment::Candidate => &CANDIDATE,
            #[cfg(feature = "team")]
            Assessment::Team => &TEAM,
            #[cfg(not(feature = "candidate"))]
            Assessment::Candidate => &TEAM,
            #[cfg(not(feature = "team"))]
            Assessment::Team => &CANDIDATE,
        })
    }
}

/// The English UI strings by key (`content/i18n/en.json`).
pub fn ui_strings() -> LiteMap<String, String> {
    Reader::read(&UI_STRINGS)
}

include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
