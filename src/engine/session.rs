//! A visitor's session: the flow, whether they asked to keep their answers on this device,
//! and whether they are looking at someone else's shared result. The app's reducer delegates
//! to `Session::apply`; what gets written to storage is decided here (`Session::storage`)
//! and carried out by an effect in the shell. Pure.

use std::rc::Rc;

use super::bank::Bank;
use super::flow::{Action, Answers, Flow, Screen};
use super::share;

/// Where progress may be kept. Nothing is kept before the visitor starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// sessionStorage: survives a reload of this tab, gone when it closes.
    ThisTab,
    /// The visitor opted in: localStorage, until they choose "forget my answers".
    ThisDevice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Own,
    /// Someone else's result, opened from a link: read-only.
    Shared,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Flow(Action),
    Keep(Keep),
    /// Clear the answers and stop keeping them anywhere.
    Forget,
    /// From a shared result: start your own assessment.
    TakeItYourself,
}

/// What the shell should do with one store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    Set(String),
    Remove,
    /// Touch nothing: a shared result must not overwrite the visitor's own progress.
    Leave,
}

/// What the shell should write to each store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Storage {
    pub tab: Write,
    pub device: Write,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub flow: Flow,
    pub keep: Keep,
    pub mode: Mode,
}

impl Session {
    pub fn new(bank: Rc<Bank>) -> Session {
        Session { flow: Flow::new(bank), keep: Keep::ThisTab, mode: Mode::Own }
    }

    pub fn shared(bank: Rc<Bank>, answers: Answers) -> Session {
        Session { flow: Flow::restore(bank, answers, Screen::Result), keep: Keep::ThisTab, mode: Mode::Shared }
    }

    /// Restores saved progress (`saved_value` of `storage`). A value that does not decode for
    /// this bank is ignored: the visitor starts fresh rather than seeing an error for a stale save.
    pub fn resume(bank: Rc<Bank>, saved: &str, keep: Keep) -> Option<Session> {
        let (screen, code) = saved.split_once(':')?;
        let answers = share::decode(&bank, code, false).ok()?;
        let screen = match screen {
            "i" => Screen::Intro,
            "s" => Screen::Summary,
            "r" => Screen::Result,
            q => Screen::Question(super::bank::QuestionIndex(q.parse().ok()?)),
        };
        Some(Session { flow: Flow::restore(bank, answers, screen), keep, mode: Mode::Own })
    }

    pub fn apply(&self, command: Command) -> Session {
        match command {
            Command::Flow(action) if self.mode == Mode::Own => {
                Session { flow: self.flow.apply(action), ..self.clone() }
            }
            Command::Flow(_) => self.clone(),
            Command::Keep(keep) => Session { keep, ..self.clone() },
            Command::Forget | Command::TakeItYourself => Session::new(self.flow.bank().clone()),
        }
    }

    /// Nothing is stored before the visitor starts (and a restart removes it); a shared
    /// result leaves the stores alone.
    pub fn storage(&self) -> Storage {
        if self.mode == Mode::Shared {
            return Storage { tab: Write::Leave, device: Write::Leave };
        }
        let started = self.flow.screen() != Screen::Intro || self.flow.answers().masks().iter().any(|&m| m != 0);
        if !started {
            return Storage { tab: Write::Remove, device: Write::Remove };
        }
        let screen = match self.flow.screen() {
            Screen::Intro => "i".to_string(),
            Screen::Question(q) => q.0.to_string(),
            Screen::Summary => "s".to_string(),
            Screen::Result => "r".to_string(),
        };
        let value = format!("{screen}:{}", share::encode(self.flow.bank(), self.flow.answers()));
        let device = if self.keep == Keep::ThisDevice { Write::Set(value.clone()) } else { Write::Remove };
        Storage { tab: Write::Set(value), device }
    }
}
