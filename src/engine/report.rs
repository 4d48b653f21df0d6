//! What a result page shows, decided from the outcome and the model: each section's facts
//! and the model's texts in it, in the page's order. The shell lays them out and labels them
//! (`ui::result_view`); it decides nothing about what appears.

use super::bank::Assessment;
use super::candidate::fit_roles;
use super::model::{Model, Role, TEAM_INTERVIEW};
use super::outcome::{Confidence, Detail, Outcome};
use super::split::PersonKind;

/// One result page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub title: String,
    pub headline: String,
    /// The note under the headline of a team result that adds a Project Manager.
    pub project_manager_note: Option<String>,
    /// How sure (candidate) or what to do (team): the first thing under the headline.
    pub first: First,
    /// The bars of the split section: fit per role, or share per person (none for one person,
    /// whose single full bar would say nothing the table does not).
    pub bars: Vec<Bar>,
    /// What each fitting role owns and its horizon (candidate results).
    pub roles: Vec<RoleLine>,
    pub more: More,
    /// Whose KPIs are listed (indices into `split.people`), with their KPIs.
    pub kpis: Vec<(usize, Vec<String>)>,
    /// The rules behind the result: id, text and sources.
    pub rules: Vec<RuleLine>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum First {
    Confidence {
        confidence: Confidence,
        /// The strong second side of a leaning result.
        leaning: Option<Role>,
        /// How far ahead the best fit is, when it is ahead at all (clear or leaning).
        margin: Option<u8>,
    },
    /// The steps to take now, then next, as the model words them.
    Steps { now: Vec<String>, next: Vec<String> },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bar {
    Role {
        name: String,
        percent: u8,
        best: bool,
    },
    /// A person of the split, by index.
    Person {
        person: usize,
        percent: u8,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleLine {
    pub name: String,
    pub line: String,
    pub horizon: String,
}

/// The sections behind disclosures that differ between the two assessments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum More {
    Candidate {
        /// Skill labels the answers showed, strongest first, and those they did not.
        strengths: Vec<String>,
        growth: Vec<String>,
        /// A week in the fitting role(s), and what a hiring company will ask.
        week: Vec<String>,
        interview: Vec<String>,
    },
    Team {
        /// Signs that someone inside can take the seat, when the first step grows one.
        insider_signs: Vec<String>,
        /// How to hire, and what to ask, when the first step hires.
        hiring: Vec<String>,
        interview: Vec<String>,
    },
}

impl First {
    /// The assessment whose results open with this: a candidate's how sure, a team's steps.
    pub fn assessment(&self) -> Assessment {
        match self {
            First::Confidence { .. } => Assessment::Candidate,
            First::Steps { .. } => Assessment::Team,
        }
    }
}

impl Bar {
    /// A candidate's bars are the roles' fits, a team's the people's shares.
    pub fn assessment(&self) -> Assessment {
        match self {
            Bar::Role { .. } => Assessment::Candidate,
            Bar::Person { .. } => Assessment::Team,
        }
    }
}

impl More {
    pub fn assessment(&self) -> Assessment {
        match self {
            More::Candidate { .. } => Assessment::Candidate,
            More::Team { .. } => Assessment::Team,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleLine {
    pub id: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// How many items of a role's week and interview lists a candidate sees: fewer each when
/// two or three roles fit, so the lists stay short.
fn per_role(roles: usize, alone: usize, shared: usize) -> usize {
    if roles > 1 {
        shared
    } else {
        alone
    }
}

pub fn of(o: &Outcome, model: &Model) -> Report {
    let text = o.id.texts(model);
    let first = match &o.detail {
        Detail::Candidate { confidence, second, margin, .. } => First::Confidence {
            confidence: *confidence,
            leaning: *second,
            margin: matches!(confidence, Confidence::Clear | Confidence::Leaning).then_some(*margin),
        },
        Detail::Team { now, next, .. } => {
            let steps = |list: &[super::step::Step]| list.iter().map(|s| model.step(s.code()).to_string()).collect();
            First::Steps { now: steps(now), next: steps(next) }
        }
    };
    let (bars, roles, more) = match &o.detail {
        Detail::Candidate { ranking, strengths, growth, .. } => {
            let mine = o.id.fit().map(fit_roles).unwrap_or_default();
            let bars = ranking
                .iter()
                .map(|&(r, percent)| Bar::Role { name: model.role(r).name.clone(), percent, best: mine.contains(&r) })
                .collect();
            let roles = mine
                .iter()
                .map(|&r| {
                    let info = model.role(r);
                    RoleLine { name: info.name.clone(), line: info.line.clone(), horizon: info.horizon.clone() }
                })
                .collect();
            let skills =
                |ids: &[String]| ids.iter().map(|id| model.skill_label(id).unwrap_or(id).to_string()).collect();
            let take = |list: fn(&super::model::RoleInfo) -> &Vec<String>, alone, shared| {
                mine.iter()
                    .flat_map(|&r| list(model.role(r)).iter().take(per_role(mine.len(), alone, shared)).cloned())
                    .collect()
            };
            let more = More::Candidate {
                strengths: skills(strengths),
                growth: skills(growth),
                week: take(|r| &r.week, 4, 2),
                interview: take(|r| &r.interview, 5, 3),
            };
            (bars, roles, more)
        }
        Detail::Team { hired, insider, .. } => {
            let bars = if o.split.people.len() < 2 {
                Vec::new()
            } else {
                o.percentages
                    .iter()
                    .enumerate()
                    .map(|(person, &(_, percent))| Bar::Person { person, percent })
                    .collect()
            };
            let more = More::Team {
                insider_signs: if *insider { model.insider_signs.clone() } else { Vec::new() },
                hiring: if hired.is_empty() { Vec::new() } else { model.hiring.clone() },
                interview: hired
                    .iter()
                    .flat_map(|&r| model.role(r).interview.iter().take(TEAM_INTERVIEW).cloned())
                    .collect(),
            };
            (bars, Vec::new(), more)
        }
    };
    // A candidate's KPIs are their own; a team's are everyone's but the client's (the
    // client's KPIs are the client's business).
    let kpis = o
        .split
        .people
        .iter()
        .enumerate()
        .filter(|(_, p)| match o.detail {
            Detail::Candidate { .. } => p.kind == PersonKind::You,
            Detail::Team { .. } => p.kind != PersonKind::Client && !p.roles.is_empty(),
        })
        .map(|(i, p)| (i, p.roles.iter().flat_map(|&r| model.role(r).kpis.iter().cloned()).collect()))
        .collect();
    let rules = o
        .rules
        .iter()
        .filter_map(|r| model.rule(&r.id))
        .map(|rule| RuleLine { id: rule.id.0.clone(), text: rule.text.clone(), sources: rule.sources.clone() })
        .collect();
    Report {
        title: text.map_or_else(|| o.id.code(), |x| x.title.clone()),
        headline: text.map(|x| x.headline.clone()).unwrap_or_default(),
        project_manager_note: o.id.adds_project_manager().then(|| model.project_manager_note.clone()),
        first,
        bars,
        roles,
        more,
        kpis,
        rules,
    }
}
