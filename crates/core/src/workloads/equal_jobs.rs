//! Equal long jobs, as many as the page asks: run to completion against time
//! slicing on any machine.
//!
//! The time-slicing card runs `cores + 1` jobs on a pool of `cores` threads
//! (rayon runs each task to completion: the last job waits for a free
//! thread, two rounds) and on `cores + 1` threads (one thread per job; the
//! OS slices the threads over the cores, and all finish together after
//! (cores + 1) / cores rounds). The job length decides whether slicing shows:
//! a job shorter than the OS's time slice runs to its end before it is ever
//! paused. `fib_three` is this with three jobs, kept for its own card.

use super::fib::{fib_ms, fib_reference, fib_seq, probe_n, FIB_N, FIB_WHY};
use super::{Computing, Declared, Model};
use crate::buffer::ValueBuffer;
use crate::params::{ParamError, Values};
use crate::registry::{Param, WorkloadSpec};
use crate::timeline::{observe, Observe, Recorder, SpanKind, Unobserved};
use serde::{Deserialize, Serialize};
use std::hint::black_box;

/// `jobs` independent fib(n) jobs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EqualJobs {
    pub jobs: u32,
    pub n: u32,
}

/// As many jobs as a pool can have threads, and one more.
pub const EQUAL_JOBS: Param = Param {
    name: "jobs",
    label: "jobs",
    min: 1,
    max: 65,
    default: 3,
    why: "One job per thread of the largest pool, and one more.",
};
pub const EQUAL_N: Param = FIB_N.up_to(42, FIB_WHY).with_default(36);

variants! {
    /// The jobs in a row, then one task each.
    computing pub enum EqualJobsVariant for EqualJobs, input (), |&EqualJobs { jobs, n }, ()| {
        Seq: "seq", "The jobs in a row" => equal_jobs_seq(jobs, n),
        Par: "par", "One task per job" => equal_jobs_tasks(jobs, n),
    }
}

impl Declared for EqualJobs {
    const SPEC: WorkloadSpec = WorkloadSpec {
        id: "equal_jobs",
        title: "Equal CPU-bound jobs, one task each",
        description: "jobs independent fib(n) jobs: one after another, then as one task each",
        params: &[EQUAL_JOBS, EQUAL_N],
        variants: <EqualJobsVariant as super::Variants>::SPECS,
        main: EqualJobsVariant::Par.id(),
        main_single: EqualJobsVariant::Par.id(),
        tasks: None,
        waits: false,
        timeline: true,
        sweep: false,
        default_reps: 3,
        timeline_preset: &[(EQUAL_JOBS.name, 3), (EQUAL_N.name, 30)],
        sweep_preset: &[],
    };
    type Variant = EqualJobsVariant;

    fn parse(values: &Values<'_>) -> Result<Self, ParamError> {
        Ok(EqualJobs { jobs: values.get(&EQUAL_JOBS)? as u32, n: values.get(&EQUAL_N)? as u32 })
    }
}

impl Model for EqualJobs {
    fn expected(&self) -> u64 {
        u64::from(self.jobs) * fib_reference(self.n)
    }
    fn round_ms(&self) -> f64 {
        2.0 * f64::from(self.jobs) * fib_ms(self.n)
    }
    fn probe(&self) -> Option<(&'static Param, u64)> {
        Some((&EQUAL_N, probe_n(self.n)))
    }
}

impl Computing for EqualJobs {
    type Input<'a> = ();
    fn input(&self, _: &mut ValueBuffer) {}
    fn time(&self, v: EqualJobsVariant, (): ()) -> u64 {
        v.time(self, ())
    }
    fn record(&self, v: EqualJobsVariant, (): (), o: &Recorder) -> Option<u64> {
        Some(match v {
            EqualJobsVariant::Seq => equal_jobs_seq_observed(self.jobs, self.n, o),
            EqualJobsVariant::Par => equal_jobs_tasks_observed(self.jobs, self.n, o),
        })
    }
}

/// The jobs one after another; returns the sum of their answers.
pub fn equal_jobs_seq(jobs: u32, n: u32) -> u64 {
    equal_jobs_seq_observed(jobs, n, &Unobserved)
}

/// `equal_jobs_seq`, each job recorded as a task.
pub fn equal_jobs_seq_observed<O: Observe>(jobs: u32, n: u32, o: &O) -> u64 {
    (0..jobs).map(|job| observe(o, job, SpanKind::Compute, || fib_seq(black_box(n)))).sum()
}

/// The same jobs as one task each on the pool; each writes its own answer.
pub fn equal_jobs_tasks(jobs: u32, n: u32) -> u64 {
    equal_jobs_tasks_observed(jobs, n, &Unobserved)
}

/// `equal_jobs_tasks`, each task recorded.
pub fn equal_jobs_tasks_observed<O: Observe>(jobs: u32, n: u32, o: &O) -> u64 {
    let mut answers = vec![0u64; jobs as usize];
    rayon::scope(|s| {
        for (job, slot) in (0u32..).zip(answers.iter_mut()) {
            s.spawn(move |_| *slot = observe(o, job, SpanKind::Compute, || fib_seq(black_box(n))));
        }
    });
    answers.iter().sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_job_gives_its_answer_on_every_thread_count() {
        for threads in 1..=5 {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            for (jobs, n) in [(1, 0), (2, 1), (3, 20), (5, 15), (65, 10)] {
                let want = u64::from(jobs) * fib_reference(n);
                assert_eq!(equal_jobs_seq(jobs, n), want);
                assert_eq!(pool.install(|| equal_jobs_tasks(jobs, n)), want, "{jobs} x fib({n}) on {threads}");
            }
        }
    }
}
