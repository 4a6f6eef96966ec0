# Parallel Playground: español. Los mismos ids y { $marcadores } que en.ftl
# (tests/unit/locales.test.mjs). Los nombres (rayon, GOMAXPROCS, goroutine,
# Rust, Go, WebAssembly) no se traducen.

## index.html: cabecera e introducción

page-title = Parallel Playground: concurrencia y paralelismo en tus propios núcleos
page-description =
    .content = Ejecuta programas reales de Rust en WebAssembly en un hilo y en muchos, y comprueba en tu propia máquina cuándo dividir el trabajo en tareas lo hace más rápido.
kicker = Parallel Playground
headline = La concurrencia es cómo divides el trabajo. El paralelismo es si las partes se ejecutan al mismo tiempo.
lesson-line-start = Esta página ilustra la lección
lesson-default-title = Concurrencia y paralelismo
lesson-line-middle = . Los ejemplos de la lección están en Go;
lesson-line-link = De Go a Rust
lesson-line-end = empareja sus términos con el Rust que se ejecuta aquí.
lede = Cada número de esta página se mide ahora, en este dispositivo: código Rust compilado a WebAssembly se ejecuta una vez en un solo hilo y otra vez dividido en tareas en un grupo de hilos de trabajo. Mueve el control deslizante para cambiar cuántos hilos tiene el grupo, pulsa Ejecutar y compara.
terms =
    .aria-label = Términos que usa esta página
term-task = Tarea
term-task-def = Un trozo de trabajo entregado al grupo, que puede ejecutarse al mismo tiempo que otros: lo que en la lección es una goroutine.
term-thread = Hilo
term-thread-def = Un trabajador que ejecuta tareas, una cada vez. Aquí cada hilo del grupo es un Web Worker.
term-core = Núcleo
term-core-def = Un procesador de este dispositivo. Ejecuta un hilo en cada instante; si hay más hilos que núcleos, se turnan.
term-speedup = Aceleración
term-speedup-def = El tiempo de la versión secuencial dividido por el de otra versión: 2× significa que tardó la mitad.
term-quartile = Cuartil
term-quartile-def = Ordena las muestras de una ejecución: una cuarta parte queda por debajo del primer cuartil, una cuarta parte por encima del tercero y la mitad entre ambos. La mediana es la del medio.
term-isolation = Aislamiento de origen cruzado
term-isolation-def = Un modo del navegador, activado por las cabeceras del servidor, en el que los workers pueden compartir memoria: sin él, WebAssembly no tiene hilos.

## index.html: este dispositivo, el control deslizante

device-heading = Este dispositivo
device-cores = Núcleos lógicos
device-isolated = Aislado entre orígenes
device-engine = Motor
device-pool = Grupo
open-full = Abrir el playground completo ↗
threads-label = Hilos en el grupo
threads-hint = Hasta el número de núcleos, cada hilo puede ejecutarse en un núcleo propio. Por encima, los hilos se turnan en los mismos núcleos: pruébalo y observa cómo los tiempos dejan de mejorar.

## index.html: las afirmaciones de la lección, el pie

claims-heading = Las afirmaciones de la lección, comprobadas en este dispositivo
claims-intro = Cada afirmación de abajo es algo que la lección dice sobre la concurrencia y el paralelismo. El playground la convierte en una predicción, la mide aquí y dice si se cumplió. Una afirmación que necesita hilos o un segundo núcleo se marca como no comprobable donde el dispositivo no los ofrece.
claims-check-all = Comprobar todas las afirmaciones
claims-progress =
    .aria-label = Afirmaciones comprobadas
claims-takes = Tarda aproximadamente un minuto: primero una breve prueba de los núcleos, luego cada afirmación, medida de nuevo donde el primer intento es demasiado ruidoso para decidir; el grupo se reinicia donde una afirmación necesita otro número de hilos.
claims-caption = Afirmaciones, predicciones, mediciones y veredictos
claims-col-claim = Afirmación
claims-col-prediction = Predicción
claims-col-measured = Medido aquí
claims-col-verdict = Veredicto
footer-method = Cada ejecución mide ambas versiones varias veces, alternando su orden, e informa de la mediana; las versiones que calculan reciben antes un calentamiento que no cuenta (las que esperan no lo necesitan: una espera dura lo que dura). Arrancar el grupo nunca forma parte de una medición.

## www/app.js

