//! The lesson's workloads, one module each, every one declared once.
//!
//! A module holds a workload's functions (sequential, concurrent, parallel
//! siblings), its parameters, and its declaration: a type that implements
//! [`Declared`] (its registry entry, how a request becomes it, its exact
//! answer, what a variant's settings mean), [`Model`] (its cost) and either
//! [`Computing`] or [`Waiting`] (the input it reads, what it records on the
//! timeline). Its variants are one `variants!` enum: each variant's id, label
//! and the very call that is timed, written once; the compiler checks every
//! `match` on it. The harness ([`mod@crate::run`], [`mod@crate::record`],
//! [`mod@crate::estimate`], [`crate::params`]) is generic over these traits.
//!
//! To add a workload: write its module (copy the closest one) and add its
//! line to the `workloads!` list below; the CLI, the wasm exports, the
//! registry the page reads and the Code view follow from the declaration.

use crate::harness::buffer::ValueBuffer;
use crate::harness::timeline::Recorder;
use crate::params::{ParamError, Values};
use crate::registry::{Param, VariantSpec, WorkloadSpec};
use futures_util::future::LocalBoxFuture;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

#[macro_use]
mod declare;

/// A real wait of `ms` that does not block the thread: a browser timer in the
/// page, a timer thread natively. Type-erased, so a variant's declaration
/// can name it without being generic over every caller's sleep.
pub type Sleep<'a> = &'a dyn Fn(f64) -> LocalBoxFuture<'static, ()>;

/// A workload's variants: the enum `variants!` generates, in the order they are measured.
pub trait Variants: Copy + Eq + std::fmt::Debug + 'static {
    const ALL: &'static [Self];
    /// The registry's entries, in the same order: id, label, the call that is timed.
    const SPECS: &'static [VariantSpec];
    fn spec(self) -> &'static VariantSpec;
}

/// What the registry and the request checker know of a workload.
pub trait Declared: Copy + std::fmt::Debug + 'static {
    /// Its entry in the registry (title, parameters, variants, policies).
    const SPEC: WorkloadSpec;
    type Variant: Variants;
    /// The workload a request asks for; each number is checked against its `Param`.
    fn parse(values: &Values<'_>) -> Result<Self, ParamError>;
    /// What variant `v`'s label means with these settings ("split while n > 20"), or "".
    fn detail(&self, _v: Self::Variant) -> String {
        String::new()
    }
}

/// What a run of a workload costs and answers, without running it.
pub trait Model {
    /// The exact answer every variant must return.
    fn expected(&self) -> u64;
    /// One round of every variant on one thread, in ms on a typical laptop core
    /// in wasm, on the slow side (the parallel ones are not assumed faster:
    /// the watchdog must not fire early).
    fn round_ms(&self) -> f64;
    /// True when `round_ms` follows from the request alone (timers, nothing computed).
    fn exact(&self) -> bool {
        false
    }
    /// Bytes of values the run keeps in memory.
    fn buffer_bytes(&self) -> u64 {
        0
    }
    /// The parameter to shrink, and its value, for a probe run about 16 times
    /// cheaper that calibrates the model on the visitor's device (None: no probe).
    fn probe(&self) -> Option<(&'static Param, u64)> {
        None
    }
}

/// A workload that computes: timed by the batched harness, never awaits.
pub trait Computing: Declared + Model {
    /// What every variant reads (the sum's values), prepared outside every timing.
    type Input<'a>: Copy;
    fn input<'a>(&self, buffer: &'a mut ValueBuffer) -> Self::Input<'a>;
    /// One call of variant `v`: the call that is timed.
    fn time(&self, v: Self::Variant, input: Self::Input<'_>) -> u64;
    /// One call of variant `v` with each task recorded on `o`; None for a
    /// variant the timeline does not show.
    fn record(&self, _v: Self::Variant, _input: Self::Input<'_>, _o: &Recorder) -> Option<u64> {
        None
    }
}

/// A workload that waits on timers: timed by the timer-driven harness.
pub trait Waiting: Declared + Model {
    /// One call of variant `v`: the future that is timed.
    fn time<'a>(&'a self, v: Self::Variant, sleep: Sleep<'a>) -> LocalBoxFuture<'a, u64>;
    /// One call of variant `v` with every wait and computation recorded on `o`.
    fn record<'a>(&'a self, _v: Self::Variant, _sleep: Sleep<'a>, _o: Arc<Recorder>) -> Option<LocalBoxFuture<'a, u64>> {
        None
    }
}

/// Something done with a workload whatever its type: see [`Workload::visit`].
pub trait Visit {
    type Out;
    fn computing<W: Computing>(self, w: &W) -> Self::Out;
    fn waiting<W: Waiting>(self, w: &W) -> Self::Out;
}

// The workloads, in the order the page and the CLI list them: each line is
// its module (`sum.rs`), its kind and its type.
workloads! {
    computing Sum(sum::Sum),
    computing Sum64(sum64::Sum64),
    computing Fib(fib::Fib),
    computing FibThree(fib_three::FibThree),
    waiting Io(io::Io),
    waiting Mixed(mixed::Mixed),
    computing Contended(contended::Contended),
    computing ManyTasks(many_tasks::ManyTasks),
    computing EqualJobs(equal_jobs::EqualJobs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::RunRequest;

    #[test]
    fn the_json_tag_of_every_workload_is_its_registry_id() {
        for spec in WORKLOADS {
            let w = RunRequest { workload: spec.id.into(), ..RunRequest::default() }.workload().unwrap();
            assert_eq!(w.spec().id, spec.id);
            let json = serde_json::to_value(w).unwrap();
            assert_eq!(json["workload"], spec.id, "{json}");
            assert_eq!(serde_json::from_value::<Workload>(json).unwrap(), w);
        }
    }

    #[test]
    fn every_variant_names_the_function_its_call_times() {
        for spec in WORKLOADS {
            for v in spec.variants {
                assert!(v.call.starts_with(&format!("{}(", v.function)) && v.call.ends_with(')'), "{}.{}: {v:?}", spec.id, v.id);
            }
        }
    }
}
