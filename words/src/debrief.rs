//! The debrief in words: sentences for the core's debrief model (groups, severities, items, what
//! would have prevented it, what to do now), the same in every medium; each medium lays them out.

use crate::i18n::Tr;
use glasshouse_sim::counterfactual::Change;
use glasshouse_sim::debrief::{Group, GroupKind, Item, PersonDebrief, PersonRef, Severity, Todo};
use glasshouse_sim::scenario::ChoiceValue;

/// The group's title ("Where you are").
pub fn group_title(tr: &Tr, kind: GroupKind) -> String {
    tr.t(&format!("debrief-group-{}", kind.as_str()), &[])
}

/// What the adversaries can do, about this person ("they can find where you are").
pub fn severity_sentence(tr: &Tr, severity: Severity, person: &PersonRef) -> String {
    tr.t(
        &format!("debrief-severity-{}", severity.as_str()),
        &[("you", person.you.to_string()), ("name", person.name.clone())],
    )
}

/// The severity sentence a group's heading shows, when it says something about that group: a
/// watch-level device list or display name is told by its own sentence alone.
pub fn group_severity(tr: &Tr, group: &Group, person: &PersonRef) -> Option<String> {
    let telling = group.severity > Severity::Watch || matches!(group.kind, GroupKind::Activity | GroupKind::Location);
    telling.then(|| severity_sentence(tr, group.severity, person))
}

/// A group's heading: its title, its count and, when telling, what they can do.
pub fn group_heading(tr: &Tr, group: &Group, person: &PersonRef) -> String {
    let title = format!("{} ({})", group_title(tr, group.kind), tr.number(group.count));
    match group_severity(tr, group, person) {
        Some(severity) => format!("{title} — {severity}"),
        None => title,
    }
}

/// A person as the learner knows them: "you", or their display name.
pub fn person_name(tr: &Tr, person: &PersonRef) -> String {
    if person.you { tr.t("debrief-you", &[]) } else { person.name.clone() }
}

/// One item in a plain sentence (no ids).
pub fn item_sentence(tr: &Tr, item: &Item) -> String {
    let mut args: Vec<(&str, String)> = item.args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    for (k, v) in &mut args {
        match *k {
            // An optional part, worded only when present.
            "status" if !v.is_empty() => *v = tr.t("debrief-status", &[("status", v.clone())]),
            "contacts" if item.args.get("with_you").is_some_and(|w| w == "true") => {
                let you = tr.t("debrief-you", &[]);
                *v = if v.is_empty() { you } else { format!("{v}, {you}") };
            }
            _ => {}
        }
    }
    tr.t(&format!("debrief-item-{}", item.code.as_str()), &args)
}

/// The group's one sentence: its most severe item, and how many more.
pub fn summary_sentence(tr: &Tr, group: &Group) -> String {
    let first = item_sentence(tr, &group.summary);
    match group.count.saturating_sub(1) {
        0 => first,
        more => format!("{first} {}", tr.t("debrief-and-more", &[("more", more.to_string())])),
    }
}

/// A change of a choice: the scenario's label for the choice (else its key) and the value.
pub fn change_text(tr: &Tr, scenario: &str, change: &Change) -> String {
    choice_words(tr, scenario, &change.key, value_words(tr, &change.value))
}

/// A choice's value as told: yes or no for a switch, else as written.
fn value_words(tr: &Tr, value: &ChoiceValue) -> String {
    match value {
        ChoiceValue::Bool(true) => tr.t("debrief-yes", &[]),
        ChoiceValue::Bool(false) => tr.t("debrief-no", &[]),
        other => other.to_string(),
    }
}

/// A choice's label (else its key) and a value, as told.
fn choice_words(tr: &Tr, scenario: &str, key: &str, value: String) -> String {
    let label = tr.maybe(&format!("choice-{scenario}-{key}"), &[]).unwrap_or_else(|| key.to_owned());
    tr.t("debrief-prevented-change", &[("label", label), ("value", value)])
}

