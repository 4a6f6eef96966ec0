//! What every workload is measured with, whatever it computes: the timing
//! harness, the statistics of its samples, the task recorder of the timeline,
//! and the buffer of values the summing workloads read.

pub mod buffer;
pub mod measure;
pub mod stats;
pub mod timeline;
