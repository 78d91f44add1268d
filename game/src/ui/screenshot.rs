//! `glasshouse screenshot`: drives a scenario to one screen, waits for the interface to settle,
//! captures the window, refuses a blank capture, saves the PNG and exits.

use crate::notebook::{Notebook, NotebookRequest, NotebookRequests};
use crate::playback::{PlaybackRequest, PlaybackRequests};
use crate::screen::{Nav, Navigation, Screen};
use crate::session::{Session, SessionRequest, SessionRequests};
use bevy::app::{App, AppExit, Plugin, Update};
use bevy::ecs::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy::state::prelude::*;
use std::path::PathBuf;

/// What to capture.
#[derive(Resource, Debug, Clone)]
pub struct ScreenshotPlan {
    /// Scenario name.
    pub scenario: String,
    /// Screen to capture.
    pub screen: Screen,
    /// Choices, as `KEY=VALUE`.
    pub choices: Vec<(String, String)>,
    /// Where the PNG goes.
    pub out: PathBuf,
    /// Text size for this capture (1.0 = 100 %), instead of the saved setting; the setting is
    /// then neither read nor saved.
    pub text_scale: Option<f32>,
}

/// How the capture went: set when done, read by the command after the window closes (shared,
/// because the window's event loop consumes the app).
#[derive(Resource, Debug, Clone, Default)]
pub struct ScreenshotOutcome(pub std::sync::Arc<std::sync::Mutex<Option<Result<PathBuf, ScreenshotError>>>>);

impl ScreenshotOutcome {
    /// The outcome, if there is one yet.
    pub fn get(&self) -> Option<Result<PathBuf, ScreenshotError>> {
        self.0.lock().ok().and_then(|g| g.clone())
    }

    fn set(&self, r: Result<PathBuf, ScreenshotError>) {
        if let Ok(mut g) = self.0.lock() {
            *g = Some(r);
        }
    }
}

/// Why no screenshot was saved.
#[derive(Debug, Clone, PartialEq)]
pub enum ScreenshotError {
    /// The scenario or a choice was refused (the session's error, in words by the caller).
    Refused(String),
    /// The capture came back one flat colour: nothing was drawn.
    Blank,
    /// Writing the PNG failed.
    Write(String),
    /// The window never reached the screen or never produced a capture.
    Timeout,
}

/// Frames to wait on the target screen before capturing (egui lays out over two passes; the
/// map and the notebook need their data in place first).
const SETTLE_FRAMES: u32 = 12;
/// Frames after which the driver gives up.
const GIVE_UP_FRAMES: u32 = 2_000;

/// The screenshot driver (added only for `glasshouse screenshot`).
pub struct ScreenshotPlugin;

impl Plugin for ScreenshotPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(Update, drive);
    }
}

#[derive(Default)]
struct Progress {
    frame: u32,
    opened: bool,
    settled: u32,
    requested: bool,
}

#[allow(clippy::too_many_arguments)]
fn drive(
    mut commands: Commands,
    plan: Res<ScreenshotPlan>,
    state: Res<State<Screen>>,
    session: Res<Session>,
    notebook: Res<Notebook>,
    outcome: Res<ScreenshotOutcome>,
    mut sessions: ResMut<SessionRequests>,
    mut nav: ResMut<Navigation>,
    mut playback: ResMut<PlaybackRequests>,
    mut notes: ResMut<NotebookRequests>,
    mut settings: ResMut<crate::settings::Settings>,
    mut exit: MessageWriter<AppExit>,
    mut p: Local<Progress>,
) {
    p.frame += 1;
    if let Some(done) = outcome.get() {
        exit.write(if done.is_ok() { AppExit::Success } else { AppExit::error() });
        return;
    }
    if p.frame > GIVE_UP_FRAMES {
        outcome.set(Err(ScreenshotError::Timeout));
        return;
    }
    if !p.opened {
        p.opened = true;
        if let Some(scale) = plan.text_scale {
            settings.text_scale = scale;
        }
        sessions.0.push(SessionRequest::Open(plan.scenario.clone()));
        sessions
            .0
            .extend(plan.choices.iter().map(|(k, v)| SessionRequest::Choose { key: k.clone(), value: v.clone() }));
        return;
    }
    if let Some(e) = &session.error {
        outcome.set(Err(ScreenshotError::Refused(format!("{e:?}"))));
        return;
    }
    let here = *state.get();
    if here != plan.screen {
        // Through the run, so the notebook and the debrief have one to show.
        let next = match (here, plan.screen) {
            (Screen::Run, Screen::Notebook | Screen::Debrief) => plan.screen,
            // The explorer needs no scenario; the title is where the window starts.
            (_, Screen::Title | Screen::Scenarios | Screen::Explorer) => plan.screen,
            (_, Screen::Notebook | Screen::Debrief) => Screen::Run,
            _ => plan.screen,
        };
        if nav.0.is_empty() {
            nav.0.push(Nav::Go(next));
        }
        return;
    }
    if p.settled == 0 {
        match plan.screen {
            Screen::Run => {
                // Halfway through the script, with packets in flight.
                if let Some(run) = &session.run {
                    // The first moment something travels after the middle of the script.
                    let half = run.world.end().secs() as f64 / 2.0;
                    let flight = crate::playback::flight(run.world.end().secs() as f64);
                    let at = crate::playback::next_moment(&run.world, half).unwrap_or(half);
                    playback.0.push(PlaybackRequest::Seek(at + flight * 0.4));
                }
            }
            Screen::Notebook => {
                notes.0.push(NotebookRequest::RevealAll);
                let with_json = notebook.entries.iter().position(|e| e.stored.iter().any(Option::is_some));
                notes.0.push(NotebookRequest::Select(with_json.unwrap_or(0)));
            }
            _ => {}
        }
    }
    p.settled += 1;
    if p.settled >= SETTLE_FRAMES && !p.requested {
        p.requested = true;
        let out = plan.out.clone();
        let shared = outcome.clone();
        commands
            .spawn(Screenshot::primary_window())
            .observe(move |captured: On<ScreenshotCaptured>| shared.set(save(&captured.image, &out)));
    }
}

/// Saves the capture as PNG unless it is one flat colour.
fn save(image: &bevy::image::Image, out: &std::path::Path) -> Result<PathBuf, ScreenshotError> {
    let rgb = image.clone().try_into_dynamic().map_err(|e| ScreenshotError::Write(e.to_string()))?.to_rgb8();
    let mut colours = std::collections::BTreeSet::new();
    for px in rgb.pixels().step_by(7) {
        colours.insert(px.0);
        if colours.len() > 16 {
            break;
        }
    }
    if colours.len() <= 2 {
        return Err(ScreenshotError::Blank);
    }
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| ScreenshotError::Write(e.to_string()))?;
    }
    rgb.save(out).map_err(|e| ScreenshotError::Write(e.to_string()))?;
    Ok(out.to_owned())
}
