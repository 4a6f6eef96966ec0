//! Runs the built `playground` binary as a user would and checks what it says.

use std::process::{Command, Output};

fn playground(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_playground")).args(args).output().expect("the binary runs")
}

fn stdout_json(out: &Output) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

/// Every variant of every run in a `--json` document reports `want` and is
/// correct; each run has `count` variants, one of them its `main`.
fn assert_all_variants(doc: &serde_json::Value, threads: &[u64], count: usize, want: &str) {
    let runs = doc["runs"].as_array().expect("runs is an array");
    let got: Vec<u64> = runs.iter().map(|r| r["threads"].as_u64().unwrap()).collect();
    assert_eq!(got, threads);
    for run in runs {
        let variants = run["variants"].as_array().expect("variants is an array");
        assert_eq!(variants.len(), count, "{run}");
        assert!(variants.iter().any(|v| v["name"] == run["main"]), "main names a variant: {run}");
        for v in variants {
            assert_eq!(v["value"], want, "{v}");
            assert_eq!(v["correct"], true, "{v}");
            assert!(v["summary"]["count"].as_u64().unwrap() >= 2, "{v}");
            assert!(v["speedup"].as_f64().unwrap() > 0.0, "{v}");
        }
    }
}

#[test]
fn fib_json_reports_fib_20_on_every_pool() {
    let out = playground(&["fib", "--n", "20", "--threads", "1,2", "--json", "--reps", "2", "--min-total-ms", "0"]);
    let doc = stdout_json(&out);
    assert_all_variants(&doc, &[1, 2], 2, "6765");
    assert_eq!(doc["runs"][0]["workload"]["workload"], "fib");
    let machine = &doc["machine"];
    assert!(machine["available_parallelism"].as_u64().unwrap() >= 1);
    assert_eq!(machine["os"], std::env::consts::OS);
    assert_eq!(machine["arch"], std::env::consts::ARCH);
}

#[test]
fn sum_json_is_exact_past_a_million() {
    let out = playground(&["sum", "--n", "1000001", "--threads", "1,2", "--json", "--reps", "2", "--min-total-ms", "0"]);
    assert_all_variants(&stdout_json(&out), &[1, 2], 4, "500000500000");
}

#[test]
fn sum_with_seven_tasks_has_four_exact_variants() {
    let out = playground(&["sum", "--n", "1000001", "--tasks", "7", "--threads", "1,2", "--json", "--reps", "2", "--min-total-ms", "0"]);
    let doc = stdout_json(&out);
    assert_all_variants(&doc, &[1, 2], 4, "500000500000");
    assert_eq!(doc["runs"][0]["workload"]["tasks"], 7);
}

#[test]
fn fib_three_json_is_three_times_fib_20() {
    let out = playground(&["fib_three", "--n", "20", "--threads", "1,2", "--json", "--reps", "2", "--min-total-ms", "0"]);
    assert_all_variants(&stdout_json(&out), &[1, 2], 2, "20295");
}

#[test]
fn contended_json_is_exact() {
    let out = playground(&["contended", "--n", "10001", "--threads", "1,2", "--json", "--reps", "2", "--min-total-ms", "0"]);
    let doc = stdout_json(&out);
    assert_all_variants(&doc, &[1, 2], 3, "50005000");
    assert_eq!(doc["runs"][0]["main"], "lock");
}

/// The median of the variant called `name` in `run`.
fn median(run: &serde_json::Value, name: &str) -> f64 {
    let v = run["variants"].as_array().unwrap().iter().find(|v| v["name"] == name).expect("variant present");
    v["summary"]["median"].as_f64().unwrap()
}

#[test]
fn io_waits_overlap_on_one_thread() {
    let out = playground(&["io", "--jobs", "3", "--wait-ms", "30", "--reps", "1", "--json"]);
    let doc = stdout_json(&out);
    let runs = doc["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1, "io defaults to one pool of one thread");
    let run = &runs[0];
    assert_eq!(run["threads"], 1);
    assert_eq!(run["main"], "concurrent");
    let variants = run["variants"].as_array().unwrap();
    assert_eq!(variants.len(), 2, "{run}");
    for v in variants {
        assert_eq!(v["value"], "3", "{v}");
        assert_eq!(v["correct"], true, "{v}");
    }
    let (seq, conc) = (median(run, "seq"), median(run, "concurrent"));
    assert!(seq >= 89.0, "three 30 ms waits in turn took {seq} ms");
    assert!(conc < 2.0 * 30.0, "three 30 ms waits at once took {conc} ms");
}

#[test]
fn mixed_runs_on_every_pool_size_including_one_thread() {
    // On one thread the pool's only worker also drives the waits: it must run
    // the spawned fib itself instead of parking on it forever.
    let out = playground(&["mixed", "--jobs", "3", "--wait-ms", "2", "--n", "15", "--threads", "1,2", "--reps", "2", "--json"]);
    let doc = stdout_json(&out);
    assert_all_variants(&doc, &[1, 2], 3, "1830");
    assert_eq!(doc["runs"][1]["main"], "parallel");
}

#[test]
fn the_table_has_a_row_per_pool_and_variant() {
    let out = playground(&["fib", "--n", "15", "--threads", "1,2", "--reps", "1", "--min-total-ms", "0"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("median ms") && text.contains("speedup"), "{text}");
    assert!(text.contains("fib(15)"), "the header says what is measured: {text}");
    assert_eq!(text.lines().filter(|l| l.contains(" 610 ") && l.contains("yes")).count(), 4, "{text}");
    let main_rows: Vec<&str> = text.lines().filter(|l| l.contains("> parallel")).collect();
    assert_eq!(main_rows.len(), 2, "the headline variant is marked on each pool: {text}");
    assert!(main_rows.iter().all(|l| l.trim_end().ends_with('x')), "and has a speedup: {text}");
}

#[test]
fn the_io_table_marks_the_concurrent_row() {
    let out = playground(&["io", "--jobs", "2", "--wait-ms", "5", "--reps", "1"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("2 simulated requests of 5 ms each"), "{text}");
    assert_eq!(text.lines().filter(|l| l.contains("> all requests at once")).count(), 1, "{text}");
}

#[test]
fn a_flag_for_another_workload_exits_2() {
    let out = playground(&["fib_three", "--cutoff", "3"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("only to fib"), "{err}");
}

#[test]
fn a_sum_too_large_exits_2_and_names_the_limit() {
    let out = playground(&["sum", "--n", "1e30"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("200,000,000"), "{err}");
    assert!(err.contains("--n"), "{err}");
    assert!(out.stdout.is_empty(), "nothing runs before the arguments are checked");
}

#[test]
fn an_unknown_flag_exits_2() {
    let out = playground(&["fib", "--frobnicate", "3"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("--frobnicate") && err.contains("--help"), "{err}");
}

#[test]
fn help_prints_usage_and_succeeds() {
    let out = playground(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Usage:") && text.contains("--threads"), "{text}");
    for word in ["fib_three", "contended", "mixed", "--tasks", "--jobs", "--wait-ms"] {
        assert!(text.contains(word), "help mentions {word}");
    }
}
