//! The contact form after a result (`lead`): which fields the host asked for, the check of
//! what the visitor typed, the bodies sent to the host's endpoint and to HubSpot, and what a
//! refusal means. Pure: the shell keeps what is typed, performs the request and shows the
//! state this module names. Nothing is sent before the visitor submits with consent.

use serde::Serialize;

use crate::config::SafeUrl;
use crate::contract::AnswerDetail;

/// A field of the contact form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Name,
    Email,
    Company,
    Phone,
    Message,
}

impl Field {
    pub const ALL: [Field; 5] = [Field::Name, Field::Email, Field::Company, Field::Phone, Field::Message];

    pub fn code(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Email => "email",
            Field::Company => "company",
            Field::Phone => "phone",
            Field::Message => "message",
        }
    }

    pub fn from_code(code: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The most characters the field takes.
    pub fn max(self) -> usize {
        match self {
            Field::Message => 2000,
            Field::Email | Field::Name | Field::Company => 200,
            Field::Phone => 40,
        }
    }
}

/// Where a submitted contact goes besides the host page's `lead` event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    /// Only the `lead` event: the host's own script sends it on.
    Event,
    /// The host's endpoint: a JSON POST (it must allow the widget's origin, CORS).
    Endpoint(SafeUrl),
    /// HubSpot's public forms submission API, by portal and form id.
    HubSpot { portal: String, form: String },
}

/// The form the host turned on (`lead=name,email*,…`, `lead-privacy`, and where it goes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    /// The fields in the host's order, each required or not.
    pub fields: Vec<(Field, bool)>,
    /// The host's privacy page, linked from the consent box.
    pub privacy: SafeUrl,
    pub destination: Destination,
}

/// What the visitor typed, field by field (trimmed when checked).
pub type Values = Vec<(Field, String)>;

/// Why the form cannot be sent yet, for the field it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    Missing(Field),
    TooLong(Field),
    NotAnEmail,
    /// The consent box is not ticked.
    NoConsent,
}

/// Why a sent contact did not arrive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The server answered no (4xx), with its reason when it gave one.
    Refused { status: u16, reason: Option<String> },
    /// The server failed (5xx or another status).
    ServerError { status: u16 },
    /// No answer in time.
    TimedOut,
    /// No connection, or the endpoint does not allow this origin.
    Network,
}

/// Where a form stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Status {
    #[default]
    Editing,
    Sending,
    Sent,
    Failed(Failure),
}

/// The form as the visitor fills it in: what is typed (kept through a failed send), the
/// consent box, the problems found on the last submit, and where it stands. A contact is
/// sent until one arrives, and never after (`lead` goes out once, with the one that arrived).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub values: Values,
    pub consent: bool,
    pub problems: Vec<Invalid>,
    pub status: Status,
}

/// One change to a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Type(Field, String),
    Consent(bool),
    /// The visitor submitted: sending began (`Ok`), or these problems stop it.
    Submitted(Result<(), Vec<Invalid>>),
    /// The send ended: None for success.
    Done(Option<Failure>),
}

impl Draft {
    pub fn value(&self, field: Field) -> &str {
        self.values.iter().find(|(f, _)| *f == field).map_or("", |(_, v)| v.as_str())
    }

    pub fn apply(&self, edit: Edit) -> Draft {
        let mut next = self.clone();
        match edit {
            Edit::Type(field, text) => {
                next.values.retain(|(f, _)| *f != field);
                next.values.push((field, text));
            }
            Edit::Consent(on) => next.consent = on,
            Edit::Submitted(Ok(())) => {
                next.problems.clear();
                next.status = Status::Sending;
            }
            Edit::Submitted(Err(problems)) => next.problems = problems,
            Edit::Done(None) => next.status = Status::Sent,
            Edit::Done(Some(failure)) => next.status = Status::Failed(failure),
        }
        next
    }

    /// On submit: the contact to send, or every reason it cannot be sent yet; None while a
    /// send is under way or once one arrived.
    pub fn submit(&self, form: &Form) -> Option<Result<Contact, Vec<Invalid>>> {
        matches!(self.status, Status::Editing | Status::Failed(_)).then(|| form.check(&self.values, self.consent))
    }
}

/// How long the widget waits for the endpoint.
pub const TIMEOUT_MS: u32 = 10_000;

impl Form {
    /// The contact to send, or every reason it cannot be sent yet.
    pub fn check(&self, values: &Values, consent: bool) -> Result<Contact, Vec<Invalid>> {
        let mut problems = Vec::new();
        let mut out = Vec::new();
        for &(field, required) in &self.fields {
            let value = values.iter().find(|(f, _)| *f == field).map_or("", |(_, v)| v.trim());
            if value.is_empty() {
                if required {
                    problems.push(Invalid::Missing(field));
                }
                continue;
            }
            if value.chars().count() > field.max() {
                problems.push(Invalid::TooLong(field));
            } else if field == Field::Email && !looks_like_email(value) {
                problems.push(Invalid::NotAnEmail);
            }
            out.push((field, value.to_string()));
        }
        if !consent {
            problems.push(Invalid::NoConsent);
        }
        if problems.is_empty() {
            Ok(Contact(out))
        } else {
            Err(problems)
        }
    }
}

