//! A task timeline: one recorded run of each variant, every task with the
//! pool thread that ran it and when. Apart from [`mod@crate::run`] so that
//! measuring never pays for recording: the measured paths take a no-op
//! observer, these take a [`Recorder`].

use crate::buffer::ValueBuffer;
use crate::params::{ParamError, RunRequest};
use crate::timeline::{Recorder, Span};
use crate::workloads::{Computing, Declared, Model, Sleep, Variants, Visit, Waiting, Workload};
use futures_util::future::LocalBoxFuture;
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
/// [`crate::run::run`]. Computing variants get one recorded warm-up call
/// first, thrown away (caches, page faults, lazy pool start-up); waits get
/// none: a timer's length does not depend on what ran before.
pub async fn record<S, F>(req: &RunRequest, clock: fn() -> f64, sleep: S, pool: bool, buffer: &mut ValueBuffer) -> Result<TimelineReport, ParamError>
where
    S: Fn(f64) -> F + Copy,
    F: Future<Output = ()> + 'static,
{
    let workload = req.workload()?;
    let spec = workload.spec();
    if !spec.timeline {
        let can: Vec<_> = crate::registry::WORKLOADS.iter().filter(|w| w.timeline).map(|w| w.id).collect();
        return Err(ParamError::NoTimeline(format!("The timeline records {}; {} has too many tasks to draw.", can.join(", "), spec.id)));
    }
    let sleep = move |ms: f64| -> LocalBoxFuture<'static, ()> { Box::pin(sleep(ms)) };
    let variants = workload.visit(Record { clock, sleep: &sleep, pool, buffer }).await;
    Ok(TimelineReport { workload, threads: rayon::current_num_threads(), variants })
}

/// Records every variant of one workload that its declaration records.
struct Record<'a> {
    clock: fn() -> f64,
    sleep: Sleep<'a>,
    pool: bool,
    buffer: &'a mut ValueBuffer,
}

fn recorded<W: Declared + Model>(w: &W, v: W::Variant, rec: &Recorder, value: u64) -> TimelineVariant {
    TimelineVariant {
        name: v.spec().id,
        label: v.spec().label,
        detail: w.detail(v),
        value: value.to_string(),
        correct: value == w.expected(),
        total_ms: rec.elapsed(),
        spans: rec.spans(),
    }
}

impl<'a> Visit for Record<'a> {
    type Out = LocalBoxFuture<'a, Vec<TimelineVariant>>;

    fn computing<W: Computing>(self, w: &W) -> Self::Out {
        let input = w.input(self.buffer);
        let mut out = Vec::new();
        for &v in W::Variant::ALL {
            if w.record(v, input, &Recorder::new(self.clock)).is_none() {
                continue;
            }
            let rec = Recorder::new(self.clock);
            let value = w.record(v, input, &rec).expect("a variant recorded once is recorded again");
            out.push(recorded(w, v, &rec, value));
        }
        Box::pin(std::future::ready(out))
    }

    fn waiting<W: Waiting>(self, w: &W) -> Self::Out {
        let (w, clock, sleep, pool) = (*w, self.clock, self.sleep, self.pool);
        Box::pin(async move {
            let mut out = Vec::new();
            for &v in W::Variant::ALL.iter().filter(|v| pool || !v.spec().needs_threads) {
                let rec = Arc::new(Recorder::new(clock));
                if let Some(recording) = w.record(v, sleep, rec.clone()) {
                    let value = recording.await;
                    out.push(recorded(&w, v, &rec, value));
                }
            }
            out
        })
    }
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

    #[test]
    fn every_workload_with_a_timeline_records_its_variants_in_order_and_exactly() {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
        let mut buf = ValueBuffer::default();
        for spec in crate::registry::WORKLOADS.iter().filter(|w| w.timeline) {
            for threaded in [true, false] {
                // Small settings: every parameter at its minimum.
                let mut req = RunRequest { workload: spec.id.into(), ..Default::default() };
                for p in spec.params {
                    req.set(p.name, p.min as f64);
                }
                let t = pool.install(|| futures_executor::block_on(record(&req, crate::timeline::native_clock, no_wait, threaded, &mut buf))).unwrap();
                let names: Vec<&str> = t.variants.iter().map(|v| v.name).collect();
                let order: Vec<&str> = spec.variants.iter().map(|v| v.id).filter(|id| names.contains(id)).collect();
                assert!(names.len() >= 2, "{}: a timeline compares at least two variants: {names:?}", spec.id);
                assert_eq!(names, order, "{}: in the registry's order", spec.id);
                assert!(t.variants.iter().all(|v| v.correct && spec.variant(v.name).unwrap().label == v.label), "{}: {t:?}", spec.id);
                let needs_threads = spec.variants.iter().filter(|v| v.needs_threads).map(|v| v.id);
                assert!(threaded || needs_threads.clone().all(|id| !names.contains(&id)), "{}: no pool variant without threads", spec.id);
            }
        }
    }
}
