//! The result page's contents (`engine::report`), over a fixed-seed sample of each bank's
//! answer sets: what each section shows follows from the outcome, never from the view.

use rolefit::engine::candidate::fit_roles;
use rolefit::engine::outcome::Detail;
use rolefit::engine::reach::for_each_answer_set;
use rolefit::engine::report::{self, Bar, First, More};
use rolefit::engine::split::PersonKind;
use rolefit::engine::{evaluate, Assessment};

use crate::support::{content, parsed_content};

const SAMPLES: usize = 3000;

#[test]
fn a_candidate_page_shows_the_fitting_roles_and_shorter_lists_when_several_fit() {
    let content = content();
    let (bank, model) = (&content.candidate, &content.model);
    let mut seen_tiers = std::collections::BTreeSet::new();
    for_each_answer_set(bank, SAMPLES, |answers| {
        let o = evaluate(bank, answers, model);
        let r = report::of(&o, model);
        let mine = fit_roles(o.id.fit().expect("a candidate outcome"));
        let names: Vec<&str> = mine.iter().map(|&role| model.role(role).name.as_str()).collect();
        assert_eq!(r.roles.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(), names, "{}", o.id);
        for (line, &role) in r.roles.iter().zip(&mine) {
            assert_eq!((&line.line, &line.horizon), (&model.role(role).line, &model.role(role).horizon));
        }
        let best: Vec<&str> = r
            .bars
            .iter()
            .filter_map(|b| match b {
                Bar::Role { name, best: true, .. } => Some(name.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(best.len(), mine.len(), "{}: the best fits are marked", o.id);
        let More::Candidate { week, interview, .. } = &r.more else { panic!("candidate sections") };
        let (w, i) = if mine.len() > 1 { (2, 3) } else { (4, 5) };
        assert_eq!(week.len(), mine.iter().map(|&x| model.role(x).week.len().min(w)).sum::<usize>(), "{}", o.id);
        assert_eq!(interview.len(), mine.iter().map(|&x| model.role(x).interview.len().min(i)).sum::<usize>());
        let First::Confidence { confidence, margin, .. } = r.first else { panic!("how sure comes first") };
        seen_tiers.insert(confidence.code());
        // "N points ahead" only where one fit is ahead.
        assert_eq!(margin.is_some(), matches!(confidence.code(), "clear" | "leaning"), "{}", o.id);
        assert_eq!(r.kpis.len(), 1, "a candidate's own KPIs only");
        assert!(r.project_manager_note.is_none());
    });
    assert!(seen_tiers.len() >= 3, "the sample reaches several tiers: {seen_tiers:?}");
}

#[test]
fn a_team_page_shows_what_its_first_step_needs() {
    let content = content();
    let (bank, model) = (&content.team, &content.model);
    let (mut notes, mut hires, mut one_person) = (0, 0, 0);
    for_each_answer_set(bank, SAMPLES, |answers| {
        let o = evaluate(bank, answers, model);
        let r = report::of(&o, model);
        let Detail::Team { hired, insider, now, .. } = &o.detail else { panic!("a team outcome") };
        assert_eq!(r.project_manager_note.is_some(), o.id.adds_project_manager(), "{}", o.id);
        notes += usize::from(r.project_manager_note.is_some());
        // One person's single full bar would say nothing the table does not.
        assert_eq!(r.bars.is_empty(), o.split.people.len() < 2, "{}", o.id);
        one_person += usize::from(r.bars.is_empty());
        let More::Team { insider_signs, hiring, interview } = &r.more else { panic!("team sections") };
        assert_eq!(!insider_signs.is_empty(), *insider, "{}", o.id);
        assert_eq!(!hiring.is_empty(), !hired.is_empty(), "{}", o.id);
        assert_eq!(interview.is_empty(), hired.is_empty(), "{}", o.id);
        hires += usize::from(!hired.is_empty());
        for &(person, _) in &r.kpis {
            assert_ne!(o.split.people[person].kind, PersonKind::Client, "{}: the client's KPIs are its own", o.id);
        }
        let First::Steps { now: shown, .. } = &r.first else { panic!("the steps come first") };
        assert_eq!(shown.len(), now.len());
        assert!(r.roles.is_empty());
    });
    assert!(notes > 0 && hires > 0 && one_person > 0, "the sample reaches each case: {notes} {hires} {one_person}");
}

#[test]
fn every_rule_shown_is_the_model_s_with_its_sources() {
    let content = content();
    for assessment in [Assessment::Candidate, Assessment::Team] {
        let bank = content.bank(assessment);
        for_each_answer_set(bank, 500, |answers| {
            let o = evaluate(bank, answers, &content.model);
            let r = report::of(&o, &content.model);
            assert_eq!(r.rules.len(), o.rules.len(), "{}: every fired rule has its text", o.id);
            for (line, fired) in r.rules.iter().zip(&o.rules) {
                let rule = content.model.rule(&fired.id).expect("checked at parse time");
                assert_eq!((&line.id, &line.text, &line.sources), (&fired.id.0, &rule.text, &rule.sources));
            }
        });
    }
}

/// Each visitors' page compiles in only its assessment's texts (`build.rs`,
/// `Content::model_for`): every outcome and report of that assessment must read the same as
/// with the whole model, and the texts only the other shows must be gone.
#[test]
fn a_page_with_one_assessment_keeps_every_text_its_results_show() {
    // The parser's, not build.rs's: a rule build.rs dropped for every build would be missing
    // from both sides of the comparison.
    let content = parsed_content();
    let model = &content.model;
    for assessment in [Assessment::Candidate, Assessment::Team] {
        let only = content.model_for(assessment == Assessment::Candidate, assessment == Assessment::Team);
        let bank = content.bank(assessment);
        for_each_answer_set(bank, SAMPLES, |answers| {
            let (full, trimmed) = (evaluate(bank, answers, model), evaluate(bank, answers, &only));
            assert_eq!(full, trimmed, "{assessment:?}: the outcome");
            assert_eq!(report::of(&full, model), report::of(&trimmed, &only), "{}: the report", full.id);
        });
        let count = |m: &rolefit::engine::Model| {
            let mut texts = 0;
            m.clone().walk_texts(&mut |_, t| texts += usize::from(!t.is_empty()));
            texts
        };
        assert!(count(&only) < count(model), "{assessment:?}: the other assessment's texts are left out");
    }
    let candidate = content.model_for(true, false);
    assert!(candidate.steps.is_empty() && candidate.hiring.is_empty() && candidate.insider_signs.is_empty());
    assert!(candidate.outcome("add-po").is_none() && candidate.outcome("po").is_some());
    let team = content.model_for(false, true);
    assert!(team.outcome("po").is_none() && team.outcome("add-po").is_some());
    assert!(team.roles.values().all(|r| r.week.is_empty() && r.skills.is_empty()));
    // A team result asks a hire's first interview questions only; the page keeps only those.
    assert!(team.roles.values().all(|r| r.interview.len() == rolefit::engine::model::TEAM_INTERVIEW));
    // A candidate's result cites role facts only, a team's decision rules only.
    let rules = |m: &rolefit::engine::Model| m.rules.iter().map(|r| r.id.0.as_str()).collect::<Vec<_>>().join(" ");
    assert_eq!(rules(&candidate), "C1 C2 C3 C4 C5");
    assert_eq!(rules(&team), "R1 R2 R3 R4 R5 R6 R7 R8 R9 F1");
    assert_eq!(content.model_for(true, true), *model, "both assessments: the whole model");
}
