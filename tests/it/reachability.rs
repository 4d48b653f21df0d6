//! Reachability: every outcome of each shipped bank is produced by some complete answer
//! set, over all answer sets or a large fixed-seed sample (`engine::reach`). Prints how often
//! each outcome and each tie occurs (`cargo test --test it reachability -- --nocapture`).

use rolefit::engine::reach::reachability;
use rolefit::engine::{Assessment, Content};

const SAMPLES: usize = 200_000;

fn check(assessment: Assessment) {
    let content = Content::shipped();
    let report = reachability(content.bank(assessment), &content.model, SAMPLES);
    let how = if report.enumerated { "all" } else { "a fixed-seed sample of" };
    println!("{}: {how} {} of {} answer sets", assessment.code(), report.evaluated, report.space);
    for (id, n) in &report.counts {
        println!("  {id:<22} {n:>7}  {:>5.1}%", *n as f64 * 100.0 / report.evaluated as f64);
    }
    println!("  exact ties decided by the tie rule or precedence: {}", report.exact_ties);
    println!("  near ties within the hybrid margin: {}", report.near_ties);
    assert_eq!(report.evaluated, SAMPLES.min(report.space as usize));
    assert!(
        report.unreachable().is_empty(),
        "{} outcomes never produced: {:?}",
        assessment.code(),
        report.unreachable()
    );
    for code in report.counts.keys() {
        let id =
            rolefit::engine::outcome::OutcomeId::from_code(code).unwrap_or_else(|| panic!("{code} is no outcome id"));
        assert!(id.texts(&content.model).is_some(), "outcome \"{id}\" has no texts in model.json");
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

/// Every team decision rule R1-R9 is evidenced by some choice of the team bank.
#[test]
fn every_team_rule_is_evidenced_by_some_choice() {
    let content = Content::shipped();
    let used: Vec<&str> = content
        .team
        .questions()
        .iter()
        .flat_map(|q| q.choices.iter().flat_map(|c| c.rules.iter().map(|r| r.0.as_str())))
        .collect();
    let missing: Vec<String> = (1..=9).map(|i| format!("R{i}")).filter(|r| !used.contains(&r.as_str())).collect();
    assert!(missing.is_empty(), "rules no team choice evidences: {missing:?}");
}

/// Texts stay readable on a 360px phone.
#[test]
fn texts_fit_a_phone() {
    let content = Content::shipped();
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
