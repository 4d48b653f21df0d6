//! The widget's configuration, read from URL parameters (which `embed.js` fills from the
//! host element's data attributes; the same parameters work on the widget page directly).
//! A boundary: raw text in, a checked `Config` plus specific problems out; a bad value falls
//! back to its default and is reported. Pure: no web imports, so it is tested natively.

mod colour;
mod cta;
mod problem;
mod url;

pub use colour::{Accent, Color};
pub use cta::{Cta, Setting, Target};
pub use problem::{OriginProblem, Param, Problem, TextProblem, Why};
pub use url::{mailto, sibling_page, url_with_param, url_without_params, SafeUrl, UrlProblem, MAX_MAILTO};

use crate::engine::Assessment;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follow the visitor's system setting.
    System,
}

impl Theme {
    /// Its text form on the page's root (`data-theme`, which the stylesheet reads).
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::System => "system",
        }
    }

    /// From the `theme` parameter: also `auto`, the name hosts know from other widgets.
    pub fn from_code(code: &str) -> Option<Theme> {
        match code {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" | "system" => Some(Theme::System),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub assessment: Assessment,
    /// Whether the host chose the assessment; if not, the intro offers the other one.
    pub assessment_fixed: bool,
    /// The language the host asked for; None: the browser's.
    pub lang: Option<Lang>,
    pub theme: Theme,
    /// The page around the card is transparent: the host's own colour shows (`background`).
    pub transparent: bool,
    pub accent: Option<Accent>,
    pub company: Option<String>,
    pub logo: Option<SafeUrl>,
    /// The general call to action.
    pub cta_label: Option<String>,
    pub cta_url: Option<SafeUrl>,
    /// Calls to action per outcome or family (`Config::ctas_for` picks a result's).
    pub targeted: Vec<(Target, Setting)>,
    /// The host page's campaign parameters it named (`data-pass-params`): added to every
    /// call-to-action address and reported in every event.
    pub pass: Vec<(String, String)>,
    /// The host's name for this version of its page (an A/B test), reported in every event.
    pub variant: Option<String>,
    /// The contact form after the result, when the host turned it on and it is complete.
    pub lead: Option<crate::lead::Form>,
    /// The host asked for a contact form (`lead` is not empty), valid or not: all a build
    /// without the form reads, which leaves the checking to `lead.html` (`ui::boot`).
    #[cfg(not(feature = "lead"))]
    lead_asked: bool,
    #[cfg(feature = "lead")]
    lead_params: LeadParams,
    pub show_intro: bool,
    /// A custom question bank: a URL, or `inline` (the host sends it by message).
    pub bank: Option<BankSource>,
    /// The host asked for the visitor's individual answers (still needs the visitor's consent).
    pub send_answers: bool,
    /// Authors' preview: the bank's validation report and reachability.
    pub preview: bool,
    /// The embed script's id for this frame, echoed in every message.
    pub frame: Option<String>,
    /// The host page's origin, the only target of messages and the only accepted sender.
    pub host: Option<String>,
    /// The host page's address (same origin as `host`): result links point there.
    pub page: Option<SafeUrl>,
    /// Problems with the parameters; each displays as a sentence for the host to act on.
    pub problems: Vec<Problem>,
}

/// The contact form's parameters as read, until `Config::lead_form` checks them together
/// (only the builds with the form read them: `Param`'s values in `Config::set`).
#[cfg(feature = "lead")]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct LeadParams {
    fields: Vec<(crate::lead::Field, bool)>,
    privacy: Option<SafeUrl>,
    url: Option<SafeUrl>,
    hubspot: Option<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankSource {
    Url(SafeUrl),
    Inline,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            assessment: Assessment::Candidate,
            assessment_fixed: false,
            lang: None,
            theme: Theme::System,
            transparent: false,
            accent: None,
            company: None,
            logo: None,
            cta_label: None,
            cta_url: None,
            targeted: Vec::new(),
            pass: Vec::new(),
            variant: None,
            lead: None,
            #[cfg(not(feature = "lead"))]
            lead_asked: false,
            #[cfg(feature = "lead")]
            lead_params: LeadParams::default(),
            show_intro: true,
            bank: None,
            send_answers: false,
            preview: false,
            frame: None,
            host: None,
            page: None,
            problems: Vec::new(),
        }
    }
}

