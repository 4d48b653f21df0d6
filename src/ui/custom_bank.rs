//! A host's own question bank on its way in, as values: why it did not arrive
//! (`Unavailable`), why it cannot be used (`Problem`), and the notice that says so
//! (`BankNotice`). `Display` writes the sentences; no code looks at their wording.

use crate::config::{BankSource, Config};
use crate::contract::Refused;
use crate::engine::BankError;

/// The host's bank as it arrived: JSON text, or why it did not.
pub type CustomBank = Result<String, Unavailable>;

/// Why the host's bank did not arrive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// `bank=<url>` could not be fetched.
    Fetch(FetchError),
    /// `bank=inline` on a page that is not framed by a host that can send it.
    NoHostToSend,
    /// The host answered that it cannot send it, in its own words.
    HostCannotSend(String),
    /// The host sent a message the widget refused.
    HostRefused(Refused),
    /// The host sent nothing in time.
    HostSilent { seconds: u32 },
    /// This build cannot read custom banks (the visitors' build; `ui::boot::mount` sends
    /// them to the authors' build).
    NotInThisBuild,
}

/// Why a text resource (a bank, a translation) could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    NoWindow,
    /// A network error, or the server does not allow this origin (CORS).
    Network {
        url: String,
    },
    TimedOut {
        url: String,
        seconds: u32,
    },
    Status {
        url: String,
        status: u16,
    },
    TooLarge {
        url: String,
        max: usize,
    },
    /// The response stopped or was not bytes.
    Unreadable {
        url: String,
    },
    NotUtf8 {
        url: String,
    },
}

/// Why the bank that arrived cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Unavailable(Unavailable),
    Invalid(BankError),
}

/// The notice for a custom bank that could not be used: where it came from and what is wrong
/// with it (the first three problems are written out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankNotice {
    pub source: String,
    pub problems: Vec<Problem>,
}

/// Where the bank comes from, as the author will recognise it in a message.
pub fn source_name(config: &Config) -> String {
    match &config.bank {
        Some(BankSource::Url(u)) => u.as_str().to_string(),
        Some(BankSource::Inline) => "inline bank".to_string(),
        None => format!("built-in {} bank", config.assessment.code()),
    }
}

impl std::fmt::Display for Unavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unavailable::Fetch(e) => e.fmt(f),
            Unavailable::NoHostToSend => f.write_str(
                "bank=inline needs a host page that frames the widget and sends the bank (with a valid host)",
            ),
            Unavailable::HostCannotSend(why) => write!(f, "the host page could not send it: {why}"),
            Unavailable::HostRefused(why) => write!(f, "the host page sent a message the widget refused: {why}"),
            Unavailable::HostSilent { seconds } => {
                write!(f, "the host page did not send the inline bank within {seconds} seconds")
            }
            Unavailable::NotInThisBuild => f.write_str("this build of the widget cannot read custom banks"),
        }
    }
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::NoWindow => f.write_str("no window to fetch from"),
            FetchError::Network { url } => write!(f, "could not load {url} (network error or blocked by CORS)"),
            FetchError::TimedOut { url, seconds } => {
                write!(f, "could not load {url}: no answer within {seconds} seconds")
            }
            FetchError::Status { url, status } => write!(f, "could not load {url}: HTTP {status}"),
            FetchError::TooLarge { url, max } => write!(f, "could not load {url}: it is larger than {} KB", max / 1024),
            FetchError::Unreadable { url } => write!(f, "could not load {url} (could not read the response)"),
            FetchError::NotUtf8 { url } => write!(f, "could not load {url}: it is not UTF-8 text"),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Unavailable(why) => why.fmt(f),
            Problem::Invalid(e) => e.fmt(f),
        }
    }
}

impl std::fmt::Display for BankNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.problems.len();
        let first: Vec<String> = self.problems.iter().take(3).map(Problem::to_string).collect();
        write!(
            f,
            "The custom question bank ({}) could not be used ({n} problem{}: {}{}). The built-in questions are shown.",
            self.source,
            if n == 1 { "" } else { "s" },
            first.join("; "),
            if n > 3 { "; …" } else { "" }
        )
    }
}
