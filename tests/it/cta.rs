//! Calls to action per outcome (`Config::ctas_for`) and the host's campaign parameters: the
//! most specific setting wins, field by field; families; close calls; only named parameters.

use rolefit::config::{mailto, Config, Param, Problem, MAX_MAILTO};
use rolefit::engine::outcome::OutcomeId;
use rolefit::engine::reach::for_each_answer_set;
use rolefit::engine::{evaluate, Assessment, Outcome};

use crate::support::content;

/// The first outcome of the sample whose id is `code`.
fn outcome(code: &str) -> Outcome {
    let content = content();
    let id = OutcomeId::from_code(code).expect("an outcome id");
    let assessment = if matches!(id, OutcomeId::Candidate(_)) { Assessment::Candidate } else { Assessment::Team };
    let bank = content.bank(assessment);
    let mut found = None;
    for_each_answer_set(bank, 20_000, |answers| {
        if found.is_none() {
            let o = evaluate(bank, answers, &content.model);
            if o.id == id {
                found = Some(o);
            }
        }
    });
    found.unwrap_or_else(|| panic!("the sample reaches {code}"))
}

/// (label, url, source) of each button the result shows.
fn buttons(query: &str, o: &Outcome) -> Vec<(Option<String>, String, String)> {
    let c = Config::from_query(query);
    assert!(c.problems.is_empty(), "{query}: {:?}", c.problems.iter().map(ToString::to_string).collect::<Vec<_>>());
    c.ctas_for(o).into_iter().map(|b| (b.label, b.url, b.source)).collect()
}

fn one(label: Option<&str>, url: &str, source: &str) -> Vec<(Option<String>, String, String)> {
    vec![(label.map(String::from), url.to_string(), source.to_string())]
}

#[test]
fn an_outcome_s_own_setting_beats_the_general_one_field_by_field() {
    let po = outcome("po");
    let q = "?cta-url=%2Fjobs&cta-label=See+our+jobs&cta-url-po=%2Fjobs%2Fpo&cta-label-po=See+our+PO+roles";
    assert_eq!(buttons(q, &po), one(Some("See our PO roles"), "/jobs/po", "po"));
    // A label of its own on the general address, and the other way round.
    assert_eq!(buttons("?cta-url=%2Fcontact&cta-label-po=Talk+PO", &po), one(Some("Talk PO"), "/contact", "po"));
    assert_eq!(buttons("?cta-label=Apply&cta-url-po=%2Fpo", &po), one(Some("Apply"), "/po", "po"));
    // Another outcome's setting does not apply; the general one does.
    assert_eq!(buttons("?cta-url=%2Fjobs&cta-url-pm=%2Fpm", &po), one(None, "/jobs", "default"));
    assert!(buttons("?cta-url-pm=%2Fpm", &po).is_empty(), "no address for this result: no button");
}

#[test]
fn a_close_call_shows_the_button_of_each_fitting_role() {
    let hybrid = outcome("hybrid-pm-po");
    let q = "?cta-url-pm=%2Fpm&cta-label-pm=PM+roles&cta-url-po=%2Fpo&cta-label-po=PO+roles&cta-url=%2Fall";
    assert_eq!(
        buttons(q, &hybrid),
        [
            (Some("PM roles".to_string()), "/pm".to_string(), "pm".to_string()),
            (Some("PO roles".to_string()), "/po".to_string(), "po".to_string())
        ]
    );
    // Its own setting wins over the roles'.
    assert_eq!(buttons(&format!("{q}&cta-url-hybrid-pm-po=%2Fboth"), &hybrid), one(None, "/both", "hybrid-pm-po"));
    // A generalist gets the general button.
    assert_eq!(buttons(q, &outcome("generalist")), one(None, "/all", "default"));
}

#[test]
fn team_families_address_results_with_a_project_manager_or_a_hire() {
    let with_pjm = outcome("separate+pjm");
    assert_eq!(buttons("?cta-url=%2Fc&cta-url-with-pjm=%2Fpjm", &with_pjm), one(None, "/pjm", "with-pjm"));
    // The outcome's own id (without +pjm) is more specific than the family.
    assert_eq!(buttons("?cta-url-with-pjm=%2Fpjm&cta-url-separate=%2Fsep", &with_pjm), one(None, "/sep", "separate"));
    assert_eq!(buttons("?cta-url=%2Fc&cta-url-hire=%2Fhire", &outcome("separate")), one(None, "/hire", "hire"));
    // Nobody hired: the hire family does not apply.
    assert_eq!(buttons("?cta-url=%2Fc&cta-url-hire=%2Fhire", &outcome("keep")), one(None, "/c", "default"));
}

