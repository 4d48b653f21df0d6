//! The widget's configuration, read from URL parameters (which the embed script fills from
//! its data attributes). A boundary: raw text in, a checked `Config` plus a list of
//! specific problems out; a bad value falls back to its default and is reported.
//! Pure: no web imports, so it is tested natively.

use crate::engine::Assessment;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub assessment: Assessment,
    /// Whether the host chose the assessment; if not, the intro offers the other one.
    pub assessment_fixed: bool,
    /// Problems with the parameters, each a sentence for the visitor's host to act on.
    pub problems: Vec<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config { assessment: Assessment::Candidate, assessment_fixed: false, problems: Vec::new() }
    }
}

impl Config {
    /// Parses a query string such as `?assessment=team`. Unknown parameters are ignored
    /// (hosts add their own tracking parameters); known ones with bad values are reported.
    pub fn from_query(query: &str) -> Config {
        let mut config = Config::default();
        for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            if key == "assessment" {
                match Assessment::from_code(&value) {
                    Some(a) => {
                        config.assessment = a;
                        config.assessment_fixed = true;
                    }
                    None => config.problems.push(format!(
                        "assessment \"{}\" is not known; use \"candidate\" or \"team\". Showing the candidate assessment.",
                        shorten(&value)
                    )),
                }
            }
        }
        config
    }
}

/// Keeps user-supplied text short in messages.
fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}
