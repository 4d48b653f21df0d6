//! Question banks: the raw JSON format (what an author writes) and the validated `Bank`
//! (what the flow and scoring use). Parsing is the only place a bank can fail; every
//! error names the question and field. Depends on serde and the model, nothing web.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::codegen::{compiled, Compiled, Reader, Writer};
use super::error::BankError;
use super::model::{Model, RuleId};

/// Which assessment a bank belongs to; decides how its signals are scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Assessment {
    Candidate,
    Team,
}

impl Assessment {
    pub fn code(self) -> &'static str {
        match self {
            Assessment::Candidate => "candidate",
            Assessment::Team => "team",
        }
    }

    pub fn from_code(code: &str) -> Option<Assessment> {
        match code {
            "candidate" => Some(Assessment::Candidate),
            "team" => Some(Assessment::Team),
            _ => None,
        }
    }

    pub fn other(self) -> Assessment {
        match self {
            Assessment::Candidate => Assessment::Team,
            Assessment::Team => Assessment::Candidate,
        }
    }

    /// Whether this build has the assessment (Cargo.toml: the `candidate` and `team`
    /// features): its bank, scoring and texts. A visitor who asks for the other is sent to
    /// the page that has it.
    pub fn in_this_build(self) -> bool {
        match self {
            Assessment::Candidate => cfg!(feature = "candidate"),
            Assessment::Team => cfg!(feature = "team"),
        }
    }
}

/// What a choice's weights push on. Candidate banks weigh the three roles; team banks
/// weigh the inputs of the decision rules in `team.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Signal {
    // Candidate: fit with each role.
    Pm,
    Po,
    Pjm,
    // Team: the inputs of decision rules 1-9 and of the team the company has today.
    /// Organisation size (rules 1, 2, 6).
    Scale,
    /// Product complexity (rules 1, 2): rule 1 needs a simple product, rule 2 a complex one.
    Complexity,
    /// How many products over the next year (rule 3; a large portfolio overloads one PM).
    Products,
    /// How tight the budget is (rule 4): how many new hires it allows.
    Budget,
    /// Market change or a product needing new life: new features, a redesign (rule 5).
    PoNeed,
    /// Nobody on the team has launched a product before (rule 5's experience condition).
    Inexperience,
    /// The founder has the final say (2) and time for the team's daily product work (rule 6).
    Founder,
    /// Delivery as the risk: fixed dates, several teams, vendors, administration (rule 7).
    Delivery,
    /// Someone inside who could grow into the Product Owner seat (rule 8; [003]).
    InsiderPo,
    /// Someone inside who could grow into the Product Manager seat (rule 8).
    InsiderPm,
    /// Stage: growth makes the split pressing (rule 9).
    Growth,
    /// Today's team has a Product Manager.
    HasPm,
    /// Today's team has a Product Owner.
    HasPo,
    /// Today's team has a Project Manager.
    HasPjm,
    /// A client owns the product and its strategy: the team builds it for them.
    Client,
    /// A management group has the final say on what gets built.
    Committee,
}

impl Signal {
    pub const COUNT: usize = 19;
    pub const CANDIDATE: [Signal; 3] = [Signal::Pm, Signal::Po, Signal::Pjm];
    pub const TEAM: [Signal; 16] = [
        Signal::Scale,
        Signal::Complexity,
        Signal::Products,
        Signal::Budget,
        Signal::PoNeed,
        Signal::Inexperience,
        Signal::Founder,
        Signal::Delivery,
        Signal::InsiderPo,
        Signal::InsiderPm,
        Signal::Growth,
        Signal::HasPm,
        Signal::HasPo,
        Signal::HasPjm,
        Signal::Client,
        Signal::Committee,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The name used in content files.
    pub fn name(self) -> &'static str {
        match self {
            Signal::Pm => "pm",
            Signal::Po => "po",
            Signal::Pjm => "pjm",
            Signal::Scale => "scale",
            Signal::Complexity => "complexity",
            Signal::Products => "products",
            Signal::Budget => "budget",
            Signal::PoNeed => "po_need",
            Signal::Inexperience => "inexperience",
            Signal::Founder => "founder",
            Signal::Delivery => "delivery",
            Signal::InsiderPo => "insider_po",
            Signal::InsiderPm => "insider_pm",
            Signal::Growth => "growth",
            Signal::HasPm => "has_pm",
            Signal::HasPo => "has_po",
            Signal::HasPjm => "has_pjm",
            Signal::Client => "client",
            Signal::Committee => "committee",
        }
    }

    pub fn from_name(name: &str) -> Option<Signal> {
        Signal::CANDIDATE.into_iter().chain(Signal::TEAM).find(|s| s.name() == name)
    }

