# Parallel Playground: English, the reference locale. Every other locale has
# exactly these message ids and uses the same { $placeholders }
# (tests/unit/locales.test.mjs). Names of things (rayon, GOMAXPROCS,
# goroutine, Rust, Go, WebAssembly) stay as they are in every locale.

## index.html: the page's head and header

page-title = Parallel Playground: concurrency and parallelism on your own cores
page-description =
    .content = Run real Rust workloads in WebAssembly on one thread and on many, and see on your own machine when splitting work into tasks makes it faster.
kicker = Parallel Playground
headline = Concurrency is how you split the work. Parallelism is whether the pieces run at the same time.
lesson-line-start = This page illustrates the lesson
lesson-default-title = Concurrency vs Parallelism
lesson-line-middle = . The lesson’s examples are in Go;
lesson-line-link = Go to Rust
lesson-line-end = pairs its words with the Rust that runs here.
lede = Every number on this page is measured now, on this device: Rust code compiled to WebAssembly runs once on a single thread and once split into tasks on a pool of worker threads. Move the slider to change how many threads the pool has, press Run, and compare.
terms =
    .aria-label = Words this page uses
term-task = Task
term-task-def = A piece of work handed to the pool, that may run at the same time as others: what a goroutine is in the lesson.
term-thread = Thread
term-thread-def = A worker that runs tasks, one at a time. Here each thread of the pool is a Web Worker.
term-core = Core
term-core-def = A processor of this device. It runs one thread at any instant; more threads than cores take turns.
term-speedup = Speed-up
term-speedup-def = The sequential version’s time divided by another version’s: 2× means it took half as long.
term-quartile = Quartile
term-quartile-def = Sort a run’s samples: a quarter lie below the first quartile, a quarter above the third, half in between. The median is the middle one.
term-isolation = Cross-origin isolation
term-isolation-def = A browser mode, switched on by the server’s headers, in which workers may share memory: without it, WebAssembly has no threads.

## index.html: this device, the slider

device-heading = This device
device-cores = Logical cores
device-isolated = Cross-origin isolated
device-engine = Engine
device-pool = Pool
open-full = Open the full playground ↗
threads-label = Threads in the pool
threads-hint = Up to the number of cores, each thread can run on a core of its own. Past it, threads take turns on the same cores: try it and watch the times stop improving.

## index.html: the claims panel, the footer

claims-heading = The lesson’s claims, checked on this device
claims-intro = Each claim below is something the lesson says about concurrency and parallelism. The playground turns it into a prediction, measures it here, and says whether it held. A claim that needs threads or a second core is marked as untestable where the device cannot offer them.
claims-check-all = Check all claims
claims-progress =
    .aria-label = Claims checked
claims-takes = Takes about a minute: a short probe of the cores first, then each claim, measured again where the first try is too noisy to tell; the pool is restarted where a claim needs another thread count.
claims-caption = Claims, predictions, measurements and verdicts
claims-col-claim = Claim
claims-col-prediction = Prediction
claims-col-measured = Measured here
claims-col-verdict = Verdict
footer-method = Each Run measures both versions several times, alternating their order, and reports the median; computing versions get an uncounted warm-up first (waiting ones need none: a wait takes as long as it takes). Starting the pool is never part of a timing.

## www/app.js

yes = yes
no = no
engine-threads = wasm with threads
engine-single = wasm, one thread
url-notes-intro = Some settings in the link were adjusted:
# $threads, $cores: counted words (count-thread, count-core below)
threads-more-than-cores = { $threads }, more than the { $cores }
threads-cores-available = { $threads }, { $cores } available
pool-ready = { $threads } ready in { $time }
pool-indices =
    .title = Thread indices that answered: { $indices }
pool-ready-announce = Pool ready: { $threads }.
pool-starting = starting { $threads }…
pool-starting-announce = Starting a pool of { $threads }…
pool-failed = failed to start
fresh-pool-reason = Stopped: a fresh pool for another try.
view-claims = the lesson’s claims
view-sweep = thread sweep
view-timeline = who ran what, when
copy-link = Copy link
copy-embed = Copy embed code
embed-title = Parallel Playground: { $title }

