//! Configuration and embed contract, native: every parameter over good and bad values, URL
//! safety, accent contrast, event payloads and host-message checks.

use rolefit::config::{BankSource, Color, Config, Param, Problem, SafeUrl, Theme, UrlProblem, Why};
use rolefit::contract::{parse_host_message, Event, HostMessage};
use rolefit::engine::Assessment;
use serde_json::json;

#[track_caller]
fn check_problem(query: &str, expected: &str) -> Config {
    let c = Config::from_query(query);
    assert!(
        c.problems.iter().any(|p| p.to_string().contains(expected)),
        "{query}: expected a problem containing {expected:?}, got {:?}",
        c.problems
    );
    c
}

#[track_caller]
fn check_clean(query: &str) -> Config {
    let c = Config::from_query(query);
    assert!(c.problems.is_empty(), "{query}: unexpected problems {:?}", c.problems);
    c
}

#[test]
fn good_values_are_taken() {
    let c = check_clean(
        "?assessment=team&lang=de-AT&theme=dark&accent=%230a7&company=Acme+Studio&logo=https%3A%2F%2Fexample.com%2Flogo.png\
         &cta-label=Book+a+call&cta-url=%2Fcontact&intro=false&send-answers&preview=1&frame=rf-2&host=https%3A%2F%2Fexample.com&utm_source=x",
    );
    assert_eq!(c.assessment, Assessment::Team);
    assert!(c.assessment_fixed);
    assert_eq!(c.lang, Some(rolefit::config::Lang::De));
    assert_eq!(c.theme, Theme::Dark);
    assert!(c.accent.is_some());
    assert_eq!(c.company.as_deref(), Some("Acme Studio"));
    assert_eq!(c.logo.as_ref().map(SafeUrl::as_str), Some("https://example.com/logo.png"));
    assert_eq!(c.cta_url.as_ref().map(SafeUrl::as_str), Some("/contact"));
    assert!(!c.show_intro && c.send_answers && c.preview);
    assert_eq!(c.frame.as_deref(), Some("rf-2"));
    assert_eq!(c.host.as_deref(), Some("https://example.com"));
    assert_eq!(check_clean("?bank=inline").bank, Some(BankSource::Inline));
    assert!(matches!(check_clean("?bank=banks%2Fmine.json").bank, Some(BankSource::Url(_))));
}

#[test]
fn bad_values_are_reported_and_fall_back() {
    let c = check_problem("?assessment=recruiter", "assessment \"recruiter\" is not known");
    assert_eq!(c.assessment, Assessment::Candidate);
    assert_eq!(check_problem("?lang=fr", "lang \"fr\" is not available").lang, None);
    assert_eq!(check_problem("?theme=neon", "theme \"neon\" is not one of").theme, Theme::System);
    assert!(check_problem("?accent=banana", "accent \"banana\" is not a colour").accent.is_none());
    assert!(check_problem("?accent=%23abcd", "is not a colour").accent.is_none());
    assert!(check_problem(&format!("?company={}", "x".repeat(61)), "longer than 60").company.is_none());
    assert!(check_problem("?intro=maybe", "intro \"maybe\" is not true or false").show_intro);
    assert!(!check_problem("?send-answers=perhaps", "is not true or false").send_answers);
    assert!(check_problem("?host=example.com", "must start with http").host.is_none());
    assert!(check_problem("?host=https%3A%2F%2Fexample.com%2Fpath", "no path").host.is_none());
    assert!(check_problem("?frame=%3Cscript%3E", "is not a frame id").frame.is_none());
    check_problem("?cta-label=Call+us", "cta-url is missing");
    // A refused cta-url is reported once, not also as missing.
    let c = check_problem("?cta-label=Go&cta-url=javascript%3Ax", "cta-url \"javascript:x\" uses \"javascript:\"");
    assert_eq!(
        c.problems,
        [Problem::Value {
            param: Param::CtaUrl,
            value: "javascript:x".into(),
            why: Why::Url(UrlProblem::Scheme("javascript".into()))
        }]
    );
}

#[test]
fn a_transparent_background_is_asked_by_name() {
    assert!(check_clean("?background=transparent").transparent);
    assert!(!check_clean("?background=default").transparent);
    let c = check_problem("?background=blue", "background \"blue\" is not transparent");
    assert!(!c.transparent);
}

#[test]
fn every_parameter_has_one_name() {
    for param in Param::ALL {
        assert_eq!(Param::from_code(&param.code()), Ok(Some(param)));
    }
    // Unknown parameters (a host's tracking) are no problem.
    check_clean("?utm_source=x&gclid=y");
}

#[track_caller]
fn check_url(raw: &str, ok: bool) {
    assert_eq!(SafeUrl::parse(raw).is_ok(), ok, "{raw:?}: {:?}", SafeUrl::parse(raw));
}

