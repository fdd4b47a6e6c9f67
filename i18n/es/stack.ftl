# Las palabras de la pila de turnos (ui/src/views/stack, lib/floorAnnouncements.ts).
# Los nombres de los tipos de turno son los del acta (entry-…, minutes.ftl).

## Los tipos de turno: el gesto de cada uno

stack-signal-process = triángulo
stack-signal-information = un dedo arriba
stack-signal-clarifying = mano en forma de «C»
stack-signal-direct-response = los dos índices
stack-signal-speak = mano alzada

## Por qué un turno está en su sitio

stack-reason-direct-response-to = respuesta directa a { $name }
stack-reason-in-order-added = por orden de llegada
stack-reason-prioritized = con prioridad
stack-reason-first-time-today = habla por primera vez hoy
stack-reason-spoken-today = ya ha hablado hoy
stack-reason-prioritized-and = con prioridad, { $why }
stack-reason-no-repeat = pasa antes: quien tocaba acaba de hablar
stack-reason-list-turn = turno de la lista { $list }
stack-reason-list-turn-and = turno de la lista { $list }, { $why }
stack-reason-over-cap = espera: ha tenido { $n } { $n ->
    [one] intervención
   *[other] intervenciones
  } en este punto, el límite es { $cap }

## Por qué no se admite un tipo ahora

stack-why-meeting-closed = { $meeting } está cerrada
stack-why-stack-closed = la pila está cerrada
stack-why-nobody-speaking = nadie tiene la palabra
stack-why-foreign = { $meeting } pertenece a otra asamblea

## Lo que desharía «Deshacer»

stack-undo-add = añadir a alguien a la pila
stack-undo-next = dar la palabra al siguiente turno
stack-undo-withdraw = la retirada de un turno
stack-undo-prioritize = dar prioridad
stack-undo-unprioritize = quitar la prioridad
stack-undo-close = cerrar la pila
stack-undo-reopen = reabrir la pila
stack-undo-pause = la pausa
stack-undo-resume = la reanudación
stack-undo-limit = el tiempo por intervención
stack-undo-policy = el cambio de reglas del turno de palabra
stack-undone-add = añadir a { $name } ({ $kind }{ $for ->
        [yes] , por { $wg }
       *[no] {""}
    }{ $prioritized ->
        [yes] , con prioridad
       *[no] {""}
    }{ $listed ->
        [yes] , lista { $list }
       *[no] {""}
    })
stack-undone-next-floor = siguiente: { $name } tiene la palabra
stack-undone-next-finished = siguiente: { $name } terminó, nadie esperando
stack-undone-withdraw = retirar a { $name } ({ $kind })
stack-undone-prioritize = dar prioridad a { $name }
stack-undone-unprioritize = quitar la prioridad a { $name }
stack-undone-close = cerrar la pila
stack-undone-reopen = reabrir la pila
stack-undone-pause = pausar a { $name }
stack-undone-resume = reanudar a { $name }
stack-undone-limit = fijar el tiempo por intervención en { $limit }
stack-undone-limit-none = sin límite
stack-undone-limit-min = { $n } min
stack-undone-limit-s = { $n } s
stack-undone-policy = cambiar las reglas del turno de palabra a: { $policy }

## Tiempos

stack-limit-min = { $min } min

## La vista

