//! The embed contract, version 1: the messages the widget posts to its host page and the
//! ones it accepts from it. Pure: outgoing messages are serde-serializable values (the browser
//! build turns them into plain objects, the native tests into JSON), incoming ones arrive as
//! a `HostEnvelope` the boundary has read. EMBEDDING.md documents the same shapes.

use serde::{Serialize, Serializer};

use crate::engine::outcome::Outcome;
use crate::engine::{Answers, Bank};

pub const VERSION: u32 = 1;
/// `source` of every message from the widget.
pub const SOURCE: &str = "rolefit";
/// `source` the widget requires of messages from the host.
pub const HOST_SOURCE: &str = "rolefit-host";
/// Inline banks larger than this are refused (a real bank is a few dozen KB).
pub const MAX_INLINE_BANK: usize = 512 * 1024;

/// One message from the widget to the host. Serialized as the message's `detail`: each
/// variant's fields, by name.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Event {
    Ready {
        assessment: String,
        bank: String,
        lang: String,
    },
    Started {
        assessment: String,
    },
    Step {
        index: usize,
        total: usize,
        /// The question's id in the bank.
        question: String,
        /// How long the screen before it (the intro or the previous question) was on view.
        elapsed_ms: u64,
    },
    Completed {
        assessment: String,
        outcome: String,
        /// Shown to the host as an object: `{"pm": 40, "po": 60}`.
        #[serde(serialize_with = "as_object")]
        percentages: Vec<(String, u8)>,
    },
    /// Only when the host asked (`send-answers`) and the visitor ticked consent.
    Answers {
        assessment: String,
        outcome: String,
        answers: Vec<AnswerDetail>,
    },
    Cta {
        outcome: Option<String>,
        /// Which of the host's settings the button came from: an outcome id, a family
        /// (`with-pjm`, `hire`), or `default` (the general `cta-url`).
        cta: String,
    },
    /// The visitor sent the contact form (with its consent box ticked).
    Lead {
        assessment: String,
        outcome: String,
        /// The fields the visitor filled in, by name: `{"name": "…", "email": "…"}`.
        contact: crate::lead::Contact,
        /// Only when the visitor also consented to send their answers.
        #[serde(skip_serializing_if = "Option::is_none")]
        answers: Option<Vec<AnswerDetail>>,
    },
    Height {
        height: u32,
    },
    /// The widget waits for an inline bank (`bank=inline`); the embed script answers with it.
    BankRequest {},
    /// The visitor pressed Escape inside the widget: a popup's dialog closes (the key never
    /// reaches the host page's dialog while focus is in the frame).
    Escape {},
}

/// One answered question in an `answers` event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnswerDetail {
    pub question: String,
    pub choices: Vec<String>,
}

fn as_object<S: Serializer>(pairs: &[(String, u8)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// A message as posted: `{source, version, frame, type, detail}`, and the host's `variant`
/// and campaign `params` when it set them.
#[derive(Debug, PartialEq, Serialize)]
pub struct Message<'a> {
    pub source: &'static str,
    pub version: u32,
    pub frame: Option<&'a str>,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub detail: &'a Event,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty", serialize_with = "as_text_object")]
    pub params: &'a [(String, String)],
}

/// Who posts: the widget frame the host named, and what the host asked to hear back in
/// every message (`Config::sender`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Sender<'a> {
    pub frame: Option<&'a str>,
    pub variant: Option<&'a str>,
    pub params: &'a [(String, String)],
}

/// Name-value pairs (the host's campaign parameters) as a JSON object, in their order.
pub fn as_text_object<S: Serializer>(pairs: &&[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
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
            Event::Lead { .. } => "lead",
            Event::Height { .. } => "height",
            Event::BankRequest {} => "bank-request",
            Event::Escape {} => "escape",
        }
    }

    /// The message as posted by `from`.
    pub fn to_message<'a>(&'a self, from: &Sender<'a>) -> Message<'a> {
        Message {
            source: SOURCE,
            version: VERSION,
            frame: from.frame,
            kind: self.kind(),
            detail: self,
            variant: from.variant,
            params: from.params,
        }
    }
}