    /// What became of a signal name of an earlier team format, for the message that names it.
    pub fn replaced(name: &str) -> Option<&'static str> {
        match name {
            "insider" => Some(
                "\"insider\" was split into \"insider_po\" and \"insider_pm\" (who could grow into which seat); \
                 the roles a team has today are \"has_pm\", \"has_po\" and \"has_pjm\"",
            ),
            _ => None,
        }
    }

    pub fn allowed(assessment: Assessment) -> &'static [Signal] {
        match assessment {
            Assessment::Candidate => &Signal::CANDIDATE,
            Assessment::Team => &Signal::TEAM,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct QuestionId(pub String);

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct ChoiceId(pub String);

/// Position of a question in its bank. Answers and share links are keyed by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuestionIndex(pub usize);

/// Position of a choice in its question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ChoiceIndex(pub usize);

/// The most choices a question may have: answers are stored as one bit per choice.
pub const MAX_CHOICES: usize = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Pick exactly one.
    Single,
    /// Pick one to `max`.
    Multiple { max: usize },
    /// Pick one point on an ordered scale (rendered as a row).
    Scale,
}

/// A question is skipped when an earlier question was answered with one of these choices.
#[derive(Clone, Debug, PartialEq)]
pub struct SkipIf {
    pub question: QuestionIndex,
    pub any_of: Vec<ChoiceIndex>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: ChoiceId,
    pub label: String,
    /// Weight per signal, indexed by `Signal::index`.
    pub weights: [i8; Signal::COUNT],
    pub rules: Vec<RuleId>,
    pub skills: Vec<String>,
    /// In a multiple-choice question, a choice such as "None of these" that stands alone:
    /// picking it clears the others, picking another clears it.
    pub exclusive: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: QuestionId,
    pub prompt: String,
    pub help: Option<String>,
    /// A short name for the answer summary and the "why" list.
    pub topic: String,
    pub kind: QuestionKind,
    pub choices: Vec<Choice>,
    pub skip_if: Option<SkipIf>,
}

/// A validated question bank. Only `Bank::parse` makes one, so every reference in it
/// resolves, ids are unique and weights name signals of its assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Bank {
    id: String,
    assessment: Assessment,
    title: String,
    intro: String,
    questions: Vec<Question>,
    fingerprint: u32,
    /// One of the banks that ship with the widget (not a host's custom bank, even one that
    /// reuses a shipped id): their saves live apart (`engine::saves`).
    shipped: bool,
}

impl Bank {
    pub fn id(&self) -> &str {
        &self.id
    }
    pub fn is_shipped(&self) -> bool {
        self.shipped
    }
    /// The same bank, marked as shipped (`Content::parse`).
    pub(crate) fn into_shipped(self) -> Bank {
        Bank { shipped: true, ..self }
    }
    pub fn assessment(&self) -> Assessment {
        self.assessment
    }
    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn intro(&self) -> &str {
        &self.intro
    }
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }
    pub fn question(&self, index: QuestionIndex) -> &Question {
        &self.questions[index.0]
    }
    pub fn len(&self) -> usize {
        self.questions.len()
    }
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }
    /// Visits every translatable text with its stable key, prefixed by the bank id
    /// (`team.size.prompt`, `team.size.c.up-to-5`). Structure (ids, weights) is untouched,
    /// so a translated bank scores exactly like the original.
    pub fn walk_texts(&mut self, f: &mut dyn FnMut(&str, &mut String)) {
        let b = self.id.clone();
        f(&format!("{b}.title"), &mut self.title);
        f(&format!("{b}.intro"), &mut self.intro);
        for q in self.questions.iter_mut() {
            let qid = &q.id.0;
            f(&format!("{b}.{qid}.prompt"), &mut q.prompt);
            f(&format!("{b}.{qid}.topic"), &mut q.topic);
            if let Some(help) = q.help.as_mut() {
                f(&format!("{b}.{qid}.help"), help);
            }
            for c in q.choices.iter_mut() {
                f(&format!("{b}.{qid}.c.{}", c.id.0), &mut c.label);
            }
        }
    }

    /// A hash of the bank's structure (ids and choice order): a share link made with
    /// another version of the bank is refused instead of being misread.
    pub fn fingerprint(&self) -> u32 {
        self.fingerprint
    }
}

compiled!(enum Assessment [Assessment::Candidate, Assessment::Team]);
compiled!(QuestionId(0));
compiled!(ChoiceId(0));
compiled!(QuestionIndex(0));
compiled!(ChoiceIndex(0));
compiled!(SkipIf { question, any_of });
compiled!(Choice { id, label, weights, rules, skills, exclusive });
compiled!(Question { id, prompt, help, topic, kind, choices, skip_if });

