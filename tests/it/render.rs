//! Rendering tests, native: Yew's server renderer turns components into HTML without a
//! browser, and the tests assert on what a person would read (headings, labels, table cells).

use crate::support::{content, render};
use std::rc::Rc;

use rolefit::engine::evaluate;
use rolefit::engine::share;
use rolefit::engine::{Action, Assessment, Bank, ChoiceIndex, Content, Flow, QuestionIndex, Screen};
use rolefit::ui::app::App;
use rolefit::ui::i18n::Texts;
use rolefit::ui::question_view::{QuestionView, QuestionViewProps};
use rolefit::ui::result_view::{ResultView, ResultViewProps, ShareActions};
use rolefit::ui::start::Boot;
use yew::Callback;

/// Answers every question with its first choice.
fn first_choices(bank: Rc<Bank>) -> Flow {
    choices_at(bank, 0)
}

/// Answers every question with the choice at `pick`, or its last one if it has fewer.
fn choices_at(bank: Rc<Bank>, pick: usize) -> Flow {
    let mut flow = Flow::new(bank.clone()).apply(Action::Start);
    while let Screen::Question(q) = flow.screen() {
        if !flow.can_continue() {
            let n = bank.question(q).choices.len();
            flow = flow.apply(Action::Pick(q, ChoiceIndex(pick.min(n - 1))));
        }
        flow = flow.apply(Action::Next);
    }
    flow
}

#[test]
fn intro_renders_the_title_and_a_start_button() {
    let props =
        rolefit::ui::start::props_for(rolefit::config::Config::from_query("?assessment=team"), &Boot::default(), None);
    let title = props.start.flow.bank().title().to_string();
    let html = render::<App>(props);
    assert!(html.contains(&title), "{html}");
    assert!(html.contains(">Start</button>"), "{html}");
    assert!(!html.contains("rf-notice"), "no configuration problem shown");
}

#[test]
fn a_bad_parameter_is_shown_and_the_widget_still_renders() {
    let props =
        rolefit::ui::start::props_for(rolefit::config::Config::from_query("?assessment=hr"), &Boot::default(), None);
    let html = render::<App>(props);
    assert!(html.contains("role=\"alert\""), "{html}");
    assert!(html.contains("assessment \"hr\" is not known"), "{html}");
    assert!(html.contains(">Start</button>"), "falls back to the candidate assessment");
}

/// A question, second of nine, nothing chosen yet.
fn question_props(q: &rolefit::engine::Question) -> QuestionViewProps {
    QuestionViewProps {
        question: q.clone(),
        mask: 0,
        position: 2,
        total: 9,
        can_continue: false,
        editing: false,
        can_go_back: true,
        texts: Rc::new(Texts::english()),
        on_pick: Callback::noop(),
        on_next: Callback::noop(),
        on_back: Callback::noop(),
    }
}

#[test]
fn question_screen_renders_prompt_choices_and_progress() {
    let c = content();
    let q = c.candidate.question(QuestionIndex(0)).clone();
    let html = render::<QuestionView>(QuestionViewProps {
        mask: 0b10,
        position: 1,
        total: c.candidate.len(),
        can_continue: true,
        ..question_props(&q)
    });
    assert!(html.contains(&format!("Question 1 of {}", c.candidate.len())), "{html}");
    assert!(html.contains("<legend>"), "the prompt is the fieldset's legend: {html}");
    assert!(html.contains(&q.prompt), "{html}");
    for choice in &q.choices {
        assert!(
            html.contains(&choice.label.replace('\'', "&#x27;")) || html.contains(&choice.label),
            "choice {} missing",
            choice.label
        );
    }
    assert_eq!(html.matches("type=\"radio\"").count(), q.choices.len());
    assert_eq!(html.matches(" checked").count(), 1, "exactly the chosen choice is checked: {html}");
}

