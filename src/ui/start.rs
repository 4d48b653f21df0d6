//! Start-up, decided once and purely: which bank the page shows (the shipped one or the
//! host's), and whether the visitor opens a shared result, resumes saved progress or starts
//! fresh. `Boot` is what the page said; `props_for` turns it and the configuration into the
//! app's props. Natively tested (`tests/it/render.rs`, `tests/it/saves.rs`).

use std::rc::Rc;

use crate::config::{Config, Lang};
use crate::engine::i18n::{localize_bank, localize_model};
use crate::engine::saves::Saves;
use crate::engine::session::{Keep, Session};
use crate::engine::share::{self, ShareError};
use crate::engine::{Assessment, Bank, Content, Model};

use super::app::AppProps;
use super::custom_bank::{self, BankNotice, CustomBank, Problem};
use super::i18n::Texts;
#[cfg(feature = "preview")]
use super::preview;

/// What the page said at start-up, read by `mount` (or made up by a test).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Boot {
    /// The URL fragment without '#', e.g. `r=<code>` for a shared result.
    pub fragment: String,
    /// Every saved progress entry in this tab's and this device's storage (`engine::saves`):
    /// which one applies is decided once the bank on screen is known.
    pub saves: Saves,
    /// This page's address without the fragment; share links are built on it.
    pub page_url: String,
    /// The browser has the Web Share API.
    pub can_share: bool,
    /// This page runs in a frame, so a host can receive messages.
    pub framed: bool,
    /// The language chosen for this page (`ui::i18n::choose_language`).
    pub lang: Lang,
    /// Its translation catalog (UI strings and content), when not English and it loaded.
    pub catalog: Option<crate::engine::i18n::Catalog>,
}

/// Everything the app needs to render, decided once at start-up: which bank (shipped or the
/// host's), and whether the visitor opens a shared result, resumes saved progress, or starts
/// fresh. A custom bank that fails validation is reported and the shipped bank is used.
pub fn props_for(config: Config, boot: &Boot, custom: Option<CustomBank>) -> AppProps {
    let mut config = config;
    let model = localized_model(boot);
    let shipped = |assessment: Assessment| shipped_bank(assessment, boot);
    let source = custom_bank::source_name(&config);
    let (custom_bank, problems) = custom_bank(custom, &model);
    if let Some(bank) = &custom_bank {
        // The bank decides the assessment; the host's assessment parameter only picks a shipped bank.
        config.assessment = bank.assessment();
        config.assessment_fixed = true;
    }
    let own_bank = Rc::new(match custom_bank {
        Some(bank) => bank,
        None => shipped(config.assessment),
    });
    let (mut start, link_error, saved_stale) = opening(boot, &own_bank, &shipped, config.frame.as_deref());
    if !config.show_intro {
        start = start.without_intro();
    }
    // The visitors' build has no preview (`ui::boot::mount` sends `preview=true` to the authors' build).
    #[cfg(feature = "preview")]
    let preview = config.preview.then(|| Rc::new(preview::report(&source, &own_bank, &model, &problems)));
    #[cfg(not(feature = "preview"))]
    let preview = None;
    AppProps {
        model: Rc::new(model),
        texts: Rc::new(match &boot.catalog {
            Some(catalog) => Texts::with_catalog(boot.lang.code(), catalog),
            None => Texts::english(),
        }),
        lang: boot.lang,
        // Only a build that reads custom banks has one to report (`ui::boot::mount`).
        bank_notice: (cfg!(feature = "custom-banks") && !problems.is_empty())
            .then_some(BankNotice { source, problems }),
        config: Rc::new(config),
        start: Rc::new(start),
        link_error,
        saved_stale,
        saves: Rc::new(boot.saves.clone()),
        // Share links must not carry this frame's id, host or host page; links that reload
        // this frame (language, assessment) must keep them. Share links drop the preview and
        // the contact form too: whoever opens a result link should see the result, not a
        // report, and a shared result never asks for a contact.
        page_url: crate::config::url_without_params(
            &boot.page_url,
            &["frame", "host", "page", "preview", "lead", "lead-privacy", "lead-url", "lead-hubspot"],
        ),
        self_url: crate::config::url_without_params(&boot.page_url, &[]),
        can_share: boot.can_share,
        framed: boot.framed,
        preview,
    }
}

/// The shipped role model in the page's language. Translations replace texts only; ids and
/// weights are untouched, so scoring, share links and saved progress are the same in every
/// language.
fn localized_model(boot: &Boot) -> Model {
    let model = Content::shipped_model();
    match &boot.catalog {
        Some(catalog) => localize_model(model, catalog),
        None => model,
    }
}

