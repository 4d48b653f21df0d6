//! What the shell carries out after the session changes, decided here and nowhere else: the
//! storage writes, the events the host hears, the stale result link to drop from the address
//! bar and the focus to move. A pure function of the session before and after (and what the
//! host asked for); `ui::app` performs the list in order and decides nothing. Pure: no web
//! imports, tested natively one rule at a time (`tests/it/effects.rs`).

use crate::config::Lang;
use crate::contract::{self, Event};
use crate::engine::model::Model;
use crate::engine::session::{Mode, Session, Storage};
use crate::engine::Screen;

/// What the host page set up, as far as effects go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Host {
    /// A host can receive events: the widget is framed and has a valid `host`.
    pub listening: bool,
    /// The host asked for the answers (`send-answers`); they still need the visitor's consent.
    pub send_answers: bool,
    /// The page's language, reported in `ready`.
    pub lang: Lang,
}

/// One thing for the shell to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Write what the session says to each store (under this widget's key for its bank).
    Store(Storage),
    /// Post this event to the host page.
    Post(Event),
    /// The visitor is on their own assessment now: a `#r=` link in the address bar is stale.
    DropSharedLink,
    /// A new screen: move focus to its heading (never on the first one, so the widget does not
    /// pull focus away from the host page before the visitor engages).
    FocusHeading,
}

/// The effects of going from `before` (None: the first render) to `after`. `shown_ms` is how
/// long the screen of `before` was on view (the shell's clock; the engine has none), which
/// the `step` event reports.
pub fn effects(before: Option<&Session>, after: &Session, host: &Host, model: &Model, shown_ms: u64) -> Vec<Effect> {
    if before == Some(after) {
        return Vec::new();
    }
    let mut out = vec![Effect::Store(after.storage())];
    if after.mode == Mode::Own && before.is_none_or(|b| b.mode != Mode::Own) {
        out.push(Effect::DropSharedLink);
    }
    if host.listening {
        out.extend(host_events(before, after, host, model, shown_ms).into_iter().map(Effect::Post));
    }
    if before.is_some_and(|b| b.flow.screen() != after.flow.screen()) {
        out.push(Effect::FocusHeading);
    }
    out
}

/// What the host hears: `ready` once; `started` when a run begins; `step` for each question
/// shown; `completed` once per result; the answers only after the visitor's consent.
fn host_events(before: Option<&Session>, after: &Session, host: &Host, model: &Model, shown_ms: u64) -> Vec<Event> {
    let (flow, bank) = (&after.flow, after.flow.bank());
    let started = || Event::Started { assessment: bank.assessment().code().into() };
    let step = || {
        let Screen::Question(q) = flow.screen() else { return None };
        let question = bank.question(q).id.0.clone();
        let elapsed_ms = if before.is_some() { shown_ms } else { 0 };
        flow.progress().map(|(index, total)| Event::Step { index, total, question, elapsed_ms })
    };
    let on_question = matches!(flow.screen(), Screen::Question(_));
    let empty = flow.answers().masks().iter().all(|&m| m == 0);
    let Some(before) = before else {
        let ready = Event::Ready {
            assessment: bank.assessment().code().into(),
            bank: bank.id().into(),
            lang: host.lang.code().to_string(),
        };
        // With the intro off, the visitor starts on the first question; resumed progress
        // opens on the question they were at: the host hears that step (its run goes on).
        return if on_question && empty {
            [Some(ready), Some(started()), step()].into_iter().flatten().collect()
        } else {
            [Some(ready), step()].into_iter().flatten().collect()
        };
    };
    let was = before.flow.screen();
    let was_empty = before.flow.answers().masks().iter().all(|&m| m == 0);
    let mut out = Vec::new();
    // A run starts when the visitor leaves the intro, or, with the intro off, whenever they are
    // sent back from answers they had to an empty first question: restart, forget (on question
    // 1 too, where only `runs` changes) or "take it yourself". Unticking the last box is not a
    // new run, nor is forgetting before answering anything.
    let had_answers = was == Screen::Result || !was_empty;
    let fresh_run = on_question && empty && had_answers && (was != flow.screen() || after.runs != before.runs);
    let new_run = (was == Screen::Intro && on_question) || fresh_run;
    if new_run {
        out.push(started());
    }
    if on_question && (new_run || (was, before.flow.progress()) != (flow.screen(), flow.progress())) {
        out.extend(step());
    }
    if flow.screen() == Screen::Result && after.mode == Mode::Own {
        let result = || crate::engine::evaluate(bank, flow.answers(), model);
        if was != Screen::Result || before.mode != Mode::Own {
            out.push(contract::completed(&result()));
        }
        if after.consented && !before.consented && host.send_answers {
            out.push(contract::answers(bank, flow.answers(), &result()));
        }
    }
    out
}
