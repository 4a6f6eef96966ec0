# Parallel Playground: Deutsch. Dieselben Ids und { $Platzhalter } wie en.ftl
# (tests/unit/locales.test.mjs). Namen (rayon, GOMAXPROCS, goroutine, Rust,
# Go, WebAssembly) bleiben unübersetzt.

## index.html: Kopf und Einleitung

page-title = Parallel Playground: Nebenläufigkeit und Parallelität auf deinen eigenen Kernen
page-description =
    .content = Führe echte Rust-Programme in WebAssembly auf einem Thread und auf vielen aus und sieh auf deinem eigenen Rechner, wann das Aufteilen in Tasks schneller macht.
kicker = Parallel Playground
headline = Nebenläufigkeit ist, wie du die Arbeit aufteilst. Parallelität ist, ob die Teile gleichzeitig laufen.
lesson-line-start = Diese Seite veranschaulicht die Lektion
lesson-default-title = Nebenläufigkeit und Parallelität
lesson-line-middle = . Die Beispiele der Lektion sind in Go;
lesson-line-link = Von Go zu Rust
lesson-line-end = stellt ihre Begriffe dem Rust gegenüber, das hier läuft.
lede = Jede Zahl auf dieser Seite wird jetzt auf diesem Gerät gemessen: Nach WebAssembly kompilierter Rust-Code läuft einmal auf einem einzigen Thread und einmal in Tasks aufgeteilt auf einem Pool von Worker-Threads. Stelle mit dem Schieberegler ein, wie viele Threads der Pool hat, drücke Ausführen und vergleiche.
terms =
    .aria-label = Begriffe, die diese Seite verwendet
term-task = Task
term-task-def = Ein Stück Arbeit, das dem Pool übergeben wird und gleichzeitig mit anderen laufen kann: in der Lektion eine goroutine.
term-thread = Thread
term-thread-def = Ein Arbeiter, der Tasks ausführt, einen nach dem anderen. Hier ist jeder Thread des Pools ein Web Worker.
term-core = Kern
term-core-def = Ein Prozessor dieses Geräts. Er führt in jedem Augenblick einen Thread aus; mehr Threads als Kerne wechseln sich ab.
term-speedup = Beschleunigung
term-speedup-def = Die Zeit der sequentiellen Version geteilt durch die einer anderen Version: 2× heißt, sie brauchte halb so lang.
term-quartile = Quartil
term-quartile-def = Sortiere die Messwerte eines Laufs: Ein Viertel liegt unter dem ersten Quartil, ein Viertel über dem dritten, die Hälfte dazwischen. Der Median ist der mittlere.
term-isolation = Cross-Origin-Isolation
term-isolation-def = Ein Modus des Browsers, eingeschaltet durch die Header des Servers, in dem Worker Speicher teilen dürfen: Ohne ihn hat WebAssembly keine Threads.

## index.html: dieses Gerät, der Schieberegler

device-heading = Dieses Gerät
device-cores = Logische Kerne
device-isolated = Cross-Origin-isoliert
device-engine = Laufzeit
device-pool = Pool
open-full = Den ganzen Playground öffnen ↗
threads-label = Threads im Pool
threads-hint = Bis zur Zahl der Kerne kann jeder Thread auf einem eigenen Kern laufen. Darüber hinaus wechseln sich Threads auf denselben Kernen ab: Probiere es aus und sieh zu, wie die Zeiten aufhören, besser zu werden.

## index.html: die Aussagen der Lektion, die Fußzeile

claims-heading = Die Aussagen der Lektion, auf diesem Gerät geprüft
claims-intro = Jede Aussage unten ist etwas, das die Lektion über Nebenläufigkeit und Parallelität sagt. Der Playground macht daraus eine Vorhersage, misst sie hier und sagt, ob sie zutraf. Eine Aussage, die Threads oder einen zweiten Kern braucht, gilt als nicht prüfbar, wo das Gerät sie nicht bietet.
claims-check-all = Alle Aussagen prüfen
claims-progress =
    .aria-label = Geprüfte Aussagen
claims-takes = Dauert etwa eine Minute: zuerst eine kurze Probe der Kerne, dann jede Aussage, erneut gemessen, wo der erste Versuch zu unruhig ist, um etwas zu sagen; der Pool wird neu gestartet, wo eine Aussage eine andere Zahl von Threads braucht.
claims-caption = Aussagen, Vorhersagen, Messungen und Urteile
claims-col-claim = Aussage
claims-col-prediction = Vorhersage
claims-col-measured = Hier gemessen
claims-col-verdict = Urteil
footer-method = Jeder Lauf misst beide Versionen mehrmals in abwechselnder Reihenfolge und meldet den Median; rechnende Versionen bekommen vorher ein Aufwärmen, das nicht zählt (wartende brauchen keins: Eine Wartezeit dauert, so lange sie dauert). Das Starten des Pools ist nie Teil einer Messung.

