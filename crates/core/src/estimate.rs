//! How long a run will take, before it starts: for the "this will take a
//! while" question, for the watchdog's budget, and for how much memory a run
//! needs. Waiting experiments are timer-bound, so their length is known
//! exactly; computing ones come from a cost model of a typical laptop core,
//! which the page calibrates with a smaller probe run on the visitor's device.

use crate::measure::WARMUP_BUDGET_MS;
use crate::params::{ParamError, RunRequest};
use crate::registry::POLICY;
use serde::Serialize;

/// A batched sample spans at least 100 ticks of a 100 us clock (a page without isolation).
const MIN_SAMPLE_MS: f64 = 10.0;
/// How much slower than the model a slow phone may be before the watchdog gives up on a run.
const WATCHDOG_SLACK: f64 = 20.0;

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

/// The estimate for `req`, or why it cannot run.
pub fn estimate(req: &RunRequest) -> Result<Estimate, ParamError> {
    let w = req.workload()?;
    let (spec, model) = (w.spec(), w.model());
    let (reps, warmup, min_total_ms) = req.plan_numbers()?;
    let round = model.round_ms();
    let reps = f64::from(reps);
    let bytes = model.buffer_bytes();
    if spec.waits {
        // measure_async: exactly `reps` rounds, no warm-up; each timer may fire a little late.
        let expected_ms = reps * round;
        return Ok(Estimate {
            expected_ms,
            exact: model.exact(),
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
    let variants = spec.variants.len() as f64;
    let first = f64::from(warmup.max(3) + 1) * round;
    let expected_ms = first + (reps * round).max(min_total_ms);
    let worst = first + variants * WARMUP_BUDGET_MS + 4.0 * reps * round.max(variants * MIN_SAMPLE_MS);
    // The same workload made about 16 times cheaper, to time on the device.
    let probe = match model.probe() {
        Some((param, smaller)) if expected_ms > POLICY.confirm_above_ms / 4.0 => {
            let mut probe = RunRequest { reps: Some(1.0), warmup: Some(0.0), min_total_ms: Some(0.0), ..req.clone() };
            probe.set(param.name, smaller as f64);
            Some(probe)
        }
        _ => None,
    };
    let probe_round_ms = match &probe {
        Some(p) => p.workload()?.model().round_ms(),
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
