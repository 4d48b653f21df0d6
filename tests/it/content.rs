//! Content checks, native: the shipped banks and model parse and validate, every outcome has
//! its texts, every UI string key used in the code exists, and broken banks are reported
//! with the question and field named.

use crate::support::{content, parsed_content};
use std::collections::BTreeSet;

use rolefit::engine::{Assessment, Bank};
use rolefit::ui::i18n::Texts;

#[test]
fn shipped_content_parses_and_meets_the_brief() {
    let c = content();
    // Most visitors are on a phone: at most 12 candidate questions (issue 15).
    assert!((10..=12).contains(&c.candidate.len()), "candidate bank has {} questions", c.candidate.len());
    assert!(c.team.len() >= 10, "team bank has {} questions", c.team.len());
    // The DOMAIN matrix's 18 rows, and the final say on ideas (the founder's or a client's).
    assert_eq!(c.model.responsibilities.len(), 19);
    assert_eq!(c.model.responsibilities.iter().filter(|r| r.final_say).count(), 1);
    for i in 1..=9 {
        assert!(c.model.rule(&rolefit::engine::RuleId(format!("R{i}"))).is_some(), "rule R{i}");
    }
}

/// build.rs compiles the content in (`engine::codegen`): what the widget runs on must be
/// exactly what the parser makes of the files today, texts, ids, weights and fingerprints.
#[test]
fn the_compiled_content_is_what_the_parser_makes_of_the_files() {
    let read = |file: &str| std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let parsed = parsed_content();
    let compiled = content();
    assert_eq!(compiled.model, parsed.model);
    assert_eq!(compiled.candidate, parsed.candidate);
    assert_eq!(compiled.team, parsed.team);
    assert!(compiled.team.is_shipped() && compiled.candidate.is_shipped());
    let mut english: rolefit::engine::i18n::Catalog =
        serde_json::from_str(&read(rolefit::engine::content::UI_STRINGS)).expect("en.json is a map of texts");
    // The tests' build has every feature: all of en.json but what only web/boot.js shows.
    english.retain(|key, _| !key.starts_with("boot."));
    assert_eq!(rolefit::engine::shipped::ui_strings(), english);
}

#[test]
fn every_possible_outcome_has_texts() {
    let c = content();
    use rolefit::engine::outcome::OutcomeId;
    let ids: Vec<OutcomeId> =
        OutcomeId::all(Assessment::Candidate).into_iter().chain(OutcomeId::all(Assessment::Team)).collect();
    for id in &ids {
        let t = id.texts(&c.model).unwrap_or_else(|| panic!("no texts for outcome {id}"));
        assert!(!t.title.is_empty() && !t.headline.is_empty(), "{id}");
        // The text form is defined once and reads back.
        assert_eq!(OutcomeId::from_code(&id.code()), Some(*id));
    }
    assert_eq!(ids.len(), 7 + 14 + 11, "7 candidate fits, 14 team changes, 11 of them with a Project Manager");
    // Texts are keyed without the `+pjm` suffix (it adds the Project Manager note).
    let known: BTreeSet<String> = ids.iter().map(|id| id.text_key()).collect();
    for id in c.model.outcomes.keys() {
        assert!(known.contains(id), "model.json has texts for {id}, which no rule produces");
    }
}

#[test]
fn every_skill_is_evidenced_by_some_choice() {
    let c = content();
    let used: BTreeSet<&str> = c
        .candidate
        .questions()
        .iter()
        .flat_map(|q| q.choices.iter().flat_map(|ch| ch.skills.iter().map(|s| s.as_str())))
        .collect();
    for role in c.model.roles.values() {
        for s in &role.skills {
            assert!(used.contains(s.id.as_str()), "skill {} is never shown by any answer", s.id);
        }
    }
}

/// Every string literal in the UI code that looks like a key of the catalog (its first part
/// is one of the catalog's sections, as in `"share.copied"`) exists in the English strings,
/// whether it is passed to `t.get` directly or chosen by an `if` or a `match` first.
#[test]
fn every_ui_string_key_exists() {
    let texts = Texts::english();
    let catalog: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&std::fs::read_to_string("content/i18n/en.json").expect("en.json")).expect("json");
    let sections: std::collections::BTreeSet<&str> = catalog.keys().filter_map(|k| k.split('.').next()).collect();
    let is_key_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-+".contains(c);
    let mut missing = Vec::new();
    let mut checked = 0;
    let mut files: Vec<std::path::PathBuf> =
        std::fs::read_dir("src/ui").expect("src/ui").map(|e| e.expect("entry").path()).collect();
    files.push("src/ui.rs".into());
    for path in files {
        let src = std::fs::read_to_string(&path).expect("read");
        for literal in src.split('"').skip(1).step_by(2) {
            let looks_like_key = literal.contains('.')
                && !literal.ends_with('.')
                && literal.chars().all(is_key_char)
                && literal.split('.').next().is_some_and(|s| sections.contains(s));
            if looks_like_key {
                checked += 1;
                if !texts.has(literal) {
                    missing.push(format!("{}: {literal}", path.display()));
                }
            }
        }
    }
    assert!(checked > 50, "the scan finds the UI's keys ({checked} found)");
    // Keys built with format!: check every value they can take.
    for a in ["candidate", "team"] {
        for k in [format!("intro.{a}.kicker")] {
            if !texts.has(&k) {
                missing.push(k);
            }
        }
    }
    // Keys chosen at run time rather than written as literals.
    for k in [
        "intro.facts",
        "link.error.empty",
        "link.error.damaged",
        "link.error.version",
        "link.error.bank",
        "link.error.answers",
        "link.error.elsewhere",
    ] {
        if !texts.has(k) {
            missing.push(k.to_string());
        }
    }
    for r in rolefit::engine::Role::ALL {
        let k = format!("role.short.{}", r.code());
        if !texts.has(&k) {
            missing.push(k);
        }
    }
    for s in rolefit::engine::Signal::CANDIDATE.iter().chain(rolefit::engine::Signal::TEAM.iter()) {
        let k = format!("signal.{}", s.name());
        if !texts.has(&k) {
            missing.push(k);
        }
    }
    assert!(missing.is_empty(), "missing UI strings:\n{}", missing.join("\n"));
}