## www/app.js

yes = ja
no = nein
engine-threads = wasm mit Threads
engine-single = wasm, ein Thread
url-notes-intro = Einige Einstellungen im Link wurden angepasst:
# $threads, $cores: gezählte Wörter (count-thread, count-core unten)
threads-more-than-cores = { $threads }, mehr als die { $cores }
threads-cores-available = { $threads }, { $cores } verfügbar
pool-ready = { $threads } bereit in { $time }
pool-indices =
    .title = Thread-Indizes, die geantwortet haben: { $indices }
pool-ready-announce = Pool bereit: { $threads }.
pool-starting = starte { $threads }…
pool-starting-announce = Starte einen Pool mit { $threads }…
pool-failed = Start fehlgeschlagen
fresh-pool-reason = Angehalten: ein frischer Pool für einen neuen Versuch.
view-claims = die Aussagen der Lektion
view-sweep = Thread-Durchlauf
view-timeline = wer was wann ausgeführt hat
copy-link = Link kopieren
copy-embed = Einbettungscode kopieren
embed-title = Parallel Playground: { $title }

## www/url-state.js: Hinweise zu den Einstellungen eines Links

url-no-experiment = Es gibt kein Experiment namens „{ $value }“; stattdessen wird „{ $first }“ gezeigt.
url-out-of-range = { $name }={ $value } liegt außerhalb des Bereichs ({ NUMBER($min, useGrouping: 0) } bis { NUMBER($max, useGrouping: 0) }); verwendet wird { NUMBER($near, useGrouping: 0) }.
url-not-whole = { $name }={ $value } ist keine ganze Zahl; verwendet wird { NUMBER($near, useGrouping: 0) }.
url-not-a-number = { $name }={ $value } ist keine Zahl; verwendet wird der Standardwert { NUMBER($default, useGrouping: 0) }.
url-does-not-apply = { $name } gilt nicht für „{ $experiment }“; ignoriert.
url-bad-theme = theme={ $value } ist keiner von { $choices }; verwendet wird auto.
url-bad-view = view={ $value } ist keiner von { $choices }; das Experiment wird gezeigt.
url-unknown-claims = claims=: { $ids } { $count ->
        [one] ist keine Aussage
       *[other] sind keine Aussagen
    } dieser Seite; weggelassen.
url-no-claims = claims= nennt keine Aussage dieser Seite; alle werden gezeigt.
url-bad-lesson = lesson={ $value } ist keine https-Adresse; der Link zur Lektion wird weggelassen.
url-long-title = lesson_title ist länger als { $max } Zeichen; gekürzt.
url-bad-lang = lang={ $value } ist keine Sprache dieser Seite ({ $choices }); die Seite wird auf Englisch gezeigt.

## www/format.js: Anzahlen ($n) und Beschleunigungen ($s: eine Zahl wie 2,1)

count-task = { $n ->
        [one] { $n } Task
       *[other] { $n } Tasks
    }
count-thread = { $n ->
        [one] { $n } Thread
       *[other] { $n } Threads
    }
count-core = { $n ->
        [one] { $n } Kern
       *[other] { $n } Kerne
    }
count-logical-core = { $n ->
        [one] { $n } logischer Kern
       *[other] { $n } logische Kerne
    }
count-device = { $n ->
        [one] { $n } Gerät
       *[other] { $n } Geräte
    }
count-job = { $n ->
        [one] { $n } Aufgabe
       *[other] { $n } Aufgaben
    }
count-other-run = { $n ->
        [one] { $n } anderer Lauf
       *[other] { $n } andere Läufe
    }
count-row = { $n ->
        [one] { $n } Zeile
       *[other] { $n } Zeilen
    }
count-run = { $n ->
        [one] { $n } Lauf
       *[other] { $n } Läufe
    }
count-span = { $n ->
        [one] { $n } Abschnitt
       *[other] { $n } Abschnitte
    }
count-thread-count = { $n ->
        [one] { $n } Thread-Anzahl
       *[other] { $n } Thread-Anzahlen
    }
count-try = { $n ->
        [one] { $n } Versuch
       *[other] { $n } Versuche
    }
compared-faster = { $s }× so schnell wie
compared-slower = { $s }× langsamer als
compared-same = etwa so schnell wie
compared-none = nicht verglichen mit
speed-faster = { $s }× so schnell
speed-slower = { $s }× langsamer
speed-same = etwa gleich schnell
speed-none = nicht gemessen
duration-min = { $n } min
duration-s = { $n } s
duration-ms = { $n } ms

## www/sweep.js: der Thread-Durchlauf

