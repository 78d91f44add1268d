//! The decentralisation explorer: how much of a synthetic Matrix federation a few compromised servers see.
//!
//! # The model
//!
//! A federation of `N` servers and `M` users, with `R` rooms (default `M / 10`, at least one).
//!
//! * **Server sizes** ([`SizeDist`]) are apportioned exactly, not sampled: each server gets its
//!   expected share of the `M` users, rounded by largest remainder (ties to the lower index).
//!   `uniform`: every server `M / N`. `zipf:S`: server `i` (from 1) gets a share proportional to
//!   `1 / i^S` (`S = 0` is uniform; the real federation is roughly `S ≈ 1`, one server holding a
//!   few percent of accounts, FACTS §7). `giant:SHARE`: one server holds `SHARE` of the users,
//!   the others split the rest evenly. When `M ≥ N` every server keeps at least one user (its
//!   admin), taken one at a time from the largest server, so a giant share of 1 leaves the giant
//!   `M − N + 1` users. Servers are then numbered by size, largest first: server id = rank.
//! * **Room sizes** follow a truncated discrete power law: `size = ⌊2 · u^(−1/α)⌋` with
//!   [`ROOM_SIZE_TAIL`] `α = 1` and `u` uniform on the interval that keeps sizes at most the cap,
//!   so `P(size ≥ x) ≈ 2 / x` (probability ∝ 1/size²): a third of the rooms are two-person rooms
//!   (direct messages), half have at most three members, one in a hundred has 200 or more. The
//!   cap is 1 % of the users ([`ROOM_SIZE_MAX_SHARE`]) but never below `min(M, 100)`: the largest
//!   real public rooms (Matrix HQ, ~100k members of ~69M accounts, FACTS §7) hold ~0.15 %; 1 %
//!   leaves headroom for the small federations people explore. With a million users the cap is
//!   10,000, the mean size about 17 and each user is in about 1.7 rooms for `R = M / 10`.
//!   Sizes are at least `min(2, M)`.
//! * **Members** of a room are `size` distinct users drawn uniformly from all `M` users (without
//!   replacement), so a server appears in a room in proportion to its size: big servers are in
//!   most large rooms, a one-person server only in the rooms of its one user. Members are drawn
//!   independently of each other: there is no locality (real communities cluster on their own
//!   server), so rooms span more servers than real ones do and the room exposure here is on the
//!   high side for a given `k`.
//! * **Determinism.** One `ChaCha8Rng` seeded with the seed draws every room (stream 0); the
//!   `random:K` attack draws a permutation of the servers from the same seed on stream 1, and the
//!   random set of size `k` is its first `k` servers, so the sets are nested and the curve is
//!   monotone. Same spec + seed → same federation, same sets, same numbers.
//!
//! # What a compromised server exposes
//!
//! A server sees the IP addresses of its own users and nobody else's (FACTS §1: `user_ips`,
//! `devices`; federation carries no IPs). Every server with at least one member in a room holds
//! the room's membership, state and event envelopes (FACTS §2), so a room is exposed as soon as
//! one of its servers is compromised, and with it every membership in the room. [`Exposure`]
//! counts the users whose IP is exposed, the rooms exposed and the memberships in exposed rooms.
//!
//! # Representation and cost
//!
//! Users are never materialised: a server is a user count, users are the integer ranges of the
//! servers' counts. A room is its size and the sorted list of its distinct servers (`u32`, in one
//! flat vector with `u32` offsets; about 4 bytes per (room, server) pair). [`Federation::analyse`]
//! is one pass over those lists with a bitset of compromised servers; [`Federation::curve`]
//! computes every `k` of an attack order at once: for each room the best position of its
//! servers in the order (for `top:K`, its first server), a histogram over the requested `k`, and
//! cumulative sums.

mod compromise;
mod federation;

