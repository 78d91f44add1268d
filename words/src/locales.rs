//! Every listed language is complete: every asset file's and every bundled scenario's prose has
//! every English message, no message English lacks, and no variable English does not pass.

use crate::i18n::{LOCALES, message_ids};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use glasshouse_sim::bundled::PROSE;
use std::collections::{BTreeMap, BTreeSet};

/// Message (and `message.attribute`) id → the variables its patterns use.
fn variables(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, e)| panic!("a Fluent file does not parse: {e:?}"));
    let mut out = BTreeMap::new();
    for entry in &res.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            out.insert(m.id.name.to_owned(), vars);
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline_vars(a, out));
            arguments.named.iter().for_each(|a| inline_vars(&a.value, out));
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// Compares one language's text with English's: the problems, if any.
fn compare(what: &str, en: &str, other: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let (en_ids, ids) = match (message_ids(&[en]), message_ids(&[other])) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => return vec![format!("{what}: {:?} {:?}", a.err(), b.err())],
    };
    let missing: Vec<_> = en_ids.difference(&ids).collect();
    let extra: Vec<_> = ids.difference(&en_ids).collect();
    if !missing.is_empty() {
        problems.push(format!("{what} lacks {missing:?}"));
    }
    if !extra.is_empty() {
        problems.push(format!("{what} has messages English lacks: {extra:?}"));
    }
    let en_vars = variables(en);
    for (id, vars) in variables(other) {
        let known = en_vars.get(&id).cloned().unwrap_or_default();
        let unknown: Vec<_> = vars.difference(&known).collect();
        if !unknown.is_empty() {
            problems.push(format!("{what}: {id} uses variables English does not pass: {unknown:?}"));
        }
    }
    problems
}

const ASSET_FILES: [&str; 5] = ["cli", "window", "findings", "diagnostics", "debrief"];

#[test]
fn every_listed_language_has_every_asset_message_with_english_s_variables() {
    let en = LOCALES[0].1;
    let mut problems = Vec::new();
    for (lang, files) in &LOCALES[1..] {
        for ((name, en_text), text) in ASSET_FILES.iter().zip(en).zip(files.iter()) {
            problems.extend(compare(&format!("assets/locales/{lang}/{name}.ftl"), en_text, text));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_listed_language_has_every_bundled_scenario_s_prose() {
    let mut problems = Vec::new();
    for (name, prose) in PROSE {
        let Some((_, en)) = prose.iter().find(|(l, _)| *l == "en") else {
            problems.push(format!("{name} has no English prose"));
            continue;
        };
        for (lang, _) in &LOCALES[1..] {
            match prose.iter().find(|(l, _)| l == lang) {
                Some((_, text)) => problems.extend(compare(&format!("scenarios/{name}.{lang}.ftl"), en, text)),
                None => problems.push(format!("scenarios/{name}.{lang}.ftl is missing")),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_variable_scan_sees_selectors_and_functions() {
    let v = variables("m = { NUMBER($n) ->\n    [one] { $a }\n   *[other] { $b }\n}\n    .title = { $c }\n");
    let want: BTreeSet<String> = ["a", "b", "c", "n"].map(str::to_owned).into();
    assert_eq!(v["m"], want);
}
