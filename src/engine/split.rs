//! The responsibility split: which person owns and which contribute to each responsibility
//! of the model's matrix, for a given set of people and the roles each holds. One person
//! holding several roles is one column, so their cells merge. Pure; depends on the model.

use super::bank::Assessment;
use super::model::{Model, Role};

/// Who a person is in the recommendation; the UI names them from this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonKind {
    /// The founder or CEO, acting in the roles listed.
    Founder,
    /// Someone already on staff, upskilled into the roles listed.
    Insider,
    /// A new hire for the roles listed.
    Hire,
    /// Someone the team has today, keeping the roles listed.
    Existing,
    /// One Product Owner per product, all alike.
    PoPerProduct,
    /// Several Product Managers, one per product line, over a large portfolio.
    PmPerLine,
    /// The client the team builds for: owns the product's strategy, and its representative
    /// acts as Product Owner.
    Client,
    /// No one is free to hire: someone on staff covers the roles listed for now.
    Stopgap,
    /// A management group with the final say, holding no role itself.
    Committee,
    /// The visitor of the candidate assessment.
    You,
    /// A role the visitor of the candidate assessment would work beside.
    Colleague,
}

impl PersonKind {
    /// The assessment whose results name this kind of person: the visitor and their
    /// colleagues are a candidate's, everyone else a team's.
    pub fn assessment(self) -> Assessment {
        match self {
            PersonKind::You | PersonKind::Colleague => Assessment::Candidate,
            _ => Assessment::Team,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// A stable id, used as a key in events and percentages (e.g. `founder`, `pm-po`).
    pub id: String,
    pub kind: PersonKind,
    /// The roles this person holds, in the order of `Role::ALL`.
    pub roles: Vec<Role>,
    /// A role among `roles` that they only cover for now, until the next step fills it.
    pub interim: Option<Role>,
    /// Has the final say on which ideas go ahead (the founder of a founder-led company, or
    /// the client whose product it is): owns the model's final-say row.
    pub final_say: bool,
}

impl Person {
    pub fn new(kind: PersonKind, roles: &[Role]) -> Person {
        let mut roles = roles.to_vec();
        super::sort::sort_by_key(&mut roles, |&r| r);
        roles.dedup();
        let codes: Vec<&str> = roles.iter().map(|r| r.code()).collect();
        let id = match kind {
            PersonKind::Founder => "founder".to_string(),
            PersonKind::Insider => "insider".to_string(),
            PersonKind::PoPerProduct => "po-per-product".to_string(),
            PersonKind::PmPerLine => "pm-per-line".to_string(),
            PersonKind::Client => "client".to_string(),
            PersonKind::Stopgap => "stopgap".to_string(),
            PersonKind::Committee => "committee".to_string(),
            PersonKind::You => "you".to_string(),
            PersonKind::Existing => format!("current-{}", codes.join("-")),
            PersonKind::Hire | PersonKind::Colleague => codes.join("-"),
        };
        Person { id, kind, roles, interim: None, final_say: false }
    }

    /// The same person, covering `role` only until the next step fills it.
    pub fn covering(mut self, role: Role) -> Person {
        if !self.roles.contains(&role) {
            self.roles.push(role);
            super::sort::sort_by_key(&mut self.roles, |&r| r);
        }
        self.interim = Some(role);
        self
    }

    /// The same person, with the final say on which ideas go ahead.
    pub fn with_final_say(mut self) -> Person {
        self.final_say = true;
        self
    }

    pub fn holds(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitRow {
    /// Index into `Model::responsibilities`.
    pub responsibility: usize,
    /// Index into `Split::people`: the one who answers for the row.
    pub owner: usize,
    /// The role the owner owns the row by (its owner role, or the stand-in's), where everyone
    /// holding it owns the row too, each for their own product or product line (a Product
    /// Owner per product, a Product Manager per line): `Split::owns`. None for the final say
    /// and a row handed over by a client.
    pub shared: Option<Role>,
    /// Indices into `Split::people`, never an owner, no duplicates.
    pub contributors: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Split {
    pub people: Vec<Person>,
    pub rows: Vec<SplitRow>,
}

/// Who takes over a role's ownership when nobody holds the role: delivery work falls to
/// whoever holds the Product Owner role (closest to the team), and product management
/// and product ownership cover each other.
fn stand_ins(role: Role) -> [Role; 2] {
    match role {
        Role::ProjectManager => [Role::ProductOwner, Role::ProductManager],
        Role::ProductOwner => [Role::ProductManager, Role::ProjectManager],
        Role::ProductManager => [Role::ProductOwner, Role::ProjectManager],
    }
}

impl Split {
    /// Assigns every responsibility of the model to `people`. `people` must hold at least
    /// one of the Product Manager and Product Owner roles between them (every recommendation
    /// does), so every row has an owner.
    pub fn assign(model: &Model, people: Vec<Person>) -> Split {
        let holder = |role: Role| people.iter().position(|p| p.holds(role));
        let rows = model
            .responsibilities
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let decider = if r.final_say { people.iter().position(|p| p.final_say) } else { None };
                // The role the row goes by, its owner's or the first stand-in someone holds, and
                // that role's first holder.
                let (by, first) = [r.owner]
                    .into_iter()
                    .chain(stand_ins(r.owner))
                    .find_map(|role| Some((role, holder(role)?)))
                    .expect("every recommendation holds the Product Manager or Product Owner role");
                let mut owner = decider.unwrap_or(first);
                // A client acting as Product Owner does not run the team's development [003]:
                // the team-side rows go to whoever leads the delivery.
                let mut handed = None;
                if r.team_side && people[owner].kind == PersonKind::Client {
                    if let Some(lead) = holder(Role::ProjectManager).filter(|&p| p != owner) {
                        handed = Some(owner);
                        owner = lead;
                    }
                }
                // Everyone holding that role owns the row, each for their own product (two
                // Product Owners each track their own team's plan); not the final say, nor a row
                // handed over. Contributors are each role's first holder, and no one recommended
                // holds a second role beside a role someone before them holds (the property
                // tests check), so no one who owns a row also contributes to it.
                let shared = (decider.is_none() && handed.is_none()).then_some(by);
                let mut contributors: Vec<usize> = r
                    .contributors
                    .iter()
                    .chain(decider.map(|_| &r.owner))
                    .filter_map(|&c| holder(c))
                    .chain(handed)
                    .filter(|&p| p != owner)
                    .collect();
                super::sort::sort_by_key(&mut contributors, |&p| p);
                contributors.dedup();
                SplitRow { responsibility: i, owner, shared, contributors }
            })
            .collect();
        Split { people, rows }
    }

    /// Whether person `p` owns `row`: its owner, or another holder of the role it is shared by.
    pub fn owns(&self, row: &SplitRow, p: usize) -> bool {
        row.owner == p || row.shared.is_some_and(|r| self.people[p].holds(r))
    }

    /// Share of the owned responsibilities per person, in whole percent summing to 100: how
    /// many rows each owns, against all the owners' rows together (a row two Product Owners
    /// own, each for their own product, counts for both).
    pub fn ownership_percentages(&self) -> Vec<(String, u8)> {
        let counts: Vec<u32> =
            (0..self.people.len()).map(|p| self.rows.iter().filter(|r| self.owns(r, p)).count() as u32).collect();
        let percents = largest_remainder(&counts);
        self.people.iter().zip(percents).map(|(p, pc)| (p.id.clone(), pc)).collect()
    }
}

/// Whole percentages proportional to `values` that sum to exactly 100 (Hamilton's method).
/// Remainders that tie are resolved towards the larger value, then the earlier position;
/// that only decides which of two equal shares shows the extra point. All zero gives all zero.
pub fn largest_remainder(values: &[u32]) -> Vec<u8> {
    let total: u64 = values.iter().map(|&v| u64::from(v)).sum();
    if total == 0 {
        return vec![0; values.len()];
    }
    let mut floors: Vec<u64> = values.iter().map(|&v| u64::from(v) * 100 / total).collect();
    let mut left = 100 - floors.iter().sum::<u64>();
    let mut order: Vec<usize> = (0..values.len()).collect();
    super::sort::sort_by_key(&mut order, |&i| {
        (std::cmp::Reverse(u64::from(values[i]) * 100 % total), std::cmp::Reverse(values[i]), i)
    });
    for &i in &order {
        if left == 0 {
            break;
        }
        floors[i] += 1;
        left -= 1;
    }
    floors.into_iter().map(|f| f as u8).collect()
}
