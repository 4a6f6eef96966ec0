//! `playground`: the playground's workloads run natively, on rayon pools of
//! the sizes you ask for.
//!
//! This is the native reference that browser numbers are held against: it
//! calls the very same `playground_core::run` as the wasm page
//! (same workloads, same harness, same limits and error messages), only on
//! real OS threads with `std::time::Instant`. If the page is much slower than
//! this, the gap is the browser's (wasm, workers, coarse timers), not the code's.
//!
//! One rayon pool is built per thread count, and one `ValueBuffer` is reused
//! across all of them, so filling the sum's values is never timed. The waiting
//! workloads run inside the pool too, on one extra worker that only drives
//! the waits (see `wait`), with timer-thread sleeps. Its arguments are
//! parsed by clap from the core's registry (see `args`). Prints a table, or
//! one JSON document with `--json`. Exit status: 0 when every result is
//! correct, 1 when one is not, 2 for bad arguments.

mod args;
mod wait;

use args::Options;
use playground_core::measure::InstantClock;
use playground_core::params::{group, ParamError};
use playground_core::registry::{WorkloadSpec, WARMUP};
use playground_core::buffer::ValueBuffer;
use playground_core::{Env, RunReport};
use std::process::ExitCode;

fn main() -> ExitCode {
    let available = std::thread::available_parallelism().map_or(1, |n| n.get());
    let opts = match args::parse(std::env::args_os().skip(1), available) {
        Ok(opts) => opts,
        Err(e) => {
            // Help and version go to stdout with status 0; mistakes to stderr with 2.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    // Check every number before any pool is built or any memory is filled.
    let checked = opts.request.workload().and_then(|w| Ok((w, opts.request.plan_numbers()?)));
    let (workload, (reps, warmup, min_total_ms)) = match checked {
        Ok(checked) => checked,
        Err(e) => return usage_error(&opts, &param_message(&e)),
    };
    let spec = workload.spec();
    if !opts.json {
        print_header(&opts, spec, reps, warmup, min_total_ms, available);
    }

    let clock = InstantClock::default();
    let mut buffer = ValueBuffer::default();
    let mut runs: Vec<RunReport> = Vec::new();
    for &threads in &opts.threads {
        let pool = match rayon::ThreadPoolBuilder::new().num_threads(wait::pool_size(threads, spec.waits)).build() {
            Ok(pool) => pool,
            Err(e) => {
                eprintln!("error: could not start a pool of {threads} threads: {e}. Try fewer threads.");
                return ExitCode::FAILURE;
            }
        };
        // The core picks the harness: computing workloads never await, waiting
        // ones park this worker in `block_on` while it drives the waits (see
        // `wait`). Either way the report counts the `threads` that compute.
        let result = pool
            .install(|| {
                let env = Env { clock: &clock, sleep: wait::sleep, pool: true, buffer: &mut buffer };
                futures_executor::block_on(playground_core::run(&opts.request, env))
            })
            .map(|report| RunReport { threads, ..report });
        let report = match result {
            Ok(report) => report,
            Err(e) => return usage_error(&opts, &param_message(&e)),
        };
        if !opts.json {
            print_rows(&report, runs.is_empty());
        }
        runs.push(report);
    }

    if opts.json {
        let doc = serde_json::json!({
            "machine": {
                "available_parallelism": available,
                "os": std::env::consts::OS,
                "arch": std::env::consts::ARCH,
            },
            "runs": runs,
        });
        println!("{}", serde_json::to_string_pretty(&doc).expect("a report always serialises"));
    } else {
        println!("\n> the headline variant; speedup: the first variant's median / that row's median.");
        if runs.iter().flat_map(|r| &r.variants).any(|v| v.summary.is_noisy()) {
            let more: Vec<String> = args::plan_params(spec).iter().filter(|p| p.name != WARMUP.name).map(|p| args::flag(p.name)).collect();
            println!("* noisy: the middle half of the samples spans over 25% of the median; rerun with more {}.", more.join(" or "));
        }
    }

    let mut all_correct = true;
    for run in &runs {
        for v in run.variants.iter().filter(|v| !v.correct) {
            eprintln!("WRONG on {} threads, {}: got {}, expected {}.", run.threads, v.label, v.value, v.expected);
            all_correct = false;
        }
    }
    if all_correct {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Bad arguments: the message, a pointer to the workload's `--help`, exit status 2.
fn usage_error(opts: &Options, message: &str) -> ExitCode {
    eprintln!("error: {message}\nRun `{} {} --help` for every option.", args::BIN, opts.request.workload);
    ExitCode::from(2)
}

/// The core's message, plus the flag that sets the offending number.
fn param_message(e: &ParamError) -> String {
    match e {
        ParamError::NotWhole { name, .. } | ParamError::OutOfRange { name, .. } => format!("{e} Set it with {}.", args::flag(name)),
        _ => e.to_string(),
    }
}

/// Two lines: what is measured, then with which numbers, how and where.
fn print_header(opts: &Options, spec: &WorkloadSpec, reps: u32, warmup: u32, min_total_ms: f64, available: usize) {
    println!("{}: {}", spec.title, spec.description);
    let settings: Vec<String> = spec
        .params
        .iter()
        .map(|p| {
            let value = opts.request.get(p.name).unwrap_or(p.default as f64);
            format!("{} = {}", p.name, group(value))
        })
        .collect();
    let pools: Vec<String> = opts.threads.iter().map(usize::to_string).collect();
    let sampling = if spec.waits {
        format!("{reps} samples per variant, each one full run, no warm-up")
    } else {
        format!("{reps} samples or more per variant after {warmup} warm-up, at least {min_total_ms} ms per pool")
    };
    println!(
        "{}; {sampling}; threads per pool: {}; {}/{} with {available} available\n",
        settings.join(", "),
        pools.join(", "),
        std::env::consts::OS,
        std::env::consts::ARCH,
    );
}

/// What a row calls a variant: the registry's label, then what this run's settings make of it.
fn variant_label(label: &str, detail: &str) -> String {
    if detail.is_empty() {
        label.to_owned()
    } else {
        format!("{label} ({detail})")
    }
}

/// One table row per variant of `report`, after the column titles when `titles`.
fn print_rows(report: &RunReport, titles: bool) {
    // Labels are prefixed "> " (the headline variant) or "  ".
    let labels: Vec<String> = report.variants.iter().map(|v| variant_label(v.label, &v.detail)).collect();
    let label_w = labels.iter().map(|l| l.chars().count() + 2).max().unwrap_or(0).max("  variant".len());
    let value_w = report.variants.iter().map(|v| v.value.len().max(v.expected.len())).max().unwrap_or(0).max("result".len());
    let row = |threads: &str, label: &str, value: &str, ok: &str, median: &str, iqr: &str, min: &str, samples: &str, speedup: &str| {
        let line = format!("{threads:>7}  {label:<label_w$}  {value:>value_w$}  {ok:<7}  {median:>10}  {iqr:>18}  {min:>10}  {samples:>7}  {speedup:>7}");
        println!("{}", line.trim_end());
    };
    if titles {
        row("threads", "  variant", "result", "correct", "median ms", "q1-q3 ms", "min ms", "samples", "speedup");
    }
    for (i, v) in report.variants.iter().enumerate() {
        let s = &v.summary;
        let noisy = if s.is_noisy() { "*" } else { "" };
        let mark = if v.name == report.main { ">" } else { " " };
        row(
            &report.threads.to_string(),
            &format!("{mark} {}", labels[i]),
            &v.value,
            if v.correct { "yes" } else { "NO" },
            &ms(s.median),
            &format!("{}-{}{noisy}", ms(s.q1), ms(s.q3)),
            &ms(s.min),
            &s.count.to_string(),
            // The first variant's median / this one's; the first row is the baseline.
            &if i == 0 { String::new() } else { format!("{:.2}x", v.speedup) },
        );
    }
}

/// Milliseconds to about three significant digits: 1234, 12.3, 0.634, 0.0000123.
fn ms(v: f64) -> String {
    let decimals = if v > 0.0 { (2.0 - v.log10().floor()).clamp(0.0, 7.0) as usize } else { 0 };
    format!("{v:.decimals$}")
}
