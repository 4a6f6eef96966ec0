//! The benchmark harness shared by the page (in its worker) and the CLI.
//!
//! Every variant of a workload is measured in the same run, in alternating
//! order (forward, then backward), so slow drift of the machine (thermal,
//! a neighbour process) hits all variants alike. Warm-up calls are not
//! counted, and they go on until a variant's timings settle: browsers compile
//! wasm in tiers (a fast baseline first, optimised code later), so a fixed
//! single warm-up call could time the baseline compiler in one engine and
//! optimised code in another. A sample batches several calls when one call is too short for the
//! clock: browsers coarsen `performance.now()` to 5 us when cross-origin
//! isolated and to 100 us otherwise, so a sample must last many ticks.

use futures_util::future::LocalBoxFuture;
use std::hint::black_box;

/// A monotonic clock in milliseconds, injected so the core never touches the browser.
pub trait Clock {
    /// Milliseconds since an arbitrary origin.
    fn now_ms(&self) -> f64;
    /// The smallest step the clock can show, in milliseconds.
    fn resolution_ms(&self) -> f64;
}

/// How long and how often to measure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plan {
    /// Uncounted calls of each variant before sampling, at least; more until
    /// the last three calls agree within [`STABLE_SPREAD`] or the budget is spent.
    pub warmup: u32,
    /// The most time warming up one variant may take (ms).
    pub warmup_budget_ms: f64,
    /// At least this many samples per variant.
    pub min_reps: u32,
    /// Never more than this many samples per variant.
    pub max_reps: u32,
    /// Keep sampling until all variants together took at least this long.
    pub min_total_ms: f64,
    /// Each sample lasts at least this many clock ticks (calls are batched to get there).
    pub min_ticks_per_sample: f64,
}

impl Default for Plan {
    fn default() -> Self {
        Plan { warmup: 1, warmup_budget_ms: WARMUP_BUDGET_MS, min_reps: 5, max_reps: 200, min_total_ms: 200.0, min_ticks_per_sample: 100.0 }
    }
}

/// Warm-up calls count as settled when the last three are within this fraction of each other.
pub const STABLE_SPREAD: f64 = 0.1;
/// The default warm-up budget per variant (ms).
pub const WARMUP_BUDGET_MS: f64 = 1_000.0;
/// Never more warm-up calls than this per variant.
const MAX_WARMUP_CALLS: u32 = 50;

/// One function to measure; it returns its result so the work cannot be optimised away.
pub struct Variant<'a> {
    pub name: &'static str,
    pub run: Box<dyn FnMut() -> u64 + 'a>,
}

impl<'a> Variant<'a> {
    pub fn new(name: &'static str, run: impl FnMut() -> u64 + 'a) -> Self {
        Variant { name, run: Box::new(run) }
    }
}

/// The raw outcome of measuring one variant.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    pub name: &'static str,
    /// The value every call returned (the last one; callers check it).
    pub value: u64,
    /// True when every call returned the same value.
    pub consistent: bool,
    /// Milliseconds per call, one entry per sample.
    pub samples_ms: Vec<f64>,
    /// Calls batched into each sample.
    pub calls_per_sample: u32,
    /// Uncounted calls before sampling, and how long they took (ms).
    pub warmup_calls: u32,
    pub warmup_ms: f64,
}

/// Measures all variants side by side according to `plan`.
pub fn measure(variants: &mut [Variant<'_>], plan: &Plan, clock: &dyn Clock) -> Vec<Measured> {
    let min_sample_ms = plan.min_ticks_per_sample * clock.resolution_ms();
    let mut out: Vec<Measured> = variants
        .iter_mut()
        .map(|v| {
            let (mut value, mut consistent, warmup_calls, warmup_ms) = warm_up(&mut v.run, plan, min_sample_ms, clock);
            let calls_per_sample = calibrate(&mut v.run, min_sample_ms, clock, &mut value, &mut consistent);
            Measured { name: v.name, value, consistent, samples_ms: Vec::new(), calls_per_sample, warmup_calls, warmup_ms }
        })
        .collect();

    let started = clock.now_ms();
    let max_reps = plan.max_reps.max(plan.min_reps).max(1);
    for round in 0..max_reps {
        let order: Vec<usize> = if round % 2 == 0 {
            (0..variants.len()).collect()
        } else {
            (0..variants.len()).rev().collect()
        };
        for i in order {
            let m = &mut out[i];
            let run = &mut variants[i].run;
            let t0 = clock.now_ms();
            let mut last = m.value;
            for _ in 0..m.calls_per_sample {
                let got = black_box(run());
                m.consistent &= got == last;
                last = got;
            }
            let t1 = clock.now_ms();
            m.value = last;
            m.samples_ms.push((t1 - t0) / f64::from(m.calls_per_sample));
        }
        if round + 1 >= plan.min_reps && clock.now_ms() - started >= plan.min_total_ms {
            break;
        }
    }
    out
}

/// One waiting function to measure: each call returns a future of its answer.
pub struct AsyncVariant<'a> {
    pub name: &'static str,
    #[allow(clippy::type_complexity)]
    pub run: Box<dyn FnMut() -> LocalBoxFuture<'a, u64> + 'a>,
}