## www/url-state.js: notes on a link's settings ($value: what the link said, clipped)

url-no-experiment = There is no experiment called "{ $value }"; showing "{ $first }" instead.
url-out-of-range = { $name }={ $value } is out of range ({ NUMBER($min, useGrouping: 0) } to { NUMBER($max, useGrouping: 0) }); using { NUMBER($near, useGrouping: 0) }.
url-not-whole = { $name }={ $value } is not a whole number; using { NUMBER($near, useGrouping: 0) }.
url-not-a-number = { $name }={ $value } is not a number; using the default, { NUMBER($default, useGrouping: 0) }.
url-does-not-apply = { $name } does not apply to "{ $experiment }"; ignored.
url-bad-theme = theme={ $value } is not one of { $choices }; using auto.
url-bad-view = view={ $value } is not one of { $choices }; showing the experiment.
url-unknown-claims = claims=: { $ids } { $count ->
        [one] is not a claim
       *[other] are not claims
    } of this page; left out.
url-no-claims = claims= names no claim of this page; showing all of them.
url-bad-lesson = lesson={ $value } is not an https address; the lesson link is left out.
url-long-title = lesson_title is longer than { $max } characters; shortened.
url-bad-lang = lang={ $value } is not a language this page has ({ $choices }); showing English.

## www/format.js: counts ($n) and speed-ups ($s: a number such as 2.1)

count-task = { $n ->
        [one] { $n } task
       *[other] { $n } tasks
    }
count-thread = { $n ->
        [one] { $n } thread
       *[other] { $n } threads
    }
count-core = { $n ->
        [one] { $n } core
       *[other] { $n } cores
    }
count-logical-core = { $n ->
        [one] { $n } logical core
       *[other] { $n } logical cores
    }
count-device = { $n ->
        [one] { $n } device
       *[other] { $n } devices
    }
count-job = { $n ->
        [one] { $n } job
       *[other] { $n } jobs
    }
count-other-run = { $n ->
        [one] { $n } other run
       *[other] { $n } other runs
    }
count-row = { $n ->
        [one] { $n } row
       *[other] { $n } rows
    }
count-run = { $n ->
        [one] { $n } run
       *[other] { $n } runs
    }
count-span = { $n ->
        [one] { $n } span
       *[other] { $n } spans
    }
count-thread-count = { $n ->
        [one] { $n } thread count
       *[other] { $n } thread counts
    }
count-try = { $n ->
        [one] { $n } try
       *[other] { $n } tries
    }
compared-faster = { $s }× as fast as
compared-slower = { $s }× slower than
compared-same = about as fast as
compared-none = not measured against
speed-faster = { $s }× as fast
speed-slower = { $s }× slower
speed-same = about as fast
speed-none = not measured
duration-min = { $n } min
duration-s = { $n } s
duration-ms = { $n } ms

## www/sweep.js: the thread sweep

