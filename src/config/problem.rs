//! What can be wrong with the host's parameters, as values: `Display` writes the sentence
//! the host reads in the notice and the console; no code looks at the wording.

use super::cta::Target;
use super::url::UrlProblem;
use super::{shorten, Lang};

/// One problem with the configuration. The widget goes on with a default and says which.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A parameter's value cannot be used; the parameter's default applies.
    Value { param: Param, value: String, why: Why },
    /// `page` names another origin than `host`.
    PageOffHost,
    /// A button label (`cta-label`, or one per outcome) but no address at all.
    LabelWithoutUrl,
    /// `cta-url-<x>` or `cta-label-<x>` where `<x>` is no outcome id or family.
    UnknownTarget { key: String },
    /// `preview=true` where the authors' build is not deployed.
    PreviewUnavailable,
    /// `bank=` where the authors' build, which reads custom banks, is not deployed.
    CustomBanksUnavailable,
    /// A contact form (`lead`) where no build with it (`lead.html`, `preview.html`) opened.
    LeadUnavailable,
    /// `assessment=` names the assessment of another page (`index.html` has the candidate's,
    /// `team.html` the team's), which did not open here.
    AssessmentUnavailable { wanted: crate::engine::Assessment },
    /// A contact form (`lead`) without the host's privacy page.
    #[cfg(feature = "lead")]
    LeadWithoutPrivacy,
    /// A contact form with neither an e-mail nor a phone field.
    #[cfg(feature = "lead")]
    LeadWithoutContact,
    /// Both `lead-url` and `lead-hubspot`.
    #[cfg(feature = "lead")]
    LeadTwoDestinations,
}

/// A parameter the widget reads, by its name in the query (and `data-` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    /// `cta-url-<target>`, `cta-label-<target>`: a button for one outcome or family.
    CtaUrlFor(Target),
    CtaLabelFor(Target),
    Variant,
    Pass,
    Lead,
    LeadPrivacy,
    LeadUrl,
    LeadHubSpot,
    Background,
    Assessment,
    Lang,
    Theme,
    Accent,
    Company,
    Logo,
    CtaLabel,
    CtaUrl,
    Intro,
    Bank,
    SendAnswers,
    Preview,
    Frame,
    Host,
    Page,
}

/// Why a parameter's value cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    UnknownAssessment,
    /// A `variant` of other characters than letters, digits, space, `_ . : -`.
    NotAVariant,
    /// `background`: not `transparent`.
    NotABackground,
    /// `lead`: not a list of the form's fields.
    #[cfg(feature = "lead")]
    NotFieldList,
    /// `lead-hubspot`: not `<portal id>:<form id>`.
    #[cfg(feature = "lead")]
    NotHubSpotIds,
    /// `lead-url` over plain http: contact details are sent encrypted only.
    #[cfg(feature = "lead")]
    NotHttps,
    UnknownLang,
    UnknownTheme,
    NotAColour,
    NotAFlag,
    NotAFrameId,
    Text(TextProblem),
    Url(UrlProblem),
    Origin(OriginProblem),
    /// A relative address where a full one is needed.
    NotAbsolute,
}

/// Why a name or label cannot be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextProblem {
    Empty,
    ControlCharacters,
    /// Longer than this many characters.
    TooLong(usize),
}

/// Why a value is not an origin such as `https://example.com`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OriginProblem {
    NoScheme,
    NotJustAnOrigin,
}

impl Param {
    /// The parameters with a fixed name (the per-outcome ones are `CtaUrlFor`, `CtaLabelFor`).
    pub const ALL: [Param; 22] = [
        Param::Assessment,
        Param::Lang,
        Param::Theme,
        Param::Accent,
        Param::Company,
        Param::Logo,
        Param::CtaLabel,
        Param::CtaUrl,
        Param::Intro,
        Param::Bank,
        Param::SendAnswers,
        Param::Preview,
        Param::Frame,
        Param::Host,
        Param::Page,
        Param::Variant,
        Param::Pass,
        Param::Lead,
        Param::LeadPrivacy,
        Param::LeadUrl,
        Param::LeadHubSpot,
        Param::Background,
    ];

