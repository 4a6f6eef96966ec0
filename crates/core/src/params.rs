//! Every parameter a visitor can set, its range, and a message that says how
//! to fix a bad one.
//!
//! Requests arrive as loose numbers (from a URL, a form, JSON, the CLI) and
//! are checked here once, so the page, the worker and the CLI refuse exactly
//! the same things with the same words. Sizes are refused *before* anything is
//! allocated: wasm memory grows but never shrinks.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The largest n for the sum: 4 bytes a value, 800 MB of the 4 GiB a wasm module can address.
pub const MAX_SUM_N: u64 = 200_000_000;
/// The largest n for the u64 sum: 8 bytes a value.
pub const MAX_SUM64_N: u64 = 100_000_000;
/// The most tasks the sum can be cut into.
pub const MAX_TASKS: u64 = 1_000_000;
/// The largest fibonacci argument: fib(45) already takes seconds per call.
pub const MAX_FIB_N: u64 = 45;
/// The largest argument of the three-jobs experiment: three fib(n) in a row.
pub const MAX_FIB_THREE_N: u64 = MAX_FIB_N - 3;
/// Cutoffs above this are the same as "never split".
pub const MAX_CUTOFF: u64 = 64;
/// The largest n for the contended sum: every addition takes a lock.
pub const MAX_CONTENDED_N: u64 = 10_000_000;
/// The most simulated requests in the I/O and mixed experiments.
pub const MAX_JOBS: u64 = 20;
/// The longest simulated wait, in milliseconds.
pub const MAX_WAIT_MS: u64 = 2_000;
/// The largest fibonacci argument inside a mixed job.
pub const MAX_MIXED_N: u64 = 38;
/// Repetitions per variant.
pub const MAX_REPS: u64 = 100;
/// Uncounted warm-up calls per variant.
pub const MAX_WARMUP: u64 = 10;

/// A validated workload: one of the lesson's experiments with its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "workload", rename_all = "snake_case")]
pub enum Workload {
    /// Sum of the values 0..n read from memory; `tasks` chunks for the chunked version.
    Sum { n: u64, tasks: u64 },
    /// Sum of 0..n held as u64 (twice the memory traffic of `Sum`).
    Sum64 { n: u64 },
    /// Naive recursive fib(n), split with `rayon::join` above `cutoff`.
    Fib { n: u32, cutoff: u32 },
    /// Three independent fib(n) jobs.
    FibThree { n: u32 },
    /// The sum of 0..n with every addition through one lock or one atomic.
    Contended { n: u64 },
    /// `jobs` simulated requests of `wait_ms` each.
    Io { jobs: u32, wait_ms: u32 },
    /// `jobs` requests that each wait, compute fib(n), and wait again.
    Mixed { jobs: u32, wait_ms: u32, n: u32 },
}

