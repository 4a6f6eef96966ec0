//! The registry: everything the page, the CLI and the checks read about the
//! lesson's experiments, as one serialisable value. Each workload's entry
//! ([`WorkloadSpec`]: parameters with range, default and the words that
//! explain a limit; variants with key and label; what it waits on; its
//! presets) is declared in its own module under [`crate::workloads`]; this
//! module holds the shapes, the measurement plan's parameters, the page's
//! cards ([`EXPERIMENTS`]) and its policies. The wasm bindings' `registry()`
//! and the native `playground-registry` both serialise [`registry`], and the
//! page's `www/registry.js` is generated from that at build time.

use crate::workloads::contended::Contended;
use crate::workloads::fib::{Fib, FIB_N};
use crate::workloads::equal_jobs::{EqualJobs, EQUAL_N};
use crate::workloads::fib_three::FibThree;
use crate::workloads::io::Io;
use crate::workloads::many_tasks::{ManyTasks, MANY_JOBS, MANY_N};
use crate::workloads::mixed::Mixed;
use crate::workloads::sum::Sum;
use crate::workloads::Declared;
use serde::Serialize;

pub use crate::workloads::WORKLOADS;

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
    pub const fn with_default(self, default: u64) -> Param {
        Param { default, ..self }
    }
    pub const fn labelled(self, label: &'static str) -> Param {
        Param { label, ..self }
    }
    /// The same parameter with a lower limit, and the reason for it.
    pub const fn up_to(self, max: u64, why: &'static str) -> Param {
        Param { max, why, ..self }
    }
}

/// One version of a workload that the runner measures side by side, as its
/// `variants!` declaration writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct VariantSpec {
    /// Stable key in reports ("seq", "par", "halves").
    pub id: &'static str,
    pub label: &'static str,
    /// Only measured where the pool has threads of its own.
    pub needs_threads: bool,
    /// The function the timed call calls (the page's Code view starts there).
    pub function: &'static str,
    /// The timed call, as the declaration writes it: `fib_join(n, cutoff)`.
    pub call: &'static str,
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

// --- the measurement plan (each workload's own parameters are in its module) ---

/// Samples per variant, at least.
pub const REPS: Param = Param { name: "reps", label: "repetitions", min: 1, max: 100, default: 5, why: "More repetitions give a steadier median but take longer." };
/// Uncounted calls per variant before sampling.
pub const WARMUP: Param = Param { name: "warmup", label: "warm-up calls", min: 0, max: 10, default: 1, why: "Warm-up calls are not counted." };
/// The harness keeps sampling at least this long.
pub const MIN_TOTAL_MS: Param = Param { name: "min_total_ms", label: "minimum sampling time (ms)", min: 0, max: 60_000, default: 200, why: "The harness samples at least this long." };
/// The measurement plan's parameters, common to every workload.
pub const PLAN_PARAMS: [Param; 3] = [REPS, WARMUP, MIN_TOTAL_MS];

/// The page's cards, in the order they appear.
pub const EXPERIMENTS: &[ExperimentSpec] = &[
    ExperimentSpec::card(Sum::SPEC),
    ExperimentSpec::card(Fib::SPEC),
    ExperimentSpec::card(FibThree::SPEC),
    ExperimentSpec::card(Io::SPEC),
    ExperimentSpec::card(Mixed::SPEC),
    ExperimentSpec::card(Contended::SPEC),
    // The lesson's fintech story: 1000 tasks of about 1 ms against one task per thread.
    ExperimentSpec::card(ManyTasks::SPEC),
    // The same with tasks of about 20 us, and many more of them: where a task's own cost starts to show.
    ExperimentSpec { id: "many_small", workload: ManyTasks::SPEC.id, title: Some("What a task costs: tasks of 20 µs"), defaults: &[(MANY_JOBS.name, 20_000), (MANY_N.name, 21)], sweep: None },
    ExperimentSpec { id: "oversubscribe", workload: Fib::SPEC.id, title: Some("More threads than cores"), defaults: &[(FIB_N.name, 34)], sweep: Some("oversubscribe") },
    ExperimentSpec { id: "one_vs_k", workload: FibThree::SPEC.id, title: Some("Same code, one thread or many"), defaults: &[], sweep: Some("one_vs_k") },
    // One more long job than the pool of `cores` threads has threads (rayon runs each task to
    // completion: two rounds) against a thread per job (the OS time-slices them over the cores).
    // The page sets the job count from the cores (www/time-slicing.js).
    ExperimentSpec { id: "time_slicing", workload: EqualJobs::SPEC.id, title: Some("Run to completion or time slicing"), defaults: &[(EQUAL_N.name, 36)], sweep: Some("time_slicing") },
];

impl ExperimentSpec {
    /// The card of a workload as it is: its own title and defaults, at the slider's pool size.
    const fn card(w: WorkloadSpec) -> ExperimentSpec {
        ExperimentSpec { id: w.id, workload: w.id, title: None, defaults: &[], sweep: None }
    }
}

/// The workload called `id`.
pub fn workload(id: &str) -> Option<&'static WorkloadSpec> {
    WORKLOADS.iter().find(|w| w.id == id)
}

/// Every workload's id, for messages that list them.
pub fn workload_ids() -> Vec<&'static str> {
    WORKLOADS.iter().map(|w| w.id).collect()
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
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), WORKLOADS.len());
        let mut exps: Vec<_> = EXPERIMENTS.iter().map(|e| e.id).collect();
        exps.sort_unstable();
        exps.dedup();
        assert_eq!(exps.len(), EXPERIMENTS.len());
    }
}
