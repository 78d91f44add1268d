//! What the player shows before a run: its locales, the scenarios with their titles and
//! summaries, a scenario's briefing, and its setup (choices, their options and labels, defaults,
//! objectives). Every word comes from Fluent.

use crate::library;
use crate::words::{PLAYER_LOCALES, locale, tr};
use glasshouse_sim::Scenario;
use glasshouse_sim::scenario::ChoiceValue;
use glasshouse_words::bidi::direction;
use glasshouse_words::i18n::Tr;
use serde::Serialize;

/// A language the player offers.
#[derive(Clone, Debug, Serialize)]
pub struct LocaleInfo {
    /// Its code (`lang`).
    pub code: String,
    /// Its name in itself.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
}

/// The player's languages, each named in itself.
pub fn locales() -> Vec<LocaleInfo> {
    PLAYER_LOCALES
        .iter()
        .map(|(code, _)| LocaleInfo {
            code: (*code).to_owned(),
            name: tr(code, None).t("player-language-name", &[]),
            dir: direction(code).as_str().to_owned(),
        })
        .collect()
}

/// The page-wide facts of a locale: its code, direction and the interface's strings.
#[derive(Clone, Debug, Serialize)]
pub struct Ui {
    /// The locale used (English when the requested one is not offered).
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// Every `player-…` message.
    pub strings: std::collections::BTreeMap<String, String>,
    /// The languages on offer.
    pub locales: Vec<LocaleInfo>,
}

/// The interface's words and direction for `lang`.
pub fn ui(lang: &str) -> Ui {
    let lang = locale(lang);
    Ui {
        lang: lang.to_owned(),
        dir: direction(lang).as_str().to_owned(),
        strings: crate::words::ui_strings(lang),
        locales: locales(),
    }
}

/// A scenario in the list.
#[derive(Clone, Debug, Serialize)]
pub struct Card {
    /// The scenario's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The briefing's first sentences.
    pub summary: String,
    /// The book chapter it belongs to (its page is `CHAPTER.html`).
    pub chapter: Option<String>,
    /// Minutes it takes in a workshop.
    pub minutes: u32,
}

/// The scenarios, bundled ones in book order first.
pub fn scenarios(lang: &str) -> Vec<Card> {
    library::all()
        .into_iter()
        .filter_map(|(name, text)| {
            let s = Scenario::parse(text).ok()?;
            let tr = tr(lang, Some(name));
            let briefing = briefing_text(&tr, name);
            Some(Card {
                id: name.to_owned(),
                title: title(&tr, name),
                summary: first_sentence(&briefing),
                chapter: s.chapter.clone(),
                minutes: s.minutes,
            })
        })
        .collect()
}

/// A bundled scenario by id; an error message in words when there is none.
pub(crate) fn scenario(tr: &Tr, id: &str) -> Result<Scenario, String> {
    library::get(id)
        .and_then(|text| Scenario::parse(text).ok())
        .ok_or_else(|| tr.t("player-error-unknown-scenario", &[("scenario", id.to_owned())]))
}

pub(crate) fn title(tr: &Tr, id: &str) -> String {
    tr.maybe(&format!("scenario-{id}"), &[]).unwrap_or_else(|| id.to_owned())
}

fn briefing_text(tr: &Tr, id: &str) -> String {
    // Fluent keeps a multi-line value's line breaks; the briefing is one paragraph.
    let text = tr.t(&format!("scenario-{id}-briefing"), &[]);
    text.lines().map(str::trim).collect::<Vec<_>>().join(" ")
}

/// The text's first sentences (Latin, Arabic and CJK stops), enough to say something (at least
/// 60 characters when the text has them), or all of it.
fn first_sentence(text: &str) -> String {
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let next = text[end..].chars().next();
        if matches!(c, '.' | '!' | '?' | '。' | '؟')
            && next.is_none_or(char::is_whitespace)
            && text[..end].chars().count() >= 60
        {
            return text[..end].to_owned();
        }
    }
    text.to_owned()
}

