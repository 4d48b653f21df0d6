//! Convention checks run as tests: the engine imports nothing web, every source file opens
//! with a `//!` line saying what it is, the code is formatted as `rustfmt.toml` says, the
//! stylesheet's classes are prefixed and all used, no code constructs an `Intl` formatter,
//! raw markup comes only from maud through `ui::raw`, no visible text is written in UI code,
//! and the strings some builds leave out are named only by the code those builds leave out.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The engine, the configuration parser, the embed contract and the effects step: pure code.
fn pure_files() -> Vec<PathBuf> {
    let mut files = rust_files(Path::new("src/engine"));
    files.extend(rust_files(Path::new("src/config")));
    files.extend(
        ["src/engine.rs", "src/config.rs", "src/contract.rs", "src/effects.rs", "src/lead.rs"].map(PathBuf::from),
    );
    files
}

/// Each line of `src` as (1-based number, the code before any `//` comment, the whole line).
fn code_lines(src: &str) -> impl Iterator<Item = (usize, &str, &str)> {
    src.lines().enumerate().map(|(n, line)| (n + 1, line.split("//").next().unwrap_or(""), line))
}

/// Lines of `src` (outside `//` comments) that name any of `words` as a whole token.
fn lines_naming(src: &str, words: &[&str]) -> Vec<(usize, String)> {
    code_lines(src)
        .filter(|(_, code, _)| code.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|tok| words.contains(&tok)))
        .map(|(n, _, line)| (n, line.trim().to_string()))
        .collect()
}

/// `lines_naming` as offences: `path:line: code`.
fn offences_naming(path: &Path, src: &str, words: &[&str]) -> Vec<String> {
    lines_naming(src, words).into_iter().map(|(n, l)| format!("{}:{n}: {l}", path.display())).collect()
}

const WEB: [&str; 5] = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

#[test]
fn engine_imports_nothing_web() {
    let mut offences = Vec::new();
    for f in pure_files() {
        let src = std::fs::read_to_string(&f).expect("read");
        offences.extend(offences_naming(&f, &src, &WEB));
    }
    assert!(offences.is_empty(), "the engine must stay pure:\n{}", offences.join("\n"));
}

#[test]
fn engine_reads_no_clock_and_no_randomness() {
    for f in &pure_files() {
        let src = std::fs::read_to_string(f).expect("read");
        for banned in ["std::time", "Instant::", "SystemTime", "rand::", "thread_rng", "std::env", "std::fs"] {
            assert!(!src.contains(banned), "{} uses {banned}", f.display());
        }
    }
}

#[test]
fn every_source_file_says_what_it_is() {
    for f in rust_files(Path::new("src")).into_iter().chain(rust_files(Path::new("tests"))) {
        let src = std::fs::read_to_string(&f).expect("read");
        assert!(src.starts_with("//!"), "{} must open with a //! line", f.display());
    }
}

/// rustfmt comes with the toolchain (`rust-toolchain.toml` lists it), so this runs everywhere.
#[test]
fn code_is_formatted() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["fmt", "--all", "--check"])
        .output()
        .expect("cargo fmt runs (rust-toolchain.toml installs rustfmt)");
    assert!(
        out.status.success(),
        "run `cargo fmt`; it would change:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_tidy_check_can_fail() {
    // Guards the guard: the same function the check uses finds an import, in any form, and
    // ignores a comment and a longer word.
    let src = "use yew::prelude::*;\n// yew in a comment\nlet x = web_sys::window();\nlet yewish = 1;";
    let found: Vec<usize> = lines_naming(src, &WEB).into_iter().map(|(n, _)| n).collect();
    assert_eq!(found, vec![1, 3]);
}

/// ARCHITECTURE.md: no `unwrap()` in UI code; failures are handled where they happen.
#[test]
fn ui_code_does_not_unwrap() {
    let mut files = rust_files(Path::new("src/ui"));
    files.push(PathBuf::from("src/ui.rs"));
    for f in &files {
        let src = std::fs::read_to_string(f).expect("read");
        for (n, code, line) in code_lines(&src) {
            assert!(!code.contains(".unwrap()"), "{}:{n}: {}", f.display(), line.trim());
        }
    }
}

