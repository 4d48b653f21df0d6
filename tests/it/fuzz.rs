//! Fuzzing every boundary with proptest: share codes, saved progress, URL parameters,
//! question banks (random text and mutations of the shipped ones) and host messages. Each
//! target asserts no panic and that whatever is accepted is usable. The default test run
//! tries ROLEFIT_FUZZ_CASES (default 2000) inputs per target; `scripts/fuzz` runs a million
//! each in release mode with a fresh seed, and prints the seed so a failure can be replayed.

use crate::support::content;
use std::rc::Rc;

use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, RngSeed, TestRunner};
use rolefit::config::Config;
use rolefit::contract::parse_host_message;
use rolefit::engine::evaluate;
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
                let c = Content::shipped();
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

/// The widget's own page, against which the browser resolves a relative address.
const WIDGET: &str = "https://widgets.example/rolefit/index.html";

/// Web addresses in the shapes that matter: any scheme case, with whitespace and control
/// characters, script and data schemes, protocol-relative with either slash, relative paths.
fn url_shapes() -> impl Strategy<Value = String> {
    let pick = |v: Vec<&'static str>| prop::sample::select(v);
    let lead = pick(vec!["", "", " ", "\t", "\n", "\u{0}", "\u{1f}", "\u{feff}", "\u{a0}"]);
    let scheme = pick(vec![
        "",
        "",
        "http",
        "https",
        "HTTP",
        "hTtPs",
        "javascript",
        "JavaScript",
        "java\tscript",
        "java\nscript",
        "data",
        "DATA",
        "vbscript",
        "file",
        "ftp",
        "blob",
        "h ttps",
        "https ",
    ]);
    let colon = pick(vec!["", ":", ":", "%3A", "&colon;"]);
    let slashes = pick(vec!["", "//", "//", "/", "\\\\", "/\\", "\\/", "\\", "///", " //", "\t//", "/./"]);
    let host =
        pick(vec!["", "evil.example", "widgets.example", "evil.example:443", "[::1]", "a@evil.example", "%2f%2fevil"]);
    let rest = pick(vec!["", "/", "/x", "/x?y=1", "#f", "?q", "\\x", "alert(1)", ",<b>", "/../..//evil.example"]);
    let noise = || "\\PC{0,6}";
    let any_shape = (lead, scheme, colon, slashes, host, rest, noise())
        .prop_map(|(l, s, c, sl, h, r, n)| format!("{l}{s}{c}{sl}{h}{r}{n}"));
    // Mostly complete web addresses with a damaged or unusual host, port or path.
    let web = (
        pick(vec!["http", "https", "HTTPS", "Http"]),
        pick(vec!["://", "://", ":\\\\", ":/\\"]),
        pick(vec![
            "example.com",
            "a-b.example",
            "192.0.2.1",
            "999.1.1.1",
            "1.2.3",
            "[2001:db8::1]",
            "[::",
            "x..y",
            "xn--bcher-kva.example",
            "b\u{fc}cher.example",
            "",
            ".",
        ]),
        pick(vec!["", "", ":8080", ":0", ":65536", ":x", ":"]),
        pick(vec!["", "/", "/a/b?c=d#e", "?q", "#f"]),
        noise(),
    )
        .prop_map(|(s, sep, h, p, r, n)| format!("{s}{sep}{h}{p}{r}{n}"));
    // Relative addresses that a browser may read as another host's.
    let slashed = (
        pick(vec!["", " ", "\t"]),
        pick(vec!["//", "\\\\", "/\\", "\\/", "\\", "/", "./", "\t/\t/", "/\u{0}/"]),
        pick(vec!["evil.example", "evil.example/x", "", "x"]),
    )
        .prop_map(|(l, s, h)| format!("{l}{s}{h}"));
    prop_oneof![2 => any_shape, 2 => web, 1 => slashed]
}

