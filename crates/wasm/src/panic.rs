//! One panic hook for every thread of the instance, handing
//! `{ thread, message, location }` to JS.
//!
//! Panics abort in wasm: the thread that panics traps right after the hook.
//! On the compute worker's own thread the worker's JS is still alive to read
//! the report (it defines `globalThis.ppPanic`), so the page gets the panic's
//! words without parsing console output. A pool thread's trap leaves the
//! compute worker blocked in `Atomics.wait`, so nothing it could say would
//! arrive: pool threads post on the `BroadcastChannel` the page named, which
//! reaches the page directly.

use std::sync::{Mutex, Once};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The channel pool threads report on; the hook and the memory are shared by every thread.
static CHANNEL: Mutex<Option<String>> = Mutex::new(None);
static INSTALL: Once = Once::new();

/// Installs the hook once per instance (every thread runs `start`, the first one installs).
pub fn install() {
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            // The browser's console keeps the whole text, stack included.
            console_error_panic_hook::hook(info);
            let message = info.payload_as_str().unwrap_or("a panic without a message").to_owned();
            let location = info.location().map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
            let thread = rayon::current_thread_index().map_or(-1.0, |i| i as f64);
            let _ = hand_to_js(thread, &message, &location);
        }));
    });
}

/// Pool threads of this instance report their panics on the `BroadcastChannel` named `channel`.
#[wasm_bindgen(js_name = reportPanics)]
pub fn report_panics(channel: String) {
    install();
    *CHANNEL.lock().unwrap_or_else(|e| e.into_inner()) = Some(channel);
}

fn hand_to_js(thread: f64, message: &str, location: &str) -> Result<(), JsValue> {
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"thread".into(), &thread.into())?;
    js_sys::Reflect::set(&data, &"message".into(), &message.into())?;
    js_sys::Reflect::set(&data, &"location".into(), &location.into())?;
    let global = js_sys::global();
    // The compute worker's thread: its JS reads the report before the trap reaches it.
    if let Ok(report) = js_sys::Reflect::get(&global, &"ppPanic".into())?.dyn_into::<js_sys::Function>() {
        report.call1(&global, &data)?;
        return Ok(());
    }
    let Some(name) = CHANNEL.lock().ok().and_then(|c| c.clone()) else { return Ok(()) };
    let ctor = js_sys::Reflect::get(&global, &"BroadcastChannel".into())?.dyn_into::<js_sys::Function>()?;
    let channel = js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(&name.into()))?;
    let post = js_sys::Reflect::get(&channel, &"postMessage".into())?.dyn_into::<js_sys::Function>()?;
    post.call1(&channel, &data)?;
    Ok(())
}
