//! The widget's configuration, read from URL parameters (which `embed.js` fills from the
//! host element's data attributes; the same parameters work on the widget page directly).
//! A boundary: raw text in, a checked `Config` plus specific problems out; a bad value falls
//! back to its default and is reported. Pure: no web imports, so it is tested natively.

use crate::engine::Assessment;

/// A URL that is safe to render as a link or an image: `http:`, `https:` or relative.
/// Only `SafeUrl::parse` makes one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeUrl(String);

impl SafeUrl {
    pub fn parse(raw: &str) -> Result<SafeUrl, String> {
        let url = raw.trim();
        if url.is_empty() {
            return Err("is empty".into());
        }
        if url.len() > 2000 {
            return Err("is longer than 2000 characters".into());
        }
        if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err("contains spaces or control characters".into());
        }
        // Browsers read '\\' as '/' in web addresses ("/\\evil.example" is protocol-relative),
        // so every check below does too.
        let slashed = url.replace('\\', "/");
        // A scheme is letters, digits, '+', '-', '.' before the first ':' that comes before
        // any '/', '?' or '#'. Without one, the URL is relative, which is safe.
        let scheme_end = slashed.find(':').filter(|&i| !slashed[..i].contains(['/', '?', '#']));
        match scheme_end.map(|i| slashed[..i].to_ascii_lowercase()) {
            None if slashed.starts_with("//") => {
                Err("must not be protocol-relative (start with http:// or https://)".into())
            }
            None => Ok(SafeUrl(url.to_string())),
            Some(s) if s == "http" || s == "https" => match slashed[s.len() + 1..].strip_prefix("//") {
                Some(rest) => {
                    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
                    authority_problem(authority).map_or_else(|| Ok(SafeUrl(url.to_string())), Err)
                }
                None => Err("is not a complete web address".into()),
            },
            Some(s) => Err(format!("uses \"{}:\"; only http:, https: or relative addresses are allowed", shorten(&s))),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why the host (and port) of an absolute address cannot be opened, if it cannot: what the
/// WHATWG URL parser would refuse, and user names (`https://trusted@evil.example`).
/// Deliberately stricter than browsers: names must be ASCII (punycode for others), and
/// numeric hosts plain dotted IPv4.
fn authority_problem(authority: &str) -> Option<String> {
    if authority.contains('@') {
        return Some("must not contain a user name or password (@)".into());
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((inside, "")) if ipv6(inside) => ("[]", None),
            Some((inside, after)) if ipv6(inside) && after.starts_with(':') => ("[]", Some(&after[1..])),
            _ => return Some("has an IPv6 address that is not valid".into()),
        },
        None => match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    let port_ok = match port {
        None | Some("") => true,
        Some(p) => p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u32>().is_ok_and(|n| n <= 65535),
    };
    if !port_ok {
        return Some("has a port that is not a number from 0 to 65535".into());
    }
    if host == "[]" {
        return None;
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.') {
        return Some("does not have a valid host name (letters, digits, '-' and '.'; punycode for others)".into());
    }
    let labels: Vec<&str> = name.split('.').collect();
    let numeric = |l: &str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit());
    let ends_numeric = labels.last().is_some_and(|l| numeric(l) || l.to_ascii_lowercase().starts_with("0x"));
    if labels.iter().any(|l| l.is_empty()) && name.contains("..") {
        return Some("does not have a valid host name (an empty part between dots)".into());
    }
    if ends_numeric
        && !(labels.len() == 4 && labels.iter().all(|l| numeric(l) && l.parse::<u32>().is_ok_and(|n| n <= 255)))
    {
        return Some("has a numeric host that is not an IPv4 address like 192.0.2.1".into());
    }
    None
}

/// An IPv6 address as written between brackets: hex groups, at most one "::".
fn ipv6(inside: &str) -> bool {
    let groups_ok = |part: &str| {
        part.is_empty()
            || part.split(':').all(|g| !g.is_empty() && g.len() <= 4 && g.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    let count = |part: &str| if part.is_empty() { 0 } else { part.split(':').count() };
    match inside.split_once("::") {
        Some((a, b)) => !b.contains("::") && groups_ok(a) && groups_ok(b) && count(a) + count(b) <= 7,
        None => groups_ok(inside) && count(inside) == 8,
    }
}

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

/// An sRGB colour from `#rgb` or `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

impl Color {
    pub fn parse(raw: &str) -> Option<Color> {
        let hex = raw.trim().strip_prefix('#')?;
        let digit = |i: usize| u8::from_str_radix(hex.get(i..i + 1)?, 16).ok();
        let pair = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        match hex.len() {
            3 => Some(Color(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Color(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// Mixes towards `target` in steps until the contrast with `against` reaches `ratio`.
    /// Keeps the host's hue as far as possible while guaranteeing readable text.
    pub fn until_contrast(self, against: Color, target: Color, ratio: f64) -> Color {
        let mix = |t: f64| {
            let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
            Color(m(self.0, target.0), m(self.1, target.1), m(self.2, target.2))
        };
        (0..=20).map(|i| mix(f64::from(i) / 20.0)).find(|c| c.contrast(against) >= ratio).unwrap_or(target)
    }
}

/// The accent colour in the forms the stylesheet needs, each meeting WCAG AA (4.5:1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accent {
    /// For text, links and marks on the light background.
    pub on_light: String,
    /// For text, links and marks on the dark background.
    pub on_dark: String,
    /// Text on a button filled with `on_light` / `on_dark`.
    pub ink_light: String,
    pub ink_dark: String,
}

const LIGHT_BG: Color = Color(0xff, 0xff, 0xff);
const DARK_BG: Color = Color(0x1b, 0x23, 0x20);
const BLACK: Color = Color(0, 0, 0);
const WHITE: Color = Color(0xff, 0xff, 0xff);

impl Accent {
    pub fn from_color(c: Color) -> Accent {
        let on_light = c.until_contrast(LIGHT_BG, BLACK, 4.5);
        let on_dark = c.until_contrast(DARK_BG, WHITE, 4.5);
        let ink = |fill: Color| if fill.contrast(WHITE) >= fill.contrast(BLACK) { WHITE } else { BLACK };
        Accent {
            on_light: on_light.hex(),
            on_dark: on_dark.hex(),
            ink_light: ink(on_light).hex(),
            ink_dark: ink(on_dark).hex(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub assessment: Assessment,
    /// Whether the host chose the assessment; if not, the intro offers the other one.
    pub assessment_fixed: bool,
    /// A language code the host asked for (`en`, `de`, `es`, `ar`); None: the browser's.
    pub lang: Option<String>,
    pub theme: Theme,
    pub accent: Option<Accent>,
    pub company: Option<String>,
    pub logo: Option<SafeUrl>,
    pub cta_label: Option<String>,
    pub cta_url: Option<SafeUrl>,
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
    /// Problems with the parameters, each a sentence for the host to act on.
    pub problems: Vec<String>,
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
            accent: None,
            company: None,
            logo: None,
            cta_label: None,
            cta_url: None,
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
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

fn flag(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "yes" | "1" | "on" => Some(true),
        "false" | "no" | "0" | "off" => Some(false),
        _ => None,
    }
}

/// Plain text for names and labels: trimmed, no control characters, at most `max` characters.
fn text(value: &str, max: usize) -> Result<String, String> {
    let v = value.trim();
    if v.is_empty() {
        return Err("is empty".into());
    }
    if v.chars().any(char::is_control) {
        return Err("contains control characters".into());
    }
    if v.chars().count() > max {
        return Err(format!("is longer than {max} characters"));
    }
    Ok(v.to_string())
}

/// An origin like `https://example.com` or `http://127.0.0.1:8080`.
fn origin(value: &str) -> Result<String, String> {
    let v = value.trim();
    let rest = v
        .strip_prefix("https://")
        .or_else(|| v.strip_prefix("http://"))
        .ok_or("must start with http:// or https://")?;
    let ok =
        !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    if ok {
        Ok(v.to_string())
    } else {
        Err("must be an origin such as https://example.com, with no path".into())
    }
}

impl Config {
    /// Parses a query string such as `?assessment=team&accent=%230a7`. Unknown parameters are
    /// ignored (hosts add their own tracking parameters); known ones with bad values are
    /// reported and fall back to their defaults.
    pub fn from_query(query: &str) -> Config {
        let mut c = Config::default();
        // A cta-url that was given but refused has been reported already.
        let mut cta_url_given = false;
        for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            cta_url_given |= key == "cta-url";
            let mut bad = |what: String| c.problems.push(format!("{key} \"{}\" {what}", shorten(&value)));
            match key.as_ref() {
                "assessment" => match Assessment::from_code(value.trim()) {
                    Some(a) => {
                        c.assessment = a;
                        c.assessment_fixed = true;
                    }
                    None => {
                        bad("is not known; use \"candidate\" or \"team\". Showing the candidate assessment.".into())
                    }
                },
                "lang" => match Lang::from_tag(&value) {
                    Some(lang) => c.lang = Some(lang.code().to_string()),
                    None => bad(format!(
                        "is not available; use one of {}. Using the browser's language.",
                        Lang::ALL.map(Lang::code).join(", ")
                    )),
                },
                "theme" => match Theme::from_code(value.trim()) {
                    Some(theme) => c.theme = theme,
                    None => bad("is not one of light, dark, auto. Following the system setting.".into()),
                },
                "accent" => match Color::parse(&value) {
                    Some(color) => c.accent = Some(Accent::from_color(color)),
                    None => bad("is not a colour like #0a7 or #00aa77. Using the default colour.".into()),
                },
                "company" => match text(&value, 60) {
                    Ok(t) => c.company = Some(t),
                    Err(e) => bad(format!("{e}. No company name is shown.")),
                },
                "logo" => match SafeUrl::parse(&value) {
                    Ok(u) => c.logo = Some(u),
                    Err(e) => bad(format!("{e}. No logo is shown.")),
                },
                "cta-label" => match text(&value, 40) {
                    Ok(t) => c.cta_label = Some(t),
                    Err(e) => bad(format!("{e}. The default button label is used.")),
                },
                "cta-url" => match SafeUrl::parse(&value) {
                    Ok(u) => c.cta_url = Some(u),
                    Err(e) => bad(format!("{e}. No call-to-action button is shown.")),
                },
                "intro" => match flag(&value) {
                    Some(b) => c.show_intro = b,
                    None => bad("is not true or false. The intro is shown.".into()),
                },
                "bank" => {
                    if value.trim() == "inline" {
                        c.bank = Some(BankSource::Inline);
                    } else {
                        match SafeUrl::parse(&value) {
                            Ok(u) => c.bank = Some(BankSource::Url(u)),
                            Err(e) => bad(format!("{e}. The built-in questions are used.")),
                        }
                    }
                }
                "send-answers" => match flag(&value) {
                    Some(b) => c.send_answers = b,
                    None => bad("is not true or false. Answers are not sent.".into()),
                },
                "preview" => match flag(&value) {
                    Some(b) => c.preview = b,
                    None => bad("is not true or false.".into()),
                },
                "frame" => match text(&value, 64) {
                    Ok(t) if t.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_') => {
                        c.frame = Some(t)
                    }
                    _ => bad("is not a frame id (letters, digits, '-', '_').".into()),
                },
                "host" => match origin(&value) {
                    Ok(o) => c.host = Some(o),
                    Err(e) => bad(format!("{e}. No events are sent to the host page.")),
                },
                "page" => match SafeUrl::parse(&value) {
                    Ok(u) if u.as_str().starts_with("http") => c.page = Some(u),
                    Ok(_) => bad("must be a full http(s) address. Result links point at the widget page.".into()),
                    Err(e) => bad(format!("{e}. Result links point at the widget page.")),
                },
                _ => {}
            }
        }
        // A host can only make links to its own pages.
        if let (Some(page), Some(host)) = (&c.page, &c.host) {
            if !page.as_str().starts_with(&format!("{host}/")) && page.as_str() != host {
                c.problems.push("page is not on the host's origin. Result links point at the widget page.".into());
                c.page = None;
            }
        } else if c.page.is_some() {
            c.page = None;
        }
        if c.cta_label.is_some() && c.cta_url.is_none() && !cta_url_given {
            c.problems.push("cta-label is set but cta-url is missing. No call-to-action button is shown.".into());
        }
        c
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

/// `url` with query parameter `key` set to `value` (replacing it if present), keeping every
/// other parameter and dropping any fragment. For the language and assessment switchers.
pub fn url_with_param(url: &str, key: &str, value: &str) -> String {
    rebuild(url, &[key], Some((key, value)))
}

/// `url` without the given query parameters (and without a fragment): share links must not
/// carry one frame's id, host or host page.
pub fn url_without_params(url: &str, keys: &[&str]) -> String {
    rebuild(url, keys, None)
}

/// `url` without its fragment and the parameters `drop`, then with `add` appended.
fn rebuild(url: &str, drop: &[&str], add: Option<(&str, &str)>) -> String {
    let url = url.split('#').next().unwrap_or("");
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(query.as_bytes()).filter(|(k, _)| !drop.contains(&k.as_ref())) {
        out.append_pair(&k, &v);
    }
    if let Some((k, v)) = add {
        out.append_pair(k, v);
    }
    match out.finish() {
        query if query.is_empty() => path.to_string(),
        query => format!("{path}?{query}"),
    }
}
