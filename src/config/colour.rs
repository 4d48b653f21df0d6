//! The host's accent colour, made readable on both themes (WCAG AA).

/// An sRGB colour from `#rgb` or `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

impl Color {
    pub fn parse(raw: &str) -> Option<Color> {
        let hex = raw.trim().strip_prefix('#')?;
        let digit = |i: usize| u8::from_str_radix(hex.get(i..i + 1)?, 16).ok();
        let pair = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        match hex.len() {
            3 => Some(Color(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Color(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// Mixes towards `target` in steps until the contrast with `against` reaches `ratio`.
    /// Keeps the host's hue as far as possible while guaranteeing readable text.
    pub fn until_contrast(self, against: Color, target: Color, ratio: f64) -> Color {
        let mix = |t: f64| {
            let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
            Color(m(self.0, target.0), m(self.1, target.1), m(self.2, target.2))
        };
        (0..=20).map(|i| mix(f64::from(i) / 20.0)).find(|c| c.contrast(against) >= ratio).unwrap_or(target)
    }
}

/// `x` to the power 2.4 for `x` in (0, 1], as `x² · y` where `y⁵ = x²`, by Newton's method
/// from above. Spares the visitors' build the general `powf` of the maths library, which the
/// wasm target has no instruction for; within a few ulps of `powf` (a test compares all 256
/// channel values).
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = 1.0_f64;
    loop {
        let next = (4.0 * y + a / (y * y * y * y)) / 5.0;
        if next >= y {
            return a * y;
        }
        y = next;
    }
}

/// The accent colour in the forms the stylesheet needs, each meeting WCAG AA (4.5:1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accent {
    /// For text, links and marks on the light background.
    pub on_light: String,
    /// For text, links and marks on the dark background.
    pub on_dark: String,
    /// Text on a button filled with `on_light` / `on_dark`.
    pub ink_light: String,
    pub ink_dark: String,
}

const LIGHT_BG: Color = Color(0xff, 0xff, 0xff);
const DARK_BG: Color = Color(0x1b, 0x23, 0x20);
const BLACK: Color = Color(0, 0, 0);
const WHITE: Color = Color(0xff, 0xff, 0xff);

impl Accent {
    pub fn from_color(c: Color) -> Accent {
        let on_light = c.until_contrast(LIGHT_BG, BLACK, 4.5);
        let on_dark = c.until_contrast(DARK_BG, WHITE, 4.5);
        let ink = |fill: Color| if fill.contrast(WHITE) >= fill.contrast(BLACK) { WHITE } else { BLACK };
        Accent {
            on_light: on_light.hex(),
            on_dark: on_dark.hex(),
            ink_light: ink(on_light).hex(),
            ink_dark: ink(on_dark).hex(),
        }
    }
}