yes = sí
no = no
engine-threads = wasm con hilos
engine-single = wasm, un hilo
url-notes-intro = Se ajustaron algunos parámetros del enlace:
# $threads, $cores: palabras contadas (count-thread, count-core abajo)
threads-more-than-cores = { $threads }, más que los { $cores }
threads-cores-available = { $threads }, { $cores } disponibles
pool-ready = { $threads } listos en { $time }
pool-indices =
    .title = Índices de los hilos que respondieron: { $indices }
pool-ready-announce = Grupo listo: { $threads }.
pool-starting = arrancando { $threads }…
pool-starting-announce = Arrancando un grupo de { $threads }…
pool-failed = no pudo arrancar
fresh-pool-reason = Detenido: un grupo nuevo para otro intento.
view-claims = las afirmaciones de la lección
view-sweep = barrido de hilos
view-timeline = quién ejecutó qué y cuándo
copy-link = Copiar enlace
copy-embed = Copiar código para incrustar
embed-title = Parallel Playground: { $title }

## www/url-state.js: notas sobre los parámetros de un enlace

url-no-experiment = No hay ningún experimento llamado «{ $value }»; se muestra «{ $first }» en su lugar.
url-out-of-range = { $name }={ $value } está fuera de rango ({ NUMBER($min, useGrouping: 0) } a { NUMBER($max, useGrouping: 0) }); se usa { NUMBER($near, useGrouping: 0) }.
url-not-whole = { $name }={ $value } no es un número entero; se usa { NUMBER($near, useGrouping: 0) }.
url-not-a-number = { $name }={ $value } no es un número; se usa el valor predeterminado, { NUMBER($default, useGrouping: 0) }.
url-does-not-apply = { $name } no se aplica a «{ $experiment }»; se ignora.
url-bad-theme = theme={ $value } no es ninguno de { $choices }; se usa auto.
url-bad-view = view={ $value } no es ninguno de { $choices }; se muestra el experimento.
url-unknown-claims = claims=: { $ids } { $count ->
        [one] no es una afirmación
       *[other] no son afirmaciones
    } de esta página; se omiten.
url-no-claims = claims= no nombra ninguna afirmación de esta página; se muestran todas.
url-bad-lesson = lesson={ $value } no es una dirección https; se omite el enlace a la lección.
url-long-title = lesson_title tiene más de { $max } caracteres; se acorta.
url-bad-lang = lang={ $value } no es un idioma de esta página ({ $choices }); se muestra en inglés.

## www/format.js: cantidades ($n) y aceleraciones ($s: un número como 2,1)

count-task = { $n ->
        [one] { $n } tarea
       *[other] { $n } tareas
    }
count-thread = { $n ->
        [one] { $n } hilo
       *[other] { $n } hilos
    }
count-core = { $n ->
        [one] { $n } núcleo
       *[other] { $n } núcleos
    }
count-logical-core = { $n ->
        [one] { $n } núcleo lógico
       *[other] { $n } núcleos lógicos
    }
count-device = { $n ->
        [one] { $n } dispositivo
       *[other] { $n } dispositivos
    }
count-job = { $n ->
        [one] { $n } trabajo
       *[other] { $n } trabajos
    }
count-other-run = { $n ->
        [one] { $n } ejecución más
       *[other] { $n } ejecuciones más
    }
count-row = { $n ->
        [one] { $n } fila
       *[other] { $n } filas
    }
count-run = { $n ->
        [one] { $n } ejecución
       *[other] { $n } ejecuciones
    }
count-span = { $n ->
        [one] { $n } tramo
       *[other] { $n } tramos
    }
count-thread-count = { $n ->
        [one] { $n } número de hilos
       *[other] { $n } números de hilos
    }
count-try = { $n ->
        [one] { $n } intento
       *[other] { $n } intentos
    }
compared-faster = { $s }× tan rápido como
compared-slower = { $s }× más lento que
compared-same = más o menos igual de rápido que
compared-none = sin medir frente a
speed-faster = { $s }× más rápido
speed-slower = { $s }× más lento
speed-same = más o menos igual de rápido
speed-none = sin medir
duration-min = { $n } min
duration-s = { $n } s
duration-ms = { $n } ms

## www/sweep.js: el barrido de hilos

