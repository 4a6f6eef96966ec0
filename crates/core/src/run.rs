//! One run of an experiment: every variant measured side by side, each
//! result checked against the exact answer. [`run`] is the one entry point:
//! computing workloads go through the batched harness, waiting ones through
//! the timer-driven one, chosen from the registry. Labels come from the
//! registry too; recording a task timeline is in [`crate::record`].

use crate::contended::{sum_atomic, sum_locked};
use crate::fib::{fib_join, fib_reference, fib_seq, fib_three_seq, fib_three_tasks};
use crate::io::{mixed_concurrent, mixed_seq, waits_concurrent, waits_seq, Compute};
use crate::measure::{measure, measure_async, AsyncVariant, Clock, Measured, Plan, Variant};
use crate::params::{group, ParamError, RunRequest, Workload};
use crate::stats::Summary;
use crate::sum::{sum_chunks, sum_expected, sum_halves, sum_par, sum_par64, sum_seq, sum_seq64, ValueBuffer};
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

/// The exact answer every variant of `w` must return.
pub fn expected(w: &Workload) -> u64 {
    match *w {
        Workload::Sum { n, .. } | Workload::Sum64 { n } | Workload::Contended { n } => sum_expected(n),
        Workload::Fib { n, .. } => fib_reference(n),
        Workload::FibThree { n } => 3 * fib_reference(n),
        Workload::Io { jobs, .. } => u64::from(jobs),
        Workload::Mixed { jobs, n, .. } => u64::from(jobs) * fib_reference(n),
    }
}

/// What a variant's label means with these settings, where it depends on them.
pub fn detail(w: &Workload, variant: &str) -> String {
    match (*w, variant) {
        (Workload::Sum { n, tasks }, "chunks") => {
            let per_task = n.checked_div(tasks).unwrap_or(0);
            format!("{} tasks of ~{} numbers", group(tasks as f64), group(per_task as f64))
        }
        (Workload::Fib { cutoff, .. }, "par") => format!("split while n > {cutoff}"),
        _ => String::new(),
    }
}