sweep-concept = jede Thread-Anzahl messen
sweep-heading = Thread-Durchlauf: Zeit und Beschleunigung bei jeder Thread-Anzahl
sweep-intro = Ein Klick misst ein Programm auf einem Pool mit einem Thread, dann zwei und so weiter bis zum Maximum des Schiebereglers, mit einem frischen Pool für jede Anzahl. Das Beschleunigungsdiagramm zeigt dazu, was perfekte Skalierung ergäbe (ein Kern pro Thread, flach ab der Zahl der Kerne), und eine an deine Messungen angepasste Kurve nach dem Amdahlschen Gesetz.
sweep-button = Durchlauf
sweep-idle = Durchlauf 1–{ $max } Threads
sweep-idle-single = Durchlauf (hier nur 1 Thread)
sweep-workload = Programm
sweep-progress-label = Gemessene Thread-Anzahlen
sweep-progress-idle = Jede Thread-Anzahl bekommt einen frischen Pool; sein Start wird nie mitgemessen.
sweep-cancel-reason = Abgebrochen: Du hast den Durchlauf angehalten.
sweep-overlay-none = keiner
sweep-sequential = sequentiell
sweep-parallel = parallel
sweep-parallel-quartiles = parallel (Quartile als Balken)
sweep-compared = verglichener Durchlauf
sweep-measured = gemessen
sweep-ideal = ideal
sweep-amdahl-fit = Amdahl-Anpassung
sweep-time-caption = Median der Zeit pro Lauf bei jeder Thread-Anzahl.
sweep-speedup-caption = Beschleunigung: sequentielle Zeit geteilt durch parallele Zeit, beide im selben Lauf gemessen.
sweep-table-caption = Ergebnisse des Durchlaufs: die Zahlen hinter beiden Diagrammen
sweep-col-threads = Threads
sweep-col-sequential = Sequentiell
sweep-col-parallel = Parallel (Quartile)
sweep-col-speedup = Beschleunigung
sweep-col-efficiency = Effizienz
sweep-col-ideal = Ideal
sweep-col-karp-flatt = Verhält sich seriell wie (Karp-Flatt)
sweep-col-amdahl = Amdahl-Anpassung
sweep-export-csv = CSV exportieren
sweep-export-json = JSON exportieren
sweep-compare-with = Vergleichen mit
# $threads: ein gezähltes Wort („3 Threads“); $i von $n: der gemessene Pool
sweep-measuring = Messe auf { $threads } ({ $i } von { $n })…
# $counts: ein gezähltes Wort („4 Thread-Anzahlen“)
sweep-done = Fertig: { $counts } gemessen.
sweep-cancelled = Abgebrochen nach { $counts }; diese Ergebnisse bleiben erhalten.
sweep-w-fib = fib({ $n }), Grenze { $cutoff }
sweep-w-sum = Summe von { $n } Zahlen
sweep-w-fib-three = dreimal fib({ $n })
sweep-w-contended = gesperrte Summe von { $n }
sweep-none-yet = noch kein Durchlauf
sweep-time-title = Zeit gegen Threads, { $label }
sweep-speedup-title = Beschleunigung gegen Threads, { $label }
sweep-x-label = Threads im Pool
sweep-time-y = Zeit pro Lauf (ms), Median
sweep-speedup-y = Beschleunigung (×)
sweep-package-threads = dem wasm-Paket mit Threads
sweep-package-single = dem wasm-Paket mit einem Thread
sweep-isolated = Cross-Origin-isoliert
sweep-not-isolated = nicht Cross-Origin-isoliert
# $coarse: yes, wenn der Zeitgeber grob ist (0,1 ms); $reps: Messwerte pro Punkt
sweep-conditions = { $label }. Gemessen mit { $package }, { $cores }, { $isolated }, Zeitauflösung { $resolution }{ $coarse ->
        [yes] {" "}(grob: kurze Läufe werden gebündelt, damit jeder Messwert viele Takte umfasst)
       *[no] {""}
    }; jeder Punkt ist der Median von mindestens { $reps } Messwerten nach einem Aufwärmen.

## www/timeline.js: wer was wann ausgeführt hat

