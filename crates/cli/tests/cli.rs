//! Runs the built `playground` binary as a user would and checks what it
//! says against the core's registry: every workload, flag, range, default and
//! message is read from there, none is copied here.

use playground_core::params::group;
use playground_core::registry::{Param, WorkloadSpec, PLAN_PARAMS, REPS, WORKLOADS};
use std::process::{Command, Output};

fn playground<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_playground")).args(args).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// `wait_ms` as typed: `--wait-ms`.
fn flag(p: &Param) -> String {
    format!("--{}", p.name.replace('_', "-"))
}

/// The plan parameters a workload takes: a waiting one runs exactly `reps` rounds.
fn plan(spec: &WorkloadSpec) -> Vec<Param> {
    PLAN_PARAMS.into_iter().filter(|p| !spec.waits || p.name == REPS.name).collect()
}

/// Every flag-taking parameter of `spec`, workload's own first.
fn taken(spec: &WorkloadSpec) -> Vec<Param> {
    spec.params.iter().copied().chain(plan(spec)).collect()
}

/// The default `--help` must state for `p` on `spec`.
fn default_of(spec: &WorkloadSpec, p: &Param) -> u64 {
    if p.name == REPS.name {
        spec.default_reps
    } else {
        p.default
    }
}

/// A failed call: exit status 2, nothing on stdout, the stderr text.
fn refused(args: &[String]) -> String {
    let out = playground(args);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?}: nothing runs before the arguments are checked");
    err
}

