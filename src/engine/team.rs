//! Team recommendation: a change to the team the company has today. The procedure follows
//! DOMAIN.md's precedence: start from today's team (who holds which role, who has the final
//! say, whether a client owns the strategy); look inward before any hire (rule 8); let the
//! budget limit every result (rule 4); make a Product Owner the first step where rule 5
//! calls for one and there is none; shape the target with rules 1, 2, 3, 6 and 9; add a
//! Project Manager with rule 7. Each step records the rules it used and the signals it read,
//! so the reasons shown are the answers that decided. Thresholds are named here so that a
//! reader can check them against the content's weights (0-5 per choice). Pure; nothing web.

use super::bank::{Bank, Signal};
use super::flow::Answers;
use super::model::{DecisionRule, Model, Role, RuleId};
use super::outcome::{contributions, totals, Contribution, Detail, FiredRule, Outcome, OutcomeId, Structure};
use super::split::{Person, PersonKind, Split};
use super::step::Step;

/// Products weight at or above this (two or more): a Product Owner per product (rule 3).
pub const SEVERAL_PRODUCTS: i32 = 2;
/// Products weight at or above this (four or more): one Product Manager over them all is
/// overloaded (rule 3; several Product Managers in large portfolios, [002]).
pub const PORTFOLIO: i32 = 4;
/// Company size at or below this (up to 20 people): a small business (rules 1, 6).
pub const SMALL: i32 = 1;
/// Company size at or above this (21 people or more): a larger organisation (rule 2).
pub const LARGER: i32 = 2;
/// Product complexity at or above this: not the "relatively simple" product of rule 1.
pub const NOT_SIMPLE: i32 = 1;
/// Stage at or above this (growth): the split becomes pressing (rule 9).
pub const GROWING: i32 = 2;
/// Founder weight at or above this: the founder has the final say (rule 6's "CEO decides").
pub const FOUNDER_DECIDES: i32 = 2;
/// Founder weight at or above this: the final say and daily time, so the founder can act
/// as Product Owner (rule 6).
pub const FOUNDER_ACTS: i32 = 4;
/// Market change or a product needing new life, or missing experience, weighing at least
/// this: rule 5 calls for a Product Owner.
pub const PO_NEEDED: i32 = 2;
/// Budget weight at or above this: no new hire at all (rule 4, "very tight").
pub const NO_HIRE: i32 = 4;
/// Budget weight at or above this: one new hire at most (rule 4, "tight").
pub const ONE_HIRE: i32 = 3;
/// Budget weight at or above this: two new hires at most ("one or two hires").
pub const TWO_HIRES: i32 = 1;
/// Someone inside who could grow into a seat: ready for it (3), or doing product work on the
/// side (2) and able to grow with training (1). Rule 8.
pub const INSIDER_READY: i32 = 3;
/// Delivery risk at or above this: a Project Manager (rule 7). Each constraint rule 7 names
/// (a fixed date, a fixed budget, several teams, vendors, administration) weighs 3, so any
/// one is enough.
pub const DELIVERY_RISK: i32 = 3;
/// A role weight at or above this: the team has that role today.
pub const HAS_ROLE: i32 = 1;
/// Client weight at or above this: a client owns the product and its strategy.
pub const CLIENT_LED: i32 = 1;
/// How many answers a team result's "why" list shows at most.
pub const MAX_REASONS: usize = 6;

/// What the answers say, read once from the signal totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Situation {
    pub size: i32,
    pub small: bool,
    pub larger: bool,
    pub simple: bool,
    pub growing: bool,
    /// How many products over the next year: 1, 2, 3, 4 ("four to six") or 7 ("seven or more").
    pub products: u8,
    /// New hires the budget allows; `None` is no limit.
    pub hires: Option<u8>,
    pub po_need: bool,
    pub inexperienced: bool,
    pub founder_decides: bool,
    pub founder_acts: bool,
    pub client: bool,
    /// A management group has the final say on what gets built.
    pub committee: bool,
    pub has_pm: bool,
    pub has_po: bool,
    pub has_pjm: bool,
    pub insider_po: bool,
    pub insider_pm: bool,
    pub delivery_risk: bool,
}

