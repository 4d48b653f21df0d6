//! The intro screen: what the assessment is, how long it takes, and a start button.

use std::rc::Rc;

use maud::html as markup;
use yew::prelude::*;

use crate::config::{sibling_page, url_with_param, Lang};
use crate::engine::{Assessment, Bank};

use super::browser::Build;
use super::i18n::Texts;
use super::raw;

/// What the intro shows. A plain function of these, not a component: a component's
/// lifecycle costs wasm for nothing here (the app re-renders it only when it changes).
pub struct IntroProps {
    pub bank: Rc<Bank>,
    pub texts: Rc<Texts>,
    /// Offer a link to the other assessment (when the host did not choose one).
    pub offer_other: bool,
    /// The current language, and this page's address for the switcher's links (it keeps the
    /// frame's id and host, so an embedded widget stays connected after the reload).
    pub lang: Lang,
    pub self_url: String,
    pub on_start: Callback<()>,
}

pub fn view(props: &IntroProps) -> Html {
    let t = &props.texts;
    let assessment = props.bank.assessment();
    let n = props.bank.len();
    // About 15 seconds a question, rounded up to whole minutes.
    let minutes = n.div_ceil(4).max(1);
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    // With skip conditions, some visitors are asked fewer questions.
    let up_to = props.bank.questions().iter().any(|q| q.skip_if.is_some());
    let facts = "intro.facts";
    let other = match assessment {
        Assessment::Candidate => ("team", t.get("intro.switch.candidate")),
        Assessment::Team => ("candidate", t.get("intro.switch.team")),
    };
    // The other assessment on this page, or on the visitors' page that has it (`team.html`
    // beside `index.html`), straight there rather than by way of this page's forwarding.
    let other_page = if assessment.other().in_this_build() {
        props.self_url.clone()
    } else {
        sibling_page(&props.self_url, &format!("{}.html", Build::of(assessment.other()).name()))
    };
    let (questions, minutes) = (
        t.plural(if up_to { "intro.questions_up_to" } else { "intro.questions" }, n as u64, &[]),
        t.plural("intro.minutes", minutes as u64, &[]),
    );
    let about = markup! {
        p.rf-kicker { (t.get(&format!("intro.{}.kicker", assessment.code()))) }
        h2 id="rf-heading" tabindex="-1" { (props.bank.title()) }
        p.rf-lead { (props.bank.intro()) }
        p.rf-meta { (t.fill(facts, &[("questions", &questions), ("minutes", &minutes)])) }
    };
    let links = markup! {
        @if props.offer_other {
            p.rf-switch { a href=(url_with_param(&other_page, "assessment", other.0)) { (other.1) } }
        }
        nav.rf-langs aria-label=(t.get("intro.language")) {
            ul {
                @for lang in Lang::ALL {
                    @let code = lang.code();
                    li {
                        a href=(url_with_param(&props.self_url, "lang", code)) lang=(code) hreflang=(code)
                            aria-current=[(lang == props.lang).then_some("true")] { (lang.native_name()) }
                    }
                }
            }
        }
    };
    html! {
        <section class="rf-card rf-intro">
            { raw(about) }
            <div class="rf-nav">
                <button type="button" class="rf-button rf-primary" onclick={on_start}>{ t.get("intro.start") }</button>
            </div>
            { raw(links) }
        </section>
    }
}
