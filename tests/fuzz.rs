//! Fuzzing every boundary with proptest: share codes, saved progress, URL parameters,
//! question banks (random text and mutations of the shipped ones) and host messages. Each
//! target asserts no panic and that whatever is accepted is usable. The default test run
//! tries ROLEFIT_FUZZ_CASES (default 2000) inputs per target; `scripts/fuzz` runs a million
//! each in release mode with a fresh seed, and prints the seed so a failure can be replayed.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, RngSeed, TestRunner};
use rolefit::config::Config;
use rolefit::contract::parse_host_message;
use rolefit::engine::outcome::evaluate;
use rolefit::engine::session::{Keep, Session};
use rolefit::engine::share::{decode, peek_assessment, seal};
use rolefit::engine::{Answers, Bank, Content};

fn cases() -> u32 {
    std::env::var("ROLEFIT_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000)
}

/// A runner with the configured case count; a fixed seed unless ROLEFIT_FUZZ_SEED is set.
fn runner(name: &str) -> TestRunner {
    let seed = std::env::var("ROLEFIT_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x00f0_220f);
    println!("fuzz {name}: {} cases, seed {seed}", cases());
    TestRunner::new(RunnerConfig {
        cases: cases(),
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..RunnerConfig::default()
    })
}

fn content() -> Content {
    Content::shipped().expect("content")
}

#[test]
fn fuzz_share_codes() {
    let c = content();
    let strategy = prop_oneof![
        // Arbitrary text, as a damaged link would be.
        "\\PC{0,80}".boxed(),
        // Arbitrary bodies with a valid checksum, to reach the structural checks.
        (Just(1u8), 0u8..3, prop::collection::vec(any::<u8>(), 0..40))
            .prop_map(|(v, a, rest)| {
                let mut body = vec![v, a];
                body.extend(rest);
                seal(&body)
            })
            .boxed(),
        // The right header for the shipped banks, then arbitrary masks.
        (0u8..2, prop::collection::vec(any::<u8>(), 0..30))
            .prop_map(move |(a, rest)| {
                let c = Content::shipped().expect("content");
                let bank = if a == 0 { &c.candidate } else { &c.team };
                let mut body = vec![1, a];
                body.extend_from_slice(&bank.fingerprint().to_le_bytes());
                body.push(bank.len() as u8);
                body.extend(rest);
                seal(&body)
            })
            .boxed(),
    ];
    runner("share codes")
        .run(&strategy, |code| {
            let _ = peek_assessment(&code);
            for bank in [&c.candidate, &c.team] {
                for complete in [false, true] {
                    if let Ok(answers) = decode(bank, &code, complete) {
                        // Whatever decodes is a usable answer set.
                        let _ = evaluate(bank, &answers, &c.model);
                    }
                }
                let _ = Session::resume(Rc::new(bank.clone()), &format!("3:{code}"), Keep::ThisTab);
            }
            Ok(())
        })
        .expect("no panic, every accepted code evaluates");
}

#[test]
fn fuzz_saved_progress() {
    let c = content();
    let bank = Rc::new(c.team.clone());
    runner("saved progress")
        .run(&"\\PC{0,60}", |saved| {
            if let Some(s) = Session::resume(bank.clone(), &saved, Keep::ThisTab) {
                let _ = s.storage();
            }
            Ok(())
        })
        .expect("no panic");
}

#[test]
fn fuzz_url_parameters() {
    let keys = prop::sample::select(vec![
        "assessment",
        "lang",
        "theme",
        "accent",
        "company",
        "logo",
        "cta-label",
        "cta-url",
        "intro",
        "bank",
        "send-answers",
        "preview",
        "frame",
        "host",
        "test-panic",
        "other",
    ]);
    let pair = (keys, "\\PC{0,30}").prop_map(|(k, v)| {
        let v: String = form_urlencoded::byte_serialize(v.as_bytes()).collect();
        format!("{k}={v}")
    });
    let query = prop_oneof![
        prop::collection::vec(pair, 0..8).prop_map(|p| format!("?{}", p.join("&"))).boxed(),
        "\\PC{0,120}".boxed(),
    ];
    runner("url parameters")
        .run(&query, |q| {
            let config = Config::from_query(&q);
            // Whatever is accepted is safe to render.
            for url in config.cta_url.iter().chain(config.logo.iter()) {
                let lower = url.as_str().to_ascii_lowercase();
                prop_assert!(!lower.starts_with("javascript:") && !lower.starts_with("data:"), "{lower}");
            }
            Ok(())
        })
        .expect("no panic, no unsafe URL accepted");
}

/// Mutations of a shipped bank: a byte changed, a slice cut out or repeated.
fn mutated(source: &'static str) -> impl Strategy<Value = String> {
    let len = source.len();
    (0..len, 0..len, any::<u8>(), 0u8..3).prop_map(move |(a, b, byte, how)| {
        let (lo, hi) = (a.min(b), a.max(b).min(lo_plus(a.min(b), 64, len)));
        let mut bytes = source.as_bytes().to_vec();
        match how {
            0 => bytes[a] = byte,
            1 => {
                bytes.drain(lo..hi);
            }
            _ => {
                let piece = bytes[lo..hi].to_vec();
                bytes.splice(lo..lo, piece);
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

fn lo_plus(lo: usize, n: usize, len: usize) -> usize {
    (lo + n).min(len)
}

#[test]
fn fuzz_question_banks() {
    let c = content();
    let strategy = prop_oneof![
        mutated(include_str!("../content/candidate.json")).boxed(),
        mutated(include_str!("../content/team.json")).boxed(),
        "\\PC{0,200}".boxed(),
    ];
    runner("question banks")
        .run(&strategy, |text| {
            if let Ok(bank) = Bank::parse(&text, &c.model) {
                // An accepted bank works: answer every question with its first choice.
                let masks = bank.questions().iter().map(|_| 1u16).collect();
                let answers = Answers::from_masks(&bank, masks).expect("single bit answers are valid");
                let o = evaluate(&bank, &answers, &c.model);
                prop_assert_eq!(o.split.rows.len(), c.model.responsibilities.len());
            }
            Ok(())
        })
        .expect("no panic; every accepted bank evaluates");
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| Value::Number(n.into())),
        prop::sample::select(vec!["rolefit-host", "bank", "eval", "", "1"]).prop_map(|s| Value::String(s.into())),
        "\\PC{0,20}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::vec((prop::sample::select(vec!["source", "version", "type", "bank", "x"]), inner), 0..5)
                .prop_map(|kv| serde_json::Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
        ]
    })
}

#[test]
fn fuzz_host_messages() {
    let origins = prop::sample::select(vec!["https://host.example", "https://evil.example", "null", ""]);
    runner("host messages")
        .run(&(origins, json_value()), |(origin, data)| {
            if parse_host_message(
                origin,
                Some("https://host.example"),
                &rolefit::contract::HostEnvelope::from_json(&data),
            )
            .is_ok()
            {
                prop_assert_eq!(origin, "https://host.example", "accepted only from the host");
            }
            Ok(())
        })
        .expect("no panic; only the host is heard");
}
