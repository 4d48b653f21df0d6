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
    /// The visitor ticked (or unticked) "Send my answers" on their result.
    Consent(bool),
}

/// What the shell should do with one store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    Set(String),
    Remove,
    /// Touch nothing: a shared result, or a session not yet started, must not overwrite the
    /// visitor's own progress.
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
    /// The host turned the intro off (`intro=false`): every step that would show it (start,
    /// restart, forget, back from the first question) shows the first question instead.
    pub skip_intro: bool,
    /// On a shared result: the visitor's own session (saved progress, or a fresh start) that
    /// "Take it yourself" returns to.
    pub own: Option<Rc<Session>>,
    /// The visitor restarted or chose to forget: until they answer again, the stores are
    /// emptied rather than left alone.
    pub cleared: bool,
    /// How often the visitor started over (restart, forget) on this page: a new value is a
    /// new run, even when the screen does not change (forget on the first question).
    pub runs: u32,
    /// The visitor consented to send their answers to the host: for the result on screen
    /// only, so it is cleared when they leave it (to change an answer, or to start again).
    pub consented: bool,
}

impl Session {
    pub fn new(bank: Rc<Bank>) -> Session {
        Session {
            flow: Flow::new(bank),
            keep: Keep::ThisTab,
            mode: Mode::Own,
            skip_intro: false,
            own: None,
            cleared: false,
            runs: 0,
            consented: false,
        }
    }

    pub fn shared(bank: Rc<Bank>, answers: Answers) -> Session {
        let base = Session::new(bank.clone());
        Session { flow: Flow::restore(bank, answers, Screen::Result), mode: Mode::Shared, ..base }
    }

    /// The same session for a host that turned the intro off (see `skip_intro`); the own
    /// session a shared result returns to follows the same setting.
    pub fn without_intro(self) -> Session {
        let own = self.own.map(|o| Rc::new((*o).clone().without_intro()));
        Session { skip_intro: true, own, ..self }.past_intro()
    }

    /// With the intro off, a session on the intro moves on to the first question.
    fn past_intro(self) -> Session {
        if self.skip_intro && self.mode == Mode::Own && self.flow.screen() == Screen::Intro {
            Session { flow: self.flow.apply(Action::Start), ..self }
        } else {
            self
        }
    }

    /// Restores saved progress (`saved_value` of `storage`). A value that does not decode for
    /// this bank is ignored: the visitor starts fresh rather than seeing an error for a stale save.
    pub fn resume(bank: Rc<Bank>, saved: &str, keep: Keep) -> Option<Session> {
        let (screen, code) = saved.split_once(':')?;
        let answers = share::decode(&bank, code, false).ok()?;
        let screen = Screen::from_code(screen)?;
        Some(Session { flow: Flow::restore(bank.clone(), answers, screen), keep, ..Session::new(bank) })
    }

    /// A save that no longer fits this bank because the questions changed since (the bank's
    /// fingerprint differs): the visitor is told, rather than silently starting afresh.
    pub fn is_stale(bank: &Bank, saved: &str) -> bool {
        saved
            .split_once(':')
            .is_some_and(|(_, code)| share::decode(bank, code, false) == Err(share::ShareError::OtherBank))
    }

    pub fn apply(&self, command: Command) -> Session {
        let fresh = || Session { skip_intro: self.skip_intro, ..Session::new(self.flow.bank().clone()) };
        let next = match command {
            Command::Flow(action) if self.mode == Mode::Own => Session {
                cleared: self.cleared || action == Action::Restart,
                runs: self.runs + u32::from(action == Action::Restart),
                flow: self.flow.apply(action),
                ..self.clone()
            },
            Command::Flow(_) => return self.clone(),
            Command::Keep(keep) => Session { keep, ..self.clone() },
            Command::Consent(on) if self.mode == Mode::Own && self.flow.screen() == Screen::Result => {
                Session { consented: on, ..self.clone() }
            }
            Command::Consent(_) => return self.clone(),
            Command::Forget => Session { cleared: true, runs: self.runs + 1, ..fresh() },
            Command::TakeItYourself if self.mode == Mode::Shared => match &self.own {
                Some(own) => (**own).clone(),
                None => fresh(),
            },
            Command::TakeItYourself => return self.clone(),
        };
        let next = next.past_intro();
        if next.flow.screen() == Screen::Result {
            next
        } else {
            Session { consented: false, ..next }
        }
    }

    /// Nothing is stored before the visitor's first answer, and nothing removed either (a
    /// save from another tab or day stays) unless they restarted or chose to forget. A
    /// shared result leaves the stores alone.
    pub fn storage(&self) -> Storage {
        if self.mode == Mode::Shared {
            return Storage { tab: Write::Leave, device: Write::Leave };
        }
        let started = self.flow.answers().masks().iter().any(|&m| m != 0);
        if !started {
            let write = if self.cleared { Write::Remove } else { Write::Leave };
            return Storage { tab: write.clone(), device: write };
        }
        let value = format!("{}:{}", self.flow.screen().code(), share::encode(self.flow.bank(), self.flow.answers()));
        let device = if self.keep == Keep::ThisDevice { Write::Set(value.clone()) } else { Write::Remove };
        Storage { tab: Write::Set(value), device }
    }
}