/// The widget writes numbers, plurals and lists by CLDR's rules (`ui::locale`): its first
/// `Intl` formatter would load the browser's locale data during start-up (docs/performance.md).
#[test]
fn no_code_constructs_an_intl_formatter() {
    let mut offences = Vec::new();
    for f in rust_files(Path::new("src")) {
        let src = std::fs::read_to_string(&f).expect("read");
        offences.extend(offences_naming(&f, &src, &["Intl"]));
    }
    for f in ["web/boot.js", "web/embed.js", "web/embed-frames.js"] {
        let src = std::fs::read_to_string(f).expect("read");
        offences.extend(
            src.lines()
                .enumerate()
                .filter(|(_, l)| l.contains("Intl.") || l.contains("toLocale"))
                .map(|(n, l)| format!("{f}:{}: {}", n + 1, l.trim())),
        );
    }
    assert!(offences.is_empty(), "Intl at run time:\n{}", offences.join("\n"));
}

/// Raw markup reaches the page only through `ui::raw`, from maud's `html!`, which escapes
/// every value spliced into it: no code marks a string as already escaped, renders itself,
/// parses a string as markup, or hands Yew a raw node of its own. A line-by-line look for
/// the plain forms, not a proof (code reaching into a `Markup`'s field would pass it).
#[test]
fn raw_markup_comes_only_from_maud_through_ui_raw() {
    let mut offences = Vec::new();
    for f in rust_files(Path::new("src")) {
        let src = std::fs::read_to_string(&f).expect("read");
        // maud's own escape hatches (`PreEscaped`, a `Render` of one's own), Yew's raw node,
        // and the DOM's ways to parse a string as markup.
        let mut words = vec![
            "PreEscaped",
            "Render",
            "RenderOnce",
            "VRaw",
            "set_outer_html",
            "insert_adjacent_html",
            "innerHTML",
            "outerHTML",
        ];
        if f != Path::new("src/ui.rs") {
            words.push("from_html_unchecked");
        }
        offences.extend(offences_naming(&f, &src, &words));
        offences.extend(
            code_lines(&src)
                .filter(|(_, code, _)| code.contains("set_inner_html(") && !code.contains("set_inner_html(\"\")"))
                .map(|(n, _, l)| format!("{}:{n}: {}", f.display(), l.trim())),
        );
    }
    assert!(offences.is_empty(), "raw markup outside ui::raw:\n{}", offences.join("\n"));
}

/// A character of a CSS class name (and of a whole word around one in the markup).
fn is_class_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The stylesheets: the one every page has, and the contact form's and the authors' preview's,
/// each linked only by the pages with them (web/lead.html, web/preview.html), with the one
/// view file whose classes they style.
const STYLESHEETS: [(&str, Option<&str>); 3] = [
    ("style/main.css", None),
    ("style/lead.css", Some("src/ui/lead_form.rs")),
    ("style/preview.css", Some("src/ui/preview.rs")),
];

/// Every class name a selector in the stylesheet `path` uses.
fn css_classes(path: &str) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect(path);
    // Comments may name files (`lead.css`), which are no classes.
    let mut css = String::new();
    let mut rest = text.as_str();
    while let Some((code, after)) = rest.split_once("/*") {
        css.push_str(code);
        rest = after.split_once("*/").map_or("", |(_, after)| after);
    }
    css.push_str(rest);
    let mut out = Vec::new();
    let mut rest = css.as_str();
    while let Some(i) = rest.find('.') {
        let tail = &rest[i + 1..];
        let name: String = tail.chars().take_while(|&c| is_class_char(c)).collect();
        // A class selector starts with a letter; decimals like ".5rem" are numbers.
        if name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && !out.contains(&name) {
            out.push(name);
        }
        rest = tail;
    }
    out
}

fn all_css_classes() -> Vec<String> {
    STYLESHEETS.iter().flat_map(|(path, _)| css_classes(path)).collect()
}