timeline-concept = Ausführung, sichtbar gemacht
timeline-heading = Wer was wann ausgeführt hat
timeline-intro = Ein Lauf jeder Version, aufgezeichnet im WebAssembly: Jeder Balken ist ein Task, von seinem Anfang bis zu seinem Ende, in der Zeile des Threads, der ihn ausgeführt hat. Ein sequentieller Lauf hält eine Zeile beschäftigt, ein paralleler mehrere im selben Moment; nebenläufiges Warten auf einem Thread zeigt Wartezeiten (dünne Linien), die sich überlappen, während immer nur eine Berechnung läuft. Lücken sind Threads, die untätig sind.
timeline-hint = Die Aufzeichnung liest am Anfang und Ende jedes Tasks eine Uhr, darum läuft sie nur hier: Jede andere Messung auf der Seite verwendet denselben Code ohne Aufzeichnung.
timeline-record = Aufzeichnen
timeline-experiment = Experiment
# $settings: die Felder des Experiments und ihre Werte, z. B. „n 30, cutoff 20“
timeline-settings = Zeichnet es mit { $settings } auf: wenige genug Tasks, um jeden zu sehen.
timeline-idle = Drücke Aufzeichnen, um jeden Task eines Laufs auf den Threads zu sehen, die ihn ausgeführt haben.
timeline-cancel-reason = Abgebrochen: Du hast die Aufzeichnung angehalten.
timeline-one-thread-title = Ein Thread: bis zum Ende ausführen.
timeline-one-thread = Das Ein-Kern-Bild der Lektion wechselt alle paar Millisekunden zwischen den Tasks A und B, weil der Scheduler von Go goroutines unterbricht. Ein rayon-Task wird nie unterbrochen: Er gibt nur bei join oder scope ab (wo sein Thread andere Tasks ausführen kann), und diese Tasks rufen nie join auf; auf einem Pool-Thread läuft also jeder vom Anfang bis zum Ende, dann beginnt der nächste, und die Balken verschränken sich nie. Nur das Betriebssystem teilt Zeit zu, und es teilt Threads ein, keine Tasks: siehe
timeline-one-thread-end = .
timeline-recording = Zeichne auf { $threads } auf…
timeline-failed = Nichts wurde aufgezeichnet.
timeline-recorded-waits = Aufgezeichnet auf einem Pool mit { $threads }, der erste Lauf jeder Version (Warten braucht kein Aufwärmen).
timeline-recorded = Aufgezeichnet auf einem Pool mit { $threads }, nach einem nicht aufgezeichneten Aufwärmlauf jeder Version.
# $mark: ✓, wenn das Ergebnis stimmt, sonst ✗
timeline-facts = { $total } insgesamt; { $spans }; { $rows } rechnend; Ergebnis { $answer } { $mark }
timeline-data = Die Daten hinter diesem Diagramm
timeline-col-job = Aufgabe
timeline-none-yet = Noch nichts aufgezeichnet.
timeline-col-task = Task
timeline-col-kind = Art
timeline-col-thread = Thread
timeline-col-start = Beginn
timeline-col-end = Ende
timeline-kind-compute = Rechnen
timeline-kind-wait = Warten
timeline-calling = aufrufend
timeline-chart-title = { $label }: Tasks pro Thread über die Zeit

## www/chart.js

chart-empty-run = Drücke Ausführen, um zu messen
chart-empty-sweep = Drücke Durchlauf, um zu messen
chart-bar-title = { $series }, { $group }: Median { $median } (Quartile { $q1 } bis { $q3 })
chart-timeline-x = Zeit seit dem Start des Laufs (ms)
chart-calling-thread = aufrufender Thread
chart-the-calling-thread = dem aufrufenden Thread
chart-pool-thread = Pool-Thread { $thread }
chart-wait-title = Warten { $job } auf { $thread }: { $start } bis { $end }
chart-task-title = Task { $job } auf { $thread }: { $start } bis { $end }

## www/run-control.js: Ausführen und Abbrechen, Fortschritt eines Laufs oder einer Reihe von Läufen

rc-run = Ausführen
rc-cancel = Abbrechen
rc-cancelled = Abgebrochen.
rc-cancel-reason = Abgebrochen: Du hast den Lauf angehalten.
# $why: die Worte der Laufzeit
rc-restart-failed = Der Lauf wurde abgebrochen, aber die Laufzeit ist nicht wieder gestartet: { $why }
rc-running = Führe { $i } von { $n } aus…
# $runs: ein gezähltes Wort („3 Läufe“)
rc-done = Fertig: { $runs }.
# $reason: ein Satz wie rc-cancel-reason
rc-batch-cancelled = { $reason } { $finished } von { $total } fertig; diese Ergebnisse bleiben erhalten.
rc-failed = { $failed } von { $total } fehlgeschlagen: { $why }
# $others: ein gezähltes Wort („2 andere Läufe“)
rc-others-failed = ({ $others } ebenfalls fehlgeschlagen; jeder sagt an seiner Stelle, warum)
rc-stopped = Angehalten: { $finished } von { $total } fertig.
rc-pool-not-restarted = Die Messungen bleiben erhalten, aber der Pool mit { $threads } ist nicht wieder gestartet: { $why }

## www/print.js

print-line = Parallel Playground, gedruckt am { $when }: Ergebnisse gemessen in dieser Browsersitzung auf { $cores }, { $engine }. { $url }

## www/glossary.js: Von Go zu Rust. `Code` in Backticks bleibt, wie er ist; [[id]] verlinkt eine Experimentkarte; -go und -rust: ein Eintrag pro Zeile

glossary-concept = die Begriffe der Lektion, in diesem Code
glossary-heading = Von Go zu Rust
glossary-intro = Die Lektion schreibt Go; diese Seite führt Rust aus. Jede Zeile ist eine Idee in beiden Sprachen, und wo man sie hier sieht.
glossary-caption = Glossar von Go zu Rust
glossary-col-idea = Idee
glossary-col-go = Go (die Lektion)
glossary-col-rust = Rust (diese Seite)
glossary-col-page = Auf dieser Seite

