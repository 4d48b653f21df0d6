//! Browser component tests: the real app mounted in headless Chromium via wasm-bindgen-test,
//! driven by DOM clicks, with `yew::scheduler::flush()` instead of sleeps.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().expect("window").document().expect("document")
}

async fn mount(query: &str) -> Element {
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    let props = rolefit::ui::start::props_for(
        rolefit::config::Config::from_query(query),
        &rolefit::ui::start::Boot::default(),
        None,
    );
    yew::Renderer::<rolefit::ui::app::App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// Resolves in the next animation frame (focus moves to a new heading there).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().expect("window").request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .expect("an HTML element")
}

fn button(root: &Element, text: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").expect("buttons");
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text:?}"))
}

#[wasm_bindgen_test]
async fn start_answer_and_continue() {
    let root = mount("?assessment=candidate").await;
    button(&root, "Start").click();
    yew::scheduler::flush().await;
    let progress = find(&root, ".rf-progress-text").text_content().unwrap_or_default();
    assert!(progress.starts_with("Question 1 of "), "{progress}");
    // Focus moved to the question's heading for keyboard and screen reader users.
    let focused = || document().active_element().map(|e| e.id());
    for _ in 0..10 {
        if focused().as_deref() == Some("rf-heading") {
            break;
        }
        next_frame().await;
    }
    let active = focused();
    assert_eq!(active.as_deref(), Some("rf-heading"));

    let next = find(&root, "button[type=submit]");
    assert!(next.has_attribute("disabled"), "Continue waits for an answer");
    let first: HtmlInputElement = find(&root, "input[type=radio]").dyn_into().expect("input");
    first.click();
    yew::scheduler::flush().await;
    assert!(first.checked());
    assert!(!find(&root, "button[type=submit]").has_attribute("disabled"));
    find(&root, "button[type=submit]").click();
    yew::scheduler::flush().await;
    let progress = find(&root, ".rf-progress-text").text_content().unwrap_or_default();
    assert!(progress.starts_with("Question 2 of "), "{progress}");

    button(&root, "Back").click();
    yew::scheduler::flush().await;
    let first: HtmlInputElement = find(&root, "input[type=radio]").dyn_into().expect("input");
    assert!(first.checked(), "going back keeps the answer");
    root.remove();
}

#[wasm_bindgen_test]
async fn team_assessment_reaches_a_result_with_a_split_table() {
    let root = mount("?assessment=team").await;
    button(&root, "Start").click();
    yew::scheduler::flush().await;
    for _ in 0..40 {
        if root.query_selector("form.rf-question").expect("selector").is_none() {
            break;
        }
        let checked = root.query_selector("input:checked").expect("selector").is_some();
        if !checked {
            find(&root, "input").click();
            yew::scheduler::flush().await;
        }
        find(&root, "button[type=submit]").click();
        yew::scheduler::flush().await;
    }
    assert_eq!(find(&root, "h2").text_content().as_deref(), Some("Check your answers"));
    button(&root, "See my result").click();
    yew::scheduler::flush().await;
    let rows = root.query_selector_all("table.rf-split tbody tr").expect("rows").length();
    assert_eq!(rows, 19, "every responsibility of the matrix (and the final say) is in the table");
    let live = find(&root, "[aria-live]").text_content().unwrap_or_default();
    assert!(!live.is_empty(), "the result is announced");
    root.remove();
}

/// The browser's own CLDR data (Intl) gives what the widget's rules give in all four
/// languages: plurals and numbers (Arabic's few and many past 100, Spanish's many at a
/// million, grouping from four or five digits), lists of 0 to 11 items, and Spanish's "e"
/// before an i sound. The browser is the oracle here only: the widget never constructs an
/// Intl formatter (docs/performance.md).
#[wasm_bindgen_test]
fn intl_agrees_with_the_widgets_rules() {
    use js_sys::{Array, Intl, Object, Reflect};
    use rolefit::ui::locale;
    for lang in ["en", "de", "es", "ar"] {
        let locales = Array::of1(&JsValue::from_str(lang));
        let rules = Intl::PluralRules::new(&locales, &Object::new());
        let numbers = Intl::NumberFormat::new(&locales, &Object::new()).format();
        let options = Object::new();
        Reflect::set(&options, &"type".into(), &"conjunction".into()).unwrap();
        let lists = Intl::ListFormat::new(&locales, &options);
        let intl_list = |items: &[String]| -> String {
            let array: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
            lists.format(&array).into()
        };
        for n in [0u64, 1, 2, 3, 11, 100, 103, 111, 1234, 12345, 1_000_000] {
            let plural: String = rules.select(n as f64).into();
            assert_eq!(locale::plural(lang, n), plural, "plural {lang} {n}");
            let number = numbers.call1(&JsValue::NULL, &JsValue::from_f64(n as f64)).unwrap().as_string();
            assert_eq!(Some(locale::number(lang, n)), number, "number {lang} {n}");
        }
        for k in [0usize, 1, 2, 3, 11] {
            let items: Vec<String> = (1..=k).map(|i| format!("x{i}")).collect();
            assert_eq!(locale::list(lang, &items), intl_list(&items), "list {lang} {k}");
        }
        for last in ["Iris", "isla", "hilo", "Hilario", "hielo", "hiato", "hoja", "yate"] {
            let items = vec!["agua".to_string(), last.to_string()];
            assert_eq!(locale::list(lang, &items), intl_list(&items), "list {lang} ending in {last}");
        }
    }
}

