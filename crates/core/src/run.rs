//! One run of an experiment: every variant measured side by side, each
//! result checked against the exact answer. [`run`] is the one entry point:
//! computing workloads go through the batched harness, waiting ones through
//! the timer-driven one, as their declarations say ([`crate::workloads`]).
//! Recording a task timeline is in [`mod@crate::record`].

use crate::buffer::ValueBuffer;
use crate::measure::{measure, measure_async, AsyncVariant, Clock, Measured, Plan, Variant};
use crate::params::{ParamError, RunRequest};
use crate::registry::VariantSpec;
use crate::stats::Summary;
use crate::workloads::{Computing, Declared, Sleep, Variants, Visit, Waiting, Workload};
use futures_util::future::LocalBoxFuture;
use serde::Serialize;
use std::future::Future;

/// What a run may use besides the pool it runs on.
pub struct Env<'a, S> {
    pub clock: &'a dyn Clock,
    /// A real wait of `ms` that does not block the thread (waiting workloads only).
    pub sleep: S,
    /// Whether the pool has threads of its own, so waiting workloads may hand computing to it.
    pub pool: bool,
    /// The sums' values, kept between runs.
    pub buffer: &'a mut ValueBuffer,
}

/// What one variant did: its answer, whether it is right, and its timings.
#[derive(Debug, Clone, Serialize)]
pub struct VariantReport {
    /// The registry's key, e.g. "seq", "par", "halves".
    pub name: &'static str,
    /// The registry's label: what a person reads.
    pub label: &'static str,
    /// What this run's settings make of it ("64 tasks of ~312,500 numbers"), or "".
    pub detail: String,
    /// The answer, as a decimal string (sums pass 2^53, past JS numbers).
    pub value: String,
    pub expected: String,
    pub correct: bool,
    pub summary: Summary,
    /// The first variant's median divided by this one's.
    pub speedup: f64,
    pub samples_ms: Vec<f64>,
    pub calls_per_sample: u32,
    /// Uncounted calls until its timings settled, and how long they took (ms).
    pub warmup_calls: u32,
    pub warmup_ms: f64,
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
    /// The variant the experiment is about (its speedup is the headline).
    pub main: &'static str,
    pub variants: Vec<VariantReport>,
    /// Sequential median / the main variant's median.
    pub speedup: f64,
}

/// Measures every variant of the experiment `req` names, on the current rayon pool.
///
/// A computing workload never awaits, so its future is ready at the first
/// poll: a caller without an executor (the wasm pool thread) may use
/// [`run_now`].
pub async fn run<S, F>(req: &RunRequest, env: Env<'_, S>) -> Result<RunReport, ParamError>
where
    S: Fn(f64) -> F + Copy,
    F: Future<Output = ()> + 'static,
{
    let workload = req.workload()?;
    let (reps, warmup, min_total_ms) = req.plan_numbers()?;
    let sleep = move |ms: f64| -> LocalBoxFuture<'static, ()> { Box::pin((env.sleep)(ms)) };
    let plan = Plan { warmup: warmup.max(1), min_reps: reps, max_reps: reps.max(1) * 4, min_total_ms, ..Plan::default() };
    let measuring = Measure { plan: &plan, reps, clock: env.clock, sleep: &sleep, pool: env.pool, buffer: env.buffer };
    let rows = workload.visit(measuring).await;
    let warmup = if workload.spec().waits { 0 } else { warmup };
    Ok(report(workload, env.clock.resolution_ms(), (reps, warmup), env.pool, rows))
}

/// [`run`] for a computing workload, without an executor; a waiting one is refused.
pub fn run_now(req: &RunRequest, clock: &dyn Clock, buffer: &mut ValueBuffer) -> Result<RunReport, ParamError> {
    let spec = req.workload()?.spec();
    if spec.waits {
        return Err(ParamError::WaitsOnTimers(spec.id));
    }
    let env = Env { clock, sleep: |_: f64| std::future::ready(()), pool: true, buffer };
    futures_util::FutureExt::now_or_never(run(req, env)).expect("a computing run never awaits")
}

/// One measured variant with what its declaration says of it.
struct Row {
    spec: &'static VariantSpec,
    detail: String,
    measured: Measured,
}

/// The variants of `W` this pool measures: all of them where it has threads of its own.
fn measured_variants<W: Declared>(pool: bool) -> impl Iterator<Item = W::Variant> {
    W::Variant::ALL.iter().copied().filter(move |v| pool || !v.spec().needs_threads)
}

fn rows<W: Declared>(w: &W, variants: &[W::Variant], measured: Vec<Measured>) -> Vec<Row> {
    variants.iter().zip(measured).map(|(&v, measured)| Row { spec: v.spec(), detail: w.detail(v), measured }).collect()
}

/// Measures every variant of one workload: the batched harness for computing,
/// the timer-driven one for waiting.
struct Measure<'a> {
    plan: &'a Plan,
    reps: u32,
    clock: &'a dyn Clock,
    sleep: Sleep<'a>,
    pool: bool,
    buffer: &'a mut ValueBuffer,
}

