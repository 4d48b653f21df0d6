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
use super::model::{Model, Role, RuleId, PJM_SUFFIX};
use super::outcome::{contributions, totals, Contribution, Detail, FiredRule, Outcome, Structure};
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
/// Delivery risk at or above this: a Project Manager (rule 7). Fixed dates, several teams
/// and vendors weigh 3 each, so any one is enough; a fixed budget or administration weighs
/// 2, so either needs another constraint beside it.
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
    /// Rule ids in the order they weighed.
    pub rules: Vec<&'static str>,
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
    rules: Vec<&'static str>,
    signals: Vec<Signal>,
    hired: Vec<Role>,
    new_hires: u8,
    insider: bool,
}

impl Plan {
    fn rule(&mut self, id: &'static str) {
        if !self.rules.contains(&id) {
            self.rules.push(id);
        }
    }
    fn signal(&mut self, s: Signal) {
        if !self.signals.contains(&s) {
            self.signals.push(s);
        }
    }
    fn now(&mut self, step: Step) {
        if !self.now.contains(&step) {
            self.now.push(step);
        }
    }
    fn next(&mut self, step: Step) {
        if !self.next.contains(&step) {
            self.next.push(step);
        }
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
        p.rule("R3");
        p.signal(Signal::Products);
        Target::Portfolio
    } else if s.products >= 2 {
        p.rule("R3");
        p.rule("R9");
        p.signal(Signal::Products);
        Target::PoPerProduct
    } else if s.larger && !s.simple {
        p.rule("R2");
        p.signal(Signal::Scale);
        p.signal(Signal::Complexity);
        if s.growing {
            p.rule("R9");
            p.signal(Signal::Growth);
        }
        Target::Separate
    } else if s.growing && s.size >= SMALL && (!s.simple || s.larger) {
        // Growth makes the split pressing beyond the smallest companies, unless the product
        // is simple and the company small (rule 1).
        p.rule("R9");
        p.signal(Signal::Growth);
        p.signal(Signal::Scale);
        p.signal(Signal::Complexity);
        Target::Separate
    } else {
        if s.small && s.simple {
            p.rule("R1");
        } else {
            // A small business with a product that is not simple, or a larger one with a
            // simple product, neither growing; or up to 5 people: the split is not pressing yet.
            p.rule("R9");
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
    let order = ["F1", "R8", "R4", "R5", "R1", "R2", "R3", "R9", "R6", "R7"];
    let mut rules: Vec<&'static str> = order.iter().copied().filter(|r| p.rules.contains(r)).collect();
    rules.extend(p.rules.iter().copied().filter(|r| !order.contains(r)));
    // The answers that decided first, the context after: the "why" list shows six at most.
    const PRIORITY: [Signal; 15] = [
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
    p.rule("F1");
    p.rule("R7");
    p.signal(Signal::Client);
    p.signal(Signal::HasPjm);
    p.people.push(Person::new(PersonKind::Client, &[ProductManager, ProductOwner]).with_final_say());
    p.now(Step::ClientPo);
    if s.has_pjm {
        p.people.push(Person::new(PersonKind::Existing, &[ProjectManager]));
        p.now(Step::KeepPjm);
    } else if s.hires == Some(0) {
        p.rule("R4");
        p.signal(Signal::Budget);
        p.people.push(Person::new(PersonKind::Stopgap, &[ProjectManager]));
        p.now(Step::StopgapPjm);
        p.next(Step::NextPjmBudget);
    } else {
        p.hire(Person::new(PersonKind::Hire, &[ProjectManager]), 1);
        p.now(Step::HirePjmLead);
    }
    p.now(Step::NoOwnPm);
    if s.delivery_risk {
        p.signal(Signal::Delivery);
    }
    p.next(Step::NextClientStrategy);
    Structure::ClientLed
}

/// The founder of a founder-led company keeps the final say beside a hire (rule 6: the PO
/// pitches, the founder decides), shown in the split.
fn founder_final_say(s: &Situation, p: &mut Plan) {
    if !s.founder_decides {
        return;
    }
    p.rule("R6");
    p.signal(Signal::Founder);
    match p.people.iter().position(|x| x.kind == PersonKind::Founder) {
        Some(i) => p.people[i].final_say = true,
        None => p.people.insert(0, Person::new(PersonKind::Founder, &[]).with_final_say()),
    }
    p.now(Step::FounderFinalSay);
}

/// One seat for both product roles (rule 1, or rule 9 while the split is not pressing).
fn single(s: &Situation, p: &mut Plan) -> Structure {
    use Role::*;
    let r5 = s.rule5();
    if s.has_pm && s.has_po {
        p.rule("R8");
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
        rule5(s, p);
        p.people.push(Person::new(PersonKind::Existing, &[ProductManager]));
        p.now(Step::KeepPm);
        p.hire(Person::new(PersonKind::Hire, &[ProductOwner]), 1);
        p.now(po_hire(s));
        p.now(Step::Handoff);
        return Structure::AddPo;
    }
    if s.has_pm || s.has_po {
        p.rule("R8");
        let (role, other) = if s.has_pm { (ProductManager, ProductOwner) } else { (ProductOwner, ProductManager) };
        p.people.push(Person::new(PersonKind::Existing, &[role, other]));
        p.now(Step::KeepLead);
        if s.has_pm && r5 {
            mentor_until_budget(s, p);
        } else {
            p.next(Step::NextSplitGrowth);
        }
        founder_final_say(s, p);
        return Structure::Keep;
    }
    if s.insider_po || s.insider_pm {
        p.rule("R8");
        p.signal(Signal::InsiderPo);
        p.signal(Signal::InsiderPm);
        p.insider = true;
        p.people.push(Person::new(PersonKind::Insider, &[ProductManager, ProductOwner]));
        p.now(Step::InsiderBoth);
        p.now(Step::Training);
        if s.inexperienced {
            rule5(s, p);
            p.now(Step::Mentor);
        }
        p.next(Step::NextSplitGrowth);
        founder_final_say(s, p);
        return Structure::UpskillInsider;
    }
    p.signal(Signal::InsiderPo);
    if s.founder_acts && (!r5 || s.hires == Some(0)) {
        p.rule("R6");
        p.signal(Signal::Founder);
        p.people.push(Person::new(PersonKind::Founder, &[ProductManager, ProductOwner]).with_final_say());
        p.now(Step::FounderPo);
        p.now(Step::FounderStrategy);
        if r5 {
            mentor_until_budget(s, p);
        } else {
            p.next(Step::NextFounderStepBack);
        }
        return Structure::FounderPo;
    }
    if s.hires == Some(0) {
        p.rule("R4");
        p.signal(Signal::Budget);
        if s.founder_decides {
            p.rule("R6");
            p.signal(Signal::Founder);
            p.people.push(Person::new(PersonKind::Founder, &[ProductManager, ProductOwner]).with_final_say());
            p.now(Step::FounderPo);
            p.now(Step::Mentor);
            p.next(Step::NextHireBudget);
            return Structure::FounderPo;
        }
        p.people.push(Person::new(PersonKind::Stopgap, &[ProductManager, ProductOwner]));
        p.now(Step::Stopgap);
        p.now(Step::Mentor);
        p.next(Step::NextHireBudget);
        return Structure::CoverForNow;
    }
    if r5 && s.founder_decides {
        // The founder already holds the product-management side: the one hire is the PO.
        rule5(s, p);
        p.rule("R6");
        p.signal(Signal::Founder);
        p.people.push(Person::new(PersonKind::Founder, &[ProductManager]).with_final_say());
        p.hire(Person::new(PersonKind::Hire, &[ProductOwner]), 1);
        p.now(po_hire(s));
        p.now(Step::FounderStrategy);
        p.now(Step::FounderFinalSay);
        p.next(Step::NextPmLater);
        return Structure::PoFirst;
    }
    if s.hires == Some(1) {
        // Rule 4, and rule 4's own case of rule 5: nobody inside covers the PM side.
        p.rule("R4");
        p.signal(Signal::Budget);
        p.hire(Person::new(PersonKind::Hire, &[ProductManager]).covering(ProductOwner), 1);
        p.now(Step::HirePmCoveringPo);
        p.next(Step::NextPoBudget);
        founder_final_say(s, p);
        return Structure::PmFirst;
    }
    if r5 {
        rule5(s, p);
        p.hire(Person::new(PersonKind::Hire, &[ProductOwner]).covering(ProductManager), 1);
        p.now(po_hire(s));
        p.next(Step::NextPmLater);
        founder_final_say(s, p);
        return Structure::PoFirst;
    }
    p.hire(Person::new(PersonKind::Hire, &[ProductManager, ProductOwner]), 1);
    p.now(Step::HireLead);
    p.next(Step::NextSplitGrowth);
    founder_final_say(s, p);
    Structure::OnePerson
}

/// No budget for the Product Owner rule 5 calls for: the experience comes from a mentor for
/// now, and the PO is the next hire.
fn mentor_until_budget(s: &Situation, p: &mut Plan) {
    rule5(s, p);
    p.rule("R4");
    p.signal(Signal::Budget);
    p.now(Step::Mentor);
    p.next(Step::NextPoBudget);
}

fn rule5(s: &Situation, p: &mut Plan) {
    p.rule("R5");
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
    p.rule("R8");
    p.signal(Signal::InsiderPo);
    p.insider = true;
    p.people.push(Person::new(PersonKind::Insider, &[Role::ProductOwner]));
    p.now(Step::InsiderPo);
    p.now(Step::Training);
    if s.rule5() {
        rule5(s, p);
    }
    if s.inexperienced {
        p.now(Step::Mentor);
    }
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
        p.rule("R8");
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
        p.rule("R6");
        p.signal(Signal::Founder);
        p.people.push(Person::new(PersonKind::Founder, &[ProductOwner]).with_final_say());
        p.now(Step::FounderPo);
        po_filled += 1;
        founder_po = true;
    }
    let mut pm_filled = 0u8;
    let mut insider_pm = false;
    if s.has_pm {
        p.rule("R8");
        p.people.insert(0, Person::new(PersonKind::Existing, &[ProductManager]));
        p.now(Step::KeepPm);
        pm_filled += 1;
    }
    if pm_filled < pm_seats && s.insider_pm && !insider_po {
        p.rule("R8");
        p.signal(Signal::InsiderPm);
        p.insider = true;
        p.people.insert(0, Person::new(PersonKind::Insider, &[ProductManager]));
        p.now(Step::InsiderPm);
        p.now(Step::Training);
        pm_filled += 1;
        insider_pm = true;
    }
    if pm_filled == 0 && s.founder_decides && s.small && !founder_po && target != Target::Portfolio {
        // The founder of a small company keeps the strategy side for now.
        p.rule("R6");
        p.signal(Signal::Founder);
        p.people.insert(0, Person::new(PersonKind::Founder, &[ProductManager]).with_final_say());
        p.now(Step::FounderStrategy);
        pm_filled += 1;
    }
    let po_missing = po_seats - po_filled;
    let pm_missing = pm_seats - pm_filled;

    // Rule 5 makes a Product Owner the first step where there is none: with nobody on either
    // side, the Product Manager follows once the backlog runs.
    let sequenced = r5 && po_filled == 0 && pm_filled == 0;
    if r5 && po_missing > 0 {
        rule5(s, p);
    }
    let mut budget = s.hires.unwrap_or(u8::MAX);
    if s.hires.is_some() && (po_missing > 0 || pm_missing > 0) {
        p.signal(Signal::Budget);
    }
    let mut take = |wanted: u8| -> u8 {
        let got = wanted.min(budget);
        budget -= got;
        got
    };
    // Who is hired first: the PO where rule 5 applies, else the PM (rule 4's order).
    let (po_now, pm_now) = if r5 {
        let po = take(po_missing);
        (po, if sequenced { 0 } else { take(pm_missing) })
    } else {
        let pm = take(pm_missing);
        (take(po_missing), pm)
    };
    let limited = po_now < po_missing || (pm_now < pm_missing && !(sequenced && po_now == po_missing));
    if limited {
        p.rule("R4");
    }
    if pm_now > 0 {
        let step = if po_now == 0 && po_filled == 0 {
            Step::HirePmCoveringPo
        } else if target == Target::Portfolio {
            Step::HirePmPerLine
        } else {
            Step::HirePm
        };
        let kind = if target == Target::Portfolio && pm_now + pm_filled >= 2 && pm_now >= 2 {
            PersonKind::PmPerLine
        } else {
            PersonKind::Hire
        };
        p.hire(Person::new(kind, &[ProductManager]), pm_now);
        p.now(step);
    }
    if po_now > 0 {
        if po_seats == 1 {
            p.hire(Person::new(PersonKind::Hire, &[ProductOwner]), po_now);
            p.now(po_hire(s));
        } else if po_now == po_missing && po_now >= 2 {
            p.hire(Person::new(PersonKind::PoPerProduct, &[ProductOwner]), po_now);
            p.now(Step::HirePoPerProduct);
        } else {
            p.hire(Person::new(PersonKind::Hire, &[ProductOwner]), po_now);
            p.now(Step::HireOnePo);
        }
    }
    // What the budget or the order of steps leaves for later, and who covers it meanwhile.
    if po_now < po_missing {
        if po_filled + po_now == 0 {
            if !p.cover(ProductManager, ProductOwner) {
                stopgap_or_founder(s, p);
            }
        }
        p.next(if po_seats > 1 && po_filled + po_now > 0 { Step::NextPosBudget } else { Step::NextPoBudget });
    }
    if pm_now < pm_missing {
        if pm_filled + pm_now == 0 && !p.holds(ProductManager) {
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
        stopgap_or_founder(s, p);
    }
    let separate_people = p.people.iter().any(|x| x.holds(ProductManager) && !x.holds(ProductOwner))
        && p.people.iter().any(|x| x.holds(ProductOwner) && !x.holds(ProductManager));
    if separate_people {
        p.now(Step::Handoff);
    }
    match target {
        Target::Separate => p.next(Step::NextPoPerProduct),
        Target::PoPerProduct => p.next(Step::NextPmPerLine),
        _ => {}
    }
    founder_final_say(s, p);

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
        (true, false)
            if pm_filled > 0 && !p.people.iter().any(|x| x.kind == PersonKind::Founder && x.holds(ProductManager)) =>
        {
            Structure::AddPo
        }
        (true, false) => Structure::PoFirst,
        (false, true) if po_filled > 0 => Structure::AddPm,
        (false, true) => Structure::PmFirst,
        (false, false) if insider_pm => Structure::AddPm,
        (false, false) => Structure::Keep,
    }
}

/// Nobody holds a product role and no hire is possible: the founder covers where the founder
/// decides, otherwise someone on staff, each with a mentor.
fn stopgap_or_founder(s: &Situation, p: &mut Plan) {
    use Role::*;
    p.rule("R4");
    p.signal(Signal::Budget);
    if s.founder_decides {
        match p.people.iter().position(|x| x.kind == PersonKind::Founder) {
            Some(i) => {
                let f = p.people.remove(i);
                p.people.insert(i, f.covering(ProductOwner));
            }
            None => {
                p.people.insert(0, Person::new(PersonKind::Founder, &[ProductManager, ProductOwner]).with_final_say())
            }
        }
        p.now(Step::FounderPo);
    } else {
        p.people.push(Person::new(PersonKind::Stopgap, &[ProductManager, ProductOwner]));
        p.now(Step::Stopgap);
    }
    p.now(Step::Mentor);
    p.next(Step::NextHireBudget);
}

/// Rule 7: a Project Manager when delivery is the risk, within what the budget has left;
/// a Project Manager the team has stays.
fn project_manager(s: &Situation, p: &mut Plan) {
    if s.has_pjm {
        p.signal(Signal::HasPjm);
        p.people.push(Person::new(PersonKind::Existing, &[Role::ProjectManager]));
        p.now(Step::KeepPjm);
        if s.delivery_risk {
            p.rule("R7");
            p.signal(Signal::Delivery);
        } else {
            p.next(Step::NextReviewPjm);
        }
        return;
    }
    if !s.delivery_risk {
        return;
    }
    p.rule("R7");
    p.signal(Signal::Delivery);
    p.signal(Signal::HasPjm);
    let left = s.hires.map_or(u8::MAX, |h| h.saturating_sub(p.new_hires));
    if left == 0 {
        p.rule("R4");
        p.signal(Signal::Budget);
        p.next(Step::NextPjmBudget);
    } else {
        p.hire(Person::new(PersonKind::Hire, &[Role::ProjectManager]), 1);
        p.now(Step::HirePjm);
        p.next(Step::NextReviewPjm);
    }
}

pub fn outcome_id(structure: Structure, project_manager: bool) -> String {
    if project_manager {
        format!("{}{PJM_SUFFIX}", structure.code())
    } else {
        structure.code().to_string()
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
    let fired: Vec<RuleId> = d.rules.iter().map(|r| RuleId((*r).to_string())).collect();
    let reasons = deciding_answers(bank, answers, &d.signals, &fired);
    Outcome {
        assessment: bank.assessment(),
        id: outcome_id(d.structure, d.project_manager),
        percentages: split.ownership_percentages(),
        reasons,
        rules: fired.into_iter().map(|id| FiredRule { id }).collect(),
        split,
        detail: Detail::Team {
            structure: d.structure,
            project_manager: d.project_manager,
            insider: d.insider,
            now: d.now,
            next: d.next,
            hired: d.hired,
            new_hires: d.new_hires,
        },
    }
}
