//! Independent work spread over the machine's cores (rayon's pool, kept between batches), results
//! in input order, so a run is the same whatever the number of threads. Small batches, and the
//! browser build, stay on the calling thread.

/// Fewest items per thread worth handing over (waking a pool thread on a virtualised 2-core
/// machine costs tens of microseconds): Olm handshakes (~0.2 ms each) …
pub const HANDSHAKES: usize = 4;
/// … and key generation (~35 µs).
pub const KEYS: usize = 8;

/// `items.map(f)`, spread over the cores when there are at least `min` items for each of two
/// threads (below that, handing work over from outside the pool costs more than it saves).
/// On a pool thread (see [`on_pool`]) any two items are spread: the thread starts on its own
/// share at once and takes back what no other thread has picked up, so trying costs
/// microseconds.
#[cfg(not(target_arch = "wasm32"))]
pub fn map<T: Send, R: Send>(items: Vec<T>, min: usize, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
    use rayon::prelude::*;
    let min = if rayon::current_thread_index().is_some() { 1 } else { min.max(1) };
    if items.len() < 2 * min {
        return items.into_iter().map(f).collect();
    }
    // Split down to single items: a thread the host pauses mid-batch then holds up at most
    // one item (an Olm handshake is ~0.2 ms), not a chunk of them.
    items.into_par_iter().with_max_len(1).map(f).collect()
}

/// `items.map(f)` (the browser build has one thread).
#[cfg(target_arch = "wasm32")]
pub fn map<T: Send, R: Send>(items: Vec<T>, _min: usize, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
    items.into_iter().map(f).collect()
}

/// Fewest devices in a run for it to move to the pool (see [`on_pool`]): below two threads'
/// worth of Olm handshakes no batch is spread, and the move itself costs ~0.1 ms.
pub const POOL_DEVICES: usize = 2 * HANDSHAKES;

/// Runs `f` on one of the pool's threads when `devices` reach [`POOL_DEVICES`], so that the
/// batches it hands out start at once on the thread that hands them out and only the other
/// threads need waking. (Called from a thread outside the pool, every batch would first wake
/// a pool thread while the caller sleeps; on a virtual machine such wake-ups take up to
/// milliseconds: traced, the 40 handshakes of `forty-members` took 4 ms or 8 ms by luck.)
/// As is when already on the pool, or for fewer devices.
#[cfg(not(target_arch = "wasm32"))]
pub fn on_pool<R: Send>(devices: usize, f: impl FnOnce() -> R + Send) -> R {
    if devices < POOL_DEVICES || rayon::current_thread_index().is_some() {
        return f();
    }
    rayon::scope(|_| f())
}

/// Runs `f` (the browser build has one thread).
#[cfg(target_arch = "wasm32")]
pub fn on_pool<R: Send>(_devices: usize, f: impl FnOnce() -> R + Send) -> R {
    f()
}

#[cfg(test)]
mod tests {
    #[test]
    fn moves_to_the_pool_only_for_enough_devices() {
        let small = super::on_pool(super::POOL_DEVICES - 1, rayon::current_thread_index);
        assert_eq!(small, None, "a small run stays on the calling thread");
        let large = super::on_pool(super::POOL_DEVICES, rayon::current_thread_index);
        assert!(large.is_some(), "a large run moves to a pool thread");
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().expect("pool");
        let inside = pool.install(|| (rayon::current_thread_index(), super::on_pool(100, rayon::current_thread_index)));
        assert_eq!(inside.0, inside.1, "already on the pool: runs where it is");
    }

    #[test]
    fn keeps_the_order_of_its_input() {
        for n in [0, 1, 3, 4, 9, 100] {
            let out = super::map((0..n).collect(), 2, |i: u32| i * 2);
            assert_eq!(out, (0..n).map(|i| i * 2).collect::<Vec<_>>());
        }
    }
}
