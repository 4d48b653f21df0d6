//! The visitor's way through a bank: answers, skip conditions, the current screen and the
//! transitions between screens. `Flow::apply` is total: every action in every state gives
//! a valid state (an action that makes no sense there leaves the state unchanged).
//! Depends on the bank only; nothing web, no clock.

use std::rc::Rc;

use super::bank::{Bank, ChoiceIndex, QuestionIndex, QuestionKind};

/// The answers to a bank: one bit per chosen choice, per question. Answers to questions that
/// a later change made skipped are kept (nothing the visitor said is lost) but not scored.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Answers(Vec<u16>);

impl Answers {
    pub fn new(bank: &Bank) -> Answers {
        Answers(vec![0; bank.len()])
    }

    /// Builds answers from raw bit masks, e.g. a decoded share link. Each mask must be a
    /// valid answer for its question (or 0, unanswered) and there must be one per question.
    pub fn from_masks(bank: &Bank, masks: Vec<u16>) -> Option<Answers> {
        if masks.len() != bank.len() {
            return None;
        }
        let ok = masks.iter().enumerate().all(|(i, &m)| m == 0 || is_valid(bank, QuestionIndex(i), m));
        ok.then_some(Answers(masks))
    }

    pub fn masks(&self) -> &[u16] {
        &self.0
    }

    pub fn mask(&self, q: QuestionIndex) -> u16 {
        self.0.get(q.0).copied().unwrap_or(0)
    }

    pub fn is_chosen(&self, q: QuestionIndex, c: ChoiceIndex) -> bool {
        self.mask(q) & (1 << c.0) != 0
    }

    pub fn chosen(&self, q: QuestionIndex) -> impl Iterator<Item = ChoiceIndex> + '_ {
        let m = self.mask(q);
        (0..16).filter(move |i| m & (1 << i) != 0).map(ChoiceIndex)
    }

    /// Records a pick: a single or scale question takes the choice; a multiple-choice
    /// question toggles it, refusing a pick beyond its maximum.
    fn pick(&mut self, bank: &Bank, q: QuestionIndex, c: ChoiceIndex) {
        let question = bank.question(q);
        if c.0 >= question.choices.len() {
            return;
        }
        let bit = 1u16 << c.0;
        let slot = &mut self.0[q.0];
        match question.kind {
            QuestionKind::Single | QuestionKind::Scale => *slot = bit,
            QuestionKind::Multiple { max } => {
                let exclusive = exclusive_mask(question);
                if *slot & bit != 0 {
                    *slot &= !bit;
                } else if exclusive & bit != 0 {
                    *slot = bit;
                } else if ((*slot & !exclusive).count_ones() as usize) < max {
                    *slot = (*slot & !exclusive) | bit;
                }
            }
        }
    }
}

/// Whether a multiple-choice question answered with `mask` takes no further choice (ticking
/// one does nothing until another is unticked), as `Answers::pick` decides. An exclusive
/// choice ("None of these") is replaced by the next tick, so it never fills the question.
pub fn limit_reached(question: &super::bank::Question, mask: u16) -> bool {
    match question.kind {
        QuestionKind::Multiple { max } => {
            mask & exclusive_mask(question) == 0 && mask.count_ones() as usize >= max && max < question.choices.len()
        }
        _ => false,
    }
}

/// The bits of a question's exclusive choices.
fn exclusive_mask(question: &super::bank::Question) -> u16 {
    question.choices.iter().enumerate().filter(|(_, c)| c.exclusive).fold(0, |m, (i, _)| m | 1 << i)
}

/// Whether `mask` is a complete, valid answer to question `q`.
pub fn is_valid(bank: &Bank, q: QuestionIndex, mask: u16) -> bool {
    let question = bank.question(q);
    let n = question.choices.len();
    if n < 16 && mask >> n != 0 {
        return false;
    }
    let count = mask.count_ones() as usize;
    match question.kind {
        QuestionKind::Single | QuestionKind::Scale => count == 1,
        QuestionKind::Multiple { max } => {
            let exclusive = exclusive_mask(question);
            (1..=max).contains(&count) && (mask & exclusive == 0 || count == 1)
        }
    }
}

/// Every valid answer mask of question `q`: one bit for single and scale questions, every
/// subset of one to `max` bits for multiple-choice ones (an exclusive choice only alone).
pub fn answer_masks(bank: &Bank, q: QuestionIndex) -> Vec<u16> {
    let n = bank.question(q).choices.len() as u32;
    match bank.question(q).kind {
        QuestionKind::Single | QuestionKind::Scale => (0..n).map(|c| 1u16 << c).collect(),
        QuestionKind::Multiple { .. } => {
            (1u32..(1u32 << n)).map(|m| m as u16).filter(|&m| is_valid(bank, q, m)).collect()
        }
    }
}

/// Which questions are asked, in order, given the answers so far. A question is skipped when
/// an earlier, itself visible, question was answered with one of its `skip_if` choices.
pub fn visible(bank: &Bank, answers: &Answers) -> Vec<QuestionIndex> {
    let mut shown = vec![false; bank.len()];
    for (i, q) in bank.questions().iter().enumerate() {
        shown[i] = match &q.skip_if {
            None => true,
            Some(skip) => {
                let hit = shown[skip.question.0] && skip.any_of.iter().any(|&c| answers.is_chosen(skip.question, c));
                !hit
            }
        };
    }
    (0..bank.len()).filter(|&i| shown[i]).map(QuestionIndex).collect()
}

pub fn is_answered(bank: &Bank, answers: &Answers, q: QuestionIndex) -> bool {
    is_valid(bank, q, answers.mask(q))
}

