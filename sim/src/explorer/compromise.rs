//! Which servers fall (the `K` largest or `K` at random) and what that exposes, in one pass over the rooms.

use super::ExplorerError;
use super::federation::Federation;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// How the attacker picks servers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Strategy {
    /// The largest servers by users first (ties: the lower id).
    Top,
    /// A seeded random order of all servers (empty ones included).
    Random,
}

impl Strategy {
    /// `top` or `random`.
    pub fn as_str(self) -> &'static str {
        match self {
            Strategy::Top => "top",
            Strategy::Random => "random",
        }
    }
}

/// `top:K` or `random:K`: which servers, and how many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Compromise {
    /// How they are picked.
    pub strategy: Strategy,
    /// How many (≥ 1; above `N` it is clamped to `N` by [`super::explore`]).
    pub k: u64,
}

impl fmt::Display for Compromise {
    /// The command-line syntax, `top:5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.strategy.as_str(), self.k)
    }
}

impl FromStr for Compromise {
    type Err = ExplorerError;

    /// `top:K` or `random:K` with `K` a whole number ≥ 1 (`_` separators allowed).
    fn from_str(text: &str) -> Result<Compromise, ExplorerError> {
        let malformed = || ExplorerError::CompromiseMalformed { text: text.to_owned() };
        let lower = text.trim().to_ascii_lowercase();
        let (kind, k) = lower.split_once(':').ok_or_else(malformed)?;
        let strategy = match kind.trim() {
            "top" => Strategy::Top,
            "random" => Strategy::Random,
            _ => return Err(malformed()),
        };
        let digits = k.trim().replace('_', "");
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(malformed());
        }
        // All digits but beyond u64: clamped to N like any K > N.
        let k = digits.parse::<u64>().unwrap_or(u64::MAX);
        if k == 0 {
            return Err(ExplorerError::CompromiseZero { text: text.to_owned() });
        }
        Ok(Compromise { strategy, k })
    }
}

/// A set of compromised servers: one bit per server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompromisedSet {
    words: Vec<u64>,
    servers: u32,
    len: u32,
}

impl CompromisedSet {
    /// No server compromised, out of `servers`.
    pub fn new(servers: u32) -> CompromisedSet {
        CompromisedSet { words: vec![0; (servers as usize).div_ceil(64)], servers, len: 0 }
    }

    /// The `k` largest servers (ids `0..k`, as server ids are ranks by size).
    pub fn top(servers: u32, k: u32) -> CompromisedSet {
        let mut set = CompromisedSet::new(servers);
        let k = k.min(servers);
        let full = (k / 64) as usize;
        for w in set.words.iter_mut().take(full) {
            *w = u64::MAX;
        }
        if !k.is_multiple_of(64)
            && let Some(w) = set.words.get_mut(full)
        {
            *w = (1u64 << (k % 64)) - 1;
        }
        set.len = k;
        set
    }

    /// Adds server `s`; false if it was already in or is out of range.
    pub fn insert(&mut self, s: u32) -> bool {
        if s >= self.servers || self.contains(s) {
            return false;
        }
        if let Some(w) = self.words.get_mut((s / 64) as usize) {
            *w |= 1 << (s % 64);
            self.len += 1;
        }
        true
    }

    /// Removes server `s`; false if it was not in.
    pub fn remove(&mut self, s: u32) -> bool {
        if !self.contains(s) {
            return false;
        }
        if let Some(w) = self.words.get_mut((s / 64) as usize) {
            *w &= !(1 << (s % 64));
            self.len -= 1;
        }
        true
    }

    /// Whether server `s` is compromised.
    #[inline]
    pub fn contains(&self, s: u32) -> bool {
        self.words.get((s / 64) as usize).is_some_and(|w| w >> (s % 64) & 1 == 1)
    }

    /// How many servers are compromised.
    pub fn len(&self) -> u32 {
        self.len
    }

    /// Whether none is.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The compromised servers, ascending.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut bits = w;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let b = bits.trailing_zeros();
                    bits &= bits - 1;
                    i as u32 * 64 + b
                })
            })
        })
    }
}

/// The order in which an attacker takes servers: the set of size `k` is the first `k`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttackOrder {
    strategy: Strategy,
    order: Vec<u32>,
    /// Position of each server in `order` (only for [`Strategy::Random`]; `Top` is the identity).
    position: Vec<u32>,
}

impl AttackOrder {
    /// How the order was made.
    pub fn strategy(&self) -> Strategy {
        self.strategy
    }

    /// Servers in attack order.
    pub fn order(&self) -> &[u32] {
        &self.order
    }

