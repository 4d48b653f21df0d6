//! Candidate scoring: which of the three roles fits the visitor, how sure that is, and why.
//! Pure.
//!
//! The tie rule, stated once: fits are compared on the exact scores, in "answers' worth":
//! one answer's worth is the most that one choice puts on one role. When all three fits are
//! within one answer's worth, the result is too mixed to call (a generalist); when the best
//! two are, a close call (a hybrid, naming its roles in a fixed order, so no answer order or
//! list order can decide between two close fits). Beyond that the best role fits, clearly
//! when its lead is more than one answer could ever close (the close band plus the largest
//! change one answer can make), else leaning, with a strong second side. So no single
//! changed answer turns a close call into a clear fit.

use super::bank::{Bank, QuestionIndex, Signal};
use super::flow::Answers;
use super::model::{Model, Role, RoleFact, RuleId};
use super::outcome::{
    contributions, evidenced_rules, totals, Confidence, Detail, FiredRule, Fit, Outcome, OutcomeId, MAX_REASONS,
};
use super::split::{largest_remainder, Person, PersonKind, Split};

/// The signal a role's fit is scored on.
pub fn signal(role: Role) -> Signal {
    match role {
        Role::ProductManager => Signal::Pm,
        Role::ProductOwner => Signal::Po,
        Role::ProjectManager => Signal::Pjm,
    }
}

/// The score gaps that separate the confidence tiers, in points, for one bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bands {
    /// One answer's worth: fits this close or closer are a close call (or too mixed).
    pub close: u32,
    /// Leads above this are a clear fit: `close` plus the most one answer can change the
    /// gap between two roles.
    pub clear: u32,
}

impl Bands {
    pub fn of(bank: &Bank) -> Bands {
        let mut worth = 0i32;
        let mut swing = 0i32;
        for (i, q) in bank.questions().iter().enumerate() {
            for c in &q.choices {
                for r in Role::ALL {
                    worth = worth.max(i32::from(c.weights[signal(r).index()]));
                }
            }
            // The most one answer can move the gap between roles x and y is the widest gap
            // one answer gives them minus the narrowest another gives them.
            let points: Vec<[i32; 3]> =
                super::flow::answer_masks(bank, QuestionIndex(i)).into_iter().map(|m| role_points(q, m)).collect();
            for x in 0..3 {
                for y in (0..3).filter(|&y| y != x) {
                    let gaps = points.iter().map(|p| p[x] - p[y]);
                    if let (Some(hi), Some(lo)) = (gaps.clone().max(), gaps.min()) {
                        swing = swing.max(hi - lo);
                    }
                }
            }
        }
        let close = worth.max(1) as u32;
        Bands { close, clear: close + swing.max(0) as u32 }
    }
}

/// What answer `mask` to question `q` puts on each role, in `Role::ALL` order.
pub fn role_points(q: &super::bank::Question, mask: u16) -> [i32; 3] {
    let mut p = [0i32; 3];
    for (_, choice) in q.choices.iter().enumerate().filter(|(c, _)| mask & (1 << c) != 0) {
        for r in Role::ALL {
            p[r.index()] += i32::from(choice.weights[signal(r).index()]);
        }
    }
    p
}

/// The three role scores of an answer set, in `Role::ALL` order (never below zero).
pub fn scores(bank: &Bank, answers: &Answers) -> [u32; 3] {
    let sums = totals(bank, answers);
    Role::ALL.map(|r| sums[signal(r).index()].max(0) as u32)
}

impl Bands {
    /// The tie rule: two fits this many points apart are a close call.
    pub fn is_close(&self, gap: u32) -> bool {
        gap <= self.close
    }
}

/// The scores from the best down.
pub fn ranked(scores: [u32; 3]) -> [u32; 3] {
    let mut sorted = scores;
    super::sort::sort_by_key(&mut sorted, |&s| std::cmp::Reverse(s));
    sorted
}

/// Decides the fit and how sure it is from the three role scores, by the tie rule above.
pub fn fit(scores: [u32; 3], bands: Bands) -> (Fit, Confidence) {
    let mut order = Role::ALL;
    super::sort::sort_by_key(&mut order, |r| std::cmp::Reverse(scores[r.index()]));
    let [a, b, c] = order.map(|r| scores[r.index()]);
    if bands.is_close(a - c) {
        (Fit::Generalist, Confidence::Mixed)
    } else if bands.is_close(a - b) {
        let (x, y) = if order[0] < order[1] { (order[0], order[1]) } else { (order[1], order[0]) };
        (Fit::Hybrid(x, y), Confidence::Close)
    } else if a - b <= bands.clear {
        (Fit::Single(order[0]), Confidence::Leaning)
    } else {
        (Fit::Single(order[0]), Confidence::Clear)
    }
}

