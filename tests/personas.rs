//! Personas: realistic visitors answer the shipped question banks, and each must get the
//! outcome that DOMAIN.md's rules (R1-R9 for teams, C1-C3 and the tie rule for candidates)
//! call for. Answers are named by question and choice id, so the tests survive reordering.
#![cfg(not(target_arch = "wasm32"))]

use rolefit::engine::bank::Assessment;
use rolefit::engine::flow::{is_complete, visible};
use rolefit::engine::outcome::{evaluate, totals};
use rolefit::engine::{Answers, Content, Outcome, Signal};

fn content() -> Content {
    match Content::shipped() {
        Ok(c) => c,
        Err(errors) => panic!(
            "shipped content does not parse:\n{}",
            errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
        ),
    }
}

/// Answers the bank of `assessment` with the given (question id, choice ids) pairs, checks
/// that every visible question is answered and no skipped one is, and asserts the outcome.
#[track_caller]
fn check(assessment: Assessment, answers: &[(&str, &[&str])], expected: &str) -> Outcome {
    let content = content();
    let bank = content.bank(assessment);
    let mut masks = vec![0u16; bank.len()];
    for &(qid, cids) in answers {
        let qi = bank
            .questions()
            .iter()
            .position(|q| q.id.0 == qid)
            .unwrap_or_else(|| panic!("{} bank has no question \"{qid}\"", assessment.code()));
        assert_eq!(masks[qi], 0, "question \"{qid}\" answered twice");
        let q = &bank.questions()[qi];
        for &cid in cids {
            let ci = q
                .choices
                .iter()
                .position(|c| c.id.0 == cid)
                .unwrap_or_else(|| panic!("question \"{qid}\" has no choice \"{cid}\""));
            masks[qi] |= 1 << ci;
        }
    }
    let answers = Answers::from_masks(bank, masks).expect("every answer is valid for its question (count, max)");
    assert!(is_complete(bank, &answers), "the persona leaves a visible question unanswered");
    let shown = visible(bank, &answers);
    for (i, q) in bank.questions().iter().enumerate() {
        let skipped = !shown.iter().any(|v| v.0 == i);
        assert!(!(skipped && answers.masks()[i] != 0), "the persona answers \"{}\", which is skipped", q.id.0);
    }
    let outcome = evaluate(bank, &answers, &content.model);
    // Shown with --nocapture: what the visitor would read.
    println!(
        "{} -> {} rules {:?} percentages {:?}",
        assessment.code(),
        outcome.id,
        rule_ids(&outcome),
        outcome.percentages
    );
    println!("  {:?}", outcome.detail);
    if outcome.id != expected {
        let t = totals(bank, &answers);
        let sums: Vec<String> =
            Signal::allowed(assessment).iter().map(|s| format!("{}={}", s.name(), t[s.index()])).collect();
        let rules: Vec<&str> = outcome.rules.iter().map(|r| r.id.0.as_str()).collect();
        let reasons: Vec<String> = outcome
            .reasons
            .iter()
            .map(|c| format!("{} (+{} {:?})", bank.question(c.question).id.0, c.amount, c.toward))
            .collect();
        panic!(
            "expected outcome \"{expected}\", got \"{}\"\n  totals: {}\n  rules: {:?}\n  reasons: {:?}\n  percentages: {:?}",
            outcome.id,
            sums.join(" "),
            rules,
            reasons,
            outcome.percentages
        );
    }
    outcome
}

fn rule_ids(outcome: &Outcome) -> Vec<&str> {
    outcome.rules.iter().map(|r| r.id.0.as_str()).collect()
}

#[track_caller]
fn assert_rules(outcome: &Outcome, present: &[&str], absent: &[&str]) {
    let ids = rule_ids(outcome);
    for r in present {
        assert!(ids.contains(r), "rule {r} should have fired for \"{}\"; fired: {ids:?}", outcome.id);
    }
    for r in absent {
        assert!(!ids.contains(r), "rule {r} should not have fired for \"{}\"; fired: {ids:?}", outcome.id);
    }
}