/// Every `for` names an input of the form, no id repeats, and the fieldset is described
/// by the hints it shows (the help text, the "choose up to" limit).
fn check_labels_and_hints(q: &rolefit::engine::Question) {
    let html = render::<QuestionView>(question_props(q));
    let values = |attr: &str| -> Vec<String> {
        html.split(&format!(" {attr}=\""))
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or_default().to_string())
            .collect()
    };
    let ids = values("id");
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "repeated ids: {ids:?}");
    for target in values("for") {
        let at = html.find(&format!(" id=\"{target}\"")).unwrap_or_else(|| panic!("label for {target}: no such id"));
        let tag = &html[html[..at].rfind('<').unwrap_or(0)..at];
        assert!(tag.starts_with("<input"), "label for {target} names a {tag}, not an input");
    }
    let described = values("aria-describedby").join(" ");
    if q.help.is_some() {
        assert!(described.contains("-help"), "{html}");
    }
    if let rolefit::engine::QuestionKind::Multiple { .. } = q.kind {
        assert!(described.contains("-max"), "the limit is read with the question: {html}");
    }
    for id in described.split_whitespace() {
        assert!(ids.iter().any(|i| i == id), "aria-describedby names a missing id {id}: {html}");
    }
}

#[test]
fn every_label_names_its_input_and_every_hint_is_announced() {
    let c = content();
    for bank in [&c.candidate, &c.team] {
        for q in bank.questions() {
            check_labels_and_hints(q);
        }
    }
    // A custom bank may call its choices anything, "help" and "max" included.
    let mut q = c.team.questions().iter().find(|q| q.help.is_some()).expect("a question with help").clone();
    q.choices[0].id = rolefit::engine::bank::ChoiceId("help".into());
    q.choices[1].id = rolefit::engine::bank::ChoiceId("max".into());
    check_labels_and_hints(&q);
}

fn share_actions() -> ShareActions {
    ShareActions {
        url: "http://127.0.0.1/#r=code".into(),
        can_share: false,
        on_copy: Callback::noop(),
        on_share: Callback::noop(),
        on_print: Callback::noop(),
    }
}

fn result_html(assessment: Assessment) -> (String, rolefit::engine::Outcome, Content) {
    result_html_at(assessment, 0)
}

fn result_html_at(assessment: Assessment, pick: usize) -> (String, rolefit::engine::Outcome, Content) {
    let c = content();
    result_html_for(c.bank(assessment).clone(), Texts::english(), pick)
}

fn result_html_for(bank: Bank, texts: Texts, pick: usize) -> (String, rolefit::engine::Outcome, Content) {
    let c = content();
    let bank = Rc::new(bank);
    let flow = choices_at(bank.clone(), pick);
    let model = Rc::new(c.model.clone());
    let outcome = evaluate(&bank, flow.answers(), &model);
    let html = render::<ResultView>(ResultViewProps {
        bank,
        model,
        answers: flow.answers().clone(),
        outcome: Rc::new(outcome.clone()),
        texts: Rc::new(texts),
        shared: false,
        share: share_actions(),
        status: String::new(),
        ctas: vec![("Book a call".into(), "/contact".into())],
        lead: None,
        on_cta: Callback::noop(),
        consent_for: Some("Send my answers to Acme".into()),
        consented: false,
        on_consent: Callback::noop(),
        on_restart: Callback::noop(),
        on_back: Callback::noop(),
        on_take: Callback::noop(),
    });
    (html, outcome, c)
}

#[track_caller]
fn check_split_table(html: &str, outcome: &rolefit::engine::Outcome, c: &Content) {
    let table = &html[html.find("<table").expect("a table")..html.find("</table>").expect("table end")];
    // One column per person, one row per responsibility.
    assert_eq!(table.matches("<th scope=\"col\"").count(), outcome.split.people.len() + 1, "{table}");
    for r in &c.model.responsibilities {
        assert_eq!(table.matches(&format!(">{}</th>", r.label)).count(), 1, "row {} exactly once", r.label);
    }
    // Exactly one owner mark per responsibility.
    assert_eq!(table.matches("class=\"rf-own\"").count(), c.model.responsibilities.len(), "{table}");
}