glossary-goroutine-short = `go f()`
glossary-goroutine-idea = Einen Task starten, der gleichzeitig mit dem Rest laufen kann
glossary-goroutine-go =
    `go f()`
glossary-goroutine-rust =
    `rayon::spawn(f)`
    `s.spawn(|_| f())` innerhalb von `rayon::scope`
    jede Seite von `rayon::join(a, b)`
glossary-goroutine-page = Die drei Tasks von [[fib_three]]; die Stücke von [[sum]].
glossary-goroutine-note = Eine goroutine hat ihren eigenen Stack und kann überall angehalten werden; ein rayon-Task ist eine Closure in der Warteschlange der Threads des Pools.

glossary-wait-short = `wg.Wait()`
glossary-wait-idea = Warten, bis die gestarteten Tasks fertig sind
glossary-wait-go =
    `wg.Wait()` auf einer `sync.WaitGroup`
glossary-wait-rust =
    das Ende von `rayon::scope(|s| {"{"} … {"}"})`
    die Rückkehr von `rayon::join`
glossary-wait-page = `fib_three_tasks` und `sum_chunks` kehren erst zurück, wenn ihr scope zu Ende ist.
glossary-wait-note = Während er wartet, führt ein rayon-Thread andere wartende Tasks aus, statt zu schlafen.

glossary-result-short = `<-ch`
glossary-result-idea = Das Ergebnis eines Tasks zurückbekommen
glossary-result-go =
    `ch <- v` in der goroutine
    `v := <-ch` beim Aufrufer
glossary-result-rust =
    `let (a, b) = rayon::join(…, …);`
    ein Oneshot-Kanal für einen gestarteten Task
glossary-result-page = `fib_join` ([[fib]]) addiert die beiden Werte, die `join` zurückgibt; [[mixed]] schickt jedes fib-Ergebnis über einen Oneshot-Kanal zurück.

glossary-gomaxprocs-short = `GOMAXPROCS`
glossary-gomaxprocs-idea = Wie viele Tasks im selben Augenblick ausgeführt werden können
glossary-gomaxprocs-go =
    `runtime.GOMAXPROCS(k)`
glossary-gomaxprocs-rust =
    `ThreadPoolBuilder::new().num_threads(k)`
    `initThreadPool(k)` im Browser
glossary-gomaxprocs-page = Der Schieberegler „Threads im Pool“. `GOMAXPROCS(1)` ist ein Pool mit einem Thread: [[one_vs_k]].
glossary-gomaxprocs-note = Go kann den Wert zur Laufzeit ändern. Der globale Pool von rayon wird einmal gebaut, aber beliebig viele andere Pools können gebaut werden; der Pool der Seite lebt in einem Worker, darum startet sie einen frischen Worker mit einem neuen Pool.

glossary-numcpu-short = `runtime.NumCPU()`
glossary-numcpu-idea = Wie viele Kerne die Maschine bietet
glossary-numcpu-go =
    `runtime.NumCPU()`
glossary-numcpu-rust =
    `std::thread::available_parallelism()`
    `navigator.hardwareConcurrency` in der Seite
glossary-numcpu-page = „Logische Kerne“ unter Dieses Gerät.
glossary-numcpu-note = Ein Browser meldet logische Kerne und meldet vielleicht weniger, als die Maschine hat (Datenschutzeinstellungen runden ab), oder mehr, als mit voller Geschwindigkeit laufen: Zwei logische Kerne können sich einen physischen Kern teilen (SMT), manche Kerne sind langsamere Effizienzkerne, und eine virtuelle Maschine zeigt vielleicht mehr, als sie bekommt (WebKitGTK meldet 4 auf dieser Maschine mit 2 Kernen). Der Bereich mit den Aussagen misst stattdessen die parallele Kapazität, die dieses Gerät bietet.

glossary-blocked-short = eine blockierte goroutine
glossary-blocked-idea = Ein Task, der auf das Netzwerk wartet, ohne einen Thread zu belegen
glossary-blocked-go =
    eine goroutine, blockiert in `http.Get` oder `time.Sleep`
glossary-blocked-rust =
    ein erwartetes Future auf einem Thread: `sleep(ms).await`
    `join_all(…).await`
glossary-blocked-page = Die Wartezeiten von [[io]] und [[mixed]]: ein Thread, viele Wartezeiten gleichzeitig.
glossary-blocked-note = Go parkt die goroutine und führt andere auf demselben Thread aus; eine asynchrone Rust-Funktion kehrt bei jedem `.await` zu ihrem Executor zurück, der dann die anderen Futures abfragt.

glossary-preempt-short = Unterbrechung
glossary-preempt-idea = Wer zwischen Tasks wechselt
glossary-preempt-go =
    Der Scheduler von Go unterbricht eine goroutine, die etwa 10 ms gelaufen ist