/// A language the widget ships: its code, its own name (for the switcher) and its direction.
/// The one list of them; `web/boot.js` repeats the codes for its failure message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Es, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The language's name for itself.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// A language tag such as `de`, `de-AT` or `es_MX`, by its base language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let base = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == base)
    }
}

fn flag(value: &str) -> Result<bool, Why> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "yes" | "1" | "on" => Ok(true),
        "false" | "no" | "0" | "off" => Ok(false),
        _ => Err(Why::NotAFlag),
    }
}

/// Plain text for names and labels: trimmed, no control characters, at most `max` characters.
fn text(value: &str, max: usize) -> Result<String, Why> {
    let v = value.trim();
    let problem = if v.is_empty() {
        TextProblem::Empty
    } else if v.chars().any(char::is_control) {
        TextProblem::ControlCharacters
    } else if v.chars().count() > max {
        TextProblem::TooLong(max)
    } else {
        return Ok(v.to_string());
    };
    Err(Why::Text(problem))
}

/// An origin like `https://example.com` or `http://127.0.0.1:8080`.
fn origin(value: &str) -> Result<String, Why> {
    let v = value.trim();
    let rest =
        v.strip_prefix("https://").or_else(|| v.strip_prefix("http://")).ok_or(Why::Origin(OriginProblem::NoScheme))?;
    let ok =
        !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ok.then(|| v.to_string()).ok_or(Why::Origin(OriginProblem::NotJustAnOrigin))
}

fn url(value: &str) -> Result<SafeUrl, Why> {
    SafeUrl::parse(value).map_err(Why::Url)
}

