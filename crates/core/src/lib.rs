//! The playground's core: every workload of the lesson as sibling functions
//! (sequential, concurrent, parallel), each declared once in its module under
//! [`workloads`]; the registry that describes them; and the harness that
//! measures, records and estimates any of them. Pure Rust on rayon: no wasm
//! or browser crate is imported here, so `cargo test` checks all of it
//! natively, and the CLI and the wasm bindings run exactly the same code.

pub mod estimate;
pub mod harness;
pub mod overhead;
pub mod params;
pub mod record;
pub mod registry;
pub mod run;
pub mod workloads;

// The harness's modules by their short names (`playground_core::measure::Clock`).
pub use harness::{buffer, measure, stats, timeline};

pub use estimate::{estimate, Estimate};
pub use params::{ParamError, RunRequest};
pub use record::{record, TimelineReport};
pub use run::{run, run_now, Env, RunReport, VariantReport};
pub use workloads::Workload;