glossary-preempt-rust =
    niemand unterbricht einen rayon-Task: Er gibt nur bei `join` oder `scope` ab, wo sein Thread inzwischen andere Tasks ausführen kann
    das Betriebssystem teilt Threads Zeitscheiben zu
glossary-preempt-page = [[time_slicing]]: drei Aufgaben auf zwei und auf drei Threads.
glossary-preempt-note = Das Ein-Kern-Bild der Lektion wechselt zwischen den Tasks A und B; auf einem rayon-Thread beginnt Task B erst, wenn Task A endet oder in `join` oder `scope` wartet.

glossary-mutex-short = `sync.Mutex`
glossary-mutex-idea = Einen Wert zwischen Tasks teilen
glossary-mutex-go =
    `sync.Mutex`
    `atomic.Uint64`
glossary-mutex-rust =
    `std::sync::Mutex<u64>`
    `AtomicU64`
glossary-mutex-page = [[contended]].

## www/matrix.js: Wann hilft Nebenläufigkeit?

matrix-concept = die Matrix der Lektion, mit den Zahlen dieses Geräts
matrix-heading = Wann hilft Nebenläufigkeit? Hier gemessen
matrix-intro = Die Lektion fasst mit einer Matrix zusammen: für jede Art von Arbeit, ob Nebenläufigkeit auf einem Kern und auf mehreren hilft. Jede Zelle unten zeigt die Antwort der Lektion, dann die auf diesem Gerät in dieser Sitzung gemessene Beschleunigung (den letzten Lauf des Experiments dahinter) und ob beide übereinstimmen. Führe eine beliebige Experimentkarte aus oder fülle alle leeren Zellen auf einmal.
matrix-caption = Entscheidungsmatrix: die Antwort der Lektion und die Messung auf diesem Gerät
matrix-col-workload = Art der Arbeit
matrix-col-one = Ein Kern
matrix-col-one-note = hier: ein Pool mit 1 Thread
matrix-col-many = Mehrere Kerne
# $cores: ein gezähltes Wort („2 Kerne“)
matrix-col-many-note = hier: { $cores }, ein Pool mit 2 oder mehr Threads
matrix-col-why = Warum
matrix-io-label = E/A-gebunden (Netzwerk, Festplatte)
matrix-io-one-lesson = ✓ Viel schneller
matrix-io-many-lesson = ✓ Viel schneller
matrix-io-why = Wartezeiten überlappen
matrix-cpu-label = CPU-gebunden (Berechnung)
matrix-cpu-one-lesson = ✗ Gleich oder langsamer
matrix-cpu-many-lesson = ✓ Schneller
matrix-cpu-why = Braucht parallele Ausführung
matrix-mixed-label = Gemischt E/A + CPU
matrix-mixed-one-lesson = ✓ Etwas schneller
matrix-mixed-many-lesson = ✓ Viel schneller
matrix-mixed-why = E/A überlappen, CPU parallelisieren
matrix-coordination-label = Koordinationslastig
matrix-coordination-one-lesson = ✗ Langsamer
matrix-coordination-many-lesson = ✗ Langsamer
matrix-coordination-why = Der Aufwand der Synchronisation überwiegt
matrix-button = Leere Zellen messen
matrix-progress-idle = Führt das Experiment hinter jeder leeren Zelle aus, mit den Einstellungen seiner Karte, auf der Poolgröße seiner Spalte: etwa eine halbe Minute.
matrix-cancel-reason = Abgebrochen: Du hast das Füllen der Matrix angehalten.
matrix-here = Hier:
matrix-lesson = Lektion:
matrix-not-measured = noch nicht gemessen
matrix-run-link = das Experiment ausführen
matrix-untestable-one-core = nicht messbar, dieses Gerät meldet einen Kern
matrix-untestable-no-threads = nicht messbar, Threads sind auf dieser Seite aus
# $speed: speed-faster und Verwandte („2,10× so schnell“); $threads: ein gezähltes Wort
matrix-measured = { $speed } auf { $threads }
matrix-agrees = stimmt überein
matrix-differs = weicht ab
matrix-measuring = Messe { $i } von { $n }: { $experiment } auf { $threads }…
matrix-done = Fertig: Jede Zelle, die dieses Gerät messen kann, ist gefüllt.
matrix-cancelled = Abgebrochen; die bisher gemessenen Zellen bleiben erhalten.
matrix-skipped = { $experiment } wurde nicht ausgeführt (ein langer Lauf, den du nicht starten wolltest)

## class.html, www/class.js: die Klassenansicht

