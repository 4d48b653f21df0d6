//! The contact form (`lead`): the host's settings, the check of what the visitor typed, the
//! bodies sent to an endpoint and to HubSpot (its documented shape), what a refusal means,
//! and the form as rendered: after the result, every field labelled, consent unticked.

use std::rc::Rc;

use rolefit::config::{Config, Param, Problem};
use rolefit::lead::{self, Destination, Failure, Field, Invalid};
use rolefit::ui::i18n::Texts;
use rolefit::ui::lead_form::{LeadContext, LeadForm, LeadFormProps};
use serde_json::json;

const ON: &str = "?lead=name*,email*,company,message&lead-privacy=%2Fprivacy&company=Acme";

#[test]
fn the_host_turns_the_form_on_and_must_name_its_privacy_page() {
    let c = Config::from_query(&format!("{ON}&lead-url=https%3A%2F%2Fcrm.example%2Fleads"));
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    let form = c.lead.expect("a form");
    assert_eq!(
        form.fields,
        [(Field::Name, true), (Field::Email, true), (Field::Company, false), (Field::Message, false)]
    );
    assert!(matches!(form.destination, Destination::Endpoint(ref u) if u.as_str() == "https://crm.example/leads"));
    let hub = Config::from_query(&format!("{ON}&lead-hubspot=123456%3Aab12cd34-0000-4a5b-9c8d-1234567890ab"));
    assert!(
        matches!(hub.lead.map(|f| f.destination), Some(Destination::HubSpot { ref portal, .. }) if portal == "123456")
    );
    let c = Config::from_query("?lead=name,email*");
    assert!(c.lead.is_none() && c.problems == [Problem::LeadWithoutPrivacy], "{:?}", c.problems);
    let c = Config::from_query("?lead=name,company&lead-privacy=%2Fp");
    assert!(c.lead.is_none() && c.problems == [Problem::LeadWithoutContact]);
    let c = Config::from_query("?lead=name,email,shoe-size&lead-privacy=%2Fp");
    assert!(matches!(c.problems[..], [Problem::Value { param: Param::Lead, .. }]), "{:?}", c.problems);
    let c = Config::from_query(&format!("{ON}&lead-hubspot=abc"));
    assert!(matches!(c.problems[..], [Problem::Value { param: Param::LeadHubSpot, .. }]));
    assert_eq!(c.lead.map(|f| f.destination), Some(Destination::Event), "the event still works");
    let c = Config::from_query(&format!("{ON}&lead-url=%2Fx&lead-hubspot=1%3Aab"));
    assert_eq!(c.problems, [Problem::LeadTwoDestinations]);
    assert!(c.problems[0].to_string().contains("choose one"));
}

#[test]
fn nothing_goes_without_consent_and_required_fields() {
    let form = Config::from_query(ON).lead.expect("a form");
    let v = |pairs: &[(Field, &str)]| pairs.iter().map(|&(f, s)| (f, s.to_string())).collect::<Vec<_>>();
    assert_eq!(
        form.check(&v(&[(Field::Name, "  ")]), false),
        Err(vec![Invalid::Missing(Field::Name), Invalid::Missing(Field::Email), Invalid::NoConsent])
    );
    assert_eq!(form.check(&v(&[(Field::Name, "Ada"), (Field::Email, "ada@")]), true), Err(vec![Invalid::NotAnEmail]));
    let long = "x".repeat(2001);
    assert_eq!(
        form.check(&v(&[(Field::Name, "Ada"), (Field::Email, "ada@example.com"), (Field::Message, &long)]), true),
        Err(vec![Invalid::TooLong(Field::Message)])
    );
    // Trimmed, empty optional fields left out, in the host's order.
    assert_eq!(
        form.check(
            &v(&[(Field::Email, " ada@example.com "), (Field::Company, ""), (Field::Name, "Ada Lovelace")]),
            true
        ),
        Ok(lead::Contact(v(&[(Field::Name, "Ada Lovelace"), (Field::Email, "ada@example.com")])))
    );
}

#[test]
fn the_endpoint_gets_the_lead_event_s_fields_and_hubspot_its_documented_shape() {
    let contact =
        lead::Contact(vec![(Field::Name, "Ada Lovelace".to_string()), (Field::Email, "ada@example.com".to_string())]);
    let pass = [("utm_source".to_string(), "news".to_string())];
    let body = lead::EndpointBody {
        assessment: "team",
        outcome: "add-po+pjm",
        contact: &contact,
        answers: None,
        variant: Some("B"),
        params: &pass,
    };
    let json = |s: &str| serde_json::from_str::<serde_json::Value>(s).expect("JSON");
    assert_eq!(
        json(&body.to_json()),
        json!({"assessment": "team", "outcome": "add-po+pjm", "contact": {"name": "Ada Lovelace", "email": "ada@example.com"},
            "variant": "B", "params": {"utm_source": "news"}})
    );
    let (url, body) = lead::hubspot_request(
        "123",
        "ab-cd",
        &contact,
        "https://acme.example/",
        "PO first (rolefit po-first)",
        "I agree",
    );
    assert_eq!(url, "https://api.hsforms.com/submissions/v3/integration/submit/123/ab-cd");
    assert_eq!(
        json(&body),
        json!({
            "fields": [
                {"objectTypeId": "0-1", "name": "firstname", "value": "Ada"},
                {"objectTypeId": "0-1", "name": "lastname", "value": "Lovelace"},
                {"objectTypeId": "0-1", "name": "email", "value": "ada@example.com"}
            ],
            "context": {"pageUri": "https://acme.example/", "pageName": "PO first (rolefit po-first)"},
            "legalConsentOptions": {"consent": {"consentToProcess": true, "text": "I agree"}}
        })
    );
}

