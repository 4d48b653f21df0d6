//! The result page: `engine::report` decides what it shows; this lays each section out and
//! labels it: headline, how sure or the steps, the reasons, fit or ownership bars (SVG with
//! the numbers as text), the responsibility split as a table, KPIs and rules.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::{mailto, MAX_MAILTO};
use crate::engine::model::Model;
use crate::engine::outcome::Outcome;
use crate::engine::report::{self, Bar, First, More, Report};
use crate::engine::split::{Person, PersonKind};
use crate::engine::{Answers, Assessment, Bank, Role};

use super::i18n::Texts;
use super::lead_form::{LeadContext, LeadForm};
use super::summary::answer_text;

/// The share bar's link and what its buttons do (the app wires them to the browser).
#[derive(Clone, PartialEq)]
pub struct ShareActions {
    pub url: String,
    /// The browser has the Web Share API (mostly phones).
    pub can_share: bool,
    pub on_copy: Callback<()>,
    pub on_share: Callback<()>,
    pub on_print: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub bank: Rc<Bank>,
    pub model: Rc<Model>,
    pub answers: Answers,
    pub outcome: Rc<Outcome>,
    pub texts: Rc<Texts>,
    /// Someone else's result opened from a link: read-only, with "take it yourself".
    pub shared: bool,
    pub share: ShareActions,
    /// Feedback from the last share action, e.g. "Link copied".
    pub status: String,
    /// The host's calls to action for this result (`Config::ctas_for`): label and address.
    pub ctas: Vec<(String, String)>,
    /// A call to action was clicked, by its index (the shell may take over the navigation).
    pub on_cta: Callback<(MouseEvent, usize)>,
    /// The host's contact form, when it turned one on (own results only).
    pub lead: Option<(crate::lead::Form, LeadContext)>,
    /// When the host asked for the answers: the consent box's label.
    pub consent_for: Option<String>,
    pub consented: bool,
    pub on_consent: Callback<bool>,
    pub on_restart: Callback<()>,
    pub on_back: Callback<()>,
    pub on_take: Callback<()>,
}

fn role_names(model: &Model, roles: &[Role], t: &Texts) -> String {
    roles.iter().map(|&r| model.role(r).name.clone()).collect::<Vec<_>>().join(&t.get("person.roles_joiner"))
}

/// How a person is named in the table and the KPI list. A role they only cover for now is
/// named by its own phrase, not in the list of their roles.
pub fn person_label(person: &Person, model: &Model, t: &Texts) -> String {
    let held: Vec<Role> = person.roles.iter().copied().filter(|&r| person.interim != Some(r)).collect();
    let roles = role_names(model, &held, t);
    let base = match person.kind {
        PersonKind::You => with_roles(t, "person.you", &roles),
        PersonKind::Founder if held.is_empty() => t.get("person.founder_final_say"),
        PersonKind::Founder => with_roles(t, "person.founder", &roles),
        PersonKind::Insider => with_roles(t, "person.insider", &roles),
        PersonKind::Existing => with_roles(t, "person.existing", &roles),
        PersonKind::Hire => with_roles(t, "person.hire", &roles),
        PersonKind::Stopgap => with_roles(t, "person.stopgap", &roles),
        PersonKind::PoPerProduct => t.get("person.po-per-product"),
        PersonKind::PmPerLine => t.get("person.pm-per-line"),
        PersonKind::Client => t.get("person.client"),
        PersonKind::Committee => t.get("person.committee"),
        PersonKind::Colleague => roles,
    };
    match person.interim {
        Some(r) => {
            t.fill("person.covering", &[("who", &base), ("covers", &t.get(&format!("person.covers.{}", r.code())))])
        }
        None => base,
    }
}

/// "Founder (Product Owner)": a person's label with their roles, as the catalog orders it.
fn with_roles(t: &Texts, who: &str, roles: &str) -> String {
    t.fill("person.with_roles", &[("who", &t.get(who)), ("roles", roles)])
}

