# Las palabras del modo asamblea (ui/src/views/meeting).

## Códigos en palabras

meeting-kind-process = Proceso
meeting-kind-report-back = Informe de comisión
meeting-kind-proposal = Propuesta
meeting-kind-discussion = Debate
meeting-kind-announcement = Anuncios
meeting-kind-soapbox = Micro abierto
meeting-kind-other = Otro
meeting-item-pending = Pendiente
meeting-item-active = En curso
meeting-item-done = Terminado
meeting-item-tabled = Aplazado
meeting-status-planned = Prevista
meeting-status-open = Abierta
meeting-status-closed = Cerrada
meeting-duration-min = { $min } min
meeting-duration-h = { $h } h
meeting-duration-h-min = { $h } h { $min } min
meeting-item-name = { $reference } «{ $title }»

## La vista de la asamblea

meeting-breadcrumb = Ruta
meeting-back = ← Inicio
meeting-stack-link = Pila de turnos →
meeting-minutes-link = Acta →
meeting-open-projector = Abrir el proyector
meeting-with-equity = con el reparto del tiempo de palabra
meeting-not-available = Asamblea no disponible
meeting-loading = Cargando la asamblea…
meeting-spokes-council = Consejo de portavoces
meeting-correcting = Esta asamblea está cerrada: los cambios se guardan como correcciones y constan en el acta.
meeting-read-only = El registro de esta asamblea se puede leer pero ya no cambiar:
meeting-corrected = Corregido después de la asamblea
meeting-none = (nada)
meeting-mode = Modo asamblea
meeting-now = Ahora
meeting-finish-item = Terminar { $reference }
meeting-take-up-next = Pasar al siguiente: { $reference }
meeting-take-up-next-label = Pasar al siguiente: { $item }
meeting-stack-panel = Pila de turnos
meeting-process-panel = Proceso de consenso
meeting-coming-up = A continuación
meeting-nothing-left = No queda nada en el orden del día después de este punto.
meeting-report-back-notes-of = El informe, las notas y las tareas de { $reference }:
meeting-notes-of = Las notas y las tareas de { $reference }:
meeting-in-agenda-item = en su punto del orden del día, más abajo
meeting-roles-aside = Roles
meeting-prepared = Orden del día preparado: { $n } puntos, previsto { $planned }.

## La cabecera

meeting-planned = Previsto: { $time }
meeting-opened-at-time = Abierta a las { $time }
meeting-closed-at-time = Cerrada a las { $time }
meeting-open-at = A las
meeting-open-at-note = (HH:MM, si se pasa a limpio después)
meeting-open-at-now = ahora
meeting-open = Abrir la asamblea
meeting-close-ask = Cerrar la asamblea…
meeting-close-question = ¿Cerrar { $reference }? Su orden del día ya no cambia; su registro aún se puede corregir (cada corrección consta en el acta) hasta que se apruebe el acta.
meeting-closed-at = Cerrada a las
meeting-closed-at-note = (HH:MM, si se pasa a limpio después; vacío: ahora)
meeting-close = Cerrar la asamblea
meeting-keep-open = Dejarla abierta
meeting-start-form = Hora de inicio prevista
meeting-starts-at = Empieza a las
meeting-set = Fijar
meeting-start-cleared = Hora de inicio borrada.
meeting-start-saved = Hora de inicio guardada: { $time }.
meeting-opened-at = Abierta a las
meeting-opened-form = Hora en que se abrió la asamblea
meeting-closed-form = Hora en que se cerró la asamblea
meeting-time-saved-opened = Abierta a las { $time }.
meeting-time-saved-closed = Cerrada a las { $time }.
meeting-time-saved-opened-correction = Abierta a las { $time } (guardado como corrección).
meeting-time-saved-closed-correction = Cerrada a las { $time } (guardado como corrección).

## El horario

meeting-starts = Empieza a las { $time }
meeting-planned-end = fin previsto { $time }
meeting-next-day = (al día siguiente)
meeting-no-start = Sin hora de inicio: fija una para ver el fin previsto
meeting-pace = A este ritmo, termina a las { $time }
meeting-pace-late = — { $n } min después del fin previsto
meeting-pace-on-time = — a tiempo

## El cronómetro del punto

meeting-under-way = En curso
meeting-item-time = Tiempo en este punto
meeting-timer-of = de { $time }
meeting-timer-s = { $s } s
meeting-timer-over = { $time } de más
meeting-timer-left = quedan { $time }
meeting-timer-item-over = { $name } ha superado su tiempo.

## El orden del día

meeting-agenda = Orden del día
meeting-agenda-count = { $n ->
    [one] { $n } punto
   *[other] { $n } puntos
  }