// ---------------------------------------------------------------- team assessment

const T: Assessment = Assessment::Team;

/// Two bootstrapped founders, a first version nearly ready, a simple app. One of them
/// decides on the product every day; money is tight and there is nobody else to grow.
/// Rule 6: the founder acts as Product Owner; never two new managers on this budget.
#[test]
fn bootstrapped_founders_before_first_release() {
    let o = check(
        T,
        &[
            ("size", &["up-to-5"]),
            ("stage", &["mvp"]),
            ("products", &["one"]),
            ("complexity", &["simple"]),
            ("market", &["some"]),
            ("experience", &["some"]),
            ("needs", &["steady"]),
            ("who", &["founder"]),
            ("grow", &["no"]),
            ("founder", &["daily"]),
            ("budget", &["very-tight"]),
            ("delivery", &["none"]),
        ],
        "founder-po",
    );
    assert_rules(&o, &["R6"], &["R7", "R5"]);
    assert_eq!(o.split.people.len(), 1, "one person, the founder, holds the product roles");
}

/// A 200-person software house with three products, several teams and outside vendors.
/// Rule 3: a Product Owner per product; rule 7: delivery across teams and vendors needs a
/// Project Manager.
#[test]
fn large_company_three_products_with_vendors() {
    let o = check(
        T,
        &[
            ("size", &["200-plus"]),
            ("stage", &["maturity"]),
            ("products", &["three-plus"]),
            ("complexity", &["complex"]),
            ("market", &["some"]),
            ("experience", &["plenty"]),
            ("needs", &["big-features"]),
            ("who", &["dedicated"]),
            ("grow", &["no"]),
            ("founder", &["no-founder"]),
            ("budget", &["ample"]),
            ("delivery", &["teams", "vendors"]),
        ],
        "po-per-product+pjm",
    );
    assert_rules(&o, &["R3", "R7"], &[]);
}

/// A 30-person scale-up growing fast around one complex platform, its founder short of
/// time, several teams that must work in step. Rules 2 and 9: separate PM and PO; rule 7:
/// a Project Manager for the teams.
#[test]
fn scale_up_with_one_complex_product() {
    let o = check(
        T,
        &[
            ("size", &["21-50"]),
            ("stage", &["growth"]),
            ("products", &["one"]),
            ("complexity", &["complex"]),
            ("market", &["fast"]),
            ("experience", &["some"]),
            ("needs", &["big-features"]),
            ("who", &["founder"]),
            ("grow", &["no"]),
            ("founder", &["stretched"]),
            ("budget", &["some"]),
            ("delivery", &["teams"]),
        ],
        "separate+pjm",
    );
    assert_rules(&o, &["R2", "R9", "R7"], &["R1"]);
}

/// A 10-person agency that builds its own booking app; a developer already runs the
/// backlog on the side and could do more with some training. Rule 8: look inward first.
#[test]
fn agency_where_a_developer_runs_the_backlog() {
    let o = check(
        T,
        &[
            ("size", &["6-20"]),
            ("stage", &["growth"]),
            ("products", &["one"]),
            ("complexity", &["moderate"]),
            ("market", &["some"]),
            ("experience", &["some"]),
            ("needs", &["steady"]),
            ("who", &["team-member"]),
            ("grow", &["maybe"]),
            ("founder", &["hands-off"]),
            ("budget", &["tight"]),
            ("delivery", &["fixed-budget"]),
        ],
        "upskill-insider",
    );
    assert_rules(&o, &["R8"], &["R7"]);
}