/// A short column header for narrow screens: "You (PO)", "PM + PO", "Founder (PO + PM)".
pub fn person_short_label(person: &Person, t: &Texts) -> String {
    let codes = person.roles.iter().map(|r| t.get(&format!("role.short.{}", r.code()))).collect::<Vec<_>>().join("+");
    match person.kind {
        PersonKind::You => with_roles(t, "person.you", &codes),
        PersonKind::Founder if person.roles.is_empty() => t.get("person.founder_short"),
        PersonKind::Founder => with_roles(t, "person.founder_short", &codes),
        PersonKind::Insider => with_roles(t, "person.insider_short", &codes),
        PersonKind::Stopgap => with_roles(t, "person.stopgap_short", &codes),
        PersonKind::PoPerProduct => t.get("person.po-per-product_short"),
        PersonKind::PmPerLine => t.get("person.pm-per-line_short"),
        PersonKind::Client => t.get("person.client_short"),
        PersonKind::Committee => t.get("person.committee_short"),
        PersonKind::Existing | PersonKind::Hire | PersonKind::Colleague => codes,
    }
}

/// One labelled bar: the text carries the number; the SVG only draws it. `best` is the
/// spoken mark of a best-fit role (the star beside it is only drawn, not read).
fn bar(label: String, percent: u8, best: Option<String>, t: &Texts) -> Html {
    let width = percent.min(100);
    html! {
        <li class={classes!("rf-bar", best.is_some().then_some("rf-bar-top"))}>
            <span class="rf-bar-label">
                { label }
                if let Some(best) = best {
                    <span class="rf-bar-star" aria-hidden="true">{ " ★" }</span>
                    <span class="rf-sr">{ " " }{ best }</span>
                }
            </span>
            <span class="rf-bar-value">{ t.fill("result.percent", &[("n", &t.number(u64::from(percent)))]) }</span>
            <svg class="rf-bar-svg" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="rf-bar-track" x="0" y="0" width="100" height="8" rx="4" />
                <rect class="rf-bar-fill" x="0" y="0" width={width.to_string()} height="8" rx="4" />
            </svg>
        </li>
    }
}

/// The result on its own, as a component (the native rendering tests use it); the app
/// calls `view`, which spares the wasm a component's lifecycle and a comparison of these
/// props at every render.
#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    view(props)
}

pub fn view(props: &ResultViewProps) -> Html {
    let t = &props.texts;
    let o = &props.outcome;
    let report = report::of(o, &props.model);
    // The headline, how sure or the first steps, and the deciding answers come first; the full
    // split, KPIs, rules and the rest are one tap away (print opens them all).
    html! {
        <article class="rf-card rf-result">
            if props.shared {
                <p class="rf-shared-note">{ t.get("shared.notice") }</p>
            }
            { head(&report, o.assessment, t) }
            { first(&report.first, t) }
            { why(props, o, t) }
            { role_lines(&report, t) }
            { cta(props) }
            if let Some((form, context)) = &props.lead {
                <LeadForm form={form.clone()} context={context.clone()} texts={t.clone()} />
            }
            { more("rf-more-split", t.get("result.split"), html! { <>{ bars(&report, o, props) }{ split_table(o, &props.model, t) }</> }) }
            { extra(&report.more, t) }
            { more("rf-more-kpis", t.get("result.kpis"), kpis(&report, o, props)) }
            { more("rf-more-rules", t.get("result.rules"), rules(&report, t)) }
            if o.assessment == Assessment::Candidate {
                <p class="rf-meta rf-self-note">{ t.get("candidate.self_assessment") }</p>
            }
            if props.shared { { take_it(props) } } else { { actions(props, &report) } }
        </article>
    }
}

/// The title, the headline and, for a team that adds one, the Project Manager's note.
fn head(report: &Report, assessment: Assessment, t: &Texts) -> Html {
    let kicker = t.get(match assessment {
        Assessment::Candidate => "result.kicker.candidate",
        Assessment::Team => "result.kicker.team",
    });
    html! {
        <header class="rf-result-head">
            <p class="rf-kicker">{ kicker }</p>
            <h2 id="rf-heading" tabindex="-1">{ &report.title }</h2>
            <p class="rf-lead">{ &report.headline }</p>
            if let Some(note) = &report.project_manager_note { <p class="rf-pjm-note">{ note }</p> }
        </header>
    }
}

