//! The debrief: objectives met or missed, what would have prevented each finding, a comparison
//! with a second set of choices, and an export as Markdown and JSON written atomically.

use crate::library::{Library, Progress};
use crate::screen::Screen;
use crate::session::Session;
use bevy::app::{App, Plugin};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
use std::fmt::Write as _;
use std::path::Path;

/// The debrief of the current run.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct Debrief {
    /// Scenario name.
    pub scenario: String,
    /// (objective id, met).
    pub objectives: Vec<(String, bool)>,
    /// (finding index, the smallest changes that prevent it as `key=value` texts; empty: none).
    pub prevented_by: Vec<(usize, Vec<String>)>,
}

impl Debrief {
    /// From the session's run.
    pub fn of(session: &Session) -> Option<Debrief> {
        let run = session.run.as_ref()?;
        Some(Debrief {
            scenario: session.scenario.clone()?,
            objectives: run.report.objectives.iter().map(|o| (o.id.clone(), o.met)).collect(),
            prevented_by: run
                .counterfactuals
                .iter()
                .map(|c| {
                    let alts = c
                        .prevented_by
                        .iter()
                        .map(|changes| {
                            changes.iter().map(|ch| format!("{}={}", ch.key, ch.value)).collect::<Vec<_>>().join(" + ")
                        })
                        .collect();
                    (c.finding, alts)
                })
                .collect(),
        })
    }

    /// The debrief as Markdown (codes and ids; the window adds the words).
    pub fn markdown(&self) -> String {
        let mut s = format!("# Debrief: {}\n\n## Objectives\n\n", self.scenario);
        for (id, met) in &self.objectives {
            let _ = writeln!(s, "- [{}] {id}", if *met { "x" } else { " " });
        }
        s.push_str("\n## What would have prevented each finding\n\n");
        for (i, alts) in &self.prevented_by {
            let _ = writeln!(
                s,
                "- finding {}: {}",
                i + 1,
                if alts.is_empty() { "—".to_owned() } else { alts.join(" or ") }
            );
        }
        s
    }
}

/// Writes `text` to `path` through a temporary file and a rename, so a crash never leaves half a
/// file.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let tmp = path.with_extension("tmp-glasshouse");
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)
}

/// The debrief and the completion marks.
pub struct DebriefPlugin;

impl Plugin for DebriefPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Debrief>().add_systems(OnEnter(Screen::Debrief), build_debrief);
    }
}

fn build_debrief(
    session: Res<Session>,
    mut debrief: ResMut<Debrief>,
    mut progress: ResMut<Progress>,
    _lib: Res<Library>,
) {
    // No finished run (e.g. a jump straight to the debrief): nothing from an earlier scenario.
    *debrief = Debrief::of(&session).unwrap_or_default();
    if !debrief.scenario.is_empty() {
        progress.completed.insert(debrief.scenario.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::{Nav, Navigation};
    use crate::session::{SessionRequest, SessionRequests};
    use crate::testing::app;

    #[test]
    fn the_debrief_marks_completion_and_exports() {
        let mut app = app();
        app.world_mut().resource_mut::<SessionRequests>().0.push(SessionRequest::Open("first-connection".into()));
        app.update();
        for s in [Screen::Run, Screen::Notebook, Screen::Debrief] {
            app.world_mut().resource_mut::<Navigation>().0.push(Nav::Go(s));
            app.update();
        }
        let d = app.world().resource::<Debrief>().clone();
        assert_eq!(d.scenario, "first-connection");
        assert_eq!(d.objectives.len(), 3);
        assert!(d.prevented_by.iter().any(|(_, alts)| alts.iter().any(|a| a == "connection=tor")));
        assert!(app.world().resource::<Progress>().completed.contains("first-connection"));
        let dir = std::env::temp_dir().join(format!("glasshouse-debrief-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        let path = dir.join("debrief.md");
        write_atomically(&path, &d.markdown()).unwrap_or_else(|e| panic!("{e}"));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(text.starts_with("# Debrief: first-connection") && text.contains("connection=tor"));
        assert!(!path.with_extension("tmp-glasshouse").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
