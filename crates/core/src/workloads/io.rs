//! I/O-bound jobs: waiting, not computing.
//!
//! A "wait" stands for a network request: the program asks and then has
//! nothing to do until the answer comes. The waiting is done by whatever
//! `sleep` the caller passes (a browser timer in the page, a timer thread in
//! tests), so this module stays free of any runtime. `waits_seq` waits for
//! one answer before asking the next; `waits_concurrent` asks all at once and
//! then waits, which takes about one wait instead of `jobs` waits, on a single
//! thread, because nobody computes anything meanwhile.

use super::{Declared, Model, Sleep, Waiting};
use crate::params::{ParamError, Values};
use crate::registry::{Param, WorkloadSpec};
use crate::timeline::{thread_index, Observe, Recorder, Span, SpanKind, Unobserved};
use futures_util::future::{join_all, LocalBoxFuture};
use serde::{Deserialize, Serialize};
use std::future::Future;
use std::sync::Arc;

/// `jobs` simulated requests of `wait_ms` each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Io {
    pub jobs: u32,
    pub wait_ms: u32,
}

pub const JOBS: Param = Param { name: "jobs", label: "requests", min: 1, max: 20, default: 3, why: "Each job is one simulated request." };
pub const WAIT_MS: Param = Param { name: "wait_ms", label: "wait (ms)", min: 1, max: 2_000, default: 200, why: "Each wait stands for one network round trip." };

variants! {
    /// The requests one after another, then all at once.
    waiting pub enum IoVariant for Io, |&Io { jobs, wait_ms }, sleep| {
        Seq: "seq", "One request after another" => waits_seq(sleep, jobs, f64::from(wait_ms)),
        Concurrent: "concurrent", "All at once, one thread" => waits_concurrent(sleep, jobs, f64::from(wait_ms)),
    }
}

impl Declared for Io {
    const SPEC: WorkloadSpec = WorkloadSpec {
        id: "io",
        title: "Waiting for the network",
        description: "`jobs` simulated requests of `wait_ms` each: one after another, then all at once on one thread",
        params: &[JOBS, WAIT_MS],
        variants: <IoVariant as super::Variants>::SPECS,
        main: IoVariant::Concurrent.id(),
        main_single: IoVariant::Concurrent.id(),
        tasks: None,
        waits: true,
        timeline: true,
        sweep: false,
        default_reps: 3,
        timeline_preset: &[(JOBS.name, 3), (WAIT_MS.name, 50)],
        sweep_preset: &[],
    };
    type Variant = IoVariant;

    fn parse(values: &Values<'_>) -> Result<Self, ParamError> {
        Ok(Io { jobs: values.get(&JOBS)? as u32, wait_ms: values.get(&WAIT_MS)? as u32 })
    }
}

impl Model for Io {
    fn expected(&self) -> u64 {
        u64::from(self.jobs)
    }
    /// `jobs` waits in a row, then one for all of them at once.
    fn round_ms(&self) -> f64 {
        f64::from(self.jobs + 1) * f64::from(self.wait_ms)
    }
    fn exact(&self) -> bool {
        true
    }
}

impl Waiting for Io {
    fn time<'a>(&'a self, v: IoVariant, sleep: Sleep<'a>) -> LocalBoxFuture<'a, u64> {
        Box::pin(v.time(self, sleep))
    }
    fn record<'a>(&'a self, v: IoVariant, sleep: Sleep<'a>, o: Arc<Recorder>) -> Option<LocalBoxFuture<'a, u64>> {
        let ms = f64::from(self.wait_ms);
        Some(match v {
            IoVariant::Seq => Box::pin(async move { waits_seq_observed(sleep, self.jobs, ms, &*o).await }),
            IoVariant::Concurrent => Box::pin(async move { waits_concurrent_observed(sleep, self.jobs, ms, &*o).await }),
        })
    }
}

/// `jobs` waits of `ms`, one after another. Returns the number of waits done.
pub async fn waits_seq<S, F>(sleep: S, jobs: u32, ms: f64) -> u64
where
    S: Fn(f64) -> F,
    F: Future<Output = ()>,
{
    waits_seq_observed(sleep, jobs, ms, &Unobserved).await
}

/// `waits_seq`, recording every wait.
pub async fn waits_seq_observed<S, F, O>(sleep: S, jobs: u32, ms: f64, o: &O) -> u64
where
    S: Fn(f64) -> F,
    F: Future<Output = ()>,
    O: Observe,
{
    for job in 0..jobs {
        wait(&sleep, ms, job, o).await;
    }
    u64::from(jobs)
}

/// `jobs` waits of `ms`, all started at once and awaited together.
pub async fn waits_concurrent<S, F>(sleep: S, jobs: u32, ms: f64) -> u64
where
    S: Fn(f64) -> F,
    F: Future<Output = ()>,
{
    waits_concurrent_observed(sleep, jobs, ms, &Unobserved).await
}

/// `waits_concurrent`, recording every wait.
pub async fn waits_concurrent_observed<S, F, O>(sleep: S, jobs: u32, ms: f64, o: &O) -> u64
where
    S: Fn(f64) -> F,
    F: Future<Output = ()>,
    O: Observe,
{
    join_all((0..jobs).map(|job| wait(&sleep, ms, job, o))).await.len() as u64
}

/// Awaits one wait, recorded as a span of job `job`.
pub(crate) async fn wait<S, F, O>(sleep: &S, ms: f64, job: u32, o: &O)
where
    S: Fn(f64) -> F,
    F: Future<Output = ()>,
    O: Observe,
{
    let start = o.now();
    sleep(ms).await;
    if let (Some(start_ms), Some(end_ms)) = (start, o.now()) {
        o.record(Span { job, kind: SpanKind::Wait, thread: thread_index(), start_ms, end_ms });
    }
}

/// A sleep that really waits, on a timer thread, without blocking the executor (tests only).
#[cfg(test)]
pub(crate) fn timer_sleep(ms: f64) -> impl Future<Output = ()> + 'static {
    let (tx, rx) = futures_channel::oneshot::channel::<()>();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs_f64(ms / 1e3));
        let _ = tx.send(());
    });
    async move {
        let _ = rx.await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_executor::block_on;
    use std::time::{Duration, Instant};

    fn sleep(ms: f64) -> impl Future<Output = ()> {
        timer_sleep(ms)
    }

    #[test]
    fn concurrent_waits_overlap_on_one_thread_and_sequential_ones_do_not() {
        let t = Instant::now();
        assert_eq!(block_on(waits_seq(sleep, 3, 60.0)), 3);
        // Three waits in a row cannot take less than three waits, however busy the machine.
        assert!(t.elapsed() >= Duration::from_millis(180), "sequential {:?}", t.elapsed());
        // Overlap is shown by the spans, not by a duration a busy machine could stretch:
        // every wait starts before the first one ends, all on the calling thread.
        let rec = crate::timeline::Recorder::new(crate::timeline::native_clock);
        assert_eq!(block_on(waits_concurrent_observed(sleep, 3, 60.0, &rec)), 3);
        let spans = rec.spans();
        assert_eq!(spans.len(), 3);
        assert!(spans.iter().all(|w| w.start_ms < spans[0].end_ms && w.thread == -1), "{spans:?}");
    }

    #[test]
    fn no_jobs_wait_for_nothing() {
        assert_eq!(block_on(waits_concurrent(sleep, 0, 1.0)), 0);
        assert_eq!(block_on(waits_seq(sleep, 0, 1.0)), 0);
    }
}
