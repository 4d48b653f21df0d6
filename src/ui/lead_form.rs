//! The contact form after a result, when the host turned it on (`lead`): never before the
//! result, never required to see it. `lead` checks what is typed and builds what is sent;
//! this keeps what the visitor typed (a failed send loses nothing), performs the request and
//! shows its state: sending, sent, or failed with the reason and a retry.

use std::rc::Rc;

use yew::prelude::*;

use crate::contract::Sender;
use crate::contract::{AnswerDetail, Event as HostEvent};
use crate::lead::{self, Contact, Destination, Draft, Edit, EndpointBody, Failure, Field, Invalid, Status};

use super::browser;
use super::i18n::Texts;

/// The result the contact is about, and where the form's messages go.
#[derive(Clone, PartialEq)]
pub struct LeadContext {
    /// The host's origin, the frame, its variant and campaign parameters (from `Config`).
    pub host: Option<String>,
    pub frame: Option<String>,
    pub variant: Option<String>,
    pub pass: Vec<(String, String)>,
    pub company: Option<String>,
    pub assessment: String,
    pub outcome: String,
    /// The result's title (HubSpot's page name) and the host page's address.
    pub title: String,
    pub page: String,
    /// The answers, only when the visitor consented to send them.
    pub answers: Option<Vec<AnswerDetail>>,
}

#[derive(Properties, PartialEq)]
pub struct LeadFormProps {
    pub form: lead::Form,
    pub context: LeadContext,
    pub texts: Rc<Texts>,
}

/// The draft in a Yew reducer: `lead::Draft::apply` decides each change.
#[derive(Default, PartialEq)]
struct DraftState(Draft);

impl Reducible for DraftState {
    type Action = Edit;
    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        Rc::new(DraftState(self.0.apply(edit)))
    }
}

#[component]
pub fn LeadForm(props: &LeadFormProps) -> Html {
    let t = &props.texts;
    let state = use_reducer(DraftState::default);
    let draft = &state.0;
    let who = props.context.company.clone().unwrap_or_else(|| t.get("consent.who_default"));
    let consent_text = t.fill("lead.consent", &[("who", &who)]);

    let on_submit = {
        let state = state.clone();
        let (form, context, consent_text) = (props.form.clone(), props.context.clone(), consent_text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match state.0.submit(&form) {
                None => {}
                Some(Err(list)) => {
                    if let Some(first) = list.first() {
                        browser::focus_by_id(&input_id(*first));
                    }
                    state.dispatch(Edit::Submitted(Err(list)));
                }
                Some(Ok(contact)) => {
                    state.dispatch(Edit::Submitted(Ok(())));
                    let (state, form, context, text) =
                        (state.clone(), form.clone(), context.clone(), consent_text.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        state.dispatch(Edit::Done(send(&form, &context, &contact, &text).await));
                    });
                }
            }
        })
    };

    if draft.status == Status::Sent {
        return html! {
            <section class="rf-section rf-contact" aria-labelledby="rf-contact">
                <h3 id="rf-contact">{ t.fill("lead.title", &[("who", &who)]) }</h3>
                <p class="rf-contact-sent" role="status">{ t.fill("lead.sent", &[("who", &who)]) }</p>
            </section>
        };
    }
    let sending = draft.status == Status::Sending;
    let field_problem = |field: Field| {
        draft.problems.iter().find_map(|p| match *p {
            Invalid::Missing(f) if f == field => Some(t.get("lead.invalid.missing")),
            Invalid::TooLong(f) if f == field => Some(t.get("lead.invalid.too_long")),
            Invalid::NotAnEmail if field == Field::Email => Some(t.get("lead.invalid.email")),
            _ => None,
        })
    };
    let fields = props.form.fields.iter().map(|&(field, required)| {
        let id = input_id(Invalid::Missing(field));
        let error = field_problem(field);
        let error_id = format!("{id}-error");
        let value = draft.value(field).to_string();
        let oninput = {
            let state = state.clone();
            Callback::from(move |text: String| state.dispatch(Edit::Type(field, text)))
        };
        let (kind, autocomplete) = match field {
            Field::Name => ("text", "name"),
            Field::Email => ("email", "email"),
            Field::Company => ("text", "organization"),
            Field::Phone => ("tel", "tel"),
            Field::Message => ("", "off"),
        };
        let label = t.get(&format!("lead.field.{}", field.code()));
        let invalid = error.is_some().then_some("true");
        let described = error.is_some().then(|| error_id.clone());
        html! {
            <div class="rf-field">
                <label for={id.clone()}>
                    { label }
                    if required { <span class="rf-meta">{ " " }{ t.get("lead.required") }</span> }
                </label>
                if field == Field::Message {
                    <textarea id={id.clone()} name={field.code()} rows="4" maxlength={field.max().to_string()}
                        value={value} aria-invalid={invalid} aria-describedby={described} disabled={sending}
                        oninput={oninput.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value())} />
                } else {
                    <input id={id.clone()} type={kind} name={field.code()} autocomplete={autocomplete}
                        maxlength={field.max().to_string()} required={required}
                        value={value} aria-invalid={invalid} aria-describedby={described} disabled={sending}
                        oninput={oninput.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value())} />
                }
                if let Some(message) = error { <p class="rf-field-error" id={error_id}>{ message }</p> }
            </div>
        }
    });
    let consent_missing = draft.problems.contains(&Invalid::NoConsent);
    let on_consent = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            state.dispatch(Edit::Consent(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))
        })
    };
    let line = match &draft.status {
        Status::Sending => t.get("lead.sending"),
        Status::Failed(f) => failure_text(f, &who, t),
        Status::Editing | Status::Sent => String::new(),
    };
    let button = match &draft.status {
        Status::Sending => t.get("lead.sending"),
        Status::Failed(_) => t.get("lead.retry"),
        Status::Editing | Status::Sent => t.get("lead.send"),
    };
    html! {
        <section class="rf-section rf-contact" aria-labelledby="rf-contact">
            <h3 id="rf-contact">{ t.fill("lead.title", &[("who", &who)]) }</h3>
            <p>{ t.get("lead.intro") }</p>
            <form class="rf-contact-form" novalidate=true onsubmit={on_submit} aria-busy={sending.then_some("true")}>
                { for fields }
                <label class="rf-keep-toggle rf-consent" for="rf-contact-consent">
                    <input id="rf-contact-consent" type="checkbox" checked={draft.consent} onchange={on_consent} disabled={sending}
                        aria-invalid={consent_missing.then_some("true")}
                        aria-describedby={consent_missing.then_some("rf-contact-consent-error")} />
                    <span>{ consent_text }</span>
                </label>
                <p class="rf-meta"><a href={props.form.privacy.as_str().to_string()} target="_blank" rel="noopener">{ t.fill("lead.privacy", &[("who", &who)]) }</a></p>
                if consent_missing { <p class="rf-field-error" id="rf-contact-consent-error">{ t.get("lead.invalid.consent") }</p> }
                <button type="submit" class="rf-button rf-primary" aria-disabled={sending.then_some("true")}>{ button }</button>
                <p class="rf-meta rf-contact-status" data-failed={matches!(draft.status, Status::Failed(_)).then_some("true")} role="status">{ line }</p>
            </form>
        </section>
    }
}

