//! The playground core as a wasm module: request in, report out.
//!
//! Only conversions and the thread pool live here; every workload and every
//! parameter check is in `playground-core`. Built twice (see `build.sh`):
//! with the `threads` feature, rayon's global pool runs on Web Workers through
//! wasm-bindgen-rayon; without it, rayon falls back to the calling thread, so
//! the same exports give exact results on pages that cannot share memory.

use playground_core::measure::Clock;
use playground_core::params::{
    RunRequest, MAX_CONTENDED_N, MAX_CUTOFF, MAX_FIB_N, MAX_FIB_THREE_N, MAX_JOBS, MAX_MIXED_N, MAX_REPS, MAX_SUM_N, MAX_TASKS, MAX_WAIT_MS,
    MAX_WARMUP,
};
use playground_core::sum::ValueBuffer;
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[cfg(feature = "threads")]
pub use wasm_bindgen_rayon::init_thread_pool;

thread_local! {
    /// The sum's values, filled once and reused: wasm memory never shrinks.
    static BUFFER: RefCell<ValueBuffer> = RefCell::new(ValueBuffer::default());
}

/// Runs once when the module is instantiated (on the worker and on each pool thread).
#[wasm_bindgen(start)]
pub fn start() {
    // Panics print their message to the console instead of a bare "unreachable".
    console_error_panic_hook::set_once();
}

/// `timeOrigin + now()` of whichever thread reads it: one clock for the
/// compute worker and every pool thread (each has its own `now()` origin).
#[derive(Clone, Copy)]
struct SharedClock {
    resolution_ms: f64,
}

impl SharedClock {
    fn new() -> Result<SharedClock, JsError> {
        if shared_now().is_nan() {
            return Err(JsError::new("This browser has no performance.now() clock here, so nothing can be timed."));
        }
        Ok(SharedClock { resolution_ms: timer_resolution_ms() })
    }
}

impl Clock for SharedClock {
    fn now_ms(&self) -> f64 {
        shared_now()
    }
    fn resolution_ms(&self) -> f64 {
        self.resolution_ms
    }
}

/// Runs `f` on a pool thread and waits for it (the compute worker may block:
/// `Atomics.wait` is allowed off the main thread). Measuring there, as the
/// native CLI does inside `ThreadPool::install`, puts the sequential and the
/// parallel versions on the same kind of thread: in Chromium a pool worker
/// ran the same wasm about 15% slower than the compute worker, which made a
/// 1-thread "parallel" run look slower than the sequential one.
#[cfg(feature = "threads")]
fn on_pool<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    rayon::spawn(move || {
        let _ = tx.send(f());
    });
    // A pool thread that panics traps without dropping `tx`; the page's panic
    // channel and watchdog replace this worker in that case.
    rx.recv().expect("the pool thread running the measurement went away")
}

/// Without threads rayon runs everything here, on the calling thread.
#[cfg(not(feature = "threads"))]
fn on_pool<T>(f: impl FnOnce() -> T) -> T {
    f()
}

/// Browsers coarsen the clock to 5 us when cross-origin isolated and 100 us otherwise.
fn timer_resolution_ms() -> f64 {
    if is_cross_origin_isolated() {
        0.005
    } else {
        0.1
    }
}

fn is_cross_origin_isolated() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("crossOriginIsolated"))
        .map(|v| v.is_truthy())
        .unwrap_or(false)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("Internal error while returning the result: {e}")))
}

