//! Reachability: how often each outcome of a bank comes up over all complete answer sets
//! (enumerated when the space is small, else a fixed-seed sample, so the report is the same
//! on every run), how often the tie rules had to decide, and which outcomes are never
//! reached. Used by the tests and by the authors' preview of a custom bank. Pure.

use std::collections::BTreeMap;

use super::bank::{Assessment, Bank, QuestionIndex};
use super::candidate;
use super::evaluate;
use super::flow::{answer_masks, visible, Answers};
use super::model::Model;
use super::outcome::{totals, OutcomeId};
use super::team;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reachability {
    /// Answer sets in the whole space (saturating).
    pub space: u128,
    /// Answer sets evaluated: all of them, or the sample.
    pub evaluated: usize,
    pub enumerated: bool,
    /// Outcome id to how many evaluated answer sets produced it. Every possible outcome of
    /// the assessment is a key, so unreachable ones show as zero.
    pub counts: BTreeMap<String, usize>,
    /// Candidate: the two best fits had exactly equal scores (the tie rule made a hybrid or
    /// generalist). Team: more than one setup's condition held and precedence decided.
    pub exact_ties: usize,
    /// Candidate: within one answer's worth (the close-call band) but not equal. Team: always zero.
    pub near_ties: usize,
}

impl Reachability {
    pub fn unreachable(&self) -> Vec<&str> {
        self.counts.iter().filter(|(_, &n)| n == 0).map(|(id, _)| id.as_str()).collect()
    }
}

/// Every outcome id an assessment can produce, in its text form.
pub fn outcome_ids(assessment: Assessment) -> Vec<String> {
    OutcomeId::all(assessment).into_iter().map(OutcomeId::code).collect()
}

/// Every valid answer mask per question (`flow::answer_masks`).
fn options(bank: &Bank) -> Vec<Vec<u16>> {
    (0..bank.len()).map(|i| answer_masks(bank, QuestionIndex(i))).collect()
}

/// Calls `f` with every combination of one entry per list, the last list varying fastest.
pub fn for_each_combination(lists: &[Vec<u16>], mut f: impl FnMut(Vec<u16>)) {
    if lists.iter().any(Vec::is_empty) {
        return;
    }
    let mut idx = vec![0usize; lists.len()];
    'all: loop {
        f(idx.iter().zip(lists).map(|(&i, o)| o[i]).collect());
        for q in (0..lists.len()).rev() {
            idx[q] += 1;
            if idx[q] < lists[q].len() {
                continue 'all;
            }
            idx[q] = 0;
        }
        break;
    }
}

/// Calls `f` with up to `budget` complete answer sets of `bank`: all of them if the space is
/// that small, else a fixed-seed sample (the same on every run). Answers to questions that
/// the other answers skip are dropped, since a visitor could not leave them. Returns the
/// size of the whole space (saturating) and whether it was enumerated.
pub fn for_each_answer_set(bank: &Bank, budget: usize, mut f: impl FnMut(&Answers)) -> (u128, bool) {
    let opts = options(bank);
    let space = opts.iter().fold(1u128, |acc, o| acc.saturating_mul(o.len() as u128));
    let enumerated = space <= budget as u128;
    let mut visit = |masks: Vec<u16>| {
        let Some(all) = Answers::from_masks(bank, masks.clone()) else { return };
        let shown = visible(bank, &all);
        let masks =
            masks.iter().enumerate().map(|(i, &m)| if shown.iter().any(|v| v.0 == i) { m } else { 0 }).collect();
        if let Some(answers) = Answers::from_masks(bank, masks) {
            f(&answers);
        }
    };
    if enumerated {
        for_each_combination(&opts, visit);
    } else {
        // A fixed seed: the same bank always gives the same report.
        let mut rng = super::hash::Lcg(0x5eed_0f01_ef17);
        for _ in 0..budget {
            visit(opts.iter().map(|o| o[rng.below(o.len())]).collect());
        }
    }
    (space, enumerated)
}

/// Evaluates up to `budget` answer sets of `bank` (all of them if the space is that small).
pub fn reachability(bank: &Bank, model: &Model, budget: usize) -> Reachability {
    let mut report = Reachability {
        space: 0,
        evaluated: 0,
        enumerated: false,
        counts: outcome_ids(bank.assessment()).into_iter().map(|id| (id, 0)).collect(),
        exact_ties: 0,
        near_ties: 0,
    };
    let bands = candidate::Bands::of(bank);
    let (space, enumerated) = for_each_answer_set(bank, budget, |answers| {
        let outcome = evaluate(bank, answers, model);
        *report.counts.entry(outcome.id.code()).or_default() += 1;
        report.evaluated += 1;
        let t = totals(bank, answers);
        match bank.assessment() {
            Assessment::Candidate => {
                let [a, b, c] = candidate::ranked(candidate::scores(bank, answers));
                if a + b + c > 0 && a == b {
                    report.exact_ties += 1;
                } else if bands.is_close(a - b) {
                    report.near_ties += 1;
                }
            }
            Assessment::Team => {
                if team::Situation::read(&t).competing() > 1 {
                    report.exact_ties += 1;
                }
            }
        }
    });
    report.space = space;
    report.enumerated = enumerated;
    report
}