/// A 12-person startup funded just enough for one hire, one simple product, a founder who
/// is busy selling and leaves product to others, nobody inside to grow. Rule 4: a Product
/// Manager first, covering the Product Owner's work for now.
#[test]
fn tight_budget_small_team_founder_not_involved() {
    let o = check(
        T,
        &[
            ("size", &["6-20"]),
            ("stage", &["mvp"]),
            ("products", &["one"]),
            ("complexity", &["simple"]),
            ("market", &["some"]),
            ("experience", &["plenty"]),
            ("needs", &["steady"]),
            ("who", &["nobody"]),
            ("grow", &["no"]),
            ("founder", &["hands-off"]),
            ("budget", &["tight"]),
            ("delivery", &["none"]),
        ],
        "pm-first",
    );
    assert_rules(&o, &["R4"], &["R6", "R7"]);
}

/// A 40-person fintech preparing a regulated launch on a date set by the regulator, with
/// a core-banking vendor and audits. A larger organisation with a complex product: rule 2,
/// separate PM and PO; rule 7: delivery is the risk.
#[test]
fn regulated_fixed_date_launch_with_vendors() {
    let o = check(
        T,
        &[
            ("size", &["21-50"]),
            ("stage", &["mvp"]),
            ("products", &["one"]),
            ("complexity", &["complex"]),
            ("market", &["stable"]),
            ("experience", &["plenty"]),
            ("needs", &["steady"]),
            ("who", &["founder"]),
            ("grow", &["no"]),
            ("founder", &["hands-off"]),
            ("budget", &["some"]),
            ("delivery", &["fixed-date", "vendors", "admin"]),
        ],
        "separate+pjm",
    );
    assert_rules(&o, &["R2", "R7"], &["R1"]);
}

/// A three-person hardware startup: the founder decides everything, the first units must
/// be at a trade fair on a fixed date, and a contract manufacturer has to be kept on track.
/// Rule 6 for the product; rule 7 for delivery.
#[test]
fn hardware_founder_with_a_trade_fair_date() {
    let o = check(
        T,
        &[
            ("size", &["up-to-5"]),
            ("stage", &["mvp"]),
            ("products", &["one"]),
            ("complexity", &["moderate"]),
            ("market", &["stable"]),
            ("experience", &["some"]),
            ("needs", &["steady"]),
            ("who", &["founder"]),
            ("grow", &["no"]),
            ("founder", &["daily"]),
            ("budget", &["tight"]),
            ("delivery", &["fixed-date", "vendors"]),
        ],
        "founder-po+pjm",
    );
    assert_rules(&o, &["R6", "R7"], &[]);
}

/// A first-time founder with only an idea, in a market nobody has cracked yet, with seed
/// money for a couple of hires. The founder wants to decide, but rule 5 says an
/// experienced product person is needed: one product lead who holds both roles, since the
/// split is not pressing before growth (rule 9; rule 1 needs a simple product).
#[test]
fn first_time_founder_with_a_risky_idea() {
    let o = check(
        T,
        &[
            ("size", &["up-to-5"]),
            ("stage", &["idea"]),
            ("complexity", &["moderate"]),
            ("market", &["uncertain"]),
            ("experience", &["little"]),
            ("who", &["founder"]),
            ("grow", &["no"]),
            ("founder", &["daily"]),
            ("budget", &["some"]),
            ("delivery", &["none"]),
        ],
        "one-person",
    );
    assert_rules(&o, &["R5", "R9"], &["R6", "R1"]);
}

/// A four-person startup with two simple apps, a founder who decides daily, and money for
/// one hire at most. Rule 3 would want a Product Owner per product, but rule 4 (a tight
/// budget) and rule 6 (the founder of a very small startup) come first at this size.
#[test]
fn tiny_studio_with_two_apps_and_no_money() {
    let o = check(
        T,
        &[
            ("size", &["up-to-5"]),
            ("stage", &["mvp"]),
            ("products", &["two"]),
            ("complexity", &["simple"]),
            ("market", &["stable"]),
            ("experience", &["plenty"]),
            ("needs", &["steady"]),
            ("who", &["founder"]),
            ("grow", &["no"]),
            ("founder", &["daily"]),
            ("budget", &["very-tight"]),
            ("delivery", &["none"]),
        ],
        "founder-po",
    );
    assert_rules(&o, &["R6"], &["R3", "R5"]);
}