sweep-concept = measure every thread count
sweep-heading = Thread sweep: time and speed-up at every thread count
sweep-intro = One click measures a workload on a pool of one thread, then two, and so on up to the slider’s maximum, with a fresh pool for each. The speed-up chart adds what perfect scaling would give (one core per thread, flat past the core count) and an Amdahl’s-law curve fitted to what you measured.
sweep-button = Sweep
sweep-idle = Sweep 1–{ $max } threads
sweep-idle-single = Sweep (1 thread only here)
sweep-workload = workload
sweep-progress-label = Thread counts measured
sweep-progress-idle = Each thread count gets a fresh pool; starting it is never timed.
sweep-cancel-reason = Cancelled: you stopped the sweep.
sweep-overlay-none = none
sweep-sequential = sequential
sweep-parallel = parallel
sweep-parallel-quartiles = parallel (quartiles as bars)
sweep-compared = compared sweep
sweep-measured = measured
sweep-ideal = ideal
sweep-amdahl-fit = Amdahl fit
sweep-time-caption = Median time per run at each thread count.
sweep-speedup-caption = Speed-up: sequential time divided by parallel time, both measured in the same run.
sweep-table-caption = Sweep results: the numbers behind both charts
sweep-col-threads = Threads
sweep-col-sequential = Sequential
sweep-col-parallel = Parallel (quartiles)
sweep-col-speedup = Speed-up
sweep-col-efficiency = Efficiency
sweep-col-ideal = Ideal
sweep-col-karp-flatt = Behaves as if serial (Karp-Flatt)
sweep-col-amdahl = Amdahl fit
sweep-export-csv = Export CSV
sweep-export-json = Export JSON
sweep-compare-with = Compare with
# $threads: a counted word ("3 threads"); $i of $n: the pool being measured
sweep-measuring = Measuring on { $threads } ({ $i } of { $n })…
# $counts: a counted word ("4 thread counts")
sweep-done = Done: { $counts } measured.
sweep-cancelled = Cancelled after { $counts }; those results are kept.
sweep-w-fib = fib({ $n }), cutoff { $cutoff }
sweep-w-sum = sum of { $n } numbers
sweep-w-fib-three = three fib({ $n })
sweep-w-contended = locked sum of { $n }
sweep-none-yet = no sweep yet
sweep-time-title = Time against threads, { $label }
sweep-speedup-title = Speed-up against threads, { $label }
sweep-x-label = threads in the pool
sweep-time-y = time per run (ms), median
sweep-speedup-y = speed-up (×)
sweep-package-threads = the threaded wasm package
sweep-package-single = the one-thread wasm package
sweep-isolated = cross-origin isolated
sweep-not-isolated = not cross-origin isolated
# $coarse: yes when the timer is coarse (0.1 ms); $reps: samples per point
sweep-conditions = { $label }. Measured with { $package }, { $cores }, { $isolated }, timer resolution { $resolution }{ $coarse ->
        [yes] {" "}(coarse: short runs are batched so each sample spans many ticks)
       *[no] {""}
    }; each point is the median of at least { $reps } samples after a warm-up.

## www/timeline.js: who ran what, when

timeline-concept = execution, made visible
timeline-heading = Who ran what, when
timeline-intro = One run of each version, recorded inside the WebAssembly: every bar is a task, from its start to its end, on the row of the thread that ran it. A sequential run keeps one row busy; a parallel one keeps several busy at the same moment; concurrent waiting on one thread shows waits (thin lines) overlapping while only one computation runs at a time. Gaps are threads sitting idle.
timeline-hint = Recording reads a clock at the start and end of each task, so it runs only here: every other measurement on the page uses the same code with recording compiled out.
timeline-record = Record
timeline-experiment = experiment
# $settings: the experiment's fields and values, e.g. "n 30, cutoff 20"
timeline-settings = Records it with { $settings }: few enough tasks to see each one.
timeline-idle = Press Record to see every task of one run on the threads that ran it.
timeline-cancel-reason = Cancelled: you stopped the recording.
timeline-one-thread-title = One thread: run to completion.
timeline-one-thread = The lesson’s one-core picture switches between tasks A and B every few milliseconds, because Go’s scheduler pauses goroutines. A rayon task is never preempted: it yields only at join or scope (where its thread may run other tasks), and these tasks never join, so on one pool thread each runs from start to end, then the next one starts, and the bars never interleave. Only the operating system time-slices, and it slices threads, not tasks: see
timeline-one-thread-end = .
timeline-recording = Recording on { $threads }…
timeline-failed = Nothing was recorded.
timeline-recorded-waits = Recorded on a pool of { $threads }, each version’s first run (waiting needs no warm-up).
timeline-recorded = Recorded on a pool of { $threads }, after one unrecorded warm-up run of each version.
# $mark: ✓ when the answer is right, ✗ when not
timeline-facts = { $total } in all; { $spans }; { $rows } computing; answer { $answer } { $mark }
timeline-data = The data behind this chart
timeline-col-job = job
timeline-none-yet = Nothing recorded yet.
timeline-col-task = task
timeline-col-kind = kind
timeline-col-thread = thread
timeline-col-start = start
timeline-col-end = end
timeline-kind-compute = compute
timeline-kind-wait = wait
timeline-calling = calling
timeline-chart-title = { $label }: tasks per thread over time

## www/chart.js

