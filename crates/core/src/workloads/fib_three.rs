//! Three independent CPU-bound jobs: the lesson's three goroutines.
//!
//! `fib_three_seq` runs three fib(n) one after another; `fib_three_tasks`
//! spawns them as three tasks on the pool. With three cores they finish in
//! the time of one; on two threads rayon runs each task to completion, so the
//! third waits for a free thread and the gain stops at 1.5x (three threads on
//! two cores are time-sliced by the OS instead, and get close to 2x).

use super::fib::{fib_ms, fib_reference, fib_seq, probe_n, FIB_N, FIB_WHY};
use super::{Computing, Declared, Model};
use crate::buffer::ValueBuffer;
use crate::params::{ParamError, Values};
use crate::registry::{Param, WorkloadSpec};
use crate::timeline::{observe, Observe, Recorder, SpanKind, Unobserved};
use serde::{Deserialize, Serialize};

/// Three independent fib(n) jobs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FibThree {
    pub n: u32,
}

/// Three fib(n) in a row: three steps fewer than fib alone keeps it as long.
pub const FIB_THREE_N: Param = FIB_N.up_to(42, FIB_WHY).with_default(32);

variants! {
    /// The three jobs in a row, then as three tasks.
    computing pub enum FibThreeVariant for FibThree, input (), |&FibThree { n }, ()| {
        Seq: "seq", "Three jobs in a row" => fib_three_seq(n),
        Par: "par", "Three concurrent tasks" => fib_three_tasks(n),
    }
}

impl Declared for FibThree {
    const SPEC: WorkloadSpec = WorkloadSpec {
        id: "fib_three",
        title: "Three independent CPU-bound jobs",
        description: "three independent fib(n) jobs: one after another, then as three tasks",
        params: &[FIB_THREE_N],
        variants: <FibThreeVariant as super::Variants>::SPECS,
        main: FibThreeVariant::Par.id(),
        main_single: FibThreeVariant::Par.id(),
        tasks: Some(3),
        waits: false,
        timeline: true,
        sweep: true,
        default_reps: 5,
        timeline_preset: &[(FIB_THREE_N.name, 30)],
        sweep_preset: &[(FIB_THREE_N.name, 30)],
    };
    type Variant = FibThreeVariant;

    fn parse(values: &Values<'_>) -> Result<Self, ParamError> {
        Ok(FibThree { n: values.get(&FIB_THREE_N)? as u32 })
    }
}

impl Model for FibThree {
    fn expected(&self) -> u64 {
        3 * fib_reference(self.n)
    }
    fn round_ms(&self) -> f64 {
        6.0 * fib_ms(self.n)
    }
    fn probe(&self) -> Option<(&'static Param, u64)> {
        Some((&FIB_THREE_N, probe_n(self.n)))
    }
}

impl Computing for FibThree {
    type Input<'a> = ();
    fn input(&self, _: &mut ValueBuffer) {}
    fn time(&self, v: FibThreeVariant, (): ()) -> u64 {
        v.time(self, ())
    }
    fn record(&self, v: FibThreeVariant, (): (), o: &Recorder) -> Option<u64> {
        Some(match v {
            FibThreeVariant::Seq => fib_three_seq_observed(self.n, o),
            FibThreeVariant::Par => fib_three_tasks_observed(self.n, o),
        })
    }
}

/// Three independent fib(n) jobs, one after another; returns the sum of their answers.
pub fn fib_three_seq(n: u32) -> u64 {
    fib_three_seq_observed(n, &Unobserved)
}

/// `fib_three_seq`, each job recorded as a task.
pub fn fib_three_seq_observed<O: Observe>(n: u32, o: &O) -> u64 {
    (0..3).map(|job| observe(o, job, SpanKind::Compute, || fib_seq(std::hint::black_box(n)))).sum()
}

/// The same three jobs as three concurrent tasks on the pool (the lesson's three goroutines).
pub fn fib_three_tasks(n: u32) -> u64 {
    fib_three_tasks_observed(n, &Unobserved)
}

/// `fib_three_tasks`, each task recorded.
pub fn fib_three_tasks_observed<O: Observe>(n: u32, o: &O) -> u64 {
    let mut answers = [0u64; 3];
    rayon::scope(|s| {
        for (job, slot) in (0u32..).zip(answers.iter_mut()) {
            s.spawn(move |_| *slot = observe(o, job, SpanKind::Compute, || fib_seq(std::hint::black_box(n))));
        }
    });
    answers.iter().sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: [(u32, u64); 6] = [(0, 0), (1, 1), (2, 1), (10, 55), (20, 6765), (32, 2_178_309)];

    #[test]
    fn three_jobs_give_three_answers_on_every_thread_count() {
        for threads in 1..=4 {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            for (n, want) in KNOWN {
                assert_eq!(fib_three_seq(n), 3 * want);
                assert_eq!(pool.install(|| fib_three_tasks(n)), 3 * want, "fib_three_tasks({n}) on {threads}");
            }
        }
    }
}
