//! The one list of the lesson's experiments: for each workload its
//! parameters (range, default, the words that explain a limit), its variants
//! (key and the label a person reads), what it waits on, and how long a run
//! of it takes. Everything else reads this: request checking
//! ([`crate::params`]), the runner's labels ([`crate::run`]), the CLI's help
//! and parser, the wasm bindings' `registry()` and, through a module generated
//! from that at build time, every control, default and label of the page.
//!
//! To change an experiment, change it here; `cargo test`, the page's
//! catalog test and the CLI's help test say what else must follow.

use serde::Serialize;

/// One whole-number parameter of a workload or of the measurement plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Param {
    /// Key in requests, URLs and JSON (`wait_ms`); the CLI spells it `--wait-ms`.
    pub name: &'static str,
    /// What a person reads beside the control.
    pub label: &'static str,
    pub min: u64,
    pub max: u64,
    pub default: u64,
    /// Why the range is what it is: appended to an out-of-range message.
    pub why: &'static str,
}

impl Param {
    /// The same parameter with another default (a workload's own choice).
    const fn with_default(self, default: u64) -> Param {
        Param { default, ..self }
    }
    const fn labelled(self, label: &'static str) -> Param {
        Param { label, ..self }
    }
    const fn up_to(self, max: u64, why: &'static str) -> Param {
        Param { max, why, ..self }
    }
}

/// One version of a workload that the runner measures side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct VariantSpec {
    /// Stable key in reports ("seq", "par", "halves").
    pub id: &'static str,
    pub label: &'static str,
    /// Only measured where the pool has threads of its own.
    pub needs_threads: bool,
}

const fn variant(id: &'static str, label: &'static str) -> VariantSpec {
    VariantSpec { id, label, needs_threads: false }
}

/// Everything about one workload of the core.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WorkloadSpec {
    pub id: &'static str,
    pub title: &'static str,
    /// One line: what runs (CLI help, page tooltips).
    pub description: &'static str,
    pub params: &'static [Param],
    pub variants: &'static [VariantSpec],
    /// The variant the experiment is about where the pool has threads.
    pub main: &'static str,
    /// The headline variant without threads (the mixed experiment's pool variant is absent there).
    pub main_single: &'static str,
    /// How many independent tasks the headline variant has, where that is
    /// fixed (three jobs: never more than 3x, and 1.5x on two threads);
    /// None where the work splits into as many tasks as there are threads.
    pub tasks: Option<u32>,
    /// Waits on timers: measured by the timer-driven harness, exactly `reps` rounds, no warm-up.
    pub waits: bool,
    /// The task timeline can record it.
    pub timeline: bool,
    /// Offered in the thread sweep (computing workloads whose speed-up is the point).
    pub sweep: bool,
    /// Repetitions per variant when a request names none.
    pub default_reps: u64,
    /// Smaller settings that give a readable task timeline (a few dozen bars).
    pub timeline_preset: &'static [(&'static str, u64)],
    /// Settings for a thread sweep: one run per thread count, so a bit smaller.
    pub sweep_preset: &'static [(&'static str, u64)],
}

impl WorkloadSpec {
    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.params.iter().find(|p| p.name == name)
    }
    pub fn variant(&self, id: &str) -> Option<&'static VariantSpec> {
        self.variants.iter().find(|v| v.id == id)
    }
    /// The label of variant `id` (the id itself for an unknown one).
    pub fn label(&self, id: &str) -> &'static str {
        self.variant(id).map_or("unknown variant", |v| v.label)
    }
}

/// A card of the page: a workload, maybe with other defaults, maybe measured at several pool sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ExperimentSpec {
    pub id: &'static str,
    pub workload: &'static str,
    /// None: the workload's own title.
    pub title: Option<&'static str>,
    /// Defaults that differ from the workload's.
    pub defaults: &'static [(&'static str, u64)],
    /// Pool sizes it is measured at: None for the slider's, else a rule the page applies to the device.
    pub sweep: Option<&'static str>,
}

// --- parameters -----------------------------------------------------------