#[test]
fn help_lists_every_workload_and_exits_0() {
    for help in ["--help", "-h"] {
        let out = playground(&[help]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let help = text(&out.stdout);
        for spec in WORKLOADS {
            let line = help.lines().find(|l| l.split_whitespace().next() == Some(spec.id)).unwrap_or_else(|| panic!("{} listed: {help}", spec.id));
            assert!(line.contains(spec.description), "{line}");
        }
        for p in PLAN_PARAMS {
            assert!(help.contains(&flag(&p)), "the plan flag {} is mentioned: {help}", flag(&p));
        }
        assert!(help.contains("--json") && help.contains("--threads"), "{help}");
    }
}

#[test]
fn each_workload_help_gives_every_flag_with_its_range_and_default() {
    for spec in WORKLOADS {
        for help in ["--help", "-h"] {
            let out = playground(&[spec.id, help]);
            assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
            let page = text(&out.stdout);
            assert!(page.contains(spec.description), "{page}");
            for p in taken(spec) {
                let at = page.find(&format!("{} <", flag(&p))).unwrap_or_else(|| panic!("{} {help} names {}: {page}", spec.id, flag(&p)));
                // `-h` puts the help beside the flag; `--help` in the paragraph under it.
                let end = if help == "-h" { "\n" } else { "\n\n" };
                let entry = page[at..].split(end).next().unwrap();
                let range = format!("{} to {}, default {}", group(p.min as f64), group(p.max as f64), group(default_of(spec, &p) as f64));
                assert!(entry.contains(p.label) && entry.contains(&range), "{} {help}: {entry:?} should give {range}", spec.id);
                if help == "--help" {
                    assert!(entry.contains(p.why), "{}: {entry:?} says why", spec.id);
                }
            }
            for p in PLAN_PARAMS.iter().filter(|p| !taken(spec).contains(p)) {
                assert!(!page.contains(&format!("{} <", flag(p))), "{} takes no {}: {page}", spec.id, flag(p));
            }
            for v in spec.variants {
                assert!(page.contains(v.label), "{}: variant {} in {page}", spec.id, v.id);
            }
            assert!(page.contains("--threads <") && page.contains("--json"), "{page}");
        }
    }
}

#[test]
fn a_value_out_of_range_is_refused_with_the_cores_words() {
    for spec in WORKLOADS {
        for p in taken(spec) {
            let choose = format!("choose {} from {} to {}", p.name, group(p.min as f64), group(p.max as f64));
            let mut bad = vec![(p.max + 1) as f64];
            if p.min > 0 {
                bad.push((p.min - 1) as f64);
            }
            for value in bad {
                let err = refused(&[spec.id.to_owned(), flag(&p), value.to_string()]);
                assert!(err.contains(&choose) && err.contains(p.why), "{} {} {value}: {err}", spec.id, flag(&p));
                assert!(err.contains(&flag(&p)), "the message names the flag: {err}");
            }
            let err = refused(&[spec.id.to_owned(), format!("{}={}.5", flag(&p), p.min)]);
            assert!(err.contains(p.name) && err.contains("whole number"), "{err}");
        }
    }
}

#[test]
fn a_flag_of_another_workload_is_refused_with_status_2() {
    let mut checked = 0;
    for spec in WORKLOADS {
        let mine = taken(spec);
        let mut others: Vec<Param> = WORKLOADS.iter().flat_map(taken).filter(|p| !mine.iter().any(|q| q.name == p.name)).collect();
        others.dedup_by_key(|p| p.name);
        for p in others {
            let err = refused(&[spec.id.to_owned(), flag(&p), p.default.to_string()]);
            assert!(err.contains(&flag(&p)), "{} {}: {err}", spec.id, flag(&p));
            checked += 1;
        }
        if spec.waits {
            for p in PLAN_PARAMS.iter().filter(|p| p.name != REPS.name) {
                refused(&[spec.id.to_owned(), flag(p), p.default.to_string()]);
            }
        }
    }
    assert!(checked > 0, "some workloads take flags that others do not");
}

#[test]
fn mistakes_clap_catches_exit_2() {
    let spec = &WORKLOADS[0];
    let p = &spec.params[0];
    for args in [
        vec![],
        vec!["no-such-workload".to_owned()],
        vec![spec.id.to_owned(), "--frobnicate".to_owned(), "3".to_owned()],
        vec![spec.id.to_owned(), flag(p)],
        vec![spec.id.to_owned(), flag(p), "lots".to_owned()],
        vec![spec.id.to_owned(), "--threads".to_owned(), "0,2".to_owned()],
        vec![spec.id.to_owned(), "--threads".to_owned(), "1,,2".to_owned()],
        vec![spec.id.to_owned(), "--json=yes".to_owned()],
    ] {
        let err = refused(&args);
        assert!(err.contains("--help"), "{args:?}: says where to look: {err}");
    }
}

fn fib(n: u64) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        (a, b) = (b, a + b);
    }
    a
}

/// The answer of the workload a `--json` run reports, computed here on its own.
fn reference(workload: &serde_json::Value) -> u64 {
    let num = |name: &str| workload[name].as_u64().unwrap_or_else(|| panic!("{name} in {workload}"));
    match workload["workload"].as_str().unwrap() {
        "sum" | "sum64" | "contended" => (0..num("n")).sum(),
        "fib" => fib(num("n")),
        "fib_three" => 3 * fib(num("n")),
        "io" => num("jobs"),
        "mixed" | "many_tasks" | "equal_jobs" => num("jobs") * fib(num("n")),
        other => panic!("no reference answer for {other}: add one to this test"),
    }
}

/// A small value of `p`: at most 20 steps above its minimum, never past its default.
fn small(p: &Param) -> u64 {
    p.min + (p.default - p.min).min(20)
}

/// Arguments for a quick run of `spec` on pools of 1 and 2 threads.
fn quick(spec: &WorkloadSpec) -> Vec<String> {
    let mut args = vec![spec.id.to_owned(), "--threads".to_owned(), "1,2".to_owned()];
    for p in spec.params.iter().copied().chain(plan(spec)) {
        let value = if spec.params.contains(&p) { small(&p) } else { p.min };
        args.extend([flag(&p), value.to_string()]);
    }
    args
}