#[test]
fn only_http_https_and_relative_urls_are_safe() {
    for good in [
        "https://example.com/contact",
        "http://127.0.0.1:8080/x?y=1#z",
        "/contact",
        "contact.html",
        "../a/b",
        "?q=1",
        "#top",
        "HTTPS://EXAMPLE.COM",
        "https://[2001:db8::1]:8443/x",
        "https://xn--bcher-kva.example/",
    ] {
        check_url(good, true);
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "file:///etc/passwd",
        "//evil.example",
        // Browsers read a backslash as a slash: each of these opens evil.example.
        "/\\evil.example/x",
        "\\\\evil.example/x",
        "\\/evil.example",
        // A user name in front of the host hides the real one.
        "https://trusted.example@evil.example/",
        "https://",
        "https://#f",
        "https://999.1.1.1/",
        "https://example.com:65536/",
        "https://b\u{fc}cher.example/",
        "https:",
        "https:/x",
        "mailto:a@b.c",
        "",
        "a b",
    ] {
        check_url(bad, false);
    }
    let c = check_problem("?cta-url=javascript%3Aalert(1)", "cta-url \"javascript:alert(1)\" uses \"javascript:\"");
    assert!(c.cta_url.is_none(), "a javascript: URL is never kept");
    assert!(check_problem("?logo=data%3Aimage%2Fsvg%2Bxml%2Cx", "uses \"data:\"").logo.is_none());
}

#[test]
fn accent_colours_always_meet_contrast() {
    for hex in ["#0a7", "#ffff00", "#000000", "#ffffff", "#7c3aed", "#e11d48", "#888"] {
        let a = rolefit::config::Accent::from_color(Color::parse(hex).expect("colour"));
        let c = |s: &str| Color::parse(s).expect("hex");
        assert!(c(&a.on_light).contrast(Color(255, 255, 255)) >= 4.5, "{hex} on light: {}", a.on_light);
        assert!(c(&a.on_dark).contrast(Color(0x1b, 0x23, 0x20)) >= 4.5, "{hex} on dark: {}", a.on_dark);
        assert!(c(&a.ink_light).contrast(c(&a.on_light)) >= 4.5, "{hex}: button text on light fill");
        assert!(c(&a.ink_dark).contrast(c(&a.on_dark)) >= 4.5, "{hex}: button text on dark fill");
    }
}

#[test]
fn luminance_follows_the_wcag_formula_for_every_channel_value() {
    // The widget computes the 2.4 power without `powf`; the reference here uses it.
    let reference = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    for v in 0..=255u8 {
        let got = Color(v, v, v).luminance();
        assert!((got - reference(v)).abs() <= 1e-12, "grey {v}: {got} against {}", reference(v));
    }
    // Figures the WCAG community quotes: #767676 is the lightest grey with 4.5:1 on white.
    let on_white = |c: Color| (c.contrast(Color(255, 255, 255)) * 100.0).round() / 100.0;
    assert_eq!(on_white(Color(0x76, 0x76, 0x76)), 4.54);
    assert_eq!(on_white(Color(0x77, 0x77, 0x77)), 4.48);
    assert_eq!(on_white(Color(0, 0, 0)), 21.0);
}

#[test]
fn event_messages_follow_the_documented_shape() {
    use rolefit::contract::Sender;
    let json = |m: rolefit::contract::Message<'_>| serde_json::to_value(m).expect("messages serialize");
    let none = Sender::default();
    let step = Event::Step { index: 3, total: 12, question: "size".into(), elapsed_ms: 4200 };
    let m = json(step.to_message(&Sender { frame: Some("rf-1"), ..none }));
    assert_eq!(
        m,
        json!({"source": "rolefit", "version": 1, "frame": "rf-1", "type": "step",
            "detail": {"index": 3, "total": 12, "question": "size", "elapsed_ms": 4200}})
    );
    // The host's variant and campaign parameters come back in every message, when set.
    let pass = [("utm_source".to_string(), "news".to_string())];
    let m = json(step.to_message(&Sender { frame: None, variant: Some("B"), params: &pass }));
    assert_eq!((&m["variant"], &m["params"]), (&json!("B"), &json!({"utm_source": "news"})));
    let completed = Event::Completed {
        assessment: "team".into(),
        outcome: "separate+pjm".into(),
        percentages: vec![("pm".into(), 40), ("po".into(), 60)],
    };
    let m = json(completed.to_message(&none));
    assert_eq!(
        m["detail"],
        json!({"assessment": "team", "outcome": "separate+pjm", "percentages": {"pm": 40, "po": 60}})
    );
    assert!(m["detail"].get("answers").is_none(), "completed never carries answers");
    let answers = Event::Answers {
        assessment: "candidate".into(),
        outcome: "po".into(),
        answers: vec![rolefit::contract::AnswerDetail { question: "q1".into(), choices: vec!["a".into(), "b".into()] }],
    };
    assert_eq!(
        json(answers.to_message(&none))["detail"],
        json!({"assessment": "candidate", "outcome": "po", "answers": [{"question": "q1", "choices": ["a", "b"]}]})
    );
    assert_eq!(
        json(Event::Cta { outcome: None, cta: "default".into() }.to_message(&none))["detail"],
        json!({"outcome": null, "cta": "default"})
    );
    assert_eq!(
        json(Event::BankRequest {}.to_message(&Sender { frame: Some("rf-2"), ..none })),
        json!({"source": "rolefit", "version": 1, "frame": "rf-2", "type": "bank-request", "detail": {}})
    );
}

