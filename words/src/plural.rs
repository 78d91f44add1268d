//! Arabic plural categories chosen by CLDR's rules, where the plural-rules library gets them wrong.
//!
//! intl_pluralrules 7.0.2 (the newest, used by fluent-bundle 0.16) tests Arabic `few` (3–10) and
//! `many` (11–99) on the whole number rather than on `n % 100`, so "103 findings" and "111
//! findings" came out in the `other` form. For Arabic, each numeric selector of a message
//! (`{ $n -> …}` or `{ NUMBER($n) -> …}`) is read through [`FUNCTION`], which hands Fluent the
//! category name itself; the messages' variant keys (`[few]`, `[many]` …) then match as written.
//! Other selectors (`$you`, `$kind` …) pass through unchanged.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};

/// The Fluent function the Arabic selectors are read through.
pub const FUNCTION: &str = "CLDR_PLURAL";

/// The CLDR plural category of `n` in Arabic (whole numbers; a fraction is `other`).
pub fn arabic(n: f64) -> &'static str {
    if n.fract() != 0.0 || n < 0.0 {
        return "other";
    }
    match (n as u64, n as u64 % 100) {
        (0, _) => "zero",
        (1, _) => "one",
        (2, _) => "two",
        (_, 3..=10) => "few",
        (_, 11..=99) => "many",
        _ => "other",
    }
}

/// `text` with every `{ $var ->` and `{ NUMBER($var) ->` selector read through [`FUNCTION`].
pub fn rewrite_selectors(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match selector(after) {
            Some((var, used)) => {
                out.push_str(&format!("{{ {FUNCTION}(${var}) ->"));
                rest = &after[used..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// After a `{`: a selector on a variable, as (its name, the bytes up to and including `->`).
fn selector(s: &str) -> Option<(&str, usize)> {
    let b = s.as_bytes();
    let blank = |mut i: usize| {
        while b.get(i).is_some_and(|c| *c == b' ' || *c == b'\t') {
            i += 1;
        }
        i
    };
    let mut i = blank(0);
    let wrapped = s[i..].starts_with("NUMBER(");
    if wrapped {
        i = blank(i + "NUMBER(".len());
    }
    if b.get(i) != Some(&b'$') {
        return None;
    }
    let start = i + 1;
    i = start;
    // A name is letters, digits, `_` and `-`, but a `-` before `>` starts the arrow.
    while b
        .get(i)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_' || (*c == b'-' && b.get(i + 1) != Some(&b'>')))
    {
        i += 1;
    }
    let name = &s[start..i];
    if name.is_empty() {
        return None;
    }
    i = blank(i);
    if wrapped {
        if b.get(i) != Some(&b')') {
            return None;
        }
        i = blank(i + 1);
    }
    s[i..].starts_with("->").then_some((name, i + 2))
}

/// Registers [`FUNCTION`] on an Arabic bundle.
pub fn register(b: &mut FluentBundle<FluentResource>) {
    let _ = b.add_function(FUNCTION, |positional, _named| match positional.first() {
        Some(FluentValue::Number(n)) => FluentValue::String(arabic(n.value).into()),
        Some(other) => other.clone(),
        None => FluentValue::None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_categories_follow_cldr_on_n_mod_100() {
        let want = |n: u64| match n {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ if (3..=10).contains(&(n % 100)) => "few",
            _ if (11..=99).contains(&(n % 100)) => "many",
            _ => "other",
        };
        for n in 0..=1000 {
            assert_eq!(arabic(n as f64), want(n), "{n}");
        }
        assert_eq!((arabic(103.0), arabic(111.0), arabic(200.0), arabic(1.5)), ("few", "many", "other", "other"));
    }

    #[test]
    fn selectors_on_variables_are_rewritten_and_nothing_else() {
        let src = "a = { $count ->\n [one] x\n *[other] { $count } y\n}\nb = {NUMBER($n)->\n *[other] z\n}\nc = { $you ->\n *[yes] w\n}\n";
        let out = rewrite_selectors(src);
        assert!(out.contains("a = { CLDR_PLURAL($count) ->\n"), "{out}");
        assert!(out.contains("b = { CLDR_PLURAL($n) ->\n"), "{out}");
        assert!(out.contains("c = { CLDR_PLURAL($you) ->\n"), "{out}");
        assert!(out.contains("*[other] { $count } y"), "a placeable that is not a selector changed: {out}");
        assert_eq!(rewrite_selectors("m = { $n } and { -term }"), "m = { $n } and { -term }");
    }
}