impl Situation {
    pub fn read(t: &[i32; Signal::COUNT]) -> Situation {
        let s = |sig: Signal| t[sig.index()];
        let size = s(Signal::Scale);
        let budget = s(Signal::Budget);
        Situation {
            size,
            small: size <= SMALL,
            larger: size >= LARGER,
            simple: s(Signal::Complexity) < NOT_SIMPLE,
            growing: s(Signal::Growth) >= GROWING,
            products: match s(Signal::Products) {
                w if w >= 5 => 7,
                w if w >= PORTFOLIO => 4,
                3 => 3,
                w if w >= SEVERAL_PRODUCTS => 2,
                _ => 1,
            },
            hires: if budget >= NO_HIRE {
                Some(0)
            } else if budget >= ONE_HIRE {
                Some(1)
            } else if budget >= TWO_HIRES {
                Some(2)
            } else {
                None
            },
            po_need: s(Signal::PoNeed) >= PO_NEEDED,
            inexperienced: s(Signal::Inexperience) >= PO_NEEDED,
            founder_decides: s(Signal::Founder) >= FOUNDER_DECIDES,
            founder_acts: s(Signal::Founder) >= FOUNDER_ACTS,
            client: s(Signal::Client) >= CLIENT_LED,
            committee: s(Signal::Committee) >= CLIENT_LED,
            has_pm: s(Signal::HasPm) >= HAS_ROLE,
            has_po: s(Signal::HasPo) >= HAS_ROLE,
            has_pjm: s(Signal::HasPjm) >= HAS_ROLE,
            insider_po: s(Signal::InsiderPo) >= INSIDER_READY,
            insider_pm: s(Signal::InsiderPm) >= INSIDER_READY,
            delivery_risk: s(Signal::Delivery) >= DELIVERY_RISK,
        }
    }

    /// Rule 5 calls for a Product Owner: little experience, a fast-changing or uncertain
    /// market, or a product that needs new life.
    pub fn rule5(&self) -> bool {
        self.po_need || self.inexperienced
    }

    /// How many of the rules that compete for the result apply at once; above one, the
    /// precedence decided (counted by `reach`).
    pub fn competing(&self) -> usize {
        [
            self.client,
            self.products >= 2,
            (self.larger && !self.simple) || self.growing,
            self.founder_acts,
            self.insider_po || self.insider_pm,
            self.hires.is_some_and(|h| h <= 1),
            self.rule5(),
        ]
        .iter()
        .filter(|&&b| b)
        .count()
    }
}

/// The structure rules 1, 2, 3 and 9 call for, before today's team and the budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// One person holds both product roles (rule 1, or rule 9 while the split is not pressing).
    Single,
    /// A Product Manager and a Product Owner (rules 2, 9).
    Separate,
    /// One Product Manager and a Product Owner per product (rules 3, 9).
    PoPerProduct,
    /// Several Product Managers and a Product Owner per product (rule 3's overload).
    Portfolio,
}

/// The recommendation: the team after the first step, the steps now and next, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub structure: Structure,
    /// A Project Manager is added in the first step (the `+pjm` outcomes).
    pub project_manager: bool,
    pub people: Vec<Person>,
    pub now: Vec<Step>,
    pub next: Vec<Step>,
    /// The rules in the order they weighed.
    pub rules: Vec<DecisionRule>,
    /// The signals that decided, most decisive first: the reasons follow this order.
    pub signals: Vec<Signal>,
    /// The roles hired from outside in the first step (for "how to fill the seat").
    pub hired: Vec<Role>,
    /// How many people the first step hires (a Product Owner per product counts each).
    pub new_hires: u8,
    /// Someone inside takes a seat (rule 8).
    pub insider: bool,
}

#[derive(Default)]
struct Plan {
    people: Vec<Person>,
    now: Vec<Step>,
    next: Vec<Step>,
    rules: Vec<DecisionRule>,
    signals: Vec<Signal>,
    hired: Vec<Role>,
    new_hires: u8,
    insider: bool,
}

/// Appends `item` unless the list has it: the plan records each rule, signal and step once,
/// in the order it first weighed.
fn once<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

impl Plan {
    fn rule(&mut self, rule: DecisionRule) {
        once(&mut self.rules, rule);
    }
    fn signal(&mut self, s: Signal) {
        once(&mut self.signals, s);
    }
    fn now(&mut self, step: Step) {
        once(&mut self.now, step);
    }
    fn next(&mut self, step: Step) {
        once(&mut self.next, step);
    }
    fn hire(&mut self, person: Person, count: u8) {
        for &r in &person.roles {
            if person.interim != Some(r) && !self.hired.contains(&r) {
                self.hired.push(r);
            }
        }
        self.new_hires += count;
        self.people.push(person);
    }
    fn holds(&self, role: Role) -> bool {
        self.people.iter().any(|p| p.holds(role))
    }
    /// The first person holding `role` covers `other` too, for now.
    fn cover(&mut self, role: Role, other: Role) -> bool {
        match self.people.iter().position(|p| p.holds(role)) {
            Some(i) => {
                let p = self.people.remove(i);
                self.people.insert(i, p.covering(other));
                true
            }
            None => false,
        }
    }
}