#[test]
fn candidate_result_shows_fit_split_reasons_and_interview_questions() {
    let (html, outcome, c) = result_html(Assessment::Candidate);
    let title = &outcome.id.texts(&c.model).expect("texts").title;
    assert!(html.contains(title.as_str()), "{html}");
    for role in ["Product Manager", "Product Owner", "Project Manager"] {
        assert!(html.contains(role), "{role}");
    }
    assert!(html.contains("Why"), "{html}");
    assert!(html.contains("Interview questions to prepare for"), "{html}");
    // What each fitting role owns, and its horizon.
    assert!(html.contains("class=\"rf-role-lines\"") && html.contains("Horizon: "), "{html}");
    // "E-mail me my result": the visitor's own mail program, the link in the body.
    let mail = html.split("href=\"mailto:").nth(1).and_then(|h| h.split('"').next()).expect("a mailto link");
    assert!(mail.starts_with("?subject=My%20role-fit%20result") && mail.contains("%23r%3D"), "{mail}");
    assert!(mail.len() < rolefit::config::MAX_MAILTO, "{}", mail.len());
    // The best fit is marked for the eye (a star hidden from screen readers) and in words.
    let fits = rolefit::engine::candidate::fit_roles(match outcome.id.fit() {
        Some(fit) => fit,
        _ => unreachable!("a candidate outcome"),
    });
    assert_eq!(
        html.matches("<span class=\"rf-bar-star\" aria-hidden=\"true\"> ★</span>").count(),
        fits.len(),
        "{html}"
    );
    assert_eq!(html.matches("<span class=\"rf-sr\"> (best fit)</span>").count(), fits.len(), "{html}");
    check_split_table(&html, &outcome, &c);
    assert!(html.contains("href=\"/contact\"") && html.contains(">Book a call</a>"), "the host's call to action");
    assert!(
        html.contains("Send my answers to Acme") && !html.contains(" checked"),
        "consent is asked, unticked by default"
    );
}

/// An author's or translator's words that look like markup are shown, never run: most of
/// the result page and the intro are raw markup (`ui::raw`), safe only because maud escapes
/// every value, in text and in attributes (the quote would end an attribute's value).
const MARKUP: &str = "\"><img src=x onerror=alert(1)>";

#[track_caller]
fn check_shown_as_text(html: &str) {
    assert!(!html.contains("<img src=x"), "markup passed through: {html}");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
}

#[test]
fn words_that_look_like_markup_are_shown_as_text() {
    for assessment in [Assessment::Candidate, Assessment::Team] {
        // Every text of the bank, and every text of a catalog (titles, headlines, steps,
        // labels, the table's headers and their `title`s).
        let mut bank = content().bank(assessment).clone();
        bank.walk_texts(&mut |_, text| text.push_str(MARKUP));
        let english: std::collections::BTreeMap<String, String> =
            serde_json::from_str(include_str!("../../content/i18n/en.json")).expect("en.json");
        let catalog = english.into_iter().map(|(k, v)| (k, v + MARKUP)).collect();
        let (html, _, _) = result_html_for(bank, Texts::with_catalog("en", &catalog), 0);
        check_shown_as_text(&html);
    }
}

#[cfg(feature = "custom-banks")]
#[test]
fn a_custom_banks_words_that_look_like_markup_are_shown_as_text() {
    let escaped = serde_json::to_string(MARKUP).expect("a JSON string");
    let bank = include_str!("../../demo/custom-bank.json").replace("Acme", escaped.trim_matches('"'));
    let config = rolefit::config::Config::from_query("?bank=acme.json");
    let html = render::<App>(rolefit::ui::start::props_for(config, &Boot::default(), Some(Ok(bank))));
    check_shown_as_text(&html);
}

