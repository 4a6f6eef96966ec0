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
