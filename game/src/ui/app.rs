//! Opening the window: Bevy with only the plugins the window uses, egui, the learner loop and the
//! interface; the options the command line passes; a clear refusal when there is no display.

use super::UiPlugin;
use super::bench::{BenchOutcome, BenchPlan, FrameBenchPlugin};
use super::debrief::BookLink;
use super::screenshot::{ScreenshotOutcome, ScreenshotPlan, ScreenshotPlugin};
use crate::LearnerLoopPlugin;
use crate::hot_reload::ScenarioFolders;
use crate::screen::{Navigation, open_scenario};
use crate::session::SessionRequests;
use crate::settings::Settings;
use crate::storage::{Storage, data_dir};
use bevy::app::{App, AppExit, PluginGroup, Startup};
use bevy::ecs::prelude::*;
use bevy::window::{Window, WindowPlugin, WindowResolution};
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::EguiPlugin;
use std::path::PathBuf;
use std::time::Duration;

/// What the command line asks of the window.
#[derive(Default)]
pub struct WindowOptions {
    /// Open this scenario's briefing straight away.
    pub scenario: Option<String>,
    /// `--lang`, overriding the saved setting for this session.
    pub lang: Option<String>,
    /// Trainers' folders to add and watch.
    pub scenario_dirs: Vec<PathBuf>,
    /// Capture one screen and exit.
    pub screenshot: Option<ScreenshotPlan>,
    /// Opens a chapter of the book.
    pub book: BookLink,
    /// Window size in logical pixels.
    pub size: (u32, u32),
    /// Time the frames instead of waiting for the learner.
    pub bench: Option<BenchPlan>,
    /// Scenarios embedded by the caller (the browser build's trainers' folders): (name, TOML,
    /// [(language, Fluent prose)]); one that fails its check is left out.
    pub extra: Vec<EmbeddedScenario>,
}

/// A scenario handed over as text: (name, TOML, [(language, Fluent prose)]).
pub type EmbeddedScenario = (String, String, Vec<(String, String)>);

/// Why the window did not open or did not finish.
#[derive(Debug)]
pub enum WindowError {
    /// No display to open a window on.
    NoDisplay,
    /// The window closed with an error code.
    Failed(u8),
}

/// Whether a display is reachable (X11 here; a Wayland session offers XWayland's `DISPLAY`).
pub fn display_available() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos", target_arch = "wasm32")) {
        return true;
    }
    std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty())
}

#[derive(Resource)]
struct StartWith {
    scenario: Option<String>,
    lang: Option<String>,
    extra: Vec<EmbeddedScenario>,
}

/// What a driven window reports back.
#[derive(Default)]
pub struct Outcomes {
    /// The screenshot's.
    pub screenshot: ScreenshotOutcome,
    /// The frame benchmark's.
    pub bench: BenchOutcome,
}

/// Bevy's default plugins (the features in Cargo.toml decide which exist). The frame benchmark
/// renders on the main thread, after the frame's systems, so the render thread (busy with
/// software rasterisation on a machine without a GPU) does not compete with what it times.
fn plugins(bench: bool) -> bevy::app::PluginGroupBuilder {
    let group = bevy::DefaultPlugins.build();
    #[cfg(not(target_arch = "wasm32"))]
    if bench {
        return group.disable::<bevy::render::pipelined_rendering::PipelinedRenderingPlugin>();
    }
    let _ = bench;
    group
}

