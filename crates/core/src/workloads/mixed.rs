//! Mixed jobs: each waits, computes fib(n), and waits again (the lesson's
//! coffee shop: take the order, make the coffee, wait for the milk).
//!
//! Concurrency on one thread overlaps the waits but not the computing: while
//! the thread computes one job's fib, it cannot handle another's timer.
//! Handing the computing to the pool (`Compute::OnPool`) overlaps that too,
//! so only the pool variant gains from more cores.

use super::fib::{fib_ms, fib_reference, fib_seq, FIB_N, FIB_WHY};
use super::io::{wait, JOBS, WAIT_MS};
use super::{Declared, Model, Sleep, Waiting};
use crate::params::{ParamError, Values};
use crate::registry::{Param, WorkloadSpec};
use crate::timeline::{observe, Observe, Recorder, SpanKind, Unobserved};
use futures_util::future::{join_all, LocalBoxFuture};
use serde::{Deserialize, Serialize};
use std::future::Future;
use std::sync::Arc;

/// `jobs` requests that each wait, compute fib(n), and wait again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mixed {
    pub jobs: u32,
    pub wait_ms: u32,
    pub n: u32,
}

pub const MIXED_JOBS: Param = JOBS.labelled("jobs");
pub const MIXED_WAIT_MS: Param = WAIT_MS.with_default(50);
pub const MIXED_N: Param = FIB_N.up_to(38, FIB_WHY).with_default(32).labelled("fib n");

variants! {
    /// The jobs in a row, concurrent on one thread, and computing on the pool.
    waiting pub enum MixedVariant for Mixed, |&Mixed { jobs, wait_ms, n }, sleep| {
        Seq: "seq", "One job after another" => mixed_seq(sleep, jobs, f64::from(wait_ms), n),
        Concurrent: "concurrent", "Concurrent, computing here" => mixed_concurrent(sleep, jobs, f64::from(wait_ms), n, Compute::Inline),
        Parallel: "parallel", "Concurrent, computing on the pool", needs_threads => mixed_concurrent(sleep, jobs, f64::from(wait_ms), n, Compute::OnPool),
    }
}

impl Declared for Mixed {
    const SPEC: WorkloadSpec = WorkloadSpec {
        id: "mixed",
        title: "Waiting and computing",
        description: "`jobs` jobs that each wait, compute fib(n), wait again: in a row, concurrent on one thread, computing on the pool",
        params: &[MIXED_JOBS, MIXED_WAIT_MS, MIXED_N],
        variants: <MixedVariant as super::Variants>::SPECS,
        main: MixedVariant::Parallel.id(),
        // Without threads the pool variant is not measured.
        main_single: MixedVariant::Concurrent.id(),
        tasks: None,
        waits: true,
        timeline: true,
        sweep: false,
        default_reps: 3,
        timeline_preset: &[(MIXED_JOBS.name, 3), (MIXED_WAIT_MS.name, 20), (MIXED_N.name, 30)],
        sweep_preset: &[],
    };
    type Variant = MixedVariant;

    fn parse(values: &Values<'_>) -> Result<Self, ParamError> {
        Ok(Mixed { jobs: values.get(&MIXED_JOBS)? as u32, wait_ms: values.get(&MIXED_WAIT_MS)? as u32, n: values.get(&MIXED_N)? as u32 })
    }
}

impl Model for Mixed {
    fn expected(&self) -> u64 {
        u64::from(self.jobs) * fib_reference(self.n)
    }
    fn round_ms(&self) -> f64 {
        let (jobs, wait) = (f64::from(self.jobs), f64::from(self.wait_ms));
        // in a row; concurrent on one thread; computing on the pool (no faster, at worst)
        jobs * (2.0 * wait + fib_ms(self.n)) + 2.0 * (2.0 * wait + jobs * fib_ms(self.n))
    }
}

impl Waiting for Mixed {
    fn time<'a>(&'a self, v: MixedVariant, sleep: Sleep<'a>) -> LocalBoxFuture<'a, u64> {
        Box::pin(v.time(self, sleep))
    }
    fn record<'a>(&'a self, v: MixedVariant, sleep: Sleep<'a>, o: Arc<Recorder>) -> Option<LocalBoxFuture<'a, u64>> {
        let &Mixed { jobs, wait_ms, n } = self;
        let ms = f64::from(wait_ms);
        Some(match v {
            MixedVariant::Seq => Box::pin(mixed_seq_observed(sleep, jobs, ms, n, o)),
            MixedVariant::Concurrent => Box::pin(mixed_concurrent_observed(sleep, jobs, ms, n, Compute::Inline, o)),
            MixedVariant::Parallel => Box::pin(mixed_concurrent_observed(sleep, jobs, ms, n, Compute::OnPool, o)),
        })
    }
}

/// Where the mixed job's computing happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compute {
    /// On the thread that awaits: it cannot wait for anything while it computes.
    Inline,
    /// On a rayon pool thread, the awaiting thread stays free to handle timers.
    OnPool,
}

