//! `glasshouse play --bench N`: drives a scenario through every screen in a real window and times
//! the main world's systems of each frame (every game and interface system, not the GPU's work,
//! which runs on the render thread), and the time from start to the first drawn frame.

use crate::screen::{Nav, Navigation, Screen};
use crate::session::{SessionRequest, SessionRequests};
use bevy::app::{App, AppExit, First, Last, Plugin, Update};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The screens measured, in order.
pub const SCREENS: [Screen; 5] = [Screen::Briefing, Screen::Setup, Screen::Run, Screen::Notebook, Screen::Debrief];

/// What to measure.
#[derive(Resource, Debug, Clone)]
pub struct BenchPlan {
    /// Scenario name.
    pub scenario: String,
    /// Frames timed on each screen (after a few to settle).
    pub frames: u32,
    /// When the process started.
    pub started: Instant,
}

/// Frame times per screen, and start-up.
#[derive(Debug, Clone, Default)]
pub struct BenchReport {
    /// Process start to the end of the first frame in which the interface drew.
    pub first_frame: Option<Duration>,
    /// (screen, frame times) in [`SCREENS`] order.
    pub screens: Vec<(Screen, Vec<Duration>)>,
}

impl BenchReport {
    /// The `p`-th percentile (0–100) of `times`, nearest rank.
    pub fn percentile(times: &[Duration], p: f64) -> Duration {
        if times.is_empty() {
            return Duration::ZERO;
        }
        let mut sorted = times.to_vec();
        sorted.sort_unstable();
        let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
        sorted[rank.clamp(1, sorted.len()) - 1]
    }
}

/// The report, shared with the caller (the window's event loop consumes the app).
#[derive(Resource, Debug, Clone, Default)]
pub struct BenchOutcome(pub Arc<Mutex<BenchReport>>);

/// Frames to let a screen settle (its OnEnter work, egui's two-pass layout) before timing.
const SETTLE: u32 = 5;

/// The frame benchmark.
pub struct FrameBenchPlugin;

impl Plugin for FrameBenchPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<FrameStart>()
            .add_systems(First, start_frame)
            .add_systems(Update, drive)
            .add_systems(Last, end_frame);
    }
}

#[derive(Resource, Default)]
struct FrameStart(Option<Instant>);

#[derive(Default)]
struct Driver {
    opened: bool,
    screen: usize,
    frames: u32,
    frame_count: u64,
}

fn start_frame(mut start: ResMut<FrameStart>) {
    start.0 = Some(Instant::now());
}

fn end_frame(
    start: Res<FrameStart>,
    state: Res<State<Screen>>,
    plan: Res<BenchPlan>,
    outcome: Res<BenchOutcome>,
    mut count: Local<u64>,
) {
    *count += 1;
    let Some(t0) = start.0 else { return };
    let took = t0.elapsed();
    let Ok(mut report) = outcome.0.lock() else { return };
    // The interface draws from the second frame on (egui lays out, then paints).
    if report.first_frame.is_none() && *count >= 2 {
        report.first_frame = Some(plan.started.elapsed());
    }
    if let Some((_, times)) = report.screens.iter_mut().find(|(s, _)| s == state.get()) {
        times.push(took);
    }
}

#[allow(clippy::too_many_arguments)]
fn drive(
    plan: Res<BenchPlan>,
    state: Res<State<Screen>>,
    outcome: Res<BenchOutcome>,
    mut sessions: ResMut<SessionRequests>,
    mut nav: ResMut<Navigation>,
    mut playback: ResMut<crate::playback::PlaybackRequests>,
    mut exit: MessageWriter<AppExit>,
    mut d: Local<Driver>,
) {
    d.frame_count += 1;
    if !d.opened {
        d.opened = true;
        sessions.0.push(SessionRequest::Open(plan.scenario.clone()));
        nav.0.push(Nav::Go(SCREENS[0]));
        if let Ok(mut r) = outcome.0.lock() {
            r.screens = SCREENS.iter().map(|s| (*s, Vec::new())).collect();
        }
        return;
    }
    let Some(&want) = SCREENS.get(d.screen) else {
        exit.write(AppExit::Success);
        return;
    };
    if *state.get() != want {
        if d.frame_count > 10_000 {
            exit.write(AppExit::error());
        }
        return;
    }
    d.frames += 1;
    if d.frames == 1 && want == Screen::Run {
        // Fast playback, so the frames timed carry packets and a filling event log.
        playback.0.push(crate::playback::PlaybackRequest::Speed(4.0));
    }
    // Frames before SETTLE belong to the screen's arrival; drop them from its samples.
    if d.frames == SETTLE
        && let Ok(mut r) = outcome.0.lock()
        && let Some((_, times)) = r.screens.iter_mut().find(|(s, _)| *s == want)
    {
        times.clear();
    }
    if d.frames >= SETTLE + plan.frames {
        d.screen += 1;
        d.frames = 0;
        if let Some(&next) = SCREENS.get(d.screen) {
            nav.0.push(Nav::Go(next));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let t: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(BenchReport::percentile(&t, 99.0), Duration::from_millis(99));
        assert_eq!(BenchReport::percentile(&t, 50.0), Duration::from_millis(50));
        assert_eq!(BenchReport::percentile(&[], 99.0), Duration::ZERO);
    }
}
