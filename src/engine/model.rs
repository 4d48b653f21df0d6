//! The role model of `shared/DOMAIN.md` as data: roles, the responsibility matrix, KPIs,
//! skills, decision rules and the texts of every outcome. Parsed once from
//! `content/model.json`; depends on nothing but serde.

use litemap::LiteMap;

use serde::Deserialize;

use super::codegen::compiled;
use super::error::BankError;

/// The three roles that get scored and assigned. The founder is a person who may hold
/// roles (see `split`), not a fourth role with responsibilities of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
pub enum Role {
    #[serde(rename = "pm")]
    ProductManager,
    #[serde(rename = "po")]
    ProductOwner,
    #[serde(rename = "pjm")]
    ProjectManager,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::ProductManager, Role::ProductOwner, Role::ProjectManager];

    pub fn index(self) -> usize {
        match self {
            Role::ProductManager => 0,
            Role::ProductOwner => 1,
            Role::ProjectManager => 2,
        }
    }

    /// The short code used in content files and outcome ids.
    pub fn code(self) -> &'static str {
        match self {
            Role::ProductManager => "pm",
            Role::ProductOwner => "po",
            Role::ProjectManager => "pjm",
        }
    }
}

/// A decision rule or role fact that answers can evidence, e.g. `R3` or `C1`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct RuleId(pub String);

/// The decision rules the team decision fires (DOMAIN's nine, and the client fact F1), each
/// with its id in `model.json`, where `Model::parse` checks that every one has its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionRule {
    F1,
    R1,
    R2,
    R3,
    R4,
    R5,
    R6,
    R7,
    R8,
    R9,
}

impl DecisionRule {
    pub const ALL: [DecisionRule; 10] = [
        DecisionRule::F1,
        DecisionRule::R1,
        DecisionRule::R2,
        DecisionRule::R3,
        DecisionRule::R4,
        DecisionRule::R5,
        DecisionRule::R6,
        DecisionRule::R7,
        DecisionRule::R8,
        DecisionRule::R9,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DecisionRule::F1 => "F1",
            DecisionRule::R1 => "R1",
            DecisionRule::R2 => "R2",
            DecisionRule::R3 => "R3",
            DecisionRule::R4 => "R4",
            DecisionRule::R5 => "R5",
            DecisionRule::R6 => "R6",
            DecisionRule::R7 => "R7",
            DecisionRule::R8 => "R8",
            DecisionRule::R9 => "R9",
        }
    }

    pub fn id(self) -> RuleId {
        RuleId(self.code().to_string())
    }
}

/// The role facts the candidate result shows (C1-C3, one per role) and the two rules of a
/// too-close result (C4: a close call between two fits, C5: all three too close), each with
/// its id in `model.json`, where `Model::parse` checks that every one has its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleFact {
    C1,
    C2,
    C3,
    C4,
    C5,
}

impl RoleFact {
    pub const ALL: [RoleFact; 5] = [RoleFact::C1, RoleFact::C2, RoleFact::C3, RoleFact::C4, RoleFact::C5];

