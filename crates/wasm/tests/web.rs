//! Browser tests of the bindings: the exports called the way the page's worker
//! calls them, in a dedicated worker of headless Chromium.
//!
//! Run by `tests/wasm-tests.sh` on the threaded build (feature `threads`,
//! atomics, std rebuilt). A dedicated worker, not the page: rayon's pool
//! threads block with `Atomics.wait`, which throws on a page's main thread.
//! The workloads' maths is tested natively in `playground-core`; here only the
//! glue is: JS objects in, JS objects or `Error`s out, and a real pool of Web
//! Workers behind rayon.
#![cfg(target_arch = "wasm32")]

use js_sys::{Object, Reflect};
use playground_wasm::{estimate, registry, run, timeline};
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

/// The fields of `run`'s report these tests look at.
#[derive(Debug, Deserialize)]
struct Report {
    threads: usize,
    variants: Vec<VariantReport>,
}

#[derive(Debug, Deserialize)]
struct VariantReport {
    name: String,
    value: String,
    expected: String,
    correct: bool,
    summary: Summary,
}

#[derive(Debug, Deserialize)]
struct Summary {
    median: f64,
}

impl VariantReport {
    fn median(&self) -> f64 {
        self.summary.median
    }
}

/// A request object as the page builds it: `{ workload, ...numbers }`.
fn request(workload: &str, numbers: &[(&str, f64)]) -> JsValue {
    let obj = Object::new();
    Reflect::set(&obj, &"workload".into(), &workload.into()).unwrap();
    for &(key, value) in numbers {
        Reflect::set(&obj, &key.into(), &value.into()).unwrap();
    }
    obj.into()
}

/// Runs a request that must succeed and reads its report.
async fn run_ok(req: JsValue) -> Report {
    let report = run(req).await.map_err(JsValue::from).map_err(|e| error_message(&e)).expect("run refused a valid request");
    serde_wasm_bindgen::from_value(report).expect("the report has the documented shape")
}

/// The message of the `Error` a refused request throws in JS.
fn error_message(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>().expect("errors reach JS as Error objects").message().into()
}

/// The message `run` throws for a request that must be refused.
async fn run_err(req: JsValue) -> String {
    match run(req).await {
        Ok(report) => panic!("run accepted a request it must refuse: {report:?}"),
        Err(e) => error_message(&JsValue::from(e)),
    }
}

/// Every variant of a report computed `expected`, and the core agrees.
fn assert_all_correct(report: &Report, expected: &str) {
    assert!(report.variants.len() >= 2, "{report:?}");
    for v in &report.variants {
        assert_eq!(v.value, expected, "variant {}", v.name);
        assert_eq!(v.expected, expected, "variant {}", v.name);
        assert!(v.correct, "variant {} not marked correct: {report:?}", v.name);
    }
}

#[cfg(feature = "threads")]
mod threaded {
    use super::*;
    use playground_wasm::{init_thread_pool, pool_info};
    use wasm_bindgen_futures::JsFuture;

    /// The fields of `poolInfo()` these tests look at.
    #[derive(Debug, Deserialize)]
    struct PoolInfo {
        threaded: bool,
        threads: usize,
        thread_indices: Vec<usize>,
    }

    thread_local! {
        /// rayon's global pool can be built once per instance, and every test
        /// shares this instance: whichever test comes first starts it, the
        /// others await the same promise.
        static POOL_OF_TWO: js_sys::Promise = init_thread_pool(2);
    }

    async fn pool_of_two() {
        let started = POOL_OF_TWO.with(Clone::clone);
        JsFuture::from(started).await.expect("initThreadPool(2) rejected");
    }

    #[wasm_bindgen_test]
    async fn pool_of_two_web_workers_runs_both_workloads_exactly() {
        pool_of_two().await;

        let info: PoolInfo = serde_wasm_bindgen::from_value(pool_info().map_err(JsValue::from).unwrap()).unwrap();
        assert!(info.threaded, "{info:?}");
        assert_eq!(info.threads, 2, "{info:?}");
        // Every pool thread answered rayon::broadcast: two live workers.
        assert_eq!(info.thread_indices, [0, 1], "{info:?}");

        let sum = run_ok(request("sum", &[("n", 1_000_001.0), ("reps", 2.0), ("min_total_ms", 0.0)])).await;
        assert_eq!(sum.threads, 2);
        // 0 + 1 + ... + 1_000_000
        assert_all_correct(&sum, "500000500000");

        let fib = run_ok(request("fib", &[("n", 25.0), ("cutoff", 10.0), ("reps", 2.0), ("min_total_ms", 0.0)])).await;
        assert_eq!(fib.threads, 2);
        assert_all_correct(&fib, "75025");

        // The mixed experiment hands its computing to the pool while this worker awaits timers.
        let mixed = run_ok(request("mixed", &[("n", 20.0), ("jobs", 3.0), ("wait_ms", 5.0), ("reps", 1.0)])).await;
        assert_eq!(mixed.variants.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(), ["seq", "concurrent", "parallel"]);
        assert_all_correct(&mixed, "20295");
    }
}