    /// The first `k` servers of the order.
    pub fn prefix(&self, k: u32) -> CompromisedSet {
        let n = self.order.len() as u32;
        match self.strategy {
            Strategy::Top => CompromisedSet::top(n, k),
            Strategy::Random => {
                let mut set = CompromisedSet::new(n);
                for &s in self.order.iter().take(k as usize) {
                    set.insert(s);
                }
                set
            }
        }
    }

    /// Position of server `s` in the order (`u32::MAX` if unknown).
    #[inline]
    fn position(&self, s: u32) -> u32 {
        match self.strategy {
            Strategy::Top => s,
            Strategy::Random => self.position.get(s as usize).copied().unwrap_or(u32::MAX),
        }
    }
}

/// What a set of compromised servers exposes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Exposure {
    /// Servers compromised.
    pub servers_compromised: u32,
    /// Of all servers.
    pub servers_share: f64,
    /// Users of compromised servers: their IP addresses are exposed (FACTS §1).
    pub users_ip_exposed: u64,
    /// Of all users.
    pub users_ip_exposed_share: f64,
    /// Rooms with a member on a compromised server: membership, state and envelopes exposed (FACTS §2).
    pub rooms_exposed: u64,
    /// Of all rooms.
    pub rooms_exposed_share: f64,
    /// Memberships in exposed rooms.
    pub memberships_exposed: u64,
    /// Of all memberships.
    pub memberships_exposed_share: f64,
}

/// Raw counts before shares.
struct Tally {
    servers: u32,
    users: u64,
    rooms: u64,
    memberships: u64,
}

fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 / whole as f64 }
}

/// The `k` to show for an attack of `k` servers: every one up to 20, else 1, 2, 5, 10, 20,
/// 50, … below `k`, then `k` itself.
pub fn curve_steps(k: u32) -> Vec<u32> {
    if k <= 20 {
        return (1..=k).collect();
    }
    let mut out = Vec::new();
    let mut base = 1u64;
    loop {
        for m in [1, 2, 5] {
            let step = base * m;
            if step >= u64::from(k) {
                out.push(k);
                return out;
            }
            out.push(step as u32);
        }
        base *= 10;
    }
}

impl Federation {
    fn exposure(&self, t: Tally) -> Exposure {
        Exposure {
            servers_compromised: t.servers,
            servers_share: share(t.servers.into(), self.servers().into()),
            users_ip_exposed: t.users,
            users_ip_exposed_share: share(t.users, self.users().into()),
            rooms_exposed: t.rooms,
            rooms_exposed_share: share(t.rooms, self.rooms().into()),
            memberships_exposed: t.memberships,
            memberships_exposed_share: share(t.memberships, self.memberships()),
        }
    }

    /// The order an attacker takes servers in: largest first, or a permutation drawn from `seed`
    /// (ChaCha8, stream 1; room generation uses stream 0).
    pub fn attack_order(&self, strategy: Strategy, seed: u64) -> AttackOrder {
        let n = self.servers();
        let mut order: Vec<u32> = (0..n).collect();
        let mut position = Vec::new();
        if strategy == Strategy::Random {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            rng.set_stream(1);
            // Fisher–Yates, written out so the order never depends on a library's shuffle.
            for i in (1..order.len()).rev() {
                let j = rng.random_range(0..=i);
                order.swap(i, j);
            }
            position = vec![0; order.len()];
            for (p, &s) in order.iter().enumerate() {
                if let Some(slot) = position.get_mut(s as usize) {
                    *slot = p as u32;
                }
            }
        }
        AttackOrder { strategy, order, position }
    }

    /// What `set` exposes: one pass over every room's servers. Servers outside the federation are
    /// ignored.
    pub fn analyse(&self, set: &CompromisedSet) -> Exposure {
        let n = self.servers();
        let mut t = Tally { servers: 0, users: 0, rooms: 0, memberships: 0 };
        for s in set.iter().take_while(|&s| s < n) {
            t.servers += 1;
            t.users += u64::from(self.server_users.get(s as usize).copied().unwrap_or(0));
        }
        if !set.is_empty() {
            let mut begin = 0usize;
            for (&end, &size) in self.room_offsets.iter().skip(1).zip(&self.room_sizes) {
                let end = end as usize;
                let servers = self.room_servers.get(begin..end).unwrap_or(&[]);
                if servers.iter().any(|&s| set.contains(s)) {
                    t.rooms += 1;
                    t.memberships += u64::from(size);
                }
                begin = end;
            }
        }
        self.exposure(t)
    }