fn po_hire(s: &Situation) -> Step {
    if s.inexperienced {
        Step::HirePoExperienced
    } else {
        Step::HirePo
    }
}

/// The structure rules 1, 2, 3 and 9 call for, with the rules and signals that chose it.
fn target(s: &Situation, p: &mut Plan) -> Target {
    if s.products >= 4 {
        p.rule(DecisionRule::R3);
        p.signal(Signal::Products);
        Target::Portfolio
    } else if s.products >= 2 {
        p.rule(DecisionRule::R3);
        p.rule(DecisionRule::R9);
        p.signal(Signal::Products);
        Target::PoPerProduct
    } else if s.larger && !s.simple {
        p.rule(DecisionRule::R2);
        p.signal(Signal::Scale);
        p.signal(Signal::Complexity);
        if s.growing {
            p.rule(DecisionRule::R9);
            p.signal(Signal::Growth);
        }
        Target::Separate
    } else if s.growing && s.size >= SMALL && (!s.simple || s.larger) {
        // Growth makes the split pressing beyond the smallest companies, unless the product
        // is simple and the company small (rule 1).
        p.rule(DecisionRule::R9);
        p.signal(Signal::Growth);
        p.signal(Signal::Scale);
        p.signal(Signal::Complexity);
        Target::Separate
    } else {
        if s.small && s.simple {
            p.rule(DecisionRule::R1);
        } else {
            // A small business with a product that is not simple, or a larger one with a
            // simple product, neither growing; or up to 5 people: the split is not pressing yet.
            p.rule(DecisionRule::R9);
            p.signal(Signal::Growth);
        }
        p.signal(Signal::Scale);
        p.signal(Signal::Complexity);
        Target::Single
    }
}

/// The decision procedure over signal totals. Total: every input gives one decision.
pub fn decide(t: &[i32; Signal::COUNT]) -> Decision {
    let s = Situation::read(t);
    let mut p = Plan::default();
    // A skills assessment of current staff is the first step for every company [001].
    p.now(Step::AssessSkills);
    let structure = if s.client {
        client_led(&s, &mut p)
    } else {
        p.signal(Signal::HasPm);
        p.signal(Signal::HasPo);
        let target = target(&s, &mut p);
        let structure = match target {
            Target::Single => single(&s, &mut p),
            _ => several_seats(&s, target, &mut p),
        };
        project_manager(&s, &mut p);
        structure
    };
    let project_manager = !s.client && p.hired.contains(&Role::ProjectManager);
    // Display order: whoever has the final say first, then by the first role each holds.
    super::sort::sort_by_key(&mut p.people, |x| {
        if x.final_say && x.roles.len() < 2 {
            0
        } else {
            1 + x.roles.first().map_or(3, |r| r.index())
        }
    });
    // Rules in a fixed order for reading: today's team first, then the shaping rules.
    let order = [
        DecisionRule::F1,
        DecisionRule::R8,
        DecisionRule::R4,
        DecisionRule::R5,
        DecisionRule::R1,
        DecisionRule::R2,
        DecisionRule::R3,
        DecisionRule::R9,
        DecisionRule::R6,
        DecisionRule::R7,
    ];
    let mut rules: Vec<DecisionRule> = order.iter().copied().filter(|r| p.rules.contains(r)).collect();
    rules.extend(p.rules.iter().copied().filter(|r| !order.contains(r)));
    // The answers that decided first, the context after: the "why" list shows six at most.
    const PRIORITY: [Signal; 16] = [
        Signal::Client,
        Signal::Budget,
        Signal::PoNeed,
        Signal::Inexperience,
        Signal::Founder,
        Signal::Products,
        Signal::HasPm,
        Signal::HasPo,
        Signal::InsiderPo,
        Signal::InsiderPm,
        Signal::Delivery,
        Signal::HasPjm,
        Signal::Growth,
        Signal::Scale,
        Signal::Complexity,
        Signal::Committee,
    ];
    super::sort::sort_by_key(&mut p.signals, |s| PRIORITY.iter().position(|x| x == s).unwrap_or(PRIORITY.len()));
    Decision {
        structure,
        project_manager,
        people: p.people,
        now: p.now,
        next: p.next,
        rules,
        signals: p.signals,
        hired: p.hired,
        new_hires: p.new_hires,
        insider: p.insider,
    }
}

