//! I/O-bound and mixed jobs: waiting, not computing.
//!
//! A "wait" stands for a network request: the program asks and then has
//! nothing to do until the answer comes. The waiting is done by whatever
//! `sleep` the caller passes (a browser timer in the page, a timer thread in
//! tests), so this module stays free of any runtime. `waits_seq` waits for
//! one answer before asking the next; `waits_concurrent` asks all at once and
//! then waits, which takes about one wait instead of `jobs` waits, on a single
//! thread, because nobody computes anything meanwhile.
//!
//! The mixed job waits, computes fib(n), and waits again. Concurrency on one
//! thread overlaps the waits but not the computing; handing the computing to
//! the pool (`Compute::OnPool`) overlaps that too.

use crate::fib::fib_seq;
use crate::timeline::{observe, thread_index, Observe, Span, SpanKind, Unobserved};
use futures_util::future::join_all;
use std::future::Future;

/// Where the mixed job's computing happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compute {
    /// On the thread that awaits: it cannot wait for anything while it computes.
    Inline,
    /// On a rayon pool thread, the awaiting thread stays free to handle timers.
    OnPool,
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

/// Awaits one wait, recorded as a span of job `job`.
async fn wait<S, F, O>(sleep: &S, ms: f64, job: u32, o: &O)
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
    use crate::fib::fib_reference;
    use futures_executor::block_on;
    use std::time::{Duration, Instant};

    /// A sleep that really waits, on a timer thread, without blocking the executor.
    fn sleep(ms: f64) -> impl Future<Output = ()> {
        let (tx, rx) = futures_channel::oneshot::channel::<()>();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs_f64(ms / 1e3));
            let _ = tx.send(());
        });
        async move {
            let _ = rx.await;
        }
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
    fn concurrent_mixed_jobs_interleave_their_computing_on_one_thread() {
        let rec = std::sync::Arc::new(crate::timeline::Recorder::new(crate::timeline::native_clock));
        let want = 3 * fib_reference(22);
        assert_eq!(block_on(mixed_concurrent_observed(sleep, 3, 20.0, 22, Compute::Inline, rec.clone())), want);
        let spans = rec.spans();
        assert_eq!(spans.len(), 9, "two waits and one computation per job");
        let waits: Vec<_> = spans.iter().filter(|s| s.kind == SpanKind::Wait).collect();
        // The three first waits overlap: all start before the first one ends.
        assert!(waits[..3].iter().all(|w| w.start_ms < waits[0].end_ms), "{waits:?}");
        assert!(spans.iter().all(|s| s.thread == -1 && s.start_ms <= s.end_ms));
    }

    #[test]
    fn mixed_jobs_return_the_right_answers_inline_and_on_the_pool() {
        let want = 3 * fib_reference(20);
        assert_eq!(block_on(mixed_seq(sleep, 3, 1.0, 20)), want);
        assert_eq!(block_on(mixed_concurrent(sleep, 3, 1.0, 20, Compute::Inline)), want);
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
        assert_eq!(pool.install(|| block_on(mixed_concurrent(sleep, 3, 1.0, 20, Compute::OnPool))), want);
        assert_eq!(block_on(waits_concurrent(sleep, 0, 1.0)), 0);
    }
}