/// A real wait: a `setTimeout` promise, awaited without blocking the worker.
async fn sleep(ms: f64) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let global = js_sys::global();
        if let Ok(set_timeout) = js_sys::Reflect::get(&global, &JsValue::from_str("setTimeout")) {
            let _ = set_timeout.unchecked_into::<js_sys::Function>().call2(&global, &resolve, &JsValue::from_f64(ms));
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Measures every variant of one experiment.
///
/// `request`: `{ workload, n?, cutoff?, tasks?, jobs?, wait_ms?, reps?, warmup?, min_total_ms? }`
/// with `workload` one of sum, fib, fib_three, contended, io, mixed.
/// Rejects with an `Error` whose message says what to change when a value is out of range.
#[wasm_bindgen]
pub async fn run(request: JsValue) -> Result<JsValue, JsError> {
    let req: RunRequest = serde_wasm_bindgen::from_value(request)
        .map_err(|e| JsError::new(&format!("The request could not be read ({e}). Numbers must be plain numbers.")))?;
    let clock = SharedClock::new()?;
    let report = if req.workload()?.is_async() {
        // Waiting needs this worker's event loop; only a threaded pool can compute meanwhile.
        playground_core::run_async(&req, &clock, sleep, cfg!(feature = "threads")).await?
    } else {
        let mut buffer = BUFFER.with_borrow_mut(std::mem::take);
        let (report, buffer) = on_pool(move || {
            let report = playground_core::run(&req, &clock, &mut buffer);
            (report, buffer)
        });
        BUFFER.with_borrow_mut(|b| *b = buffer);
        report?
    };
    to_js(&report)
}

thread_local! {
    /// This thread's `performance` object and its `timeOrigin` (constant per
    /// thread), looked up once, so each clock read is a single call into JS.
    static PERFORMANCE: Option<(web_sys::Performance, f64)> = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
        .map(|p| {
            let origin = p.time_origin();
            (p, origin)
        });
}

/// A clock every thread shares: `timeOrigin + now()`. Each worker's `now()`
/// starts at its own creation, so plain `now()` would not line up across threads.
fn shared_now() -> f64 {
    PERFORMANCE.with(|p| p.as_ref().map_or(f64::NAN, |(p, origin)| origin + p.now()))
}

/// Runs each variant once while recording which pool thread ran each task, when.
///
/// Same `request` as [`run`]; resolves with `{ workload, threads, variants: [{ name, label,
/// value, correct, total_ms, spans: [{ job, kind, thread, start_ms, end_ms }] }] }`.
#[wasm_bindgen]
pub async fn timeline(request: JsValue) -> Result<JsValue, JsError> {
    let req: RunRequest = serde_wasm_bindgen::from_value(request)
        .map_err(|e| JsError::new(&format!("The request could not be read ({e}). Numbers must be plain numbers.")))?;
    let report = if req.workload()?.is_async() {
        playground_core::record_timeline_async(&req, shared_now, sleep, cfg!(feature = "threads")).await?
    } else {
        BUFFER.with_borrow_mut(|buf| playground_core::record_timeline(&req, shared_now, buf))?
    };
    to_js(&report)
}

#[derive(Serialize)]
struct PoolInfo {
    /// Whether this is the threaded build.
    threaded: bool,
    /// Threads in rayon's global pool.
    threads: usize,
    /// The index each pool thread reported when asked, one entry per thread.
    thread_indices: Vec<usize>,
    /// Bytes of wasm memory now (it only grows).
    memory_bytes: f64,
    /// Bytes held by the sum's value buffer.
    buffer_bytes: usize,
    cross_origin_isolated: bool,
    timer_resolution_ms: f64,
}

/// Asks every pool thread for its index (`rayon::broadcast`), proving the pool really has them.
#[wasm_bindgen(js_name = poolInfo)]
pub fn pool_info() -> Result<JsValue, JsError> {
    let mut thread_indices = rayon::broadcast(|ctx| ctx.index());
    thread_indices.sort_unstable();
    let memory_bytes = wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::Object>();
    let memory_bytes = js_sys::Reflect::get(&memory_bytes, &JsValue::from_str("byteLength"))
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(f64::NAN);
    to_js(&PoolInfo {
        threaded: cfg!(feature = "threads"),
        threads: rayon::current_num_threads(),
        thread_indices,
        memory_bytes,
        buffer_bytes: BUFFER.with_borrow(|b| b.bytes()),
        cross_origin_isolated: is_cross_origin_isolated(),
        timer_resolution_ms: timer_resolution_ms(),
    })
}

#[derive(Serialize)]
struct Limits {
    max_sum_n: u64,
    max_tasks: u64,
    max_fib_n: u64,
    max_fib_three_n: u64,
    max_cutoff: u64,
    max_contended_n: u64,
    max_jobs: u64,
    max_wait_ms: u64,
    max_mixed_n: u64,
    max_reps: u64,
    max_warmup: u64,
}

/// The ranges the core accepts, so the page's controls offer exactly those.
#[wasm_bindgen]
pub fn limits() -> Result<JsValue, JsError> {
    to_js(&Limits {
        max_sum_n: MAX_SUM_N,
        max_tasks: MAX_TASKS,
        max_fib_n: MAX_FIB_N,
        max_fib_three_n: MAX_FIB_THREE_N,
        max_cutoff: MAX_CUTOFF,
        max_contended_n: MAX_CONTENDED_N,
        max_jobs: MAX_JOBS,
        max_wait_ms: MAX_WAIT_MS,
        max_mixed_n: MAX_MIXED_N,
        max_reps: MAX_REPS,
        max_warmup: MAX_WARMUP,
    })
}

// ---------------------------------------------------------------------------
// Faults: reporting panics of pool threads, and injecting faults for tests.
// Nothing here runs unless the page asks for it (see www/debug.js, which is
// only shown with `?debug=faults`, and www/compute.js's watchdog).
// ---------------------------------------------------------------------------

/// Makes every panic on a rayon pool thread also post
/// `{ thread, message, location }` to the `BroadcastChannel` named `channel`.
///
/// A pool thread that panics traps (panics abort in wasm) and the thread that
/// waits for it blocks in `Atomics.wait` for ever, so the compute worker can
/// never say what happened; a broadcast reaches the page directly. The
/// previous hook (console_error_panic_hook) still runs first. Install it once
/// per instance; panics on the calling thread are not posted (they reach JS
/// as a `RuntimeError` there).
#[wasm_bindgen(js_name = reportPoolPanics)]
pub fn report_pool_panics(channel: String) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        let Some(thread) = rayon::current_thread_index() else { return };
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_string());
        let location = info.location().map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
        let _ = post_to_channel(&channel, thread, &message, &location);
    }));
}

