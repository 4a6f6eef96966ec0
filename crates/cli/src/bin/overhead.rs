//! `playground-overhead`: what the rayon pool itself costs natively, the
//! reference for the same figures in wasm (`npm run bench` prints both):
//! nanoseconds per `rayon::join`, microseconds for a sleeping pool thread to
//! wake up. Prints one JSON document per pool size.
//!
//!     playground-overhead [--threads 1,2] [--rounds 15] [--joins 20000] [--idle-ms 5]

use playground_core::overhead::overhead;

fn main() {
    let mut threads = vec![1, 2];
    let (mut rounds, mut joins, mut idle_ms) = (15u32, 20_000u32, 5.0f64);
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let value = pair.get(1).map(String::as_str).unwrap_or("");
        let bad = || -> ! {
            eprintln!("error: {} needs a number, not \"{value}\". Usage: playground-overhead [--threads 1,2] [--rounds 15] [--joins 20000] [--idle-ms 5]", pair[0]);
            std::process::exit(2)
        };
        match pair[0].as_str() {
            "--threads" => threads = value.split(',').map(|t| t.trim().parse().unwrap_or_else(|_| bad())).collect(),
            "--rounds" => rounds = value.parse().unwrap_or_else(|_| bad()),
            "--joins" => joins = value.parse().unwrap_or_else(|_| bad()),
            "--idle-ms" => idle_ms = value.parse().unwrap_or_else(|_| bad()),
            other => {
                eprintln!("error: unknown option {other}. Usage: playground-overhead [--threads 1,2] [--rounds 15] [--joins 20000] [--idle-ms 5]");
                std::process::exit(2)
            }
        }
    }
    let sleep = |ms: f64| std::thread::sleep(std::time::Duration::from_secs_f64(ms / 1e3));
    let results: Vec<_> = threads
        .iter()
        .map(|&k| {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(k).build().expect("a pool of that size");
            pool.install(|| overhead(rounds, joins, idle_ms, playground_core::timeline::native_clock, sleep))
        })
        .collect();
    println!("{}", serde_json::to_string(&results).expect("plain numbers serialise"));
}
