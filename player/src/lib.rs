//! The book's web player: a small JSON-in, JSON-out API over the core (`glasshouse-sim`) and its
//! words (`glasshouse-words`), compiled to WebAssembly with wasm-bindgen for the player's HTML
//! interface (`player/www/`). No Bevy; every word comes from Fluent.
//!
//! Every function returns JSON text: the value, or `{"error": "a sentence"}`. The same functions
//! are plain Rust on other targets, which is how the tests call them.

pub mod catalog;
pub mod debrief;
pub mod library;
pub mod run;
pub mod words;

#[cfg(test)]
mod tests;

use serde::Serialize;
use std::collections::BTreeMap;

fn json<T: Serialize>(value: Result<T, String>) -> String {
    let out = match value {
        Ok(v) => serde_json::to_string(&v),
        Err(error) => serde_json::to_string(&serde_json::json!({ "error": error })),
    };
    out.unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// The interface's words, direction and languages for `lang` (English when it is not offered).
pub fn ui_json(lang: &str) -> String {
    json(Ok(catalog::ui(lang)))
}

/// The bundled scenarios: id, title, summary, chapter, minutes.
pub fn scenarios_json(lang: &str) -> String {
    json(Ok(catalog::scenarios(lang)))
}

/// A scenario's briefing.
pub fn briefing_json(id: &str, lang: &str) -> String {
    json(catalog::briefing(id, lang))
}

/// A scenario's setup: choices with options, labels and defaults; objectives.
pub fn setup_json(id: &str, lang: &str) -> String {
    json(catalog::setup(id, lang))
}

/// Everything the screens before a run need in `lang`, in one JSON object (`ui`, `scenarios`,
/// and `briefings` and `setups` by scenario id): the book build writes it beside the player, so
/// the first screens show before the WebAssembly has arrived.
pub fn data_json(lang: &str) -> String {
    let ui = catalog::ui(lang);
    let lang = ui.lang.clone();
    let scenarios = catalog::scenarios(&lang);
    let mut briefings = BTreeMap::new();
    let mut setups = BTreeMap::new();
    for s in &scenarios {
        if let Ok(b) = catalog::briefing(&s.id, &lang) {
            briefings.insert(s.id.clone(), b);
        }
        if let Ok(v) = catalog::setup(&s.id, &lang) {
            setups.insert(s.id.clone(), v);
        }
    }
    json(Ok(serde_json::json!({ "ui": ui, "scenarios": scenarios, "briefings": briefings, "setups": setups })))
}

/// Runs a scenario; `choices` is a JSON object of key → value (missing keys take their defaults).
pub fn run_json(id: &str, lang: &str, choices: &str) -> String {
    let tr = words::tr(lang, Some(id));
    let parsed: Result<BTreeMap<String, String>, String> = if choices.trim().is_empty() {
        Ok(BTreeMap::new())
    } else {
        serde_json::from_str(choices).map_err(|e| tr.t("player-error-choices", &[("error", e.to_string())]))
    };
    json(parsed.and_then(|c| run::run(id, lang, &c)))
}

/// The browser's entry points (`player.js` imports these through wasm-bindgen's `--target web`).
#[cfg(target_arch = "wasm32")]
mod bind {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// See [`crate::ui_json`].
    #[wasm_bindgen]
    pub fn ui(lang: &str) -> String {
        crate::ui_json(lang)
    }

    /// See [`crate::scenarios_json`].
    #[wasm_bindgen]
    pub fn scenarios(lang: &str) -> String {
        crate::scenarios_json(lang)
    }

    /// See [`crate::briefing_json`].
    #[wasm_bindgen]
    pub fn briefing(id: &str, lang: &str) -> String {
        crate::briefing_json(id, lang)
    }

    /// See [`crate::setup_json`].
    #[wasm_bindgen]
    pub fn setup(id: &str, lang: &str) -> String {
        crate::setup_json(id, lang)
    }

    /// See [`crate::run_json`].
    #[wasm_bindgen]
    pub fn run(id: &str, lang: &str, choices: &str) -> String {
        crate::run_json(id, lang, choices)
    }
}
