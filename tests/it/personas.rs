//! Personas: realistic visitors answer the shipped question banks, and each must get the
//! outcome that DOMAIN.md's rules and their precedence (R1-R9 and F1 for teams, C1-C3 and the
//! tie rule for candidates) call for, with the deciding answers among the reasons shown.
//! Answers are named by question and choice id, so the tests survive reordering. A team
//! persona starts from a plain company (`TEAM_DEFAULTS`) and says what differs.

use crate::support::content;
use rolefit::engine::bank::Assessment;
use rolefit::engine::evaluate;
use rolefit::engine::flow::{is_complete, visible};
use rolefit::engine::outcome::totals;
use rolefit::engine::outcome::{Confidence, Detail};
use rolefit::engine::split::PersonKind;
use rolefit::engine::step::Step;
use rolefit::engine::{Answers, Outcome, Role, Signal};

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
    let wanted = rolefit::engine::outcome::OutcomeId::from_code(expected)
        .unwrap_or_else(|| panic!("\"{expected}\" is not an outcome id"));
    if outcome.id != wanted {
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

/// A plain mid-size company with one product and nothing special; personas override these.
const TEAM_DEFAULTS: &str = "size=21-50 roles=none decides=committee founder=little stage=mvp products=one \
     complexity=moderate market=some experience=some needs=steady grow=no budget=ample delivery=none";

/// Parses "question=choice,choice ..." into answers; later entries override earlier ones.
fn spec(defaults: &str, answers: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for part in defaults.split_whitespace().chain(answers.split_whitespace()) {
        let (q, cs) = part.split_once('=').unwrap_or_else(|| panic!("\"{part}\" is not question=choice"));
        let cs: Vec<String> = cs.split(',').map(str::to_string).collect();
        match out.iter_mut().find(|(k, _)| k == q) {
            Some(entry) => entry.1 = cs,
            None => out.push((q.to_string(), cs)),
        }
    }
    out
}

/// A team persona: `answers` over the defaults (answers to questions the others skip are
/// dropped, as the flow would), the expected outcome, rules that must and must not fire, and
/// the questions whose answers the "why" list must show.
#[track_caller]
fn team(answers: &str, expected: &str, fired: &[&str], not: &[&str], deciding: &[&str]) -> Outcome {
    let content = content();
    let bank = content.bank(T);
    let all = spec(TEAM_DEFAULTS, answers);
    // Drop answers to questions that the persona's other answers skip.
    let mut kept: Vec<(&str, Vec<&str>)> =
        all.iter().map(|(q, c)| (q.as_str(), c.iter().map(String::as_str).collect())).collect();
    let skipped: Vec<&str> = bank
        .questions()
        .iter()
        .filter_map(|q| {
            let skip = q.skip_if.as_ref()?;
            let (_, chosen) = kept.iter().find(|(k, _)| *k == bank.question(skip.question).id.0)?;
            let target = bank.question(skip.question);
            skip.any_of.iter().any(|c| chosen.contains(&target.choices[c.0].id.0.as_str())).then_some(q.id.0.as_str())
        })
        .collect();
    kept.retain(|(q, _)| !skipped.contains(q));
    let pairs: Vec<(&str, &[&str])> = kept.iter().map(|(q, c)| (*q, c.as_slice())).collect();
    let o = check(T, &pairs, expected);
    assert_rules(&o, fired, not);
    let shown: Vec<&str> = o.reasons.iter().map(|c| bank.question(c.question).id.0.as_str()).collect();
    for d in deciding {
        assert!(
            shown.contains(d),
            "the reasons for \"{}\" should show the answer to \"{d}\"; they show {shown:?}",
            o.id
        );
    }
    o
}

fn new_hires(o: &Outcome) -> u8 {
    match o.detail {
        Detail::Team { new_hires, .. } => new_hires,
        _ => panic!("a team outcome"),
    }
}

fn steps(o: &Outcome) -> (Vec<Step>, Vec<Step>) {
    match &o.detail {
        Detail::Team { now, next, .. } => (now.clone(), next.clone()),
        _ => panic!("a team outcome"),
    }
}

fn has(o: &Outcome, kind: PersonKind, role: Option<Role>) -> bool {
    o.split.people.iter().any(|p| p.kind == kind && role.is_none_or(|r| p.holds(r)))
}

/// Whoever owns the "final say" row of the split.
fn final_say_owner(o: &Outcome) -> PersonKind {
    let c = content();
    let row = c.model.responsibilities.iter().position(|r| r.final_say).expect("a final-say row");
    o.split.people[o.split.rows[row].owner].kind
}

/// Two bootstrapped founders before their first release; one of them works with the team
/// daily; a simple app; no money for anyone. Rule 6: the founder acts as Product Owner.
#[test]
fn bootstrapped_founders_before_first_release() {
    let o = team(
        "size=up-to-5 decides=founder founder=daily complexity=simple budget=very-tight",
        "founder-po",
        &["R6", "R1"],
        &["R5", "R7"],
        &["decides", "size"],
    );
    assert_eq!(new_hires(&o), 0);
    assert_eq!(final_say_owner(&o), PersonKind::Founder);
}

/// A 4-person startup building its first product (nobody has launched one), the founder
/// decides but has only a few hours a week, budget for one hire. Rule 5 calls for a Product
/// Owner; the founder already holds the strategy, so the one hire is the PO, not a PM.
#[test]
fn four_person_mvp_first_product_gets_a_po_first() {
    let o = team(
        "size=up-to-5 decides=founder founder=some complexity=simple experience=little budget=tight",
        "po-first",
        &["R5", "R6"],
        &["R4"],
        &["experience", "decides"],
    );
    assert_eq!(new_hires(&o), 1);
    assert!(steps(&o).0.contains(&Step::HirePoExperienced), "an experienced PO: experience is what is missing");
    assert_eq!(final_say_owner(&o), PersonKind::Founder, "the PO pitches, the founder decides");
}

/// The same founder works with the team daily and the market moves fast, with budget for
/// one or two hires: rule 5 still wants a Product Owner rather than the founder doing it.
#[test]
fn founder_with_time_in_a_fast_market_still_hires_a_po() {
    let o = team(
        "size=up-to-5 decides=founder founder=daily complexity=simple market=fast budget=some",
        "po-first",
        &["R5", "R6"],
        &[],
        &["market", "decides"],
    );
    assert!(has(&o, PersonKind::Founder, Some(Role::ProductManager)));
}

/// No money at all and a first product: the founder covers, with a mentor for the missing
/// experience, and the PO is the next hire.
#[test]
fn founder_with_no_budget_covers_with_a_mentor() {
    let o = team(
        "size=up-to-5 decides=founder founder=daily complexity=simple experience=little budget=very-tight",
        "founder-po",
        &["R6", "R5", "R4"],
        &[],
        &["budget", "experience"],
    );
    let (now, next) = steps(&o);
    assert!(now.contains(&Step::Mentor) && next.contains(&Step::NextPoBudget));
}

/// A tiny studio with two apps and no money, led by its founder: nobody can be hired, so the
/// founder covers both products' backlogs for now, and the POs follow as money comes.
#[test]
fn tiny_studio_with_two_apps_and_no_money() {
    let o = team(
        "size=up-to-5 decides=founder founder=daily products=two complexity=simple budget=very-tight",
        "founder-po",
        &["R4", "R3", "R6"],
        &[],
        &["products", "budget"],
    );
    assert_eq!(new_hires(&o), 0);
    assert!(steps(&o).1.contains(&Step::NextPoBudget));
}

/// An enterprise with seven products, a Product Manager and one Product Owner, many teams
/// and vendors: several PMs over the portfolio, a PO per product, and a Project Manager.
#[test]
fn enterprise_portfolio_with_one_pm() {
    let o = team(
        "size=200-plus roles=pm,po decides=product stage=maturity products=seven-plus complexity=complex delivery=teams,vendors",
        "portfolio+pjm",
        &["R8", "R3", "R7"],
        &["R1", "R4"],
        &["products", "roles", "delivery"],
    );
    assert!(has(&o, PersonKind::PoPerProduct, Some(Role::ProductOwner)));
    assert!(has(&o, PersonKind::Existing, Some(Role::ProductManager)), "the PM they have stays");
    assert!(steps(&o).0.contains(&Step::HirePmPerLine));
}

/// Five products under the one Product Manager they have: rule 3's overload.
#[test]
fn five_products_under_one_pm_get_more_pms() {
    let o = team(
        "size=51-200 roles=pm decides=product stage=growth products=four-to-six",
        "portfolio",
        &["R3"],
        &[],
        &["products", "roles"],
    );
    assert!(steps(&o).0.contains(&Step::HirePmPerLine));
}

/// An agency building a product whose strategy the client owns: a Project Manager leads the
/// delivery, the client's representative acts as PO, no Product Manager of the agency's own.
#[test]
fn agency_building_for_a_client() {
    let o = team(
        "size=21-50 decides=client complexity=complex delivery=fixed-date,vendors",
        "client-led",
        &["F1", "R7"],
        &["R2", "R3"],
        &["decides"],
    );
    assert!(has(&o, PersonKind::Hire, Some(Role::ProjectManager)));
    assert!(!o.split.people.iter().any(|p| p.kind != PersonKind::Client && p.holds(Role::ProductManager)));
    assert_eq!(final_say_owner(&o), PersonKind::Client);
}

/// The same agency already has a Project Manager: keep them; nothing to hire.
#[test]
fn agency_with_a_project_manager_for_a_client() {
    let o = team("size=6-20 roles=pjm decides=client budget=tight", "client-led", &["F1"], &[], &["decides", "roles"]);
    assert_eq!(new_hires(&o), 0);
    assert!(steps(&o).0.contains(&Step::KeepPjm));
}

/// A small agency with no budget, building for a client: a colleague leads the delivery for
/// now, and the Project Manager is hired when money allows.
#[test]
fn small_agency_for_a_client_without_budget() {
    let o =
        team("size=up-to-5 decides=client budget=very-tight", "client-led", &["F1", "R4"], &[], &["decides", "budget"]);
    assert_eq!(new_hires(&o), 0);
    assert!(has(&o, PersonKind::Stopgap, Some(Role::ProjectManager)));
}

/// A mid-size company facing a redesign in a fast market, with nobody owning the backlog:
/// a Product Owner first (rule 5), the Product Manager after, not two equal hires.
#[test]
fn mid_size_redesign_in_a_fast_market() {
    let o = team(
        "size=51-200 stage=maturity complexity=complex market=fast needs=redesign",
        "po-first",
        &["R5", "R2"],
        &["R4"],
        &["market", "needs", "roles"],
    );
    assert_eq!(new_hires(&o), 1);
    assert!(steps(&o).1.contains(&Step::NextPmLater));
}

/// The same redesign where a Product Manager is in post: add a Product Owner beside them.
#[test]
fn mid_size_redesign_with_a_pm_adds_a_po() {
    let o = team(
        "size=51-200 roles=pm decides=product stage=maturity complexity=complex needs=redesign budget=some",
        "add-po",
        &["R8", "R5", "R2"],
        &[],
        &["needs", "roles"],
    );
    assert!(steps(&o).0.contains(&Step::Handoff), "the PM and PO agree how they work together, side by side");
}

/// A growing 15-person company with a product that is not simple and budget for one hire:
/// the split is pressing (rule 9), but the budget allows one person: a PM who covers PO work.
#[test]
fn growing_on_a_tight_budget() {
    let o = team("size=6-20 stage=growth budget=tight", "pm-first", &["R4", "R9"], &["R5"], &["budget", "stage"]);
    assert_eq!(new_hires(&o), 1);
    assert!(steps(&o).1.contains(&Step::NextPoBudget));
}

/// A 25-person company with a complex product and budget for one hire: rule 4 holds above
/// 20 people too: one hire, not two.
#[test]
fn twenty_five_people_with_budget_for_one_hire() {
    let o = team("size=21-50 complexity=complex budget=tight", "pm-first", &["R4", "R2"], &[], &["budget", "size"]);
    assert_eq!(new_hires(&o), 1);
}

/// The same company with no budget for any hire and nobody to grow: someone covers with a
/// mentor, and the first hire is planned.
#[test]
fn twenty_five_people_with_no_budget() {
    let o = team("size=21-50 complexity=complex budget=very-tight", "cover-for-now", &["R4"], &[], &["budget"]);
    assert_eq!(new_hires(&o), 0);
    assert!(steps(&o).1.contains(&Step::NextHireBudget));
}

/// A business analyst who already runs the backlog beside the Product Manager: they take the
/// Product Owner seat ([003]), rather than a PO being hired.
#[test]
fn business_analyst_who_runs_the_backlog() {
    let o = team(
        "size=21-50 roles=pm,side decides=product complexity=complex grow=po-ready",
        "insider-po",
        &["R8", "R2"],
        &[],
        &["grow", "roles"],
    );
    assert_eq!(new_hires(&o), 0);
    assert!(has(&o, PersonKind::Insider, Some(Role::ProductOwner)));
}

/// The same analyst in a company of 3,000 with rule 5 in force: still inside first.
#[test]
fn business_analyst_in_a_large_company_facing_change() {
    let o = team(
        "size=200-plus roles=pm decides=product complexity=complex market=fast grow=po-ready budget=ample",
        "insider-po",
        &["R8", "R5"],
        &[],
        &["grow"],
    );
    assert!(!steps(&o).0.contains(&Step::HirePo));
}

/// A small company with a simple product and an analyst who could grow: the analyst takes
/// the Product Owner seat, the seat that fits them ([003]), covering the product-management
/// side until a Product Manager follows.
#[test]
fn small_company_moves_its_analyst_into_the_po_seat() {
    let o = team("size=6-20 complexity=simple grow=po-ready", "insider-po", &["R8", "R1"], &["R5"], &["grow"]);
    assert_eq!(new_hires(&o), 0);
    let insider = o.split.people.iter().find(|p| p.kind == PersonKind::Insider).expect("the analyst");
    assert_eq!(insider.interim, Some(Role::ProductManager), "covers the PM side for now");
    assert!(steps(&o).1.contains(&Step::NextPmLater));
}

/// Someone who knows the market could own the roadmap, and the product needs a redesign:
/// they take the PM seat, and rule 5's Product Owner is hired beside them.
#[test]
fn market_insider_and_a_redesign_hire_a_po_beside_them() {
    let o = team(
        "size=6-20 stage=maturity complexity=simple needs=redesign grow=pm-ready",
        "add-po",
        &["R8", "R5"],
        &[],
        &["needs", "grow"],
    );
    assert!(has(&o, PersonKind::Insider, Some(Role::ProductManager)));
    assert_eq!(new_hires(&o), 1);
}

/// A mid-size company on a one-hire budget facing a redesign, with nobody on the strategy
/// side: precedence 4 makes the one hire a PM who covers the PO's tasks (rule 4's own case).
#[test]
fn redesign_on_one_hire_with_nobody_on_strategy_gets_a_pm_first() {
    let o = team(
        "size=51-200 stage=maturity complexity=complex needs=redesign budget=tight",
        "pm-first",
        &["R4"],
        &[],
        &["budget"],
    );
    assert_eq!(new_hires(&o), 1);
}

/// An agency building for a client, which has its own PM and PO: they support the client's
/// representative; the sprint events stay with the team's Project Manager, not the client.
#[test]
fn agency_with_product_people_building_for_a_client() {
    let o =
        team("size=51-200 roles=pm,po decides=client delivery=teams", "client-led", &["F1", "R8"], &[], &["decides"]);
    assert!(steps(&o).0.contains(&Step::ClientOwnPeople));
    let c = content();
    let sprint = c.model.responsibilities.iter().position(|r| r.id == "sprint-events").expect("row");
    assert_ne!(
        o.split.people[o.split.rows[sprint].owner].kind,
        PersonKind::Client,
        "the client does not run development"
    );
}

/// A founder with little time, no budget: a colleague covers the backlog, the founder keeps
/// the strategy; no one is told to give time they said they do not have.
#[test]
fn founder_with_little_time_and_no_budget_is_not_made_po() {
    let o = team(
        "size=up-to-5 decides=founder founder=little complexity=simple market=uncertain experience=little budget=very-tight",
        "cover-for-now",
        &["R4", "R6"],
        &[],
        &["budget"],
    );
    assert!(!o.split.people.iter().any(|p| p.kind == PersonKind::Founder && p.holds(Role::ProductOwner)));
    assert!(has(&o, PersonKind::Stopgap, Some(Role::ProductOwner)));
    assert!(steps(&o).0.contains(&Step::Mentor), "experience is missing: a mentor");
}

/// No budget and an experienced team: no mentor step, and one next hire, not three.
#[test]
fn no_budget_with_experience_plans_one_next_hire() {
    let o = team(
        "size=21-50 stage=maturity complexity=complex experience=plenty budget=very-tight",
        "cover-for-now",
        &["R4"],
        &[],
        &[],
    );
    let (now, next) = steps(&o);
    assert!(!now.contains(&Step::Mentor));
    let hires =
        next.iter().filter(|s| matches!(s, Step::NextHireBudget | Step::NextPoBudget | Step::NextPmBudget)).count();
    assert_eq!(hires, 1, "{next:?}");
}

/// A management group decides: it holds the split's final say, and the steps say to agree
/// what it keeps.
#[test]
fn a_management_group_keeps_the_final_say() {
    let o = team("size=51-200 roles=pm,po decides=committee complexity=complex", "keep", &["R8"], &[], &[]);
    assert_eq!(final_say_owner(&o), PersonKind::Committee);
    assert!(steps(&o).0.contains(&Step::CommitteeSay));
}

/// A keen colleague who does product work on the side, but nobody has launched a product:
/// they grow into the seat, with an outside mentor for the experience (precedence 2 and 3).
#[test]
fn keen_colleague_without_experience_gets_a_mentor() {
    let o = team(
        "size=6-20 roles=side grow=maybe experience=little",
        "upskill-insider",
        &["R8", "R5"],
        &[],
        &["grow", "experience"],
    );
    assert!(steps(&o).0.contains(&Step::Mentor));
}

/// One Product Manager and a second product about to launch: a PO for each product beside
/// the PM they have, not "hire a Product Manager first".
#[test]
fn one_pm_and_a_second_product() {
    let o = team(
        "size=21-50 roles=pm decides=product stage=growth products=two budget=some",
        "po-per-product",
        &["R8", "R3"],
        &["R4"],
        &["products", "roles"],
    );
    assert_eq!(new_hires(&o), 2);
    assert!(has(&o, PersonKind::Existing, Some(Role::ProductManager)));
}

/// The same, with budget for one hire: a PO now for the product that needs one most, the
/// second as money allows.
#[test]
fn one_pm_and_a_second_product_on_a_tight_budget() {
    let o = team(
        "size=21-50 roles=pm decides=product stage=growth products=two budget=tight",
        "add-po",
        &["R4", "R3"],
        &[],
        &["products", "budget"],
    );
    assert_eq!(new_hires(&o), 1);
    let (now, next) = steps(&o);
    assert!(now.contains(&Step::HireOnePo) && next.contains(&Step::NextPosBudget));
}

/// A team whose setup already fits: a PM and a PO for one complex product. Keep it.
#[test]
fn a_team_whose_setup_already_fits() {
    let o = team(
        "size=51-200 roles=pm,po decides=product complexity=complex",
        "keep",
        &["R8", "R2"],
        &["R4", "R5"],
        &["roles"],
    );
    assert_eq!(new_hires(&o), 0);
    assert!(!o.split.people.iter().any(|p| p.kind == PersonKind::Hire));
}

/// The same team with a Project Manager and a fixed launch date: keep all three.
#[test]
fn a_team_with_all_three_roles_keeps_them() {
    let o = team(
        "size=51-200 roles=pm,po,pjm decides=product complexity=complex delivery=fixed-date",
        "keep",
        &["R8", "R7"],
        &[],
        &["roles", "delivery"],
    );
    assert!(steps(&o).0.contains(&Step::KeepPjm));
}

/// PM and PO in post, a regulated launch with vendors and no Project Manager: keep the
/// product roles and add a Project Manager.
#[test]
fn regulated_launch_with_vendors_adds_a_project_manager() {
    let o = team(
        "size=51-200 roles=pm,po decides=product complexity=complex delivery=fixed-date,vendors,admin",
        "keep+pjm",
        &["R7"],
        &[],
        &["delivery"],
    );
    assert_eq!(new_hires(&o), 1);
}

/// A Product Owner in post at a larger company with a complex product: add a PM beside them.
#[test]
fn po_in_post_at_a_larger_company_adds_a_pm() {
    let o = team("size=51-200 roles=po decides=product complexity=complex", "add-pm", &["R8", "R2"], &[], &["roles"]);
    assert_eq!(new_hires(&o), 1);
}

/// A product person in post at a small company with a simple product, nobody to grow: keep
/// them as the one lead for both roles (rules 8 and 1).
#[test]
fn product_person_in_post_at_a_small_company() {
    let o = team("size=6-20 roles=po decides=product complexity=simple", "keep", &["R8", "R1"], &[], &["roles"]);
    assert!(steps(&o).1.contains(&Step::NextSplitGrowth));
}

/// A corporate programme with nobody in product roles yet, many teams, vendors and audits:
/// all three roles, with the PM and PO side by side.
#[test]
fn corporate_programme_needs_all_three() {
    let o = team(
        "size=200-plus stage=maturity complexity=complex experience=plenty delivery=teams,vendors,admin",
        "separate+pjm",
        &["R2", "R7"],
        &["R4", "R5"],
        &["size", "complexity", "delivery"],
    );
    assert_eq!(new_hires(&o), 3);
}

/// A scale-up with one complex product, growing fast: two product people (rules 2 and 9).
#[test]
fn scale_up_with_one_complex_product() {
    let o = team("size=51-200 stage=growth complexity=complex", "separate", &["R2", "R9"], &["R1"], &["size", "stage"]);
    assert_eq!(new_hires(&o), 2);
}

/// A growing 10-person company with a simple product: rule 1 still holds, one lead for both.
#[test]
fn growing_small_company_with_a_simple_product() {
    let o = team("size=6-20 stage=growth complexity=simple", "one-person", &["R1"], &["R2"], &["complexity"]);
    assert_eq!(new_hires(&o), 1);
}

/// A founder-led 15-person company that hires one product lead: the founder keeps the final
/// say, shown in the split (rule 6: the PO pitches, the founder decides).
#[test]
fn founder_led_company_hiring_keeps_the_founders_say() {
    let o = team("size=6-20 decides=founder founder=little", "one-person", &["R6"], &[], &["decides"]);
    assert_eq!(final_say_owner(&o), PersonKind::Founder);
    assert!(steps(&o).0.contains(&Step::FounderFinalSay));
}

/// A 100-person company whose founder still decides, hiring both roles: the founder keeps
/// the final say beside them.
#[test]
fn founder_of_a_larger_company_keeps_the_say_beside_two_hires() {
    let o = team(
        "size=51-200 decides=founder founder=little complexity=complex",
        "separate",
        &["R2", "R6"],
        &[],
        &["decides"],
    );
    assert_eq!(final_say_owner(&o), PersonKind::Founder);
}

/// A hardware founder with a trade-fair date: the founder acts as PO, and a Project
/// Manager takes the fixed date and the vendors.
#[test]
fn hardware_founder_with_a_trade_fair_date() {
    let o = team(
        "size=up-to-5 decides=founder founder=daily complexity=simple delivery=fixed-date,vendors budget=some",
        "founder-po+pjm",
        &["R6", "R7"],
        &[],
        &["delivery"],
    );
    assert_eq!(new_hires(&o), 1);
}

/// A first-time founder with a risky idea (nothing built yet): an experienced PO first.
#[test]
fn first_time_founder_with_a_risky_idea() {
    let o = team(
        "size=up-to-5 decides=founder founder=some stage=idea complexity=simple market=uncertain experience=little budget=tight",
        "po-first",
        &["R5", "R6"],
        &[],
        &["market", "experience"],
    );
    assert!(steps(&o).0.contains(&Step::HirePoExperienced));
}

/// A public-sector team with a fixed date, audits and budget for one hire: the product hire
/// comes first, the Project Manager next, never two hires on this budget.
#[test]
fn public_team_with_a_fixed_date_on_a_tight_budget() {
    let o = team(
        "size=21-50 complexity=complex delivery=fixed-date,admin budget=tight",
        "pm-first",
        &["R4", "R7"],
        &[],
        &["budget", "delivery"],
    );
    assert_eq!(new_hires(&o), 1);
    assert!(steps(&o).1.contains(&Step::NextPjmBudget));
}

/// Two products, a growing company and nobody in product roles, with budget for whatever is
/// needed: a PO per product and one PM.
#[test]
fn two_products_and_nobody_in_post() {
    let o = team("size=21-50 stage=growth products=two", "po-per-product", &["R3", "R9"], &[], &["products"]);
    assert_eq!(new_hires(&o), 3);
}

/// The headline and steps never speak of a PO "under" a PM (the seeds: no hierarchy).
#[test]
fn no_team_text_puts_one_role_under_another() {
    let c = content();
    for (id, text) in &c.model.outcomes {
        assert!(!text.headline.contains(" under "), "outcome {id}: {}", text.headline);
    }
    for (id, text) in &c.model.steps {
        assert!(!text.contains(" under "), "step {id}: {text}");
    }
}

// ---------------------------------------------------------------- candidate assessment

const C: Assessment = Assessment::Candidate;

#[track_caller]
fn candidate(answers: &[(&str, &[&str])], expected: &str, confidence: Confidence) -> Outcome {
    let o = check(C, answers, expected);
    match o.detail {
        Detail::Candidate { confidence: c, .. } => assert_eq!(c, confidence, "confidence of \"{}\"", o.id),
        _ => panic!("a candidate outcome"),
    }
    o
}

/// Talks to customers, wants to be judged by revenue, thinks in years: a clear PM.
#[test]
fn customer_and_revenue_lover_is_pm() {
    let o = candidate(
        &[
            ("energy", &["customers"]),
            ("kpi", &["revenue"]),
            ("mid-sprint", &["why"]),
            ("slip", &["market-moment"]),
            ("competitor", &["differentiate"]),
            ("strengths", &["markets", "ideas"]),
            ("horizon", &["years"]),
            ("customers", &["lots"]),
            ("meeting", &["roadmap-review"]),
            ("people", &["market-side"]),
            ("change", &["exciting"]),
        ],
        "pm",
        Confidence::Clear,
    );
    assert_rules(&o, &["C1"], &["C2", "C3", "C4", "C5"]);
}

/// Lives in the backlog and the sprint: a clear PO.
#[test]
fn backlog_and_sprint_lover_is_po() {
    candidate(
        &[
            ("energy", &["shipping"]),
            ("kpi", &["velocity"]),
            ("mid-sprint", &["backlog"]),
            ("slip", &["cut-scope"]),
            ("competitor", &["reorder"]),
            ("strengths", &["writing", "users"]),
            ("horizon", &["sprints"]),
            ("customers", &["regular"]),
            ("meeting", &["sprint-review"]),
            ("people", &["developers"]),
            ("change", &["fine"]),
        ],
        "po",
        Confidence::Clear,
    );
}

/// Plans, budgets and risks: a clear Project Manager.
#[test]
fn plan_budget_and_risk_lover_is_pjm() {
    candidate(
        &[
            ("energy", &["plan"]),
            ("kpi", &["on-plan"]),
            ("mid-sprint", &["impact"]),
            ("slip", &["replan"]),
            ("competitor", &["pull-forward"]),
            ("strengths", &["organising", "risks"]),
            ("horizon", &["project"]),
            ("customers", &["little"]),
            ("meeting", &["risk-review"]),
            ("people", &["leads"]),
            ("change", &["uneasy"]),
        ],
        "pjm",
        Confidence::Clear,
    );
}

/// A designer moving into product: mostly backlog and users, some market: leaning PO, with a
/// strong PM side.
#[test]
fn designer_moving_into_product_leans_po_with_a_pm_side() {
    let o = candidate(
        &[
            ("energy", &["shipping"]),
            ("kpi", &["nps"]),
            ("mid-sprint", &["backlog"]),
            ("slip", &["cut-scope"]),
            ("competitor", &["differentiate"]),
            ("strengths", &["users", "ideas"]),
            ("horizon", &["sprints"]),
            ("customers", &["lots"]),
            ("meeting", &["sprint-review"]),
            ("people", &["developers"]),
            ("change", &["exciting"]),
        ],
        "po",
        Confidence::Leaning,
    );
    match o.detail {
        Detail::Candidate { second, .. } => assert_eq!(second, Some(Role::ProductManager)),
        _ => unreachable!(),
    }
}

/// A startup's product lead, half strategy and half backlog: a close call PM/PO, with no
/// "points ahead" (the view shows none under a close call).
#[test]
fn startup_product_lead_is_a_close_call_pm_po() {
    let o = candidate(
        &[
            ("energy", &["customers"]),
            ("kpi", &["velocity"]),
            ("mid-sprint", &["why"]),
            ("slip", &["cut-scope"]),
            ("competitor", &["differentiate"]),
            ("strengths", &["markets", "writing"]),
            ("horizon", &["sprints"]),
            ("customers", &["lots"]),
            ("meeting", &["sprint-review"]),
            ("people", &["market-side"]),
            ("change", &["fine"]),
        ],
        "hybrid-pm-po",
        Confidence::Close,
    );
    assert_rules(&o, &["C4"], &["C5"]);
}

/// Backlog and plan in equal measure: a close call PO/Project Manager.
#[test]
fn delivery_minded_po_is_a_close_call_po_pjm() {
    candidate(
        &[
            ("energy", &["shipping"]),
            ("kpi", &["on-plan"]),
            ("mid-sprint", &["backlog"]),
            ("slip", &["replan"]),
            ("competitor", &["reorder"]),
            ("strengths", &["writing", "organising"]),
            ("horizon", &["project"]),
            ("customers", &["regular"]),
            ("meeting", &["risk-review"]),
            ("people", &["developers"]),
            ("change", &["uneasy"]),
        ],
        "hybrid-po-pjm",
        Confidence::Close,
    );
}

/// Commercial programme lead: market and plan alike.
#[test]
fn commercial_programme_lead_is_a_close_call_pm_pjm() {
    candidate(
        &[
            ("energy", &["customers"]),
            ("kpi", &["on-plan"]),
            ("mid-sprint", &["why"]),
            ("slip", &["replan"]),
            ("competitor", &["differentiate"]),
            ("strengths", &["leading", "vendors"]),
            ("horizon", &["project"]),
            ("customers", &["lots"]),
            ("meeting", &["risk-review"]),
            ("people", &["market-side"]),
            ("change", &["uneasy"]),
        ],
        "hybrid-pm-pjm",
        Confidence::Close,
    );
}

/// An early-startup all-rounder who picks the middle of every question: too mixed to call.
#[test]
fn all_rounder_who_picks_the_middle_is_too_mixed_to_call() {
    let o = candidate(
        &[
            ("energy", &["mix"]),
            ("kpi", &["none"]),
            ("mid-sprint", &["talk"]),
            ("slip", &["team-cause"]),
            ("competitor", &["talk-first"]),
            ("strengths", &["markets", "writing"]),
            ("horizon", &["mix"]),
            ("customers", &["some"]),
            ("meeting", &["any"]),
            ("people", &["everyone"]),
            ("change", &["depends"]),
        ],
        "generalist",
        Confidence::Mixed,
    );
    assert_rules(&o, &["C5"], &["C4"]);
}

/// One answer each way in a mostly middle set is still too mixed: no role by one answer.
#[test]
fn one_answer_of_each_role_is_too_mixed_to_call() {
    candidate(
        &[
            ("energy", &["customers"]),
            ("kpi", &["velocity"]),
            ("mid-sprint", &["impact"]),
            ("slip", &["team-cause"]),
            ("competitor", &["talk-first"]),
            ("strengths", &["markets", "organising"]),
            ("horizon", &["mix"]),
            ("customers", &["some"]),
            ("meeting", &["any"]),
            ("people", &["everyone"]),
            ("change", &["depends"]),
        ],
        "generalist",
        Confidence::Mixed,
    );
}
