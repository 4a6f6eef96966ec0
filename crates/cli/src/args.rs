//! The command line, parsed by hand: one workload name, a few `--flag value`
//! options, and `--json`. Numbers are read as plain `f64` and handed to the
//! core unchecked, so the CLI refuses exactly what the page refuses, with the
//! same words. Checked here: the thread list, and that every flag given
//! applies to the workload named (a flag that would be ignored is refused).

use playground_core::params::{RunRequest, WORKLOADS};

pub const USAGE: &str = "\
playground: the playground's workloads run natively, the reference that browser numbers are held against.

Usage:
  playground sum       [--n 10000000] [--tasks 64]        [OPTIONS]
  playground fib       [--n 32] [--cutoff 20]             [OPTIONS]
  playground fib_three [--n 30]                           [OPTIONS]
  playground contended [--n 1000000]                      [OPTIONS]
  playground io        [--jobs 3] [--wait-ms 200]         [OPTIONS]
  playground mixed     [--jobs 3] [--wait-ms 200] [--n 25] [OPTIONS]

Workloads:
  sum         sum of n values in memory: one loop, two halves, rayon par_iter, `tasks` chunks
  fib         naive recursive fib(n), split with rayon::join above the cutoff
  fib_three   three independent fib(n) jobs: one after another, then as three tasks
  contended   sum of 0..n with every addition through one shared Mutex or one atomic
  io          `jobs` simulated requests of `wait-ms` each: one after another, then all at once
  mixed       `jobs` jobs that each wait, compute fib(n), wait again: sequential,
              concurrent on one thread, concurrent with the computing on the pool

Workload parameters (each only for the workloads named):
  --n N               sum: values to sum (0 to 200,000,000); fib: argument (0 to 45);
                      fib_three: argument (0 to 42); contended: values (0 to 10,000,000);
                      mixed: fib argument per job (0 to 38). Not for io.
  --tasks T           sum: chunks for the chunked variant (1 to 1,000,000, default 64)
  --cutoff C          fib: below this n the recursion stops splitting (0 to 64, default 20)
  --jobs J            io, mixed: simulated requests (1 to 20, default 3)
  --wait-ms MS        io, mixed: each wait, in ms (1 to 2,000, default 200)

Options:
  --threads LIST      comma-separated rayon pool sizes, like 1,2,4
                      (default 1,<available cores>; io: 1, it runs on one thread anyway).
                      io, mixed: one more thread drives the waits and never computes
  --reps R            samples per variant, at least (1 to 100, default 5); io and mixed take exactly R
  --warmup W          uncounted calls per variant first (0 to 10, default 1); not for io, mixed
  --min-total-ms MS   keep sampling until this many ms have passed (0 to 60,000, default 200);
                      not for io, mixed
  --json              print one JSON document instead of the table
  -h, --help          print this help

The table marks the headline variant with `>`; speedup is the first variant's median
divided by that row's median.
Numbers may be written 1e8 or 100_000_000.
Exit status: 0 all results correct, 1 a result was wrong, 2 bad arguments.

Examples:
  cargo run --release -p playground-cli -- fib --n 36 --cutoff 20 --threads 1,2,4
  cargo run --release -p playground-cli -- mixed --jobs 4 --wait-ms 100 --n 32 --threads 1,4
";

/// The most threads one pool may have: far past any machine this runs on.
pub const MAX_THREADS: usize = 1024;

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Help,
    Run(Options),
}

/// A run: the request for the core (still unchecked), the pool sizes, the output form.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub request: RunRequest,
    pub threads: Vec<usize>,
    pub json: bool,
}