#[test]
fn a_small_run_of_every_workload_is_correct_in_json() {
    for spec in WORKLOADS {
        let mut args = quick(spec);
        args.push("--json".to_owned());
        let out = playground(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is one JSON document");
        let machine = &doc["machine"];
        assert!(machine["available_parallelism"].as_u64().unwrap() >= 1);
        assert_eq!((machine["os"].as_str(), machine["arch"].as_str()), (Some(std::env::consts::OS), Some(std::env::consts::ARCH)));
        let runs = doc["runs"].as_array().expect("runs is an array");
        assert_eq!(runs.iter().map(|r| r["threads"].as_u64().unwrap()).collect::<Vec<_>>(), [1, 2], "{args:?}");
        for run in runs {
            let w = &run["workload"];
            assert_eq!(w["workload"], spec.id);
            for p in spec.params {
                assert_eq!(w[p.name].as_u64(), Some(small(p)), "{}.{} as asked: {w}", spec.id, p.name);
            }
            assert_eq!(run["main"], spec.main, "{run}");
            let want = reference(w).to_string();
            let variants = run["variants"].as_array().unwrap();
            let names: Vec<&str> = variants.iter().map(|v| v["name"].as_str().unwrap()).collect();
            assert_eq!(names, spec.variants.iter().map(|v| v.id).collect::<Vec<_>>(), "every variant of the registry, in order");
            for (v, vs) in variants.iter().zip(spec.variants) {
                assert_eq!((v["value"].as_str(), v["expected"].as_str()), (Some(want.as_str()), Some(want.as_str())), "{} {v}", spec.id);
                assert_eq!(v["correct"], true, "{v}");
                assert_eq!(v["label"], vs.label, "{v}");
                assert!(v["detail"].is_string(), "{v}");
                assert!(v["summary"]["count"].as_u64().unwrap() >= 1, "{v}");
                assert!(v["speedup"].as_f64().unwrap() > 0.0, "{v}");
            }
        }
    }
}

#[test]
fn the_table_has_a_row_per_pool_and_variant_with_label_and_detail() {
    for spec in WORKLOADS {
        let mut args = quick(spec);
        let table = playground(&args);
        assert_eq!(table.status.code(), Some(0), "{args:?}: {}", text(&table.stderr));
        let table = text(&table.stdout);
        // The same run in JSON says what each row must hold (details depend on the settings).
        args.push("--json".to_owned());
        let doc: serde_json::Value = serde_json::from_slice(&playground(&args).stdout).unwrap();
        let run = &doc["runs"][0];
        let want = reference(&run["workload"]).to_string();

        let mut lines = table.lines();
        let first = lines.next().unwrap();
        assert!(first.contains(spec.title) && first.contains(spec.description), "the header says what is measured: {table}");
        let second = lines.next().unwrap();
        for p in spec.params {
            assert!(second.contains(&format!("{} = {}", p.name, group(small(p) as f64))), "and with which numbers: {second}");
        }
        assert!(table.contains("median ms") && table.contains("speedup"), "{table}");
        for v in run["variants"].as_array().unwrap() {
            let (label, detail) = (v["label"].as_str().unwrap(), v["detail"].as_str().unwrap());
            let shown = if detail.is_empty() { label.to_owned() } else { format!("{label} ({detail})") };
            let mark = if v["name"] == spec.main { ">" } else { " " };
            let rows: Vec<&str> = table.lines().filter(|l| l.contains(&format!("{mark} {shown} "))).collect();
            assert_eq!(rows.len(), 2, "one row per pool for {shown}: {table}");
            for row in rows {
                assert!(row.contains(&format!(" {want} ")) && row.contains(" yes "), "{row}");
                if v["name"] != spec.variants[0].id {
                    assert!(row.trim_end().ends_with('x'), "a speedup against the first variant: {row}");
                }
            }
        }
        let rows = table.lines().filter(|l| l.contains(&format!(" {want} "))).count();
        assert_eq!(rows, 2 * spec.variants.len(), "{table}");
    }
}
