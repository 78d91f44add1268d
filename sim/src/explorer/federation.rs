//! Generating a synthetic federation: server sizes, room sizes and the distinct servers of each room.

use super::{ExplorerError, Field, check_count};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt;
use std::str::FromStr;

/// Smallest room: two people (a direct message). With a single user, rooms have one member.
pub const ROOM_SIZE_MIN: u32 = 2;
/// Tail exponent α of room sizes: `P(size ≥ x) ≈ (ROOM_SIZE_MIN / x)^α`.
pub const ROOM_SIZE_TAIL: f64 = 1.0;
/// The largest room holds at most this share of all users…
pub const ROOM_SIZE_MAX_SHARE: f64 = 0.01;
/// …but rooms may always grow to this many members (or every user, if fewer).
pub const ROOM_SIZE_MAX_FLOOR: u32 = 100;

/// How users are spread over servers.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum SizeDist {
    /// Every server the same size.
    Uniform,
    /// Server `i` (from 1) holds a share proportional to `1 / i^exponent`.
    Zipf {
        /// `S ≥ 0`, finite.
        exponent: f64,
    },
    /// One server holds `share` of the users; the rest split the others evenly.
    Giant {
        /// In `(0, 1]`.
        share: f64,
    },
}

impl SizeDist {
    /// Checks the parameter: a finite Zipf exponent ≥ 0, a giant share in `(0, 1]`.
    pub fn validate(&self) -> Result<(), ExplorerError> {
        match *self {
            SizeDist::Uniform => Ok(()),
            SizeDist::Zipf { exponent } if exponent.is_finite() && exponent >= 0.0 => Ok(()),
            SizeDist::Zipf { exponent } => Err(ExplorerError::ZipfExponent { text: exponent.to_string() }),
            SizeDist::Giant { share } if share.is_finite() && share > 0.0 && share <= 1.0 => Ok(()),
            SizeDist::Giant { share } => Err(ExplorerError::GiantShare { text: share.to_string() }),
        }
    }
}

impl fmt::Display for SizeDist {
    /// The command-line syntax: `uniform`, `zipf:1.1`, `giant:0.4`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SizeDist::Uniform => f.write_str("uniform"),
            SizeDist::Zipf { exponent } => write!(f, "zipf:{exponent}"),
            SizeDist::Giant { share } => write!(f, "giant:{share}"),
        }
    }
}

impl FromStr for SizeDist {
    type Err = ExplorerError;

    /// `uniform`, `zipf:S` (S finite, ≥ 0) or `giant:SHARE` (in `(0, 1]`, or a percentage `40%`).
    fn from_str(text: &str) -> Result<SizeDist, ExplorerError> {
        let trimmed = text.trim();
        let (kind, arg) = match trimmed.split_once(':') {
            Some((k, a)) => (k.trim().to_ascii_lowercase(), Some(a.trim())),
            None => (trimmed.to_ascii_lowercase(), None),
        };
        let dist = match (kind.as_str(), arg) {
            ("uniform", None) => SizeDist::Uniform,
            ("zipf", arg) => {
                let a = arg.unwrap_or("");
                let exponent = a.parse::<f64>().map_err(|_| ExplorerError::ZipfExponent { text: a.to_owned() })?;
                SizeDist::Zipf { exponent }
            }
            ("giant", arg) => {
                let a = arg.unwrap_or("");
                let bad = || ExplorerError::GiantShare { text: a.to_owned() };
                let share = match a.strip_suffix('%') {
                    Some(p) => p.trim().parse::<f64>().map_err(|_| bad())? / 100.0,
                    None => a.parse::<f64>().map_err(|_| bad())?,
                };
                SizeDist::Giant { share }
            }
            _ => return Err(ExplorerError::DistKind { text: text.to_owned() }),
        };
        dist.validate().map_err(|e| match e {
            ExplorerError::ZipfExponent { .. } => ExplorerError::ZipfExponent { text: arg.unwrap_or("").to_owned() },
            ExplorerError::GiantShare { .. } => ExplorerError::GiantShare { text: arg.unwrap_or("").to_owned() },
            other => other,
        })?;
        Ok(dist)
    }
}

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct FederationSpec {
    /// `N`, 1 to [`super::MAX_SERVERS`].
    pub servers: u32,
    /// `M`, 1 to [`super::MAX_USERS`].
    pub users: u32,
    /// `R`, 0 to [`super::MAX_ROOMS`].
    pub rooms: u32,
    /// Server sizes.
    pub dist: SizeDist,
}