pub use compromise::{AttackOrder, Compromise, CompromisedSet, Exposure, Strategy, curve_steps};
pub use federation::{
    Federation, FederationSpec, FederationStats, ROOM_SIZE_MAX_FLOOR, ROOM_SIZE_MAX_SHARE, ROOM_SIZE_MIN,
    ROOM_SIZE_TAIL, SizeDist,
};

use serde::Serialize;
use std::fmt;

/// The most servers a federation may have (memory: a few bytes per server).
pub const MAX_SERVERS: u64 = 10_000_000;
/// The most users a federation may have.
pub const MAX_USERS: u64 = 50_000_000;
/// The most rooms a federation may have (memory: about 30 room-server pairs per room).
pub const MAX_ROOMS: u64 = 10_000_000;

/// Which count a number was given for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    /// `--servers`.
    Servers,
    /// `--users`.
    Users,
    /// `--rooms`.
    Rooms,
}

impl Field {
    /// The stable kebab-case name (also the command-line flag without `--`).
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Servers => "servers",
            Field::Users => "users",
            Field::Rooms => "rooms",
        }
    }

    /// The largest value allowed.
    pub fn max(self) -> u64 {
        match self {
            Field::Servers => MAX_SERVERS,
            Field::Users => MAX_USERS,
            Field::Rooms => MAX_ROOMS,
        }
    }
}

/// Why an exploration cannot be made. Codes and arguments only: the words live in Fluent
/// (`error-scale-<code>`).
#[derive(Clone, Debug, PartialEq)]
pub enum ExplorerError {
    /// `N = 0`.
    NoServers,
    /// `M = 0`.
    NoUsers,
    /// A count that is not a whole non-negative number.
    NotACount {
        /// Which count.
        field: Field,
        /// What was given.
        text: String,
    },
    /// A count above its limit.
    TooMany {
        /// Which count.
        field: Field,
        /// What was given.
        given: u64,
        /// The limit.
        max: u64,
    },
    /// A size distribution that is not `uniform`, `zipf:S` or `giant:SHARE`.
    DistKind {
        /// What was given.
        text: String,
    },
    /// A Zipf exponent that is missing, negative, NaN or infinite.
    ZipfExponent {
        /// What was given after `zipf:`.
        text: String,
    },
    /// A giant share outside `(0, 1]`.
    GiantShare {
        /// What was given after `giant:`.
        text: String,
    },
    /// A compromise that is not `top:K` or `random:K`.
    CompromiseMalformed {
        /// What was given.
        text: String,
    },
    /// `top:0` or `random:0`.
    CompromiseZero {
        /// What was given.
        text: String,
    },
    /// More (room, server) pairs than `u32` offsets can index.
    TooLarge {
        /// Pairs reached when generation stopped.
        pairs: u64,
    },
}

impl ExplorerError {
    /// Every code, for translation checks.
    pub const CODES: [&'static str; 10] = [
        "no-servers",
        "no-users",
        "not-a-count",
        "too-many",
        "dist-kind",
        "zipf-exponent",
        "giant-share",
        "compromise-malformed",
        "compromise-zero",
        "too-large",
    ];

    /// The stable kebab-case code.
    pub fn code(&self) -> &'static str {
        match self {
            ExplorerError::NoServers => "no-servers",
            ExplorerError::NoUsers => "no-users",
            ExplorerError::NotACount { .. } => "not-a-count",
            ExplorerError::TooMany { .. } => "too-many",
            ExplorerError::DistKind { .. } => "dist-kind",
            ExplorerError::ZipfExponent { .. } => "zipf-exponent",
            ExplorerError::GiantShare { .. } => "giant-share",
            ExplorerError::CompromiseMalformed { .. } => "compromise-malformed",
            ExplorerError::CompromiseZero { .. } => "compromise-zero",
            ExplorerError::TooLarge { .. } => "too-large",
        }
    }

    /// The arguments, by name, for the Fluent message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            ExplorerError::NoServers | ExplorerError::NoUsers => Vec::new(),
            ExplorerError::NotACount { field, text } => vec![("field", field.as_str().into()), ("text", text.clone())],
            ExplorerError::TooMany { field, given, max } => {
                vec![("field", field.as_str().into()), ("given", given.to_string()), ("max", max.to_string())]
            }
            ExplorerError::DistKind { text }
            | ExplorerError::ZipfExponent { text }
            | ExplorerError::GiantShare { text }
            | ExplorerError::CompromiseMalformed { text }
            | ExplorerError::CompromiseZero { text } => vec![("text", text.clone())],
            ExplorerError::TooLarge { pairs } => vec![("pairs", pairs.to_string())],
        }
    }
}

