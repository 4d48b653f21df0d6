//! The embed contract, version 1: the messages the widget posts to its host page and the
//! ones it accepts from it. Pure (serde_json values in and out), so every payload is tested
//! natively; `ui::browser` only carries them. EMBEDDING.md documents the same shapes.

use serde_json::{json, Map, Value};

use crate::engine::outcome::Outcome;
use crate::engine::{Answers, Bank};

pub const VERSION: u32 = 1;
/// `source` of every message from the widget.
pub const SOURCE: &str = "rolefit";
/// `source` the widget requires of messages from the host.
pub const HOST_SOURCE: &str = "rolefit-host";
/// Inline banks larger than this are refused (a real bank is a few dozen KB).
pub const MAX_INLINE_BANK: usize = 512 * 1024;

/// One message from the widget to the host.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    Ready { assessment: String, bank: String, lang: String },
    Started { assessment: String },
    Step { index: usize, total: usize },
    Completed { assessment: String, outcome: String, percentages: Vec<(String, u8)> },
    /// Only when the host asked (`send-answers`) and the visitor ticked consent.
    Answers { assessment: String, outcome: String, answers: Vec<(String, Vec<String>)> },
    Cta { outcome: Option<String> },
    Height { height: u32 },
}

impl Event {
    pub fn kind(&self) -> &'static str {
        match self {
            Event::Ready { .. } => "ready",
            Event::Started { .. } => "started",
            Event::Step { .. } => "step",
            Event::Completed { .. } => "completed",
            Event::Answers { .. } => "answers",
            Event::Cta { .. } => "cta",
            Event::Height { .. } => "height",
        }
    }

    /// The message as posted: `{source, version, frame, type, detail}`.
    pub fn to_message(&self, frame: Option<&str>) -> Value {
        let detail = match self {
            Event::Ready { assessment, bank, lang } => json!({ "assessment": assessment, "bank": bank, "lang": lang }),
            Event::Started { assessment } => json!({ "assessment": assessment }),
            Event::Step { index, total } => json!({ "index": index, "total": total }),
            Event::Completed { assessment, outcome, percentages } => {
                let p: Map<String, Value> = percentages.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
                json!({ "assessment": assessment, "outcome": outcome, "percentages": p })
            }
            Event::Answers { assessment, outcome, answers } => {
                let a: Vec<Value> = answers.iter().map(|(q, c)| json!({ "question": q, "choices": c })).collect();
                json!({ "assessment": assessment, "outcome": outcome, "answers": a })
            }
            Event::Cta { outcome } => json!({ "outcome": outcome }),
            Event::Height { height } => json!({ "height": height }),
        };
        json!({ "source": SOURCE, "version": VERSION, "frame": frame, "type": self.kind(), "detail": detail })
    }
}

pub fn completed(outcome: &Outcome) -> Event {
    Event::Completed {
        assessment: outcome.assessment.code().to_string(),
        outcome: outcome.id.clone(),
        percentages: outcome.percentages.clone(),
    }
}

/// The visitor's answers by question and choice id: only the visible, answered questions.
pub fn answers(bank: &Bank, answers: &Answers, outcome: &Outcome) -> Event {
    let list = crate::engine::flow::visible(bank, answers)
        .into_iter()
        .filter(|&q| answers.mask(q) != 0)
        .map(|q| {
            let question = bank.question(q);
            (question.id.0.clone(), answers.chosen(q).map(|c| question.choices[c.0].id.0.clone()).collect())
        })
        .collect();
    Event::Answers { assessment: outcome.assessment.code().to_string(), outcome: outcome.id.clone(), answers: list }
}

/// One message from the host to the widget.
#[derive(Clone, Debug, PartialEq)]
pub enum HostMessage {
    /// A question bank sent inline (`bank=inline`), as JSON text.
    Bank(String),
}

/// Checks a message from the host: it must come from the configured host origin, carry our
/// source and version, and have a known type with a well-formed body. Anything else is
/// refused with a reason (logged to the console, never shown as a crash).
pub fn parse_host_message(origin: &str, expected_origin: Option<&str>, data: &Value) -> Result<HostMessage, String> {
    let Some(expected) = expected_origin else {
        return Err("no host origin is configured, so host messages are ignored".into());
    };
    if origin != expected {
        return Err(format!("ignored a message from {origin}: only {expected} may send messages"));
    }
    let obj = data.as_object().ok_or("a host message must be an object")?;
    if obj.get("source").and_then(Value::as_str) != Some(HOST_SOURCE) {
        return Err(format!("a host message needs \"source\": \"{HOST_SOURCE}\""));
    }
    match obj.get("version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(other) => return Err(format!("unsupported host message version {other}; this widget speaks version {VERSION}")),
        None => return Err(format!("a host message needs \"version\": {VERSION}")),
    }
    match obj.get("type").and_then(Value::as_str) {
        Some("bank") => {
            let text = match obj.get("bank") {
                Some(Value::String(s)) => s.clone(),
                Some(v @ Value::Object(_)) => v.to_string(),
                _ => return Err("a \"bank\" message needs \"bank\": the bank as JSON text or an object".into()),
            };
            if text.len() > MAX_INLINE_BANK {
                return Err(format!("the inline bank is larger than {} KB", MAX_INLINE_BANK / 1024));
            }
            Ok(HostMessage::Bank(text))
        }
        Some(other) => Err(format!("unknown host message type \"{}\"", other.chars().take(40).collect::<String>())),
        None => Err("a host message needs a \"type\"".into()),
    }
}
