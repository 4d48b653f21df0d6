//! Plural categories, numbers and lists by the browser's own CLDR data (`Intl.PluralRules`,
//! `Intl.NumberFormat`, `Intl.ListFormat` through js-sys: no locale data in the wasm), with a
//! native fallback for the four shipped languages so the server-rendered tests see the same
//! text. `tests/it/locale.rs` checks the fallback and `tests/browser.rs` the browser's own
//! answers for 0, 1, 2, 3, 11 and 100 in every language.

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
    #[cfg(target_arch = "wasm32")]
    if let Some(c) = web::plural(lang, n) {
        return c;
    }
    fallback::plural(lang, n)
}

/// `n` written as the language writes numbers.
pub fn number(lang: &str, n: u64) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = web::number(lang, n) {
        return s;
    }
    fallback::number(lang, n)
}

/// The items as one list in the language ("a, b and c"; "a, b und c"; "a y b"; "a وb").
pub fn list(lang: &str, items: &[String]) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = web::list(lang, items) {
        return s;
    }
    fallback::list(lang, items)
}

/// The CLDR rules of the shipped languages, for integers, as the browsers apply them.
pub mod fallback {
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

    pub fn number(lang: &str, n: u64) -> String {
        let digits = n.to_string();
        let (group, zero) = match lang {
            "de" => ('.', '0'),
            // Spanish groups only from five digits on (CLDR minimumGroupingDigits 2).
            "es" => ('.', '0'),
            // Chromium's CLDR writes Arabic with Latin digits by default (numbering "latn").
            "ar" => (',', '0'),
            _ => (',', '0'),
        };
        let min = if lang == "es" { 5 } else { 4 };
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if digits.len() >= min && i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(char::from_u32(zero as u32 + c.to_digit(10).unwrap_or(0)).unwrap_or(c));
        }
        out
    }

    pub fn list(lang: &str, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let head = init.join(if lang == "ar" { " و" } else { ", " });
                let and = match lang {
                    "de" => " und ".to_string(),
                    // "y" becomes "e" before an i sound (Ignacio, Hilario, not hierba).
                    "es" => {
                        // ASCII case only: `to_lowercase` would bring Unicode's case tables
                        // into the wasm (~10 KB gzip) for one letter.
                        let l = last.get(..3).unwrap_or(last).to_ascii_lowercase();
                        let e = (l.starts_with('i') || l.starts_with("hi")) && !l.starts_with("hie");
                        if e { " e " } else { " y " }.to_string()
                    }
                    "ar" => " و".to_string(),
                    _ if init.len() > 1 => ", and ".to_string(),
                    _ => " and ".to_string(),
                };
                format!("{head}{and}{last}")
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    fn locales(lang: &str) -> Array {
        Array::of1(&JsValue::from_str(lang))
    }

    pub fn plural(lang: &str, n: u64) -> Option<&'static str> {
        let rules = Intl::PluralRules::new(&locales(lang), &Object::new());
        let c: String = rules.select(n as f64).into();
        ["zero", "one", "two", "few", "many", "other"].into_iter().find(|k| *k == c)
    }

    pub fn number(lang: &str, n: u64) -> Option<String> {
        let f = Intl::NumberFormat::new(&locales(lang), &Object::new()).format();
        f.call1(&JsValue::NULL, &JsValue::from_f64(n as f64)).ok()?.as_string()
    }

    pub fn list(lang: &str, items: &[String]) -> Option<String> {
        let options = Object::new();
        Reflect::set(&options, &"type".into(), &"conjunction".into()).ok()?;
        let format = Intl::ListFormat::new(&locales(lang), &options);
        let list: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
        Some(format.format(&list).into())
    }
}
