//! Text direction and digits per language, and the isolation that keeps Matrix ids, server names
//! and numbers left-to-right inside right-to-left text.
//!
//! Where each kind of output stands:
//! - HTML and the browser apply the Unicode bidi algorithm: pages in a right-to-left language get
//!   `dir="rtl"`, [`crate::i18n::Tr::isolating`] wraps every Fluent placeable in FSI…PDI, and
//!   [`isolate_ltr_runs`] wraps the Latin-script ids written in the prose itself in LRI…PDI.
//! - Terminals mostly do not apply bidi (xterm, the Windows console, Alacritty and kitty show
//!   characters in the order they are stored; VTE-based terminals, Konsole and mlterm reorder).
//!   The command line therefore writes plain logical-order text with no control characters, which
//!   is right in a file, a pipe, a screen reader and a bidi-aware terminal; elsewhere Persian or
//!   Arabic reads in the wrong order, and `--format html` or the browser player is the way.
//! - The window (egui) has no bidi and no Arabic-script shaping: its language setting says so.

use fluent_bundle::FluentValue;

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right (English, Spanish, Russian, French).
    Ltr,
    /// Right to left (Persian, Arabic).
    Rtl,
}

impl Direction {
    /// The HTML `dir` attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The digits a language writes numbers with (CLDR's default numbering system).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digits {
    /// 0123456789
    Latin,
    /// ۰۱۲۳۴۵۶۷۸۹ (Persian, `arabext`).
    Persian,
    /// ٠١٢٣٤٥٦٧٨٩ (Arabic, `arab`).
    ArabicIndic,
}

impl Digits {
    /// `text` with its ASCII digits written in these digits (the decimal point too).
    pub fn apply(self, text: &str) -> String {
        let (zero, point) = match self {
            Digits::Latin => return text.to_owned(),
            Digits::Persian => ('\u{06F0}', '\u{066B}'),
            Digits::ArabicIndic => ('\u{0660}', '\u{066B}'),
        };
        text.chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(zero as u32 + (c as u32 - '0' as u32)).unwrap_or(c),
                '.' => point,
                c => c,
            })
            .collect()
    }
}

/// Which way `lang`'s text runs (unknown languages: left to right).
pub fn direction(lang: &str) -> Direction {
    crate::i18n::language(lang).map_or(Direction::Ltr, |l| l.direction)
}

/// Whether `lang` is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    direction(lang) == Direction::Rtl
}

fn number_in(v: &FluentValue, digits: Digits) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(digits.apply(&n.as_string())),
        _ => None,
    }
}

/// Fluent formatter: numbers in Persian digits (text arguments, such as times and ids, unchanged).
pub fn persian_digits<M>(v: &FluentValue, _: &M) -> Option<String> {
    number_in(v, Digits::Persian)
}

/// Fluent formatter: numbers in Arabic-Indic digits (text arguments unchanged).
pub fn arabic_indic_digits<M>(v: &FluentValue, _: &M) -> Option<String> {
    number_in(v, Digits::ArabicIndic)
}

/// Left-to-right isolate (LRI) and pop directional isolate (PDI).
pub const LRI: char = '\u{2066}';
/// Pop directional isolate.
pub const PDI: char = '\u{2069}';

/// For bidi-aware output in a right-to-left language: every run of Latin-script words with ids in
/// it (`@you:server.example`, `bigchat.example`, `m.room.message`, `10:05`, `#room:server`) is
/// wrapped in LRI…PDI, so its `@`, `:` and `.` stay where they belong. Left-to-right text and
/// text with no such run come back unchanged.
pub fn isolate_ltr_runs(lang: &str, text: &str) -> String {
    if !is_rtl(lang) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if needs_isolation(word) {
            // Trailing sentence punctuation belongs to the right-to-left sentence.
            let body = word.trim_end_matches(['.', ',', ':', ';', '!', '?', '،', '؛']);
            out.push(LRI);
            out.push_str(body);
            out.push(PDI);
            out.push_str(&word[body.len()..]);
        } else {
            out.push_str(word);
        }
    }
    out
}

/// A word made of Latin letters, digits and id punctuation, with at least one of `@ : . # ! $ /`
/// or a digit in it, and not already isolated.
fn needs_isolation(word: &str) -> bool {
    let id_char = |c: char| c.is_ascii_alphanumeric() || "@:.#!$/_-=+".contains(c);
    !word.is_empty()
        && word.chars().all(id_char)
        && word.chars().any(|c| c.is_ascii_alphanumeric())
        && word.trim_end_matches(['.', ',', ':']).chars().any(|c| "@:.#!$/".contains(c) || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_is_right_to_left_and_english_left_to_right() {
        assert!(is_rtl("fa"));
        assert!(!is_rtl("en"));
        assert!(!is_rtl("es"));
        assert_eq!(direction("xx"), Direction::Ltr);
        assert_eq!(direction("fa").as_str(), "rtl");
    }

    #[test]
    fn digits_follow_the_language() {
        assert_eq!(Digits::Persian.apply("40 و 1.5"), "۴۰ و ۱٫۵");
        assert_eq!(Digits::ArabicIndic.apply("2026"), "٢٠٢٦");
        assert_eq!(Digits::Latin.apply("12"), "12");
    }

    #[test]
    fn matrix_ids_servers_and_times_are_isolated_in_right_to_left_text_only() {
        let fa = isolate_ltr_runs("fa", "رزا با @rosa:bigchat.example ساعت 10:05 نوشت.");
        assert_eq!(fa, "رزا با \u{2066}@rosa:bigchat.example\u{2069} ساعت \u{2066}10:05\u{2069} نوشت.");
        assert_eq!(isolate_ltr_runs("fa", "سرور bigchat.example."), "سرور \u{2066}bigchat.example\u{2069}.");
        // Plain Latin words (a name) and Persian words are not touched.
        assert_eq!(isolate_ltr_runs("fa", "Rosa نوشت"), "Rosa نوشت");
        let en = "Rosa wrote as @rosa:bigchat.example";
        assert_eq!(isolate_ltr_runs("en", en), en);
    }
}
