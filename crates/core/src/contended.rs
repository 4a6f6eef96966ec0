//! Coordination-heavy work: the same sum, but every single addition goes
//! through one shared lock (or one shared atomic counter).
//!
//! The threads spend their time waiting for each other and bouncing one
//! cache line between cores, so adding threads makes it *slower*: the
//! lesson's case where synchronisation overhead dominates. `sum_seq` from
//! `sum` is the baseline that needs no coordination at all.

use rayon::prelude::*;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Each value added under one `Mutex`, by every thread of the pool.
pub fn sum_locked(values: &[u32]) -> u64 {
    let total = Mutex::new(0u64);
    values.par_iter().for_each(|&v| {
        // A poisoned lock only means another addition panicked; the sum is still right.
        *total.lock().unwrap_or_else(|e| e.into_inner()) += u64::from(v);
    });
    total.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// Each value added to one shared atomic counter, by every thread of the pool.
pub fn sum_atomic(values: &[u32]) -> u64 {
    let total = AtomicU64::new(0);
    values.par_iter().for_each(|&v| {
        total.fetch_add(u64::from(v), Ordering::Relaxed);
    });
    total.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sum::{sum_expected, ValueBuffer};

    #[test]
    fn locked_and_atomic_sums_are_exact_on_every_thread_count() {
        let mut buf = ValueBuffer::default();
        for k in 1..=4 {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(k).build().unwrap();
            for n in [0usize, 1, 2, 999, 100_003] {
                let values = buf.values(n).to_vec();
                let want = sum_expected(n as u64);
                assert_eq!(pool.install(|| sum_locked(&values)), want, "locked n={n} k={k}");
                assert_eq!(pool.install(|| sum_atomic(&values)), want, "atomic n={n} k={k}");
            }
        }
    }
}
