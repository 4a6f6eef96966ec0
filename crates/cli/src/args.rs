//! The command line, parsed by hand: one workload name, a few `--flag value`
//! options, and `--json`. Numbers are read as plain `f64` and handed to the
//! core unchecked, so the CLI refuses exactly what the page refuses, with the
//! same words; only the thread list is checked here.

use playground_core::params::{RunRequest, WORKLOADS};

pub const USAGE: &str = "\
playground: the playground's workloads run natively, the reference that browser numbers are held against.

Usage:
  playground fib [--n 32] [--cutoff 20] [OPTIONS]
  playground sum [--n 10000000] [OPTIONS]

Options:
  --n N               fib argument (0 to 45) or how many values to sum (0 to 200,000,000)
  --cutoff C          fib only: below this n the recursion stops splitting (0 to 64, default 20)
  --threads LIST      comma-separated rayon pool sizes, like 1,2,4 (default 1,<available cores>)
  --reps R            samples per variant, at least (1 to 100, default 5)
  --warmup W          uncounted calls per variant first (0 to 10, default 1)
  --min-total-ms MS   keep sampling until this many ms have passed (0 to 60,000, default 200)
  --json              print one JSON document instead of the table
  -h, --help          print this help

Numbers may be written 1e8 or 100_000_000.
Exit status: 0 all results correct, 1 a result was wrong, 2 bad arguments.

Example:
  cargo run --release -p playground-cli -- fib --n 36 --cutoff 20 --threads 1,2,4
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
    if workload != "fib" && request.cutoff.is_some() {
        return Err(format!("--cutoff applies only to fib, not to {workload}. Remove it."));
    }
    let default_n = match workload.as_str() {
        "fib" => 32.0,
        _ => 10_000_000.0,
    };
    request.n = request.n.or(Some(default_n));
    request.workload = workload;
    let threads = threads.unwrap_or_else(|| {
        let mut t = vec![1, available.max(1)];
        t.dedup();
        t
    });
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
        ] {
            let err = run(line).unwrap_err();
            assert!(err.contains(needle), "{line:?} gave {err:?}");
        }
    }
}
