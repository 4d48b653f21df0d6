//! The result page: `engine::report` decides what it shows; this lays each section out and
//! labels it: headline, how sure or the steps, the reasons, fit or ownership bars (SVG with
//! the numbers as text), the responsibility split as a table, KPIs and rules.

use std::rc::Rc;

use maud::{html as markup, Markup};
use yew::prelude::*;

use crate::config::{mailto, MAX_MAILTO};
use crate::engine::model::Model;
use crate::engine::outcome::Outcome;
use crate::engine::report::{self, Bar, First, More, Report};
use crate::engine::split::{Person, PersonKind};
use crate::engine::{Answers, Assessment, Bank, Role};

use super::i18n::Texts;
use super::lead_form::{LeadContext, LeadForm};
use super::raw;
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
    // A build has no result of an assessment it leaves out (`engine::evaluate`), so no one
    // such a result names; said here, it lets the compiler leave out their labels too. The
    // same goes for the sections of the result below that only one assessment has.
    if !person.kind.assessment().in_this_build() {
        return String::new();
    }
    // Only a team's stand-in covers a role for now.
    let interim = person.interim.filter(|_| Assessment::Team.in_this_build());
    let held: Vec<Role> = person.roles.iter().copied().filter(|&r| interim != Some(r)).collect();
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
    match interim {
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
    if !person.kind.assessment().in_this_build() {
        return String::new();
    }
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
/// spoken mark of a best-fit role (the star beside it is only drawn, not read). The rects
/// are closed explicitly: inside an `<svg>`, the HTML parser does not end a `<rect>` itself.
fn bar(label: &str, percent: u8, best: Option<String>, t: &Texts) -> Markup {
    let width = percent.min(100);
    markup! {
        li.rf-bar.rf-bar-top[best.is_some()] {
            span.rf-bar-label {
                (label)
                @if let Some(best) = &best {
                    span.rf-bar-star aria-hidden="true" { " ★" }
                    span.rf-sr { " " (best) }
                }
            }
            span.rf-bar-value { (t.fill("result.percent", &[("n", &t.number(u64::from(percent)))])) }
            svg.rf-bar-svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false" {
                rect.rf-bar-track x="0" y="0" width="100" height="8" rx="4" {}
                rect.rf-bar-fill x="0" y="0" width=(width) height="8" rx="4" {}
            }
        }
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
    // A build has no outcome of an assessment it leaves out (`engine::evaluate`); said here,
    // it lets the compiler leave out that assessment's sections too.
    if !(o.assessment.in_this_build() && o.detail.assessment().in_this_build()) {
        return Html::default();
    }
    let report = report::of(o, &props.model);
    // The headline, how sure or the first steps, and the deciding answers come first; the full
    // split, KPIs, rules and the rest are one tap away (print opens them all).
    let answer = markup! {
        @if props.shared {
            p.rf-shared-note { (t.get("shared.notice")) }
        }
        (head(&report, o.assessment, t))
        (first(&report.first, t))
        (why(props, o, t))
        (role_lines(&report, t))
    };
    let details = markup! {
        (more("rf-more-split", &t.get("result.split"), markup! { (bars(&report, o, props)) (split_table(o, &props.model, t)) }))
        (extra(&report.more, t))
        (more("rf-more-kpis", &t.get("result.kpis"), kpis(&report, o, props)))
        (more("rf-more-rules", &t.get("result.rules"), rules(&report, t)))
        @if o.assessment == Assessment::Candidate {
            p.rf-meta.rf-self-note { (t.get("candidate.self_assessment")) }
        }
    };
    html! {
        <article class="rf-card rf-result">
            { raw(answer) }
            { cta(props) }
            // `app` shows the form only in builds with it; checked here too, it is what lets
            // the compiler leave the component out of the others.
            if let Some((form, context)) = props.lead.as_ref().filter(|_| cfg!(feature = "lead")) {
                <LeadForm form={form.clone()} context={context.clone()} texts={t.clone()} />
            }
            { raw(details) }
            if props.shared { { take_it(props) } } else { { actions(props, &report) } }
        </article>
    }
}

/// The title, the headline and, for a team that adds one, the Project Manager's note.
fn head(report: &Report, assessment: Assessment, t: &Texts) -> Markup {
    let kicker = t.get(match assessment {
        Assessment::Candidate => "result.kicker.candidate",
        Assessment::Team => "result.kicker.team",
    });
    markup! {
        header.rf-result-head {
            p.rf-kicker { (kicker) }
            h2 id="rf-heading" tabindex="-1" { (report.title) }
            p.rf-lead { (report.headline) }
            @if let Some(note) = &report.project_manager_note {
                p.rf-pjm-note { (note) }
            }
        }
    }
}

/// What each fitting role owns, and its horizon (candidate results).
fn role_lines(report: &Report, t: &Texts) -> Markup {
    if !Assessment::Candidate.in_this_build() {
        return Markup::default();
    }
    markup! {
        @if !report.roles.is_empty() {
            section.rf-section aria-labelledby="rf-roles" {
                h3 id="rf-roles" { (t.get("result.roles")) }
                ul.rf-role-lines {
                    @for r in &report.roles {
                        li {
                            strong { (r.name) } " " (r.line) " "
                            span.rf-meta { (t.fill("result.horizon", &[("horizon", &r.horizon)])) }
                        }
                    }
                }
            }
        }
    }
}

/// How sure (candidate) or what to do (team).
fn first(first: &First, t: &Texts) -> Markup {
    if !first.assessment().in_this_build() {
        return Markup::default();
    }
    match first {
        First::Confidence { confidence, leaning, margin } => {
            let leaning = leaning.map(|r| t.get(&format!("confidence.leaning.{}", r.code())));
            let ahead = margin.map(|m| t.plural("result.margin", u64::from(m), &[]));
            let tier = confidence.code();
            markup! {
                section class={ "rf-section rf-confidence rf-confidence-" (tier) } aria-labelledby="rf-sure" {
                    h3 id="rf-sure" { (t.get("confidence.title")) }
                    p.rf-confidence-tier {
                        strong { (t.get(&format!("confidence.{tier}.label"))) } " " (t.get(&format!("confidence.{tier}")))
                    }
                    @if let Some(line) = leaning { p { (line) } }
                    @if let Some(line) = ahead { p.rf-meta { (line) } }
                }
            }
        }
        First::Steps { now, next } => markup! {
            section.rf-section.rf-steps aria-labelledby="rf-steps" {
                h3 id="rf-steps" { (t.get("result.next_steps")) }
                h4 { (t.get("result.now")) }
                ol.rf-now { (text_items(now)) }
                @if !next.is_empty() {
                    h4 { (t.get("result.next")) }
                    ul { (text_items(next)) }
                }
            }
        },
    }
}

/// Fit per role, or share per person.
fn bars(report: &Report, o: &Outcome, props: &ResultViewProps) -> Markup {
    let t = &props.texts;
    let bars = markup! {
        @for b in report.bars.iter().filter(|b| b.assessment().in_this_build()) {
            @match b {
                Bar::Role { name, percent, best } => (bar(name, *percent, best.then(|| t.get("result.best_fit")), t)),
                Bar::Person { person, percent } => {
                    (bar(&person_label(&o.split.people[*person], &props.model, t), *percent, None, t))
                }
            }
        }
    };
    markup! {
        @match o.assessment {
            Assessment::Candidate => {
                section.rf-section aria-labelledby="rf-fit" {
                    h3 id="rf-fit" { (t.get("result.fit")) }
                    ul.rf-bars { (bars) }
                }
            }
            Assessment::Team if report.bars.is_empty() => {}
            Assessment::Team => {
                h4 { (t.get("result.shares")) }
                ul.rf-bars { (bars) }
            }
        }
    }
}

/// The sections that differ between the assessments: strengths, a week in the role and the
/// interview (candidate); how to fill the seats (team).
fn extra(more_: &More, t: &Texts) -> Markup {
    if !more_.assessment().in_this_build() {
        return Markup::default();
    }
    match more_ {
        More::Candidate { strengths, growth, week, interview } => {
            let seeker: Vec<String> = (0..3).map(|i| t.get(&format!("candidate.next.{i}"))).collect();
            markup! {
                section.rf-section.rf-seeker aria-labelledby="rf-seeker" {
                    h3 id="rf-seeker" { (t.get("candidate.next_title")) }
                    p { (t.get("candidate.titles_vary")) }
                    ul { (text_items(&seeker)) }
                }
                (more("rf-more-skills", &t.get("result.strengths_growth"), markup! {
                    div.rf-two {
                        div {
                            h4 { (t.get("result.strengths")) }
                            ul { (text_items(strengths)) }
                        }
                        div {
                            h4 { (t.get("result.growth")) }
                            ul { (text_items(growth)) }
                        }
                    }
                }))
                (more("rf-more-week", &t.get("result.week"), markup! { ul { (text_items(week)) } }))
                (more("rf-more-interview", &t.get("result.interview"), markup! { ol { (text_items(interview)) } }))
            }
        }
        More::Team { insider_signs, hiring, .. } if insider_signs.is_empty() && hiring.is_empty() => Markup::default(),
        More::Team { insider_signs, hiring, interview } => more(
            "rf-more-fill",
            &t.get("result.fill"),
            markup! {
                @if !insider_signs.is_empty() {
                    h4 { (t.get("result.fill.inside")) }
                    ul { (text_items(insider_signs)) }
                }
                @if !hiring.is_empty() {
                    h4 { (t.get("result.fill.hire")) }
                    ol { (text_items(hiring)) }
                    h4 { (t.get("result.fill.interview")) }
                    ul { (text_items(interview)) }
                }
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
fn more(id: &str, summary: &str, body: Markup) -> Markup {
    markup! {
        details.rf-more id=(id) {
            summary { (summary) }
            div.rf-more-body { (body) }
        }
    }
}

/// The items of a plain list of texts.
fn text_items(texts: &[String]) -> Markup {
    markup! {
        @for text in texts {
            li { (text) }
        }
    }
}

fn split_table(o: &Outcome, model: &Model, t: &Texts) -> Markup {
    let people = &o.split.people;
    let (owner_mark, owner) = (t.get("result.mark.owner"), t.get("result.owner"));
    let (contributor_mark, contributor) = (t.get("result.mark.contributor"), t.get("result.contributor"));
    markup! {
        div.rf-table-wrap {
            table.rf-split {
                caption { (t.get("result.split_caption")) }
                thead {
                    tr {
                        th scope="col" { (t.get("result.split.responsibility")) }
                        @for p in people {
                            @let label = person_label(p, model, t);
                            th scope="col" {
                                span.rf-long { (label) }
                                abbr.rf-short title=(label) aria-hidden="true" { (person_short_label(p, t)) }
                            }
                        }
                    }
                }
                tbody {
                    @for row in &o.split.rows {
                        tr {
                            th scope="row" { (model.responsibilities[row.responsibility].label) }
                            @for p in 0..people.len() {
                                @if o.split.owns(row, p) {
                                    td.rf-own { span aria-hidden="true" { (owner_mark) } span.rf-sr { (owner) } }
                                } @else if row.contributors.contains(&p) {
                                    td.rf-contrib { span aria-hidden="true" { (contributor_mark) } span.rf-sr { (contributor) } }
                                } @else {
                                    td {}
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn why(props: &ResultViewProps, o: &Outcome, t: &Texts) -> Markup {
    markup! {
        section.rf-section aria-labelledby="rf-why" {
            h3 id="rf-why" { (t.get("result.why")) }
            p { (t.get("result.why_lead")) }
            ul.rf-why {
                @for c in &o.reasons {
                    @let toward = t.list(&c.toward.iter().map(|s| t.get(&format!("signal.{}", s.name()))).collect::<Vec<_>>());
                    @let points = if c.amount > 0 {
                        t.fill("result.points_toward", &[("n", &t.number(c.amount.unsigned_abs().into())), ("what", &toward)])
                    } else {
                        t.fill("result.held_low", &[("what", &toward)])
                    };
                    li {
                        span.rf-why-topic { (props.bank.question(c.question).topic) } ": "
                        span.rf-why-answer { (t.list(&answer_text(&props.bank, &props.answers, c.question))) }
                        span.rf-why-points {
                            " (" (points)
                            @for r in &c.rules { " · " (r.0) }
                            ")"
                        }
                    }
                }
            }
        }
    }
}

fn rules(report: &Report, t: &Texts) -> Markup {
    markup! {
        ul.rf-rules {
            @for rule in &report.rules {
                @let sources = rule.sources.iter().map(|s| format!("[{s}]")).collect::<Vec<_>>().join(" ");
                li {
                    strong { (rule.id) } " " (rule.text)
                    @if !sources.is_empty() {
                        span.rf-meta { " " (t.fill("result.sources", &[("list", &sources)])) }
                    }
                }
            }
        }
    }
}

fn kpis(report: &Report, o: &Outcome, props: &ResultViewProps) -> Markup {
    markup! {
        div.rf-kpis {
            @for (person, kpis) in &report.kpis {
                div.rf-kpi {
                    h4 { (person_label(&o.split.people[*person], &props.model, &props.texts)) }
                    ul { (text_items(kpis)) }
                }
            }
        }
    }
}
