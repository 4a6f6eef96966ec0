//! The command line, built with clap at run time from the core's registry:
//! one subcommand per workload, one `--flag` per parameter, the help text
//! from each parameter's label, range and default. Nothing about a workload
//! is written here, so a change to the registry changes the CLI with it.
//!
//! clap checks the shape of the call (a known workload, only its flags,
//! numbers that read as numbers, a thread list). It checks no range: every
//! number goes to the core unchecked, so the CLI refuses exactly what the
//! page refuses, with the same words. A parameter left out stays out of the
//! request, and the core fills in the registry's default.

use clap::{Arg, ArgAction, Command};
use playground_core::params::{group, RunRequest};
use playground_core::registry::{self, Param, WorkloadSpec, PLAN_PARAMS, REPS, WORKLOADS};
use std::ffi::OsString;

/// The program's name, in usage lines and examples.
pub const BIN: &str = "playground";

/// The most threads one pool may have: far past any machine this runs on.
pub const MAX_THREADS: usize = 1024;

/// A run: the request for the core (still unchecked), the pool sizes, the output form.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub request: RunRequest,
    pub threads: Vec<usize>,
    pub json: bool,
}

/// How the CLI spells a registry name: `wait_ms` is `--wait-ms`.
pub fn flag(name: &str) -> String {
    format!("--{}", long_name(name))
}

fn long_name(name: &str) -> String {
    name.replace('_', "-")
}

/// The measurement plan's parameters `spec` takes: a waiting workload runs
/// exactly `reps` rounds, with no warm-up and no minimum sampling time.
pub fn plan_params(spec: &WorkloadSpec) -> Vec<&'static Param> {
    PLAN.iter().filter(|p| !spec.waits || p.name == REPS.name).collect()
}

/// The plan parameters a waiting workload does not take.
fn plan_params_refused(spec: &WorkloadSpec) -> Vec<&'static Param> {
    PLAN.iter().filter(|p| !plan_params(spec).iter().any(|q| q.name == p.name)).collect()
}

/// The registry's plan parameters, with a `'static` home to borrow from.
static PLAN: &[Param] = &PLAN_PARAMS;

/// The default for `p` on `spec`: its own, or for repetitions the workload's.
pub fn default_of(spec: &WorkloadSpec, p: &Param) -> u64 {
    if p.name == REPS.name {
        spec.default_reps
    } else {
        p.default
    }
}

/// "0 to 200,000,000, default 20,000,000".
pub fn range_text(p: &Param, default: u64) -> String {
    format!("{} to {}, default {}", group(p.min as f64), group(p.max as f64), group(default as f64))
}

/// A waiting workload none of whose variants computes on the pool: it runs
/// on one thread whatever the pool, so one pool size is enough by default.
pub fn runs_on_one_thread(spec: &WorkloadSpec) -> bool {
    spec.waits && !spec.variants.iter().any(|v| v.needs_threads)
}

/// The pool sizes measured when `--threads` is not given.
pub fn default_threads(spec: &WorkloadSpec, available: usize) -> Vec<usize> {
    let mut t = if runs_on_one_thread(spec) { vec![1] } else { vec![1, available.max(1)] };
    t.dedup();
    t
}

/// The whole command line: one subcommand per workload of the registry.
/// `available` is the machine's parallelism, for the default thread list.
pub fn command(available: usize) -> Command {
    Command::new(BIN)
        .about("The playground's workloads run natively: the reference that browser numbers are held against.")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .disable_help_subcommand(true)
        .subcommand_value_name("WORKLOAD")
        .subcommand_help_heading("Workloads")
        .arg(Arg::new("json").long("json").global(true).action(ArgAction::SetTrue).help("Print one JSON document instead of the table"))
        .after_help(root_after_help())
        .subcommands(WORKLOADS.iter().map(|spec| workload_command(spec, available)))
}