fn frame_id(value: &str) -> Result<String, Why> {
    text(value, 64)
        .ok()
        .filter(|t| t.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_'))
        .ok_or(Why::NotAFrameId)
}

impl Config {
    /// Parses a query string such as `?assessment=team&accent=%230a7`. Unknown parameters are
    /// ignored (hosts add their own tracking parameters); known ones with bad values are
    /// reported and fall back to their defaults.
    pub fn from_query(query: &str) -> Config {
        let mut c = Config::default();
        for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            let param = match Param::from_code(&key) {
                Ok(Some(param)) => param,
                Ok(None) => continue,
                Err(problem) => {
                    c.problems.push(problem);
                    continue;
                }
            };
            if let Err(why) = c.set(param, &value) {
                c.problems.push(Problem::Value { param, value: value.into_owned(), why });
            }
        }
        // A host can only make links to its own pages.
        if let (Some(page), Some(host)) = (&c.page, &c.host) {
            if !page.as_str().starts_with(&format!("{host}/")) && page.as_str() != host {
                c.problems.push(Problem::PageOffHost);
                c.page = None;
            }
        } else if c.page.is_some() {
            c.page = None;
        }
        // A label needs an address somewhere; one that was given but refused has been reported.
        let url_refused =
            c.problems.iter().any(|p| matches!(p, Problem::Value { param: Param::CtaUrl | Param::CtaUrlFor(_), .. }));
        let labelled = c.cta_label.is_some() || c.targeted.iter().any(|(_, s)| s.label.is_some());
        let addressed = c.cta_url.is_some() || c.targeted.iter().any(|(_, s)| s.url.is_some());
        if labelled && !addressed && !url_refused {
            c.problems.push(Problem::LabelWithoutUrl);
        }
        #[cfg(feature = "lead")]
        {
            c.lead = c.lead_form();
        }
        c
    }

    /// The contact form, if the host asked for one and gave what it needs.
    #[cfg(feature = "lead")]
    fn lead_form(&mut self) -> Option<crate::lead::Form> {
        use crate::lead::{Destination, Field, Form};
        if self.lead_params.fields.is_empty() {
            return None;
        }
        let Some(privacy) = self.lead_params.privacy.clone() else {
            self.problems.push(Problem::LeadWithoutPrivacy);
            return None;
        };
        if !self.lead_params.fields.iter().any(|(f, _)| matches!(f, Field::Email | Field::Phone)) {
            self.problems.push(Problem::LeadWithoutContact);
            return None;
        }
        let destination = match (self.lead_params.url.clone(), self.lead_params.hubspot.clone()) {
            (Some(_), Some(_)) => {
                self.problems.push(Problem::LeadTwoDestinations);
                Destination::Event
            }
            (Some(url), None) => Destination::Endpoint(url),
            (None, Some((portal, form))) => Destination::HubSpot { portal, form },
            (None, None) => Destination::Event,
        };
        Some(Form { fields: self.lead_params.fields.clone(), privacy, destination })
    }

    /// Whether the host asked for a contact form: in a build without one, whether `lead` was
    /// set (`ui::boot` sends a framed page to the build with it); in one with it, whether the
    /// form is complete.
    pub fn asks_for_lead(&self) -> bool {
        #[cfg(not(feature = "lead"))]
        return self.lead_asked;
        #[cfg(feature = "lead")]
        return self.lead.is_some();
    }

    /// Who the widget's messages are from, as the host set it up.
    pub fn sender(&self) -> crate::contract::Sender<'_> {
        crate::contract::Sender { frame: self.frame.as_deref(), variant: self.variant.as_deref(), params: &self.pass }
    }

    /// The per-outcome setting for `target`, made if it is new.
    fn setting(&mut self, target: Target) -> &mut Setting {
        let at = match self.targeted.iter().position(|(t, _)| *t == target) {
            Some(at) => at,
            None => {
                self.targeted.push((target, Setting::default()));
                self.targeted.len() - 1
            }
        };
        &mut self.targeted[at].1
    }

    /// Takes one parameter's value, or says why it cannot.
    fn set(&mut self, param: Param, value: &str) -> Result<(), Why> {
        match param {
            Param::Assessment => {
                self.assessment = Assessment::from_code(value.trim()).ok_or(Why::UnknownAssessment)?;
                self.assessment_fixed = true;
            }
            Param::Lang => self.lang = Some(Lang::from_tag(value).ok_or(Why::UnknownLang)?),
            Param::Theme => self.theme = Theme::from_code(value.trim()).ok_or(Why::UnknownTheme)?,
            Param::Accent => self.accent = Some(Accent::from_color(Color::parse(value).ok_or(Why::NotAColour)?)),
            Param::Company => self.company = Some(text(value, 60)?),
            Param::Logo => self.logo = Some(url(value)?),
            Param::CtaLabel => self.cta_label = Some(text(value, 40)?),
            Param::CtaUrl => self.cta_url = Some(url(value)?),
            Param::CtaUrlFor(target) => self.setting(target).url = Some(url(value)?),
            Param::CtaLabelFor(target) => self.setting(target).label = Some(text(value, 40)?),
            Param::Variant => self.variant = Some(variant(value)?),
            Param::Pass => self.pass = passed(value),
            // A build without the form only notes that one was asked for, as web/boot.js does:
            // `lead.html`, where such a page goes, checks the parameters and says what is wrong.
            #[cfg(not(feature = "lead"))]
            Param::Lead | Param::LeadPrivacy | Param::LeadUrl | Param::LeadHubSpot => {
                self.lead_asked |= param == Param::Lead && !value.is_empty();
            }
            #[cfg(feature = "lead")]
            Param::Lead => self.lead_params.fields = lead_fields(value)?,
            #[cfg(feature = "lead")]
            Param::LeadPrivacy => self.lead_params.privacy = Some(url(value)?),
            #[cfg(feature = "lead")]
            Param::LeadUrl => {
                let u = url(value)?;
                // Plain http only to this machine (a developer's endpoint), as browsers treat
                // localhost as secure.
                let lower = u.as_str().to_ascii_lowercase();
                let local = ["http://localhost", "http://127.0.0.1", "http://[::1]"]
                    .iter()
                    .any(|l| lower.strip_prefix(l).is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/'])));
                if lower.starts_with("http:") && !local {
                    return Err(Why::NotHttps);
                }
                self.lead_params.url = Some(u);
            }
            #[cfg(feature = "lead")]
            Param::LeadHubSpot => self.lead_params.hubspot = Some(hubspot_ids(value)?),
            Param::Background => {
                self.transparent = match value.trim() {
                    "transparent" => true,
                    "" | "default" => false,
                    _ => return Err(Why::NotABackground),
                }
            }
            Param::Intro => self.show_intro = flag(value)?,
            Param::Bank if value.trim() == "inline" => self.bank = Some(BankSource::Inline),
            Param::Bank => self.bank = Some(BankSource::Url(url(value)?)),
            Param::SendAnswers => self.send_answers = flag(value)?,
            Param::Preview => self.preview = flag(value)?,
            Param::Frame => self.frame = Some(frame_id(value)?),
            Param::Host => self.host = Some(origin(value)?),
            Param::Page => {
                let page = url(value)?;
                if !page.as_str().starts_with("http") {
                    return Err(Why::NotAbsolute);
                }
                self.page = Some(page);
            }
        }
        Ok(())
    }
}

