//! `playground-registry`: the core's registry and its request checks as JSON,
//! natively, for the page's build and its unit tests (no wasm needed).
//!
//! - `playground-registry` prints the registry (every workload with its
//!   parameters and variants, the page's experiments, the policies), exactly
//!   as the wasm's `registry()` returns it. `build.sh` writes the page's
//!   `www/registry.js` from it (scripts/gen-registry.mjs); tests/wasm-tests.sh
//!   checks that the wasm says the same.
//! - `playground-registry estimate` reads a JSON array of requests on stdin
//!   and prints, for each, `{ "estimate": ... }` or `{ "error": "message" }`:
//!   what the engine's `estimate()` accepts and refuses, with its words.

use playground_core::params::RunRequest;
use serde_json::{json, Value};
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        // Straight from the structs, so the keys keep their declared order (as the wasm's).
        [] => println!("{}", serde_json::to_string_pretty(&playground_core::registry::registry()).expect("the registry always serialises")),
        ["estimate"] => {
            let mut text = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut text) {
                eprintln!("error: could not read the requests from stdin: {e}");
                return ExitCode::from(2);
            }
            let requests: Vec<RunRequest> = match serde_json::from_str(&text) {
                Ok(requests) => requests,
                Err(e) => {
                    eprintln!("error: stdin must be a JSON array of requests like [{{\"workload\": \"fib\", \"n\": 30}}]: {e}");
                    return ExitCode::from(2);
                }
            };
            let answers: Vec<Value> = requests
                .iter()
                .map(|r| match playground_core::estimate(r) {
                    Ok(e) => json!({ "estimate": e }),
                    Err(e) => json!({ "error": e.to_string() }),
                })
                .collect();
            print(&Value::Array(answers))
        }
        _ => {
            eprintln!("usage: playground-registry            print the registry as JSON\n       playground-registry estimate   estimate each request of a JSON array read on stdin");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

fn print(value: &Value) {
    println!("{}", serde_json::to_string_pretty(value).expect("JSON values always serialise"));
}