fn root_after_help() -> String {
    let plan: Vec<String> = PLAN_PARAMS.iter().map(|p| flag(p.name)).collect();
    let waiting: Vec<&str> = WORKLOADS.iter().filter(|w| w.waits).map(|w| w.id).collect();
    let mut text = format!(
        "Each workload takes its own flags (`{BIN} <WORKLOAD> --help` lists them with their ranges and defaults), \
         --threads LIST, --json and the measurement plan: {}.",
        plan.join(", ")
    );
    if !waiting.is_empty() {
        let refused: Vec<String> = WORKLOADS.iter().filter(|w| w.waits).take(1).flat_map(plan_params_refused).map(|p| flag(p.name)).collect();
        text += &format!(" The waiting workloads ({}) take exactly {} rounds, so not {}.", waiting.join(", "), flag(REPS.name), refused.join(" or "));
    }
    text += "\n\nThe table marks the headline variant with `>`; speedup is the first variant's median divided by that row's median.\n\
             Numbers may be written 1e8 or 100_000_000. A number out of range is refused with its range and the reason for it.\n\
             Exit status: 0 all results correct, 1 a result was wrong, 2 bad arguments.\n\nExamples:";
    // One computing and one waiting workload, each with its parameters at their defaults.
    let examples = [WORKLOADS.iter().find(|w| !w.waits), WORKLOADS.iter().find(|w| w.waits && !runs_on_one_thread(w))];
    for spec in examples.into_iter().flatten() {
        let params: Vec<String> = spec.params.iter().map(|p| format!("{} {}", flag(p.name), group(p.default as f64).replace(',', "_"))).collect();
        text += &format!("\n  cargo run --release -p playground-cli -- {} {} --threads 1,2,4", spec.id, params.join(" "));
    }
    text
}

/// The subcommand for one workload: its parameters, the plan, the pool sizes.
fn workload_command(spec: &'static WorkloadSpec, available: usize) -> Command {
    let mut cmd =
        Command::new(spec.id).about(spec.description).long_about(format!("{}: {}", spec.title, spec.description)).after_help(workload_after_help(spec));
    for p in spec.params {
        cmd = cmd.arg(number_arg(p, p.default, None).help_heading(format!("Parameters of {}", spec.id)));
    }
    for p in plan_params(spec) {
        let note = (p.name == REPS.name).then(|| {
            if spec.waits {
                format!("exactly this many rounds per variant: {} waits on timers, so no warm-up", spec.id)
            } else {
                "samples per variant, at least".to_owned()
            }
        });
        cmd = cmd.arg(number_arg(p, default_of(spec, p), note).help_heading("Measurement"));
    }
    cmd.arg(threads_arg(spec, available).help_heading("Measurement"))
}

fn workload_after_help(spec: &WorkloadSpec) -> String {
    let id_w = spec.variants.iter().map(|v| v.id.len()).max().unwrap_or(0);
    let mut text = String::from("Variants, measured side by side (> the headline):");
    for v in spec.variants {
        let mark = if v.id == spec.main { ">" } else { " " };
        text += &format!("\n{mark} {:<id_w$}  {}", v.id, v.label);
    }
    let refused = plan_params_refused(spec);
    if !refused.is_empty() {
        let names: Vec<String> = refused.iter().map(|p| flag(p.name)).collect();
        text += &format!(
            "\n\n{} waits on timers: it takes exactly {} rounds per variant and no warm-up, so {} are not taken.",
            spec.id,
            flag(REPS.name),
            names.join(" and ")
        );
    }
    text
}

/// `--name N` for a registry parameter: read as a number, range left to the core.
fn number_arg(p: &'static Param, default: u64, note: Option<String>) -> Arg {
    let range = range_text(p, default);
    let help = match &note {
        Some(note) => format!("{}: {range} ({note})", p.label),
        None => format!("{}: {range}", p.label),
    };
    Arg::new(p.name)
        .long(long_name(p.name))
        .value_name(p.name.to_uppercase())
        .allow_negative_numbers(true)
        .value_parser(parse_number)
        .long_help(format!("{help}. {}", p.why))
        .help(help)
}

