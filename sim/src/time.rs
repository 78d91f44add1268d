//! Simulated time: seconds since the scenario starts, written `[Nd ]H:MM[:SS]` in scenario files.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A point in simulated time, in whole seconds since the scenario started.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SimTime(pub u64);

/// Milliseconds since the Unix epoch at which every scenario starts (2026-03-02T09:00:00Z),
/// so `origin_server_ts` values look like real ones and are identical across runs.
pub const EPOCH_MS: u64 = 1_772_442_000_000;

impl SimTime {
    /// One day, in seconds.
    pub const DAY: u64 = 86_400;

    /// Seconds since the start.
    pub fn secs(self) -> u64 {
        self.0
    }

    /// The `origin_server_ts` a homeserver would stamp at this moment.
    pub fn origin_server_ts(self) -> u64 {
        EPOCH_MS + self.0 * 1000
    }

    /// Adds seconds, saturating.
    pub fn plus(self, secs: u64) -> SimTime {
        SimTime(self.0.saturating_add(secs))
    }

    /// Parses `H:MM`, `H:MM:SS` or `Nd H:MM[:SS]` (N days, then hours and minutes).
    /// Returns `None` when the text is not of that shape or a field is out of range.
    pub fn parse(text: &str) -> Option<SimTime> {
        let text = text.trim();
        let (days, clock) = match text.split_once('d') {
            Some((d, rest)) => (d.trim().parse::<u64>().ok()?, rest.trim()),
            None => (0, text),
        };
        let mut parts = clock.split(':');
        let h: u64 = parse_field(parts.next()?, 0)?;
        let m: u64 = parse_field(parts.next()?, 59)?;
        let s: u64 = match parts.next() {
            Some(p) => parse_field(p, 59)?,
            None => 0,
        };
        if parts.next().is_some() || days > 100_000 || h > 10_000 {
            return None;
        }
        Some(SimTime(days * Self::DAY + h * 3600 + m * 60 + s))
    }
}

fn parse_field(p: &str, max: u64) -> Option<u64> {
    if p.is_empty() || p.len() > 6 || !p.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: u64 = p.parse().ok()?;
    (max == 0 || v <= max).then_some(v)
}

impl fmt::Display for SimTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.0 / Self::DAY;
        let rest = self.0 % Self::DAY;
        let (h, m, s) = (rest / 3600, rest % 3600 / 60, rest % 60);
        if days > 0 {
            write!(f, "{days}d ")?;
        }
        if s == 0 { write!(f, "{h}:{m:02}") } else { write!(f, "{h}:{m:02}:{s:02}") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_shapes() {
        assert_eq!(SimTime::parse("0:05"), Some(SimTime(300)));
        assert_eq!(SimTime::parse("1:02:03"), Some(SimTime(3723)));
        assert_eq!(SimTime::parse("30d 9:00"), Some(SimTime(30 * 86_400 + 9 * 3600)));
        for bad in ["", "5", "0:60", "a:00", "0:05:99", "1:2:3:4", "-1:00", "0:+5", "xd 0:00"] {
            assert_eq!(SimTime::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn display_round_trips() {
        for t in [0, 59, 300, 3723, 30 * 86_400 + 32_400] {
            let shown = SimTime(t).to_string();
            assert_eq!(SimTime::parse(&shown), Some(SimTime(t)), "{shown}");
        }
    }
}
