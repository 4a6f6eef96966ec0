//! The lesson's fintech story, measured: many CPU-bound tasks on a pool
//! sized to the cores, against as many tasks as threads doing the same work.
//!
//! The lesson blames "context switching" for 1000 goroutines. A task (a
//! goroutine, a rayon task) is not a thread: the pool's threads take the
//! tasks one after another, so nothing is switched but which task a thread
//! picks up next. `many_tasks_spawned` starts one task per job;
//! `many_tasks_per_thread` shares the same jobs out as one task per thread.
//! With jobs of about 1 ms both take the same time; the cost of a task only
//! shows when a job is as small as the bookkeeping (a few microseconds).
//! Oversubscribing threads is another thing: the `oversubscribe` card.

use super::fib::{fib_ms, fib_reference, fib_seq, probe_n, FIB_N};
use super::{Computing, Declared, Model};
use crate::buffer::ValueBuffer;
use crate::params::{ParamError, Values};
use crate::registry::{Param, WorkloadSpec};
use serde::{Deserialize, Serialize};
use std::hint::black_box;

/// `jobs` independent fib(n) jobs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManyTasks {
    pub jobs: u32,
    pub n: u32,
}

pub const MANY_JOBS: Param = Param {
    name: "jobs",
    label: "jobs (one task each)",
    min: 1,
    max: 50_000,
    default: 1_000,
    why: "Each job is a task of its own; 50,000 jobs of fib(27) take a minute.",
};
/// fib(28): about 1 ms in wasm on a laptop core, the story's task.
pub const MANY_N: Param = FIB_N.up_to(32, "Each job computes fib(n): n = 28 takes about 1 ms, each step up about 1.6 times longer.").with_default(28);

variants! {
    /// One task per job (the baseline: the story's 1000 goroutines), then as many tasks as threads.
    computing pub enum ManyTasksVariant for ManyTasks, input (), |&ManyTasks { jobs, n }, ()| {
        Many: "many", "One task per job" => many_tasks_spawned(jobs, n),
        PerThread: "per_thread", "One task per thread, the jobs shared out" => many_tasks_per_thread(jobs, n),
    }
}

impl Declared for ManyTasks {
    const SPEC: WorkloadSpec = WorkloadSpec {
        id: "many_tasks",
        title: "A thousand tasks on a few threads",
        description: "jobs independent fib(n) jobs: one task per job, then one task per thread doing the same jobs",
        params: &[MANY_JOBS, MANY_N],
        variants: <ManyTasksVariant as super::Variants>::SPECS,
        main: ManyTasksVariant::PerThread.id(),
        main_single: ManyTasksVariant::PerThread.id(),
        tasks: None,
        waits: false,
        timeline: false,
        sweep: false,
        default_reps: 5,
        timeline_preset: &[],
        sweep_preset: &[],
    };
    type Variant = ManyTasksVariant;

    fn parse(values: &Values<'_>) -> Result<Self, ParamError> {
        Ok(ManyTasks { jobs: values.get(&MANY_JOBS)? as u32, n: values.get(&MANY_N)? as u32 })
    }

    fn detail(&self, v: ManyTasksVariant) -> String {
        match v {
            ManyTasksVariant::Many => format!("{} tasks of fib({})", self.jobs, self.n),
            ManyTasksVariant::PerThread => String::new(),
        }
    }
}

impl Model for ManyTasks {
    fn expected(&self) -> u64 {
        u64::from(self.jobs) * fib_reference(self.n)
    }
    fn round_ms(&self) -> f64 {
        2.0 * f64::from(self.jobs) * fib_ms(self.n)
    }
    fn probe(&self) -> Option<(&'static Param, u64)> {
        Some((&MANY_N, probe_n(self.n)))
    }
}

impl Computing for ManyTasks {
    type Input<'a> = ();
    fn input(&self, _: &mut ValueBuffer) {}
    fn time(&self, v: ManyTasksVariant, (): ()) -> u64 {
        v.time(self, ())
    }
}

/// One job: fib(n), `n` hidden from the optimiser so that identical jobs
/// cannot be computed once and multiplied.
fn one_fib_job(n: u32) -> u64 {
    fib_seq(black_box(n))
}

/// Every job a task of its own on the pool (the story's goroutine per
/// request); each writes its own answer, so no task waits for another.
pub fn many_tasks_spawned(jobs: u32, n: u32) -> u64 {
    let mut answers = vec![0u64; jobs as usize];
    rayon::scope(|s| {
        for slot in answers.iter_mut() {
            s.spawn(move |_| *slot = one_fib_job(n));
        }
    });
    answers.iter().sum()
}

/// The same jobs as one task per thread of the pool, each running its
/// share of the jobs in a loop (what a worker pool sized to the cores does).
pub fn many_tasks_per_thread(jobs: u32, n: u32) -> u64 {
    let threads = rayon::current_num_threads();
    let mut answers = vec![0u64; threads];
    rayon::scope(|s| {
        for (t, slot) in answers.iter_mut().enumerate() {
            let (from, to) = (share(jobs, threads, t), share(jobs, threads, t + 1));
            s.spawn(move |_| *slot = (from..to).map(|_| one_fib_job(n)).sum());
        }
    });
    answers.iter().sum()
}

/// Where thread `t`'s share of `jobs` starts, of `threads` shares as equal as can be.
fn share(jobs: u32, threads: usize, t: usize) -> u32 {
    (u64::from(jobs) * t as u64 / threads as u64) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_versions_give_jobs_times_fib_on_every_thread_count() {
        for threads in 1..=4 {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            for (jobs, n) in [(1, 0), (1, 1), (3, 10), (7, 15), (1000, 12)] {
                let want = u64::from(jobs) * fib_reference(n);
                assert_eq!(pool.install(|| many_tasks_spawned(jobs, n)), want, "spawned {jobs}x fib({n}) on {threads}");
                assert_eq!(pool.install(|| many_tasks_per_thread(jobs, n)), want, "per thread {jobs}x fib({n}) on {threads}");
            }
        }
    }

    #[test]
    fn the_shares_cover_every_job_once() {
        for (jobs, threads) in [(1u32, 4usize), (1000, 3), (7, 7), (5, 2)] {
            let sizes: Vec<u32> = (0..threads).map(|t| share(jobs, threads, t + 1) - share(jobs, threads, t)).collect();
            assert_eq!(sizes.iter().sum::<u32>(), jobs);
            assert!(sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= 1, "{sizes:?}");
        }
    }
}