const MEMORY_U32: &str = "The values are kept in wasm memory, 4 bytes each, and the threaded engine asks the browser for at most 1 GiB (phones refuse more).";
const MEMORY_U64: &str = "The values are kept in wasm memory, 8 bytes each, and the threaded engine asks the browser for at most 1 GiB (phones refuse more).";
const FIB_WHY: &str = "Each step up multiplies the time by about 1.6; fib(45) already takes seconds.";

/// The sum's n: 4 bytes a value, 800 MB of the 1 GiB the threaded module declares (scripts/wasm-flags.sh).
pub const SUM_N: Param = Param { name: "n", label: "n, how many numbers", min: 0, max: 200_000_000, default: 20_000_000, why: MEMORY_U32 };
pub const SUM64_N: Param = SUM_N.up_to(100_000_000, MEMORY_U64);
pub const TASKS: Param = Param { name: "tasks", label: "tasks (chunks)", min: 1, max: 1_000_000, default: 64, why: "Each task sums one chunk of the numbers." };
/// fib(45) already takes seconds per call.
pub const FIB_N: Param = Param { name: "n", label: "n", min: 0, max: 45, default: 35, why: FIB_WHY };
/// Three fib(n) in a row: three steps fewer than fib alone keeps it as long.
pub const FIB_THREE_N: Param = FIB_N.up_to(42, FIB_WHY).with_default(32);
pub const CUTOFF: Param = Param {
    name: "cutoff",
    label: "cutoff",
    min: 0,
    max: 64,
    default: 20,
    why: "Below the cutoff the recursion runs sequentially; 0 splits every call into tasks, and past 64 nothing ever splits.",
};
pub const CONTENDED_N: Param = SUM_N.up_to(10_000_000, "Every addition takes a lock, so large n takes very long.").with_default(1_000_000);
pub const JOBS: Param = Param { name: "jobs", label: "requests", min: 1, max: 20, default: 3, why: "Each job is one simulated request." };
pub const WAIT_MS: Param = Param { name: "wait_ms", label: "wait (ms)", min: 1, max: 2_000, default: 200, why: "Each wait stands for one network round trip." };
pub const MIXED_N: Param = FIB_N.up_to(38, FIB_WHY).with_default(32).labelled("fib n");

/// Samples per variant, at least.
pub const REPS: Param = Param { name: "reps", label: "repetitions", min: 1, max: 100, default: 5, why: "More repetitions give a steadier median but take longer." };
/// Uncounted calls per variant before sampling.
pub const WARMUP: Param = Param { name: "warmup", label: "warm-up calls", min: 0, max: 10, default: 1, why: "Warm-up calls are not counted." };
/// The harness keeps sampling at least this long.
pub const MIN_TOTAL_MS: Param = Param { name: "min_total_ms", label: "minimum sampling time (ms)", min: 0, max: 60_000, default: 200, why: "The harness samples at least this long." };
/// The measurement plan's parameters, common to every workload.
pub const PLAN_PARAMS: [Param; 3] = [REPS, WARMUP, MIN_TOTAL_MS];

// --- workloads ------------------------------------------------------------