impl Compiled for QuestionKind {
    fn write(&self, w: &mut Writer) {
        let (tag, max) = match *self {
            QuestionKind::Single => (0, 0),
            QuestionKind::Multiple { max } => (1, max),
            QuestionKind::Scale => (2, 0),
        };
        w.number(tag);
        max.write(w);
    }
    fn read(r: &mut Reader) -> QuestionKind {
        let tag = r.number();
        let max = usize::read(r);
        match tag {
            0 => QuestionKind::Single,
            1 => QuestionKind::Multiple { max },
            _ => QuestionKind::Scale,
        }
    }
}

/// Only a shipped bank is compiled in (`Content::parse` marked it), so it reads back as one.
impl Compiled for Bank {
    fn write(&self, w: &mut Writer) {
        debug_assert!(self.shipped, "only shipped banks are compiled in");
        self.id.write(w);
        self.assessment.write(w);
        self.title.write(w);
        self.intro.write(w);
        self.questions.write(w);
        self.fingerprint.write(w);
    }
    fn read(r: &mut Reader) -> Bank {
        Bank {
            id: Compiled::read(r),
            assessment: Compiled::read(r),
            title: Compiled::read(r),
            intro: Compiled::read(r),
            questions: Compiled::read(r),
            fingerprint: Compiled::read(r),
            shipped: true,
        }
    }
}

