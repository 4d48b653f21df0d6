//! Team recommendation: which roles a product needs now, who holds them, and why. The
//! decision procedure encodes DOMAIN.md's rules 1-9 over the signal totals of the answers;
//! each step records the rules it used. Thresholds are named here so that a reader can
//! check them against the content's weights (0-5 per choice). Pure; nothing web.

use super::bank::{Bank, Signal};
use super::flow::Answers;
use super::model::{Model, Role, RuleId};
use super::outcome::{contributions, totals, Detail, FiredRule, Outcome, Structure, MAX_REASONS};
use super::split::{Person, PersonKind, Split};

/// Two or more products: a Product Owner per product (rule 3).
pub const SEVERAL_PRODUCTS: i32 = 2;
/// Company size at or below this (up to 20 people): a small business (rules 1, 6), too small
/// for a Product Owner per product on a tight budget (rules 3, 4).
pub const SMALL: i32 = 1;
/// Company size at or above this (21 people or more): a larger organisation (rule 2).
pub const LARGER: i32 = 2;
/// Product complexity at or above this (in between, or complex): not the "relatively simple"
/// product of rule 1; with a larger organisation, the complex product of rule 2.
pub const NOT_SIMPLE: i32 = 1;
/// Stage at or above this (growth): the split becomes pressing (rule 9).
pub const GROWING: i32 = 2;
/// Founder involvement at or above this: the founder can act as PO (rule 6).
pub const FOUNDER_ACTS: i32 = 3;
/// Any one of rule 5's conditions (little experience, a fast-changing or uncertain market, new
/// features or a redesign) weighs at least this: an experienced PO is called for.
pub const PO_NEEDED: i32 = 2;
/// Budget tightness at or above this: a Product Manager first (rule 4).
pub const TIGHT_BUDGET: i32 = 3;
/// Someone already doing product work (2) who could grow into the roles (1 or 3), or a
/// colleague with much of the skill who wants the job (3): upskill before hiring (rule 8).
pub const INSIDER_READY: i32 = 3;
/// Delivery risk at or above this: a Project Manager (rule 7). Fixed dates, several teams
/// and vendors weigh 3 each, so any one is enough; a fixed budget or administration weighs
/// 2, so either needs another constraint beside it.
pub const DELIVERY_RISK: i32 = 3;

/// The decision, with the rules that produced it and the signals they read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub structure: Structure,
    pub project_manager: bool,
    pub insider: bool,
    pub rules: Vec<&'static str>,
    pub signals: Vec<Signal>,
}

/// Rule 1's own condition: a small business with a relatively simple product.
fn small_and_simple(t: &[i32; Signal::COUNT]) -> bool {
    t[Signal::Scale.index()] <= SMALL && t[Signal::Complexity.index()] < NOT_SIMPLE
}

/// Rule 2's own condition: a larger organisation with a product that is not simple.
fn larger_and_not_simple(t: &[i32; Signal::COUNT]) -> bool {
    t[Signal::Scale.index()] >= LARGER && t[Signal::Complexity.index()] >= NOT_SIMPLE
}

/// The structures whose own condition holds, in the order of precedence that settles a
/// conflict: several products first (rule 3, unless a small business on a tight budget,
/// rule 4), then a larger organisation with a product that is not simple, or a growing
/// one that can afford two people (rules 2, 9), then the founder of a small business (rule
/// 6), then an insider who could grow (rule 8) unless rule 5 calls for experience, then a
/// tight budget (rule 4). One person covering both roles is the fallback and never listed.
/// More than one entry is a "tie" that the precedence decides; `reach` counts how often
/// that happens.
pub fn contenders(t: &[i32; Signal::COUNT]) -> Vec<Structure> {
    let s = |sig: Signal| t[sig.index()];
    let (size, complexity) = (s(Signal::Scale), s(Signal::Complexity));
    let tight = s(Signal::Budget) >= TIGHT_BUDGET;
    let po_needed = s(Signal::PoNeed) >= PO_NEEDED;
    let mut out = Vec::new();
    if s(Signal::Products) >= SEVERAL_PRODUCTS && !(size <= SMALL && tight) {
        out.push(Structure::PoPerProduct);
    }
    // Growth makes the split pressing (rule 9) beyond the smallest companies, unless the
    // product is simple and the company small (rule 1); a small business on a tight budget
    // hires one person first (rule 4).
    let growing = s(Signal::Growth) >= GROWING
        && size >= SMALL
        && (complexity >= NOT_SIMPLE || size >= LARGER)
        && !(tight && size <= SMALL);
    if larger_and_not_simple(t) || growing {
        out.push(Structure::Separate);
    }
    if s(Signal::Founder) >= FOUNDER_ACTS && size <= SMALL && !po_needed {
        out.push(Structure::FounderPo);
    }
    // Upskilling grows someone without the experience rule 5 calls for: not when it does.
    if s(Signal::Insider) >= INSIDER_READY && !po_needed {
        out.push(Structure::UpskillInsider);
    }
    if tight {
        out.push(Structure::PmFirst);
    }
    out
}