chart-empty-run = Press Run to measure
chart-empty-sweep = Press Sweep to measure
chart-bar-title = { $series }, { $group }: median { $median } (quartiles { $q1 } to { $q3 })
chart-timeline-x = time since the run started (ms)
chart-calling-thread = calling thread
chart-the-calling-thread = the calling thread
chart-pool-thread = pool thread { $thread }
chart-wait-title = wait { $job } on { $thread }: { $start } to { $end }
chart-task-title = task { $job } on { $thread }: { $start } to { $end }

## www/run-control.js: Run and Cancel, progress of a run or a batch of runs

rc-run = Run
rc-cancel = Cancel
rc-cancelled = Cancelled.
rc-cancel-reason = Cancelled: you stopped the run.
# $why: the engine's words
rc-restart-failed = The run was cancelled, but the engine did not start again: { $why }
rc-running = Running { $i } of { $n }…
# $runs: a counted word ("3 runs")
rc-done = Done: { $runs }.
# $reason: a sentence, such as rc-cancel-reason
rc-batch-cancelled = { $reason } { $finished } of { $total } finished; those results are kept.
rc-failed = { $failed } of { $total } failed: { $why }
# $others: a counted word ("2 other runs")
rc-others-failed = ({ $others } failed too; each says why in place)
rc-stopped = Stopped: { $finished } of { $total } finished.
rc-pool-not-restarted = The measurements are kept, but the pool of { $threads } did not start again: { $why }

## www/print.js: the handout's date line ($cores: a counted word)

print-line = Parallel Playground, printed { $when }: results measured in this browser session on { $cores }, { $engine }. { $url }

## www/glossary.js: Go to Rust. `code` in backticks stays as it is; [[id]] links to an experiment card (its title); -go and -rust: one item a line

glossary-concept = the lesson’s words, in this code
glossary-heading = Go to Rust
glossary-intro = The lesson writes Go; this page runs Rust. Each row is one idea in both, and where to see it here.
glossary-caption = Go to Rust glossary
glossary-col-idea = Idea
glossary-col-go = Go (the lesson)
glossary-col-rust = Rust (this page)
glossary-col-page = On this page

glossary-goroutine-short = `go f()`
glossary-goroutine-idea = Start a task that may run at the same time as the rest
glossary-goroutine-go =
    `go f()`
glossary-goroutine-rust =
    `rayon::spawn(f)`
    `s.spawn(|_| f())` inside `rayon::scope`
    each side of `rayon::join(a, b)`
glossary-goroutine-page = The three tasks of [[fib_three]]; the chunks of [[sum]].
glossary-goroutine-note = A goroutine has its own stack and can be paused anywhere; a rayon task is a closure queued for the pool’s threads.

glossary-wait-short = `wg.Wait()`
glossary-wait-idea = Wait until the tasks you started have finished
glossary-wait-go =
    `wg.Wait()` on a `sync.WaitGroup`
glossary-wait-rust =
    the end of `rayon::scope(|s| {"{"} … {"}"})`
    `rayon::join` returning
glossary-wait-page = `fib_three_tasks` and `sum_chunks` return only after their scope has ended.
glossary-wait-note = While it waits, a rayon thread runs other queued tasks instead of sleeping.

glossary-result-short = `<-ch`
glossary-result-idea = Get a task’s answer back
glossary-result-go =
    `ch <- v` in the goroutine
    `v := <-ch` in the caller
glossary-result-rust =
    `let (a, b) = rayon::join(…, …);`
    a oneshot channel for a spawned task
glossary-result-page = `fib_join` ([[fib]]) adds the two values `join` returns; [[mixed]] sends each fib result back over a oneshot channel.

glossary-gomaxprocs-short = `GOMAXPROCS`
glossary-gomaxprocs-idea = How many tasks can execute at the same instant
glossary-gomaxprocs-go =
    `runtime.GOMAXPROCS(k)`
glossary-gomaxprocs-rust =
    `ThreadPoolBuilder::new().num_threads(k)`
    `initThreadPool(k)` in the browser
glossary-gomaxprocs-page = The “Threads in the pool” slider. `GOMAXPROCS(1)` is a pool of one thread: [[one_vs_k]].
glossary-gomaxprocs-note = Go can change it while running. rayon’s global pool is built once, but any number of other pools can be built; the page’s pool lives in a worker, so it starts a fresh worker with a new pool.

