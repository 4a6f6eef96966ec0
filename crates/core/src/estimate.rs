//! How long a run will take, before it starts: for the "this will take a
//! while" question, for the watchdog's budget, and for how much memory a run
//! needs. Waiting experiments are timer-bound, so their length is known
//! exactly; computing ones come from a cost model of a typical laptop core,
//! which the page calibrates with a smaller probe run on the visitor's device.

use crate::measure::WARMUP_BUDGET_MS;
use crate::params::{ParamError, RunRequest, Workload};
use crate::registry::POLICY;
use serde::Serialize;

/// Model costs (ms) on a typical laptop core in wasm, on the slow side.
const SUM_MS_PER_VALUE: f64 = 0.5e-6;
const SUM64_MS_PER_VALUE: f64 = 1.0e-6;
const LOCK_MS_PER_VALUE: f64 = 40e-6;
const ATOMIC_MS_PER_VALUE: f64 = 20e-6;
/// fib(35) by plain recursion; each step of n multiplies it by the golden ratio.
const FIB35_MS: f64 = 40.0;
const PHI: f64 = 1.618_034;
/// A batched sample spans at least 100 ticks of a 100 us clock (a page without isolation).
const MIN_SAMPLE_MS: f64 = 10.0;
/// How much slower than the model a slow phone may be before the watchdog gives up on a run.
const WATCHDOG_SLACK: f64 = 20.0;

fn fib_ms(n: u32) -> f64 {
    FIB35_MS * PHI.powi(n as i32 - 35)
}

/// What a run will cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    /// The likely length of the whole run, in ms (the model's, for computing workloads).
    pub expected_ms: f64,
    /// True when the length follows from the request alone (waits on timers).
    pub exact: bool,
    /// One round of every variant, in the model: what a probe's measurement is compared with.
    pub round_ms: f64,
    /// Past this the page's watchdog takes the run for a hang.
    pub watchdog_ms: f64,
    /// Bytes of values the run keeps in memory.
    pub buffer_bytes: u64,
    /// A smaller request of the same workload whose measured round, divided by
    /// `probe_round_ms`, scales `expected_ms` to this device (None: no probe needed).
    pub probe: Option<RunRequest>,
    pub probe_round_ms: f64,
    /// Whether the page should ask before starting it.
    pub ask: bool,
}

/// One round of every variant of `w` in the model, on one thread (the
/// parallel ones are not assumed faster: the watchdog must not fire early).
fn round_ms(w: &Workload) -> f64 {
    match *w {
        Workload::Sum { n, .. } => 4.0 * n as f64 * SUM_MS_PER_VALUE,
        Workload::Sum64 { n } => 2.0 * n as f64 * SUM64_MS_PER_VALUE,
        Workload::Fib { n, .. } => 2.0 * fib_ms(n),
        Workload::FibThree { n } => 6.0 * fib_ms(n),
        Workload::Contended { n } => n as f64 * (SUM_MS_PER_VALUE + LOCK_MS_PER_VALUE + ATOMIC_MS_PER_VALUE),
        Workload::Io { jobs, wait_ms } => f64::from(jobs + 1) * f64::from(wait_ms),
        Workload::Mixed { jobs, wait_ms, n } => {
            let (jobs, wait) = (f64::from(jobs), f64::from(wait_ms));
            // in a row; concurrent on one thread; computing on the pool (no faster, at worst)
            jobs * (2.0 * wait + fib_ms(n)) + 2.0 * (2.0 * wait + jobs * fib_ms(n))
        }
    }
}

fn buffer_bytes(w: &Workload) -> u64 {
    match *w {
        Workload::Sum { n, .. } | Workload::Contended { n } => 4 * n,
        Workload::Sum64 { n } => 8 * n,
        _ => 0,
    }
}

/// The same workload made about 16 times cheaper, to time on the device.
fn probe_of(req: &RunRequest, w: &Workload) -> Option<RunRequest> {
    let smaller = match *w {
        Workload::Fib { n, .. } | Workload::FibThree { n } => f64::from(n.saturating_sub(6)),
        Workload::Sum { n, .. } | Workload::Sum64 { n } | Workload::Contended { n } => (n / 16) as f64,
        Workload::Io { .. } | Workload::Mixed { .. } => return None,
    };
    Some(RunRequest { n: Some(smaller), reps: Some(1.0), warmup: Some(0.0), min_total_ms: Some(0.0), ..req.clone() })
}

