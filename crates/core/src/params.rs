//! Every parameter a visitor can set, its range, and a message that says how
//! to fix a bad one.
//!
//! Requests arrive as loose numbers (from a URL, a form, JSON, the CLI) and
//! are checked here once, so the page, the worker and the CLI refuse exactly
//! the same things with the same words. Sizes are refused *before* anything is
//! allocated: wasm memory grows but never shrinks.

use crate::registry::{self, Param, WorkloadSpec, MIN_TOTAL_MS, REPS, WARMUP};
use crate::workloads::Workload;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A request as it arrives from outside: every number still unchecked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RunRequest {
    pub workload: String,
    pub n: Option<f64>,
    pub cutoff: Option<f64>,
    pub tasks: Option<f64>,
    pub jobs: Option<f64>,
    pub wait_ms: Option<f64>,
    pub reps: Option<f64>,
    pub warmup: Option<f64>,
    /// Keep sampling until this many milliseconds have passed (0 = only `reps`).
    pub min_total_ms: Option<f64>,
}

/// Why a request was refused, in words a person can act on.
#[derive(Debug, Clone, PartialEq)]
pub enum ParamError {
    UnknownWorkload(String),
    /// A waiting workload asked of a caller that has no timers to give it.
    WaitsOnTimers(&'static str),
    NotWhole { name: &'static str, value: f64 },
    OutOfRange { name: &'static str, value: f64, min: u64, max: u64, why: &'static str },
    NoTimeline(String),
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamError::UnknownWorkload(w) => {
                write!(f, "Unknown workload \"{w}\". Choose one of: {}.", registry::workload_ids().join(", "))
            }
            ParamError::WaitsOnTimers(w) => write!(f, "{w} waits on timers: call run with a sleep, not run_now."),
            ParamError::NoTimeline(why) => write!(f, "No timeline for this experiment. {why}"),
            ParamError::NotWhole { name, value } => {
                write!(f, "{name} must be a whole number, not {value}. Remove the fraction or the typo.")
            }
            ParamError::OutOfRange { name, value, min, max, why } => write!(
                f,
                "{name} = {} is out of range: choose {name} from {} to {}. {why}",
                group(*value),
                group(*min as f64),
                group(*max as f64)
            ),
        }
    }
}

impl std::error::Error for ParamError {}

/// A number with thousands separators, so limits read at a glance.
pub fn group(v: f64) -> String {
    if !v.is_finite() || v.abs() >= 1e18 || v.fract() != 0.0 {
        return format!("{v}");
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// A request's numbers as a workload's declaration reads them.
pub struct Values<'a> {
    request: &'a RunRequest,
    spec: &'static WorkloadSpec,
}

impl Values<'_> {
    /// Parameter `p`, checked against its range; its default when the request leaves it out.
    pub fn get(&self, p: &Param) -> Result<u64, ParamError> {
        debug_assert!(self.spec.params.contains(p), "{} reads {}, which its registry entry does not list", self.spec.id, p.name);
        p.check(self.request.get(p.name).unwrap_or(p.default as f64))
    }
}

/// Checks that `value` is a whole number in `min..=max`.
pub fn whole_in(name: &'static str, value: f64, min: u64, max: u64, why: &'static str) -> Result<u64, ParamError> {
    if value.is_nan() || (value.is_finite() && value.fract() != 0.0) {
        return Err(ParamError::NotWhole { name, value });
    }
    if value < min as f64 || value > max as f64 {
        return Err(ParamError::OutOfRange { name, value, min, max, why });
    }
    Ok(value as u64)
}

impl Param {
    /// `value` checked against this parameter's range.
    pub fn check(&self, value: f64) -> Result<u64, ParamError> {
        whole_in(self.name, value, self.min, self.max, self.why)
    }
}

impl RunRequest {
    /// The raw value of parameter `name` (None when absent or unknown).
    pub fn get(&self, name: &str) -> Option<f64> {
        match name {
            "n" => self.n,
            "cutoff" => self.cutoff,
            "tasks" => self.tasks,
            "jobs" => self.jobs,
            "wait_ms" => self.wait_ms,
            "reps" => self.reps,
            "warmup" => self.warmup,
            "min_total_ms" => self.min_total_ms,
            _ => None,
        }
    }

    /// Sets parameter `name`; false for a name no request has.
    pub fn set(&mut self, name: &str, value: f64) -> bool {
        let slot = match name {
            "n" => &mut self.n,
            "cutoff" => &mut self.cutoff,
            "tasks" => &mut self.tasks,
            "jobs" => &mut self.jobs,
            "wait_ms" => &mut self.wait_ms,
            "reps" => &mut self.reps,
            "warmup" => &mut self.warmup,
            "min_total_ms" => &mut self.min_total_ms,
            _ => return false,
        };
        *slot = Some(value);
        true
    }