/// A client owns the product and its strategy: a Project Manager leads the delivery, the
/// client's representative acts as Product Owner, no Product Manager of the team's own.
fn client_led(s: &Situation, p: &mut Plan) -> Structure {
    use Role::*;
    p.rule(DecisionRule::F1);
    p.rule(DecisionRule::R7);
    p.signal(Signal::Client);
    p.signal(Signal::HasPjm);
    p.people.push(Person::new(PersonKind::Client, &[ProductManager, ProductOwner]).with_final_say());
    p.now(Step::ClientPo);
    if s.has_pjm {
        p.people.push(Person::new(PersonKind::Existing, &[ProjectManager]));
        p.now(Step::KeepPjm);
    } else if s.hires == Some(0) {
        p.rule(DecisionRule::R4);
        p.signal(Signal::Budget);
        p.people.push(Person::new(PersonKind::Stopgap, &[ProjectManager]));
        p.now(Step::StopgapPjm);
        p.next(Step::NextPjmBudget);
    } else {
        p.hire(Person::new(PersonKind::Hire, &[ProjectManager]), 1);
        p.now(Step::HirePjmLead);
    }
    p.now(Step::NoOwnPm);
    if s.has_pm || s.has_po {
        p.rule(DecisionRule::R8);
        p.now(Step::ClientOwnPeople);
    }
    if s.delivery_risk {
        p.signal(Signal::Delivery);
    }
    p.next(Step::NextClientStrategy);
    Structure::ClientLed
}

/// Whoever has the final say beside the product people: the founder of a founder-led
/// company (rule 6: the PO pitches, the founder decides) or a management group, shown in
/// the split's final-say row.
fn final_say(s: &Situation, p: &mut Plan) {
    if s.founder_decides {
        p.rule(DecisionRule::R6);
        p.signal(Signal::Founder);
        let founder = match p.people.iter().position(|x| x.kind == PersonKind::Founder) {
            Some(i) => i,
            None => {
                p.people.insert(0, Person::new(PersonKind::Founder, &[]));
                0
            }
        };
        p.people[founder].final_say = true;
        // Someone else pitches to the founder only where the founder is not the PO.
        if !p.people[founder].holds(Role::ProductOwner) {
            p.now(Step::FounderFinalSay);
        }
    } else if s.committee {
        p.signal(Signal::Committee);
        p.people.insert(0, Person::new(PersonKind::Committee, &[]).with_final_say());
        p.now(Step::CommitteeSay);
    }
}

/// The founder keeps the product-management side (strategy, final say) for now: in a
/// small company, or wherever the budget allows one hire at most.
fn founder_covers_pm(s: &Situation, target: Target) -> bool {
    s.founder_decides && target != Target::Portfolio && (s.small || s.hires.is_some_and(|h| h <= 1))
}

/// An outside mentor, where experience is what the team lacks (precedence 3).
fn mentor(s: &Situation, p: &mut Plan) {
    if s.inexperienced {
        rule5(s, p);
        p.now(Step::Mentor);
    }
}

/// One seat for both product roles (rule 1, or rule 9 while the split is not pressing).
fn single(s: &Situation, p: &mut Plan) -> Structure {
    let r5 = s.rule5();
    let structure = single_seat(s, p, r5);
    final_say(s, p);
    structure
}