/// The id of the input a problem is about (the consent box for a missing consent).
fn input_id(problem: Invalid) -> String {
    match problem {
        Invalid::Missing(f) | Invalid::TooLong(f) => format!("rf-contact-{}", f.code()),
        Invalid::NotAnEmail => "rf-contact-email".to_string(),
        Invalid::NoConsent => "rf-contact-consent".to_string(),
    }
}

fn failure_text(failure: &Failure, who: &str, t: &Texts) -> String {
    match failure {
        Failure::Refused { reason: Some(reason), .. } => {
            t.fill("lead.failed.refused", &[("who", who), ("reason", reason)])
        }
        Failure::Refused { status, reason: None } => {
            t.fill("lead.failed.refused_plain", &[("who", who), ("status", &status.to_string())])
        }
        Failure::ServerError { status } => {
            t.fill("lead.failed.server", &[("who", who), ("status", &status.to_string())])
        }
        Failure::TimedOut => t.fill("lead.failed.timeout", &[("seconds", &(lead::TIMEOUT_MS / 1000).to_string())]),
        Failure::Network => t.get("lead.failed.network"),
    }
}

/// Sends the contact where the host configured it, and tells the host page (`lead`) once it
/// arrived, with the contact that arrived (a corrected retry is the one the host hears).
async fn send(form: &lead::Form, c: &LeadContext, contact: &Contact, consent_text: &str) -> Option<Failure> {
    let sender = Sender { frame: c.frame.as_deref(), variant: c.variant.as_deref(), params: &c.pass };
    // The form is shown only where a host listens (`ui::app`), so there is always one to tell.
    let arrived = || {
        let event = HostEvent::Lead {
            assessment: c.assessment.clone(),
            outcome: c.outcome.clone(),
            contact: contact.clone(),
            answers: c.answers.clone(),
        };
        browser::post_to_host(c.host.as_deref(), &event.to_message(&sender));
        None
    };
    let (url, body) = match &form.destination {
        Destination::Event => return arrived(),
        Destination::Endpoint(url) => {
            let body = EndpointBody {
                assessment: &c.assessment,
                outcome: &c.outcome,
                contact,
                answers: c.answers.as_deref(),
                variant: c.variant.as_deref(),
                params: &c.pass,
            };
            (url.as_str().to_string(), body.to_json())
        }
        Destination::HubSpot { portal, form } => {
            let page_name = format!("{} (rolefit {})", c.title, c.outcome);
            lead::hubspot_request(portal, form, contact, &c.page, &page_name, consent_text)
        }
    };
    match browser::post_json(&url, &body, lead::TIMEOUT_MS).await {
        Ok((status, text)) => lead::failure_of(status, &browser::response_body(&text)).or_else(arrived),
        Err(failure) => Some(failure),
    }
}