#[test]
fn named_campaign_parameters_reach_every_address_and_nothing_else_does() {
    let po = outcome("po");
    let q = "?cta-url=https%3A%2F%2Fjobs.example%2Fpo%3Fteam%3D1%23apply&pass=gh_src%3Dab12%26utm_source%3Dnews";
    assert_eq!(
        buttons(q, &po),
        one(None, "https://jobs.example/po?team=1&gh_src=ab12&utm_source=news#apply", "default"),
        "added to the query, the fragment kept"
    );
    // The host's own parameters stay exactly as written.
    assert_eq!(
        buttons("?cta-url=%2Fjobs%3Fq%3Da%2520b%26flag%26x%3D%252F&pass=gh_src%3Dab", &po),
        one(None, "/jobs?q=a%20b&flag&x=%2F&gh_src=ab", "default")
    );
    // The host's own value of a passed name is replaced, not doubled.
    assert_eq!(buttons("?cta-url=%2Fj%3Fgh_src%3Dold&pass=gh_src%3Dnew", &po), one(None, "/j?gh_src=new", "default"));
}

#[test]
fn bad_targets_and_parameters_are_reported() {
    let c = Config::from_query("?cta-url-recruiter=%2Fx&cta-label-add-po=ok");
    assert_eq!(c.problems, [Problem::UnknownTarget { key: "cta-url-recruiter".into() }, Problem::LabelWithoutUrl]);
    assert!(c.problems[0].to_string().contains("names no outcome id or family"), "{}", c.problems[0]);
    // +pjm ids are addressed through the family (a '+' in a query is a space anyway).
    assert!(matches!(Config::from_query("?cta-url-add-po%2Bpjm=%2Fx").problems[..], [Problem::UnknownTarget { .. }]));
    // Campaign values come from the visitor's address: one that cannot be copied is dropped
    // alone and silently (the visitor is shown nothing), and at most ten are kept.
    let c = Config::from_query("?pass=a%3D1%26%3Cx%3E%3D2%26b%3Dline%250Abreak%26c%3D3");
    assert_eq!(c.pass, [("a".to_string(), "1".to_string()), ("c".to_string(), "3".to_string())]);
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    let eleven = (0..11).map(|i| format!("p{i}%3D{i}")).collect::<Vec<_>>().join("%26");
    assert_eq!(Config::from_query(&format!("?pass={eleven}")).pass.len(), 10);
    // Contact details go over https only.
    let c = Config::from_query("?lead-url=http%3A%2F%2Fcrm.example%2Fleads");
    assert!(c.problems[0].to_string().contains("never sent unencrypted"), "{:?}", c.problems);
    assert!(
        Config::from_query("?lead-url=http%3A%2F%2F127.0.0.1%3A8181%2Fleads").problems.is_empty(),
        "a local endpoint"
    );
    assert!(!Config::from_query("?lead-url=http%3A%2F%2Flocalhost.evil.example%2F").problems.is_empty());
    assert_eq!(Config::from_query("?variant=intro+B").variant.as_deref(), Some("intro B"));
    let c = Config::from_query("?variant=%3Cscript%3E");
    assert!(c.variant.is_none() && matches!(c.problems[..], [Problem::Value { param: Param::Variant, .. }]));
}

#[test]
fn a_mailto_address_encodes_spaces_as_mail_programs_read_them() {
    let href = mailto("My result: PO", "Product Owner\nhttps://w.example/#r=abc+def");
    assert_eq!(
        href,
        "mailto:?subject=My%20result%3A%20PO&body=Product%20Owner%0Ahttps%3A%2F%2Fw.example%2F%23r%3Dabc%2Bdef"
    );
    assert!(href.len() < MAX_MAILTO);
}

/// The configurator (web/configure.js) offers exactly the targets the widget takes: each
/// assessment's outcome ids without `+pjm`, and the team families.
#[test]
fn the_configurator_offers_every_target_and_no_other() {
    use rolefit::config::Target;
    let js = std::fs::read_to_string("web/configure.js").expect("web/configure.js");
    let list = |name: &str| -> Vec<String> {
        let start = js.find(&format!("{name}: [")).unwrap_or_else(|| panic!("{name} list")) + name.len() + 3;
        let end = start + js[start..].find(']').expect("end of list");
        js[start..end].split(',').map(|s| s.trim().trim_matches('\'').to_string()).filter(|s| !s.is_empty()).collect()
    };
    for assessment in [Assessment::Candidate, Assessment::Team] {
        let mut expected: Vec<String> = OutcomeId::all(assessment)
            .into_iter()
            .filter(|id| !id.adds_project_manager())
            .map(|id| id.code())
            .collect();
        if assessment == Assessment::Team {
            expected.extend([Target::WithProjectManager, Target::Hire].map(Target::code));
        }
        let offered = list(assessment.code());
        assert_eq!(offered, expected, "{}", assessment.code());
        for code in &offered {
            assert!(Target::from_code(code).is_some(), "{code} is a target the widget takes");
        }
    }
}