glossary-numcpu-short = `runtime.NumCPU()`
glossary-numcpu-idea = How many cores the machine offers
glossary-numcpu-go =
    `runtime.NumCPU()`
glossary-numcpu-rust =
    `std::thread::available_parallelism()`
    `navigator.hardwareConcurrency` in the page
glossary-numcpu-page = “Logical cores” under This device.
glossary-numcpu-note = A browser reports logical cores, and may report fewer than the machine has (privacy settings round it down) or more than run at full speed: two logical cores can share one physical core (SMT), some cores are slower efficiency cores, and a virtual machine may show more than it gets (WebKitGTK reports 4 on this 2-core machine). The claims panel measures the parallel capacity this device gives instead.

glossary-blocked-short = a blocked goroutine
glossary-blocked-idea = A task that waits for the network without holding a thread
glossary-blocked-go =
    a goroutine blocked in `http.Get` or `time.Sleep`
glossary-blocked-rust =
    an awaited future on one thread: `sleep(ms).await`
    `join_all(…).await`
glossary-blocked-page = The waits of [[io]] and [[mixed]]: one thread, many waits at once.
glossary-blocked-note = Go parks the goroutine and runs others on the same thread; an async Rust function returns to its executor at every `.await`, which then polls the other futures.

glossary-preempt-short = preemption
glossary-preempt-idea = Who switches between tasks
glossary-preempt-go =
    Go’s scheduler preempts a goroutine that has run for about 10 ms
glossary-preempt-rust =
    nobody preempts a rayon task: it yields only at `join` or `scope`, where its thread may run other tasks meanwhile
    the operating system time-slices threads
glossary-preempt-page = [[time_slicing]]: three jobs on two and on three threads.
glossary-preempt-note = The lesson’s one-core picture switches between tasks A and B; on a rayon thread, task B starts only when task A ends or waits in `join` or `scope`.

glossary-mutex-short = `sync.Mutex`
glossary-mutex-idea = Share one value between tasks
glossary-mutex-go =
    `sync.Mutex`
    `atomic.Uint64`
glossary-mutex-rust =
    `std::sync::Mutex<u64>`
    `AtomicU64`
glossary-mutex-page = [[contended]].

## www/matrix.js: when does concurrency help?

matrix-concept = the lesson’s matrix, with this device’s numbers
matrix-heading = When does concurrency help? Measured here
matrix-intro = The lesson sums up with a matrix: for each kind of work, whether concurrency helps on one core and on several. Each cell below shows the lesson’s answer, then the speed-up measured on this device in this session (the latest run of the experiment behind it), and whether the two agree. Run any experiment card, or fill every empty cell at once.
matrix-caption = Decision matrix: the lesson’s answer and the measurement on this device
matrix-col-workload = Workload type
matrix-col-one = Single core
matrix-col-one-note = here: a pool of 1 thread
matrix-col-many = Multiple cores
# $cores: a counted word ("2 cores")
matrix-col-many-note = here: { $cores }, a pool of 2 or more threads
matrix-col-why = Why
matrix-io-label = I/O-bound (network, disk)
matrix-io-one-lesson = ✓ Much faster
matrix-io-many-lesson = ✓ Much faster
matrix-io-why = Overlap wait times
matrix-cpu-label = CPU-bound (computation)
matrix-cpu-one-lesson = ✗ Same or slower
matrix-cpu-many-lesson = ✓ Faster
matrix-cpu-why = Needs parallel execution
matrix-mixed-label = Mixed I/O + CPU
matrix-mixed-one-lesson = ✓ Somewhat faster
matrix-mixed-many-lesson = ✓ Much faster
matrix-mixed-why = Overlap I/O, parallelize CPU
matrix-coordination-label = Coordination-heavy
matrix-coordination-one-lesson = ✗ Slower
matrix-coordination-many-lesson = ✗ Slower
matrix-coordination-why = Synchronization overhead dominates
matrix-button = Measure the empty cells
matrix-progress-idle = Runs the experiment behind each empty cell, with its card’s settings, on the pool size of its column: about half a minute.
matrix-cancel-reason = Cancelled: you stopped filling the matrix.
matrix-here = Here:
matrix-lesson = Lesson:
matrix-not-measured = not measured yet
matrix-run-link = run the experiment
matrix-untestable-one-core = cannot be measured, this device reports one core
matrix-untestable-no-threads = cannot be measured, threads are off on this page
# $speed: speed-faster and its kin ("2.10× as fast"); $threads: a counted word
matrix-measured = { $speed } on { $threads }
matrix-agrees = agrees
matrix-differs = differs
matrix-measuring = Measuring { $i } of { $n }: { $experiment } on { $threads }…
matrix-done = Done: every cell this device can measure is filled.
matrix-cancelled = Cancelled; the cells measured so far are kept.
matrix-skipped = { $experiment } was not run (a long run you chose not to start)