/// Isolation for any direct mount: every class the stylesheets style is `rf`-prefixed, and
/// the only unscoped rules are the page's own root (`:root`, `html`, `body`) and `@` blocks.
#[test]
fn every_css_class_is_prefixed() {
    let bad: Vec<String> = all_css_classes().into_iter().filter(|name| !name.starts_with("rf")).collect();
    assert!(bad.is_empty(), "unprefixed classes in style/: {bad:?}");
}

/// Whether `name` is written as a whole word in `text`.
fn has_word(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, _)| {
        let before = text[..i].chars().next_back().is_none_or(|c| !is_class_char(c));
        let after = text[i + name.len()..].chars().next().is_none_or(|c| !is_class_char(c));
        before && after
    })
}

/// No dead CSS: every class the stylesheets style is written, as a whole word, somewhere in
/// the markup the widget can produce (the Rust views, the page, the embed script, the demos).
#[test]
fn every_css_class_is_used() {
    let mut markup = std::fs::read_to_string("index.html").expect("index.html");
    let mut files = rust_files(Path::new("src"));
    for dir in ["web", "demo"] {
        for entry in std::fs::read_dir(dir).expect(dir) {
            files.push(entry.expect("dir entry").path());
        }
    }
    for file in files.iter().filter(|f| f.is_file()) {
        markup.push_str(&std::fs::read_to_string(file).unwrap_or_default());
    }
    let unused: Vec<String> = all_css_classes().into_iter().filter(|name| !has_word(&markup, name)).collect();
    assert!(unused.is_empty(), "classes styled in style/ but used nowhere: {unused:?}");
}

/// The contact form's and the preview's stylesheets are only on the pages with them: a class
/// only they style must be used by their own view alone, or the visitors' pages would show
/// it unstyled.
#[test]
fn a_pages_own_stylesheet_styles_only_its_own_view() {
    let everywhere = css_classes(STYLESHEETS[0].0);
    let views = rust_sources(Path::new("src"));
    let mut strays = Vec::new();
    for (path, owner) in STYLESHEETS.iter().filter_map(|(p, o)| o.map(|o| (p, o))) {
        for class in css_classes(path).into_iter().filter(|c| !everywhere.contains(c)) {
            for (view, text) in views.iter().filter(|(v, _)| !v.ends_with(owner)) {
                if has_word(text, &class) {
                    strays.push(format!("{path}'s .{class} in {}", view.display()));
                }
            }
        }
    }
    assert!(strays.is_empty(), "{strays:?}");
}

/// Text a visitor could read, found in UI code: a literal with a letter written as an
/// element's content (`{ "Owns" }`), or a `format!` whose fixed part has a letter and whose
/// result is shown (`{ format!("{n} points") }`). Punctuation and symbols between catalog
/// texts (": ", " · ", "★") are allowed; they are the same in every language shipped.
fn visible_literals(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (n, code, _) in code_lines(src) {
        let mut rest = code;
        while let Some(i) = rest.find('{') {
            // Element content follows a tag (`>{`), other content (`}{`) or opens the line;
            // `if c { "a" } else { "b" }` chooses a key or an attribute value instead.
            let before = rest[..i].trim_end();
            let content = before.is_empty() && rest.len() == code.len() && code[..i].trim().is_empty()
                || before.ends_with('>')
                || before.ends_with('}');
            rest = &rest[i + 1..];
            if !content {
                continue;
            }
            let t = rest.trim_start();
            let literal = if let Some(s) = t.strip_prefix('"') {
                s.split('"').next().filter(|_| {
                    // Only a whole `{ "..." }`: not the first arm of an `if` inside braces.
                    let after = &s[s.find('"').unwrap_or(0) + 1..];
                    after.trim_start().starts_with('}')
                })
            } else if let Some(s) = t.strip_prefix("format!(\"") {
                s.split('"').next()
            } else {
                None
            };
            if let Some(lit) = literal {
                let fixed: String = lit
                    .split('{')
                    .enumerate()
                    .map(|(i, p)| if i == 0 { p } else { p.split_once('}').map_or("", |x| x.1) })
                    .collect();
                if fixed.chars().any(char::is_alphabetic) {
                    out.push(format!("line {n}: {lit:?}"));
                }
            }
        }
    }
    out
}

