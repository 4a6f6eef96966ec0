//! Naive recursive fibonacci: the lesson's CPU-bound job.
//!
//! `fib_seq` is the baseline; `fib_join` is the same recursion split with
//! `rayon::join` above a cutoff, so the pool can run both halves at once.
//! With enough threads and a sensible cutoff (around 20-25) `fib_join` wins;
//! with cutoff 0 every call becomes a task and the bookkeeping costs more
//! than the parallelism saves.

use crate::timeline::{observe, Observe, SpanKind, Unobserved};

/// fib(n) by plain recursion on the calling thread.
///
/// Never inlined: the sequential version and every leaf of the parallel ones
/// run this one compiled function, so a comparison of them can only measure
/// the splitting, never two copies of the loop compiled differently (which is
/// what the sum's SIMD loop did in Firefox).
#[inline(never)]
pub fn fib_seq(n: u32) -> u64 {
    if n < 2 {
        return u64::from(n);
    }
    fib_seq(n - 1) + fib_seq(n - 2)
}

/// fib(n) by recursion, each call above `cutoff` split into two rayon tasks.
pub fn fib_join(n: u32, cutoff: u32) -> u64 {
    fib_join_observed(n, cutoff, &Unobserved)
}

/// `fib_join`, recording each sequential leaf (a call at or below the cutoff) as a task.
pub fn fib_join_observed<O: Observe>(n: u32, cutoff: u32, o: &O) -> u64 {
    if n < 2 {
        return u64::from(n);
    }
    if n <= cutoff {
        return observe(o, n, SpanKind::Compute, || fib_seq(n));
    }
    let (a, b) = rayon::join(|| fib_join_observed(n - 1, cutoff, o), || fib_join_observed(n - 2, cutoff, o));
    a + b
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

/// fib(n) by iteration: the reference the recursive versions are checked against.
pub fn fib_reference(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        (a, b) = (b, a + b);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: [(u32, u64); 6] = [(0, 0), (1, 1), (2, 1), (10, 55), (20, 6765), (32, 2_178_309)];

    #[test]
    fn fib_seq_matches_known_values() {
        for (n, want) in KNOWN {
            assert_eq!(fib_seq(n), want, "fib_seq({n})");
            assert_eq!(fib_reference(n), want, "fib_reference({n})");
        }
    }

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

    #[test]
    fn fib_join_matches_known_values_for_every_cutoff_and_thread_count() {
        for threads in 1..=4 {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            for (n, want) in KNOWN {
                for cutoff in [0, 1, 2, 5, 20, 40] {
                    assert_eq!(pool.install(|| fib_join(n, cutoff)), want, "fib_join({n}, {cutoff}) on {threads}");
                }
            }
        }
    }
}
