//! Playing the run back on the federation map: a clock over the core's recorded hops (requests,
//! PDUs, EDUs, to-device messages, backfill), with play, pause, step and speed.

use crate::screen::Screen;
use crate::session::Session;
use bevy::app::{App, Plugin, Update};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
use bevy::time::Time;
use glasshouse_sim::world::Hop;
use glasshouse_sim::{SimTime, World};

/// Real seconds a whole run takes at speed 1.
pub const RUN_SECONDS: f64 = 24.0;
/// Speeds offered.
pub const SPEEDS: [f64; 5] = [0.25, 0.5, 1.0, 2.0, 4.0];

/// Simulated seconds a packet stays in flight in a run that ends at `end`: half a real second
/// at speed 1.
pub fn flight(end: f64) -> f64 {
    (end / RUN_SECONDS / 2.0).max(1.0)
}

/// Where the playback is.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct Playback {
    /// Simulated seconds since the start.
    pub now: f64,
    /// When the run ends.
    pub end: f64,
    /// Playing or paused.
    pub playing: bool,
    /// Speed multiplier (one of [`SPEEDS`]).
    pub speed: f64,
}

impl Default for Playback {
    fn default() -> Playback {
        Playback { now: 0.0, end: 0.0, playing: false, speed: 1.0 }
    }
}

impl Playback {
    /// Simulated seconds a packet stays in flight on the map.
    pub fn flight(&self) -> f64 {
        flight(self.end)
    }

    /// Whether the whole run has played.
    pub fn finished(&self) -> bool {
        self.now >= self.end
    }
}

/// What the interface asks of the playback.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PlaybackRequest {
    /// Play or pause.
    Toggle,
    /// Pause and jump to the next moment something travels.
    Step,
    /// Set the speed.
    Speed(f64),
    /// Back to the start, playing.
    Restart,
    /// Straight to the end.
    ToEnd,
    /// Pause at this many simulated seconds (clamped to the run).
    Seek(f64),
}

/// Requests since the last frame.
pub type PlaybackRequests = crate::Requests<PlaybackRequest>;

/// The playback clock and its systems.
pub struct PlaybackPlugin;

impl Plugin for PlaybackPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Playback>()
            .init_resource::<PlaybackRequests>()
            .add_systems(OnEnter(Screen::Run), start.after(crate::session::run_scenario))
            .add_systems(Update, (handle_requests, advance).chain().run_if(in_state(Screen::Run)));
    }
}

fn start(session: Res<Session>, mut playback: ResMut<Playback>) {
    let end = session.run.as_ref().map_or(0.0, |r| r.world.end().secs() as f64);
    *playback = Playback { now: 0.0, end, playing: end > 0.0, speed: playback.speed };
}

fn handle_requests(mut requests: ResMut<PlaybackRequests>, mut playback: ResMut<Playback>, session: Res<Session>) {
    for r in requests.0.drain(..) {
        match r {
            PlaybackRequest::Toggle => {
                if playback.finished() {
                    playback.now = 0.0;
                }
                playback.playing = !playback.playing;
            }
            PlaybackRequest::Step => {
                playback.playing = false;
                let now = playback.now;
                let next = session.run.as_ref().and_then(|r| next_moment(&r.world, now));
                playback.now = next.unwrap_or(playback.end);
            }
            PlaybackRequest::Speed(s) if s.is_finite() && s > 0.0 => playback.speed = s,
            PlaybackRequest::Speed(_) => {}
            PlaybackRequest::Restart => {
                playback.now = 0.0;
                playback.playing = true;
            }
            PlaybackRequest::Seek(t) if t.is_finite() => {
                playback.now = t.clamp(0.0, playback.end);
                playback.playing = false;
            }
            PlaybackRequest::Seek(_) => {}
            PlaybackRequest::ToEnd => {
                playback.now = playback.end;
                playback.playing = false;
            }
        }
    }
}

fn advance(time: Res<Time>, mut playback: ResMut<Playback>) {
    if !playback.playing {
        return;
    }
    let per_second = playback.end / RUN_SECONDS * playback.speed;
    playback.now = (playback.now + time.delta_secs_f64() * per_second).min(playback.end);
    if playback.finished() {
        playback.playing = false;
    }
}

/// The first moment after `now` at which a hop starts.
pub fn next_moment(world: &World, now: f64) -> Option<f64> {
    world.hops().iter().map(|h| h.at.secs() as f64).find(|&t| t > now + 1e-9)
}