/// A three-person startup whose founder decides daily, with a colleague who could grow into
/// product work. The founder already is the Product Owner (rule 6); rule 8 is noted as a
/// way to fill a seat later, not a reason to take the product from the founder.
#[test]
fn founder_who_decides_daily_keeps_the_product() {
    let o = check(
        T,
        &[
            ("size", &["up-to-5"]),
            ("stage", &["mvp"]),
            ("products", &["one"]),
            ("complexity", &["simple"]),
            ("market", &["stable"]),
            ("experience", &["plenty"]),
            ("needs", &["steady"]),
            ("who", &["founder"]),
            ("grow", &["yes"]),
            ("founder", &["daily"]),
            ("budget", &["some"]),
            ("delivery", &["none"]),
        ],
        "founder-po",
    );
    assert_rules(&o, &["R6", "R8"], &[]);
}

/// A 15-person company with a simple product and a product person in post whom nobody sees
/// growing into both roles: no upskilling (rule 8 needs someone who could grow), one
/// product lead for both roles (rule 1).
#[test]
fn product_person_in_post_who_will_not_grow() {
    let o = check(
        T,
        &[
            ("size", &["6-20"]),
            ("stage", &["mvp"]),
            ("products", &["one"]),
            ("complexity", &["simple"]),
            ("market", &["stable"]),
            ("experience", &["plenty"]),
            ("needs", &["upkeep"]),
            ("who", &["dedicated"]),
            ("grow", &["no"]),
            ("founder", &["hands-off"]),
            ("budget", &["some"]),
            ("delivery", &["fixed-date"]),
        ],
        "one-person+pjm",
    );
    // One fixed date is enough for a Project Manager (rule 7 names fixed deadlines).
    assert_rules(&o, &["R1", "R7"], &["R8", "R5"]);
}

/// A 30-person company growing fast with one simple product. Not rule 2 (the product is
/// simple), but growth makes the split pressing (rule 9): separate PM and PO.
#[test]
fn growing_company_with_a_simple_product() {
    let o = check(
        T,
        &[
            ("size", &["21-50"]),
            ("stage", &["growth"]),
            ("products", &["one"]),
            ("complexity", &["simple"]),
            ("market", &["stable"]),
            ("experience", &["plenty"]),
            ("needs", &["steady"]),
            ("who", &["nobody"]),
            ("grow", &["no"]),
            ("founder", &["no-founder"]),
            ("budget", &["some"]),
            ("delivery", &["none"]),
        ],
        "separate",
    );
    assert_rules(&o, &["R9"], &["R1", "R2"]);
}

/// A 12-person company with its first product, a simple one, and a colleague keen to grow
/// into product work. Rule 5 calls for the experience the team lacks, so not upskilling:
/// one experienced product lead (rule 1), with rule 8 noted for the colleague.
#[test]
fn keen_colleague_but_no_experience_in_the_team() {
    let o = check(
        T,
        &[
            ("size", &["6-20"]),
            ("stage", &["mvp"]),
            ("products", &["one"]),
            ("complexity", &["simple"]),
            ("market", &["stable"]),
            ("experience", &["little"]),
            ("needs", &["steady"]),
            ("who", &["team-member"]),
            ("grow", &["yes"]),
            ("founder", &["hands-off"]),
            ("budget", &["some"]),
            ("delivery", &["none"]),
        ],
        "one-person",
    );
    assert_rules(&o, &["R1", "R5", "R8"], &[]);
}