#[track_caller]
fn check_rejected(bank_json: &str, expected: &[&str]) {
    let model = content().model;
    let errors = Bank::parse(bank_json, &model).expect_err("the bank is invalid");
    let text = errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n");
    for e in expected {
        assert!(text.contains(e), "expected {e:?} in:\n{text}");
    }
}

const GOOD_CHOICES: &str = r#"[{"id":"a","label":"A","weights":{"pm":1}},{"id":"b","label":"B","weights":{"po":1}}]"#;

#[test]
fn broken_banks_name_the_question_and_field() {
    check_rejected("{", &["bank: line"]);
    check_rejected(
        r#"{"id":"x","assessment":"candidate","title":"t","intro":"i","questions":[]}"#,
        &["questions: a bank needs at least one question"],
    );
    check_rejected(
        &format!(
            r#"{{"id":"x","assessment":"candidate","title":"t","intro":"i","questions":[
            {{"id":"q1","prompt":"P","topic":"T","kind":"single","choices":{GOOD_CHOICES}}},
            {{"id":"q1","prompt":"P","topic":"T","kind":"single","choices":{GOOD_CHOICES}}}]}}"#
        ),
        &["question \"q1\" (#2) id: duplicate question id"],
    );
    check_rejected(
        r#"{"id":"x","assessment":"candidate","title":"t","intro":"i","questions":[
            {"id":"q1","prompt":"P","topic":"T","kind":"single","choices":[
              {"id":"a","label":"A","weights":{"scale":1}},{"id":"b","label":"B","weights":{"po":9}, "rules":["R42"]}]}]}"#,
        &[
            "question \"q1\" (#1) choice \"a\" weights.scale: unknown signal for a candidate bank",
            "choice \"b\" weights.po: must be a whole number from 0 to 5, is 9",
            "choice \"b\" rules: unknown rule id \"R42\"",
        ],
    );
    check_rejected(
        &format!(
            r#"{{"id":"x","assessment":"team","title":"t","intro":"i","questions":[
            {{"id":"q1","prompt":"P","topic":"T","kind":"sliding","skip_if":{{"question":"q2","any_of":["a"]}},"choices":{GOOD_CHOICES}}},
            {{"id":"q2","prompt":"P","topic":"T","kind":"multiple","max":5,"choices":{GOOD_CHOICES}}}]}}"#
        ),
        &[
            "question \"q1\" (#1) kind: \"sliding\" is not one of",
            "skip_if.question: \"q2\" is not an earlier question",
            "question \"q2\" (#2) max: must be between 1",
        ],
    );
    check_rejected(
        r#"{"id":"x","assessment":"candidate","title":"t","intro":"i","questions":[], "colour":"red"}"#,
        &["unknown field `colour`"],
    );
}

/// A team bank of the earlier format is refused with a message that names what changed.
#[test]
fn a_bank_of_the_earlier_team_format_is_told_what_changed() {
    check_rejected(
        r#"{"id":"old","assessment":"team","title":"Old","intro":"x","questions":[
            {"id":"grow","prompt":"Grow?","topic":"Who could grow","kind":"single","choices":[
                {"id":"yes","label":"Yes","weights":{"insider":3}},{"id":"no","label":"No","weights":{}}]}]}"#,
        &["question \"grow\"", "weights.insider", "earlier team format", "insider_po", "has_pm"],
    );
}

#[test]
fn the_model_has_a_text_for_every_decision_rule_the_engine_fires() {
    use rolefit::engine::model::DecisionRule;
    let c = content();
    for rule in DecisionRule::ALL {
        assert!(c.model.rule(&rule.id()).is_some(), "{}", rule.code());
    }
    // A model without R3 is refused when parsed, naming it.
    let text = include_str!("../../content/model.json").replacen("\"id\": \"R3\"", "\"id\": \"R3x\"", 1);
    let errors = rolefit::engine::Model::parse(&text).expect_err("R3 is missing");
    assert!(errors.iter().any(|e| e.to_string().contains("missing rule R3")), "{errors:?}");
}

/// build.rs keeps a UI string only for a build that can show it (`content::shows_string`):
/// a signal's name only where its assessment is, each feature's strings only with it.
#[test]
fn a_build_keeps_the_signal_names_of_its_own_assessments_only() {
    use rolefit::engine::content::shows_string;
    let with = |features: &'static [&'static str]| move |f: &str| features.contains(&f);
    let candidate = with(&["candidate"]);
    assert!(shows_string("signal.pm", candidate) && shows_string("signal.pjm", candidate));
    assert!(!shows_string("signal.scale", candidate) && !shows_string("signal.has_pjm", candidate));
    let team = with(&["team"]);
    assert!(!shows_string("signal.po", team) && shows_string("signal.committee", team));
    assert!(shows_string("signal.po", with(&["candidate", "team"])));
    // Other strings, and a name that is no signal, are as before.
    assert!(shows_string("result.why", team) && shows_string("signal.unknown", team));
    assert!(!shows_string("lead.submit", candidate) && shows_string("lead.submit", with(&["candidate", "lead"])));
    assert!(!shows_string("boot.loading", with(&["candidate", "team", "lead", "preview"])));
}