#[test]
fn fuzz_safe_urls_against_the_browsers_parser() {
    use rolefit::config::SafeUrl;
    let base = url::Url::parse(WIDGET).expect("base");
    let (accepted, relative, absolute, refused) = (
        std::cell::Cell::new(0u32),
        std::cell::Cell::new(0u32),
        std::cell::Cell::new(0u32),
        std::cell::Cell::new(0u32),
    );
    runner("safe urls")
        .run(&url_shapes(), |raw| {
            let Ok(safe) = SafeUrl::parse(&raw) else {
                refused.set(refused.get() + 1);
                return Ok(());
            };
            accepted.set(accepted.get() + 1);
            // The oracle: the WHATWG parser, as a browser resolves a link on the widget's page.
            let resolved = base.join(safe.as_str());
            prop_assert!(resolved.is_ok(), "{raw:?} was accepted but no browser could open it");
            let resolved = resolved.expect("checked");
            prop_assert!(matches!(resolved.scheme(), "http" | "https"), "{raw:?} opens {resolved}");
            let written_absolute = safe.as_str().to_ascii_lowercase().replace('\\', "/");
            if written_absolute.starts_with("http://") || written_absolute.starts_with("https://") {
                // It opens the host it names: what SafeUrl read as the host is the browser's.
                let authority = written_absolute.split_once("//").map(|(_, r)| r).unwrap_or("");
                let authority = authority.split(['/', '?', '#']).next().unwrap_or("");
                let named = match authority.strip_prefix('[') {
                    Some(v6) => format!("[{}]", v6.split(']').next().unwrap_or("")),
                    None => authority.rsplit_once(':').map_or(authority, |(h, _)| h).trim_end_matches('.').to_string(),
                };
                let opened = resolved.host_str().unwrap_or("").trim_end_matches('.').to_string();
                prop_assert_eq!(opened, named, "{:?} opens {}", raw, resolved);
                absolute.set(absolute.get() + 1);
            } else {
                // Relative means on the widget's own origin, whatever the slashes.
                prop_assert_eq!(resolved.origin(), base.origin(), "{:?} left the origin: {}", raw, resolved);
                relative.set(relative.get() + 1);
            }
            Ok(())
        })
        .expect("every accepted address is http(s), and a relative one stays on the origin");
    println!(
        "safe urls: {} accepted ({} relative, {} absolute), {} refused",
        accepted.get(),
        relative.get(),
        absolute.get(),
        refused.get()
    );
    // The property is only worth something if the generator reaches both sides.
    let n = cases() / 50;
    assert!(relative.get() > n && absolute.get() > n && refused.get() > n, "the shapes reach every case");
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
        "page",
        "other",
    ]);
    let value = prop_oneof![
        "\\PC{0,30}".boxed(),
        url_shapes().boxed(),
        prop::sample::select(vec!["https://host.example", "https://host.example/careers?x=1", "javascript:alert(1)"])
            .prop_map(str::to_string)
            .boxed(),
    ];
    let pair = (keys, value).prop_map(|(k, v)| {
        let v: String = form_urlencoded::byte_serialize(v.as_bytes()).collect();
        format!("{k}={v}")
    });
    let query = prop_oneof![
        prop::collection::vec(pair, 0..8).prop_map(|p| format!("?{}", p.join("&"))).boxed(),
        "\\PC{0,120}".boxed(),
    ];
    let base = url::Url::parse(WIDGET).expect("base");
    let (links, pages) = (std::cell::Cell::new(0u32), std::cell::Cell::new(0u32));
    runner("url parameters")
        .run(&query, |q| {
            let config = Config::from_query(&q);
            // Whatever is accepted is safe to render: it opens an http(s) address.
            let bank = match &config.bank {
                Some(rolefit::config::BankSource::Url(u)) => Some(u),
                _ => None,
            };
            for url in config.cta_url.iter().chain(config.logo.iter()).chain(bank) {
                let resolved = base.join(url.as_str());
                prop_assert!(
                    resolved.as_ref().is_ok_and(|r| matches!(r.scheme(), "http" | "https")),
                    "{} resolves to {:?}",
                    url.as_str(),
                    resolved
                );
                links.set(links.get() + 1);
            }
            // Result links only ever point at the host's own pages.
            if let Some(page) = &config.page {
                let host = config.host.as_deref().expect("a page needs a host");
                let resolved = url::Url::parse(page.as_str()).expect("a page is absolute");
                prop_assert_eq!(resolved.origin().ascii_serialization(), host);
                pages.set(pages.get() + 1);
            }
            Ok(())
        })
        .expect("no panic, no unsafe URL accepted");
    println!("url parameters: {} links and {} pages accepted", links.get(), pages.get());
    assert!(links.get() > cases() / 20 && pages.get() > 0, "the parameters reach the URL checks");
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
        mutated(include_str!("../../content/candidate.json")).boxed(),
        mutated(include_str!("../../content/team.json")).boxed(),
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