/// A 120-person company with one mature, moderately complex product that needs a
/// redesign. Rules 2 and 5: separate people, and a strong Product Owner for the redesign.
#[test]
fn mature_company_redesigning_its_product() {
    let o = check(
        T,
        &[
            ("size", &["51-200"]),
            ("stage", &["maturity"]),
            ("products", &["one"]),
            ("complexity", &["moderate"]),
            ("market", &["fast"]),
            ("experience", &["plenty"]),
            ("needs", &["redesign"]),
            ("who", &["dedicated"]),
            ("grow", &["no"]),
            ("founder", &["no-founder"]),
            ("budget", &["ample"]),
            ("delivery", &["none"]),
        ],
        "separate",
    );
    assert_rules(&o, &["R2", "R5"], &[]);
}

/// A bank with 2,000 staff building one new complex customer app with several internal
/// teams, an agency and compliance reviews. Rules 2 and 7: all three roles.
#[test]
fn corporate_digital_programme() {
    let o = check(
        T,
        &[
            ("size", &["200-plus"]),
            ("stage", &["mvp"]),
            ("products", &["one"]),
            ("complexity", &["complex"]),
            ("market", &["some"]),
            ("experience", &["some"]),
            ("needs", &["big-features"]),
            ("who", &["nobody"]),
            ("grow", &["no"]),
            ("founder", &["no-founder"]),
            ("budget", &["ample"]),
            ("delivery", &["teams", "vendors", "admin"]),
        ],
        "separate+pjm",
    );
    assert_rules(&o, &["R2", "R7"], &[]);
}

/// A 25-person studio with two apps for different customers and no delivery pressure to
/// speak of. Rule 3: a Product Owner for each app under one Product Manager.
#[test]
fn studio_with_two_apps() {
    let o = check(
        T,
        &[
            ("size", &["21-50"]),
            ("stage", &["growth"]),
            ("products", &["two"]),
            ("complexity", &["simple"]),
            ("market", &["some"]),
            ("experience", &["plenty"]),
            ("needs", &["steady"]),
            ("who", &["founder"]),
            ("grow", &["no"]),
            ("founder", &["big-calls"]),
            ("budget", &["some"]),
            ("delivery", &["none"]),
        ],
        "po-per-product",
    );
    assert_rules(&o, &["R3", "R9"], &["R7"]);
}

/// A 15-person digital agency: a designer already shapes the product on the side and
/// wants the job; client work brings fixed dates and fixed budgets. Rules 8 and 7.
#[test]
fn agency_designer_with_client_deadlines() {
    let o = check(
        T,
        &[
            ("size", &["6-20"]),
            ("stage", &["mvp"]),
            ("products", &["one"]),
            ("complexity", &["moderate"]),
            ("market", &["some"]),
            ("experience", &["some"]),
            ("needs", &["steady"]),
            ("who", &["team-member"]),
            ("grow", &["yes"]),
            ("founder", &["hands-off"]),
            ("budget", &["tight"]),
            ("delivery", &["fixed-date", "fixed-budget"]),
        ],
        "upskill-insider+pjm",
    );
    assert_rules(&o, &["R8", "R7"], &[]);
}

/// An 18-person company building a public-sector portal under a tender: a fixed date,
/// procurement paperwork, a tight budget, and a founder who leaves product to others.
/// Rule 4 (a Product Manager first) with rule 7 (a Project Manager for delivery).
#[test]
fn public_tender_on_a_tight_budget() {
    let o = check(
        T,
        &[
            ("size", &["6-20"]),
            ("stage", &["mvp"]),
            ("products", &["one"]),
            ("complexity", &["moderate"]),
            ("market", &["stable"]),
            ("experience", &["some"]),
            ("needs", &["steady"]),
            ("who", &["nobody"]),
            ("grow", &["no"]),
            ("founder", &["hands-off"]),
            ("budget", &["very-tight"]),
            ("delivery", &["fixed-date", "admin"]),
        ],
        "pm-first+pjm",
    );
    assert_rules(&o, &["R4", "R7"], &[]);
}

// ---------------------------------------------------------------- candidate assessment

const C: Assessment = Assessment::Candidate;

