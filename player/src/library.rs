//! The scenarios the player offers: the bundled ones, in book order, then any trainer's folder
//! embedded at build time (`glasshouse book build --web --scenarios DIR`, see `build.rs`).

use glasshouse_sim::bundled;

#[allow(clippy::type_complexity)]
mod extra {
    include!(concat!(env!("OUT_DIR"), "/extra.rs"));
}

/// (name, TOML text) of every scenario, bundled first; an embedded one with a bundled name
/// replaces it.
pub fn all() -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<(&str, &str)> =
        bundled::BUNDLED.iter().filter(|(n, _)| !extra::EXTRA.iter().any(|(e, _, _)| e == n)).copied().collect();
    out.extend(extra::EXTRA.iter().map(|(n, t, _)| (*n, *t)));
    out
}

/// A scenario's TOML text.
pub fn get(name: &str) -> Option<&'static str> {
    extra::EXTRA.iter().find(|(n, _, _)| *n == name).map(|(_, t, _)| *t).or_else(|| bundled::get(name))
}

/// A scenario's prose: (language, Fluent text) pairs.
pub fn prose(name: &str) -> &'static [(&'static str, &'static str)] {
    extra::EXTRA.iter().find(|(n, _, _)| *n == name).map_or_else(|| bundled::prose(name), |(_, _, p)| *p)
}
