//! The playground's core: every workload of the lesson as sibling functions
//! (sequential, concurrent, parallel), the parameter limits, and the
//! measurement harness. Pure Rust on rayon: no wasm or browser crate is
//! imported here, so `cargo test` checks all of it natively, and the CLI and
//! the wasm bindings run exactly the same code.

pub mod contended;
pub mod fib;
pub mod io;
pub mod measure;
pub mod params;
pub mod run;
pub mod stats;
pub mod sum;
pub mod timeline;

pub use params::{ParamError, Workload};
pub use run::{record_timeline, record_timeline_async, run, run_async, RunReport, TimelineReport, VariantReport};