stack-title = Pila de turnos
stack-breadcrumb = Ruta
stack-meeting = Asamblea
stack-minutes-link = Acta →
stack-item-status = punto { $status }
stack-meeting-status = { $meeting } { $status }
stack-item = Punto
stack-item-option = { $reference } { $title } ({ $status })
stack-item-under-way = en curso
stack-follow = Seguir el punto en curso ({ $reference })
stack-no-items = Esta asamblea aún no tiene puntos en el orden del día: añádelos en
stack-no-items-link = la vista de la asamblea
stack-read-only = { $meeting } está cerrada: sus pilas se pueden leer pero ya no cambiar.
stack-add-form = Añadir a la pila
stack-name = Nombre
stack-name-enter = (Intro añade)
stack-add = Añadir
stack-adding-as = Se añade como
stack-adding-prioritized = , con prioridad
stack-prioritize-new = Dar prioridad
stack-list = Lista
stack-list-their-choice = (la que elija)
stack-list-none = ninguna
stack-keys-line-add = añadir
stack-keys-line-kind = tipo
stack-keys-line-prioritize = prioridad
stack-keys-line-next = siguiente
stack-keys-line-undo = deshacer
stack-keys-line-note = no mientras se escribe en un campo de otro panel
stack-keys = Teclas
stack-key-enter = añadir el nombre
stack-key-enter-pick = elegir a alguien conocido
stack-key-enter-clear = borrar
stack-key-kinds = tipo: cuestión de orden, información, aclaración, respuesta directa, palabra
stack-key-prioritize = dar prioridad a quien se está añadiendo
stack-key-next = siguiente turno
stack-key-undo = deshacer la última acción de la pila (con el campo del nombre vacío)
stack-key-accept = aceptar la mano alzada más antigua de la sala

## El campo del nombre

stack-people-known = Personas que la asamblea conoce

## Los tipos

stack-kind-legend = Tipo de turno

## La palabra

stack-speaking-now = Tiene la palabra
stack-for-wg = por { $wg }
stack-responds-to = a
stack-prioritized-mark = ★ con prioridad
stack-nobody = Nadie tiene la palabra
stack-next = Siguiente turno
stack-resume = Reanudar
stack-pause = Pausa
stack-then = Después:
stack-then-nobody-ends = Nadie espera: «siguiente» termina esta intervención.
stack-then-nobody = Nadie espera.

## El cronómetro

stack-timer-label = Tiempo de palabra de { $name }
stack-timer-of = de { $limit }
stack-timer-no-limit = sin límite de tiempo
stack-timer-over = { $time } de más
stack-timer-wrap-up = quedan { $time }: hay que ir terminando
stack-timer-left = quedan { $time }
stack-timer-paused = En pausa

## La lista de espera

stack-waiting = En espera
stack-empty = Nadie espera.
stack-why-here = por qué aquí:{" "}
stack-entry-list = lista { $list }
stack-prioritize = Prioridad
stack-prioritize-label = Dar prioridad a { $name } ({ $kind })
stack-withdraw = Retirar
stack-withdraw-label = Retirar a { $name } ({ $kind })

## Deshacer, cerrar, el tiempo por intervención

stack-settings = Ajustes de la pila
stack-undo = Deshacer
stack-would-undo = desharía:
stack-nothing-to-undo = nada que deshacer
stack-closed-banner = Pila cerrada:
stack-closed-only = solo cuestiones de orden, información y aclaraciones
stack-reopen = Reabrir la pila
stack-open-banner = Pila abierta: se admiten todos los tipos
stack-close = Cerrar la pila
stack-limit-label = Tiempo por intervención
stack-limit-none = sin límite
stack-limit-set = Fijar
stack-limit-now-none = Sin límite.
stack-limit-now = Ahora { $limit }.
stack-limit-hint = Minutos (2) o minutos:segundos (1:30); vacío para ninguno.
stack-limit-read = Tiempo por intervención: { $limit }
stack-limit-error = Escribe el límite en minutos (2) o minutos:segundos (1:30); déjalo vacío para no poner límite.

## Las reglas del turno de palabra