fn single_seat(s: &Situation, p: &mut Plan, r5: bool) -> Structure {
    use Role::*;
    // Today's team first.
    if s.has_pm && s.has_po {
        p.rule(DecisionRule::R8);
        p.people.push(Person::new(PersonKind::Existing, &[ProductManager]));
        p.people.push(Person::new(PersonKind::Existing, &[ProductOwner]));
        p.now(Step::KeepPm);
        p.now(Step::KeepPo);
        p.now(Step::Handoff);
        return Structure::Keep;
    }
    if s.has_pm && r5 && s.insider_po {
        // Rule 5 wants a Product Owner; someone inside can take the seat (rule 8 first).
        inside_po(s, p);
        p.people.insert(0, Person::new(PersonKind::Existing, &[ProductManager]));
        p.now(Step::KeepPm);
        p.now(Step::Handoff);
        return Structure::InsiderPo;
    }
    if s.has_pm && r5 && s.hires != Some(0) {
        p.people.push(Person::new(PersonKind::Existing, &[ProductManager]));
        p.now(Step::KeepPm);
        hire_po_beside_pm(s, p);
        return Structure::AddPo;
    }
    if s.has_pm || s.has_po {
        p.rule(DecisionRule::R8);
        let (role, other) = if s.has_pm { (ProductManager, ProductOwner) } else { (ProductOwner, ProductManager) };
        p.people.push(Person::new(PersonKind::Existing, &[role, other]));
        p.now(Step::KeepLead);
        if s.has_pm && r5 {
            // No budget for the Product Owner rule 5 calls for.
            mentor_until_budget(s, p);
        } else {
            p.next(Step::NextSplitGrowth);
        }
        return Structure::Keep;
    }
    // Then someone inside, in the seat that fits them (precedence 2).
    if s.insider_po && !s.insider_pm {
        // A business analyst or someone close to the customers: the Product Owner seat.
        inside_po(s, p);
        if founder_covers_pm(s, Target::Single) {
            p.people.insert(0, Person::new(PersonKind::Founder, &[ProductManager]));
            p.now(Step::FounderStrategy);
        } else {
            p.cover(ProductOwner, ProductManager);
        }
        p.next(Step::NextPmLater);
        return Structure::InsiderPo;
    }
    if s.insider_pm && !s.insider_po && r5 && s.hires != Some(0) {
        // Someone who knows the market takes the PM seat; rule 5's Product Owner is hired.
        let insider = inside_pm(p);
        p.people.push(insider);
        hire_po_beside_pm(s, p);
        return Structure::AddPo;
    }
    if s.insider_po || s.insider_pm {
        p.rule(DecisionRule::R8);
        p.signal(Signal::InsiderPo);
        p.signal(Signal::InsiderPm);
        p.insider = true;
        p.people.push(Person::new(PersonKind::Insider, &[ProductManager, ProductOwner]));
        p.now(Step::InsiderBoth);
        p.now(Step::Training);
        if r5 {
            rule5(s, p);
        }
        mentor(s, p);
        p.next(Step::NextSplitGrowth);
        return Structure::UpskillInsider;
    }
    p.signal(Signal::InsiderPo);
    // Then the founder, where they have the time (rule 6).
    if s.founder_acts && (!r5 || s.hires == Some(0)) {
        p.rule(DecisionRule::R6);
        p.signal(Signal::Founder);
        p.people.push(Person::new(PersonKind::Founder, &[ProductManager, ProductOwner]));
        p.now(Step::FounderPo);
        p.now(Step::FounderStrategy);
        if r5 {
            mentor_until_budget(s, p);
        } else {
            p.next(Step::NextFounderStepBack);
        }
        return Structure::FounderPo;
    }
    // Only then a hire, within the budget.
    if s.hires == Some(0) {
        stopgap(s, p, Target::Single);
        return Structure::CoverForNow;
    }
    if r5 && founder_covers_pm(s, Target::Single) {
        // The founder already holds the product-management side: the one hire is the PO.
        rule5(s, p);
        p.people.push(Person::new(PersonKind::Founder, &[ProductManager]));
        p.hire(Person::new(PersonKind::Hire, &[ProductOwner]), 1);
        p.now(po_hire(s));
        p.now(Step::FounderStrategy);
        p.next(Step::NextPmLater);
        return Structure::PoFirst;
    }
    if s.hires == Some(1) {
        // Rule 4, and rule 4's own case of rule 5: nobody inside covers the PM side.
        p.rule(DecisionRule::R4);
        p.signal(Signal::Budget);
        p.hire(Person::new(PersonKind::Hire, &[ProductManager]).covering(ProductOwner), 1);
        p.now(Step::HirePmCoveringPo);
        p.next(Step::NextPoBudget);
        return Structure::PmFirst;
    }
    if r5 {
        rule5(s, p);
        p.hire(Person::new(PersonKind::Hire, &[ProductOwner]).covering(ProductManager), 1);
        p.now(po_hire(s));
        p.next(Step::NextPmLater);
        return Structure::PoFirst;
    }
    p.hire(Person::new(PersonKind::Hire, &[ProductManager, ProductOwner]), 1);
    p.now(Step::HireLead);
    p.next(Step::NextSplitGrowth);
    Structure::OnePerson
}

/// No budget for the Product Owner rule 5 calls for: experience from a mentor where that is
/// what is missing, and the PO as the next hire.
fn mentor_until_budget(s: &Situation, p: &mut Plan) {
    rule5(s, p);
    p.rule(DecisionRule::R4);
    p.signal(Signal::Budget);
    mentor(s, p);
    p.next(Step::NextPoBudget);
}

fn rule5(s: &Situation, p: &mut Plan) {
    p.rule(DecisionRule::R5);
    if s.po_need {
        p.signal(Signal::PoNeed);
    }
    if s.inexperienced {
        p.signal(Signal::Inexperience);
    }
}