#[test]
fn team_result_shows_setup_split_and_next_steps() {
    let (html, outcome, c) = result_html(Assessment::Team);
    let text = outcome.id.texts(&c.model).expect("texts");
    assert!(html.contains(&text.title.replace('\'', "&#x27;")) || html.contains(&text.title), "{html}");
    assert!(html.contains("Next steps"), "{html}");
    let rolefit::engine::outcome::Detail::Team { now, next, .. } = &outcome.detail else {
        unreachable!("a team outcome")
    };
    assert!(!now.is_empty());
    for step in now.iter().chain(next) {
        // The steps are raw markup: escaped as maud escapes (an apostrophe stays one).
        let text = maud::html! { (c.model.step(step.code())) }.into_string();
        assert!(!text.is_empty() && html.contains(&text), "step {}", step.code());
    }
    for rule in &outcome.rules {
        assert!(html.contains(&format!("<strong>{}</strong>", rule.id.0)), "rule {} listed", rule.id.0);
    }
    check_split_table(&html, &outcome, &c);
}

/// The result page of `outcome` without calls to action, contact form or consent box.
fn plain_result(
    bank: &Rc<Bank>,
    model: &Rc<rolefit::engine::Model>,
    answers: &rolefit::engine::Answers,
    outcome: Rc<rolefit::engine::Outcome>,
    texts: Rc<Texts>,
    shared: bool,
) -> ResultViewProps {
    ResultViewProps {
        bank: bank.clone(),
        model: model.clone(),
        answers: answers.clone(),
        outcome,
        texts,
        shared,
        share: share_actions(),
        status: String::new(),
        ctas: Vec::new(),
        lead: None,
        on_cta: Callback::noop(),
        consent_for: None,
        consented: false,
        on_consent: Callback::noop(),
        on_restart: Callback::noop(),
        on_back: Callback::noop(),
        on_take: Callback::noop(),
    }
}

#[test]
fn team_shares_are_drawn_only_when_several_people_share_the_work() {
    let c = content();
    let bank = Rc::new(c.team.clone());
    let model = Rc::new(c.model.clone());
    // The first answer set of each kind from the fixed-seed sample: one person, several.
    let mut found: [Option<rolefit::engine::Answers>; 2] = [None, None];
    rolefit::engine::reach::for_each_answer_set(&bank, 5_000, |a| {
        let several = evaluate(&bank, a, &model).split.people.len() > 1;
        found[several as usize].get_or_insert_with(|| a.clone());
    });
    for (several, answers) in found.iter().enumerate() {
        let answers = answers.clone().expect("the sample covers one person and several");
        let outcome = evaluate(&bank, &answers, &model);
        let props = plain_result(&bank, &model, &answers, Rc::new(outcome.clone()), Rc::new(Texts::english()), false);
        let html = render::<ResultView>(props);
        assert_eq!(
            html.contains("Share of the responsibilities each person owns"),
            several == 1,
            "{}: {html}",
            outcome.id
        );
    }
}

/// The stores holding `value` as this tab's save of `bank` on the widget's own page.
fn tab_save(bank: &Bank, value: &str) -> rolefit::engine::saves::Saves {
    use rolefit::engine::saves::{key, Store};
    crate::support::saves(&[(Store::Tab, &key(bank, None), value)])
}

fn app_html(query: &str, boot: Boot) -> String {
    let props = rolefit::ui::start::props_for(rolefit::config::Config::from_query(query), &boot, None);
    render::<App>(props)
}

#[test]
fn a_shared_link_opens_the_result_read_only() {
    let c = content();
    let flow = first_choices(Rc::new(c.team.clone()));
    let code = share::encode(&c.team, flow.answers());
    // Opened on a page configured for candidates: the link's own assessment wins.
    let html = app_html("?assessment=candidate", Boot { fragment: format!("r={code}"), ..Boot::default() });
    let outcome = evaluate(&c.team, flow.answers(), &c.model);
    let title = &outcome.id.texts(&c.model).expect("texts").title;
    assert!(html.contains(title.as_str()) || html.contains(&title.replace('\'', "&#x27;")), "{html}");
    assert!(html.contains("Someone shared this result with you"), "{html}");
    assert!(html.contains("Take the assessment yourself"), "{html}");
    assert!(!html.contains("Start again") && !html.contains("Copy link"), "read-only: {html}");
}

