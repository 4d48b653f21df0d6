//! Calls to action per outcome: which of the host's buttons a result shows. The host sets a
//! general button (`cta-url`, `cta-label`) and, optionally, one per outcome id or family
//! (`cta-url-po`, `cta-label-with-pjm`, …); the most specific one that is set wins, field by
//! field, and the host's named campaign parameters (`pass`) are added to every address.

use crate::engine::model::Role;
use crate::engine::outcome::{Detail, Fit, Outcome, OutcomeId};

use super::{Config, SafeUrl};

/// What a per-outcome setting addresses: one outcome (its id without `+pjm`), or a family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Outcome(OutcomeId),
    /// Any team result whose first step adds a Project Manager (`+pjm`).
    WithProjectManager,
    /// Any team result whose first step hires someone from outside.
    Hire,
}

impl Target {
    pub fn code(self) -> String {
        match self {
            Target::Outcome(id) => id.code(),
            Target::WithProjectManager => "with-pjm".to_string(),
            Target::Hire => "hire".to_string(),
        }
    }

    /// An outcome id without `+pjm`, or a family name.
    pub fn from_code(code: &str) -> Option<Target> {
        match code {
            "with-pjm" => Some(Target::WithProjectManager),
            "hire" => Some(Target::Hire),
            _ => OutcomeId::from_code(code).filter(|id| !id.adds_project_manager()).map(Target::Outcome),
        }
    }
}

/// The host's button for one target: its address, its label, or both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Setting {
    pub url: Option<SafeUrl>,
    pub label: Option<String>,
}

/// One button on a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cta {
    /// The host's label; None: the catalog's default ("Talk to us").
    pub label: Option<String>,
    /// The address, with the host's named campaign parameters added.
    pub url: String,
    /// Which setting it came from (`po`, `with-pjm`, or `default` for the general one), as
    /// the `cta` event reports it.
    pub source: String,
}

impl Config {
    /// The buttons a result shows: the outcome's own setting, else (team) its family's, else
    /// (a candidate's close call) one per fitting role that has a setting, else the general
    /// one. A setting with a label but no address takes the general address, and the other
    /// way round. None at all without any address.
    pub fn ctas_for(&self, outcome: &Outcome) -> Vec<Cta> {
        let setting = |target: Target| self.targeted.iter().find(|(t, _)| *t == target).map(|(_, s)| s);
        let base = match outcome.id {
            OutcomeId::Team { structure, .. } => OutcomeId::Team { structure, project_manager: false },
            id => id,
        };
        let mut chosen: Vec<(Target, &Setting)> = Vec::new();
        if let Some(s) = setting(Target::Outcome(base)) {
            chosen.push((Target::Outcome(base), s));
        } else if let Detail::Team { new_hires, .. } = &outcome.detail {
            let families =
                [(outcome.id.adds_project_manager(), Target::WithProjectManager), (*new_hires > 0, Target::Hire)];
            chosen.extend(families.into_iter().filter(|(on, _)| *on).find_map(|(_, t)| setting(t).map(|s| (t, s))));
        } else if let Some(Fit::Hybrid(a, b)) = outcome.id.fit() {
            let role = |r: Role| Target::Outcome(OutcomeId::Candidate(Fit::Single(r)));
            chosen.extend([role(a), role(b)].into_iter().filter_map(|t| setting(t).map(|s| (t, s))));
        }
        let general = Setting { url: self.cta_url.clone(), label: self.cta_label.clone() };
        if chosen.is_empty() {
            return self.button("default".to_string(), &general, &general).into_iter().collect();
        }
        chosen.into_iter().filter_map(|(t, s)| self.button(t.code(), s, &general)).collect()
    }

    fn button(&self, source: String, own: &Setting, general: &Setting) -> Option<Cta> {
        let url = own.url.as_ref().or(general.url.as_ref())?;
        Some(Cta {
            label: own.label.clone().or_else(|| general.label.clone()),
            url: super::url::with_params(url.as_str(), &self.pass),
            source,
        })
    }
}