sweep-concept = medir cada número de hilos
sweep-heading = Barrido de hilos: tiempo y aceleración con cada número de hilos
sweep-intro = Un clic mide un programa en un grupo de un hilo, luego dos, y así hasta el máximo del control deslizante, con un grupo nuevo para cada uno. El gráfico de aceleración añade lo que daría un escalado perfecto (un núcleo por hilo, plano a partir del número de núcleos) y una curva de la ley de Amdahl ajustada a lo que mediste.
sweep-button = Barrido
sweep-idle = Barrido de 1 a { $max } hilos
sweep-idle-single = Barrido (aquí solo 1 hilo)
sweep-workload = programa
sweep-progress-label = Números de hilos medidos
sweep-progress-idle = Cada número de hilos recibe un grupo nuevo; su arranque nunca se mide.
sweep-cancel-reason = Cancelado: detuviste el barrido.
sweep-overlay-none = ninguno
sweep-sequential = secuencial
sweep-parallel = paralelo
sweep-parallel-quartiles = paralelo (cuartiles como barras)
sweep-compared = barrido comparado
sweep-measured = medido
sweep-ideal = ideal
sweep-amdahl-fit = ajuste de Amdahl
sweep-time-caption = Mediana del tiempo por ejecución con cada número de hilos.
sweep-speedup-caption = Aceleración: tiempo secuencial dividido por el tiempo paralelo, ambos medidos en la misma ejecución.
sweep-table-caption = Resultados del barrido: los números detrás de ambos gráficos
sweep-col-threads = Hilos
sweep-col-sequential = Secuencial
sweep-col-parallel = Paralelo (cuartiles)
sweep-col-speedup = Aceleración
sweep-col-efficiency = Eficiencia
sweep-col-ideal = Ideal
sweep-col-karp-flatt = Se comporta como serie (Karp-Flatt)
sweep-col-amdahl = Ajuste de Amdahl
sweep-export-csv = Exportar CSV
sweep-export-json = Exportar JSON
sweep-compare-with = Comparar con
# $threads: una palabra contada («3 hilos»); $i de $n: el grupo que se mide
sweep-measuring = Midiendo en { $threads } ({ $i } de { $n })…
# $counts: una palabra contada («4 números de hilos»)
sweep-done = Hecho: { $counts } medidos.
sweep-cancelled = Cancelado tras { $counts }; esos resultados se conservan.
sweep-w-fib = fib({ $n }), corte { $cutoff }
sweep-w-sum = suma de { $n } números
sweep-w-fib-three = tres fib({ $n })
sweep-w-contended = suma con cerrojo de { $n }
sweep-none-yet = aún no hay barrido
sweep-time-title = Tiempo según los hilos, { $label }
sweep-speedup-title = Aceleración según los hilos, { $label }
sweep-x-label = hilos en el grupo
sweep-time-y = tiempo por ejecución (ms), mediana
sweep-speedup-y = aceleración (×)
sweep-package-threads = el paquete wasm con hilos
sweep-package-single = el paquete wasm de un hilo
sweep-isolated = aislado entre orígenes
sweep-not-isolated = no aislado entre orígenes
# $coarse: yes cuando el temporizador es grueso (0,1 ms); $reps: muestras por punto
sweep-conditions = { $label }. Medido con { $package }, { $cores }, { $isolated }, resolución del temporizador { $resolution }{ $coarse ->
        [yes] {" "}(gruesa: las ejecuciones cortas se agrupan para que cada muestra abarque muchos tics)
       *[no] {""}
    }; cada punto es la mediana de al menos { $reps } muestras tras un calentamiento.

## www/timeline.js: quién ejecutó qué y cuándo

