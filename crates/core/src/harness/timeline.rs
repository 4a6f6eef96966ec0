//! Who ran what, when: task spans recorded inside the workloads.
//!
//! The instrumented workloads take an [`Observe`]r. The plain functions pass
//! [`Unobserved`], whose methods are empty and inlined away, so measuring
//! never pays for recording; a [`Recorder`] stamps each task's start and end
//! with a clock that every thread shares and notes which pool thread ran it.
//! That gives the lesson's picture of tasks on cores, drawn from real data.

use serde::Serialize;
use std::sync::{Arc, Mutex};

/// Computing or waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    Compute,
    Wait,
}

/// One task from its start to its end.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Span {
    /// Which job or chunk this was (0-based, per variant).
    pub job: u32,
    pub kind: SpanKind,
    /// The rayon pool thread that ran it, or -1 for the calling thread (outside the pool).
    pub thread: i32,
    /// Milliseconds since the recording started.
    pub start_ms: f64,
    pub end_ms: f64,
}

/// Receives task spans; see [`observe`].
pub trait Observe: Sync {
    /// Now, or `None` when nothing is recorded.
    fn now(&self) -> Option<f64>;
    fn record(&self, span: Span);
}

/// Records nothing; compiles to nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unobserved;

impl Observe for Unobserved {
    #[inline(always)]
    fn now(&self) -> Option<f64> {
        None
    }
    #[inline(always)]
    fn record(&self, _: Span) {}
}

/// Collects spans, timed by `clock` (milliseconds on a clock all threads share).
pub struct Recorder {
    clock: fn() -> f64,
    origin: f64,
    /// One list per thread (the calling thread first, then each pool thread),
    /// so recording threads never wait for each other's lock.
    lists: Vec<Mutex<Vec<Span>>>,
}

impl Recorder {
    /// A recorder for the current rayon pool.
    pub fn new(clock: fn() -> f64) -> Recorder {
        let lists = (0..=rayon::current_num_threads()).map(|_| Mutex::new(Vec::new())).collect();
        Recorder { clock, origin: clock(), lists }
    }

    /// The spans recorded so far, in order of start.
    pub fn spans(&self) -> Vec<Span> {
        let mut spans: Vec<Span> = self.lists.iter().flat_map(|l| l.lock().unwrap_or_else(|e| e.into_inner()).clone()).collect();
        spans.sort_by(|a, b| a.start_ms.total_cmp(&b.start_ms));
        spans
    }

    /// Milliseconds since the recorder was made.
    pub fn elapsed(&self) -> f64 {
        (self.clock)() - self.origin
    }
}

impl Observe for Recorder {
    fn now(&self) -> Option<f64> {
        Some(self.elapsed())
    }
    fn record(&self, span: Span) {
        let list = &self.lists[((span.thread + 1).max(0) as usize).min(self.lists.len() - 1)];
        list.lock().unwrap_or_else(|e| e.into_inner()).push(span);
    }
}

impl<O: Observe + Send> Observe for Arc<O> {
    fn now(&self) -> Option<f64> {
        (**self).now()
    }
    fn record(&self, span: Span) {
        (**self).record(span)
    }
}

/// The rayon pool thread running this code, or -1 outside any pool.
pub fn thread_index() -> i32 {
    rayon::current_thread_index().map_or(-1, |i| i as i32)
}

/// Runs `f` as task `job`, recording its span when `o` records.
///
/// When recording, `f` goes through `black_box` before it runs and its result
/// after: a pure computation such as `fib_seq(n)` could otherwise be moved
/// across the clock reads (it touches no memory), and its span would measure
/// nothing. Unrecorded, this is just `f()`.
#[inline(always)]
pub fn observe<O: Observe + ?Sized, T>(o: &O, job: u32, kind: SpanKind, f: impl FnOnce() -> T) -> T {
    match o.now() {
        None => f(),
        Some(start_ms) => {
            let f = std::hint::black_box(f);
            let out = std::hint::black_box(f());
            let end_ms = o.now().unwrap_or(start_ms);
            o.record(Span { job, kind, thread: thread_index(), start_ms, end_ms });
            out
        }
    }
}

/// The native shared clock: milliseconds since the first call, from `Instant`.
pub fn native_clock() -> f64 {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_secs_f64() * 1e3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::buffer::ValueBuffer;
    use crate::workloads::fib::{fib_join_observed, fib_reference, fib_seq};
    use crate::workloads::fib_three::{fib_three_seq_observed, fib_three_tasks_observed};
    use crate::workloads::sum::{sum_chunks_observed, sum_expected};

    fn check(spans: &[Span], threads: usize) {
        for s in spans {
            assert!(s.start_ms <= s.end_ms, "{s:?}");
            assert!(s.thread >= -1 && (s.thread as i64) < threads as i64, "thread index {} in a pool of {threads}", s.thread);
        }
    }

    #[test]
    fn three_jobs_record_one_span_each_with_valid_threads() {
        for k in 1..=4 {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(k).build().unwrap();
            let rec = Recorder::new(native_clock);
            assert_eq!(pool.install(|| fib_three_tasks_observed(24, &rec)), 3 * fib_reference(24));
            let spans = rec.spans();
            assert_eq!(spans.len(), 3);
            let mut jobs: Vec<u32> = spans.iter().map(|s| s.job).collect();
            jobs.sort();
            assert_eq!(jobs, [0, 1, 2]);
            check(&spans, k);
            assert!(spans.iter().all(|s| s.thread >= 0), "tasks run on pool threads");
        }
        let rec = Recorder::new(native_clock);
        fib_three_seq_observed(20, &rec);
        let spans = rec.spans();
        assert_eq!(spans.len(), 3);
        assert!(spans.windows(2).all(|w| w[0].end_ms <= w[1].start_ms), "one after another: {spans:?}");
    }

    #[test]
    fn chunks_and_fib_leaves_record_one_span_per_task() {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
        let mut buf = ValueBuffer::default();
        let values = buf.values(100_003);
        let rec = Recorder::new(native_clock);
        assert_eq!(pool.install(|| sum_chunks_observed(values, 16, &rec)), sum_expected(100_003));
        let spans = rec.spans();
        assert_eq!(spans.len(), 16);
        check(&spans, 2);

        let rec = Recorder::new(native_clock);
        assert_eq!(pool.install(|| fib_join_observed(20, 15, &rec)), fib_reference(20));
        // Leaves are the calls at or below the cutoff: fib(15) once and fib(14) ... as the split reaches them.
        let leaves = rec.spans();
        assert!(leaves.len() >= 6, "{} leaves", leaves.len());
        check(&leaves, 2);
    }

    #[test]
    fn a_pure_computation_is_timed_not_hoisted_out_of_its_span() {
        let rec = Recorder::new(native_clock);
        let n = std::hint::black_box(30);
        // fib(30) takes milliseconds; a span of ~0 would mean it ran outside the clock reads.
        assert_eq!(observe(&rec, 0, SpanKind::Compute, || fib_seq(n)), 832_040);
        let span = rec.spans()[0];
        assert!(span.end_ms - span.start_ms > 0.2, "{span:?}");
    }

    #[test]
    fn unobserved_records_nothing() {
        assert_eq!(Unobserved.now(), None);
        let mut ran = false;
        observe(&Unobserved, 0, SpanKind::Compute, || ran = true);
        assert!(ran);
    }
}