impl fmt::Display for ExplorerError {
    /// The code and its arguments (`too-many field=servers given=… max=…`); people get Fluent words.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())?;
        for (k, v) in self.args() {
            write!(f, " {k}={v:?}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ExplorerError {}

/// Parses a count: digits with optional `_` separators (`1_000_000`) or a whole number in
/// scientific notation (`1e6`, `2.5e5`).
pub fn parse_count(field: Field, text: &str) -> Result<u64, ExplorerError> {
    let bad = || ExplorerError::NotACount { field, text: text.to_owned() };
    let t = text.trim().replace('_', "");
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        // All digits but too long for u64: certainly above every limit.
        return Ok(t.parse::<u64>().unwrap_or(u64::MAX));
    }
    if t.contains(['e', 'E'])
        && let Ok(x) = t.parse::<f64>()
        && x.is_finite()
        && x >= 0.0
        && x.fract() == 0.0
    {
        // `as` saturates: 1e30 becomes u64::MAX, above every limit.
        return Ok(x as u64);
    }
    Err(bad())
}

/// Checks a count against its limit.
pub fn check_count(field: Field, given: u64) -> Result<u32, ExplorerError> {
    if given > field.max() {
        return Err(ExplorerError::TooMany { field, given, max: field.max() });
    }
    u32::try_from(given).map_err(|_| ExplorerError::TooMany { field, given, max: field.max() })
}

/// One exploration: the model, the attack, and the exposure curve up to `k`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Exploration {
    /// The model parameters and the seed.
    pub model: Model,
    /// Facts about the generated federation.
    pub federation: FederationStats,
    /// The attack.
    pub compromise: CompromiseSummary,
    /// Exposure for each step `k` of [`curve_steps`]`(k)`, ascending; the last is `k` itself.
    pub curve: Vec<Exposure>,
    /// Exposure at `k` (the curve's last row).
    pub result: Exposure,
}

/// Model parameters as reported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Model {
    /// `N`.
    pub servers: u32,
    /// `M`.
    pub users: u32,
    /// `R`.
    pub rooms: u32,
    /// Server size distribution.
    pub dist: SizeDist,
    /// Smallest room size (see [`ROOM_SIZE_MIN`]).
    pub room_size_min: u32,
    /// Largest room size for these users (see [`ROOM_SIZE_MAX_SHARE`]).
    pub room_size_max: u32,
    /// Room size tail exponent α (see [`ROOM_SIZE_TAIL`]).
    pub room_size_tail: f64,
    /// The seed.
    pub seed: u64,
}

/// The attack as reported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CompromiseSummary {
    /// Largest servers first, or a seeded random order.
    pub strategy: Strategy,
    /// `K` as asked.
    pub k_requested: u64,
    /// `K` used: at most `N`.
    pub k: u32,
    /// Whether `K` was above `N` and lowered to `N`.
    pub clamped: bool,
}