#[test]
fn a_damaged_link_says_so_and_offers_a_start() {
    let c = content();
    let flow = first_choices(Rc::new(c.candidate.clone()));
    let mut code = share::encode(&c.candidate, flow.answers());
    code.truncate(code.len() - 3);
    let html = app_html("", Boot { fragment: format!("r={code}"), ..Boot::default() });
    assert!(html.contains("This result link is damaged or incomplete"), "{html}");
    assert!(html.contains(">Start</button>"), "{html}");
    let html = app_html("", Boot { fragment: "r=%%%not-a-link".into(), ..Boot::default() });
    assert!(html.contains("role=\"alert\""), "{html}");
}

#[test]
fn saved_progress_resumes_where_the_visitor_left() {
    let c = content();
    let bank = Rc::new(c.candidate.clone());
    let flow = Flow::new(bank.clone())
        .apply(Action::Start)
        .apply(Action::Pick(QuestionIndex(0), ChoiceIndex(0)))
        .apply(Action::Next);
    let session = rolefit::engine::session::Session { flow, ..rolefit::engine::session::Session::new(bank.clone()) };
    let rolefit::engine::session::Write::Set(saved) = session.storage().tab else { panic!("started, so saved") };
    let html = app_html("", Boot { saves: tab_save(&bank, &saved), ..Boot::default() });
    assert!(html.contains(&format!("Question 2 of {}", bank.len())), "{html}");
    // A stale or foreign save is ignored: a fresh start, no error.
    let html = app_html("", Boot { saves: tab_save(&bank, "3:garbage"), ..Boot::default() });
    assert!(html.contains(">Start</button>") && !html.contains("role=\"alert\""), "{html}");
}

#[test]
fn a_broken_custom_bank_is_reported_and_the_built_in_one_is_used() {
    use rolefit::ui::custom_bank::{FetchError, Unavailable};
    let config = rolefit::config::Config::from_query("?assessment=team&bank=my.json&preview=true");
    let broken = r#"{"id":"mine","assessment":"team","title":"Mine","intro":"x","questions":[
        {"id":"size","prompt":"How big?","topic":"Team size","kind":"single","choices":[{"id":"a","label":"A","weights":{"scale":9}},{"id":"b","label":"B"}]}]}"#;
    let props = rolefit::ui::start::props_for(config, &Boot::default(), Some(Ok(broken.into())));
    assert_eq!(props.start.flow.bank().id(), "team", "visitors get the built-in bank");
    let html = render::<App>(props);
    assert!(html.contains("The custom question bank (my.json) could not be used (1 problem"), "{html}");
    assert!(html.contains("question &quot;size&quot; (#1) choice &quot;a&quot; weights.scale: must be a whole number from 0 to 5, is 9")
        || html.contains("question \"size\" (#1) choice \"a\" weights.scale: must be a whole number from 0 to 5, is 9"), "{html}");
    let html = render::<App>(rolefit::ui::start::props_for(
        rolefit::config::Config::from_query("?bank=x.json"),
        &Boot::default(),
        Some(Err(Unavailable::Fetch(FetchError::Status { url: "x.json".into(), status: 404 }))),
    ));
    assert!(html.contains("could not load x.json: HTTP 404"), "{html}");
}

// The preview exists only with the `preview` feature (on by default; the visitors' build
// leaves it out, see Cargo.toml).
#[cfg(feature = "preview")]
#[test]
fn a_valid_custom_bank_is_used_and_previewed() {
    let config = rolefit::config::Config::from_query("?bank=acme.json&preview=true");
    let bank = include_str!("../../demo/custom-bank.json");
    let props = rolefit::ui::start::props_for(config, &Boot::default(), Some(Ok(bank.into())));
    assert_eq!(props.start.flow.bank().id(), "acme-candidate");
    let html = render::<App>(props);
    assert!(html.contains("Valid: 4 questions"), "{html}");
    assert!(html.contains("Which role at Acme suits you?"), "{html}");
    assert!(html.contains("How often each outcome is reached"), "{html}");
}