meeting-agenda-keys = Alt+↑ y Alt+↓ mueven el punto enfocado; los puntos también se pueden arrastrar.
meeting-agenda-empty = El orden del día está vacío.
meeting-agenda-empty-prepare = Prepáralo a partir del orden habitual, o añade los puntos uno a uno más abajo.
meeting-no-item-under-way = No hay ningún punto en curso. «Empezar» abre uno.
meeting-moved = «{ $title }» es ahora el punto { $position } de { $count }.
meeting-removed = Quitado «{ $title }».
meeting-step-start = { $item } está en curso.
meeting-step-finish = { $item } ha terminado.
meeting-step-table = { $item } queda aplazado.
meeting-table-form = Aplazar { $reference }
meeting-table-why = ¿Por qué se aplaza { $item }?
meeting-table-why-note = Su propuesta se aplaza con él; el acta recoge el motivo.
meeting-table = Aplazar
meeting-keep-it = Mantenerlo
meeting-no-time-set = sin tiempo fijado
meeting-process-link = Proceso de consenso →
meeting-process-link-label = Proceso de consenso de { $item }
meeting-proposal-page = Página de la propuesta
meeting-item-stack-label = Pila de turnos de { $item }
meeting-take-up = Empezar
meeting-take-up-label = Empezar { $item }
meeting-finish = Terminar
meeting-finish-label = Terminar { $item }
meeting-table-label = Aplazar { $item }
meeting-move-up = Subir { $item }
meeting-move-down = Bajar { $item }
meeting-remove = Quitar
meeting-remove-label = Quitar { $item }
meeting-remove-question = ¿Quitar «{ $title }» del orden del día?
meeting-keep = Mantener
meeting-started-time = Empezó a las { $time }
meeting-ended-time = · terminó a las { $time }
meeting-notes-heading = Notas de quien toma el acta
meeting-nothing-recorded = No hay nada anotado en este punto.
meeting-item-corrections = Correcciones de { $reference }
meeting-started-at = Empezó a las
meeting-ended-at = Terminó a las
meeting-take-up-at = Empezar a esta hora
meeting-finish-at = Terminar a esta hora
meeting-started-form = Hora en que empezó { $reference }
meeting-ended-form = Hora en que terminó { $reference }
meeting-save = Guardar
meeting-optional = (opcional)

## Roles

meeting-roles = Roles
meeting-roles-none = Todavía nadie tiene un rol.
meeting-role-from = (desde las { $time })
meeting-role-until = (hasta las { $time })
meeting-role-remove-label = Quitar a { $name } como { $role }
meeting-role-form = Dar un rol a una persona
meeting-role = Rol
meeting-role-own = (o cualquier rol propio)
meeting-role-name = Nombre
meeting-role-from-label = Desde
meeting-role-from-hint = (HH:MM, si entró más tarde)
meeting-role-until-label = Hasta
meeting-role-until-hint = (HH:MM, si lo dejó antes)
meeting-role-add = Dar el rol

## La sala

meeting-room = La sala
meeting-room-intro = Sirve esta asamblea en la red local: los móviles la siguen y levantan la mano, y un segundo portátil se empareja para llevar la pila de turnos o el acta.
meeting-room-open = Abrir la sala
meeting-room-elsewhere = La sala está abierta en otra asamblea.
meeting-room-close = Cerrar la sala
meeting-room-participants-open = Los participantes abren
meeting-room-qr = Código QR de la dirección de la sala, { $url }
meeting-room-codes = Códigos de emparejamiento
meeting-room-codes-note = (cada uno sirve una vez, durante 5 minutos)
meeting-room-team-open = En el dispositivo del equipo, abre
meeting-room-team-type = y escribe el código.
meeting-room-none-waiting = Ninguno pendiente.
meeting-room-code-left = (quedan { $n } min)
meeting-room-role-stack-keeper = turnos de palabra
meeting-room-role-minute-taker = acta
meeting-room-new-code-stack-keeper = Código nuevo para llevar los turnos
meeting-room-new-code-minute-taker = Código nuevo para tomar el acta
meeting-room-paired = Dispositivos emparejados
meeting-room-none = Ninguno.
meeting-room-revoke = Revocar
meeting-room-revoke-label = Revocar el dispositivo { $id } ({ $role })

## Tiempo de palabra, notas, tareas, asistencia

meeting-airtime-refresh = Actualizar las cifras
meeting-notes-saving = Guardando…
meeting-notes-error = No se ha guardado: tu texto sigue aquí. Ctrl+Intro lo vuelve a intentar.
meeting-notes-unsaved-auto = Aún sin guardar: se guarda enseguida, al salir del campo o con Ctrl+Intro.
meeting-notes-unsaved = Aún sin guardar: se guarda al salir del campo o con Ctrl+Intro.
meeting-notes-saved = Guardado.
meeting-notes-hint-auto = Se guarda mientras escribes (tras una pausa), al salir del campo o con Ctrl+Intro.
meeting-notes-hint = Se guarda al salir del campo o con Ctrl+Intro.
meeting-actions-loading = Cargando las tareas…
meeting-actions = Tareas
meeting-action-remove-label = Quitar la tarea «{ $text }»
meeting-actions-none = Ninguna todavía.
meeting-action-form = Tarea nueva para { $reference }
meeting-action-what = Qué se hará
meeting-action-who = Quién
meeting-action-add = Añadir
meeting-attendance-cleared = Asistencia borrada.
meeting-attendance-saved = Asistencia guardada: { $attendance }.
meeting-attendance-form = Anotar la asistencia
meeting-attendance = Asistencia
meeting-attendance-hint = (55, 50-60 o ~50)