/// Parses the arguments after the program name. `available` is the machine's
/// parallelism, for the default thread list. Errors say how to fix the call.
pub fn parse(args: impl IntoIterator<Item = String>, available: usize) -> Result<Command, String> {
    let mut request = RunRequest::default();
    let mut workload: Option<String> = None;
    let mut threads = None;
    let mut json = false;
    let args: Vec<String> = args.into_iter().collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        return Ok(Command::Help);
    }
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let Some(flag) = arg.strip_prefix("--") else {
            if arg.starts_with('-') {
                return Err(format!("Unknown option \"{arg}\". Options start with two dashes, like --n 32."));
            }
            if let Some(first) = &workload {
                return Err(format!("Two workloads given, \"{first}\" and \"{arg}\". Name one of: {}.", WORKLOADS.join(", ")));
            }
            workload = Some(arg);
            continue;
        };
        // Both `--n 32` and `--n=32`.
        let (name, inline) = match flag.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (flag, None),
        };
        if name == "json" {
            if inline.is_some() {
                return Err("--json takes no value: write just --json.".into());
            }
            json = true;
            continue;
        }
        let slot = match name {
            "n" => &mut request.n,
            "cutoff" => &mut request.cutoff,
            "tasks" => &mut request.tasks,
            "jobs" => &mut request.jobs,
            "wait-ms" => &mut request.wait_ms,
            "reps" => &mut request.reps,
            "warmup" => &mut request.warmup,
            "min-total-ms" => &mut request.min_total_ms,
            "threads" => {
                let value = inline.or_else(|| args.next()).ok_or("--threads needs a value, like --threads 1,2,4.")?;
                threads = Some(parse_threads(&value)?);
                continue;
            }
            _ => return Err(format!("Unknown option \"--{name}\". See the options listed by --help.")),
        };
        let value = inline.or_else(|| args.next()).ok_or_else(|| format!("--{name} needs a value, like --{name} 20."))?;
        *slot = Some(parse_number(name, &value)?);
    }
    let workload = workload.ok_or_else(|| format!("Name a workload first: one of {}, like `playground fib --n 32`.", WORKLOADS.join(", ")))?;
    // Refuse a flag the named workload ignores, rather than ignore it silently.
    // An unknown workload is left to the core, which names the known ones.
    if WORKLOADS.contains(&workload.as_str()) {
        let waits = matches!(workload.as_str(), "io" | "mixed");
        let given = [
            ("cutoff", request.cutoff.is_some(), workload == "fib", "only to fib"),
            ("tasks", request.tasks.is_some(), workload == "sum", "only to sum"),
            ("jobs", request.jobs.is_some(), waits, "only to io and mixed"),
            ("wait-ms", request.wait_ms.is_some(), waits, "only to io and mixed"),
            ("n", request.n.is_some(), workload != "io", "to every workload but io (io computes nothing)"),
            ("warmup", request.warmup.is_some(), !waits, "only to the computing workloads (io and mixed take exactly --reps samples)"),
            ("min-total-ms", request.min_total_ms.is_some(), !waits, "only to the computing workloads (io and mixed take exactly --reps samples)"),
        ];
        if let Some((flag, _, _, scope)) = given.iter().find(|(_, set, applies, _)| *set && !applies) {
            return Err(format!("--{flag} applies {scope}, not to {workload}. Remove it."));
        }
    }
    let default_n = match workload.as_str() {
        "fib" => Some(32.0),
        "sum" | "sum64" => Some(10_000_000.0),
        "fib_three" => Some(30.0),
        "contended" => Some(1_000_000.0),
        "mixed" => Some(25.0),
        _ => None,
    };
    request.n = request.n.or(default_n);
    let threads = threads.unwrap_or_else(|| {
        let mut t = if workload == "io" { vec![1] } else { vec![1, available.max(1)] };
        t.dedup();
        t
    });
    request.workload = workload;
    Ok(Command::Run(Options { request, threads, json }))
}

/// A number as typed: `32`, `1e8`, `100_000_000`. Range checks are the core's.
fn parse_number(name: &str, text: &str) -> Result<f64, String> {
    text.replace('_', "")
        .parse::<f64>()
        .map_err(|_| format!("--{name} expects a number, not \"{text}\". Write it like 32, 1e8 or 100_000_000."))
}

