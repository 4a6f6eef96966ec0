//! Waiting natively for the `io` and `mixed` experiments.
//!
//! The page drives its waits on the browser's main thread while k workers
//! compute. The CLI does the same with a pool of k + 1 rayon threads: the run
//! is `install`ed on the pool (so the mixed experiment's `rayon::spawn` lands
//! in it), and the worker that picks it up parks in `futures_executor::block_on`
//! for the whole run, handling only wake-ups, never a job. That leaves exactly
//! k threads to compute. (On a pool of just k, the driving worker would take
//! one of the k, and with k = 1 the spawned fib would never run: a hang.)

use std::future::Future;
use std::time::Duration;

/// A wait of `ms` milliseconds: a timer thread sleeps, then completes the
/// future through a oneshot channel. Awaiting it blocks nothing.
pub fn sleep(ms: f64) -> impl Future<Output = ()> {
    let (tx, rx) = futures_channel::oneshot::channel::<()>();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs_f64(ms.max(0.0) / 1e3));
        // The receiver is gone only if the run was dropped: nothing to tell.
        let _ = tx.send(());
    });
    async move {
        // A dropped sender (the timer thread died) ends the wait early rather than never.
        let _ = rx.await;
    }
}

/// The pool size for a run on `threads` computing threads: one more for the
/// waiting workloads, whose driver takes a worker but never computes.
pub fn pool_size(threads: usize, waits: bool) -> usize {
    if waits {
        threads + 1
    } else {
        threads
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_executor::block_on;
    use std::time::Instant;

    #[test]
    fn waits_started_together_overlap() {
        let t = Instant::now();
        block_on(async {
            let (a, b, c) = (sleep(40.0), sleep(40.0), sleep(40.0));
            a.await;
            b.await;
            c.await;
        });
        let together = t.elapsed();
        let t = Instant::now();
        block_on(async {
            for _ in 0..3 {
                sleep(40.0).await;
            }
        });
        let in_a_row = t.elapsed();
        // Each really waits; three started together end well before three in a row
        // (relative to a run on the same machine, never an absolute duration).
        assert!(together >= Duration::from_millis(40), "{together:?}");
        assert!(in_a_row >= Duration::from_millis(120), "{in_a_row:?}");
        assert!(together < in_a_row * 2 / 3, "together {together:?}, in a row {in_a_row:?}");
    }

    #[test]
    fn a_spawned_job_runs_beside_the_parked_driver_on_one_computing_thread() {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(pool_size(1, true)).build().unwrap();
        let (driver, worker) = pool.install(|| {
            block_on(async {
                let (tx, rx) = futures_channel::oneshot::channel();
                rayon::spawn(move || {
                    let _ = tx.send(rayon::current_thread_index());
                });
                (rayon::current_thread_index(), rx.await.unwrap())
            })
        });
        assert!(driver.is_some() && worker.is_some() && driver != worker, "{driver:?} {worker:?}");
    }
}