/// fib(n) where `compute` says; the answer comes back as a future either way.
async fn fib_where<O: Observe + Clone + Send + 'static>(n: u32, compute: Compute, job: u32, o: &O) -> u64 {
    match compute {
        Compute::Inline => observe(o, job, SpanKind::Compute, || fib_seq(n)),
        Compute::OnPool => {
            let (tx, rx) = futures_channel::oneshot::channel();
            let o = o.clone();
            rayon::spawn(move || {
                // The receiver only goes away if the whole run was dropped.
                let _ = tx.send(observe(&o, job, SpanKind::Compute, || fib_seq(n)));
            });
            // A dropped sender means the pool thread died (a panic): report it as such.
            rx.await.expect("a pool thread died while computing fib")
        }
    }
}

/// One mixed job: wait, compute fib(n), wait.
async fn mixed_job<S, F, O>(sleep: &S, ms: f64, n: u32, compute: Compute, job: u32, o: &O) -> u64
where
    S: Fn(f64) -> F,
    F: Future<Output = ()>,
    O: Observe + Clone + Send + 'static,
{
    wait(sleep, ms, job, o).await;
    let v = fib_where(n, compute, job, o).await;
    wait(sleep, ms, job, o).await;
    v
}

/// `jobs` mixed jobs one after another; returns the sum of their answers.
pub async fn mixed_seq<S, F>(sleep: S, jobs: u32, ms: f64, n: u32) -> u64
where
    S: Fn(f64) -> F,
    F: Future<Output = ()>,
{
    mixed_seq_observed(sleep, jobs, ms, n, Unobserved).await
}

/// `mixed_seq`, recording every wait and every computation.
pub async fn mixed_seq_observed<S, F, O>(sleep: S, jobs: u32, ms: f64, n: u32, o: O) -> u64
where
    S: Fn(f64) -> F,
    F: Future<Output = ()>,
    O: Observe + Clone + Send + 'static,
{
    let mut total = 0;
    for job in 0..jobs {
        total += mixed_job(&sleep, ms, n, Compute::Inline, job, &o).await;
    }
    total
}

/// `jobs` mixed jobs started at once; computing `Inline` or `OnPool`.
pub async fn mixed_concurrent<S, F>(sleep: S, jobs: u32, ms: f64, n: u32, compute: Compute) -> u64
where
    S: Fn(f64) -> F,
    F: Future<Output = ()>,
{
    mixed_concurrent_observed(sleep, jobs, ms, n, compute, Unobserved).await
}

/// `mixed_concurrent`, recording every wait and every computation.
pub async fn mixed_concurrent_observed<S, F, O>(sleep: S, jobs: u32, ms: f64, n: u32, compute: Compute, o: O) -> u64
where
    S: Fn(f64) -> F,
    F: Future<Output = ()>,
    O: Observe + Clone + Send + 'static,
{
    join_all((0..jobs).map(|job| mixed_job(&sleep, ms, n, compute, job, &o))).await.iter().sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{native_clock, Span};
    use crate::workloads::io::timer_sleep as sleep;
    use futures_executor::block_on;

    /// Whether some job's computing ran while another job's wait was in flight.
    fn computes_during_another_jobs_wait(spans: &[Span]) -> usize {
        let computes = spans.iter().filter(|s| s.kind == SpanKind::Compute);
        computes
            .filter(|c| spans.iter().any(|w| w.kind == SpanKind::Wait && w.job != c.job && w.start_ms < c.start_ms && c.end_ms < w.end_ms))
            .count()
    }

    #[test]
    fn concurrent_mixed_jobs_interleave_their_computing_on_one_thread() {
        let rec = Arc::new(Recorder::new(native_clock));
        let want = 3 * fib_reference(22);
        assert_eq!(block_on(mixed_concurrent_observed(sleep, 3, 50.0, 22, Compute::Inline, rec.clone())), want);
        let spans = rec.spans();
        assert_eq!(spans.len(), 9, "two waits and one computation per job");
        assert!(spans.iter().all(|s| s.thread == -1 && s.start_ms <= s.end_ms), "{spans:?}");
        // One thread computes one job at a time...
        let computes: Vec<_> = spans.iter().filter(|s| s.kind == SpanKind::Compute).collect();
        assert!(computes.windows(2).all(|p| p[0].end_ms <= p[1].start_ms), "{computes:?}");
        // ...while the other jobs' waits go on: the second and third computations
        // run inside a wait of another job (in a row, none does; see below).
        assert!(computes_during_another_jobs_wait(&spans) >= 2, "{spans:?}");

        let rec = Arc::new(Recorder::new(native_clock));
        assert_eq!(block_on(mixed_seq_observed(sleep, 3, 5.0, 22, rec.clone())), want);
        assert_eq!(computes_during_another_jobs_wait(&rec.spans()), 0, "in a row nothing interleaves");
    }

    #[test]
    fn mixed_jobs_return_the_right_answers_inline_and_on_the_pool() {
        let want = 3 * fib_reference(20);
        assert_eq!(block_on(mixed_seq(sleep, 3, 1.0, 20)), want);
        assert_eq!(block_on(mixed_concurrent(sleep, 3, 1.0, 20, Compute::Inline)), want);
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
        assert_eq!(pool.install(|| block_on(mixed_concurrent(sleep, 3, 1.0, 20, Compute::OnPool))), want);
    }
}
