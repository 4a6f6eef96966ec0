//! One run of an experiment: every variant measured side by side, each
//! result checked against the exact answer.

use crate::contended::{sum_atomic, sum_locked};
use crate::fib::{fib_join, fib_join_observed, fib_reference, fib_seq, fib_three_seq, fib_three_seq_observed, fib_three_tasks, fib_three_tasks_observed};
use crate::io::{
    mixed_concurrent, mixed_concurrent_observed, mixed_seq, mixed_seq_observed, waits_concurrent, waits_concurrent_observed, waits_seq,
    waits_seq_observed, Compute,
};
use crate::timeline::{observe, Recorder, Span, SpanKind};
use std::sync::Arc;
use crate::measure::{measure, measure_async, AsyncVariant, Clock, Measured, Plan, Variant};
use crate::params::{group, ParamError, RunRequest, Workload};
use crate::stats::Summary;
use crate::sum::{sum_chunks, sum_chunks_observed, sum_expected, sum_halves, sum_par, sum_par64, sum_seq, sum_seq64, ValueBuffer};
use serde::Serialize;
use std::future::Future;

/// What one variant did: its answer, whether it is right, and its timings.
#[derive(Debug, Clone, Serialize)]
pub struct VariantReport {
    /// Stable key, e.g. "seq", "par", "halves".
    pub name: &'static str,
    /// What a person reads.
    pub label: String,
    /// The answer, as a decimal string (sums pass 2^53, past JS numbers).
    pub value: String,
    pub expected: String,
    pub correct: bool,
    pub summary: Summary,
    /// The first variant's median divided by this one's.
    pub speedup: f64,
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
    /// The variant the experiment is about (its speedup is the headline).
    pub main: &'static str,
    pub variants: Vec<VariantReport>,
    /// Sequential median / the main variant's median.
    pub speedup: f64,
}

fn plan_of(req: &RunRequest) -> Result<(Plan, u32, u32), ParamError> {
    let (reps, warmup, min_total_ms) = req.plan_numbers()?;
    let plan = Plan { warmup: warmup.max(1), min_reps: reps, max_reps: reps.max(1) * 4, min_total_ms, ..Plan::default() };
    Ok((plan, reps, warmup))
}

/// Measures every variant of a computing experiment on the current rayon pool.
/// `buffer` holds the sums' values between runs. Waiting experiments
/// (`io`, `mixed`) go through [`run_async`].
pub fn run(req: &RunRequest, clock: &dyn Clock, buffer: &mut ValueBuffer) -> Result<RunReport, ParamError> {
    let workload = req.workload()?;
    let (plan, reps, warmup) = plan_of(req)?;
    let (expected, main, labels, measured): (u64, &str, Vec<String>, Vec<Measured>) = match workload {
        Workload::Sum { n, tasks } => {
            let values = buffer.values(n as usize);
            let tasks = tasks as usize;
            let mut v = [
                Variant::new("seq", || sum_seq(values)),
                Variant::new("halves", || sum_halves(values)),
                Variant::new("par", || sum_par(values)),
                Variant::new("chunks", || sum_chunks(values, tasks)),
            ];
            let per_task = (n as usize).checked_div(tasks).unwrap_or(0);
            let labels = vec![
                "sequential: one loop".into(),
                "two halves, two tasks".into(),
                "rayon par_iter".into(),
                format!("{} tasks of ~{} numbers", group(tasks as f64), group(per_task as f64)),
            ];
            (sum_expected(n), "par", labels, measure(&mut v, &plan, clock))
        }
        Workload::Sum64 { n } => {
            let values = buffer.wide_values(n as usize);
            let mut v = [Variant::new("seq", || sum_seq64(values)), Variant::new("par", || sum_par64(values))];
            let labels = vec!["sequential: one loop over u64".into(), "rayon par_iter over u64".into()];
            (sum_expected(n), "par", labels, measure(&mut v, &plan, clock))
        }
        Workload::Fib { n, cutoff } => {
            let mut v = [Variant::new("seq", || fib_seq(n)), Variant::new("par", || fib_join(n, cutoff))];
            let labels = vec!["sequential: plain recursion".into(), format!("parallel: rayon::join above n = {cutoff}")];
            (fib_reference(n), "par", labels, measure(&mut v, &plan, clock))
        }
        Workload::FibThree { n } => {
            let mut v = [Variant::new("seq", || fib_three_seq(n)), Variant::new("par", || fib_three_tasks(n))];
            let labels = vec!["three jobs, one after another".into(), "three concurrent tasks".into()];
            (3 * fib_reference(n), "par", labels, measure(&mut v, &plan, clock))
        }
        Workload::Contended { n } => {
            let values = buffer.values(n as usize);
            let mut v = [
                Variant::new("seq", || sum_seq(values)),
                Variant::new("lock", || sum_locked(values)),
                Variant::new("atomic", || sum_atomic(values)),
            ];
            let labels = vec![
                "sequential: no sharing".into(),
                "parallel, one shared Mutex".into(),
                "parallel, one shared atomic".into(),
            ];
            (sum_expected(n), "lock", labels, measure(&mut v, &plan, clock))
        }
        Workload::Io { .. } | Workload::Mixed { .. } => {
            return Err(ParamError::UnknownWorkload(format!("{} (it waits on timers: use run_async)", req.workload)))
        }
    };
    Ok(report(workload, clock, reps, warmup, expected, main, labels, measured))
}