/// Measures every variant of the experiment `req` names, on the current rayon pool.
///
/// A computing workload never awaits, so its future is ready at the first
/// poll: a caller without an executor (the wasm pool thread) may use
/// [`run_now`].
pub async fn run<S, F>(req: &RunRequest, env: Env<'_, S>) -> Result<RunReport, ParamError>
where
    S: Fn(f64) -> F + Copy,
    F: Future<Output = ()>,
{
    let workload = req.workload()?;
    let (reps, warmup, min_total_ms) = req.plan_numbers()?;
    let measured = if workload.is_async() {
        measure_waits(workload, reps, env.clock, env.sleep, env.pool).await
    } else {
        let plan = Plan { warmup: warmup.max(1), min_reps: reps, max_reps: reps.max(1) * 4, min_total_ms, ..Plan::default() };
        measure_computing(workload, &plan, env.clock, env.buffer)
    };
    let warmup = if workload.is_async() { 0 } else { warmup };
    Ok(report(workload, env.clock.resolution_ms(), (reps, warmup), env.pool, measured))
}

/// [`run`] for a computing workload, without an executor; a waiting one is refused.
pub fn run_now(req: &RunRequest, clock: &dyn Clock, buffer: &mut ValueBuffer) -> Result<RunReport, ParamError> {
    if req.workload()?.is_async() {
        return Err(ParamError::UnknownWorkload(format!("{} (it waits on timers: call run with a sleep)", req.workload)));
    }
    let env = Env { clock, sleep: |_: f64| std::future::ready(()), pool: true, buffer };
    futures_util::FutureExt::now_or_never(run(req, env)).expect("a computing run never awaits")
}

fn measure_computing(workload: Workload, plan: &Plan, clock: &dyn Clock, buffer: &mut ValueBuffer) -> Vec<Measured> {
    match workload {
        Workload::Sum { n, tasks } => {
            let values = buffer.values(n as usize);
            let tasks = tasks as usize;
            measure(
                &mut [
                    Variant::new("seq", || sum_seq(values)),
                    Variant::new("halves", || sum_halves(values)),
                    Variant::new("par", || sum_par(values)),
                    Variant::new("chunks", move || sum_chunks(values, tasks)),
                ],
                plan,
                clock,
            )
        }
        Workload::Sum64 { n } => {
            let values = buffer.wide_values(n as usize);
            measure(&mut [Variant::new("seq", || sum_seq64(values)), Variant::new("par", || sum_par64(values))], plan, clock)
        }
        Workload::Fib { n, cutoff } => measure(&mut [Variant::new("seq", || fib_seq(n)), Variant::new("par", || fib_join(n, cutoff))], plan, clock),
        Workload::FibThree { n } => measure(&mut [Variant::new("seq", || fib_three_seq(n)), Variant::new("par", || fib_three_tasks(n))], plan, clock),
        Workload::Contended { n } => {
            let values = buffer.values(n as usize);
            measure(
                &mut [Variant::new("seq", || sum_seq(values)), Variant::new("lock", || sum_locked(values)), Variant::new("atomic", || sum_atomic(values))],
                plan,
                clock,
            )
        }
        Workload::Io { .. } | Workload::Mixed { .. } => unreachable!("waiting workloads are measured by measure_waits"),
    }
}

async fn measure_waits<S, F>(workload: Workload, reps: u32, clock: &dyn Clock, sleep: S, pool: bool) -> Vec<Measured>
where
    S: Fn(f64) -> F + Copy,
    F: Future<Output = ()>,
{
    match workload {
        Workload::Io { jobs, wait_ms } => {
            let ms = f64::from(wait_ms);
            let mut v = vec![
                AsyncVariant::new("seq", move || Box::pin(waits_seq(sleep, jobs, ms))),
                AsyncVariant::new("concurrent", move || Box::pin(waits_concurrent(sleep, jobs, ms))),
            ];
            measure_async(&mut v, reps, clock).await
        }
        Workload::Mixed { jobs, wait_ms, n } => {
            let ms = f64::from(wait_ms);
            let mut v = vec![
                AsyncVariant::new("seq", move || Box::pin(mixed_seq(sleep, jobs, ms, n))),
                AsyncVariant::new("concurrent", move || Box::pin(mixed_concurrent(sleep, jobs, ms, n, Compute::Inline))),
            ];
            if pool {
                v.push(AsyncVariant::new("parallel", move || Box::pin(mixed_concurrent(sleep, jobs, ms, n, Compute::OnPool))));
            }
            measure_async(&mut v, reps, clock).await
        }
        _ => unreachable!("computing workloads are measured by measure_computing"),
    }
}

fn report(workload: Workload, resolution_ms: f64, (reps, warmup): (u32, u32), pool: bool, measured: Vec<Measured>) -> RunReport {
    let spec = workload.spec();
    let expected = expected(&workload);
    let base = Summary::of(&measured[0].samples_ms).map_or(f64::NAN, |s| s.median);
    let variants: Vec<VariantReport> = measured
        .into_iter()
        .map(|m| {
            let summary = Summary::of(&m.samples_ms).expect("measure always takes at least one sample");
            VariantReport {
                name: m.name,
                label: spec.label(m.name),
                detail: detail(&workload, m.name),
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
    fn sleep(ms: f64) -> impl Future<Output = ()> {
        let (tx, rx) = futures_channel::oneshot::channel::<()>();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_secs_f64(ms / 1e3));
            let _ = tx.send(());
        });
        async move {
            let _ = rx.await;
        }
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
        assert!(err.to_string().contains("call run with a sleep"), "{err}");
    }

    #[test]
    fn waiting_runs_are_exact_and_the_concurrent_waits_overlap() {
        let mut buf = ValueBuffer::default();
        let mut req = quick("io", 0.0);
        req.jobs = Some(4.0);
        req.wait_ms = Some(30.0);
        let env = Env { clock: &InstantClock::default(), sleep, pool: false, buffer: &mut buf };
        let report = futures_executor::block_on(run(&req, env)).unwrap();
        assert_eq!(report.main, "concurrent");
        assert!(report.variants.iter().all(|v| v.value == "4" && v.correct));
        // Four waits in a row cannot take less than four waits; overlapped ones
        // take at least one. Both are lower bounds, which no busy machine breaks.
        let seq = &report.variants[0].summary;
        let conc = &report.variants[1].summary;
        assert!(seq.min >= 4.0 * 30.0 - 1.0, "{seq:?}");
        assert!(conc.min >= 30.0 - 1.0, "{conc:?}");

        let mut mixed = quick("mixed", 15.0);
        mixed.wait_ms = Some(5.0);
        let env = Env { clock: &InstantClock::default(), sleep, pool: true, buffer: &mut buf };
        let report = futures_executor::block_on(run(&mixed, env)).unwrap();
        assert_eq!(report.variants.len(), 3);
        assert!(report.variants.iter().all(|v| v.value == "1830" && v.correct), "{:?}", report.variants);
    }
}