/// `new BroadcastChannel(name).postMessage({ thread, message, location })`, looked up at run time.
fn post_to_channel(name: &str, thread: usize, message: &str, location: &str) -> Result<(), JsValue> {
    let global = js_sys::global();
    let ctor = js_sys::Reflect::get(&global, &JsValue::from_str("BroadcastChannel"))?.dyn_into::<js_sys::Function>()?;
    let channel = js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(&JsValue::from_str(name)))?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &JsValue::from_str("thread"), &JsValue::from_f64(thread as f64))?;
    js_sys::Reflect::set(&data, &JsValue::from_str("message"), &JsValue::from_str(message))?;
    js_sys::Reflect::set(&data, &JsValue::from_str("location"), &JsValue::from_str(location))?;
    let post = js_sys::Reflect::get(&channel, &JsValue::from_str("postMessage"))?.dyn_into::<js_sys::Function>()?;
    post.call1(&channel, &data)?;
    Ok(())
}

/// Fault injection, for tests and for trying the page's recovery: panics on purpose.
///
/// `place`: "caller" panics on the calling thread (the compute worker): JS
/// sees `RuntimeError: unreachable` and this instance is broken. "pool"
/// panics inside a pool thread while the caller waits for it in
/// `rayon::join`: that thread traps and the caller waits for ever (on the
/// one-thread package the "pool" is the calling thread, so it is the same as
/// "caller"). "detached" panics in a pool thread from `rayon::spawn`: the
/// call returns at once and the pool is left a thread short.
#[wasm_bindgen(js_name = debugPanic)]
pub fn debug_panic(place: &str) -> Result<(), JsError> {
    match place {
        "caller" => panic!("debug panic on the calling thread (fault injection)"),
        "pool" => {
            rayon::join(
                || panic!("debug panic in pool thread {} (fault injection)", thread_name()),
                || (),
            );
            Ok(())
        }
        "detached" => {
            rayon::spawn(|| panic!("debug panic in pool thread {}, detached (fault injection)", thread_name()));
            Ok(())
        }
        other => Err(JsError::new(&format!("Unknown place \"{other}\" for debugPanic: use caller, pool or detached."))),
    }
}

fn thread_name() -> String {
    rayon::current_thread_index().map_or_else(|| "?".to_string(), |i| i.to_string())
}

/// Fault injection: a pool thread stops answering for `ms` milliseconds (no
/// panic, no message) while the caller waits for it, as a deadlock would.
/// Only a time-based watchdog can notice this; the page's sets its budget
/// per request. `ms` is capped at one hour.
#[wasm_bindgen(js_name = debugHang)]
pub fn debug_hang(ms: f64) -> Result<(), JsError> {
    if !ms.is_finite() || ms < 0.0 {
        return Err(JsError::new("debugHang needs a number of milliseconds from 0 to 3,600,000."));
    }
    let ms = ms.min(3_600_000.0);
    rayon::join(|| hang(ms), || ());
    Ok(())
}

/// Blocks this thread for `ms`: a real sleep where threads exist, a busy wait otherwise.
fn hang(ms: f64) {
    #[cfg(feature = "threads")]
    std::thread::sleep(std::time::Duration::from_secs_f64(ms / 1000.0));
    #[cfg(not(feature = "threads"))]
    {
        let end = js_sys::Date::now() + ms;
        while js_sys::Date::now() < end {}
    }
}