pub fn completed(outcome: &Outcome) -> Event {
    Event::Completed {
        assessment: outcome.assessment.code().to_string(),
        outcome: outcome.id.code(),
        percentages: outcome.percentages.clone(),
    }
}

/// The `answers` event: the visitor's answers, after their consent.
pub fn answers(bank: &Bank, answers: &Answers, outcome: &Outcome) -> Event {
    let list = answer_details(bank, answers);
    Event::Answers { assessment: outcome.assessment.code().to_string(), outcome: outcome.id.code(), answers: list }
}

/// The visitor's answers by question and choice id: only the visible, answered questions.
pub fn answer_details(bank: &Bank, answers: &Answers) -> Vec<AnswerDetail> {
    crate::engine::flow::visible(bank, answers)
        .into_iter()
        .filter(|&q| answers.mask(q) != 0)
        .map(|q| {
            let question = bank.question(q);
            AnswerDetail {
                question: question.id.0.clone(),
                choices: answers.chosen(q).map(|c| question.choices[c.0].id.0.clone()).collect(),
            }
        })
        .collect()
}

/// One message from the host to the widget.
#[derive(Clone, Debug, PartialEq)]
pub enum HostMessage {
    /// A question bank sent inline (`bank=inline`), as JSON text.
    Bank(String),
    /// The host cannot send the inline bank (no such element, not a JSON script, too large):
    /// why, in the host's words, at most `MAX_REASON` characters.
    BankUnavailable(String),
    /// The host sizes the frame from the widget's height messages: the widget may hide its
    /// overflow. Until then it scrolls, so a host that hears nothing (a wrong `host`) does not
    /// clip it.
    Sized,
}

/// How much of a host's reason is kept.
pub const MAX_REASON: usize = 200;

/// Why a message from the host page was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostMessageError {
    /// Not meant for the widget, or not from its host: another script's message, or the
    /// host is unknown. Logged; a wait for the host goes on.
    Ignored(Ignored),
    /// From the host and meant for the widget (`source: "rolefit-host"`), but unusable: a
    /// wait for it ends at once with this reason.
    Refused(Refused),
}

/// Why a message is not the host's message for the widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ignored {
    NoHostConfigured,
    WrongOrigin { origin: String, expected: String },
    NotAnObject,
    WrongSource,
}

/// Why the host's message for the widget cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    UnsupportedVersion(u64),
    NoVersion,
    BankTooLarge,
    NoBank,
    /// The message's `type`, at most 40 characters of it.
    UnknownType(String),
    NoType,
}

impl std::fmt::Display for HostMessageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HostMessageError::Ignored(why) => why.fmt(f),
            HostMessageError::Refused(why) => why.fmt(f),
        }
    }
}

impl std::fmt::Display for Ignored {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ignored::NoHostConfigured => f.write_str("no host origin is configured, so host messages are ignored"),
            Ignored::WrongOrigin { origin, expected } => {
                write!(f, "ignored a message from {origin}: only {expected} may send messages")
            }
            Ignored::NotAnObject => f.write_str("a host message must be an object"),
            Ignored::WrongSource => write!(f, "a host message needs \"source\": \"{HOST_SOURCE}\""),
        }
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::UnsupportedVersion(v) => {
                write!(f, "unsupported host message version {v}; this widget speaks version {VERSION}")
            }
            Refused::NoVersion => write!(f, "a host message needs \"version\": {VERSION}"),
            Refused::BankTooLarge => write!(f, "the inline bank is larger than {} KB", MAX_INLINE_BANK / 1024),
            Refused::NoBank => f.write_str("a \"bank\" message needs \"bank\": the bank as JSON text or an object"),
            Refused::UnknownType(kind) => write!(f, "unknown host message type \"{kind}\""),
            Refused::NoType => f.write_str("a host message needs a \"type\""),
        }
    }
}