impl FederationSpec {
    /// A checked spec; `rooms` defaults to [`FederationSpec::default_rooms`].
    pub fn new(servers: u64, users: u64, rooms: Option<u64>, dist: SizeDist) -> Result<FederationSpec, ExplorerError> {
        if servers == 0 {
            return Err(ExplorerError::NoServers);
        }
        if users == 0 {
            return Err(ExplorerError::NoUsers);
        }
        let spec = FederationSpec {
            servers: check_count(Field::Servers, servers)?,
            users: check_count(Field::Users, users)?,
            rooms: check_count(Field::Rooms, rooms.unwrap_or_else(|| FederationSpec::default_rooms(users)))?,
            dist,
        };
        spec.validate()?;
        Ok(spec)
    }

    /// One room per ten users, at least one.
    pub fn default_rooms(users: u64) -> u64 {
        (users / 10).max(1)
    }

    /// Checks every field (the fields are public, so [`Federation::generate`] checks again).
    pub fn validate(&self) -> Result<(), ExplorerError> {
        if self.servers == 0 {
            return Err(ExplorerError::NoServers);
        }
        if self.users == 0 {
            return Err(ExplorerError::NoUsers);
        }
        check_count(Field::Servers, self.servers.into())?;
        check_count(Field::Users, self.users.into())?;
        check_count(Field::Rooms, self.rooms.into())?;
        self.dist.validate()
    }

    /// The smallest room: [`ROOM_SIZE_MIN`], or every user when there are fewer.
    pub fn min_room_size(&self) -> u32 {
        ROOM_SIZE_MIN.min(self.users)
    }

    /// The largest room: [`ROOM_SIZE_MAX_SHARE`] of the users, at least `min(users, 100)`.
    pub fn max_room_size(&self) -> u32 {
        let share = (f64::from(self.users) * ROOM_SIZE_MAX_SHARE).floor() as u32;
        share.max(ROOM_SIZE_MAX_FLOOR.min(self.users)).max(self.min_room_size())
    }
}

/// A generated federation, compactly: server user counts (largest first, so a server's id is its
/// rank) and, per room, its size and its distinct servers in ascending order.
#[derive(Clone, Debug, PartialEq)]
pub struct Federation {
    /// Users per server, descending.
    pub(super) server_users: Vec<u32>,
    /// Room `r`'s servers are `room_servers[room_offsets[r]..room_offsets[r + 1]]`.
    pub(super) room_offsets: Vec<u32>,
    /// Distinct servers of every room, ascending within a room.
    pub(super) room_servers: Vec<u32>,
    /// Members per room.
    pub(super) room_sizes: Vec<u32>,
    /// `M`.
    pub(super) users: u32,
    /// Sum of room sizes.
    pub(super) memberships: u64,
}

/// Facts about a generated federation, for the report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FederationStats {
    /// `N`.
    pub servers: u32,
    /// `M`.
    pub users: u32,
    /// `R`.
    pub rooms: u32,
    /// Users of the largest server.
    pub largest_server_users: u32,
    /// Users of the median server.
    pub median_server_users: u32,
    /// Servers without users (only when `M < N`).
    pub empty_servers: u32,
    /// Sum of room sizes.
    pub memberships: u64,
    /// Distinct (room, server) pairs: what the analysis walks.
    pub room_server_pairs: u64,
    /// Members of the largest room.
    pub largest_room: u32,
    /// Members of the median room.
    pub median_room: u32,
    /// Mean room size.
    pub mean_room: f64,
    /// Mean number of distinct servers per room.
    pub mean_servers_per_room: f64,
}