// ---- The raw format, exactly as authors write it. ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBank {
    id: String,
    assessment: Assessment,
    title: String,
    intro: String,
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    prompt: String,
    #[serde(default)]
    help: Option<String>,
    topic: String,
    kind: String,
    #[serde(default)]
    max: Option<usize>,
    #[serde(default)]
    skip_if: Option<RawSkipIf>,
    choices: Vec<RawChoice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSkipIf {
    question: String,
    any_of: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    id: String,
    label: String,
    #[serde(default)]
    weights: BTreeMap<String, i64>,
    #[serde(default)]
    rules: Vec<String>,
    #[serde(default)]
    skills: Vec<String>,
    #[serde(default)]
    exclusive: bool,
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

impl Bank {
    /// Parses and validates a bank. Reports every problem, not only the first.
    pub fn parse(text: &str, model: &Model) -> Result<Bank, Vec<BankError>> {
        let raw: RawBank = serde_json::from_str(text).map_err(|e| vec![BankError::syntax("bank", &e)])?;
        let source = format!("bank \"{}\"", raw.id);
        let mut errors = Vec::new();
        let mut err = |path: String, message: String| errors.push(BankError::new(&source, path, message));

        if !is_valid_id(&raw.id) {
            err("id".into(), "use 1-40 lowercase letters, digits, '-' or '_'".into());
        }
        if raw.questions.is_empty() {
            err("questions".into(), "a bank needs at least one question".into());
        }
        if raw.questions.len() > 64 {
            err("questions".into(), "at most 64 questions".into());
        }
        let allowed = Signal::allowed(raw.assessment);
        let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
        let mut questions = Vec::with_capacity(raw.questions.len());
        for (qi, rq) in raw.questions.iter().enumerate() {
            let at = |field: &str| format!("question \"{}\" (#{}) {}", rq.id, qi + 1, field);
            if !is_valid_id(&rq.id) {
                err(at("id"), "use 1-40 lowercase letters, digits, '-' or '_'".into());
            }
            if ids.insert(rq.id.as_str(), qi).is_some() {
                err(at("id"), format!("duplicate question id \"{}\"", rq.id));
            }
            if rq.prompt.trim().is_empty() {
                err(at("prompt"), "is empty".into());
            }
            if rq.topic.trim().is_empty() {
                err(at("topic"), "is empty".into());
            }
            let n = rq.choices.len();
            if !(2..=MAX_CHOICES).contains(&n) {
                err(at("choices"), format!("needs 2 to {MAX_CHOICES} choices, has {n}"));
            }
            let kind = match (rq.kind.as_str(), rq.max) {
                ("single", None) => QuestionKind::Single,
                ("scale", None) => QuestionKind::Scale,
                ("multiple", Some(max)) if max >= 1 && max <= n => QuestionKind::Multiple { max },
                ("multiple", None) => QuestionKind::Multiple { max: n },
                ("multiple", Some(max)) => {
                    err(at("max"), format!("must be between 1 and the number of choices ({n}), is {max}"));
                    QuestionKind::Multiple { max: n.max(1) }
                }
                ("single" | "scale", Some(_)) => {
                    err(at("max"), "only a \"multiple\" question takes max".into());
                    QuestionKind::Single
                }
                (other, _) => {
                    err(at("kind"), format!("\"{other}\" is not one of single, multiple, scale"));
                    QuestionKind::Single
                }
            };
            let mut choice_ids = BTreeSet::new();
            let mut choices = Vec::with_capacity(n);
            for (ci, rc) in rq.choices.iter().enumerate() {
                let cat = |field: &str| at(&format!("choice \"{}\" {}", rc.id, field));
                if !is_valid_id(&rc.id) {
                    err(cat("id"), "use 1-40 lowercase letters, digits, '-' or '_'".into());
                }
                if !choice_ids.insert(rc.id.as_str()) {
                    err(cat("id"), format!("duplicate choice id \"{}\" (choice #{})", rc.id, ci + 1));
                }
                if rc.label.trim().is_empty() {
                    err(cat("label"), "is empty".into());
                }
                let mut weights = [0i8; Signal::COUNT];
                for (name, &w) in &rc.weights {
                    match Signal::from_name(name) {
                        Some(s) if allowed.contains(&s) => {
                            if (0..=5).contains(&w) {
                                weights[s.index()] = w as i8;
                            } else {
                                err(
                                    cat(&format!("weights.{name}")),
                                    format!("must be a whole number from 0 to 5, is {w}"),
                                );
                            }
                        }
                        _ => err(
                            cat(&format!("weights.{name}")),
                            match Signal::replaced(name) {
                                Some(what) if raw.assessment == Assessment::Team => {
                                    format!("a signal of the earlier team format: {what}")
                                }
                                _ => format!(
                                    "unknown signal for a {} bank; use one of: {}",
                                    raw.assessment.code(),
                                    signal_names(allowed)
                                ),
                            },
                        ),
                    }
                }
                let mut rules = Vec::new();
                for r in &rc.rules {
                    let id = RuleId(r.clone());
                    if model.rule(&id).is_none() {
                        err(cat("rules"), format!("unknown rule id \"{r}\""));
                    }
                    rules.push(id);
                }
                if rc.exclusive && !matches!(kind, QuestionKind::Multiple { .. }) {
                    err(cat("exclusive"), "only a choice of a \"multiple\" question can be exclusive".into());
                }
                for s in &rc.skills {
                    if !model.has_skill(s) {
                        err(cat("skills"), format!("unknown skill id \"{s}\""));
                    }
                }
                choices.push(Choice {
                    id: ChoiceId(rc.id.clone()),
                    label: rc.label.clone(),
                    weights,
                    rules,
                    skills: rc.skills.clone(),
                    exclusive: rc.exclusive,
                });
            }
            let skip_if = rq.skip_if.as_ref().and_then(|s| {
                let Some(&target) = ids.get(s.question.as_str()).filter(|&&t| t < qi) else {
                    err(at("skip_if.question"), format!("\"{}\" is not an earlier question", s.question));
                    return None;
                };
                let target_q: &RawQuestion = &raw.questions[target];
                let mut any_of = Vec::new();
                for c in &s.any_of {
                    match target_q.choices.iter().position(|tc| &tc.id == c) {
                        Some(p) => any_of.push(ChoiceIndex(p)),
                        None => err(at("skip_if.any_of"), format!("question \"{}\" has no choice \"{c}\"", s.question)),
                    }
                }
                Some(SkipIf { question: QuestionIndex(target), any_of })
            });
            questions.push(Question {
                id: QuestionId(rq.id.clone()),
                prompt: rq.prompt.clone(),
                help: rq.help.clone().filter(|h| !h.trim().is_empty()),
                topic: rq.topic.clone(),
                kind,
                choices,
                skip_if,
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let fingerprint = fingerprint(&raw);
        Ok(Bank {
            id: raw.id,
            assessment: raw.assessment,
            title: raw.title,
            intro: raw.intro,
            questions,
            fingerprint,
            shipped: false,
        })
    }
}

fn signal_names(signals: &[Signal]) -> String {
    signals.iter().map(|s| s.name()).collect::<Vec<_>>().join(", ")
}

/// FNV-1a over the bank id, question ids, choice ids and what each choice weighs, in order:
/// a link made when a choice weighed differently would read as another result.
fn fingerprint(raw: &RawBank) -> u32 {
    let mut h = super::hash::Fnv::default();
    // Each text ends with a 0 byte, so "ab" + "c" and "a" + "bc" differ.
    let mut eat = |s: &str| {
        h.eat(s.as_bytes());
        h.eat(&[0]);
    };
    eat(&raw.id);
    for q in &raw.questions {
        eat(&q.id);
        for c in &q.choices {
            eat(&c.id);
            for (name, w) in &c.weights {
                eat(name);
                eat(&w.to_string());
            }
        }
    }
    h.finish()
}