/// What a panic leaves: the panel in the page's language with a link that starts again on
/// the same address, and this assessment's saves gone (tab and device), others kept. Checked
/// through `recover`, the hook's second half: a real panic would end this test's wasm
/// instance, and no build has a switch to panic on purpose any more.
#[wasm_bindgen_test]
fn a_panic_shows_the_panel_and_drops_only_this_assessments_saves() {
    let doc = document();
    let root = doc.create_element("div").expect("div");
    root.set_id("rolefit");
    doc.body().expect("body").append_child(&root).expect("append");
    root.set_inner_html("<main class=\"rf\"><p>the app</p></main>");
    let w = web_sys::window().expect("window");
    let (tab, device) = (w.session_storage().unwrap().unwrap(), w.local_storage().unwrap().unwrap());
    let key = "rolefit.progress.candidate.0000abcd";
    tab.set_item(key, "2:tab").unwrap();
    device.set_item(key, "2:device").unwrap();
    device.set_item("rolefit.progress.team.0000abcd", "2:other").unwrap();
    let catalog: rolefit::engine::i18n::Catalog =
        serde_json::from_str(include_str!("../content/i18n/de.json")).expect("the German catalog");
    rolefit::ui::panic::prepare(&rolefit::ui::i18n::Texts::with_catalog("de", &catalog), &[key.to_string()]);
    rolefit::ui::panic::recover();
    let panel = root.query_selector("[role=alert]").unwrap().expect("a panel");
    assert!(panel.text_content().unwrap().contains("Etwas ist schiefgelaufen"), "{:?}", panel.text_content());
    let link = root.query_selector("a").unwrap().expect("a link");
    assert_eq!(link.text_content().unwrap(), "Neu beginnen");
    let l = w.location();
    let here = format!("{}{}{}", l.origin().unwrap(), l.pathname().unwrap(), l.search().unwrap());
    assert_eq!(link.get_attribute("href").unwrap(), here, "starts again on the same page, never protocol-relative");
    assert!(root.text_content().unwrap_or_default().find("the app").is_none(), "the broken app is gone");
    assert_eq!(tab.get_item(key).unwrap(), None);
    assert_eq!(device.get_item(key).unwrap(), None);
    assert_eq!(device.get_item("rolefit.progress.team.0000abcd").unwrap().as_deref(), Some("2:other"));
    device.remove_item("rolefit.progress.team.0000abcd").unwrap();
    root.remove();
}

/// The shell reads a refusing server's body with the browser's JSON parser (the visitors'
/// build has none of its own): the fields `lead::failure_of` chooses from, or the text.
#[wasm_bindgen_test]
fn a_response_body_is_read_with_the_browser_s_json_parser() {
    use rolefit::lead::Body;
    use rolefit::ui::browser::response_body;
    let hubspot = r#"{"status":"error","message":"The request is not valid","errors":[{"message":"Error in 'fields.email'. Invalid email address","errorType":"INVALID_EMAIL"},{"errorType":"X"},{"message":"second"}]}"#;
    assert_eq!(
        response_body(hubspot),
        Body::Json {
            message: Some("The request is not valid".into()),
            error: None,
            errors: vec!["Error in 'fields.email'. Invalid email address".into(), "second".into()],
        }
    );
    assert_eq!(
        response_body(r#"{"error": "bad_request", "message": 3}"#),
        Body::Json { message: None, error: Some("bad_request".into()), errors: vec![] }
    );
    assert_eq!(response_body("[1, 2]"), Body::OtherJson);
    assert_eq!(response_body("{ broken"), Body::OtherJson);
    assert_eq!(response_body("Forbidden\n"), Body::Text("Forbidden\n".into()));
    assert_eq!(response_body("42"), Body::Text("42".into()));
}

/// A translation catalog is read the same way; anything but an object of texts is refused.
#[wasm_bindgen_test]
fn a_catalog_is_a_json_object_of_texts() {
    use rolefit::ui::browser::parse_catalog;
    let catalog = parse_catalog(r#"{"intro.start": "Los geht's", "a#one": "eins"}"#).expect("a catalog");
    assert_eq!(catalog.get("intro.start").map(String::as_str), Some("Los geht's"));
    assert_eq!(catalog.len(), 2);
    assert_eq!(parse_catalog("{ broken").unwrap_err(), "it is not valid JSON");
    assert_eq!(parse_catalog(r#"["x"]"#).unwrap_err(), "it is not a JSON object of texts");
    assert_eq!(parse_catalog(r#"{"a": 1}"#).unwrap_err(), "\"a\" is not a text");
}