timeline-concept = la ejecución, hecha visible
timeline-heading = Quién ejecutó qué y cuándo
timeline-intro = Una ejecución de cada versión, registrada dentro del WebAssembly: cada barra es una tarea, desde su inicio hasta su fin, en la fila del hilo que la ejecutó. Una ejecución secuencial mantiene ocupada una fila; una paralela mantiene varias ocupadas en el mismo momento; la espera concurrente en un hilo muestra esperas (líneas finas) que se solapan mientras solo se ejecuta un cálculo a la vez. Los huecos son hilos inactivos.
timeline-hint = El registro lee un reloj al inicio y al final de cada tarea, por eso solo se hace aquí: todas las demás mediciones de la página usan el mismo código sin registro.
timeline-record = Registrar
timeline-experiment = experimento
# $settings: los campos del experimento y sus valores, p. ej. «n 30, cutoff 20»
timeline-settings = Lo registra con { $settings }: pocas tareas, para ver cada una.
timeline-idle = Pulsa Registrar para ver cada tarea de una ejecución en los hilos que la ejecutaron.
timeline-cancel-reason = Cancelado: detuviste el registro.
timeline-one-thread-title = Un hilo: ejecución hasta el final.
timeline-one-thread = La imagen de un núcleo de la lección alterna entre las tareas A y B cada pocos milisegundos, porque el planificador de Go pausa las goroutines. Una tarea de rayon nunca se interrumpe: solo cede en join o scope (donde su hilo puede ejecutar otras tareas), y estas tareas nunca hacen join, así que en un hilo del grupo cada una se ejecuta de principio a fin, luego empieza la siguiente, y las barras nunca se intercalan. Solo el sistema operativo reparte el tiempo, y reparte hilos, no tareas: consulta
timeline-one-thread-end = .
timeline-recording = Registrando en { $threads }…
timeline-failed = No se registró nada.
timeline-recorded-waits = Registrado en un grupo de { $threads }, la primera ejecución de cada versión (esperar no necesita calentamiento).
timeline-recorded = Registrado en un grupo de { $threads }, tras una ejecución de calentamiento sin registrar de cada versión.
# $mark: ✓ si el resultado es correcto, ✗ si no
timeline-facts = { $total } en total; { $spans }; { $rows } calculando; resultado { $answer } { $mark }
timeline-data = Los datos detrás de este gráfico
timeline-col-job = trabajo
timeline-none-yet = Aún no se ha registrado nada.
timeline-col-task = tarea
timeline-col-kind = tipo
timeline-col-thread = hilo
timeline-col-start = inicio
timeline-col-end = fin
timeline-kind-compute = cálculo
timeline-kind-wait = espera
timeline-calling = llamante
timeline-chart-title = { $label }: tareas por hilo a lo largo del tiempo

## www/chart.js

chart-empty-run = Pulsa Ejecutar para medir
chart-empty-sweep = Pulsa Barrido para medir
chart-bar-title = { $series }, { $group }: mediana { $median } (cuartiles { $q1 } a { $q3 })
chart-timeline-x = tiempo desde el inicio de la ejecución (ms)
chart-calling-thread = hilo llamante
chart-the-calling-thread = el hilo llamante
chart-pool-thread = hilo { $thread } del grupo
chart-wait-title = espera { $job } en { $thread }: { $start } a { $end }
chart-task-title = tarea { $job } en { $thread }: { $start } a { $end }

## www/run-control.js: Ejecutar y Cancelar, progreso de una ejecución o de una serie

rc-run = Ejecutar
rc-cancel = Cancelar
rc-cancelled = Cancelado.
rc-cancel-reason = Cancelado: detuviste la ejecución.
# $why: las palabras del motor
rc-restart-failed = La ejecución se canceló, pero el motor no volvió a arrancar: { $why }
rc-running = Ejecutando { $i } de { $n }…
# $runs: una palabra contada («3 ejecuciones»)
rc-done = Hecho: { $runs }.
# $reason: una frase como rc-cancel-reason
rc-batch-cancelled = { $reason } { $finished } de { $total } terminadas; esos resultados se conservan.
rc-failed = { $failed } de { $total } fallaron: { $why }
# $others: una palabra contada («2 ejecuciones más»)
rc-others-failed = (también fallaron { $others }; cada una dice por qué en su lugar)
rc-stopped = Detenido: { $finished } de { $total } terminadas.
rc-pool-not-restarted = Las mediciones se conservan, pero el grupo de { $threads } no volvió a arrancar: { $why }

## www/print.js

print-line = Parallel Playground, impreso el { $when }: resultados medidos en esta sesión del navegador en { $cores }, { $engine }. { $url }

## www/glossary.js: De Go a Rust. El `código` entre comillas invertidas no cambia; [[id]] enlaza una tarjeta de experimento; -go y -rust: un elemento por línea

glossary-concept = los términos de la lección, en este código
glossary-heading = De Go a Rust
glossary-intro = La lección escribe Go; esta página ejecuta Rust. Cada fila es una idea en ambos, y dónde verla aquí.
glossary-caption = Glosario de Go a Rust
glossary-col-idea = Idea
glossary-col-go = Go (la lección)
glossary-col-rust = Rust (esta página)
glossary-col-page = En esta página

