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