## class.html, www/class.js: the class view

class-page-title = Parallel Playground: a class's results
class-heading = A class’s results
class-intro-start = Paste the results links your students shared (one per line), or drop the JSON files they exported. Everything stays in this browser tab: the results sit in the part of each link after
class-intro-end = , which browsers never send to a server, and this page uploads nothing.
class-results = Results
class-links-label = Results links, one per line
class-files-label = Or choose (or drop here) exported JSON files
class-show = Show the class
class-no-results = No results yet.
class-refused = Refused lines
class-claims-heading = Claim by claim
class-claims-intro = For each claim of the lesson: how many devices reached each verdict, and the ratio the claim is about against the parallel capacity each device measured, in cores’ worth (the median across devices with that capacity, the bar from the lowest to the highest). Outliers are devices far from the others with the same core count.
class-line = line { $n }
# $reason: why share.js refused it
class-refused-line = { $source }: refused, { $reason }.
# $devices: a counted word ("3 devices"); $cores: a list of numbers; $refused: how many lines were refused
class-summary = { $devices } ({ $cores } cores’ worth of parallel capacity){ $refused ->
        [0] {""}
       *[other] ; { $refused } refused (see below)
    }.
class-summary-none = No results read{ $refused ->
        [0] {""}
       *[other] ; { $refused } refused (see below)
    }.
class-verdict-holds = { $n } hold
class-verdict-fails = { $n } do not hold
class-verdict-inconclusive = { $n } inconclusive
class-verdict-untestable = { $n } cannot be tested
class-verdict-error = { $n } failed to run
class-verdict-demonstration = { $n } measured as a demonstration
# $counts: the class-verdict-* words, joined
class-counts = { $devices }: { $counts }.
class-no-device = No device reported this claim.
class-table-caption = { $claim }: ratio by core count
class-col-cores = Cores
class-col-devices = Devices
class-col-median = Median ratio
class-col-lowest = Lowest
class-col-highest = Highest
class-outliers = Outliers: { $list }.
class-outlier = device { $device } ({ $cores } cores, { $ratio })
class-chart-title = { $claim }: ratio against cores across the class
class-x-label = parallel capacity (cores’ worth)
class-y-label = ratio (×), median
class-median = class median
class-no-measure = No device measured this claim

## www/experiment.js: an experiment card ($threads, $from: counted words, "2 threads")

exp-long-run =
    .aria-label = Long run
