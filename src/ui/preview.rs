//! The authors' preview (`preview=true`): the bank's validation report and how often each
//! outcome is reached, so an author knows before publishing that no outcome is dead.
//!
//! The report is plain data, always compiled; the component that shows it, and the
//! reachability run that fills it (`report`), exist only with the `preview` feature: the
//! visitors' build leaves them out (Cargo.toml) and sends `preview=true` to the authors' build.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::model::Model;
use crate::engine::reach::Reachability;
#[cfg(feature = "preview")]
use crate::engine::Bank;

use super::i18n::Texts;

#[derive(Clone, Debug, PartialEq)]
pub struct PreviewReport {
    /// Where the bank came from: its URL, "inline bank" or the built-in bank.
    pub source: String,
    pub title: String,
    pub questions: usize,
    /// Validation or loading errors, each naming the question and field.
    pub errors: Vec<String>,
    /// Reachability of every outcome; None when the bank did not validate.
    pub reach: Option<Reachability>,
}

/// How many answer sets the authors' preview evaluates for its reachability table.
pub const PREVIEW_SAMPLES: usize = 4000;

/// The report for `bank` (reachability only when it validated, i.e. without `problems`).
#[cfg(feature = "preview")]
pub fn report(source: &str, bank: &Bank, model: &Model, problems: &[super::custom_bank::Problem]) -> PreviewReport {
    PreviewReport {
        source: source.to_string(),
        title: bank.title().to_string(),
        questions: bank.len(),
        errors: problems.iter().map(ToString::to_string).collect(),
        reach: problems.is_empty().then(|| crate::engine::reach::reachability(bank, model, PREVIEW_SAMPLES)),
    }
}

/// The preview above the assessment, when there is a report.
pub fn panel(report: Option<&Rc<PreviewReport>>, model: &Rc<Model>, texts: &Rc<Texts>) -> Html {
    #[cfg(feature = "preview")]
    if let Some(report) = report {
        return html! { <Preview report={report.clone()} model={model.clone()} texts={texts.clone()} /> };
    }
    #[cfg(not(feature = "preview"))]
    let _ = (report, model, texts); // the visitors' build never shows it
    Html::default()
}

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub report: Rc<PreviewReport>,
    pub model: Rc<Model>,
    pub texts: Rc<Texts>,
}

#[cfg(feature = "preview")]
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let t = &props.texts;
    let r = &props.report;
    let status = if r.errors.is_empty() {
        t.plural("preview.valid", r.questions as u64, &[])
    } else {
        t.plural("preview.invalid", r.errors.len() as u64, &[])
    };
    html! {
        <section class="rf-card rf-preview" aria-labelledby="rf-preview">
            <p class="rf-kicker">{ t.get("preview.kicker") }</p>
            <h2 id="rf-preview">{ t.get("preview.title") }</h2>
            <p class="rf-meta">{ &r.source }{ " · " }{ &r.title }</p>
            <p class={classes!("rf-preview-status", (!r.errors.is_empty()).then_some("rf-preview-bad"))}>{ status }</p>
            if !r.errors.is_empty() {
                <ol class="rf-preview-errors">{ for r.errors.iter().map(|e| html! { <li><code>{ e }</code></li> }) }</ol>
            }
            if let Some(reach) = &r.reach {
                <h3>{ t.get("preview.reach") }</h3>
                <p class="rf-meta">{ t.plural("preview.reach_how", u64::try_from(reach.space).unwrap_or(u64::MAX), &[("evaluated", &t.number(reach.evaluated as u64))]) }</p>
                <div class="rf-table-wrap">
                    <table class="rf-split rf-reach">
                        <thead><tr>
                            <th scope="col">{ t.get("preview.outcome") }</th>
                            <th scope="col">{ t.get("preview.count") }</th>
                            <th scope="col">{ t.get("preview.share") }</th>
                        </tr></thead>
                        <tbody>
                            { for reach.counts.iter().map(|(id, &n)| {
                                let title = crate::engine::outcome::OutcomeId::from_code(id)
                                    .and_then(|o| o.texts(&props.model))
                                    .map(|o| o.title.clone())
                                    .unwrap_or_else(|| id.clone());
                                // Tenths of a percent in integers: float formatting would cost the wasm ~10 KB.
                                let tenths = (n * 1000).checked_div(reach.evaluated).unwrap_or(0);
                                html! {
                                    <tr key={id.clone()} class={classes!((n == 0).then_some("rf-dead"))}>
                                        <th scope="row">{ title }<span class="rf-meta">{ format!(" ({id})") }</span></th>
                                        <td>{ n }</td>
                                        <td>{ if n == 0 { t.get("preview.unreachable") } else { format!("{}.{}%", tenths / 10, tenths % 10) } }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="rf-meta">{ t.fill("preview.ties", &[("exact", &reach.exact_ties.to_string()), ("near", &reach.near_ties.to_string())]) }</p>
            }
        </section>
    }
}