/// Opens the window and runs until it closes. A screenshot or benchmark plan reports through
/// `outcomes`.
pub fn open(options: WindowOptions, outcomes: &Outcomes) -> Result<(), WindowError> {
    if !display_available() {
        return Err(WindowError::NoDisplay);
    }
    let (w, h) = if options.size.0 == 0 { (1280, 800) } else { options.size };
    let mut app = App::new();
    // A capture at a given text size leaves the learner's saved settings alone.
    let scaled = options.screenshot.as_ref().is_some_and(|p| p.text_scale.is_some());
    app.insert_resource(Storage { dir: if scaled { None } else { data_dir() } })
        .add_plugins(plugins(options.bench.is_some()).set(WindowPlugin {
            primary_window: Some(Window {
                title: "Glasshouse".into(),
                resolution: WindowResolution::new(w, h),
                // In the browser: the page's canvas, sized by the page.
                canvas: Some("#glasshouse".into()),
                fit_canvas_to_parent: true,
                ..Window::default()
            }),
            ..WindowPlugin::default()
        }))
        .add_plugins(EguiPlugin::default())
        .add_plugins((LearnerLoopPlugin, UiPlugin))
        .insert_resource(ScenarioFolders::new(options.scenario_dirs))
        .insert_resource(options.book)
        .insert_resource(StartWith { scenario: options.scenario, lang: options.lang, extra: options.extra })
        .add_systems(Startup, (spawn_camera, start.after(crate::settings::load), single_threaded));
    #[cfg(target_arch = "wasm32")]
    app.add_systems(bevy::app::Last, mark_ready);
    app.add_systems(
        bevy::app::PreUpdate,
        quiet_modifiers.after(bevy_egui::EguiPreUpdateSet::ProcessInput).before(bevy_egui::EguiPreUpdateSet::BeginPass),
    );
    // The learner's window sleeps until input, an animation or the hot-reload poll (once a
    // second) wakes it; a driven window (screenshot, benchmark) runs every frame.
    let driven = options.screenshot.is_some() || options.bench.is_some();
    app.insert_resource(if driven {
        WinitSettings { focused_mode: UpdateMode::Continuous, unfocused_mode: UpdateMode::Continuous }
    } else {
        WinitSettings {
            focused_mode: UpdateMode::reactive(Duration::from_secs(1)),
            unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(5)),
        }
    });
    if let Some(plan) = options.screenshot {
        app.insert_resource(plan).insert_resource(outcomes.screenshot.clone()).add_plugins(ScreenshotPlugin);
    }
    if let Some(plan) = options.bench {
        app.insert_resource(plan).insert_resource(outcomes.bench.clone()).add_plugins(FrameBenchPlugin);
    }
    match app.run() {
        AppExit::Success => Ok(()),
        AppExit::Error(code) => Err(WindowError::Failed(code.get())),
    }
}

/// Tells the page the simulator is interactive (the book's test waits for this): the second
/// frame is the first with the interface drawn.
#[cfg(target_arch = "wasm32")]
fn mark_ready(mut frames: Local<u32>) {
    *frames += 1;
    if *frames == 2
        && let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-glasshouse-ready", "true");
    }
}

/// bevy_egui 0.42 hands egui a `ModifiersChanged` event on every frame, and egui repaints after
/// any event, so the window never went idle (81 % of a core with nothing on screen moving). Only
/// a real change of modifiers is passed on; the first one always is.
fn quiet_modifiers(mut inputs: Query<&mut bevy_egui::EguiInput>, mut last: Local<Option<bevy_egui::egui::Modifiers>>) {
    for mut input in &mut inputs {
        input.0.events.retain(|e| match e {
            bevy_egui::egui::Event::ModifiersChanged(m) => {
                let changed = last.as_ref() != Some(m);
                *last = Some(*m);
                changed
            }
            _ => true,
        });
    }
}

/// Runs every schedule of the main world on one thread. The window's systems are small; with
/// Bevy's multi-threaded executor a frame spent more time waking worker threads (futex calls,
/// context switches on a 2-core machine) than in the systems themselves. Systems that split
/// their own work (`par_iter`) still use the task pools. The browser build is single-threaded
/// already.
fn single_threaded(mut schedules: ResMut<Schedules>) {
    for (_, schedule) in schedules.iter_mut() {
        schedule.set_executor(bevy::ecs::schedule::SingleThreadedExecutor::new());
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn(bevy::camera::Camera2d);
}

fn start(
    with: Res<StartWith>,
    mut library: ResMut<crate::library::Library>,
    mut settings: ResMut<Settings>,
    mut sessions: ResMut<SessionRequests>,
    mut nav: ResMut<Navigation>,
) {
    for (name, toml, prose) in &with.extra {
        if let Ok(scenario) = glasshouse_sim::Scenario::parse(toml) {
            let entry = crate::library::LibraryEntry { name: name.clone(), scenario, prose: prose.clone() };
            match library.entries.iter_mut().find(|e| e.name == *name) {
                Some(e) => *e = entry,
                None => library.entries.push(entry),
            }
        }
    }
    if let Some(lang) = &with.lang
        && *lang != settings.lang
    {
        settings.lang = lang.clone();
    }
    if let Some(name) = &with.scenario {
        open_scenario(&mut sessions, &mut nav, name);
    }
}