    /// Exposure after the first `k` servers of `order`, for every `k` in `ks` (each clamped to
    /// `N`), in the order given. One pass: each room's best position among its servers, counted
    /// into a histogram over the sorted `ks`, then cumulative sums.
    pub fn curve(&self, order: &AttackOrder, ks: &[u32]) -> Vec<Exposure> {
        let n = self.servers();
        let mut steps: Vec<u32> = ks.iter().map(|&k| k.min(n)).collect();
        steps.sort_unstable();
        steps.dedup();
        // bucket b: rooms first exposed at steps[b] (b = steps.len(): never, among these k).
        let mut rooms = vec![0u64; steps.len() + 1];
        let mut memberships = vec![0u64; steps.len() + 1];
        let mut begin = 0usize;
        for (&end, &size) in self.room_offsets.iter().skip(1).zip(&self.room_sizes) {
            let end = end as usize;
            let servers = self.room_servers.get(begin..end).unwrap_or(&[]);
            begin = end;
            let best = match order.strategy {
                // Servers are ascending and ids are ranks: the first is the best.
                Strategy::Top => servers.first().copied().unwrap_or(u32::MAX),
                Strategy::Random => servers.iter().map(|&s| order.position(s)).min().unwrap_or(u32::MAX),
            };
            // Exposed at k iff best < k: the first step above best.
            let b = steps.partition_point(|&k| k <= best);
            if let (Some(r), Some(m)) = (rooms.get_mut(b), memberships.get_mut(b)) {
                *r += 1;
                *m += u64::from(size);
            }
        }
        let mut at_step = Vec::with_capacity(steps.len());
        let (mut r, mut m, mut u) = (0u64, 0u64, 0u64);
        let mut taken = 0usize;
        for (i, &k) in steps.iter().enumerate() {
            r += rooms.get(i).copied().unwrap_or(0);
            m += memberships.get(i).copied().unwrap_or(0);
            for &s in order.order.get(taken..k as usize).unwrap_or(&[]) {
                u += u64::from(self.server_users.get(s as usize).copied().unwrap_or(0));
            }
            taken = taken.max(k as usize);
            at_step.push(self.exposure(Tally { servers: k, users: u, rooms: r, memberships: m }));
        }
        ks.iter().filter_map(|&k| steps.binary_search(&k.min(n)).ok().and_then(|i| at_step.get(i).copied())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{FederationSpec, SizeDist};
    use super::*;
    use proptest::prelude::{Just, ProptestConfig, any, prop_assert, prop_assert_eq, prop_oneof, proptest};
    use proptest::strategy::Strategy as _;

    fn fed(n: u64, m: u64, r: Option<u64>, dist: SizeDist, seed: u64) -> Federation {
        let spec = FederationSpec::new(n, m, r, dist).unwrap_or_else(|e| panic!("{e}"));
        Federation::generate(&spec, seed).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn one_server_exposes_everything() {
        let f = fed(1, 500, None, SizeDist::Uniform, 1);
        let e = f.analyse(&CompromisedSet::top(1, 1));
        assert_eq!(e.users_ip_exposed, 500);
        assert_eq!((e.users_ip_exposed_share, e.rooms_exposed_share, e.memberships_exposed_share), (1.0, 1.0, 1.0));
        assert_eq!(e.rooms_exposed, 50);
    }

    #[test]
    fn one_of_ten_equal_servers_exposes_a_tenth_of_ips() {
        let f = fed(10, 10_000, None, SizeDist::Uniform, 1);
        let e = f.analyse(&CompromisedSet::top(10, 1));
        assert_eq!(e.users_ip_exposed_share, 0.1);
        // A room of two is exposed with probability about 1 − 0.9² = 19 %; larger rooms more.
        assert!(e.rooms_exposed_share > 0.19 && e.rooms_exposed_share < 0.6, "{}", e.rooms_exposed_share);
        assert!(e.memberships_exposed_share >= e.rooms_exposed_share);
    }

    #[test]
    fn nothing_compromised_exposes_nothing() {
        let f = fed(10, 1000, None, SizeDist::Uniform, 1);
        let e = f.analyse(&CompromisedSet::new(10));
        assert_eq!((e.users_ip_exposed, e.rooms_exposed, e.memberships_exposed), (0, 0, 0));
    }

    #[test]
    fn top_k_exposure_never_decreases_with_k() {
        let f = fed(200, 20_000, None, SizeDist::Zipf { exponent: 1.1 }, 7);
        for strategy in [Strategy::Top, Strategy::Random] {
            let order = f.attack_order(strategy, 7);
            let ks: Vec<u32> = (1..=200).collect();
            let curve = f.curve(&order, &ks);
            assert_eq!(curve.len(), 200);
            for w in curve.windows(2) {
                assert!(w[0].users_ip_exposed <= w[1].users_ip_exposed);
                assert!(w[0].rooms_exposed <= w[1].rooms_exposed);
                assert!(w[0].memberships_exposed <= w[1].memberships_exposed);
            }
            assert_eq!(curve.last().map(|e| e.rooms_exposed_share), Some(1.0));
        }
    }

    #[test]
    fn the_largest_servers_expose_more_than_random_ones() {
        let f = fed(1000, 100_000, None, SizeDist::Zipf { exponent: 1.1 }, 3);
        let top = f.analyse(&f.attack_order(Strategy::Top, 3).prefix(10));
        let random = f.analyse(&f.attack_order(Strategy::Random, 3).prefix(10));
        assert!(top.users_ip_exposed > random.users_ip_exposed);
        assert!(top.rooms_exposed > random.rooms_exposed);
    }

    #[test]
    fn random_order_is_a_seeded_permutation() {
        let f = fed(100, 1000, Some(0), SizeDist::Uniform, 1);
        let a = f.attack_order(Strategy::Random, 5);
        let mut sorted = a.order().to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..100).collect::<Vec<_>>());
        assert_eq!(a, f.attack_order(Strategy::Random, 5));
        assert_ne!(a.order(), f.attack_order(Strategy::Random, 6).order());
        assert_eq!(a.prefix(10).iter().collect::<Vec<_>>().len(), 10);
    }

    #[test]
    fn compromise_parsing() {
        assert_eq!("top:5".parse(), Ok(Compromise { strategy: Strategy::Top, k: 5 }));
        assert_eq!(" Random:1_000 ".parse(), Ok(Compromise { strategy: Strategy::Random, k: 1000 }));
        assert_eq!("top:99999999999999999999999".parse::<Compromise>().map(|c| c.k), Ok(u64::MAX));
        assert!(matches!("top:0".parse::<Compromise>(), Err(ExplorerError::CompromiseZero { .. })));
        for bad in ["", "top", "top:", "top:-1", "top:1.5", "top:x", "largest:3", "5", ":5", "top:5:6"] {
            assert!(matches!(bad.parse::<Compromise>(), Err(ExplorerError::CompromiseMalformed { .. })), "{bad}");
        }
        assert_eq!(Compromise { strategy: Strategy::Random, k: 3 }.to_string(), "random:3");
    }

    #[test]
    fn steps() {
        assert_eq!(curve_steps(0), Vec::<u32>::new());
        assert_eq!(curve_steps(3), vec![1, 2, 3]);
        assert_eq!(curve_steps(20), (1..=20).collect::<Vec<_>>());
        assert_eq!(curve_steps(21), vec![1, 2, 5, 10, 20, 21]);
        assert_eq!(curve_steps(100), vec![1, 2, 5, 10, 20, 50, 100]);
        assert_eq!(curve_steps(1234), vec![1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 1234]);
        assert_eq!(curve_steps(u32::MAX).last(), Some(&u32::MAX));
    }

    #[test]
    fn set_operations_survive_out_of_range() {
        let mut s = CompromisedSet::new(70);
        assert!(s.insert(69) && s.insert(0) && !s.insert(69) && !s.insert(70) && !s.insert(u32::MAX));
        assert!(s.contains(69) && !s.contains(70) && !s.contains(u32::MAX));
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![0, 69]);
        assert!(s.remove(0) && !s.remove(0) && !s.remove(1000));
        assert_eq!(s.len(), 1);
        assert_eq!(CompromisedSet::top(70, 65).iter().count(), 65);
        assert_eq!(CompromisedSet::top(70, 500).len(), 70);
        assert_eq!(CompromisedSet::top(64, 64).iter().last(), Some(63));
    }

