//! What an assessment concludes, with its reasons: the outcome id, percentages, the answers
//! that weighed most, the rules that fired, and the responsibility split, and the helpers
//! `candidate` and `team` share; `engine::evaluate` composes them and is total over every
//! answer set. Pure; nothing web.

use super::bank::{Assessment, Bank, QuestionIndex, Signal};
use super::flow::{visible, Answers};
use super::model::{Model, OutcomeText, Role, RuleId};
use super::split::Split;
use super::step::Step;

/// How much one answer pushed the outcome, towards which signals, and which of the rules
/// that fired its chosen choices evidence. An amount of zero is an answer that could have
/// moved a deciding signal and held it low (e.g. "up to 5 people" for size).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contribution {
    pub question: QuestionIndex,
    pub amount: i32,
    pub toward: Vec<Signal>,
    pub rules: Vec<RuleId>,
}

/// A rule that fired, in the order it weighed in the decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FiredRule {
    pub id: RuleId,
}

/// The candidate's fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fit {
    Single(Role),
    /// The two roles, in `Role::ALL` order: a hybrid has no first and second.
    Hybrid(Role, Role),
    /// All three within the margin.
    Generalist,
}

/// The team results: what changes first. Documented with their ids in EMBEDDING.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Structure {
    /// The roles the team has already fit.
    Keep,
    /// The founder acts as Product Owner (rule 6).
    FounderPo,
    /// An insider grows into the one product lead's seat (rules 8, 1).
    UpskillInsider,
    /// An insider takes the Product Owner seat (rule 8; [003]).
    InsiderPo,
    /// One product lead for both roles is hired (rule 1).
    OnePerson,
    /// A Product Manager first, covering the Product Owner's tasks (rule 4).
    PmFirst,
    /// A Product Owner first, where there is none (rule 5).
    PoFirst,
    /// A Product Owner beside the Product Manager the team has.
    AddPo,
    /// A Product Manager beside the Product Owner the team has.
    AddPm,
    /// A Product Manager and a Product Owner, both hired (rules 2, 9).
    Separate,
    /// A Product Owner per product, one Product Manager (rule 3).
    PoPerProduct,
    /// Several Product Managers and a Product Owner per product (rule 3's overload).
    Portfolio,
    /// No hire possible and nobody to grow: someone covers with a mentor (rule 4).
    CoverForNow,
    /// A client owns the strategy: a Project Manager leads, the client's representative is PO.
    ClientLed,
}

impl Structure {
    pub const ALL: [Structure; 14] = [
        Structure::Keep,
        Structure::FounderPo,
        Structure::UpskillInsider,
        Structure::InsiderPo,
        Structure::OnePerson,
        Structure::PmFirst,
        Structure::PoFirst,
        Structure::AddPo,
        Structure::AddPm,
        Structure::Separate,
        Structure::PoPerProduct,
        Structure::Portfolio,
        Structure::CoverForNow,
        Structure::ClientLed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Structure::Keep => "keep",
            Structure::FounderPo => "founder-po",
            Structure::UpskillInsider => "upskill-insider",
            Structure::InsiderPo => "insider-po",
            Structure::OnePerson => "one-person",
            Structure::PmFirst => "pm-first",
            Structure::PoFirst => "po-first",
            Structure::AddPo => "add-po",
            Structure::AddPm => "add-pm",
            Structure::Separate => "separate",
            Structure::PoPerProduct => "po-per-product",
            Structure::Portfolio => "portfolio",
            Structure::CoverForNow => "cover-for-now",
            Structure::ClientLed => "client-led",
        }
    }

    /// Whether a first step of this kind can also add a Project Manager (`+pjm`): not when
    /// nothing can be hired, nor where the Project Manager is the setup itself, nor with a
    /// Product Manager first (the one hire a tight budget allows).
    pub fn can_add_project_manager(self) -> bool {
        !matches!(self, Structure::CoverForNow | Structure::ClientLed | Structure::PmFirst)
    }
}

/// The suffix of a team outcome id whose first step adds a Project Manager (`add-po+pjm`).
const PJM_SUFFIX: &str = "+pjm";