exp-run-anyway = Run anyway
exp-not-now = Not now
exp-idle = Press Run to measure.
exp-question = Before you run: what do you expect?
exp-step-idea = The idea
exp-step-experiment = The experiment
exp-step-verdict = The verdict
exp-the-lesson = The lesson,
exp-in-go-and-rust = In Go and in Rust:
exp-glossary = glossary
exp-expect = What the lesson leads us to expect
# $main, $seq: the versions' labels
exp-compare-pools = “{ $main }” on { $threads } against { $from }
exp-measured-pools = on { $threads } against { $from }
exp-compare-seq = on { $threads }, “{ $main }” against “{ $seq }”
exp-measured-on = on { $threads }
# $counts: the thread counts, e.g. "1, 2, 4"
exp-sweep-note = Runs at { $counts } threads, starting a fresh pool for each.
exp-sweep-off = Threads are off on this page, so only the one-thread pool can be measured.
# $words: exp-compare-pools or exp-compare-seq
exp-predict = Before you run, predict: { $words } will be
exp-estimating = This could take a while: estimating from a smaller run…
exp-how-exact = its waits add up to that
exp-how-estimated = estimated from a smaller run
# $time: a duration ("1.5 s"); $how: exp-how-exact or exp-how-estimated
exp-long = This run will take about { $time } ({ $how }), and it can be cancelled.
exp-starting = Starting a pool of { $threads } ({ $i } of { $n })…
exp-measuring = Measuring on { $threads }…
exp-measuring-of = Measuring on { $threads } ({ $i } of { $n })…
exp-recording = Recording the timeline on { $threads }…
exp-skipped = Not run. Smaller numbers give an answer in seconds.
exp-cancelled = { $reason } Earlier results are kept.
exp-nothing = Nothing was measured.
exp-await-click = The course page asked for a run that keeps about { $mb } MB of numbers in this tab’s memory. Press Run to start it.

## www/card-results.js: a card's results

card-chart-caption = Median time of each version at each thread count measured; whiskers span the middle half of the samples, from the first to the third quartile.
exp-quote = “{ $line }”
card-col-version = Version
card-col-result = Result
card-col-median = Median
card-col-quartiles = quartiles
card-col-speedup = Speed-up
card-exact = Exact answer: { $value }
card-caption = Results: { $title }
card-needs-threads = needs threads
# The baseline a card compares against: its first version, sequential for most cards
card-base-sequential = sequential
card-base-variant = “{ $label }”
card-baseline = baseline
# $runs: card-verdict-run for each pool, joined with "; "
card-verdict-runs = { $label }, against { $base }: { $runs }.
card-verdict-run = { $threads } { $speed }
# $compared: compared-faster and its kin ("2.10× as fast as")
card-verdict = { $label } was { $compared } { $base }, on a pool of { $threads }.
card-noisy = The samples varied a lot: something else may be using the CPU, so run again before drawing conclusions.
card-chart-title = { $title }: median time per version and thread count

## www/predict.js: predict, then measure

predict-faster = faster
predict-same = about the same
predict-slower = slower
predict-private = Your guess is only for you: nothing is stored.
predict-chosen = You expect { $choice }. Now run it.
# $result: speed-faster and its kin, with what was compared
predict-measured = Measured: { $result }.
predict-held = Your prediction held: you expected { $choice }, and it was { $result }.
predict-not-held = Your prediction did not hold: you expected { $choice }, and it was { $result }.
predict-lesson-line = In the lesson’s words: “{ $line }” ({ $section }).
# $expected: what the lesson expects, in words (lesson/expectations.js)
predict-lesson-not-met = The lesson expects { $expected } here; this run was not. Run it again before concluding: if it repeats, this device or these settings differ from the lesson’s example (memory speed, tasks too small for what they cost, fewer cores’ worth than threads), which is worth knowing.

## www/lesson/sum.js: the sum card (the first lesson module converted; the others follow the same pattern)
## -idea and the lines after it quote the lesson: in another locale, its wording in that language.

lesson-sum-concept = structure versus execution
lesson-sum-idea = The code is concurrent regardless of cores. Whether it’s parallel depends on GOMAXPROCS and available CPU cores.
lesson-sum-text = The program adds up n whole numbers that sit in memory. The sequential version walks through them in one loop. The split versions cut them into pieces and hand each piece to a task: two halves (the textbook version), rayon’s parallel iterator (it splits as threads become free), or exactly as many chunks as you ask for.
lesson-sum-expect = With one thread no split version can win: the pieces still run one after another, plus bookkeeping. With two or more cores they get faster, though rarely in proportion: at the default 80 MB, reading memory, not adding, is the limit (one thread here read 80 MB at about 7 GB/s and 16 MB, which fits in this machine’s cache, at about 23 GB/s). Ask for 100,000 tasks and the bookkeeping swamps the work.
lesson-sum-parallel = Whether it’s parallel depends on GOMAXPROCS and available CPU cores.
lesson-trap4-overhead = Parallel execution has overhead: synchronization, cache coherency, work distribution.
