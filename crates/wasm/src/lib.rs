//! The playground core as a wasm module: request in, report out.
//!
//! Only conversions and the thread pool live here; every workload and every
//! parameter check is in `playground-core`. Built twice (see `build.sh`):
//! with the `threads` feature, rayon's global pool runs on Web Workers through
//! wasm-bindgen-rayon; without it, rayon falls back to the calling thread, so
//! the same exports give exact results on pages that cannot share memory.

mod panic;

#[cfg(feature = "faults")]
mod faults;

use playground_core::measure::Clock;
use playground_core::params::RunRequest;
use playground_core::buffer::ValueBuffer;
use playground_core::Env;
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[cfg(feature = "threads")]
pub use wasm_bindgen_rayon::init_thread_pool;

pub use panic::report_panics;

/// Whether this is the threaded build, whose pool has threads of its own.
const THREADED: bool = cfg!(feature = "threads");

thread_local! {
    /// The sum's values, filled once and reused: wasm memory never shrinks.
    static BUFFER: RefCell<ValueBuffer> = RefCell::new(ValueBuffer::default());
}

/// Runs once when the module is instantiated (on the worker and on each pool thread).
#[wasm_bindgen(start)]
pub fn start() {
    panic::install();
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

/// The clock's step, measured: browsers coarsen `performance.now()` (Chromium
/// to 5 us isolated and 100 us not, Firefox and WebKit to 20 us and 1 ms), so
/// the smallest change seen over a few reads is what the harness must batch
/// calls against. Measured once per thread.
fn timer_resolution_ms() -> f64 {
    thread_local! {
        static RESOLUTION: f64 = measure_resolution();
    }
    RESOLUTION.with(|r| *r)
}

fn measure_resolution() -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let t0 = shared_now();
        let mut t1 = t0;
        let mut reads = 0;
        // At most about a millisecond of reads: a clock coarser than that is taken to be 1 ms.
        while t1 == t0 && reads < 200_000 {
            t1 = shared_now();
            reads += 1;
        }
        if t1 > t0 {
            best = best.min(t1 - t0);
        }
    }
    // timeOrigin + now() carries a little floating-point noise: round to 1 us.
    if best.is_finite() {
        ((best * 1000.0).round() / 1000.0).max(0.001)
    } else if is_cross_origin_isolated() {
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

thread_local! {
    /// Why a wait of this run could not start (no `setTimeout`, or it threw):
    /// the core's waits have no error of their own, so the first failure is
    /// kept here and the run ends with it as its error.
    static TIMER_FAILURE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// A real wait: a `setTimeout` promise, awaited without blocking the worker.
/// A missing or throwing `setTimeout` ends the wait at once and is noted in
/// [`TIMER_FAILURE`], never a promise that settles neither way.
async fn sleep(ms: f64) {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let global = js_sys::global();
        let started = js_sys::Reflect::get(&global, &JsValue::from_str("setTimeout"))
            .and_then(|f| f.dyn_into::<js_sys::Function>().map_err(|_| JsValue::from_str("is missing")))
            .and_then(|set_timeout| set_timeout.call2(&global, &resolve, &JsValue::from_f64(ms)));
        if let Err(why) = started {
            let _ = reject.call1(&JsValue::UNDEFINED, &why);
        }
    });
    if let Err(why) = wasm_bindgen_futures::JsFuture::from(promise).await {
        let why = why.dyn_ref::<js_sys::Error>().map_or_else(|| why.as_string().unwrap_or_else(|| format!("{why:?}")), |e| format!("threw: {}", String::from(e.message())));
        TIMER_FAILURE.with_borrow_mut(|f| {
            f.get_or_insert(why);
        });
    }
}

/// Runs `waiting` (a run or a recording of a waiting workload) and turns a
/// timer that failed during it into the run's error.
async fn with_timers<T>(waiting: impl std::future::Future<Output = Result<T, playground_core::ParamError>>) -> Result<T, JsError> {
    TIMER_FAILURE.with_borrow_mut(|f| *f = None);
    let out = waiting.await?;
    match TIMER_FAILURE.with_borrow_mut(Option::take) {
        Some(why) => Err(JsError::new(&format!("The waits could not be timed: this browser's setTimeout {why}. Nothing was measured; reload the page to try again."))),
        None => Ok(out),
    }
}

