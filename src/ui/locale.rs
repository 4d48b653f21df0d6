//! Plural categories, numbers and lists: the CLDR rules of the four shipped languages, for
//! integers, written out. Not the browser's `Intl`: constructing its first formatter loads
//! the browser's locale data, which took ~50 ms of the start-up at 4× CPU (docs/performance.md,
//! "The start-up without Intl"), for rules this short; and the server-rendered tests see exactly
//! what a visitor sees. `tests/it/locale.rs` checks the rules, `tests/browser.rs` that they
//! give what the browser's `Intl` gives in every language (plurals and numbers from 0 to a
//! million, lists of up to 11 items and Spanish's "e" before an i sound), and
//! `tests/it/tidy.rs` that no shell code calls `Intl`.

/// The CLDR plural categories a language's catalog entries must provide (`key#category`).
pub fn categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "es" => &["one", "many", "other"],
        _ => &["one", "other"],
    }
}

/// The plural category of `n` in `lang`: "zero", "one", "two", "few", "many" or "other".
pub fn plural(lang: &str, n: u64) -> &'static str {
    match lang {
        "ar" => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        "es" if n != 0 && n % 1_000_000 == 0 => "many",
        _ if n == 1 => "one",
        _ => "other",
    }
}

/// `n` written as the language writes numbers.
pub fn number(lang: &str, n: u64) -> String {
    let digits = n.to_string();
    // German and Spanish group with a dot, Spanish only from five digits on (CLDR
    // minimumGroupingDigits 2); Chromium's CLDR writes Arabic with Latin digits by default
    // (numbering "latn"), grouped like English.
    let group = if matches!(lang, "de" | "es") { '.' } else { ',' };
    let min = if lang == "es" { 5 } else { 4 };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if digits.len() >= min && i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    out
}

/// The items as one list in the language ("a, b and c"; "a, b und c"; "a y b"; "a وb").
pub fn list(lang: &str, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let head = init.join(if lang == "ar" { " و" } else { ", " });
            let and = match lang {
                "de" => " und ",
                // "y" becomes "e" before an i sound (Ignacio, Hilario, not hierba or hiato):
                // ICU's rule, "i" or "hi" but not "hia" or "hie".
                "es" => {
                    // ASCII case only: `to_lowercase` would bring Unicode's case tables
                    // into the wasm (~10 KB gzip) for one letter.
                    let l = last.get(..3).unwrap_or(last).to_ascii_lowercase();
                    let e =
                        (l.starts_with('i') || l.starts_with("hi")) && !(l.starts_with("hia") || l.starts_with("hie"));
                    if e {
                        " e "
                    } else {
                        " y "
                    }
                }
                "ar" => " و",
                _ if init.len() > 1 => ", and ",
                _ => " and ",
            };
            format!("{head}{and}{last}")
        }
    }
}
