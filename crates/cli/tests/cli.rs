//! Runs the built `playground` binary as a user would and checks what it says.

use std::process::{Command, Output};

fn playground(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_playground")).args(args).output().expect("the binary runs")
}

fn stdout_json(out: &Output) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

/// Every variant of every run in a `--json` document reports `want` and is correct.
fn assert_all_variants(doc: &serde_json::Value, threads: &[u64], want: &str) {
    let runs = doc["runs"].as_array().expect("runs is an array");
    let got: Vec<u64> = runs.iter().map(|r| r["threads"].as_u64().unwrap()).collect();
    assert_eq!(got, threads);
    for run in runs {
        let variants = run["variants"].as_array().expect("variants is an array");
        assert_eq!(variants.len(), 2, "seq and par");
        for v in variants {
            assert_eq!(v["value"], want, "{v}");
            assert_eq!(v["correct"], true, "{v}");
            assert!(v["summary"]["count"].as_u64().unwrap() >= 2, "{v}");
        }
    }
}

#[test]
fn fib_json_reports_fib_20_on_every_pool() {
    let out = playground(&["fib", "--n", "20", "--threads", "1,2", "--json", "--reps", "2", "--min-total-ms", "0"]);
    let doc = stdout_json(&out);
    assert_all_variants(&doc, &[1, 2], "6765");
    assert_eq!(doc["runs"][0]["workload"]["workload"], "fib");
    let machine = &doc["machine"];
    assert!(machine["available_parallelism"].as_u64().unwrap() >= 1);
    assert_eq!(machine["os"], std::env::consts::OS);
    assert_eq!(machine["arch"], std::env::consts::ARCH);
}

#[test]
fn sum_json_is_exact_past_a_million() {
    let out = playground(&["sum", "--n", "1000001", "--threads", "1,2", "--json", "--reps", "2", "--min-total-ms", "0"]);
    assert_all_variants(&stdout_json(&out), &[1, 2], "500000500000");
}

#[test]
fn the_table_has_a_row_per_pool_and_variant() {
    let out = playground(&["fib", "--n", "15", "--threads", "1,2", "--reps", "1", "--min-total-ms", "0"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("median ms") && text.contains("speedup"), "{text}");
    assert_eq!(text.lines().filter(|l| l.contains(" 610 ") && l.contains("yes")).count(), 4, "{text}");
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
}