glossary-goroutine-short = `go f()`
glossary-goroutine-idea = Iniciar una tarea que puede ejecutarse al mismo tiempo que el resto
glossary-goroutine-go =
    `go f()`
glossary-goroutine-rust =
    `rayon::spawn(f)`
    `s.spawn(|_| f())` dentro de `rayon::scope`
    cada lado de `rayon::join(a, b)`
glossary-goroutine-page = Las tres tareas de [[fib_three]]; los trozos de [[sum]].
glossary-goroutine-note = Una goroutine tiene su propia pila y puede pausarse en cualquier punto; una tarea de rayon es una clausura en la cola de los hilos del grupo.

glossary-wait-short = `wg.Wait()`
glossary-wait-idea = Esperar a que terminen las tareas que iniciaste
glossary-wait-go =
    `wg.Wait()` sobre un `sync.WaitGroup`
glossary-wait-rust =
    el final de `rayon::scope(|s| {"{"} … {"}"})`
    el retorno de `rayon::join`
glossary-wait-page = `fib_three_tasks` y `sum_chunks` solo retornan cuando su scope ha terminado.
glossary-wait-note = Mientras espera, un hilo de rayon ejecuta otras tareas en cola en lugar de dormir.

glossary-result-short = `<-ch`
glossary-result-idea = Recuperar el resultado de una tarea
glossary-result-go =
    `ch <- v` en la goroutine
    `v := <-ch` en quien llama
glossary-result-rust =
    `let (a, b) = rayon::join(…, …);`
    un canal oneshot para una tarea lanzada
glossary-result-page = `fib_join` ([[fib]]) suma los dos valores que devuelve `join`; [[mixed]] devuelve cada resultado de fib por un canal oneshot.

glossary-gomaxprocs-short = `GOMAXPROCS`
glossary-gomaxprocs-idea = Cuántas tareas pueden ejecutarse en el mismo instante
glossary-gomaxprocs-go =
    `runtime.GOMAXPROCS(k)`
glossary-gomaxprocs-rust =
    `ThreadPoolBuilder::new().num_threads(k)`
    `initThreadPool(k)` en el navegador
glossary-gomaxprocs-page = El control deslizante «Hilos en el grupo». `GOMAXPROCS(1)` es un grupo de un hilo: [[one_vs_k]].
glossary-gomaxprocs-note = Go puede cambiarlo mientras se ejecuta. El grupo global de rayon se construye una vez, pero se pueden construir otros grupos; el grupo de la página vive en un worker, así que arranca un worker nuevo con un grupo nuevo.

glossary-numcpu-short = `runtime.NumCPU()`
glossary-numcpu-idea = Cuántos núcleos ofrece la máquina
glossary-numcpu-go =
    `runtime.NumCPU()`
glossary-numcpu-rust =
    `std::thread::available_parallelism()`
    `navigator.hardwareConcurrency` en la página
glossary-numcpu-page = «Núcleos lógicos» en Este dispositivo.
glossary-numcpu-note = Un navegador informa de núcleos lógicos, y puede informar de menos de los que tiene la máquina (los ajustes de privacidad redondean hacia abajo) o de más de los que van a plena velocidad: dos núcleos lógicos pueden compartir un núcleo físico (SMT), algunos núcleos son núcleos de eficiencia más lentos, y una máquina virtual puede mostrar más de lo que recibe (WebKitGTK informa de 4 en esta máquina de 2 núcleos). El panel de afirmaciones mide en su lugar la capacidad paralela que da este dispositivo.

glossary-blocked-short = una goroutine bloqueada
glossary-blocked-idea = Una tarea que espera a la red sin ocupar un hilo
glossary-blocked-go =
    una goroutine bloqueada en `http.Get` o `time.Sleep`
glossary-blocked-rust =
    un future esperado en un hilo: `sleep(ms).await`
    `join_all(…).await`
glossary-blocked-page = Las esperas de [[io]] y [[mixed]]: un hilo, muchas esperas a la vez.
glossary-blocked-note = Go aparca la goroutine y ejecuta otras en el mismo hilo; una función async de Rust vuelve a su ejecutor en cada `.await`, que entonces consulta los otros futures.

glossary-preempt-short = expropiación
glossary-preempt-idea = Quién alterna entre tareas
glossary-preempt-go =
    El planificador de Go interrumpe una goroutine que lleva unos 10 ms ejecutándose