impl Workload {
    /// True for the experiments that wait on timers (run with `run_async`).
    pub fn is_async(&self) -> bool {
        matches!(self, Workload::Io { .. } | Workload::Mixed { .. })
    }
}

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
    Missing(&'static str),
    NotWhole { name: &'static str, value: f64 },
    OutOfRange { name: &'static str, value: f64, min: u64, max: u64, why: &'static str },
    NoTimeline(&'static str),
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamError::UnknownWorkload(w) => {
                write!(f, "Unknown workload \"{w}\". Choose one of: {}.", WORKLOADS.join(", "))
            }
            ParamError::NoTimeline(why) => write!(f, "No timeline for this experiment. {why}"),
            ParamError::Missing(name) => write!(f, "{name} is missing. Give it a whole number."),
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

/// The workload names the core knows.
pub const WORKLOADS: [&str; 7] = ["sum", "sum64", "fib", "fib_three", "contended", "io", "mixed"];

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

impl RunRequest {
    /// The workload this request asks for, or why it cannot be run.
    pub fn workload(&self) -> Result<Workload, ParamError> {
        const MEMORY: &str = "The values are kept in wasm memory, 4 bytes each, and one wasm module can address at most 4 GiB.";
        const FIB: &str = "Each step up multiplies the time by about 1.6; fib(45) already takes seconds.";
        let n = || self.n.ok_or(ParamError::Missing("n"));
        let jobs = || whole_in("jobs", self.jobs.unwrap_or(3.0), 1, MAX_JOBS, "Each job is one simulated request.");
        let wait_ms = || whole_in("wait_ms", self.wait_ms.unwrap_or(200.0), 1, MAX_WAIT_MS, "Each wait stands for one network round trip.");
        Ok(match self.workload.as_str() {
            "sum" => Workload::Sum {
                n: whole_in("n", n()?, 0, MAX_SUM_N, MEMORY)?,
                tasks: whole_in("tasks", self.tasks.unwrap_or(64.0), 1, MAX_TASKS, "Each task sums one chunk of the numbers.")?,
            },
            "sum64" => Workload::Sum64 {
                n: whole_in("n", n()?, 0, MAX_SUM64_N, "The values are kept in wasm memory, 8 bytes each, and one wasm module can address at most 4 GiB.")?,
            },
            "fib" => Workload::Fib {
                n: whole_in("n", n()?, 0, MAX_FIB_N, FIB)? as u32,
                cutoff: whole_in(
                    "cutoff",
                    self.cutoff.unwrap_or(20.0),
                    0,
                    MAX_CUTOFF,
                    "Below the cutoff the recursion runs sequentially; 0 splits every call into tasks.",
                )? as u32,
            },
            "fib_three" => Workload::FibThree { n: whole_in("n", n()?, 0, MAX_FIB_THREE_N, FIB)? as u32 },
            "contended" => Workload::Contended {
                n: whole_in("n", n()?, 0, MAX_CONTENDED_N, "Every addition takes a lock, so large n takes very long.")?,
            },
            "io" => Workload::Io { jobs: jobs()? as u32, wait_ms: wait_ms()? as u32 },
            "mixed" => Workload::Mixed {
                jobs: jobs()? as u32,
                wait_ms: wait_ms()? as u32,
                n: whole_in("n", n()?, 0, MAX_MIXED_N, FIB)? as u32,
            },
            other => return Err(ParamError::UnknownWorkload(other.to_owned())),
        })
    }

    /// (repetitions, warm-up calls, minimum total milliseconds), checked.
    pub fn plan_numbers(&self) -> Result<(u32, u32, f64), ParamError> {
        let reps = whole_in("reps", self.reps.unwrap_or(5.0), 1, MAX_REPS, "More repetitions give a steadier median but take longer.")?;
        let warmup = whole_in("warmup", self.warmup.unwrap_or(1.0), 0, MAX_WARMUP, "Warm-up calls are not counted.")?;
        let min_total = whole_in("min_total_ms", self.min_total_ms.unwrap_or(200.0), 0, 60_000, "The harness samples at least this long.")?;
        Ok((reps as u32, warmup as u32, min_total as f64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(workload: &str, n: f64) -> RunRequest {
        RunRequest { workload: workload.into(), n: Some(n), ..RunRequest::default() }
    }

    #[test]
    fn valid_requests_become_workloads() {
        assert_eq!(req("sum", 1e8).workload(), Ok(Workload::Sum { n: 100_000_000, tasks: 64 }));
        assert_eq!(req("io", 0.0).workload(), Ok(Workload::Io { jobs: 3, wait_ms: 200 }));
        let mut fib = req("fib", 32.0);
        fib.cutoff = Some(0.0);
        assert_eq!(fib.workload(), Ok(Workload::Fib { n: 32, cutoff: 0 }));
    }

    #[test]
    fn a_sum_too_large_for_wasm_memory_is_refused_with_the_limit() {
        let err = req("sum", 1e30).workload().unwrap_err();
        let text = err.to_string();
        assert!(text.contains("200,000,000"), "{text}");
        assert!(text.contains("4 GiB"), "{text}");
    }

    #[test]
    fn fractions_nan_negative_and_unknown_names_are_refused() {
        assert!(matches!(req("sum", 1.5).workload(), Err(ParamError::NotWhole { .. })));
        assert!(matches!(req("sum", f64::NAN).workload(), Err(ParamError::NotWhole { .. })));
        assert!(matches!(req("fib", -3.0).workload(), Err(ParamError::OutOfRange { .. })));
        assert!(matches!(req("fib", f64::INFINITY).workload(), Err(ParamError::OutOfRange { .. })));
        let e = req("mandelbrot", 3.0).workload().unwrap_err().to_string();
        assert!(e.contains("sum, sum64, fib, fib_three, contended, io, mixed"), "{e}");
        let mut io = req("io", 0.0);
        io.wait_ms = Some(5000.0);
        assert!(io.workload().unwrap_err().to_string().contains("choose wait_ms from 1 to 2,000"));
        let no_n = RunRequest { workload: "sum".into(), ..RunRequest::default() };
        assert_eq!(no_n.workload(), Err(ParamError::Missing("n")));
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
            workload in prop_oneof![prop::sample::select(WORKLOADS.to_vec()).prop_map(String::from), ".{0,12}"],
            n in any_number(), cutoff in any_number(), tasks in any_number(), jobs in any_number(),
            wait_ms in any_number(), reps in any_number(), warmup in any_number(),
        ) {
            let req = RunRequest { workload, n, cutoff, tasks, jobs, wait_ms, reps, warmup, min_total_ms: None };
            match req.workload() {
                Ok(Workload::Sum { n, tasks }) => prop_assert!(n <= MAX_SUM_N && (1..=MAX_TASKS).contains(&tasks)),
                Ok(Workload::Sum64 { n }) => prop_assert!(n <= MAX_SUM64_N),
                Ok(Workload::Fib { n, cutoff }) => prop_assert!(u64::from(n) <= MAX_FIB_N && u64::from(cutoff) <= MAX_CUTOFF),
                Ok(Workload::FibThree { n }) => prop_assert!(u64::from(n) <= MAX_FIB_N),
                Ok(Workload::Contended { n }) => prop_assert!(n <= MAX_CONTENDED_N),
                Ok(Workload::Io { jobs, wait_ms }) => prop_assert!((1..=MAX_JOBS).contains(&u64::from(jobs)) && (1..=MAX_WAIT_MS).contains(&u64::from(wait_ms))),
                Ok(Workload::Mixed { jobs, wait_ms, n }) => prop_assert!(u64::from(jobs) <= MAX_JOBS && u64::from(wait_ms) <= MAX_WAIT_MS && u64::from(n) <= MAX_MIXED_N),
                Err(e) => prop_assert!(e.to_string().len() > 20, "too terse: {e}"),
            }
            if let Ok((reps, warmup, _)) = req.plan_numbers() {
                prop_assert!((1..=MAX_REPS).contains(&u64::from(reps)) && u64::from(warmup) <= MAX_WARMUP);
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