class-page-title = Parallel Playground: die Ergebnisse einer Klasse
class-heading = Die Ergebnisse einer Klasse
class-intro-start = Füge die Ergebnis-Links ein, die deine Schülerinnen und Schüler geteilt haben (einen pro Zeile), oder lege die JSON-Dateien ab, die sie exportiert haben. Alles bleibt in diesem Browser-Tab: Die Ergebnisse stehen im Teil jedes Links nach
class-intro-end = , den Browser nie an einen Server schicken, und diese Seite lädt nichts hoch.
class-results = Ergebnisse
class-links-label = Ergebnis-Links, einer pro Zeile
class-files-label = Oder exportierte JSON-Dateien wählen (oder hier ablegen)
class-show = Die Klasse zeigen
class-no-results = Noch keine Ergebnisse.
class-refused = Abgelehnte Zeilen
class-claims-heading = Aussage für Aussage
class-claims-intro = Für jede Aussage der Lektion: wie viele Geräte zu welchem Urteil kamen, und das Verhältnis, um das es in der Aussage geht, gegen die parallele Kapazität, die jedes Gerät gemessen hat, in Kernen (der Median über die Geräte mit dieser Kapazität, der Balken vom niedrigsten zum höchsten Wert). Ausreißer sind Geräte, die weit von den anderen mit derselben Zahl von Kernen entfernt liegen.
class-line = Zeile { $n }
# $reason: warum share.js sie abgelehnt hat
class-refused-line = { $source }: abgelehnt, { $reason }.
# $devices: ein gezähltes Wort („3 Geräte“); $cores: eine Liste von Zahlen; $refused: wie viele Zeilen abgelehnt wurden
class-summary = { $devices } ({ $cores } Kerne an paralleler Kapazität){ $refused ->
        [0] {""}
       *[other] ; { $refused } abgelehnt (siehe unten)
    }.
class-summary-none = Keine Ergebnisse gelesen{ $refused ->
        [0] {""}
       *[other] ; { $refused } abgelehnt (siehe unten)
    }.
class-verdict-holds = { $n } trifft zu
class-verdict-fails = { $n } trifft nicht zu
class-verdict-inconclusive = { $n } unentschieden
class-verdict-untestable = { $n } nicht prüfbar
class-verdict-error = { $n } nicht gelaufen
class-verdict-demonstration = { $n } als Vorführung gemessen
# $counts: die class-verdict-*-Wörter, aneinandergereiht
class-counts = { $devices }: { $counts }.
class-no-device = Kein Gerät hat diese Aussage gemeldet.
class-table-caption = { $claim }: Verhältnis nach Zahl der Kerne
class-col-cores = Kerne
class-col-devices = Geräte
class-col-median = Median des Verhältnisses
class-col-lowest = Niedrigster
class-col-highest = Höchster
class-outliers = Ausreißer: { $list }.
class-outlier = Gerät { $device } ({ $cores } Kerne, { $ratio })
class-chart-title = { $claim }: Verhältnis gegen Kerne in der Klasse
class-x-label = parallele Kapazität (in Kernen)
class-y-label = Verhältnis (×), Median
class-median = Median der Klasse
class-no-measure = Kein Gerät hat diese Aussage gemessen

## www/experiment.js: eine Experimentkarte ($threads, $from: gezählte Wörter, „2 Threads“)

exp-long-run =
    .aria-label = Langer Lauf
exp-run-anyway = Trotzdem ausführen
exp-not-now = Nicht jetzt
exp-idle = Drücke Ausführen, um zu messen.
exp-question = Bevor du es ausführst: Was erwartest du?
exp-step-idea = Die Idee
exp-step-experiment = Das Experiment
exp-step-verdict = Das Urteil
exp-the-lesson = Die Lektion,
exp-in-go-and-rust = In Go und in Rust:
exp-glossary = Glossar
exp-expect = Was die Lektion erwarten lässt
# $main, $seq: die Namen der Versionen
exp-compare-pools = „{ $main }“ auf { $threads } gegen { $from }
exp-measured-pools = auf { $threads } gegen { $from }
exp-compare-seq = auf { $threads }: „{ $main }“ gegen „{ $seq }“
exp-measured-on = auf { $threads }
# $counts: die Thread-Anzahlen, z. B. „1, 2, 4“
exp-sweep-note = Läuft mit { $counts } Threads und startet für jede Anzahl einen frischen Pool.
exp-sweep-off = Threads sind auf dieser Seite aus, darum kann nur der Pool mit einem Thread gemessen werden.
# $words: exp-compare-pools oder exp-compare-seq
exp-predict = Bevor du es ausführst, sag voraus: { $words } wird
exp-estimating = Das könnte dauern: Schätze anhand eines kleineren Laufs…
exp-how-exact = seine Wartezeiten ergeben zusammen so viel
exp-how-estimated = geschätzt anhand eines kleineren Laufs
# $time: eine Dauer („1,5 s“); $how: exp-how-exact oder exp-how-estimated
exp-long = Dieser Lauf dauert etwa { $time } ({ $how }) und kann abgebrochen werden.
exp-starting = Starte einen Pool mit { $threads } ({ $i } von { $n })…
exp-measuring = Messe auf { $threads }…
exp-measuring-of = Messe auf { $threads } ({ $i } von { $n })…
exp-recording = Zeichne die Zeitleiste auf { $threads } auf…
exp-skipped = Nicht ausgeführt. Kleinere Zahlen geben in Sekunden eine Antwort.
exp-cancelled = { $reason } Frühere Ergebnisse bleiben erhalten.
exp-nothing = Nichts wurde gemessen.
exp-await-click = Die Kursseite hat einen Lauf angefordert, der etwa { $mb } MB an Zahlen im Speicher dieses Tabs hält. Drücke Ausführen, um ihn zu starten.