/// Text a visitor could read, written into maud markup (`markup! { h3 { "Why" } }`): a
/// literal with a letter in content position, after `{` (not an attribute's `={`), `}` or
/// `)`. Literals inside a splice (`(t.get("result.why"))`) are keys or arguments.
fn maud_literals(src: &str) -> Vec<String> {
    let code: String = code_lines(src).map(|(_, c, _)| format!("{c}\n")).collect();
    let line_of = |at: usize| code[..at].matches('\n').count() + 1;
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(found) = code[search..].find("markup! {") {
        let open = search + found + "markup! ".len();
        search = open;
        let mut depth = 0usize;
        let mut chars = code[open..].char_indices().map(|(i, c)| (open + i, c));
        // The code since the last literal, to tell where the next one stands.
        let mut before = String::new();
        while let Some((at, c)) = chars.next() {
            match c {
                '"' => {
                    let mut literal = String::new();
                    while let Some((_, c)) = chars.next() {
                        match c {
                            '\\' => {
                                chars.next();
                            }
                            '"' => break,
                            c => literal.push(c),
                        }
                    }
                    let prior = before.trim_end();
                    let content = prior.strip_suffix('{').is_some_and(|p| !p.trim_end().ends_with('='))
                        || prior.ends_with('}')
                        || prior.ends_with(')');
                    if content && literal.chars().any(char::is_alphabetic) {
                        out.push(format!("line {}: {literal:?}", line_of(at)));
                    }
                    before.clear();
                    before.push('"');
                }
                '}' if depth == 1 => break,
                c => {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    before.push(c);
                }
            }
        }
    }
    out
}

#[test]
fn no_visible_text_is_written_in_ui_code() {
    let mut found = Vec::new();
    let mut files = rust_files(Path::new("src/ui"));
    files.push(PathBuf::from("src/ui.rs"));
    // The locale rules hold CLDR's list words for the shipped languages: data, checked
    // against the browser's Intl by tests/browser.rs.
    files.retain(|p| !p.ends_with("locale.rs"));
    for path in files {
        let src = std::fs::read_to_string(&path).expect("read");
        for hit in visible_literals(&src).into_iter().chain(maud_literals(&src)) {
            found.push(format!("{}: {hit}", path.display()));
        }
    }
    assert!(found.is_empty(), "visible text in UI code; move it into content/i18n:\n{}", found.join("\n"));
}

#[test]
fn the_visible_text_check_can_fail() {
    let src = "html! { <td><span aria-hidden=\"true\">{ \"O\" }</span>{ format!(\"{n} points\") }{ \": \" }{ t.get(\"x\") }</td> }";
    assert_eq!(visible_literals(src).len(), 2, "{:?}", visible_literals(src));
    assert!(visible_literals("let c = if ok { \"share.copied\" } else { \"share.copy_failed\" };").is_empty());
    let maud = "markup! {\n h3 id=\"rf-why\" { \"Why\" }\n p { (t.get(\"result.why\")) \" · \" }\n \
                span class={ \"rf-a rf-\" (tier) } { strong { (name) } \" owns it\" }\n}";
    assert_eq!(maud_literals(maud), ["line 2: \"Why\"", "line 4: \" owns it\""], "{maud}");
}