fn threads_arg(spec: &WorkloadSpec, available: usize) -> Arg {
    let here: Vec<String> = default_threads(spec, available).iter().map(usize::to_string).collect();
    let default = if runs_on_one_thread(spec) {
        format!("default {}: no variant of {} computes on the pool, so it runs on one thread anyway", here.join(","), spec.id)
    } else if spec.waits {
        format!("default 1,<available cores>, here {}; one more thread drives the waits and never computes", here.join(","))
    } else {
        format!("default 1,<available cores>, here {}", here.join(","))
    };
    let help = format!("Comma-separated rayon pool sizes, like 1,2,4: 1 to {} each, {default}", group(MAX_THREADS as f64));
    Arg::new("threads").long("threads").value_name("LIST").value_parser(parse_threads).help(help)
}

/// Parses the arguments after the program name. `available` is the
/// machine's parallelism, for the default thread list. On help, version or a
/// mistake: clap's error, which knows its text and its exit status.
pub fn parse<I, T>(args: I, available: usize) -> Result<Options, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let argv = std::iter::once(OsString::from(BIN)).chain(args.into_iter().map(Into::into));
    let matches = command(available).try_get_matches_from(argv)?;
    let (id, sub) = matches.subcommand().expect("clap requires a subcommand");
    let spec = registry::workload(id).expect("every subcommand is a workload of the registry");
    let mut request = RunRequest { workload: id.to_owned(), ..RunRequest::default() };
    for p in spec.params.iter().chain(plan_params(spec)) {
        if let Some(&value) = sub.get_one::<f64>(p.name) {
            assert!(request.set(p.name, value), "the registry's parameter {} is a field of RunRequest", p.name);
        }
    }
    let threads = sub.get_one::<Vec<usize>>("threads").cloned().unwrap_or_else(|| default_threads(spec, available));
    Ok(Options { request, threads, json: sub.get_flag("json") })
}

/// A number as typed: `32`, `1e8`, `100_000_000`. Range checks are the core's.
fn parse_number(text: &str) -> Result<f64, String> {
    text.replace('_', "").parse::<f64>().map_err(|_| "expected a number; write it like 32, 1e8 or 100_000_000".to_owned())
}