/// One `@` with text before it and a dotted domain after it: the browser's own `type=email`
/// check, roughly; the receiving system makes the real one.
fn looks_like_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// The contact as the visitor typed it, serialized as an object: `{"name": "…", "email": "…"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact(pub Values);

impl Serialize for Contact {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(f, v)| (f.code(), v)))
    }
}

/// What the host's endpoint receives: the `lead` event's fields (the contact, the result,
/// the answers only with the visitor's consent to send them), the variant and the named
/// campaign parameters.
#[derive(Serialize)]
pub struct EndpointBody<'a> {
    pub assessment: &'a str,
    pub outcome: &'a str,
    pub contact: &'a Contact,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answers: Option<&'a [AnswerDetail]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty", serialize_with = "crate::contract::as_text_object")]
    pub params: &'a [(String, String)],
}

impl EndpointBody<'_> {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[derive(Serialize)]
struct HubSpotField<'a> {
    #[serde(rename = "objectTypeId")]
    object_type_id: &'static str,
    name: &'static str,
    value: &'a str,
}

#[derive(Serialize)]
struct HubSpotBody<'a> {
    fields: Vec<HubSpotField<'a>>,
    context: HubSpotContext<'a>,
    #[serde(rename = "legalConsentOptions")]
    legal_consent_options: HubSpotLegal<'a>,
}

#[derive(Serialize)]
struct HubSpotContext<'a> {
    #[serde(rename = "pageUri")]
    page_uri: &'a str,
    #[serde(rename = "pageName")]
    page_name: &'a str,
}

#[derive(Serialize)]
struct HubSpotLegal<'a> {
    consent: HubSpotConsent<'a>,
}

#[derive(Serialize)]
struct HubSpotConsent<'a> {
    #[serde(rename = "consentToProcess")]
    consent_to_process: bool,
    text: &'a str,
}

/// HubSpot's documented submission (Forms API v3, `integration/submit`, which accepts
/// cross-origin requests without a key): the address and the JSON body. The name is split
/// into HubSpot's `firstname` and `lastname` at its first space; the consent box's text is
/// sent as the visitor's consent to processing; the page is the host's, named after the result.
pub fn hubspot_request(
    portal: &str,
    form: &str,
    contact: &Contact,
    page_uri: &str,
    page_name: &str,
    consent_text: &str,
) -> (String, String) {
    let mut fields = Vec::new();
    let mut push = |name: &'static str, value: &str| {
        if !value.is_empty() {
            fields.push((name, value.to_string()));
        }
    };
    for (field, value) in &contact.0 {
        match field {
            Field::Name => {
                let (first, last) = value.split_once(' ').unwrap_or((value, ""));
                push("firstname", first);
                push("lastname", last.trim());
            }
            Field::Email => push("email", value),
            Field::Company => push("company", value),
            Field::Phone => push("phone", value),
            Field::Message => push("message", value),
        }
    }
    let body = HubSpotBody {
        fields: fields.iter().map(|(name, value)| HubSpotField { object_type_id: "0-1", name, value }).collect(),
        context: HubSpotContext { page_uri, page_name },
        legal_consent_options: HubSpotLegal {
            consent: HubSpotConsent { consent_to_process: true, text: consent_text },
        },
    };
    let url = format!("https://api.hsforms.com/submissions/v3/integration/submit/{portal}/{form}");
    (url, serde_json::to_string(&body).unwrap_or_default())
}

/// A response's body as the shell read it (`browser::response_body`, with the browser's
/// own JSON parser): the visitors' build has no JSON parser of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// A JSON object, with the reasons servers write: `message`, `error`, and HubSpot's
    /// `errors[].message`, each when it is a text.
    Json { message: Option<String>, error: Option<String>, errors: Vec<String> },
    /// JSON of another shape: nothing a person could read.
    OtherJson,
    /// Not JSON: the text itself.
    Text(String),
}

impl Body {
    /// A body that is not a JSON object: a text, unless it looks like JSON (a list, or an
    /// object the parser refused), which has no sentence for a person.
    pub fn not_an_object(text: &str) -> Body {
        if text.trim_start().starts_with(['{', '[']) {
            Body::OtherJson
        } else {
            Body::Text(text.to_string())
        }
    }
}

/// What a response with this status and body means: None for success (2xx).
pub fn failure_of(status: u16, body: &Body) -> Option<Failure> {
    match status {
        200..=299 => None,
        400..=499 => Some(Failure::Refused { status, reason: reason(body) }),
        _ => Some(Failure::ServerError { status }),
    }
}

/// The reason a refusing server gave: HubSpot's first `errors[].message`, else `message` or
/// `error` of a JSON body, else its text (not a JSON body's); at most 200 characters, no
/// control characters.
fn reason(body: &Body) -> Option<String> {
    let text = match body {
        Body::Json { message, error, errors } => {
            errors.first().or(message.as_ref()).or(error.as_ref()).cloned().unwrap_or_default()
        }
        Body::OtherJson => String::new(),
        Body::Text(text) => text.clone(),
    };
    let clean: String = text.chars().filter(|c| !c.is_control()).take(200).collect();
    let clean = clean.trim();
    (!clean.is_empty()).then(|| clean.to_string())
}