glossary-preempt-rust =
    nadie interrumpe una tarea de rayon: solo cede en `join` o `scope`, donde su hilo puede ejecutar otras tareas mientras tanto
    el sistema operativo reparte el tiempo entre los hilos
glossary-preempt-page = [[time_slicing]]: tres trabajos en dos y en tres hilos.
glossary-preempt-note = La imagen de un núcleo de la lección alterna entre las tareas A y B; en un hilo de rayon, la tarea B solo empieza cuando la tarea A termina o espera en `join` o `scope`.

glossary-mutex-short = `sync.Mutex`
glossary-mutex-idea = Compartir un valor entre tareas
glossary-mutex-go =
    `sync.Mutex`
    `atomic.Uint64`
glossary-mutex-rust =
    `std::sync::Mutex<u64>`
    `AtomicU64`
glossary-mutex-page = [[contended]].

## www/matrix.js: ¿cuándo ayuda la concurrencia?

matrix-concept = la matriz de la lección, con los números de este dispositivo
matrix-heading = ¿Cuándo ayuda la concurrencia? Medido aquí
matrix-intro = La lección lo resume con una matriz: para cada tipo de trabajo, si la concurrencia ayuda en un núcleo y en varios. Cada celda muestra la respuesta de la lección, luego la aceleración medida en este dispositivo en esta sesión (la última ejecución del experimento que hay detrás) y si ambas coinciden. Ejecuta cualquier tarjeta de experimento o rellena todas las celdas vacías a la vez.
matrix-caption = Matriz de decisión: la respuesta de la lección y la medición en este dispositivo
matrix-col-workload = Tipo de trabajo
matrix-col-one = Un núcleo
matrix-col-one-note = aquí: un grupo de 1 hilo
matrix-col-many = Varios núcleos
# $cores: una palabra contada («2 núcleos»)
matrix-col-many-note = aquí: { $cores }, un grupo de 2 o más hilos
matrix-col-why = Por qué
matrix-io-label = Limitado por E/S (red, disco)
matrix-io-one-lesson = ✓ Mucho más rápido
matrix-io-many-lesson = ✓ Mucho más rápido
matrix-io-why = Solapar los tiempos de espera
matrix-cpu-label = Limitado por CPU (cálculo)
matrix-cpu-one-lesson = ✗ Igual o más lento
matrix-cpu-many-lesson = ✓ Más rápido
matrix-cpu-why = Necesita ejecución paralela
matrix-mixed-label = Mixto E/S + CPU
matrix-mixed-one-lesson = ✓ Algo más rápido
matrix-mixed-many-lesson = ✓ Mucho más rápido
matrix-mixed-why = Solapar la E/S, paralelizar la CPU
matrix-coordination-label = Mucha coordinación
matrix-coordination-one-lesson = ✗ Más lento
matrix-coordination-many-lesson = ✗ Más lento
matrix-coordination-why = Domina el coste de la sincronización
matrix-button = Medir las celdas vacías
matrix-progress-idle = Ejecuta el experimento de cada celda vacía, con los ajustes de su tarjeta, con el tamaño de grupo de su columna: aproximadamente medio minuto.
matrix-cancel-reason = Cancelado: detuviste el relleno de la matriz.
matrix-here = Aquí:
matrix-lesson = Lección:
matrix-not-measured = aún sin medir
matrix-run-link = ejecutar el experimento
matrix-untestable-one-core = no se puede medir, este dispositivo informa de un núcleo
matrix-untestable-no-threads = no se puede medir, los hilos están desactivados en esta página
# $speed: speed-faster y similares («2,10× más rápido»); $threads: una palabra contada
matrix-measured = { $speed } en { $threads }
matrix-agrees = coincide
matrix-differs = difiere
matrix-measuring = Midiendo { $i } de { $n }: { $experiment } en { $threads }…
matrix-done = Hecho: todas las celdas que este dispositivo puede medir están rellenas.
matrix-cancelled = Cancelado; las celdas medidas hasta ahora se conservan.
matrix-skipped = { $experiment } no se ejecutó (una ejecución larga que elegiste no iniciar)

## class.html, www/class.js: la vista de la clase