/// A bank whose choices never weigh the Project Manager: the preview names its dead outcomes.
#[cfg(feature = "preview")]
#[test]
fn the_preview_names_outcomes_no_answer_reaches() {
    let config = rolefit::config::Config::from_query("?bank=two.json&preview=true");
    let bank = r#"{"id":"two","assessment":"candidate","title":"Two","intro":"x","questions":[
        {"id":"a","prompt":"A?","topic":"Question a","kind":"single","choices":[
            {"id":"pm","label":"PM","weights":{"pm":3}},{"id":"po","label":"PO","weights":{"po":3}}]},
        {"id":"b","prompt":"B?","topic":"Question b","kind":"single","choices":[
            {"id":"pm","label":"PM","weights":{"pm":3}},{"id":"po","label":"PO","weights":{"po":3}}]}]}"#;
    let props = rolefit::ui::start::props_for(config, &Boot::default(), Some(Ok(bank.into())));
    let html = render::<App>(props);
    assert!(
        html.contains("never: unreachable"),
        "the Project Manager outcomes are dead, and the preview says so: {html}"
    );
}

#[test]
fn language_links_keep_the_frame_connected_to_its_host() {
    // An embedded widget reloads in place when the visitor picks a language: the new page
    // must keep its frame id and host, or it would stop reporting its height and events.
    let page_url = "https://w.example/?frame=f1&host=https%3A%2F%2Fh.example".to_string();
    let html = app_html("?frame=f1&host=https%3A%2F%2Fh.example", Boot { page_url, ..Boot::default() });
    assert!(
        html.contains("href=\"https://w.example/?frame=f1&amp;host=https%3A%2F%2Fh.example&amp;lang=de\""),
        "{html}"
    );
}

#[test]
fn with_the_intro_off_the_first_question_has_no_back_button() {
    let html = app_html("?intro=false", Boot::default());
    assert!(html.contains("Question 1 of"), "{html}");
    assert!(!html.contains(">Back</button>"), "nothing before the first question: {html}");
    // Nothing is stored until the first answer.
    let props =
        rolefit::ui::start::props_for(rolefit::config::Config::from_query("?intro=false"), &Boot::default(), None);
    assert_eq!(props.start.storage().tab, rolefit::engine::session::Write::Leave);
}

#[test]
fn at_the_limit_a_multiple_choice_question_says_why_a_tick_is_refused() {
    let c = content();
    let (q, max) = [&c.candidate, &c.team]
        .iter()
        .flat_map(|b| b.questions())
        .find_map(|q| match q.kind {
            rolefit::engine::QuestionKind::Multiple { max } if max < q.choices.len() => Some((q, max)),
            _ => None,
        })
        .expect("a multiple-choice question with a limit");
    let below = render::<QuestionView>(question_props(q));
    assert!(below.contains(&format!("Choose up to {max}.")), "{below}");
    let full = render::<QuestionView>(QuestionViewProps { mask: (1 << max) - 1, ..question_props(q) });
    assert!(full.contains(&format!("You have chosen {max}: untick one to choose another.")), "{full}");
}

#[test]
fn result_links_from_the_preview_open_the_result_without_the_report() {
    // Share links are built on page_url; links that reload this frame on self_url.
    let page_url =
        "https://w.example/preview.html?preview=true&frame=f1&host=https%3A%2F%2Fh.example&lang=de".to_string();
    let config = rolefit::config::Config::from_query("?preview=true&frame=f1&host=https%3A%2F%2Fh.example&lang=de");
    let props = rolefit::ui::start::props_for(config, &Boot { page_url, ..Boot::default() }, None);
    assert_eq!(props.page_url, "https://w.example/preview.html?lang=de");
    assert!(props.self_url.contains("preview=true") && props.self_url.contains("frame=f1"), "{}", props.self_url);
}

