//! Summing N integers that really sit in memory: the lesson's first example.
//!
//! The values live in one reused buffer (`ValueBuffer`), so every version
//! reads N values from memory; a loop over `0..N` would be folded by LLVM into
//! a closed form and measure nothing. `sum_seq` is the baseline; `sum_halves`
//! is the lesson's "two halves, one task each"; `sum_par` is rayon's parallel
//! iterator over the pool. On one thread the split versions can only add
//! overhead; on two or more cores they win because summing is memory-bound
//! work that divides evenly.

use super::{Computing, Declared, Model};
use crate::buffer::ValueBuffer;
use crate::params::{group, ParamError, Values};
use crate::registry::{Param, WorkloadSpec};
use crate::timeline::{observe, Observe, Recorder, SpanKind, Unobserved};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Sum of the values 0..n read from memory; `tasks` chunks for the chunked version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sum {
    pub n: u64,
    pub tasks: u64,
}

const MEMORY_U32: &str = "The values are kept in wasm memory, 4 bytes each, and the threaded engine asks the browser for at most 1 GiB (phones refuse more).";
/// The sum's n: 4 bytes a value, 800 MB of the 1 GiB the threaded module declares (scripts/wasm-flags.sh).
pub const SUM_N: Param = Param { name: "n", label: "n, how many numbers", min: 0, max: 200_000_000, default: 20_000_000, why: MEMORY_U32 };
pub const TASKS: Param = Param { name: "tasks", label: "tasks (chunks)", min: 1, max: 1_000_000, default: 64, why: "Each task sums one chunk of the numbers." };
/// Model cost (ms) of one value in wasm on a typical laptop core, on the slow side.
pub(crate) const SUM_MS_PER_VALUE: f64 = 0.5e-6;

variants! {
    /// The sum's versions, measured side by side.
    computing pub enum SumVariant for Sum, input &[u32], |&Sum { tasks, .. }, values| {
        Seq: "seq", "Sequential: one loop" => sum_seq(values),
        Halves: "halves", "Two halves, two tasks" => sum_halves(values),
        Par: "par", "rayon par_iter" => sum_par(values),
        Chunks: "chunks", "Your number of tasks" => sum_chunks(values, tasks as usize),
    }
}

impl Declared for Sum {
    const SPEC: WorkloadSpec = WorkloadSpec {
        id: "sum",
        title: "Summing numbers",
        description: "sum of n values in memory: one loop, two halves, rayon par_iter, `tasks` chunks",
        params: &[SUM_N, TASKS],
        variants: <SumVariant as super::Variants>::SPECS,
        main: SumVariant::Par.id(),
        main_single: SumVariant::Par.id(),
        tasks: None,
        waits: false,
        timeline: true,
        sweep: true,
        default_reps: 5,
        timeline_preset: &[(SUM_N.name, 20_000_000), (TASKS.name, 8)],
        sweep_preset: &[],
    };
    type Variant = SumVariant;

    fn parse(values: &Values<'_>) -> Result<Self, ParamError> {
        Ok(Sum { n: values.get(&SUM_N)?, tasks: values.get(&TASKS)? })
    }

    fn detail(&self, v: SumVariant) -> String {
        match v {
            SumVariant::Chunks => {
                let per_task = self.n.checked_div(self.tasks).unwrap_or(0);
                format!("{} tasks of ~{} numbers", group(self.tasks as f64), group(per_task as f64))
            }
            SumVariant::Seq | SumVariant::Halves | SumVariant::Par => String::new(),
        }
    }
}

impl Model for Sum {
    fn expected(&self) -> u64 {
        sum_expected(self.n)
    }
    fn round_ms(&self) -> f64 {
        4.0 * self.n as f64 * SUM_MS_PER_VALUE
    }
    fn buffer_bytes(&self) -> u64 {
        4 * self.n
    }
    fn probe(&self) -> Option<(&'static Param, u64)> {
        Some((&SUM_N, self.n / 16))
    }
}

impl Computing for Sum {
    type Input<'a> = &'a [u32];
    fn input<'a>(&self, buffer: &'a mut ValueBuffer) -> &'a [u32] {
        buffer.values(self.n as usize)
    }
    fn time(&self, v: SumVariant, values: &[u32]) -> u64 {
        v.time(self, values)
    }
    fn record(&self, v: SumVariant, values: &[u32], o: &Recorder) -> Option<u64> {
        match v {
            SumVariant::Seq => Some(observe(o, 0, SpanKind::Compute, || sum_seq(values))),
            SumVariant::Halves => Some(sum_chunks_observed(values, 2, o)),
            SumVariant::Chunks => Some(sum_chunks_observed(values, self.tasks as usize, o)),
            // rayon decides its own split: too many tasks to draw.
            SumVariant::Par => None,
        }
    }
}

/// Leaves of `sum_par` are at least this long, so each one is a vectorised loop.
pub(crate) const PAR_LEAF: usize = 1 << 16;

/// The exact sum of 0..n, n(n-1)/2: what every version must return.
pub fn sum_expected(n: u64) -> u64 {
    if n == 0 {
        0
    } else {
        n * (n - 1) / 2
    }
}

/// Sum on the calling thread, one pass over memory.
pub fn sum_seq(values: &[u32]) -> u64 {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        simd128::sum(values)
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    {
        values.iter().map(|&v| u64::from(v)).sum()
    }
}