/// `lead`: `name,email*,company` (a `*` makes a field required).
#[cfg(feature = "lead")]
fn lead_fields(value: &str) -> Result<Vec<(crate::lead::Field, bool)>, Why> {
    let mut out: Vec<(crate::lead::Field, bool)> = Vec::new();
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (code, required) = part.strip_suffix('*').map_or((part, false), |c| (c.trim(), true));
        match crate::lead::Field::from_code(code) {
            Some(f) if !out.iter().any(|(g, _)| *g == f) => out.push((f, required)),
            _ => return Err(Why::NotFieldList),
        }
    }
    if out.is_empty() {
        return Err(Why::NotFieldList);
    }
    Ok(out)
}

/// `lead-hubspot`: `<portal id>:<form id>`, digits and a GUID.
#[cfg(feature = "lead")]
fn hubspot_ids(value: &str) -> Result<(String, String), Why> {
    let (portal, form) = value.trim().split_once(':').ok_or(Why::NotHubSpotIds)?;
    let portal_ok = !portal.is_empty() && portal.len() <= 12 && portal.bytes().all(|b| b.is_ascii_digit());
    let form_ok = !form.is_empty() && form.len() <= 64 && form.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-');
    (portal_ok && form_ok).then(|| (portal.to_string(), form.to_string())).ok_or(Why::NotHubSpotIds)
}

/// The most campaign parameters the widget copies.
pub const MAX_PASS: usize = 10;

/// A variant name: short text of letters, digits, spaces and `_ . : -`.
fn variant(value: &str) -> Result<String, Why> {
    text(value, 40)
        .ok()
        .filter(|t| t.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '.' | ':' | '-')))
        .ok_or(Why::NotAVariant)
}

/// `pass`: the host page's named parameters as a query string (`utm_source=x&gh_src=y`).
/// Their values come from the visitor's address, not from the host: one that cannot be
/// copied (a control character, over 200 characters, an odd name) is dropped alone and
/// silently, and at most `MAX_PASS` are kept; none of it is a problem to show.
fn passed(value: &str) -> Vec<(String, String)> {
    let name_ok = |k: &str| {
        !k.is_empty()
            && k.len() <= 40
            && k.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
    };
    let value_ok = |v: &str| v.chars().count() <= 200 && !v.chars().any(char::is_control);
    form_urlencoded::parse(value.as_bytes())
        .filter(|(k, v)| name_ok(k) && value_ok(v))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .take(MAX_PASS)
        .collect()
}

/// Keeps user-supplied text short in messages.
fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}