    pub fn code(self) -> &'static str {
        match self {
            RoleFact::C1 => "C1",
            RoleFact::C2 => "C2",
            RoleFact::C3 => "C3",
            RoleFact::C4 => "C4",
            RoleFact::C5 => "C5",
        }
    }

    pub fn from_id(id: &RuleId) -> Option<RoleFact> {
        RoleFact::ALL.into_iter().find(|f| f.code() == id.0)
    }

    pub fn id(self) -> RuleId {
        RuleId(self.code().to_string())
    }

    /// The role this fact is about, if it is about one.
    pub fn role(self) -> Option<Role> {
        match self {
            RoleFact::C1 => Some(Role::ProductManager),
            RoleFact::C2 => Some(Role::ProductOwner),
            RoleFact::C3 => Some(Role::ProjectManager),
            RoleFact::C4 | RoleFact::C5 => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleInfo {
    pub name: String,
    /// One sentence: what the role owns.
    pub line: String,
    pub horizon: String,
    pub kpis: Vec<String>,
    pub skills: Vec<Skill>,
    /// What a week in the role looks like, a few items.
    pub week: Vec<String>,
    /// Questions a hiring company will ask.
    pub interview: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: String,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    pub id: String,
    pub label: String,
    pub owner: Role,
    #[serde(default)]
    pub contributors: Vec<Role>,
    /// Owned by whoever has the final say when that is someone other than the role holders
    /// (the founder of a founder-led company, a client); the owner role then contributes.
    #[serde(default)]
    pub final_say: bool,
    /// Stays with the team when a client acts as Product Owner: the delivery lead owns it and
    /// the client contributes (a customer does not want to run development, [003]).
    #[serde(default)]
    pub team_side: bool,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: RuleId,
    /// The rule in one plain sentence, as the visitor reads it under "why".
    pub text: String,
    pub sources: Vec<String>,
}

/// Texts for one outcome (a candidate fit or a team setup).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeText {
    pub title: String,
    /// The headline: one sentence.
    pub headline: String,
}

/// How many of a role's interview questions a team result shows for a seat it hires for
/// (`report::of`); a candidate's shows more of their own role's.
pub const TEAM_INTERVIEW: usize = 3;

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub roles: LiteMap<String, RoleInfo>,
    pub responsibilities: Vec<Responsibility>,
    pub rules: Vec<Rule>,
    /// Texts per outcome id without its `+pjm` suffix (`po`, `hybrid-pm-po`, `add-po`, ...).
    pub outcomes: LiteMap<String, OutcomeText>,
    /// The text of each team step (`team::Step::code`): what to do now, and next with its trigger.
    pub steps: LiteMap<String, String>,
    /// How to hire for a seat ([002] [000]), shown with every team result that hires.
    pub hiring: Vec<String>,
    /// Who makes a good Product Owner from inside ([003]), shown when an insider takes a seat.
    pub insider_signs: Vec<String>,
    /// Shown under the headline of any team result that adds a Project Manager (`+pjm`).
    pub project_manager_note: String,
}

compiled!(enum Role [Role::ProductManager, Role::ProductOwner, Role::ProjectManager]);
compiled!(RuleId(0));
compiled!(RoleInfo { name, line, horizon, kpis, skills, week, interview });
compiled!(Skill { id, label });
compiled!(Responsibility { id, label, owner, contributors, final_say, team_side });
compiled!(Rule { id, text, sources });
compiled!(OutcomeText { title, headline });
compiled!(Model { roles, responsibilities, rules, outcomes, steps, hiring, insider_signs, project_manager_note });