#[test]
fn a_refusal_names_the_server_s_reason() {
    use lead::Body;
    let json = |message: Option<&str>, error: Option<&str>, errors: &[&str]| Body::Json {
        message: message.map(Into::into),
        error: error.map(Into::into),
        errors: errors.iter().map(|e| e.to_string()).collect(),
    };
    assert_eq!(lead::failure_of(204, &Body::Text(String::new())), None);
    assert_eq!(
        lead::failure_of(422, &json(Some("E-mail already registered"), None, &[])),
        Some(Failure::Refused { status: 422, reason: Some("E-mail already registered".into()) })
    );
    // HubSpot: the first of its errors, before its general message.
    let hubspot = json(Some("The request is not valid"), None, &["Error in 'fields.email'. Invalid email address"]);
    assert_eq!(
        lead::failure_of(400, &hubspot),
        Some(Failure::Refused { status: 400, reason: Some("Error in 'fields.email'. Invalid email address".into()) })
    );
    assert_eq!(
        lead::failure_of(400, &json(None, Some("bad_request"), &[])),
        Some(Failure::Refused { status: 400, reason: Some("bad_request".into()) })
    );
    assert_eq!(
        lead::failure_of(403, &Body::not_an_object("Forbidden\n")),
        Some(Failure::Refused { status: 403, reason: Some("Forbidden".into()) })
    );
    assert_eq!(lead::failure_of(400, &json(None, None, &[])), Some(Failure::Refused { status: 400, reason: None }));
    assert_eq!(
        lead::failure_of(400, &Body::not_an_object("[1, 2]")),
        Some(Failure::Refused { status: 400, reason: None })
    );
    assert_eq!(
        lead::failure_of(400, &Body::not_an_object("{ broken")),
        Some(Failure::Refused { status: 400, reason: None })
    );
    // At most 200 characters, no control characters.
    let long = format!("a\u{7}{}", "b".repeat(300));
    let Some(Failure::Refused { reason: Some(r), .. }) = lead::failure_of(400, &Body::Text(long)) else {
        panic!("a reason")
    };
    assert_eq!(r.chars().count(), 200);
    assert!(!r.contains('\u{7}'));
    assert_eq!(lead::failure_of(503, &Body::Text("down".into())), Some(Failure::ServerError { status: 503 }));
}

#[test]
fn the_form_labels_every_field_and_leaves_consent_unticked() {
    let config = Config::from_query(ON);
    let form = config.lead.clone().expect("a form");
    let context = LeadContext {
        host: config.host.clone(),
        frame: None,
        variant: None,
        pass: Vec::new(),
        company: config.company.clone(),
        assessment: "candidate".into(),
        outcome: "po".into(),
        title: "Product Owner".into(),
        page: "https://acme.example/".into(),
        answers: None,
    };
    let props = LeadFormProps { form, context, texts: Rc::new(Texts::english()) };
    let html = crate::support::render::<LeadForm>(props);
    assert!(html.contains("Would you like Acme to get in touch?"), "{html}");
    for (id, label) in [("name", "Name"), ("email", "E-mail"), ("company", "Company"), ("message", "Message")] {
        assert!(html.contains(&format!("<label for=\"rf-contact-{id}\">{label}")), "{id}: {html}");
    }
    assert_eq!(html.matches("(required)").count(), 2, "{html}");
    assert!(html.contains("type=\"email\"") && html.contains("autocomplete=\"email\""), "{html}");
    assert!(html.contains("<textarea"), "{html}");
    assert!(html.contains("I agree that Acme may store these details"), "{html}");
    assert!(html.contains("href=\"/privacy\""), "{html}");
    let consent =
        html.split("id=\"rf-contact-consent\"").nth(1).and_then(|s| s.split('>').next()).expect("consent box");
    assert!(!consent.contains("checked"), "unticked: {consent}");
}

#[test]
fn a_failed_send_keeps_what_was_typed_and_the_host_hears_the_lead_once() {
    use rolefit::lead::{Draft, Edit, Status};
    let form = Config::from_query(ON).lead.expect("a form");
    let mut d = Draft::default()
        .apply(Edit::Type(Field::Name, "Ada".into()))
        .apply(Edit::Type(Field::Email, "ada@example.com".into()))
        .apply(Edit::Type(Field::Name, "Ada Lovelace".into()));
    assert_eq!(d.value(Field::Name), "Ada Lovelace", "the last text of a field counts");
    assert_eq!(d.submit(&form), Some(Err(vec![Invalid::NoConsent])));
    d = d.apply(Edit::Consent(true));
    let Some(Ok(_)) = d.submit(&form) else { panic!("ready to send") };
    d = d.apply(Edit::Submitted(Ok(())));
    assert_eq!(d.status, Status::Sending);
    assert_eq!(d.submit(&form), None, "no second send while one is under way");
    d = d.apply(Edit::Done(Some(Failure::TimedOut)));
    assert_eq!(d.status, Status::Failed(Failure::TimedOut));
    assert_eq!((d.value(Field::Name), d.value(Field::Email), d.consent), ("Ada Lovelace", "ada@example.com", true));
    // Corrected and retried: the host hears the lead once, with the contact that arrived.
    d = d.apply(Edit::Type(Field::Email, "ada@lovelace.example".into()));
    let Some(Ok(contact)) = d.submit(&form) else { panic!("nothing arrived yet, so a retry sends") };
    assert_eq!(contact.0[1], (Field::Email, "ada@lovelace.example".to_string()));
    let sent = d.apply(Edit::Submitted(Ok(()))).apply(Edit::Done(None));
    assert_eq!(sent.status, Status::Sent);
    assert_eq!(sent.submit(&form), None, "once a contact arrived, nothing is sent again");
}
