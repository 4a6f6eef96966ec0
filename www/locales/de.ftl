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