impl Federation {
    /// Generates the federation of `spec`, deterministically from `seed` (see the module docs for
    /// the model).
    pub fn generate(spec: &FederationSpec, seed: u64) -> Result<Federation, ExplorerError> {
        spec.validate()?;
        let server_users = apportion(spec.servers, spec.users, spec.dist);
        // starts[i] = first user index of server i; only servers with users (a prefix: sorted).
        let mut starts = Vec::with_capacity(server_users.len() + 1);
        let mut acc = 0u32;
        starts.push(0);
        for &c in server_users.iter().take_while(|&&c| c > 0) {
            acc += c;
            starts.push(acc);
        }
        let rooms = spec.rooms as usize;
        let (lo, cap) = (spec.min_room_size(), spec.max_room_size());
        // u uniform on (u_min, 1] keeps ⌊lo · u^(−1/α)⌋ ≤ cap.
        let u_min = (f64::from(lo) / (f64::from(cap) + 1.0)).powf(ROOM_SIZE_TAIL);
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut room_offsets = Vec::with_capacity(rooms + 1);
        let mut room_servers = Vec::with_capacity(rooms.saturating_mul(6));
        let mut room_sizes = Vec::with_capacity(rooms);
        let mut memberships = 0u64;
        let mut buf = Vec::new();
        room_offsets.push(0);
        for _ in 0..rooms {
            let v: f64 = rng.random();
            let u = 1.0 - (1.0 - u_min) * v;
            let size = (f64::from(lo) * u.powf(-1.0 / ROOM_SIZE_TAIL)).floor().clamp(f64::from(lo), f64::from(cap));
            let size = size as u32;
            room_members(&mut rng, &starts, size, &mut buf, &mut room_servers);
            let end = u32::try_from(room_servers.len())
                .map_err(|_| ExplorerError::TooLarge { pairs: room_servers.len() as u64 })?;
            room_offsets.push(end);
            room_sizes.push(size);
            memberships += u64::from(size);
        }
        Ok(Federation { server_users, room_offsets, room_servers, room_sizes, users: spec.users, memberships })
    }

    /// `N`.
    pub fn servers(&self) -> u32 {
        self.server_users.len() as u32
    }

    /// `M`.
    pub fn users(&self) -> u32 {
        self.users
    }

    /// `R`.
    pub fn rooms(&self) -> u32 {
        self.room_sizes.len() as u32
    }

    /// Sum of room sizes.
    pub fn memberships(&self) -> u64 {
        self.memberships
    }

    /// Users per server, largest first (server id = index).
    pub fn server_users(&self) -> &[u32] {
        &self.server_users
    }

    /// Members of every room.
    pub fn room_sizes(&self) -> &[u32] {
        &self.room_sizes
    }

