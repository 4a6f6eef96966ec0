//! One run of a workload: every variant measured side by side, each result
//! checked against the exact answer.

use crate::fib::{fib_join, fib_reference, fib_seq};
use crate::measure::{measure, Clock, Plan, Variant};
use crate::params::{ParamError, RunRequest, Workload};
use crate::stats::Summary;
use crate::sum::{sum_expected, sum_par, sum_seq, ValueBuffer};
use serde::Serialize;

/// What one variant did: its answer, whether it is right, and its timings.
#[derive(Debug, Clone, Serialize)]
pub struct VariantReport {
    /// Stable key: "seq" or "par".
    pub name: &'static str,
    /// What a person reads.
    pub label: String,
    /// The answer, as a decimal string (sums pass 2^53, past JS numbers).
    pub value: String,
    pub expected: String,
    pub correct: bool,
    pub summary: Summary,
    pub samples_ms: Vec<f64>,
    pub calls_per_sample: u32,
}

/// The outcome of one run.
#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    pub workload: Workload,
    /// Threads in the pool the parallel variants ran on.
    pub threads: usize,
    pub resolution_ms: f64,
    pub reps: u32,
    pub warmup: u32,
    pub variants: Vec<VariantReport>,
    /// Sequential median / parallel median.
    pub speedup: f64,
}

/// Measures the sequential and parallel versions of the requested workload
/// on the current rayon pool. `buffer` holds the sum's values between runs.
pub fn run(req: &RunRequest, clock: &dyn Clock, buffer: &mut ValueBuffer) -> Result<RunReport, ParamError> {
    let workload = req.workload()?;
    let (reps, warmup, min_total_ms) = req.plan_numbers()?;
    let plan = Plan { warmup: warmup.max(1), min_reps: reps, max_reps: reps.max(1) * 4, min_total_ms, ..Plan::default() };
    let (expected, labels, measured) = match workload {
        Workload::Sum { n } => {
            let values = buffer.values(n as usize);
            let mut variants = [Variant::new("seq", || sum_seq(values)), Variant::new("par", || sum_par(values))];
            let labels = ["sequential: one loop".to_owned(), "parallel: rayon par_iter".to_owned()];
            (sum_expected(n), labels, measure(&mut variants, &plan, clock))
        }
        Workload::Fib { n, cutoff } => {
            let mut variants = [Variant::new("seq", || fib_seq(n)), Variant::new("par", || fib_join(n, cutoff))];
            let labels = ["sequential: plain recursion".to_owned(), format!("parallel: rayon::join above n = {cutoff}")];
            (fib_reference(n), labels, measure(&mut variants, &plan, clock))
        }
    };
    let variants: Vec<VariantReport> = measured
        .into_iter()
        .zip(labels)
        .map(|(m, label)| VariantReport {
            name: m.name,
            label,
            value: m.value.to_string(),
            expected: expected.to_string(),
            correct: m.consistent && m.value == expected,
            summary: Summary::of(&m.samples_ms).expect("measure always takes at least one sample"),
            samples_ms: m.samples_ms,
            calls_per_sample: m.calls_per_sample,
        })
        .collect();
    let speedup = variants[0].summary.median / variants[1].summary.median;
    Ok(RunReport {
        workload,
        threads: rayon::current_num_threads(),
        resolution_ms: clock.resolution_ms(),
        reps,
        warmup,
        variants,
        speedup,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::InstantClock;

    fn quick(workload: &str, n: f64) -> RunRequest {
        RunRequest { workload: workload.into(), n: Some(n), reps: Some(2.0), min_total_ms: Some(0.0), ..Default::default() }
    }

    #[test]
    fn sum_run_is_exact_on_every_thread_count() {
        let mut buf = ValueBuffer::default();
        for k in 1..=4 {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(k).build().unwrap();
            let report = pool.install(|| run(&quick("sum", 1_000_001.0), &InstantClock::default(), &mut buf)).unwrap();
            assert_eq!(report.threads, k);
            for v in &report.variants {
                assert_eq!(v.value, "500000500000");
                assert!(v.correct);
                assert!(v.summary.count >= 2);
            }
        }
    }

    #[test]
    fn fib_run_reports_fib_32() {
        let mut buf = ValueBuffer::default();
        let report = run(&quick("fib", 32.0), &InstantClock::default(), &mut buf).unwrap();
        assert!(report.variants.iter().all(|v| v.value == "2178309" && v.correct));
        assert!(report.speedup > 0.0);
    }

    #[test]
    fn a_refused_request_allocates_nothing() {
        let mut buf = ValueBuffer::default();
        assert!(run(&quick("sum", 3e9), &InstantClock::default(), &mut buf).is_err());
        assert_eq!(buf.bytes(), 0);
    }
}