/// A former sales engineer who loves customer interviews, market research and moving
/// revenue: a Product Manager.
#[test]
fn customer_and_revenue_lover_is_pm() {
    let o = check(
        C,
        &[
            ("energy", &["customers"]),
            ("kpi", &["revenue"]),
            ("mid-sprint", &["why"]),
            ("slip", &["market-moment"]),
            ("competitor", &["differentiate"]),
            ("strengths", &["markets", "leading"]),
            ("horizon", &["years"]),
            ("budgets", &["comfortable"]),
            ("customers", &["lots"]),
            ("meeting", &["roadmap-review"]),
            ("proud", &["analysis"]),
            ("interview", &["growth"]),
            ("people", &["market-side"]),
            ("change", &["exciting"]),
        ],
        "pm",
    );
    assert_rules(&o, &["C1"], &["C2", "C3", "C4", "C5"]);
}

/// A scrum team member who loves a tidy backlog, sprint reviews and shipping often:
/// a Product Owner.
#[test]
fn backlog_and_sprint_lover_is_po() {
    let o = check(
        C,
        &[
            ("energy", &["shipping"]),
            ("kpi", &["velocity"]),
            ("mid-sprint", &["backlog"]),
            ("slip", &["cut-scope"]),
            ("competitor", &["reorder"]),
            ("strengths", &["writing", "tech"]),
            ("horizon", &["sprints"]),
            ("budgets", &["avoid"]),
            ("customers", &["regular"]),
            ("meeting", &["sprint-review"]),
            ("proud", &["backlog"]),
            ("interview", &["develop"]),
            ("people", &["developers"]),
            ("change", &["fine"]),
        ],
        "po",
    );
    assert_rules(&o, &["C2"], &["C1", "C3"]);
}

/// Someone who has run construction and IT projects: Gantt charts, budgets, risk logs and
/// vendors are home ground. A Project Manager.
#[test]
fn plan_budget_and_risk_lover_is_pjm() {
    let o = check(
        C,
        &[
            ("energy", &["plan"]),
            ("kpi", &["on-plan"]),
            ("mid-sprint", &["impact"]),
            ("slip", &["replan"]),
            ("competitor", &["pull-forward"]),
            ("strengths", &["risks", "vendors"]),
            ("horizon", &["project"]),
            ("budgets", &["enjoy"]),
            ("customers", &["little"]),
            ("meeting", &["risk-review"]),
            ("proud", &["plan"]),
            ("interview", &["late"]),
            ("people", &["leads"]),
            ("change", &["uneasy"]),
        ],
        "pjm",
    );
    assert_rules(&o, &["C3"], &["C1", "C2"]);
}

/// A UX designer moving into product: users, redesigns and the developers' daily work
/// matter most, budgets and markets less. Still clearly a Product Owner.
#[test]
fn designer_moving_into_product_is_po() {
    check(
        C,
        &[
            ("energy", &["shipping"]),
            ("kpi", &["nps"]),
            ("mid-sprint", &["backlog"]),
            ("slip", &["cut-scope"]),
            ("competitor", &["reorder"]),
            ("strengths", &["users", "ideas"]),
            ("horizon", &["sprints"]),
            ("budgets", &["avoid"]),
            ("customers", &["regular"]),
            ("meeting", &["workshop"]),
            ("proud", &["redesign"]),
            ("interview", &["develop"]),
            ("people", &["developers"]),
            ("change", &["fine"]),
        ],
        "po",
    );
}

/// An agency delivery lead who coordinates clients, vendors and several teams and likes
/// a plan that holds. A Project Manager, with some product sense.
#[test]
fn agency_delivery_lead_is_pjm() {
    check(
        C,
        &[
            ("energy", &["plan"]),
            ("kpi", &["time-to-market"]),
            ("mid-sprint", &["impact"]),
            ("slip", &["team-cause"]),
            ("competitor", &["pull-forward"]),
            ("strengths", &["organising", "vendors"]),
            ("horizon", &["project"]),
            ("budgets", &["comfortable"]),
            ("customers", &["some"]),
            ("meeting", &["risk-review"]),
            ("proud", &["plan"]),
            ("interview", &["late"]),
            ("people", &["everyone"]),
            ("change", &["fine"]),
        ],
        "pjm",
    );
}

