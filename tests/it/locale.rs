//! Plurals, numbers and lists: the widget's own CLDR rules (what visitors and the
//! server-rendered tests see) give CLDR's answers for 0, 1, 2, 3, 11 and 100 in all four
//! languages; `tests/browser.rs` checks that the browser's own Intl gives the same. And
//! every language's plural entries read right for those numbers.

use rolefit::engine::i18n::Catalog;

use rolefit::ui::i18n::Texts;
use rolefit::ui::locale::{self, categories};

const NUMBERS: [u64; 6] = [0, 1, 2, 3, 11, 100];

fn catalog(lang: &str) -> Catalog {
    serde_json::from_str(&std::fs::read_to_string(format!("content/i18n/{lang}.json")).expect("catalog")).expect("json")
}

#[test]
fn plural_categories_follow_cldr() {
    let expect = |lang: &str, cats: [&str; 6]| {
        let got: Vec<&str> = NUMBERS.iter().map(|&n| locale::plural(lang, n)).collect();
        assert_eq!(got, cats, "{lang}");
        for c in cats {
            assert!(categories(lang).contains(&c), "{lang}: {c} is one of its categories");
        }
    };
    expect("en", ["other", "one", "other", "other", "other", "other"]);
    expect("de", ["other", "one", "other", "other", "other", "other"]);
    expect("es", ["other", "one", "other", "other", "other", "other"]);
    expect("ar", ["zero", "one", "two", "few", "many", "other"]);
    assert_eq!(locale::plural("es", 1_000_000), "many");
    assert_eq!(locale::plural("ar", 103), "few");
    assert_eq!(locale::plural("ar", 111), "many");
}

#[test]
fn numbers_are_written_as_each_language_writes_them() {
    let row = |lang: &str| NUMBERS.iter().map(|&n| locale::number(lang, n)).collect::<Vec<_>>();
    assert_eq!(row("en"), ["0", "1", "2", "3", "11", "100"]);
    assert_eq!(row("ar"), ["0", "1", "2", "3", "11", "100"], "Arabic with Latin digits, as Chromium's CLDR default");
    assert_eq!(locale::number("en", 1234567), "1,234,567");
    assert_eq!(locale::number("de", 1234), "1.234");
    assert_eq!(locale::number("es", 1234), "1234");
    assert_eq!(locale::number("es", 12345), "12.345");
    assert_eq!(locale::number("ar", 1234), "1,234");
}

#[test]
fn lists_join_as_each_language_does() {
    let items = |n: usize| (1..=n).map(|i| format!("x{i}")).collect::<Vec<_>>();
    for (lang, two, three) in [
        ("en", "x1 and x2", "x1, x2, and x3"),
        ("de", "x1 und x2", "x1, x2 und x3"),
        ("es", "x1 y x2", "x1, x2 y x3"),
        ("ar", "x1 وx2", "x1 وx2 وx3"),
    ] {
        assert_eq!(locale::list(lang, &items(0)), "", "{lang}");
        assert_eq!(locale::list(lang, &items(1)), "x1", "{lang}");
        assert_eq!(locale::list(lang, &items(2)), two, "{lang}");
        assert_eq!(locale::list(lang, &items(3)), three, "{lang}");
        assert_eq!(locale::list(lang, &items(11)).matches("x").count(), 11, "{lang}");
    }
    assert_eq!(locale::list("es", &["agua".into(), "hielo".into()]), "agua y hielo");
    assert_eq!(locale::list("es", &["agua".into(), "Iris".into()]), "agua e Iris");
    assert_eq!(locale::list("es", &["agua".into(), "hiato".into()]), "agua y hiato");
    assert_eq!(locale::list("es", &["agua".into(), "hilo".into()]), "agua e hilo");
}

/// Each language's plural entries, filled for 0, 1, 2, 3, 11 and 100: the form of that
/// number's category, with the number written in the language's digits.
#[test]
fn every_language_counts_with_its_own_forms() {
    for lang in ["en", "de", "es", "ar"] {
        let texts = if lang == "en" { Texts::english() } else { Texts::with_catalog(lang, &catalog(lang)) };
        let raw = if lang == "en" { catalog("en") } else { catalog(lang) };
        for key in ["result.margin", "intro.questions", "intro.minutes", "preview.invalid"] {
            for n in NUMBERS {
                let category = locale::plural(lang, n);
                let form = raw.get(&format!("{key}#{category}")).unwrap_or_else(|| panic!("{lang}: {key}#{category}"));
                let text = texts.plural(key, n, &[]);
                assert_eq!(text, form.replace("{n}", &locale::number(lang, n)), "{lang} {key} {n}");
                assert!(!text.contains('{'), "{lang} {key} {n}: {text}");
            }
        }
    }
    // The English forms differ where they must.
    let en = Texts::english();
    assert_eq!(en.plural("result.margin", 1, &[]), "1 point ahead of the next role.");
    assert_eq!(en.plural("result.margin", 11, &[]), "11 points ahead of the next role.");
}