/// The decision procedure over signal totals. Total: every input gives one structure, and
/// every structure cites the rules whose conditions hold, never one whose condition fails.
pub fn decide(t: &[i32; Signal::COUNT]) -> Decision {
    let s = |sig: Signal| t[sig.index()];
    let po_needed = s(Signal::PoNeed) >= PO_NEEDED;
    let insider = s(Signal::Insider) >= INSIDER_READY;
    let r1 = small_and_simple(t);
    let structure = contenders(t).first().copied().unwrap_or(Structure::OnePerson);
    let (mut rules, mut signals): (Vec<&'static str>, Vec<Signal>) = match structure {
        Structure::PoPerProduct => (vec!["R3", "R9"], vec![Signal::Products]),
        Structure::Separate => {
            let mut rules = Vec::new();
            if larger_and_not_simple(t) {
                rules.push("R2");
            }
            if s(Signal::Growth) >= GROWING {
                rules.push("R9");
            }
            (rules, vec![Signal::Scale, Signal::Complexity, Signal::Growth])
        }
        Structure::FounderPo => (vec!["R6"], vec![Signal::Founder, Signal::Scale]),
        Structure::UpskillInsider if r1 => (vec!["R8", "R1"], vec![Signal::Insider]),
        Structure::UpskillInsider => (vec!["R8"], vec![Signal::Insider]),
        Structure::PmFirst => (vec!["R4"], vec![Signal::Budget]),
        // Rule 1 when its condition holds. Otherwise (a small business with a product that is
        // not simple, or a larger one with a simple product, neither growing; or a company of
        // up to 5 people) rule 9: a Product Owner adds value at every stage, and the split is
        // not pressing yet (or, at up to 5 people, not affordable).
        Structure::OnePerson if r1 => (vec!["R1"], vec![Signal::Scale, Signal::Complexity]),
        Structure::OnePerson => (vec!["R9"], vec![Signal::Scale, Signal::Complexity, Signal::Growth]),
    };
    if po_needed {
        rules.push("R5");
        signals.push(Signal::PoNeed);
    }
    // In the other setups an insider can still fill one of the seats.
    if insider && structure != Structure::UpskillInsider {
        rules.push("R8");
        signals.push(Signal::Insider);
    }
    let project_manager = s(Signal::Delivery) >= DELIVERY_RISK;
    if project_manager {
        rules.push("R7");
        signals.push(Signal::Delivery);
    }
    Decision { structure, project_manager, insider, rules, signals }
}

pub fn outcome_id(structure: Structure, project_manager: bool) -> String {
    if project_manager {
        format!("{}+pjm", structure.code())
    } else {
        structure.code().to_string()
    }
}

/// The people a setup needs and the roles each holds.
pub fn people(structure: Structure, project_manager: bool) -> Vec<Person> {
    use Role::*;
    let mut people = match structure {
        Structure::FounderPo => vec![Person::new(PersonKind::Founder, &[ProductOwner, ProductManager])],
        Structure::OnePerson => vec![Person::new(PersonKind::Hire, &[ProductOwner, ProductManager])],
        Structure::PmFirst => vec![Person::new(PersonKind::Hire, &[ProductManager, ProductOwner])],
        Structure::UpskillInsider => vec![Person::new(PersonKind::Insider, &[ProductOwner, ProductManager])],
        Structure::Separate => {
            vec![Person::new(PersonKind::Hire, &[ProductManager]), Person::new(PersonKind::Hire, &[ProductOwner])]
        }
        Structure::PoPerProduct => vec![
            Person::new(PersonKind::Hire, &[ProductManager]),
            Person::new(PersonKind::PoPerProduct, &[ProductOwner]),
        ],
    };
    // PM-first is one person doing both for now; give it its own id so events can tell it apart.
    if structure == Structure::PmFirst {
        people[0].id = "pm-first".to_string();
    }
    if project_manager {
        people.push(Person::new(PersonKind::Hire, &[ProjectManager]));
    }
    people
}

pub fn evaluate(bank: &Bank, answers: &Answers, model: &Model) -> Outcome {
    let t = totals(bank, answers);
    let decision = decide(&t);
    let split = Split::assign(model, people(decision.structure, decision.project_manager));
    let fired: Vec<RuleId> = decision.rules.iter().map(|r| RuleId((*r).to_string())).collect();
    let reasons = contributions(bank, answers, &decision.signals, &fired);
    Outcome {
        assessment: bank.assessment(),
        id: outcome_id(decision.structure, decision.project_manager),
        percentages: split.ownership_percentages(),
        reasons: reasons.into_iter().take(MAX_REASONS).collect(),
        rules: fired.into_iter().map(|id| FiredRule { id }).collect(),
        split,
        detail: Detail::Team {
            structure: decision.structure,
            project_manager: decision.project_manager,
            insider: decision.insider,
        },
    }
}