/// What each fitting role owns, and its horizon (candidate results).
fn role_lines(report: &Report, t: &Texts) -> Html {
    if report.roles.is_empty() {
        return Html::default();
    }
    html! {
        <section class="rf-section" aria-labelledby="rf-roles">
            <h3 id="rf-roles">{ t.get("result.roles") }</h3>
            <ul class="rf-role-lines">
                { for report.roles.iter().map(|r| html! {
                    <li>
                        <strong>{ &r.name }</strong>{ " " }{ &r.line }
                        { " " }<span class="rf-meta">{ t.fill("result.horizon", &[("horizon", &r.horizon)]) }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// How sure (candidate) or what to do (team).
fn first(first: &First, t: &Texts) -> Html {
    match first {
        First::Confidence { confidence, leaning, margin } => {
            let leaning = leaning.map(|r| t.get(&format!("confidence.leaning.{}", r.code())));
            let ahead = margin.map(|m| t.plural("result.margin", u64::from(m), &[]));
            html! {
                <section class={classes!("rf-section", "rf-confidence", format!("rf-confidence-{}", confidence.code()))} aria-labelledby="rf-sure">
                    <h3 id="rf-sure">{ t.get("confidence.title") }</h3>
                    <p class="rf-confidence-tier"><strong>{ t.get(&format!("confidence.{}.label", confidence.code())) }</strong>{ " " }{ t.get(&format!("confidence.{}", confidence.code())) }</p>
                    if let Some(line) = leaning { <p>{ line }</p> }
                    if let Some(line) = ahead { <p class="rf-meta">{ line }</p> }
                </section>
            }
        }
        First::Steps { now, next } => html! {
            <section class="rf-section rf-steps" aria-labelledby="rf-steps">
                <h3 id="rf-steps">{ t.get("result.next_steps") }</h3>
                <h4>{ t.get("result.now") }</h4>
                <ol class="rf-now">{ text_items(now) }</ol>
                if !next.is_empty() {
                    <h4>{ t.get("result.next") }</h4>
                    <ul>{ text_items(next) }</ul>
                }
            </section>
        },
    }
}

/// Fit per role, or share per person.
fn bars(report: &Report, o: &Outcome, props: &ResultViewProps) -> Html {
    let t = &props.texts;
    let bars = report.bars.iter().map(|b| match b {
        Bar::Role { name, percent, best } => bar(name.clone(), *percent, best.then(|| t.get("result.best_fit")), t),
        Bar::Person { person, percent } => {
            bar(person_label(&o.split.people[*person], &props.model, t), *percent, None, t)
        }
    });
    match o.assessment {
        Assessment::Candidate => html! {
            <section class="rf-section" aria-labelledby="rf-fit">
                <h3 id="rf-fit">{ t.get("result.fit") }</h3>
                <ul class="rf-bars">{ for bars }</ul>
            </section>
        },
        Assessment::Team if report.bars.is_empty() => Html::default(),
        Assessment::Team => html! {
            <>
                <h4>{ t.get("result.shares") }</h4>
                <ul class="rf-bars">{ for bars }</ul>
            </>
        },
    }
}

/// The sections that differ between the assessments: strengths, a week in the role and the
/// interview (candidate); how to fill the seats (team).
fn extra(more_: &More, t: &Texts) -> Html {
    match more_ {
        More::Candidate { strengths, growth, week, interview } => {
            let seeker: Vec<String> = (0..3).map(|i| t.get(&format!("candidate.next.{i}"))).collect();
            html! {
                <>
                    <section class="rf-section rf-seeker" aria-labelledby="rf-seeker">
                        <h3 id="rf-seeker">{ t.get("candidate.next_title") }</h3>
                        <p>{ t.get("candidate.titles_vary") }</p>
                        <ul>{ text_items(&seeker) }</ul>
                    </section>
                    { more("rf-more-skills", t.get("result.strengths_growth"), html! {
                        <div class="rf-two">
                            <div>
                                <h4>{ t.get("result.strengths") }</h4>
                                <ul>{ text_items(strengths) }</ul>
                            </div>
                            <div>
                                <h4>{ t.get("result.growth") }</h4>
                                <ul>{ text_items(growth) }</ul>
                            </div>
                        </div>
                    }) }
                    { more("rf-more-week", t.get("result.week"), html! { <ul>{ text_items(week) }</ul> }) }
                    { more("rf-more-interview", t.get("result.interview"), html! { <ol>{ text_items(interview) }</ol> }) }
                </>
            }
        }
        More::Team { insider_signs, hiring, .. } if insider_signs.is_empty() && hiring.is_empty() => Html::default(),
        More::Team { insider_signs, hiring, interview } => more(
            "rf-more-fill",
            t.get("result.fill"),
            html! {
                <>
                    if !insider_signs.is_empty() {
                        <h4>{ t.get("result.fill.inside") }</h4>
                        <ul>{ text_items(insider_signs) }</ul>
                    }
                    if !hiring.is_empty() {
                        <h4>{ t.get("result.fill.hire") }</h4>
                        <ol>{ text_items(hiring) }</ol>
                        <h4>{ t.get("result.fill.interview") }</h4>
                        <ul>{ text_items(interview) }</ul>
                    }
                </>
            },
        ),
    }
}

/// The host's call to action, for own and shared results alike. `_top`: the contact page
/// replaces the host page, not the frame. The URL is the host's own, never given answers.
fn cta(props: &ResultViewProps) -> Html {
    if props.ctas.is_empty() {
        return Html::default();
    }
    html! {
        <div class="rf-cta">
            { for props.ctas.iter().enumerate().map(|(i, (label, url))| html! {
                <a class="rf-button rf-primary" href={url.clone()} target="_top" rel="noopener"
                    onclick={props.on_cta.reform(move |e: MouseEvent| (e, i))}>{ label }</a>
            }) }
        </div>
    }
}

/// "E-mail me my result": the visitor's own mail program, with the title, the headline and
/// the result link (the headline left out if the address would be too long to open).
fn mail(report: &Report, link: &str, t: &Texts) -> String {
    let subject = t.fill("share.email_subject", &[("title", &report.title)]);
    let body = |headline: &str| {
        t.fill("share.email_body", &[("title", &report.title), ("headline", headline), ("link", link)])
    };
    let full = mailto(&subject, &body(&report.headline));
    if full.len() <= MAX_MAILTO {
        full
    } else {
        mailto(&subject, &body(""))
    }
}

fn click(cb: &Callback<()>) -> Callback<MouseEvent> {
    cb.reform(|_: MouseEvent| ())
}

/// Someone else's result: only "take it yourself".
fn take_it(props: &ResultViewProps) -> Html {
    html! {
        <div class="rf-nav rf-actions">
            <button type="button" class="rf-button rf-primary" onclick={click(&props.on_take)}>{ props.texts.get("shared.take") }</button>
        </div>
    }
}

/// The visitor's own result: consent to send it (when the host asked), share, back, restart.
fn actions(props: &ResultViewProps, report: &Report) -> Html {
    let t = &props.texts;
    let share = &props.share;
    let on_consent =
        props.on_consent.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlInputElement>().checked());
    html! {
        <>
            if let Some(label) = &props.consent_for {
                // Sent is sent: once ticked, the box stays ticked and says so (a new result,
                // after a changed answer, asks again).
                <label class="rf-keep-toggle rf-consent">
                    <input type="checkbox" checked={props.consented} disabled={props.consented}
                        onchange={on_consent} />
                    <span>{ label }</span>
                </label>
                <p class="rf-meta" role="status">{ props.consented.then(|| t.get("consent.sent")) }</p>
            }
            <section class="rf-section rf-share" aria-labelledby="rf-share">
                <h3 id="rf-share">{ t.get("share.title") }</h3>
                <label class="rf-share-link">
                    <span>{ t.get("share.link_label") }</span>
                    <input type="text" readonly=true dir="ltr" value={share.url.clone()} />
                </label>
                <div class="rf-share-buttons">
                    <button type="button" class="rf-button" onclick={click(&share.on_copy)}>{ t.get("share.copy") }</button>
                    if share.can_share {
                        <button type="button" class="rf-button" onclick={click(&share.on_share)}>{ t.get("share.share") }</button>
                    }
                    <button type="button" class="rf-button" onclick={click(&share.on_print)}>{ t.get("share.print") }</button>
                    <a class="rf-button" href={mail(report, &share.url, t)}>{ t.get("share.email") }</a>
                </div>
                <p class="rf-meta" role="status">{ props.status.clone() }</p>
            </section>
            <div class="rf-nav rf-actions">
                <button type="button" class="rf-button" onclick={click(&props.on_back)}>{ t.get("result.back") }</button>
                <button type="button" class="rf-button" onclick={click(&props.on_restart)}>{ t.get("result.restart") }</button>
            </div>
        </>
    }
}

/// One section behind a native disclosure: keyboard and screen-reader friendly as it comes,
/// closed on screen, opened for print (`browser::open_for_print`).
fn more(id: &'static str, summary: String, body: Html) -> Html {
    html! {
        <details class="rf-more" id={id}>
            <summary>{ summary }</summary>
            <div class="rf-more-body">{ body }</div>
        </details>
    }
}

/// The items of a plain list of texts. One function for every such list on the page: each
/// inline `for … map(|x| html! { <li> … })` compiles to its own copy of the list code.
fn text_items(texts: &[String]) -> Html {
    texts.iter().map(|text| html! { <li>{ text }</li> }).collect()
}

fn split_table(o: &Outcome, model: &Model, t: &Texts) -> Html {
    let people = &o.split.people;
    let rows = o.split.rows.iter().map(|row| {
        let r = &model.responsibilities[row.responsibility];
        let cells = (0..people.len()).map(|p| {
            if row.owner == p {
                html! { <td class="rf-own"><span aria-hidden="true">{ t.get("result.mark.owner") }</span><span class="rf-sr">{ t.get("result.owner") }</span></td> }
            } else if row.contributors.contains(&p) {
                html! { <td class="rf-contrib"><span aria-hidden="true">{ t.get("result.mark.contributor") }</span><span class="rf-sr">{ t.get("result.contributor") }</span></td> }
            } else {
                html! { <td></td> }
            }
        });
        html! { <tr key={r.id.clone()}><th scope="row">{ &r.label }</th>{ for cells }</tr> }
    });
    html! {
        <>
            <div class="rf-table-wrap">
                <table class="rf-split">
                    <caption>{ t.get("result.split_caption") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.get("result.split.responsibility") }</th>
                            { for people.iter().map(|p| html! {
                                <th scope="col">
                                    <span class="rf-long">{ person_label(p, model, t) }</span>
                                    <abbr class="rf-short" title={person_label(p, model, t)} aria-hidden="true">{ person_short_label(p, t) }</abbr>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </>
    }
}

fn why(props: &ResultViewProps, o: &Outcome, t: &Texts) -> Html {
    let reasons = o.reasons.iter().map(|c| {
        let q = props.bank.question(c.question);
        let toward = t.list(&c.toward.iter().map(|s| t.get(&format!("signal.{}", s.name()))).collect::<Vec<_>>());
        html! {
            <li>
                <span class="rf-why-topic">{ &q.topic }</span>{ ": " }
                <span class="rf-why-answer">{ t.list(&answer_text(&props.bank, &props.answers, c.question)) }</span>
                <span class="rf-why-points">{ " (" }{
                    if c.amount > 0 {
                        t.fill("result.points_toward", &[("n", &t.number(c.amount.unsigned_abs().into())), ("what", &toward)])
                    } else {
                        t.fill("result.held_low", &[("what", &toward)])
                    }
                }{ for c.rules.iter().map(|r| format!(" · {}", r.0)) }{ ")" }</span>
            </li>
        }
    });
    html! {
        <section class="rf-section" aria-labelledby="rf-why">
            <h3 id="rf-why">{ t.get("result.why") }</h3>
            <p>{ t.get("result.why_lead") }</p>
            <ul class="rf-why">{ for reasons }</ul>
        </section>
    }
}

fn rules(report: &Report, t: &Texts) -> Html {
    let rules = report.rules.iter().map(|rule| {
        let sources = rule.sources.iter().map(|s| format!("[{s}]")).collect::<Vec<_>>().join(" ");
        html! {
            <li>
                <strong>{ &rule.id }</strong>{ " " }{ &rule.text }
                if !sources.is_empty() { <span class="rf-meta">{ " " }{ t.fill("result.sources", &[("list", &sources)]) }</span> }
            </li>
        }
    });
    html! { <ul class="rf-rules">{ for rules }</ul> }
}

fn kpis(report: &Report, o: &Outcome, props: &ResultViewProps) -> Html {
    html! {
        <div class="rf-kpis">
            { for report.kpis.iter().map(|(person, kpis)| html! {
                <div class="rf-kpi">
                    <h4>{ person_label(&o.split.people[*person], &props.model, &props.texts) }</h4>
                    <ul>{ text_items(kpis) }</ul>
                </div>
            }) }
        </div>
    }
}
