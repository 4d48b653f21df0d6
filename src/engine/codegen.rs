//! Validated content compiled in as static tables: `build.rs` parses `content/*.json` with
//! the parser custom banks use (`Content::parse`, so the build fails with its messages) and
//! writes each value as a `Tape`, its texts and numbers in reading order; `engine::shipped`
//! reads them back with `Compiled::read`. The visitors' build then carries neither the JSON
//! nor the code that parses and validates it, and a table costs less than code that builds
//! the same values. `tests/it/content.rs` checks that what is read equals what the parser
//! makes of the files.
//!
//! Each content type says how it is written and read with `compiled!` next to its
//! definition (a bank's fields are private to `bank.rs`); this module has the rest.

use litemap::LiteMap;
use std::fmt::Write;

/// A value as static data: its texts one after another, and its numbers (each text's
/// length in bytes, counts, flags, weights, variant indices), each in the order
/// `Compiled::write` put them. One string and no pointer per text: the smallest table.
/// Almost every number is below 255, so each is one byte, and a larger one the byte 255
/// followed by its two bytes, high first.
pub struct Tape {
    pub texts: &'static str,
    pub numbers: &'static [u8],
}

/// The byte that says a number's two bytes follow.
const WIDE: u8 = u8::MAX;

/// Where a `Compiled::write` puts a value (in `build.rs`).
#[derive(Default)]
pub struct Writer {
    texts: String,
    numbers: Vec<u8>,
}

/// Reads a `Tape` back in the order it was written.
pub struct Reader {
    tape: &'static Tape,
    text: usize,
    number: usize,
}

impl Writer {
    pub fn text(&mut self, text: &str) {
        self.texts.push_str(text);
        text.len().write(self);
    }
    pub fn number(&mut self, n: u16) {
        match u8::try_from(n) {
            Ok(byte) if byte != WIDE => self.numbers.push(byte),
            _ => self.numbers.extend([WIDE, (n >> 8) as u8, n as u8]),
        }
    }
    /// The Rust source of `pub static <name>: Tape`.
    pub fn source(&self, name: &str) -> String {
        // `Debug` of a `str` is a valid Rust string literal.
        let mut out = format!("pub static {name}: Tape = Tape {{\n    texts: {:?},\n    numbers: &[", self.texts);
        for n in &self.numbers {
            let _ = write!(out, "{n},");
        }
        out.push_str("],\n};\n");
        out
    }
}

impl Reader {
    pub fn new(tape: &'static Tape) -> Reader {
        Reader { tape, text: 0, number: 0 }
    }
    /// The whole tape as one value; it must have been written as one.
    pub fn read<T: Compiled>(tape: &'static Tape) -> T {
        let mut r = Reader::new(tape);
        let value = T::read(&mut r);
        debug_assert!(r.text == tape.texts.len() && r.number == tape.numbers.len(), "the tape holds more");
        value
    }
    pub fn text(&mut self) -> &'static str {
        let start = self.text;
        self.text += usize::read(self);
        &self.tape.texts[start..self.text]
    }
    pub fn number(&mut self) -> u16 {
        let byte = |r: &mut Reader| {
            r.number += 1;
            u16::from(r.tape.numbers[r.number - 1])
        };
        match byte(self) {
            n if n == u16::from(WIDE) => (byte(self) << 8) | byte(self),
            n => n,
        }
    }
}

/// A content value that can be written to a tape at build time and read back, equal.
pub trait Compiled: Sized {
    fn write(&self, w: &mut Writer);
    fn read(r: &mut Reader) -> Self;
}

impl Compiled for String {
    fn write(&self, w: &mut Writer) {
        w.text(self);
    }
    fn read(r: &mut Reader) -> String {
        r.text().to_owned()
    }
}

impl Compiled for bool {
    fn write(&self, w: &mut Writer) {
        w.number(u16::from(*self));
    }
    fn read(r: &mut Reader) -> bool {
        r.number() != 0
    }
}

