//! A task timeline: one recorded run of each variant, every task with the
//! pool thread that ran it and when. Apart from [`crate::run`] so that
//! measuring never pays for recording: the measured paths take a no-op
//! observer, these take a [`Recorder`].

use crate::fib::{fib_join_observed, fib_seq, fib_three_seq_observed, fib_three_tasks_observed};
use crate::io::{mixed_concurrent_observed, mixed_seq_observed, waits_concurrent_observed, waits_seq_observed, Compute};
use crate::params::{ParamError, RunRequest, Workload};
use crate::run::{detail, expected};
use crate::sum::{sum_chunks_observed, sum_seq, ValueBuffer};
use crate::timeline::{observe, Recorder, Span, SpanKind};
use serde::Serialize;
use std::future::Future;
use std::sync::Arc;

/// One variant of a recorded run: every task it ran, on which thread, when.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineVariant {
    pub name: &'static str,
    pub label: &'static str,
    pub detail: String,
    pub value: String,
    pub correct: bool,
    /// From the start of the call to its end, in milliseconds.
    pub total_ms: f64,
    pub spans: Vec<Span>,
}

/// A recorded run of each variant.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineReport {
    pub workload: Workload,
    pub threads: usize,
    pub variants: Vec<TimelineVariant>,
}

/// Records one run of each variant of `req`'s workload. `clock` must be
/// shared by all threads (ms, any origin); `sleep` and `pool` as for
/// [`crate::run::run`]. Computing variants get one unrecorded warm-up call
/// first (caches, page faults, lazy pool start-up); waits need none.
pub async fn record<S, F>(req: &RunRequest, clock: fn() -> f64, sleep: S, pool: bool, buffer: &mut ValueBuffer) -> Result<TimelineReport, ParamError>
where
    S: Fn(f64) -> F + Copy,
    F: Future<Output = ()>,
{
    let workload = req.workload()?;
    let spec = workload.spec();
    if !spec.timeline {
        let can: Vec<_> = crate::registry::WORKLOADS.iter().filter(|w| w.timeline).map(|w| w.id).collect();
        return Err(ParamError::NoTimeline(format!("The timeline records {}; {} has too many tasks to draw.", can.join(", "), spec.id)));
    }
    let want = expected(&workload);
    let mut variants = Vec::new();
    let mut push = |name: &'static str, rec: &Recorder, value: u64| {
        variants.push(TimelineVariant {
            name,
            label: spec.label(name),
            detail: detail(&workload, name),
            value: value.to_string(),
            correct: value == want,
            total_ms: rec.elapsed(),
            spans: rec.spans(),
        });
    };
    let computed = |name: &'static str, f: &dyn Fn(&Recorder) -> u64, push: &mut dyn FnMut(&'static str, &Recorder, u64)| {
        f(&Recorder::new(clock));
        let rec = Recorder::new(clock);
        let value = f(&rec);
        push(name, &rec, value);
    };
    match workload {
        Workload::Sum { n, tasks } => {
            let values = buffer.values(n as usize);
            computed("seq", &|o| observe(o, 0, SpanKind::Compute, || sum_seq(values)), &mut push);
            computed("halves", &|o| sum_chunks_observed(values, 2, o), &mut push);
            computed("chunks", &|o| sum_chunks_observed(values, tasks as usize, o), &mut push);
        }
        Workload::Fib { n, cutoff } => {
            computed("seq", &|o| observe(o, 0, SpanKind::Compute, || fib_seq(n)), &mut push);
            computed("par", &|o| fib_join_observed(n, cutoff, o), &mut push);
        }
        Workload::FibThree { n } => {
            computed("seq", &|o| fib_three_seq_observed(n, o), &mut push);
            computed("par", &|o| fib_three_tasks_observed(n, o), &mut push);
        }
        Workload::Io { jobs, wait_ms } => {
            let ms = f64::from(wait_ms);
            let rec = Recorder::new(clock);
            let v = waits_seq_observed(sleep, jobs, ms, &rec).await;
            push("seq", &rec, v);
            let rec = Recorder::new(clock);
            let v = waits_concurrent_observed(sleep, jobs, ms, &rec).await;
            push("concurrent", &rec, v);
        }
        Workload::Mixed { jobs, wait_ms, n } => {
            let ms = f64::from(wait_ms);
            let rec = Arc::new(Recorder::new(clock));
            let v = mixed_seq_observed(sleep, jobs, ms, n, rec.clone()).await;
            push("seq", &rec, v);
            let rec = Arc::new(Recorder::new(clock));
            let v = mixed_concurrent_observed(sleep, jobs, ms, n, Compute::Inline, rec.clone()).await;
            push("concurrent", &rec, v);
            if pool {
                let rec = Arc::new(Recorder::new(clock));
                let v = mixed_concurrent_observed(sleep, jobs, ms, n, Compute::OnPool, rec.clone()).await;
                push("parallel", &rec, v);
            }
        }
        Workload::Sum64 { .. } | Workload::Contended { .. } => unreachable!("the registry says these have no timeline"),
    }
    Ok(TimelineReport { workload, threads: rayon::current_num_threads(), variants })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quick(workload: &str, n: f64) -> RunRequest {
        RunRequest { workload: workload.into(), n: Some(n), ..Default::default() }
    }

    fn no_wait(_: f64) -> std::future::Ready<()> {
        std::future::ready(())
    }

    #[test]
    fn timelines_record_exact_runs_with_one_span_per_task() {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
        let mut buf = ValueBuffer::default();
        let clock = crate::timeline::native_clock;
        let mut sum = quick("sum", 100_000.0);
        sum.tasks = Some(8.0);
        let t = pool.install(|| futures_executor::block_on(record(&sum, clock, no_wait, true, &mut buf))).unwrap();
        assert_eq!(t.variants.iter().map(|v| v.spans.len()).collect::<Vec<_>>(), [1, 2, 8]);
        assert!(t.variants.iter().all(|v| v.correct && v.total_ms >= 0.0));
        let three = pool.install(|| futures_executor::block_on(record(&quick("fib_three", 22.0), clock, no_wait, true, &mut buf))).unwrap();
        assert_eq!(three.variants[1].spans.len(), 3);
        let io = futures_executor::block_on(record(&quick("io", 0.0), clock, no_wait, false, &mut buf)).unwrap();
        assert_eq!(io.variants.iter().map(|v| v.spans.len()).collect::<Vec<_>>(), [3, 3]);
    }

    #[test]
    fn workloads_without_a_timeline_say_which_have_one() {
        let mut buf = ValueBuffer::default();
        let err = futures_executor::block_on(record(&quick("contended", 10.0), crate::timeline::native_clock, no_wait, true, &mut buf)).unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, ParamError::NoTimeline(_)));
        assert!(text.contains("sum, fib, fib_three, io, mixed"), "{text}");
    }
}
