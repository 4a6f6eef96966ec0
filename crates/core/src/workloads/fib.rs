//! Naive recursive fibonacci: the lesson's CPU-bound job.
//!
//! `fib_seq` is the baseline; `fib_join` is the same recursion split with
//! `rayon::join` above a cutoff, so the pool can run both halves at once.
//! With enough threads and a sensible cutoff (around 20-25) `fib_join` wins;
//! with cutoff 0 every call becomes a task and the bookkeeping costs more
//! than the parallelism saves.

use super::{Computing, Declared, Model};
use crate::buffer::ValueBuffer;
use crate::params::{ParamError, Values};
use crate::registry::{Param, WorkloadSpec};
use crate::timeline::{observe, Observe, Recorder, SpanKind, Unobserved};
use serde::{Deserialize, Serialize};

/// Naive recursive fib(n), split with `rayon::join` above `cutoff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fib {
    pub n: u32,
    pub cutoff: u32,
}

pub(crate) const FIB_WHY: &str = "Each step up multiplies the time by about 1.6; fib(45) already takes seconds.";
/// fib(45) already takes seconds per call.
pub const FIB_N: Param = Param { name: "n", label: "n", min: 0, max: 45, default: 35, why: FIB_WHY };
pub const CUTOFF: Param = Param {
    name: "cutoff",
    label: "cutoff",
    min: 0,
    max: 64,
    default: 20,
    why: "Below the cutoff the recursion runs sequentially; 0 splits every call into tasks, and past 64 nothing ever splits.",
};

variants! {
    /// fib's versions, measured side by side.
    computing pub enum FibVariant for Fib, input (), |&Fib { n, cutoff }, ()| {
        Seq: "seq", "Sequential: plain recursion" => fib_seq(n),
        Par: "par", "rayon::join above the cutoff" => fib_join(n, cutoff),
    }
}

impl Declared for Fib {
    const SPEC: WorkloadSpec = WorkloadSpec {
        id: "fib",
        title: "One job, split recursively",
        description: "naive recursive fib(n), split with rayon::join above the cutoff",
        params: &[FIB_N, CUTOFF],
        variants: <FibVariant as super::Variants>::SPECS,
        main: FibVariant::Par.id(),
        main_single: FibVariant::Par.id(),
        tasks: None,
        waits: false,
        timeline: true,
        sweep: true,
        default_reps: 5,
        timeline_preset: &[(FIB_N.name, 30), (CUTOFF.name, 22)],
        sweep_preset: &[(FIB_N.name, 34)],
    };
    type Variant = FibVariant;

    fn parse(values: &Values<'_>) -> Result<Self, ParamError> {
        Ok(Fib { n: values.get(&FIB_N)? as u32, cutoff: values.get(&CUTOFF)? as u32 })
    }

    fn detail(&self, v: FibVariant) -> String {
        match v {
            FibVariant::Par => format!("split while n > {}", self.cutoff),
            FibVariant::Seq => String::new(),
        }
    }
}

/// fib(35) by plain recursion in the model (ms); each step of n multiplies it by the golden ratio.
const FIB35_MS: f64 = 40.0;
const PHI: f64 = 1.618_034;

/// The model's time for one fib(n) by plain recursion (ms).
pub(crate) fn fib_ms(n: u32) -> f64 {
    FIB35_MS * PHI.powi(n as i32 - 35)
}

/// A smaller n, about 16 times cheaper (1.6^6 = 18): the probe that calibrates the model.
pub(crate) fn probe_n(n: u32) -> u64 {
    u64::from(n.saturating_sub(6))
}

impl Model for Fib {
    fn expected(&self) -> u64 {
        fib_reference(self.n)
    }
    fn round_ms(&self) -> f64 {
        2.0 * fib_ms(self.n)
    }
    fn probe(&self) -> Option<(&'static Param, u64)> {
        Some((&FIB_N, probe_n(self.n)))
    }
}

impl Computing for Fib {
    type Input<'a> = ();
    fn input(&self, _: &mut ValueBuffer) {}
    fn time(&self, v: FibVariant, (): ()) -> u64 {
        v.time(self, ())
    }
    fn record(&self, v: FibVariant, (): (), o: &Recorder) -> Option<u64> {
        Some(match v {
            FibVariant::Seq => observe(o, 0, SpanKind::Compute, || fib_seq(self.n)),
            FibVariant::Par => fib_join_observed(self.n, self.cutoff, o),
        })
    }
}

/// fib(n) by plain recursion on the calling thread.
///
/// Never inlined: the sequential version and every leaf of the parallel ones
/// run this one compiled function, so a comparison of them can only measure
/// the splitting, never two copies of the loop compiled differently (which is
/// what the sum's SIMD loop did in Firefox).
#[inline(never)]
pub fn fib_seq(n: u32) -> u64 {
    if n < 2 {
        return u64::from(n);
    }
    fib_seq(n - 1) + fib_seq(n - 2)
}

/// fib(n) by recursion, each call above `cutoff` split into two rayon tasks.
pub fn fib_join(n: u32, cutoff: u32) -> u64 {
    fib_join_observed(n, cutoff, &Unobserved)
}

/// `fib_join`, recording each sequential leaf (a call at or below the cutoff) as a task.
pub fn fib_join_observed<O: Observe>(n: u32, cutoff: u32, o: &O) -> u64 {
    if n < 2 {
        return u64::from(n);
    }
    if n <= cutoff {
        return observe(o, n, SpanKind::Compute, || fib_seq(n));
    }
    let (a, b) = rayon::join(|| fib_join_observed(n - 1, cutoff, o), || fib_join_observed(n - 2, cutoff, o));
    a + b
}

/// fib(n) by iteration: the reference the recursive versions are checked against.
pub fn fib_reference(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        (a, b) = (b, a + b);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: [(u32, u64); 6] = [(0, 0), (1, 1), (2, 1), (10, 55), (20, 6765), (32, 2_178_309)];

    #[test]
    fn fib_seq_matches_known_values() {
        for (n, want) in KNOWN {
            assert_eq!(fib_seq(n), want, "fib_seq({n})");
            assert_eq!(fib_reference(n), want, "fib_reference({n})");
        }
    }

    #[test]
    fn fib_join_matches_known_values_for_every_cutoff_and_thread_count() {
        for threads in 1..=4 {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            for (n, want) in KNOWN {
                for cutoff in [0, 1, 2, 5, 20, 40] {
                    assert_eq!(pool.install(|| fib_join(n, cutoff)), want, "fib_join({n}, {cutoff}) on {threads}");
                }
            }
        }
    }
}