impl<'a> AsyncVariant<'a> {
    pub fn new(name: &'static str, run: impl FnMut() -> LocalBoxFuture<'a, u64> + 'a) -> Self {
        AsyncVariant { name, run: Box::new(run) }
    }
}

/// Measures waiting variants: `reps` rounds in alternating order, no warm-up
/// and no batching (a wait lasts far longer than any clock tick).
pub async fn measure_async(variants: &mut [AsyncVariant<'_>], reps: u32, clock: &dyn Clock) -> Vec<Measured> {
    let mut out: Vec<Measured> = variants
        .iter()
        .map(|v| Measured { name: v.name, value: 0, consistent: true, samples_ms: Vec::new(), calls_per_sample: 1, warmup_calls: 0, warmup_ms: 0.0 })
        .collect();
    for round in 0..reps.max(1) {
        let order: Vec<usize> = if round % 2 == 0 { (0..variants.len()).collect() } else { (0..variants.len()).rev().collect() };
        for i in order {
            let t0 = clock.now_ms();
            let got = (variants[i].run)().await;
            let t1 = clock.now_ms();
            let m = &mut out[i];
            m.consistent &= round == 0 || got == m.value;
            m.value = got;
            m.samples_ms.push(t1 - t0);
        }
    }
    out
}

/// Calls `run` until its timings settle: at least `plan.warmup` calls (one at
/// least), then until the last three agree within [`STABLE_SPREAD`], a call
/// is too short for the clock to tell (calibration batches those), or the
/// budget is spent. Returns (value, consistent, calls, ms).
fn warm_up(run: &mut Box<dyn FnMut() -> u64 + '_>, plan: &Plan, min_sample_ms: f64, clock: &dyn Clock) -> (u64, bool, u32, f64) {
    let started = clock.now_ms();
    let mut times: Vec<f64> = Vec::new();
    let mut value = None;
    let mut consistent = true;
    loop {
        let t0 = clock.now_ms();
        let got = black_box(run());
        let took = clock.now_ms() - t0;
        consistent &= value.is_none_or(|v| v == got);
        value = Some(got);
        times.push(took);
        let calls = times.len() as u32;
        if calls >= plan.warmup.max(1) {
            let settled = match times.len() {
                n if n >= 3 => {
                    let last = &times[n - 3..];
                    let (lo, hi) = last.iter().fold((f64::INFINITY, 0.0f64), |(lo, hi), &t| (lo.min(t), hi.max(t)));
                    hi <= lo * (1.0 + STABLE_SPREAD)
                }
                _ => false,
            };
            if settled || took < min_sample_ms || clock.now_ms() - started >= plan.warmup_budget_ms || calls >= MAX_WARMUP_CALLS {
                return (got, consistent, calls, clock.now_ms() - started);
            }
        }
    }
}

/// How many calls make one sample last at least `min_sample_ms`.
fn calibrate(
    run: &mut Box<dyn FnMut() -> u64 + '_>,
    min_sample_ms: f64,
    clock: &dyn Clock,
    value: &mut u64,
    consistent: &mut bool,
) -> u32 {
    let mut calls: u32 = 1;
    loop {
        let t0 = clock.now_ms();
        for _ in 0..calls {
            let got = black_box(run());
            *consistent &= got == *value;
            *value = got;
        }
        let took = clock.now_ms() - t0;
        if took >= min_sample_ms || calls >= 1 << 20 {
            return calls;
        }
        // Aim a little past the target so one more doubling is rarely needed.
        let want = if took > 0.0 { (min_sample_ms / took * f64::from(calls) * 1.2).ceil() } else { f64::from(calls) * 8.0 };
        calls = (want as u32).clamp(calls + 1, 1 << 20);
    }
}

/// The native clock: `std::time::Instant`, nanosecond resolution.
#[derive(Debug)]
pub struct InstantClock(std::time::Instant);

impl Default for InstantClock {
    fn default() -> Self {
        InstantClock(std::time::Instant::now())
    }
}

impl Clock for InstantClock {
    fn now_ms(&self) -> f64 {
        self.0.elapsed().as_secs_f64() * 1e3
    }
    fn resolution_ms(&self) -> f64 {
        1e-6
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// A fake clock that advances only when a variant "works", with a coarse tick.
    struct FakeClock {
        now: Cell<f64>,
        tick: f64,
    }
    impl Clock for FakeClock {
        fn now_ms(&self) -> f64 {
            (self.now.get() / self.tick).floor() * self.tick
        }
        fn resolution_ms(&self) -> f64 {
            self.tick
        }
    }

    #[test]
    fn short_calls_are_batched_until_a_sample_spans_many_ticks() {
        let clock = FakeClock { now: Cell::new(0.0), tick: 0.1 };
        let mut v = [Variant::new("tiny", || {
            clock.now.set(clock.now.get() + 0.001);
            42
        })];
        let plan = Plan { min_ticks_per_sample: 100.0, ..Plan::default() };
        let m = measure(&mut v, &plan, &clock);
        assert!(m[0].calls_per_sample >= 10_000, "batched {} calls", m[0].calls_per_sample);
        for s in &m[0].samples_ms {
            assert!((s - 0.001).abs() < 0.0002, "per-call time {s}");
        }
        assert_eq!(m[0].value, 42);
        assert!(m[0].consistent);
    }

    #[test]
    fn reps_respect_min_count_and_min_total_time() {
        let clock = FakeClock { now: Cell::new(0.0), tick: 1e-6 };
        let step = |ms: f64| {
            clock.now.set(clock.now.get() + ms);
            1
        };
        let mut v = [Variant::new("a", || step(10.0)), Variant::new("b", || step(30.0))];
        let plan = Plan { warmup: 1, min_reps: 5, max_reps: 100, min_total_ms: 400.0, min_ticks_per_sample: 1.0, ..Plan::default() };
        let m = measure(&mut v, &plan, &clock);
        // 40 ms per round: 400 ms needs 10 rounds, more than the minimum of 5.
        assert_eq!(m[0].samples_ms.len(), 10);
        assert_eq!(m[1].samples_ms.len(), 10);
        assert!((m[1].samples_ms[3] - 30.0).abs() < 1e-6);
    }

    #[test]
    fn a_variant_that_changes_its_answer_is_reported_inconsistent() {
        let clock = InstantClock::default();
        let mut n = 0u64;
        let mut v = [Variant::new("flaky", || {
            n += 1;
            n
        })];
        let m = measure(&mut v, &Plan { min_total_ms: 0.0, ..Plan::default() }, &clock);
        assert!(!m[0].consistent);
    }

    #[test]
    fn variants_alternate_order_between_rounds() {
        let clock = FakeClock { now: Cell::new(0.0), tick: 1e-6 };
        let log = std::cell::RefCell::new(Vec::new());
        let call = |name: char| {
            log.borrow_mut().push(name);
            clock.now.set(clock.now.get() + 1.0);
            0
        };
        let mut v = [Variant::new("a", || call('a')), Variant::new("b", || call('b'))];
        let plan = Plan { warmup: 1, min_reps: 2, max_reps: 2, min_total_ms: 0.0, min_ticks_per_sample: 0.0, ..Plan::default() };
        measure(&mut v, &plan, &clock);
        drop(v);
        let log: String = log.into_inner().into_iter().collect();
        // Warm-up a until three equal calls, calibrate a; the same for b;
        // round 1 forward, round 2 backward.
        assert_eq!(log, "aaaabbbbabba");
    }

    /// A variant whose calls take `times` ms in turn (then the last one for ever), on a fine clock.
    fn stepping<'a>(clock: &'a FakeClock, times: &'a [f64], calls: &'a Cell<usize>) -> Variant<'a> {
        Variant::new("tiered", move || {
            let i = calls.get();
            calls.set(i + 1);
            clock.now.set(clock.now.get() + times[i.min(times.len() - 1)]);
            7
        })
    }

    #[test]
    fn warm_up_goes_on_until_the_timings_settle() {
        // A baseline compiler first (slow), optimised code later: 10, 6, 3, 2, 2, 2 ms.
        let clock = FakeClock { now: Cell::new(0.0), tick: 1e-6 };
        let calls = Cell::new(0);
        let mut v = [stepping(&clock, &[10.0, 6.0, 3.0, 2.0, 2.0, 2.0], &calls)];
        let plan = Plan { min_reps: 3, max_reps: 3, min_total_ms: 0.0, min_ticks_per_sample: 1.0, ..Plan::default() };
        let m = measure(&mut v, &plan, &clock);
        assert_eq!(m[0].warmup_calls, 6, "settled once three calls agreed");
        assert!((m[0].warmup_ms - 25.0).abs() < 1e-6, "{}", m[0].warmup_ms);
        // Every sample times the settled code.
        assert!(m[0].samples_ms.iter().all(|s| (s - 2.0).abs() < 1e-6), "{:?}", m[0].samples_ms);
    }

    #[test]
    fn warm_up_stops_at_its_budget_when_timings_never_settle() {
        let clock = FakeClock { now: Cell::new(0.0), tick: 1e-6 };
        let calls = Cell::new(0);
        let times: Vec<f64> = (0..100).map(|i| if i % 2 == 0 { 10.0 } else { 20.0 }).collect();
        let mut v = [stepping(&clock, &times, &calls)];
        let plan = Plan { warmup_budget_ms: 100.0, min_reps: 1, max_reps: 1, min_total_ms: 0.0, min_ticks_per_sample: 1.0, ..Plan::default() };
        let m = measure(&mut v, &plan, &clock);
        assert!(m[0].warmup_ms >= 100.0 && m[0].warmup_ms < 120.0, "{}", m[0].warmup_ms);
        assert_eq!(m[0].warmup_calls, 7);
    }
}