#[test]
fn result_links_from_a_contact_form_frame_carry_no_form() {
    // A shared result never asks for a contact, so its link does not name the form's build's
    // parameters (which would also send its opener to that heavier build).
    let query = "?lead=name%2Cemail*&lead-privacy=https%3A%2F%2Fh.example%2Fp&lead-url=https%3A%2F%2Fh.example%2Fl\
                 &lead-hubspot=1%3Aab12cd34-0000-4a5b-9c8d-1234567890ab&frame=f1&host=https%3A%2F%2Fh.example&lang=de";
    let page_url = format!("https://w.example/lead.html{query}");
    let config = rolefit::config::Config::from_query(query);
    let props = rolefit::ui::start::props_for(config, &Boot { page_url, ..Boot::default() }, None);
    assert_eq!(props.page_url, "https://w.example/lead.html?lang=de");
    assert!(props.self_url.contains("lead=") && props.self_url.contains("frame=f1"), "{}", props.self_url);
}

/// On a phone the result's first screen is what it says and why: the headline, how sure (or
/// the steps now), then the deciding answers; the matrix, KPIs and rules sit behind native
/// disclosures, after them.
#[test]
fn the_answer_comes_first_and_the_rest_is_one_tap_away() {
    for (assessment, first) in [(Assessment::Candidate, "How sure is this?"), (Assessment::Team, "Next steps")] {
        let (html, _, _) = result_html(assessment);
        let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle} in {html}"));
        assert!(at("rf-lead") < at(first), "{}", assessment.code());
        assert!(at(first) < at(">Why</h3>"), "{}", assessment.code());
        assert!(at(">Why</h3>") < at("<details"), "{}", assessment.code());
        assert!(at("<details") < at("<table"), "the matrix is behind a disclosure");
        assert!(html.contains("<summary>How success is measured</summary>"), "{html}");
        assert!(html.contains("<summary>The rules behind it</summary>"), "{html}");
    }
}

/// "N points ahead" only where one role leads; a close call or a mixed result never has it.
#[test]
fn a_close_call_says_so_and_shows_no_points_ahead() {
    use rolefit::engine::outcome::{Confidence, Detail};
    let mut seen = [false; 2];
    for pick in 0..4 {
        let (html, outcome, _) = result_html_at(Assessment::Candidate, pick);
        let Detail::Candidate { confidence, .. } = outcome.detail else { unreachable!() };
        let leads = matches!(confidence, Confidence::Clear | Confidence::Leaning);
        seen[leads as usize] = true;
        assert_eq!(html.contains("points ahead"), leads, "{}: {html}", confidence.code());
        let label = match confidence {
            Confidence::Clear => "A clear fit.",
            Confidence::Leaning => "Leaning.",
            Confidence::Close => "A close call.",
            Confidence::Mixed => "Too mixed to call.",
        };
        assert!(html.contains(label), "{label}");
        assert!(html.contains("not a test or a hiring decision"), "the self-assessment note");
        assert!(html.contains("Read the duties, not the title."), "titles vary");
    }
    assert_eq!(seen, [true, true], "the answer sets cover a close or mixed result and a lead");
}