/// Measures a waiting experiment (`io`, `mixed`); `sleep(ms)` must really wait
/// without blocking the thread. `pool` says whether the mixed experiment may
/// hand its computing to the rayon pool (only where the pool has threads of its own).
pub async fn run_async<S, F>(req: &RunRequest, clock: &dyn Clock, sleep: S, pool: bool) -> Result<RunReport, ParamError>
where
    S: Fn(f64) -> F + Copy,
    F: Future<Output = ()>,
{
    let workload = req.workload()?;
    let (reps, _, _) = req.plan_numbers()?;
    let (expected, main, labels, measured) = match workload {
        Workload::Io { jobs, wait_ms } => {
            let ms = f64::from(wait_ms);
            let mut v = vec![
                AsyncVariant::new("seq", move || Box::pin(waits_seq(sleep, jobs, ms))),
                AsyncVariant::new("concurrent", move || Box::pin(waits_concurrent(sleep, jobs, ms))),
            ];
            let labels = vec!["one request after another".into(), "all requests at once, one thread".into()];
            (u64::from(jobs), "concurrent", labels, measure_async(&mut v, reps, clock).await)
        }
        Workload::Mixed { jobs, wait_ms, n } => {
            let ms = f64::from(wait_ms);
            let mut v = vec![
                AsyncVariant::new("seq", move || Box::pin(mixed_seq(sleep, jobs, ms, n))),
                AsyncVariant::new("concurrent", move || Box::pin(mixed_concurrent(sleep, jobs, ms, n, Compute::Inline))),
            ];
            let mut labels = vec!["one job after another".into(), "concurrent, computing on this thread".into()];
            if pool {
                v.push(AsyncVariant::new("parallel", move || Box::pin(mixed_concurrent(sleep, jobs, ms, n, Compute::OnPool))));
                labels.push("concurrent, computing on the pool".into());
            }
            let main = if pool { "parallel" } else { "concurrent" };
            (u64::from(jobs) * fib_reference(n), main, labels, measure_async(&mut v, reps, clock).await)
        }
        _ => return Err(ParamError::UnknownWorkload(format!("{} (it computes: use run)", req.workload))),
    };
    Ok(report(workload, clock, reps, 0, expected, main, labels, measured))
}

/// One variant of a recorded run: every task it ran, on which thread, when.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineVariant {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub correct: bool,
    /// From the start of the call to its end, in milliseconds.
    pub total_ms: f64,
    pub spans: Vec<Span>,
}

/// A recorded run of each variant (after one unrecorded warm-up call).
#[derive(Debug, Clone, Serialize)]
pub struct TimelineReport {
    pub workload: Workload,
    pub threads: usize,
    pub variants: Vec<TimelineVariant>,
}

/// Records one call of `f` with a fresh recorder on `clock`.
fn recorded(name: &'static str, label: &str, expected: u64, clock: fn() -> f64, f: impl Fn(&Recorder) -> u64) -> TimelineVariant {
    f(&Recorder::new(clock)); // warm-up: caches, page faults, lazy pool start-up
    let rec = Recorder::new(clock);
    let value = f(&rec);
    let total_ms = rec.elapsed();
    TimelineVariant { name, label: label.to_owned(), value: value.to_string(), correct: value == expected, total_ms, spans: rec.spans() }
}