#[wasm_bindgen_test]
async fn real_timers_overlap_when_awaited_concurrently() {
    let io = run_ok(request("io", &[("jobs", 3.0), ("wait_ms", 60.0), ("reps", 1.0)])).await;
    assert_all_correct(&io, "3");
    let median = |name: &str| io.variants.iter().find(|v| v.name == name).unwrap().median();
    assert!(median("seq") >= 3.0 * 60.0 - 1.0, "three waits one after another: {io:?}");
    // Relative, not absolute: three waits at once take well under three in a row.
    assert!(median("concurrent") < median("seq") / 2.0, "three waits at once take about one: {io:?}");
}

#[wasm_bindgen_test]
async fn out_of_range_sum_is_refused_with_the_limit_in_words() {
    let message = run_err(request("sum", &[("n", 1e30)])).await;
    assert!(message.contains("200,000,000"), "{message}");
}

#[wasm_bindgen_test]
async fn unknown_workload_is_refused_naming_the_known_ones() {
    let message = run_err(request("sort", &[("n", 10.0)])).await;
    for w in playground_core::registry::WORKLOADS {
        assert!(message.contains(w.id), "{message}");
    }
}

/// The registry the page reads says what `run` enforces: its maximum passes, one more is refused.
#[wasm_bindgen_test]
async fn registry_limits_are_what_run_enforces() {
    let reg = registry().map_err(JsValue::from).unwrap();
    let workloads = js_sys::Array::from(&Reflect::get(&reg, &"workloads".into()).unwrap());
    let sum = workloads.iter().find(|w| Reflect::get(w, &"id".into()).unwrap() == "sum").expect("sum is in the registry");
    let params = js_sys::Array::from(&Reflect::get(&sum, &"params".into()).unwrap());
    let n = params.iter().find(|p| Reflect::get(p, &"name".into()).unwrap() == "n").unwrap();
    let max = Reflect::get(&n, &"max".into()).unwrap().as_f64().unwrap();
    // One past the maximum is refused before anything is allocated, with the limit in words.
    let message = run_err(request("sum", &[("n", max + 1.0)])).await;
    assert!(message.contains(&playground_core::params::group(max)), "{message}");
    // The maximum itself is accepted: its estimate asks before a run that long.
    let e = estimate(request("sum", &[("n", max)])).map_err(JsValue::from).unwrap();
    assert_eq!(Reflect::get(&e, &"buffer_bytes".into()).unwrap().as_f64(), Some(4.0 * max));
}

/// The registry the page reads (www/registry.js, generated from the native
/// `playground-registry` before any wasm build) is exactly what this wasm's
/// `registry()` says: same keys in the same order, same values.
#[wasm_bindgen_test]
fn the_wasm_registry_is_the_native_one() {
    const NATIVE: &str = include_str!(env!("PP_NATIVE_REGISTRY", "run tests/wasm-tests.sh: it writes the native registry and names it in PP_NATIVE_REGISTRY"));
    let native = js_sys::JSON::parse(NATIVE).expect("the native registry is JSON");
    let wasm = registry().map_err(JsValue::from).unwrap();
    let text = |v: &JsValue| String::from(js_sys::JSON::stringify(v).unwrap());
    assert_eq!(text(&wasm), text(&native));
    assert!(text(&wasm).contains("\"call\":\"fib_join(n, cutoff)\""), "the timed calls are in it");
}

/// Sets `globalThis.setTimeout` to `value` for the length of `f`, then puts the real one back.
async fn with_set_timeout<F: std::future::Future<Output = String>>(value: &JsValue, f: impl FnOnce() -> F) -> String {
    let global = js_sys::global();
    let real = Reflect::get(&global, &"setTimeout".into()).unwrap();
    Reflect::set(&global, &"setTimeout".into(), value).unwrap();
    let message = f().await;
    Reflect::set(&global, &"setTimeout".into(), &real).unwrap();
    message
}

/// A wait whose timer cannot start ends the run with an error the page shows,
/// instead of a promise that never settles (only the watchdog noticed before).
#[wasm_bindgen_test]
async fn a_missing_or_throwing_set_timeout_is_a_run_error() {
    let io = || request("io", &[("jobs", 2.0), ("wait_ms", 1000.0), ("reps", 1.0)]);
    let missing = with_set_timeout(&JsValue::UNDEFINED, || run_err(io())).await;
    assert!(missing.contains("setTimeout is missing"), "{missing}");
    let throwing = js_sys::Function::new_no_args("throw new Error('timers are off')");
    let threw = with_set_timeout(&throwing, || run_err(io())).await;
    assert!(threw.contains("setTimeout threw: timers are off"), "{threw}");
    let recorded = with_set_timeout(&throwing, || async {
        match timeline(io()).await {
            Ok(report) => panic!("a timeline without timers was recorded: {report:?}"),
            Err(e) => error_message(&JsValue::from(e)),
        }
    })
    .await;
    assert!(recorded.contains("setTimeout threw"), "{recorded}");
    // And with the real timer back, waits work again.
    let ok = run_ok(request("io", &[("jobs", 2.0), ("wait_ms", 5.0), ("reps", 1.0)])).await;
    assert_all_correct(&ok, "2");
}