/// Every visible question has a valid answer: the result can be shown.
pub fn is_complete(bank: &Bank, answers: &Answers) -> bool {
    visible(bank, answers).into_iter().all(|q| is_answered(bank, answers, q))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
    Question(QuestionIndex),
    /// All answers on one page, each with a way to change it.
    Summary,
    Result,
}

impl Screen {
    /// Its text form in saved progress (`<screen>:<code>`): `i`, the question's index, `s`, `r`.
    pub fn code(self) -> String {
        match self {
            Screen::Intro => "i".to_string(),
            Screen::Question(q) => q.0.to_string(),
            Screen::Summary => "s".to_string(),
            Screen::Result => "r".to_string(),
        }
    }

    pub fn from_code(code: &str) -> Option<Screen> {
        match code {
            "i" => Some(Screen::Intro),
            "s" => Some(Screen::Summary),
            "r" => Some(Screen::Result),
            q => q.parse().ok().map(|i| Screen::Question(QuestionIndex(i))),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Start,
    Pick(QuestionIndex, ChoiceIndex),
    Next,
    Back,
    /// From the summary: change one answer, then come back to the summary.
    Edit(QuestionIndex),
    /// From the summary: show the result.
    Finish,
    /// Back to the intro with no answers.
    Restart,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    bank: Rc<Bank>,
    answers: Answers,
    screen: Screen,
    /// Set while changing one answer from the summary, so that Next returns there.
    editing: bool,
}

impl Flow {
    pub fn new(bank: Rc<Bank>) -> Flow {
        let answers = Answers::new(&bank);
        Flow { bank, answers, screen: Screen::Intro, editing: false }
    }

    /// Restores a flow from saved or shared answers. The screen is kept only where it is
    /// consistent with the answers (a result needs complete answers; a question must be
    /// visible); otherwise the visitor lands on the first unanswered question.
    pub fn restore(bank: Rc<Bank>, answers: Answers, screen: Screen) -> Flow {
        let complete = is_complete(&bank, &answers);
        let shown = visible(&bank, &answers);
        let screen = match screen {
            Screen::Intro => Screen::Intro,
            Screen::Result | Screen::Summary if complete => screen,
            Screen::Question(q) if shown.contains(&q) => Screen::Question(q),
            _ => shown
                .iter()
                .copied()
                .find(|&q| !is_answered(&bank, &answers, q))
                .map_or(Screen::Summary, Screen::Question),
        };
        Flow { bank, answers, screen, editing: false }
    }

    pub fn bank(&self) -> &Rc<Bank> {
        &self.bank
    }
    pub fn answers(&self) -> &Answers {
        &self.answers
    }
    pub fn screen(&self) -> Screen {
        self.screen
    }
    pub fn visible(&self) -> Vec<QuestionIndex> {
        visible(&self.bank, &self.answers)
    }
    /// Changing one answer from the summary: Back and Next return there.
    pub fn is_editing(&self) -> bool {
        self.editing
    }
    pub fn is_complete(&self) -> bool {
        is_complete(&self.bank, &self.answers)
    }
    /// Whether the current question has a valid answer, so Next may proceed.
    pub fn can_continue(&self) -> bool {
        match self.screen {
            Screen::Question(q) => is_answered(&self.bank, &self.answers, q),
            Screen::Summary => self.is_complete(),
            Screen::Intro | Screen::Result => true,
        }
    }
    /// "Question 4 of 12": 1-based position among the visible questions, and their count.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let Screen::Question(q) = self.screen else { return None };
        let shown = self.visible();
        shown.iter().position(|&v| v == q).map(|p| (p + 1, shown.len()))
    }

    pub fn apply(&self, action: Action) -> Flow {
        let mut next = self.clone();
        let shown = self.visible();
        match (self.screen, action) {
            (Screen::Intro, Action::Start) => {
                next.screen = shown.first().map_or(Screen::Summary, |&q| Screen::Question(q));
            }
            (Screen::Question(current), Action::Pick(q, c)) if q == current => {
                next.answers.pick(&self.bank, q, c);
            }
            (Screen::Question(current), Action::Next) if self.can_continue() => {
                // The answer just given may have shown or hidden later questions.
                let shown = next.visible();
                let later_unanswered =
                    shown.iter().copied().find(|&q| q > current && !is_answered(&self.bank, &self.answers, q));
                next.screen = if self.editing {
                    match later_unanswered {
                        Some(q) => Screen::Question(q),
                        None => {
                            next.editing = false;
                            Screen::Summary
                        }
                    }
                } else {
                    shown.iter().copied().find(|&q| q > current).map_or(Screen::Summary, Screen::Question)
                };
            }
            (Screen::Question(current), Action::Back) => {
                next.editing = false;
                next.screen = if self.editing {
                    Screen::Summary
                } else {
                    shown.iter().copied().rev().find(|&q| q < current).map_or(Screen::Intro, Screen::Question)
                };
            }
            (Screen::Summary, Action::Edit(q)) if shown.contains(&q) => {
                next.screen = Screen::Question(q);
                next.editing = true;
            }
            (Screen::Summary, Action::Back) => {
                next.screen = shown.last().map_or(Screen::Intro, |&q| Screen::Question(q));
            }
            (Screen::Summary, Action::Finish) if self.is_complete() => next.screen = Screen::Result,
            (Screen::Result, Action::Back) => next.screen = Screen::Summary,
            (_, Action::Restart) => return Flow::new(self.bank.clone()),
            _ => {}
        }
        next
    }
}