/// A result link or saved progress made with an earlier version of the team questions (the
/// same ids, another weight) says so, instead of showing a result today's rules would not
/// give or silently starting afresh.
#[test]
fn links_and_saves_from_an_earlier_version_of_the_questions_say_so() {
    let c = content();
    let earlier =
        include_str!("../../content/team.json").replacen(r#""weights": {"scale": 1}"#, r#""weights": {"scale": 2}"#, 1);
    assert_ne!(earlier, include_str!("../../content/team.json"), "the earlier bank differs in one weight");
    let earlier = Bank::parse(&earlier, &c.model).expect("the earlier bank parses");
    assert_ne!(earlier.fingerprint(), c.team.fingerprint());
    let flow = first_choices(Rc::new(earlier.clone()));
    let code = share::encode(&earlier, flow.answers());

    let html = app_html("?assessment=team", Boot { fragment: format!("r={code}"), ..Boot::default() });
    assert!(html.contains("made with an earlier version of the questions"), "{html}");
    assert!(html.contains(">Start<"), "a way to take it again: {html}");

    let html = app_html("?assessment=team", Boot { saves: tab_save(&c.team, &format!("s:{code}")), ..Boot::default() });
    assert!(html.contains("Your saved answers were made with an earlier version of the questions"), "{html}");
    // A save that fits is resumed, with no such notice.
    let code = share::encode(&c.team, first_choices(Rc::new(c.team.clone())).answers());
    let html = app_html("?assessment=team", Boot { saves: tab_save(&c.team, &format!("s:{code}")), ..Boot::default() });
    assert!(!html.contains("earlier version"), "{html}");
}

/// Each visitors' page keeps only its assessment's UI strings (`content::shows_string`,
/// build.rs) and result sections (`result_view`, by the assessment of what it shows): its
/// intro and results, own and shared, read the same with those strings as with all of en.json, and
/// name no one and show no section of the other assessment.
#[test]
fn each_pages_results_read_the_same_with_only_its_assessments_strings_and_sections() {
    use rolefit::engine::content::shows_string;
    use rolefit::engine::split::PersonKind;
    let c = content();
    let model = Rc::new(c.model.clone());
    let all = Rc::new(Texts::english());
    for assessment in [Assessment::Candidate, Assessment::Team] {
        let mut strings = rolefit::engine::shipped::ui_strings();
        let before = strings.len();
        strings.retain(|key, _| shows_string(key, |f| f == assessment.code()));
        assert!(strings.len() < before, "{assessment:?}: some strings are left out");
        let only = Rc::new(Texts::new("en", strings));
        // The intro, with its link to the other assessment.
        let intro = |texts: &Rc<Texts>| {
            let mut config = rolefit::config::Config::from_query("");
            config.assessment = assessment;
            let props = rolefit::ui::start::props_for(config, &Boot::default(), None);
            render::<App>(rolefit::ui::app::AppProps { texts: texts.clone(), ..props })
        };
        let intro_with_all = intro(&all);
        assert!(intro_with_all.contains("rf-switch"), "the intro links to the other assessment");
        assert_eq!(intro(&only), intro_with_all, "{assessment:?}: the intro");
        let bank = Rc::new(c.bank(assessment).clone());
        let mut kinds = Vec::new();
        rolefit::engine::reach::for_each_answer_set(&bank, 1_500, |answers| {
            let outcome = Rc::new(evaluate(&bank, answers, &model));
            kinds.extend(outcome.split.people.iter().map(|p| (p.kind, p.interim)));
            // What the result view leaves out of a build without the other assessment is only
            // ever the other's (`PersonKind::assessment`, and `First`, `More` and `Bar`'s).
            let report = rolefit::engine::report::of(&outcome, &model);
            assert!(outcome.split.people.iter().all(|p| p.kind.assessment() == assessment), "{}", outcome.id);
            assert_eq!((report.first.assessment(), report.more.assessment()), (assessment, assessment));
            assert!(report.bars.iter().all(|b| b.assessment() == assessment), "{}", outcome.id);
            assert!(assessment == Assessment::Candidate || report.roles.is_empty(), "{}", outcome.id);
            for shared in [false, true] {
                let page = |texts: &Rc<Texts>| {
                    render::<ResultView>(plain_result(&bank, &model, answers, outcome.clone(), texts.clone(), shared))
                };
                assert_eq!(page(&only), page(&all), "{}", outcome.id);
            }
        });
        // The sample names every kind of person the assessment's results can show.
        let shown = |k: PersonKind| kinds.iter().any(|(kind, _)| *kind == k);
        let expected: &[PersonKind] = match assessment {
            Assessment::Candidate => &[PersonKind::You, PersonKind::Colleague],
            Assessment::Team => &[
                PersonKind::Founder,
                PersonKind::Insider,
                PersonKind::Existing,
                PersonKind::Hire,
                PersonKind::Stopgap,
                PersonKind::PoPerProduct,
                PersonKind::PmPerLine,
                PersonKind::Client,
                PersonKind::Committee,
            ],
        };
        for &k in expected {
            assert!(shown(k), "{assessment:?}: the sample has no {k:?}");
        }
        assert_eq!(kinds.iter().any(|(_, interim)| interim.is_some()), assessment == Assessment::Team);
    }
}
