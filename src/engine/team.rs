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
/// Size, complexity and growth together at or above this: separate people (rules 2, 9).
pub const LARGE: i32 = 5;
/// Size and complexity at or below this: a very small company (rules 1, 6).
pub const VERY_SMALL: i32 = 1;
/// Founder involvement at or above this: the founder can act as PO (rule 6).
pub const FOUNDER_ACTS: i32 = 3;
/// Market risk, redesign or inexperience at or above this: an experienced PO now (rule 5).
pub const PO_NEEDED: i32 = 4;
/// Budget tightness at or above this: a Product Manager first (rule 4).
pub const TIGHT_BUDGET: i32 = 3;
/// Someone inside at or above this: upskill before hiring (rule 8).
pub const INSIDER_READY: i32 = 3;
/// Delivery risk at or above this: a Project Manager (rule 7).
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

/// The structures whose own condition holds, in the order of precedence that settles a
/// conflict: several products first (rule 3), then size (rule 2), then an insider (rule 8),
/// then the founder (rule 6), then a tight budget (rule 4). One person covering both roles
/// (rule 1) is the fallback and never listed. More than one entry is a "tie" that the
/// precedence decides; `reach` counts how often that happens.
pub fn contenders(t: &[i32; Signal::COUNT]) -> Vec<Structure> {
    let s = |sig: Signal| t[sig.index()];
    let size = s(Signal::Scale);
    let po_needed = s(Signal::PoNeed) >= PO_NEEDED;
    let mut out = Vec::new();
    if s(Signal::Products) >= SEVERAL_PRODUCTS {
        out.push(Structure::PoPerProduct);
    }
    if size + s(Signal::Growth) >= LARGE {
        out.push(Structure::Separate);
    }
    if s(Signal::Insider) >= INSIDER_READY {
        out.push(Structure::UpskillInsider);
    }
    if s(Signal::Founder) >= FOUNDER_ACTS && size <= VERY_SMALL && !po_needed {
        out.push(Structure::FounderPo);
    }
    if s(Signal::Budget) >= TIGHT_BUDGET {
        out.push(Structure::PmFirst);
    }
    out
}

/// The decision procedure over signal totals. Total: every input gives one structure.
pub fn decide(t: &[i32; Signal::COUNT]) -> Decision {
    let s = |sig: Signal| t[sig.index()];
    let po_needed = s(Signal::PoNeed) >= PO_NEEDED;
    let insider = s(Signal::Insider) >= INSIDER_READY;
    let structure = contenders(t).first().copied().unwrap_or(Structure::OnePerson);
    let (mut rules, mut signals): (Vec<&'static str>, Vec<Signal>) = match structure {
        Structure::PoPerProduct => (vec!["R3", "R9"], vec![Signal::Products]),
        Structure::Separate if s(Signal::Growth) > 0 => (vec!["R2", "R9"], vec![Signal::Scale, Signal::Growth]),
        Structure::Separate => (vec!["R2"], vec![Signal::Scale, Signal::Growth]),
        Structure::UpskillInsider => (vec!["R8", "R1"], vec![Signal::Insider]),
        Structure::FounderPo => (vec!["R6"], vec![Signal::Founder, Signal::Scale]),
        Structure::PmFirst => (vec!["R4"], vec![Signal::Budget]),
        Structure::OnePerson => (vec!["R1"], vec![Signal::Scale]),
    };
    if po_needed {
        rules.push("R5");
        signals.push(Signal::PoNeed);
    }
    // In the larger setups an insider can still fill one of the seats.
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