    /// The registry's entry for the workload this request names.
    pub fn spec(&self) -> Result<&'static WorkloadSpec, ParamError> {
        registry::workload(&self.workload).ok_or_else(|| ParamError::UnknownWorkload(self.workload.clone()))
    }

    /// The workload this request asks for, or why it cannot be run. A
    /// parameter left out takes the workload's default from the registry.
    pub fn workload(&self) -> Result<Workload, ParamError> {
        let spec = self.spec()?;
        Workload::parse(spec.id, &Values { request: self, spec }).expect("every registered workload parses")
    }

    /// (repetitions, warm-up calls, minimum total milliseconds), checked; the
    /// workload's own default repetitions when none are asked for.
    pub fn plan_numbers(&self) -> Result<(u32, u32, f64), ParamError> {
        let default_reps = self.spec().map_or(REPS.default, |s| s.default_reps);
        let reps = REPS.check(self.reps.unwrap_or(default_reps as f64))?;
        let warmup = WARMUP.check(self.warmup.unwrap_or(WARMUP.default as f64))?;
        let min_total = MIN_TOTAL_MS.check(self.min_total_ms.unwrap_or(MIN_TOTAL_MS.default as f64))?;
        Ok((reps as u32, warmup as u32, min_total as f64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workloads::fib::{Fib, CUTOFF, FIB_N};
    use crate::workloads::fib_three::FIB_THREE_N;
    use crate::workloads::io::Io;
    use crate::workloads::sum::Sum;

    fn req(workload: &str, n: f64) -> RunRequest {
        RunRequest { workload: workload.into(), n: Some(n), ..RunRequest::default() }
    }

    #[test]
    fn valid_requests_become_workloads() {
        assert_eq!(req("sum", 1e8).workload(), Ok(Workload::Sum(Sum { n: 100_000_000, tasks: 64 })));
        assert_eq!(req("io", 0.0).workload(), Ok(Workload::Io(Io { jobs: 3, wait_ms: 200 })));
        // A parameter left out takes the registry's default.
        let bare = RunRequest { workload: "fib".into(), ..RunRequest::default() };
        assert_eq!(bare.workload(), Ok(Workload::Fib(Fib { n: FIB_N.default as u32, cutoff: CUTOFF.default as u32 })));
        let mut fib = req("fib", 32.0);
        fib.cutoff = Some(0.0);
        assert_eq!(fib.workload(), Ok(Workload::Fib(Fib { n: 32, cutoff: 0 })));
        // fib_three has a limit of its own, lower than fib's.
        const { assert!(FIB_THREE_N.max < FIB_N.max) };
        assert!(req("fib_three", FIB_N.max as f64).workload().is_err());
        assert!(req("fib_three", FIB_THREE_N.max as f64).workload().is_ok());
    }

    #[test]
    fn a_sum_too_large_for_wasm_memory_is_refused_with_the_limit() {
        let err = req("sum", 1e30).workload().unwrap_err();
        let text = err.to_string();
        assert!(text.contains("200,000,000"), "{text}");
        assert!(text.contains("1 GiB"), "{text}");
    }

    #[test]
    fn fractions_nan_negative_and_unknown_names_are_refused() {
        assert!(matches!(req("sum", 1.5).workload(), Err(ParamError::NotWhole { .. })));
        assert!(matches!(req("sum", f64::NAN).workload(), Err(ParamError::NotWhole { .. })));
        assert!(matches!(req("fib", -3.0).workload(), Err(ParamError::OutOfRange { .. })));
        assert!(matches!(req("fib", f64::INFINITY).workload(), Err(ParamError::OutOfRange { .. })));
        let e = req("mandelbrot", 3.0).workload().unwrap_err().to_string();
        for id in registry::workload_ids() {
            assert!(e.contains(id), "{e}");
        }
        let mut io = req("io", 0.0);
        io.wait_ms = Some(5000.0);
        assert!(io.workload().unwrap_err().to_string().contains("choose wait_ms from 1 to 2,000"));
    }

    #[test]
    fn group_separates_thousands() {
        assert_eq!(group(200_000_000.0), "200,000,000");
        assert_eq!(group(-3.0), "-3");
        assert_eq!(group(1.5), "1.5");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Any number a URL, a form or JSON can produce, edge cases included.
    fn any_number() -> impl Strategy<Value = Option<f64>> {
        prop_oneof![
            Just(None),
            any::<f64>().prop_map(Some),
            (-10i64..3_000_000_000i64).prop_map(|v| Some(v as f64)),
            prop::sample::select(vec![f64::NAN, f64::INFINITY, -f64::INFINITY, -0.0, 0.5, 1e30, 4_294_967_296.0]).prop_map(Some),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// Whatever arrives, the answer is a workload within every limit or an error with words in it; never a panic.
        #[test]
        fn any_request_is_a_valid_workload_or_a_readable_error(
            workload in prop_oneof![prop::sample::select(registry::workload_ids()).prop_map(String::from), ".{0,12}"],
            n in any_number(), cutoff in any_number(), tasks in any_number(), jobs in any_number(),
            wait_ms in any_number(), reps in any_number(), warmup in any_number(),
        ) {
            let req = RunRequest { workload, n, cutoff, tasks, jobs, wait_ms, reps, warmup, min_total_ms: None };
            match req.workload() {
                // Every parameter within the limits of this very workload's registry entry.
                Ok(w) => {
                    let json = serde_json::to_value(w).unwrap();
                    for p in w.spec().params {
                        let v = json[p.name].as_u64().unwrap();
                        prop_assert!((p.min..=p.max).contains(&v), "{}.{} = {v}", w.spec().id, p.name);
                    }
                }
                Err(e) => prop_assert!(e.to_string().len() > 20, "too terse: {e}"),
            }
            if let Ok((reps, warmup, _)) = req.plan_numbers() {
                prop_assert!((REPS.min..=REPS.max).contains(&u64::from(reps)) && u64::from(warmup) <= WARMUP.max);
            }
        }

        /// Arbitrary JSON text either fails to parse or becomes a request that validates without panicking.
        #[test]
        fn arbitrary_json_never_panics(text in r#"\{("(workload|n|cutoff|reps)":(-?[0-9e.]{1,8}|"[a-z]{0,5}"|null|\[\]),?){0,4}\}"#) {
            if let Ok(req) = serde_json::from_str::<RunRequest>(&text) {
                let _ = req.workload();
                let _ = req.plan_numbers();
            }
        }
    }
}