/// The estimate for `req`, or why it cannot run.
pub fn estimate(req: &RunRequest) -> Result<Estimate, ParamError> {
    let w = req.workload()?;
    let (reps, warmup, min_total_ms) = req.plan_numbers()?;
    let round = round_ms(&w);
    let reps = f64::from(reps);
    let bytes = buffer_bytes(&w);
    if w.is_async() {
        // measure_async: exactly `reps` rounds, no warm-up; each timer may fire a little late.
        let expected_ms = reps * round;
        return Ok(Estimate {
            expected_ms,
            exact: !matches!(w, Workload::Mixed { .. }),
            round_ms: round,
            watchdog_ms: POLICY.watchdog_floor_ms + 1.5 * expected_ms,
            buffer_bytes: bytes,
            probe: None,
            probe_round_ms: 0.0,
            ask: expected_ms > POLICY.confirm_above_ms,
        });
    }
    // measure(): warm-up and a calibration call first, then at least `reps`
    // rounds and `min_total_ms`, at most 4 x `reps` rounds of batched samples.
    // Warm-up goes on until timings settle: three calls at least where one is
    // long enough to time, within a budget per variant.
    let variants = crate::registry::workload(w.id()).map_or(1, |s| s.variants.len()) as f64;
    let first = f64::from(warmup.max(3) + 1) * round;
    let expected_ms = first + (reps * round).max(min_total_ms);
    let worst = first + variants * WARMUP_BUDGET_MS + 4.0 * reps * round.max(variants * MIN_SAMPLE_MS);
    let probe = if expected_ms > POLICY.confirm_above_ms / 4.0 { probe_of(req, &w) } else { None };
    let probe_round_ms = match &probe {
        Some(p) => round_ms(&p.workload()?),
        None => 0.0,
    };
    Ok(Estimate {
        expected_ms,
        exact: false,
        round_ms: round,
        watchdog_ms: POLICY.watchdog_floor_ms + WATCHDOG_SLACK * worst,
        buffer_bytes: bytes,
        probe,
        probe_round_ms,
        ask: expected_ms > POLICY.confirm_above_ms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(workload: &str) -> RunRequest {
        RunRequest { workload: workload.into(), ..RunRequest::default() }
    }

    #[test]
    fn a_long_io_run_is_known_exactly_and_the_watchdog_outlasts_it() {
        // The run that the old fixed 10-minute watchdog killed: 15 x (20 x 2 s + 2 s).
        let r = RunRequest { jobs: Some(20.0), wait_ms: Some(2000.0), reps: Some(15.0), ..req("io") };
        let e = estimate(&r).unwrap();
        assert!(e.exact && e.ask);
        assert_eq!(e.expected_ms, 15.0 * 42_000.0);
        assert!(e.watchdog_ms > 1.4 * e.expected_ms, "{e:?}");
    }

    #[test]
    fn short_runs_do_not_ask_and_long_computing_runs_get_a_probe() {
        let short = estimate(&RunRequest { n: Some(30.0), ..req("fib") }).unwrap();
        assert!(!short.ask && short.probe.is_none());
        let long = estimate(&RunRequest { n: Some(44.0), ..req("fib") }).unwrap();
        assert!(long.ask);
        let probe = long.probe.unwrap();
        assert_eq!(probe.n, Some(38.0));
        // The probe is about 1.6^6 = 18 times cheaper, and its own estimate asks nothing.
        let ratio = long.round_ms / long.probe_round_ms;
        assert!((17.0..19.0).contains(&ratio), "{ratio}");
        assert!(!estimate(&probe).unwrap().ask);
    }

    #[test]
    fn the_watchdog_always_outlasts_the_longest_harness_run_of_the_model() {
        for w in crate::registry::WORKLOADS {
            let mut r = req(w.id);
            for p in w.params {
                r.set(p.name, p.max as f64);
            }
            r.reps = Some(100.0);
            let e = estimate(&r).unwrap();
            assert!(e.watchdog_ms >= e.expected_ms * 1.5 + POLICY.watchdog_floor_ms, "{}: {e:?}", w.id);
        }
    }

    #[test]
    fn buffer_bytes_follow_the_value_width() {
        assert_eq!(estimate(&RunRequest { n: Some(1e8), ..req("sum") }).unwrap().buffer_bytes, 400_000_000);
        assert_eq!(estimate(&RunRequest { n: Some(1e8), ..req("sum64") }).unwrap().buffer_bytes, 800_000_000);
        assert_eq!(estimate(&req("io")).unwrap().buffer_bytes, 0);
    }
}
