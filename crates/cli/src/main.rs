//! `playground`: the playground's workloads run natively, on rayon pools of
//! the sizes you ask for.
//!
//! This is the native reference that browser numbers are held against: it
//! calls the very same `playground_core::run` as the wasm page (same
//! workloads, same harness, same limits and error messages), only on real OS
//! threads with `std::time::Instant`. If the page is much slower than this,
//! the gap is the browser's (wasm, workers, coarse timers), not the code's.
//!
//! One rayon pool is built per thread count, and one `ValueBuffer` is reused
//! across all of them, so filling the sum's values is never timed. Prints a
//! table, or one JSON document with `--json`. Exit status: 0 when every
//! result is correct, 1 when one is not, 2 for bad arguments.

mod args;

use args::{Command, Options};
use playground_core::measure::InstantClock;
use playground_core::params::ParamError;
use playground_core::sum::ValueBuffer;
use playground_core::{RunReport, Workload};
use std::process::ExitCode;

fn main() -> ExitCode {
    let available = std::thread::available_parallelism().map_or(1, |n| n.get());
    let opts = match args::parse(std::env::args().skip(1), available) {
        Ok(Command::Help) => {
            print!("{}", args::USAGE);
            return ExitCode::SUCCESS;
        }
        Ok(Command::Run(opts)) => opts,
        Err(message) => return usage_error(&message),
    };
    // Check every number before any pool is built or any memory is filled.
    let checked = opts.request.workload().and_then(|w| Ok((w, opts.request.plan_numbers()?)));
    let (workload, (reps, warmup, min_total_ms)) = match checked {
        Ok(checked) => checked,
        Err(e) => return usage_error(&param_message(&e)),
    };
    if !opts.json {
        print_header(&opts, workload, reps, warmup, min_total_ms, available);
    }

    let clock = InstantClock::default();
    let mut buffer = ValueBuffer::default();
    let mut runs: Vec<RunReport> = Vec::new();
    for &threads in &opts.threads {
        let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
            Ok(pool) => pool,
            Err(e) => {
                eprintln!("error: could not start a pool of {threads} threads: {e}. Try fewer threads.");
                return ExitCode::FAILURE;
            }
        };
        let report = match pool.install(|| playground_core::run(&opts.request, &clock, &mut buffer)) {
            Ok(report) => report,
            Err(e) => return usage_error(&param_message(&e)),
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
    } else if runs.iter().flat_map(|r| &r.variants).any(|v| v.summary.is_noisy()) {
        println!("\n* noisy: the middle half of the samples spans over 25% of the median; rerun with more --reps or --min-total-ms.");
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

/// Bad arguments: the message, a pointer to `--help`, exit status 2.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}\nRun `playground --help` for every option.");
    ExitCode::from(2)
}

/// The core's message, plus the flag that sets the offending number.
fn param_message(e: &ParamError) -> String {
    match e {
        ParamError::NotWhole { name, .. } | ParamError::OutOfRange { name, .. } => {
            format!("{e} Set it with --{}.", name.replace('_', "-"))
        }
        _ => e.to_string(),
    }
}

/// Two lines on what is measured and where.
fn print_header(opts: &Options, workload: Workload, reps: u32, warmup: u32, min_total_ms: f64, available: usize) {
    match workload {
        Workload::Fib { n, cutoff } => println!("fib({n}), split with rayon::join above n = {cutoff}"),
        Workload::Sum { n } => println!("sum of {n} values held in memory"),
    }
    let pools: Vec<String> = opts.threads.iter().map(usize::to_string).collect();
    println!(
        "{} samples or more per variant after {warmup} warm-up, at least {min_total_ms} ms per pool; threads per pool: {}; {}/{} with {available} available\n",
        reps,
        pools.join(", "),
        std::env::consts::OS,
        std::env::consts::ARCH,
    );
}

/// One table row per variant of `report`, after the column titles when `titles`.
fn print_rows(report: &RunReport, titles: bool) {
    let label_w = report.variants.iter().map(|v| v.label.len()).max().unwrap_or(0).max("variant".len());
    let value_w = report.variants.iter().map(|v| v.value.len().max(v.expected.len())).max().unwrap_or(0).max("result".len());
    let row = |threads: &str, label: &str, value: &str, ok: &str, median: &str, iqr: &str, min: &str, samples: &str, speedup: &str| {
        let line = format!("{threads:>7}  {label:<label_w$}  {value:>value_w$}  {ok:<7}  {median:>10}  {iqr:>18}  {min:>10}  {samples:>7}  {speedup:>7}");
        println!("{}", line.trim_end());
    };
    if titles {
        row("threads", "variant", "result", "correct", "median ms", "q1-q3 ms", "min ms", "samples", "speedup");
    }
    for (i, v) in report.variants.iter().enumerate() {
        let s = &v.summary;
        let noisy = if s.is_noisy() { "*" } else { "" };
        row(
            &report.threads.to_string(),
            &v.label,
            &v.value,
            if v.correct { "yes" } else { "NO" },
            &ms(s.median),
            &format!("{}-{}{noisy}", ms(s.q1), ms(s.q3)),
            &ms(s.min),
            &s.count.to_string(),
            // Sequential median / parallel median, on the parallel row.
            &if i == 0 { String::new() } else { format!("{:.2}x", report.speedup) },
        );
    }
}

/// Milliseconds to about three significant digits: 1234, 12.3, 0.634, 0.0000123.
fn ms(v: f64) -> String {
    let decimals = if v > 0.0 { (2.0 - v.log10().floor()).clamp(0.0, 7.0) as usize } else { 0 };
    format!("{v:.decimals$}")
}