/// An outcome's identity: the candidate's fit, or the team's first change (with or without a
/// Project Manager). Its text form (`code`, `from_code`) is defined here once: `po`,
/// `hybrid-pm-po`, `generalist`, `add-po`, `add-po+pjm`. The host's events carry it;
/// `model.json` keys its texts by `text_key` (the code without `+pjm`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutcomeId {
    Candidate(Fit),
    Team { structure: Structure, project_manager: bool },
}

impl OutcomeId {
    /// The candidate's fit, for a candidate outcome.
    pub fn fit(self) -> Option<Fit> {
        match self {
            OutcomeId::Candidate(fit) => Some(fit),
            OutcomeId::Team { .. } => None,
        }
    }

    /// Whether a team outcome's first step adds a Project Manager.
    pub fn adds_project_manager(self) -> bool {
        matches!(self, OutcomeId::Team { project_manager: true, .. })
    }

    pub fn code(self) -> String {
        match self {
            OutcomeId::Candidate(Fit::Single(r)) => r.code().to_string(),
            OutcomeId::Candidate(Fit::Hybrid(a, b)) => format!("hybrid-{}-{}", a.code(), b.code()),
            OutcomeId::Candidate(Fit::Generalist) => "generalist".to_string(),
            OutcomeId::Team { structure, project_manager: false } => structure.code().to_string(),
            OutcomeId::Team { structure, project_manager: true } => format!("{}{PJM_SUFFIX}", structure.code()),
        }
    }

    /// The key of its texts in `model.json`: a first step's texts are the same with a Project
    /// Manager added (the model's `project_manager_note` says the rest).
    pub fn text_key(self) -> String {
        match self {
            OutcomeId::Team { structure, .. } => structure.code().to_string(),
            candidate => candidate.code(),
        }
    }

    /// Its texts in `model` (the language's).
    pub fn texts(self, model: &Model) -> Option<&OutcomeText> {
        model.outcome(&self.text_key())
    }

    pub fn from_code(code: &str) -> Option<OutcomeId> {
        OutcomeId::all(Assessment::Candidate)
            .into_iter()
            .chain(OutcomeId::all(Assessment::Team))
            .find(|id| id.code() == code)
    }

    /// Every outcome an assessment can produce.
    pub fn all(assessment: Assessment) -> Vec<OutcomeId> {
        match assessment {
            Assessment::Candidate => {
                let mut fits: Vec<Fit> = Role::ALL.iter().map(|&r| Fit::Single(r)).collect();
                for (i, &a) in Role::ALL.iter().enumerate() {
                    fits.extend(Role::ALL[i + 1..].iter().map(|&b| Fit::Hybrid(a, b)));
                }
                fits.push(Fit::Generalist);
                fits.into_iter().map(OutcomeId::Candidate).collect()
            }
            Assessment::Team => Structure::ALL
                .iter()
                .flat_map(|&structure| {
                    let with = structure.can_add_project_manager().then_some(true);
                    [Some(false), with]
                        .into_iter()
                        .flatten()
                        .map(move |project_manager| OutcomeId::Team { structure, project_manager })
                })
                .collect(),
        }
    }
}

impl std::fmt::Display for OutcomeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code())
    }
}

/// How sure the candidate result is, from the gap between the fits in answers' worth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Confidence {
    /// The best fit leads by more than one answer can change.
    Clear,
    /// The best fit leads, but one or two answers could narrow it to a close call.
    Leaning,
    /// The best two are within one answer of each other.
    Close,
    /// All three are within one answer of each other.
    Mixed,
}