/// The insider takes the Product Owner seat, with training, and a mentor where the team's
/// experience is what is missing.
fn inside_po(s: &Situation, p: &mut Plan) {
    p.rule(DecisionRule::R8);
    p.signal(Signal::InsiderPo);
    p.insider = true;
    p.people.push(Person::new(PersonKind::Insider, &[Role::ProductOwner]));
    p.now(Step::InsiderPo);
    p.now(Step::Training);
    if s.rule5() {
        rule5(s, p);
    }
    mentor(s, p);
}

/// The insider who knows the market takes the Product Manager seat, with training; the
/// caller places them among the people.
fn inside_pm(p: &mut Plan) -> Person {
    p.rule(DecisionRule::R8);
    p.signal(Signal::InsiderPm);
    p.insider = true;
    p.now(Step::InsiderPm);
    p.now(Step::Training);
    Person::new(PersonKind::Insider, &[Role::ProductManager])
}

/// Rule 5's Product Owner, hired beside whoever holds the product-management side.
fn hire_po_beside_pm(s: &Situation, p: &mut Plan) {
    rule5(s, p);
    p.hire(Person::new(PersonKind::Hire, &[Role::ProductOwner]), 1);
    p.now(po_hire(s));
    p.now(Step::Handoff);
}

/// Separate seats: a Product Manager (or several) and a Product Owner (or one per product).
fn several_seats(s: &Situation, target: Target, p: &mut Plan) -> Structure {
    use Role::*;
    let r5 = s.rule5();
    let po_seats: u8 = if target == Target::Separate { 1 } else { s.products };
    let pm_seats: u8 = if target == Target::Portfolio { 2 } else { 1 };

    // Look inward first: today's holders, then the insider, then the founder.
    let mut po_filled = 0u8;
    let mut founder_po = false;
    let mut insider_po = false;
    if s.has_po {
        p.rule(DecisionRule::R8);
        p.people.push(Person::new(PersonKind::Existing, &[ProductOwner]));
        p.now(Step::KeepPo);
        po_filled += 1;
    }
    if po_filled < po_seats && s.insider_po {
        inside_po(s, p);
        po_filled += 1;
        insider_po = true;
    } else if !s.has_po {
        p.signal(Signal::InsiderPo);
    }
    if po_filled < po_seats && target == Target::Separate && s.small && s.founder_acts && !r5 {
        p.rule(DecisionRule::R6);
        p.signal(Signal::Founder);
        p.people.push(Person::new(PersonKind::Founder, &[ProductOwner]));
        p.now(Step::FounderPo);
        po_filled += 1;
        founder_po = true;
    }
    let mut pm_filled = 0u8;
    let mut insider_pm = false;
    if s.has_pm {
        p.rule(DecisionRule::R8);
        p.people.insert(0, Person::new(PersonKind::Existing, &[ProductManager]));
        p.now(Step::KeepPm);
        pm_filled += 1;
    }
    if pm_filled < pm_seats && s.insider_pm && !insider_po {
        let insider = inside_pm(p);
        p.people.insert(0, insider);
        pm_filled += 1;
        insider_pm = true;
    }
    if pm_filled == 0 && !founder_po && founder_covers_pm(s, target) {
        p.rule(DecisionRule::R6);
        p.signal(Signal::Founder);
        p.people.insert(0, Person::new(PersonKind::Founder, &[ProductManager]));
        p.now(Step::FounderStrategy);
        pm_filled += 1;
    }
    let po_missing = po_seats - po_filled;
    let pm_missing = pm_seats - pm_filled;

    // Rule 5 makes a Product Owner the first step where there is none, unless the budget
    // allows one hire and nobody covers the product-management side: then a PM who covers
    // the PO's tasks (precedence 4). With nobody on either side, the PM follows the PO. One
    // hire where the product-management side is covered and no product has a Product Owner
    // fills the seat no one covers (a PO, not a second PM), with rule 5 or without.
    let po_first = if s.hires == Some(1) { pm_filled > 0 && (r5 || po_filled == 0) } else { r5 };
    let sequenced = po_first && po_filled == 0 && pm_filled == 0;
    let mut budget = s.hires.unwrap_or(u8::MAX);
    let mut take = |wanted: u8| -> u8 {
        let got = wanted.min(budget);
        budget -= got;
        got
    };
    let (po_now, pm_now) = if po_first {
        let po = take(po_missing);
        (po, if sequenced { 0 } else { take(pm_missing) })
    } else {
        // A Product Manager first where there is none (rule 4), then the Product Owners'
        // seats, and a portfolio's further Product Managers with what is left.
        let first = take(if pm_filled == 0 { pm_missing.min(1) } else { 0 });
        let po = take(po_missing);
        (po, first + take(pm_missing - first))
    };
    if r5 && po_first && po_now > 0 {
        rule5(s, p);
    }
    let limited = po_now < po_missing || (pm_now < pm_missing && !(sequenced && po_now == po_missing));
    if limited {
        p.rule(DecisionRule::R4);
        p.signal(Signal::Budget);
    }
    if pm_now > 0 {
        let step = if po_now == 0 && po_filled == 0 {
            Step::HirePmCoveringPo
        } else if target == Target::Portfolio && pm_filled + pm_now >= 2 {
            Step::HirePmPerLine
        } else {
            Step::HirePm
        };
        let kind = if target == Target::Portfolio && pm_now >= 2 { PersonKind::PmPerLine } else { PersonKind::Hire };
        p.hire(Person::new(kind, &[ProductManager]), pm_now);
        p.now(step);
    }
    if po_now > 0 {
        let step = if po_seats == 1 {
            po_hire(s)
        } else if po_now == po_missing {
            Step::HirePoPerProduct
        } else if po_now == 1 {
            Step::HireOnePo
        } else {
            Step::HireSomePos
        };
        let kind = if po_seats > 1 && po_now >= 2 { PersonKind::PoPerProduct } else { PersonKind::Hire };
        p.hire(Person::new(kind, &[ProductOwner]), po_now);
        p.now(step);
    }
    // What the budget or the order of steps leaves for later, and who covers it meanwhile.
    if po_now < po_missing {
        if !p.holds(ProductOwner) && !p.cover(ProductManager, ProductOwner) {
            stopgap(s, p, target);
        }
        p.next(if po_seats > 1 && po_filled + po_now > 0 { Step::NextPosBudget } else { Step::NextPoBudget });
    }
    if pm_now < pm_missing {
        if !p.holds(ProductManager) {
            p.cover(ProductOwner, ProductManager);
        }
        p.next(if sequenced && po_now == po_missing {
            Step::NextPmLater
        } else if target == Target::Portfolio && (pm_filled + pm_now) > 0 {
            Step::NextPmPerLine
        } else {
            Step::NextPmBudget
        });
    }
    if !p.holds(ProductManager) && !p.holds(ProductOwner) {
        stopgap(s, p, target);
    }
    // The first hire once money comes says it all: no separate "PO when the budget allows".
    if p.next.contains(&Step::NextHireBudget) {
        p.next.retain(|x| !matches!(x, Step::NextPoBudget | Step::NextPmBudget));
    }
    let pm_is_founder = p.people.iter().any(|x| x.kind == PersonKind::Founder && x.holds(ProductManager));
    let separate_people = p.people.iter().any(|x| x.holds(ProductManager) && !x.holds(ProductOwner))
        && p.people.iter().any(|x| x.holds(ProductOwner) && !x.holds(ProductManager));
    if separate_people && !pm_is_founder {
        p.now(Step::Handoff);
    }
    match target {
        Target::Separate => p.next(Step::NextPoPerProduct),
        Target::PoPerProduct => p.next(Step::NextPmPerLine),
        _ => {}
    }
    final_say(s, p);

    let hired_product = po_now > 0 || pm_now > 0;
    if founder_po && !hired_product {
        return Structure::FounderPo;
    }
    if p.people.iter().any(|x| x.kind == PersonKind::Stopgap) {
        return Structure::CoverForNow;
    }
    if p.people.iter().any(|x| x.kind == PersonKind::Founder && x.holds(ProductOwner)) && !hired_product {
        return Structure::FounderPo;
    }
    if insider_po && po_now == 0 {
        return Structure::InsiderPo;
    }
    if !limited && !sequenced && po_now > 0 && po_seats > 1 {
        return if target == Target::Portfolio { Structure::Portfolio } else { Structure::PoPerProduct };
    }
    if !limited && target == Target::Portfolio && pm_now > 0 && po_missing == 0 {
        return Structure::Portfolio;
    }
    match (po_now > 0, pm_now > 0) {
        (true, true) => Structure::Separate,
        (true, false) if pm_filled > 0 && !pm_is_founder => Structure::AddPo,
        (true, false) => Structure::PoFirst,
        (false, true) if po_filled > 0 => Structure::AddPm,
        (false, true) => Structure::PmFirst,
        // "Beside your Product Owner" needs one: else the insider covers both for now.
        (false, false) if insider_pm && po_filled > 0 => Structure::AddPm,
        (false, false) if insider_pm => Structure::UpskillInsider,
        (false, false) => Structure::Keep,
    }
}