    /// The distinct servers of room `r`, ascending (empty for a room that does not exist).
    pub fn room_servers(&self, r: u32) -> &[u32] {
        let r = r as usize;
        match (self.room_offsets.get(r), self.room_offsets.get(r + 1)) {
            (Some(&a), Some(&b)) => self.room_servers.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Summary numbers for the report.
    pub fn stats(&self) -> FederationStats {
        let n = self.server_users.len();
        let r = self.room_sizes.len();
        let median_room = if r == 0 {
            0
        } else {
            let mut sizes = self.room_sizes.clone();
            *sizes.select_nth_unstable(r / 2).1
        };
        let per_room = |x: f64| if r == 0 { 0.0 } else { x / r as f64 };
        FederationStats {
            servers: self.servers(),
            users: self.users,
            rooms: self.rooms(),
            largest_server_users: self.server_users.first().copied().unwrap_or(0),
            median_server_users: self.server_users.get(n / 2).copied().unwrap_or(0),
            empty_servers: self.server_users.iter().filter(|&&c| c == 0).count() as u32,
            memberships: self.memberships,
            room_server_pairs: self.room_servers.len() as u64,
            largest_room: self.room_sizes.iter().copied().max().unwrap_or(0),
            median_room,
            mean_room: per_room(self.memberships as f64),
            mean_servers_per_room: per_room(self.room_servers.len() as f64),
        }
    }
}

/// Appends the distinct servers of a room of `size` distinct users (drawn uniformly from all
/// users) to `out`, ascending. `starts` holds the first user index of each server with users,
/// then the number of users.
fn room_members(rng: &mut ChaCha8Rng, starts: &[u32], size: u32, buf: &mut Vec<u32>, out: &mut Vec<u32>) {
    let m = starts.last().copied().unwrap_or(0);
    if m == 0 || size == 0 {
        return;
    }
    let ends = starts.get(1..).unwrap_or(&[]);
    if u64::from(size) * 2 <= u64::from(m) {
        sample_sorted(rng, m, size, buf);
        // Users are sorted, so each server's users are consecutive: one search per server.
        let mut end = 0u32;
        for &u in buf.iter() {
            if u >= end {
                let s = ends.partition_point(|&e| e <= u);
                out.push(s as u32);
                end = ends.get(s).copied().unwrap_or(m);
            }
        }
    } else {
        // More than half of everyone: draw who is NOT in the room; a server is in the room when
        // it has more users than left-out ones. Linear in M, which is < 2 · size here.
        sample_sorted(rng, m, m - size, buf);
        let mut left_out = buf.iter().peekable();
        let mut begin = 0u32;
        for (s, &end) in ends.iter().enumerate() {
            let mut excluded = 0u32;
            while left_out.next_if(|&&u| u < end).is_some() {
                excluded += 1;
            }
            if end - begin > excluded {
                out.push(s as u32);
            }
            begin = end;
        }
    }
}

/// `count` distinct numbers from `0..m`, sorted (`count ≤ m / 2`, so redraws are few).
fn sample_sorted(rng: &mut ChaCha8Rng, m: u32, count: u32, buf: &mut Vec<u32>) {
    buf.clear();
    let count = count.min(m) as usize;
    while buf.len() < count {
        let missing = count - buf.len();
        buf.extend((0..missing).map(|_| rng.random_range(0..m)));
        buf.sort_unstable();
        buf.dedup();
    }
}

/// Users per server, largest first, summing to `m` exactly.
fn apportion(n: u32, m: u32, dist: SizeDist) -> Vec<u32> {
    let mut counts = match dist {
        SizeDist::Uniform => even(n, m),
        SizeDist::Zipf { exponent } => {
            let weights: Vec<f64> = (1..=n).map(|i| f64::from(i).powf(-exponent)).collect();
            largest_remainder(m, &weights)
        }
        SizeDist::Giant { share } => {
            if n == 1 {
                vec![m]
            } else {
                let giant = ((share * f64::from(m)).round() as u32).min(m);
                let mut v = vec![giant];
                v.extend(even(n - 1, m - giant));
                v
            }
        }
    };
    if m >= n {
        one_each(&mut counts);
    }
    counts.sort_unstable_by(|a, b| b.cmp(a));
    counts
}

/// `m` users over `n` servers as evenly as possible (the first `m % n` get one more).
fn even(n: u32, m: u32) -> Vec<u32> {
    let (q, r) = (m / n.max(1), m % n.max(1));
    (0..n).map(|i| q + u32::from(i < r)).collect()
}

/// Apportions `m` by `weights` (largest remainder, ties to the lower index); sums to `m`.
fn largest_remainder(m: u32, weights: &[f64]) -> Vec<u32> {
    let total: f64 = weights.iter().sum();
    let quotas: Vec<f64> = weights.iter().map(|w| if total > 0.0 { w / total * f64::from(m) } else { 0.0 }).collect();
    let mut counts: Vec<u32> = quotas.iter().map(|q| q.floor() as u32).collect();
    let assigned: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if assigned < u64::from(m) {
        let missing = (u64::from(m) - assigned) as usize;
        let frac = |i: u32| quotas[i as usize] - f64::from(counts[i as usize]);
        let mut idx: Vec<u32> = (0..counts.len() as u32).collect();
        let by_frac = |a: &u32, b: &u32| frac(*b).total_cmp(&frac(*a)).then(a.cmp(b));
        if missing < idx.len() {
            idx.select_nth_unstable_by(missing, by_frac);
            idx.truncate(missing);
        }
        for i in idx {
            counts[i as usize] += 1;
        }
    }
    // Rounding error in the quotas: settle the difference on the largest server.
    let sum: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if let Some(first) = counts.first_mut() {
        let fixed = i128::from(*first) + i128::from(m) - i128::from(sum);
        *first = u32::try_from(fixed.max(0)).unwrap_or(m);
    }
    counts
}

/// Gives every empty server one user, each taken from the then-largest server (needs `m ≥ n`).
fn one_each(counts: &mut [u32]) {
    let empty: Vec<usize> = counts.iter().enumerate().filter(|(_, c)| **c == 0).map(|(i, _)| i).collect();
    if empty.is_empty() {
        return;
    }
    let mut heap: BinaryHeap<(u32, Reverse<usize>)> =
        counts.iter().enumerate().filter(|(_, c)| **c >= 2).map(|(i, &c)| (c, Reverse(i))).collect();
    for z in empty {
        let Some((c, Reverse(i))) = heap.pop() else { break };
        counts[i] = c - 1;
        counts[z] = 1;
        if c > 2 {
            heap.push((c - 1, Reverse(i)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fed(n: u64, m: u64, r: Option<u64>, dist: &str, seed: u64) -> Federation {
        let dist: SizeDist = dist.parse().unwrap_or_else(|e| panic!("{e}"));
        let spec = FederationSpec::new(n, m, r, dist).unwrap_or_else(|e| panic!("{e}"));
        Federation::generate(&spec, seed).unwrap_or_else(|e| panic!("{e}"))
    }

    fn total(f: &Federation) -> u64 {
        f.server_users().iter().map(|&c| u64::from(c)).sum()
    }

    #[test]
    fn uniform_gives_each_server_one_nth() {
        let f = fed(10, 1000, Some(0), "uniform", 1);
        assert_eq!(f.server_users(), &[100; 10]);
        let f = fed(7, 1000, Some(0), "uniform", 1);
        assert_eq!(total(&f), 1000);
        assert!(f.server_users().iter().all(|&c| c == 142 || c == 143));
    }

    #[test]
    fn giant_share_goes_to_one_server() {
        let f = fed(100, 10_000, Some(0), "giant:0.4", 1);
        assert_eq!(f.server_users()[0], 4000);
        assert_eq!(total(&f), 10_000);
        assert!(f.server_users()[1..].iter().all(|&c| c == 60 || c == 61));
        assert_eq!(fed(100, 10_000, Some(0), "giant:40%", 1).server_users(), f.server_users());
        // A share of 1 still leaves every other server its admin.
        let f = fed(10, 1000, Some(0), "giant:1", 1);
        assert_eq!(f.server_users()[0], 991);
        assert_eq!(f.server_users()[1..], [1; 9]);
        // With one server the share does not matter.
        assert_eq!(fed(1, 50, Some(0), "giant:0.1", 1).server_users(), &[50]);
    }

    #[test]
    fn zipf_is_decreasing_exact_and_keeps_every_server() {
        let f = fed(1000, 100_000, Some(0), "zipf:1.1", 1);
        assert_eq!(total(&f), 100_000);
        assert!(f.server_users().windows(2).all(|w| w[0] >= w[1]));
        assert!(f.server_users().iter().all(|&c| c >= 1));
        // Server 1's share is 1/H where H = Σ i^-1.1 over 1000 servers (≈ 6.02).
        let h: f64 = (1..=1000).map(|i| f64::from(i).powf(-1.1)).sum();
        let expected = 100_000.0 / h;
        assert!((f64::from(f.server_users()[0]) - expected).abs() < 2.0, "{} vs {expected}", f.server_users()[0]);
        let steep = fed(100, 1000, Some(0), "zipf:8", 1);
        assert_eq!(total(&steep), 1000);
        assert!(steep.server_users().iter().all(|&c| c >= 1));
        assert_eq!(fed(10, 1000, Some(0), "zipf:0", 1).server_users(), &[100; 10]);
    }

    #[test]
    fn more_servers_than_users_leaves_some_empty() {
        let f = fed(100, 30, Some(50), "zipf:1", 1);
        assert_eq!(total(&f), 30);
        assert!(f.stats().empty_servers >= 70);
        for r in 0..f.rooms() {
            assert!(f.room_servers(r).iter().all(|&s| f.server_users()[s as usize] > 0));
        }
    }

    #[test]
    fn rooms_have_valid_sizes_and_sorted_distinct_servers() {
        for (m, dist) in [(1, "uniform"), (2, "uniform"), (7, "zipf:1"), (150, "giant:0.5"), (5000, "zipf:1.1")] {
            let f = fed(5, m, Some(400), dist, 9);
            let spec_max = FederationSpec::new(5, m, Some(400), SizeDist::Uniform).map_or(0, |s| s.max_room_size());
            assert_eq!(f.rooms(), 400);
            for r in 0..f.rooms() {
                let size = f.room_sizes()[r as usize];
                let servers = f.room_servers(r);
                assert!(size >= ROOM_SIZE_MIN.min(m as u32) && size <= spec_max, "size {size} of {m}");
                assert!(!servers.is_empty() && servers.len() <= size as usize);
                assert!(servers.windows(2).all(|w| w[0] < w[1]));
                assert!(servers.iter().all(|&s| s < 5));
                // A server cannot contribute more members than it has users.
                let capacity: u32 = servers.iter().map(|&s| f.server_users()[s as usize]).sum();
                assert!(capacity >= size);
            }
        }
        // A room of everyone spans every server.
        let f = fed(4, 8, Some(200), "uniform", 3);
        for r in 0..f.rooms() {
            if f.room_sizes()[r as usize] == 8 {
                assert_eq!(f.room_servers(r), &[0, 1, 2, 3]);
            }
        }
    }

    #[test]
    fn room_sizes_are_heavy_tailed_and_capped() {
        let f = fed(100, 100_000, Some(20_000), "zipf:1.1", 5);
        let s = f.stats();
        assert!(s.largest_room <= 1000, "{}", s.largest_room);
        let twos = f.room_sizes().iter().filter(|&&x| x == 2).count() as f64 / 20_000.0;
        assert!((twos - 1.0 / 3.0).abs() < 0.02, "{twos}");
        assert!(s.median_room <= 4);
        assert!(s.largest_room > 300, "{}", s.largest_room);
    }

    #[test]
    fn same_seed_same_federation() {
        let a = fed(50, 5000, None, "zipf:1.2", 42);
        assert_eq!(a, fed(50, 5000, None, "zipf:1.2", 42));
        assert_ne!(a.room_sizes(), fed(50, 5000, None, "zipf:1.2", 43).room_sizes());
    }

    #[test]
    fn bad_specs_are_errors() {
        assert_eq!(FederationSpec::new(0, 10, None, SizeDist::Uniform), Err(ExplorerError::NoServers));
        assert_eq!(FederationSpec::new(10, 0, None, SizeDist::Uniform), Err(ExplorerError::NoUsers));
        assert!(matches!(
            FederationSpec::new(10_000_001, 10, None, SizeDist::Uniform),
            Err(ExplorerError::TooMany { field: Field::Servers, .. })
        ));
        assert!(matches!(
            FederationSpec::new(1, 50_000_001, None, SizeDist::Uniform),
            Err(ExplorerError::TooMany { field: Field::Users, .. })
        ));
        assert!(matches!(
            FederationSpec::new(1, 5, Some(10_000_001), SizeDist::Uniform),
            Err(ExplorerError::TooMany { field: Field::Rooms, .. })
        ));
        let spec = FederationSpec { servers: 3, users: 3, rooms: 1, dist: SizeDist::Zipf { exponent: f64::NAN } };
        assert!(matches!(Federation::generate(&spec, 1), Err(ExplorerError::ZipfExponent { .. })));
        let spec = FederationSpec { servers: 0, users: 3, rooms: 1, dist: SizeDist::Uniform };
        assert_eq!(Federation::generate(&spec, 1), Err(ExplorerError::NoServers));
    }

    #[test]
    fn dist_parsing() {
        assert_eq!("uniform".parse(), Ok(SizeDist::Uniform));
        assert_eq!(" Zipf:1.1 ".parse(), Ok(SizeDist::Zipf { exponent: 1.1 }));
        assert_eq!("giant:0.4".parse(), Ok(SizeDist::Giant { share: 0.4 }));
        assert_eq!("giant:1".parse(), Ok(SizeDist::Giant { share: 1.0 }));
        for bad in ["zipf", "zipf:", "zipf:-1", "zipf:NaN", "zipf:inf", "zipf:abc", "zipf:1e400"] {
            assert!(matches!(bad.parse::<SizeDist>(), Err(ExplorerError::ZipfExponent { .. })), "{bad}");
        }
        // The error quotes what was typed.
        assert_eq!("zipf:NaN".parse::<SizeDist>(), Err(ExplorerError::ZipfExponent { text: "NaN".into() }));
        for bad in ["giant", "giant:0", "giant:1.5", "giant:-0.2", "giant:NaN", "giant:x", "giant:150%"] {
            assert!(matches!(bad.parse::<SizeDist>(), Err(ExplorerError::GiantShare { .. })), "{bad}");
        }
        for bad in ["", "pareto:2", "uniform:3", "zipf1.1"] {
            assert!(matches!(bad.parse::<SizeDist>(), Err(ExplorerError::DistKind { .. })), "{bad}");
        }
        assert_eq!(SizeDist::Zipf { exponent: 1.1 }.to_string(), "zipf:1.1");
    }
}