/// One shipped bank in the page's language. Only the bank this page shows is built (a shared
/// link to the other assessment builds that one too).
fn shipped_bank(assessment: Assessment, boot: &Boot) -> Bank {
    let bank = Content::shipped_bank(assessment);
    match &boot.catalog {
        Some(catalog) => localize_bank(bank, catalog),
        None => bank,
    }
}

/// The host's bank, if it arrived and passed validation; else every problem with it.
fn custom_bank(custom: Option<CustomBank>, model: &Model) -> (Option<Bank>, Vec<Problem>) {
    match custom {
        None => (None, Vec::new()),
        Some(Err(why)) => (None, vec![Problem::Unavailable(why)]),
        #[cfg(feature = "custom-banks")]
        Some(Ok(text)) => match Bank::parse(&text, model) {
            Ok(bank) => (Some(bank), Vec::new()),
            Err(list) => (None, list.into_iter().map(Problem::Invalid).collect()),
        },
        // `ui::boot::mount` sends a custom bank to the authors' build before fetching it.
        #[cfg(not(feature = "custom-banks"))]
        Some(Ok(_)) => {
            let _ = model;
            (None, vec![Problem::Unavailable(super::custom_bank::Unavailable::NotInThisBuild)])
        }
    }
}

/// The session the page opens with, the shared link that could not be opened, and whether
/// saves were found that an earlier version of the questions made.
fn opening(
    boot: &Boot,
    own_bank: &Rc<Bank>,
    shipped: &dyn Fn(Assessment) -> Bank,
    frame: Option<&str>,
) -> (Session, Option<ShareError>, bool) {
    // The visitor's own saved progress on the bank shown (never on a refused custom bank's
    // id: its saves would be read under one key and written under another), decoded once.
    let (own_save, saved_stale) = resume(&boot.saves, own_bank, frame);
    let resumed = || own_save.clone().unwrap_or_else(|| Session::new(own_bank.clone()));
    let Some(code) = boot.fragment.strip_prefix("r=") else { return (resumed(), None, saved_stale) };
    match shared(shipped, own_bank, code) {
        // "Take it yourself" returns to the visitor's own progress on the link's bank: this
        // page's, or the other assessment's saved progress in this widget, which a fresh
        // start would overwrite.
        Ok(session) if session.flow.bank().id() == own_bank.id() => {
            (Session { own: Some(Rc::new(resumed())), ..session }, None, saved_stale)
        }
        Ok(session) => {
            let (own, _) = resume(&boot.saves, session.flow.bank(), frame);
            (Session { own: own.map(Rc::new), ..session }, None, saved_stale)
        }
        Err(e) => (resumed(), Some(e), saved_stale),
    }
}

/// The visitor's saved progress on `bank` in this widget: this tab's first (it keeps the
/// device opt-in if the device has a save too), else this device's; and whether, with no
/// save to resume, there are saves made with an earlier version of the questions (the
/// visitor is told).
fn resume(saves: &Saves, bank: &Rc<Bank>, frame: Option<&str>) -> (Option<Session>, bool) {
    let found = saves.find(bank, frame);
    let keep = if found.device.is_some() { Keep::ThisDevice } else { Keep::ThisTab };
    let session = found
        .tab
        .as_deref()
        .and_then(|s| Session::resume(bank.clone(), s, keep))
        .or_else(|| found.device.as_deref().and_then(|s| Session::resume(bank.clone(), s, Keep::ThisDevice)));
    let stale = found.earlier || [&found.tab, &found.device].into_iter().flatten().any(|s| Session::is_stale(bank, s));
    let stale = session.is_none() && stale;
    (session, stale)
}

/// Opens a shared result with the page's own bank when the link is for its assessment (a
/// custom bank's links open where that bank is configured), else the shipped bank.
fn shared(shipped: &dyn Fn(Assessment) -> Bank, own: &Rc<Bank>, code: &str) -> Result<Session, ShareError> {
    let assessment = share::peek_assessment(code)?;
    // `ui::boot::mount` sent a link of the other page's assessment there, unless it could not.
    if !assessment.in_this_build() {
        return Err(ShareError::OtherPage);
    }
    let bank = if own.assessment() == assessment { own.clone() } else { Rc::new(shipped(assessment)) };
    let answers = share::decode(&bank, code, true)?;
    Ok(Session::shared(bank, answers))
}