/// Runs each variant of a computing experiment once while recording its tasks.
/// `clock` must be shared by all threads (milliseconds, any origin).
pub fn record_timeline(req: &RunRequest, clock: fn() -> f64, buffer: &mut ValueBuffer) -> Result<TimelineReport, ParamError> {
    let workload = req.workload()?;
    let variants = match workload {
        Workload::Sum { n, tasks } => {
            let values = buffer.values(n as usize);
            let want = sum_expected(n);
            vec![
                recorded("seq", "sequential: one loop", want, clock, |o| observe(o, 0, SpanKind::Compute, || sum_seq(values))),
                recorded("halves", "two halves, two tasks", want, clock, |o| sum_chunks_observed(values, 2, o)),
                recorded("chunks", &format!("{} tasks", group(tasks as f64)), want, clock, |o| sum_chunks_observed(values, tasks as usize, o)),
            ]
        }
        Workload::Fib { n, cutoff } => {
            let want = fib_reference(n);
            vec![
                recorded("seq", "sequential: plain recursion", want, clock, |o| observe(o, 0, SpanKind::Compute, || fib_seq(n))),
                recorded("par", &format!("rayon::join above n = {cutoff} (each bar a call at the cutoff)"), want, clock, |o| fib_join_observed(n, cutoff, o)),
            ]
        }
        Workload::FibThree { n } => {
            let want = 3 * fib_reference(n);
            vec![
                recorded("seq", "three jobs, one after another", want, clock, |o| fib_three_seq_observed(n, o)),
                recorded("par", "three concurrent tasks", want, clock, |o| fib_three_tasks_observed(n, o)),
            ]
        }
        _ => {
            return Err(ParamError::NoTimeline(
                "The timeline shows sum, fib, three jobs, waiting and mixed jobs; the contended sum has one task per addition.",
            ))
        }
    };
    Ok(TimelineReport { workload, threads: rayon::current_num_threads(), variants })
}

/// Records one run of each variant of a waiting experiment (`io`, `mixed`).
pub async fn record_timeline_async<S, F>(req: &RunRequest, clock: fn() -> f64, sleep: S, pool: bool) -> Result<TimelineReport, ParamError>
where
    S: Fn(f64) -> F + Copy,
    F: Future<Output = ()>,
{
    let workload = req.workload()?;
    let mut variants = Vec::new();
    let mut push = |name: &'static str, label: &str, want: u64, rec: &Recorder, value: u64| {
        variants.push(TimelineVariant { name, label: label.to_owned(), value: value.to_string(), correct: value == want, total_ms: rec.elapsed(), spans: rec.spans() });
    };
    match workload {
        Workload::Io { jobs, wait_ms } => {
            let ms = f64::from(wait_ms);
            let rec = Recorder::new(clock);
            let v = waits_seq_observed(sleep, jobs, ms, &rec).await;
            push("seq", "one request after another", u64::from(jobs), &rec, v);
            let rec = Recorder::new(clock);
            let v = waits_concurrent_observed(sleep, jobs, ms, &rec).await;
            push("concurrent", "all requests at once, one thread", u64::from(jobs), &rec, v);
        }
        Workload::Mixed { jobs, wait_ms, n } => {
            let (ms, want) = (f64::from(wait_ms), u64::from(jobs) * fib_reference(n));
            let rec = Arc::new(Recorder::new(clock));
            let v = mixed_seq_observed(sleep, jobs, ms, n, rec.clone()).await;
            push("seq", "one job after another", want, &rec, v);
            let rec = Arc::new(Recorder::new(clock));
            let v = mixed_concurrent_observed(sleep, jobs, ms, n, Compute::Inline, rec.clone()).await;
            push("concurrent", "concurrent, computing on this thread", want, &rec, v);
            if pool {
                let rec = Arc::new(Recorder::new(clock));
                let v = mixed_concurrent_observed(sleep, jobs, ms, n, Compute::OnPool, rec.clone()).await;
                push("parallel", "concurrent, computing on the pool", want, &rec, v);
            }
        }
        _ => return Err(ParamError::NoTimeline("Only the waiting experiments (io, mixed) are recorded asynchronously.")),
    }
    Ok(TimelineReport { workload, threads: rayon::current_num_threads(), variants })
}