/// A scenario's briefing.
#[derive(Clone, Debug, Serialize)]
pub struct Briefing {
    /// The scenario's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The briefing, one paragraph.
    pub briefing: String,
    /// Minutes it takes.
    pub minutes: u32,
    /// The book chapter.
    pub chapter: Option<String>,
}

/// The briefing of scenario `id`.
pub fn briefing(id: &str, lang: &str) -> Result<Briefing, String> {
    let tr = tr(lang, Some(id));
    let s = scenario(&tr, id)?;
    Ok(Briefing {
        id: id.to_owned(),
        title: title(&tr, id),
        briefing: briefing_text(&tr, id),
        minutes: s.minutes,
        chapter: s.chapter,
    })
}

/// One option of a choice.
#[derive(Clone, Debug, Serialize)]
pub struct OptionView {
    /// The value as `--choose key=value` takes it.
    pub value: String,
    /// Its label.
    pub label: String,
}

/// One choice of the setup.
#[derive(Clone, Debug, Serialize)]
pub struct ChoiceView {
    /// Its key.
    pub key: String,
    /// Its label (the scenario's words).
    pub label: String,
    /// The default value.
    pub default: String,
    /// The options, in file order.
    pub options: Vec<OptionView>,
}

/// An objective in words.
#[derive(Clone, Debug, Serialize)]
pub struct ObjectiveView {
    /// Its id.
    pub id: String,
    /// What to achieve.
    pub text: String,
}

/// A scenario's setup screen.
#[derive(Clone, Debug, Serialize)]
pub struct SetupView {
    /// The scenario's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The choices.
    pub choices: Vec<ChoiceView>,
    /// The objectives.
    pub objectives: Vec<ObjectiveView>,
}

/// An option's label: the scenario's own (`choice-ID-KEY-VALUE`), yes/no for a switch, else the
/// value as written.
pub(crate) fn value_label(tr: &Tr, id: &str, key: &str, value: &ChoiceValue) -> String {
    let text = value.to_string();
    if let Some(label) = tr.maybe(&format!("choice-{id}-{key}-{text}"), &[]) {
        return label;
    }
    match value {
        ChoiceValue::Bool(true) => tr.t("debrief-yes", &[]),
        ChoiceValue::Bool(false) => tr.t("debrief-no", &[]),
        ChoiceValue::List(l) if l.is_empty() => tr.t("player-none", &[]),
        _ => text,
    }
}

/// The setup of scenario `id`.
pub fn setup(id: &str, lang: &str) -> Result<SetupView, String> {
    let tr = tr(lang, Some(id));
    let s = scenario(&tr, id)?;
    let choices = s
        .in_file_order()
        .into_iter()
        .map(|c| ChoiceView {
            key: c.key.clone(),
            label: tr.maybe(&format!("choice-{id}-{}", c.key), &[]).unwrap_or_else(|| c.key.clone()),
            default: c.default.to_string(),
            options: c
                .values
                .iter()
                .map(|v| OptionView { value: v.to_string(), label: value_label(&tr, id, &c.key, v) })
                .collect(),
        })
        .collect();
    let objectives = s
        .setup(&s.defaults())
        .map(|setup| {
            setup
                .objectives
                .iter()
                .map(|o| ObjectiveView {
                    id: o.id.clone(),
                    text: tr.maybe(&format!("objective-{id}-{}", o.id), &[]).unwrap_or_else(|| o.id.clone()),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(SetupView { id: id.to_owned(), title: title(&tr, id), choices, objectives })
}

#[cfg(test)]
mod tests {
    use super::first_sentence;

    #[test]
    fn the_summary_is_the_first_sentence() {
        let long = "You are Rosa, a tenant organiser in a big city. Your group talks. More.";
        assert_eq!(first_sentence(long), "You are Rosa, a tenant organiser in a big city. Your group talks.");
        assert_eq!(
            first_sentence("You are Lark. shop.example is big. And so on, and on, and on, and on."),
            "You are Lark. shop.example is big. And so on, and on, and on, and on."
        );
        assert_eq!(first_sentence("no stop"), "no stop");
    }
}
