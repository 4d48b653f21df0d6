//! The error of every content boundary: a problem in a content file, located for a person.
//! The leaf of the engine: it imports no other engine module.

use std::fmt;

/// One problem in a content file, located for a person: the file, the path of the field
/// (with the question's id where there is one), and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankError {
    pub source: String,
    pub path: String,
    pub message: String,
}

impl BankError {
    pub fn new(source: &str, path: impl Into<String>, message: impl Into<String>) -> BankError {
        BankError { source: source.to_string(), path: path.into(), message: message.into() }
    }

    pub fn syntax(source: &str, e: &serde_json::Error) -> BankError {
        BankError::new(source, format!("line {}, column {}", e.line(), e.column()), e.to_string())
    }
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.source, self.path, self.message)
    }
}