#[test]
fn host_messages_are_checked() {
    let good = json!({"source": "rolefit-host", "version": 1, "type": "bank", "bank": "{\"id\":\"x\"}"});
    let host = Some("https://host.example");
    assert_eq!(
        parse_host_message("https://host.example", host, &crate::support::envelope(&good)),
        Ok(HostMessage::Bank("{\"id\":\"x\"}".into()))
    );
    let object_bank = json!({"source": "rolefit-host", "version": 1, "type": "bank", "bank": {"id": "x"}});
    assert!(matches!(
        parse_host_message("https://host.example", host, &crate::support::envelope(&object_bank)),
        Ok(HostMessage::Bank(_))
    ));
    for (origin, expected, data, why) in [
        ("https://evil.example", host, good.clone(), "only https://host.example may send"),
        ("https://host.example", None, good.clone(), "no host origin"),
        ("https://host.example", host, json!("bank"), "must be an object"),
        ("https://host.example", host, json!([{"source": "rolefit-host"}]), "must be an object"),
        (
            "https://host.example",
            host,
            json!({"source": "rolefit-host", "version": "1", "type": "bank"}),
            "needs \"version\"",
        ),
        (
            "https://host.example",
            host,
            json!({"source": "rolefit-host", "version": 1.5, "type": "bank"}),
            "needs \"version\"",
        ),
        ("https://host.example", host, json!({"source": "x", "version": 1, "type": "bank"}), "needs \"source\""),
        (
            "https://host.example",
            host,
            json!({"source": "rolefit-host", "version": 2, "type": "bank"}),
            "unsupported host message version",
        ),
        (
            "https://host.example",
            host,
            json!({"source": "rolefit-host", "version": 1, "type": "eval"}),
            "unknown host message type",
        ),
        (
            "https://host.example",
            host,
            json!({"source": "rolefit-host", "version": 1, "type": "bank", "bank": 5}),
            "needs \"bank\"",
        ),
        (
            "https://host.example",
            host,
            json!({"source": "rolefit-host", "version": 1, "type": "bank", "bank": "x".repeat(600_000)}),
            "larger than",
        ),
    ] {
        let err = parse_host_message(origin, expected, &crate::support::envelope(&data)).expect_err(why);
        assert!(err.to_string().contains(why), "{why}: {err}");
    }
}

#[test]
fn links_keep_settings_but_not_frame_details() {
    use rolefit::config::{url_with_param, url_without_params};
    assert_eq!(
        url_with_param("https://w.example/?assessment=team&lang=de#r=x", "lang", "ar"),
        "https://w.example/?assessment=team&lang=ar"
    );
    assert_eq!(url_with_param("/index.html", "lang", "es"), "/index.html?lang=es");
    assert_eq!(
        url_without_params(
            "https://w.example/?assessment=team&frame=rf-1&host=https%3A%2F%2Fh.example&page=https%3A%2F%2Fh.example%2Fx",
            &["frame", "host", "page"]
        ),
        "https://w.example/?assessment=team"
    );
    assert_eq!(url_without_params("https://w.example/?frame=rf-1", &["frame"]), "https://w.example/");
}

#[test]
fn the_other_visitors_page_is_beside_this_one_with_the_same_query() {
    use rolefit::config::sibling_page;
    let cases = [
        ("https://w.example/rf/?frame=rf-1&host=h", "https://w.example/rf/team.html?frame=rf-1&host=h"),
        ("https://w.example/rf/index.html?lang=de", "https://w.example/rf/team.html?lang=de"),
        ("https://w.example/rf/index?x=1#r=abc", "https://w.example/rf/team.html?x=1#r=abc"),
        ("https://w.example", "https://w.example/team.html"),
        ("https://w.example?x=a/b", "https://w.example/team.html?x=a/b"),
        ("/rf/index.html", "/rf/team.html"),
    ];
    for (url, want) in cases {
        assert_eq!(sibling_page(url, "team.html"), want, "{url}");
    }
}

#[test]
fn result_links_point_at_the_hosts_own_page_only() {
    let c = check_clean("?frame=rf-1&host=https%3A%2F%2Fh.example&page=https%3A%2F%2Fh.example%2Fteam%3Fx%3D1");
    assert_eq!(c.page.as_ref().map(SafeUrl::as_str), Some("https://h.example/team?x=1"));
    let c = check_problem(
        "?frame=rf-1&host=https%3A%2F%2Fh.example&page=https%3A%2F%2Fevil.example%2F",
        "page is not on the host's origin",
    );
    assert!(c.page.is_none());
    assert!(check_problem("?host=https%3A%2F%2Fh.example&page=javascript%3Ax", "uses \"javascript:\"").page.is_none());
    assert!(check_clean("?page=https%3A%2F%2Fh.example%2F").page.is_none(), "without a host there is no host page");
}
