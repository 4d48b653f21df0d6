//! Web addresses from the host: the `SafeUrl` check and the query helpers the switchers and
//! share links use.

/// A URL that is safe to render as a link or an image: `http:`, `https:` or relative.
/// Only `SafeUrl::parse` makes one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeUrl(String);

impl SafeUrl {
    pub fn parse(raw: &str) -> Result<SafeUrl, UrlProblem> {
        let url = raw.trim();
        if url.is_empty() {
            return Err(UrlProblem::Empty);
        }
        if url.len() > 2000 {
            return Err(UrlProblem::TooLong);
        }
        if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(UrlProblem::Spaces);
        }
        // Browsers read '\\' as '/' in web addresses ("/\\evil.example" is protocol-relative),
        // so every check below does too.
        let slashed = url.replace('\\', "/");
        // A scheme is letters, digits, '+', '-', '.' before the first ':' that comes before
        // any '/', '?' or '#'. Without one, the URL is relative, which is safe.
        let scheme_end = slashed.find(':').filter(|&i| !slashed[..i].contains(['/', '?', '#']));
        match scheme_end.map(|i| slashed[..i].to_ascii_lowercase()) {
            None if slashed.starts_with("//") => Err(UrlProblem::ProtocolRelative),
            None => Ok(SafeUrl(url.to_string())),
            Some(s) if s == "http" || s == "https" => match slashed[s.len() + 1..].strip_prefix("//") {
                Some(rest) => {
                    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
                    authority_problem(authority).map_or_else(|| Ok(SafeUrl(url.to_string())), Err)
                }
                None => Err(UrlProblem::Incomplete),
            },
            Some(s) => Err(UrlProblem::Scheme(s)),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why an address is not a `SafeUrl`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    Empty,
    TooLong,
    Spaces,
    ProtocolRelative,
    Incomplete,
    /// A scheme other than http or https.
    Scheme(String),
    UserInfo,
    Ipv6,
    Port,
    HostName,
    EmptyLabel,
    NumericHost,
}

impl std::fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            UrlProblem::Empty => "is empty",
            UrlProblem::TooLong => "is longer than 2000 characters",
            UrlProblem::Spaces => "contains spaces or control characters",
            UrlProblem::ProtocolRelative => "must not be protocol-relative (start with http:// or https://)",
            UrlProblem::Incomplete => "is not a complete web address",
            UrlProblem::Scheme(s) => {
                let s = super::shorten(s);
                return write!(f, "uses \"{s}:\"; only http:, https: or relative addresses are allowed");
            }
            UrlProblem::UserInfo => "must not contain a user name or password (@)",
            UrlProblem::Ipv6 => "has an IPv6 address that is not valid",
            UrlProblem::Port => "has a port that is not a number from 0 to 65535",
            UrlProblem::HostName => {
                "does not have a valid host name (letters, digits, '-' and '.'; punycode for others)"
            }
            UrlProblem::EmptyLabel => "does not have a valid host name (an empty part between dots)",
            UrlProblem::NumericHost => "has a numeric host that is not an IPv4 address like 192.0.2.1",
        })
    }
}

/// Why the host (and port) of an absolute address cannot be opened, if it cannot: what the
/// WHATWG URL parser would refuse, and user names (`https://trusted@evil.example`).
/// Deliberately stricter than browsers: names must be ASCII (punycode for others), and
/// numeric hosts plain dotted IPv4.
fn authority_problem(authority: &str) -> Option<UrlProblem> {
    if authority.contains('@') {
        return Some(UrlProblem::UserInfo);
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((inside, "")) if ipv6(inside) => ("[]", None),
            Some((inside, after)) if ipv6(inside) && after.starts_with(':') => ("[]", Some(&after[1..])),
            _ => return Some(UrlProblem::Ipv6),
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
        return Some(UrlProblem::Port);
    }
    if host == "[]" {
        return None;
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.') {
        return Some(UrlProblem::HostName);
    }
    let labels: Vec<&str> = name.split('.').collect();
    let numeric = |l: &str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit());
    let ends_numeric = labels.last().is_some_and(|l| numeric(l) || l.to_ascii_lowercase().starts_with("0x"));
    if labels.iter().any(|l| l.is_empty()) && name.contains("..") {
        return Some(UrlProblem::EmptyLabel);
    }
    if ends_numeric
        && !(labels.len() == 4 && labels.iter().all(|l| numeric(l) && l.parse::<u32>().is_ok_and(|n| n <= 255)))
    {
        return Some(UrlProblem::NumericHost);
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

/// `url` with query parameter `key` set to `value` (replacing it if present), keeping every
/// other parameter and dropping any fragment. For the language and assessment switchers.
pub fn url_with_param(url: &str, key: &str, value: &str) -> String {
    rebuild(url, &[key], &[(key, value)])
}

/// `url` with its last path segment (the page) replaced by `page`, query and fragment kept:
/// the address of another build's page beside this one (`https://w.example/rf/?a=1` and
/// `…/rf/index.html?a=1` both give `…/rf/team.html?a=1` for `team.html`).
pub fn sibling_page(url: &str, page: &str) -> String {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    let (path, rest) = url.split_at(end);
    // Past the scheme and host: `https://w.example` has no path to take a page from.
    let host_end = path.find("://").map_or(0, |i| i + 3);
    match path[host_end..].rfind('/') {
        Some(slash) => format!("{}{page}{rest}", &path[..host_end + slash + 1]),
        None => format!("{path}/{page}{rest}"),
    }
}

/// `url` without the given query parameters (and without a fragment): share links must not
/// carry one frame's id, host or host page.
pub fn url_without_params(url: &str, keys: &[&str]) -> String {
    rebuild(url, keys, &[])
}

/// `url` with each of `pairs` set (replacing a parameter of that name), everything else as
/// the host wrote it (its other parameters byte for byte, its fragment): the host's
/// campaign parameters on its call-to-action addresses.
pub fn with_params(url: &str, pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return url.to_string();
    }
    let (url, fragment) = url.split_once('#').map_or((url, None), |(u, f)| (u, Some(f)));
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let replaced = |segment: &&str| {
        form_urlencoded::parse(segment.as_bytes()).next().is_some_and(|(k, _)| pairs.iter().any(|(p, _)| *p == k))
    };
    let mut parts: Vec<String> =
        query.split('&').filter(|s| !s.is_empty()).filter(|s| !replaced(s)).map(String::from).collect();
    parts.push(form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish());
    let mut out = format!("{path}?{}", parts.join("&"));
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// The longest `mailto:` address the widget makes: mail programs and browsers accept about
/// 2,000 characters.
pub const MAX_MAILTO: usize = 2000;

/// A `mailto:` address with no recipient (the visitor's own mail program asks), this
/// subject and body. Spaces are `%20`, as mail programs read them (not `+`).
pub fn mailto(subject: &str, body: &str) -> String {
    let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>().replace('+', "%20");
    format!("mailto:?subject={}&body={}", enc(subject), enc(body))
}

/// `url` without its fragment and the parameters `drop`, then with `add` appended.
fn rebuild(url: &str, drop: &[&str], add: &[(&str, &str)]) -> String {
    let url = url.split('#').next().unwrap_or("");
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(query.as_bytes()).filter(|(k, _)| !drop.contains(&k.as_ref())) {
        out.append_pair(&k, &v);
    }
    for (k, v) in add {
        out.append_pair(k, v);
    }
    match out.finish() {
        query if query.is_empty() => path.to_string(),
        query => format!("{path}?{query}"),
    }
}
