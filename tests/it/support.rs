//! What the native test modules share.

use rolefit::engine::Content;

/// The shipped content, parsed; every problem listed if it does not parse (a bug in
/// `content/`, which `content.rs` names file by file).
pub fn content() -> Content {
    match Content::shipped() {
        Ok(c) => c,
        Err(errors) => panic!(
            "shipped content is invalid:\n{}",
            errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
        ),
    }
}