/// Mostly well-formed host messages (version 1, source "rolefit-host", a known type, a bank
/// as text or an object), each field sometimes wrong, and sometimes any JSON at all.
fn host_message() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    let source = prop_oneof![8 => Just(json!("rolefit-host")), 1 => Just(json!("rolefit")), 1 => json_value()];
    let version = prop_oneof![8 => Just(json!(1)), 1 => Just(json!(1.0)), 2 => (0u8..3).prop_map(|v| json!(v)), 1 => json_value()];
    let kind = prop_oneof![
        8 => Just(json!("bank")),
        2 => Just(json!("bank-unavailable")),
        1 => Just(json!("sized")),
        1 => Just(json!("height")),
        1 => json_value()
    ];
    let reason =
        prop_oneof![Just(json!("there is no element with id \"b\"")), Just(json!("x".repeat(1000))), json_value()];
    let bank = prop_oneof![
        2 => Just(json!(include_str!("../../content/candidate.json"))),
        2 => Just(json!({"id": "mine", "questions": []})),
        1 => Just(json!("x".repeat(rolefit::contract::MAX_INLINE_BANK + 1))),
        1 => json_value(),
    ];
    let envelope = (source, version, kind, bank, reason).prop_map(|(source, version, kind, bank, reason)| {
        json!({"source": source, "version": version, "type": kind, "bank": bank, "reason": reason})
    });
    prop_oneof![8 => envelope, 1 => json_value()].prop_map(|v: Value| v)
}

#[test]
fn fuzz_host_messages() {
    let origins = prop::sample::select(vec![
        "https://host.example",
        "https://host.example",
        "https://evil.example",
        "https://host.example.evil.example",
        "http://host.example",
        "null",
        "",
    ]);
    let (from_host, refused_from_host) = (std::cell::Cell::new(0u32), std::cell::Cell::new(0u32));
    runner("host messages")
        .run(&(origins, host_message()), |(origin, data)| {
            let parsed = parse_host_message(origin, Some("https://host.example"), &crate::support::envelope(&data));
            if let Ok(rolefit::contract::HostMessage::BankUnavailable(reason)) = &parsed {
                prop_assert!(reason.chars().count() <= rolefit::contract::MAX_REASON, "a host's reason is kept short");
            }
            let accepted = parsed.is_ok();
            if accepted {
                prop_assert_eq!(origin, "https://host.example", "accepted only from the host");
                from_host.set(from_host.get() + 1);
            } else if origin == "https://host.example" {
                refused_from_host.set(refused_from_host.get() + 1);
            }
            Ok(())
        })
        .expect("no panic; only the host is heard");
    println!("host messages: {} accepted from the host, {} refused from it", from_host.get(), refused_from_host.get());
    // Without well-formed messages the property above would never be checked.
    assert!(from_host.get() > cases() / 20 && refused_from_host.get() > cases() / 20, "both sides are reached");
}