/// In two numbers, high half first (a bank's fingerprint).
impl Compiled for u32 {
    fn write(&self, w: &mut Writer) {
        w.number((*self >> 16) as u16);
        w.number(*self as u16);
    }
    fn read(r: &mut Reader) -> u32 {
        let high = u32::from(r.number());
        (high << 16) | u32::from(r.number())
    }
}

impl Compiled for usize {
    fn write(&self, w: &mut Writer) {
        w.number(u16::try_from(*self).expect("a content count or text length fits in 16 bits"));
    }
    fn read(r: &mut Reader) -> usize {
        r.number() as usize
    }
}

impl Compiled for i8 {
    fn write(&self, w: &mut Writer) {
        w.number(u16::from(*self as u8));
    }
    fn read(r: &mut Reader) -> i8 {
        r.number() as u8 as i8
    }
}

impl<T: Compiled> Compiled for Option<T> {
    fn write(&self, w: &mut Writer) {
        self.is_some().write(w);
        if let Some(v) = self {
            v.write(w);
        }
    }
    fn read(r: &mut Reader) -> Option<T> {
        bool::read(r).then(|| T::read(r))
    }
}

impl<T: Compiled> Compiled for Vec<T> {
    fn write(&self, w: &mut Writer) {
        self.len().write(w);
        self.iter().for_each(|v| v.write(w));
    }
    fn read(r: &mut Reader) -> Vec<T> {
        let n = usize::read(r);
        (0..n).map(|_| T::read(r)).collect()
    }
}

impl<T: Compiled + Copy + Default, const N: usize> Compiled for [T; N] {
    fn write(&self, w: &mut Writer) {
        self.iter().for_each(|v| v.write(w));
    }
    fn read(r: &mut Reader) -> [T; N] {
        let mut out = [T::default(); N];
        out.iter_mut().for_each(|v| *v = T::read(r));
        out
    }
}

impl<V: Compiled> Compiled for LiteMap<String, V> {
    fn write(&self, w: &mut Writer) {
        self.len().write(w);
        for (k, v) in self {
            k.write(w);
            v.write(w);
        }
    }
    fn read(r: &mut Reader) -> LiteMap<String, V> {
        let n = usize::read(r);
        let mut map = LiteMap::with_capacity(n);
        for _ in 0..n {
            let k = String::read(r);
            map.insert(k, V::read(r));
        }
        map
    }
}

/// `compiled!(Type { a, b })` for a struct, `compiled!(Type(0))` for a one-field tuple
/// struct, `compiled!(enum Type [Type::A, Type::B])` for a fieldless enum (by position in
/// that list, which must name every variant).
macro_rules! compiled {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl $crate::engine::codegen::Compiled for $ty {
            fn write(&self, w: &mut $crate::engine::codegen::Writer) {
                $($crate::engine::codegen::Compiled::write(&self.$field, w);)*
            }
            fn read(r: &mut $crate::engine::codegen::Reader) -> $ty {
                $ty { $($field: $crate::engine::codegen::Compiled::read(r),)* }
            }
        }
    };
    ($ty:ident(0)) => {
        impl $crate::engine::codegen::Compiled for $ty {
            fn write(&self, w: &mut $crate::engine::codegen::Writer) {
                $crate::engine::codegen::Compiled::write(&self.0, w);
            }
            fn read(r: &mut $crate::engine::codegen::Reader) -> $ty {
                $ty($crate::engine::codegen::Compiled::read(r))
            }
        }
    };
    (enum $ty:ident [$($variant:path),* $(,)?]) => {
        impl $crate::engine::codegen::Compiled for $ty {
            fn write(&self, w: &mut $crate::engine::codegen::Writer) {
                let all: &[$ty] = &[$($variant),*];
                let i = all.iter().position(|v| v == self).expect("compiled! lists every variant");
                w.number(i as u16);
            }
            fn read(r: &mut $crate::engine::codegen::Reader) -> $ty {
                let all: &[$ty] = &[$($variant),*];
                all[r.number() as usize]
            }
        }
    };
}
pub(crate) use compiled;
