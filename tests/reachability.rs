//! Reachability: every outcome that model.json lists for an assessment is produced by some
//! complete answer set of the shipped bank. Small answer spaces are enumerated; large ones
//! are sampled deterministically (an LCG, no randomness crate). Run with `--nocapture` to
//! see how often each outcome comes up among uniformly random visitors.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use rolefit::engine::flow::visible;
use rolefit::engine::outcome::{evaluate, Structure};
use rolefit::engine::{Answers, Assessment, Bank, Content, QuestionKind};

/// Above this many answer sets the space is sampled instead of enumerated.
const ENUMERATE_UP_TO: u128 = 200_000;
const SAMPLES: usize = 200_000;

/// Every valid answer mask of each question: one bit for single and scale questions,
/// every subset of 1..=max bits for multiple questions.
fn options(bank: &Bank) -> Vec<Vec<u16>> {
    bank.questions()
        .iter()
        .map(|q| {
            let n = q.choices.len();
            match q.kind {
                QuestionKind::Single | QuestionKind::Scale => (0..n).map(|i| 1u16 << i).collect(),
                QuestionKind::Multiple { max } => {
                    (1u32..(1u32 << n)).filter(|m| (m.count_ones() as usize) <= max).map(|m| m as u16).collect()
                }
            }
        })
        .collect()
}

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Clears the answers of questions that the other answers skip, so each answer set is
/// one a visitor could actually leave.
fn normalise(bank: &Bank, masks: Vec<u16>) -> Answers {
    let answers = Answers::from_masks(bank, masks.clone()).expect("valid masks");
    let shown = visible(bank, &answers);
    let cleaned: Vec<u16> =
        masks.iter().enumerate().map(|(i, &m)| if shown.iter().any(|v| v.0 == i) { m } else { 0 }).collect();
    Answers::from_masks(bank, cleaned).expect("valid masks")
}

fn frequencies(content: &Content, assessment: Assessment) -> BTreeMap<String, usize> {
    let bank = content.bank(assessment);
    let opts = options(bank);
    let space: u128 = opts.iter().map(|o| o.len() as u128).product();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut tally = |masks: Vec<u16>| {
        let answers = normalise(bank, masks);
        *counts.entry(evaluate(bank, &answers, &content.model).id).or_default() += 1;
    };
    if space <= ENUMERATE_UP_TO {
        println!("{}: enumerating all {space} answer sets", assessment.code());
        let mut idx = vec![0usize; opts.len()];
        'all: loop {
            tally(idx.iter().zip(&opts).map(|(&i, o)| o[i]).collect());
            for q in (0..opts.len()).rev() {
                idx[q] += 1;
                if idx[q] < opts[q].len() {
                    continue 'all;
                }
                idx[q] = 0;
            }
            break;
        }
    } else {
        println!("{}: {space} answer sets, sampling {SAMPLES}", assessment.code());
        let mut rng = Lcg(0x5eed_0f01_ef17);
        for _ in 0..SAMPLES {
            tally(opts.iter().map(|o| o[rng.below(o.len())]).collect());
        }
    }
    counts
}

fn is_team_outcome(id: &str) -> bool {
    let base = id.strip_suffix("+pjm").unwrap_or(id);
    Structure::ALL.iter().any(|s| s.code() == base)
}

fn check(assessment: Assessment) {
    let content = Content::shipped().unwrap_or_else(|e| panic!("content: {e:?}"));
    let counts = frequencies(&content, assessment);
    let total: usize = counts.values().sum();
    for (id, n) in &counts {
        println!("  {id:<22} {n:>7}  {:>5.1}%", *n as f64 * 100.0 / total as f64);
    }
    let expected: Vec<&String> =
        content.model.outcomes.keys().filter(|id| is_team_outcome(id) == (assessment == Assessment::Team)).collect();
    let missing: Vec<&&String> = expected.iter().filter(|id| !counts.contains_key(id.as_str())).collect();
    assert!(missing.is_empty(), "{} outcomes never produced: {missing:?}", assessment.code());
    for id in counts.keys() {
        assert!(content.model.outcome(id).is_some(), "outcome \"{id}\" has no texts in model.json");
    }
}

#[test]
fn every_candidate_outcome_is_reachable() {
    check(Assessment::Candidate);
}

#[test]
fn every_team_outcome_is_reachable() {
    check(Assessment::Team);
}

/// Strengths and growth areas mean something only if every skill of every role can be
/// shown by some answer.
#[test]
fn every_skill_is_evidenced_by_some_candidate_choice() {
    let content = Content::shipped().unwrap_or_else(|e| panic!("content: {e:?}"));
    let shown: Vec<&String> =
        content.candidate.questions().iter().flat_map(|q| q.choices.iter().flat_map(|c| c.skills.iter())).collect();
    let missing: Vec<String> = content
        .model
        .roles
        .iter()
        .flat_map(|(code, role)| role.skills.iter().map(move |s| format!("{code}:{}", s.id)))
        .filter(|id| !shown.iter().any(|s| id.ends_with(&format!(":{s}"))))
        .collect();
    assert!(missing.is_empty(), "skills no candidate choice evidences: {missing:?}");
}

/// Every team decision rule R1-R9 is evidenced by some choice of the team bank.
#[test]
fn every_team_rule_is_evidenced_by_some_choice() {
    let content = Content::shipped().unwrap_or_else(|e| panic!("content: {e:?}"));
    let used: Vec<&str> =
        content.team.questions().iter().flat_map(|q| q.choices.iter().flat_map(|c| c.rules.iter().map(|r| r.0.as_str()))).collect();
    let missing: Vec<String> = (1..=9).map(|i| format!("R{i}")).filter(|r| !used.contains(&r.as_str())).collect();
    assert!(missing.is_empty(), "rules no team choice evidences: {missing:?}");
}

/// Texts stay readable on a 360px phone.
#[test]
fn texts_fit_a_phone() {
    let content = Content::shipped().unwrap_or_else(|e| panic!("content: {e:?}"));
    for bank in [&content.candidate, &content.team] {
        for q in bank.questions() {
            assert!(q.prompt.chars().count() <= 110, "{}: prompt too long", q.id.0);
            let words = q.topic.split_whitespace().count();
            assert!((2..=4).contains(&words), "{}: topic should be 2-4 words", q.id.0);
            for c in &q.choices {
                assert!(c.label.chars().count() <= 90, "{}/{}: label too long", q.id.0, c.id.0);
            }
        }
    }
}
