//! `playground-registry`: prints the core's registry (every workload with its
//! parameters and variants, the page's experiments, the policies) as one JSON
//! document, exactly as the wasm's `registry()` returns it. `build.sh` writes
//! the page's `www/registry.js` from this (scripts/gen-registry.mjs), so the
//! page's modules and their unit tests need no wasm build.

fn main() {
    let registry = playground_core::registry::registry();
    println!("{}", serde_json::to_string_pretty(&registry).expect("the registry always serialises"));
}