impl<'a> Visit for Measure<'a> {
    type Out = LocalBoxFuture<'a, Vec<Row>>;

    fn computing<W: Computing>(self, w: &W) -> Self::Out {
        let input = w.input(self.buffer);
        let variants: Vec<W::Variant> = measured_variants::<W>(self.pool).collect();
        let mut timed: Vec<Variant> = variants.iter().map(|&v| Variant::new(v.spec().id, move || w.time(v, input))).collect();
        let measured = measure(&mut timed, self.plan, self.clock);
        Box::pin(std::future::ready(rows(w, &variants, measured)))
    }

    fn waiting<W: Waiting>(self, w: &W) -> Self::Out {
        let (w, sleep, clock, reps) = (*w, self.sleep, self.clock, self.reps);
        let variants: Vec<W::Variant> = measured_variants::<W>(self.pool).collect();
        Box::pin(async move {
            let w = &w;
            let mut timed: Vec<AsyncVariant> = variants.iter().map(|&v| AsyncVariant::new(v.spec().id, move || w.time(v, sleep))).collect();
            let measured = measure_async(&mut timed, reps, clock).await;
            drop(timed);
            rows(w, &variants, measured)
        })
    }
}

fn report(workload: Workload, resolution_ms: f64, (reps, warmup): (u32, u32), pool: bool, rows: Vec<Row>) -> RunReport {
    let spec = workload.spec();
    let expected = workload.model().expected();
    let base = rows.first().and_then(|r| Summary::of(&r.measured.samples_ms)).map_or(f64::NAN, |s| s.median);
    let variants: Vec<VariantReport> = rows
        .into_iter()
        .map(|Row { spec, detail, measured: m }| {
            let summary = Summary::of(&m.samples_ms).expect("measure always takes at least one sample");
            VariantReport {
                name: spec.id,
                label: spec.label,
                detail,
                value: m.value.to_string(),
                expected: expected.to_string(),
                correct: m.consistent && m.value == expected,
                speedup: base / summary.median,
                summary,
                samples_ms: m.samples_ms,
                calls_per_sample: m.calls_per_sample,
                warmup_calls: m.warmup_calls,
                warmup_ms: m.warmup_ms,
            }
        })
        .collect();
    let main = if pool { spec.main } else { spec.main_single };
    let speedup = variants.iter().find(|v| v.name == main).map_or(f64::NAN, |v| v.speedup);
    RunReport { workload, threads: rayon::current_num_threads(), resolution_ms, reps, warmup, main, variants, speedup }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::InstantClock;
    use crate::registry::WORKLOADS;

    fn quick(workload: &str, n: f64) -> RunRequest {
        RunRequest { workload: workload.into(), n: Some(n), reps: Some(2.0), min_total_ms: Some(0.0), ..Default::default() }
    }

    /// A wait on a timer thread, as a browser timer would.
    fn sleep(ms: f64) -> impl Future<Output = ()> + 'static {
        crate::workloads::io::timer_sleep(ms)
    }

    #[test]
    fn every_computing_experiment_is_exact_on_every_thread_count() {
        let mut buf = ValueBuffer::default();
        let cases = [("sum", 1_000_001.0, "500000500000"), ("sum64", 1_000_001.0, "500000500000"), ("fib", 25.0, "75025"), ("fib_three", 20.0, "20295"), ("contended", 10_001.0, "50005000")];
        for k in 1..=4 {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(k).build().unwrap();
            for (workload, n, want) in cases {
                let report = pool.install(|| run_now(&quick(workload, n), &InstantClock::default(), &mut buf)).unwrap();
                assert_eq!(report.threads, k);
                assert!(report.variants.len() >= 2);
                for v in &report.variants {
                    assert_eq!(v.value, want, "{workload} {} on {k}", v.name);
                    assert!(v.correct);
                    assert!(v.summary.count >= 2);
                }
                assert!(report.variants.iter().any(|v| v.name == report.main));
            }
        }
    }

    #[test]
    fn every_report_carries_the_registry_variants_and_labels_in_order() {
        let mut buf = ValueBuffer::default();
        for spec in WORKLOADS {
            for pool in [true, false] {
                let mut req = quick(spec.id, 10.0);
                req.wait_ms = Some(1.0);
                req.reps = Some(1.0);
                let env = Env { clock: &InstantClock::default(), sleep, pool, buffer: &mut buf };
                let report = futures_executor::block_on(run(&req, env)).unwrap();
                let want: Vec<_> = spec.variants.iter().filter(|v| pool || !v.needs_threads).map(|v| (v.id, v.label)).collect();
                let got: Vec<_> = report.variants.iter().map(|v| (v.name, v.label)).collect();
                assert_eq!(got, want, "{} pool={pool}", spec.id);
                assert_eq!(report.main, if pool { spec.main } else { spec.main_single });
            }
        }
    }

    #[test]
    fn sum_with_more_tasks_than_numbers_is_still_exact_and_says_so() {
        let mut buf = ValueBuffer::default();
        let mut req = quick("sum", 7.0);
        req.tasks = Some(100_000.0);
        let report = run_now(&req, &InstantClock::default(), &mut buf).unwrap();
        assert!(report.variants.iter().all(|v| v.value == "21" && v.correct));
        let chunks = report.variants.iter().find(|v| v.name == "chunks").unwrap();
        assert_eq!(chunks.detail, "100,000 tasks of ~0 numbers");
    }

    #[test]
    fn a_refused_request_allocates_nothing() {
        let mut buf = ValueBuffer::default();
        assert!(run_now(&quick("sum", 3e9), &InstantClock::default(), &mut buf).is_err());
        assert_eq!(buf.bytes(), 0);
    }

    #[test]
    fn run_now_refuses_a_waiting_workload_with_the_way_out() {
        let mut buf = ValueBuffer::default();
        let err = run_now(&quick("io", 0.0), &InstantClock::default(), &mut buf).unwrap_err();
        assert_eq!(err, ParamError::WaitsOnTimers("io"));
        assert!(err.to_string().contains("call run with a sleep"), "{err}");
    }

    #[test]
    fn waiting_runs_are_exact_and_the_concurrent_waits_overlap() {
        let mut buf = ValueBuffer::default();
        let (jobs, wait_ms) = (4.0, 30.0);
        let mut req = quick("io", 0.0);
        req.jobs = Some(jobs);
        req.wait_ms = Some(wait_ms);
        req.reps = Some(3.0);
        let env = Env { clock: &InstantClock::default(), sleep, pool: false, buffer: &mut buf };
        let report = futures_executor::block_on(run(&req, env)).unwrap();
        assert_eq!(report.main, "concurrent");
        assert!(report.variants.iter().all(|v| v.value == "4" && v.correct));
        let seq = &report.variants[0].summary;
        let conc = &report.variants[1].summary;
        // Four waits in a row cannot take less than four waits, nor four at once less than one.
        assert!(seq.min >= jobs * wait_ms - 1.0, "{seq:?}");
        assert!(conc.min >= wait_ms - 1.0, "{conc:?}");
        // They overlap: the fastest concurrent round took less than two waits,
        // which four waits in a row never can. The margin is a whole wait (30 ms)
        // of lateness, spread over the round's four timers: a bound from the
        // waits themselves, not a duration of this machine.
        assert!(conc.min < 2.0 * wait_ms, "four concurrent waits of {wait_ms} ms took {conc:?}");
        assert!(conc.min < seq.min / 2.0, "{conc:?} against {seq:?}");

        let mut mixed = quick("mixed", 15.0);
        mixed.wait_ms = Some(5.0);
        let env = Env { clock: &InstantClock::default(), sleep, pool: true, buffer: &mut buf };
        let report = futures_executor::block_on(run(&mixed, env)).unwrap();
        assert_eq!(report.variants.len(), 3);
        assert!(report.variants.iter().all(|v| v.value == "1830" && v.correct), "{:?}", report.variants);
    }
}
