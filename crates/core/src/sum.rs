//! Summing N integers that really sit in memory: the lesson's first example.
//!
//! The values live in one reused buffer (`ValueBuffer`), so every version
//! reads N values from memory; a loop over `0..N` would be folded by LLVM into
//! a closed form and measure nothing. `sum_seq` is the baseline; `sum_halves`
//! is the lesson's "two halves, one task each"; `sum_par` is rayon's parallel
//! iterator over the pool. On one thread the split versions can only add
//! overhead; on two or more cores they win because summing is memory-bound
//! work that divides evenly.

use crate::timeline::{observe, Observe, SpanKind, Unobserved};
use rayon::prelude::*;

/// Leaves of `sum_par` are at least this long, so each one is a vectorised loop.
const PAR_LEAF: usize = 1 << 16;

/// One buffer of `values[i] = i`, grown and filled once, then reused by every run.
///
/// Wasm memory never shrinks, so allocating per run would only ratchet it up.
/// Filling happens here, outside every timing.
#[derive(Debug, Default)]
pub struct ValueBuffer {
    values: Vec<u32>,
    wide: Vec<u64>,
}

impl ValueBuffer {
    /// The first `n` values, filling the buffer if it is shorter. `n` must fit in u32.
    pub fn values(&mut self, n: usize) -> &[u32] {
        // One width at a time: the other buffer's memory goes back to the allocator for this one.
        self.wide = Vec::new();
        let have = self.values.len();
        if have < n {
            self.values.reserve_exact(n - have);
            self.values.extend((have..n).map(|i| i as u32));
        }
        &self.values[..n]
    }

    /// The first `n` values as u64 (a second buffer, filled on first use): twice the bytes to read.
    pub fn wide_values(&mut self, n: usize) -> &[u64] {
        self.values = Vec::new();
        let have = self.wide.len();
        if have < n {
            self.wide.reserve_exact(n - have);
            self.wide.extend((have..n).map(|i| i as u64));
        }
        &self.wide[..n]
    }

    /// Gives both buffers back to the allocator (wasm memory itself never shrinks).
    pub fn release(&mut self) {
        *self = ValueBuffer::default();
    }

    /// Bytes held by the buffers.
    pub fn bytes(&self) -> usize {
        self.values.capacity() * std::mem::size_of::<u32>() + self.wide.capacity() * std::mem::size_of::<u64>()
    }
}

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

/// Sum of u64 values on the calling thread: the same loop with twice the memory traffic.
pub fn sum_seq64(values: &[u64]) -> u64 {
    values.iter().sum()
}

/// Sum of u64 values with rayon's parallel iterator.
pub fn sum_par64(values: &[u64]) -> u64 {
    values.par_chunks(PAR_LEAF.max(1)).map(sum_seq64).sum()
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
                let wide = buf.wide_values(n).to_vec();
                assert_eq!(sum_seq64(&wide), want, "seq64 n={n}");
                assert_eq!(pool.install(|| sum_par64(&wide)), want, "par64 n={n} k={k}");
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
    fn buffer_is_filled_once_and_reused() {
        let mut buf = ValueBuffer::default();
        assert_eq!(buf.values(5), &[0, 1, 2, 3, 4]);
        let bytes = buf.bytes();
        assert_eq!(buf.values(3), &[0, 1, 2]);
        assert_eq!(buf.bytes(), bytes, "a shorter request must not reallocate");
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
