//! Summing wide numbers: the sum's loop over u64 values, twice the bytes per
//! value. Only the benchmark runs it (wasm against native): where u32 and u64
//! sums differ, the gap is memory traffic, not arithmetic.

use super::sum::{sum_expected, PAR_LEAF, SUM_N};
use super::{Computing, Declared, Model};
use crate::buffer::ValueBuffer;
use crate::params::{ParamError, Values};
use crate::registry::{Param, WorkloadSpec};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Sum of 0..n held as u64 (twice the memory traffic of the sum).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sum64 {
    pub n: u64,
}

const MEMORY_U64: &str = "The values are kept in wasm memory, 8 bytes each, and the threaded engine asks the browser for at most 1 GiB (phones refuse more).";
pub const SUM64_N: Param = SUM_N.up_to(100_000_000, MEMORY_U64);
/// Model cost (ms) of one value in wasm on a typical laptop core, on the slow side.
const SUM64_MS_PER_VALUE: f64 = 1.0e-6;

variants! {
    /// The wide sum's versions.
    computing pub enum Sum64Variant for Sum64, input &[u64], |_, values| {
        Seq: "seq", "Sequential: one loop over u64" => sum_seq64(values),
        Par: "par", "rayon par_iter over u64" => sum_par64(values),
    }
}

impl Declared for Sum64 {
    const SPEC: WorkloadSpec = WorkloadSpec {
        id: "sum64",
        title: "Summing wide numbers",
        description: "sum of n u64 values in memory (twice the bytes of sum): one loop, rayon par_iter",
        params: &[SUM64_N],
        variants: <Sum64Variant as super::Variants>::SPECS,
        main: Sum64Variant::Par.id(),
        main_single: Sum64Variant::Par.id(),
        tasks: None,
        waits: false,
        timeline: false,
        sweep: false,
        default_reps: 5,
        timeline_preset: &[],
        sweep_preset: &[],
    };
    type Variant = Sum64Variant;

    fn parse(values: &Values<'_>) -> Result<Self, ParamError> {
        Ok(Sum64 { n: values.get(&SUM64_N)? })
    }
}

impl Model for Sum64 {
    fn expected(&self) -> u64 {
        sum_expected(self.n)
    }
    fn round_ms(&self) -> f64 {
        2.0 * self.n as f64 * SUM64_MS_PER_VALUE
    }
    fn buffer_bytes(&self) -> u64 {
        8 * self.n
    }
    fn probe(&self) -> Option<(&'static Param, u64)> {
        Some((&SUM64_N, self.n / 16))
    }
}

impl Computing for Sum64 {
    type Input<'a> = &'a [u64];
    fn input<'a>(&self, buffer: &'a mut ValueBuffer) -> &'a [u64] {
        buffer.wide_values(self.n as usize)
    }
    fn time(&self, v: Sum64Variant, values: &[u64]) -> u64 {
        v.time(self, values)
    }
}

/// Sum of u64 values on the calling thread: the same loop with twice the memory traffic.
pub fn sum_seq64(values: &[u64]) -> u64 {
    values.iter().sum()
}

/// Sum of u64 values with rayon's parallel iterator.
pub fn sum_par64(values: &[u64]) -> u64 {
    values.par_chunks(PAR_LEAF.max(1)).map(sum_seq64).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_versions_equal_closed_form_for_edge_sizes_and_thread_counts() {
        let mut buf = ValueBuffer::default();
        for k in 1..=4 {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(k).build().unwrap();
            for n in [0usize, 1, 2, 7, 65_537, 1_000_003] {
                let wide = buf.wide_values(n);
                let want = sum_expected(n as u64);
                assert_eq!(sum_seq64(wide), want, "seq64 n={n}");
                assert_eq!(pool.install(|| sum_par64(wide)), want, "par64 n={n} k={k}");
            }
        }
    }
}