/// `1,2,4` into pool sizes, each from 1 to `MAX_THREADS`.
fn parse_threads(text: &str) -> Result<Vec<usize>, String> {
    let bad = || format!("--threads expects pool sizes from 1 to {MAX_THREADS} separated by commas, like 1,2,4; not \"{text}\".");
    text.split(',')
        .map(|part| match part.trim().parse::<usize>() {
            Ok(k) if (1..=MAX_THREADS).contains(&k) => Ok(k),
            _ => Err(bad()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(line: &str) -> Result<Options, String> {
        match parse(line.split_whitespace().map(String::from), 8)? {
            Command::Run(o) => Ok(o),
            Command::Help => panic!("unexpected help for {line:?}"),
        }
    }

    #[test]
    fn defaults_fill_in_per_workload() {
        let fib = run("fib").unwrap();
        assert_eq!((fib.request.workload.as_str(), fib.request.n, fib.request.cutoff), ("fib", Some(32.0), None));
        assert_eq!(fib.threads, [1, 8]);
        assert!(!fib.json);
        assert_eq!(run("sum").unwrap().request.n, Some(1e7));
        assert_eq!(run("fib_three").unwrap().request.n, Some(30.0));
        assert_eq!(run("contended").unwrap().request.n, Some(1e6));
        assert_eq!(run("mixed").unwrap().request.n, Some(25.0));
        let io = run("io").unwrap();
        assert_eq!((io.request.n, io.request.jobs, io.request.wait_ms), (None, None, None));
        assert_eq!(io.threads, [1], "io runs on one thread whatever the pool");
        assert_eq!(run("io --threads 1,4").unwrap().threads, [1, 4]);
        let one_core = parse(["sum".to_owned()], 1).unwrap();
        assert!(matches!(one_core, Command::Run(o) if o.threads == [1]));
    }

    #[test]
    fn every_flag_in_both_spellings() {
        let o = run("--json fib --n=36 --cutoff 18 --threads 1,2,4 --reps 7 --warmup=0 --min-total-ms 1_000").unwrap();
        let r = &o.request;
        assert_eq!((r.n, r.cutoff, r.reps, r.warmup, r.min_total_ms), (Some(36.0), Some(18.0), Some(7.0), Some(0.0), Some(1000.0)));
        assert_eq!(o.threads, [1, 2, 4]);
        assert!(o.json);
        assert_eq!(run("sum --n 1e30").unwrap().request.n, Some(1e30));
        assert_eq!(run("sum --tasks=7").unwrap().request.tasks, Some(7.0));
        let m = run("mixed --jobs 4 --wait-ms=50 --n 30").unwrap().request;
        assert_eq!((m.jobs, m.wait_ms, m.n), (Some(4.0), Some(50.0), Some(30.0)));
    }

    #[test]
    fn help_wins_anywhere() {
        assert_eq!(parse(["fib", "--n", "x", "--help"].map(String::from), 2), Ok(Command::Help));
        assert_eq!(parse(["fib", "-h"].map(String::from), 2), Ok(Command::Help));
    }

    #[test]
    fn mistakes_are_refused_with_a_fix() {
        for (line, needle) in [
            ("fib --frobnicate 3", "Unknown option \"--frobnicate\""),
            ("fib -n 3", "two dashes"),
            ("fib sum", "Two workloads"),
            ("--n 3", "Name a workload"),
            ("fib --n", "--n needs a value"),
            ("fib --threads 0,2", "from 1 to 1024"),
            ("fib --threads 1,,2", "like 1,2,4"),
            ("fib --json=yes", "takes no value"),
            ("sum --cutoff 3", "only to fib"),
            ("mixed --cutoff 3", "--cutoff applies only to fib, not to mixed"),
            ("fib --tasks 3", "--tasks applies only to sum"),
            ("sum --jobs 3", "--jobs applies only to io and mixed"),
            ("fib_three --wait-ms 3", "--wait-ms applies only to io and mixed"),
            ("io --n 3", "--n applies to every workload but io"),
            ("io --warmup 2", "exactly --reps samples"),
            ("mixed --min-total-ms 0", "exactly --reps samples"),
            ("io --wait-ms", "--wait-ms needs a value"),
        ] {
            let err = run(line).unwrap_err();
            assert!(err.contains(needle), "{line:?} gave {err:?}");
        }
        // An unknown workload is the core's to refuse, whatever flags come with it.
        assert_eq!(run("mandelbrot --cutoff 3").unwrap().request.workload, "mandelbrot");
    }
}