## www/card-results.js: die Ergebnisse einer Karte

card-chart-caption = Median der Zeit jeder Version bei jeder gemessenen Thread-Anzahl; die Antennen umfassen die mittlere Hälfte der Messwerte, vom ersten bis zum dritten Quartil.
exp-quote = „{ $line }“
card-col-version = Version
card-col-result = Ergebnis
card-col-median = Median
card-col-quartiles = Quartile
card-col-speedup = Beschleunigung
card-exact = Genaues Ergebnis: { $value }
card-caption = Ergebnisse: { $title }
card-needs-threads = braucht Threads
# The baseline a card compares against: its first version, sequential for most cards
card-base-sequential = sequentiell
card-base-variant = „{ $label }“
card-baseline = Vergleichsbasis
# $runs: card-verdict-run für jeden Pool, mit „; “ verbunden
card-verdict-runs = { $label }, gegen { $base }: { $runs }.
card-verdict-run = { $threads } { $speed }
# $compared: compared-faster und Verwandte („2,10× so schnell wie“)
card-verdict = { $label } war { $compared } { $base }, auf einem Pool mit { $threads }.
card-noisy = Die Messwerte schwankten stark: Vielleicht nutzt etwas anderes die CPU; führe es erneut aus, bevor du Schlüsse ziehst.
card-chart-title = { $title }: Median der Zeit pro Version und Thread-Anzahl

## www/predict.js: vorhersagen, dann messen

predict-faster = schneller
predict-same = etwa gleich
predict-slower = langsamer
predict-private = Deine Vermutung ist nur für dich: Nichts wird gespeichert.
predict-chosen = Du erwartest: { $choice }. Jetzt führe es aus.
# $result: speed-faster und Verwandte, mit dem, was verglichen wurde
predict-measured = Gemessen: { $result }.
predict-held = Deine Vorhersage traf zu: Du hast „{ $choice }“ erwartet, und es war { $result }.
predict-not-held = Deine Vorhersage traf nicht zu: Du hast „{ $choice }“ erwartet, und es war { $result }.
predict-lesson-line = In den Worten der Lektion: „{ $line }“ ({ $section }).
# $expected: was die Lektion erwartet, in Worten (lesson/expectations.js)
predict-lesson-not-met = Die Lektion erwartet hier { $expected }; dieser Lauf war es nicht. Führe es erneut aus, bevor du Schlüsse ziehst: Wenn es sich wiederholt, unterscheiden sich dieses Gerät oder diese Einstellungen vom Beispiel der Lektion (Speichergeschwindigkeit, Tasks zu klein für das, was sie kosten, weniger Kerne an Kapazität als Threads), und das ist wissenswert.

## www/lesson/sum.js: die Summenkarte
## -idea und die Zeilen danach zitieren die Lektion, hier in deutscher Fassung.

lesson-sum-concept = Struktur gegenüber Ausführung
lesson-sum-idea = Der Code ist nebenläufig, unabhängig von den Kernen. Ob er parallel läuft, hängt von GOMAXPROCS und den verfügbaren CPU-Kernen ab.
lesson-sum-text = Das Programm addiert n ganze Zahlen, die im Speicher liegen. Die sequentielle Version geht sie in einer Schleife durch. Die aufgeteilten Versionen zerlegen sie in Stücke und geben jedes Stück einem Task: zwei Hälften (die Lehrbuchversion), der parallele Iterator von rayon (er teilt, sobald Threads frei werden) oder genau so viele Stücke, wie du verlangst.
lesson-sum-expect = Mit einem Thread kann keine aufgeteilte Version gewinnen: Die Stücke laufen trotzdem nacheinander, plus Verwaltungsaufwand. Mit zwei oder mehr Kernen werden sie schneller, aber selten im gleichen Verhältnis: Bei den voreingestellten 80 MB ist das Lesen des Speichers die Grenze, nicht das Addieren (ein Thread las hier 80 MB mit etwa 7 GB/s und 16 MB, die in den Cache dieser Maschine passen, mit etwa 23 GB/s). Verlange 100.000 Tasks, und der Verwaltungsaufwand erstickt die Arbeit.
lesson-sum-parallel = Ob er parallel läuft, hängt von GOMAXPROCS und den verfügbaren CPU-Kernen ab.
lesson-trap4-overhead = Parallele Ausführung hat Aufwand: Synchronisation, Cache-Kohärenz, Verteilung der Arbeit.