    pub fn code(self) -> String {
        match self {
            Param::CtaUrlFor(t) => format!("cta-url-{}", t.code()),
            Param::CtaLabelFor(t) => format!("cta-label-{}", t.code()),
            other => other.fixed_code().to_string(),
        }
    }

    fn fixed_code(self) -> &'static str {
        match self {
            Param::CtaUrlFor(_) | Param::CtaLabelFor(_) => "",
            Param::Variant => "variant",
            Param::Pass => "pass",
            Param::Lead => "lead",
            Param::LeadPrivacy => "lead-privacy",
            Param::LeadUrl => "lead-url",
            Param::LeadHubSpot => "lead-hubspot",
            Param::Background => "background",
            Param::Assessment => "assessment",
            Param::Lang => "lang",
            Param::Theme => "theme",
            Param::Accent => "accent",
            Param::Company => "company",
            Param::Logo => "logo",
            Param::CtaLabel => "cta-label",
            Param::CtaUrl => "cta-url",
            Param::Intro => "intro",
            Param::Bank => "bank",
            Param::SendAnswers => "send-answers",
            Param::Preview => "preview",
            Param::Frame => "frame",
            Param::Host => "host",
            Param::Page => "page",
        }
    }

    /// The parameter of this name; `Err` with the name for `cta-url-<x>` or `cta-label-<x>`
    /// whose `<x>` is no outcome id or family; `Ok(None)` for a parameter the widget does not
    /// read (a host's own tracking).
    pub fn from_code(code: &str) -> Result<Option<Param>, Problem> {
        if let Some(p) = Param::ALL.into_iter().find(|p| p.fixed_code() == code) {
            return Ok(Some(p));
        }
        let targeted = |prefix: &str, make: fn(Target) -> Param| {
            code.strip_prefix(prefix)
                .map(|t| Target::from_code(t).map(make).ok_or_else(|| Problem::UnknownTarget { key: code.to_string() }))
        };
        targeted("cta-url-", Param::CtaUrlFor).or_else(|| targeted("cta-label-", Param::CtaLabelFor)).transpose()
    }

    /// What the widget does instead, as the host reads it.
    fn fallback(self) -> &'static str {
        match self {
            Param::Assessment => "Showing the candidate assessment.",
            Param::Lang => "Using the browser's language.",
            Param::Theme => "Following the system setting.",
            Param::Accent => "Using the default colour.",
            Param::Company => "No company name is shown.",
            Param::Logo => "No logo is shown.",
            Param::CtaLabel => "The default button label is used.",
            Param::CtaUrl => "No call-to-action button is shown.",
            Param::CtaUrlFor(_) => "The general call-to-action address is used.",
            Param::CtaLabelFor(_) => "The general button label is used.",
            Param::Variant => "No variant is reported.",
            Param::Pass => "Those parameters are not passed on.",
            Param::Lead | Param::LeadPrivacy => "No contact form is shown.",
            Param::Background => "The widget's own background is used.",
            Param::LeadUrl | Param::LeadHubSpot => "Contacts reach the host page's lead event only.",
            Param::Intro => "The intro is shown.",
            Param::Bank => "The built-in questions are used.",
            Param::SendAnswers => "Answers are not sent.",
            Param::Preview | Param::Frame => "",
            Param::Host => "No events are sent to the host page.",
            Param::Page => "Result links point at the widget page.",
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Value { param, value, why } => {
                write!(f, "{} \"{}\" {why}.", param.code(), shorten(value))?;
                match param.fallback() {
                    "" => Ok(()),
                    fallback => write!(f, " {fallback}"),
                }
            }
            Problem::PageOffHost => {
                f.write_str("page is not on the host's origin. Result links point at the widget page.")
            }
            Problem::LabelWithoutUrl => {
                f.write_str("cta-label is set but cta-url is missing. No call-to-action button is shown.")
            }
            Problem::UnknownTarget { key } => write!(
                f,
                "{} names no outcome id or family (an id as in the completed event, without +pjm; with-pjm; hire). It is not used.",
                shorten(key)
            ),
            #[cfg(feature = "lead")]
            Problem::LeadWithoutPrivacy => f.write_str(
                "lead needs lead-privacy, the address of your privacy page, which the consent box links to. No contact form is shown.",
            ),
            #[cfg(feature = "lead")]
            Problem::LeadWithoutContact => {
                f.write_str("lead needs an email or a phone field, or nobody can get in touch. No contact form is shown.")
            }
            #[cfg(feature = "lead")]
            Problem::LeadTwoDestinations => f.write_str(
                "lead-url and lead-hubspot are both set; choose one. Contacts reach the host page's lead event only.",
            ),
            Problem::PreviewUnavailable => f.write_str(
                "preview=true needs the authors' build (preview.html beside index.html), which is not available \
                 here; the assessment is shown without the preview.",
            ),
            Problem::LeadUnavailable => f.write_str(
                "lead needs a build with the contact form (lead.html, or preview.html with bank, beside index.html), \
                 which did not open here; no contact form is shown.",
            ),
            Problem::AssessmentUnavailable { wanted } => write!(
                f,
                "assessment={} needs {} beside this page, which did not open here; the {} assessment is shown.",
                wanted.code(),
                match wanted {
                    crate::engine::Assessment::Candidate => "index.html",
                    crate::engine::Assessment::Team => "team.html",
                },
                wanted.other().code()
            ),
            Problem::CustomBanksUnavailable => f.write_str(
                "bank needs the authors' build (preview.html beside index.html), which reads custom banks and is \
                 not available here; the built-in questions are shown.",
            ),
        }
    }
}

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Why::UnknownAssessment => f.write_str("is not known; use \"candidate\" or \"team\""),
            Why::NotABackground => f.write_str("is not transparent"),
            #[cfg(feature = "lead")]
            Why::NotFieldList => f.write_str(
                "is not a list of fields from name, email, company, phone, message (each once; a * after one makes it required)",
            ),
            #[cfg(feature = "lead")]
            Why::NotHubSpotIds => f.write_str("is not <portal id>:<form id>, as in HubSpot's form embed code"),
            Why::NotAVariant => f.write_str("is not a variant name (letters, digits, spaces, '_', '.', ':', '-')"),
            #[cfg(feature = "lead")]
            Why::NotHttps => f.write_str(
                "must be an https:// address (or a path on the widget's site; http only to localhost): contact details are never sent unencrypted",
            ),
            Why::UnknownLang => write!(f, "is not available; use one of {}", Lang::ALL.map(Lang::code).join(", ")),
            Why::UnknownTheme => f.write_str("is not one of light, dark, auto"),
            Why::NotAColour => f.write_str("is not a colour like #0a7 or #00aa77"),
            Why::NotAFlag => f.write_str("is not true or false"),
            Why::NotAFrameId => f.write_str("is not a frame id (letters, digits, '-', '_')"),
            Why::Text(TextProblem::Empty) => f.write_str("is empty"),
            Why::Text(TextProblem::ControlCharacters) => f.write_str("contains control characters"),
            Why::Text(TextProblem::TooLong(max)) => write!(f, "is longer than {max} characters"),
            Why::Url(problem) => problem.fmt(f),
            Why::Origin(OriginProblem::NoScheme) => f.write_str("must start with http:// or https://"),
            Why::Origin(OriginProblem::NotJustAnOrigin) => {
                f.write_str("must be an origin such as https://example.com, with no path")
            }
            Why::NotAbsolute => f.write_str("must be a full http(s) address"),
        }
    }
}