pub const WORKLOADS: &[WorkloadSpec] = &[
    WorkloadSpec {
        id: "sum",
        title: "Summing numbers",
        description: "sum of n values in memory: one loop, two halves, rayon par_iter, `tasks` chunks",
        params: &[SUM_N, TASKS],
        variants: &[
            variant("seq", "Sequential: one loop"),
            variant("halves", "Two halves, two tasks"),
            variant("par", "rayon par_iter"),
            variant("chunks", "Your number of tasks"),
        ],
        main: "par",
        main_single: "par",
        tasks: None,
        waits: false,
        timeline: true,
        sweep: true,
        default_reps: 5,
        timeline_preset: &[("n", 20_000_000), ("tasks", 8)],
        sweep_preset: &[],
    },
    WorkloadSpec {
        id: "sum64",
        title: "Summing wide numbers",
        description: "sum of n u64 values in memory (twice the bytes of sum): one loop, rayon par_iter",
        params: &[SUM64_N],
        variants: &[variant("seq", "Sequential: one loop over u64"), variant("par", "rayon par_iter over u64")],
        main: "par",
        main_single: "par",
        tasks: None,
        waits: false,
        timeline: false,
        sweep: false,
        default_reps: 5,
        timeline_preset: &[],
        sweep_preset: &[],
    },
    WorkloadSpec {
        id: "fib",
        title: "One job, split recursively",
        description: "naive recursive fib(n), split with rayon::join above the cutoff",
        params: &[FIB_N, CUTOFF],
        variants: &[variant("seq", "Sequential: plain recursion"), variant("par", "rayon::join above the cutoff")],
        main: "par",
        main_single: "par",
        tasks: None,
        waits: false,
        timeline: true,
        sweep: true,
        default_reps: 5,
        timeline_preset: &[("n", 30), ("cutoff", 22)],
        sweep_preset: &[("n", 34)],
    },
    WorkloadSpec {
        id: "fib_three",
        title: "Three independent CPU-bound jobs",
        description: "three independent fib(n) jobs: one after another, then as three tasks",
        params: &[FIB_THREE_N],
        variants: &[variant("seq", "Three jobs in a row"), variant("par", "Three concurrent tasks")],
        main: "par",
        main_single: "par",
        tasks: Some(3),
        waits: false,
        timeline: true,
        sweep: true,
        default_reps: 5,
        timeline_preset: &[("n", 30)],
        sweep_preset: &[("n", 30)],
    },
    WorkloadSpec {
        id: "io",
        title: "Waiting for the network",
        description: "`jobs` simulated requests of `wait_ms` each: one after another, then all at once on one thread",
        params: &[JOBS, WAIT_MS],
        variants: &[variant("seq", "One request after another"), variant("concurrent", "All at once, one thread")],
        main: "concurrent",
        main_single: "concurrent",
        tasks: None,
        waits: true,
        timeline: true,
        sweep: false,
        default_reps: 3,
        timeline_preset: &[("jobs", 3), ("wait_ms", 50)],
        sweep_preset: &[],
    },
    WorkloadSpec {
        id: "mixed",
        title: "Waiting and computing",
        description: "`jobs` jobs that each wait, compute fib(n), wait again: in a row, concurrent on one thread, computing on the pool",
        params: &[JOBS.labelled("jobs"), WAIT_MS.with_default(50), MIXED_N],
        variants: &[
            variant("seq", "One job after another"),
            variant("concurrent", "Concurrent, computing here"),
            VariantSpec { id: "parallel", label: "Concurrent, computing on the pool", needs_threads: true },
        ],
        main: "parallel",
        main_single: "concurrent",
        tasks: None,
        waits: true,
        timeline: true,
        sweep: false,
        default_reps: 3,
        timeline_preset: &[("jobs", 3), ("wait_ms", 20), ("n", 30)],
        sweep_preset: &[],
    },
    WorkloadSpec {
        id: "contended",
        title: "Everyone through one lock",
        description: "sum of n values with every addition through one shared Mutex or one atomic",
        params: &[CONTENDED_N],
        variants: &[
            variant("seq", "Sequential, nothing shared"),
            variant("lock", "Parallel, one Mutex"),
            variant("atomic", "Parallel, one atomic"),
        ],
        main: "lock",
        main_single: "lock",
        tasks: None,
        waits: false,
        timeline: false,
        sweep: true,
        default_reps: 5,
        timeline_preset: &[],
        sweep_preset: &[("n", 200_000)],
    },
];

/// The page's cards, in the order they appear.
pub const EXPERIMENTS: &[ExperimentSpec] = &[
    ExperimentSpec { id: "sum", workload: "sum", title: None, defaults: &[], sweep: None },
    ExperimentSpec { id: "fib", workload: "fib", title: None, defaults: &[], sweep: None },
    ExperimentSpec { id: "fib_three", workload: "fib_three", title: None, defaults: &[], sweep: None },
    ExperimentSpec { id: "io", workload: "io", title: None, defaults: &[], sweep: None },
    ExperimentSpec { id: "mixed", workload: "mixed", title: None, defaults: &[], sweep: None },
    ExperimentSpec { id: "contended", workload: "contended", title: None, defaults: &[], sweep: None },
    ExperimentSpec { id: "oversubscribe", workload: "fib", title: Some("More threads than cores"), defaults: &[("n", 34)], sweep: Some("oversubscribe") },
    ExperimentSpec { id: "one_vs_k", workload: "fib_three", title: Some("Same code, one thread or many"), defaults: &[], sweep: Some("one_vs_k") },
    // Three equal jobs on two threads (rayon runs each task to completion: the third job runs
    // alone, 1.5x) against three threads on two cores (the OS time-slices them: close to 2x).
    ExperimentSpec { id: "time_slicing", workload: "fib_three", title: Some("Run to completion or time slicing"), defaults: &[("n", 36)], sweep: Some("time_slicing") },
];