/// Where UI code names a string that only some builds have (`content::FEATURE_STRINGS`)
/// outside the one file whose feature has it: `path:line: code`.
fn feature_strings_named_elsewhere(files: &[(PathBuf, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (prefix, owner) in rolefit::engine::content::FEATURE_STRINGS {
        let quoted = format!("\"{prefix}");
        for (path, src) in files.iter().filter(|(p, _)| owner.is_none_or(|(_, file)| p != Path::new(file))) {
            let lines = code_lines(src).filter(|(_, code, _)| code.contains(&quoted));
            out.extend(lines.map(|(n, _, line)| format!("{}:{n}: {}", path.display(), line.trim())));
        }
    }
    out
}

/// Every Rust file under `dir`, with its text.
fn rust_sources(dir: &Path) -> Vec<(PathBuf, String)> {
    rust_files(dir).into_iter().map(|p| (p.clone(), std::fs::read_to_string(&p).expect("src"))).collect()
}

/// Every Rust file of the shell, with its text.
fn shell_sources() -> Vec<(PathBuf, String)> {
    rust_sources(Path::new("src/ui"))
}

#[test]
fn strings_only_some_builds_have_are_named_only_by_their_code() {
    // build.rs leaves `lead.*` out of the builds without the contact form (and so on): a
    // text of them named anywhere else in the shell (the only code that looks up UI
    // strings) would show its key there.
    let files = shell_sources();
    assert!(files.iter().any(|(_, s)| s.contains("\"lead.")), "the contact form names its strings");
    assert_eq!(feature_strings_named_elsewhere(&files), Vec::<String>::new());
    let planted = vec![(PathBuf::from("src/ui/app.rs"), "    t.get(\"lead.title\")".to_string())];
    assert_eq!(feature_strings_named_elsewhere(&planted).len(), 1, "the check can fail");
}

/// The lines of the visitors' shell that give an element a class that is not a literal.
fn computed_class_lists(files: &[(PathBuf, String)]) -> Vec<String> {
    files
        .iter()
        .filter(|(p, _)| !p.ends_with("preview.rs"))
        .flat_map(|(p, s)| {
            code_lines(s)
                .filter(|(_, code, _)| code.contains("class={") || code.contains("classes!("))
                // maud's splice, `class={ "rf-x-" (tier) }`, is text, not a Yew class list (and
                // is no valid Rust expression, so html! could not hold it).
                .filter(|(_, code, _)| !code.contains("\" ("))
                .map(move |(n, _, line)| format!("{}:{n}: {}", p.display(), line.trim()))
        })
        .collect()
}

#[test]
fn the_visitors_shell_gives_classes_only_as_literals() {
    // html! turns a class that is not a literal into Yew's `Classes`, an index set of strings
    // whose code the visitors' builds do without: state goes into data
    // attributes and `:has` instead. The authors' preview may use it.
    let files = shell_sources();
    assert!(files.iter().any(|(p, _)| p.ends_with("question_view.rs")), "found the shell");
    assert_eq!(computed_class_lists(&files), Vec::<String>::new());
    let planted = vec![(PathBuf::from("src/ui/app.rs"), "    <p class={kind}>".to_string())];
    assert_eq!(computed_class_lists(&planted).len(), 1, "the check can fail");
}

/// The spec files that import Playwright's `test` directly, instead of the watched one.
fn unwatched_specs(specs: &[(String, String)]) -> Vec<String> {
    specs
        .iter()
        .filter(|(_, src)| src.contains("from '@playwright/test'") || !src.contains("from './helpers.mjs'"))
        .map(|(name, _)| name.clone())
        .collect()
}

#[test]
fn every_end_to_end_test_runs_watched() {
    // `tests/e2e/helpers.mjs` exports a `test` whose fixture fails any test that logs an
    // error or has a request fail, unless the test allows that failure by name.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e");
    let specs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/e2e")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".spec.mjs"))
        .map(|p| {
            (
                p.file_name().unwrap_or_default().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).expect("readable"),
            )
        })
        .collect();
    assert!(specs.len() >= 8, "found the spec files");
    assert_eq!(unwatched_specs(&specs), Vec::<String>::new(), "import test from './helpers.mjs'");
    let planted = vec![("x.spec.mjs".to_string(), "import { test } from '@playwright/test';".to_string())];
    assert_eq!(unwatched_specs(&planted), vec!["x.spec.mjs".to_string()], "the check can fail");
}

#[test]
fn the_boot_scripts_english_is_the_catalogs() {
    // web/boot.js carries English for when nothing else loads: the same texts as en.json.
    let boot = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("web/boot.js")).expect("boot.js");
    let en: std::collections::BTreeMap<String, String> =
        serde_json::from_str(include_str!("../../content/i18n/en.json")).expect("en.json");
    let keys: Vec<&String> = en.keys().filter(|k| k.starts_with("boot.")).collect();
    assert_eq!(keys.len(), 4);
    for key in keys {
        let line = format!("'{key}': '{}',", en[key].replace('\'', "\\'"));
        assert!(boot.contains(&line), "web/boot.js lacks {line}");
    }
}

