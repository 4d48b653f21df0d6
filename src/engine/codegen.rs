//! Validated content written back as Rust: `build.rs` parses `content/*.json` with the
//! parser custom banks use (`Model::parse`, `Bank::parse`, so the build fails with their
//! messages) and writes the values it got as Rust expressions, which `engine::shipped`
//! compiles in. The visitors' build then carries neither the JSON text nor the code that
//! parses and validates it. `tests/it/content.rs` checks that the compiled content equals
//! what the parser makes of the same files.
//!
//! Each content type says how to write itself with `emit!` next to its definition (a
//! bank's fields are private to `bank.rs`); this module has the building blocks.

use std::collections::BTreeMap;
use std::fmt::Write;

/// A value that can be written as a Rust expression evaluating to an equal value, given
/// `engine::shipped`'s helpers (`s` for a `String`, `map` for a `BTreeMap`) and imports.
pub trait Emit {
    fn emit(&self, out: &mut String);
}

/// The Rust source of `engine::shipped`'s compiled content: one function per value.
pub fn module(items: &[(&str, &str, &dyn Emit)]) -> String {
    let mut out = String::from("// Written by build.rs from content/*.json; do not edit.\n");
    for (name, ty, value) in items {
        let _ = write!(out, "pub fn {name}() -> {ty} {{\n    ");
        value.emit(&mut out);
        out.push_str("\n}\n");
    }
    out
}

impl Emit for String {
    fn emit(&self, out: &mut String) {
        // `Debug` of a `str` is a valid Rust string literal: quotes, backslashes and
        // control characters are escaped.
        let _ = write!(out, "s({self:?})");
    }
}

macro_rules! literal {
    ($($t:ty),*) => {$(
        impl Emit for $t {
            fn emit(&self, out: &mut String) {
                let _ = write!(out, "{self:?}");
            }
        }
    )*};
}
literal!(bool, u32, usize, i8);

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.emit(out);
                out.push(')');
            }
        }
    }
}

fn items<'a, T: Emit + 'a>(open: &str, values: impl IntoIterator<Item = &'a T>, close: &str, out: &mut String) {
    out.push_str(open);
    for v in values {
        v.emit(out);
        out.push(',');
    }
    out.push_str(close);
}

impl<T: Emit> Emit for Vec<T> {
    fn emit(&self, out: &mut String) {
        if self.is_empty() {
            out.push_str("Vec::new()");
        } else {
            items("vec![", self, "]", out);
        }
    }
}

impl<T: Emit, const N: usize> Emit for [T; N] {
    fn emit(&self, out: &mut String) {
        items("[", self, "]", out);
    }
}

impl<V: Emit> Emit for BTreeMap<String, V> {
    fn emit(&self, out: &mut String) {
        out.push_str("map(vec![");
        for (k, v) in self {
            let _ = write!(out, "({k:?},");
            v.emit(out);
            out.push_str("),");
        }
        out.push_str("])");
    }
}

/// `emit!(Type { a, b })` writes a struct literal; `emit!(Type(0))` a tuple struct's;
/// `emit!(enum Type)` a fieldless enum's variant by its `Debug` name.
macro_rules! emit {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl $crate::engine::codegen::Emit for $ty {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($ty), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    $crate::engine::codegen::Emit::emit(&self.$field, out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    };
    ($ty:ident(0)) => {
        impl $crate::engine::codegen::Emit for $ty {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($ty), "("));
                $crate::engine::codegen::Emit::emit(&self.0, out);
                out.push(')');
            }
        }
    };
    (enum $ty:ident) => {
        impl $crate::engine::codegen::Emit for $ty {
            fn emit(&self, out: &mut String) {
                out.push_str(&format!(concat!(stringify!($ty), "::{:?}"), self));
            }
        }
    };
}
pub(crate) use emit;
