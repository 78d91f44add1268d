//! The scenario library: every bundled scenario, grouped by the book's chapters, with the
//! learner's completion marks.

use bevy::app::{App, Plugin};
use bevy::ecs::prelude::*;
use glasshouse_sim::chapter::CHAPTERS;
use glasshouse_sim::{Scenario, bundled};
use std::collections::BTreeSet;

/// One scenario of the library.
#[derive(Debug, Clone)]
pub struct LibraryEntry {
    /// Name (the scenario's id).
    pub name: String,
    /// The checked scenario.
    pub scenario: Scenario,
    /// Its prose: (language, Fluent text) for each language it has.
    pub prose: Vec<(String, String)>,
}

/// Every scenario the learner can open.
#[derive(Resource, Debug, Clone, Default)]
pub struct Library {
    /// In the order they were added (bundled: book order).
    pub entries: Vec<LibraryEntry>,
}

impl Library {
    /// The bundled scenarios (a bundled file that does not parse is left out; tests keep them valid).
    pub fn bundled() -> Library {
        let entries = bundled::BUNDLED
            .iter()
            .filter_map(|(name, text)| {
                Scenario::parse(text).ok().map(|scenario| LibraryEntry {
                    name: (*name).to_owned(),
                    scenario,
                    prose: bundled::prose(name).iter().map(|(l, t)| ((*l).to_owned(), (*t).to_owned())).collect(),
                })
            })
            .collect();
        Library { entries }
    }

    /// A library entry by name.
    pub fn entry(&self, name: &str) -> Option<&LibraryEntry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// A scenario by name.
    pub fn get(&self, name: &str) -> Option<&Scenario> {
        self.entries.iter().find(|e| e.name == name).map(|e| &e.scenario)
    }

    /// The scenarios grouped by chapter, in the book's order; scenarios of unknown chapters last.
    pub fn by_chapter(&self) -> Vec<(String, Vec<&LibraryEntry>)> {
        let mut out: Vec<(String, Vec<&LibraryEntry>)> = Vec::new();
        let chapter_of = |e: &LibraryEntry| e.scenario.chapter.clone().unwrap_or_default();
        for ch in CHAPTERS {
            let here: Vec<&LibraryEntry> = self.entries.iter().filter(|e| chapter_of(e) == *ch).collect();
            if !here.is_empty() {
                out.push(((*ch).to_owned(), here));
            }
        }
        let rest: Vec<&LibraryEntry> =
            self.entries.iter().filter(|e| !CHAPTERS.contains(&chapter_of(e).as_str())).collect();
        if !rest.is_empty() {
            out.push((String::new(), rest));
        }
        out
    }
}

/// Scenarios the learner completed (ran to the debrief).
#[derive(Resource, Debug, Clone, Default)]
pub struct Progress {
    /// Scenario names.
    pub completed: BTreeSet<String>,
}

/// Loads the bundled library and the progress marks.
pub struct LibraryPlugin;

impl Plugin for LibraryPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(Library::bundled()).init_resource::<Progress>();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_library_holds_every_bundled_scenario_grouped_like_the_book() {
        let lib = Library::bundled();
        assert_eq!(lib.entries.len(), bundled::BUNDLED.len());
        let groups = lib.by_chapter();
        let order: Vec<&str> = groups.iter().map(|(c, _)| c.as_str()).collect();
        let mut expected: Vec<&str> = CHAPTERS.to_vec();
        expected.retain(|c| order.contains(c));
        assert_eq!(order, expected);
        assert_eq!(groups.iter().map(|(_, v)| v.len()).sum::<usize>(), lib.entries.len());
    }
}
