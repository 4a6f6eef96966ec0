//! What the thread pool itself costs, apart from any workload: the price of
//! one `rayon::join`, and how long a sleeping pool thread takes to wake up
//! for new work. The bench measures both in wasm and natively, side by side,
//! so that a gap between the page and the native build can be put down to
//! its cause (see README, Performance).

use crate::measure::Clock;
use serde::Serialize;
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The pool's own costs on the current rayon pool.
#[derive(Debug, Clone, Serialize)]
pub struct Overhead {
    pub threads: usize,
    /// Nanoseconds per `rayon::join` of two closures that do (almost) nothing,
    /// one join after another on a pool thread: pushing, popping and (with
    /// more threads) the occasional steal. Median of `rounds` batches.
    pub join_ns: f64,
    /// Microseconds from `rayon::spawn` on an idle pool to the job starting on
    /// another thread that had gone to sleep; one sample per round. Empty on a
    /// one-thread pool (nobody else to wake).
    pub wake_us: Vec<f64>,
    pub wake_us_median: f64,
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    }
}

/// Nanoseconds per join over `joins` joins (after as many uncounted ones).
fn join_batch(joins: u32, clock: &dyn Clock) -> f64 {
    let mut acc = 0u64;
    for i in 0..joins {
        let (a, b) = rayon::join(|| black_box(u64::from(i)), || black_box(1));
        acc = acc.wrapping_add(a + b);
    }
    let t0 = clock.now_ms();
    for i in 0..joins {
        let (a, b) = rayon::join(|| black_box(u64::from(i)), || black_box(1));
        acc = acc.wrapping_add(a + b);
    }
    let took = clock.now_ms() - t0;
    black_box(acc);
    took * 1e6 / f64::from(joins.max(1))
}

/// Measures the pool's costs; must run on a thread of the pool measured.
/// `sleep(ms)` blocks this thread so the others go idle and fall asleep.
/// `clock` must read the same time on every thread.
pub fn overhead(rounds: u32, joins: u32, idle_ms: f64, clock: fn() -> f64, sleep: impl Fn(f64)) -> Overhead {
    struct Shared(fn() -> f64);
    impl Clock for Shared {
        fn now_ms(&self) -> f64 {
            (self.0)()
        }
        fn resolution_ms(&self) -> f64 {
            0.0
        }
    }
    let threads = rayon::current_num_threads();
    let join_ns = median((0..rounds.max(1)).map(|_| join_batch(joins, &Shared(clock))).collect());
    let mut wake_us = Vec::new();
    if threads > 1 {
        for _ in 0..rounds {
            // Long enough idle that the other threads have stopped looking for work and sleep.
            sleep(idle_ms);
            let started = Arc::new(AtomicU64::new(0));
            let seen = started.clone();
            let t0 = clock();
            rayon::spawn(move || seen.store(clock().to_bits(), Ordering::Release));
            // The spawning thread waits without taking the job itself: it is not in a join.
            let mut t1 = 0;
            while t1 == 0 {
                std::hint::spin_loop();
                t1 = started.load(Ordering::Acquire);
            }
            wake_us.push((f64::from_bits(t1) - t0) * 1e3);
        }
    }
    let wake_us_median = median(wake_us.clone());
    Overhead { threads, join_ns, wake_us, wake_us_median }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_and_wake_ups_are_measured_on_the_pool_they_run_on() {
        let sleep = |ms: f64| std::thread::sleep(std::time::Duration::from_secs_f64(ms / 1e3));
        for k in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(k).build().unwrap();
            let o = pool.install(|| overhead(3, 1_000, 2.0, crate::timeline::native_clock, sleep));
            assert_eq!(o.threads, k);
            assert!(o.join_ns > 0.0 && o.join_ns.is_finite(), "{o:?}");
            // One sample per round where there is another thread to wake, none otherwise.
            assert_eq!(o.wake_us.len(), if k > 1 { 3 } else { 0 });
            assert!(o.wake_us.iter().all(|w| *w >= 0.0), "{o:?}");
        }
    }
}