/// Hops in flight at `now`, with how far along they are (0 to 1).
pub fn in_flight<'w>(world: &'w World, now: f64, flight: f64) -> impl Iterator<Item = (&'w Hop, f32)> + 'w {
    // Hops are recorded in time order: only those sent in (now - flight, now] can be flying, so
    // a frame looks at a handful of them instead of a large scenario's thousands.
    let first = world.hops().partition_point(|h| h.at.secs() as f64 <= now - flight);
    let last = world.hops().partition_point(|h| h.at.secs() as f64 <= now).max(first);
    world.hops()[first..last].iter().filter_map(move |h| {
        let t = (now - h.at.secs() as f64) / flight;
        (0.0..1.0).contains(&t).then_some((h, t as f32))
    })
}

/// Hops that have started by `now`, in order.
pub fn happened(world: &World, now: f64) -> impl Iterator<Item = &Hop> {
    world.hops().iter().take_while(move |h| h.at.secs() as f64 <= now)
}

/// Servers compromised by `now` (seized, or in a malicious admin's hands).
pub fn compromised(world: &World, now: f64) -> Vec<&str> {
    world
        .setup()
        .adversaries
        .values()
        .filter(|a| a.at <= SimTime(now.max(0.0) as u64))
        .flat_map(|a| a.kind.servers())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::{Nav, Navigation};
    use crate::session::{SessionRequest, SessionRequests};
    use crate::testing::app;
    use bevy::time::TimeUpdateStrategy;
    use std::time::Duration;

    fn at_run(name: &str) -> bevy::app::App {
        let mut app = app();
        app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(500)));
        app.world_mut().resource_mut::<SessionRequests>().0.push(SessionRequest::Open(name.into()));
        app.update();
        app.world_mut().resource_mut::<Navigation>().0.push(Nav::Go(Screen::Run));
        app.update();
        app
    }

    #[test]
    fn the_clock_plays_steps_and_stops_at_the_end() {
        let mut app = at_run("first-connection");
        let p = app.world().resource::<Playback>().clone();
        assert!(p.playing && p.end > 0.0, "{p:?}");
        app.update();
        app.update();
        let now = app.world().resource::<Playback>().now;
        assert!(now > 0.0 && now < p.end, "{now}");
        // Step: paused, at the next hop.
        app.world_mut().resource_mut::<PlaybackRequests>().0.push(PlaybackRequest::Step);
        app.update();
        let stepped = app.world().resource::<Playback>().clone();
        assert!(!stepped.playing && stepped.now > now);
        let session = app.world().resource::<Session>();
        let world = &session.run.as_ref().unwrap_or_else(|| panic!("no run")).world;
        assert!(world.hops().iter().any(|h| (h.at.secs() as f64 - stepped.now).abs() < 1e-9));
        assert!(happened(world, stepped.now).count() > 0);
        // A nonsense speed is refused; the end stops the clock.
        app.world_mut().resource_mut::<PlaybackRequests>().0.extend([
            PlaybackRequest::Speed(f64::NAN),
            PlaybackRequest::Speed(-1.0),
            PlaybackRequest::ToEnd,
        ]);
        app.update();
        let p = app.world().resource::<Playback>().clone();
        assert_eq!(p.speed, 1.0);
        assert!(p.finished() && !p.playing);
    }

    #[test]
    fn the_seized_server_turns_compromised_at_its_time() {
        let app = at_run("first-connection");
        let session = app.world().resource::<Session>();
        let world = &session.run.as_ref().unwrap_or_else(|| panic!("no run")).world;
        assert!(compromised(world, 0.0).is_empty());
        assert_eq!(compromised(world, world.end().secs() as f64), vec!["bigchat.example"]);
        let first = world.hops().first().map_or(0.0, |h| h.at.secs() as f64);
        assert!(in_flight(world, first + 0.5, 1.0).count() > 0, "nothing in flight just after the first hop");
        assert_eq!(in_flight(world, first - 1.0, 0.5).count(), 0);
    }

    #[test]
    fn packets_in_flight_are_every_hop_sent_within_one_flight() {
        for (name, text) in glasshouse_sim::bundled::BUNDLED {
            let Ok(s) = glasshouse_sim::Scenario::parse(text) else { panic!("{name} does not parse") };
            let Ok((world, _)) = glasshouse_sim::run(&s, &s.defaults(), s.seed) else { panic!("{name} does not run") };
            assert!(world.hops().windows(2).all(|w| w[0].at <= w[1].at), "{name}: hops out of time order");
            let end = world.end().secs() as f64;
            for now in (0..=40).map(|i| end * f64::from(i) / 40.0) {
                for flight in [0.5, 1.0, 7.0] {
                    let naive = world
                        .hops()
                        .iter()
                        .filter(|h| (0.0..1.0).contains(&((now - h.at.secs() as f64) / flight)))
                        .count();
                    assert_eq!(in_flight(&world, now, flight).count(), naive, "{name} at {now} flying {flight}");
                }
            }
        }
    }
}
