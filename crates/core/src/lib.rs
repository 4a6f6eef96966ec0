//! The playground's core: every workload of the lesson as sibling functions
//! (sequential, concurrent, parallel), the registry that describes them, and
//! the measurement harness. Pure Rust on rayon: no wasm or browser crate is
//! imported here, so `cargo test` checks all of it natively, and the CLI and
//! the wasm bindings run exactly the same code.

pub mod contended;
pub mod estimate;
pub mod fib;
pub mod io;
pub mod measure;
pub mod overhead;
pub mod params;
pub mod record;
pub mod registry;
pub mod run;
pub mod stats;
pub mod sum;
pub mod timeline;

pub use params::{ParamError, Workload};
pub use estimate::{estimate, Estimate};
pub use record::{record, TimelineReport};
pub use run::{run, run_now, Env, RunReport, VariantReport};