/// The first product hire of a startup: as happy talking to customers about next year as
/// ordering the backlog for next sprint, and not drawn to budgets. A PM/PO hybrid.
#[test]
fn startup_product_lead_is_pm_po_hybrid() {
    let o = check(
        C,
        &[
            ("energy", &["bridge"]),
            ("kpi", &["nps"]),
            ("mid-sprint", &["backlog"]),
            ("slip", &["cut-scope"]),
            ("competitor", &["roadmap"]),
            ("strengths", &["markets", "writing"]),
            ("horizon", &["years"]),
            ("budgets", &["avoid"]),
            ("customers", &["lots"]),
            ("meeting", &["sprint-review"]),
            ("proud", &["analysis"]),
            ("interview", &["develop"]),
            ("people", &["developers"]),
            ("change", &["exciting"]),
        ],
        "hybrid-pm-po",
    );
    assert_rules(&o, &["C1", "C2", "C4"], &["C3"]);
}

/// A Product Owner who came from delivery: backlog and sprint reviews, but also the plan,
/// the dates and the risks. A PO/PjM hybrid.
#[test]
fn delivery_minded_po_is_po_pjm_hybrid() {
    let o = check(
        C,
        &[
            ("energy", &["shipping"]),
            ("kpi", &["time-to-market"]),
            ("mid-sprint", &["backlog"]),
            ("slip", &["team-cause"]),
            ("competitor", &["pull-forward"]),
            ("strengths", &["writing", "risks"]),
            ("horizon", &["project"]),
            ("budgets", &["can"]),
            ("customers", &["some"]),
            ("meeting", &["sprint-review"]),
            ("proud", &["plan"]),
            ("interview", &["late"]),
            ("people", &["developers"]),
            ("change", &["uneasy"]),
        ],
        "hybrid-po-pjm",
    );
    assert_rules(&o, &["C4"], &["C1"]);
}

/// A commercial programme lead: thinks in markets and revenue, but also owns budgets and
/// keeps big launches on plan. A PM/PjM hybrid.
#[test]
fn commercial_programme_lead_is_pm_pjm_hybrid() {
    let o = check(
        C,
        &[
            ("energy", &["customers"]),
            ("kpi", &["on-plan"]),
            ("mid-sprint", &["why"]),
            ("slip", &["replan"]),
            ("competitor", &["differentiate"]),
            ("strengths", &["leading", "organising"]),
            ("horizon", &["years"]),
            ("budgets", &["enjoy"]),
            ("customers", &["some"]),
            ("meeting", &["roadmap-review"]),
            ("proud", &["plan"]),
            ("interview", &["late"]),
            ("people", &["leads"]),
            ("change", &["exciting"]),
        ],
        "hybrid-pm-pjm",
    );
    assert_rules(&o, &["C4"], &["C2"]);
}

/// An early-startup all-rounder who has done a bit of everything and likes it that way:
/// no role stands out, a generalist.
#[test]
fn early_startup_all_rounder_is_generalist() {
    let o = check(
        C,
        &[
            ("energy", &["bridge"]),
            ("kpi", &["on-plan"]),
            ("mid-sprint", &["talk"]),
            ("slip", &["team-cause"]),
            ("competitor", &["roadmap"]),
            ("strengths", &["ideas", "organising"]),
            ("horizon", &["mix"]),
            ("budgets", &["comfortable"]),
            ("customers", &["regular"]),
            ("meeting", &["workshop"]),
            ("proud", &["plan"]),
            ("interview", &["develop"]),
            ("people", &["everyone"]),
            ("change", &["exciting"]),
        ],
        "generalist",
    );
    assert_rules(&o, &["C5"], &[]);
}