pub fn fit_roles(fit: Fit) -> Vec<Role> {
    match fit {
        Fit::Single(r) => vec![r],
        Fit::Hybrid(a, b) => vec![a, b],
        Fit::Generalist => Role::ALL.to_vec(),
    }
}

pub fn evaluate(bank: &Bank, answers: &Answers, model: &Model) -> Outcome {
    let scores = scores(bank, answers);
    let (fit, confidence) = fit(scores, Bands::of(bank));
    let percents = largest_remainder(&scores);
    let mut ranking: Vec<(Role, u8)> = Role::ALL.iter().map(|&r| (r, percents[r.index()])).collect();
    super::sort::sort_by_key(&mut ranking, |&(r, _)| std::cmp::Reverse(scores[r.index()]));
    let total: u32 = scores.iter().sum();
    let gap = scores[ranking[0].0.index()] - scores[ranking[1].0.index()];
    let ranking_second = ranking[1].0;
    let margin = (gap * 100 + total / 2).checked_div(total).map_or(0, |m| m.min(100) as u8);

    let mine = fit_roles(fit);
    let toward: Vec<Signal> = mine.iter().map(|&r| signal(r)).collect();
    let every = contributions(bank, answers, &toward, &[]);
    let pushing: Vec<_> = every.iter().filter(|c| c.amount > 0).map(|c| c.question).collect();
    let mut rules: Vec<FiredRule> = evidenced_rules(bank, answers, &pushing)
        .into_iter()
        .filter(|id| role_rule_matches(id, &mine))
        .map(|id| FiredRule { id })
        .collect();
    match fit {
        Fit::Hybrid(..) => rules.push(FiredRule { id: RoleFact::C4.id() }),
        Fit::Generalist => rules.push(FiredRule { id: RoleFact::C5.id() }),
        Fit::Single(_) => {}
    }
    let fired: Vec<RuleId> = rules.iter().map(|r| r.id.clone()).collect();
    // Now that the rules are known, tag each answer with the ones it evidences.
    let all_reasons = contributions(bank, answers, &toward, &fired);

    let (strengths, growth) = skills(bank, answers, model, &mine);

    let mut people = vec![Person::new(PersonKind::You, &mine)];
    people.extend(Role::ALL.iter().filter(|r| !mine.contains(r)).map(|&r| Person::new(PersonKind::Colleague, &[r])));
    let split = Split::assign(model, people);

    Outcome {
        assessment: bank.assessment(),
        id: OutcomeId::Candidate(fit),
        percentages: Role::ALL.iter().map(|r| (r.code().to_string(), percents[r.index()])).collect(),
        reasons: all_reasons.into_iter().take(MAX_REASONS).collect(),
        rules,
        split,
        detail: Detail::Candidate {
            ranking,
            margin,
            confidence,
            second: (confidence == Confidence::Leaning).then_some(ranking_second),
            strengths,
            growth,
        },
    }
}

/// Role facts about one role are shown only for the fitting roles.
fn role_rule_matches(id: &RuleId, mine: &[Role]) -> bool {
    RoleFact::from_id(id).and_then(RoleFact::role).is_none_or(|role| mine.contains(&role))
}

/// Strengths: skills the chosen answers show, most often shown first (model order on equal
/// counts). Growth areas: skills of the fitting roles that no answer showed.
fn skills(bank: &Bank, answers: &Answers, model: &Model, mine: &[Role]) -> (Vec<String>, Vec<String>) {
    let order: Vec<&str> = Role::ALL.iter().flat_map(|&r| model.role(r).skills.iter().map(|s| s.id.as_str())).collect();
    let mut counts: Vec<(usize, usize, &str)> = Vec::new();
    for q in super::flow::visible(bank, answers) {
        for c in answers.chosen(q) {
            for s in &bank.question(q).choices[c.0].skills {
                let pos = order.iter().position(|o| o == s).unwrap_or(usize::MAX);
                match counts.iter_mut().find(|(_, _, id)| id == s) {
                    Some(entry) => entry.0 += 1,
                    None => counts.push((1, pos, s.as_str())),
                }
            }
        }
    }
    super::sort::sort_by_key(&mut counts, |&(n, pos, _)| (std::cmp::Reverse(n), pos));
    let strengths: Vec<String> = counts.iter().take(4).map(|(_, _, id)| id.to_string()).collect();
    let shown: Vec<&str> = counts.iter().map(|(_, _, id)| *id).collect();
    let mut growth: Vec<String> = Vec::new();
    for &r in mine {
        for s in &model.role(r).skills {
            if !shown.contains(&s.id.as_str()) && !growth.contains(&s.id) {
                growth.push(s.id.clone());
            }
        }
    }
    growth.truncate(3);
    (strengths, growth)
}