#[allow(clippy::too_many_arguments)]
fn report(
    workload: Workload,
    clock: &dyn Clock,
    reps: u32,
    warmup: u32,
    expected: u64,
    main: &'static str,
    labels: Vec<String>,
    measured: Vec<Measured>,
) -> RunReport {
    let base = Summary::of(&measured[0].samples_ms).map_or(f64::NAN, |s| s.median);
    let variants: Vec<VariantReport> = measured
        .into_iter()
        .zip(labels)
        .map(|(m, label)| {
            let summary = Summary::of(&m.samples_ms).expect("measure always takes at least one sample");
            VariantReport {
                name: m.name,
                label,
                value: m.value.to_string(),
                expected: expected.to_string(),
                correct: m.consistent && m.value == expected,
                speedup: base / summary.median,
                summary,
                samples_ms: m.samples_ms,
                calls_per_sample: m.calls_per_sample,
            }
        })
        .collect();
    let speedup = variants.iter().find(|v| v.name == main).map_or(f64::NAN, |v| v.speedup);
    RunReport {
        workload,
        threads: rayon::current_num_threads(),
        resolution_ms: clock.resolution_ms(),
        reps,
        warmup,
        main,
        variants,
        speedup,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::InstantClock;

    fn quick(workload: &str, n: f64) -> RunRequest {
        RunRequest { workload: workload.into(), n: Some(n), reps: Some(2.0), min_total_ms: Some(0.0), ..Default::default() }
    }

    #[test]
    fn every_computing_experiment_is_exact_on_every_thread_count() {
        let mut buf = ValueBuffer::default();
        let cases = [("sum", 1_000_001.0, "500000500000"), ("sum64", 1_000_001.0, "500000500000"), ("fib", 25.0, "75025"), ("fib_three", 20.0, "20295"), ("contended", 10_001.0, "50005000")];
        for k in 1..=4 {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(k).build().unwrap();
            for (workload, n, want) in cases {
                let report = pool.install(|| run(&quick(workload, n), &InstantClock::default(), &mut buf)).unwrap();
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
    fn sum_with_more_tasks_than_numbers_is_still_exact() {
        let mut buf = ValueBuffer::default();
        let mut req = quick("sum", 7.0);
        req.tasks = Some(100_000.0);
        let report = run(&req, &InstantClock::default(), &mut buf).unwrap();
        assert!(report.variants.iter().all(|v| v.value == "21" && v.correct));
    }

    #[test]
    fn timelines_record_exact_runs_with_one_span_per_task() {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
        let mut buf = ValueBuffer::default();
        let clock = crate::timeline::native_clock;
        let mut sum = quick("sum", 100_000.0);
        sum.tasks = Some(8.0);
        let t = pool.install(|| record_timeline(&sum, clock, &mut buf)).unwrap();
        assert_eq!(t.variants.iter().map(|v| v.spans.len()).collect::<Vec<_>>(), [1, 2, 8]);
        assert!(t.variants.iter().all(|v| v.correct && v.total_ms >= 0.0));
        let three = pool.install(|| record_timeline(&quick("fib_three", 22.0), clock, &mut buf)).unwrap();
        assert_eq!(three.variants[1].spans.len(), 3);
        assert!(matches!(record_timeline(&quick("contended", 10.0), clock, &mut buf), Err(ParamError::NoTimeline(_))));
    }

    #[test]
    fn a_refused_request_allocates_nothing() {
        let mut buf = ValueBuffer::default();
        assert!(run(&quick("sum", 3e9), &InstantClock::default(), &mut buf).is_err());
        assert_eq!(buf.bytes(), 0);
    }

    #[test]
    fn waiting_experiments_need_run_async() {
        let mut buf = ValueBuffer::default();
        let err = run(&quick("io", 0.0), &InstantClock::default(), &mut buf).unwrap_err();
        assert!(err.to_string().contains("run_async"));
    }

    #[test]
    fn io_run_reports_both_variants_and_the_concurrent_one_is_faster() {
        let sleep = |ms: f64| {
            let (tx, rx) = futures_channel::oneshot::channel::<()>();
            std::thread::spawn(move || {
                std::thread::sleep(std::time::Duration::from_secs_f64(ms / 1e3));
                let _ = tx.send(());
            });
            async move {
                let _ = rx.await;
            }
        };
        let mut req = quick("io", 0.0);
        req.wait_ms = Some(30.0);
        let report = futures_executor::block_on(run_async(&req, &InstantClock::default(), sleep, false)).unwrap();
        assert_eq!(report.main, "concurrent");
        assert!(report.variants.iter().all(|v| v.value == "3" && v.correct));
        assert!(report.speedup > 1.8, "speedup {}", report.speedup);

        let mut mixed = quick("mixed", 15.0);
        mixed.wait_ms = Some(5.0);
        let report = futures_executor::block_on(run_async(&mixed, &InstantClock::default(), sleep, true)).unwrap();
        assert_eq!(report.variants.len(), 3);
        assert!(report.variants.iter().all(|v| v.value == "1830" && v.correct), "{:?}", report.variants);
    }
}