/// Nobody can be hired and nobody holds the product roles: the founder covers where they
/// have the time; else the founder keeps the strategy side where they decide, and a
/// colleague covers the rest; each with a mentor where experience is missing (rule 4,
/// precedence 3).
fn stopgap(s: &Situation, p: &mut Plan, target: Target) {
    use Role::*;
    p.rule(DecisionRule::R4);
    p.signal(Signal::Budget);
    let founder_at = p.people.iter().position(|x| x.kind == PersonKind::Founder);
    if s.founder_acts {
        p.rule(DecisionRule::R6);
        p.signal(Signal::Founder);
        match founder_at {
            Some(i) => {
                let f = p.people.remove(i);
                p.people.insert(i, f.covering(ProductOwner));
            }
            None => p.people.insert(0, Person::new(PersonKind::Founder, &[ProductManager, ProductOwner])),
        }
        p.now(Step::FounderPo);
        p.next(Step::NextPoBudget);
    } else if s.founder_decides && target != Target::Portfolio {
        p.rule(DecisionRule::R6);
        p.signal(Signal::Founder);
        if founder_at.is_none() {
            p.people.insert(0, Person::new(PersonKind::Founder, &[ProductManager]));
            p.now(Step::FounderStrategy);
        }
        p.people.push(Person::new(PersonKind::Stopgap, &[ProductOwner]));
        p.now(Step::Stopgap);
        p.next(Step::NextPoBudget);
    } else {
        p.people.push(Person::new(PersonKind::Stopgap, &[ProductManager, ProductOwner]));
        p.now(Step::Stopgap);
        p.next(Step::NextHireBudget);
    }
    mentor(s, p);
}

