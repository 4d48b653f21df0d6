//! Calibration: whether the shipped (or any) banks give answers the rules stand behind, over
//! all answer sets or a large fixed-seed sample. `cargo run --example calibrate` prints the
//! figures; `tests/it/calibration.rs` asserts the bounds. Pure.

use std::collections::BTreeMap;

use super::bank::{Assessment, Bank, QuestionIndex};
use super::candidate::{fit, role_points, scores, Bands};
use super::evaluate;
use super::flow::{answer_masks, visible, Answers};
use super::model::{Model, Role};
use super::outcome::{totals, Confidence, Detail};
use super::reach::{for_each_answer_set, for_each_combination, outcome_ids};
use super::split::PersonKind;
use super::team::Situation;

/// What a share of answer sets came out as: `hits` of `of`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Share {
    pub hits: usize,
    pub of: usize,
}

impl Share {
    fn count(&mut self, hit: bool) {
        self.of += 1;
        self.hits += usize::from(hit);
    }
    /// The share in percent; 100 when there was nothing to count.
    pub fn percent(&self) -> f64 {
        if self.of == 0 {
            100.0
        } else {
            self.hits as f64 * 100.0 / self.of as f64
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CandidateCalibration {
    pub evaluated: usize,
    pub enumerated: bool,
    pub bands: Bands,
    /// Outcome id to answer sets.
    pub outcomes: BTreeMap<String, usize>,
    /// Confidence tier code to answer sets.
    pub tiers: BTreeMap<&'static str, usize>,
    /// Of the answer sets whose every answer names no single role (neutral or mixed choices),
    /// how many are "too mixed to call". Enumerated in full.
    pub all_middle_mixed: Share,
    /// Of the sampled answer sets with as many Product Manager answers as Product Owner
    /// answers, and the Project Manager more than one answer behind them (so not a three-way
    /// mix), how many are a close call between the two.
    pub balanced_close: Share,
    /// Single changed answers tried from close calls, and how many of them gave a clear fit.
    pub close_to_clear: Share,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamCalibration {
    pub evaluated: usize,
    pub enumerated: bool,
    pub outcomes: BTreeMap<String, usize>,
    /// Tight budget ("one hire"): answer sets, and those whose first step hires more than one.
    pub tight_over: Share,
    /// Very tight budget ("no hire"): answer sets, and those whose first step hires anyone.
    pub very_tight_over: Share,
    /// "One or two hires": answer sets, and those whose first step hires more than two.
    pub some_over: Share,
    /// An insider who could grow into the Product Owner seat and no PO today: answer sets,
    /// and those that hire a Product Owner from outside while the insider does not take it.
    pub insider_po_passed_over: Share,
    /// A client owns the strategy: answer sets, and those that still give the team a
    /// Product Manager of its own.
    pub client_with_own_pm: Share,
}

impl TeamCalibration {
    pub fn unreachable(&self) -> Vec<&str> {
        self.outcomes.iter().filter(|(_, &n)| n == 0).map(|(id, _)| id.as_str()).collect()
    }
}

/// The role a choice singles out: the one role its weights put the most on, if only one.
/// The role that points single out: the one with the most, if only one has it.
fn single_role(points: [i32; 3]) -> Option<Role> {
    let top = *points.iter().max()?;
    (top > 0 && points.iter().filter(|&&x| x == top).count() == 1)
        .then(|| Role::ALL[points.iter().position(|&x| x == top).expect("the max is in the list")])
}

/// How many chosen choices single out each role.
fn role_answers(bank: &Bank, answers: &Answers) -> [usize; 3] {
    let mut n = [0usize; 3];
    for q in visible(bank, answers) {
        for c in answers.chosen(q) {
            if let Some(r) = single_role(role_points(bank.question(q), 1 << c.0)) {
                n[r.index()] += 1;
            }
        }
    }
    n
}

pub fn candidate(bank: &Bank, model: &Model, budget: usize) -> CandidateCalibration {
    let bands = Bands::of(bank);
    let mut report = CandidateCalibration {
        evaluated: 0,
        enumerated: false,
        bands,
        outcomes: outcome_ids(Assessment::Candidate).into_iter().map(|id| (id, 0)).collect(),
        tiers: BTreeMap::new(),
        all_middle_mixed: Share::default(),
        balanced_close: Share::default(),
        close_to_clear: Share::default(),
    };
    let mut close_calls: Vec<Answers> = Vec::new();
    let (_, enumerated) = for_each_answer_set(bank, budget, |answers| {
        let o = evaluate(bank, answers, model);
        let (Detail::Candidate { confidence, .. }, Some(f)) = (&o.detail, o.id.fit()) else { return };
        let confidence = *confidence;
        report.evaluated += 1;
        *report.outcomes.entry(o.id.code()).or_default() += 1;
        *report.tiers.entry(confidence.code()).or_default() += 1;
        let [pm, po, pjm] = role_answers(bank, answers);
        if pm == po && pjm + 1 < pm {
            report.balanced_close.count(f == super::outcome::Fit::Hybrid(Role::ProductManager, Role::ProductOwner));
        }
        if confidence == Confidence::Close && close_calls.len() < 4_000 {
            close_calls.push(answers.clone());
        }
    });
    report.enumerated = enumerated;

    // Every answer set made only of choices that single out no role.
    let middle: Vec<Vec<u16>> = (0..bank.len())
        .map(|i| {
            let q = bank.question(QuestionIndex(i));
            // Each pick singles out no role, or the picks together (one each for two roles) do not.
            answer_masks(bank, QuestionIndex(i))
                .into_iter()
                .filter(|&m| {
                    (0..q.choices.len())
                        .filter(|c| m & (1 << c) != 0)
                        .all(|c| single_role(role_points(q, 1 << c)).is_none())
                        || single_role(role_points(q, m)).is_none()
                })
                .collect()
        })
        .collect();
    let space: usize = middle.iter().map(Vec::len).product();
    if space > 0 && space <= 1_000_000 {
        for_each_combination(&middle, |masks| {
            if let Some(answers) = Answers::from_masks(bank, masks) {
                let (_, c) = fit(scores(bank, &answers), bands);
                report.all_middle_mixed.count(c == Confidence::Mixed);
            }
        });
    }

    // From each close call, every single changed answer.
    for answers in &close_calls {
        for q in visible(bank, answers) {
            for m in answer_masks(bank, q) {
                if m == answers.mask(q) {
                    continue;
                }
                let mut masks = answers.masks().to_vec();
                masks[q.0] = m;
                let Some(changed) = Answers::from_masks(bank, masks) else { continue };
                let (_, c) = fit(scores(bank, &changed), bands);
                report.close_to_clear.count(c == Confidence::Clear);
            }
        }
    }
    report
}

pub fn team(bank: &Bank, model: &Model, budget: usize) -> TeamCalibration {
    let mut report = TeamCalibration {
        evaluated: 0,
        enumerated: false,
        outcomes: outcome_ids(Assessment::Team).into_iter().map(|id| (id, 0)).collect(),
        tight_over: Share::default(),
        very_tight_over: Share::default(),
        some_over: Share::default(),
        insider_po_passed_over: Share::default(),
        client_with_own_pm: Share::default(),
    };
    let (_, enumerated) = for_each_answer_set(bank, budget, |answers| {
        let o = evaluate(bank, answers, model);
        let Detail::Team { new_hires, ref hired, .. } = o.detail else { return };
        report.evaluated += 1;
        *report.outcomes.entry(o.id.code()).or_default() += 1;
        let s = Situation::read(&totals(bank, answers));
        match s.hires {
            Some(0) => report.very_tight_over.count(new_hires > 0),
            Some(1) => report.tight_over.count(new_hires > 1),
            Some(2) => report.some_over.count(new_hires > 2),
            _ => {}
        }
        if s.insider_po && !s.has_po && !s.client {
            let inside = o.split.people.iter().any(|p| {
                p.kind == PersonKind::Insider && p.holds(Role::ProductOwner) && p.interim != Some(Role::ProductOwner)
            });
            report.insider_po_passed_over.count(!inside && hired.contains(&Role::ProductOwner));
        }
        if s.client {
            let own_pm = o.split.people.iter().any(|p| p.kind != PersonKind::Client && p.holds(Role::ProductManager));
            report.client_with_own_pm.count(own_pm);
        }
    });
    report.enumerated = enumerated;
    report
}
