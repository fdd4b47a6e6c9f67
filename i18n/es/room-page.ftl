# The participants' page (src-tauri/core/src/room/page, served by the room's server): a
# phone on the room's network follows the meeting and asks for the floor. It speaks the
# app's language. The kinds of hand are the minutes' (entry-…), a hearing's steps the
# projector's (projector-step-…), why a hand stands where it does the stack's
# (stack-reason-…).

room-page-title = Plenary — la sala
room-page-connecting = Conectando con la sala…
room-page-connected = Conectado: esta página sigue la asamblea en directo.
room-page-reconnecting = Volviendo a conectar con la sala…
room-page-closed = La sala está cerrada.
room-page-unreachable = No se puede contactar con la sala.
room-page-refused = La sala ha rechazado la petición (HTTP { $status }).
room-page-now = Ahora
room-page-floor = La palabra
room-page-next = Siguientes
room-page-raise = Pedir la palabra
room-page-name = Tu nombre
room-page-kind = Para
room-page-kind-speak = hablar
room-page-kind-direct-response = responder directamente a quien habla
room-page-kind-clarifying = hacer una pregunta aclaratoria
room-page-kind-information = plantear un punto de información
room-page-kind-process = plantear una cuestión de orden
room-page-withdraw = Retirar mi petición de palabra
room-page-proposal = La propuesta
room-page-agenda = Orden del día
room-page-not-open = { $meeting } — aún no ha empezado
room-page-nothing-under-way = Todavía no hay nada en curso.
room-page-nobody-has-floor = Nadie tiene la palabra.
room-page-speaker = { $name } ({ $kind })
room-page-entry = { $name } — { $kind }
room-page-more = y { $n } más
room-page-nobody-waiting = Nadie espera turno.
room-page-stack-closed = El turno de palabra está cerrado.
room-page-item-under-way = { $item } — en curso
room-page-item-done = { $item } — tratado
room-page-item-tabled = { $item } — aplazado
room-page-proposal-title = { $reference } { $title } (versión { $version })
room-page-step = Paso: { $step }
room-page-clock-of-minutes = { $clock } de { $minutes } min
room-page-clock-of = { $clock } de { $limit }
room-page-clock-paused = { $clock } (en pausa)
room-page-has-floor = { $name } tiene la palabra.
room-page-hand-pending = Has pedido la palabra ({ $kind }): esperando a quien lleva el turno de palabra.
room-page-hand-waiting = Estás en el puesto { $ord ->
   *[other] { $n }
  } — { $policy }: { $reason }.
room-page-hand-on-stack = Estás en el turno de palabra.
room-page-hand-speaking = Tienes la palabra.
room-page-hand-spoken = Ya has hablado. Vuelve a pedir la palabra para hablar otra vez.
room-page-hand-declined = Esta vez no se ha aceptado tu petición de palabra.
room-page-hand-down = No tienes la palabra pedida.