stack-policy-title = Reglas del turno de palabra
stack-policy-change = Cambiar las reglas del turno…
stack-policy-form = Cambiar las reglas del turno de palabra
stack-policy-order = Orden
stack-policy-first-time = Primero quien no ha hablado
stack-policy-lists = Alternar entre listas
stack-policy-lists-none = ninguna
stack-policy-lists-hint = Nombres separados por «|», p. ej. «mujeres y personas no binarias | abierta». Quien no eligió lista espera en la última.
stack-policy-cap = Máximo de intervenciones por persona y punto
stack-policy-cap-none = sin máximo
stack-policy-no-repeat = Nadie dos veces seguidas
stack-policy-reason = Motivo
stack-policy-reason-note = (para el acta)
stack-policy-apply = Cambiar las reglas
stack-policy-cancel = Cancelar
stack-policy-fifo-option = Por orden de llegada
stack-policy-progressive-option = Turno progresivo

## Manos alzadas desde los móviles

stack-hands-title = Manos alzadas en la sala
stack-hand-accept = Aceptar
stack-hand-accept-label = Aceptar a { $name } ({ $kind }) en la pila
stack-hand-decline = Rechazar
stack-hand-decline-label = Rechazar la mano de { $name }
stack-hands-more = y { $n } más

## Tiempo de palabra

stack-chart-title = Tiempo de palabra
stack-chart-summary = { $speeches } { $speeches ->
    [one] intervención
   *[other] intervenciones
  } de { $people ->
    [one] 1 persona
   *[other] { $people } personas
  }, { $time } en total
stack-chart-people = { $n ->
    [one] 1 persona
   *[other] { $n } personas
  }
stack-chart-first-time = { $n ->
    [one] habló
   *[other] hablaron
  } por primera vez
stack-chart-none = Nadie ha terminado todavía una intervención en esta asamblea.
stack-chart-over = { $n } con tiempo excedido
stack-chart-first-mark = primera vez
stack-loading = Cargando…

## Reparto del tiempo de palabra

stack-airtime-title = Reparto del tiempo de palabra
stack-airtime-no-speeches = aún sin intervenciones
stack-airtime-no-list = sin lista
stack-airtime-gini = Gini del tiempo de palabra:
stack-airtime-on = en { $item }
stack-airtime-this-item = este punto
stack-airtime-at = en { $meeting }
stack-airtime-gini-note = (0 = todo el mundo habló lo mismo; cerca de 1 = unas pocas personas acapararon la palabra)
stack-airtime-counted = Calculado sobre { $n } personas: { $note }.
stack-airtime-shares = { $time } del tiempo · { $people } de las personas ({ $n })
stack-airtime-last = Últimas intervenciones, la más reciente primero:

## Lo que oye un lector de pantalla

stack-say-minutes = { $n ->
    [one] 1 minuto
   *[other] { $n } minutos
  }
stack-say-seconds = { $n ->
    [one] 1 segundo
   *[other] { $n } segundos
  }
stack-say-undone = Deshecho: { $what }.
stack-say-floor = { $name } tiene la palabra ({ $kind }).
stack-say-nobody = Nadie tiene la palabra.
stack-say-paused = Intervención de { $name } en pausa.
stack-say-resumed = Intervención de { $name } reanudada.
stack-say-joined = { $name } entra en la pila ({ $kind }): puesto { $place } de { $count }.
stack-say-joined-prioritized = { $name } entra en la pila ({ $kind }): puesto { $place } de { $count }, con prioridad.
stack-say-prioritized = { $name } con prioridad: ahora en el puesto { $place }.
stack-say-unprioritized = { $name } ya sin prioridad: ahora en el puesto { $place }.
stack-say-left = { $name } sale de la pila.
stack-say-closed = Pila cerrada: solo cuestiones de orden, información y aclaraciones.
stack-say-reopened = Pila reabierta.
stack-say-limit = Tiempo por intervención: { $limit }.
stack-say-time-left = { $name }: quedan { $time }.
stack-say-time-up = Se acabó el tiempo de { $name }.

## Estados

stack-item-status-pending = pendiente
stack-item-status-active = en curso
stack-item-status-done = terminado
stack-item-status-tabled = aplazado
stack-meeting-planned = prevista
stack-meeting-open = abierta
stack-meeting-closed = cerrada