/// Generates the federation, compromises `compromise.k` servers (at most `N`: a larger `K` is
/// clamped and says so in [`CompromiseSummary::clamped`]) and returns the exposure curve.
pub fn explore(spec: &FederationSpec, compromise: &Compromise, seed: u64) -> Result<Exploration, ExplorerError> {
    if compromise.k == 0 {
        return Err(ExplorerError::CompromiseZero { text: compromise.to_string() });
    }
    let fed = Federation::generate(spec, seed)?;
    let k = u32::try_from(compromise.k.min(u64::from(fed.servers()))).unwrap_or(fed.servers());
    let order = fed.attack_order(compromise.strategy, seed);
    let steps = curve_steps(k);
    let curve = fed.curve(&order, &steps);
    let result = curve.last().copied().unwrap_or_else(|| fed.analyse(&order.prefix(k)));
    Ok(Exploration {
        model: Model {
            servers: spec.servers,
            users: spec.users,
            rooms: spec.rooms,
            dist: spec.dist,
            room_size_min: spec.min_room_size(),
            room_size_max: spec.max_room_size(),
            room_size_tail: ROOM_SIZE_TAIL,
            seed,
        },
        federation: fed.stats(),
        compromise: CompromiseSummary {
            strategy: compromise.strategy,
            k_requested: compromise.k,
            k,
            clamped: compromise.k > u64::from(k),
        },
        curve,
        result,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_parse_with_separators_and_exponents() {
        assert_eq!(parse_count(Field::Users, "1_000_000"), Ok(1_000_000));
        assert_eq!(parse_count(Field::Users, "1e6"), Ok(1_000_000));
        assert_eq!(parse_count(Field::Users, "2.5e5"), Ok(250_000));
        assert_eq!(parse_count(Field::Users, "99999999999999999999999"), Ok(u64::MAX));
        for bad in ["", "abc", "-5", "1.5", "1e-3", "NaN", "inf", "1e6.5", "0x10", "-1e3"] {
            assert!(
                matches!(parse_count(Field::Servers, bad), Err(ExplorerError::NotACount { field: Field::Servers, .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn counts_above_their_limit_are_refused_with_the_limit() {
        assert_eq!(check_count(Field::Servers, MAX_SERVERS), Ok(10_000_000));
        assert_eq!(
            check_count(Field::Servers, MAX_SERVERS + 1),
            Err(ExplorerError::TooMany { field: Field::Servers, given: MAX_SERVERS + 1, max: MAX_SERVERS })
        );
        assert!(check_count(Field::Users, u64::MAX).is_err());
    }

    #[test]
    fn every_error_has_a_listed_code() {
        let all = [
            ExplorerError::NoServers,
            ExplorerError::NoUsers,
            ExplorerError::NotACount { field: Field::Rooms, text: "x".into() },
            ExplorerError::TooMany { field: Field::Users, given: 1, max: 0 },
            ExplorerError::DistKind { text: "x".into() },
            ExplorerError::ZipfExponent { text: "x".into() },
            ExplorerError::GiantShare { text: "x".into() },
            ExplorerError::CompromiseMalformed { text: "x".into() },
            ExplorerError::CompromiseZero { text: "x".into() },
            ExplorerError::TooLarge { pairs: 1 },
        ];
        assert_eq!(all.len(), ExplorerError::CODES.len());
        for (e, code) in all.iter().zip(ExplorerError::CODES) {
            assert_eq!(e.code(), code);
            assert!(e.to_string().starts_with(code));
        }
    }

    #[test]
    fn explore_clamps_k_above_n_and_ends_the_curve_at_k() {
        let spec = FederationSpec::new(5, 100, None, SizeDist::Uniform).unwrap_or_else(|e| panic!("{e}"));
        let c: Compromise = "top:9".parse().unwrap_or_else(|e| panic!("{e}"));
        let x = explore(&spec, &c, 3).unwrap_or_else(|e| panic!("{e}"));
        assert!(x.compromise.clamped);
        assert_eq!(x.compromise.k, 5);
        assert_eq!(x.curve.iter().map(|e| e.servers_compromised).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5]);
        assert_eq!(x.result.users_ip_exposed_share, 1.0);
        assert_eq!(x.result.rooms_exposed_share, 1.0);
        let zero = Compromise { strategy: Strategy::Top, k: 0 };
        assert!(matches!(explore(&spec, &zero, 3), Err(ExplorerError::CompromiseZero { .. })));
    }
}
