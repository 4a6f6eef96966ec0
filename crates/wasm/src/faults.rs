//! Fault injection, compiled only with the `faults` feature (the test build):
//! a panic on each kind of thread and a silent hang, so the page's recovery
//! can be tested and tried (`?debug=faults`). The production package ships
//! none of it.

use wasm_bindgen::prelude::*;

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
