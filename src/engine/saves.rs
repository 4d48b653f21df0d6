//! Where a visitor's progress is kept: one storage key per bank version and per widget.
//! Pure: the shell reads every `rolefit.` entry once at start-up into `Saves`, and this
//! module says which of them belong to the bank on screen, which are left over from an
//! earlier version of it, and under which key to write.
//!
//! A key is `rolefit.progress.<bank>.<fingerprint>` on the widget's own page, and
//! `rolefit.progress.<bank>.<fingerprint>.<frame>` in a frame of `embed.js`, where `<bank>`
//! is a shipped bank's id, or `+` and the id for a host's custom bank: two widgets on one
//! page never share a save, and a custom bank that reuses a shipped bank's id (a copy of
//! `team.json` with changed weights) neither reads, replaces nor removes the shipped bank's
//! saves. Neither ids nor frames may contain '.' or '+', so a key splits back into its parts
//! unambiguously.

use super::bank::Bank;

/// The prefix of every progress key.
pub const PREFIX: &str = "rolefit.progress.";

/// One of the two stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Store {
    /// sessionStorage.
    Tab,
    /// localStorage, after the visitor opted in.
    Device,
}

/// Every progress entry found at start-up (key and value), in both stores.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saves {
    /// Store, key and value; a handful at most, so a list.
    entries: Vec<(Store, String, String)>,
}

/// What the stores hold for one bank in one widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// The saved value in each store, if any (see `Session::resume`).
    pub tab: Option<String>,
    pub device: Option<String>,
    /// Saves of this bank in this widget under another fingerprint: made with an earlier
    /// version of its questions.
    pub earlier: bool,
}

/// The key of a progress entry, split into its parts.
#[derive(Debug, PartialEq, Eq)]
enum Key<'a> {
    /// `rolefit.progress.<bank id>`: before saves were keyed by version and frame.
    Legacy {
        bank: &'a str,
    },
    Current {
        bank: &'a str,
        fingerprint: &'a str,
        frame: Option<&'a str>,
    },
}

impl<'a> Key<'a> {
    fn parse(key: &'a str) -> Option<Key<'a>> {
        let mut parts = key.strip_prefix(PREFIX)?.split('.');
        let (bank, fingerprint, frame) = (parts.next()?, parts.next(), parts.next());
        if parts.next().is_some() {
            return None;
        }
        Some(match fingerprint {
            None => Key::Legacy { bank },
            Some(fingerprint) => Key::Current { bank, fingerprint, frame },
        })
    }
}

/// The key under which progress on `bank` is kept in the widget `frame` (None: the widget's
/// own page).
pub fn key(bank: &Bank, frame: Option<&str>) -> String {
    let base = format!("{PREFIX}{}.{:08x}", segment(bank), bank.fingerprint());
    match frame {
        Some(frame) => format!("{base}.{frame}"),
        None => base,
    }
}

/// The bank's part of its keys: custom banks live apart from the shipped ones.
fn segment(bank: &Bank) -> String {
    if bank.is_shipped() {
        bank.id().to_string()
    } else {
        format!("+{}", bank.id())
    }
}

/// The key saves had before they carried a version and a frame, when a bank's id was all of
/// it. A custom bank that reuses a shipped id has none: that key was the shipped bank's.
fn legacy_key(bank: &Bank) -> Option<String> {
    let reuses_shipped_id = !bank.is_shipped() && crate::engine::Assessment::from_code(bank.id()).is_some();
    (!reuses_shipped_id).then(|| format!("{PREFIX}{}", bank.id()))
}

impl Saves {
    /// Adds an entry read from a store; keys without the prefix are ignored.
    pub fn insert(&mut self, store: Store, key: &str, value: &str) {
        if key.starts_with(PREFIX) {
            self.entries.retain(|(s, k, _)| !(*s == store && k == key));
            self.entries.push((store, key.to_string(), value.to_string()));
        }
    }

    /// What is kept for `bank` in `frame`. A save from before keys had versions and frames
    /// (`rolefit.progress.<id>`) is offered too when there is no current one, so an update
    /// of the widget does not lose anyone's progress; `Session::resume` then checks that it
    /// fits the bank.
    pub fn find(&self, bank: &Bank, frame: Option<&str>) -> Found {
        let current = key(bank, frame);
        let legacy = legacy_key(bank);
        let get = |store: Store| {
            let value =
                |key: &str| self.entries.iter().find(|(s, k, _)| *s == store && k == key).map(|(_, _, v)| v.clone());
            value(&current).or_else(|| legacy.as_deref().and_then(value))
        };
        let earlier =
            self.superseded(bank, frame).iter().any(|(_, k)| !matches!(Key::parse(k), Some(Key::Legacy { .. })));
        Found { tab: get(Store::Tab), device: get(Store::Device), earlier }
    }

    /// Keys that a write of `bank`'s progress in `frame` replaces: the legacy key of its id,
    /// and the keys of earlier versions of it in the same widget. Removed whenever the
    /// widget writes, so an old save does not come back after "Start again".
    pub fn superseded(&self, bank: &Bank, frame: Option<&str>) -> Vec<(Store, String)> {
        let fingerprint = format!("{:08x}", bank.fingerprint());
        let (segment, legacy) = (segment(bank), legacy_key(bank));
        self.entries
            .iter()
            .map(|(s, k, _)| (*s, k.clone()))
            .filter(|(_, k)| match Key::parse(k) {
                Some(Key::Legacy { .. }) => legacy.as_deref() == Some(k.as_str()),
                Some(Key::Current { bank: b, fingerprint: f, frame: fr }) => {
                    b == segment && fr == frame && f != fingerprint
                }
                None => false,
            })
            .collect()
    }
}