/// The wasm loop, written with SIMD intrinsics. LLVM vectorises the plain
/// loop for wasm with one 2-lane accumulator, so each step adds two values and
/// pays the whole loop overhead: 1.45x native in `npm run bench`. Four
/// accumulators fed by widening loads add eight values per step.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd128 {
    use core::arch::wasm32::{u64x2_add, u64x2_extract_lane, u64x2_load_extend_u32x2, u64x2_splat};

    /// Never inlined: every variant (one loop, two halves, rayon's leaves)
    /// must run this one compiled copy. Inlined into the halves' closures,
    /// Firefox compiled that copy about 1.85x slower per element than the
    /// plain loop's, and "two halves on one thread" measured the compiler.
    #[inline(never)]
    pub fn sum(values: &[u32]) -> u64 {
        let chunks = values.chunks_exact(8);
        let tail = chunks.remainder();
        let mut acc = [u64x2_splat(0); 4];
        for chunk in chunks {
            let p = chunk.as_ptr();
            // SAFETY: `chunk` holds 8 u32, so each of the four 8-byte loads
            // (two u32 each) stays inside it; unaligned loads are fine in wasm.
            unsafe {
                acc[0] = u64x2_add(acc[0], u64x2_load_extend_u32x2(p));
                acc[1] = u64x2_add(acc[1], u64x2_load_extend_u32x2(p.add(2)));
                acc[2] = u64x2_add(acc[2], u64x2_load_extend_u32x2(p.add(4)));
                acc[3] = u64x2_add(acc[3], u64x2_load_extend_u32x2(p.add(6)));
            }
        }
        let total = u64x2_add(u64x2_add(acc[0], acc[1]), u64x2_add(acc[2], acc[3]));
        u64x2_extract_lane::<0>(total) + u64x2_extract_lane::<1>(total) + tail.iter().map(|&v| u64::from(v)).sum::<u64>()
    }
}

/// The lesson's version: two halves as two tasks, joined.
pub fn sum_halves(values: &[u32]) -> u64 {
    sum_chunks_observed(values, 2, &Unobserved)
}

/// Rayon's parallel iterator: the pool splits the slice as threads become free.
pub fn sum_par(values: &[u32]) -> u64 {
    values.par_chunks(PAR_LEAF.max(1)).map(sum_seq).sum()
}

/// Exactly `tasks` chunks, each spawned as its own task: shows what tiny tasks cost.
pub fn sum_chunks(values: &[u32], tasks: usize) -> u64 {
    sum_chunks_observed(values, tasks, &Unobserved)
}

/// `sum_chunks`, each chunk recorded as a task.
pub fn sum_chunks_observed<O: Observe>(values: &[u32], tasks: usize, o: &O) -> u64 {
    let tasks = tasks.max(1);
    if tasks == 2 {
        // Two halves by `rayon::join`, as the lesson writes it: no scope, no allocation.
        let (left, right) = values.split_at(values.len() / 2);
        let (a, b) = rayon::join(|| observe(o, 0, SpanKind::Compute, || sum_seq(left)), || observe(o, 1, SpanKind::Compute, || sum_seq(right)));
        return a + b;
    }
    let mut partial = vec![0u64; tasks];
    rayon::scope(|s| {
        for (t, slot) in partial.iter_mut().enumerate() {
            let chunk = &values[chunk_bounds(values.len(), tasks, t)];
            s.spawn(move |_| *slot = observe(o, t as u32, SpanKind::Compute, || sum_seq(chunk)));
        }
    });
    partial.iter().sum()
}

/// The half-open range of chunk `t` of `tasks` near-equal chunks of `len` items.
pub fn chunk_bounds(len: usize, tasks: usize, t: usize) -> std::ops::Range<usize> {
    let at = |i: usize| ((i as u128 * len as u128) / tasks as u128) as usize;
    at(t)..at(t + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pools() -> impl Iterator<Item = (usize, rayon::ThreadPool)> {
        (1..=4).map(|k| (k, rayon::ThreadPoolBuilder::new().num_threads(k).build().unwrap()))
    }

    #[test]
    fn every_version_equals_closed_form_for_edge_sizes_and_thread_counts() {
        let mut buf = ValueBuffer::default();
        for (k, pool) in pools() {
            for n in [0usize, 1, 2, 3, 7, 1000, 65_537, 1_000_003] {
                let values = buf.values(n).to_vec();
                let want = sum_expected(n as u64);
                assert_eq!(sum_seq(&values), want, "seq n={n}");
                pool.install(|| {
                    assert_eq!(sum_halves(&values), want, "halves n={n} k={k}");
                    assert_eq!(sum_par(&values), want, "par n={n} k={k}");
                    for tasks in [1, 2, 3, 7, 1000] {
                        assert_eq!(sum_chunks(&values, tasks), want, "chunks n={n} tasks={tasks} k={k}");
                    }
                });
            }
        }
    }

    #[test]
    fn chunk_bounds_cover_the_slice_without_gaps() {
        for (len, tasks) in [(0, 3), (10, 3), (7, 7), (5, 9), (1_000_003, 100_000)] {
            let mut next = 0;
            for t in 0..tasks {
                let r = chunk_bounds(len, tasks, t);
                assert_eq!(r.start, next);
                next = r.end;
            }
            assert_eq!(next, len);
        }
    }

    #[test]
    fn closed_form_holds_for_a_hundred_million() {
        assert_eq!(sum_expected(100_000_000), 4_999_999_950_000_000);
    }
}