impl Confidence {
    pub fn code(self) -> &'static str {
        match self {
            Confidence::Clear => "clear",
            Confidence::Leaning => "leaning",
            Confidence::Close => "close",
            Confidence::Mixed => "mixed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    Candidate {
        /// Roles from best to least fit, with their percentage. Equal scores keep
        /// `Role::ALL` order here, which is display order only: `fit` decides.
        ranking: Vec<(Role, u8)>,
        /// Percentage points between the best and the second-best fit.
        margin: u8,
        confidence: Confidence,
        /// The second-best role, when the result is leaning (its strong second side).
        second: Option<Role>,
        /// Skill ids the answers showed, strongest first.
        strengths: Vec<String>,
        /// Skill ids of the fitting role(s) the answers did not show.
        growth: Vec<String>,
    },
    Team {
        /// Someone inside takes a seat (rule 8).
        insider: bool,
        /// What to do now, in order, and what next with its trigger.
        now: Vec<Step>,
        next: Vec<Step>,
        /// The roles hired from outside in the first step.
        hired: Vec<Role>,
        /// How many people the first step hires.
        new_hires: u8,
    },
}

impl Detail {
    pub fn assessment(&self) -> Assessment {
        match self {
            Detail::Candidate { .. } => Assessment::Candidate,
            Detail::Team { .. } => Assessment::Team,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub assessment: Assessment,
    /// Stable id of the outcome; its texts are `Model::outcome(id)`.
    pub id: OutcomeId,
    /// Candidate: fit per role code. Team: share of owned responsibilities per person id.
    pub percentages: Vec<(String, u8)>,
    /// The answers that weighed most, largest first.
    pub reasons: Vec<Contribution>,
    pub rules: Vec<FiredRule>,
    pub split: Split,
    pub detail: Detail,
}

/// How many answers a candidate result's "why" list shows at most.
pub const MAX_REASONS: usize = 5;

/// Sum of the weights of every chosen choice of every visible question, per signal.
pub fn totals(bank: &Bank, answers: &Answers) -> [i32; Signal::COUNT] {
    let mut sums = [0i32; Signal::COUNT];
    for q in visible(bank, answers) {
        for c in answers.chosen(q) {
            for (s, &w) in bank.question(q).choices[c.0].weights.iter().enumerate() {
                sums[s] += i32::from(w);
            }
        }
    }
    sums
}

/// The visible answers to questions that can move `signals`, with the weight the chosen
/// choices put on them, largest first (equal amounts keep question order, which is display
/// only: nothing is decided by it). `fired` filters each answer's evidenced rules.
pub fn contributions(bank: &Bank, answers: &Answers, signals: &[Signal], fired: &[RuleId]) -> Vec<Contribution> {
    let mut out: Vec<Contribution> = visible(bank, answers)
        .into_iter()
        .filter_map(|q| {
            let question = bank.question(q);
            let movable: Vec<Signal> =
                signals.iter().copied().filter(|s| question.choices.iter().any(|c| c.weights[s.index()] > 0)).collect();
            if movable.is_empty() || answers.mask(q) == 0 {
                return None;
            }
            let mut per = [0i32; Signal::COUNT];
            let mut rules: Vec<RuleId> = Vec::new();
            for c in answers.chosen(q) {
                let choice = &question.choices[c.0];
                for (s, &w) in choice.weights.iter().enumerate() {
                    per[s] += i32::from(w);
                }
                rules.extend(
                    choice
                        .rules
                        .iter()
                        .filter(|r| fired.contains(r) && !rules.contains(r))
                        .cloned()
                        .collect::<Vec<_>>(),
                );
            }
            let pushed: Vec<Signal> = movable.iter().copied().filter(|s| per[s.index()] > 0).collect();
            let amount: i32 = pushed.iter().map(|s| per[s.index()]).sum();
            let toward = if pushed.is_empty() { movable } else { pushed };
            Some(Contribution { question: q, amount, toward, rules })
        })
        .collect();
    super::sort::sort_by_key(&mut out, |c| (std::cmp::Reverse(c.amount), c.question));
    out
}

/// The rule ids that the chosen choices of the given questions evidence, in that order, once each.
pub fn evidenced_rules(bank: &Bank, answers: &Answers, questions: &[QuestionIndex]) -> Vec<RuleId> {
    let mut rules: Vec<RuleId> = Vec::new();
    for &q in questions {
        for c in answers.chosen(q) {
            for r in &bank.question(q).choices[c.0].rules {
                if !rules.contains(r) {
                    rules.push(r.clone());
                }
            }
        }
    }
    rules
}