/// The workload called `id`.
pub fn workload(id: &str) -> Option<&'static WorkloadSpec> {
    WORKLOADS.iter().find(|w| w.id == id)
}

/// Every workload's id, for messages that list them.
pub fn workload_ids() -> Vec<&'static str> {
    WORKLOADS.iter().map(|w| w.id).collect()
}

/// Every parameter name any workload takes.
pub fn all_param_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for p in WORKLOADS.iter().flat_map(|w| w.params) {
        if !names.contains(&p.name) {
            names.push(p.name);
        }
    }
    names
}

/// Policies of the page that follow from the workloads' costs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Policy {
    /// Runs estimated above this ask before they start.
    pub confirm_above_ms: f64,
    /// A run asked for by an embedding page that needs more buffer than this waits for a click.
    pub embed_click_above_bytes: u64,
    /// Value buffers larger than this are given back (the worker restarted) once idle this long.
    pub release_above_bytes: u64,
    pub release_after_idle_ms: f64,
    /// The watchdog never fires sooner than this.
    pub watchdog_floor_ms: f64,
}

pub const POLICY: Policy = Policy {
    confirm_above_ms: 8_000.0,
    embed_click_above_bytes: 100_000_000,
    release_above_bytes: 200_000_000,
    release_after_idle_ms: 30_000.0,
    watchdog_floor_ms: 60_000.0,
};

/// Everything the page and the CLI read, as one serialisable value.
#[derive(Debug, Clone, Serialize)]
pub struct Registry {
    pub workloads: &'static [WorkloadSpec],
    pub experiments: &'static [ExperimentSpec],
    pub plan: [Param; 3],
    pub policy: Policy,
}

pub fn registry() -> Registry {
    Registry { workloads: WORKLOADS, experiments: EXPERIMENTS, plan: PLAN_PARAMS, policy: POLICY }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_is_inside_its_range_and_every_workload_is_complete() {
        for w in WORKLOADS {
            assert!(!w.variants.is_empty(), "{}", w.id);
            assert!(w.variant(w.main).is_some() && w.variant(w.main_single).is_some(), "{}", w.id);
            assert!(!w.variant(w.main_single).unwrap().needs_threads, "{}", w.id);
            assert!((REPS.min..=REPS.max).contains(&w.default_reps));
            for p in w.params {
                assert!(p.min <= p.default && p.default <= p.max, "{}.{}", w.id, p.name);
                assert!(p.why.ends_with('.'), "{}.{}", w.id, p.name);
            }
            for (name, value) in w.timeline_preset.iter().chain(w.sweep_preset) {
                let p = w.param(name).unwrap_or_else(|| panic!("{}: preset names {name}", w.id));
                assert!((p.min..=p.max).contains(value), "{}.{name}", w.id);
            }
            assert_eq!(w.timeline, !w.timeline_preset.is_empty(), "{}", w.id);
        }
        for e in EXPERIMENTS {
            let w = workload(e.workload).unwrap();
            for (name, value) in e.defaults {
                let p = w.param(name).unwrap();
                assert!((p.min..=p.max).contains(value), "{}.{name}", e.id);
            }
        }
    }

    #[test]
    fn ids_are_unique() {
        let mut ids = workload_ids();
        ids.dedup();
        assert_eq!(ids.len(), WORKLOADS.len());
        let mut exps: Vec<_> = EXPERIMENTS.iter().map(|e| e.id).collect();
        exps.sort_unstable();
        exps.dedup();
        assert_eq!(exps.len(), EXPERIMENTS.len());
    }
}