## Informes y anuncios

meeting-rb = Informe de comisión
meeting-rb-of = Informe de { $wg }
meeting-rb-behalf-of = Informe en nombre de { $whom }
meeting-rb-behalf = En nombre de
meeting-rb-behalf-hint = (otra asamblea, un caucus, una persona)
meeting-rb-presenter = Presentado por
meeting-rb-summary = Resumen
meeting-rb-asks = Peticiones
meeting-rb-asks-hint = (personas, dinero, apoyo…)
meeting-rb-announcements = Anuncios
meeting-rb-none = No se anotó ningún informe.
meeting-rb-form = Informe de { $reference }
meeting-rb-field-presenter = quién lo presenta
meeting-rb-field-summary = el resumen
meeting-rb-field-asks = las peticiones
meeting-rb-field-announcements = los anuncios
meeting-rb-field-on-behalf-of = en nombre de quién
meeting-rb-blank-one = Esto deja en blanco { $fields }. ¿Dejarlo en blanco?
meeting-rb-blank-many = Esto deja en blanco { $fields }. ¿Dejarlos en blanco?
meeting-rb-blank = Dejar en blanco y guardar
meeting-rb-keep = Mantener el texto
meeting-rb-save = Guardar el informe
meeting-rb-ctrl-enter = Ctrl+Intro en un cuadro de texto también guarda.
meeting-rb-saved = Informe guardado.
meeting-ann-by-for = { $name }, por { $whom }
meeting-ann-for = por { $whom }
meeting-ann-made = Anuncios hechos
meeting-ann-none = Todavía no hay anuncios anotados.
meeting-ann-take-back = Retirar
meeting-ann-take-back-label = Retirar el anuncio { $n }
meeting-ann-form = Anotar un anuncio en { $reference }
meeting-ann-by = Quién
meeting-ann-text = Anuncio
meeting-ann-add = Anotar el anuncio

## Preparar el orden del día

meeting-add-heading = Añadir al orden del día
meeting-add-kind = Tipo
meeting-add-wg = Comisión
meeting-add-choose-wg = Elige una comisión…
meeting-add-find-proposal = Buscar una propuesta
meeting-add-title-or-reference = Título o referencia
meeting-add-choose-proposal = Elige una propuesta…
meeting-add-looking = Buscando propuestas…
meeting-add-none-matches = Ninguna propuesta que pueda ir en este orden del día coincide.
meeting-add-none-now = Ahora no hay ninguna propuesta que pueda ir en este orden del día.
meeting-add-newest = Las { $shown } más recientes de { $total }: escribe para acotar.
meeting-add-proposals = { $n ->
    [one] 1 propuesta
   *[other] { $n } propuestas
  }
meeting-add-title = Título
meeting-add-minutes = Minutos
meeting-add-item = Añadir el punto
meeting-add-added = Añadido { $item }.
meeting-prepare-heading = Preparar a partir del orden habitual
meeting-prepare-intro = Bienvenida y proceso, los informes de las comisiones, propuestas, anuncios, micro abierto y cierre. Después se pueden mover, añadir o quitar puntos.
meeting-prepare-loading = Cargando comisiones y propuestas…
meeting-prepare-submit = Preparar el orden del día
meeting-prepare-wgs = Comisiones que informan
meeting-prepare-no-wgs = Ninguna comisión está activa o en formación.
meeting-prepare-proposals = Propuestas por debatir
meeting-prepare-no-proposals = Ninguna propuesta espera a ser debatida.
meeting-prepare-count = { $wgs ->
    [one] 1 informe
   *[other] { $wgs } informes
  }, { $proposals ->
    [one] 1 propuesta
   *[other] { $proposals } propuestas
  }

## Consejo de portavoces

meeting-council-intro = Una persona portavoz por comisión; solo las portavoces piden turno, y las decisiones cuentan una voz por comisión.
meeting-council-speaks-for = { $name } habla por { $wg }.
meeting-council-called = Pausa de consulta pedida por { $name }.
meeting-council-break = Pausa de consulta
meeting-council-break-by = pedida por { $wg } ({ $name }), { $minutes } min desde las { $time }
meeting-council-ended = Pausa de consulta terminada.
meeting-council-end = Terminar la pausa de consulta
meeting-council-no-wgs = Ninguna comisión puede enviar portavoz: añade comisiones primero.
meeting-council-no-spoke = aún sin portavoz
meeting-council-spoke-form = Elegir la portavoz de una comisión
meeting-council-spoke = Portavoz
meeting-council-make-spoke = Nombrar portavoz
meeting-council-call = Pedir una pausa de consulta
meeting-council-called-by = Pedida por
meeting-council-breaks = Pausas de consulta
meeting-council-past = { $wg } ({ $name }, { $minutes } min pedidos)