class-page-title = Parallel Playground: los resultados de una clase
class-heading = Los resultados de una clase
class-intro-start = Pega los enlaces de resultados que compartieron tus estudiantes (uno por línea) o suelta los archivos JSON que exportaron. Todo se queda en esta pestaña del navegador: los resultados van en la parte de cada enlace después de
class-intro-end = , que los navegadores nunca envían a un servidor, y esta página no sube nada.
class-results = Resultados
class-links-label = Enlaces de resultados, uno por línea
class-files-label = O elige (o suelta aquí) archivos JSON exportados
class-show = Mostrar la clase
class-no-results = Aún no hay resultados.
class-refused = Líneas rechazadas
class-claims-heading = Afirmación por afirmación
class-claims-intro = Para cada afirmación de la lección: cuántos dispositivos llegaron a cada veredicto, y la razón de la que trata la afirmación frente a la capacidad paralela que midió cada dispositivo, en núcleos (la mediana de los dispositivos con esa capacidad, la barra del más bajo al más alto). Los valores atípicos son dispositivos lejos de los demás con el mismo número de núcleos.
class-line = línea { $n }
# $reason: por qué share.js la rechazó
class-refused-line = { $source }: rechazada, { $reason }.
# $devices: una palabra contada («3 dispositivos»); $cores: una lista de números; $refused: cuántas líneas se rechazaron
class-summary = { $devices } ({ $cores } núcleos de capacidad paralela){ $refused ->
        [0] {""}
       *[other] ; { $refused } rechazadas (ver abajo)
    }.
class-summary-none = No se leyó ningún resultado{ $refused ->
        [0] {""}
       *[other] ; { $refused } rechazadas (ver abajo)
    }.
class-verdict-holds = { $n } se cumple
class-verdict-fails = { $n } no se cumple
class-verdict-inconclusive = { $n } no concluyente
class-verdict-untestable = { $n } no comprobable
class-verdict-error = { $n } no se pudo ejecutar
class-verdict-demonstration = { $n } medida como demostración
# $counts: las palabras class-verdict-*, unidas
class-counts = { $devices }: { $counts }.
class-no-device = Ningún dispositivo informó de esta afirmación.
class-table-caption = { $claim }: razón según el número de núcleos
class-col-cores = Núcleos
class-col-devices = Dispositivos
class-col-median = Razón mediana
class-col-lowest = Mínima
class-col-highest = Máxima
class-outliers = Valores atípicos: { $list }.
class-outlier = dispositivo { $device } ({ $cores } núcleos, { $ratio })
class-chart-title = { $claim }: razón frente a núcleos en la clase
class-x-label = capacidad paralela (en núcleos)
class-y-label = razón (×), mediana
class-median = mediana de la clase
class-no-measure = Ningún dispositivo midió esta afirmación

## www/experiment.js: una tarjeta de experimento ($threads, $from: palabras contadas, «2 hilos»)

exp-long-run =
    .aria-label = Ejecución larga
exp-run-anyway = Ejecutar igualmente
exp-not-now = Ahora no
exp-idle = Pulsa Ejecutar para medir.
exp-question = Antes de ejecutar: ¿qué esperas?
exp-step-idea = La idea
exp-step-experiment = El experimento
exp-step-verdict = El veredicto
exp-the-lesson = La lección,
exp-in-go-and-rust = En Go y en Rust:
exp-glossary = glosario
exp-expect = Lo que la lección nos hace esperar
# $main, $seq: los nombres de las versiones
exp-compare-pools = «{ $main }» en { $threads } frente a { $from }
exp-measured-pools = en { $threads } frente a { $from }
exp-compare-seq = en { $threads }, «{ $main }» frente a «{ $seq }»
exp-measured-on = en { $threads }
# $counts: los números de hilos, p. ej. «1, 2, 4»
exp-sweep-note = Se ejecuta con { $counts } hilos, arrancando un grupo nuevo para cada uno.
exp-sweep-off = Los hilos están desactivados en esta página, así que solo se puede medir el grupo de un hilo.
# $words: exp-compare-pools o exp-compare-seq
exp-predict = Antes de ejecutar, predice: { $words } será
exp-estimating = Esto podría tardar: estimando a partir de una ejecución más pequeña…
exp-how-exact = sus esperas suman eso
exp-how-estimated = estimado a partir de una ejecución más pequeña
# $time: una duración («1,5 s»); $how: exp-how-exact o exp-how-estimated
exp-long = Esta ejecución tardará unos { $time } ({ $how }) y se puede cancelar.
exp-starting = Arrancando un grupo de { $threads } ({ $i } de { $n })…
exp-measuring = Midiendo en { $threads }…
exp-measuring-of = Midiendo en { $threads } ({ $i } de { $n })…
exp-recording = Registrando la línea de tiempo en { $threads }…
exp-skipped = No se ejecutó. Con números más pequeños la respuesta llega en segundos.
exp-cancelled = { $reason } Los resultados anteriores se conservan.
exp-nothing = No se midió nada.
exp-await-click = La página del curso pidió una ejecución que mantiene unos { $mb } MB de números en la memoria de esta pestaña. Pulsa Ejecutar para iniciarla.