/// Rule 7: a Project Manager when delivery is the risk, within what the budget has left;
/// a Project Manager the team has stays.
fn project_manager(s: &Situation, p: &mut Plan) {
    if s.has_pjm {
        p.signal(Signal::HasPjm);
        p.people.push(Person::new(PersonKind::Existing, &[Role::ProjectManager]));
        p.now(Step::KeepPjm);
        if s.delivery_risk {
            p.rule(DecisionRule::R7);
            p.signal(Signal::Delivery);
        } else {
            p.next(Step::NextReviewPjm);
        }
        return;
    }
    if !s.delivery_risk {
        return;
    }
    p.rule(DecisionRule::R7);
    p.signal(Signal::Delivery);
    p.signal(Signal::HasPjm);
    let left = s.hires.map_or(u8::MAX, |h| h.saturating_sub(p.new_hires));
    if left == 0 {
        p.rule(DecisionRule::R4);
        p.signal(Signal::Budget);
        p.next(Step::NextPjmBudget);
    } else {
        p.hire(Person::new(PersonKind::Hire, &[Role::ProjectManager]), 1);
        p.now(Step::HirePjm);
        p.next(Step::NextReviewPjm);
    }
}

/// The answers that decided, in the order of the signals that decided: one entry per
/// question, with what it pushed on (an answer that held signals low names the first).
fn deciding_answers(bank: &Bank, answers: &Answers, signals: &[Signal], fired: &[RuleId]) -> Vec<Contribution> {
    let mut out: Vec<Contribution> = Vec::new();
    for &sig in signals {
        for c in contributions(bank, answers, &[sig], fired) {
            match out.iter_mut().find(|o| o.question == c.question) {
                Some(o) if c.amount > 0 => {
                    if o.amount == 0 {
                        o.toward.clear();
                    }
                    o.amount += c.amount;
                    o.toward.extend(c.toward);
                }
                Some(_) => {}
                None => out.push(c),
            }
        }
    }
    out.truncate(MAX_REASONS);
    out
}

pub fn evaluate(bank: &Bank, answers: &Answers, model: &Model) -> Outcome {
    let t = totals(bank, answers);
    let d = decide(&t);
    let split = Split::assign(model, d.people.clone());
    let fired: Vec<RuleId> = d.rules.iter().map(|r| r.id()).collect();
    let reasons = deciding_answers(bank, answers, &d.signals, &fired);
    Outcome {
        assessment: bank.assessment(),
        id: OutcomeId::Team { structure: d.structure, project_manager: d.project_manager },
        percentages: split.ownership_percentages(),
        reasons,
        rules: fired.into_iter().map(|id| FiredRule { id }).collect(),
        split,
        detail: Detail::Team { insider: d.insider, now: d.now, next: d.next, hired: d.hired, new_hires: d.new_hires },
    }
}