/// `1,2,4` into pool sizes, each from 1 to `MAX_THREADS`.
fn parse_threads(text: &str) -> Result<Vec<usize>, String> {
    let bad = || format!("expected pool sizes from 1 to {MAX_THREADS} separated by commas, like 1,2,4");
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
    use clap::error::ErrorKind;

    const CORES: usize = 8;

    fn run(args: &[&str]) -> Result<Options, clap::Error> {
        parse(args.iter().copied(), CORES)
    }

    fn ok(args: &[&str]) -> Options {
        run(args).unwrap_or_else(|e| panic!("{args:?}: {e}"))
    }

    /// Every flag `spec`'s subcommand takes, as registry parameters.
    fn taken(spec: &WorkloadSpec) -> Vec<&'static Param> {
        spec.params.iter().chain(plan_params(spec)).collect()
    }

    /// A value inside `p`'s range that is not its default.
    fn other_than_default(p: &Param) -> u64 {
        if p.default < p.max {
            p.default + 1
        } else {
            p.min
        }
    }

    #[test]
    fn the_subcommands_are_the_registry_workloads_in_order() {
        let cmd = command(CORES);
        let names: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
        assert_eq!(names, registry::workload_ids());
        for (c, spec) in cmd.get_subcommands().zip(WORKLOADS) {
            assert_eq!(c.get_about().map(|a| a.to_string()), Some(spec.description.to_owned()));
        }
    }

    #[test]
    fn a_bare_workload_leaves_every_number_to_the_core() {
        for spec in WORKLOADS {
            let o = ok(&[spec.id]);
            assert_eq!(o.request, RunRequest { workload: spec.id.to_owned(), ..RunRequest::default() }, "{}", spec.id);
            assert!(!o.json);
            let want = if runs_on_one_thread(spec) { vec![1] } else { vec![1, CORES] };
            assert_eq!(o.threads, want, "{}", spec.id);
            // And the core makes the registry's defaults of it.
            let w = o.request.workload().unwrap();
            let json = serde_json::to_value(w).unwrap();
            for p in spec.params {
                assert_eq!(json[p.name].as_u64(), Some(p.default), "{}.{}", spec.id, p.name);
            }
            assert_eq!(u64::from(o.request.plan_numbers().unwrap().0), spec.default_reps, "{}", spec.id);
        }
        let one_core = parse(WORKLOADS.iter().map(|w| w.id).take(1), 1).unwrap();
        assert_eq!(one_core.threads, [1]);
    }

    #[test]
    fn every_flag_of_every_workload_sets_its_parameter_in_both_spellings() {
        for spec in WORKLOADS {
            for p in taken(spec) {
                let value = other_than_default(p);
                let long = flag(p.name);
                for args in [vec![spec.id.to_owned(), long.clone(), value.to_string()], vec![spec.id.to_owned(), format!("{long}={value}")]] {
                    let o = parse(args.clone(), CORES).unwrap_or_else(|e| panic!("{args:?}: {e}"));
                    assert_eq!(o.request.get(p.name), Some(value as f64), "{args:?}");
                    for other in taken(spec).iter().filter(|q| q.name != p.name) {
                        assert_eq!(o.request.get(other.name), None, "{args:?} set {}", other.name);
                    }
                }
            }
        }
    }

    #[test]
    fn numbers_read_as_typed_and_out_of_range_ones_reach_the_core() {
        let spec = &WORKLOADS[0];
        let p = &spec.params[0];
        let long = flag(p.name);
        for (text, want) in [("1e8", 1e8), ("100_000_000", 1e8), ("-3", -3.0), ("1e30", 1e30), ("2.5", 2.5)] {
            assert_eq!(ok(&[spec.id, &long, text]).request.get(p.name), Some(want), "{text}");
        }
        let too_big = ok(&[spec.id, &long, &(p.max + 1).to_string()]);
        let err = too_big.request.workload().unwrap_err().to_string();
        assert!(err.contains(p.why) && err.contains(&group(p.max as f64)), "{err}");
        let e = run(&[spec.id, &long, "lots"]).unwrap_err();
        assert_eq!((e.kind(), e.exit_code()), (ErrorKind::ValueValidation, 2));
        assert!(e.to_string().contains("1e8"), "{e}");
    }

    #[test]
    fn threads_and_json_anywhere() {
        let spec = &WORKLOADS[0];
        let o = ok(&["--json", spec.id, "--threads", "1,2,4"]);
        assert_eq!((o.threads, o.json), (vec![1, 2, 4], true));
        let o = ok(&[spec.id, "--json", "--threads=3"]);
        assert_eq!((o.threads, o.json), (vec![3], true));
        for bad in ["0,2", "1,,2", "2,1025", "x", ""] {
            let e = run(&[spec.id, "--threads", bad]).unwrap_err();
            assert_eq!((e.kind(), e.exit_code()), (ErrorKind::ValueValidation, 2), "{bad}");
            assert!(e.to_string().contains("1 to 1024"), "{e}");
        }
        for spec in WORKLOADS.iter().filter(|w| runs_on_one_thread(w)) {
            assert_eq!(ok(&[spec.id, "--threads", "1,4"]).threads, [1, 4], "{} takes a list when given one", spec.id);
        }
    }

    #[test]
    fn a_flag_another_workload_takes_is_refused_by_clap() {
        let mut refused = 0;
        for spec in WORKLOADS {
            for p in WORKLOADS.iter().flat_map(taken).filter(|p| !taken(spec).iter().any(|q| q.name == p.name)) {
                let long = flag(p.name);
                let e = run(&[spec.id, &long, &p.default.to_string()]).unwrap_err();
                assert_eq!((e.kind(), e.exit_code()), (ErrorKind::UnknownArgument, 2), "{} {long}", spec.id);
                assert!(e.to_string().contains(&long), "{e}");
                refused += 1;
            }
        }
        assert!(refused > 0, "the registry has workloads with different flags");
    }

    #[test]
    fn waiting_workloads_take_reps_but_no_warm_up() {
        for spec in WORKLOADS {
            let names: Vec<&str> = plan_params(spec).iter().map(|p| p.name).collect();
            if spec.waits {
                assert_eq!(names, [REPS.name], "{}", spec.id);
            } else {
                assert_eq!(names, PLAN_PARAMS.map(|p| p.name), "{}", spec.id);
            }
        }
    }

    #[test]
    fn help_and_mistakes_carry_their_exit_status() {
        for args in [vec!["--help"], vec!["-h"], vec![WORKLOADS[0].id, "--help"], vec!["--json", WORKLOADS[0].id, "--threads", "2", "-h"]] {
            let e = run(&args).unwrap_err();
            assert!(matches!(e.kind(), ErrorKind::DisplayHelp), "{args:?}: {:?}", e.kind());
            assert_eq!(e.exit_code(), 0, "{args:?}");
        }
        let version = run(&["--version"]).unwrap_err();
        assert_eq!((version.kind(), version.exit_code()), (ErrorKind::DisplayVersion, 0));
        for (args, kind) in [
            (vec![], ErrorKind::MissingSubcommand),
            (vec!["mandelbrot"], ErrorKind::InvalidSubcommand),
            (vec![WORKLOADS[0].id, "--frobnicate", "3"], ErrorKind::UnknownArgument),
            (vec![WORKLOADS[0].id, WORKLOADS[1].id], ErrorKind::UnknownArgument),
            (vec![WORKLOADS[0].id, "--json=yes"], ErrorKind::TooManyValues),
        ] {
            let e = run(&args).unwrap_err();
            assert_eq!((e.kind(), e.exit_code()), (kind, 2), "{args:?}: {e}");
        }
        let p = &WORKLOADS[0].params[0];
        let e = run(&[WORKLOADS[0].id, &flag(p.name)]).unwrap_err();
        assert_eq!((e.kind(), e.exit_code()), (ErrorKind::InvalidValue, 2));
        let e = run(&[WORKLOADS[0].id, &flag(p.name), "1", &flag(p.name), "2"]).unwrap_err();
        assert_eq!((e.kind(), e.exit_code()), (ErrorKind::ArgumentConflict, 2));
    }

    #[test]
    fn each_workload_help_gives_every_flag_with_its_range_and_default() {
        let mut cmd = command(CORES);
        cmd.build();
        for spec in WORKLOADS {
            let sub = cmd.find_subcommand_mut(spec.id).unwrap();
            let short = sub.render_help().to_string();
            let long = sub.render_long_help().to_string();
            for (text, end) in [(&short, "\n"), (&long, "\n\n")] {
                assert!(text.contains(spec.description), "{text}");
                assert!(text.contains(&format!("Usage: {BIN} {} [OPTIONS]", spec.id)), "{text}");
                for p in taken(spec) {
                    let at = text.find(&format!("{} <", flag(p.name))).unwrap_or_else(|| panic!("{}: no {} in {text}", spec.id, p.name));
                    // Short help: beside the flag; long help: the paragraph under it.
                    let entry = text[at..].split(end).next().unwrap();
                    assert!(entry.contains(&format!("{}: {}", p.label, range_text(p, default_of(spec, p)))), "{}: {entry:?}", spec.id);
                    if text == &long {
                        assert!(entry.contains(p.why), "{}: the long help says why: {entry:?}", spec.id);
                    }
                }
                for p in plan_params_refused(spec) {
                    assert!(!text.contains(&format!("{} <", flag(p.name))), "{}: {} in {text}", spec.id, p.name);
                }
                assert!(text.contains("--threads <LIST>") && text.contains("--json"), "{text}");
                for v in spec.variants {
                    assert!(text.contains(v.label), "{}: variant {} in {text}", spec.id, v.id);
                }
            }
        }
    }
}