## www/card-results.js: los resultados de una tarjeta

card-chart-caption = Mediana del tiempo de cada versión con cada número de hilos medido; los bigotes abarcan la mitad central de las muestras, del primer al tercer cuartil.
exp-quote = «{ $line }»
card-col-version = Versión
card-col-result = Resultado
card-col-median = Mediana
card-col-quartiles = cuartiles
card-col-speedup = Aceleración
card-exact = Respuesta exacta: { $value }
card-caption = Resultados: { $title }
card-needs-threads = necesita hilos
# The baseline a card compares against: its first version, sequential for most cards
card-base-sequential = secuencial
card-base-variant = «{ $label }»
card-baseline = referencia
# $runs: card-verdict-run para cada grupo, unidos con «; »
card-verdict-runs = { $label }, frente a { $base }: { $runs }.
card-verdict-run = { $threads } { $speed }
# $compared: compared-faster y similares («2,10× tan rápido como»)
card-verdict = { $label } fue { $compared } { $base }, en un grupo de { $threads }.
card-noisy = Las muestras variaron mucho: puede que otra cosa esté usando la CPU, así que vuelve a ejecutarlo antes de sacar conclusiones.
card-chart-title = { $title }: mediana del tiempo por versión y número de hilos

## www/predict.js: predecir, luego medir

predict-faster = más rápido
predict-same = más o menos igual
predict-slower = más lento
predict-private = Tu predicción es solo para ti: no se guarda nada.
predict-chosen = Esperas: { $choice }. Ahora ejecútalo.
# $result: speed-faster y similares, con lo que se comparó
predict-measured = Medido: { $result }.
predict-held = Tu predicción se cumplió: esperabas «{ $choice }», y fue { $result }.
predict-not-held = Tu predicción no se cumplió: esperabas «{ $choice }», y fue { $result }.
predict-lesson-line = En palabras de la lección: «{ $line }» ({ $section }).
# $expected: lo que la lección espera, en palabras (lesson/expectations.js)
predict-lesson-not-met = La lección espera { $expected } aquí; esta ejecución no lo fue. Vuelve a ejecutarlo antes de concluir: si se repite, este dispositivo o estos ajustes difieren del ejemplo de la lección (velocidad de la memoria, tareas demasiado pequeñas para lo que cuestan, menos núcleos de capacidad que hilos), y eso vale la pena saberlo.

## www/lesson/sum.js: la tarjeta de la suma
## -idea y las líneas siguientes citan la lección, aquí en su versión en español.

lesson-sum-concept = estructura frente a ejecución
lesson-sum-idea = El código es concurrente sin importar los núcleos. Que sea paralelo depende de GOMAXPROCS y de los núcleos de CPU disponibles.
lesson-sum-text = El programa suma n números enteros que están en memoria. La versión secuencial los recorre en un bucle. Las versiones divididas los cortan en trozos y entregan cada trozo a una tarea: dos mitades (la versión de manual), el iterador paralelo de rayon (divide a medida que quedan hilos libres) o exactamente tantos trozos como pidas.
lesson-sum-expect = Con un hilo ninguna versión dividida puede ganar: los trozos se siguen ejecutando uno tras otro, más la gestión. Con dos o más núcleos se vuelven más rápidas, aunque rara vez en proporción: con los 80 MB predeterminados, el límite es leer la memoria, no sumar (un hilo leyó aquí 80 MB a unos 7 GB/s y 16 MB, que caben en la caché de esta máquina, a unos 23 GB/s). Pide 100.000 tareas y la gestión ahoga el trabajo.
lesson-sum-parallel = Que sea paralelo depende de GOMAXPROCS y de los núcleos de CPU disponibles.
lesson-trap4-overhead = La ejecución paralela tiene un coste: sincronización, coherencia de caché, reparto del trabajo.