impl Model {
    pub fn parse(text: &str) -> Result<Model, Vec<BankError>> {
        let model: Model = serde_json::from_str(text).map_err(|e| vec![BankError::syntax("model", &e)])?;
        let mut errors = Vec::new();
        for role in Role::ALL {
            if !model.roles.contains_key(role.code()) {
                errors.push(BankError::new("model", format!("roles.{}", role.code()), "missing role"));
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, r) in model.responsibilities.iter().enumerate() {
            if !seen.insert(&r.id) {
                errors.push(BankError::new(
                    "model",
                    format!("responsibilities[{i}].id"),
                    format!("duplicate id \"{}\"", r.id),
                ));
            }
            if r.contributors.contains(&r.owner) {
                errors.push(BankError::new(
                    "model",
                    format!("responsibilities[{i}]"),
                    "a role cannot both own and contribute",
                ));
            }
        }
        let codes = DecisionRule::ALL.map(DecisionRule::code).into_iter().chain(RoleFact::ALL.map(RoleFact::code));
        for code in codes {
            if model.rule(&RuleId(code.to_string())).is_none() {
                errors.push(BankError::new("model", "rules", format!("missing rule {code}")));
            }
        }
        for step in super::step::Step::ALL {
            if !model.steps.contains_key(step.code()) {
                errors.push(BankError::new("model", format!("steps.{}", step.code()), "missing step text"));
            }
        }
        for code in model.steps.keys() {
            if !super::step::Step::ALL.iter().any(|s| s.code() == code) {
                errors.push(BankError::new("model", format!("steps.{code}"), "no such step"));
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, r) in model.rules.iter().enumerate() {
            if !seen.insert(&r.id) {
                errors.push(BankError::new("model", format!("rules[{i}].id"), format!("duplicate id \"{}\"", r.id.0)));
            }
        }
        if errors.is_empty() {
            Ok(model)
        } else {
            Err(errors)
        }
    }

    /// Visits every translatable text with its stable key (e.g. `rule.R3`, `role.po.kpi.2`).
    /// The one definition of the keys: extraction and localisation both walk through here.
    pub fn walk_texts(&mut self, f: &mut dyn FnMut(&str, &mut String)) {
        for (code, r) in self.roles.iter_mut() {
            f(&format!("role.{code}.name"), &mut r.name);
            f(&format!("role.{code}.line"), &mut r.line);
            f(&format!("role.{code}.horizon"), &mut r.horizon);
            for (i, k) in r.kpis.iter_mut().enumerate() {
                f(&format!("role.{code}.kpi.{i}"), k);
            }
            for s in r.skills.iter_mut() {
                f(&format!("role.{code}.skill.{}", s.id), &mut s.label);
            }
            for (i, w) in r.week.iter_mut().enumerate() {
                f(&format!("role.{code}.week.{i}"), w);
            }
            for (i, q) in r.interview.iter_mut().enumerate() {
                f(&format!("role.{code}.interview.{i}"), q);
            }
        }
        for r in self.responsibilities.iter_mut() {
            f(&format!("resp.{}", r.id), &mut r.label);
        }
        for r in self.rules.iter_mut() {
            f(&format!("rule.{}", r.id.0), &mut r.text);
        }
        for (id, o) in self.outcomes.iter_mut() {
            f(&format!("outcome.{id}.title"), &mut o.title);
            f(&format!("outcome.{id}.headline"), &mut o.headline);
        }
        for (id, text) in self.steps.iter_mut() {
            f(&format!("step.{id}"), text);
        }
        for (i, text) in self.hiring.iter_mut().enumerate() {
            f(&format!("hiring.{i}"), text);
        }
        for (i, text) in self.insider_signs.iter_mut().enumerate() {
            f(&format!("insider_sign.{i}"), text);
        }
        f("project_manager_note", &mut self.project_manager_note);
    }

    pub fn role(&self, role: Role) -> &RoleInfo {
        self.roles.get(role.code()).expect("Model::parse checked that every role is present")
    }

    pub fn rule(&self, id: &RuleId) -> Option<&Rule> {
        self.rules.iter().find(|r| &r.id == id)
    }

    pub fn has_skill(&self, id: &str) -> bool {
        self.roles.values().any(|r| r.skills.iter().any(|s| s.id == id))
    }

    pub fn skill_label(&self, id: &str) -> Option<&str> {
        self.roles.values().flat_map(|r| r.skills.iter()).find(|s| s.id == id).map(|s| s.label.as_str())
    }

    /// The texts of an outcome by its key (`OutcomeId::text_key`; `OutcomeId::texts` looks
    /// them up); `tests/it/content.rs` checks that every outcome has them.
    pub fn outcome(&self, key: &str) -> Option<&OutcomeText> {
        self.outcomes.get(key)
    }

    /// The text of a team step; `Model::parse` checks that every step has one.
    pub fn step(&self, code: &str) -> &str {
        self.steps.get(code).map_or("", String::as_str)
    }

    /// The model without the texts only an assessment left out of the build shows (`build.rs`
    /// compiles in what is left, Cargo.toml's `candidate` and `team`, through
    /// `Content::model_for`): a team's steps, hiring advice, signs of an insider, Project
    /// Manager note and outcome texts; a candidate's outcome texts, each role's line, horizon,
    /// week and skills; and the rules no kept assessment can cite. A result cites the rules its
    /// bank's chosen answers name (`cited`, from the kept banks) and those its engine adds
    /// itself: a candidate's C4 and C5, a team's decision rules. `tests/it/report.rs` checks
    /// that every report of the assessment kept reads the same.
    pub fn only_for(mut self, candidate: bool, team: bool, cited: &[RuleId]) -> Model {
        // A candidate's outcomes are its fits: a role, two (`hybrid-…`) or all three.
        let roles: Vec<String> = self.roles.keys().cloned().collect();
        let is_fit = |key: &str| roles.iter().any(|r| r == key) || key.starts_with("hybrid-") || key == "generalist";
        self.outcomes.retain(|key, _| if is_fit(key) { candidate } else { team });
        let added = |id: &RuleId| {
            (candidate && matches!(RoleFact::from_id(id), Some(RoleFact::C4 | RoleFact::C5)))
                || (team && DecisionRule::ALL.iter().any(|r| r.code() == id.0))
        };
        // With both, every rule: a custom bank (the authors' build has both) may cite any.
        self.rules.retain(|r| (candidate && team) || added(&r.id) || cited.contains(&r.id));
        if !team {
            self.steps.clear();
            self.hiring.clear();
            self.insider_signs.clear();
            self.project_manager_note.clear();
        }
        if !candidate {
            for r in self.roles.iter_mut().map(|(_, v)| v) {
                r.line.clear();
                r.horizon.clear();
                r.week.clear();
                r.skills.clear();
                r.interview.truncate(TEAM_INTERVIEW);
            }
        }
        self
    }
}
