//! Coordination-heavy work: the same sum, but every single addition goes
//! through one shared lock (or one shared atomic counter).
//!
//! The threads spend their time waiting for each other and bouncing one
//! cache line between cores, so adding threads makes it *slower*: the
//! lesson's case where synchronisation overhead dominates. `sum_seq` from
//! `sum` is the baseline that needs no coordination at all.

use super::sum::{sum_expected, sum_seq, SUM_MS_PER_VALUE, SUM_N};
use super::{Computing, Declared, Model};
use crate::buffer::ValueBuffer;
use crate::params::{ParamError, Values};
use crate::registry::{Param, WorkloadSpec};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// The sum of 0..n with every addition through one lock or one atomic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contended {
    pub n: u64,
}

pub const CONTENDED_N: Param = SUM_N.up_to(10_000_000, "Every addition takes a lock, so large n takes very long.").with_default(1_000_000);
/// Model costs (ms) of one addition through the lock and through the atomic.
const LOCK_MS_PER_VALUE: f64 = 40e-6;
const ATOMIC_MS_PER_VALUE: f64 = 20e-6;

variants! {
    /// The sum with nothing shared, then through one lock, then one atomic.
    computing pub enum ContendedVariant for Contended, input &[u32], |_, values| {
        Seq: "seq", "Sequential, nothing shared" => sum_seq(values),
        Lock: "lock", "Parallel, one Mutex" => sum_locked(values),
        Atomic: "atomic", "Parallel, one atomic" => sum_atomic(values),
    }
}

impl Declared for Contended {
    const SPEC: WorkloadSpec = WorkloadSpec {
        id: "contended",
        title: "Everyone through one lock",
        description: "sum of n values with every addition through one shared Mutex or one atomic",
        params: &[CONTENDED_N],
        variants: <ContendedVariant as super::Variants>::SPECS,
        main: ContendedVariant::Lock.id(),
        main_single: ContendedVariant::Lock.id(),
        tasks: None,
        waits: false,
        timeline: false,
        sweep: true,
        default_reps: 5,
        timeline_preset: &[],
        sweep_preset: &[(CONTENDED_N.name, 200_000)],
    };
    type Variant = ContendedVariant;

    fn parse(values: &Values<'_>) -> Result<Self, ParamError> {
        Ok(Contended { n: values.get(&CONTENDED_N)? })
    }
}

impl Model for Contended {
    fn expected(&self) -> u64 {
        sum_expected(self.n)
    }
    fn round_ms(&self) -> f64 {
        self.n as f64 * (SUM_MS_PER_VALUE + LOCK_MS_PER_VALUE + ATOMIC_MS_PER_VALUE)
    }
    fn buffer_bytes(&self) -> u64 {
        4 * self.n
    }
    fn probe(&self) -> Option<(&'static Param, u64)> {
        Some((&CONTENDED_N, self.n / 16))
    }
}

impl Computing for Contended {
    type Input<'a> = &'a [u32];
    fn input<'a>(&self, buffer: &'a mut ValueBuffer) -> &'a [u32] {
        buffer.values(self.n as usize)
    }
    fn time(&self, v: ContendedVariant, values: &[u32]) -> u64 {
        v.time(self, values)
    }
}

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