/// What would have prevented the group; `None` when counterfactuals were not computed. Single
/// changes of the same choice are told together ("how you connect → vpn or tor").
pub fn prevented_text(tr: &Tr, scenario: &str, group: &Group) -> Option<String> {
    let by = group.prevented_by.as_ref()?;
    if by.is_empty() {
        return Some(tr.t("debrief-prevented-none", &[]));
    }
    let or = format!(" {} ", tr.t("debrief-prevented-or", &[]));
    let share = |items: usize| {
        if group.count > 1 {
            let args = [("items", items.to_string()), ("count", group.count.to_string())];
            format!(" ({})", tr.t("debrief-prevented-items", &args))
        } else {
            String::new()
        }
    };
    // (the choice's key, or every change of a set) → (values, items)
    let mut told: Vec<(Option<&str>, Vec<String>, usize)> = Vec::new();
    for p in by {
        match p.changes.as_slice() {
            [one] => match told.iter_mut().find(|(k, _, n)| *k == Some(one.key.as_str()) && *n == p.items) {
                Some((_, values, _)) => values.push(value_words(tr, &one.value)),
                None => told.push((Some(one.key.as_str()), vec![value_words(tr, &one.value)], p.items)),
            },
            many => {
                let changes: Vec<String> = many.iter().map(|c| change_text(tr, scenario, c)).collect();
                told.push((None, vec![changes.join(" + ")], p.items));
            }
        }
    }
    let alternatives: Vec<String> = told
        .into_iter()
        .map(|(key, values, items)| match key {
            Some(key) => format!("{}{}", choice_words(tr, scenario, key, values.join(&or)), share(items)),
            None => format!("{}{}", values.join(""), share(items)),
        })
        .collect();
    Some(tr.t("debrief-prevented", &[("changes", alternatives.join("; "))]))
}

/// What to do now, with the book's page (relative to the book's root) in `page`.
pub fn todo_text(tr: &Tr, todo: Todo, page: &str) -> String {
    format!("{} {} ({page})", tr.t("debrief-todo-label", &[]), todo_words(tr, todo))
}

/// What to do now, without the page.
pub fn todo_words(tr: &Tr, todo: Todo) -> String {
    tr.t(&format!("debrief-todo-{}", todo.as_str()), &[])
}

/// A person folded to one line: name, count and the worst they can do.
pub fn person_line(tr: &Tr, p: &PersonDebrief) -> String {
    tr.t(
        "debrief-person-line",
        &[
            ("name", person_name(tr, &p.person)),
            ("count", p.count.to_string()),
            ("severity", severity_sentence(tr, p.severity, &p.person)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{LOCALES, message_ids};
    use glasshouse_sim::FindingCode;

    /// Every key the debrief builds from a code exists in every locale.
    #[test]
    fn every_debrief_code_has_words_in_every_locale() {
        for (lang, files) in LOCALES {
            let have = message_ids(files).unwrap_or_else(|e| panic!("{e}"));
            let mut wanted: Vec<String> = Vec::new();
            wanted.extend(GroupKind::ALL.iter().map(|g| format!("debrief-group-{}", g.as_str())));
            wanted.extend(Severity::ALL.iter().map(|s| format!("debrief-severity-{}", s.as_str())));
            wanted.extend(Todo::ALL.iter().map(|t| format!("debrief-todo-{}", t.as_str())));
            wanted.extend(FindingCode::ALL.iter().map(|c| format!("debrief-item-{}", c.as_str())));
            let missing: Vec<&String> = wanted.iter().filter(|k| !have.contains(*k)).collect();
            assert!(missing.is_empty(), "locale {lang} lacks {missing:?}");
        }
    }

    #[test]
    fn every_literal_key_of_the_wording_exists() {
        let used = crate::i18n::keys_in_sources(
            &[include_str!("debrief.rs"), include_str!("words.rs"), include_str!("terminal.rs")],
            &[],
        );
        assert!(used.len() > 10, "found only {} keys", used.len());
        for (lang, files) in LOCALES {
            let have = message_ids(files).unwrap_or_else(|e| panic!("{e}"));
            let missing: Vec<&String> = used.iter().filter(|k| !have.contains(*k) && !k.contains('{')).collect();
            assert!(missing.is_empty(), "locale {lang} lacks {missing:?}");
        }
    }
}