fn read_request(request: JsValue) -> Result<RunRequest, JsError> {
    serde_wasm_bindgen::from_value(request).map_err(|e| JsError::new(&format!("The request could not be read ({e}). Numbers must be plain numbers.")))
}

/// Runs `f` with the sums' value buffer on a pool thread, and puts the buffer back.
fn with_buffer_on_pool<T: Send + 'static>(f: impl FnOnce(&mut ValueBuffer) -> T + Send + 'static) -> T {
    let mut buffer = BUFFER.with_borrow_mut(std::mem::take);
    let (out, buffer) = on_pool(move || {
        let out = f(&mut buffer);
        (out, buffer)
    });
    BUFFER.with_borrow_mut(|b| *b = buffer);
    out
}

/// Measures every variant of one experiment.
///
/// `request`: `{ workload, n?, cutoff?, tasks?, jobs?, wait_ms?, reps?, warmup?, min_total_ms? }`
/// with `workload` one of the registry's. A missing number takes the registry's default.
/// Rejects with an `Error` whose message says what to change when a value is out of range.
#[wasm_bindgen]
pub async fn run(request: JsValue) -> Result<JsValue, JsError> {
    let req = read_request(request)?;
    let clock = SharedClock::new()?;
    let report = if req.workload()?.spec().waits {
        // Waiting needs this worker's event loop; only a threaded pool can compute meanwhile.
        let mut none = ValueBuffer::default();
        with_timers(playground_core::run(&req, Env { clock: &clock, sleep, pool: THREADED, buffer: &mut none })).await?
    } else {
        with_buffer_on_pool(move |buffer| playground_core::run_now(&req, &clock, buffer))?
    };
    to_js(&report)
}

/// How long `request` will take, how long the watchdog should wait for it,
/// and the smaller probe run that calibrates the estimate on this device.
#[wasm_bindgen]
pub fn estimate(request: JsValue) -> Result<JsValue, JsError> {
    to_js(&playground_core::estimate(&read_request(request)?)?)
}

/// The registry: every workload with its parameters and variants, the page's
/// experiments and the policies derived from them.
#[wasm_bindgen]
pub fn registry() -> Result<JsValue, JsError> {
    to_js(&playground_core::registry::registry())
}

/// What the pool itself costs (for `npm run bench`): nanoseconds per
/// `rayon::join` and microseconds for a sleeping pool thread to wake up, each
/// over `rounds` rounds, on a pool thread as every measurement here.
#[wasm_bindgen]
pub fn overhead(rounds: u32, joins: u32, idle_ms: f64) -> Result<JsValue, JsError> {
    if shared_now().is_nan() {
        return Err(JsError::new("This browser has no performance.now() clock here, so nothing can be timed."));
    }
    to_js(&on_pool(move || playground_core::overhead::overhead(rounds, joins, idle_ms, shared_now, block_for)))
}

/// Blocks this thread for `ms`: a real sleep where threads exist (Atomics.wait
/// is allowed off the main thread), a busy wait otherwise.
fn block_for(ms: f64) {
    #[cfg(feature = "threads")]
    std::thread::sleep(std::time::Duration::from_secs_f64(ms.max(0.0) / 1000.0));
    #[cfg(not(feature = "threads"))]
    {
        let end = shared_now() + ms;
        while shared_now() < end {}
    }
}

/// Bytes the sums' value buffer holds now.
#[wasm_bindgen(js_name = bufferBytes)]
pub fn buffer_bytes() -> f64 {
    BUFFER.with_borrow(|b| b.bytes()) as f64
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
/// detail, value, correct, total_ms, spans: [{ job, kind, thread, start_ms, end_ms }] }] }`.
#[wasm_bindgen]
pub async fn timeline(request: JsValue) -> Result<JsValue, JsError> {
    let req = read_request(request)?;
    let report = if req.workload()?.spec().waits {
        let mut none = ValueBuffer::default();
        with_timers(playground_core::record(&req, shared_now, sleep, THREADED, &mut none)).await?
    } else {
        BUFFER.with_borrow_mut(|buf| {
            let recording = playground_core::record(&req, shared_now, sleep, THREADED, buf);
            futures_util::FutureExt::now_or_never(recording).expect("recording a computing workload never awaits")
        })?
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