/// The engine modules each module of `src/engine` imports (`super::x`, `crate::engine::x`,
/// or a type `src/engine.rs` re-exports from `x`).
fn engine_imports() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    use std::collections::{BTreeMap, BTreeSet};
    let files = rust_files(Path::new("src/engine"));
    let modules: BTreeSet<String> =
        files.iter().filter_map(|f| f.file_stem()).map(|s| s.to_string_lossy().into_owned()).collect();
    // `pub use bank::{Assessment, Bank};` in engine.rs: each name belongs to its module.
    let root = std::fs::read_to_string("src/engine.rs").expect("src/engine.rs");
    let mut owner: BTreeMap<String, String> = BTreeMap::new();
    for line in root.lines().filter_map(|l| l.trim().strip_prefix("pub use ")) {
        if let Some((module, names)) = line.trim_end_matches(';').split_once("::") {
            for name in names.trim_matches(['{', '}']).split(',') {
                owner.insert(name.trim().to_string(), module.to_string());
            }
        }
    }
    let mut graph = BTreeMap::new();
    for file in &files {
        let name = file.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let src: String = std::fs::read_to_string(file)
            .expect("readable")
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let mut imports = BTreeSet::new();
        for prefix in ["super::", "crate::engine::"] {
            for (at, _) in src.match_indices(prefix) {
                let rest = &src[at + prefix.len()..];
                // One path (`bank::Bank`) or a group (`{bank::Bank, flow::{Flow, Screen}}`): the
                // first segment of each item at the group's own level.
                let heads: Vec<&str> = match rest.strip_prefix('{') {
                    Some(group) => {
                        let (mut depth, mut start, mut out) = (0, 0, Vec::new());
                        for (i, ch) in group.char_indices() {
                            match ch {
                                '{' => depth += 1,
                                '}' if depth == 0 => {
                                    out.push(&group[start..i]);
                                    break;
                                }
                                '}' => depth -= 1,
                                ',' if depth == 0 => {
                                    out.push(&group[start..i]);
                                    start = i + 1;
                                }
                                _ => {}
                            }
                        }
                        out
                    }
                    None => vec![rest],
                };
                for head in heads {
                    let ident: String =
                        head.trim().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                    if let Some(module) = modules.get(&ident).or_else(|| owner.get(&ident)) {
                        if *module != name {
                            imports.insert(module.clone());
                        }
                    }
                }
            }
        }
        graph.insert(name, imports);
    }
    graph
}

/// A cycle in `graph`, as the modules along it, if there is one.
fn find_cycle(graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        node: &str,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(graph, next, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = std::collections::BTreeSet::new();
    graph.keys().find_map(|start| visit(graph, start, &mut Vec::new(), &mut done))
}

#[test]
fn engine_modules_import_each_other_in_no_cycle() {
    let graph = engine_imports();
    assert!(graph.len() >= 15, "read the engine's modules: {graph:?}");
    assert!(graph["bank"].contains("error") && graph["team"].contains("outcome"), "the imports are read: {graph:?}");
    assert_eq!(find_cycle(&graph), None, "engine modules importing each other in a circle");
    // The check can fail: the cycle bank <-> model that issue 17 removed.
    let mut planted = graph.clone();
    planted.get_mut("model").expect("model").insert("bank".into());
    planted.get_mut("bank").expect("bank").insert("model".into());
    assert!(find_cycle(&planted).is_some());
}

/// Every page's wasm is optimised alike: one `data-wasm-opt-params` (index.html's, which
/// scripts/profile and the floor's build read too) on each page Trunk builds.
#[test]
fn every_page_passes_wasm_opt_the_same_parameters() {
    let params = |page: &str| {
        let html = std::fs::read_to_string(page).expect(page);
        let at = html.find("data-wasm-opt-params=\"").map(|i| i + "data-wasm-opt-params=\"".len());
        at.and_then(|i| html[i..].split_once('"')).map(|(p, _)| p.to_string())
    };
    let index = params("index.html").expect("index.html passes wasm-opt its parameters");
    for page in ["web/team.html", "web/lead.html", "web/preview.html"] {
        assert_eq!(params(page).as_deref(), Some(index.as_str()), "{page}");
    }
}