    fn dist() -> impl proptest::strategy::Strategy<Value = SizeDist> {
        prop_oneof![
            Just(SizeDist::Uniform),
            (0.0f64..4.0).prop_map(|exponent| SizeDist::Zipf { exponent }),
            (0.001f64..=1.0).prop_map(|share| SizeDist::Giant { share }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn shares_are_fractions_and_analyse_matches_the_curve(
            n in 1u64..60, m in 1u64..3000, r in 0u64..300, d in dist(), seed in any::<u64>(), k in 1u32..80,
            random in any::<bool>(),
        ) {
            let f = fed(n, m, Some(r), d, seed);
            let strategy = if random { Strategy::Random } else { Strategy::Top };
            let order = f.attack_order(strategy, seed);
            let curve = f.curve(&order, &[k]);
            prop_assert_eq!(curve.len(), 1);
            let set = order.prefix(k);
            let direct = f.analyse(&set);
            prop_assert_eq!(curve[0], direct);
            for e in [direct, f.analyse(&CompromisedSet::top(f.servers(), k))] {
                for x in [e.servers_share, e.users_ip_exposed_share, e.rooms_exposed_share, e.memberships_exposed_share] {
                    prop_assert!((0.0..=1.0).contains(&x), "{x}");
                }
            }
        }
    }
}