/// A message from the host as the boundary read it: only the fields the contract looks at,
/// each with its JSON type kept, so that a wrong type gets a precise reason.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HostEnvelope {
    /// Whether the message is a plain object at all (not a string, number, array or null).
    pub object: bool,
    pub source: Field,
    pub version: Field,
    pub kind: Field,
    pub bank: Field,
    pub reason: Field,
}

impl HostEnvelope {
    /// The envelope of a posted value, whatever reads it (the browser from a `JsValue`, the
    /// tests from JSON): `object` says whether it is a plain object, `field` reads one key.
    pub fn read(object: bool, field: impl Fn(&str) -> Field) -> HostEnvelope {
        if !object {
            return HostEnvelope::default();
        }
        HostEnvelope {
            object,
            source: field("source"),
            version: field("version"),
            kind: field("type"),
            bank: field("bank"),
            reason: field("reason"),
        }
    }
}

/// One field of a host message.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Field {
    #[default]
    Missing,
    Text(String),
    Number(f64),
    /// An object, as JSON text.
    Object(String),
    /// Anything else: null, a boolean, an array.
    Other,
    /// Text longer than the boundary reads (`MAX_INLINE_BANK`): refused before it is copied.
    Oversized,
}

impl Field {
    /// A text (or an object as JSON text, `object`) the boundary read, or `Oversized` when
    /// it is longer than the contract takes. `len` is its length as far as the reader knows
    /// it before copying (never more than its UTF-8 bytes).
    pub fn text_of(len: usize, object: bool, copy: impl FnOnce() -> String) -> Field {
        if len > MAX_INLINE_BANK {
            Field::Oversized
        } else if object {
            Field::Object(copy())
        } else {
            Field::Text(copy())
        }
    }

    fn text(&self) -> Option<&str> {
        match self {
            Field::Text(s) => Some(s),
            _ => None,
        }
    }

    /// A whole, non-negative number, as JSON readers take a version number.
    fn whole(&self) -> Option<u64> {
        match *self {
            Field::Number(n) if n >= 0.0 && n.fract() == 0.0 && n < 9.0e15 => Some(n as u64),
            _ => None,
        }
    }
}

/// Checks a message from the host: it must come from the configured host origin, carry our
/// source and version, and have a known type with a well-formed body. Anything else is
/// refused with a reason (logged to the console, never shown as a crash).
pub fn parse_host_message(
    origin: &str,
    expected_origin: Option<&str>,
    data: &HostEnvelope,
) -> Result<HostMessage, HostMessageError> {
    let ignored = |why| Err(HostMessageError::Ignored(why));
    let refused = |why| Err(HostMessageError::Refused(why));
    let Some(expected) = expected_origin else { return ignored(Ignored::NoHostConfigured) };
    if origin != expected {
        return ignored(Ignored::WrongOrigin { origin: origin.to_string(), expected: expected.to_string() });
    }
    if !data.object {
        return ignored(Ignored::NotAnObject);
    }
    if data.source.text() != Some(HOST_SOURCE) {
        return ignored(Ignored::WrongSource);
    }
    // From here on the message is the host's, for the widget: a problem is a refusal.
    match data.version.whole() {
        Some(v) if v == u64::from(VERSION) => {}
        Some(other) => return refused(Refused::UnsupportedVersion(other)),
        None => return refused(Refused::NoVersion),
    }
    match data.kind.text() {
        Some("bank") => match &data.bank {
            Field::Text(s) | Field::Object(s) if s.len() <= MAX_INLINE_BANK => Ok(HostMessage::Bank(s.clone())),
            Field::Text(_) | Field::Object(_) | Field::Oversized => refused(Refused::BankTooLarge),
            _ => refused(Refused::NoBank),
        },
        Some("sized") => Ok(HostMessage::Sized),
        Some("bank-unavailable") => {
            let reason = match &data.reason {
                Field::Text(s) => s.chars().filter(|c| !c.is_control()).take(MAX_REASON).collect(),
                _ => "no reason given".to_string(),
            };
            Ok(HostMessage::BankUnavailable(reason))
        }
        Some(other) => refused(Refused::UnknownType(other.chars().take(40).collect())),
        None => refused(Refused::NoType),
    }
}
